// SPDX-License-Identifier: MIT
// The heap view model on a bare heap: figures, events, history, throttle, failures,
// diffs.

#include <criterion/criterion.h>
#include <string.h>

#include "core/gc.h"
#include "core/typelist.h"
#include "heapviz/model.h"
#include "heapviz/view.h"
#include "hvt_support.h"
#include "tests/unit/support.h"

#define BPB HV_BYTES_PER_BLOCK

Test(model, figures_of_a_known_state) {
    hvt_known_t k;
    hvt_known_heap(&k);
    cr_assert_eq(k.freed, 2);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    const hv_figures_t *f = &m.fig;
    size_t n = k.n_blocks;
    cr_assert_eq(f->total, n * BPB);
    cr_assert_eq(f->used, 10 * BPB);
    cr_assert_eq(f->free, (n - 10) * BPB);
    cr_assert_eq(f->n_objects, 4);
    cr_assert_eq(f->num_1block, 1);
    cr_assert_eq(f->num_2block, 1);
    cr_assert_eq(f->max_block, 4);
    cr_assert_eq(f->max_free, n - 12);
    cr_assert_eq(f->free_runs, 3);
    cr_assert_float_eq(f->fragmentation, 1.0 - (double)(n - 12) / (double)(n - 10), 1e-12);
    cr_assert_eq(f->kind_objects[MPS_TYPE_IDX_list], 1);
    cr_assert_eq(f->kind_objects[MPS_TYPE_IDX_tuple], 1);
    cr_assert_eq(f->kind_objects[MPS_TYPE_IDX_dict], 1);
    cr_assert_eq(f->kind_objects[MPS_KIND_RAW], 1);
    // The same figures as gc_info where both say something.
    gc_info_t gi;
    gc_info(&gi);
    cr_assert_eq(f->used, gi.used);
    cr_assert_eq(f->free, gi.free);
    cr_assert_eq(f->max_free, gi.max_free);
    cr_assert_eq(f->num_1block, gi.num_1block);
    cr_assert_eq(f->num_2block, gi.num_2block);
    cr_assert_eq(f->max_block, gi.max_block);
    // Letters and heads.
    const char *expect = "LT==.D=.h===.";
    for (size_t b = 0; b < strlen(expect); b++) {
        cr_assert_eq(hv_snapshot_letter(&m.snap, b), expect[b], "block %zu", b);
    }
    cr_assert_eq(hv_snapshot_head_of(&m.snap, 3), 1);
    cr_assert_eq(hv_snapshot_head_of(&m.snap, 4), SIZE_MAX);
    cr_assert_eq(hv_snapshot_alloc_blocks(&m.snap, 8), 4);
    hv_model_free(&m);
}

Test(model, nothing_free_means_no_fragmentation) {
    hv_snapshot_t s;
    cr_assert(hv_snapshot_init(&s, 4, 0x20000000));
    for (size_t b = 0; b < 4; b++) {
        s.state[b] = GC_BLOCK_HEAD;
    }
    hv_figures_t f;
    hv_figures_of(&s, &f);
    cr_assert_eq(f.free, 0);
    cr_assert_float_eq(f.fragmentation, 0.0, 1e-12);
    cr_assert_eq(f.num_1block, 4);
    hv_snapshot_free(&s);
}

// Feeds a second model, built only from events, from a live one.
static void mirror(hv_model_t *live, const gc_event_t *ev, void *data) {
    hv_model_event(data, ev);
}

Test(model, events_alone_rebuild_the_block_table) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t live, ev;
    cr_assert(hv_model_init_live(&live));
    cr_assert(hv_model_init(&ev, HV_SOURCE_EVENTS, live.snap.n_blocks, live.snap.pool_start));
    hv_model_load_snapshot(&ev, &live.snap);
    hv_listener_t l = {.on_event = mirror, .data = &ev};
    hv_model_listen(&live, &l);
    hv_model_attach(&live);
    // Every kind of event: allocations, explicit free, grow and shrink in place, a
    // moving realloc, a collection.
    void *a = gc_alloc(32, MPS_TYPE_IDX_list, false);
    void *b = gc_alloc(16, MPS_KIND_RAW, false);
    gc_free(b);
    a = gc_realloc(a, 80, false);  // grows into the freed block and beyond
    cr_assert_not_null(a);
    a = gc_realloc(a, 16, false);  // shrinks
    void *c = gc_alloc(16, MPS_TYPE_IDX_float, false);
    void *d = gc_alloc(16, MPS_TYPE_IDX_str, false);
    c = gc_realloc(c, 200, true);  // must move: d is in the way
    void *roots[] = {k.list, k.dict, a, c, d};
    size_t freed = hvt_collect(roots, 5);
    hv_model_detach(&live);
    hv_model_refresh(&live, HV_FRAME_POLL);
    cr_assert(hv_snapshot_same_blocks(&live.snap, &ev.snap));
    cr_assert_eq(live.collect_count, 1);
    cr_assert_eq(ev.collect_count, 1);
    cr_assert_eq(live.last_freed, freed);
    cr_assert_eq(hv_model_history_count(&ev), 1);
    cr_assert_eq(hv_model_history_at(&ev, 0)->freed_heads, freed);
    cr_assert_eq(hv_model_history_at(&ev, 0)->free_bytes, hv_model_history_at(&live, 0)->free_bytes);
    hv_model_free(&live);
    hv_model_free(&ev);
}

