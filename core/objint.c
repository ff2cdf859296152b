// SPDX-License-Identifier: MIT
// int: tagged small ints with a fast path for every operator, overflowing into big
// ints (core/mpz.c) that keep their digits inline.
#include "core/objint.h"

#include <math.h>
#include <string.h>

#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objfun.h"
#include "core/objproperty.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"

// --- making ints --------------------------------------------------------------------

static mps_obj_int_t *big(mps_obj_t o) {
    return (mps_obj_int_t *)MPS_OBJ_TO_PTR(o);
}

void mps_obj_int_get_mpz(mps_obj_t o, mps_mpz_t *z, mps_mpz_dig_t buf[2]) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        mps_mpz_init_view_ll(z, buf, MPS_OBJ_SMALL_INT_VALUE(o));
    } else if (o == mps_const_false || o == mps_const_true) {
        mps_mpz_init_view_ll(z, buf, o == mps_const_true);
    } else {
        mps_obj_int_t *b = big(o);
        mps_mpz_init_view_ll(z, buf, 0);
        z->dig = b->dig;
        z->len = b->len_neg >> 1;
        z->neg = b->len_neg & 1;
    }
}

void mps_obj_int_init_dest(mps_mpz_t *z) {
    mps_mpz_init_dest(z, MPS_OBJ_INT_HEAD, MPS_TYPE_IDX_int);
}

mps_obj_t mps_obj_int_from_mpz_dest(mps_mpz_t *z) {
    long long v;
    if (z->len <= 1 && mps_mpz_as_ll(z, &v) && MPS_SMALL_INT_FITS(v)) {
        mps_mpz_free(z);
        return MPS_OBJ_NEW_SMALL_INT((mps_int_t)v);
    }
    mps_obj_int_t *o = z->block;
    o->base.type = MPS_TYPE_IDX_int;
    o->len_neg = (mps_uint_t)(z->len << 1) | (z->neg ? 1u : 0u);
    return MPS_OBJ_FROM_PTR(o);
}

mps_obj_t mps_obj_new_int_from_mpz(const mps_mpz_t *a) {
    mps_mpz_t z;
    mps_obj_int_init_dest(&z);
    mps_mpz_copy(&z, a);
    return mps_obj_int_from_mpz_dest(&z);
}

mps_obj_t mps_obj_new_int_from_ll(long long value) {
    if (MPS_SMALL_INT_FITS(value)) {
        return MPS_OBJ_NEW_SMALL_INT((mps_int_t)value);
    }
    mps_mpz_t z;
    mps_obj_int_init_dest(&z);
    mps_mpz_set_ll(&z, value);
    return mps_obj_int_from_mpz_dest(&z);
}

mps_obj_t mps_obj_new_int_from_ull(unsigned long long value) {
    if (value <= (unsigned long long)MPS_SMALL_INT_MAX) {
        return MPS_OBJ_NEW_SMALL_INT((mps_int_t)value);
    }
    mps_mpz_t z;
    mps_obj_int_init_dest(&z);
    mps_mpz_set_ull(&z, value, false);
    return mps_obj_int_from_mpz_dest(&z);
}

mps_obj_t mps_obj_new_int(mps_int_t value) {
    return mps_obj_new_int_from_ll(value);
}

mps_obj_t mps_obj_new_int_from_uint(mps_uint_t value) {
    return mps_obj_new_int_from_ull(value);
}

mps_obj_t mps_obj_new_int_from_float(mps_float_t value) {
    if (isnan(value)) {
        mps_raise_ValueError("can't convert NaN to int");
    }
    if (isinf(value)) {
        mps_raise_OverflowError("can't convert inf to int");
    }
    if (value > -1073741825.0 && value < 1073741824.0) {
        return MPS_OBJ_NEW_SMALL_INT((mps_int_t)value);
    }
    mps_mpz_t z;
    mps_obj_int_init_dest(&z);
    mps_mpz_set_double(&z, value);
    return mps_obj_int_from_mpz_dest(&z);
}

static unsigned digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return (unsigned)(c - '0');
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return (unsigned)(c - 'a' + 10);
    }
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static noreturn void raise_int_syntax(const char *str, size_t len, unsigned base) {
    mps_raise_msg_varg(&mps_type_ValueError, "invalid syntax for integer with base %u: %R", base,
                       mps_obj_new_str(str, len));
}

