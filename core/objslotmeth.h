// SPDX-License-Identifier: MIT
// Special methods of built-in types: list.__getitem__, super().__len__() ... as
// functions over the type's slots.
#ifndef CORE_OBJSLOTMETH_H
#define CORE_OBJSLOTMETH_H

#include "core/obj.h"

// A built-in type implements operators with slots, not methods. So that
// super().__getitem__(k), list.__len__(x) and the like work (in subclasses above all),
// class lookup on a static type falls back to these: the function for special method
// [attr] when [t] has the slot behind it, else MPS_OBJ_NULL. Each function takes the
// native object as self and works through the generic operations.
mps_obj_t mps_obj_slot_method(const mps_obj_type_t *t, qstr attr);

#endif // CORE_OBJSLOTMETH_H
