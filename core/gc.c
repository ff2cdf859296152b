// SPDX-License-Identifier: MIT
// The block heap: allocation table, first-fit allocation, conservative mark-sweep.
// See core/gc.h for the layout and the block states.

#include "core/gc.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/obj.h"
#include "core/state.h"
#include "core/typelist.h"

#define BPB (MPS_CFG_BYTES_PER_BLOCK)
#define GC (mps_state.gc)

// Blocks whose addresses are pushed for marking when the mark stack is full are found
// again by rescanning the heap for marked blocks (rare: only deep structures).
#define MARK_STACK_SIZE (4096)

// --- table access -----------------------------------------------------------------

static inline unsigned atb_get(size_t block) {
    return (GC.atb[block >> 2] >> ((block & 3) * 2)) & 3;
}

static inline void atb_set(size_t block, unsigned state) {
    uint8_t *b = &GC.atb[block >> 2];
    unsigned shift = (block & 3) * 2;
    *b = (uint8_t)((*b & ~(3u << shift)) | (state << shift));
}

static inline bool ftb_get(size_t block) {
    return (GC.ftb[block >> 3] >> (block & 7)) & 1;
}

static inline void ftb_set(size_t block, bool on) {
    if (on) {
        GC.ftb[block >> 3] |= (uint8_t)(1u << (block & 7));
    } else {
        GC.ftb[block >> 3] &= (uint8_t)~(1u << (block & 7));
    }
}

static inline size_t block_of(uintptr_t addr) {
    return (addr - GC.pool_start) / BPB;
}

static inline void *block_ptr(size_t block) {
    return (void *)(GC.pool_start + block * BPB);
}

static inline void notify(gc_event_kind_t kind, size_t block, size_t n, unsigned obj_kind) {
#if !MPS_CFG_GC_OBSERVER
    (void)kind, (void)block, (void)n, (void)obj_kind;
#else
    if (GC.observer != NULL) {
        gc_event_t ev = {kind, block, n, obj_kind};
        GC.observer(&ev, GC.observer_data);
    }
#endif
}

// Number of blocks of the allocation whose head is [block].
static size_t alloc_blocks(size_t block) {
    size_t n = 1;
    while (block + n < GC.n_blocks && atb_get(block + n) == GC_BLOCK_TAIL) {
        n++;
    }
    return n;
}

// --- set-up -----------------------------------------------------------------------

void gc_init(void *start, void *end) {
    uintptr_t s = ((uintptr_t)start + 3) & ~(uintptr_t)3;
    uintptr_t e = (uintptr_t)end & ~(uintptr_t)(BPB - 1);
    size_t total = e > s ? e - s : 0;
    // Each block costs BPB bytes plus 2 bits (ATB) plus 1 bit (FTB): 8*BPB+3 bits.
    size_t n_blocks = total * 8 / (8 * BPB + 3);
    size_t atb_len, ftb_len;
    uintptr_t pool_start;
    for (;;) {
        atb_len = (n_blocks + 3) / 4;
        ftb_len = (n_blocks + 7) / 8;
        pool_start = (s + atb_len + ftb_len + BPB - 1) & ~(uintptr_t)(BPB - 1);
        if (n_blocks == 0 || pool_start + n_blocks * BPB <= e) {
            break;
        }
        n_blocks--;
    }
    free(GC.kinds);
    free(GC.mark_stack);
    gc_finaliser_fun_t fin = GC.finaliser;
    gc_observer_fun_t obs = GC.observer;
    void *obs_data = GC.observer_data;
    char *stack_top = GC.stack_top;
    memset(&GC, 0, sizeof(GC));
    GC.finaliser = fin;
    GC.observer = obs;
    GC.observer_data = obs_data;
    GC.stack_top = stack_top;
    GC.arena_start = s;
    GC.atb = (uint8_t *)s;
    GC.ftb = (uint8_t *)s + atb_len;
    GC.pool_start = pool_start;
    GC.n_blocks = n_blocks;
    GC.pool_end = pool_start + n_blocks * BPB;
    memset(GC.atb, 0, atb_len + ftb_len);
    // Host-side metadata: costs no heap, exactly as on the device.
    GC.kinds = calloc(n_blocks ? n_blocks : 1, 1);
    GC.mark_stack = malloc(MARK_STACK_SIZE * sizeof(size_t));
    if (GC.kinds == NULL || GC.mark_stack == NULL) {
        fprintf(stderr, "mpsim: out of host memory for the heap tables\n");
        exit(1);
    }
    GC.threshold = -1;
    GC.auto_collect = true;
}

