// SPDX-License-Identifier: MIT
// The methods of str and bytes, shared with bytearray: searching, splitting, joining,
// stripping, replacing, case, classes, padding, codecs, hex, and the CPython extras
// (removeprefix, translate, format_map ...).
#include "core/objstr_impl.h"

#include <string.h>

#include "core/mem.h"
#include "core/nlr.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objlist.h"
#include "core/objproperty.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/runtime.h"
#include "core/unicode.h"

// --- method helpers ---------------------------------------------------------------------

// The text a method works on: self's bytes and kind (KIND_STR/BYTES/BYTEARRAY).
typedef struct {
    const char *data;
    size_t len;
    unsigned kind;
    mps_obj_t obj;
} text_t;

static text_t self_text(mps_obj_t self) {
    text_t t;
    t.obj = self;
    t.data = mps_obj_str_get_data_kind(self, &t.len, &t.kind);
    if (t.data == NULL) {
        mps_str_raise_cant_convert(self, KIND_STR);
    }
    return t;
}

// Data of an argument to a method of a [kind] object: str for str, bytes-like otherwise.
static const char *arg_data(mps_obj_t o, unsigned kind, size_t *len) {
    unsigned k = 0;
    const char *d = mps_obj_str_get_data_kind(o, len, &k);
    if (kind == KIND_STR) {
        if (d == NULL || k != KIND_STR) {
            mps_str_raise_cant_convert(o, KIND_STR);
        }
        return d;
    }
    if (d == NULL || k == KIND_STR) {
        d = k == KIND_STR ? NULL : mps_str_bytes_like_data(o, len);
        if (d == NULL) {
            mps_str_raise_cant_convert(o, KIND_BYTES);
        }
    }
    return d;
}

// The needle of find/index/count: as arg_data, but the bytes-like kinds also take an
// int, the value of one byte (kept at [byte]).
static const char *needle_data(mps_obj_t o, unsigned kind, size_t *len, char *byte) {
    if (kind != KIND_STR && mps_obj_is_int(o)) {
        mps_int_t v = mps_obj_get_int(o);
        if (v < 0 || v > 255) {
            mps_raise_ValueError("byte must be in range(0, 256)");
        }
        *byte = (char)v;
        *len = 1;
        return byte;
    }
    return arg_data(o, kind, len);
}

// A byte range of a text chosen by optional start/end arguments (code points for str).
typedef struct {
    const char *start;
    const char *end;
    size_t char_start; // code point index of start
    bool bytewise;     // code points and bytes coincide
} range_t;

static bool opt_int(size_t n_args, const mps_obj_t *args, size_t i, mps_int_t *out) {
    if (i >= n_args || args[i] == mps_const_none) {
        return false;
    }
    *out = mps_obj_get_int(args[i]);
    return true;
}

// Resolves start/end (args[first], args[first + 1], each optional or None) as slices
// do. Returns false when start lies beyond the end (nothing matches, not even "").
static bool get_range(const text_t *t, size_t n_args, const mps_obj_t *args, size_t first, range_t *r) {
    r->bytewise = t->kind != KIND_STR || mps_str_is_ascii(t->obj, t->data, t->len);
    mps_int_t n = (mps_int_t)(r->bytewise ? t->len : mps_utf8_charlen(t->data, t->len));
    mps_int_t s = 0, e = n;
    if (opt_int(n_args, args, first, &s) && s < 0) {
        s = s + n < 0 ? 0 : s + n;
    }
    if (opt_int(n_args, args, first + 1, &e)) {
        if (e < 0) {
            e = e + n < 0 ? 0 : e + n;
        } else if (e > n) {
            e = n;
        }
    }
    if (s > n || e < s) {
        return false;
    }
    r->char_start = (size_t)s;
    if (r->bytewise) {
        r->start = t->data + s;
        r->end = t->data + e;
    } else {
        r->start = mps_utf8_index(t->data, t->len, (size_t)s);
        r->end = mps_str_step_chars(r->start, t->data, t->data + t->len, e - s);
    }
    return true;
}

// Code point index in [t] of byte pointer [p] inside range [r].
static size_t char_pos(const range_t *r, const char *p) {
    size_t off = (size_t)(p - r->start);
    return r->char_start + (r->bytewise ? off : mps_utf8_charlen(r->start, off));
}

// --- find, index, count, startswith -----------------------------------------------------

static mps_obj_t finder(size_t n_args, const mps_obj_t *args, bool reverse, bool raise) {
    text_t t = self_text(args[0]);
    size_t nlen;
    char byte;
    const char *needle = needle_data(args[1], t.kind, &nlen, &byte);
    range_t r;
    const char *p = NULL;
    if (get_range(&t, n_args, args, 2, &r)) {
        p = mps_str_find_sub(r.start, (size_t)(r.end - r.start), needle, nlen, reverse);
    }
    if (p == NULL) {
        if (raise) {
            mps_raise_ValueError("substring not found");
        }
        return MPS_OBJ_NEW_SMALL_INT(-1);
    }
    return MPS_OBJ_NEW_SMALL_INT(char_pos(&r, p));
}

