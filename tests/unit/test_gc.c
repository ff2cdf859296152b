// SPDX-License-Identifier: MIT
// The block heap: sizes, exact collection counts, roots, fragmentation, observers.

#include <criterion/criterion.h>
#include <string.h>

#include "core/gc.h"
#include "core/state.h"
#include "core/typelist.h"
#include "support.h"

#define BPB MPS_CFG_BYTES_PER_BLOCK

static size_t used(void) {
    gc_info_t info;
    gc_info(&info);
    return info.used;
}

// A collection whose only roots are the [n] words at [roots]: no stack scan, so the
// counts are exact whatever the C compiler leaves on the stack.
static size_t collect_with_roots(uint32_t *roots, size_t n) {
    memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
    gc_collect_start();
    if (n > 0) {
        gc_collect_root((void **)roots, n * sizeof(uint32_t));
    }
    return gc_collect_end();
}

static uint32_t ref(void *p) {
    return (uint32_t)(uintptr_t)p;
}

TestSuite(gc, .init = NULL);

Test(gc, block_is_16_bytes_and_sizes_round_up) {
    unit_bare_heap(64 * 1024);
    cr_assert_eq(BPB, 16);
    cr_assert_eq(used(), 0);
    void *a = gc_alloc(1, MPS_KIND_RAW, false);
    cr_assert_eq(used(), 16);
    void *b = gc_alloc(16, MPS_KIND_RAW, false);
    cr_assert_eq(used(), 32);
    void *c = gc_alloc(17, MPS_KIND_RAW, false);
    cr_assert_eq(used(), 64);
    cr_assert_eq(gc_nbytes(c), 32);
    cr_assert_eq((uintptr_t)b - (uintptr_t)a, 16);
    cr_assert_eq((uintptr_t)a % 16, 0);
}

Test(gc, heapsize_64k_gives_about_64000_usable_bytes) {
    unit_bare_heap(64 * 1024);
    gc_info_t info;
    gc_info(&info);
    cr_assert_geq(info.total, 63900);
    cr_assert_leq(info.total, 64 * 1024);
    cr_assert_eq(info.free, info.total);
}

Test(gc, arena_lies_below_4gib) {
    void *arena = unit_bare_heap(64 * 1024);
    cr_assert_lt((uintptr_t)arena + 64 * 1024, (uintptr_t)1 << 32);
}

Test(gc, collect_counts_single_block_heads) {
    unit_bare_heap(64 * 1024);
    for (int i = 0; i < 10; i++) {
        gc_alloc(8, MPS_KIND_RAW, false);
    }
    cr_assert_eq(collect_with_roots(NULL, 0), 10);
    cr_assert_eq(used(), 0);
}

Test(gc, collect_counts_heads_not_blocks) {
    unit_bare_heap(64 * 1024);
    gc_alloc(100, MPS_KIND_RAW, false); // 7 blocks
    gc_alloc(1000, MPS_KIND_RAW, false); // 63 blocks
    gc_alloc(16, MPS_KIND_RAW, false);
    cr_assert_eq(used(), (7 + 63 + 1) * 16);
    cr_assert_eq(collect_with_roots(NULL, 0), 3);
}

Test(gc, nested_structure_kept_by_its_root) {
    unit_bare_heap(64 * 1024);
    uint32_t *a = gc_alloc(16, MPS_KIND_RAW, false);
    uint32_t *b = gc_alloc(40, MPS_KIND_RAW, false);
    uint32_t *c = gc_alloc(16, MPS_KIND_RAW, false);
    a[1] = ref(b);
    b[9] = ref(c); // in b's last block
    gc_alloc(16, MPS_KIND_RAW, false); // garbage
    uint32_t roots[1] = {ref(a)};
    cr_assert_eq(collect_with_roots(roots, 1), 1);
    cr_assert(gc_is_heap_head(a) && gc_is_heap_head(b) && gc_is_heap_head(c));
    roots[0] = 0;
    cr_assert_eq(collect_with_roots(roots, 1), 3);
}

Test(gc, unreachable_cycle_is_freed) {
    unit_bare_heap(64 * 1024);
    uint32_t *a = gc_alloc(16, MPS_KIND_RAW, false);
    uint32_t *b = gc_alloc(16, MPS_KIND_RAW, false);
    a[0] = ref(b);
    b[0] = ref(a);
    uint32_t roots[1] = {ref(a)};
    cr_assert_eq(collect_with_roots(roots, 1), 0);
    cr_assert_eq(collect_with_roots(NULL, 0), 2);
}