void gc_set_stack_top(void *top) {
    GC.stack_top = top;
}

bool gc_register_root(void *area, size_t n_bytes) {
    for (size_t i = 0; i < GC_MAX_ROOTS; i++) {
        if (GC.roots[i] == NULL) {
            GC.roots[i] = area;
            GC.root_bytes[i] = n_bytes;
            return true;
        }
    }
    return false;
}

void gc_unregister_root(void *area) {
    for (size_t i = 0; i < GC_MAX_ROOTS; i++) {
        if (GC.roots[i] == area) {
            GC.roots[i] = NULL;
        }
    }
}

void gc_set_finaliser(gc_finaliser_fun_t fun) {
    GC.finaliser = fun;
}

void gc_set_observer(gc_observer_fun_t fun, void *data) {
    GC.observer = fun;
    GC.observer_data = data;
}

// --- queries ------------------------------------------------------------------------

bool gc_is_in_heap(const void *ptr) {
    uintptr_t p = (uintptr_t)ptr;
    return p >= GC.pool_start && p < GC.pool_end;
}

bool gc_is_heap_head(const void *ptr) {
    uintptr_t p = (uintptr_t)ptr;
    if (p < GC.pool_start || p >= GC.pool_end || (p - GC.pool_start) % BPB != 0) {
        return false;
    }
    unsigned st = atb_get(block_of(p));
    return st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK;
}

size_t gc_nbytes(const void *ptr) {
    if (!gc_is_heap_head(ptr)) {
        return 0;
    }
    return alloc_blocks(block_of((uintptr_t)ptr)) * BPB;
}

size_t gc_num_blocks(void) {
    return GC.n_blocks;
}

uintptr_t gc_block_addr(size_t block) {
    return GC.pool_start + block * BPB;
}

uintptr_t gc_arena_start(void) {
    return GC.pool_start;
}

unsigned gc_block_state(size_t block) {
    return block < GC.n_blocks ? atb_get(block) : GC_BLOCK_FREE;
}

unsigned gc_block_kind(size_t block) {
    if (block >= GC.n_blocks) {
        return MPS_KIND_RAW;
    }
    unsigned st = atb_get(block);
    return (st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK) ? GC.kinds[block] : MPS_KIND_RAW;
}

void gc_info(gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    info->total = GC.n_blocks * BPB;
    size_t run_free = 0, run_used = 0;
    bool in_alloc = false;
    for (size_t b = 0; b < GC.n_blocks; b++) {
        unsigned st = atb_get(b);
        if (st == GC_BLOCK_FREE) {
            run_free++;
            if (run_free > info->max_free) {
                info->max_free = run_free;
            }
        } else {
            run_free = 0;
            info->used += BPB;
        }
        if (st == GC_BLOCK_TAIL && in_alloc) {
            run_used++;
            continue;
        }
        // close the previous allocation
        if (in_alloc) {
            if (run_used == 1) {
                info->num_1block++;
            } else if (run_used == 2) {
                info->num_2block++;
            }
            if (run_used > info->max_block) {
                info->max_block = run_used;
            }
        }
        in_alloc = (st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK);
        run_used = in_alloc ? 1 : 0;
    }
    if (in_alloc) {
        if (run_used == 1) {
            info->num_1block++;
        } else if (run_used == 2) {
            info->num_2block++;
        }
        if (run_used > info->max_block) {
            info->max_block = run_used;
        }
    }
    info->free = info->total - info->used;
    info->peak_used = GC.peak_blocks * BPB;
}

