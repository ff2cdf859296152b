// SPDX-License-Identifier: MIT
// Running source text and the builtins eval, exec and compile.
#include "core/builtinevalexec.h"

#include <string.h>

#include "core/compile.h"
#include "core/objfunbc.h"
#include "core/objstr.h"
#include "core/runtime.h"
#include "core/state.h"

mps_obj_t mps_exec_raw_code(const mps_raw_code_t *rc, mps_obj_t globals, mps_obj_t locals) {
    mps_obj_t fun = mps_obj_new_fun_bc(rc, globals, MPS_OBJ_NULL, MPS_OBJ_NULL);
    return mps_fun_bc_call_with_locals(fun, locals);
}

mps_raw_code_t *mps_compile_source(const char *src, size_t len, qstr source_name, mps_parse_input_kind_t kind) {
    mps_ast_t *root = mps_parse(src, len, source_name, kind);
    mps_raw_code_t *rc = mps_compile(root, source_name);
    // the tree is not needed any more: give its memory back now, as the device must
    mps_ast_free(root);
    return rc;
}

// The compiler's deep call chains leave pointers to its (now freed) temporaries in the
// C stack below us; the frames of the code we run next would keep whatever reuses that
// memory alive in the conservative scan. Wiping the area keeps heap figures exact.
static __attribute__((noinline)) void wipe_stack_below(void) {
    volatile char area[16 * 1024];
    for (size_t i = 0; i < sizeof(area); i += 8) {
        area[i] = 0;
    }
    memset((char *)area, 0, sizeof(area));
}

mps_obj_t mps_exec_source(const char *src, size_t len, qstr source_name, mps_parse_input_kind_t kind,
                       mps_obj_t globals, mps_obj_t locals) {
    mps_raw_code_t *rc = mps_compile_source(src, len, source_name, kind);
    wipe_stack_below();
    return mps_exec_raw_code(rc, globals, locals);
}

void mps_exec_module_source(const char *src, size_t len, qstr file, mps_obj_t globals) {
    mps_exec_source(src, len, file, MPS_PARSE_FILE_INPUT, globals, globals);
}

// eval/exec: [args] = source [, globals [, locals]].
static mps_obj_t eval_exec(size_t n_args, const mps_obj_t *args, mps_parse_input_kind_t kind) {
    mps_obj_t globals = mps_state.dict_globals;
    mps_obj_t locals = mps_state.dict_locals;
    if (n_args > 1 && args[1] != mps_const_none) {
        if (!mps_obj_is_type_idx(args[1], MPS_TYPE_IDX_dict)) {
            mps_raise_TypeError("globals must be a dict");
        }
        globals = args[1];
        locals = globals;
    }
    if (n_args > 2 && args[2] != mps_const_none) {
        if (!mps_obj_is_type_idx(args[2], MPS_TYPE_IDX_dict)) {
            mps_raise_TypeError("locals must be a dict");
        }
        locals = args[2];
    }
    if (locals == MPS_OBJ_NULL) {
        locals = globals;
    }
    const mps_raw_code_t *rc;
    if (mps_obj_is_type_idx(args[0], MPS_TYPE_IDX_code)) {
        rc = MPS_OBJ_TO_PTR(args[0]);
    } else {
        size_t len;
        const char *src = mps_obj_str_get_data(args[0], &len);
        rc = mps_compile_source(src, len, MPS_QSTR_lt_string_gt, kind);
    }
    mps_obj_t r = mps_exec_raw_code(rc, globals, locals);
    return kind == MPS_PARSE_EVAL_INPUT ? r : mps_const_none;
}

static mps_obj_t builtin_eval(size_t n_args, const mps_obj_t *args) {
    return eval_exec(n_args, args, MPS_PARSE_EVAL_INPUT);
}

static mps_obj_t builtin_exec(size_t n_args, const mps_obj_t *args) {
    return eval_exec(n_args, args, MPS_PARSE_FILE_INPUT);
}

static mps_obj_t builtin_compile(size_t n_args, const mps_obj_t *args) {
    size_t len;
    const char *src = mps_obj_str_get_data(args[0], &len);
    qstr name = mps_obj_str_get_qstr(args[1]);
    qstr mode = mps_obj_str_get_qstr(args[2]);
    mps_parse_input_kind_t kind;
    if (mode == MPS_QSTR_exec) {
        kind = MPS_PARSE_FILE_INPUT;
    } else if (mode == MPS_QSTR_eval) {
        kind = MPS_PARSE_EVAL_INPUT;
    } else if (mode == MPS_QSTR_single) {
        kind = MPS_PARSE_SINGLE_INPUT;
    } else {
        mps_raise_ValueError("bad compile mode");
    }
    return MPS_OBJ_FROM_PTR(mps_compile_source(src, len, name, kind));
}

const mps_obj_fun_builtin_t mps_builtin_eval_obj = {
    MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_VAR, 0, 1, 3, MPS_QSTR_eval, {.var = builtin_eval},
};
const mps_obj_fun_builtin_t mps_builtin_exec_obj = {
    MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_VAR, 0, 1, 3, MPS_QSTR_exec, {.var = builtin_exec},
};
const mps_obj_fun_builtin_t mps_builtin_compile_obj = {
    MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_VAR, 0, 3, 6, MPS_QSTR_compile, {.var = builtin_compile},
};
