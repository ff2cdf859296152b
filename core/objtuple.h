// SPDX-License-Identifier: MIT
// tuple: items stored inline after the header.
#ifndef CORE_OBJTUPLE_H
#define CORE_OBJTUPLE_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_tuple;
extern const mps_obj_type_t mps_type_tuple_iter;

typedef struct {
    mps_obj_base_t base;
    mps_uint_t len;
    mps_obj_t items[];
} mps_obj_tuple_t;

// New tuple of [n] items copied from [items] (NULL: filled with None, for the caller
// to fill in before anyone else sees it). n == 0 gives the static empty tuple (no
// allocation). Raises MemoryError.
mps_obj_t mps_obj_new_tuple(size_t n, const mps_obj_t *items);
// New tuple with the items of any iterable (a tuple itself is returned as is).
mps_obj_t mps_obj_new_tuple_from_iter(mps_obj_t iterable);
void mps_obj_tuple_get(mps_obj_t t, size_t *len, mps_obj_t **items);
// The empty tuple: a static object.
mps_obj_t mps_const_empty_tuple(void);

#endif // CORE_OBJTUPLE_H
