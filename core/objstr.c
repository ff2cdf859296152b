// SPDX-License-Identifier: MIT
// str and bytes: one implementation for both (an object's kind says text or bytes):
// making them, printing, codecs, operators, indexing, iterators, the buffer protocol
// and the types. Their methods are in objstr_methods.c.
#include "core/objstr_impl.h"

#include <string.h>

#include "core/gc.h"
#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objslice.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"
#include "core/unicode.h"

// Static str/bytes objects keep their bytes inline after the header (data == 0).
typedef struct {
    mps_obj_str_t hdr;
    char text[4];
} rom_str_t;

static const rom_str_t empty_bytes_obj = {{MPS_BASE(MPS_TYPE_IDX_bytes), 0, 0, 0}, ""};
#define EMPTY_BYTES MPS_OBJ_FROM_PTR(&empty_bytes_obj.hdr)
#define EMPTY_STR MPS_OBJ_NEW_QSTR(MPS_QSTR_empty)

// Every one-character ASCII str as a static object: indexing and iterating over text,
// the commonest source of tiny strings, then allocate nothing (MicroPython allocates 32
// bytes for each).
#define CH(i) {{MPS_BASE(MPS_TYPE_IDX_str), 0, 1, 0}, {(char)(i), 0, 0, 0}}
#define CH4(i) CH(i), CH((i) + 1), CH((i) + 2), CH((i) + 3)
#define CH16(i) CH4(i), CH4((i) + 4), CH4((i) + 8), CH4((i) + 12)
static const rom_str_t ascii_chars[128] = {
    CH16(0), CH16(16), CH16(32), CH16(48), CH16(64), CH16(80), CH16(96), CH16(112),
};
#undef CH
#undef CH4
#undef CH16

// --- data access ----------------------------------------------------------------------

const char *mps_obj_str_get_data_kind(mps_obj_t o, size_t *len, unsigned *kind) {
    if (MPS_OBJ_IS_QSTR(o)) {
        *kind = KIND_STR;
        return qstr_data(MPS_OBJ_QSTR_VALUE(o), len);
    }
    if (!MPS_OBJ_IS_OBJ(o)) {
        return NULL;
    }
    mps_ref_t t = ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type;
    if (t == KIND_STR || t == KIND_BYTES) {
        const mps_obj_str_t *s = MPS_OBJ_TO_PTR(o);
        *len = s->len;
        *kind = t;
        return mps_obj_str_data(s);
    }
    if (t == KIND_BYTEARRAY) {
        const mps_obj_bytearray_t *b = MPS_OBJ_TO_PTR(o);
        *len = b->len;
        *kind = t;
        return b->items ? MPS_PTR(const char, b->items) : "";
    }
    if (t >= MPS_TYPE_TABLE_SIZE) {
        // An instance of a class derived from str/bytes/bytearray: use its native part.
        const mps_obj_type_t *native = mps_obj_type_native(mps_obj_get_class(o));
        if (native == &mps_type_str || native == &mps_type_bytes || native == &mps_type_bytearray) {
            mps_obj_t sub = mps_obj_instance_native(o);
            if (sub != o) {
                return mps_obj_str_get_data_kind(sub, len, kind);
            }
        }
    }
    return NULL;
}

noreturn void mps_str_raise_cant_convert(mps_obj_t o, unsigned kind) {
    mps_raise_msg_varg(&mps_type_TypeError, "can't convert '%s' object to %s implicitly",
                       mps_obj_get_type_str(o), kind == KIND_STR ? "str" : "bytes");
}

const char *mps_obj_str_get_data(mps_obj_t o, size_t *len) {
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(o, len, &kind);
    if (d == NULL) {
        mps_str_raise_cant_convert(o, KIND_STR);
    }
    return d;
}

const char *mps_obj_str_get_str(mps_obj_t o) {
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(o, &len, &kind);
    if (d == NULL || kind != KIND_STR) {
        mps_str_raise_cant_convert(o, KIND_STR);
    }
    return d; // str data is always NUL-terminated (heap, ROM and qstr alike)
}

qstr mps_obj_str_get_qstr(mps_obj_t o) {
    if (MPS_OBJ_IS_QSTR(o)) {
        return MPS_OBJ_QSTR_VALUE(o);
    }
    size_t len;
    const char *d = mps_obj_str_get_data(o, &len);
    return qstr_from_strn(d, len);
}

// The hash word of a heap str keeps the 30-bit hash in its low bits and caches
// "is the text ASCII" in the top two (see objstr.h).
#define HASH_MASK (0x3fffffffu)
#define FLAG_ASCII_KNOWN (0x40000000u)
#define FLAG_ASCII (0x80000000u)

uint32_t mps_obj_str_get_hash(mps_obj_t o) {
    if (MPS_OBJ_IS_QSTR(o)) {
        return qstr_hash(MPS_OBJ_QSTR_VALUE(o));
    }
    mps_obj_str_t *s = MPS_OBJ_TO_PTR(o);
    uint32_t h = s->hash & HASH_MASK;
    if (h != 0) {
        return h;
    }
    // Same function as qstrs, so a heap str and the qstr of its text hash alike.
    h = qstr_compute_hash(mps_obj_str_data(s), s->len) & HASH_MASK;
    if (gc_is_in_heap(s)) {
        s->hash = (s->hash & ~HASH_MASK) | h; // cached; static objects are read-only
    }
    return h;
}

