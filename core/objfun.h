// SPDX-License-Identifier: MIT
// Built-in (C) functions and methods: the objects that ROM method tables point to.
#ifndef CORE_OBJFUN_H
#define CORE_OBJFUN_H

#include "core/obj.h"

typedef mps_obj_t (*mps_fun_0_t)(void);
typedef mps_obj_t (*mps_fun_1_t)(mps_obj_t);
typedef mps_obj_t (*mps_fun_2_t)(mps_obj_t, mps_obj_t);
typedef mps_obj_t (*mps_fun_3_t)(mps_obj_t, mps_obj_t, mps_obj_t);
// Variable positional arguments (no keywords).
typedef mps_obj_t (*mps_fun_var_t)(size_t n_args, const mps_obj_t *args);
// Positional arguments plus keywords: [args] holds n_args values then n_kw
// (qstr-object key, value) pairs, as in a call.
typedef mps_obj_t (*mps_fun_kw_t)(size_t n_args, size_t n_kw, const mps_obj_t *args);

#define MPS_FUN_KIND_0 (0)
#define MPS_FUN_KIND_1 (1)
#define MPS_FUN_KIND_2 (2)
#define MPS_FUN_KIND_3 (3)
#define MPS_FUN_KIND_VAR (4)
#define MPS_FUN_KIND_KW (5)

#define MPS_FUN_ARGS_MAX (0xffff)

// A built-in function. For methods, self is the first argument.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_fun_builtin
    uint8_t kind;        // MPS_FUN_KIND_*
    uint8_t pad;
    uint16_t n_args_min; // for VAR and KW
    uint16_t n_args_max;
    uint16_t name;       // qstr, for repr; may be 0
    union {
        mps_fun_0_t _0;
        mps_fun_1_t _1;
        mps_fun_2_t _2;
        mps_fun_3_t _3;
        mps_fun_var_t var;
        mps_fun_kw_t kw;
    } fun;
} mps_obj_fun_builtin_t;

// Definitions of built-in function objects, e.g.
//     static mps_obj_t list_append(mps_obj_t self, mps_obj_t arg) { ... }
//     static MPS_DEFINE_FUN_2(list_append_obj, list_append);
#define MPS_DEFINE_FUN_0(obj, f) \
    const mps_obj_fun_builtin_t obj = {MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_0, 0, 0, 0, 0, {._0 = f}}
#define MPS_DEFINE_FUN_1(obj, f) \
    const mps_obj_fun_builtin_t obj = {MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_1, 0, 1, 1, 0, {._1 = f}}
#define MPS_DEFINE_FUN_2(obj, f) \
    const mps_obj_fun_builtin_t obj = {MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_2, 0, 2, 2, 0, {._2 = f}}
#define MPS_DEFINE_FUN_3(obj, f) \
    const mps_obj_fun_builtin_t obj = {MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_3, 0, 3, 3, 0, {._3 = f}}
#define MPS_DEFINE_FUN_VAR(obj, n_min, n_max, f) \
    const mps_obj_fun_builtin_t obj = {MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_VAR, 0, n_min, n_max, 0, {.var = f}}
#define MPS_DEFINE_FUN_KW(obj, n_min, f) \
    const mps_obj_fun_builtin_t obj = {MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_KW, 0, n_min, MPS_FUN_ARGS_MAX, 0, {.kw = f}}

extern const mps_obj_type_t mps_type_fun_builtin;

#endif // CORE_OBJFUN_H
