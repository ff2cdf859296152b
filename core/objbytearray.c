// SPDX-License-Identifier: MIT
// bytearray: a mutable bytes. The header and the data are separate allocations (as in
// MicroPython) so the object stays where it is while its data grows.
#include "core/objstr.h"

#include <stdio.h>
#include <string.h>

#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objslice.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

static mps_obj_bytearray_t *self_of(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static uint8_t *items_of(const mps_obj_bytearray_t *b) {
    return MPS_PTR(uint8_t, b->items);
}

mps_obj_t mps_obj_new_bytearray(size_t len, const void *items) {
    mps_obj_bytearray_t *b = mps_obj_new(mps_obj_bytearray_t, MPS_TYPE_IDX_bytearray);
    b->alloc = 0;
    b->len = 0;
    b->items = 0;
    if (len > 0) {
        // Exactly [len] bytes: bytearray(100) is 16 + 112 bytes, as on the device.
        uint8_t *data = mps_mem_alloc(len);
        if (items != NULL) {
            memcpy(data, items, len);
        }
        b->items = MPS_REF(data);
        b->alloc = (mps_uint_t)len;
        b->len = (mps_uint_t)len;
    }
    return MPS_OBJ_FROM_PTR(b);
}

mps_obj_t mps_obj_new_bytearray_by_ref(size_t len, void *items) {
    mps_obj_bytearray_t *b = mps_obj_new(mps_obj_bytearray_t, MPS_TYPE_IDX_bytearray);
    b->alloc = 0; // borrowed: copied to the heap before it is resized
    b->len = (mps_uint_t)len;
    b->items = MPS_REF(items);
    return MPS_OBJ_FROM_PTR(b);
}

// Makes room for [n] bytes in total (len unchanged). [exact] asks for no spare room.
static void reserve(mps_obj_bytearray_t *b, size_t n, bool exact) {
    if (n <= b->alloc) {
        return;
    }
    size_t want = exact ? n : n + (n >> 2) + 8;
    if (b->alloc == 0 && b->items != 0) {
        uint8_t *data = mps_mem_alloc(want);
        memcpy(data, items_of(b), b->len);
        b->items = MPS_REF(data);
    } else {
        b->items = MPS_REF(mps_mem_realloc(b->items ? items_of(b) : NULL, want));
    }
    b->alloc = (mps_uint_t)want;
}

// Replaces bytes [start, stop) with [n] bytes from [src] (which may lie inside [b]).
static void splice(mps_obj_bytearray_t *b, size_t start, size_t stop, const uint8_t *src, size_t n) {
    size_t old = stop - start;
    size_t new_len = b->len - old + n;
    uint8_t tmp[64];
    uint8_t *copy = NULL;
    if (n > 0 && b->items != 0 && src >= items_of(b) && src < items_of(b) + b->alloc) {
        // The source is our own data (a[1:3] = a): copy it before moving anything.
        copy = n <= sizeof(tmp) ? tmp : mps_mem_alloc(n);
        memcpy(copy, src, n);
        src = copy;
    }
    reserve(b, new_len, false);
    uint8_t *d = items_of(b);
    if (b->len > stop) { // an empty bytearray has no data: no NULL to memmove
        memmove(d + start + n, d + stop, b->len - stop);
    }
    if (n > 0) {
        memcpy(d + start, src, n);
    }
    b->len = (mps_uint_t)new_len;
    if (copy != NULL && copy != tmp) {
        mps_mem_free(copy);
    }
}

static uint8_t byte_value(mps_obj_t o) {
    mps_int_t v = mps_obj_get_int(o);
    if (v < 0 || v > 255) {
        mps_raise_ValueError("bytes value out of range");
    }
    return (uint8_t)v;
}

// --- construction and printing ------------------------------------------------------------

static mps_obj_t bytearray_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                    const mps_obj_t *args) {
    if (n_kw == 0 && n_args == 0) {
        return mps_obj_new_bytearray(0, NULL);
    }
    if (n_kw == 0 && n_args == 1 && MPS_OBJ_IS_SMALL_INT(args[0])) {
        mps_int_t n = MPS_OBJ_SMALL_INT_VALUE(args[0]);
        if (n < 0) {
            mps_raise_ValueError("negative count");
        }
        return mps_obj_new_bytearray((size_t)n, NULL);
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mps_obj_bytes_fill_from_args(&vstr, n_args, n_kw, args);
    // Take the vstr's buffer, trimmed to the data.
    mps_obj_bytearray_t *b = mps_obj_new(mps_obj_bytearray_t, MPS_TYPE_IDX_bytearray);
    b->len = (mps_uint_t)vstr.len;
    if (vstr.len == 0) {
        vstr_clear(&vstr);
        b->alloc = 0;
        b->items = 0;
    } else {
        b->items = MPS_REF(mps_mem_realloc(vstr.buf, vstr.len));
        b->alloc = (mps_uint_t)vstr.len;
    }
    return MPS_OBJ_FROM_PTR(b);
}

static void bytearray_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_bytearray_t *b = self_of(o);
    mps_print_str(print, "bytearray(");
    mps_str_print_quoted(print, b->items ? (const char *)items_of(b) : "", b->len, true);
    mps_print_str(print, ")");
}