// True for a qstr or a str/bytes object itself (not a subclass instance).
static bool is_str_or_bytes(mps_obj_t o) {
    return MPS_OBJ_IS_QSTR(o) || mps_obj_is_type_idx(o, KIND_STR) || mps_obj_is_type_idx(o, KIND_BYTES);
}

// Hash of [o] if already known without work, else 0 (o: a qstr, str or bytes).
static uint32_t known_hash(mps_obj_t o) {
    if (MPS_OBJ_IS_QSTR(o)) {
        return qstr_hash(MPS_OBJ_QSTR_VALUE(o));
    }
    return ((const mps_obj_str_t *)MPS_OBJ_TO_PTR(o))->hash & HASH_MASK;
}

// True if the text of str [o] ([len] bytes at [d]) is all ASCII, so that code points
// are bytes and indexing is direct. Cached in a heap str's hash word.
bool mps_str_is_ascii(mps_obj_t o, const char *d, size_t len) {
    if (MPS_OBJ_IS_QSTR(o) || !mps_obj_is_type_idx(o, MPS_TYPE_IDX_str)) {
        return mps_utf8_is_ascii(d, len);
    }
    mps_obj_str_t *s = MPS_OBJ_TO_PTR(o);
    if (s->hash & FLAG_ASCII_KNOWN) {
        return (s->hash & FLAG_ASCII) != 0;
    }
    bool ascii = mps_utf8_is_ascii(d, len);
    if (gc_is_in_heap(s)) {
        s->hash |= FLAG_ASCII_KNOWN | (ascii ? FLAG_ASCII : 0);
    }
    return ascii;
}

bool mps_obj_str_equal(mps_obj_t a, mps_obj_t b) {
    if (a == b) {
        return true;
    }
    if (MPS_OBJ_IS_QSTR(a) && MPS_OBJ_IS_QSTR(b)) {
        return false; // interned: equal text means the same qstr
    }
    size_t la, lb;
    unsigned ka, kb;
    const char *da = mps_obj_str_get_data_kind(a, &la, &ka);
    const char *db = mps_obj_str_get_data_kind(b, &lb, &kb);
    if (da == NULL || db == NULL || ka != kb || la != lb) {
        return false;
    }
    if (ka != KIND_BYTEARRAY && is_str_or_bytes(a) && is_str_or_bytes(b)) {
        uint32_t ha = known_hash(a), hb = known_hash(b);
        if (ha != 0 && hb != 0 && ha != hb) {
            return false;
        }
    }
    return memcmp(da, db, la) == 0;
}

// --- making objects -------------------------------------------------------------------

// The qstr of [len] bytes at [data] if that text is interned. Names are short, so
// longer texts are not looked up: hashing every long result (a replace() of a page of
// text) would cost more than it could save. Only identity differs: equality, hashing
// and dict lookups treat a heap str and a qstr of the same text alike.
static qstr find_interned(const char *data, size_t len) {
    return len <= MPS_STR_INTERN_PROBE_MAX ? qstr_find_strn(data, len) : MPS_QSTR_NULL;
}

// A new heap str/bytes of [len] bytes with its data inline (one allocation); the
// caller fills mps_obj_str_data() and then calls str_finish.
static mps_obj_str_t *str_alloc(unsigned kind, size_t len) {
    mps_obj_str_t *s = mps_obj_alloc(sizeof(mps_obj_str_t) + len + 1, kind);
    s->hash = 0;
    s->len = (mps_uint_t)len;
    s->data = MPS_REF(s + 1);
    ((char *)(s + 1))[len] = '\0';
    return s;
}

static inline char *str_alloc_data(mps_obj_str_t *s) {
    return (char *)(s + 1);
}

// Hands out a str made with str_alloc, or the existing qstr of the same text (then the
// new object goes straight back to the heap).
static mps_obj_t str_finish(mps_obj_str_t *s) {
    if (s->base.type == KIND_STR) {
        const char *d = str_alloc_data(s);
        if (s->len == 1 && (unsigned char)d[0] < 0x80) {
            mps_obj_t c = MPS_OBJ_FROM_PTR(&ascii_chars[(unsigned char)d[0]].hdr);
            mps_mem_free(s);
            return c;
        }
        qstr q = find_interned(d, s->len);
        if (q != MPS_QSTR_NULL) {
            mps_mem_free(s);
            return MPS_OBJ_NEW_QSTR(q);
        }
    } else if (s->len == 0) {
        mps_mem_free(s);
        return EMPTY_BYTES;
    }
    return MPS_OBJ_FROM_PTR(s);
}

static mps_obj_t new_copy(unsigned kind, const char *data, size_t len) {
    mps_obj_str_t *s = str_alloc(kind, len);
    memcpy(str_alloc_data(s), data, len);
    return MPS_OBJ_FROM_PTR(s);
}

