// SPDX-License-Identifier: MIT
// The iterator built-ins (enumerate, zip, map, filter, reversed) and the iterators the
// runtime makes for objects without __iter__ (via __getitem__) and for iter(f, sentinel).
#include "core/objiter.h"

#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objlist.h"
#include "core/objslice.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/runtime.h"

mps_obj_t mps_iter_self(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    return self;
}

// --- enumerate ------------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t iter;
    mps_obj_t count;
} enumerate_t;

static mps_obj_t enumerate_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                    const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        { MPS_QSTR_iterable, MPS_ARG_REQUIRED | MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL} },
        { MPS_QSTR_start, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NEW_SMALL_INT(0)} },
    };
    mps_arg_val_t vals[2];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 2, allowed, vals);
    mps_int_t check;
    if (!mps_obj_get_int_maybe(vals[1].u_obj, &check) && !mps_obj_is_int(vals[1].u_obj)) {
        mps_raise_TypeError("can't convert to int");
    }
    mps_obj_t iter = mps_getiter(vals[0].u_obj, NULL);
    enumerate_t *e = mps_obj_new(enumerate_t, MPS_TYPE_IDX_enumerate);
    e->iter = iter;
    e->count = vals[1].u_obj;
    return MPS_OBJ_FROM_PTR(e);
}

static mps_obj_t enumerate_next(mps_obj_t self) {
    enumerate_t *e = MPS_OBJ_TO_PTR(self);
    mps_obj_t x = mps_iternext(e->iter);
    if (x == MPS_OBJ_STOP_ITERATION) {
        return x;
    }
    mps_obj_t pair[2] = {e->count, x};
    mps_obj_t c = e->count;
    if (MPS_OBJ_IS_SMALL_INT(c) && MPS_OBJ_SMALL_INT_VALUE(c) < MPS_SMALL_INT_MAX) {
        e->count = MPS_OBJ_NEW_SMALL_INT(MPS_OBJ_SMALL_INT_VALUE(c) + 1);
    } else {
        e->count = mps_binary_op(MPS_BINARY_OP_ADD, c, MPS_OBJ_NEW_SMALL_INT(1));
    }
    return mps_obj_new_tuple(2, pair);
}

const mps_obj_type_t mps_type_enumerate = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_enumerate,
    .make_new = enumerate_make_new,
    .getiter = mps_iter_self,
    .iternext = enumerate_next,
};

// --- zip and map ----------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_uint_t n;
    mps_obj_t iters[];
} zip_t;

// map is zip with a function in front.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t n;
    mps_obj_t fun;
    mps_obj_t iters[];
} map_t;

static void get_iters(size_t n, const mps_obj_t *args, mps_obj_t *iters) {
    for (size_t i = 0; i < n; i++) {
        iters[i] = mps_getiter(args[i], NULL);
    }
}

static mps_obj_t zip_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                              const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 0xffff, false);
    zip_t *z = mps_obj_alloc(sizeof(zip_t) + n_args * sizeof(mps_obj_t), MPS_TYPE_IDX_zip);
    z->n = (mps_uint_t)n_args;
    get_iters(n_args, args, z->iters);
    return MPS_OBJ_FROM_PTR(z);
}

// Fills [out] with the next item of each of [n] iterators; false when one is exhausted.
static bool next_of_each(size_t n, const mps_obj_t *iters, mps_obj_t *out) {
    for (size_t i = 0; i < n; i++) {
        out[i] = mps_iternext(iters[i]);
        if (out[i] == MPS_OBJ_STOP_ITERATION) {
            return false;
        }
    }
    return true;
}

static mps_obj_t zip_next(mps_obj_t self) {
    zip_t *z = MPS_OBJ_TO_PTR(self);
    if (z->n == 0) {
        return MPS_OBJ_STOP_ITERATION;
    }
    mps_obj_t tuple = mps_obj_new_tuple(z->n, NULL);
    size_t len;
    mps_obj_t *items;
    mps_obj_tuple_get(tuple, &len, &items);
    if (!next_of_each(z->n, z->iters, items)) {
        return MPS_OBJ_STOP_ITERATION; // the tuple is garbage, no one saw it
    }
    return tuple;
}

const mps_obj_type_t mps_type_zip = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_zip,
    .make_new = zip_make_new,
    .getiter = mps_iter_self,
    .iternext = zip_next,
};

static mps_obj_t map_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                              const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 2, 0xffff, false);
    size_t n = n_args - 1;
    map_t *m = mps_obj_alloc(sizeof(map_t) + n * sizeof(mps_obj_t), MPS_TYPE_IDX_map);
    m->n = (mps_uint_t)n;
    m->fun = args[0];
    get_iters(n, args + 1, m->iters);
    return MPS_OBJ_FROM_PTR(m);
}

static mps_obj_t map_next(mps_obj_t self) {
    map_t *m = MPS_OBJ_TO_PTR(self);
    if (m->n == 1) {
        mps_obj_t x = mps_iternext(m->iters[0]);
        return x == MPS_OBJ_STOP_ITERATION ? x : mps_call_function_1(m->fun, x);
    }
    mps_obj_t args[m->n];
    if (!next_of_each(m->n, m->iters, args)) {
        return MPS_OBJ_STOP_ITERATION;
    }
    return mps_call_function_n_kw(m->fun, m->n, 0, args);
}

const mps_obj_type_t mps_type_map = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_map,
    .make_new = map_make_new,
    .getiter = mps_iter_self,
    .iternext = map_next,
};

// --- filter -----------------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t fun;
    mps_obj_t iter;
} filter_t;

