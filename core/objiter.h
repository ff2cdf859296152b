// SPDX-License-Identifier: MIT
// Iterator objects that other files construct: iteration through __getitem__ (for
// objects without __iter__) and iter(callable, sentinel); plus the getiter slot that
// every iterator type shares.
#ifndef CORE_OBJITER_H
#define CORE_OBJITER_H

#include "core/obj.h"

// An iterator over [o] that calls o[0], o[1], ... until IndexError (or StopIteration).
// Uses [iter_buf] when given (no heap allocation). Raises MemoryError.
mps_obj_t mps_obj_new_getitem_iter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf);

// iter(fun, sentinel): calls [fun] with no arguments until it returns [sentinel].
mps_obj_t mps_obj_new_callable_iter(mps_obj_t fun, mps_obj_t sentinel);

// The getiter slot of an iterator type: returns the iterator itself.
mps_obj_t mps_iter_self(mps_obj_t self, mps_obj_iter_buf_t *iter_buf);

#endif // CORE_OBJITER_H
