// SPDX-License-Identifier: MIT
// array.array: packed numbers with the buffer protocol.
#ifndef CORE_OBJARRAY_H
#define CORE_OBJARRAY_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_array;
extern const mps_obj_type_t mps_type_array_iter;

// 16 bytes, as a 32-bit MicroPython's array; the items are a separate block.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t typecode : 8; // one of bBhHiIlLqQfdPOS
    mps_uint_t free : 24;    // spare items allocated after len
    mps_uint_t len;          // items
    mps_ref_t items;
} mps_obj_array_t;

// A new array of [n] zeroed items of [typecode]. Raises MemoryError.
mps_obj_t mps_obj_new_array(char typecode, size_t n);
// The array inside [o] (itself, or the native part of an instance of a subclass).
mps_obj_array_t *mps_obj_array_native(mps_obj_t o);

#endif // CORE_OBJARRAY_H
