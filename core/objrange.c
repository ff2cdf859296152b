// SPDX-License-Identifier: MIT
// range: an arithmetic progression of machine ints, and its iterator.
#include "core/objslice.h"

#include "core/objfun.h"
#include "core/objint.h"
#include "core/objiter.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

static inline mps_obj_range_t *range_ptr(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static int64_t range_len(const mps_obj_range_t *r) {
    int64_t start = r->start, stop = r->stop, step = r->step;
    if (step > 0) {
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }
    return stop < start ? (start - stop - 1) / -step + 1 : 0;
}

static mps_obj_t new_range(mps_int_t start, mps_int_t stop, mps_int_t step) {
    mps_obj_range_t *r = mps_obj_new(mps_obj_range_t, MPS_TYPE_IDX_range);
    r->start = start;
    r->stop = stop;
    r->step = step;
    return MPS_OBJ_FROM_PTR(r);
}

// --- iterator ---------------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_int_t cur;
    mps_int_t stop;
    mps_int_t step;
} range_iter_t;

static mps_obj_t range_iter_next(mps_obj_t self) {
    range_iter_t *it = MPS_OBJ_TO_PTR(self);
    if (it->step > 0 ? it->cur < it->stop : it->cur > it->stop) {
        mps_int_t v = it->cur;
        // Saturate rather than overflow past the last value.
        int64_t next = (int64_t)v + it->step;
        it->cur = next > INT32_MAX || next < INT32_MIN ? it->stop : (mps_int_t)next;
        return MPS_SMALL_INT_FITS(v) ? MPS_OBJ_NEW_SMALL_INT(v) : mps_obj_new_int(v);
    }
    return MPS_OBJ_STOP_ITERATION;
}

const mps_obj_type_t mps_type_range_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = range_iter_next,
};

static mps_obj_t new_iter(mps_int_t cur, mps_int_t stop, mps_int_t step, mps_obj_iter_buf_t *iter_buf) {
    range_iter_t *it = iter_buf ? (range_iter_t *)iter_buf : mps_obj_new(range_iter_t, MPS_TYPE_IDX_range_iter);
    it->base.type = MPS_TYPE_IDX_range_iter;
    it->cur = cur;
    it->stop = stop;
    it->step = step;
    return MPS_OBJ_FROM_PTR(it);
}

static mps_obj_t range_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    mps_obj_range_t *r = range_ptr(self);
    return new_iter(r->start, r->stop, r->step, iter_buf);
}

mps_obj_t mps_obj_range_reversed(mps_obj_t range) {
    mps_obj_range_t *r = range_ptr(range);
    int64_t n = range_len(r);
    if (n == 0) {
        return new_iter(0, 0, 1, NULL);
    }
    int64_t last = (int64_t)r->start + (n - 1) * r->step;
    int64_t before_first = (int64_t)r->start - r->step;
    if (before_first > INT32_MAX || before_first < INT32_MIN) {
        before_first = r->step > 0 ? INT32_MIN : INT32_MAX;
    }
    return new_iter((mps_int_t)last, (mps_int_t)before_first, -r->step, NULL);
}

// --- slots ---------------------------------------------------------------------------------------

static void range_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_range_t *r = range_ptr(o);
    mps_printf(print, "range(%d, %d", (int)r->start, (int)r->stop);
    if (r->step != 1) {
        mps_printf(print, ", %d", (int)r->step);
    }
    mps_print_str(print, ")");
}

static mps_obj_t range_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 3, false);
    mps_int_t start = 0, stop, step = 1;
    if (n_args == 1) {
        stop = mps_obj_get_int(args[0]);
    } else {
        start = mps_obj_get_int(args[0]);
        stop = mps_obj_get_int(args[1]);
        if (n_args == 3) {
            step = mps_obj_get_int(args[2]);
            if (step == 0) {
                mps_raise_ValueError("zero step");
            }
        }
    }
    return new_range(start, stop, step);
}

static mps_obj_t int_obj(int64_t v) {
    return MPS_SMALL_INT_FITS(v) ? MPS_OBJ_NEW_SMALL_INT((mps_int_t)v) : mps_obj_new_int_from_ll(v);
}

static mps_obj_t range_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_range_t *r = range_ptr(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(range_len(r) != 0);
        case MPS_UNARY_OP_LEN: return int_obj(range_len(r));
        case MPS_UNARY_OP_HASH: {
            // Mixes exactly what equality looks at: the length, then the first item and
            // the step only when they matter.
            int64_t n = range_len(r);
            mps_uint_t h = (mps_uint_t)n;
            if (n > 0) {
                h = h * 1000003u ^ (mps_uint_t)r->start;
            }
            if (n > 1) {
                h = h * 1000003u ^ (mps_uint_t)r->step;
            }
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(h & 0x3fffffff));
        }
        default: return MPS_OBJ_NULL;
    }
}