size_t gc_stats_total_alloc(void) {
    return GC.total_alloc_bytes;
}

// --- control ------------------------------------------------------------------------

void gc_lock(void) {
    GC.lock_depth++;
}

void gc_unlock(void) {
    if (GC.lock_depth > 0) {
        GC.lock_depth--;
    }
}

bool gc_is_locked(void) {
    return GC.lock_depth != 0;
}

void gc_enable(void) {
    GC.auto_collect = true;
}

void gc_disable(void) {
    GC.auto_collect = false;
}

bool gc_is_enabled(void) {
    return GC.auto_collect;
}

void gc_set_threshold(long bytes) {
    GC.threshold = bytes < 0 ? -1 : bytes;
}

long gc_get_threshold(void) {
    return GC.threshold;
}

// --- marking ------------------------------------------------------------------------

// If [word] points into an allocated block, marks that allocation and queues it.
static inline void mark_word(uintptr_t word) {
    if (word < GC.pool_start || word >= GC.pool_end) {
        return;
    }
    size_t block = block_of(word);
    unsigned st = atb_get(block);
    if (st == GC_BLOCK_FREE || st == GC_BLOCK_MARK) {
        return;
    }
    // An interior pointer keeps the whole allocation alive: find its head.
    while (st == GC_BLOCK_TAIL) {
        block--;
        st = atb_get(block);
    }
    if (st != GC_BLOCK_HEAD) {
        return; // already marked
    }
    atb_set(block, GC_BLOCK_MARK);
    if (GC.mark_sp < MARK_STACK_SIZE) {
        GC.mark_stack[GC.mark_sp++] = block;
    } else {
        GC.mark_overflow = true;
    }
}

// The conservative scan reads whole stack frames, padding and AddressSanitizer's red
// zones included: that is intended, so the sanitizer must not check it.
#if defined(__GNUC__)
#define NO_SANITIZE_ADDRESS __attribute__((no_sanitize("address")))
#else
#define NO_SANITIZE_ADDRESS
#endif

// Scans the words of [n_bytes] at [area], 4 bytes at a time: on a 64-bit host a pointer
// below 4 GiB has its address in the low word, and heap objects hold 32-bit references.
NO_SANITIZE_ADDRESS static void scan_area(const void *area, size_t n_bytes) {
    // A reference is 4 bytes (8 in the fallback build, where the heap holds host
    // pointers); references are aligned to their size.
    const size_t word = sizeof(mps_ref_t);
    const uint8_t *p = (const uint8_t *)(((uintptr_t)area + word - 1) & ~(uintptr_t)(word - 1));
    const uint8_t *end = (const uint8_t *)area + n_bytes;
    for (; p + word <= end; p += word) {
        mps_ref_t w;
        memcpy(&w, p, word);
        mark_word((uintptr_t)w);
    }
}

static void scan_block(size_t block) {
    size_t n = alloc_blocks(block);
    scan_area(block_ptr(block), n * BPB);
}

static void drain_mark_stack(void) {
    for (;;) {
        while (GC.mark_sp > 0) {
            scan_block(GC.mark_stack[--GC.mark_sp]);
        }
        if (!GC.mark_overflow) {
            break;
        }
        // Some marked blocks were never scanned: scan every marked block again.
        GC.mark_overflow = false;
        for (size_t b = 0; b < GC.n_blocks; b++) {
            if (atb_get(b) == GC_BLOCK_MARK) {
                scan_block(b);
                while (GC.mark_sp > 0) {
                    scan_block(GC.mark_stack[--GC.mark_sp]);
                }
            }
        }
    }
}

void gc_collect_start(void) {
    GC.collecting = true;
    GC.mark_sp = 0;
    GC.mark_overflow = false;
    notify(GC_EVENT_COLLECT_START, 0, 0, 0);
    // The interpreter's own roots, then registered areas.
    scan_area(&mps_state.root_start, (const char *)&mps_state.root_end - (const char *)&mps_state.root_start);
    drain_mark_stack();
    for (size_t i = 0; i < GC_MAX_ROOTS; i++) {
        if (GC.roots[i] != NULL) {
            scan_area(GC.roots[i], GC.root_bytes[i]);
            drain_mark_stack();
        }
    }
}