static mps_obj_t str_find(size_t n_args, const mps_obj_t *args) {
    return finder(n_args, args, false, false);
}
static mps_obj_t str_rfind(size_t n_args, const mps_obj_t *args) {
    return finder(n_args, args, true, false);
}
static mps_obj_t str_index(size_t n_args, const mps_obj_t *args) {
    return finder(n_args, args, false, true);
}
static mps_obj_t str_rindex(size_t n_args, const mps_obj_t *args) {
    return finder(n_args, args, true, true);
}
MPS_DEFINE_FUN_VAR(mps_str_find_obj, 2, 4, str_find);
MPS_DEFINE_FUN_VAR(mps_str_rfind_obj, 2, 4, str_rfind);
MPS_DEFINE_FUN_VAR(mps_str_index_obj, 2, 4, str_index);
MPS_DEFINE_FUN_VAR(mps_str_rindex_obj, 2, 4, str_rindex);

static mps_obj_t str_count(size_t n_args, const mps_obj_t *args) {
    text_t t = self_text(args[0]);
    size_t nlen;
    char byte;
    const char *needle = needle_data(args[1], t.kind, &nlen, &byte);
    range_t r;
    if (!get_range(&t, n_args, args, 2, &r)) {
        return MPS_OBJ_NEW_SMALL_INT(0);
    }
    size_t span = (size_t)(r.end - r.start);
    if (nlen == 0) {
        // One empty match between every two code points and at both ends.
        return MPS_OBJ_NEW_SMALL_INT((r.bytewise ? span : mps_utf8_charlen(r.start, span)) + 1);
    }
    size_t n = 0;
    const char *p = r.start;
    while ((p = mps_str_find_sub(p, (size_t)(r.end - p), needle, nlen, false)) != NULL) {
        ++n;
        p += nlen;
    }
    return MPS_OBJ_NEW_SMALL_INT(n);
}
MPS_DEFINE_FUN_VAR(mps_str_count_obj, 2, 4, str_count);

static mps_obj_t starts_ends(size_t n_args, const mps_obj_t *args, bool at_end) {
    text_t t = self_text(args[0]);
    range_t r;
    if (!get_range(&t, n_args, args, 2, &r)) {
        return mps_const_false;
    }
    size_t span = (size_t)(r.end - r.start);
    mps_obj_t *choices = (mps_obj_t *)&args[1];
    size_t n_choices = 1;
    if (mps_obj_is_type_idx(args[1], MPS_TYPE_IDX_tuple)) {
        mps_obj_tuple_get(args[1], &n_choices, &choices);
    }
    for (size_t i = 0; i < n_choices; ++i) {
        size_t plen;
        const char *p = arg_data(choices[i], t.kind, &plen);
        if (plen <= span && memcmp(at_end ? r.end - plen : r.start, p, plen) == 0) {
            return mps_const_true;
        }
    }
    return mps_const_false;
}

static mps_obj_t str_startswith(size_t n_args, const mps_obj_t *args) {
    return starts_ends(n_args, args, false);
}
static mps_obj_t str_endswith(size_t n_args, const mps_obj_t *args) {
    return starts_ends(n_args, args, true);
}
MPS_DEFINE_FUN_VAR(mps_str_startswith_obj, 2, 4, str_startswith);
MPS_DEFINE_FUN_VAR(mps_str_endswith_obj, 2, 4, str_endswith);

// --- split, join, strip -----------------------------------------------------------------

static bool is_space_byte(char c) {
    return mps_unichar_isspace((unsigned char)c);
}

static void reverse_list(mps_obj_t list) {
    size_t n;
    mps_obj_t *items;
    mps_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n / 2; ++i) {
        mps_obj_t tmp = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = tmp;
    }
}

static const mps_arg_t split_allowed[] = {
    {MPS_QSTR_sep, MPS_ARG_OBJ, {.u_obj = mps_const_none}},
    {MPS_QSTR_maxsplit, MPS_ARG_INT, {.u_int = -1}},
};

static mps_obj_t splitter(size_t n_args, size_t n_kw, const mps_obj_t *args, bool reverse) {
    text_t t = self_text(args[0]);
    mps_obj_t sep = mps_const_none;
    mps_int_t maxsplit = -1;
    if (n_kw == 0 && n_args <= 3) {
        if (n_args > 1) {
            sep = args[1];
        }
        if (n_args > 2) {
            maxsplit = mps_obj_get_int(args[2]);
        }
    } else {
        mps_arg_val_t vals[2];
        mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 2, split_allowed, vals);
        sep = vals[0].u_obj;
        maxsplit = vals[1].u_int;
    }
    mps_obj_t list = mps_obj_new_list(0, NULL);
    const char *s = t.data, *e = t.data + t.len; // the part not split yet
    if (sep == mps_const_none) {
        while (true) {
            if (!reverse) {
                while (s < e && is_space_byte(*s)) {
                    ++s;
                }
            } else {
                while (e > s && is_space_byte(e[-1])) {
                    --e;
                }
            }
            if (s == e) {
                break;
            }
            if (maxsplit == 0) {
                mps_obj_list_append(list, mps_str_new_kind(t.kind, s, (size_t)(e - s)));
                break;
            }
            const char *p;
            if (!reverse) {
                for (p = s; p < e && !is_space_byte(*p); ++p) {
                }
                mps_obj_list_append(list, mps_str_new_kind(t.kind, s, (size_t)(p - s)));
                s = p;
            } else {
                for (p = e; p > s && !is_space_byte(p[-1]); --p) {
                }
                mps_obj_list_append(list, mps_str_new_kind(t.kind, p, (size_t)(e - p)));
                e = p;
            }
            --maxsplit;
        }
    } else {
        size_t slen;
        const char *sp = arg_data(sep, t.kind, &slen);
        if (slen == 0) {
            mps_raise_ValueError("empty separator");
        }
        while (maxsplit != 0) {
            const char *p = mps_str_find_sub(s, (size_t)(e - s), sp, slen, reverse);
            if (p == NULL) {
                break;
            }
            if (!reverse) {
                mps_obj_list_append(list, mps_str_new_kind(t.kind, s, (size_t)(p - s)));
                s = p + slen;
            } else {
                mps_obj_list_append(list, mps_str_new_kind(t.kind, p + slen, (size_t)(e - p - slen)));
                e = p;
            }
            --maxsplit;
        }
        mps_obj_list_append(list, mps_str_new_kind(t.kind, s, (size_t)(e - s)));
    }
    if (reverse) {
        reverse_list(list);
    }
    return list;
}

