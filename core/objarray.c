// SPDX-License-Identifier: MIT
// array.array: a typed, growable vector of packed numbers with the buffer protocol, and
// the array module.

#include "core/objarray.h"

#include <string.h>

#include "core/binary.h"
#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

// Items are appended into spare room allocated in steps of this many items.
#define GROW_STEP (8)

static const char typecodes[] = "bBhHiIlLqQfdPOS";

static bool is_typecode(int tc) {
    return tc != 0 && strchr(typecodes, tc) != NULL;
}

static size_t item_size(const mps_obj_array_t *a) {
    return mps_binary_get_size((char)a->typecode, NULL);
}

static void *items(const mps_obj_array_t *a) {
    return MPS_PTR(void, a->items);
}

mps_obj_array_t *mps_obj_array_native(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(mps_seq_unwrap(o));
}

mps_obj_t mps_obj_new_array(char typecode, size_t n) {
    mps_obj_array_t *a = mps_obj_new(mps_obj_array_t, MPS_TYPE_IDX_array);
    a->typecode = (uint8_t)typecode;
    a->len = (mps_uint_t)n;
    size_t bytes = n * mps_binary_get_size(typecode, NULL);
    a->items = bytes ? MPS_REF(mps_mem_alloc(bytes)) : 0;
    return MPS_OBJ_FROM_PTR(a);
}

// Makes room for [extra] more items at the end.
static void ensure_room(mps_obj_array_t *a, size_t extra) {
    if (extra <= a->free) {
        return;
    }
    size_t sz = item_size(a);
    size_t alloc = a->len + extra + GROW_STEP;
    a->items = MPS_REF(mps_mem_realloc(items(a), alloc * sz));
    a->free = (mps_uint_t)(alloc - a->len);
}

static void append_value(mps_obj_array_t *a, mps_obj_t value) {
    ensure_room(a, 1);
    mps_binary_set_item((char)a->typecode, items(a), a->len, value);
    a->len++;
    a->free--;
}

static void extend_from(mps_obj_array_t *a, mps_obj_t iterable) {
    mps_buffer_info_t buf;
    if (!mps_obj_is_type_idx(mps_seq_unwrap(iterable), MPS_TYPE_IDX_array) && !mps_obj_is_str(iterable) &&
        mps_get_buffer(iterable, &buf, MPS_BUFFER_READ)) {
        // bytes and bytearray are taken as raw bytes (byte-order neutral, as in
        // MicroPython); another array is converted item by item.
        size_t sz = item_size(a);
        size_t n = buf.len / sz;
        ensure_room(a, n);
        memcpy((uint8_t *)items(a) + a->len * sz, buf.buf, n * sz);
        a->len += (mps_uint_t)n;
        a->free -= (mps_uint_t)n;
        return;
    }
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(iterable, &iter_buf);
    for (mps_obj_t v; (v = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        append_value(a, v);
    }
}

static mps_obj_t array_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 2, false);
    size_t len;
    const char *tc = mps_obj_str_get_data(args[0], &len);
    if (len != 1 || !is_typecode(tc[0])) {
        mps_raise_ValueError("bad typecode");
    }
    mps_obj_t o = mps_obj_new_array(tc[0], 0);
    if (n_args == 2) {
        extend_from(MPS_OBJ_TO_PTR(o), args[1]);
    }
    return o;
}

static void array_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_array_t *a = mps_obj_array_native(o);
    mps_printf(print, "array('%c'", a->typecode);
    if (a->len > 0) {
        mps_print_str(print, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i > 0) {
                mps_print_str(print, ", ");
            }
            mps_obj_print(print, mps_binary_get_item((char)a->typecode, items(a), i), MPS_PRINT_REPR);
        }
        mps_print_str(print, "]");
    }
    mps_print_str(print, ")");
}

static mps_obj_t array_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_array_t *a = mps_obj_array_native(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_obj_new_bool(a->len != 0);
        case MPS_UNARY_OP_LEN:
            return MPS_OBJ_NEW_SMALL_INT(a->len);
        default:
            return MPS_OBJ_NULL;
    }
}

// Arrays compare as bytes, which is only meaningful between the same integer
// typecode, signed or not (b with B ...); MicroPython raises NotImplementedError for
// any other pair, float arrays included.
static bool comparable(char a, char b) {
    if (a == 'f' || a == 'd' || b == 'f' || b == 'd') {
        return false;
    }
    if (a == b) {
        return true;
    }
    return strchr("bhilq", a | 0x20) != NULL && (a | 0x20) == (b | 0x20);
}

