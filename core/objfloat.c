// SPDX-License-Identifier: MIT
// float: a C double in a one-block heap object, with Python's arithmetic (floor
// division, modulo, power into complex), exact comparison with ints, parsing and the
// shortest round-tripping repr.
#include "core/objfloat.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"

mps_obj_t mps_obj_new_float(mps_float_t value) {
    mps_obj_float_t *o = mps_obj_new(mps_obj_float_t, MPS_TYPE_IDX_float);
    o->pad = 0;
    o->value = value;
    return MPS_OBJ_FROM_PTR(o);
}

mps_float_t mps_obj_float_get(mps_obj_t o) {
    return ((const mps_obj_float_t *)MPS_OBJ_TO_PTR(o))->value;
}

// --- repr ------------------------------------------------------------------------------

void mps_float_format_repr(mps_float_t value, char *buf, size_t buf_size) {
    char tmp[40];
    if (isnan(value)) {
        snprintf(buf, buf_size, "nan");
        return;
    }
    if (isinf(value)) {
        snprintf(buf, buf_size, value < 0 ? "-inf" : "inf");
        return;
    }
    // The fewest significant digits that read back as the same double. Any decimal
    // of at most 15 digits survives the trip through a double (DBL_DIG), so if the
    // 15-digit form reads back, it holds the shortest one (with trailing zeros, which
    // are dropped below); otherwise 16 digits, and 17 always do.
    // Subnormals carry fewer digits, so for them search all precisions (if p digits
    // read back so do p + 1: a binary search).
    int prec;
    if (value == 0 || fabs(value) >= DBL_MIN) {
        for (prec = 15; prec < 17; prec++) {
            snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, value);
            if (strtod(tmp, NULL) == value) {
                break;
            }
        }
    } else {
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(tmp, sizeof(tmp), "%.*e", mid - 1, value);
            if (strtod(tmp, NULL) == value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        prec = lo;
    }
    snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, value);
    // tmp is [-]d[.ddd]e(+|-)xx: split into sign, digits and decimal exponent.
    const char *p = tmp;
    bool neg = *p == '-';
    if (neg) {
        p++;
    }
    char digits[20];
    int nd = 0;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            digits[nd++] = *p;
        }
    }
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    int exp10 = atoi(p + 1);
    char res[48];
    char *out = res;
    if (neg) {
        *out++ = '-';
    }
    if (exp10 < -4 || exp10 >= 16) {
        // d.ddde+XX, as CPython's repr
        *out++ = digits[0];
        if (nd > 1) {
            *out++ = '.';
            memcpy(out, digits + 1, (size_t)(nd - 1));
            out += nd - 1;
        }
        out += sprintf(out, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (exp10 < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int i = -1; i > exp10; i--) {
            *out++ = '0';
        }
        memcpy(out, digits, (size_t)nd);
        out += nd;
    } else {
        for (int i = 0; i <= exp10; i++) {
            *out++ = i < nd ? digits[i] : '0';
        }
        *out++ = '.';
        if (nd > exp10 + 1) {
            memcpy(out, digits + exp10 + 1, (size_t)(nd - exp10 - 1));
            out += nd - exp10 - 1;
        } else {
            *out++ = '0';
        }
    }
    *out = 0;
    snprintf(buf, buf_size, "%s", res);
}

static void float_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    char buf[40];
    mps_float_format_repr(mps_obj_float_get(o), buf, sizeof(buf));
    mps_print_str(print, buf);
}

// --- parsing ----------------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

// Parses one real number at [*pp] (sign, digits with '_', '.', exponent, inf, nan);
// advances *pp; false on bad syntax.
static bool parse_real(const char **pp, const char *end, mps_float_t *out) {
    const char *p = *pp;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_word(p, end, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        *pp = p + 8;
        return true;
    }
    if (match_word(p, end, "inf")) {
        *out = neg ? -INFINITY : INFINITY;
        *pp = p + 3;
        return true;
    }
    if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        *pp = p + 3;
        return true;
    }
    // Copy the digits without '_' for strtod, checking the syntax on the way.
    char stack_buf[64];
    size_t cap = (size_t)(end - p) + 2;
    char *buf = cap <= sizeof(stack_buf) ? stack_buf : mps_mem_alloc(cap);
    size_t n = 0;
    buf[n++] = neg ? '-' : '+';
    int n_mant = 0;
    bool prev_digit = false, seen_dot = false;
    for (; p < end; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') {
            buf[n++] = c;
            n_mant++;
            prev_digit = true;
        } else if (c == '_' && prev_digit && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            prev_digit = false;
        } else if (c == '.' && !seen_dot) {
            seen_dot = true;
            prev_digit = false;
            buf[n++] = c;
        } else {
            break;
        }
    }
    bool ok = n_mant > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        buf[n++] = 'e';
        p++;
        if (p < end && (*p == '+' || *p == '-')) {
            buf[n++] = *p++;
        }
        int n_exp = 0;
        prev_digit = false;
        for (; p < end; p++) {
            if (*p >= '0' && *p <= '9') {
                buf[n++] = *p;
                n_exp++;
                prev_digit = true;
            } else if (*p == '_' && prev_digit && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
                prev_digit = false;
            } else {
                break;
            }
        }
        ok = n_exp > 0;
    }
    buf[n] = 0;
    if (ok) {
        *out = strtod(buf, NULL);
    }
    if (buf != stack_buf) {
        mps_mem_free(buf);
    }
    *pp = p;
    return ok;
}

