// SPDX-License-Identifier: MIT
// The binascii module: hex and base64 conversions and CRC-32, as MicroPython's (which
// accepts any object with a buffer, str included, and skips stray base64 characters).

#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/runtime.h"
#include "core/vstr.h"

static const char hex_digits[] = "0123456789abcdef";

// hexlify(data[, sep]): two lowercase digits per byte, [sep]'s first byte between them.
static mps_obj_t binascii_hexlify(size_t n_args, const mps_obj_t *args) {
    mps_buffer_info_t buf;
    mps_get_buffer_raise(args[0], &buf, MPS_BUFFER_READ);
    const char *sep = NULL;
    if (n_args > 1) {
        size_t sep_len;
        sep = mps_obj_str_get_data(args[1], &sep_len);
        if (sep_len == 0) {
            sep = NULL;
        }
    }
    vstr_t vstr;
    size_t out_len = buf.len * 2 + (sep != NULL && buf.len > 0 ? buf.len - 1 : 0);
    vstr_init(&vstr, out_len + 1);
    const uint8_t *p = buf.buf;
    for (size_t i = 0; i < buf.len; i++) {
        if (i > 0 && sep != NULL) {
            vstr_add_byte(&vstr, (unsigned char)sep[0]);
        }
        vstr_add_byte(&vstr, (unsigned char)hex_digits[p[i] >> 4]);
        vstr_add_byte(&vstr, (unsigned char)hex_digits[p[i] & 15]);
    }
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_VAR(binascii_hexlify_obj, 1, 2, binascii_hexlify);

// unhexlify(data): bytes.fromhex's rules (whitespace between pairs allowed) over any
// buffer; raises ValueError("non-hex digit") for a bad digit or a lone half pair.
static mps_obj_t binascii_unhexlify(mps_obj_t data) {
    if (!mps_obj_is_str(data) && !mps_obj_is_bytes(data)) {
        mps_buffer_info_t buf;
        mps_get_buffer_raise(data, &buf, MPS_BUFFER_READ);
        data = mps_obj_new_bytes(buf.buf, buf.len);
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mps_obj_bytes_parse_hex(&vstr, data);
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(binascii_unhexlify_obj, binascii_unhexlify);

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Value of a base64 digit, or -1 for any other byte (skipped when decoding).
static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

// a2b_base64(data): decodes until the padding completes a group; bytes outside the
// alphabet are ignored. ValueError("incorrect padding") when a group is left partial.
static mps_obj_t binascii_a2b_base64(mps_obj_t data) {
    mps_buffer_info_t buf;
    mps_get_buffer_raise(data, &buf, MPS_BUFFER_READ);
    vstr_t vstr;
    vstr_init(&vstr, buf.len / 4 * 3 + 1);
    const uint8_t *p = buf.buf;
    unsigned quad_pos = 0; // digits of the current 4-digit group seen
    unsigned pads = 0;     // '=' seen since the last digit
    uint32_t bits = 0;
    for (size_t i = 0; i < buf.len; i++) {
        if (p[i] == '=') {
            // Padding counts only after two digits of a group; once it fills the group
            // the data ends. A stray '=' elsewhere is skipped like other noise.
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                // 2 digits carry 1 byte (and 4 spare bits), 3 digits 2 bytes (and 2).
                if (quad_pos == 2) {
                    vstr_add_byte(&vstr, (unsigned char)(bits >> 4));
                } else {
                    vstr_add_byte(&vstr, (unsigned char)(bits >> 10));
                    vstr_add_byte(&vstr, (unsigned char)(bits >> 2));
                }
                quad_pos = 0;
                break;
            }
            continue;
        }
        int v = b64_value(p[i]);
        if (v < 0) {
            continue;
        }
        pads = 0;
        bits = bits << 6 | (uint32_t)v;
        if (++quad_pos == 4) {
            vstr_add_byte(&vstr, (unsigned char)(bits >> 16));
            vstr_add_byte(&vstr, (unsigned char)(bits >> 8));
            vstr_add_byte(&vstr, (unsigned char)bits);
            quad_pos = 0;
            bits = 0;
        }
    }
    if (quad_pos != 0) {
        vstr_clear(&vstr);
        mps_raise_ValueError("incorrect padding");
    }
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(binascii_a2b_base64_obj, binascii_a2b_base64);

// b2a_base64(data, newline=True): padded base64, with a trailing newline by default.
static mps_obj_t binascii_b2a_base64(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_data, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_newline, MPS_ARG_BOOL, {.u_bool = true}},
    };
    mps_arg_val_t v[2];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 2, allowed, v);
    mps_buffer_info_t buf;
    mps_get_buffer_raise(v[0].u_obj, &buf, MPS_BUFFER_READ);
    vstr_t vstr;
    vstr_init(&vstr, (buf.len + 2) / 3 * 4 + 2);
    const uint8_t *p = buf.buf;
    for (size_t i = 0; i < buf.len; i += 3) {
        size_t n = buf.len - i < 3 ? buf.len - i : 3;
        uint32_t group = (uint32_t)p[i] << 16 | (n > 1 ? (uint32_t)p[i + 1] << 8 : 0) | (n > 2 ? p[i + 2] : 0);
        for (size_t k = 0; k < 4; k++) {
            // n bytes give n + 1 digits; the rest of the group is padding.
            vstr_add_byte(&vstr, k <= n ? (unsigned char)b64_alphabet[(group >> (18 - 6 * k)) & 63] : '=');
        }
    }
    if (v[1].u_bool) {
        vstr_add_byte(&vstr, '\n');
    }
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_KW(binascii_b2a_base64_obj, 1, binascii_b2a_base64);

// CRC-32 (ISO-HDLC: reflected polynomial 0xEDB88320, as zlib), four bits at a time so
// that the table costs 64 bytes of ROM instead of 1 KiB.
static const uint32_t crc32_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

// crc32(data[, value]): continues from [value] (taken modulo 2**32).
static mps_obj_t binascii_crc32(size_t n_args, const mps_obj_t *args) {
    mps_buffer_info_t buf;
    mps_get_buffer_raise(args[0], &buf, MPS_BUFFER_READ);
    uint32_t crc = 0;
    if (n_args > 1) {
        // Any int, taken modulo 2**32; a bool counts as 0 or 1; others raise TypeError.
        crc = mps_obj_is_int(args[1]) ? mps_obj_int_get_truncated(args[1]) : (mps_uint_t)mps_obj_get_int(args[1]);
    }
    crc = ~crc;
    const uint8_t *p = buf.buf;
    for (size_t i = 0; i < buf.len; i++) {
        crc ^= p[i];
        crc = (crc >> 4) ^ crc32_nibble[crc & 15];
        crc = (crc >> 4) ^ crc32_nibble[crc & 15];
    }
    return mps_obj_new_int_from_uint(~crc);
}
static MPS_DEFINE_FUN_VAR(binascii_crc32_obj, 1, 2, binascii_crc32);

static const mps_rom_map_elem_t binascii_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_binascii)},
    {MPS_ROM_QSTR(MPS_QSTR_hexlify), MPS_ROM_PTR(&binascii_hexlify_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_unhexlify), MPS_ROM_PTR(&binascii_unhexlify_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_a2b_base64), MPS_ROM_PTR(&binascii_a2b_base64_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_b2a_base64), MPS_ROM_PTR(&binascii_b2a_base64_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_crc32), MPS_ROM_PTR(&binascii_crc32_obj)},
};

static const mps_module_def_t binascii_module_def = {
    .name = MPS_QSTR_binascii,
    .globals = binascii_globals,
    .n_globals = sizeof(binascii_globals) / sizeof(binascii_globals[0]),
};

const mps_obj_module_t mps_module_binascii = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &binascii_module_def,
};