void gc_collect_root(void **area, size_t n_bytes) {
    scan_area(area, n_bytes);
    drain_mark_stack();
}

// --- sweeping -----------------------------------------------------------------------

// Longest stretch hints_lower measures; a longer free run lowers every hint.
#define HINT_WALK_MAX (256)
// Sizes up to this many blocks have a class each; larger ones a class per power of two.
#define HINT_EXACT (16)
#define HINT_POW_BASE (12) // class of 2**k blocks, k >= 5: HINT_POW_BASE + k

static size_t log2_floor(size_t n) {
    size_t k = 0;
    while (n >>= 1) {
        k++;
    }
    return k;
}

// The largest class whose size is at most [n].
static size_t class_floor(size_t n) {
    size_t c = n <= HINT_EXACT ? n : HINT_POW_BASE + log2_floor(n);
    return c < GC_HINT_CLASSES ? c : GC_HINT_CLASSES - 1;
}

// The smallest class whose size is at least [n].
static size_t class_ceil(size_t n) {
    if (n <= HINT_EXACT) {
        return n;
    }
    size_t k = log2_floor(n);
    size_t c = HINT_POW_BASE + k + (((size_t)1 << k) != n);
    return c < GC_HINT_CLASSES ? c : GC_HINT_CLASSES - 1;
}

// Blocks [start, start + n) became free. The free run containing them can serve the
// classes up to its length only: lower those hints to its start (lowering more would
// be safe, only slower; lowering less would break first fit).
static void hints_lower(size_t start, size_t n) {
    size_t lo = start;
    while (lo > 0 && start - lo < HINT_WALK_MAX && atb_get(lo - 1) == GC_BLOCK_FREE) {
        lo--;
    }
    size_t hi = start + n;
    while (hi < GC.n_blocks && hi - start < HINT_WALK_MAX && atb_get(hi) == GC_BLOCK_FREE) {
        hi++;
    }
    bool long_run = start - lo >= HINT_WALK_MAX || hi - start >= HINT_WALK_MAX;
    size_t top = long_run ? GC_HINT_CLASSES - 1 : class_floor(hi - lo);
    for (size_t c = 1; c <= top; c++) {
        if (GC.hint[c] > lo) {
            GC.hint[c] = lo;
        }
    }
}

static void free_run(size_t block, size_t n) {
    for (size_t i = 0; i < n; i++) {
        atb_set(block + i, GC_BLOCK_FREE);
    }
    GC.kinds[block] = MPS_KIND_RAW;
    GC.used_blocks -= n;
    if (!GC.collecting) {
        hints_lower(block, n);
    }
}

