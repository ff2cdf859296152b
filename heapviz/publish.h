// SPDX-License-Identifier: MIT
// The attach channel: an interpreter publishes its heap view in a POSIX shared-memory
// object, and `heapviz attach` in another terminal or window shows it.
#ifndef HEAPVIZ_PUBLISH_H
#define HEAPVIZ_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heapviz/model.h"

// Theory of operation
// -------------------
// Only when asked (-X heapviz=publish), the interpreter creates the shared-memory
// object "/mpsim-heap-<pid>" (on Linux the file /dev/shm/mpsim-heap-<pid>, mode 0600:
// only the same user can attach) and, at every frame of its live model (each
// collection, each allocation failure and at most every 50 ms otherwise), copies the
// model into it:
//
//   [ hv_shm_header_t | hv_collection_t history[history_cap] |
//     uint8_t state[n_blocks] | uint8_t kind[n_blocks] |
//     uint8_t fail_state[n_blocks] | uint8_t fail_kind[n_blocks] ]
//
// in host byte order (the channel never leaves the machine). The writer is the
// interpreter alone; readers map it read-only and never block it. Consistency is a
// sequence lock: the writer makes `seq` odd, copies, then makes it even again; a
// reader copies out and keeps the copy only if `seq` was even and unchanged across it.
// History is a ring: entry i of the model's history (i counted from the first
// collection) is at history[i % history_cap]. When the interpreter stops publishing it
// sets `closed` and unlinks the name; readers that still have it mapped see `closed`.

#define HV_SHM_MAGIC "mpsimhv"
#define HV_SHM_VERSION (1)
#define HV_SHM_PREFIX "/mpsim-heap-"

typedef struct {
    char magic[8];            // HV_SHM_MAGIC with its NUL
    uint32_t version;         // HV_SHM_VERSION
    uint32_t header_size;     // sizeof(hv_shm_header_t)
    uint32_t pid;
    uint32_t bytes_per_block;
    uint32_t n_blocks;
    uint32_t history_cap;
    uint64_t pool_start;
    uint32_t seq;             // odd while the writer copies
    uint32_t closed;          // 1 once the interpreter stopped publishing
    uint64_t frames;          // frames published
    uint64_t time_us, event_count, alloc_count, free_count, collect_count, history_len;
    uint32_t has_last_collect, last_freed;
    uint32_t fail_happened, fail_requested, fail_max_free, fail_free_bytes;
    uint32_t fail_kind, reserved;
    uint64_t fail_alloc_count, fail_time_us;
} hv_shm_header_t;

typedef struct {
    char name[48];
    void *map;
    size_t size;
    hv_model_t *model;
    uint64_t history_done; // history entries already copied
    uint64_t fail_done;    // alloc_count of the failure already copied (+1)
} hv_publisher_t;

// Creates the object for this process and publishes [m]'s frames until
// hv_publish_close. On failure writes a message to [err] and returns false.
bool hv_publish_open(hv_publisher_t *p, hv_model_t *m, char *err, size_t errlen);
// Marks the object closed and removes its name.
void hv_publish_close(hv_publisher_t *p);

typedef struct {
    char name[48];
    const void *map;
    size_t size;
    uint32_t pid;
    uint32_t last_seq;
    uint64_t history_done;
    uint64_t fail_done;
    hv_snapshot_t tmp, fail_tmp;  // copies being checked
    hv_collection_t *history_tmp; // history_cap entries
} hv_subscriber_t;

// Maps the object of interpreter [pid], or with [pid] 0 the only one there is. On
// failure (none, several, gone, foreign) writes a message to [err], returns false.
bool hv_subscribe_open(hv_subscriber_t *s, unsigned pid, char *err, size_t errlen);
// Sets up [m] (an HV_SOURCE_EVENTS model) for what [s] publishes.
bool hv_subscribe_init_model(const hv_subscriber_t *s, hv_model_t *m);
// Copies the latest consistent frame into [m] (and refreshes it) if there is a new
// one; returns true if so.
bool hv_subscribe_update(hv_subscriber_t *s, hv_model_t *m);
// True once the interpreter stopped publishing (or exited).
bool hv_subscribe_closed(const hv_subscriber_t *s);
void hv_subscribe_close(hv_subscriber_t *s);

#endif // HEAPVIZ_PUBLISH_H
