// SPDX-License-Identifier: MIT
// tuple: immutable arrays with their items inline after an 8-byte header.
#include "core/objtuple.h"

#include <string.h>

#include "core/mem.h"
#include "core/objfun.h"
#include "core/objiter.h"
#include "core/objlist.h"
#include "core/objslice.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

// () is one static object: making an empty tuple never allocates.
static const mps_obj_tuple_t empty_tuple = {.base = MPS_BASE(MPS_TYPE_IDX_tuple), .len = 0};

mps_obj_t mps_const_empty_tuple(void) {
    return MPS_OBJ_FROM_PTR(&empty_tuple);
}

static inline mps_obj_tuple_t *tuple_ptr(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

// An uninitialised tuple of [n] > 0 items.
static mps_obj_tuple_t *tuple_alloc(size_t n) {
    mps_obj_tuple_t *t = mps_obj_alloc(sizeof(mps_obj_tuple_t) + n * sizeof(mps_obj_t), MPS_TYPE_IDX_tuple);
    t->len = (mps_uint_t)n;
    return t;
}

mps_obj_t mps_obj_new_tuple(size_t n, const mps_obj_t *items) {
    if (n == 0) {
        return mps_const_empty_tuple();
    }
    mps_obj_tuple_t *t = tuple_alloc(n);
    if (items) {
        memcpy(t->items, items, n * sizeof(mps_obj_t));
    } else {
        for (size_t i = 0; i < n; i++) {
            t->items[i] = mps_const_none;
        }
    }
    return MPS_OBJ_FROM_PTR(t);
}

void mps_obj_tuple_get(mps_obj_t o, size_t *len, mps_obj_t **items) {
    mps_obj_tuple_t *t = tuple_ptr(o);
    *len = t->len;
    *items = t->items;
}

mps_obj_t mps_obj_new_tuple_from_iter(mps_obj_t iterable) {
    if (mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_tuple)) {
        return iterable;
    }
    size_t n;
    mps_obj_t *items;
    if (mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_list)) {
        mps_obj_list_get(iterable, &n, &items);
        return mps_obj_new_tuple(n, items);
    }
    // Collect into a scratch list, then give its memory straight back.
    mps_obj_t list = mps_obj_new_list_from_iter(iterable);
    mps_obj_list_get(list, &n, &items);
    mps_obj_t t = mps_obj_new_tuple(n, items);
    if (items) {
        mps_mem_free(items);
    }
    mps_mem_free(MPS_OBJ_TO_PTR(list));
    return t;
}

static void tuple_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_tuple_t *t = tuple_ptr(o);
    mps_print_str(print, "(");
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            mps_print_str(print, ", ");
        }
        mps_obj_print(print, t->items[i], MPS_PRINT_REPR);
    }
    mps_print_str(print, t->len == 1 ? ",)" : ")");
}

static mps_obj_t tuple_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return mps_const_empty_tuple();
    }
    return mps_obj_new_tuple_from_iter(args[0]);
}

// Mixes the items' hashes in order; the result fits a small int.
static mps_obj_t tuple_hash(mps_obj_tuple_t *t) {
    mps_uint_t h = 0x345678u;
    for (size_t i = 0; i < t->len; i++) {
        mps_uint_t ih = (mps_uint_t)MPS_OBJ_SMALL_INT_VALUE(mps_obj_hash(t->items[i]));
        h = (h ^ ih) * 1000003u;
    }
    h ^= t->len;
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(h & 0x3fffffff));
}

static mps_obj_t tuple_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_tuple_t *t = tuple_ptr(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(t->len != 0);
        case MPS_UNARY_OP_LEN: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)t->len);
        case MPS_UNARY_OP_HASH: return tuple_hash(t);
        case MPS_UNARY_OP_SIZEOF:
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(sizeof(mps_obj_tuple_t) + t->len * sizeof(mps_obj_t)));
        default: return MPS_OBJ_NULL;
    }
}

