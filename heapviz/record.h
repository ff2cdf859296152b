// SPDX-License-Identifier: MIT
// Recording a run's heap events and snapshots to a file, and replaying it into a model.
#ifndef HEAPVIZ_RECORD_H
#define HEAPVIZ_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "heapviz/model.h"

// The file format (version 1; every integer little-endian; see heapviz/README.md)
// ------------------------------------------------------------------------------
// Header, 32 bytes:
//   0  magic "\x89HVR\r\n\x1a\n" (a binary file mangled by a text transfer fails here)
//   8  u16 version (1)          10 u16 header length (32; a reader skips the rest)
//  12  u32 bytes per block (16) 16 u32 number of blocks
//  20  u32 flags (0)            24 u64 address of block 0
// Then records, each one tag byte followed by its fields:
//   0x01 SNAPSHOT  u64 time_us, u64 alloc_count, u32 n_heads,
//                  (n_blocks+3)/4 bytes of block states, 2 bits each (block i in
//                  bits 2*(i%4) of byte i/4, as the allocation table), then one kind
//                  byte per HEAD or MARK block, in block order
//   0x02 TIME      u64 time_us: the clock of the events that follow
//   0x03 SITE      where allocations come from, named once: site number, line and
//                  file name length as LEB128, then the name's bytes
//   0x10+k EVENT   gc_event_kind_t k; u8 obj_kind, then block and n_blocks as
//                  unsigned LEB128 (7 bits a byte, low first, high bit = more):
//                  an allocation in a 256 KiB heap takes 5 bytes
//   0x20 ALLOC_AT  an allocation with its site: as an ALLOC event, then the site
//                  number as LEB128 (only when sites are tracked)
// A recording starts with a SNAPSHOT of the heap when recording began; the writer adds
// one at every frame of the model (each collection, each throttle tick). A truncated
// last record (an interpreter that was killed) ends the replay cleanly.
#define HV_RECORD_VERSION (1)
#define HV_RECORD_HEADER_LEN (32)

typedef struct {
    FILE *f;
    hv_model_t *model;
    bool failed;          // a write failed (disk full ...)
    uint64_t n_events, n_snapshots;
    size_t len;           // bytes waiting in buf
    uint8_t buf[1 << 16]; // events are small and many: written out in big pieces
} hv_recorder_t;

// Creates [path], writes the header and the model's current snapshot, and listens to
// [m] from now on. On failure writes a message to [err] and returns false.
bool hv_recorder_open(hv_recorder_t *r, const char *path, hv_model_t *m, char *err, size_t errlen);
// Stops listening and closes the file. False if any write failed.
bool hv_recorder_close(hv_recorder_t *r);
// Writes one snapshot record now (also done at every frame of the model).
void hv_recorder_snapshot(hv_recorder_t *r, const hv_snapshot_t *s);

typedef enum {
    HV_REC_END,      // no more records (or a truncated last one)
    HV_REC_ERROR,    // an unknown tag: a corrupt file (message in err)
    HV_REC_EVENT,
    HV_REC_TIME,     // a TIME or SITE record: nothing to show
    HV_REC_SNAPSHOT, // a frame
} hv_rec_t;

typedef struct {
    FILE *f;
    uint32_t version;
    uint32_t n_blocks;
    uint64_t pool_start;
    long data_start;
    long *frame_offsets;  // file offset of each SNAPSHOT record
    size_t n_frames;
    size_t frame;         // SNAPSHOT records read so far
    size_t mismatches;    // snapshots that differed from the events replayed up to them
    bool truncated;
    gc_event_t last_event;
    hv_snapshot_t tmp;
    char err[160];
} hv_reader_t;

// Opens and indexes a recording. On failure writes a message to [err], returns false.
bool hv_reader_open(hv_reader_t *r, const char *path, char *err, size_t errlen);
void hv_reader_close(hv_reader_t *r);
// Sets up [m] (an HV_SOURCE_EVENTS model of the recording's size) and rewinds to the
// first record.
bool hv_reader_init_model(hv_reader_t *r, hv_model_t *m);
// Reads the next record and applies it to [m]: events go through hv_model_event, a
// snapshot is compared with the model (counting mismatches) and then loaded.
hv_rec_t hv_reader_step(hv_reader_t *r, hv_model_t *m);
// Replays from the start up to and including frame [frame] (0-based): [m] then shows
// it with the history of collections before it. False if there is no such frame.
bool hv_reader_goto_frame(hv_reader_t *r, hv_model_t *m, size_t frame);

#endif // HEAPVIZ_RECORD_H
