// SPDX-License-Identifier: MIT
// The uctypes module: C structures over raw memory, described by dicts of offsets and
// types with MicroPython's encoding, read and written with core/binary.c's converters.
//
// A field descriptor is an int or a tuple. An int is a scalar: offset in bits 0-16,
// type in bits 27-30 (UINT8 .. INT64, BFUINT8 .. BFINT32, FLOAT32, FLOAT64), and for a
// bitfield its bit position at BF_POS (17) and length at BF_LEN (22). A tuple is an
// aggregate whose first item holds the offset and, in bits 29-30, the kind: (offset,
// {dict}) a nested struct, (PTR | offset, type) a pointer, (ARRAY | offset, UINT16 |
// count) an array of scalars, (ARRAY | offset, count, {dict}) an array of structs.
// Addresses are 32-bit: the heap and static data of the emulated target.

#include <string.h>

#include "core/binary.h"
#include "core/gc.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"

extern const mps_obj_type_t mps_type_uctypes_struct;

enum { LAYOUT_LITTLE = 0, LAYOUT_BIG = 1, LAYOUT_NATIVE = 2 };
enum { AGG_STRUCT = 0, AGG_PTR = 1, AGG_ARRAY = 2 };
enum {
    T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_UINT64, T_INT64,
    T_BFUINT8, T_BFINT8, T_BFUINT16, T_BFINT16, T_BFUINT32, T_BFINT32, T_FLOAT32, T_FLOAT64,
};

#define VAL_TYPE_SHIFT (27)
#define AGG_TYPE_SHIFT (29)
#define OFFSET_MASK (0x1ffff)
#define BF_POS_SHIFT (17)
#define BF_LEN_SHIFT (22)

// A struct object: a descriptor (dict, or an aggregate tuple) over memory at [addr].
// For an aggregate the tuple's own offset is already added into [addr].
typedef struct {
    mps_obj_base_t base;
    mps_obj_t desc;
    mps_uint_t addr;
    mps_uint_t layout;
} ustruct_t;

static noreturn void bad_descriptor(void) {
    mps_raise_TypeError("syntax error in uctypes descriptor");
}

static inline uint8_t *addr_ptr(mps_uint_t addr) {
    return (uint8_t *)(uintptr_t)addr;
}

// On a board any address may be a register; here memory outside the GC heap and the
// executable's image is unmapped, so such an access raises OSError(EFAULT) instead of
// crashing. Writes must stay in the heap (the image holds read-only data).
#if defined(__ELF__)
extern char __executable_start[];
extern char _end[];
#define IMAGE_START ((uintptr_t)__executable_start)
#define IMAGE_END ((uintptr_t)_end)
#else
#define IMAGE_START ((uintptr_t)1)
#define IMAGE_END ((uintptr_t)0)
#endif
#define EFAULT_ (14)

static uint8_t *checked_ptr(mps_uint_t addr, size_t len, bool write) {
    uintptr_t a = addr, last = a + (len > 0 ? len - 1 : 0);
    if (last >= a) {
        if (gc_is_in_heap((void *)a) && gc_is_in_heap((void *)last)) {
            return addr_ptr(addr);
        }
        if (!write && a >= IMAGE_START && last < IMAGE_END) {
            return addr_ptr(addr);
        }
    }
    mps_raise_OSError(EFAULT_);
}

// Descriptors are dicts, or OrderedDicts (which keep a dict's layout).
static bool is_dict(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_dict) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_OrderedDict);
}

static mps_uint_t get_word(mps_obj_t o) {
    if (!mps_obj_is_int(o)) {
        bad_descriptor();
    }
    return mps_obj_int_get_truncated(o);
}

static unsigned val_type(mps_uint_t w) {
    return (w >> VAL_TYPE_SHIFT) & 0xf;
}

static unsigned agg_type(mps_uint_t w) {
    return (w >> AGG_TYPE_SHIFT) & 3;
}

// Size of a scalar type (a bitfield counts its containing word).
static size_t scalar_size(unsigned t) {
    static const uint8_t sizes[16] = {1, 1, 2, 2, 4, 4, 8, 8, 1, 1, 2, 2, 4, 4, 4, 8};
    return sizes[t];
}