mps_obj_t mps_obj_new_str(const char *data, size_t len) {
    if (len == 1 && (unsigned char)data[0] < 0x80) {
        return MPS_OBJ_FROM_PTR(&ascii_chars[(unsigned char)data[0]].hdr);
    }
    qstr q = find_interned(data, len);
    if (q != MPS_QSTR_NULL) {
        return MPS_OBJ_NEW_QSTR(q);
    }
    return new_copy(KIND_STR, data, len);
}

mps_obj_t mps_obj_new_str_cstr(const char *str) {
    return mps_obj_new_str(str, strlen(str));
}

mps_obj_t mps_obj_new_str_via_qstr(const char *data, size_t len) {
    return MPS_OBJ_NEW_QSTR(qstr_from_strn(data, len));
}

mps_obj_t mps_obj_new_bytes(const uint8_t *data, size_t len) {
    if (len == 0) {
        return EMPTY_BYTES;
    }
    return new_copy(KIND_BYTES, (const char *)data, len);
}

static mps_obj_t from_vstr(unsigned kind, vstr_t *vstr) {
    size_t len = vstr->len;
    mps_obj_t o = MPS_OBJ_NULL;
    if (kind == KIND_STR) {
        if (len == 1 && (unsigned char)vstr->buf[0] < 0x80) {
            o = MPS_OBJ_FROM_PTR(&ascii_chars[(unsigned char)vstr->buf[0]].hdr);
        } else {
            qstr q = find_interned(vstr->buf, len);
            if (q != MPS_QSTR_NULL) {
                o = MPS_OBJ_NEW_QSTR(q);
            }
        }
    } else if (len == 0) {
        o = EMPTY_BYTES;
    }
    if (o == MPS_OBJ_NULL && (vstr->fixed || vstr->buf == NULL)) {
        o = new_copy(kind, vstr->buf, len);
    }
    if (o != MPS_OBJ_NULL) {
        vstr_clear(vstr);
        return o;
    }
    // Take the buffer over: shrink it to the text and its NUL (in place, no copy).
    char *buf = vstr->buf;
    if (vstr->alloc != len + 1) {
        buf = mps_mem_realloc(buf, len + 1);
    }
    buf[len] = '\0';
    mps_obj_str_t *s = mps_obj_alloc(sizeof(mps_obj_str_t), kind);
    s->hash = 0;
    s->len = (mps_uint_t)len;
    s->data = MPS_REF(buf);
    vstr->buf = NULL;
    vstr->alloc = 0;
    vstr->len = 0;
    return MPS_OBJ_FROM_PTR(s);
}

mps_obj_t mps_obj_new_str_from_vstr(vstr_t *vstr) {
    return from_vstr(KIND_STR, vstr);
}

mps_obj_t mps_obj_new_bytes_from_vstr(vstr_t *vstr) {
    return from_vstr(KIND_BYTES, vstr);
}

// A new object of [kind] holding a copy of [len] bytes at [data].
mps_obj_t mps_str_new_kind(unsigned kind, const char *data, size_t len) {
    if (kind == KIND_STR) {
        return mps_obj_new_str(data, len);
    }
    if (kind == KIND_BYTES) {
        return mps_obj_new_bytes((const uint8_t *)data, len);
    }
    return mps_obj_new_bytearray(len, data);
}

mps_obj_t mps_str_new_kind_from_vstr(unsigned kind, vstr_t *vstr) {
    if (kind == KIND_BYTEARRAY) {
        mps_obj_t o = mps_obj_new_bytearray(vstr->len, vstr->buf);
        vstr_clear(vstr);
        return o;
    }
    return from_vstr(kind, vstr);
}

// Methods that may return their argument unchanged do so only for immutable kinds.
mps_obj_t mps_str_same_or_copy(mps_obj_t self, unsigned kind, const char *data, size_t len) {
    return kind == KIND_BYTEARRAY ? mps_obj_new_bytearray(len, data) : self;
}

// --- printing -------------------------------------------------------------------------

void mps_str_print_quoted(const mps_print_t *print, const char *data, size_t len, bool is_bytes) {
    // As CPython: single quotes unless the text has a ' and no ".
    bool has_single = memchr(data, '\'', len) != NULL;
    bool has_double = memchr(data, '"', len) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    if (is_bytes) {
        mps_print_strn(print, "b", 1);
    }
    mps_print_strn(print, &quote, 1);
    const unsigned char *s = (const unsigned char *)data;
    const unsigned char *end = s + len;
    const unsigned char *run = s; // start of bytes printed as they are
    char esc[8];
    while (s < end) {
        unsigned char c = *s;
        size_t n = 1;
        const char *e = NULL;
        size_t elen = 2;
        if (c == quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            e = esc;
        } else if (c >= 0x20 && c < 0x7f) {
            // printable ASCII
        } else if (c == '\n') {
            e = "\\n";
        } else if (c == '\r') {
            e = "\\r";
        } else if (c == '\t') {
            e = "\\t";
        } else {
            // Text: UTF-8 is shown as is, except the C1 controls U+0080..U+009F (\x80)
            // and lone surrogates (\ud800), as CPython does. Bytes: \xNN.
            unsigned v = c;
            int digits = 2;
            if (c >= 0x80 && !is_bytes) {
                const char *q = (const char *)s;
                v = mps_utf8_get_char(&q);
                n = (size_t)((const unsigned char *)q - s);
                if (v >= 0xd800 && v <= 0xdfff) {
                    digits = 4;
                } else if (v >= 0xa0 || v < 0x80) {
                    v = 0; // printable: part of the run
                }
            }
            if (v != 0 || c < 0x80 || is_bytes) {
                static const char hex[] = "0123456789abcdef";
                esc[0] = '\\';
                esc[1] = digits == 4 ? 'u' : 'x';
                for (int k = 0; k < digits; ++k) {
                    esc[2 + k] = hex[(v >> (4 * (digits - 1 - k))) & 15];
                }
                e = esc;
                elen = (size_t)(2 + digits);
            } else {
                s += n;
                continue;
            }
        }
        if (e != NULL) {
            mps_print_strn(print, (const char *)run, (size_t)(s - run));
            mps_print_strn(print, e, elen);
            s += n;
            run = s;
        } else {
            ++s;
        }
    }
    mps_print_strn(print, (const char *)run, (size_t)(s - run));
    mps_print_strn(print, &quote, 1);
}