static mps_obj_t tuple_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op != MPS_BINARY_OP_CONTAINS) {
        rhs = mps_seq_unwrap(rhs);
    }
    mps_obj_tuple_t *t = tuple_ptr(lhs);
    switch (op) {
        case MPS_BINARY_OP_ADD:
        case MPS_BINARY_OP_INPLACE_ADD: {
            if (!mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_tuple)) {
                return MPS_OBJ_NULL;
            }
            mps_obj_tuple_t *r = tuple_ptr(rhs);
            if (r->len == 0) {
                return lhs;
            }
            if (t->len == 0) {
                return rhs;
            }
            mps_obj_tuple_t *res = tuple_alloc(t->len + r->len);
            memcpy(res->items, t->items, t->len * sizeof(mps_obj_t));
            memcpy(res->items + t->len, r->items, r->len * sizeof(mps_obj_t));
            return MPS_OBJ_FROM_PTR(res);
        }
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_REVERSE_MULTIPLY:
        case MPS_BINARY_OP_INPLACE_MULTIPLY: {
            size_t times;
            if (!mps_seq_get_repeat(rhs, t->len, &times)) {
                return MPS_OBJ_NULL;
            }
            if (times == 0) {
                return mps_const_empty_tuple();
            }
            if (times == 1) {
                return lhs;
            }
            mps_obj_tuple_t *res = tuple_alloc(t->len * times);
            mps_seq_multiply(t->items, sizeof(mps_obj_t), t->len, times, res->items);
            return MPS_OBJ_FROM_PTR(res);
        }
        case MPS_BINARY_OP_CONTAINS:
            return mps_obj_new_bool(mps_seq_contains_obj(t->items, t->len, rhs));
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
        case MPS_BINARY_OP_LESS:
        case MPS_BINARY_OP_LESS_EQUAL:
        case MPS_BINARY_OP_MORE:
        case MPS_BINARY_OP_MORE_EQUAL: {
            if (!mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_tuple)) {
                if (op == MPS_BINARY_OP_EQUAL) {
                    return mps_const_false;
                }
                if (op == MPS_BINARY_OP_NOT_EQUAL) {
                    return mps_const_true;
                }
                return MPS_OBJ_NULL;
            }
            mps_obj_tuple_t *r = tuple_ptr(rhs);
            return mps_obj_new_bool(mps_seq_cmp_objs(op, t->items, t->len, r->items, r->len));
        }
        default:
            return MPS_OBJ_NULL;
    }
}

static mps_obj_t tuple_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    if (value != MPS_OBJ_SENTINEL) {
        return MPS_OBJ_NULL; // immutable
    }
    mps_obj_tuple_t *t = tuple_ptr(self);
    if (MPS_OBJ_IS_SMALL_INT(index)) {
        mps_int_t v = MPS_OBJ_SMALL_INT_VALUE(index);
        if (v < 0) {
            v += (mps_int_t)t->len;
        }
        if ((mps_uint_t)v >= t->len) {
            mps_raise_IndexError("tuple index out of range");
        }
        return t->items[v];
    }
    if (mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice)) {
        mps_bound_slice_t b;
        size_t n = mps_seq_get_slice(t->len, index, &b);
        if (n == t->len && b.step == 1) {
            return self;
        }
        if (n == 0) {
            return mps_const_empty_tuple();
        }
        mps_obj_tuple_t *res = tuple_alloc(n);
        mps_seq_slice_copy(t->items, sizeof(mps_obj_t), &b, res->items);
        return MPS_OBJ_FROM_PTR(res);
    }
    return t->items[mps_get_index(&mps_type_tuple, t->len, index, false)];
}

static mps_obj_t tuple_count(mps_obj_t self, mps_obj_t value) {
    mps_obj_tuple_t *t = tuple_ptr(self);
    return mps_seq_count_obj(t->items, t->len, value);
}
static MPS_DEFINE_FUN_2(tuple_count_obj, tuple_count);

static mps_obj_t tuple_index(size_t n_args, const mps_obj_t *args) {
    mps_obj_tuple_t *t = tuple_ptr(args[0]);
    return mps_seq_index_obj(&mps_type_tuple, t->items, t->len, n_args, args);
}
static MPS_DEFINE_FUN_VAR(tuple_index_obj, 2, 4, tuple_index);

// --- iterator ----------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t tuple;
    mps_uint_t cur;
} tuple_iter_t;

static mps_obj_t tuple_iter_next(mps_obj_t self) {
    tuple_iter_t *it = MPS_OBJ_TO_PTR(self);
    mps_obj_tuple_t *t = tuple_ptr(it->tuple);
    if (it->cur < t->len) {
        return t->items[it->cur++];
    }
    return MPS_OBJ_STOP_ITERATION;
}

const mps_obj_type_t mps_type_tuple_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = tuple_iter_next,
};

static mps_obj_t tuple_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    tuple_iter_t *it = iter_buf ? (tuple_iter_t *)iter_buf : mps_obj_new(tuple_iter_t, MPS_TYPE_IDX_tuple_iter);
    it->base.type = MPS_TYPE_IDX_tuple_iter;
    it->tuple = self;
    it->cur = 0;
    return MPS_OBJ_FROM_PTR(it);
}

static const mps_rom_map_elem_t tuple_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_count), MPS_ROM_PTR(&tuple_count_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_index), MPS_ROM_PTR(&tuple_index_obj) },
};

const mps_obj_type_t mps_type_tuple = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals = MPS_ROM_TABLE(tuple_locals_table),
};
