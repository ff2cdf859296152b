// SPDX-License-Identifier: MIT
// Cost of the heap observer interface: allocation and collection throughput with the
// interface compiled out, compiled in with nobody listening, and with a listener.
// Built twice by meson (MPS_CFG_GC_OBSERVER = 0 and 1); run both and compare.

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "core/gc.h"
#include "core/state.h"
#include "core/typelist.h"

#define HEAP (1024 * 1024)
#define ROUNDS (200)
#define ALLOCS (20000)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void count(const gc_event_t *ev, void *data) {
    (*(size_t *)data)++;
}

// Allocates small objects of mixed sizes, keeping every 8th, collecting when full.
static double run(void *arena) {
    gc_init(arena, (char *)arena + HEAP);
    uint32_t keep[ALLOCS / 8];
    double best = 1e9;
    for (int r = 0; r < ROUNDS; r++) {
        double t0 = now();
        memset(keep, 0, sizeof(keep));
        gc_collect_start();
        gc_collect_end();
        for (int i = 0; i < ALLOCS; i++) {
            void *p = gc_alloc(16 + (i % 5) * 16, MPS_KIND_RAW, false);
            if (p == NULL) {
                gc_collect_start();
                gc_collect_root((void **)keep, sizeof(keep));
                gc_collect_end();
                p = gc_alloc(16, MPS_KIND_RAW, false);
            }
            if (i % 8 == 0) {
                keep[i / 8] = (uint32_t)(uintptr_t)p;
            }
        }
        double t = now() - t0;
        best = t < best ? t : best;
    }
    return best;
}

int main(void) {
    void *arena = mmap((void *)(uintptr_t)MPS_CFG_ARENA_ADDR, HEAP, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (arena == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    // Alternate the cases so that warm-up and frequency changes hit both alike.
    double t_none = 1e9, t_obs = 1e9;
    size_t events = 0;
    for (int k = 0; k < 3; k++) {
        double t = run(arena);
        t_none = t < t_none ? t : t_none;
#if MPS_CFG_GC_OBSERVER
        gc_set_observer(count, &events);
        t = run(arena);
        gc_set_observer(NULL, NULL);
        t_obs = t < t_obs ? t : t_obs;
#endif
    }
    printf("observer %s, nobody listening: %.3f ms per %d allocations\n",
           MPS_CFG_GC_OBSERVER ? "compiled in" : "compiled out", t_none * 1e3, ALLOCS);
#if MPS_CFG_GC_OBSERVER
    printf("observer compiled in, a counting listener: %.3f ms per %d allocations (%zu events)\n",
           t_obs * 1e3, ALLOCS, events);
#else
    (void)count;
    (void)t_obs;
    (void)events;
#endif
    return 0;
}