mps_obj_t mps_obj_new_int_from_str_len(const char *str, size_t len, unsigned base) {
    const char *p = str, *end = str + len;
    unsigned shown_base = base == 0 ? 10 : base;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    // Prefix: 0x / 0o / 0b, allowed when it matches [base] or base is 0.
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        unsigned pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            shown_base = pb;
            p += 2;
            if (p < end && *p == '_') {
                p++; // 0x_ff is valid
            }
        }
    }
    bool base0_decimal = base == 0;
    if (base == 0) {
        base = 10;
    }
    // Check the digits: at least one, '_' only between digits.
    const char *digits = p;
    bool prev_digit = false;
    size_t n_digits = 0;
    for (; p < end; p++) {
        if (*p == '_' && prev_digit) {
            prev_digit = false;
            continue;
        }
        if (digit_value(*p) >= base) {
            raise_int_syntax(str, len, shown_base);
        }
        prev_digit = true;
        n_digits++;
    }
    if (n_digits == 0 || !prev_digit) {
        raise_int_syntax(str, len, shown_base);
    }
    if (base0_decimal && digits[0] == '0') {
        // base 0: a decimal number may not have leading zeros ("010"), only be zero
        for (const char *q = digits; q < end; q++) {
            if (*q != '0' && *q != '_') {
                raise_int_syntax(str, len, shown_base);
            }
        }
    }
    if (n_digits <= 12) {
        // 36**12 < 2**63: no big-int arithmetic needed
        long long v = 0;
        for (const char *q = digits; q < end; q++) {
            if (*q != '_') {
                v = v * (long long)base + (long long)digit_value(*q);
            }
        }
        return mps_obj_new_int_from_ll(neg ? -v : v);
    }
    mps_mpz_t z;
    mps_obj_int_init_dest(&z);
    mps_mpz_set_str(&z, digits, (size_t)(end - digits), base, neg);
    return mps_obj_int_from_mpz_dest(&z);
}

// --- reading ints -----------------------------------------------------------------

long long mps_obj_int_get_ll_checked(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return MPS_OBJ_SMALL_INT_VALUE(o);
    }
    mps_mpz_t z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(o, &z, buf);
    long long v;
    if (!mps_mpz_as_ll(&z, &v)) {
        mps_raise_OverflowError("overflow converting long int to machine word");
    }
    return v;
}

mps_uint_t mps_obj_int_get_truncated(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return (mps_uint_t)MPS_OBJ_SMALL_INT_VALUE(o);
    }
    mps_mpz_t z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(o, &z, buf);
    return mps_mpz_as_uint32_truncated(&z);
}

int mps_obj_int_sign(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        mps_int_t v = MPS_OBJ_SMALL_INT_VALUE(o);
        return (v > 0) - (v < 0);
    }
    if (o == mps_const_false || o == mps_const_true) {
        return o == mps_const_true;
    }
    return (big(o)->len_neg & 1) ? -1 : 1;
}

bool mps_obj_int_is_big(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_int);
}

mps_float_t mps_obj_int_as_float(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return (mps_float_t)MPS_OBJ_SMALL_INT_VALUE(o);
    }
    mps_mpz_t z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(o, &z, buf);
    return mps_mpz_as_double(&z);
}

// As a float for arithmetic: OverflowError when too large, as CPython does.
static mps_float_t int_to_float_checked(mps_obj_t o) {
    mps_float_t f = mps_obj_int_as_float(o);
    if (isinf(f)) {
        mps_raise_OverflowError("int too big to convert to float");
    }
    return f;
}

int mps_obj_int_cmp_float(mps_obj_t o, mps_float_t f) {
    if (isnan(f)) {
        return 2;
    }
    if (MPS_OBJ_IS_SMALL_INT(o) || !mps_obj_int_is_big(o)) {
        // exact: a 31-bit int is a double exactly
        mps_float_t v = MPS_OBJ_IS_SMALL_INT(o) ? MPS_OBJ_SMALL_INT_VALUE(o) : (o == mps_const_true);
        return (v > f) - (v < f);
    }
    if (isinf(f)) {
        return f > 0 ? -1 : 1;
    }
    mps_mpz_t a, t;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(o, &a, buf);
    mps_float_t tf = trunc(f);
    mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
    mps_mpz_set_double(&t, tf);
    int c = mps_mpz_cmp(&a, &t);
    mps_mpz_free(&t);
    if (c != 0) {
        return c;
    }
    // equal to the integer part: the fraction decides
    return (f > tf) ? -1 : (f < tf) ? 1 : 0;
}

mps_obj_t mps_obj_int_hash(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return o;
    }
    mps_mpz_t z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(o, &z, buf);
    return MPS_OBJ_NEW_SMALL_INT(mps_mpz_hash(&z));
}

// --- printing -----------------------------------------------------------------------

// Writes [o] in [base] (digits and '-' only) into [buf] if it is big enough, else into
// a heap buffer that is returned (the caller frees it when it is not [buf]).
static char *int_to_text(mps_obj_t o, unsigned base, bool upper, char *buf, size_t buf_size, size_t *len) {
    mps_mpz_t z;
    mps_mpz_dig_t d[2];
    mps_obj_int_get_mpz(o, &z, d);
    size_t need = mps_mpz_format_size(&z, base);
    char *out = need <= buf_size ? buf : mps_mem_alloc(need);
    *len = mps_mpz_format(&z, base, upper, out);
    return out;
}