// The core/binary.h typecode of a scalar type (for a bitfield: of its container).
static char scalar_code(unsigned t) {
    static const char codes[16] = "BbHhIiQqBbHhIifd";
    return codes[t];
}

static mps_binary_order_t order_of(mps_uint_t layout) {
    return layout == LAYOUT_BIG ? MPS_BINARY_BIG : MPS_BINARY_LITTLE;
}

static void get_tuple(mps_obj_t desc, size_t *n, mps_obj_t **items) {
    mps_obj_tuple_get(desc, n, items);
    if (*n < 2 || *n > 3) {
        bad_descriptor();
    }
}

static size_t struct_size(mps_obj_t desc, mps_uint_t layout, size_t *max_align);

// Size and alignment of one field descriptor [f] (int or aggregate tuple), and its
// offset.
static size_t field_size(mps_obj_t f, mps_uint_t layout, size_t *align, size_t *offset) {
    if (mps_obj_is_int(f)) {
        mps_uint_t w = get_word(f);
        *offset = w & OFFSET_MASK;
        *align = scalar_size(val_type(w));
        return *align;
    }
    if (!mps_obj_is_type_idx(f, MPS_TYPE_IDX_tuple)) {
        bad_descriptor();
    }
    size_t n;
    mps_obj_t *items;
    get_tuple(f, &n, &items);
    mps_uint_t w = get_word(items[0]);
    *offset = w & OFFSET_MASK;
    switch (agg_type(w)) {
        case AGG_STRUCT:
            return struct_size(items[1], layout, align);
        case AGG_PTR:
            *align = 4;
            return 4;
        case AGG_ARRAY:
            if (n == 2) {
                mps_uint_t a = get_word(items[1]);
                *align = scalar_size(val_type(a));
                return (a & ((1u << VAL_TYPE_SHIFT) - 1)) * *align;
            } else {
                size_t count = (size_t)get_word(items[1]);
                return count * struct_size(items[2], layout, align);
            }
        default:
            bad_descriptor();
    }
}

// sizeof a dict descriptor: with LAYOUT_NATIVE each field's offset is aligned to its
// alignment and the total to the largest alignment, as a C compiler lays it out.
static size_t struct_size(mps_obj_t desc, mps_uint_t layout, size_t *max_align) {
    mps_stack_check(); // a descriptor may contain itself
    *max_align = 1;
    if (!is_dict(desc)) {
        if (mps_obj_is_type_idx(desc, MPS_TYPE_IDX_tuple)) {
            size_t offset;
            return field_size(desc, layout, max_align, &offset);
        }
        bad_descriptor();
    }
    mps_map_t *map = mps_obj_dict_get_map(desc);
    size_t total = 0, cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        size_t align, offset;
        size_t size = field_size(e->value, layout, &align, &offset);
        if (layout == LAYOUT_NATIVE && align > 1) {
            offset = (offset + align - 1) / align * align;
        }
        if (offset + size > total) {
            total = offset + size;
        }
        if (align > *max_align) {
            *max_align = align;
        }
    }
    if (layout == LAYOUT_NATIVE) {
        total = (total + *max_align - 1) / *max_align * *max_align;
    }
    return total;
}

static mps_obj_t new_struct(mps_obj_t desc, mps_uint_t addr, mps_uint_t layout) {
    ustruct_t *s = mps_obj_new(ustruct_t, MPS_TYPE_IDX_uctypes_struct);
    s->desc = desc;
    s->addr = addr;
    s->layout = layout;
    return MPS_OBJ_FROM_PTR(s);
}

// --- scalars ---------------------------------------------------------------------------

static mps_obj_t read_scalar(mps_uint_t w, mps_uint_t addr, mps_uint_t layout) {
    unsigned t = val_type(w);
    mps_obj_t v = mps_binary_get_val(order_of(layout), scalar_code(t), checked_ptr(addr, scalar_size(t), false));
    if (t >= T_BFUINT8 && t <= T_BFINT32) {
        unsigned pos = (w >> BF_POS_SHIFT) & 31, len = (w >> BF_LEN_SHIFT) & 31;
        uint32_t raw = mps_obj_int_get_truncated(v) >> pos;
        uint32_t mask = len >= 32 ? 0xffffffffu : (1u << len) - 1;
        // MicroPython does not sign-extend BFINT fields either: same bits, same value.
        return mps_obj_new_int_from_uint(raw & mask);
    }
    return v;
}

