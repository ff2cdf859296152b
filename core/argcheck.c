// SPDX-License-Identifier: MIT
// Argument checking for built-in functions: counts, and parsing by name for those
// that take keywords. Messages are MicroPython's.
#include "core/runtime.h"

#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objstr.h"

void mps_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max,
                       bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        mps_raise_TypeError("function doesn't take keyword arguments");
    }
    if (n_args_min == n_args_max) {
        if (n_args != n_args_min) {
            mps_raise_arg_count(n_args_min, n_args);
        }
    } else if (n_args < n_args_min) {
        mps_raise_msg_varg(&mps_type_TypeError, "function missing %u required positional arguments",
                           (unsigned)(n_args_min - n_args));
    } else if (n_args > n_args_max && n_args_max != MPS_FUN_ARGS_MAX) {
        mps_raise_msg_varg(&mps_type_TypeError, "function expected at most %u arguments, got %u",
                           (unsigned)n_args_max, (unsigned)n_args);
    }
}

static mps_arg_val_t convert(const mps_arg_t *spec, mps_obj_t value) {
    mps_arg_val_t v;
    switch (spec->flags & MPS_ARG_KIND_MASK) {
        case MPS_ARG_BOOL:
            v.u_bool = mps_obj_is_true(value);
            break;
        case MPS_ARG_INT:
            v.u_int = mps_obj_get_int(value);
            break;
        default:
            v.u_obj = value;
            break;
    }
    return v;
}

void mps_arg_parse_all(size_t n_pos, const mps_obj_t *pos, size_t n_kw, const mps_obj_t *kws,
                       size_t n_allowed, const mps_arg_t *allowed, mps_arg_val_t *out_vals) {
    size_t pos_used = 0;
    size_t kw_used = 0;
    for (size_t i = 0; i < n_allowed; i++) {
        const mps_arg_t *spec = &allowed[i];
        mps_obj_t given = MPS_OBJ_NULL;
        if (pos_used < n_pos && !(spec->flags & MPS_ARG_KW_ONLY)) {
            given = pos[pos_used++];
        } else {
            for (size_t k = 0; k < n_kw; k++) {
                mps_obj_t key = kws[2 * k];
                if (MPS_OBJ_IS_QSTR(key) ? MPS_OBJ_QSTR_VALUE(key) == spec->qst
                                         : mps_obj_str_equal(key, MPS_OBJ_NEW_QSTR(spec->qst))) {
                    given = kws[2 * k + 1];
                    kw_used++;
                    break;
                }
            }
        }
        if (given == MPS_OBJ_NULL) {
            if (spec->flags & MPS_ARG_REQUIRED) {
                mps_raise_msg_varg(&mps_type_TypeError, "'%q' argument required", (qstr)spec->qst);
            }
            out_vals[i] = spec->defval;
        } else {
            out_vals[i] = convert(spec, given);
        }
    }
    if (pos_used < n_pos) {
        mps_raise_TypeError("extra positional arguments given");
    }
    if (kw_used < n_kw) {
        mps_raise_TypeError("extra keyword arguments given");
    }
}