static mps_obj_t str_split(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    return splitter(n_args, n_kw, args, false);
}
static mps_obj_t str_rsplit(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    return splitter(n_args, n_kw, args, true);
}
MPS_DEFINE_FUN_KW(mps_str_split_obj, 1, str_split);
MPS_DEFINE_FUN_KW(mps_str_rsplit_obj, 1, str_rsplit);

static mps_obj_t str_splitlines(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_keepends, MPS_ARG_BOOL, {.u_bool = false}},
    };
    text_t t = self_text(args[0]);
    mps_arg_val_t keep;
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 1, allowed, &keep);
    mps_obj_t list = mps_obj_new_list(0, NULL);
    const char *s = t.data, *e = t.data + t.len;
    while (s < e) {
        const char *p = s;
        while (p < e && *p != '\n' && *p != '\r') {
            ++p;
        }
        const char *next = p;
        if (p < e) {
            next += (*p == '\r' && p + 1 < e && p[1] == '\n') ? 2 : 1;
        }
        const char *stop = keep.u_bool ? next : p;
        mps_obj_list_append(list, mps_str_new_kind(t.kind, s, (size_t)(stop - s)));
        s = next;
    }
    return list;
}
MPS_DEFINE_FUN_KW(mps_str_splitlines_obj, 1, str_splitlines);

static mps_obj_t str_join(mps_obj_t self, mps_obj_t iterable) {
    text_t t = self_text(self);
    size_t n;
    mps_obj_t *items;
    mps_obj_t seq = iterable;
    if (!mps_obj_is_type_idx(seq, MPS_TYPE_IDX_list) && !mps_obj_is_type_idx(seq, MPS_TYPE_IDX_tuple)) {
        seq = mps_obj_new_list(0, NULL);
        mps_obj_iter_buf_t iter_buf;
        mps_obj_t it = mps_getiter(iterable, &iter_buf);
        mps_obj_t item;
        while ((item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
            mps_obj_list_append(seq, item);
        }
    }
    mps_obj_get_array(seq, &n, &items);
    if (n == 0) {
        return mps_str_new_kind(t.kind, "", 0);
    }
    if (n == 1 && t.kind != KIND_BYTEARRAY) {
        unsigned k;
        size_t l;
        if (mps_obj_str_get_data_kind(items[0], &l, &k) != NULL && k == t.kind) {
            return items[0];
        }
    }
    // Measure first, so the result is built in one buffer of the exact size.
    size_t total = t.len * (n - 1);
    for (size_t i = 0; i < n; ++i) {
        size_t l;
        unsigned k;
        const char *d = mps_obj_str_get_data_kind(items[i], &l, &k);
        if (d == NULL || (k == KIND_STR) != (t.kind == KIND_STR)) {
            mps_raise_TypeError("join expects a list of str/bytes objects consistent with self object");
        }
        total += l;
    }
    vstr_t vstr;
    vstr_init(&vstr, total + 1);
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            vstr_add_strn(&vstr, t.data, t.len);
        }
        size_t l;
        unsigned k;
        const char *d = mps_obj_str_get_data_kind(items[i], &l, &k);
        vstr_add_strn(&vstr, d, l);
    }
    return mps_str_new_kind_from_vstr(t.kind, &vstr);
}
MPS_DEFINE_FUN_2(mps_str_join_obj, str_join);

#define STRIP_LEFT (1)
#define STRIP_RIGHT (2)

// True if the code point of [n] bytes at [p] is one of [chars] (whole code points match
// only at code point boundaries in valid UTF-8, so a byte search is exact).
static bool in_chars(const char *chars, size_t clen, const char *p, size_t n) {
    return mps_str_find_sub(chars, clen, p, n, false) != NULL;
}

static mps_obj_t stripper(size_t n_args, const mps_obj_t *args, int which) {
    text_t t = self_text(args[0]);
    const char *chars = NULL;
    size_t clen = 0;
    if (n_args > 1 && args[1] != mps_const_none) {
        chars = arg_data(args[1], t.kind, &clen);
    }
    const char *s = t.data, *e = t.data + t.len;
    if (which & STRIP_LEFT) {
        while (s < e) {
            size_t n = t.kind == KIND_STR ? mps_utf8_seq_len((unsigned char)*s) : 1;
            if (chars == NULL ? !is_space_byte(*s) : !in_chars(chars, clen, s, n)) {
                break;
            }
            s += n;
        }
    }
    if (which & STRIP_RIGHT) {
        while (e > s) {
            const char *p = e - 1;
            while (t.kind == KIND_STR && p > s && MPS_UTF8_IS_CONT(*p)) {
                --p;
            }
            if (chars == NULL ? !is_space_byte(*p) : !in_chars(chars, clen, p, (size_t)(e - p))) {
                break;
            }
            e = p;
        }
    }
    if (s == t.data && e == t.data + t.len) {
        return mps_str_same_or_copy(args[0], t.kind, t.data, t.len);
    }
    return mps_str_new_kind(t.kind, s, (size_t)(e - s));
}

