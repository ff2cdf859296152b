// SPDX-License-Identifier: MIT
// What watching the heap costs the program: allocation and collection throughput on a
// bare heap with nobody listening, with a listener that only counts (the floor), and
// with heapviz's live model alone, publishing for attach, and recording to a file.

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "core/gc.h"
#include "core/state.h"
#include "core/typelist.h"
#include "heapviz/model.h"
#include "heapviz/publish.h"
#include "heapviz/record.h"

#define HEAP (256 * 1024)
#define ROUNDS (30)
#define ALLOCS (200000)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void count(const gc_event_t *ev, void *data) {
    (*(size_t *)data)++;
}

// Small objects of mixed sizes, every 8th kept, a collection whenever the heap is full:
// an allocation-bound program at its worst for an observer.
static double run_once(void) {
    static uint32_t keep[ALLOCS / 8];
    memset(keep, 0, sizeof(keep));
    double t0 = now();
    for (int i = 0; i < ALLOCS; i++) {
        void *p = gc_alloc(16 + (i % 5) * 16, i & 1 ? MPS_TYPE_IDX_tuple : MPS_KIND_RAW, false);
        if (p == NULL) {
            memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
            gc_collect_start();
            gc_collect_root((void **)keep, sizeof(keep));
            gc_collect_end();
            p = gc_alloc(16, MPS_KIND_RAW, false);
        }
        if (i % 8 == 0) {
            keep[i / 8] = (uint32_t)(uintptr_t)p;
        }
    }
    return now() - t0;
}

typedef enum { OFF, COUNT, MODEL, PUBLISH, RECORD, N_CASES } bench_case_t;
static const char *const names[N_CASES] = {"nobody listening", "counting listener", "heapviz model",
                                           "model + publish", "model + record"};

static double run_case(void *arena, bench_case_t c) {
    gc_init(arena, (char *)arena + HEAP);
    size_t events = 0;
    hv_model_t m;
    hv_publisher_t pub;
    static hv_recorder_t rec;
    char err[256];
    if (c >= MODEL) {
        hv_model_init_live(&m);
        hv_model_attach(&m);
    }
    if (c == COUNT) {
        gc_set_observer(count, &events);
    }
    if (c == PUBLISH && !hv_publish_open(&pub, &m, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    if (c == RECORD && !hv_recorder_open(&rec, "/tmp/bench_model.hvr", &m, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    double t = run_once();
    gc_set_observer(NULL, NULL);
    if (c == PUBLISH) {
        hv_publish_close(&pub);
    }
    if (c == RECORD) {
        hv_recorder_close(&rec);
        unlink("/tmp/bench_model.hvr");
    }
    if (c >= MODEL) {
        hv_model_free(&m);
    }
    return t;
}

// With an argument (a case number) runs only that case, for profiling.
int main(int argc, char **argv) {
    void *arena = arena_map(HEAP);
    if (arena == NULL) {
        return 1;
    }
    if (argc > 1) {
        int c = atoi(argv[1]);
        for (int r = 0; r < ROUNDS * 10 && c >= 0 && c < N_CASES; r++) {
            run_case(arena, (bench_case_t)c);
        }
        return 0;
    }
    double best[N_CASES];
    for (int c = 0; c < N_CASES; c++) {
        best[c] = 1e9;
    }
    // Interleaved, best of many: frequency changes and other load hit every case alike.
    for (int r = 0; r < ROUNDS; r++) {
        for (int c = 0; c < N_CASES; c++) {
            double t = run_case(arena, (bench_case_t)c);
            best[c] = t < best[c] ? t : best[c];
        }
    }
    printf("%d allocations (16-80 bytes) in a %d KiB heap, collecting when full; best of %d\n", ALLOCS,
           HEAP / 1024, ROUNDS);
    for (int c = 0; c < N_CASES; c++) {
        printf("  %-18s %8.3f ms  %6.1f ns/alloc  %+6.1f%%\n", names[c], best[c] * 1e3, best[c] * 1e9 / ALLOCS,
               100.0 * (best[c] / best[OFF] - 1.0));
    }
    return 0;
}
