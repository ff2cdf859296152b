// SPDX-License-Identifier: MIT
// memoryview: a window onto another object's buffer. Slicing makes a new view of the
// same memory (one 16-byte block), never a copy.
#include "core/objstr.h"

#include <string.h>

#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objslice.h"
#include "core/print.h"
#include "core/runtime.h"

// Bytes of one item of struct typecode [tc].
static size_t item_size(int tc) {
    switch (tc) {
        case 'h': case 'H': return 2;
        case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
        case 'q': case 'Q': case 'd': return 8;
        default: return 1;
    }
}

mps_obj_t mps_obj_new_memoryview(int typecode, size_t len, void *items, bool readonly) {
    mps_obj_memoryview_t *mv = mps_obj_new(mps_obj_memoryview_t, MPS_TYPE_IDX_memoryview);
    mv->typecode = (uint8_t)typecode;
    mv->readonly = readonly;
    mv->pad = 0;
    mv->len = (mps_uint_t)len;
    // The address of the data keeps its heap block alive (the GC sees interior pointers).
    mv->items = MPS_REF(items);
    return MPS_OBJ_FROM_PTR(mv);
}

static mps_obj_t memoryview_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                     const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 1, false);
    mps_buffer_info_t bi;
    bool readonly = false;
    if (!mps_get_buffer(args[0], &bi, MPS_BUFFER_RW)) {
        if (!mps_get_buffer(args[0], &bi, MPS_BUFFER_READ)) {
            mps_raise_TypeError("object with buffer protocol required");
        }
        readonly = true;
    }
    int tc = bi.typecode ? bi.typecode : 'B';
    return mps_obj_new_memoryview(tc, bi.len / item_size(tc), bi.buf, readonly);
}