static noreturn void raise_float_syntax(const char *str, size_t len, bool is_complex) {
    if (is_complex) {
        mps_raise_ValueError("complex() arg is a malformed string");
    }
    mps_raise_msg_varg(&mps_type_ValueError, "could not convert string to float: %R",
                       mps_obj_new_str(str, len));
}

mps_obj_t mps_parse_num_decimal(const char *str, size_t len, bool allow_imag, bool force_complex) {
    const char *p = str, *end = str + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    mps_float_t v;
    if (!parse_real(&p, end, &v)) {
        raise_float_syntax(str, len, force_complex);
    }
    if (allow_imag && p < end && (*p == 'j' || *p == 'J')) {
        p++;
        if (p != end) {
            raise_float_syntax(str, len, force_complex);
        }
        return mps_obj_new_complex(0, v);
    }
    if (p != end) {
        raise_float_syntax(str, len, force_complex);
    }
    if (force_complex) {
        return mps_obj_new_complex(v, 0);
    }
    return mps_obj_new_float(v);
}

// --- hashing -------------------------------------------------------------------------------

mps_obj_t mps_float_hash(mps_float_t value) {
    if (isnan(value)) {
        return MPS_OBJ_NEW_SMALL_INT(0);
    }
    if (isinf(value)) {
        return MPS_OBJ_NEW_SMALL_INT(value > 0 ? 314159 : -314159);
    }
    mps_float_t ip;
    mps_float_t frac = modf(value, &ip);
    if (frac == 0) {
        if (ip >= MPS_SMALL_INT_MIN && ip <= MPS_SMALL_INT_MAX) {
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)ip);
        }
        // As the int's hash (core/mpz.h): |v| mod (2**30 - 1), where 2**30 == 1.
        int e;
        mps_float_t f = frexp(fabs(ip), &e); // |v| = f * 2**e, e > 30
        uint64_t m = (uint64_t)ldexp(f, 53);
        int shift = e - 53;
        uint64_t h = m % MPS_MPZ_HASH_MODULUS;
        if (shift < 0) {
            // |v| = m >> -shift exactly (v is integral)
            h = (m >> -shift) % MPS_MPZ_HASH_MODULUS;
        } else {
            h = (h << (shift % 30)) % MPS_MPZ_HASH_MODULUS;
        }
        return MPS_OBJ_NEW_SMALL_INT(value < 0 ? -(mps_int_t)h : (mps_int_t)h);
    }
    // Not integral: mix the bits.
    uint64_t bits;
    memcpy(&bits, &value, sizeof(bits));
    uint32_t h = (uint32_t)(bits ^ (bits >> 32)) * 2654435761u;
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(h >> 2));
}

// --- arithmetic --------------------------------------------------------------------------

static noreturn void raise_zero_division(void) {
    mps_raise_ZeroDivisionError("divide by zero");
}

void mps_float_divmod(mps_float_t a, mps_float_t b, mps_float_t *q, mps_float_t *r) {
    mps_float_t mod = fmod(a, b);
    mps_float_t div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    mps_float_t fdiv;
    if (div != 0) {
        // div is (nearly) integral: snap it
        fdiv = floor(div);
        if (div - fdiv > 0.5) {
            fdiv += 1.0;
        }
    } else {
        fdiv = copysign(0.0, a / b);
    }
    *q = fdiv;
    *r = mod;
}

