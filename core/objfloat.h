// SPDX-License-Identifier: MIT
// float (a C double in a heap object) and complex.
#ifndef CORE_OBJFLOAT_H
#define CORE_OBJFLOAT_H

#include "core/obj.h"
#include "core/objfun.h"

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
// [fmt]: 'e' 'E' 'f' 'F' 'g' 'G' 'n' (as 'g') and '%' as in format(); 'r' is repr();
// 0 is format()'s "no type": repr when [prec] < 0, else like 'g' but a fixed-point
// result keeps at least one digit after the point. [prec] < 0 means the default (6).
// [alt] is the '#' flag. The text has a leading '-' for negative values (and -0.0)
// but no '+' or padding; inf and nan are 'inf'/'nan' ('INF'/'NAN' for 'E','F','G').
// 'f', 'F' and '%' switch to the exponent form from 1e32 on, as MicroPython does.
// Output is truncated to fit [buf_size] (NUL included); [prec] + 48 bytes fit every
// result (precision is capped at 300).
size_t mps_float_format(mps_float_t value, char *buf, size_t buf_size, char fmt, int prec, bool alt);
// Parses a float or complex literal / float() argument; raises ValueError.
mps_obj_t mps_parse_num_decimal(const char *str, size_t len, bool allow_imag, bool force_complex);

mps_obj_t mps_obj_new_complex(mps_float_t real, mps_float_t imag);
void mps_obj_complex_get(mps_obj_t o, mps_float_t *real, mps_float_t *imag);

// A complex number: 16 bytes of doubles after an 8-byte header: 24 bytes, 2 blocks (as
// a 32-bit MicroPython's).
typedef struct {
    mps_obj_base_t base;
    mps_uint_t pad;
    mps_float_t real;
    mps_float_t imag;
} mps_obj_complex_t;

// Arithmetic with a complex on the left ([real] + [imag]j) and any number on the right;
// MPS_OBJ_NULL if [rhs] is not a number. Raises ZeroDivisionError, TypeError.
mps_obj_t mps_obj_complex_binary_op(mps_binary_op_t op, mps_float_t real, mps_float_t imag, mps_obj_t rhs);

// True for the operators a float supports (arithmetic other than bitwise, and
// comparisons), after in-place ones are mapped to plain ones.
bool mps_float_supports_op(mps_binary_op_t op);

// hash() of a float as a small int object: equal to the int's hash for integral values
// (so 2.0 and 2 are the same dict key).
mps_obj_t mps_float_hash(mps_float_t value);

// round(x) and round(x, ndigits) for an int or float [x] ([ndigits] MPS_OBJ_NULL or
// None when absent): banker's rounding as Python does. Raises TypeError for other x,
// OverflowError/ValueError for round(inf) / round(nan).
mps_obj_t mps_obj_number_round(mps_obj_t x, mps_obj_t ndigits);

// The __round__ method of int and float: round(x[, ndigits]) as a built-in function.
extern const mps_obj_fun_builtin_t mps_float_round_obj;

// Python's float floor division and modulo (toward -inf, remainder with b's sign).
// [b] must be non-zero.
void mps_float_divmod(mps_float_t a, mps_float_t b, mps_float_t *q, mps_float_t *r);

#endif // CORE_OBJFLOAT_H