static void int_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    char buf[64];
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        mps_int_t v = MPS_OBJ_SMALL_INT_VALUE(o);
        // digits backwards from the end of buf
        char *p = buf + sizeof(buf);
        mps_uint_t m = v < 0 ? 0u - (mps_uint_t)v : (mps_uint_t)v;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m != 0);
        if (v < 0) {
            *--p = '-';
        }
        mps_print_strn(print, p, (size_t)(buf + sizeof(buf) - p));
        return;
    }
    size_t len;
    char *text = int_to_text(o, 10, false, buf, sizeof(buf), &len);
    mps_print_strn(print, text, len);
    if (text != buf) {
        mps_mem_free(text);
    }
}

mps_obj_t mps_obj_int_format(mps_obj_t o, unsigned base, const char *prefix, bool upper) {
    char buf[64];
    size_t len;
    char *text = int_to_text(o, base, upper, buf, sizeof(buf), &len);
    vstr_t vstr;
    size_t plen = prefix ? strlen(prefix) : 0;
    vstr_init(&vstr, len + plen + 1);
    const char *digits = text;
    if (*digits == '-') {
        vstr_add_byte(&vstr, '-');
        digits++;
        len--;
    }
    if (plen) {
        vstr_add_strn(&vstr, prefix, plen);
    }
    vstr_add_strn(&vstr, digits, len);
    if (text != buf) {
        mps_mem_free(text);
    }
    return mps_obj_new_str_from_vstr(&vstr);
}

// --- operators -------------------------------------------------------------------------

static mps_obj_t int_unary_op(mps_unary_op_t op, mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        mps_int_t v = MPS_OBJ_SMALL_INT_VALUE(o);
        switch (op) {
            case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(v != 0);
            case MPS_UNARY_OP_HASH:
            case MPS_UNARY_OP_POSITIVE:
            case MPS_UNARY_OP_INT: return o;
            case MPS_UNARY_OP_NEGATIVE: return mps_obj_new_int_from_ll(-(long long)v);
            case MPS_UNARY_OP_INVERT: return MPS_OBJ_NEW_SMALL_INT(~v);
            case MPS_UNARY_OP_ABS: return mps_obj_new_int_from_ll(v < 0 ? -(long long)v : v);
            case MPS_UNARY_OP_FLOAT: return mps_obj_new_float((mps_float_t)v);
            case MPS_UNARY_OP_COMPLEX: return mps_obj_new_complex((mps_float_t)v, 0);
            default: return MPS_OBJ_NULL;
        }
    }
    mps_mpz_t a, z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(o, &a, buf);
    mps_obj_int_init_dest(&z);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_const_true; // big ints are never zero
        case MPS_UNARY_OP_HASH: return mps_obj_int_hash(o);
        case MPS_UNARY_OP_POSITIVE:
        case MPS_UNARY_OP_INT: return o;
        case MPS_UNARY_OP_NEGATIVE: mps_mpz_neg(&z, &a); break;
        case MPS_UNARY_OP_INVERT: mps_mpz_invert(&z, &a); break;
        case MPS_UNARY_OP_ABS:
            if (!a.neg) {
                return o;
            }
            mps_mpz_abs(&z, &a);
            break;
        case MPS_UNARY_OP_FLOAT: return mps_obj_new_float(int_to_float_checked(o));
        case MPS_UNARY_OP_COMPLEX: return mps_obj_new_complex(int_to_float_checked(o), 0);
        case MPS_UNARY_OP_SIZEOF: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(MPS_OBJ_INT_HEAD + a.len * sizeof(mps_mpz_dig_t)));
        default: return MPS_OBJ_NULL;
    }
    return mps_obj_int_from_mpz_dest(&z);
}

static mps_obj_t compare_result(mps_binary_op_t op, int c) {
    switch (op) {
        case MPS_BINARY_OP_LESS: return mps_obj_new_bool(c < 0);
        case MPS_BINARY_OP_MORE: return mps_obj_new_bool(c > 0);
        case MPS_BINARY_OP_EQUAL: return mps_obj_new_bool(c == 0);
        case MPS_BINARY_OP_LESS_EQUAL: return mps_obj_new_bool(c <= 0);
        case MPS_BINARY_OP_MORE_EQUAL: return mps_obj_new_bool(c >= 0);
        case MPS_BINARY_OP_NOT_EQUAL: return mps_obj_new_bool(c != 0);
        default: return MPS_OBJ_NULL;
    }
}