static void write_scalar(mps_uint_t w, mps_uint_t addr, mps_uint_t layout, mps_obj_t value) {
    unsigned t = val_type(w);
    char code = scalar_code(t);
    if (t >= T_BFUINT8 && t <= T_BFINT32) {
        unsigned pos = (w >> BF_POS_SHIFT) & 31, len = (w >> BF_LEN_SHIFT) & 31;
        uint32_t mask = (len >= 32 ? 0xffffffffu : (1u << len) - 1) << pos;
        uint8_t *p = checked_ptr(addr, scalar_size(t), true);
        uint32_t old = mps_obj_int_get_truncated(mps_binary_get_val(order_of(layout), code, p));
        uint32_t v = (old & ~mask) | ((mps_obj_int_get_truncated(value) << pos) & mask);
        mps_binary_set_val(order_of(layout), code, mps_obj_new_int_from_uint(v), p);
        return;
    }
    mps_binary_set_val(order_of(layout), code, value, checked_ptr(addr, scalar_size(t), true));
}

// The value of field [f] of a struct at [addr]: a scalar, or a struct object (or a
// bytearray for an array of UINT8, as MicroPython gives).
static mps_obj_t load_field(mps_obj_t f, mps_uint_t addr, mps_uint_t layout) {
    if (mps_obj_is_int(f)) {
        mps_uint_t w = get_word(f);
        return read_scalar(w, addr + (w & OFFSET_MASK), layout);
    }
    if (!mps_obj_is_type_idx(f, MPS_TYPE_IDX_tuple)) {
        bad_descriptor();
    }
    size_t n;
    mps_obj_t *items;
    get_tuple(f, &n, &items);
    mps_uint_t w = get_word(items[0]);
    mps_uint_t at = addr + (w & OFFSET_MASK);
    switch (agg_type(w)) {
        case AGG_STRUCT:
            return new_struct(items[1], at, layout);
        case AGG_ARRAY:
            if (n == 2) {
                mps_uint_t a = get_word(items[1]);
                if (val_type(a) == T_UINT8) {
                    size_t count = a & ((1u << VAL_TYPE_SHIFT) - 1);
                    return mps_obj_new_bytearray_by_ref(count, checked_ptr(at, count, true));
                }
            }
            return new_struct(f, at, layout);
        case AGG_PTR:
            return new_struct(f, at, layout);
        default:
            bad_descriptor();
    }
}

// --- struct objects ----------------------------------------------------------------------

static void ustruct_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    ustruct_t *s = MPS_OBJ_TO_PTR(self);
    if (!is_dict(s->desc)) {
        mps_raise_TypeError("struct: no fields");
    }
    mps_obj_t key = MPS_OBJ_NEW_QSTR(attr);
    mps_obj_t f = mps_obj_dict_get(s->desc, key);
    if (f == MPS_OBJ_NULL) {
        mps_raise_KeyError(key);
    }
    if (dest[0] == MPS_OBJ_NULL) {
        dest[0] = load_field(f, s->addr, s->layout);
        return;
    }
    if (dest[0] == MPS_OBJ_SENTINEL && dest[1] != MPS_OBJ_NULL && mps_obj_is_int(f)) {
        mps_uint_t w = get_word(f);
        write_scalar(w, s->addr + (w & OFFSET_MASK), s->layout, dest[1]);
        dest[0] = MPS_OBJ_NULL;
        return;
    }
    bad_descriptor(); // aggregates cannot be assigned or deleted
}

