// SPDX-License-Identifier: MIT
// The struct module: packing values into bytes by a format string, as MicroPython's.

#include <string.h>

#include "core/binary.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/runtime.h"
#include "core/vstr.h"

// A format string being walked: its byte order, then (count, typecode) items.
typedef struct {
    const char *p;
    const char *end;
    mps_binary_order_t order;
} fmt_iter_t;

static void fmt_start(fmt_iter_t *it, mps_obj_t fmt_in) {
    size_t len;
    it->p = mps_obj_str_get_data(fmt_in, &len);
    it->end = it->p + len;
    it->order = MPS_BINARY_NATIVE;
    if (it->p < it->end) {
        switch (*it->p) {
            case '@':
                it->p++;
                break;
            case '<':
            case '=':
                it->order = MPS_BINARY_LITTLE;
                it->p++;
                break;
            case '>':
            case '!':
                it->order = MPS_BINARY_BIG;
                it->p++;
                break;
            default:
                break;
        }
    }
}

// The next item: its repeat count and typecode. Returns false at the end.
static bool fmt_next(fmt_iter_t *it, size_t *count, char *typecode) {
    while (it->p < it->end && (*it->p == ' ' || *it->p == '\t')) {
        it->p++;
    }
    if (it->p == it->end) {
        return false;
    }
    size_t n = 1;
    if (*it->p >= '0' && *it->p <= '9') {
        n = 0;
        while (it->p < it->end && *it->p >= '0' && *it->p <= '9') {
            n = n * 10 + (size_t)(*it->p++ - '0');
        }
        if (it->p == it->end) {
            mps_raise_ValueError("bad typecode");
        }
    }
    *typecode = *it->p++;
    if (mps_binary_get_size(*typecode, NULL) == 0) {
        mps_raise_ValueError("bad typecode");
    }
    *count = n;
    return true;
}

// Bytes needed by one item of [count] x [typecode] at [offset], alignment included.
static size_t item_span(const fmt_iter_t *it, size_t offset, size_t count, char typecode, size_t *pad) {
    size_t align;
    size_t size = mps_binary_get_size(typecode, &align);
    *pad = 0;
    if (it->order == MPS_BINARY_NATIVE && typecode != 's' && typecode != 'x' && offset % align != 0) {
        *pad = align - offset % align;
    }
    return *pad + size * count;
}

static size_t calcsize(mps_obj_t fmt_in, size_t *n_values) {
    fmt_iter_t it;
    fmt_start(&it, fmt_in);
    size_t total = 0, values = 0, count, pad;
    char tc;
    while (fmt_next(&it, &count, &tc)) {
        total += item_span(&it, total, count, tc, &pad);
        values += tc == 's' ? 1 : tc == 'x' ? 0 : count;
    }
    if (n_values != NULL) {
        *n_values = values;
    }
    return total;
}

static mps_obj_t struct_calcsize(mps_obj_t fmt_in) {
    return mps_obj_new_int_from_uint((mps_uint_t)calcsize(fmt_in, NULL));
}
static MPS_DEFINE_FUN_1(struct_calcsize_obj, struct_calcsize);

// Unpacks [fmt] from [p] (with [len] bytes available) into a new tuple.
static mps_obj_t unpack_at(mps_obj_t fmt_in, const uint8_t *p, size_t len) {
    size_t n_values;
    size_t size = calcsize(fmt_in, &n_values);
    if (size > len) {
        mps_raise_ValueError("buffer too small");
    }
    mps_obj_t tuple = mps_obj_new_tuple(n_values, NULL);
    size_t tlen;
    mps_obj_t *items;
    mps_obj_tuple_get(tuple, &tlen, &items);
    fmt_iter_t it;
    fmt_start(&it, fmt_in);
    size_t offset = 0, i = 0, count, pad;
    char tc;
    while (fmt_next(&it, &count, &tc)) {
        item_span(&it, offset, count, tc, &pad);
        offset += pad;
        if (tc == 's') {
            items[i++] = mps_obj_new_bytes(p + offset, count);
            offset += count;
        } else if (tc == 'x') {
            offset += count;
        } else {
            size_t sz = mps_binary_get_size(tc, NULL);
            for (size_t k = 0; k < count; k++, offset += sz) {
                items[i++] = mps_binary_get_val(it.order, tc, p + offset);
            }
        }
    }
    return tuple;
}

