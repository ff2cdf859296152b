// SPDX-License-Identifier: MIT
// Allocation for the Python level: the GC heap with MemoryError on failure.
#ifndef CORE_MEM_H
#define CORE_MEM_H

#include <stdbool.h>
#include <stddef.h>

// Allocates [n_bytes] of raw (non-object) memory, zeroed. Raises MemoryError.
void *mps_mem_alloc(size_t n_bytes);
// Allocates [n_bytes] whose head block is labelled with [kind] (core/typelist.h).
void *mps_mem_alloc_kind(size_t n_bytes, unsigned kind, bool has_finaliser);
// Grows or shrinks, moving if needed. Raises MemoryError (then [ptr] is unchanged).
void *mps_mem_realloc(void *ptr, size_t n_bytes);
// Tries to resize in place only; returns NULL if it cannot.
void *mps_mem_realloc_maybe(void *ptr, size_t n_bytes);
void mps_mem_free(void *ptr);

#define mps_new(T, n) ((T *)mps_mem_alloc(sizeof(T) * (n)))
#define mps_renew(T, p, n) ((T *)mps_mem_realloc((p), sizeof(T) * (n)))

#endif // CORE_MEM_H
