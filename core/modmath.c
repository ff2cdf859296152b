// SPDX-License-Identifier: MIT
// The math module: MicroPython's set of functions over the C library, with CPython's
// errors (ValueError "math domain error", OverflowError "math range error").
#include <math.h>

#include "core/modulelist.h"
#include "core/objfloat.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objtuple.h"
#include "core/runtime.h"

// Not in strict ISO C's <math.h>.
#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifndef M_E
#define M_E 2.71828182845904523536
#endif
#ifndef M_LN2
#define M_LN2 0.69314718055994530942
#endif
#ifndef M_LN10
#define M_LN10 2.30258509299404568402
#endif

// A float argument; ints too large for a float raise OverflowError as in CPython.
static mps_float_t arg_float(mps_obj_t o) {
    if (mps_obj_is_float(o)) {
        return mps_obj_float_get(o);
    }
    if (mps_obj_get_type(o) == &mps_type_instance) {
        // a user class with __float__
        mps_obj_t dest[2];
        mps_load_method_maybe(o, MPS_QSTR___float__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            return mps_obj_get_float(mps_call_method_n_kw(0, 0, dest));
        }
    }
    mps_float_t v = mps_obj_get_float(o);
    if (isinf(v) && mps_obj_int_is_big(o)) {
        mps_raise_OverflowError("int too big to convert to float");
    }
    return v;
}

static noreturn void raise_domain(void) {
    mps_raise_ValueError("math domain error");
}

static noreturn void raise_range(void) {
    mps_raise_OverflowError("math range error");
}

// How a function's result is checked: a nan from a non-nan argument is always a domain
// error; an infinity from a finite argument is an overflow (OVERFLOW) or a pole
// (POLE: a domain error, as log(0)).
typedef enum { CHECK_POLE, CHECK_OVERFLOW } check_t;

static mps_obj_t math_1(mps_obj_t x, mps_float_t (*f)(mps_float_t), check_t check) {
    mps_float_t v = arg_float(x);
    mps_float_t r = f(v);
    if (isnan(r) && !isnan(v)) {
        raise_domain();
    }
    if (isinf(r) && isfinite(v)) {
        if (check == CHECK_OVERFLOW) {
            raise_range();
        }
        raise_domain();
    }
    return mps_obj_new_float(r);
}

