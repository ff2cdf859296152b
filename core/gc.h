// SPDX-License-Identifier: MIT
// The garbage-collected heap: one fixed arena of 16-byte blocks, mark-sweep collection,
// and the observer interface heapviz uses to watch it.
#ifndef CORE_GC_H
#define CORE_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/config.h"

// Theory of operation
// -------------------
// The arena given to gc_init() is split, as on MicroPython's 32-bit targets, into
//
//   [ allocation table | finaliser table | padding | blocks ... ]
//
// Every block is MPS_CFG_BYTES_PER_BLOCK (16) bytes. The allocation table (ATB) holds
// 2 bits per block:
//
//   FREE (0)  the block is free                                   '.' in the map
//   HEAD (1)  the first block of an allocation                    'h' or a kind letter
//   TAIL (2)  a following block of the same allocation            '='
//   MARK (3)  a head block reached during the current collection  'm'
//
// so an allocation is one HEAD followed by zero or more TAILs, and its size is found by
// counting TAILs. The finaliser table (FTB) has 1 bit per block: set on a head block
// whose object must be finalised (__del__, closing a file) before it is freed.
//
// Collection marks from the roots (the registered root areas, then the C stack and the
// registers, scanned conservatively 4 bytes at a time: any word that points into an
// allocated block keeps that block alive) and then sweeps: each unmarked HEAD and its
// TAILs become FREE; the number of HEADs freed is what gc.collect() returns.
// Allocation is first-fit from the lowest free block (with a cached hint), so freed
// holes are reused by objects that fit in them: the fragmentation the seed describes.
//
// Each head block also has a kind (the object's static type index, MPS_KIND_RAW or
// MPS_KIND_INSTANCE, see core/typelist.h) kept outside the arena in host memory: it
// costs no heap and lets mem_info(1) and heapviz label blocks without guessing.
//
// gc_* return NULL or a status on failure; raising MemoryError is up to the caller
// (core/mem.h does that).

#define GC_BLOCK_FREE (0)
#define GC_BLOCK_HEAD (1)
#define GC_BLOCK_TAIL (2)
#define GC_BLOCK_MARK (3)

// Sets up the heap over [start, end) (any alignment; it is rounded inward).
void gc_init(void *start, void *end);

// Allocates [n_bytes] (rounded up to whole blocks, at least one), zeroed, of [kind].
// [has_finaliser] sets the FTB bit. Collects and retries once when the heap is full or
// the threshold is crossed. Returns NULL if it still cannot, or if the heap is locked.
void *gc_alloc(size_t n_bytes, unsigned kind, bool has_finaliser);
// Frees the allocation starting at [ptr] (NULL is ignored). No-op while locked.
void gc_free(void *ptr);
// Changes an allocation's size: in place when the blocks after it are free (grow) or
// always (shrink); otherwise, if [allow_move], allocates, copies and frees. Returns the
// new pointer or NULL (then [ptr] is unchanged). gc_realloc(NULL, n) is gc_alloc.
void *gc_realloc(void *ptr, size_t n_bytes, bool allow_move);
// Usable bytes of the allocation at [ptr] (whole blocks), 0 if not a heap head.
size_t gc_nbytes(const void *ptr);
// True if [ptr] points at the head block of a live allocation.
bool gc_is_heap_head(const void *ptr);
// True if [ptr] is inside the arena's block area.
bool gc_is_in_heap(const void *ptr);

// A full collection: registered roots, C stack and registers. Returns the number of
// head blocks freed.
size_t gc_collect(void);
// The same, in steps, for ports with roots of their own (tests use these too):
void gc_collect_start(void);
void gc_collect_root(void **area, size_t n_bytes); // scans words of [area]
size_t gc_collect_end(void);

// Registers [n_bytes] at [area] as a root scanned at every collection. Up to
// GC_MAX_ROOTS areas; returns false when full.
#define GC_MAX_ROOTS (16)
bool gc_register_root(void *area, size_t n_bytes);
void gc_unregister_root(void *area);
// Records the top of the C stack (the start of the scan). Call from main().
void gc_set_stack_top(void *top);

// Locking: while locked, gc_alloc returns NULL and collections do nothing.
void gc_lock(void);
void gc_unlock(void);
bool gc_is_locked(void);

