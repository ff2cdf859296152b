// SPDX-License-Identifier: MIT
// Python-level allocation: the GC heap, raising MemoryError when it is exhausted.

#include "core/mem.h"

#include "core/gc.h"
#include "core/runtime.h"
#include "core/typelist.h"

// Raises MemoryError with MicroPython's message for a failed request of [n] bytes.
static noreturn void out_of_memory(size_t n) {
    if (gc_is_locked()) {
        mps_raise_memory_error_msg("memory allocation failed, heap is locked", 0);
    }
    mps_raise_memory_error_msg("memory allocation failed, allocating %u bytes", n);
}

void *mps_mem_alloc_kind(size_t n_bytes, unsigned kind, bool has_finaliser) {
    void *p = gc_alloc(n_bytes, kind, has_finaliser);
    if (p == NULL) {
        out_of_memory(n_bytes);
    }
    return p;
}

void *mps_mem_alloc(size_t n_bytes) {
    return mps_mem_alloc_kind(n_bytes, MPS_KIND_RAW, false);
}

void *mps_mem_realloc(void *ptr, size_t n_bytes) {
    void *p = gc_realloc(ptr, n_bytes, true);
    if (p == NULL) {
        out_of_memory(n_bytes);
    }
    return p;
}

void *mps_mem_realloc_maybe(void *ptr, size_t n_bytes) {
    return gc_realloc(ptr, n_bytes, false);
}

void mps_mem_free(void *ptr) {
    gc_free(ptr);
}