// Element [index] of an ARRAY or PTR struct object: loads (value == MPS_OBJ_SENTINEL)
// or stores.
static mps_obj_t ustruct_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    ustruct_t *s = MPS_OBJ_TO_PTR(self);
    if (value == MPS_OBJ_NULL) {
        return MPS_OBJ_NULL;
    }
    if (!mps_obj_is_type_idx(s->desc, MPS_TYPE_IDX_tuple)) {
        mps_raise_TypeError("struct: cannot index");
    }
    size_t n;
    mps_obj_t *items;
    get_tuple(s->desc, &n, &items);
    mps_uint_t w = get_word(items[0]);
    mps_int_t i = mps_obj_get_int(index);
    mps_uint_t base = s->addr;
    mps_obj_t elem = MPS_OBJ_NULL; // a dict for structs; else [scalar] is the element type
    mps_uint_t scalar = 0;
    if (agg_type(w) == AGG_ARRAY) {
        size_t count;
        if (n == 2) {
            mps_uint_t a = get_word(items[1]);
            count = a & ((1u << VAL_TYPE_SHIFT) - 1);
            scalar = a & ~((1u << VAL_TYPE_SHIFT) - 1);
        } else {
            count = (size_t)get_word(items[1]);
            elem = items[2];
        }
        if (i < 0 || (size_t)i >= count) {
            mps_raise_IndexError("struct: index out of range");
        }
    } else if (agg_type(w) == AGG_PTR) {
        base = mps_obj_int_get_truncated(mps_binary_get_val(order_of(s->layout), 'I', checked_ptr(s->addr, 4, false)));
        if (mps_obj_is_int(items[1])) {
            scalar = get_word(items[1]) & ~(mps_uint_t)OFFSET_MASK;
        } else {
            elem = items[1];
        }
    } else {
        mps_raise_TypeError("struct: cannot index");
    }
    if (elem == MPS_OBJ_NULL) {
        mps_uint_t at = base + (mps_uint_t)i * (mps_uint_t)scalar_size(val_type(scalar));
        if (value == MPS_OBJ_SENTINEL) {
            return read_scalar(scalar, at, s->layout);
        }
        write_scalar(scalar, at, s->layout, value);
        return mps_const_none;
    }
    if (value != MPS_OBJ_SENTINEL) {
        bad_descriptor();
    }
    size_t align;
    size_t size = struct_size(elem, s->layout, &align);
    return new_struct(elem, base + (mps_uint_t)i * (mps_uint_t)size, s->layout);
}

static size_t ustruct_size(ustruct_t *s) {
    size_t align;
    if (mps_obj_is_type_idx(s->desc, MPS_TYPE_IDX_tuple)) {
        size_t offset;
        return field_size(s->desc, s->layout, &align, &offset);
    }
    return struct_size(s->desc, s->layout, &align);
}

static mps_obj_t ustruct_unary_op(mps_unary_op_t op, mps_obj_t self) {
    ustruct_t *s = MPS_OBJ_TO_PTR(self);
    if (op != MPS_UNARY_OP_LEN || !mps_obj_is_type_idx(s->desc, MPS_TYPE_IDX_tuple)) {
        return MPS_OBJ_NULL;
    }
    size_t n;
    mps_obj_t *items;
    get_tuple(s->desc, &n, &items);
    if (agg_type(get_word(items[0])) != AGG_ARRAY) {
        return MPS_OBJ_NULL;
    }
    mps_uint_t a = get_word(items[1]);
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(n == 2 ? (a & ((1u << VAL_TYPE_SHIFT) - 1)) : a));
}

static int ustruct_buffer(mps_obj_t self, mps_buffer_info_t *bufinfo, unsigned flags) {
    ustruct_t *s = MPS_OBJ_TO_PTR(self);
    bufinfo->buf = addr_ptr(s->addr);
    bufinfo->len = ustruct_size(s);
    bufinfo->typecode = 'B';
    return 0;
}

static void ustruct_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    ustruct_t *s = MPS_OBJ_TO_PTR(self);
    const char *what = "STRUCT";
    if (mps_obj_is_type_idx(s->desc, MPS_TYPE_IDX_tuple)) {
        size_t n;
        mps_obj_t *items;
        get_tuple(s->desc, &n, &items);
        unsigned agg = agg_type(get_word(items[0]));
        what = agg == AGG_ARRAY ? "ARRAY" : agg == AGG_PTR ? "PTR" : "STRUCT";
    }
    mps_printf(print, "<struct %s %x>", what, (unsigned)s->addr);
}