#define MATH_FUN_1(name, cfun, check) \
    static mps_obj_t math_##name(mps_obj_t x) { \
        return math_1(x, cfun, check); \
    } \
    static MPS_DEFINE_FUN_1(math_##name##_obj, math_##name);

static mps_float_t to_degrees(mps_float_t v) {
    return v * (180.0 / M_PI);
}

static mps_float_t to_radians(mps_float_t v) {
    return v * (M_PI / 180.0);
}

// gamma and lgamma: poles at 0 and the negative integers are domain errors.
static bool is_pole(mps_float_t v) {
    return v <= 0 && v == floor(v) && isfinite(v);
}

static mps_float_t gamma_checked(mps_float_t v) {
    if (is_pole(v) || v == -INFINITY) {
        raise_domain();
    }
    return tgamma(v);
}

static mps_float_t lgamma_checked(mps_float_t v) {
    if (is_pole(v)) {
        raise_domain();
    }
    return lgamma(v);
}

MATH_FUN_1(sqrt, sqrt, CHECK_POLE)
MATH_FUN_1(exp, exp, CHECK_OVERFLOW)
MATH_FUN_1(expm1, expm1, CHECK_OVERFLOW)
MATH_FUN_1(log1p, log1p, CHECK_POLE)
MATH_FUN_1(cos, cos, CHECK_POLE)
MATH_FUN_1(sin, sin, CHECK_POLE)
MATH_FUN_1(tan, tan, CHECK_POLE)
MATH_FUN_1(acos, acos, CHECK_POLE)
MATH_FUN_1(asin, asin, CHECK_POLE)
MATH_FUN_1(atan, atan, CHECK_POLE)
MATH_FUN_1(cosh, cosh, CHECK_OVERFLOW)
MATH_FUN_1(sinh, sinh, CHECK_OVERFLOW)
MATH_FUN_1(tanh, tanh, CHECK_POLE)
MATH_FUN_1(acosh, acosh, CHECK_POLE)
MATH_FUN_1(asinh, asinh, CHECK_POLE)
MATH_FUN_1(atanh, atanh, CHECK_POLE)
MATH_FUN_1(fabs, fabs, CHECK_POLE)
MATH_FUN_1(erf, erf, CHECK_POLE)
MATH_FUN_1(erfc, erfc, CHECK_POLE)
MATH_FUN_1(gamma, gamma_checked, CHECK_OVERFLOW)
MATH_FUN_1(lgamma, lgamma_checked, CHECK_OVERFLOW)
MATH_FUN_1(degrees, to_degrees, CHECK_OVERFLOW)
MATH_FUN_1(radians, to_radians, CHECK_POLE)

// log(x) and log(x, base). Ints too large for a float still work, as in CPython:
// log(m * 2**k) = log(m) + k log(2).
static mps_float_t log_of(mps_obj_t x) {
    if (mps_obj_int_is_big(x) && mps_obj_int_sign(x) > 0) {
        mps_float_t v = mps_obj_int_as_float(x);
        if (isinf(v)) {
            mps_mpz_t z;
            mps_mpz_dig_t buf[2];
            mps_obj_int_get_mpz(x, &z, buf);
            size_t k = mps_mpz_bit_length(&z) - 64;
            mps_obj_t top = mps_binary_op(MPS_BINARY_OP_RSHIFT, x, MPS_OBJ_NEW_SMALL_INT((mps_int_t)k));
            return log(mps_obj_int_as_float(top)) + (mps_float_t)k * M_LN2;
        }
        return log(v);
    }
    mps_float_t v = arg_float(x);
    if (v <= 0) {
        raise_domain();
    }
    return log(v);
}

// log2 and log10: exact for powers of the base; ints too large for a float work.
static mps_obj_t log_base(mps_obj_t x, mps_float_t (*f)(mps_float_t), mps_float_t ln_base) {
    if (mps_obj_int_is_big(x) && mps_obj_int_sign(x) > 0 && isinf(mps_obj_int_as_float(x))) {
        return mps_obj_new_float(log_of(x) / ln_base);
    }
    return math_1(x, f, CHECK_POLE);
}

static mps_obj_t math_log2(mps_obj_t x) {
    return log_base(x, log2, M_LN2);
}
static MPS_DEFINE_FUN_1(math_log2_obj, math_log2);

static mps_obj_t math_log10(mps_obj_t x) {
    return log_base(x, log10, M_LN10);
}
static MPS_DEFINE_FUN_1(math_log10_obj, math_log10);

static mps_obj_t math_log(size_t n_args, const mps_obj_t *args) {
    mps_float_t l = log_of(args[0]);
    if (n_args == 1) {
        return mps_obj_new_float(l);
    }
    mps_float_t b = log_of(args[1]);
    if (b == 0) {
        mps_raise_ZeroDivisionError("divide by zero");
    }
    return mps_obj_new_float(l / b);
}
static MPS_DEFINE_FUN_VAR(math_log_obj, 1, 2, math_log);

// Two-argument functions: a nan from non-nan arguments is a domain error; an infinity
// from finite ones an overflow, or a domain error when the first argument is 0 (a
// pole, as pow(0, -1)).
static mps_obj_t math_2(mps_obj_t x, mps_obj_t y, mps_float_t (*f)(mps_float_t, mps_float_t)) {
    mps_float_t a = arg_float(x), b = arg_float(y);
    mps_float_t r = f(a, b);
    if (isnan(r) && !isnan(a) && !isnan(b)) {
        raise_domain();
    }
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        if (a == 0) {
            raise_domain();
        }
        raise_range();
    }
    return mps_obj_new_float(r);
}