static mps_obj_t array_binary_op(mps_binary_op_t op, mps_obj_t lhs_in, mps_obj_t rhs) {
    mps_obj_array_t *lhs = mps_obj_array_native(lhs_in);
    switch (op) {
        case MPS_BINARY_OP_ADD: {
            mps_buffer_info_t b;
            if (!mps_get_buffer(rhs, &b, MPS_BUFFER_READ)) {
                return MPS_OBJ_NULL;
            }
            size_t sz = item_size(lhs);
            size_t n = b.len / sz;
            mps_obj_t res = mps_obj_new_array((char)lhs->typecode, lhs->len + n);
            mps_obj_array_t *r = MPS_OBJ_TO_PTR(res);
            memcpy(items(r), items(lhs), lhs->len * sz);
            memcpy((uint8_t *)items(r) + lhs->len * sz, b.buf, n * sz);
            return res;
        }
        case MPS_BINARY_OP_INPLACE_ADD:
            extend_from(lhs, rhs);
            return lhs_in;
        case MPS_BINARY_OP_CONTAINS: {
            mps_buffer_info_t b;
            if (mps_obj_is_int(rhs) || mps_obj_is_float(rhs)) {
                // A number: is it one of the items?
                for (size_t i = 0; i < lhs->len; i++) {
                    if (mps_obj_equal(mps_binary_get_item((char)lhs->typecode, items(lhs), i), rhs)) {
                        return mps_const_true;
                    }
                }
                return mps_const_false;
            }
            // A buffer (not a str): is it a run of the array's bytes?
            if (mps_obj_is_str(rhs) || !mps_get_buffer(rhs, &b, MPS_BUFFER_READ)) {
                return mps_const_false;
            }
            size_t len = lhs->len * item_size(lhs);
            const uint8_t *hay = items(lhs);
            if (b.len == 0) {
                return mps_const_true;
            }
            for (size_t i = 0; i + b.len <= len; i++) {
                if (memcmp(hay + i, b.buf, b.len) == 0) {
                    return mps_const_true;
                }
            }
            return mps_const_false;
        }
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
        case MPS_BINARY_OP_LESS:
        case MPS_BINARY_OP_LESS_EQUAL:
        case MPS_BINARY_OP_MORE:
        case MPS_BINARY_OP_MORE_EQUAL: {
            mps_obj_t r = mps_seq_unwrap(rhs);
            if (!mps_obj_is_type_idx(r, MPS_TYPE_IDX_array)) {
                // As in CPython, an array equals only another array.
                return op == MPS_BINARY_OP_EQUAL ? mps_const_false
                       : op == MPS_BINARY_OP_NOT_EQUAL ? mps_const_true
                                                        : MPS_OBJ_NULL;
            }
            mps_obj_array_t *ra = MPS_OBJ_TO_PTR(r);
            if (!comparable((char)lhs->typecode, (char)ra->typecode)) {
                mps_raise_NotImplementedError("");
            }
            // Item by item, then by length, as sequences compare.
            size_t n = lhs->len < ra->len ? lhs->len : ra->len;
            for (size_t i = 0; i < n; i++) {
                mps_obj_t x = mps_binary_get_item((char)lhs->typecode, items(lhs), i);
                mps_obj_t y = mps_binary_get_item((char)ra->typecode, items(ra), i);
                if (!mps_obj_equal(x, y)) {
                    if (op == MPS_BINARY_OP_EQUAL || op == MPS_BINARY_OP_NOT_EQUAL) {
                        return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
                    }
                    return mps_binary_op(op, x, y);
                }
            }
            // All shared items equal: the shorter array is the smaller.
            return mps_binary_op(op, MPS_OBJ_NEW_SMALL_INT(lhs->len), MPS_OBJ_NEW_SMALL_INT(ra->len));
        }
        default:
            return MPS_OBJ_NULL;
    }
}