// Packs [n_args] values by [fmt] into [p]: missing values leave zeros, as MicroPython.
static void pack_at(mps_obj_t fmt_in, uint8_t *p, size_t n_args, const mps_obj_t *args) {
    fmt_iter_t it;
    fmt_start(&it, fmt_in);
    size_t offset = 0, i = 0, count, pad;
    char tc;
    while (fmt_next(&it, &count, &tc)) {
        item_span(&it, offset, count, tc, &pad);
        offset += pad;
        if (tc == 's') {
            if (i < n_args) {
                size_t blen;
                const char *b = mps_obj_str_get_data(args[i++], &blen);
                memcpy(p + offset, b, blen < count ? blen : count);
            }
            offset += count;
        } else if (tc == 'x') {
            offset += count;
        } else {
            size_t sz = mps_binary_get_size(tc, NULL);
            for (size_t k = 0; k < count; k++, offset += sz) {
                if (i < n_args) {
                    mps_binary_set_val(it.order, tc, args[i++], p + offset);
                }
            }
        }
    }
}

static mps_obj_t struct_pack(size_t n_args, const mps_obj_t *args) {
    size_t size = calcsize(args[0], NULL);
    vstr_t vstr;
    vstr_init(&vstr, size + 1);
    uint8_t *p = (uint8_t *)vstr_add_len(&vstr, size);
    memset(p, 0, size);
    pack_at(args[0], p, n_args - 1, args + 1);
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_VAR(struct_pack_obj, 1, MPS_FUN_ARGS_MAX, struct_pack);

// Resolves an offset into a buffer of [len] bytes (negative counts from the end).
static size_t buffer_offset(mps_obj_t offset_in, size_t len) {
    mps_int_t off = mps_obj_get_int(offset_in);
    if (off < 0) {
        off += (mps_int_t)len;
        if (off < 0) {
            mps_raise_ValueError("buffer too small");
        }
    }
    if ((size_t)off > len) {
        mps_raise_ValueError("buffer too small");
    }
    return (size_t)off;
}

// pack_into(fmt, buffer, offset, *values): writes in place, allocating nothing.
static mps_obj_t struct_pack_into(size_t n_args, const mps_obj_t *args) {
    mps_buffer_info_t buf;
    mps_get_buffer_raise(args[1], &buf, MPS_BUFFER_WRITE);
    size_t off = buffer_offset(args[2], buf.len);
    size_t size = calcsize(args[0], NULL);
    if (off + size > buf.len) {
        mps_raise_ValueError("buffer too small");
    }
    pack_at(args[0], (uint8_t *)buf.buf + off, n_args - 3, args + 3);
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(struct_pack_into_obj, 3, MPS_FUN_ARGS_MAX, struct_pack_into);

static mps_obj_t struct_unpack(mps_obj_t fmt_in, mps_obj_t data) {
    mps_buffer_info_t buf;
    mps_get_buffer_raise(data, &buf, MPS_BUFFER_READ);
    return unpack_at(fmt_in, buf.buf, buf.len);
}
static MPS_DEFINE_FUN_2(struct_unpack_obj, struct_unpack);

static mps_obj_t struct_unpack_from(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_format, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_buffer, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_offset, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NEW_SMALL_INT(0)}},
    };
    mps_arg_val_t v[3];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 3, allowed, v);
    mps_buffer_info_t buf;
    mps_get_buffer_raise(v[1].u_obj, &buf, MPS_BUFFER_READ);
    size_t off = buffer_offset(v[2].u_obj, buf.len);
    return unpack_at(v[0].u_obj, (const uint8_t *)buf.buf + off, buf.len - off);
}
static MPS_DEFINE_FUN_KW(struct_unpack_from_obj, 2, struct_unpack_from);

static const mps_rom_map_elem_t struct_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_struct)},
    {MPS_ROM_QSTR(MPS_QSTR_calcsize), MPS_ROM_PTR(&struct_calcsize_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_pack), MPS_ROM_PTR(&struct_pack_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_pack_into), MPS_ROM_PTR(&struct_pack_into_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_unpack), MPS_ROM_PTR(&struct_unpack_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_unpack_from), MPS_ROM_PTR(&struct_unpack_from_obj)},
};

static const mps_module_def_t struct_module_def = {
    .name = MPS_QSTR_struct,
    .globals = struct_globals,
    .n_globals = sizeof(struct_globals) / sizeof(struct_globals[0]),
};

const mps_obj_module_t mps_module_struct = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &struct_module_def,
};