static void str_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t pkind) {
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(o, &len, &kind);
    if (kind == KIND_STR && pkind != MPS_PRINT_REPR) {
        mps_print_strn(print, d, len);
    } else {
        mps_str_print_quoted(print, d, len, kind != KIND_STR);
    }
}

// --- encodings ------------------------------------------------------------------------

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } encoding_t;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE } errors_t;

// Lower-cases [s] into [buf] leaving out '-' and '_', so "UTF-8", "utf_8" and "utf8"
// compare alike.
static void normalise_name(const char *s, size_t len, char *buf, size_t size) {
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < size; ++i) {
        if (s[i] != '-' && s[i] != '_') {
            buf[n++] = (char)mps_unichar_tolower((unsigned char)s[i]);
        }
    }
    buf[n] = '\0';
}

static encoding_t get_encoding(mps_obj_t enc) {
    if (enc == MPS_OBJ_NULL || enc == mps_const_none) {
        return ENC_UTF8;
    }
    size_t len;
    const char *s = mps_obj_str_get_data(enc, &len);
    char name[16];
    normalise_name(s, len, name, sizeof(name));
    if (strcmp(name, "utf8") == 0) {
        return ENC_UTF8;
    }
    if (strcmp(name, "ascii") == 0 || strcmp(name, "usascii") == 0) {
        return ENC_ASCII;
    }
    if (strcmp(name, "latin1") == 0 || strcmp(name, "iso88591") == 0 || strcmp(name, "l1") == 0) {
        return ENC_LATIN1;
    }
    mps_raise_msg_varg(&mps_type_LookupError, "unknown encoding: %s", mps_obj_str_get_str(enc));
}

static errors_t get_errors(mps_obj_t err) {
    if (err == MPS_OBJ_NULL || err == mps_const_none) {
        return ERR_STRICT;
    }
    const char *s = mps_obj_str_get_str(err);
    if (strcmp(s, "ignore") == 0) {
        return ERR_IGNORE;
    }
    if (strcmp(s, "replace") == 0) {
        return ERR_REPLACE;
    }
    return ERR_STRICT;
}

noreturn static void raise_unicode_error(void) {
    mps_raise(MPS_OBJ_FROM_PTR(&mps_type_UnicodeError));
}

// Encodes str text to bytes in [vstr].
static void encode_into(vstr_t *vstr, const char *data, size_t len, encoding_t enc, errors_t err) {
    if (enc == ENC_UTF8) {
        vstr_add_strn(vstr, data, len);
        return;
    }
    unsigned limit = enc == ENC_ASCII ? 0x80 : 0x100;
    const char *s = data, *end = data + len;
    while (s < end) {
        mps_unichar_t c = mps_utf8_get_char(&s);
        if (c < limit) {
            vstr_add_byte(vstr, (unsigned char)c);
        } else if (err == ERR_REPLACE) {
            vstr_add_byte(vstr, '?');
        } else if (err == ERR_STRICT) {
            raise_unicode_error();
        }
    }
}

mps_obj_t mps_obj_bytes_decode(const char *data, size_t len, mps_obj_t encoding, mps_obj_t errors) {
    encoding_t enc = get_encoding(encoding);
    errors_t err = get_errors(errors);
    if (enc == ENC_UTF8 && mps_utf8_is_valid(data, len)) {
        return mps_obj_new_str(data, len);
    }
    if (enc == ENC_ASCII && mps_utf8_is_ascii(data, len)) {
        return mps_obj_new_str(data, len);
    }
    if (err == ERR_STRICT && enc != ENC_LATIN1) {
        raise_unicode_error();
    }
    vstr_t vstr;
    vstr_init(&vstr, len + 1);
    const unsigned char *s = (const unsigned char *)data;
    const unsigned char *end = s + len;
    while (s < end) {
        if (enc == ENC_LATIN1 || *s < 0x80) {
            vstr_add_char(&vstr, *s++);
            continue;
        }
        size_t n = enc == ENC_UTF8 ? mps_utf8_seq_len(*s) : 1;
        if (enc == ENC_UTF8 && n > 1 && (size_t)(end - s) >= n && mps_utf8_is_valid((const char *)s, n)) {
            vstr_add_strn(&vstr, (const char *)s, n);
            s += n;
            continue;
        }
        if (err == ERR_REPLACE) {
            vstr_add_char(&vstr, 0xfffd);
        }
        ++s;
    }
    return mps_obj_new_str_from_vstr(&vstr);
}

