// SPDX-License-Identifier: MIT
// slice objects: what `a[i:j:k]` builds, and their resolution against a length.
#include "core/objslice.h"

#include "core/objfun.h"
#include "core/objint.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"

mps_obj_t mps_obj_new_slice(mps_obj_t start, mps_obj_t stop, mps_obj_t step) {
    mps_obj_slice_t *s = mps_obj_new(mps_obj_slice_t, MPS_TYPE_IDX_slice);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return MPS_OBJ_FROM_PTR(s);
}

// A slice bound as a 64-bit value; big ints clamp to a value beyond any length so that
// `s[:10**20]` works as in CPython.
static int64_t bound_value(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return MPS_OBJ_SMALL_INT_VALUE(o);
    }
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_int) && mps_obj_int_is_big(o)) {
        return mps_obj_int_sign(o) < 0 ? -((int64_t)1 << 40) : ((int64_t)1 << 40);
    }
    mps_int_t v;
    if (!mps_obj_get_int_maybe(o, &v)) {
        mps_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    return v;
}

// Clamps one bound as CPython's slice adjustment does.
static int64_t adjust(int64_t v, int64_t len, int64_t step) {
    if (v < 0) {
        v += len;
        if (v < 0) {
            v = step < 0 ? -1 : 0;
        }
    } else if (v >= len) {
        v = step < 0 ? len - 1 : len;
    }
    return v;
}

bool mps_obj_slice_indices(mps_obj_t slice, size_t len, mps_bound_slice_t *result) {
    const mps_obj_slice_t *s = MPS_OBJ_TO_PTR(slice);
    int64_t step = 1;
    if (s->step != mps_const_none) {
        step = bound_value(s->step);
        if (step == 0) {
            mps_raise_ValueError("slice step can't be zero");
        }
        // Steps beyond a 32-bit length select at most one item.
        if (step > MPS_SMALL_INT_MAX) {
            step = MPS_SMALL_INT_MAX;
        } else if (step < -MPS_SMALL_INT_MAX) {
            step = -MPS_SMALL_INT_MAX;
        }
    }
    int64_t n = (int64_t)len;
    int64_t start = s->start == mps_const_none ? (step < 0 ? n - 1 : 0) : adjust(bound_value(s->start), n, step);
    int64_t stop = s->stop == mps_const_none ? (step < 0 ? -1 : n) : adjust(bound_value(s->stop), n, step);
    result->start = (mps_int_t)start;
    result->stop = (mps_int_t)stop;
    result->step = (mps_int_t)step;
    return step == 1;
}

static void slice_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    const mps_obj_slice_t *s = MPS_OBJ_TO_PTR(o);
    mps_printf(print, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static mps_obj_t slice_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 3, false);
    if (n_args == 1) {
        return mps_obj_new_slice(mps_const_none, args[0], mps_const_none);
    }
    return mps_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : mps_const_none);
}

static void slice_attr(mps_obj_t o, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // read-only
    }
    const mps_obj_slice_t *s = MPS_OBJ_TO_PTR(o);
    if (attr == MPS_QSTR_start) {
        dest[0] = s->start;
    } else if (attr == MPS_QSTR_stop) {
        dest[0] = s->stop;
    } else if (attr == MPS_QSTR_step) {
        dest[0] = s->step;
    }
}

static mps_obj_t slice_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op != MPS_BINARY_OP_EQUAL || !mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_slice)) {
        return MPS_OBJ_NULL;
    }
    const mps_obj_slice_t *a = MPS_OBJ_TO_PTR(lhs);
    const mps_obj_slice_t *b = MPS_OBJ_TO_PTR(rhs);
    return mps_obj_new_bool(mps_obj_equal(a->start, b->start) && mps_obj_equal(a->stop, b->stop) &&
                            mps_obj_equal(a->step, b->step));
}

static mps_obj_t slice_indices(mps_obj_t self, mps_obj_t length) {
    mps_int_t len = mps_obj_get_int(length);
    if (len < 0) {
        mps_raise_ValueError("length should not be negative");
    }
    mps_bound_slice_t b;
    mps_obj_slice_indices(self, (size_t)len, &b);
    mps_obj_t items[3] = {MPS_OBJ_NEW_SMALL_INT(b.start), MPS_OBJ_NEW_SMALL_INT(b.stop),
                          MPS_OBJ_NEW_SMALL_INT(b.step)};
    return mps_obj_new_tuple(3, items);
}
static MPS_DEFINE_FUN_2(slice_indices_obj, slice_indices);

static const mps_rom_map_elem_t slice_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_indices), MPS_ROM_PTR(&slice_indices_obj) },
};

const mps_obj_type_t mps_type_slice = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals = slice_locals_table,
    .n_locals = 1,
};