static mps_obj_t str_strip(size_t n_args, const mps_obj_t *args) {
    return stripper(n_args, args, STRIP_LEFT | STRIP_RIGHT);
}
static mps_obj_t str_lstrip(size_t n_args, const mps_obj_t *args) {
    return stripper(n_args, args, STRIP_LEFT);
}
static mps_obj_t str_rstrip(size_t n_args, const mps_obj_t *args) {
    return stripper(n_args, args, STRIP_RIGHT);
}
MPS_DEFINE_FUN_VAR(mps_str_strip_obj, 1, 2, str_strip);
MPS_DEFINE_FUN_VAR(mps_str_lstrip_obj, 1, 2, str_lstrip);
MPS_DEFINE_FUN_VAR(mps_str_rstrip_obj, 1, 2, str_rstrip);

// --- replace, partition -----------------------------------------------------------------

static mps_obj_t str_replace(size_t n_args, const mps_obj_t *args) {
    text_t t = self_text(args[0]);
    size_t olen, nlen;
    const char *old = arg_data(args[1], t.kind, &olen);
    const char *new_ = arg_data(args[2], t.kind, &nlen);
    mps_int_t count = -1;
    if (n_args > 3) {
        count = mps_obj_get_int(args[3]);
    }
    if (count == 0 || (olen > 0 && mps_str_find_sub(t.data, t.len, old, olen, false) == NULL)) {
        return mps_str_same_or_copy(args[0], t.kind, t.data, t.len);
    }
    vstr_t vstr;
    vstr_init(&vstr, t.len + nlen + 1);
    const char *s = t.data, *e = t.data + t.len;
    if (olen == 0) {
        // Insert [new] before every code point and at the end, [count] times at most.
        while (count != 0) {
            vstr_add_strn(&vstr, new_, nlen);
            --count;
            if (s == e) {
                break;
            }
            size_t n = t.kind == KIND_STR ? mps_utf8_seq_len((unsigned char)*s) : 1;
            vstr_add_strn(&vstr, s, n);
            s += n;
        }
    } else {
        const char *p;
        while (count != 0 && (p = mps_str_find_sub(s, (size_t)(e - s), old, olen, false)) != NULL) {
            vstr_add_strn(&vstr, s, (size_t)(p - s));
            vstr_add_strn(&vstr, new_, nlen);
            s = p + olen;
            --count;
        }
    }
    vstr_add_strn(&vstr, s, (size_t)(e - s));
    return mps_str_new_kind_from_vstr(t.kind, &vstr);
}
MPS_DEFINE_FUN_VAR(mps_str_replace_obj, 3, 4, str_replace);

static mps_obj_t partitioner(mps_obj_t self, mps_obj_t sep, bool reverse) {
    text_t t = self_text(self);
    size_t slen;
    const char *sp = arg_data(sep, t.kind, &slen);
    if (slen == 0) {
        mps_raise_ValueError("empty separator");
    }
    mps_obj_t empty = mps_str_new_kind(t.kind, "", 0);
    mps_obj_t parts[3] = {empty, empty, empty};
    const char *p = mps_str_find_sub(t.data, t.len, sp, slen, reverse);
    if (p == NULL) {
        parts[reverse ? 2 : 0] = mps_str_same_or_copy(self, t.kind, t.data, t.len);
        if (t.kind == KIND_BYTEARRAY) {
            parts[reverse ? 0 : 2] = mps_str_new_kind(t.kind, "", 0);
        }
    } else {
        parts[0] = mps_str_new_kind(t.kind, t.data, (size_t)(p - t.data));
        parts[1] = t.kind == KIND_BYTEARRAY ? mps_str_new_kind(t.kind, sp, slen) : sep;
        parts[2] = mps_str_new_kind(t.kind, p + slen, (size_t)(t.data + t.len - p - slen));
    }
    return mps_obj_new_tuple(3, parts);
}

static mps_obj_t str_partition(mps_obj_t self, mps_obj_t sep) {
    return partitioner(self, sep, false);
}
static mps_obj_t str_rpartition(mps_obj_t self, mps_obj_t sep) {
    return partitioner(self, sep, true);
}
MPS_DEFINE_FUN_2(mps_str_partition_obj, str_partition);
MPS_DEFINE_FUN_2(mps_str_rpartition_obj, str_rpartition);

// --- case and classes -------------------------------------------------------------------

typedef enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE } case_op_t;