mps_obj_t mps_str_encode(const char *data, size_t len, mps_obj_t encoding, mps_obj_t errors) {
    encoding_t enc = get_encoding(encoding);
    errors_t err = get_errors(errors);
    if (enc == ENC_UTF8 || mps_utf8_is_ascii(data, len)) {
        return mps_obj_new_bytes((const uint8_t *)data, len);
    }
    vstr_t vstr;
    vstr_init(&vstr, len + 1);
    encode_into(&vstr, data, len, enc, err);
    return mps_obj_new_bytes_from_vstr(&vstr);
}

// --- constructors ---------------------------------------------------------------------

static mps_obj_t str_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_kw == 0 && n_args <= 1) {
        if (n_args == 0) {
            return EMPTY_STR;
        }
        mps_obj_t o = args[0];
        if (mps_obj_is_str(o)) {
            return o;
        }
        vstr_t vstr;
        mps_print_t print;
        vstr_init_print(&vstr, 16, &print);
        mps_obj_print(&print, o, MPS_PRINT_STR);
        return mps_obj_new_str_from_vstr(&vstr);
    }
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_object, MPS_ARG_OBJ, {.u_obj = EMPTY_STR}},
        {MPS_QSTR_encoding, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_errors, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
    };
    mps_arg_val_t vals[3];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 3, allowed, vals);
    mps_obj_t o = vals[0].u_obj;
    if (vals[1].u_obj == MPS_OBJ_NULL && vals[2].u_obj == MPS_OBJ_NULL) {
        return str_make_new(type, 1, 0, &o);
    }
    if (mps_obj_is_str(o)) {
        mps_raise_TypeError("decoding str is not supported");
    }
    mps_buffer_info_t bi;
    mps_get_buffer_raise(o, &bi, MPS_BUFFER_READ);
    return mps_obj_bytes_decode(bi.buf, bi.len, vals[1].u_obj, vals[2].u_obj);
}

// Appends the bytes of [len] ints from [items] (each 0..255) to [vstr].
static void add_byte_values(vstr_t *vstr, const mps_obj_t *items, size_t len) {
    for (size_t i = 0; i < len; ++i) {
        mps_int_t v = mps_obj_get_int(items[i]);
        if (v < 0 || v > 255) {
            mps_raise_ValueError("bytes value out of range");
        }
        vstr_add_byte(vstr, (unsigned char)v);
    }
}

void mps_obj_bytes_fill_from_args(vstr_t *vstr, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 3, false);
    if (n_args == 0) {
        return;
    }
    mps_obj_t src = args[0];
    if (mps_obj_is_str(src)) {
        if (n_args < 2) {
            mps_raise_TypeError("string argument without an encoding");
        }
        size_t len;
        const char *d = mps_obj_str_get_data(src, &len);
        encode_into(vstr, d, len, get_encoding(args[1]), get_errors(n_args > 2 ? args[2] : MPS_OBJ_NULL));
        return;
    }
    if (n_args > 1) {
        mps_raise_TypeError("encoding without a string argument");
    }
    if (mps_obj_is_int(src) || src == mps_const_false || src == mps_const_true) {
        mps_int_t n = mps_obj_get_int(src);
        if (n < 0) {
            mps_raise_ValueError("negative count");
        }
        memset(vstr_add_len(vstr, (size_t)n), 0, (size_t)n);
        return;
    }
    mps_buffer_info_t bi;
    if (mps_get_buffer(src, &bi, MPS_BUFFER_READ)) {
        vstr_add_strn(vstr, bi.buf, bi.len);
        return;
    }
    if (mps_obj_is_type_idx(src, MPS_TYPE_IDX_list) || mps_obj_is_type_idx(src, MPS_TYPE_IDX_tuple)) {
        size_t len;
        mps_obj_t *items;
        mps_obj_get_array(src, &len, &items);
        add_byte_values(vstr, items, len);
        return;
    }
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(src, &iter_buf);
    mps_obj_t item;
    while ((item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
        add_byte_values(vstr, &item, 1);
    }
}

static mps_obj_t bytes_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_kw == 0 && n_args == 0) {
        return EMPTY_BYTES;
    }
    if (n_kw == 0 && n_args == 1 && mps_obj_is_bytes(args[0])) {
        return args[0];
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mps_obj_bytes_fill_from_args(&vstr, n_args, n_kw, args);
    return mps_obj_new_bytes_from_vstr(&vstr);
}

// --- operators ------------------------------------------------------------------------

// Data of a bytes-like operand: bytes, bytearray or anything with a buffer.
const char *mps_str_bytes_like_data(mps_obj_t o, size_t *len) {
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(o, len, &kind);
    if (d != NULL) {
        return kind == KIND_STR ? NULL : d;
    }
    mps_buffer_info_t bi;
    if (MPS_OBJ_IS_OBJ(o) && mps_get_buffer(o, &bi, MPS_BUFFER_READ)) {
        *len = bi.len;
        return bi.buf;
    }
    return NULL;
}

