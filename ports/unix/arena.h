// SPDX-License-Identifier: MIT
// The GC arena: mapped at a fixed address below 4 GiB so references fit 32 bits.
#ifndef PORTS_UNIX_ARENA_H
#define PORTS_UNIX_ARENA_H

#include <stddef.h>

// Maps [size] bytes for the heap at MPS_CFG_ARENA_ADDR (32-bit references) or anywhere
// (fallback build). Also checks that static data lies below 4 GiB. On failure prints
// a clear message naming the fallback build option and returns NULL.
void *arena_map(size_t size);
void arena_unmap(void *arena, size_t size);

#endif // PORTS_UNIX_ARENA_H
