// SPDX-License-Identifier: MIT
// complex: two doubles, arithmetic with any number, CPython's repr "(1+2j)".
#include "core/objfloat.h"

#include <math.h>
#include <string.h>

#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"

mps_obj_t mps_obj_new_complex(mps_float_t real, mps_float_t imag) {
    mps_obj_complex_t *o = mps_obj_new(mps_obj_complex_t, MPS_TYPE_IDX_complex);
    o->pad = 0;
    o->real = real;
    o->imag = imag;
    return MPS_OBJ_FROM_PTR(o);
}

void mps_obj_complex_get(mps_obj_t o, mps_float_t *real, mps_float_t *imag) {
    const mps_obj_complex_t *c = MPS_OBJ_TO_PTR(o);
    *real = c->real;
    *imag = c->imag;
}

static bool is_complex(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_complex);
}

// A part as CPython prints it: repr without a trailing ".0".
static void print_part(const mps_print_t *print, mps_float_t v) {
    char buf[40];
    mps_float_format_repr(v, buf, sizeof(buf));
    size_t n = strlen(buf);
    if (n > 2 && strcmp(buf + n - 2, ".0") == 0) {
        n -= 2;
    }
    mps_print_strn(print, buf, n);
}

static void complex_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_float_t re, im;
    mps_obj_complex_get(o, &re, &im);
    if (re == 0 && !signbit(re)) {
        print_part(print, im);
        mps_print_str(print, "j");
        return;
    }
    mps_print_str(print, "(");
    print_part(print, re);
    if (!signbit(im) || isnan(im)) {
        mps_print_str(print, "+");
    }
    print_part(print, im);
    mps_print_str(print, "j)");
}

// The value of any number as a complex; false if [o] is not a number.
static bool get_complex(mps_obj_t o, mps_float_t *re, mps_float_t *im) {
    if (is_complex(o)) {
        mps_obj_complex_get(o, re, im);
        return true;
    }
    *im = 0;
    if (mps_obj_is_int(o) || o == mps_const_true || o == mps_const_false) {
        *re = MPS_OBJ_IS_SMALL_INT(o) ? MPS_OBJ_SMALL_INT_VALUE(o)
            : o == mps_const_true ? 1 : o == mps_const_false ? 0 : mps_obj_int_as_float(o);
        if (isinf(*re)) {
            mps_raise_OverflowError("int too big to convert to float");
        }
        return true;
    }
    return mps_obj_get_float_maybe(o, re);
}

static noreturn void raise_zero_division(void) {
    mps_raise_ZeroDivisionError("divide by zero");
}

// (ar + ai j) / (br + bi j), scaling by the larger part of b so that intermediate
// products neither overflow nor underflow needlessly.
static void complex_div(mps_float_t ar, mps_float_t ai, mps_float_t br, mps_float_t bi,
                        mps_float_t *re, mps_float_t *im) {
    if (br == 0 && bi == 0) {
        raise_zero_division();
    }
    if (fabs(br) >= fabs(bi)) {
        mps_float_t ratio = bi / br, den = br + bi * ratio;
        *re = (ar + ai * ratio) / den;
        *im = (ai - ar * ratio) / den;
    } else {
        mps_float_t ratio = br / bi, den = br * ratio + bi;
        *re = (ar * ratio + ai) / den;
        *im = (ai * ratio - ar) / den;
    }
}

static void complex_pow(mps_float_t ar, mps_float_t ai, mps_float_t br, mps_float_t bi,
                        mps_float_t *re, mps_float_t *im) {
    if (br == 0 && bi == 0) {
        *re = 1;
        *im = 0;
        return;
    }
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) {
            mps_raise_ZeroDivisionError("0.0 to a negative or complex power");
        }
        *re = 0;
        *im = 0;
        return;
    }
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        // small integral power: repeated squaring keeps results like (1j)**2 exact
        long n = (long)fabs(br);
        mps_float_t xr = ar, xi = ai, rr = 1, ri = 0;
        while (n > 0) {
            if (n & 1) {
                mps_float_t t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            n >>= 1;
            mps_float_t t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
        }
        if (br < 0) {
            complex_div(1, 0, rr, ri, &rr, &ri);
        }
        *re = rr;
        *im = ri;
        return;
    }
    // a**b = exp(b * log(a)) in polar form
    mps_float_t mag = hypot(ar, ai), arg = atan2(ai, ar);
    mps_float_t len = pow(mag, br), phase = arg * br;
    if (bi != 0) {
        len /= exp(arg * bi);
        phase += bi * log(mag);
    }
    *re = len * cos(phase);
    *im = len * sin(phase);
    if ((isinf(*re) || isinf(*im)) && isfinite(ar) && isfinite(ai) && isfinite(br) && isfinite(bi)) {
        mps_raise_OverflowError("complex exponentiation");
    }
}