// --- operators ------------------------------------------------------------------------------

// Appends every byte of [arg] (a buffer or an iterable of ints) to [b].
static void extend_from(mps_obj_bytearray_t *b, mps_obj_t arg) {
    mps_buffer_info_t bi;
    if (!mps_obj_is_str(arg) && mps_get_buffer(arg, &bi, MPS_BUFFER_READ)) {
        splice(b, b->len, b->len, bi.buf, bi.len);
        return;
    }
    if (mps_obj_is_str(arg)) {
        mps_raise_TypeError("can't extend bytearray with str");
    }
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(arg, &iter_buf);
    mps_obj_t item;
    while ((item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
        uint8_t v = byte_value(item);
        reserve(b, b->len + 1, false);
        items_of(b)[b->len++] = v;
    }
}

static mps_obj_t bytearray_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op == MPS_BINARY_OP_INPLACE_ADD && mps_obj_is_type_idx(lhs, MPS_TYPE_IDX_bytearray)) {
        mps_buffer_info_t bi;
        if (mps_obj_is_str(rhs) || !mps_get_buffer(rhs, &bi, MPS_BUFFER_READ)) {
            return MPS_OBJ_NULL;
        }
        mps_obj_bytearray_t *b = self_of(lhs);
        splice(b, b->len, b->len, bi.buf, bi.len);
        return lhs;
    }
    return mps_obj_bytes_binary_op(op, lhs, rhs);
}

static mps_obj_t bytearray_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_bytearray_t *b = self_of(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_obj_new_bool(b->len != 0);
        case MPS_UNARY_OP_LEN:
            return MPS_OBJ_NEW_SMALL_INT(b->len);
        case MPS_UNARY_OP_HASH:
            mps_raise_TypeError("unsupported type for __hash__: 'bytearray'");
        default:
            return MPS_OBJ_NULL;
    }
}

// --- indexing --------------------------------------------------------------------------------

static size_t index_of(mps_obj_bytearray_t *b, mps_obj_t index) {
    mps_int_t i;
    if (!mps_obj_get_int_maybe(index, &i)) {
        mps_raise_msg_varg(&mps_type_TypeError, "bytearray indices must be integers, not %s",
                           mps_obj_get_type_str(index));
    }
    if (i < 0) {
        i += (mps_int_t)b->len;
    }
    if (i < 0 || (mps_uint_t)i >= b->len) {
        mps_raise_IndexError("bytearray index out of range");
    }
    return (size_t)i;
}

// Deletes the items a slice selects (any step).
static void delete_slice(mps_obj_bytearray_t *b, const mps_bound_slice_t *s) {
    size_t count = mps_seq_slice_len(s);
    if (count == 0) {
        return;
    }
    if (s->step == 1) {
        splice(b, (size_t)s->start, (size_t)s->stop, NULL, 0);
        return;
    }
    // Walk upwards over the selected positions and compact the rest.
    mps_int_t step = s->step > 0 ? s->step : -s->step;
    mps_int_t first = s->step > 0 ? s->start : s->start + s->step * (mps_int_t)(count - 1);
    uint8_t *d = items_of(b);
    size_t w = (size_t)first;
    for (size_t r = (size_t)first; r < b->len; ++r) {
        mps_int_t off = (mps_int_t)r - first;
        bool selected = off % step == 0 && (size_t)(off / step) < count;
        if (!selected) {
            d[w++] = d[r];
        }
    }
    b->len = (mps_uint_t)w;
}