// Start of [needle] in [hay], searching from the front or the back; NULL if absent.
const char *mps_str_find_sub(const char *hay, size_t hlen, const char *needle, size_t nlen, bool reverse) {
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 0) {
        return reverse ? hay + hlen : hay;
    }
    size_t last = hlen - nlen;
    if (!reverse) {
        const char *p = hay;
        const char *stop = hay + last;
        while (p <= stop) {
            p = memchr(p, needle[0], (size_t)(stop - p) + 1);
            if (p == NULL) {
                return NULL;
            }
            if (memcmp(p, needle, nlen) == 0) {
                return p;
            }
            ++p;
        }
        return NULL;
    }
    for (size_t i = last + 1; i-- > 0;) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0) {
            return hay + i;
        }
    }
    return NULL;
}

static mps_obj_t repeat(unsigned kind, const char *d, size_t len, mps_obj_t n_obj) {
    size_t n;
    if (!mps_seq_get_repeat(n_obj, len, &n)) {
        return MPS_OBJ_NULL;
    }
    if (n == 0) {
        return mps_str_new_kind(kind, "", 0);
    }
    char *p;
    mps_obj_t o;
    if (kind == KIND_BYTEARRAY) {
        o = mps_obj_new_bytearray(len * n, NULL);
        p = MPS_PTR(char, ((mps_obj_bytearray_t *)MPS_OBJ_TO_PTR(o))->items);
    } else {
        mps_obj_str_t *s = str_alloc(kind, len * n);
        o = MPS_OBJ_FROM_PTR(s);
        p = str_alloc_data(s);
    }
    mps_seq_multiply(d, 1, len, n, p);
    return kind == KIND_BYTEARRAY ? o : str_finish(MPS_OBJ_TO_PTR(o));
}

static mps_obj_t concat(unsigned kind, const char *a, size_t la, const char *b, size_t lb) {
    if (kind == KIND_BYTEARRAY) {
        mps_obj_t o = mps_obj_new_bytearray(la + lb, NULL);
        char *p = MPS_PTR(char, ((mps_obj_bytearray_t *)MPS_OBJ_TO_PTR(o))->items);
        memcpy(p, a, la);
        memcpy(p + la, b, lb);
        return o;
    }
    mps_obj_str_t *s = str_alloc(kind, la + lb);
    memcpy(str_alloc_data(s), a, la);
    memcpy(str_alloc_data(s) + la, b, lb);
    return str_finish(s);
}

// memcmp(a, b, n) == 0, without a library call for the short texts that comparisons
// in loops mostly see (`c == "o"`).
static inline bool same_bytes(const char *a, const char *b, size_t n) {
    if (n <= 8) {
        for (size_t i = 0; i < n; ++i) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
    return memcmp(a, b, n) == 0;
}

// `needle in hay` for a container of [kind].
static mps_obj_t contains(unsigned kind, const char *hay, size_t hlen, mps_obj_t needle) {
    size_t nlen;
    const char *n;
    char byte;
    if (kind == KIND_STR) {
        unsigned nk;
        n = mps_obj_str_get_data_kind(needle, &nlen, &nk);
        if (n == NULL || nk != KIND_STR) {
            mps_str_raise_cant_convert(needle, KIND_STR);
        }
    } else if (MPS_OBJ_IS_SMALL_INT(needle) || mps_obj_is_int(needle)) {
        mps_int_t v = mps_obj_get_int(needle);
        if (v < 0 || v > 255) {
            mps_raise_ValueError("byte must be in range(0, 256)");
        }
        byte = (char)v;
        n = &byte;
        nlen = 1;
    } else {
        n = mps_str_bytes_like_data(needle, &nlen);
        if (n == NULL) {
            mps_str_raise_cant_convert(needle, KIND_BYTES);
        }
    }
    return mps_obj_new_bool(mps_str_find_sub(hay, hlen, n, nlen, false) != NULL);
}

mps_obj_t mps_obj_bytes_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op == MPS_BINARY_OP_IN) {
        op = MPS_BINARY_OP_CONTAINS;
        mps_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    size_t llen;
    unsigned lkind;
    const char *l = mps_obj_str_get_data_kind(lhs, &llen, &lkind);
    if (l == NULL) {
        // int * str arrives as a reflected multiply with the operands as written.
        if (op == MPS_BINARY_OP_MULTIPLY || op == MPS_BINARY_OP_REVERSE_MULTIPLY) {
            l = mps_obj_str_get_data_kind(rhs, &llen, &lkind);
            if (l != NULL) {
                return repeat(lkind, l, llen, lhs);
            }
        }
        return MPS_OBJ_NULL;
    }
    switch (op) {
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_INPLACE_MULTIPLY:
        case MPS_BINARY_OP_REVERSE_MULTIPLY:
            return repeat(lkind, l, llen, rhs);
        case MPS_BINARY_OP_MODULO:
        case MPS_BINARY_OP_INPLACE_MODULO:
            return lkind == KIND_BYTEARRAY ? MPS_OBJ_NULL : mps_obj_str_modulo(lhs, rhs);
        case MPS_BINARY_OP_CONTAINS:
            return contains(lkind, l, llen, rhs);
        default:
            break;
    }
    size_t rlen;
    unsigned rkind = 0;
    const char *r = mps_obj_str_get_data_kind(rhs, &rlen, &rkind);
    bool same_family;
    bool other_buffer = false; // rhs is some other object with a buffer (memoryview ...)
    if (r != NULL) {
        same_family = (lkind == KIND_STR) == (rkind == KIND_STR);
    } else {
        same_family = lkind != KIND_STR && (r = mps_str_bytes_like_data(rhs, &rlen)) != NULL;
        other_buffer = same_family;
    }
    if (other_buffer && lkind == KIND_BYTES && mps_seq_is_comparison(op)) {
        // bytes compares with bytes and bytearray only; a memoryview or an array
        // decides for itself (the runtime asks it next), as in CPython.
        return MPS_OBJ_NULL;
    }
    switch (op) {
        case MPS_BINARY_OP_ADD:
        case MPS_BINARY_OP_INPLACE_ADD:
            if (!same_family) {
                return MPS_OBJ_NULL;
            }
            if (rlen == 0 && lkind != KIND_BYTEARRAY) {
                return lhs;
            }
            if (llen == 0 && lkind == rkind && lkind != KIND_BYTEARRAY && !other_buffer) {
                return rhs;
            }
            return concat(lkind, l, llen, r, rlen);
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
            if (!same_family) {
                // A user object may still define __eq__; anything else differs.
                if (MPS_OBJ_IS_OBJ(rhs) && ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(rhs))->type >= MPS_TYPE_TABLE_SIZE &&
                    r == NULL) {
                    return MPS_OBJ_NULL;
                }
                return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
            }
            if (llen != rlen) {
                return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
            }
            if (lkind == KIND_STR && is_str_or_bytes(lhs) && is_str_or_bytes(rhs)) {
                // Known hashes that differ settle it without reading the text.
                uint32_t hl = known_hash(lhs), hr = known_hash(rhs);
                if (hl != 0 && hr != 0 && hl != hr) {
                    return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
                }
            }
            return mps_obj_new_bool(same_bytes(l, r, llen) == (op == MPS_BINARY_OP_EQUAL));
        case MPS_BINARY_OP_LESS:
        case MPS_BINARY_OP_MORE:
        case MPS_BINARY_OP_LESS_EQUAL:
        case MPS_BINARY_OP_MORE_EQUAL:
            if (!same_family) {
                return MPS_OBJ_NULL;
            }
            return mps_obj_new_bool(mps_seq_cmp_bytes(op, l, llen, r, rlen));
        default:
            return MPS_OBJ_NULL;
    }
}

