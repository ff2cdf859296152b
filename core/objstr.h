// SPDX-License-Identifier: MIT
// str and bytes (immutable, sharing one implementation), and bytearray.
#ifndef CORE_OBJSTR_H
#define CORE_OBJSTR_H

#include "core/obj.h"
#include "core/vstr.h"

extern const mps_obj_type_t mps_type_str;
extern const mps_obj_type_t mps_type_bytes;
extern const mps_obj_type_t mps_type_bytearray;

// A heap str/bytes. str data is UTF-8. Interned strings are qstr objects instead.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t hash; // 0 until computed
    mps_uint_t len;  // bytes
    mps_ref_t data;  // NUL-terminated bytes (heap or ROM)
} mps_obj_str_t;

// New str from [len] UTF-8 bytes (copied); returns the qstr object if already interned.
mps_obj_t mps_obj_new_str(const char *data, size_t len);
mps_obj_t mps_obj_new_str_cstr(const char *str);
// Interns and returns a qstr object (for names).
mps_obj_t mps_obj_new_str_via_qstr(const char *data, size_t len);
// New str/bytes taking the buffer of [vstr] (which is then empty).
mps_obj_t mps_obj_new_str_from_vstr(vstr_t *vstr);
mps_obj_t mps_obj_new_bytes_from_vstr(vstr_t *vstr);
mps_obj_t mps_obj_new_bytes(const uint8_t *data, size_t len);
mps_obj_t mps_obj_new_bytearray(size_t len, const void *items); // items may be NULL (zeros)
mps_obj_t mps_obj_new_bytearray_by_ref(size_t len, void *items);

// Bytes and length of a str or bytes object (or qstr). Raises TypeError otherwise.
const char *mps_obj_str_get_data(mps_obj_t o, size_t *len);
// NUL-terminated text of a str.
const char *mps_obj_str_get_str(mps_obj_t o);
// Interns a str and returns its qstr.
qstr mps_obj_str_get_qstr(mps_obj_t o);
bool mps_obj_str_equal(mps_obj_t a, mps_obj_t b);
uint32_t mps_obj_str_get_hash(mps_obj_t o);

// Prints [len] bytes as a quoted repr (str or bytes style).
void mps_str_print_quoted(const mps_print_t *print, const char *data, size_t len, bool is_bytes);
// str.format(*args, **kwargs) on a format string: the core of format() and f-strings.
mps_obj_t mps_obj_str_format(size_t n_args, size_t n_kw, const mps_obj_t *args);
// format(value, spec) with the format-spec mini-language.
mps_obj_t mps_obj_format_value(mps_obj_t value, mps_obj_t spec);
// "fmt % args".
mps_obj_t mps_obj_str_modulo(mps_obj_t fmt, mps_obj_t args);

// UTF-8 helpers.
size_t mps_utf8_charlen(const char *data, size_t len); // code points in [data]
const char *mps_utf8_index(const char *data, size_t len, size_t char_index); // pointer to code point

#endif // CORE_OBJSTR_H
