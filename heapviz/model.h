// SPDX-License-Identifier: MIT
// The one model of the heap view that every heapviz front-end draws: a snapshot of the
// block table, its figures, the history of collections and the last MemoryError.
#ifndef HEAPVIZ_MODEL_H
#define HEAPVIZ_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/gc.h"
#include "heapviz/sites.h"

// Theory of operation
// -------------------
// The model is fed gc.h's observer events. Each event is applied to the snapshot
// (ALLOC marks a head and its tails, FREE/SWEEP_FREE clear them, REALLOC resizes), as
// cheaply as the allocator's own table update, and bumps counters. The source is:
//
//   HV_SOURCE_LIVE    the heap of this process (hv_model_attach). A refresh also
//                     re-reads the block table (gc_block_state/kind), which puts the
//                     snapshot right even after a gc_init that sent no events.
//   HV_SOURCE_EVENTS  a recording being replayed, the attach channel, or a test: no
//                     heap to read, the events and loaded snapshots are all there is.
//
// At GC_EVENT_COLLECT_END the collection is appended to the history with the free
// bytes and the largest free run of the swept heap (one fast pass over the snapshot).
// A refresh recomputes all the figures and runs the listeners' on_frame: it happens
// at an allocation failure, at a collection or after enough events once `interval_ms`
// has passed since the last one (the throttle: the clock is read every 64 events), at
// every collection if `frame_every_collect` is set (stepping), and on demand. Only
// gc.h's public API is used, so a bare heap (gc_init and nothing else) can drive a
// live model.
//
// Fragmentation is 1 - largest_free_run / free: 0 when all free memory is one run
// (any allocation up to the free total succeeds), near 1 when free memory is scattered
// in small holes. It is 0 when nothing is free.

#define HV_BYTES_PER_BLOCK (MPS_CFG_BYTES_PER_BLOCK)
// Kinds are stored as one byte per head block, as gc.c keeps them.
#define HV_NUM_KINDS (256)

// One frame of the block table.
typedef struct {
    size_t n_blocks;
    uint64_t pool_start;  // address of block 0 (gc_arena_start)
    uint8_t *state;       // GC_BLOCK_* of each block
    uint8_t *kind;        // kind of each head block; 0 (MPS_KIND_RAW) elsewhere
    uint64_t time_us;     // when it was taken, since the model began
    uint64_t alloc_count; // allocations seen when it was taken
} hv_snapshot_t;

// Allocates an all-free snapshot of [n_blocks]. Returns false when out of host memory.
bool hv_snapshot_init(hv_snapshot_t *s, size_t n_blocks, uint64_t pool_start);
void hv_snapshot_free(hv_snapshot_t *s);
// Makes [dst] (uninitialised or freed) a copy of [src]. False when out of host memory.
bool hv_snapshot_copy(hv_snapshot_t *dst, const hv_snapshot_t *src);
// Re-reads the block table of the live heap into [s] (whose size must be the heap's).
void hv_snapshot_read_gc(hv_snapshot_t *s);
// True when both have the same blocks in the same states with the same kinds.
bool hv_snapshot_same_blocks(const hv_snapshot_t *a, const hv_snapshot_t *b);
// Applies one observer event to the block table (the HV_SOURCE_EVENTS way).
void hv_snapshot_apply(hv_snapshot_t *s, const gc_event_t *ev);
// mem_info(1)'s letter for [block] (core/heapmap.h's mps_heapmap_letter).
char hv_snapshot_letter(const hv_snapshot_t *s, size_t block);
// The head block of the allocation containing [block], or SIZE_MAX for a free block.
size_t hv_snapshot_head_of(const hv_snapshot_t *s, size_t block);
// Blocks in the allocation whose head is [head] (1 + its tails).
size_t hv_snapshot_alloc_blocks(const hv_snapshot_t *s, size_t head);

// What a front-end's panel shows.
typedef struct {
    size_t total;         // bytes in all blocks
    size_t used;          // bytes in allocated blocks
    size_t free;          // bytes in free blocks
    size_t n_objects;     // allocations (head blocks)
    size_t num_1block;    // allocations of one block
    size_t num_2block;    // ... of two blocks
    size_t max_block;     // blocks in the largest allocation
    size_t max_free;      // blocks in the largest run of free blocks
    size_t free_runs;     // number of runs of free blocks
    double fragmentation; // 1 - max_free * 16 / free; 0 when nothing is free
    size_t kind_objects[HV_NUM_KINDS]; // allocations of each kind
} hv_figures_t;

void hv_figures_of(const hv_snapshot_t *s, hv_figures_t *f);

// One collection, as the timeline plots it.
typedef struct {
    uint64_t time_us;     // since the model began
    uint64_t alloc_count; // allocations before it
    uint32_t freed_heads; // what gc.collect() returned
    uint32_t free_bytes;  // free after the sweep
    uint32_t max_free;    // largest free run after the sweep, in blocks
} hv_collection_t;

// The last allocation that failed (a MemoryError), with the map at that moment.
typedef struct {
    bool happened;
    uint32_t requested_blocks;
    uint32_t max_free;    // largest free run then, in blocks
    uint32_t free_bytes;
    unsigned kind;        // kind that was asked for
    uint64_t alloc_count;
    uint64_t time_us;
    hv_snapshot_t snap;   // the map then (valid when happened)
} hv_failure_t;

// Two snapshots compared block by block.
typedef enum {
    HV_DIFF_SAME,    // same state and kind
    HV_DIFF_NEW,     // free in the first, allocated in the second
    HV_DIFF_GONE,    // allocated in the first, free in the second
    HV_DIFF_CHANGED, // allocated in both but a different allocation or kind
} hv_diff_kind_t;