static mps_obj_t str_unary_op(mps_unary_op_t op, mps_obj_t o) {
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(o, &len, &kind);
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_obj_new_bool(len != 0);
        case MPS_UNARY_OP_LEN:
            if (kind == KIND_STR && !mps_str_is_ascii(o, d, len)) {
                return MPS_OBJ_NEW_SMALL_INT(mps_utf8_charlen(d, len));
            }
            return MPS_OBJ_NEW_SMALL_INT(len);
        case MPS_UNARY_OP_HASH:
            return MPS_OBJ_NEW_SMALL_INT(mps_obj_str_get_hash(o));
        default:
            return MPS_OBJ_NULL;
    }
}

// --- indexing ---------------------------------------------------------------------------

static const char *kind_name(unsigned kind) {
    return kind == KIND_STR ? "string" : kind == KIND_BYTES ? "bytes" : "bytearray";
}

// An int index into [len] items (negative from the end); raises IndexError/TypeError.
static size_t item_index(unsigned kind, size_t len, mps_obj_t index) {
    mps_int_t i;
    if (!mps_obj_get_int_maybe(index, &i)) {
        mps_raise_msg_varg(&mps_type_TypeError, "%s indices must be integers, not %s", kind_name(kind),
                           mps_obj_get_type_str(index));
    }
    if (i < 0) {
        i += (mps_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        mps_raise_msg_varg(&mps_type_IndexError, "%s index out of range", kind_name(kind));
    }
    return (size_t)i;
}

// Byte pointer of code point [i] when stepping from code point [from] at [p].
const char *mps_str_step_chars(const char *p, const char *data, const char *end, mps_int_t n) {
    while (n > 0 && p < end) {
        p += mps_utf8_seq_len((unsigned char)*p);
        --n;
    }
    while (n < 0 && p > data) {
        --p;
        while (p > data && MPS_UTF8_IS_CONT(*p)) {
            --p;
        }
        ++n;
    }
    return p;
}

mps_obj_t mps_obj_str_subscr_load(mps_obj_t o, mps_obj_t index) {
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(o, &len, &kind);
    bool text = kind == KIND_STR && !mps_str_is_ascii(o, d, len);
    size_t n = text ? mps_utf8_charlen(d, len) : len;
    if (mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice)) {
        mps_bound_slice_t b;
        bool unit = mps_obj_slice_indices(index, n, &b);
        size_t count = mps_seq_slice_len(&b);
        if (!text && unit) {
            return mps_str_new_kind(kind, d + b.start, count);
        }
        if (count == 0) {
            return mps_str_new_kind(kind, "", 0);
        }
        const char *end = d + len;
        const char *p = text ? mps_utf8_index(d, len, (size_t)b.start) : d + b.start;
        if (text && unit) {
            const char *q = mps_str_step_chars(p, d, end, (mps_int_t)count);
            return mps_str_new_kind(kind, p, (size_t)(q - p));
        }
        vstr_t vstr;
        vstr_init(&vstr, count + 1);
        for (size_t i = 0; i < count; ++i) {
            if (i > 0) {
                p = text ? mps_str_step_chars(p, d, end, b.step) : p + b.step;
            }
            vstr_add_strn(&vstr, p, text ? mps_utf8_seq_len((unsigned char)*p) : 1);
        }
        return mps_str_new_kind_from_vstr(kind, &vstr);
    }
    size_t i = item_index(kind, n, index);
    if (kind != KIND_STR) {
        return MPS_OBJ_NEW_SMALL_INT((unsigned char)d[i]);
    }
    const char *p = text ? mps_utf8_index(d, len, i) : d + i;
    return mps_obj_new_str(p, mps_utf8_seq_len((unsigned char)*p));
}

