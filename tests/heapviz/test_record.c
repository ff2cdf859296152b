// SPDX-License-Identifier: MIT
// Recordings: a run recorded and replayed gives the same frames and history; bad and
// truncated files are handled.

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/typelist.h"
#include "heapviz/model.h"
#include "heapviz/record.h"
#include "hvt_support.h"
#include "tests/unit/support.h"

#define MAX_FRAMES (64)

// Every frame of the live model, as the recorder saw it.
typedef struct {
    hv_snapshot_t frames[MAX_FRAMES];
    size_t n;
} frames_t;

static void keep_frame(hv_model_t *m, hv_frame_reason_t why, void *data) {
    frames_t *f = data;
    if (f->n < MAX_FRAMES) {
        hv_snapshot_copy(&f->frames[f->n++], &m->snap);
    }
}

// Records a run with collections, frees, reallocs and a failed allocation into
// [path]; [live] ends as the live model; [frames] gets every frame after the first.
static void record_run(const char *path, hv_model_t *live, frames_t *frames) {
    hvt_known_t k;
    hvt_known_heap(&k);
    cr_assert(hv_model_init_live(live));
    live->interval_ms = 0; // ticks too, not only collections
    frames->n = 0;
    hv_snapshot_copy(&frames->frames[frames->n++], &live->snap);
    hv_recorder_t rec;
    char err[200];
    cr_assert(hv_recorder_open(&rec, path, live, err, sizeof(err)), "%s", err);
    hv_listener_t l = {.on_frame = keep_frame, .data = frames};
    hv_model_listen(live, &l);
    hv_model_attach(live);
    void *keep[8] = {k.list, k.dict};
    for (int round = 0; round < 4; round++) {
        for (int i = 0; i < 200; i++) {
            void *p = gc_alloc(16 * (1 + i % 3), i % 2 ? MPS_TYPE_IDX_tuple : MPS_TYPE_IDX_str, false);
            if (i % 50 == 0) {
                keep[2 + round] = p;
            }
            if (i % 7 == 0) {
                gc_free(p);
            }
        }
        void *r = gc_alloc(32, MPS_KIND_RAW, false);
        r = gc_realloc(r, 96, true);
        keep[6] = r;
        hvt_collect(keep, 8);
    }
    gc_disable();
    gc_alloc(HVT_HEAP_BYTES, MPS_TYPE_IDX_list, false); // fails
    gc_enable();
    hv_model_detach(live);
    hv_model_unlisten(live, frames);
    cr_assert(hv_recorder_close(&rec));
    cr_assert_gt(rec.n_events, 800);
    cr_assert_eq(rec.n_snapshots, frames->n);
}

static void free_frames(frames_t *f) {
    for (size_t i = 0; i < f->n; i++) {
        hv_snapshot_free(&f->frames[i]);
    }
}

Test(record, replay_gives_the_same_frames_and_history) {
    char path[64];
    hvt_temp_path("replay.hvr", path, sizeof(path));
    hv_model_t live;
    frames_t frames;
    record_run(path, &live, &frames);

    hv_reader_t r;
    char err[200];
    cr_assert(hv_reader_open(&r, path, err, sizeof(err)), "%s", err);
    cr_assert_eq(r.n_frames, frames.n);
    hv_model_t m;
    cr_assert(hv_reader_init_model(&r, &m));
    size_t frame = 0;
    for (hv_rec_t k; (k = hv_reader_step(&r, &m)) != HV_REC_END;) {
        cr_assert_neq(k, HV_REC_ERROR, "%s", r.err);
        if (k == HV_REC_SNAPSHOT) {
            cr_assert(hv_snapshot_same_blocks(&m.snap, &frames.frames[frame]), "frame %zu", frame);
            cr_assert_eq(m.snap.time_us, frames.frames[frame].time_us);
            frame++;
        }
    }
    cr_assert_eq(frame, frames.n);
    cr_assert_eq(r.mismatches, 0, "the events alone rebuild every frame");
    cr_assert(!r.truncated);
    // Counters, history and the failure, as live.
    cr_assert_eq(m.alloc_count, live.alloc_count);
    cr_assert_eq(m.free_count, live.free_count);
    cr_assert_eq(m.collect_count, 4);
    cr_assert_eq(hv_model_history_count(&m), hv_model_history_count(&live));
    for (size_t i = 0; i < hv_model_history_count(&m); i++) {
        const hv_collection_t *a = hv_model_history_at(&m, i), *b = hv_model_history_at(&live, i);
        cr_assert(a->time_us == b->time_us && a->alloc_count == b->alloc_count &&
                      a->freed_heads == b->freed_heads && a->free_bytes == b->free_bytes &&
                      a->max_free == b->max_free,
                  "collection %zu: replayed %llu %llu %u %u %u, live %llu %llu %u %u %u", i,
                  (unsigned long long)a->time_us, (unsigned long long)a->alloc_count, a->freed_heads,
                  a->free_bytes, a->max_free, (unsigned long long)b->time_us,
                  (unsigned long long)b->alloc_count, b->freed_heads, b->free_bytes, b->max_free);
    }
    cr_assert(m.failure.happened);
    cr_assert_eq(m.failure.requested_blocks, live.failure.requested_blocks);
    cr_assert_eq(m.failure.max_free, live.failure.max_free);
    cr_assert(hv_snapshot_same_blocks(&m.failure.snap, &live.failure.snap));

    // Going straight to a frame gives that frame and the history before it.
    size_t mid = frames.n / 2;
    cr_assert(hv_reader_goto_frame(&r, &m, mid));
    cr_assert(hv_snapshot_same_blocks(&m.snap, &frames.frames[mid]));
    cr_assert(!hv_reader_goto_frame(&r, &m, frames.n));

    hv_model_free(&m);
    hv_reader_close(&r);
    hv_model_free(&live);
    free_frames(&frames);
    unlink(path);
}