static mps_obj_t compare(mps_binary_op_t op, mps_float_t a, mps_float_t b) {
    switch (op) {
        case MPS_BINARY_OP_LESS: return mps_obj_new_bool(a < b);
        case MPS_BINARY_OP_MORE: return mps_obj_new_bool(a > b);
        case MPS_BINARY_OP_EQUAL: return mps_obj_new_bool(a == b);
        case MPS_BINARY_OP_LESS_EQUAL: return mps_obj_new_bool(a <= b);
        case MPS_BINARY_OP_MORE_EQUAL: return mps_obj_new_bool(a >= b);
        case MPS_BINARY_OP_NOT_EQUAL: return mps_obj_new_bool(a != b);
        default: return MPS_OBJ_NULL;
    }
}

// Comparison result from an int-vs-float three-way compare done from the float's side
// (c is int <=> float: so float <=> int is -c).
static mps_obj_t compare_with_int(mps_binary_op_t op, mps_float_t a, mps_obj_t rhs) {
    int c = mps_obj_int_cmp_float(rhs, a);
    if (c == 2) {
        return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
    }
    return compare(op, (mps_float_t)-c, 0);
}

static mps_obj_t float_arith(mps_binary_op_t op, mps_float_t a, mps_float_t b) {
    switch (op) {
        case MPS_BINARY_OP_ADD: return mps_obj_new_float(a + b);
        case MPS_BINARY_OP_SUBTRACT: return mps_obj_new_float(a - b);
        case MPS_BINARY_OP_MULTIPLY: return mps_obj_new_float(a * b);
        case MPS_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) {
                raise_zero_division();
            }
            return mps_obj_new_float(a / b);
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_MODULO:
        case MPS_BINARY_OP_DIVMOD: {
            if (b == 0) {
                raise_zero_division();
            }
            mps_float_t q, r;
            mps_float_divmod(a, b, &q, &r);
            if (op == MPS_BINARY_OP_FLOOR_DIVIDE) {
                return mps_obj_new_float(q);
            }
            if (op == MPS_BINARY_OP_MODULO) {
                return mps_obj_new_float(r);
            }
            mps_obj_t items[2] = {mps_obj_new_float(q), mps_obj_new_float(r)};
            return mps_obj_new_tuple(2, items);
        }
        case MPS_BINARY_OP_POWER:
            if (a == 0 && b < 0 && isfinite(b)) {
                raise_zero_division();
            }
            if (a < 0 && b != floor(b) && isfinite(b)) {
                // a negative base to a fractional power is complex in Python 3
                return mps_obj_complex_binary_op(op, a, 0, mps_obj_new_float(b));
            }
            {
                mps_float_t r = pow(a, b);
                if (isinf(r) && isfinite(a) && isfinite(b)) {
                    mps_raise_OverflowError("(34, 'Numerical result out of range')");
                }
                return mps_obj_new_float(r);
            }
        default:
            return compare(op, a, b);
    }
}

bool mps_float_supports_op(mps_binary_op_t op) {
    switch (op) {
        case MPS_BINARY_OP_ADD:
        case MPS_BINARY_OP_SUBTRACT:
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_TRUE_DIVIDE:
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_MODULO:
        case MPS_BINARY_OP_POWER:
        case MPS_BINARY_OP_DIVMOD:
            return true;
        default:
            return op <= MPS_BINARY_OP_NOT_EQUAL;
    }
}

mps_obj_t mps_obj_float_binary_op(mps_binary_op_t op, mps_float_t lhs, mps_obj_t rhs) {
    if (op >= MPS_BINARY_OP_INPLACE_OR && op <= MPS_BINARY_OP_INPLACE_POWER) {
        op = op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR;
    }
    if (!mps_float_supports_op(op)) {
        return MPS_OBJ_NULL; // before converting an int that may not fit a float
    }
    mps_float_t b;
    if (mps_obj_is_float(rhs)) {
        b = mps_obj_float_get(rhs);
    } else if (MPS_OBJ_IS_SMALL_INT(rhs)) {
        b = MPS_OBJ_SMALL_INT_VALUE(rhs);
    } else if (rhs == mps_const_false || rhs == mps_const_true) {
        b = rhs == mps_const_true;
    } else if (mps_obj_is_int(rhs)) {
        if (op <= MPS_BINARY_OP_NOT_EQUAL) {
            return compare_with_int(op, lhs, rhs);
        }
        b = mps_obj_int_as_float(rhs);
        if (isinf(b)) {
            mps_raise_OverflowError("int too big to convert to float");
        }
    } else if (mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_complex)) {
        return mps_obj_complex_binary_op(op, lhs, 0, rhs);
    } else {
        return MPS_OBJ_NULL;
    }
    return float_arith(op, lhs, b);
}