static mps_obj_t str_subscr(mps_obj_t o, mps_obj_t index, mps_obj_t value) {
    if (value != MPS_OBJ_SENTINEL) {
        return MPS_OBJ_NULL; // immutable
    }
    return mps_obj_str_subscr_load(o, index);
}

// --- iteration --------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t str;
    mps_uint_t pos; // byte offset of the next item
} str_iter_t;

static mps_obj_t make_iter(unsigned idx, mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    str_iter_t *it;
    if (iter_buf != NULL) {
        it = (str_iter_t *)iter_buf;
        it->base.type = idx;
    } else {
        it = mps_obj_alloc(sizeof(str_iter_t), idx);
    }
    it->str = o;
    it->pos = 0;
    return MPS_OBJ_FROM_PTR(it);
}

static mps_obj_t str_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    return make_iter(MPS_TYPE_IDX_str_iter, o, iter_buf);
}

mps_obj_t mps_obj_bytes_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    return make_iter(MPS_TYPE_IDX_bytes_iter, o, iter_buf);
}

static mps_obj_t str_iter_next(mps_obj_t self) {
    str_iter_t *it = MPS_OBJ_TO_PTR(self);
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(it->str, &len, &kind);
    if (it->pos >= len) {
        return MPS_OBJ_STOP_ITERATION;
    }
    const char *p = d + it->pos;
    size_t n = mps_utf8_seq_len((unsigned char)*p);
    it->pos += (mps_uint_t)n;
    return mps_obj_new_str(p, n);
}

static mps_obj_t bytes_iter_next(mps_obj_t self) {
    str_iter_t *it = MPS_OBJ_TO_PTR(self);
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(it->str, &len, &kind);
    if (it->pos >= len) {
        return MPS_OBJ_STOP_ITERATION;
    }
    return MPS_OBJ_NEW_SMALL_INT((unsigned char)d[it->pos++]);
}

const mps_obj_type_t mps_type_str_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_iterator,
    .iternext = str_iter_next,
};

const mps_obj_type_t mps_type_bytes_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_iterator,
    .iternext = bytes_iter_next,
};

// --- buffer protocol --------------------------------------------------------------------

static int str_get_buffer(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags) {
    if (flags & MPS_BUFFER_WRITE) {
        return 1;
    }
    size_t len;
    unsigned kind;
    bufinfo->buf = (void *)mps_obj_str_get_data_kind(o, &len, &kind);
    bufinfo->len = len;
    bufinfo->typecode = 'B';
    return 0;
}

// --- the types --------------------------------------------------------------------------

#define METHOD_ENTRY(name) {MPS_ROM_QSTR(MPS_QSTR_##name), MPS_ROM_PTR(&mps_str_##name##_obj)},

static const mps_rom_map_elem_t str_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_maketrans), MPS_ROM_PTR(&mps_str_maketrans_obj)},
    MPS_STR_TEXT_METHODS(METHOD_ENTRY)
    MPS_STR_ONLY_METHODS(METHOD_ENTRY)
};

static const mps_rom_map_elem_t bytes_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_fromhex), MPS_ROM_PTR(&mps_str_fromhex_obj)},
    MPS_STR_TEXT_METHODS(METHOD_ENTRY)
    MPS_STR_BYTES_METHODS(METHOD_ENTRY)
};

const mps_obj_type_t mps_type_str = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_str,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = str_unary_op,
    .binary_op = mps_obj_bytes_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .buffer = str_get_buffer,
    .locals = str_locals_table,
    .n_locals = sizeof(str_locals_table) / sizeof(str_locals_table[0]),
};

const mps_obj_type_t mps_type_bytes = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_bytes,
    .print = str_print,
    .make_new = bytes_make_new,
    .unary_op = str_unary_op,
    .binary_op = mps_obj_bytes_binary_op,
    .subscr = str_subscr,
    .getiter = mps_obj_bytes_getiter,
    .buffer = str_get_buffer,
    .locals = bytes_locals_table,
    .n_locals = sizeof(bytes_locals_table) / sizeof(bytes_locals_table[0]),
};