Test(gc, interior_pointer_keeps_allocation) {
    unit_bare_heap(64 * 1024);
    uint8_t *a = gc_alloc(64, MPS_KIND_RAW, false);
    uint32_t roots[1] = {ref(a + 40)};
    cr_assert_eq(collect_with_roots(roots, 1), 0);
    cr_assert(gc_is_heap_head(a));
}

// Kept out of line so its pointer is only in this frame and the registers.
__attribute__((noinline)) static size_t collect_holding(void *volatile *slot) {
    return gc_collect();
}

Test(gc, object_reachable_only_from_c_stack_survives) {
    unit_bare_heap(64 * 1024);
    gc_set_stack_top(__builtin_frame_address(0));
    memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
    void *volatile p = gc_alloc(48, MPS_KIND_RAW, false);
    collect_holding(&p);
    cr_assert(gc_is_heap_head((void *)p));
    cr_assert_eq(gc_nbytes((void *)p), 48);
}

Test(gc, deep_chain_beyond_mark_stack) {
    unit_bare_heap(1024 * 1024);
    // A linked list longer than the mark stack exercises the overflow rescan.
    uint32_t *head = gc_alloc(16, MPS_KIND_RAW, false);
    uint32_t *p = head;
    for (int i = 0; i < 10000; i++) {
        uint32_t *n = gc_alloc(16, MPS_KIND_RAW, false);
        p[0] = ref(n);
        p = n;
    }
    uint32_t roots[1] = {ref(head)};
    cr_assert_eq(collect_with_roots(roots, 1), 0);
    cr_assert_eq(collect_with_roots(NULL, 0), 10001);
}

Test(gc, fragmentation_hole_serves_only_smaller_objects) {
    unit_bare_heap(64 * 1024);
    void *foo = gc_alloc(4 * 16, MPS_KIND_RAW, false);
    void *bar = gc_alloc(4 * 16, MPS_KIND_RAW, false);
    cr_assert_gt((uintptr_t)bar, (uintptr_t)foo);
    uint32_t roots[1] = {ref(bar)};
    cr_assert_eq(collect_with_roots(roots, 1), 1); // foo goes
    // A larger request cannot use foo's hole: it takes new space above bar.
    void *big = gc_alloc(5 * 16, MPS_KIND_RAW, false);
    cr_assert_gt((uintptr_t)big, (uintptr_t)bar);
    // Objects no larger than foo fill the hole.
    void *small = gc_alloc(4 * 16, MPS_KIND_RAW, false);
    cr_assert_eq(small, foo);
}

Test(gc, too_large_request_fails_then_heap_still_works) {
    unit_bare_heap(64 * 1024);
    cr_assert_null(gc_alloc(100 * 1024, MPS_KIND_RAW, false));
    void *p = gc_alloc(1024, MPS_KIND_RAW, false);
    cr_assert_not_null(p);
}

Test(gc, full_heap_collects_and_retries) {
    unit_bare_heap(64 * 1024);
    memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
    gc_info_t info;
    gc_info(&info);
    // Fill the heap with garbage, then ask again: the allocator collects and succeeds.
    while (gc_alloc(1024, MPS_KIND_RAW, false) != NULL && used() + 1024 <= info.total) {
    }
    cr_assert_not_null(gc_alloc(8 * 1024, MPS_KIND_RAW, false));
}

Test(gc, disabled_gc_does_not_collect_on_failure) {
    unit_bare_heap(16 * 1024);
    gc_disable();
    while (gc_alloc(512, MPS_KIND_RAW, false) != NULL) {
    }
    cr_assert_null(gc_alloc(512, MPS_KIND_RAW, false));
    gc_enable();
    memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
    cr_assert_not_null(gc_alloc(512, MPS_KIND_RAW, false));
}