// Only ASCII letters change case (as in MicroPython); UTF-8 sequences pass through.
static mps_obj_t change_case(mps_obj_t self, case_op_t op) {
    text_t t = self_text(self);
    vstr_t vstr;
    vstr_init(&vstr, t.len + 1);
    char *out = vstr_add_len(&vstr, t.len);
    bool prev_cased = false;
    for (size_t i = 0; i < t.len; ++i) {
        unsigned char c = (unsigned char)t.data[i];
        bool upper = mps_unichar_isupper(c), lower = mps_unichar_islower(c);
        bool to_upper;
        switch (op) {
            case CASE_LOWER: to_upper = false; break;
            case CASE_UPPER: to_upper = true; break;
            case CASE_SWAP: to_upper = lower; break;
            case CASE_CAPITALIZE: to_upper = i == 0; break;
            default: to_upper = !prev_cased; break;
        }
        out[i] = (char)(to_upper ? mps_unichar_toupper(c) : mps_unichar_tolower(c));
        prev_cased = upper || lower;
    }
    return mps_str_new_kind_from_vstr(t.kind, &vstr);
}

static mps_obj_t str_lower(mps_obj_t self) {
    return change_case(self, CASE_LOWER);
}
static mps_obj_t str_upper(mps_obj_t self) {
    return change_case(self, CASE_UPPER);
}
static mps_obj_t str_swapcase(mps_obj_t self) {
    return change_case(self, CASE_SWAP);
}
static mps_obj_t str_capitalize(mps_obj_t self) {
    return change_case(self, CASE_CAPITALIZE);
}
static mps_obj_t str_title(mps_obj_t self) {
    return change_case(self, CASE_TITLE);
}
MPS_DEFINE_FUN_1(mps_str_lower_obj, str_lower);
MPS_DEFINE_FUN_1(mps_str_upper_obj, str_upper);
MPS_DEFINE_FUN_1(mps_str_swapcase_obj, str_swapcase);
MPS_DEFINE_FUN_1(mps_str_capitalize_obj, str_capitalize);
MPS_DEFINE_FUN_1(mps_str_title_obj, str_title);

// True if [t] is non-empty and every byte is in the class [test] (a non-ASCII byte is in
// none, as in MicroPython).
static mps_obj_t all_in_class(mps_obj_t self, bool (*test)(mps_unichar_t)) {
    text_t t = self_text(self);
    if (t.len == 0) {
        return mps_const_false;
    }
    for (size_t i = 0; i < t.len; ++i) {
        if (!test((unsigned char)t.data[i])) {
            return mps_const_false;
        }
    }
    return mps_const_true;
}

static mps_obj_t str_isalpha(mps_obj_t self) {
    return all_in_class(self, mps_unichar_isalpha);
}
static mps_obj_t str_isdigit(mps_obj_t self) {
    return all_in_class(self, mps_unichar_isdigit);
}
static mps_obj_t str_isspace(mps_obj_t self) {
    return all_in_class(self, mps_unichar_isspace);
}
static mps_obj_t str_isalnum(mps_obj_t self) {
    return all_in_class(self, mps_unichar_isalnum);
}
MPS_DEFINE_FUN_1(mps_str_isalpha_obj, str_isalpha);
MPS_DEFINE_FUN_1(mps_str_isdigit_obj, str_isdigit);
MPS_DEFINE_FUN_1(mps_str_isspace_obj, str_isspace);
MPS_DEFINE_FUN_1(mps_str_isalnum_obj, str_isalnum);

// isupper/islower: at least one cased character and none of the other case.
static mps_obj_t has_case(mps_obj_t self, bool upper) {
    text_t t = self_text(self);
    bool cased = false;
    for (size_t i = 0; i < t.len; ++i) {
        unsigned char c = (unsigned char)t.data[i];
        if (upper ? mps_unichar_islower(c) : mps_unichar_isupper(c)) {
            return mps_const_false;
        }
        cased |= mps_unichar_isalpha(c);
    }
    return mps_obj_new_bool(cased);
}

static mps_obj_t str_isupper(mps_obj_t self) {
    return has_case(self, true);
}
static mps_obj_t str_islower(mps_obj_t self) {
    return has_case(self, false);
}
MPS_DEFINE_FUN_1(mps_str_isupper_obj, str_isupper);
MPS_DEFINE_FUN_1(mps_str_islower_obj, str_islower);

// --- padding ----------------------------------------------------------------------------

// [text] padded to [width] code points with [fill] ([flen] bytes, one code point):
// [left] fill characters first, the rest after.
static mps_obj_t pad(const text_t *t, mps_obj_t self, mps_int_t width, const char *fill, size_t flen, int align) {
    size_t n = t->kind == KIND_STR ? mps_utf8_charlen(t->data, t->len) : t->len;
    if (width <= 0 || (size_t)width <= n) {
        return mps_str_same_or_copy(self, t->kind, t->data, t->len);
    }
    size_t marg = (size_t)width - n;
    size_t left;
    if (align < 0) {
        left = 0;
    } else if (align > 0) {
        left = marg;
    } else {
        // CPython's rounding: the extra space goes left only for odd widths.
        left = marg / 2 + (marg & (size_t)width & 1);
    }
    vstr_t vstr;
    vstr_init(&vstr, t->len + marg * flen + 1);
    for (size_t i = 0; i < left; ++i) {
        vstr_add_strn(&vstr, fill, flen);
    }
    vstr_add_strn(&vstr, t->data, t->len);
    for (size_t i = left; i < marg; ++i) {
        vstr_add_strn(&vstr, fill, flen);
    }
    return mps_str_new_kind_from_vstr(t->kind, &vstr);
}