static bool is_compare(mps_binary_op_t op) {
    return op <= MPS_BINARY_OP_NOT_EQUAL;
}

static noreturn void raise_zero_division(void) {
    mps_raise_ZeroDivisionError("divide by zero");
}

static mps_obj_t new_tuple2(mps_obj_t a, mps_obj_t b) {
    mps_obj_t items[2] = {a, b};
    return mps_obj_new_tuple(2, items);
}

// Small-int arithmetic; MPS_OBJ_NULL when the result needs the big-int path.
static mps_obj_t small_binary_op(mps_binary_op_t op, mps_int_t a, mps_int_t b) {
    switch (op) {
        case MPS_BINARY_OP_ADD: return mps_obj_new_int_from_ll((long long)a + b);
        case MPS_BINARY_OP_SUBTRACT: return mps_obj_new_int_from_ll((long long)a - b);
        case MPS_BINARY_OP_MULTIPLY: return mps_obj_new_int_from_ll((long long)a * b);
        case MPS_BINARY_OP_OR: return MPS_OBJ_NEW_SMALL_INT(a | b);
        case MPS_BINARY_OP_XOR: return MPS_OBJ_NEW_SMALL_INT(a ^ b);
        case MPS_BINARY_OP_AND: return MPS_OBJ_NEW_SMALL_INT(a & b);
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_MODULO:
        case MPS_BINARY_OP_DIVMOD: {
            if (b == 0) {
                raise_zero_division();
            }
            // C truncates; Python floors (quotient toward -inf, remainder has b's sign)
            mps_int_t q = a / b, r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) {
                q--;
                r += b;
            }
            if (op == MPS_BINARY_OP_MODULO) {
                return MPS_OBJ_NEW_SMALL_INT(r);
            }
            mps_obj_t qo = mps_obj_new_int_from_ll(q); // -2**30 // -1 overflows
            return op == MPS_BINARY_OP_DIVMOD ? new_tuple2(qo, MPS_OBJ_NEW_SMALL_INT(r)) : qo;
        }
        case MPS_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) {
                raise_zero_division();
            }
            return mps_obj_new_float((mps_float_t)a / (mps_float_t)b);
        case MPS_BINARY_OP_LSHIFT:
            if (b < 0) {
                mps_raise_ValueError("negative shift count");
            }
            if (b <= 32) {
                return mps_obj_new_int_from_ll((long long)a * ((long long)1 << b));
            }
            return a == 0 ? MPS_OBJ_NEW_SMALL_INT(0) : MPS_OBJ_NULL;
        case MPS_BINARY_OP_RSHIFT:
            if (b < 0) {
                mps_raise_ValueError("negative shift count");
            }
            // >> on a negative int is arithmetic (floor) with GCC and Clang
            return MPS_OBJ_NEW_SMALL_INT(a >> (b > 31 ? 31 : b));
        case MPS_BINARY_OP_POWER: {
            if (b < 0) {
                return mps_obj_float_binary_op(op, (mps_float_t)a, MPS_OBJ_NEW_SMALL_INT(b));
            }
            // square-and-multiply in 64 bits; past that, the big-int path
            long long result = 1, x = a;
            while (b > 0) {
                if ((b & 1) && __builtin_mul_overflow(result, x, &result)) {
                    return MPS_OBJ_NULL;
                }
                b >>= 1;
                if (b > 0 && __builtin_mul_overflow(x, x, &x)) {
                    return MPS_OBJ_NULL;
                }
            }
            return mps_obj_new_int_from_ll(result);
        }
        case MPS_BINARY_OP_LESS: return mps_obj_new_bool(a < b);
        case MPS_BINARY_OP_MORE: return mps_obj_new_bool(a > b);
        case MPS_BINARY_OP_EQUAL: return mps_obj_new_bool(a == b);
        case MPS_BINARY_OP_LESS_EQUAL: return mps_obj_new_bool(a <= b);
        case MPS_BINARY_OP_MORE_EQUAL: return mps_obj_new_bool(a >= b);
        case MPS_BINARY_OP_NOT_EQUAL: return mps_obj_new_bool(a != b);
        default: return MPS_OBJ_NULL;
    }
}