mps_obj_t mps_obj_complex_binary_op(mps_binary_op_t op, mps_float_t ar, mps_float_t ai, mps_obj_t rhs) {
    if (op >= MPS_BINARY_OP_INPLACE_OR && op <= MPS_BINARY_OP_INPLACE_POWER) {
        op = op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR;
    }
    switch (op) {
        case MPS_BINARY_OP_ADD:
        case MPS_BINARY_OP_SUBTRACT:
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_TRUE_DIVIDE:
        case MPS_BINARY_OP_POWER:
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
            break;
        default:
            return MPS_OBJ_NULL; // before converting an int that may not fit a float
    }
    mps_float_t br, bi;
    if (!get_complex(rhs, &br, &bi)) {
        return MPS_OBJ_NULL;
    }
    mps_float_t re, im;
    switch (op) {
        case MPS_BINARY_OP_ADD: re = ar + br; im = ai + bi; break;
        case MPS_BINARY_OP_SUBTRACT: re = ar - br; im = ai - bi; break;
        case MPS_BINARY_OP_MULTIPLY:
            re = ar * br - ai * bi;
            im = ar * bi + ai * br;
            break;
        case MPS_BINARY_OP_TRUE_DIVIDE: complex_div(ar, ai, br, bi, &re, &im); break;
        case MPS_BINARY_OP_POWER: complex_pow(ar, ai, br, bi, &re, &im); break;
        case MPS_BINARY_OP_FLOOR_DIVIDE:
            mps_raise_TypeError("can't truncate-divide a complex number");
        case MPS_BINARY_OP_EQUAL: return mps_obj_new_bool(ar == br && ai == bi);
        case MPS_BINARY_OP_NOT_EQUAL: return mps_obj_new_bool(ar != br || ai != bi);
        default: return MPS_OBJ_NULL;
    }
    return mps_obj_new_complex(re, im);
}

static mps_obj_t complex_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    mps_float_t ar, ai;
    if (op >= MPS_BINARY_OP_REVERSE_OR && op <= MPS_BINARY_OP_REVERSE_POWER) {
        // lhs is the complex (self): compute rhs op self
        if (!get_complex(rhs, &ar, &ai)) {
            return MPS_OBJ_NULL;
        }
        return mps_obj_complex_binary_op(op - MPS_BINARY_OP_REVERSE_OR + MPS_BINARY_OP_OR, ar, ai, lhs);
    }
    mps_obj_complex_get(lhs, &ar, &ai);
    return mps_obj_complex_binary_op(op, ar, ai, rhs);
}

static mps_obj_t complex_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_float_t re, im;
    mps_obj_complex_get(o, &re, &im);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(re != 0 || im != 0);
        case MPS_UNARY_OP_HASH: {
            // equal to the float's hash when im == 0 (so 1+0j, 1.0 and 1 are one key)
            mps_obj_t h = mps_float_hash(re);
            if (im == 0) {
                return h;
            }
            mps_uint_t hi = (mps_uint_t)MPS_OBJ_SMALL_INT_VALUE(mps_float_hash(im)) * 1000003u;
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(((mps_uint_t)MPS_OBJ_SMALL_INT_VALUE(h) ^ hi) & MPS_SMALL_INT_MAX));
        }
        case MPS_UNARY_OP_POSITIVE:
        case MPS_UNARY_OP_COMPLEX: return o;
        case MPS_UNARY_OP_NEGATIVE: return mps_obj_new_complex(-re, -im);
        case MPS_UNARY_OP_ABS: return mps_obj_new_float(hypot(re, im));
        case MPS_UNARY_OP_INT:
            mps_raise_TypeError("can't convert complex to int");
        case MPS_UNARY_OP_FLOAT:
            mps_raise_TypeError("can't convert complex to float");
        default: return MPS_OBJ_NULL;
    }
}