typedef struct {
    int frames[HV_FRAME_POLL + 1];
} frame_count_t;

static void count_frames(hv_model_t *m, hv_frame_reason_t why, void *data) {
    ((frame_count_t *)data)->frames[why]++;
}

Test(model, collections_make_history_and_frames) {
    unit_bare_heap(HVT_HEAP_BYTES);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    m.interval_ms = 60000; // no ticks in this test
    m.frame_every_collect = true;
    frame_count_t fc = {{0}};
    hv_listener_t l = {.on_frame = count_frames, .data = &fc};
    hv_model_listen(&m, &l);
    hv_model_attach(&m);
    for (int round = 0; round < 3; round++) {
        void *keep = NULL;
        for (int i = 0; i < 10 + round; i++) {
            void *p = gc_alloc(16, MPS_TYPE_IDX_tuple, false);
            if (i == 0) {
                keep = p;
            }
        }
        size_t freed = hvt_collect(&keep, 1);
        cr_assert_eq(freed, (size_t)(9 + round) + (round > 0 ? 1 : 0));
        cr_assert_eq(m.last_freed, freed);
    }
    hv_model_detach(&m);
    cr_assert_eq(fc.frames[HV_FRAME_COLLECT], 3);
    cr_assert_eq(fc.frames[HV_FRAME_TICK], 0);
    cr_assert_eq(hv_model_history_count(&m), 3);
    const hv_collection_t *h0 = hv_model_history_at(&m, 0), *h2 = hv_model_history_at(&m, 2);
    cr_assert_eq(h0->alloc_count, 10);
    cr_assert_eq(h2->alloc_count, 10 + 11 + 12);
    cr_assert_eq(h2->free_bytes, m.fig.free);
    cr_assert(h2->time_us >= h0->time_us);
    hv_model_free(&m);
}

Test(model, frequent_collections_are_all_in_the_history_but_frames_are_throttled) {
    unit_bare_heap(HVT_HEAP_BYTES);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    frame_count_t fc = {{0}};
    hv_listener_t l = {.on_frame = count_frames, .data = &fc};
    hv_model_listen(&m, &l);
    m.interval_ms = 60000;
    hv_model_refresh(&m, HV_FRAME_POLL);
    hv_model_attach(&m);
    for (int i = 0; i < 50; i++) {
        void *keep = gc_alloc(16 * (1 + i % 4), MPS_KIND_RAW, false);
        gc_alloc(16, MPS_KIND_RAW, false);
        hvt_collect(&keep, 1);
    }
    hv_model_detach(&m);
    cr_assert_eq(fc.frames[HV_FRAME_COLLECT], 0);
    cr_assert_eq(hv_model_history_count(&m), 50);
    // Each entry has the figures of its own swept heap.
    const hv_collection_t *last = hv_model_history_at(&m, 49);
    gc_info_t gi;
    gc_info(&gi);
    cr_assert_eq(last->free_bytes, gi.free);
    cr_assert_eq(last->max_free, gi.max_free);
    cr_assert_eq(last->freed_heads, 2);
    hv_model_free(&m);
}

Test(model, throttle_refreshes_by_time_not_by_allocation) {
    unit_bare_heap(HVT_HEAP_BYTES);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    frame_count_t fc = {{0}};
    hv_listener_t l = {.on_frame = count_frames, .data = &fc};
    hv_model_listen(&m, &l);
    m.interval_ms = 60000;
    hv_model_attach(&m);
    for (int i = 0; i < 1000; i++) {
        gc_alloc(16, MPS_KIND_RAW, false);
    }
    cr_assert_eq(fc.frames[HV_FRAME_TICK], 0, "no tick within the interval");
    cr_assert(m.dirty);
    hv_model_poll(&m);
    cr_assert_eq(fc.frames[HV_FRAME_POLL], 1);
    cr_assert_eq(m.fig.n_objects, 1000);
    hv_model_poll(&m); // nothing new: no frame
    cr_assert_eq(fc.frames[HV_FRAME_POLL], 1);
    // With no interval every clock check refreshes, but the clock is read only every
    // so many events: far fewer frames than allocations.
    m.interval_ms = 0;
    for (int i = 0; i < 1000; i++) {
        gc_alloc(16, MPS_KIND_RAW, false);
    }
    hv_model_detach(&m);
    cr_assert_gt(fc.frames[HV_FRAME_TICK], 0);
    cr_assert_lt(fc.frames[HV_FRAME_TICK], 100);
    hv_model_free(&m);
}