static mps_obj_t float_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op >= MPS_BINARY_OP_REVERSE_OR && op <= MPS_BINARY_OP_REVERSE_POWER) {
        // lhs is the float (self): compute rhs op self
        mps_float_t a;
        if (!mps_obj_get_float_maybe(rhs, &a)) {
            return MPS_OBJ_NULL;
        }
        return float_arith(op - MPS_BINARY_OP_REVERSE_OR + MPS_BINARY_OP_OR, a, mps_obj_float_get(lhs));
    }
    return mps_obj_float_binary_op(op, mps_obj_float_get(lhs), rhs);
}

static mps_obj_t float_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_float_t v = mps_obj_float_get(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(v != 0);
        case MPS_UNARY_OP_HASH: return mps_float_hash(v);
        case MPS_UNARY_OP_POSITIVE:
        case MPS_UNARY_OP_FLOAT: return o;
        case MPS_UNARY_OP_NEGATIVE: return mps_obj_new_float(-v);
        case MPS_UNARY_OP_ABS: return signbit(v) ? mps_obj_new_float(-v) : o;
        case MPS_UNARY_OP_INT: return mps_obj_new_int_from_float(v);
        case MPS_UNARY_OP_COMPLEX: return mps_obj_new_complex(v, 0);
        default: return MPS_OBJ_NULL;
    }
}

// --- constructor and methods --------------------------------------------------------------

static mps_obj_t float_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return mps_obj_new_float(0);
    }
    mps_obj_t x = args[0];
    if (mps_obj_is_float(x)) {
        return x;
    }
    if (mps_obj_is_str(x) || mps_obj_is_type_idx(x, MPS_TYPE_IDX_bytes)) {
        size_t len;
        const char *s = mps_obj_str_get_data(x, &len);
        return mps_parse_num_decimal(s, len, false, false);
    }
    mps_buffer_info_t info;
    if (mps_obj_is_type_idx(x, MPS_TYPE_IDX_bytearray) && mps_get_buffer(x, &info, MPS_BUFFER_READ)) {
        return mps_parse_num_decimal(info.buf, info.len, false, false);
    }
    if (mps_obj_is_int(x) || x == mps_const_true || x == mps_const_false) {
        mps_float_t f = mps_obj_int_as_float(x == mps_const_true ? MPS_OBJ_NEW_SMALL_INT(1)
                                             : x == mps_const_false ? MPS_OBJ_NEW_SMALL_INT(0) : x);
        if (isinf(f)) {
            mps_raise_OverflowError("int too big to convert to float");
        }
        return mps_obj_new_float(f);
    }
    const mps_obj_type_t *t = mps_obj_get_type(x);
    if (t == &mps_type_instance) {
        return mps_unary_op(MPS_UNARY_OP_FLOAT, x);
    }
    if (t->unary_op != NULL) {
        mps_obj_t r = t->unary_op(MPS_UNARY_OP_FLOAT, x);
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    mps_raise_msg_varg(&mps_type_TypeError, "can't convert %s to float", mps_obj_get_type_str(x));
}

// Rounds [v] to [nd] decimal places, half to even, through the exact decimal text
// (so that round(2.675, 2) is 2.67 as the stored double is below 2.675).
static mps_float_t round_float(mps_float_t v, mps_int_t nd) {
    if (!isfinite(v) || v == 0) {
        return v;
    }
    if (nd > 330) {
        return v;
    }
    if (nd < -330) {
        return copysign(0.0, v);
    }
    if (nd >= 0) {
        if (fabs(v) >= 9007199254740992.0) {
            return v; // 2**53 and above: already integral
        }
        // %.*f rounds correctly (half to even on the exact binary value) in glibc
        char buf[400];
        snprintf(buf, sizeof(buf), "%.*f", (int)nd, v);
        return strtod(buf, NULL);
    }
    // negative ndigits: round to a multiple of 10**-nd
    mps_float_t p = pow(10.0, (mps_float_t)-nd);
    mps_float_t y = v / p;
    mps_float_t r = nearbyint(y);
    if (fabs(y - trunc(y)) == 0.5) {
        r = 2.0 * nearbyint(y / 2.0);
    }
    return r * p;
}