static mps_obj_t padder(size_t n_args, const mps_obj_t *args, int align) {
    text_t t = self_text(args[0]);
    mps_int_t width = mps_obj_get_int(args[1]);
    const char *fill = " ";
    size_t flen = 1;
    if (n_args > 2) {
        fill = arg_data(args[2], t.kind, &flen);
        size_t chars = t.kind == KIND_STR ? mps_utf8_charlen(fill, flen) : flen;
        if (chars != 1) {
            mps_raise_TypeError("fill character must be exactly one character long");
        }
    }
    return pad(&t, args[0], width, fill, flen, align);
}

static mps_obj_t str_center(size_t n_args, const mps_obj_t *args) {
    return padder(n_args, args, 0);
}
static mps_obj_t str_ljust(size_t n_args, const mps_obj_t *args) {
    return padder(n_args, args, -1);
}
static mps_obj_t str_rjust(size_t n_args, const mps_obj_t *args) {
    return padder(n_args, args, 1);
}
MPS_DEFINE_FUN_VAR(mps_str_center_obj, 2, 3, str_center);
MPS_DEFINE_FUN_VAR(mps_str_ljust_obj, 2, 3, str_ljust);
MPS_DEFINE_FUN_VAR(mps_str_rjust_obj, 2, 3, str_rjust);

static mps_obj_t str_zfill(mps_obj_t self, mps_obj_t width_obj) {
    text_t t = self_text(self);
    mps_int_t width = mps_obj_get_int(width_obj);
    size_t n = t.kind == KIND_STR ? mps_utf8_charlen(t.data, t.len) : t.len;
    if (width <= 0 || (size_t)width <= n) {
        return mps_str_same_or_copy(self, t.kind, t.data, t.len);
    }
    size_t zeros = (size_t)width - n;
    vstr_t vstr;
    vstr_init(&vstr, t.len + zeros + 1);
    size_t sign = (t.len > 0 && (t.data[0] == '+' || t.data[0] == '-')) ? 1 : 0;
    vstr_add_strn(&vstr, t.data, sign);
    memset(vstr_add_len(&vstr, zeros), '0', zeros);
    vstr_add_strn(&vstr, t.data + sign, t.len - sign);
    return mps_str_new_kind_from_vstr(t.kind, &vstr);
}
MPS_DEFINE_FUN_2(mps_str_zfill_obj, str_zfill);

// --- encode, decode, hex ----------------------------------------------------------------

static const mps_arg_t codec_allowed[] = {
    {MPS_QSTR_encoding, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
    {MPS_QSTR_errors, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
};

static mps_obj_t str_encode(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    size_t len;
    const char *d = mps_obj_str_get_data(args[0], &len);
    mps_arg_val_t vals[2];
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 2, codec_allowed, vals);
    return mps_str_encode(d, len, vals[0].u_obj, vals[1].u_obj);
}
MPS_DEFINE_FUN_KW(mps_str_encode_obj, 1, str_encode);

static mps_obj_t str_decode(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    text_t t = self_text(args[0]);
    if (t.kind == KIND_STR) {
        mps_raise_AttributeError(args[0], MPS_QSTR_decode);
    }
    mps_arg_val_t vals[2];
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 2, codec_allowed, vals);
    return mps_obj_bytes_decode(t.data, t.len, vals[0].u_obj, vals[1].u_obj);
}
MPS_DEFINE_FUN_KW(mps_str_decode_obj, 1, str_decode);

static mps_obj_t str_hex(size_t n_args, const mps_obj_t *args) {
    static const char digits[] = "0123456789abcdef";
    mps_buffer_info_t bi;
    mps_get_buffer_raise(args[0], &bi, MPS_BUFFER_READ);
    const char *sep = NULL;
    size_t slen = 0;
    mps_int_t group = 1;
    if (n_args > 1) {
        sep = mps_obj_str_get_data(args[1], &slen);
        if (slen != 1) {
            mps_raise_ValueError("sep must be length 1.");
        }
        if (n_args > 2) {
            group = mps_obj_get_int(args[2]);
        }
    }
    const uint8_t *b = bi.buf;
    size_t len = bi.len;
    size_t g = (size_t)(group < 0 ? -group : group);
    vstr_t vstr;
    vstr_init(&vstr, 2 * len + (sep && g ? len / g : 0) + 1);
    for (size_t i = 0; i < len; ++i) {
        // A separator goes between groups of [g] bytes counted from the right (group > 0)
        // or from the left (group < 0).
        if (i > 0 && sep != NULL && g > 0 && (group > 0 ? (len - i) % g == 0 : i % g == 0)) {
            vstr_add_byte(&vstr, (unsigned char)sep[0]);
        }
        vstr_add_byte(&vstr, (unsigned char)digits[b[i] >> 4]);
        vstr_add_byte(&vstr, (unsigned char)digits[b[i] & 15]);
    }
    return mps_obj_new_str_from_vstr(&vstr);
}
MPS_DEFINE_FUN_VAR(mps_str_hex_obj, 1, 3, str_hex);

void mps_obj_bytes_parse_hex(vstr_t *vstr, mps_obj_t str) {
    size_t len;
    const char *s = mps_obj_str_get_data(str, &len);
    const char *e = s + len;
    while (s < e) {
        if (is_space_byte(*s)) {
            ++s;
            continue;
        }
        if (e - s < 2 || !mps_unichar_isxdigit((unsigned char)s[0]) || !mps_unichar_isxdigit((unsigned char)s[1])) {
            mps_raise_ValueError("non-hex digit");
        }
        vstr_add_byte(vstr, (unsigned char)(mps_unichar_xdigit_value((unsigned char)s[0]) << 4 |
                                            mps_unichar_xdigit_value((unsigned char)s[1])));
        s += 2;
    }
}