Test(model, a_failed_allocation_keeps_the_map_of_that_moment) {
    hvt_known_t k;
    hvt_known_heap(&k);
    gc_disable();
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    frame_count_t fc = {{0}};
    hv_listener_t l = {.on_frame = count_frames, .data = &fc};
    hv_model_listen(&m, &l);
    hv_model_attach(&m);
    size_t want = k.n_blocks; // more than the largest free run
    cr_assert_null(gc_alloc(want * BPB - 8, MPS_TYPE_IDX_bytearray, false));
    hv_model_detach(&m);
    gc_enable();
    cr_assert_eq(fc.frames[HV_FRAME_FAIL], 1);
    cr_assert(m.failure.happened);
    cr_assert_eq(m.failure.requested_blocks, want);
    cr_assert_eq(m.failure.max_free, k.n_blocks - 12);
    cr_assert_eq(m.failure.kind, MPS_TYPE_IDX_bytearray);
    cr_assert_eq(hv_snapshot_letter(&m.failure.snap, 0), 'L');
    hv_model_free(&m);
}

Test(model, diff_of_two_snapshots) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_snapshot_t a, b;
    cr_assert(hv_snapshot_init(&a, k.n_blocks, gc_arena_start()));
    hv_snapshot_read_gc(&a);
    void *fl = gc_alloc(16, MPS_TYPE_IDX_float, false); // fills the hole at block 4
    void *roots[] = {k.list, k.tuple, k.raw4, fl};
    hvt_collect(roots, 4);                              // drops the dict (5-6)
    gc_alloc(32, MPS_TYPE_IDX_str, false);              // a str where the dict was
    cr_assert(hv_snapshot_init(&b, k.n_blocks, gc_arena_start()));
    hv_snapshot_read_gc(&b);
    cr_assert_eq(hv_diff_block(&a, &b, 0), HV_DIFF_SAME);
    cr_assert_eq(hv_diff_block(&a, &b, 5), HV_DIFF_CHANGED);
    cr_assert_eq(hv_diff_block(&a, &b, 4), HV_DIFF_NEW);
    hv_diff_t d;
    hv_diff(&a, &b, &d);
    cr_assert_eq(hv_diff_block(&a, &b, 6), HV_DIFF_CHANGED);
    cr_assert_eq(d.new_blocks, 1);     // the float's block
    cr_assert_eq(d.gone_blocks, 0);
    cr_assert_eq(d.changed_blocks, 2); // the dict's two blocks, now the str's
    cr_assert_eq(d.new_heads, 2);      // the float and the str
    cr_assert_eq(d.gone_heads, 1);     // the dict
    cr_assert_eq(d.used_delta, 16);
    hv_snapshot_free(&a);
    hv_snapshot_free(&b);
}

Test(model, kind_names) {
    char buf[32];
    cr_assert_str_eq(hv_kind_name(MPS_TYPE_IDX_list, buf, sizeof(buf)), "list");
    cr_assert_str_eq(hv_kind_name(MPS_KIND_RAW, buf, sizeof(buf)), "raw");
    cr_assert_str_eq(hv_kind_name(MPS_KIND_INSTANCE, buf, sizeof(buf)), "instance");
    cr_assert_str_eq(hv_kind_name(200, buf, sizeof(buf)), "port type 200");
}

// A stand-in for the VM: "app.py" at the line in fake_line, or "lib.py" from line 100.
static unsigned fake_line;

static bool fake_locator(const char **file, unsigned *line) {
    static const char app[] = "app.py", lib[] = "lib.py";
    if (fake_line == 0) {
        return false;
    }
    *file = fake_line < 100 ? app : lib;
    *line = fake_line;
    return true;
}

Test(model, sites_say_where_objects_come_from) {
    unit_bare_heap(HVT_HEAP_BYTES);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    cr_assert(hv_model_track_sites(&m, fake_locator));
    hv_model_attach(&m);
    fake_line = 3;
    void *a = gc_alloc(16, MPS_TYPE_IDX_list, false);
    fake_line = 120;
    void *b = gc_alloc(48, MPS_TYPE_IDX_tuple, false);
    fake_line = 3;
    void *c = gc_alloc(16, MPS_TYPE_IDX_list, false);
    fake_line = 0;
    void *d = gc_alloc(16, MPS_KIND_RAW, false);
    hv_model_detach(&m);
    size_t base = (size_t)((uintptr_t)a - gc_arena_start()) / HV_BYTES_PER_BLOCK;
    unsigned line = 0;
    cr_assert_str_eq(hv_model_site_of(&m, base, &line), "app.py");
    cr_assert_eq(line, 3);
    cr_assert_str_eq(hv_model_site_of(&m, base + 1, &line), "lib.py");
    cr_assert_eq(line, 120);
    cr_assert_eq(m.sites->of_block[base + 4], m.sites->of_block[base], "the same site again");
    cr_assert_null(hv_model_site_of(&m, base + 5, &line), "no Python running: unknown");
    cr_assert_eq(m.sites->n_sites, 3);
    // The status line of a selected block says it.
    hv_view_t v;
    hv_view_init(&v);
    hv_model_refresh(&m, HV_FRAME_POLL);
    hv_view_select(&v, &m, base + 2, 10);
    cr_assert_not_null(strstr(v.message, "tail of a tuple object"), "%s", v.message);
    cr_assert_not_null(strstr(v.message, "from lib.py:120"), "%s", v.message);
    (void)b, (void)c, (void)d;
    hv_model_free(&m);
}
