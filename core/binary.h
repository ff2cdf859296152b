// SPDX-License-Identifier: MIT
// Packed binary values: the typecodes that struct, array, memoryview and uctypes share,
// their sizes and alignment on the emulated 32-bit target, and conversion to and from
// Python objects.
#ifndef CORE_BINARY_H
#define CORE_BINARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/obj.h"

// Typecodes: b B h H i I l L q Q (integers), f d e (floats, e is half precision),
// P (a pointer-sized unsigned int), O (an object reference), S (pointer to a NUL
// terminated string), and for struct only s (bytes) and x (padding).
//
// Sizes and '@' (native) alignment are those of a 32-bit ARM (EABI) target: int and
// long are 4 bytes, pointers 4, long long and double 8 with 8-byte alignment.

// Byte order of a struct format: '<' little, '>' or '!' big, '@' native (little,
// aligned), '=' native (unaligned).
typedef enum {
    MPS_BINARY_NATIVE, // '@': little endian, natural alignment
    MPS_BINARY_LITTLE, // '<' and '='
    MPS_BINARY_BIG,    // '>' and '!'
} mps_binary_order_t;

// Size in bytes of one [typecode] value, or 0 if the typecode is unknown. Sets
// *[align] to its alignment under MPS_BINARY_NATIVE.
size_t mps_binary_get_size(char typecode, size_t *align);

// Reads one [typecode] value at [p] in [order] and returns it as an object (int, float,
// the referenced object for 'O', a str for 'S'). Raises MemoryError.
mps_obj_t mps_binary_get_val(mps_binary_order_t order, char typecode, const uint8_t *p);

// Writes [val] as one [typecode] value at [p] in [order]. Integers are truncated to the
// field's width (as MicroPython does); raises TypeError for a value of the wrong kind.
void mps_binary_set_val(mps_binary_order_t order, char typecode, mps_obj_t val, uint8_t *p);

// The item [index] of an array of [typecode] values at [base] (native order).
mps_obj_t mps_binary_get_item(char typecode, const void *base, size_t index);
void mps_binary_set_item(char typecode, void *base, size_t index, mps_obj_t val);

#endif // CORE_BINARY_H
