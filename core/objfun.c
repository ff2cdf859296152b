// SPDX-License-Identifier: MIT
// Built-in (C) functions: calling one checks the argument count for its kind and
// passes the arguments on in the C signature the kind names.
#include "core/objfun.h"

#include "core/print.h"
#include "core/runtime.h"

static mps_obj_t fun_builtin_call(mps_obj_t self_in, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    const mps_obj_fun_builtin_t *self = MPS_OBJ_TO_PTR(self_in);
    if (self->kind == MPS_FUN_KIND_KW) {
        mps_arg_check_num(n_args, n_kw, self->n_args_min, self->n_args_max, true);
        return self->fun.kw(n_args, n_kw, args);
    }
    if (self->kind == MPS_FUN_KIND_VAR) {
        mps_arg_check_num(n_args, n_kw, self->n_args_min, self->n_args_max, false);
        return self->fun.var(n_args, args);
    }
    // Fixed arity: the kind is the number of arguments.
    mps_arg_check_num(n_args, n_kw, self->kind, self->kind, false);
    switch (self->kind) {
        case MPS_FUN_KIND_0:
            return self->fun._0();
        case MPS_FUN_KIND_1:
            return self->fun._1(args[0]);
        case MPS_FUN_KIND_2:
            return self->fun._2(args[0], args[1]);
        default:
            return self->fun._3(args[0], args[1], args[2]);
    }
}

static void fun_builtin_print(const mps_print_t *print, mps_obj_t self_in, mps_print_kind_t kind) {
    // MicroPython prints every built-in function this way, name or not.
    mps_print_str(print, "<function>");
}

static void fun_builtin_attr(mps_obj_t self_in, qstr attr, mps_obj_t *dest) {
    const mps_obj_fun_builtin_t *self = MPS_OBJ_TO_PTR(self_in);
    if (dest[0] == MPS_OBJ_NULL && attr == MPS_QSTR___name__ && self->name != MPS_QSTR_NULL) {
        dest[0] = MPS_OBJ_NEW_QSTR(self->name);
    }
}

const mps_obj_type_t mps_type_fun_builtin = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_function,
    .print = fun_builtin_print,
    .call = fun_builtin_call,
    .attr = fun_builtin_attr,
};