static mps_obj_t array_subscr(mps_obj_t o, mps_obj_t index, mps_obj_t value) {
    mps_obj_array_t *a = mps_obj_array_native(o);
    if (value == MPS_OBJ_NULL) {
        mps_raise_TypeError("'array' object doesn't support item deletion");
    }
    size_t sz = item_size(a);
    if (mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice)) {
        mps_bound_slice_t s;
        size_t n = mps_seq_get_slice(a->len, index, &s);
        if (value == MPS_OBJ_SENTINEL) {
            mps_obj_t res = mps_obj_new_array((char)a->typecode, n);
            mps_seq_slice_copy(items(a), sz, &s, items(MPS_OBJ_TO_PTR(res)));
            return res;
        }
        // Slice assignment from any buffer: in place when the length is unchanged, so
        // `arr[0:4] = buf` allocates nothing.
        mps_buffer_info_t b;
        mps_get_buffer_raise(value, &b, MPS_BUFFER_READ);
        size_t n_new = b.len / sz;
        if (s.step != 1) {
            if (n_new != n) {
                mps_raise_ValueError("attempt to assign sequence of wrong size to extended slice");
            }
            for (size_t i = 0; i < n; i++) {
                memcpy((uint8_t *)items(a) + (size_t)(s.start + (mps_int_t)i * s.step) * sz,
                       (const uint8_t *)b.buf + i * sz, sz);
            }
            return mps_const_none;
        }
        size_t start = (size_t)s.start;
        if (n_new > n) {
            ensure_room(a, n_new - n);
        }
        uint8_t *base = items(a);
        memmove(base + (start + n_new) * sz, base + (start + n) * sz, (a->len - start - n) * sz);
        memcpy(base + start * sz, b.buf, n_new * sz);
        a->free += (mps_uint_t)n;
        a->free -= (mps_uint_t)n_new;
        a->len = (mps_uint_t)(a->len - n + n_new);
        return mps_const_none;
    }
    mps_int_t i;
    if (!mps_obj_get_int_maybe(index, &i)) {
        mps_raise_TypeError("array indices must be integers");
    }
    if (i < 0) {
        i += (mps_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        mps_raise_IndexError("array index out of range");
    }
    if (value == MPS_OBJ_SENTINEL) {
        return mps_binary_get_item((char)a->typecode, items(a), (size_t)i);
    }
    mps_binary_set_item((char)a->typecode, items(a), (size_t)i, value);
    return mps_const_none;
}

static int array_buffer(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags) {
    mps_obj_array_t *a = mps_obj_array_native(o);
    bufinfo->buf = items(a);
    bufinfo->len = a->len * item_size(a);
    bufinfo->typecode = a->typecode;
    return 0;
}

// The iterator: the array and the next index, in the caller's iter_buf when given.
typedef struct {
    mps_obj_base_t base;
    mps_obj_t array;
    mps_uint_t index;
} array_iter_t;

static mps_obj_t array_iter_next(mps_obj_t self) {
    array_iter_t *it = MPS_OBJ_TO_PTR(self);
    mps_obj_array_t *a = mps_obj_array_native(it->array);
    if (it->index >= a->len) {
        return MPS_OBJ_STOP_ITERATION;
    }
    return mps_binary_get_item((char)a->typecode, items(a), it->index++);
}

static mps_obj_t array_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    array_iter_t *it = iter_buf != NULL ? (array_iter_t *)iter_buf : mps_obj_new(array_iter_t, MPS_TYPE_IDX_array_iter);
    it->base.type = MPS_TYPE_IDX_array_iter;
    it->array = o;
    it->index = 0;
    return MPS_OBJ_FROM_PTR(it);
}

static mps_obj_t array_append(mps_obj_t self, mps_obj_t value) {
    append_value(mps_obj_array_native(self), value);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(array_append_obj, array_append);

static mps_obj_t array_extend(mps_obj_t self, mps_obj_t iterable) {
    extend_from(mps_obj_array_native(self), iterable);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(array_extend_obj, array_extend);

static const mps_rom_map_elem_t array_locals[] = {
    {MPS_ROM_QSTR(MPS_QSTR_append), MPS_ROM_PTR(&array_append_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_extend), MPS_ROM_PTR(&array_extend_obj)},
};

const mps_obj_type_t mps_type_array = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_buffer,
    .locals = array_locals,
    .n_locals = sizeof(array_locals) / sizeof(array_locals[0]),
};

const mps_obj_type_t mps_type_array_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_iterator,
    .iternext = array_iter_next,
};

static const mps_rom_map_elem_t array_module_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_array)},
    {MPS_ROM_QSTR(MPS_QSTR_array), MPS_ROM_PTR(&mps_type_array)},
};

static const mps_module_def_t array_module_def = {
    .name = MPS_QSTR_array,
    .globals = array_module_globals,
    .n_globals = sizeof(array_module_globals) / sizeof(array_module_globals[0]),
};

const mps_obj_module_t mps_module_array = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &array_module_def,
};
