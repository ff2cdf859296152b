// SPDX-License-Identifier: MIT
// heapviz inside a program (heapviz/heapviz.h): the -X heapviz= spec, recording a run,
// the MemoryError dump, and the attach channel read back in the same process.

#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/typelist.h"
#include "heapviz/heapviz.h"
#include "heapviz/publish.h"
#include "heapviz/record.h"
#include "hvt_support.h"
#include "tests/unit/support.h"

static void churn(void) {
    void *keep[4] = {0};
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 100; i++) {
            void *p = gc_alloc(16 + 16 * (i % 2), MPS_TYPE_IDX_list, false);
            if (i % 30 == 0) {
                keep[i / 30] = p;
            }
        }
        hvt_collect(keep, 4);
    }
}

Test(live, bad_specs_are_explained) {
    unit_bare_heap(HVT_HEAP_BYTES);
    char err[256];
    cr_assert(!heapviz_start("", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "curses|sdl|publish|none"), "%s", err);
    cr_assert(!heapviz_start("gtk", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "unknown front-end 'gtk'"), "%s", err);
    cr_assert(!heapviz_start("none,colour", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "unknown option 'colour'"), "%s", err);
    cr_assert(!heapviz_start("none,interval=soon", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "bad interval"), "%s", err);
    cr_assert(!heapviz_start("none,record=/nonexistent/dir/x.hvr", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "cannot create recording"), "%s", err);
    cr_assert(!heapviz_start("none,where", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "cannot tell where objects are allocated"), "%s", err);
    cr_assert(!heapviz_active());
    heapviz_stop(); // harmless when not started
}

Test(live, a_recorded_run_replays) {
    unit_bare_heap(HVT_HEAP_BYTES);
    char path[64], spec[128], err[256];
    hvt_temp_path("live.hvr", path, sizeof(path));
    snprintf(spec, sizeof(spec), "none,record=%s,interval=0", path);
    cr_assert(heapviz_start(spec, err, sizeof(err)), "%s", err);
    cr_assert(heapviz_active());
    churn();
    heapviz_poll();
    heapviz_stop();
    cr_assert(!heapviz_active());
    hv_reader_t r;
    cr_assert(hv_reader_open(&r, path, err, sizeof(err)), "%s", err);
    hv_model_t m;
    cr_assert(hv_reader_init_model(&r, &m));
    while (hv_reader_step(&r, &m) > HV_REC_ERROR) {
    }
    cr_assert_eq(r.mismatches, 0);
    cr_assert_eq(m.collect_count, 3);
    cr_assert_eq(m.alloc_count, 300);
    hv_snapshot_t now;
    hv_snapshot_init(&now, gc_num_blocks(), gc_arena_start());
    hv_snapshot_read_gc(&now);
    cr_assert(hv_snapshot_same_blocks(&now, &m.snap), "the last frame is the heap at the end");
    hv_snapshot_free(&now);
    hv_model_free(&m);
    hv_reader_close(&r);
    unlink(path);
}

Test(live, dump_writes_the_map_at_a_memory_error, .init = cr_redirect_stderr) {
    unit_bare_heap(HVT_HEAP_BYTES);
    char err[256];
    cr_assert(heapviz_start("none,dump", err, sizeof(err)), "%s", err);
    gc_alloc(16, MPS_TYPE_IDX_list, false);
    gc_disable();
    cr_assert_null(gc_alloc(2 * HVT_HEAP_BYTES, MPS_TYPE_IDX_bytearray, false));
    gc_enable();
    heapviz_stop();
    fflush(stderr);
    char buf[8192] = {0};
    FILE *f = cr_get_redirected_stderr();
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = '\0';
    cr_assert_not_null(strstr(buf, "allocation of 8192 blocks (131072 bytes) of kind bytearray failed"),
                       "%s", buf);
    cr_assert_not_null(strstr(buf, "largest free run"), "%s", buf);
    cr_assert_not_null(strstr(buf, "\n00000000: L..."), "%s", buf);
}

Test(live, publish_and_attach_in_one_process) {
    unit_bare_heap(HVT_HEAP_BYTES);
    char err[256], name[64];
    cr_assert(heapviz_start("publish,interval=0", err, sizeof(err)), "%s", err);
    snprintf(name, sizeof(name), "/dev/shm" HV_SHM_PREFIX "%d", (int)getpid());
    cr_assert_eq(access(name, F_OK), 0, "%s exists while publishing", name);
    hv_subscriber_t sub;
    cr_assert(hv_subscribe_open(&sub, (unsigned)getpid(), err, sizeof(err)), "%s", err);
    hv_model_t m;
    cr_assert(hv_subscribe_init_model(&sub, &m));
    cr_assert(hv_subscribe_update(&sub, &m));
    cr_assert(!hv_subscribe_update(&sub, &m), "nothing new");
    churn();
    heapviz_poll();
    cr_assert(hv_subscribe_update(&sub, &m));
    cr_assert_eq(m.collect_count, 3);
    cr_assert_eq(hv_model_history_count(&m), 3);
    hv_snapshot_t now;
    hv_snapshot_init(&now, gc_num_blocks(), gc_arena_start());
    hv_snapshot_read_gc(&now);
    cr_assert(hv_snapshot_same_blocks(&now, &m.snap));
    hv_snapshot_free(&now);
    cr_assert(!hv_subscribe_closed(&sub));
    heapviz_stop();
    cr_assert(hv_subscribe_closed(&sub));
    cr_assert_neq(access(name, F_OK), 0, "the name is removed");
    hv_model_free(&m);
    hv_subscribe_close(&sub);
    cr_assert(!hv_subscribe_open(&sub, (unsigned)getpid(), err, sizeof(err)));
    cr_assert_not_null(strstr(err, "does not publish"), "%s", err);
}