Test(gc, realloc_grows_in_place_and_shrinks) {
    unit_bare_heap(64 * 1024);
    uint8_t *p = gc_alloc(16, MPS_KIND_RAW, false);
    p[0] = 42;
    uint8_t *q = gc_realloc(p, 64, false);
    cr_assert_eq(q, p);
    cr_assert_eq(gc_nbytes(q), 64);
    cr_assert_eq(q[0], 42);
    q = gc_realloc(q, 20, false);
    cr_assert_eq(gc_nbytes(q), 32);
    // Blocked by a neighbour: moves only when allowed.
    gc_alloc(16, MPS_KIND_RAW, false);
    cr_assert_null(gc_realloc(q, 256, false));
    uint8_t *r = gc_realloc(q, 256, true);
    cr_assert_not_null(r);
    cr_assert_neq(r, q);
    cr_assert_eq(r[0], 42);
    cr_assert_not(gc_is_heap_head(q));
}

Test(gc, locked_heap_refuses_allocation) {
    unit_bare_heap(64 * 1024);
    gc_lock();
    cr_assert_null(gc_alloc(16, MPS_KIND_RAW, false));
    gc_unlock();
    cr_assert_not_null(gc_alloc(16, MPS_KIND_RAW, false));
}

static int finalised;
static void count_finaliser(void *obj) {
    finalised++;
}

Test(gc, finaliser_runs_for_marked_objects_only) {
    unit_bare_heap(64 * 1024);
    gc_set_finaliser(count_finaliser);
    finalised = 0;
    void *keep = gc_alloc(16, MPS_KIND_RAW, true);
    gc_alloc(16, MPS_KIND_RAW, true);
    gc_alloc(16, MPS_KIND_RAW, false);
    uint32_t roots[1] = {ref(keep)};
    cr_assert_eq(collect_with_roots(roots, 1), 2);
    cr_assert_eq(finalised, 1);
    gc_set_finaliser(NULL);
}

typedef struct {
    int allocs, frees, sweeps, collects;
    size_t last_freed;
} event_count_t;

static void count_events(const gc_event_t *ev, void *data) {
    event_count_t *c = data;
    switch (ev->kind) {
        case GC_EVENT_ALLOC:
            c->allocs++;
            break;
        case GC_EVENT_FREE:
            c->frees++;
            break;
        case GC_EVENT_SWEEP_FREE:
            c->sweeps++;
            break;
        case GC_EVENT_COLLECT_END:
            c->collects++;
            c->last_freed = ev->n_blocks;
            break;
        default:
            break;
    }
}

Test(gc, observer_sees_alloc_free_and_collect) {
    unit_bare_heap(64 * 1024);
    event_count_t c = {0};
    gc_set_observer(count_events, &c);
    void *a = gc_alloc(16, MPS_KIND_RAW, false);
    gc_alloc(16, MPS_KIND_RAW, false);
    gc_free(a);
    collect_with_roots(NULL, 0);
    gc_set_observer(NULL, NULL);
    gc_alloc(16, MPS_KIND_RAW, false); // not seen
    cr_assert_eq(c.allocs, 2);
    cr_assert_eq(c.frees, 1);
    cr_assert_eq(c.sweeps, 1);
    cr_assert_eq(c.collects, 1);
    cr_assert_eq(c.last_freed, 1);
}

Test(gc, threshold_triggers_collection) {
    unit_bare_heap(64 * 1024);
    memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
    event_count_t c = {0};
    gc_set_observer(count_events, &c);
    gc_set_threshold(1024);
    for (int i = 0; i < 200; i++) {
        gc_alloc(64, MPS_KIND_RAW, false);
    }
    gc_set_observer(NULL, NULL);
    // 200 * 64 bytes = 12800 bytes: one collection per 1024 bytes allocated.
    cr_assert_geq(c.collects, 10);
    cr_assert_leq(c.collects, 13);
    gc_set_threshold(-1);
}

Test(gc, kinds_are_recorded_per_head_block) {
    unit_bare_heap(64 * 1024);
    void *l = gc_alloc(16, MPS_TYPE_IDX_list, false);
    void *t = gc_alloc(48, MPS_TYPE_IDX_tuple, false);
    size_t bl = ((uintptr_t)l - gc_arena_start()) / 16;
    size_t bt = ((uintptr_t)t - gc_arena_start()) / 16;
    cr_assert_eq(gc_block_kind(bl), MPS_TYPE_IDX_list);
    cr_assert_eq(gc_block_kind(bt), MPS_TYPE_IDX_tuple);
    cr_assert_eq(gc_block_state(bt + 1), GC_BLOCK_TAIL);
    cr_assert_eq(gc_block_kind(bt + 1), MPS_KIND_RAW);
}