size_t gc_collect_end(void) {
    drain_mark_stack();
    // Finalisers first, while everything they might touch is still allocated; the heap
    // is locked meanwhile so that a finaliser cannot allocate into half-swept memory.
    if (GC.finaliser != NULL) {
        GC.lock_depth++;
        for (size_t b = 0; b < GC.n_blocks; b++) {
            if ((b & 7) == 0 && GC.ftb[b >> 3] == 0) {
                b += 7; // eight blocks without finalisers
                continue;
            }
            if (atb_get(b) == GC_BLOCK_HEAD && ftb_get(b)) {
                ftb_set(b, false);
                GC.finaliser(block_ptr(b));
            }
        }
        GC.lock_depth--;
    }
    // One pass over the table: marked heads become heads again; an unmarked head and the
    // tails after it become free. Each run freed is reported once, if anyone listens.
    size_t freed = 0, freed_blocks = 0;
    size_t run_start = 0, run_len = 0; // the allocation being freed
    for (size_t b = 0; b < GC.n_blocks; b++) {
        if ((b & 3) == 0 && GC.atb[b >> 2] == 0 && run_len == 0) {
            b += 3; // four free blocks
            continue;
        }
        unsigned st = atb_get(b);
        if (st == GC_BLOCK_TAIL && run_len > 0) {
            atb_set(b, GC_BLOCK_FREE);
            run_len++;
            continue;
        }
        if (run_len > 0) {
            notify(GC_EVENT_SWEEP_FREE, run_start, run_len, 0);
            freed_blocks += run_len;
            run_len = 0;
        }
        if (st == GC_BLOCK_MARK) {
            atb_set(b, GC_BLOCK_HEAD);
        } else if (st == GC_BLOCK_HEAD) {
            atb_set(b, GC_BLOCK_FREE);
            ftb_set(b, false);
            GC.kinds[b] = MPS_KIND_RAW;
            freed++;
            run_start = b;
            run_len = 1;
        }
    }
    if (run_len > 0) {
        notify(GC_EVENT_SWEEP_FREE, run_start, run_len, 0);
        freed_blocks += run_len;
    }
    GC.used_blocks -= freed_blocks;
    // The sweep freed blocks anywhere: start every search again from the bottom.
    for (size_t c = 0; c < GC_HINT_CLASSES; c++) {
        GC.hint[c] = 0;
    }
    GC.alloc_since_collect = 0;
    GC.collecting = false;
    notify(GC_EVENT_COLLECT_END, 0, freed, 0);
#if MPS_CFG_DEBUG_TRACE_GC
    fprintf(stderr, "gc: freed %zu heads, %zu blocks used\n", freed, GC.used_blocks);
#endif
    return freed;
}

// Kept out of line so that the registers saved by setjmp and the scan's own frame are
// below everything the caller holds.
__attribute__((noinline)) NO_SANITIZE_ADDRESS static void scan_stack_and_registers(void) {
    jmp_buf regs;
    setjmp(regs);
    scan_area(&regs, sizeof(regs));
    drain_mark_stack();
    char *sp = (char *)&regs;
    if (GC.stack_top != NULL && GC.stack_top > sp) {
        scan_area(sp, (size_t)(GC.stack_top - sp));
        drain_mark_stack();
    }
}

size_t gc_collect(void) {
    if (GC.lock_depth != 0 || GC.collecting || GC.n_blocks == 0) {
        return 0;
    }
    gc_collect_start();
    scan_stack_and_registers();
    return gc_collect_end();
}

// --- allocation -----------------------------------------------------------------------

// First-fit search for [n] free blocks; returns the first block or SIZE_MAX. It starts
// at the hint of n's class, or at the lowest free block if that is higher, so the holes
// too small for it are not scanned again at every request.
static size_t find_free(size_t n) {
    size_t nb = GC.n_blocks;
    size_t cls = class_floor(n);
    size_t b = GC.hint[cls] > GC.hint[1] ? GC.hint[cls] : GC.hint[1];
    size_t run = 0, run_start = 0;
    size_t found = SIZE_MAX;
    while (b < nb) {
        // Outside a run, skip four used blocks at a time (a whole ATB byte).
        if (run == 0 && (b & 3) == 0 && b + 4 <= nb) {
            uint8_t byte = GC.atb[b >> 2];
            if ((byte & 0x03) && (byte & 0x0c) && (byte & 0x30) && (byte & 0xc0)) {
                b += 4;
                continue;
            }
        }
        if (atb_get(b) == GC_BLOCK_FREE) {
            if (run++ == 0) {
                run_start = b;
            }
            if (run == n) {
                found = run_start;
                break;
            }
        } else {
            run = 0;
        }
        b++;
    }
    // Nothing of n blocks starts below where it was found (or anywhere, on failure).
    size_t c = class_ceil(n);
    size_t known = found == SIZE_MAX ? nb : found;
    if (GC.hint[c] < known) {
        GC.hint[c] = known;
    }
    return found;
}

