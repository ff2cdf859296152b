// SPDX-License-Identifier: MIT
// Mapping the GC arena where a Cortex-M has its SRAM.

#include "arena.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "core/config.h"
#include "core/obj.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

#if MPS_CFG_REF32
// Everything a 32-bit reference can name must lie below 4 GiB: static objects (types,
// ROM tables, built-in functions) and the arena.
static bool below_4g(const void *p, size_t len) {
    return (uintptr_t)p + len <= (uintptr_t)UINT32_MAX + 1;
}
#endif

void *arena_map(size_t size) {
#if MPS_CFG_REF32
    if (!below_4g(mps_type_table, sizeof(mps_type_table)) || !below_4g((const void *)&arena_map, 1)) {
        fprintf(stderr,
                "mpsim: static data is above 4 GiB (a position-independent build?), so 32-bit\n"
                "references cannot name it. Rebuild without PIE, or configure the fallback\n"
                "build with `meson configure -Dref32=false` (64-bit references).\n");
        return NULL;
    }
    void *want = (void *)(uintptr_t)MPS_CFG_ARENA_ADDR;
    void *p = mmap(want, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || p != want) {
        if (p != MAP_FAILED) {
            // An old kernel ignored MAP_FIXED_NOREPLACE and put the mapping elsewhere.
            munmap(p, size);
        }
        fprintf(stderr,
                "mpsim: cannot map a %zu-byte heap at 0x%08x (%s).\n"
                "32-bit references need the heap below 4 GiB; try a smaller -X heapsize, or\n"
                "configure the fallback build with `meson configure -Dref32=false`.\n",
                size, (unsigned)MPS_CFG_ARENA_ADDR, p == MAP_FAILED ? strerror(errno) : "address taken");
        return NULL;
    }
    if (!below_4g(p, size)) {
        munmap(p, size);
        fprintf(stderr, "mpsim: a %zu-byte heap does not fit below 4 GiB at 0x%08x.\n", size,
                (unsigned)MPS_CFG_ARENA_ADDR);
        return NULL;
    }
    return p;
#else
    void *p = malloc(size);
    if (p == NULL) {
        fprintf(stderr, "mpsim: cannot allocate a %zu-byte heap.\n", size);
    }
    return p;
#endif
}

void arena_unmap(void *arena, size_t size) {
#if MPS_CFG_REF32
    munmap(arena, size);
#else
    (void)size;
    free(arena);
#endif
}
