// SPDX-License-Identifier: MIT
// str and bytes (immutable, sharing one implementation: objstr.c, objstr_methods.c,
// objstr_format.c), bytearray (objbytearray.c) and memoryview (objmemoryview.c).
#ifndef CORE_OBJSTR_H
#define CORE_OBJSTR_H

#include "core/obj.h"
#include "core/objfun.h"
#include "core/objproperty.h"
#include "core/vstr.h"

extern const mps_obj_type_t mps_type_str;
extern const mps_obj_type_t mps_type_bytes;
extern const mps_obj_type_t mps_type_bytearray;
extern const mps_obj_type_t mps_type_memoryview;
extern const mps_obj_type_t mps_type_str_iter;
extern const mps_obj_type_t mps_type_bytes_iter;
extern const mps_obj_type_t mps_type_memoryview_iter;

// A heap str/bytes. str data is UTF-8. Interned strings are qstr objects instead.
//
// Layout: a str made by copying (mps_obj_new_str, concatenation, slicing ...) is ONE
// allocation: this 16-byte header with the bytes and a NUL right after it, and `data`
// pointing there. That costs exactly the blocks of MicroPython's separate header and
// data (16 + round16(len + 1)) but is one allocation, not two. A str made from a vstr
// (join, format, %) takes the vstr's buffer as it is (no copy), shrunk to fit.
// data == 0 means "the bytes follow the header": static (ROM) objects use that, since
// C cannot put an address in a 32-bit field of a static initialiser. Read the bytes
// with mps_obj_str_data().
typedef struct {
    mps_obj_base_t base;
    mps_uint_t hash; // low 30 bits: hash, 0 until computed; top 2 bits: objstr.c's cache
                     // (read it with mps_obj_str_get_hash; 0 is always a valid value)
    mps_uint_t len;  // bytes
    mps_ref_t data;  // NUL-terminated bytes (heap or ROM); 0: inline after the header
} mps_obj_str_t;

static inline const char *mps_obj_str_data(const mps_obj_str_t *s) {
    return s->data ? MPS_PTR(const char, s->data) : (const char *)(s + 1);
}

// A bytearray: a 16-byte header and a separate data block, as in MicroPython, so that
// bytearray(100) costs 16 + 112 bytes and the object's address stays put as it grows.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t alloc; // bytes allocated at items (0 when [items] is borrowed: by_ref)
    mps_uint_t len;
    mps_ref_t items;  // uint8_t[alloc], or memory owned by someone else
} mps_obj_bytearray_t;

// A memoryview: a window into another object's buffer. 16 bytes, one block, like
// MicroPython's. [items] points into that buffer, and the conservative GC keeps the
// buffer's heap block alive through it (interior pointer), so no reference to the
// object itself is needed.
typedef struct {
    mps_obj_base_t base;
    uint8_t typecode; // struct code of one item: 'B', 'b', 'h', 'i', 'f' ...
    uint8_t readonly;
    uint16_t pad;
    mps_uint_t len;   // items
    mps_ref_t items;  // address of the first item
} mps_obj_memoryview_t;

// Strings longer than this are never looked up among the interned names when made.
#define MPS_STR_INTERN_PROBE_MAX (48)

// New str from [len] UTF-8 bytes (copied); returns the qstr object if already interned
// (texts up to MPS_STR_INTERN_PROBE_MAX bytes) and a static object for one ASCII
// character: neither allocates.
mps_obj_t mps_obj_new_str(const char *data, size_t len);
mps_obj_t mps_obj_new_str_cstr(const char *str);
// Interns and returns a qstr object (for names).
mps_obj_t mps_obj_new_str_via_qstr(const char *data, size_t len);
// New str/bytes taking the buffer of [vstr] (which is then empty). The buffer is
// shrunk to fit, not copied (a fixed vstr's buffer is copied). A str whose text is
// already interned comes back as the qstr object and the buffer is freed.
mps_obj_t mps_obj_new_str_from_vstr(vstr_t *vstr);
mps_obj_t mps_obj_new_bytes_from_vstr(vstr_t *vstr);
mps_obj_t mps_obj_new_bytes(const uint8_t *data, size_t len); // b'' is static: no heap
mps_obj_t mps_obj_new_bytearray(size_t len, const void *items); // items may be NULL (zeros)
mps_obj_t mps_obj_new_bytearray_by_ref(size_t len, void *items);
// New memoryview over [len] items of [typecode] at [items]; [items] must stay alive
// by other means (or be inside the heap allocation that the view references).
mps_obj_t mps_obj_new_memoryview(int typecode, size_t len, void *items, bool readonly);

// Bytes and length of a str or bytes object (or qstr). Raises TypeError otherwise.
const char *mps_obj_str_get_data(mps_obj_t o, size_t *len);
// NUL-terminated text of a str.
const char *mps_obj_str_get_str(mps_obj_t o);
// Interns a str and returns its qstr.
qstr mps_obj_str_get_qstr(mps_obj_t o);
bool mps_obj_str_equal(mps_obj_t a, mps_obj_t b);
uint32_t mps_obj_str_get_hash(mps_obj_t o);
// True for bytes (not str).
#define mps_obj_is_bytes(o) mps_obj_is_type_idx(o, MPS_TYPE_IDX_bytes)