// a / b for ints of any size, correctly rounded: an integer quotient with at least 55
// significant bits, whose lowest bit also records a non-zero remainder, rounds to a
// double exactly as the true quotient would.
static mps_obj_t int_true_divide(const mps_mpz_t *a, const mps_mpz_t *b) {
    if (b->len == 0) {
        raise_zero_division();
    }
    size_t abits = mps_mpz_bit_length(a), bbits = mps_mpz_bit_length(b);
    if (abits <= 53 && bbits <= 53) {
        return mps_obj_new_float(mps_mpz_as_double(a) / mps_mpz_as_double(b));
    }
    if (abits > bbits + 1100) {
        mps_raise_OverflowError("int too big to convert to float");
    }
    size_t k = bbits + 55 > abits ? bbits + 55 - abits : 0;
    mps_mpz_t ma = *a, mb = *b, sa, q, r;
    ma.neg = mb.neg = false;
    mps_mpz_init_dest(&sa, 0, MPS_KIND_RAW);
    mps_mpz_init_dest(&q, 0, MPS_KIND_RAW);
    mps_mpz_init_dest(&r, 0, MPS_KIND_RAW);
    mps_mpz_shl(&sa, &ma, k);
    mps_mpz_divmod(&q, &r, &sa, &mb);
    if (r.len != 0) {
        q.dig[0] |= 1;
    }
    double d = ldexp(mps_mpz_as_double(&q), -(int)k);
    mps_mpz_free(&sa);
    mps_mpz_free(&q);
    mps_mpz_free(&r);
    if (isinf(d)) {
        mps_raise_OverflowError("int too big to convert to float");
    }
    return mps_obj_new_float(a->neg != b->neg ? -d : d);
}

static size_t shift_count(const mps_mpz_t *b, bool *huge) {
    if (b->neg) {
        mps_raise_ValueError("negative shift count");
    }
    unsigned long long n;
    *huge = !mps_mpz_as_ull(b, &n) || n > ((size_t)1 << 40);
    return (size_t)n;
}

static mps_obj_t big_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    mps_mpz_t a, b, z;
    mps_mpz_dig_t abuf[2], bbuf[2];
    mps_obj_int_get_mpz(lhs, &a, abuf);
    mps_obj_int_get_mpz(rhs, &b, bbuf);
    if (is_compare(op)) {
        return compare_result(op, mps_mpz_cmp(&a, &b));
    }
    mps_obj_int_init_dest(&z);
    switch (op) {
        case MPS_BINARY_OP_ADD: mps_mpz_add(&z, &a, &b); break;
        case MPS_BINARY_OP_SUBTRACT: mps_mpz_sub(&z, &a, &b); break;
        case MPS_BINARY_OP_MULTIPLY: mps_mpz_mul(&z, &a, &b); break;
        case MPS_BINARY_OP_OR: mps_mpz_or(&z, &a, &b); break;
        case MPS_BINARY_OP_XOR: mps_mpz_xor(&z, &a, &b); break;
        case MPS_BINARY_OP_AND: mps_mpz_and(&z, &a, &b); break;
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_MODULO:
        case MPS_BINARY_OP_DIVMOD: {
            if (b.len == 0) {
                raise_zero_division();
            }
            if (op == MPS_BINARY_OP_FLOOR_DIVIDE) {
                mps_mpz_divmod(&z, NULL, &a, &b);
            } else if (op == MPS_BINARY_OP_MODULO) {
                mps_mpz_divmod(NULL, &z, &a, &b);
            } else {
                mps_mpz_t r;
                mps_obj_int_init_dest(&r);
                mps_mpz_divmod(&z, &r, &a, &b);
                mps_obj_t qo = mps_obj_int_from_mpz_dest(&z);
                return new_tuple2(qo, mps_obj_int_from_mpz_dest(&r));
            }
            break;
        }
        case MPS_BINARY_OP_TRUE_DIVIDE: return int_true_divide(&a, &b);
        case MPS_BINARY_OP_LSHIFT: {
            bool huge;
            size_t n = shift_count(&b, &huge);
            if (a.len == 0) {
                return MPS_OBJ_NEW_SMALL_INT(0);
            }
            if (huge) {
                mps_raise_OverflowError("result overflows");
            }
            mps_mpz_shl(&z, &a, n);
            break;
        }
        case MPS_BINARY_OP_RSHIFT: {
            bool huge;
            size_t n = shift_count(&b, &huge);
            if (huge) {
                return MPS_OBJ_NEW_SMALL_INT(a.neg ? -1 : 0);
            }
            mps_mpz_shr(&z, &a, n);
            break;
        }
        case MPS_BINARY_OP_POWER:
            if (b.neg) {
                return mps_obj_float_binary_op(op, int_to_float_checked(lhs), rhs);
            }
            mps_mpz_pow(&z, &a, &b);
            break;
        default: return MPS_OBJ_NULL;
    }
    return mps_obj_int_from_mpz_dest(&z);
}

static bool is_int_like(mps_obj_t o) {
    return mps_obj_is_int(o) || o == mps_const_false || o == mps_const_true;
}

