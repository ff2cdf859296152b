// SPDX-License-Identifier: MIT
// None's type, NotImplemented and Ellipsis: objects whose only behaviour is their name.
#include "core/objsingleton.h"

#include "core/print.h"
#include "core/runtime.h"

const mps_obj_base_t mps_const_notimplemented_obj = MPS_BASE(MPS_TYPE_IDX_NotImplementedType);
const mps_obj_base_t mps_const_ellipsis_obj = MPS_BASE(MPS_TYPE_IDX_ellipsis);

static void none_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "None");
}

static void notimplemented_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "NotImplemented");
}

static void ellipsis_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "Ellipsis");
}

// Singletons are always true except None; hashed by identity.
static mps_obj_t singleton_unary_op(mps_unary_op_t op, mps_obj_t self) {
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_obj_new_bool(self != mps_const_none);
        case MPS_UNARY_OP_HASH:
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)((mps_uint_t)self >> 2));
        default:
            return MPS_OBJ_NULL;
    }
}

const mps_obj_type_t mps_type_NoneType = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_NoneType,
    .print = none_print,
    .unary_op = singleton_unary_op,
};

const mps_obj_type_t mps_type_NotImplementedType = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_NotImplementedType,
    .print = notimplemented_print,
    .unary_op = singleton_unary_op,
};

const mps_obj_type_t mps_type_ellipsis = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_ellipsis,
    .print = ellipsis_print,
    .unary_op = singleton_unary_op,
};
