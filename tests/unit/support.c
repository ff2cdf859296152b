// SPDX-License-Identifier: MIT
// Shared set-up for the Criterion unit tests.

#include "support.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "core/gc.h"
#include "core/runtime.h"
#include "core/state.h"

#define ARENA_SIZE (4 * 1024 * 1024)

// AddressSanitizer's frames are several times larger: allow them more of the 8 MiB
// stack, so that depth limits mean the same in both builds.
#if defined(__SANITIZE_ADDRESS__)
#define UNIT_STACK_LIMIT (4 * MPS_CFG_STACK_LIMIT)
#else
#define UNIT_STACK_LIMIT (MPS_CFG_STACK_LIMIT)
#endif

// Criterion may run several tests in one worker process, or fork workers from a process
// that mapped the arena already: a test process owns its address space, so map over
// whatever is at the fixed address.
static void *arena_for_process(void) {
    static void *arena;
    if (arena == NULL) {
        void *want = (void *)(uintptr_t)MPS_CFG_ARENA_ADDR;
        arena = mmap(want, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (arena != want) {
            perror("mmap arena");
            abort();
        }
    }
    return arena;
}

void *unit_bare_heap(size_t size) {
    char *arena = arena_for_process();
    if (size > ARENA_SIZE) {
        abort();
    }
    gc_init(arena, arena + size);
    return arena;
}

void unit_interpreter_from(size_t size, void *stack_top) {
    char *arena = arena_for_process();
    mps_state.stack_top = stack_top;
    mps_state.stack_limit = UNIT_STACK_LIMIT;
    gc_set_stack_top(mps_state.stack_top);
    mps_init(arena, size);
}