// Prints [len] bytes as a quoted repr (str or bytes style).
void mps_str_print_quoted(const mps_print_t *print, const char *data, size_t len, bool is_bytes);
// str.format(*args, **kwargs) on a format string: the core of format() and f-strings.
// args[0] is the format string, then n_args - 1 positional values, then n_kw
// (qstr-object key, value) pairs. Raises ValueError/KeyError/IndexError/TypeError.
mps_obj_t mps_obj_str_format(size_t n_args, size_t n_kw, const mps_obj_t *args);
// format(value, spec) with the format-spec mini-language. [spec] is a str; calls a
// user object's __format__ when it has one.
mps_obj_t mps_obj_format_value(mps_obj_t value, mps_obj_t spec);
// ascii(o): repr(o) with non-ASCII code points escaped (\xe9, \u20ac, \U0001f44c).
mps_obj_t mps_obj_str_ascii(mps_obj_t o);
// "fmt % args" for a str or bytes [fmt].
mps_obj_t mps_obj_str_modulo(mps_obj_t fmt, mps_obj_t args);

// UTF-8 helpers (core/unicode.c; more in core/unicode.h).
size_t mps_utf8_charlen(const char *data, size_t len); // code points in [data]
const char *mps_utf8_index(const char *data, size_t len, size_t char_index); // pointer to code point

// --- shared by str, bytes and bytearray (core/objstr.c) ---------------------------

// Method objects shared with bytearray (objbytearray.c puts them in its table). Each
// takes self first and accepts str, bytes or bytearray; results have self's kind.
// TEXT: str, bytes and bytearray have them; BYTES: bytes and bytearray only.
#define MPS_STR_TEXT_METHODS(X) \
    X(count) X(endswith) X(find) X(index) X(isalpha) X(isdigit) X(islower) X(isspace) \
    X(isupper) X(isalnum) X(join) X(lower) X(lstrip) X(replace) X(rfind) X(rindex) \
    X(rsplit) X(rstrip) X(split) X(startswith) X(strip) X(upper) X(center) X(ljust) \
    X(rjust) X(zfill) X(partition) X(rpartition) X(splitlines) X(capitalize) X(title) \
    X(swapcase) X(removeprefix) X(removesuffix) X(isascii) X(istitle) X(expandtabs)
#define MPS_STR_BYTES_METHODS(X) X(decode) X(hex)
// str only.
#define MPS_STR_ONLY_METHODS(X) \
    X(format) X(encode) X(isprintable) X(isidentifier) X(translate) X(casefold) X(format_map)
#define MPS_STR_DECLARE_METHOD(name) extern const mps_obj_fun_builtin_t mps_str_##name##_obj;
MPS_STR_TEXT_METHODS(MPS_STR_DECLARE_METHOD)
MPS_STR_BYTES_METHODS(MPS_STR_DECLARE_METHOD)
MPS_STR_ONLY_METHODS(MPS_STR_DECLARE_METHOD)
#undef MPS_STR_DECLARE_METHOD
// bytes.fromhex / bytearray.fromhex (a classmethod) and str.maketrans (a staticmethod).
extern const mps_obj_static_class_method_t mps_str_fromhex_obj;
extern const mps_obj_static_class_method_t mps_str_maketrans_obj;

// Data and kind (MPS_TYPE_IDX_str, _bytes or _bytearray) of [o]; NULL if [o] is none
// of those. Never raises.
const char *mps_obj_str_get_data_kind(mps_obj_t o, size_t *len, unsigned *kind);
// Binary operators common to bytes and bytearray with a bytes-like [rhs]: +, *, %,
// comparisons and `in`. + and * give a result of lhs's kind. MPS_OBJ_NULL if
// unsupported.
mps_obj_t mps_obj_bytes_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs);
// An iterator over the bytes of [o] (ints), using [iter_buf] when given.
mps_obj_t mps_obj_bytes_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf);
// bytes(...)/bytearray(...) construction: fills [vstr] (initialised by the caller)
// from the constructor arguments. Raises TypeError/ValueError.
void mps_obj_bytes_fill_from_args(vstr_t *vstr, size_t n_args, size_t n_kw, const mps_obj_t *args);
// o[index] (int or slice) for str, bytes and bytearray: a new object for a slice.
mps_obj_t mps_obj_str_subscr_load(mps_obj_t o, mps_obj_t index);
// Appends the bytes written in hex in str [str] (whitespace between bytes allowed) to
// [vstr], for fromhex. Raises ValueError.
void mps_obj_bytes_parse_hex(vstr_t *vstr, mps_obj_t str);
// bytes.decode / str(bytes, encoding, errors) for [len] bytes at [data].
mps_obj_t mps_obj_bytes_decode(const char *data, size_t len, mps_obj_t encoding, mps_obj_t errors);

#endif // CORE_OBJSTR_H