// Position of int [v] in [r], or -1.
static int64_t find_int(const mps_obj_range_t *r, int64_t v) {
    int64_t n = range_len(r);
    int64_t off = v - r->start;
    if (n == 0 || off % r->step != 0) {
        return -1;
    }
    int64_t i = off / r->step;
    return i >= 0 && i < n ? i : -1;
}

// Position of [x] in [r] (any object: 1.0 and True count), or -1.
static int64_t find(mps_obj_t self, mps_obj_t x) {
    mps_obj_range_t *r = range_ptr(self);
    mps_int_t v;
    if (MPS_OBJ_IS_SMALL_INT(x)) {
        return find_int(r, MPS_OBJ_SMALL_INT_VALUE(x));
    }
    if (mps_obj_is_int(x) || x == mps_const_true || x == mps_const_false) {
        return mps_obj_get_int_maybe(x, &v) ? find_int(r, v) : -1;
    }
    // Anything else compares by == with each item, as CPython does.
    int64_t n = range_len(r);
    for (int64_t i = 0; i < n; i++) {
        if (mps_obj_equal(int_obj((int64_t)r->start + i * r->step), x)) {
            return i;
        }
    }
    return -1;
}

static bool range_equal(mps_obj_range_t *a, mps_obj_range_t *b) {
    int64_t n = range_len(a);
    if (n != range_len(b)) {
        return false;
    }
    if (n == 0) {
        return true;
    }
    return a->start == b->start && (n == 1 || a->step == b->step);
}

static mps_obj_t range_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    switch (op) {
        case MPS_BINARY_OP_CONTAINS:
            return mps_obj_new_bool(find(lhs, rhs) >= 0);
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL: {
            bool eq = mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_range) && range_equal(range_ptr(lhs), range_ptr(rhs));
            return mps_obj_new_bool(eq == (op == MPS_BINARY_OP_EQUAL));
        }
        default:
            return MPS_OBJ_NULL;
    }
}

static mps_obj_t range_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    if (value != MPS_OBJ_SENTINEL) {
        return MPS_OBJ_NULL;
    }
    mps_obj_range_t *r = range_ptr(self);
    int64_t n = range_len(r);
    if (mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice)) {
        mps_bound_slice_t b;
        mps_obj_slice_indices(index, (size_t)n, &b);
        int64_t start = (int64_t)r->start + (int64_t)b.start * r->step;
        int64_t stop = (int64_t)r->start + (int64_t)b.stop * r->step;
        int64_t step = (int64_t)r->step * b.step;
        if (start > INT32_MAX || start < INT32_MIN || stop > INT32_MAX || stop < INT32_MIN ||
            step > INT32_MAX || step < INT32_MIN) {
            mps_raise_OverflowError("range too large");
        }
        return new_range((mps_int_t)start, (mps_int_t)stop, (mps_int_t)step);
    }
    mps_int_t i;
    if (MPS_OBJ_IS_SMALL_INT(index)) {
        i = MPS_OBJ_SMALL_INT_VALUE(index);
    } else if (!mps_obj_get_int_maybe(index, &i)) {
        mps_raise_TypeError("range indices must be integers or slices");
    }
    int64_t k = i < 0 ? (int64_t)i + n : i;
    if (k < 0 || k >= n) {
        mps_raise_IndexError("range index out of range");
    }
    return int_obj((int64_t)r->start + k * r->step);
}

static void range_attr(mps_obj_t o, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // read-only
    }
    mps_obj_range_t *r = range_ptr(o);
    if (attr == MPS_QSTR_start) {
        dest[0] = int_obj(r->start);
    } else if (attr == MPS_QSTR_stop) {
        dest[0] = int_obj(r->stop);
    } else if (attr == MPS_QSTR_step) {
        dest[0] = int_obj(r->step);
    }
}

static mps_obj_t range_count(mps_obj_t self, mps_obj_t x) {
    return MPS_OBJ_NEW_SMALL_INT(find(self, x) >= 0);
}
static MPS_DEFINE_FUN_2(range_count_obj, range_count);

static mps_obj_t range_index(mps_obj_t self, mps_obj_t x) {
    int64_t i = find(self, x);
    if (i < 0) {
        mps_raise_ValueError("object not in sequence");
    }
    return int_obj(i);
}
static MPS_DEFINE_FUN_2(range_index_obj, range_index);

static const mps_rom_map_elem_t range_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_count), MPS_ROM_PTR(&range_count_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_index), MPS_ROM_PTR(&range_index_obj) },
};

const mps_obj_type_t mps_type_range = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals = MPS_ROM_TABLE(range_locals_table),
};