static mps_obj_t complex_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 2, false);
    if (n_args == 0) {
        return mps_obj_new_complex(0, 0);
    }
    if (mps_obj_is_str(args[0])) {
        if (n_args == 2) {
            mps_raise_TypeError("complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = mps_obj_str_get_data(args[0], &len);
        // "(a+bj)", "a+bj", "bj", "a": split at a sign that is not after an 'e'.
        const char *p = s, *end = s + len;
        while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) {
            p++;
        }
        while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) {
            end--;
        }
        if (end - p >= 2 && *p == '(' && end[-1] == ')') {
            p++;
            end--;
        }
        for (const char *q = p; q < end; q++) {
            if (*q == ' ' || (*q >= '\t' && *q <= '\r')) {
                mps_raise_ValueError("complex() arg is a malformed string");
            }
        }
        const char *split = NULL;
        for (const char *q = p + 1; q < end; q++) {
            if ((*q == '+' || *q == '-') && (q[-1] | 0x20) != 'e') {
                split = q;
            }
        }
        if (split != NULL && (end[-1] | 0x20) == 'j') {
            mps_float_t re, im, im2;
            mps_obj_t r = mps_parse_num_decimal(p, (size_t)(split - p), false, true);
            mps_obj_complex_get(r, &re, &im);
            const char *ip = split;
            size_t ilen = (size_t)(end - split);
            mps_obj_t i;
            if (ilen == 2) {
                // "+j" / "-j"
                i = mps_obj_new_complex(0, *ip == '-' ? -1 : 1);
            } else {
                i = mps_parse_num_decimal(ip, ilen, true, true);
            }
            mps_obj_complex_get(i, &im, &im2);
            return mps_obj_new_complex(re, im2 + im);
        }
        if (end - p >= 1 && (end[-1] | 0x20) == 'j' && (end - p == 1 || ((end - p == 2) && (*p == '+' || *p == '-')))) {
            return mps_obj_new_complex(0, (end - p == 2 && *p == '-') ? -1 : 1);
        }
        return mps_parse_num_decimal(p, (size_t)(end - p), true, true);
    }
    mps_float_t r1, i1, r2 = 0, i2 = 0;
    if (!get_complex(args[0], &r1, &i1)) {
        mps_raise_TypeError("complex() first argument must be a string or a number");
    }
    if (n_args == 2 && !get_complex(args[1], &r2, &i2)) {
        mps_raise_TypeError("complex() second argument must be a number");
    }
    // complex(a, b) == a + b*1j, without adding zeros that would lose a -0.0
    mps_float_t re = n_args == 2 && is_complex(args[1]) ? r1 - i2 : r1;
    mps_float_t im = is_complex(args[0]) ? (n_args == 2 ? i1 + r2 : i1) : r2;
    return mps_obj_new_complex(re, im);
}

static mps_obj_t complex_conjugate(mps_obj_t self) {
    mps_float_t re, im;
    mps_obj_complex_get(self, &re, &im);
    return mps_obj_new_complex(re, -im);
}
static MPS_DEFINE_FUN_1(complex_conjugate_obj, complex_conjugate);

static void complex_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return;
    }
    mps_float_t re, im;
    mps_obj_complex_get(self, &re, &im);
    if (attr == MPS_QSTR_real) {
        dest[0] = mps_obj_new_float(re);
    } else if (attr == MPS_QSTR_imag) {
        dest[0] = mps_obj_new_float(im);
    }
}

static const mps_rom_map_elem_t complex_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_conjugate), MPS_ROM_PTR(&complex_conjugate_obj)},
};

const mps_obj_type_t mps_type_complex = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .attr = complex_attr,
    .locals = MPS_ROM_TABLE(complex_locals_table),
};