typedef struct {
    size_t new_blocks, gone_blocks, changed_blocks;
    size_t new_heads, gone_heads; // heads that appear / vanish
    long used_delta;              // bytes
} hv_diff_t;

hv_diff_kind_t hv_diff_block(const hv_snapshot_t *a, const hv_snapshot_t *b, size_t block);
// Compares [a] and [b] (same number of blocks; extra blocks count as free).
void hv_diff(const hv_snapshot_t *a, const hv_snapshot_t *b, hv_diff_t *d);

typedef enum {
    HV_SOURCE_LIVE,
    HV_SOURCE_EVENTS,
} hv_source_t;

// Why a frame was produced.
typedef enum {
    HV_FRAME_TICK,     // the throttle interval passed
    HV_FRAME_COLLECT,  // a collection ended
    HV_FRAME_FAIL,     // an allocation failed
    HV_FRAME_SNAPSHOT, // a recorded snapshot was loaded (replay)
    HV_FRAME_POLL,     // hv_model_poll while idle, or a forced refresh
} hv_frame_reason_t;

typedef struct hv_model_s hv_model_t;

// Somebody who wants the model's events (a recorder) and/or frames (a renderer, the
// shared-memory publisher). Either function may be NULL. They run inside the
// allocator when the source is live: they must not allocate from the GC heap.
typedef struct {
    void (*on_event)(hv_model_t *m, const gc_event_t *ev, void *data);
    void (*on_frame)(hv_model_t *m, hv_frame_reason_t why, void *data);
    void *data;
} hv_listener_t;

#define HV_MAX_LISTENERS (4)
// Collections kept for the timeline (older ones drop off).
#define HV_HISTORY_DEFAULT (4096)
// Default throttle between refreshes that are not forced by a collection.
#define HV_INTERVAL_DEFAULT_MS (50)

struct hv_model_s {
    hv_source_t source;
    hv_snapshot_t snap;
    hv_figures_t fig;
    uint64_t now_us;        // the model's clock (live: monotonic; replay: recorded)
    uint64_t event_count, alloc_count, free_count, collect_count;
    bool collecting;        // between COLLECT_START and COLLECT_END
    bool has_last_collect;
    uint32_t last_freed;    // freed heads of the last collection
    hv_collection_t *history; // ring of history_cap entries
    size_t history_cap;
    uint64_t history_len;   // collections ever appended
    hv_failure_t failure;
    // throttle (live)
    uint32_t interval_ms;
    uint64_t t0_ns;
    uint64_t last_refresh_us;
    bool dirty;             // events since the last refresh
    uint32_t since_clock;   // events since the clock was last read
    bool frame_every_collect; // a frame at every collection, not only within the throttle
    // where allocations come from (NULL: not tracked)
    hv_sites_t *sites;
    hv_locator_fun_t locator; // live: asked at every allocation
    uint32_t last_site;       // the site of the last allocation
    bool last_site_new;       // ... seen for the first time
    hv_listener_t listeners[HV_MAX_LISTENERS];
    size_t n_listeners;
    size_t n_event_listeners;
};

// Sets up [m] for a heap of [n_blocks] at [pool_start]. False when out of host memory.
bool hv_model_init(hv_model_t *m, hv_source_t source, size_t n_blocks, uint64_t pool_start);
// The same for the heap of this process (after gc_init), reading it once.
bool hv_model_init_live(hv_model_t *m);
void hv_model_free(hv_model_t *m);
// Adds a listener (copied). False when HV_MAX_LISTENERS are registered.
bool hv_model_listen(hv_model_t *m, const hv_listener_t *l);
void hv_model_unlisten(hv_model_t *m, void *data);

// Tracks where allocations come from: with [locator] (live), each allocation asks it
// for the running file and line; with NULL (replay) sites come from the recording.
// Costs a call per allocation. False when out of host memory.
bool hv_model_track_sites(hv_model_t *m, hv_locator_fun_t locator);
// The file and line that allocated the object at head block [head]; NULL if unknown.
const char *hv_model_site_of(const hv_model_t *m, size_t head, unsigned *line);

// Becomes gc.h's observer (live source) / stops being it.
void hv_model_attach(hv_model_t *m);
void hv_model_detach(hv_model_t *m);

// Feeds one event (what the observer does; replay and tests call it directly).
void hv_model_event(hv_model_t *m, const gc_event_t *ev);
// Refreshes now: re-reads the heap (live), recomputes the figures, runs on_frame.
void hv_model_refresh(hv_model_t *m, hv_frame_reason_t why);
// Refreshes if events arrived since the last refresh (call when the program is idle,
// e.g. before the REPL waits for a line). Never during a collection.
void hv_model_poll(hv_model_t *m);
// Replaces the snapshot with [s] (a recorded keyframe or a published copy) and
// refreshes with HV_FRAME_SNAPSHOT. The sizes must match.
void hv_model_load_snapshot(hv_model_t *m, const hv_snapshot_t *s);
// Appends [c] to the history (used by replay and attach; live models do it themselves).
void hv_model_push_history(hv_model_t *m, const hv_collection_t *c);
// Collections in the history (at most history_cap) and the [i]th oldest of them.
size_t hv_model_history_count(const hv_model_t *m);
const hv_collection_t *hv_model_history_at(const hv_model_t *m, size_t i);
// Microseconds since the model began, from the monotonic clock.
uint64_t hv_model_clock_us(const hv_model_t *m);

// The name of a kind: "list", "raw", "instance", "port type 200" ... [buf] is used for
// the numbered ones.
const char *hv_kind_name(unsigned kind, char *buf, size_t len);

#endif // HEAPVIZ_MODEL_H