static mps_obj_memoryview_t *self_of(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static uint8_t *item_ptr(const mps_obj_memoryview_t *mv, size_t i) {
    return MPS_PTR(uint8_t, mv->items) + i * item_size(mv->typecode);
}

static mps_obj_t get_item(const mps_obj_memoryview_t *mv, size_t i) {
    const uint8_t *p = item_ptr(mv, i);
    switch (mv->typecode) {
        case 'b': return MPS_OBJ_NEW_SMALL_INT(*(const int8_t *)p);
        case 'h': { int16_t v; memcpy(&v, p, 2); return MPS_OBJ_NEW_SMALL_INT(v); }
        case 'H': { uint16_t v; memcpy(&v, p, 2); return MPS_OBJ_NEW_SMALL_INT(v); }
        case 'i': case 'l': { int32_t v; memcpy(&v, p, 4); return mps_obj_new_int(v); }
        case 'I': case 'L': { uint32_t v; memcpy(&v, p, 4); return mps_obj_new_int_from_uint(v); }
        case 'q': { int64_t v; memcpy(&v, p, 8); return mps_obj_new_int_from_ll(v); }
        case 'Q': { uint64_t v; memcpy(&v, p, 8); return mps_obj_new_int_from_ull(v); }
        case 'f': { float v; memcpy(&v, p, 4); return mps_obj_new_float(v); }
        case 'd': { double v; memcpy(&v, p, 8); return mps_obj_new_float(v); }
        default: return MPS_OBJ_NEW_SMALL_INT(*p);
    }
}

static void set_item(mps_obj_memoryview_t *mv, size_t i, mps_obj_t value) {
    uint8_t *p = item_ptr(mv, i);
    switch (mv->typecode) {
        case 'f': { float v = (float)mps_obj_get_float(value); memcpy(p, &v, 4); return; }
        case 'd': { double v = mps_obj_get_float(value); memcpy(p, &v, 8); return; }
        default: break;
    }
    size_t n = item_size(mv->typecode);
    if (n == 1 && mv->typecode != 'b') {
        mps_int_t v = mps_obj_get_int(value);
        if (v < 0 || v > 255) {
            mps_raise_ValueError("memoryview: invalid value for format 'B'");
        }
        *p = (uint8_t)v;
        return;
    }
    // Little-endian, truncated to the item size, as a C store would do.
    uint8_t buf[8];
    if (n == 8) {
        mps_obj_int_to_bytes(value, false, 8, buf);
    } else {
        mps_uint_t v = mps_obj_int_get_truncated(value);
        for (size_t k = 0; k < n; ++k) {
            buf[k] = (uint8_t)(v >> (8 * k));
        }
    }
    memcpy(p, buf, n);
}

static size_t index_of(const mps_obj_memoryview_t *mv, mps_obj_t index) {
    mps_int_t i;
    if (!mps_obj_get_int_maybe(index, &i)) {
        mps_raise_msg_varg(&mps_type_TypeError, "memoryview indices must be integers, not %s",
                           mps_obj_get_type_str(index));
    }
    if (i < 0) {
        i += (mps_int_t)mv->len;
    }
    if (i < 0 || (mps_uint_t)i >= mv->len) {
        mps_raise_IndexError("memoryview index out of range");
    }
    return (size_t)i;
}

// Resolves a slice (step 1 only, as in MicroPython) to [start, stop).
static void unit_slice(const mps_obj_memoryview_t *mv, mps_obj_t index, size_t *start, size_t *stop) {
    mps_bound_slice_t s;
    if (!mps_obj_slice_indices(index, mv->len, &s)) {
        mps_raise_NotImplementedError("only slices with step=1 (aka None) are supported");
    }
    *start = (size_t)s.start;
    *stop = s.stop < s.start ? (size_t)s.start : (size_t)s.stop;
}

static mps_obj_t memoryview_subscr(mps_obj_t o, mps_obj_t index, mps_obj_t value) {
    mps_obj_memoryview_t *mv = self_of(o);
    bool is_slice = mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice);
    if (value == MPS_OBJ_SENTINEL) {
        if (!is_slice) {
            return get_item(mv, index_of(mv, index));
        }
        size_t start, stop;
        unit_slice(mv, index, &start, &stop);
        return mps_obj_new_memoryview(mv->typecode, stop - start, item_ptr(mv, start), mv->readonly);
    }
    if (value == MPS_OBJ_NULL) {
        mps_raise_TypeError("cannot delete memory");
    }
    if (mv->readonly) {
        mps_raise_TypeError("cannot modify read-only memory");
    }
    if (!is_slice) {
        set_item(mv, index_of(mv, index), value);
        return mps_const_none;
    }
    size_t start, stop;
    unit_slice(mv, index, &start, &stop);
    mps_buffer_info_t bi;
    mps_get_buffer_raise(value, &bi, MPS_BUFFER_READ);
    size_t n = (stop - start) * item_size(mv->typecode);
    if (bi.len != n || item_size(bi.typecode ? bi.typecode : 'B') != item_size(mv->typecode)) {
        mps_raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
    }
    memmove(item_ptr(mv, start), bi.buf, n); // the source may overlap (m[1:] = m[:-1])
    return mps_const_none;
}

static mps_obj_t memoryview_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_memoryview_t *mv = self_of(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_obj_new_bool(mv->len != 0);
        case MPS_UNARY_OP_LEN:
            return MPS_OBJ_NEW_SMALL_INT(mv->len);
        case MPS_UNARY_OP_HASH:
            mps_raise_TypeError("unsupported type for __hash__: 'memoryview'");
        default:
            return MPS_OBJ_NULL;
    }
}

static mps_obj_t memoryview_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op != MPS_BINARY_OP_EQUAL && op != MPS_BINARY_OP_NOT_EQUAL) {
        return MPS_OBJ_NULL;
    }
    mps_obj_memoryview_t *mv = self_of(lhs);
    mps_buffer_info_t bi;
    bool eq = false;
    if (mps_get_buffer(rhs, &bi, MPS_BUFFER_READ)) {
        size_t n = mv->len * item_size(mv->typecode);
        eq = bi.len == n && memcmp(bi.buf, MPS_PTR(void, mv->items), n) == 0;
    }
    return mps_obj_new_bool(eq == (op == MPS_BINARY_OP_EQUAL));
}