static void assign_slice(mps_obj_bytearray_t *b, mps_obj_t index, mps_obj_t value) {
    mps_bound_slice_t s;
    bool unit = mps_obj_slice_indices(index, b->len, &s);
    // The new bytes: any buffer, or an iterable of ints.
    mps_buffer_info_t bi;
    mps_obj_t src = value;
    if (mps_obj_is_str(value)) {
        mps_raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    if (!mps_get_buffer(value, &bi, MPS_BUFFER_READ)) {
        src = mps_obj_new_bytearray(0, NULL);
        extend_from(self_of(src), value);
        mps_get_buffer_raise(src, &bi, MPS_BUFFER_READ);
    }
    if (unit) {
        size_t stop = s.stop < s.start ? (size_t)s.start : (size_t)s.stop;
        splice(b, (size_t)s.start, stop, bi.buf, bi.len);
        return;
    }
    size_t count = mps_seq_slice_len(&s);
    if (bi.len == 0) {
        delete_slice(b, &s); // as CPython: b[::2] = b'' deletes
        return;
    }
    if (count != bi.len) {
        char msg[96];
        snprintf(msg, sizeof(msg), "attempt to assign bytes of size %u to extended slice of size %u",
                 (unsigned)bi.len, (unsigned)count);
        mps_raise_msg_varg(&mps_type_ValueError, "%s", msg);
    }
    const uint8_t *in = bi.buf;
    uint8_t *d = items_of(b);
    for (size_t i = 0; i < count; ++i) {
        d[s.start + (mps_int_t)i * s.step] = in[i];
    }
    (void)src;
}

static mps_obj_t bytearray_subscr(mps_obj_t o, mps_obj_t index, mps_obj_t value) {
    mps_obj_bytearray_t *b = self_of(o);
    bool is_slice = mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice);
    if (value == MPS_OBJ_SENTINEL) {
        if (!is_slice) {
            return MPS_OBJ_NEW_SMALL_INT(items_of(b)[index_of(b, index)]);
        }
        return mps_obj_str_subscr_load(o, index);
    }
    if (value == MPS_OBJ_NULL) {
        if (is_slice) {
            mps_bound_slice_t s;
            mps_obj_slice_indices(index, b->len, &s);
            delete_slice(b, &s);
        } else {
            size_t i = index_of(b, index);
            splice(b, i, i + 1, NULL, 0);
        }
        return mps_const_none;
    }
    if (is_slice) {
        assign_slice(b, index, value);
    } else {
        size_t i = index_of(b, index);
        items_of(b)[i] = byte_value(value);
    }
    return mps_const_none;
}

static int bytearray_get_buffer(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags) {
    mps_obj_bytearray_t *b = self_of(o);
    bufinfo->buf = b->items ? items_of(b) : (void *)"";
    bufinfo->len = b->len;
    bufinfo->typecode = 'B';
    return 0;
}

// --- methods --------------------------------------------------------------------------------