static mps_obj_t ustruct_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 2, 3, false);
    mps_uint_t addr = mps_obj_int_get_truncated(args[0]);
    mps_obj_t desc = args[1];
    if (!is_dict(desc) && !mps_obj_is_type_idx(desc, MPS_TYPE_IDX_tuple)) {
        bad_descriptor();
    }
    mps_uint_t layout = n_args > 2 ? (mps_uint_t)mps_obj_get_int(args[2]) : LAYOUT_NATIVE;
    if (mps_obj_is_type_idx(desc, MPS_TYPE_IDX_tuple)) {
        // A bare aggregate: its offset counts from [addr].
        size_t n;
        mps_obj_t *items;
        get_tuple(desc, &n, &items);
        addr += get_word(items[0]) & OFFSET_MASK;
    }
    return new_struct(desc, addr, layout);
}

const mps_obj_type_t mps_type_uctypes_struct = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_struct,
    .print = ustruct_print,
    .make_new = ustruct_make_new,
    .unary_op = ustruct_unary_op,
    .attr = ustruct_attr,
    .subscr = ustruct_subscr,
    .buffer = ustruct_buffer,
};

// --- module functions ----------------------------------------------------------------------

static mps_obj_t uctypes_sizeof(size_t n_args, const mps_obj_t *args) {
    mps_obj_t o = args[0];
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_uctypes_struct)) {
        return MPS_OBJ_NEW_SMALL_INT((mps_int_t)ustruct_size(MPS_OBJ_TO_PTR(o)));
    }
    if (mps_obj_is_int(o)) {
        mps_raise_TypeError("can't unambiguously get sizeof scalar");
    }
    mps_uint_t layout = n_args > 1 ? (mps_uint_t)mps_obj_get_int(args[1]) : LAYOUT_NATIVE;
    size_t align;
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)struct_size(o, layout, &align));
}
static MPS_DEFINE_FUN_VAR(uctypes_sizeof_obj, 1, 2, uctypes_sizeof);

static mps_obj_t uctypes_addressof(mps_obj_t o) {
    mps_buffer_info_t info;
    if (!mps_get_buffer(o, &info, MPS_BUFFER_READ)) {
        mps_raise_TypeError("object with buffer protocol required");
    }
    return mps_obj_new_int_from_uint((mps_uint_t)(uintptr_t)info.buf);
}
static MPS_DEFINE_FUN_1(uctypes_addressof_obj, uctypes_addressof);

static size_t get_size(mps_obj_t size) {
    mps_int_t n = mps_obj_get_int(size);
    if (n < 0) {
        mps_raise_ValueError("negative size");
    }
    return (size_t)n;
}

static mps_obj_t uctypes_bytes_at(mps_obj_t addr, mps_obj_t size) {
    size_t n = get_size(size);
    return mps_obj_new_bytes(checked_ptr(mps_obj_int_get_truncated(addr), n, false), n);
}
static MPS_DEFINE_FUN_2(uctypes_bytes_at_obj, uctypes_bytes_at);

static mps_obj_t uctypes_bytearray_at(mps_obj_t addr, mps_obj_t size) {
    size_t n = get_size(size);
    return mps_obj_new_bytearray_by_ref(n, checked_ptr(mps_obj_int_get_truncated(addr), n, true));
}
static MPS_DEFINE_FUN_2(uctypes_bytearray_at_obj, uctypes_bytearray_at);

// Type constants as MicroPython encodes them (see the top of this file); ARRAY, BFUINT8
// and friends do not fit a 31-bit small int and wrap to negative values, as there.
#define VAL(t) MPS_ROM_INT(((int32_t)((uint32_t)(t) << (VAL_TYPE_SHIFT + 1))) >> 1)
#define AGG(t) MPS_ROM_INT(((int32_t)((uint32_t)(t) << (AGG_TYPE_SHIFT + 1))) >> 1)

