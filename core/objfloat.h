// SPDX-License-Identifier: MIT
// float (a C double in a heap object) and complex.
#ifndef CORE_OBJFLOAT_H
#define CORE_OBJFLOAT_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_float;
extern const mps_obj_type_t mps_type_complex;

typedef struct {
    mps_obj_base_t base;
    mps_uint_t pad; // keeps the double 8-byte aligned
    mps_float_t value;
} mps_obj_float_t;

mps_obj_t mps_obj_new_float(mps_float_t value); // raises MemoryError
mps_float_t mps_obj_float_get(mps_obj_t o);     // o must be a float
mps_obj_t mps_obj_float_binary_op(mps_binary_op_t op, mps_float_t lhs, mps_obj_t rhs);
// Formats [value] as repr() does (shortest text that reads back exactly, like CPython).
void mps_float_format_repr(mps_float_t value, char *buf, size_t buf_size);
// Formats with a printf-style [fmt] char ('e','f','g','%' ...) and [prec]; returns length.
size_t mps_float_format(mps_float_t value, char *buf, size_t buf_size, char fmt, int prec, bool alt);
// Parses a float or complex literal / float() argument; raises ValueError.
mps_obj_t mps_parse_num_decimal(const char *str, size_t len, bool allow_imag, bool force_complex);

mps_obj_t mps_obj_new_complex(mps_float_t real, mps_float_t imag);
void mps_obj_complex_get(mps_obj_t o, mps_float_t *real, mps_float_t *imag);

#endif // CORE_OBJFLOAT_H