mps_obj_t mps_obj_number_round(mps_obj_t x, mps_obj_t ndigits) {
    bool has_nd = ndigits != MPS_OBJ_NULL && ndigits != mps_const_none;
    if (x == mps_const_true || x == mps_const_false) {
        x = MPS_OBJ_NEW_SMALL_INT(x == mps_const_true);
    }
    if (mps_obj_is_int(x)) {
        if (!has_nd) {
            return x;
        }
        mps_int_t nd = mps_obj_get_int(ndigits);
        if (nd >= 0) {
            return x;
        }
        // round to a multiple of m = 10**-nd, half to even
        mps_obj_t m = mps_binary_op(MPS_BINARY_OP_POWER, MPS_OBJ_NEW_SMALL_INT(10), MPS_OBJ_NEW_SMALL_INT(-nd));
        mps_obj_t qr = mps_binary_op(MPS_BINARY_OP_DIVMOD, x, m);
        mps_obj_t *items;
        mps_obj_get_array_fixed_n(qr, 2, &items);
        mps_obj_t q = items[0], r = items[1];
        mps_obj_t twice = mps_binary_op(MPS_BINARY_OP_MULTIPLY, r, MPS_OBJ_NEW_SMALL_INT(2));
        mps_obj_t c3 = mps_binary_op(MPS_BINARY_OP_MORE, twice, m);
        bool up = mps_obj_is_true(c3);
        if (!up && mps_obj_equal(twice, m)) {
            up = mps_obj_is_true(mps_binary_op(MPS_BINARY_OP_AND, q, MPS_OBJ_NEW_SMALL_INT(1)));
        }
        if (up) {
            q = mps_binary_op(MPS_BINARY_OP_ADD, q, MPS_OBJ_NEW_SMALL_INT(1));
        }
        return mps_binary_op(MPS_BINARY_OP_MULTIPLY, q, m);
    }
    if (!mps_obj_is_float(x)) {
        mps_raise_msg_varg(&mps_type_TypeError, "type %s doesn't define __round__", mps_obj_get_type_str(x));
    }
    mps_float_t v = mps_obj_float_get(x);
    if (has_nd) {
        return mps_obj_new_float(round_float(v, mps_obj_get_int(ndigits)));
    }
    mps_float_t r = nearbyint(v); // the default rounding mode: half to even
    return mps_obj_new_int_from_float(r);
}

static mps_obj_t number_round(size_t n_args, const mps_obj_t *args) {
    return mps_obj_number_round(args[0], n_args > 1 ? args[1] : MPS_OBJ_NULL);
}
MPS_DEFINE_FUN_VAR(mps_float_round_obj, 1, 2, number_round);

static mps_obj_t float_is_integer(mps_obj_t self) {
    mps_float_t v = mps_obj_float_get(self);
    return mps_obj_new_bool(isfinite(v) && v == floor(v));
}
static MPS_DEFINE_FUN_1(float_is_integer_obj, float_is_integer);

static mps_obj_t float_as_integer_ratio(mps_obj_t self) {
    mps_float_t v = mps_obj_float_get(self);
    if (isinf(v)) {
        mps_raise_OverflowError("cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        mps_raise_ValueError("cannot convert NaN to integer ratio");
    }
    int e;
    mps_float_t f = frexp(v, &e);
    // make the mantissa integral, then reduce by the common powers of two
    int shift = 0;
    while (f != floor(f) && shift < 1100) {
        f *= 2.0;
        shift++;
    }
    e -= shift;
    mps_obj_t num = mps_obj_new_int_from_float(f);
    mps_obj_t den = MPS_OBJ_NEW_SMALL_INT(1);
    if (e > 0) {
        num = mps_binary_op(MPS_BINARY_OP_LSHIFT, num, MPS_OBJ_NEW_SMALL_INT(e));
    } else if (e < 0) {
        den = mps_binary_op(MPS_BINARY_OP_LSHIFT, den, MPS_OBJ_NEW_SMALL_INT(-e));
    }
    mps_obj_t items[2] = {num, den};
    return mps_obj_new_tuple(2, items);
}
static MPS_DEFINE_FUN_1(float_as_integer_ratio_obj, float_as_integer_ratio);

static mps_obj_t float_conjugate(mps_obj_t self) {
    return self;
}
static MPS_DEFINE_FUN_1(float_conjugate_obj, float_conjugate);

static void float_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return;
    }
    if (attr == MPS_QSTR_real) {
        dest[0] = self;
    } else if (attr == MPS_QSTR_imag) {
        dest[0] = mps_obj_new_float(0);
    }
}

static const mps_rom_map_elem_t float_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR___round__), MPS_ROM_PTR(&mps_float_round_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_as_integer_ratio), MPS_ROM_PTR(&float_as_integer_ratio_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_conjugate), MPS_ROM_PTR(&float_conjugate_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_is_integer), MPS_ROM_PTR(&float_is_integer_obj)},
};

const mps_obj_type_t mps_type_float = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op,
    .attr = float_attr,
    .locals = MPS_ROM_TABLE(float_locals_table),
};