static unsigned site_line;

static bool line_locator(const char **file, unsigned *line) {
    *file = "main.py";
    *line = site_line;
    return true;
}

Test(record, sites_survive_a_round_trip) {
    char path[64], err[200];
    hvt_temp_path("sites.hvr", path, sizeof(path));
    unit_bare_heap(HVT_HEAP_BYTES);
    hv_model_t live;
    cr_assert(hv_model_init_live(&live));
    cr_assert(hv_model_track_sites(&live, line_locator));
    static hv_recorder_t rec;
    cr_assert(hv_recorder_open(&rec, path, &live, err, sizeof(err)), "%s", err);
    hv_model_attach(&live);
    for (unsigned i = 0; i < 40; i++) {
        site_line = 10 + i % 4;
        gc_alloc(16 * (1 + i % 2), MPS_TYPE_IDX_dict, false);
    }
    hv_model_detach(&live);
    cr_assert(hv_recorder_close(&rec));
    hv_reader_t r;
    cr_assert(hv_reader_open(&r, path, err, sizeof(err)), "%s", err);
    hv_model_t m;
    cr_assert(hv_reader_init_model(&r, &m));
    while (hv_reader_step(&r, &m) > HV_REC_ERROR) {
    }
    cr_assert_not_null(m.sites);
    cr_assert_eq(m.sites->n_sites, 5);
    for (size_t b = 0; b < live.snap.n_blocks; b++) {
        unsigned l1 = 0, l2 = 0;
        const char *f1 = hv_model_site_of(&live, b, &l1), *f2 = hv_model_site_of(&m, b, &l2);
        cr_assert((f1 == NULL) == (f2 == NULL), "block %zu", b);
        if (f1 != NULL) {
            cr_assert_str_eq(f1, f2);
            cr_assert_eq(l1, l2, "block %zu", b);
        }
    }
    hv_model_free(&m);
    hv_reader_close(&r);
    hv_model_free(&live);
    unlink(path);
}

Test(record, a_truncated_recording_ends_cleanly) {
    char path[64];
    hvt_temp_path("trunc.hvr", path, sizeof(path));
    hv_model_t live;
    frames_t frames;
    record_run(path, &live, &frames);
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    cr_assert_eq(truncate(path, size - 5), 0);
    hv_reader_t r;
    char err[200];
    cr_assert(hv_reader_open(&r, path, err, sizeof(err)), "%s", err);
    hv_model_t m;
    cr_assert(hv_reader_init_model(&r, &m));
    hv_rec_t k;
    while ((k = hv_reader_step(&r, &m)) != HV_REC_END) {
        cr_assert_neq(k, HV_REC_ERROR);
    }
    cr_assert(r.truncated);
    cr_assert_eq(r.mismatches, 0);
    hv_model_free(&m);
    hv_reader_close(&r);
    hv_model_free(&live);
    free_frames(&frames);
    unlink(path);
}

Test(record, foreign_files_are_refused_with_a_message) {
    char path[64], err[200];
    hvt_temp_path("foreign.hvr", path, sizeof(path));
    FILE *f = fopen(path, "wb");
    fputs("GC memory layout; from 20000000:\n", f);
    fclose(f);
    hv_reader_t r;
    cr_assert(!hv_reader_open(&r, path, err, sizeof(err)));
    cr_assert_not_null(strstr(err, "not a heapviz recording"), "%s", err);
    // A newer version is named as such.
    static const unsigned char v9[32] = {0x89, 'H', 'V', 'R', '\r', '\n', 0x1a, '\n', 9, 0, 32, 0, 16};
    f = fopen(path, "wb");
    fwrite(v9, 1, sizeof(v9), f);
    fclose(f);
    cr_assert(!hv_reader_open(&r, path, err, sizeof(err)));
    cr_assert_not_null(strstr(err, "version 9"), "%s", err);
    cr_assert(!hv_reader_open(&r, "/nonexistent/x.hvr", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "cannot open"), "%s", err);
    unlink(path);
}

Test(record, an_unknown_record_is_corruption) {
    char path[64], err[200];
    hvt_temp_path("corrupt.hvr", path, sizeof(path));
    hv_model_t live;
    frames_t frames;
    record_run(path, &live, &frames);
    FILE *f = fopen(path, "ab");
    fputc(0x7f, f);
    fclose(f);
    hv_reader_t r;
    cr_assert(!hv_reader_open(&r, path, err, sizeof(err)));
    cr_assert_not_null(strstr(err, "corrupt"), "%s", err);
    hv_model_free(&live);
    free_frames(&frames);
    unlink(path);
}
