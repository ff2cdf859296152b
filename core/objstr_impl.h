// SPDX-License-Identifier: MIT
// Private to the str/bytes files (objstr.c, objstr_methods.c): the helpers the
// methods share with the type's operators. Everyone else uses core/objstr.h.
#ifndef CORE_OBJSTR_IMPL_H
#define CORE_OBJSTR_IMPL_H

#include <stdnoreturn.h>

#include "core/objstr.h"

// The kind of a str-like object is its static type index.
#define KIND_STR MPS_TYPE_IDX_str
#define KIND_BYTES MPS_TYPE_IDX_bytes
#define KIND_BYTEARRAY MPS_TYPE_IDX_bytearray

// TypeError "can't convert 'X' object to str/bytes implicitly".
noreturn void mps_str_raise_cant_convert(mps_obj_t o, unsigned kind);
// True if the text of str [o] ([len] bytes at [d]) is ASCII (cached for heap strs).
bool mps_str_is_ascii(mps_obj_t o, const char *d, size_t len);
// Data of a bytes-like object (bytes, bytearray, any buffer); NULL for str and others.
const char *mps_str_bytes_like_data(mps_obj_t o, size_t *len);
// Start of [needle] in [hay] searching from the front or the back; NULL if absent.
const char *mps_str_find_sub(const char *hay, size_t hlen, const char *needle, size_t nlen, bool reverse);
// Pointer [n] code points after (n > 0) or before (n < 0) [p], clamped to the text.
const char *mps_str_step_chars(const char *p, const char *data, const char *end, mps_int_t n);
// A new object of [kind] with a copy of [len] bytes at [data] / taking [vstr]'s buffer.
mps_obj_t mps_str_new_kind(unsigned kind, const char *data, size_t len);
mps_obj_t mps_str_new_kind_from_vstr(unsigned kind, vstr_t *vstr);
// [self] itself for immutable kinds (a method with nothing to change), else a copy.
mps_obj_t mps_str_same_or_copy(mps_obj_t self, unsigned kind, const char *data, size_t len);
// str.encode: [len] bytes of UTF-8 text to bytes in [encoding] (None: utf-8).
// Raises LookupError for an unknown encoding, UnicodeError per [errors].
mps_obj_t mps_str_encode(const char *data, size_t len, mps_obj_t encoding, mps_obj_t errors);

#endif // CORE_OBJSTR_IMPL_H
