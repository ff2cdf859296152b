// SPDX-License-Identifier: MIT
// bool: the immediates True and False, a subclass of int for arithmetic.
#include "core/objbool.h"

#include "core/objint.h"
#include "core/print.h"
#include "core/runtime.h"

static inline mps_obj_t as_int(mps_obj_t b) {
    return MPS_OBJ_NEW_SMALL_INT(b == mps_const_true);
}

static void bool_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, self == mps_const_true ? "True" : "False");
}

static mps_obj_t bool_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    return n_args == 0 ? mps_const_false : mps_obj_new_bool(mps_obj_is_true(args[0]));
}

static mps_obj_t bool_unary_op(mps_unary_op_t op, mps_obj_t self) {
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return self;
        case MPS_UNARY_OP_NOT:
            return mps_obj_new_bool(self == mps_const_false);
        case MPS_UNARY_OP_LEN:
            return MPS_OBJ_NULL;
        default:
            // -True, ~False, abs(True), hash(True), int(True) ... are int's.
            return mps_unary_op(op, as_int(self));
    }
}

static mps_obj_t bool_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    bool rhs_is_bool = rhs == mps_const_true || rhs == mps_const_false;
    switch (op) {
        case MPS_BINARY_OP_AND:
        case MPS_BINARY_OP_INPLACE_AND:
        case MPS_BINARY_OP_REVERSE_AND:
            if (rhs_is_bool) {
                return mps_obj_new_bool(lhs == mps_const_true && rhs == mps_const_true);
            }
            break;
        case MPS_BINARY_OP_OR:
        case MPS_BINARY_OP_INPLACE_OR:
        case MPS_BINARY_OP_REVERSE_OR:
            if (rhs_is_bool) {
                return mps_obj_new_bool(lhs == mps_const_true || rhs == mps_const_true);
            }
            break;
        case MPS_BINARY_OP_XOR:
        case MPS_BINARY_OP_INPLACE_XOR:
        case MPS_BINARY_OP_REVERSE_XOR:
            if (rhs_is_bool) {
                return mps_obj_new_bool(lhs != rhs);
            }
            break;
        default:
            break;
    }
    if (op >= MPS_BINARY_OP_REVERSE_OR && op <= MPS_BINARY_OP_REVERSE_POWER) {
        return mps_binary_op((mps_binary_op_t)(op - MPS_BINARY_OP_REVERSE_OR + MPS_BINARY_OP_OR), rhs, as_int(lhs));
    }
    if (rhs_is_bool) {
        rhs = as_int(rhs);
    }
    return mps_binary_op(op, as_int(lhs), rhs);
}

const mps_obj_type_t mps_type_bool = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_bool,
    .parent = &mps_type_int,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
};