static mps_obj_t filter_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                 const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 2, 2, false);
    mps_obj_t iter = mps_getiter(args[1], NULL);
    filter_t *f = mps_obj_new(filter_t, MPS_TYPE_IDX_filter);
    f->fun = args[0];
    f->iter = iter;
    return MPS_OBJ_FROM_PTR(f);
}

static mps_obj_t filter_next(mps_obj_t self) {
    filter_t *f = MPS_OBJ_TO_PTR(self);
    for (;;) {
        mps_obj_t x = mps_iternext(f->iter);
        if (x == MPS_OBJ_STOP_ITERATION) {
            return x;
        }
        mps_obj_t keep = f->fun == mps_const_none ? x : mps_call_function_1(f->fun, x);
        if (mps_obj_is_true(keep)) {
            return x;
        }
    }
}

const mps_obj_type_t mps_type_filter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_filter,
    .make_new = filter_make_new,
    .getiter = mps_iter_self,
    .iternext = filter_next,
};

// --- reversed ---------------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t seq;
    mps_uint_t remaining;
} reversed_t;

static mps_obj_t reversed_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 1, false);
    mps_obj_t seq = args[0];
    if (mps_obj_is_type_idx(seq, MPS_TYPE_IDX_range)) {
        return mps_obj_range_reversed(seq);
    }
    if (!mps_obj_is_type_idx(seq, MPS_TYPE_IDX_list) && !mps_obj_is_type_idx(seq, MPS_TYPE_IDX_tuple)) {
        mps_obj_t dest[2];
        mps_load_method_maybe(seq, MPS_QSTR___reversed__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            return mps_call_method_n_kw(0, 0, dest);
        }
    }
    size_t len = mps_obj_get_len(seq);
    reversed_t *r = mps_obj_new(reversed_t, MPS_TYPE_IDX_reversed);
    r->seq = seq;
    r->remaining = (mps_uint_t)len;
    return MPS_OBJ_FROM_PTR(r);
}

static mps_obj_t reversed_next(mps_obj_t self) {
    reversed_t *r = MPS_OBJ_TO_PTR(self);
    if (r->remaining == 0) {
        return MPS_OBJ_STOP_ITERATION;
    }
    size_t i = --r->remaining;
    if (mps_obj_is_type_idx(r->seq, MPS_TYPE_IDX_list)) {
        // Direct read; a list that shrank meanwhile just ends the iteration early.
        size_t len;
        mps_obj_t *items;
        mps_obj_list_get(r->seq, &len, &items);
        if (i >= len) {
            r->remaining = 0;
            return MPS_OBJ_STOP_ITERATION;
        }
        return items[i];
    }
    return mps_subscr_load(r->seq, MPS_OBJ_NEW_SMALL_INT((mps_int_t)i));
}

const mps_obj_type_t mps_type_reversed = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_reversed,
    .make_new = reversed_make_new,
    .getiter = mps_iter_self,
    .iternext = reversed_next,
};

// --- iteration through __getitem__ ------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t obj;
    mps_uint_t index;
} getitem_iter_t;

static bool is_instance_of(mps_obj_t exc, const mps_obj_type_t *type) {
    return mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(type));
}

static mps_obj_t getitem_iter_next(mps_obj_t self) {
    getitem_iter_t *it = MPS_OBJ_TO_PTR(self);
    if (it->obj == MPS_OBJ_NULL) {
        return MPS_OBJ_STOP_ITERATION; // exhausted before
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t x = mps_subscr_load(it->obj, MPS_OBJ_NEW_SMALL_INT((mps_int_t)it->index));
        nlr_pop();
        it->index++;
        return x;
    }
    mps_obj_t exc = nlr.ret_val;
    if (is_instance_of(exc, &mps_type_IndexError) || is_instance_of(exc, &mps_type_StopIteration)) {
        it->obj = MPS_OBJ_NULL;
        return MPS_OBJ_STOP_ITERATION;
    }
    nlr_jump(exc);
}

const mps_obj_type_t mps_type_polymorph_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = getitem_iter_next,
};

mps_obj_t mps_obj_new_getitem_iter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    getitem_iter_t *it = iter_buf ? (getitem_iter_t *)iter_buf
                                  : mps_obj_new(getitem_iter_t, MPS_TYPE_IDX_polymorph_iter);
    it->base.type = MPS_TYPE_IDX_polymorph_iter;
    it->obj = o;
    it->index = 0;
    return MPS_OBJ_FROM_PTR(it);
}

// --- iter(callable, sentinel) ------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t fun;
    mps_obj_t sentinel;
} callable_iter_t;

static mps_obj_t callable_iter_next(mps_obj_t self) {
    callable_iter_t *it = MPS_OBJ_TO_PTR(self);
    if (it->fun == MPS_OBJ_NULL) {
        return MPS_OBJ_STOP_ITERATION;
    }
    mps_obj_t x = mps_call_function_0(it->fun);
    if (x == it->sentinel || mps_obj_equal(x, it->sentinel)) {
        it->fun = MPS_OBJ_NULL; // stays exhausted, as in CPython
        return MPS_OBJ_STOP_ITERATION;
    }
    return x;
}

const mps_obj_type_t mps_type_callable_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_callable_iterator,
    .getiter = mps_iter_self,
    .iternext = callable_iter_next,
};

mps_obj_t mps_obj_new_callable_iter(mps_obj_t fun, mps_obj_t sentinel) {
    callable_iter_t *it = mps_obj_new(callable_iter_t, MPS_TYPE_IDX_callable_iter);
    it->fun = fun;
    it->sentinel = sentinel;
    return MPS_OBJ_FROM_PTR(it);
}