static mps_obj_t bytearray_append(mps_obj_t self, mps_obj_t item) {
    mps_obj_bytearray_t *b = self_of(self);
    uint8_t v = byte_value(item);
    reserve(b, b->len + 1, false);
    items_of(b)[b->len++] = v;
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(bytearray_append_obj, bytearray_append);

static mps_obj_t bytearray_extend(mps_obj_t self, mps_obj_t arg) {
    extend_from(self_of(self), arg);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(bytearray_extend_obj, bytearray_extend);

static mps_obj_t bytearray_pop(size_t n_args, const mps_obj_t *args) {
    mps_obj_bytearray_t *b = self_of(args[0]);
    if (b->len == 0) {
        mps_raise_IndexError("pop from empty bytearray");
    }
    size_t i = b->len - 1;
    if (n_args > 1) {
        mps_int_t v = mps_obj_get_int(args[1]);
        if (v < 0) {
            v += (mps_int_t)b->len;
        }
        if (v < 0 || (mps_uint_t)v >= b->len) {
            mps_raise_IndexError("pop index out of range");
        }
        i = (size_t)v;
    }
    uint8_t v = items_of(b)[i];
    splice(b, i, i + 1, NULL, 0);
    return MPS_OBJ_NEW_SMALL_INT(v);
}
static MPS_DEFINE_FUN_VAR(bytearray_pop_obj, 1, 2, bytearray_pop);

static mps_obj_t bytearray_insert(mps_obj_t self, mps_obj_t index, mps_obj_t item) {
    mps_obj_bytearray_t *b = self_of(self);
    mps_int_t i = mps_obj_get_int(index);
    if (i < 0) {
        i += (mps_int_t)b->len;
        if (i < 0) {
            i = 0;
        }
    } else if ((mps_uint_t)i > b->len) {
        i = (mps_int_t)b->len;
    }
    uint8_t v = byte_value(item);
    splice(b, (size_t)i, (size_t)i, &v, 1);
    return mps_const_none;
}
static MPS_DEFINE_FUN_3(bytearray_insert_obj, bytearray_insert);

static mps_obj_t bytearray_remove(mps_obj_t self, mps_obj_t item) {
    mps_obj_bytearray_t *b = self_of(self);
    uint8_t v = byte_value(item);
    uint8_t *p = b->len ? memchr(items_of(b), v, b->len) : NULL;
    if (p == NULL) {
        mps_raise_ValueError("value not found in bytearray");
    }
    size_t i = (size_t)(p - items_of(b));
    splice(b, i, i + 1, NULL, 0);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(bytearray_remove_obj, bytearray_remove);

static mps_obj_t bytearray_reverse(mps_obj_t self) {
    mps_obj_bytearray_t *b = self_of(self);
    uint8_t *d = items_of(b);
    for (size_t i = 0, j = b->len; i + 1 < j; ++i, --j) {
        uint8_t t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(bytearray_reverse_obj, bytearray_reverse);

static mps_obj_t bytearray_copy(mps_obj_t self) {
    mps_obj_bytearray_t *b = self_of(self);
    return mps_obj_new_bytearray(b->len, b->items ? items_of(b) : NULL);
}
static MPS_DEFINE_FUN_1(bytearray_copy_obj, bytearray_copy);

static mps_obj_t bytearray_clear(mps_obj_t self) {
    mps_obj_bytearray_t *b = self_of(self);
    b->len = 0;
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(bytearray_clear_obj, bytearray_clear);

#define METHOD_ENTRY(name) {MPS_ROM_QSTR(MPS_QSTR_##name), MPS_ROM_PTR(&mps_str_##name##_obj)},

static const mps_rom_map_elem_t bytearray_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_append), MPS_ROM_PTR(&bytearray_append_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_extend), MPS_ROM_PTR(&bytearray_extend_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_pop), MPS_ROM_PTR(&bytearray_pop_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_insert), MPS_ROM_PTR(&bytearray_insert_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_remove), MPS_ROM_PTR(&bytearray_remove_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_reverse), MPS_ROM_PTR(&bytearray_reverse_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_copy), MPS_ROM_PTR(&bytearray_copy_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_clear), MPS_ROM_PTR(&bytearray_clear_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_fromhex), MPS_ROM_PTR(&mps_str_fromhex_obj)},
    MPS_STR_TEXT_METHODS(METHOD_ENTRY)
    MPS_STR_BYTES_METHODS(METHOD_ENTRY)
};

const mps_obj_type_t mps_type_bytearray = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_bytearray,
    .print = bytearray_print,
    .make_new = bytearray_make_new,
    .unary_op = bytearray_unary_op,
    .binary_op = bytearray_binary_op,
    .subscr = bytearray_subscr,
    .getiter = mps_obj_bytes_getiter,
    .buffer = bytearray_get_buffer,
    .locals = bytearray_locals_table,
    .n_locals = sizeof(bytearray_locals_table) / sizeof(bytearray_locals_table[0]),
};
