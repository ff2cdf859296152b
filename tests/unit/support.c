// SPDX-License-Identifier: MIT
// Shared set-up for the Criterion unit tests.

#include "support.h"

#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "core/gc.h"
#include "core/runtime.h"
#include "core/state.h"

#define ARENA_SIZE (4 * 1024 * 1024)

static void *arena_for_process(void) {
    static void *arena;
    if (arena == NULL) {
        arena = arena_map(ARENA_SIZE);
        if (arena == NULL) {
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

void unit_interpreter(size_t size) {
    char here;
    char *arena = arena_for_process();
    // The stack scan starts well above this frame so that the test's own locals count.
    mps_state.stack_top = &here + 4096;
    mps_state.stack_limit = 256 * 1024;
    gc_set_stack_top(mps_state.stack_top);
    mps_init(arena, size);
}