static int memoryview_get_buffer(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags) {
    mps_obj_memoryview_t *mv = self_of(o);
    if ((flags & MPS_BUFFER_WRITE) && mv->readonly) {
        return 1;
    }
    bufinfo->buf = MPS_PTR(void, mv->items);
    bufinfo->len = mv->len * item_size(mv->typecode);
    bufinfo->typecode = mv->typecode;
    return 0;
}

// Iterating a memoryview yields its items one by one.
typedef struct {
    mps_obj_base_t base;
    mps_obj_t view;
    mps_uint_t pos;
} mv_iter_t;

static mps_obj_t memoryview_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    mv_iter_t *it = iter_buf != NULL ? (mv_iter_t *)iter_buf : mps_obj_new(mv_iter_t, MPS_TYPE_IDX_memoryview_iter);
    it->base.type = MPS_TYPE_IDX_memoryview_iter;
    it->view = o;
    it->pos = 0;
    return MPS_OBJ_FROM_PTR(it);
}

static mps_obj_t mv_iter_next(mps_obj_t self) {
    mv_iter_t *it = MPS_OBJ_TO_PTR(self);
    const mps_obj_memoryview_t *mv = self_of(it->view);
    if (it->pos >= mv->len) {
        return MPS_OBJ_STOP_ITERATION;
    }
    return get_item(mv, it->pos++);
}

const mps_obj_type_t mps_type_memoryview_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_iterator,
    .iternext = mv_iter_next,
};

static void memoryview_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_printf(print, "<memory at 0x%08x>", (unsigned)o);
}

static void memoryview_attr(mps_obj_t o, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // store/delete: read-only attributes
    }
    mps_obj_memoryview_t *mv = self_of(o);
    switch (attr) {
        case MPS_QSTR_itemsize:
            dest[0] = MPS_OBJ_NEW_SMALL_INT(item_size(mv->typecode));
            break;
        case MPS_QSTR_nbytes:
            dest[0] = MPS_OBJ_NEW_SMALL_INT(mv->len * item_size(mv->typecode));
            break;
        case MPS_QSTR_readonly:
            dest[0] = mps_obj_new_bool(mv->readonly);
            break;
        default:
            break;
    }
}

static mps_obj_t memoryview_tolist(mps_obj_t self) {
    mps_obj_memoryview_t *mv = self_of(self);
    mps_obj_t list = mps_obj_new_list(0, NULL);
    for (size_t i = 0; i < mv->len; ++i) {
        mps_obj_list_append(list, get_item(mv, i));
    }
    return list;
}
static MPS_DEFINE_FUN_1(memoryview_tolist_obj, memoryview_tolist);

static mps_obj_t memoryview_tobytes(mps_obj_t self) {
    mps_obj_memoryview_t *mv = self_of(self);
    return mps_obj_new_bytes(MPS_PTR(uint8_t, mv->items), mv->len * item_size(mv->typecode));
}
static MPS_DEFINE_FUN_1(memoryview_tobytes_obj, memoryview_tobytes);

static const mps_rom_map_elem_t memoryview_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_hex), MPS_ROM_PTR(&mps_str_hex_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tolist), MPS_ROM_PTR(&memoryview_tolist_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tobytes), MPS_ROM_PTR(&memoryview_tobytes_obj)},
};

const mps_obj_type_t mps_type_memoryview = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_memoryview,
    .print = memoryview_print,
    .make_new = memoryview_make_new,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .attr = memoryview_attr,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
    .buffer = memoryview_get_buffer,
    .locals = memoryview_locals_table,
    .n_locals = sizeof(memoryview_locals_table) / sizeof(memoryview_locals_table[0]),
};