static const mps_rom_map_elem_t uctypes_globals[] = {
    { MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_uctypes) },
    { MPS_ROM_QSTR(MPS_QSTR_struct), MPS_ROM_PTR(&mps_type_uctypes_struct) },
    { MPS_ROM_QSTR(MPS_QSTR_sizeof), MPS_ROM_PTR(&uctypes_sizeof_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_addressof), MPS_ROM_PTR(&uctypes_addressof_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_bytes_at), MPS_ROM_PTR(&uctypes_bytes_at_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_bytearray_at), MPS_ROM_PTR(&uctypes_bytearray_at_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_LITTLE_ENDIAN), MPS_ROM_INT(LAYOUT_LITTLE) },
    { MPS_ROM_QSTR(MPS_QSTR_BIG_ENDIAN), MPS_ROM_INT(LAYOUT_BIG) },
    { MPS_ROM_QSTR(MPS_QSTR_NATIVE), MPS_ROM_INT(LAYOUT_NATIVE) },
    { MPS_ROM_QSTR(MPS_QSTR_VOID), VAL(T_UINT8) },
    { MPS_ROM_QSTR(MPS_QSTR_UINT8), VAL(T_UINT8) },
    { MPS_ROM_QSTR(MPS_QSTR_INT8), VAL(T_INT8) },
    { MPS_ROM_QSTR(MPS_QSTR_UINT16), VAL(T_UINT16) },
    { MPS_ROM_QSTR(MPS_QSTR_INT16), VAL(T_INT16) },
    { MPS_ROM_QSTR(MPS_QSTR_UINT32), VAL(T_UINT32) },
    { MPS_ROM_QSTR(MPS_QSTR_INT32), VAL(T_INT32) },
    { MPS_ROM_QSTR(MPS_QSTR_UINT64), VAL(T_UINT64) },
    { MPS_ROM_QSTR(MPS_QSTR_INT64), VAL(T_INT64) },
    { MPS_ROM_QSTR(MPS_QSTR_BFUINT8), VAL(T_BFUINT8) },
    { MPS_ROM_QSTR(MPS_QSTR_BFINT8), VAL(T_BFINT8) },
    { MPS_ROM_QSTR(MPS_QSTR_BFUINT16), VAL(T_BFUINT16) },
    { MPS_ROM_QSTR(MPS_QSTR_BFINT16), VAL(T_BFINT16) },
    { MPS_ROM_QSTR(MPS_QSTR_BFUINT32), VAL(T_BFUINT32) },
    { MPS_ROM_QSTR(MPS_QSTR_BFINT32), VAL(T_BFINT32) },
    { MPS_ROM_QSTR(MPS_QSTR_FLOAT32), VAL(T_FLOAT32) },
    { MPS_ROM_QSTR(MPS_QSTR_FLOAT64), VAL(T_FLOAT64) },
    { MPS_ROM_QSTR(MPS_QSTR_BF_POS), MPS_ROM_INT(BF_POS_SHIFT) },
    { MPS_ROM_QSTR(MPS_QSTR_BF_LEN), MPS_ROM_INT(BF_LEN_SHIFT) },
    { MPS_ROM_QSTR(MPS_QSTR_PTR), AGG(AGG_PTR) },
    { MPS_ROM_QSTR(MPS_QSTR_ARRAY), AGG(AGG_ARRAY) },
    // C type names on a 32-bit target: int and long are 32 bits.
    { MPS_ROM_QSTR(MPS_QSTR_SHORT), VAL(T_INT16) },
    { MPS_ROM_QSTR(MPS_QSTR_USHORT), VAL(T_UINT16) },
    { MPS_ROM_QSTR(MPS_QSTR_INT), VAL(T_INT32) },
    { MPS_ROM_QSTR(MPS_QSTR_UINT), VAL(T_UINT32) },
    { MPS_ROM_QSTR(MPS_QSTR_LONG), VAL(T_INT32) },
    { MPS_ROM_QSTR(MPS_QSTR_ULONG), VAL(T_UINT32) },
    { MPS_ROM_QSTR(MPS_QSTR_LONGLONG), VAL(T_INT64) },
    { MPS_ROM_QSTR(MPS_QSTR_ULONGLONG), VAL(T_UINT64) },
};

static const mps_module_def_t uctypes_module_def = {
    .name = MPS_QSTR_uctypes,
    .globals = MPS_ROM_TABLE(uctypes_globals),
};

const mps_obj_module_t mps_module_uctypes = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &uctypes_module_def,
};
