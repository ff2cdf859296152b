// SPDX-License-Identifier: MIT
// The cmath module: MicroPython's set (cos, exp, log, log10, phase, polar, rect, sin,
// sqrt, e, pi) over C99 <complex.h>.
#include <complex.h>
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
#ifndef M_LN10
#define M_LN10 2.30258509299404568402
#endif
#ifndef CMPLX
#define CMPLX(x, y) ((double complex)((double)(x) + _Complex_I * (double)(y)))
#endif

// Any number as a C complex; raises TypeError for other objects.
static double complex arg_complex(mps_obj_t o) {
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_complex)) {
        mps_float_t re, im;
        mps_obj_complex_get(o, &re, &im);
        return CMPLX(re, im);
    }
    if (mps_obj_get_type(o) == &mps_type_instance) {
        // a user class with __complex__ or __float__
        mps_obj_t dest[2];
        mps_load_method_maybe(o, MPS_QSTR___complex__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            return arg_complex(mps_call_method_n_kw(0, 0, dest));
        }
        mps_load_method_maybe(o, MPS_QSTR___float__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            return CMPLX(mps_obj_get_float(mps_call_method_n_kw(0, 0, dest)), 0.0);
        }
    }
    return CMPLX(mps_obj_get_float(o), 0.0);
}

static mps_obj_t new_complex(double complex z) {
    return mps_obj_new_complex(creal(z), cimag(z));
}

#define CMATH_FUN_1(name, cfun) \
    static mps_obj_t cmath_##name(mps_obj_t x) { \
        return new_complex(cfun(arg_complex(x))); \
    } \
    static MPS_DEFINE_FUN_1(cmath_##name##_obj, cmath_##name);

CMATH_FUN_1(cos, ccos)
CMATH_FUN_1(sin, csin)
CMATH_FUN_1(exp, cexp)
CMATH_FUN_1(sqrt, csqrt)

static double complex log_checked(mps_obj_t x) {
    double complex z = arg_complex(x);
    if (creal(z) == 0 && cimag(z) == 0) {
        mps_raise_ValueError("math domain error");
    }
    return clog(z);
}

static mps_obj_t cmath_log(size_t n_args, const mps_obj_t *args) {
    double complex l = log_checked(args[0]);
    if (n_args == 2) {
        double complex b = log_checked(args[1]);
        if (creal(b) == 0 && cimag(b) == 0) {
            mps_raise_ZeroDivisionError("divide by zero");
        }
        mps_obj_t num = new_complex(l);
        return mps_binary_op(MPS_BINARY_OP_TRUE_DIVIDE, num, new_complex(b));
    }
    return new_complex(l);
}
static MPS_DEFINE_FUN_VAR(cmath_log_obj, 1, 2, cmath_log);

static mps_obj_t cmath_log10(mps_obj_t x) {
    double complex l = log_checked(x);
    return mps_obj_new_complex(creal(l) / M_LN10, cimag(l) / M_LN10);
}
static MPS_DEFINE_FUN_1(cmath_log10_obj, cmath_log10);

static mps_obj_t cmath_phase(mps_obj_t x) {
    return mps_obj_new_float(carg(arg_complex(x)));
}
static MPS_DEFINE_FUN_1(cmath_phase_obj, cmath_phase);

static mps_obj_t cmath_polar(mps_obj_t x) {
    double complex z = arg_complex(x);
    mps_obj_t items[2] = {mps_obj_new_float(cabs(z)), mps_obj_new_float(carg(z))};
    return mps_obj_new_tuple(2, items);
}
static MPS_DEFINE_FUN_1(cmath_polar_obj, cmath_polar);

static mps_obj_t cmath_rect(mps_obj_t r_obj, mps_obj_t phi_obj) {
    mps_float_t r = mps_obj_get_float(r_obj), phi = mps_obj_get_float(phi_obj);
    return mps_obj_new_complex(r * cos(phi), r * sin(phi));
}
static MPS_DEFINE_FUN_2(cmath_rect_obj, cmath_rect);

static const mps_obj_float_t cmath_pi_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, M_PI};
static const mps_obj_float_t cmath_e_obj = {MPS_BASE(MPS_TYPE_IDX_float), 0, M_E};

static const mps_rom_map_elem_t cmath_globals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_cmath)},
    {MPS_ROM_QSTR(MPS_QSTR_e), MPS_ROM_PTR(&cmath_e_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_pi), MPS_ROM_PTR(&cmath_pi_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_phase), MPS_ROM_PTR(&cmath_phase_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_polar), MPS_ROM_PTR(&cmath_polar_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_rect), MPS_ROM_PTR(&cmath_rect_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_exp), MPS_ROM_PTR(&cmath_exp_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_log), MPS_ROM_PTR(&cmath_log_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_log10), MPS_ROM_PTR(&cmath_log10_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sqrt), MPS_ROM_PTR(&cmath_sqrt_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_cos), MPS_ROM_PTR(&cmath_cos_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sin), MPS_ROM_PTR(&cmath_sin_obj)},
};

static const mps_module_def_t cmath_module_def = {
    .name = MPS_QSTR_cmath,
    .globals = MPS_ROM_TABLE(cmath_globals_table),
};

const mps_obj_module_t mps_module_cmath = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &cmath_module_def,
};
