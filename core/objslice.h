// SPDX-License-Identifier: MIT
// slice objects and range.
#ifndef CORE_OBJSLICE_H
#define CORE_OBJSLICE_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_slice;
extern const mps_obj_type_t mps_type_range;
extern const mps_obj_type_t mps_type_range_iter;

typedef struct {
    mps_obj_base_t base;
    mps_obj_t start;
    mps_obj_t stop;
    mps_obj_t step;
} mps_obj_slice_t;

mps_obj_t mps_obj_new_slice(mps_obj_t start, mps_obj_t stop, mps_obj_t step);

typedef struct {
    mps_int_t start;
    mps_int_t stop;
    mps_int_t step;
} mps_bound_slice_t;

// Resolves [slice] against a sequence of [len] items as slice.indices() does.
// Raises ValueError for a zero step. Returns true if step is 1 (a plain range).
bool mps_obj_slice_indices(mps_obj_t slice, size_t len, mps_bound_slice_t *result);

// range: 16 bytes, one block (core/objrange.c).
typedef struct {
    mps_obj_base_t base;
    mps_int_t start;
    mps_int_t stop;
    mps_int_t step;
} mps_obj_range_t;

// An iterator over [range] backwards (reversed(range)). Raises MemoryError.
mps_obj_t mps_obj_range_reversed(mps_obj_t range);

#endif // CORE_OBJSLICE_H