#define MATH_FUN_2(name, cfun) \
    static mps_obj_t math_##name(mps_obj_t x, mps_obj_t y) { \
        return math_2(x, y, cfun); \
    } \
    static MPS_DEFINE_FUN_2(math_##name##_obj, math_##name);

MATH_FUN_2(pow, pow)
MATH_FUN_2(atan2, atan2)
MATH_FUN_2(fmod, fmod)
MATH_FUN_2(copysign, copysign)

static mps_obj_t math_ldexp(mps_obj_t x, mps_obj_t e) {
    mps_float_t v = arg_float(x);
    long long n = mps_obj_int_get_ll_checked(e);
    if (n > 100000) {
        n = 100000;
    } else if (n < -100000) {
        n = -100000;
    }
    mps_float_t r = ldexp(v, (int)n);
    if (isinf(r) && isfinite(v)) {
        raise_range();
    }
    return mps_obj_new_float(r);
}
static MPS_DEFINE_FUN_2(math_ldexp_obj, math_ldexp);

static mps_obj_t tuple2(mps_obj_t a, mps_obj_t b) {
    mps_obj_t items[2] = {a, b};
    return mps_obj_new_tuple(2, items);
}

static mps_obj_t math_frexp(mps_obj_t x) {
    int e = 0;
    mps_float_t v = arg_float(x);
    mps_float_t m = isfinite(v) ? frexp(v, &e) : v;
    return tuple2(mps_obj_new_float(m), MPS_OBJ_NEW_SMALL_INT(e));
}
static MPS_DEFINE_FUN_1(math_frexp_obj, math_frexp);

static mps_obj_t math_modf(mps_obj_t x) {
    mps_float_t ip, v = arg_float(x);
    mps_float_t frac = modf(v, &ip);
    return tuple2(mps_obj_new_float(frac), mps_obj_new_float(ip));
}
static MPS_DEFINE_FUN_1(math_modf_obj, math_modf);

// ceil, floor, trunc: an int (ints pass through; a user class may define
// __ceil__ / __floor__ / __trunc__).
static mps_obj_t round_to_int(mps_obj_t x, mps_float_t (*f)(mps_float_t), qstr method) {
    if (mps_obj_is_int(x)) {
        return x;
    }
    if (mps_obj_get_type(x) == &mps_type_instance) {
        mps_obj_t dest[2];
        mps_load_method_maybe(x, method, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            return mps_call_method_n_kw(0, 0, dest);
        }
    }
    if (x == mps_const_true || x == mps_const_false) {
        return MPS_OBJ_NEW_SMALL_INT(x == mps_const_true);
    }
    return mps_obj_new_int_from_float(f(arg_float(x)));
}

static mps_obj_t math_ceil(mps_obj_t x) {
    return round_to_int(x, ceil, MPS_QSTR___ceil__);
}
static MPS_DEFINE_FUN_1(math_ceil_obj, math_ceil);

static mps_obj_t math_floor(mps_obj_t x) {
    return round_to_int(x, floor, MPS_QSTR___floor__);
}
static MPS_DEFINE_FUN_1(math_floor_obj, math_floor);

static mps_obj_t math_trunc(mps_obj_t x) {
    return round_to_int(x, trunc, MPS_QSTR___trunc__);
}
static MPS_DEFINE_FUN_1(math_trunc_obj, math_trunc);

static mps_obj_t math_isfinite(mps_obj_t x) {
    return mps_obj_new_bool(isfinite(arg_float(x)));
}
static MPS_DEFINE_FUN_1(math_isfinite_obj, math_isfinite);

static mps_obj_t math_isinf(mps_obj_t x) {
    return mps_obj_new_bool(isinf(arg_float(x)));
}
static MPS_DEFINE_FUN_1(math_isinf_obj, math_isinf);

static mps_obj_t math_isnan(mps_obj_t x) {
    return mps_obj_new_bool(isnan(arg_float(x)));
}
static MPS_DEFINE_FUN_1(math_isnan_obj, math_isnan);

static mps_obj_t math_isclose(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_a, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_b, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_rel_tol, MPS_ARG_OBJ | MPS_ARG_KW_ONLY, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_abs_tol, MPS_ARG_OBJ | MPS_ARG_KW_ONLY, {.u_obj = MPS_OBJ_NULL}},
    };
    mps_arg_val_t vals[4];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 4, allowed, vals);
    mps_float_t a = arg_float(vals[0].u_obj), b = arg_float(vals[1].u_obj);
    mps_float_t rel = vals[2].u_obj == MPS_OBJ_NULL ? 1e-9 : arg_float(vals[2].u_obj);
    mps_float_t abs_tol = vals[3].u_obj == MPS_OBJ_NULL ? 0.0 : arg_float(vals[3].u_obj);
    if (rel < 0 || abs_tol < 0) {
        mps_raise_ValueError("tolerances must be non-negative");
    }
    if (a == b) {
        return mps_const_true;
    }
    if (isinf(a) || isinf(b)) {
        return mps_const_false;
    }
    mps_float_t diff = fabs(b - a);
    return mps_obj_new_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}
static MPS_DEFINE_FUN_KW(math_isclose_obj, 2, math_isclose);