mps_obj_t mps_obj_int_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op >= MPS_BINARY_OP_INPLACE_OR && op <= MPS_BINARY_OP_INPLACE_POWER) {
        op = op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR;
    } else if (op >= MPS_BINARY_OP_REVERSE_OR && op <= MPS_BINARY_OP_REVERSE_POWER) {
        // self is lhs here: rhs op self
        op = op - MPS_BINARY_OP_REVERSE_OR + MPS_BINARY_OP_OR;
        mps_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        if (!is_int_like(lhs)) {
            return MPS_OBJ_NULL;
        }
    }
    if (MPS_OBJ_IS_SMALL_INT(lhs) && MPS_OBJ_IS_SMALL_INT(rhs)) {
        mps_obj_t r = small_binary_op(op, MPS_OBJ_SMALL_INT_VALUE(lhs), MPS_OBJ_SMALL_INT_VALUE(rhs));
        if (r != MPS_OBJ_NULL || !(op == MPS_BINARY_OP_POWER || op == MPS_BINARY_OP_LSHIFT)) {
            return r;
        }
        return big_binary_op(op, lhs, rhs);
    }
    if (is_int_like(rhs)) {
        if (!is_int_like(lhs)) {
            return MPS_OBJ_NULL;
        }
        if (!mps_obj_int_is_big(lhs) && !mps_obj_int_is_big(rhs)) {
            // bools
            mps_int_t a = MPS_OBJ_IS_SMALL_INT(lhs) ? MPS_OBJ_SMALL_INT_VALUE(lhs) : lhs == mps_const_true;
            mps_int_t b = MPS_OBJ_IS_SMALL_INT(rhs) ? MPS_OBJ_SMALL_INT_VALUE(rhs) : rhs == mps_const_true;
            return small_binary_op(op, a, b);
        }
        return big_binary_op(op, lhs, rhs);
    }
    if (mps_obj_is_float(rhs)) {
        mps_float_t f = mps_obj_float_get(rhs);
        if (is_compare(op)) {
            int c = mps_obj_int_cmp_float(lhs, f);
            if (c == 2) {
                return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
            }
            return compare_result(op, c);
        }
        if (!mps_float_supports_op(op)) {
            return MPS_OBJ_NULL;
        }
        return mps_obj_float_binary_op(op, int_to_float_checked(lhs), rhs);
    }
    if (mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_complex)) {
        if (!mps_float_supports_op(op) || op == MPS_BINARY_OP_FLOOR_DIVIDE || op == MPS_BINARY_OP_MODULO) {
            return MPS_OBJ_NULL;
        }
        return mps_obj_complex_binary_op(op, int_to_float_checked(lhs), 0, rhs);
    }
    return MPS_OBJ_NULL;
}

static mps_obj_t int_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    return mps_obj_int_binary_op(op, lhs, rhs);
}

// --- constructor ------------------------------------------------------------------------

static mps_obj_t int_from_text(mps_obj_t o, unsigned base) {
    mps_buffer_info_t info;
    if (mps_obj_is_str(o) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_bytes)) {
        size_t len;
        const char *s = mps_obj_str_get_data(o, &len);
        return mps_obj_new_int_from_str_len(s, len, base);
    }
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_bytearray) && mps_get_buffer(o, &info, MPS_BUFFER_READ)) {
        return mps_obj_new_int_from_str_len(info.buf, info.len, base);
    }
    return MPS_OBJ_NULL;
}

static mps_obj_t int_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_t x = MPS_OBJ_NEW_SMALL_INT(0), base_obj = MPS_OBJ_NULL;
    if (n_args > 0) {
        x = args[0];
    }
    if (n_args > 1) {
        base_obj = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        mps_obj_t key = args[n_args + 2 * i];
        if (MPS_OBJ_IS_QSTR(key) && MPS_OBJ_QSTR_VALUE(key) == MPS_QSTR_base) {
            base_obj = args[n_args + 2 * i + 1];
        } else {
            mps_raise_TypeError("unexpected keyword argument");
        }
    }
    if (n_args > 2) {
        mps_raise_arg_count(2, n_args);
    }
    if (base_obj != MPS_OBJ_NULL) {
        mps_int_t base = mps_obj_get_int(base_obj);
        if (base != 0 && (base < 2 || base > 36)) {
            mps_raise_ValueError("int() arg 2 must be >= 2 and <= 36");
        }
        mps_obj_t r = int_from_text(x, (unsigned)base);
        if (r == MPS_OBJ_NULL) {
            mps_raise_TypeError("int() can't convert non-string with explicit base");
        }
        return r;
    }
    if (MPS_OBJ_IS_SMALL_INT(x) || mps_obj_int_is_big(x)) {
        return x;
    }
    if (x == mps_const_false || x == mps_const_true) {
        return MPS_OBJ_NEW_SMALL_INT(x == mps_const_true);
    }
    mps_obj_t r = int_from_text(x, 10);
    if (r != MPS_OBJ_NULL) {
        return r;
    }
    const mps_obj_type_t *t = mps_obj_get_type(x);
    if (t == &mps_type_instance) {
        // __int__, else __index__, else __trunc__ (as CPython)
        static const uint16_t methods[] = {MPS_QSTR___int__, MPS_QSTR___index__, MPS_QSTR___trunc__};
        for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
            mps_obj_t dest[2];
            mps_load_method_maybe(x, methods[i], dest);
            if (dest[0] != MPS_OBJ_NULL) {
                r = mps_call_method_n_kw(0, 0, dest);
                if (!is_int_like(r)) {
                    mps_raise_msg_varg(&mps_type_TypeError, "%q returned non-int (type %s)",
                                       (qstr)methods[i], mps_obj_get_type_str(r));
                }
                return r == mps_const_true || r == mps_const_false ? MPS_OBJ_NEW_SMALL_INT(r == mps_const_true) : r;
            }
        }
    }
    if (t->unary_op != NULL) {
        r = t->unary_op(MPS_UNARY_OP_INT, x);
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    mps_raise_msg_varg(&mps_type_TypeError, "can't convert %s to int", mps_obj_get_type_str(x));
}