// --- the rest of CPython's str methods ----------------------------------------------------

static mps_obj_t remove_affix(mps_obj_t self, mps_obj_t affix, bool suffix) {
    text_t t = self_text(self);
    size_t alen;
    const char *a = arg_data(affix, t.kind, &alen);
    if (alen == 0 || alen > t.len || memcmp(suffix ? t.data + t.len - alen : t.data, a, alen) != 0) {
        return mps_str_same_or_copy(self, t.kind, t.data, t.len);
    }
    return mps_str_new_kind(t.kind, suffix ? t.data : t.data + alen, t.len - alen);
}

static mps_obj_t str_removeprefix(mps_obj_t self, mps_obj_t prefix) {
    return remove_affix(self, prefix, false);
}
static mps_obj_t str_removesuffix(mps_obj_t self, mps_obj_t suffix) {
    return remove_affix(self, suffix, true);
}
MPS_DEFINE_FUN_2(mps_str_removeprefix_obj, str_removeprefix);
MPS_DEFINE_FUN_2(mps_str_removesuffix_obj, str_removesuffix);

static mps_obj_t str_isascii(mps_obj_t self) {
    text_t t = self_text(self);
    return mps_obj_new_bool(mps_utf8_is_ascii(t.data, t.len));
}
MPS_DEFINE_FUN_1(mps_str_isascii_obj, str_isascii);

static bool is_printable(mps_unichar_t c) {
    return c >= 0x20 && c != 0x7f;
}
static mps_obj_t str_isprintable(mps_obj_t self) {
    text_t t = self_text(self);
    for (size_t i = 0; i < t.len; ++i) {
        if (!is_printable((unsigned char)t.data[i])) {
            return mps_const_false;
        }
    }
    return mps_const_true; // "" is printable
}
MPS_DEFINE_FUN_1(mps_str_isprintable_obj, str_isprintable);

static mps_obj_t str_isidentifier(mps_obj_t self) {
    text_t t = self_text(self);
    if (t.len == 0 || mps_unichar_isdigit((unsigned char)t.data[0])) {
        return mps_const_false;
    }
    for (size_t i = 0; i < t.len; ++i) {
        if (!mps_unichar_isident((unsigned char)t.data[i])) {
            return mps_const_false;
        }
    }
    return mps_const_true;
}
MPS_DEFINE_FUN_1(mps_str_isidentifier_obj, str_isidentifier);

// istitle: cased characters only start words in upper case, and there is one at least.
static mps_obj_t str_istitle(mps_obj_t self) {
    text_t t = self_text(self);
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < t.len; ++i) {
        unsigned char c = (unsigned char)t.data[i];
        if (mps_unichar_isupper(c)) {
            if (prev_cased) {
                return mps_const_false;
            }
            prev_cased = any = true;
        } else if (mps_unichar_islower(c)) {
            if (!prev_cased) {
                return mps_const_false;
            }
        } else {
            prev_cased = false;
        }
    }
    return mps_obj_new_bool(any);
}
MPS_DEFINE_FUN_1(mps_str_istitle_obj, str_istitle);

static mps_obj_t str_expandtabs(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_tabsize, MPS_ARG_INT, {.u_int = 8}},
    };
    text_t t = self_text(args[0]);
    mps_arg_val_t tab;
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 1, allowed, &tab);
    vstr_t vstr;
    vstr_init(&vstr, t.len + 8);
    size_t col = 0;
    for (size_t i = 0; i < t.len; ++i) {
        char c = t.data[i];
        if (c == '\t') {
            if (tab.u_int > 0) {
                size_t n = (size_t)tab.u_int - col % (size_t)tab.u_int;
                memset(vstr_add_len(&vstr, n), ' ', n);
                col += n;
            }
            continue;
        }
        vstr_add_byte(&vstr, (unsigned char)c);
        if (c == '\n' || c == '\r') {
            col = 0;
        } else if (t.kind != KIND_STR || !MPS_UTF8_IS_CONT(c)) {
            ++col;
        }
    }
    return mps_str_new_kind_from_vstr(t.kind, &vstr);
}
MPS_DEFINE_FUN_KW(mps_str_expandtabs_obj, 1, str_expandtabs);

// str.translate(table): table[ord(c)] is None (delete), an int or a str; a missing key
// (LookupError) keeps c.
static mps_obj_t str_translate(mps_obj_t self, mps_obj_t table) {
    text_t t = self_text(self);
    if (t.kind != KIND_STR) {
        mps_raise_NotImplementedError("bytes.translate");
    }
    vstr_t vstr;
    vstr_init(&vstr, t.len + 1);
    const char *p = t.data, *e = t.data + t.len;
    while (p < e) {
        const char *start = p;
        mps_unichar_t c = mps_utf8_get_char(&p);
        volatile mps_obj_t to = MPS_OBJ_NULL; // read after a caught LookupError
        if (mps_obj_is_type_idx(table, MPS_TYPE_IDX_dict)) {
            to = mps_obj_dict_get(table, MPS_OBJ_NEW_SMALL_INT(c));
        } else {
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                to = mps_subscr_load(table, MPS_OBJ_NEW_SMALL_INT(c));
                nlr_pop();
            } else if (!mps_obj_is_instance(nlr.ret_val, MPS_OBJ_FROM_PTR(&mps_type_LookupError))) {
                nlr_raise(nlr.ret_val);
            }
        }
        if (to == MPS_OBJ_NULL) {
            vstr_add_strn(&vstr, start, (size_t)(p - start));
        } else if (to == mps_const_none) {
            // deleted
        } else if (mps_obj_is_str(to)) {
            size_t len;
            const char *d = mps_obj_str_get_data(to, &len);
            vstr_add_strn(&vstr, d, len);
        } else {
            mps_int_t v = mps_obj_get_int(to);
            if (v < 0 || v > 0x10ffff) {
                mps_raise_ValueError("character mapping must be in range(0x110000)");
            }
            vstr_add_char(&vstr, (unsigned)v);
        }
    }
    return mps_obj_new_str_from_vstr(&vstr);
}
MPS_DEFINE_FUN_2(mps_str_translate_obj, str_translate);