static mps_obj_t math_factorial(mps_obj_t x) {
    if (!mps_obj_is_int(x) && x != mps_const_true && x != mps_const_false) {
        mps_raise_TypeError("can't convert to int");
    }
    mps_int_t n = mps_obj_get_int(x);
    if (n < 0) {
        mps_raise_ValueError("factorial() not defined for negative values");
    }
    // Multiply pairs of small factors first: fewer big-int multiplications.
    mps_obj_t acc = MPS_OBJ_NEW_SMALL_INT(1);
    mps_int_t i = 2;
    for (; i + 1 <= n; i += 2) {
        long long pair = (long long)i * (i + 1);
        acc = mps_binary_op(MPS_BINARY_OP_MULTIPLY, acc, mps_obj_new_int_from_ll(pair));
    }
    if (i <= n) {
        acc = mps_binary_op(MPS_BINARY_OP_MULTIPLY, acc, MPS_OBJ_NEW_SMALL_INT(i));
    }
    return acc;
}
static MPS_DEFINE_FUN_1(math_factorial_obj, math_factorial);

static const mps_obj_float_t math_pi_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, M_PI};
static const mps_obj_float_t math_e_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, M_E};
static const mps_obj_float_t math_tau_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, 2 * M_PI};
static const mps_obj_float_t math_inf_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, INFINITY};
static const mps_obj_float_t math_nan_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, NAN};

static const mps_rom_map_elem_t math_globals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_math)},
    {MPS_ROM_QSTR(MPS_QSTR_e), MPS_ROM_PTR(&math_e_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_pi), MPS_ROM_PTR(&math_pi_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tau), MPS_ROM_PTR(&math_tau_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_inf), MPS_ROM_PTR(&math_inf_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_nan), MPS_ROM_PTR(&math_nan_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sqrt), MPS_ROM_PTR(&math_sqrt_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_pow), MPS_ROM_PTR(&math_pow_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_exp), MPS_ROM_PTR(&math_exp_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_expm1), MPS_ROM_PTR(&math_expm1_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_log), MPS_ROM_PTR(&math_log_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_log2), MPS_ROM_PTR(&math_log2_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_log10), MPS_ROM_PTR(&math_log10_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_log1p), MPS_ROM_PTR(&math_log1p_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_cos), MPS_ROM_PTR(&math_cos_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sin), MPS_ROM_PTR(&math_sin_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tan), MPS_ROM_PTR(&math_tan_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_acos), MPS_ROM_PTR(&math_acos_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_asin), MPS_ROM_PTR(&math_asin_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_atan), MPS_ROM_PTR(&math_atan_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_atan2), MPS_ROM_PTR(&math_atan2_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_cosh), MPS_ROM_PTR(&math_cosh_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sinh), MPS_ROM_PTR(&math_sinh_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tanh), MPS_ROM_PTR(&math_tanh_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_acosh), MPS_ROM_PTR(&math_acosh_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_asinh), MPS_ROM_PTR(&math_asinh_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_atanh), MPS_ROM_PTR(&math_atanh_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ceil), MPS_ROM_PTR(&math_ceil_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_floor), MPS_ROM_PTR(&math_floor_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_trunc), MPS_ROM_PTR(&math_trunc_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_fabs), MPS_ROM_PTR(&math_fabs_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_fmod), MPS_ROM_PTR(&math_fmod_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_modf), MPS_ROM_PTR(&math_modf_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_frexp), MPS_ROM_PTR(&math_frexp_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ldexp), MPS_ROM_PTR(&math_ldexp_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_copysign), MPS_ROM_PTR(&math_copysign_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_degrees), MPS_ROM_PTR(&math_degrees_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_radians), MPS_ROM_PTR(&math_radians_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_isfinite), MPS_ROM_PTR(&math_isfinite_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_isinf), MPS_ROM_PTR(&math_isinf_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_isnan), MPS_ROM_PTR(&math_isnan_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_isclose), MPS_ROM_PTR(&math_isclose_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_erf), MPS_ROM_PTR(&math_erf_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_erfc), MPS_ROM_PTR(&math_erfc_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_gamma), MPS_ROM_PTR(&math_gamma_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_lgamma), MPS_ROM_PTR(&math_lgamma_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_factorial), MPS_ROM_PTR(&math_factorial_obj)},
};

static const mps_module_def_t math_module_def = {
    .name = MPS_QSTR_math,
    .globals = MPS_ROM_TABLE(math_globals_table),
};

const mps_obj_module_t mps_module_math = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &math_module_def,
};
