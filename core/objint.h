// SPDX-License-Identifier: MIT
// int: small ints are tagged words (core/obj.h); larger values are heap objects holding
// an arbitrary-precision integer (core/mpz.h).
#ifndef CORE_OBJINT_H
#define CORE_OBJINT_H

#include "core/mpz.h"
#include "core/obj.h"

extern const mps_obj_type_t mps_type_int;

// A big int (one that does not fit a small int): header and digits in ONE allocation,
// so 2**40 costs one block and 2**200 three (a 32-bit MicroPython needs a header block
// plus a digit block: never less). Always normalised: a value that fits a small int is
// never a big int. Immutable once made.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_int
    mps_uint_t len_neg;  // (number of digits << 1) | sign (1: negative)
    mps_mpz_dig_t dig[]; // least significant first, dig[len - 1] != 0
} mps_obj_int_t;
#define MPS_OBJ_INT_HEAD (offsetof(mps_obj_int_t, dig))

// A view of any int (small, big or bool) as an mpz, using [buf] for a small value.
void mps_obj_int_get_mpz(mps_obj_t o, mps_mpz_t *z, mps_mpz_dig_t buf[2]);
// Prepares [z] as a destination whose block can become an int object.
void mps_obj_int_init_dest(mps_mpz_t *z);
// Turns such a destination into an int object: a small int (freeing the block) when
// it fits, otherwise the block itself.
mps_obj_t mps_obj_int_from_mpz_dest(mps_mpz_t *z);
// A new int equal to [z] (copied).
mps_obj_t mps_obj_new_int_from_mpz(const mps_mpz_t *z);

// Compares an int with a float exactly (as CPython does, so 2**53 + 1 > 2.0**53):
// -1, 0, 1, or 2 when [f] is nan (unordered).
int mps_obj_int_cmp_float(mps_obj_t o, mps_float_t f);
// hash() of an int as a small int object (equal to the float's for an integral float).
mps_obj_t mps_obj_int_hash(mps_obj_t o);

// A small int when it fits, else a big int. Raise MemoryError.
mps_obj_t mps_obj_new_int(mps_int_t value);
mps_obj_t mps_obj_new_int_from_uint(mps_uint_t value);
mps_obj_t mps_obj_new_int_from_ll(long long value);
mps_obj_t mps_obj_new_int_from_ull(unsigned long long value);
mps_obj_t mps_obj_new_int_from_float(mps_float_t value); // raises OverflowError/ValueError for inf/nan
// Parses digits [str, str+len) in [base] (2..36, or 0 to honour 0x/0o/0b prefixes),
// allowing '_' between digits, surrounding whitespace and a sign. Raises ValueError
// ("invalid syntax for integer with base N").
mps_obj_t mps_obj_new_int_from_str_len(const char *str, size_t len, unsigned base);

// The value as a C integer; raise OverflowError when it does not fit.
long long mps_obj_int_get_ll_checked(mps_obj_t o);
// Truncated to the low 32 bits (like a C cast), for bit masks.
mps_uint_t mps_obj_int_get_truncated(mps_obj_t o);
// Sign of an int object: -1, 0, 1.
int mps_obj_int_sign(mps_obj_t o);
bool mps_obj_int_is_big(mps_obj_t o);
mps_float_t mps_obj_int_as_float(mps_obj_t o);

// Arithmetic on ints (small or big); returns MPS_OBJ_NULL if [rhs] is not an int.
mps_obj_t mps_obj_int_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs);
// Little- or big-endian bytes of an int, for int.to_bytes and struct.
void mps_obj_int_to_bytes(mps_obj_t o, bool big_endian, size_t len, uint8_t *buf);
mps_obj_t mps_obj_int_from_bytes(bool big_endian, size_t len, const uint8_t *buf, bool is_signed);

// pow(base, exp, mod) for ints: raises TypeError for non-ints ("pow() 3rd argument not
// allowed unless all arguments are integers"), ValueError for mod == 0 or a negative
// exponent whose base is not invertible.
mps_obj_t mps_obj_int_pow3(mps_obj_t base, mps_obj_t exp, mps_obj_t mod);

// Formats [o] in [base] into a heap string object (for hex(), bin(), oct(), str()).
mps_obj_t mps_obj_int_format(mps_obj_t o, unsigned base, const char *prefix, bool upper);

// [op] on two small ints without leaving the caller: the fast path of the VM's BINARY_OP
// and of mps_binary_op. Returns MPS_OBJ_NULL when the result is not a small int or
// needs the general path (overflow, division by zero, other operators).
static inline mps_obj_t mps_small_int_binary_op(unsigned op, mps_obj_t lhs, mps_obj_t rhs) {
    mps_int_t a = MPS_OBJ_SMALL_INT_VALUE(lhs);
    mps_int_t b = MPS_OBJ_SMALL_INT_VALUE(rhs);
    mps_int_t r;
    switch (op) {
        case MPS_BINARY_OP_LESS:
            return mps_obj_new_bool(a < b);
        case MPS_BINARY_OP_MORE:
            return mps_obj_new_bool(a > b);
        case MPS_BINARY_OP_EQUAL:
            return mps_obj_new_bool(a == b);
        case MPS_BINARY_OP_LESS_EQUAL:
            return mps_obj_new_bool(a <= b);
        case MPS_BINARY_OP_MORE_EQUAL:
            return mps_obj_new_bool(a >= b);
        case MPS_BINARY_OP_NOT_EQUAL:
            return mps_obj_new_bool(a != b);
        case MPS_BINARY_OP_ADD:
        case MPS_BINARY_OP_INPLACE_ADD:
            r = a + b; // 31-bit operands cannot overflow 32 bits
            break;
        case MPS_BINARY_OP_SUBTRACT:
        case MPS_BINARY_OP_INPLACE_SUBTRACT:
            r = a - b;
            break;
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_INPLACE_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return MPS_OBJ_NULL;
            }
            break;
        case MPS_BINARY_OP_AND:
        case MPS_BINARY_OP_INPLACE_AND:
            return MPS_OBJ_NEW_SMALL_INT(a & b);
        case MPS_BINARY_OP_OR:
        case MPS_BINARY_OP_INPLACE_OR:
            return MPS_OBJ_NEW_SMALL_INT(a | b);
        case MPS_BINARY_OP_XOR:
        case MPS_BINARY_OP_INPLACE_XOR:
            return MPS_OBJ_NEW_SMALL_INT(a ^ b);
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_INPLACE_FLOOR_DIVIDE:
            if (b == 0) {
                return MPS_OBJ_NULL;
            }
            r = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) {
                r -= 1;
            }
            break;
        case MPS_BINARY_OP_MODULO:
        case MPS_BINARY_OP_INPLACE_MODULO:
            if (b == 0) {
                return MPS_OBJ_NULL;
            }
            r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) {
                r += b;
            }
            break;
        default:
            return MPS_OBJ_NULL;
    }
    return MPS_SMALL_INT_FITS(r) ? MPS_OBJ_NEW_SMALL_INT(r) : MPS_OBJ_NULL;
}


#endif // CORE_OBJINT_H