// str.maketrans(dict) or (from, to[, delete]): the table for translate().
static mps_obj_t str_maketrans(size_t n_args, const mps_obj_t *args) {
    mps_obj_t table = mps_obj_new_dict(0);
    if (n_args == 1) {
        if (!mps_obj_is_type_idx(args[0], MPS_TYPE_IDX_dict)) {
            mps_raise_TypeError("if you give only one argument to maketrans it must be a dict");
        }
        mps_map_t *map = mps_obj_dict_get_map(args[0]);
        size_t cur = 0;
        mps_map_elem_t *el;
        while ((el = mps_map_next(map, &cur)) != NULL) {
            mps_obj_t k = el->key;
            if (mps_obj_is_str(k)) {
                size_t len;
                const char *d = mps_obj_str_get_data(k, &len);
                if (mps_utf8_charlen(d, len) != 1) {
                    mps_raise_ValueError("string keys in translate table must be of length 1");
                }
                k = MPS_OBJ_NEW_SMALL_INT(mps_utf8_get_char(&d));
            }
            mps_obj_dict_store(table, k, el->value);
        }
        return table;
    }
    size_t flen, tlen;
    const char *f = mps_obj_str_get_str(args[0]);
    const char *to = mps_obj_str_get_str(args[1]);
    mps_obj_str_get_data(args[0], &flen);
    mps_obj_str_get_data(args[1], &tlen);
    if (mps_utf8_charlen(f, flen) != mps_utf8_charlen(to, tlen)) {
        mps_raise_ValueError("the first two maketrans arguments must have equal length");
    }
    const char *fe = f + flen;
    while (f < fe) {
        mps_unichar_t a = mps_utf8_get_char(&f);
        mps_unichar_t b = mps_utf8_get_char(&to);
        mps_obj_dict_store(table, MPS_OBJ_NEW_SMALL_INT(a), MPS_OBJ_NEW_SMALL_INT(b));
    }
    if (n_args > 2) {
        size_t dlen;
        const char *d = mps_obj_str_get_data(args[2], &dlen);
        const char *de = d + dlen;
        while (d < de) {
            mps_obj_dict_store(table, MPS_OBJ_NEW_SMALL_INT(mps_utf8_get_char(&d)), mps_const_none);
        }
    }
    return table;
}
static MPS_DEFINE_FUN_VAR(str_maketrans_fun, 1, 3, str_maketrans);
MPS_DEFINE_STATICMETHOD(mps_str_maketrans_obj, &str_maketrans_fun);

static mps_obj_t str_casefold(mps_obj_t self) {
    return change_case(self, CASE_LOWER);
}
MPS_DEFINE_FUN_1(mps_str_casefold_obj, str_casefold);

// str.format_map(mapping): format with the mapping's items as keyword arguments.
static mps_obj_t str_format_map(mps_obj_t self, mps_obj_t mapping) {
    if (!mps_obj_is_type_idx(mapping, MPS_TYPE_IDX_dict)) {
        mps_raise_TypeError("format_map() argument must be a dict");
    }
    mps_map_t *map = mps_obj_dict_get_map(mapping);
    size_t n = 0, cur = 0;
    while (mps_map_next(map, &cur) != NULL) {
        ++n;
    }
    mps_obj_t *args = mps_mem_alloc((1 + 2 * n) * sizeof(mps_obj_t));
    args[0] = self;
    cur = 0;
    mps_map_elem_t *el;
    for (size_t i = 0; i < n && (el = mps_map_next(map, &cur)) != NULL; ++i) {
        args[1 + 2 * i] = el->key;
        args[2 + 2 * i] = el->value;
    }
    mps_obj_t r = mps_obj_str_format(1, n, args);
    mps_mem_free(args);
    return r;
}
MPS_DEFINE_FUN_2(mps_str_format_map_obj, str_format_map);

// bytes.fromhex(s) and bytearray.fromhex(s): a classmethod, so [cls] says which.
static mps_obj_t bytes_fromhex(mps_obj_t cls, mps_obj_t str) {
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mps_obj_bytes_parse_hex(&vstr, str);
    if (cls == MPS_OBJ_FROM_PTR(&mps_type_bytearray)) {
        return mps_str_new_kind_from_vstr(KIND_BYTEARRAY, &vstr);
    }
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_2(bytes_fromhex_obj, bytes_fromhex);
MPS_DEFINE_CLASSMETHOD(mps_str_fromhex_obj, &bytes_fromhex_obj);

MPS_DEFINE_FUN_KW(mps_str_format_obj, 1, mps_obj_str_format);