// --- methods ---------------------------------------------------------------------------

// byteorder argument: 'little' or 'big'.
static bool parse_big_endian(mps_obj_t o) {
    if (!MPS_OBJ_IS_QSTR(o) && !mps_obj_is_str(o)) {
        mps_raise_TypeError("byteorder must be str");
    }
    size_t len;
    const char *s = mps_obj_str_get_data(o, &len);
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    }
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return false;
    }
    mps_raise_ValueError("byteorder must be either 'little' or 'big'");
}

static mps_obj_t int_to_bytes(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_length, MPS_ARG_INT, {.u_int = 1}},
        {MPS_QSTR_byteorder, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_signed, MPS_ARG_BOOL | MPS_ARG_KW_ONLY, {.u_bool = false}},
    };
    mps_arg_val_t vals[3];
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 3, allowed, vals);
    mps_obj_t self = args[0];
    bool big_endian = vals[1].u_obj == MPS_OBJ_NULL ? true : parse_big_endian(vals[1].u_obj);
    bool is_signed = vals[2].u_bool;
    if (vals[0].u_int < 0) {
        mps_raise_ValueError("length argument must be non-negative");
    }
    size_t len = (size_t)vals[0].u_int;
    mps_mpz_t z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(self, &z, buf);
    if (z.neg && !is_signed) {
        mps_raise_OverflowError("can't convert negative int to unsigned");
    }
    vstr_t vstr;
    vstr_init(&vstr, len + 1);
    uint8_t *data = (uint8_t *)vstr_add_len(&vstr, len);
    if (!mps_mpz_to_bytes(&z, big_endian, is_signed, len, data)) {
        mps_raise_OverflowError("int too big to convert");
    }
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_KW(int_to_bytes_obj, 1, int_to_bytes);

void mps_obj_int_to_bytes(mps_obj_t o, bool big_endian, size_t len, uint8_t *buf) {
    mps_mpz_t z;
    mps_mpz_dig_t d[2];
    mps_obj_int_get_mpz(o, &z, d);
    mps_mpz_to_bytes(&z, big_endian, true, len, buf);
}

mps_obj_t mps_obj_int_from_bytes(bool big_endian, size_t len, const uint8_t *buf, bool is_signed) {
    mps_mpz_t z;
    mps_obj_int_init_dest(&z);
    mps_mpz_set_bytes(&z, buf, len, big_endian, is_signed);
    return mps_obj_int_from_mpz_dest(&z);
}

static mps_obj_t int_from_bytes(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_bytes, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_byteorder, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_signed, MPS_ARG_BOOL | MPS_ARG_KW_ONLY, {.u_bool = false}},
    };
    mps_arg_val_t vals[3];
    // args[0] is the class
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 3, allowed, vals);
    bool big_endian = vals[1].u_obj == MPS_OBJ_NULL ? true : parse_big_endian(vals[1].u_obj);
    mps_buffer_info_t info;
    mps_get_buffer_raise(vals[0].u_obj, &info, MPS_BUFFER_READ);
    return mps_obj_int_from_bytes(big_endian, info.len, info.buf, vals[2].u_bool);
}
static MPS_DEFINE_FUN_KW(int_from_bytes_fun_obj, 1, int_from_bytes);
static MPS_DEFINE_CLASSMETHOD(int_from_bytes_obj, &int_from_bytes_fun_obj);

static mps_obj_t int_bit_length(mps_obj_t self) {
    mps_mpz_t z;
    mps_mpz_dig_t buf[2];
    mps_obj_int_get_mpz(self, &z, buf);
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)mps_mpz_bit_length(&z));
}
static MPS_DEFINE_FUN_1(int_bit_length_obj, int_bit_length);