void *gc_alloc(size_t n_bytes, unsigned kind, bool has_finaliser) {
    if (GC.lock_depth != 0 || GC.n_blocks == 0) {
        return NULL;
    }
    size_t n = (n_bytes + BPB - 1) / BPB;
    if (n == 0) {
        n = 1;
    }
    if (n > GC.n_blocks) {
        notify(GC_EVENT_ALLOC_FAIL, 0, n, kind);
        return NULL;
    }
#if MPS_CFG_DEBUG_GC_STRESS
    gc_collect();
#else
    if (GC.auto_collect && GC.threshold >= 0 && GC.alloc_since_collect >= (size_t)GC.threshold) {
        gc_collect();
    }
#endif
    size_t block = find_free(n);
    if (block == SIZE_MAX && GC.auto_collect) {
        gc_collect();
        block = find_free(n);
    }
    if (block == SIZE_MAX) {
        notify(GC_EVENT_ALLOC_FAIL, 0, n, kind);
        return NULL;
    }
    atb_set(block, GC_BLOCK_HEAD);
    for (size_t i = 1; i < n; i++) {
        atb_set(block + i, GC_BLOCK_TAIL);
    }
    // The lowest free block, if it was taken, is now above (other hints are only
    // lower bounds: taking blocks never makes them wrong).
    if (GC.hint[1] == block) {
        GC.hint[1] = block + n;
    }
    ftb_set(block, has_finaliser);
    GC.kinds[block] = (uint8_t)kind;
    GC.used_blocks += n;
    if (GC.used_blocks > GC.peak_blocks) {
        GC.peak_blocks = GC.used_blocks;
    }
    GC.alloc_since_collect += n * BPB;
    GC.total_alloc_bytes += n_bytes;
    void *p = block_ptr(block);
    memset(p, 0, n * BPB);
    notify(GC_EVENT_ALLOC, block, n, kind);
    return p;
}

void gc_free(void *ptr) {
    if (ptr == NULL || GC.lock_depth != 0 || !gc_is_heap_head(ptr)) {
        return;
    }
    size_t block = block_of((uintptr_t)ptr);
    size_t n = alloc_blocks(block);
    ftb_set(block, false);
    free_run(block, n);
    notify(GC_EVENT_FREE, block, n, 0);
}

void *gc_realloc(void *ptr, size_t n_bytes, bool allow_move) {
    if (ptr == NULL) {
        return gc_alloc(n_bytes, MPS_KIND_RAW, false);
    }
    if (GC.lock_depth != 0 || !gc_is_heap_head(ptr)) {
        return NULL;
    }
    size_t block = block_of((uintptr_t)ptr);
    size_t have = alloc_blocks(block);
    size_t want = (n_bytes + BPB - 1) / BPB;
    if (want == 0) {
        want = 1;
    }
    if (want == have) {
        return ptr;
    }
    if (want < have) {
        free_run(block + want, have - want);
        notify(GC_EVENT_REALLOC, block, want, GC.kinds[block]);
        return ptr;
    }
    // Grow in place if the following blocks are free.
    size_t extra = 0;
    while (block + have + extra < GC.n_blocks && extra < want - have &&
           atb_get(block + have + extra) == GC_BLOCK_FREE) {
        extra++;
    }
    if (extra == want - have) {
        for (size_t i = 0; i < extra; i++) {
            atb_set(block + have + i, GC_BLOCK_TAIL);
        }
        memset(block_ptr(block + have), 0, extra * BPB);
        GC.used_blocks += extra;
        if (GC.used_blocks > GC.peak_blocks) {
            GC.peak_blocks = GC.used_blocks;
        }
        GC.alloc_since_collect += extra * BPB;
        GC.total_alloc_bytes += extra * BPB;
        if (GC.hint[1] >= block + have && GC.hint[1] < block + want) {
            GC.hint[1] = block + want;
        }
        notify(GC_EVENT_REALLOC, block, want, GC.kinds[block]);
        return ptr;
    }
    if (!allow_move) {
        return NULL;
    }
    bool fin = ftb_get(block);
    unsigned kind = GC.kinds[block];
    void *p = gc_alloc(n_bytes, kind, fin);
    if (p == NULL) {
        return NULL;
    }
    memcpy(p, ptr, have * BPB);
    // Not a free event of the object: it moved. Clear the finaliser bit so it won't run.
    ftb_set(block, false);
    gc_free(ptr);
    return p;
}
