// SPDX-License-Identifier: MIT
// Bound methods: a function together with the self it will be called with.
#ifndef CORE_OBJBOUNDMETH_H
#define CORE_OBJBOUNDMETH_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_bound_meth;

// 12 bytes: one block, as in MicroPython.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_bound_meth
    mps_obj_t meth;
    mps_obj_t self;
} mps_obj_bound_meth_t;

// New bound method calling [meth] with [self] first. Raises MemoryError.
mps_obj_t mps_obj_new_bound_meth(mps_obj_t meth, mps_obj_t self);

#endif // CORE_OBJBOUNDMETH_H
