// SPDX-License-Identifier: MIT
// Bound methods: what `obj.method` evaluates to when it is not called at once.
#include "core/objboundmeth.h"

#include "core/mem.h"
#include "core/print.h"
#include "core/runtime.h"

mps_obj_t mps_obj_new_bound_meth(mps_obj_t meth, mps_obj_t self) {
    mps_obj_bound_meth_t *o = mps_obj_new(mps_obj_bound_meth_t, MPS_TYPE_IDX_bound_meth);
    o->meth = meth;
    o->self = self;
    return MPS_OBJ_FROM_PTR(o);
}

// Arguments up to this many words are passed from the C stack, the rest from the heap.
#define BOUND_METH_STACK_ARGS (8)

static mps_obj_t bound_meth_call(mps_obj_t self_in, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    const mps_obj_bound_meth_t *self = MPS_OBJ_TO_PTR(self_in);
    size_t n_words = n_args + 2 * n_kw;
    mps_obj_t stack_args[BOUND_METH_STACK_ARGS + 1];
    mps_obj_t *call_args = n_words < BOUND_METH_STACK_ARGS ? stack_args : mps_new(mps_obj_t, n_words + 1);
    call_args[0] = self->self;
    for (size_t i = 0; i < n_words; i++) {
        call_args[i + 1] = args[i];
    }
    mps_obj_t res = mps_call_function_n_kw(self->meth, n_args + 1, n_kw, call_args);
    if (call_args != stack_args) {
        mps_mem_free(call_args);
    }
    return res;
}

static void bound_meth_print(const mps_print_t *print, mps_obj_t self_in, mps_print_kind_t kind) {
    const mps_obj_bound_meth_t *self = MPS_OBJ_TO_PTR(self_in);
    mps_printf(print, "<bound_method %x ", (unsigned)self_in);
    mps_obj_print(print, self->self, MPS_PRINT_REPR);
    mps_print_str(print, ".");
    mps_obj_print(print, self->meth, MPS_PRINT_REPR);
    mps_print_str(print, ">");
}

static mps_obj_t bound_meth_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    // Two bound methods are equal when they bind the same function to the same object.
    if (op != MPS_BINARY_OP_EQUAL || !mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_bound_meth)) {
        return MPS_OBJ_NULL;
    }
    const mps_obj_bound_meth_t *a = MPS_OBJ_TO_PTR(lhs);
    const mps_obj_bound_meth_t *b = MPS_OBJ_TO_PTR(rhs);
    return mps_obj_new_bool(a->self == b->self && mps_obj_equal(a->meth, b->meth));
}

static mps_obj_t bound_meth_unary_op(mps_unary_op_t op, mps_obj_t o) {
    if (op != MPS_UNARY_OP_HASH) {
        return MPS_OBJ_NULL;
    }
    const mps_obj_bound_meth_t *self = MPS_OBJ_TO_PTR(o);
    // By the identity of self, as CPython does: self need not be hashable (a list).
    mps_int_t h = (mps_int_t)(self->self >> 2) ^ MPS_OBJ_SMALL_INT_VALUE(mps_obj_hash(self->meth));
    return MPS_OBJ_NEW_SMALL_INT(h & MPS_SMALL_INT_MAX);
}

static void bound_meth_attr(mps_obj_t self_in, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return;
    }
    // Other attributes (__name__ ...) are the function's.
    const mps_obj_bound_meth_t *self = MPS_OBJ_TO_PTR(self_in);
    mps_load_method_maybe(self->meth, attr, dest);
}

const mps_obj_type_t mps_type_bound_meth = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_bound_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .attr = bound_meth_attr,
};