static mps_obj_t int_conjugate(mps_obj_t self) {
    return self;
}
static MPS_DEFINE_FUN_1(int_conjugate_obj, int_conjugate);

static void int_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // read-only
    }
    if (attr == MPS_QSTR_real || attr == MPS_QSTR_numerator) {
        dest[0] = self == mps_const_true || self == mps_const_false
                      ? MPS_OBJ_NEW_SMALL_INT(self == mps_const_true) : self;
    } else if (attr == MPS_QSTR_imag) {
        dest[0] = MPS_OBJ_NEW_SMALL_INT(0);
    } else if (attr == MPS_QSTR_denominator) {
        dest[0] = MPS_OBJ_NEW_SMALL_INT(1);
    }
}

static const mps_rom_map_elem_t int_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR___round__), MPS_ROM_PTR(&mps_float_round_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_bit_length), MPS_ROM_PTR(&int_bit_length_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_conjugate), MPS_ROM_PTR(&int_conjugate_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_from_bytes), MPS_ROM_PTR(&int_from_bytes_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_to_bytes), MPS_ROM_PTR(&int_to_bytes_obj)},
};

const mps_obj_type_t mps_type_int = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_int,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = int_unary_op,
    .binary_op = int_binary_op,
    .attr = int_attr,
    .locals = MPS_ROM_TABLE(int_locals_table),
};

// --- pow(a, b, m) -------------------------------------------------------------------------

// Inverse of [a] modulo [m] (m > 0) by the extended Euclidean algorithm, into [z];
// false when gcd(a, m) != 1.
static bool mod_inverse(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *m) {
    // invariant: r0 == s0 * a (mod m), r1 == s1 * a (mod m)
    mps_mpz_t r0, r1, s0, s1;
    mps_mpz_init_dest(&r0, 0, MPS_KIND_RAW);
    mps_mpz_init_dest(&r1, 0, MPS_KIND_RAW);
    mps_mpz_init_dest(&s0, 0, MPS_KIND_RAW);
    mps_mpz_init_dest(&s1, 0, MPS_KIND_RAW);
    mps_mpz_copy(&r0, m);
    mps_mpz_divmod(NULL, &r1, a, m);
    mps_mpz_set_ll(&s0, 0);
    mps_mpz_set_ll(&s1, 1);
    while (r1.len != 0) {
        mps_mpz_t q, r2, t, s2;
        mps_mpz_init_dest(&q, 0, MPS_KIND_RAW);
        mps_mpz_init_dest(&r2, 0, MPS_KIND_RAW);
        mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
        mps_mpz_init_dest(&s2, 0, MPS_KIND_RAW);
        mps_mpz_divmod(&q, &r2, &r0, &r1);
        mps_mpz_mul(&t, &q, &s1);
        mps_mpz_sub(&s2, &s0, &t);
        mps_mpz_free(&q);
        mps_mpz_free(&t);
        mps_mpz_free(&r0);
        mps_mpz_free(&s0);
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
    }
    bool ok = r0.len == 1 && r0.dig[0] == 1;
    if (ok) {
        mps_mpz_divmod(NULL, z, &s0, m);
    }
    mps_mpz_free(&r0);
    mps_mpz_free(&r1);
    mps_mpz_free(&s0);
    mps_mpz_free(&s1);
    return ok;
}

mps_obj_t mps_obj_int_pow3(mps_obj_t base, mps_obj_t exp, mps_obj_t mod) {
    if (!is_int_like(base) || !is_int_like(exp) || !is_int_like(mod)) {
        mps_raise_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    mps_mpz_t a, e, m, z;
    mps_mpz_dig_t abuf[2], ebuf[2], mbuf[2];
    mps_obj_int_get_mpz(base, &a, abuf);
    mps_obj_int_get_mpz(exp, &e, ebuf);
    mps_obj_int_get_mpz(mod, &m, mbuf);
    if (m.len == 0) {
        mps_raise_ValueError("pow() 3rd argument cannot be 0");
    }
    mps_obj_int_init_dest(&z);
    if (e.neg) {
        // a ** -n == (a ** -1) ** n (mod m)
        mps_mpz_t mabs = m, inv;
        mabs.neg = false;
        mps_mpz_init_dest(&inv, 0, MPS_KIND_RAW);
        if (!mod_inverse(&inv, &a, &mabs)) {
            mps_raise_ValueError("base is not invertible for the given modulus");
        }
        e.neg = false;
        mps_mpz_pow_mod(&z, &inv, &e, &m);
        mps_mpz_free(&inv);
    } else {
        mps_mpz_pow_mod(&z, &a, &e, &m);
    }
    return mps_obj_int_from_mpz_dest(&z);
}