// Automatic collection control.
void gc_enable(void);
void gc_disable(void);
bool gc_is_enabled(void);
// Collect when allocations since the last collection exceed [bytes]; -1 disables.
void gc_set_threshold(long bytes);
long gc_get_threshold(void);

// Called for every head block with its FTB bit set just before it is freed. Set by
// the runtime (core/obj.c) so that gc stays below the Python level.
typedef void (*gc_finaliser_fun_t)(void *obj);
void gc_set_finaliser(gc_finaliser_fun_t fun);

typedef struct {
    size_t total;     // bytes in all blocks
    size_t used;      // bytes in allocated blocks
    size_t free;      // bytes in free blocks
    size_t max_free;  // blocks in the largest free run
    size_t num_1block;
    size_t num_2block;
    size_t max_block; // blocks in the largest allocation
    size_t peak_used; // highest `used` seen (bytes)
} gc_info_t;
void gc_info(gc_info_t *info);
// Bytes requested since start-up (mem_info's "total").
size_t gc_stats_total_alloc(void);

// --- observer interface ------------------------------------------------------------
// Read access to the block table, for mem_info(1) and heapviz. Cheap: no allocation.
size_t gc_num_blocks(void);
uintptr_t gc_block_addr(size_t block); // address of [block]
unsigned gc_block_state(size_t block); // GC_BLOCK_*
unsigned gc_block_kind(size_t block);  // kind of a head block (else MPS_KIND_RAW)
// Address of the start of the whole arena (for the map header).
uintptr_t gc_arena_start(void);

typedef enum {
    GC_EVENT_ALLOC,   // block, n_blocks, kind
    GC_EVENT_FREE,    // block, n_blocks (explicit gc_free or shrink)
    GC_EVENT_REALLOC, // block, n_blocks (new size, in place)
    GC_EVENT_COLLECT_START,
    GC_EVENT_COLLECT_END, // n_blocks = head blocks freed
    GC_EVENT_SWEEP_FREE,  // block, n_blocks freed by a collection
    GC_EVENT_ALLOC_FAIL,  // n_blocks = blocks requested
} gc_event_kind_t;

typedef struct {
    gc_event_kind_t kind;
    size_t block;
    size_t n_blocks;
    unsigned obj_kind;
} gc_event_t;

// One observer at a time; NULL detaches. When none is attached the allocator pays a
// single predictable branch per event.
typedef void (*gc_observer_fun_t)(const gc_event_t *event, void *data);
void gc_set_observer(gc_observer_fun_t fun, void *data);


// --- state (lives in mps_state.gc; not for use outside gc.c) ------------------------
// Size classes of the allocator's search hints: one per size up to 16 blocks, then one
// per power of two (class c > 16 is 2**(c - 12) blocks), up to 2**29 blocks.
#define GC_HINT_CLASSES (42)
typedef struct {
    uint8_t *atb;          // allocation table: 4 blocks per byte
    uint8_t *ftb;          // finaliser table: 8 blocks per byte
    uint8_t *kinds;        // host memory: kind of each head block
    uintptr_t arena_start;
    uintptr_t pool_start;  // first block
    uintptr_t pool_end;
    size_t n_blocks;
    // hint[c]: no run of free blocks as long as class c's size starts below this block
    // (so hint[1] is the lowest free block, and a search may start at the highest hint
    // of the classes no larger than it). Lets a request skip the holes too small for it.
    size_t hint[GC_HINT_CLASSES];
    size_t used_blocks;
    size_t peak_blocks;
    size_t total_alloc_bytes; // cumulative, for mem_info's "total"
    size_t alloc_since_collect; // bytes
    long threshold;        // -1: none
    uint16_t lock_depth;
    bool auto_collect;
    bool collecting;
    bool mark_overflow;
    size_t *mark_stack;    // host memory
    size_t mark_sp;
    void *roots[GC_MAX_ROOTS];
    size_t root_bytes[GC_MAX_ROOTS];
    char *stack_top;
    gc_finaliser_fun_t finaliser;
    gc_observer_fun_t observer;
    void *observer_data;
} gc_state_t;

#endif // CORE_GC_H
