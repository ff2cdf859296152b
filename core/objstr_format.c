// SPDX-License-Identifier: MIT
// Text formatting: str.format and format() with the format-spec mini-language, and the
// printf-style `%` operator of str and bytes. Everything is built in one vstr whose
// buffer becomes the result (no copy).
#include "core/objstr.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/unicode.h"

// A parsed format spec: [[fill]align][sign][#][0][width][grouping][.precision][type].
typedef struct {
    char fill[4];     // one code point, UTF-8
    uint8_t fill_len;
    char align;       // 0 (type's default), '<', '>', '^', '='
    char sign;        // 0 (same as '-'), '+', '-', ' '
    bool alt;         // '#'
    bool zero;        // '0' before the width: numbers pad with zeros after the sign
    char grouping;    // 0, ',' or '_'
    int width;        // -1: none
    int prec;         // -1: none
    char type;        // 0: none
} spec_t;

static void spec_init(spec_t *sp) {
    memset(sp, 0, sizeof(*sp));
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->width = -1;
    sp->prec = -1;
}

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

noreturn static void raise_bad_spec(void) {
    mps_raise_ValueError("invalid format specifier");
}

static int parse_num(const char **p, const char *e) {
    long n = 0;
    while (*p < e && **p >= '0' && **p <= '9') {
        n = n * 10 + (**p - '0');
        if (n > 0x7fffffff / 10) {
            mps_raise_ValueError("too many decimal digits in format string");
        }
        ++*p;
    }
    return (int)n;
}

static void parse_spec(const char *s, size_t len, spec_t *sp) {
    spec_init(sp);
    const char *p = s, *e = s + len;
    bool explicit_fill = false;
    if (p < e) {
        size_t n = mps_utf8_seq_len((unsigned char)*p);
        if (p + n < e && is_align(p[n])) {
            memcpy(sp->fill, p, n);
            sp->fill_len = (uint8_t)n;
            sp->align = p[n];
            p += n + 1;
            explicit_fill = true;
        } else if (is_align(*p)) {
            sp->align = *p++;
        }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) {
        sp->sign = *p++;
    }
    if (p < e && *p == '#') {
        sp->alt = true;
        ++p;
    }
    if (p < e && *p == '0') {
        // '0' before the width: the fill is '0' unless one was given, and numbers
        // without an explicit alignment pad after the sign ('=').
        sp->zero = true;
        if (!explicit_fill) {
            sp->fill[0] = '0';
            sp->fill_len = 1;
        }
        ++p;
    }
    if (p < e && *p >= '0' && *p <= '9') {
        sp->width = parse_num(&p, e);
    }
    if (p < e && (*p == ',' || *p == '_')) {
        sp->grouping = *p++;
    }
    if (p < e && *p == '.') {
        ++p;
        if (p == e || *p < '0' || *p > '9') {
            mps_raise_ValueError("format specifier missing precision");
        }
        sp->prec = parse_num(&p, e);
    }
    if (p < e) {
        sp->type = *p++;
    }
    if (p != e) {
        raise_bad_spec();
    }
}

// The alignment [sp] asks for; [dflt] is the type's ('<' for text, '>' for numbers).
static char effective_align(const spec_t *sp, char dflt) {
    if (sp->align != 0) {
        return sp->align;
    }
    return sp->zero && dflt == '>' ? '=' : dflt;
}

// Zero padding of a number takes group separators too ("00,001,234").
static bool zero_padded(const spec_t *sp) {
    return effective_align(sp, '>') == '=' && sp->fill_len == 1 && sp->fill[0] == '0';
}

// Appends [prefix] (sign and base prefix) and [body] padded as [sp] says; [dflt] is the
// alignment when none was given ('<' for text, '>' for numbers).
static void emit_padded(vstr_t *out, const spec_t *sp, const char *prefix, size_t plen, const char *body,
                        size_t blen, char dflt) {
    size_t chars = mps_utf8_charlen(prefix, plen) + mps_utf8_charlen(body, blen);
    size_t marg = sp->width > 0 && (size_t)sp->width > chars ? (size_t)sp->width - chars : 0;
    char align = effective_align(sp, dflt);
    size_t left = align == '>' || align == '=' ? marg : align == '^' ? marg / 2 : 0;
    if (align != '=') {
        for (size_t i = 0; i < left; ++i) {
            vstr_add_strn(out, sp->fill, sp->fill_len);
        }
        vstr_add_strn(out, prefix, plen);
    } else {
        vstr_add_strn(out, prefix, plen);
        for (size_t i = 0; i < left; ++i) {
            vstr_add_strn(out, sp->fill, sp->fill_len);
        }
    }
    vstr_add_strn(out, body, blen);
    for (size_t i = left; i < marg; ++i) {
        vstr_add_strn(out, sp->fill, sp->fill_len);
    }
}

// Scratch text for a number being grouped or padded: on the C stack when [need]
// bytes fit [stack] (the common case: no heap traffic), else in the heap.
#define SCRATCH_SIZE (96)
static void scratch_init(vstr_t *v, char *stack, size_t need) {
    if (need < SCRATCH_SIZE) {
        vstr_init_fixed_buf(v, SCRATCH_SIZE, stack);
    } else {
        vstr_init(v, need + 1);
    }
}

noreturn static void raise_unknown_code(char type, mps_obj_t value) {
    mps_raise_msg_varg(&mps_type_ValueError, "unknown format code '%c' for object of type '%s'", type,
                       mps_obj_get_type_str(value));
}

// --- text -------------------------------------------------------------------------------

static void format_text(vstr_t *out, const char *d, size_t len, const spec_t *sp, mps_obj_t value) {
    if (sp->type != 0 && sp->type != 's') {
        raise_unknown_code(sp->type, value);
    }
    if (sp->sign) {
        mps_raise_ValueError("sign not allowed in string format specifier");
    }
    if (sp->align == '=') {
        mps_raise_ValueError("'=' alignment not allowed in string format specifier");
    }
    if (sp->alt) {
        mps_raise_ValueError("alternate form (#) not allowed in string format specifier");
    }
    if (sp->grouping) {
        mps_raise_msg_varg(&mps_type_ValueError, "cannot specify '%c' with 's'", sp->grouping);
    }
    if (sp->prec >= 0) {
        len = (size_t)(mps_utf8_index(d, len, (size_t)sp->prec) - d);
    }
    emit_padded(out, sp, "", 0, d, len, '<');
}

// --- integers ---------------------------------------------------------------------------

// Writes the digits of [v] in [base] at the end of [buf] (size >= 65); returns the start.
static char *ull_digits(unsigned long long v, unsigned base, bool upper, char *buf_end) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = buf_end;
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v != 0);
    return p;
}

// Inserts [sep] every [group] digits (from the right) while copying [len] digits into
// [vstr]; [min_len] asks for leading zeros (grouped too) up to that total length.
static void add_grouped(vstr_t *vstr, const char *d, size_t len, char sep, size_t group, size_t min_len) {
    if (sep == 0) {
        for (size_t i = len; i < min_len; ++i) {
            vstr_add_byte(vstr, '0');
        }
        vstr_add_strn(vstr, d, len);
        return;
    }
    // Count digits so that the grouped text reaches min_len (a zero-padded width).
    size_t n = len;
    while (n + (n - 1) / group < min_len) {
        ++n;
    }
    for (size_t i = 0; i < n; ++i) {
        size_t from_right = n - i;
        vstr_add_byte(vstr, (unsigned char)(i < n - len ? '0' : d[i - (n - len)]));
        if (from_right > 1 && (from_right - 1) % group == 0) {
            vstr_add_byte(vstr, (unsigned char)sep);
        }
    }
}

// Digits of an int (sign apart) in [base]; small values use [buf], big ones a heap str.
static const char *int_digits(mps_obj_t o, unsigned base, bool upper, char *buf, size_t size, size_t *len,
                              bool *neg) {
    long long v;
    if (MPS_OBJ_IS_SMALL_INT(o) || o == mps_const_false || o == mps_const_true || !mps_obj_int_is_big(o)) {
        v = MPS_OBJ_IS_SMALL_INT(o) ? MPS_OBJ_SMALL_INT_VALUE(o) : mps_obj_get_int(o);
    } else {
        mps_obj_t s = mps_obj_int_format(o, base, "", upper);
        const char *d = mps_obj_str_get_data(s, len);
        *neg = d[0] == '-';
        if (*neg) {
            ++d;
            --*len;
        }
        return d;
    }
    *neg = v < 0;
    unsigned long long u = *neg ? 0ull - (unsigned long long)v : (unsigned long long)v;
    char *p = ull_digits(u, base, upper, buf + size);
    *len = (size_t)(buf + size - p);
    return p;
}

noreturn static void raise_cannot_group(const spec_t *sp) {
    mps_raise_msg_varg(&mps_type_ValueError, "cannot specify '%c' with '%c'", sp->grouping, sp->type);
}

static void format_int(vstr_t *out, mps_obj_t value, const spec_t *sp) {
    unsigned base = 10;
    const char *pfx = "";
    if (sp->type == 'n' && sp->grouping) {
        raise_cannot_group(sp);
    }
    switch (sp->type) {
        case 0: case 'd': case 'n': break;
        case 'x': base = 16; pfx = "0x"; break;
        case 'X': base = 16; pfx = "0X"; break;
        case 'o': base = 8; pfx = "0o"; break;
        case 'b': base = 2; pfx = "0b"; break;
        case 'c': {
            if (sp->sign) {
                mps_raise_ValueError("sign not allowed with integer format specifier 'c'");
            }
            if (sp->prec >= 0) {
                mps_raise_ValueError("precision not allowed in integer format specifier");
            }
            if (sp->grouping) {
                raise_cannot_group(sp);
            }
            if (sp->alt) {
                mps_raise_ValueError("alternate form (#) not allowed with integer format specifier 'c'");
            }
            mps_int_t c = mps_obj_get_int(value);
            if (c < 0 || c > 0x10ffff) {
                mps_raise_OverflowError("%c arg not in range(0x110000)");
            }
            char buf[4];
            size_t n = mps_utf8_encode((mps_unichar_t)c, buf);
            emit_padded(out, sp, "", 0, buf, n, '>');
            return;
        }
        default:
            raise_unknown_code(sp->type, value);
    }
    if (sp->prec >= 0) {
        mps_raise_ValueError("precision not allowed in integer format specifier");
    }
    if (sp->grouping == ',' && base != 10) {
        mps_raise_msg_varg(&mps_type_ValueError, "cannot specify ',' with '%c'", sp->type);
    }
    char buf[72];
    size_t len;
    bool neg;
    const char *d = int_digits(value, base, sp->type == 'X', buf, sizeof(buf), &len, &neg);
    char prefix[4];
    size_t plen = 0;
    if (neg) {
        prefix[plen++] = '-';
    } else if (sp->sign == '+' || sp->sign == ' ') {
        prefix[plen++] = sp->sign;
    }
    if (sp->alt && base != 10) {
        prefix[plen++] = pfx[0];
        prefix[plen++] = pfx[1];
    }
    size_t min_len = 0;
    if (zero_padded(sp) && sp->grouping && sp->width > (int)plen) {
        min_len = (size_t)sp->width - plen; // zero padding takes separators too
    }
    if (sp->grouping == 0) {
        emit_padded(out, sp, prefix, plen, d, len, '>');
        return;
    }
    vstr_t body;
    char stack[SCRATCH_SIZE];
    size_t n = len > min_len ? len : min_len;
    scratch_init(&body, stack, n + n / 3 + 2);
    add_grouped(&body, d, len, sp->grouping, base == 10 ? 3 : 4, min_len);
    emit_padded(out, sp, prefix, plen, body.buf, body.len, '>');
    vstr_clear(&body);
}

// --- floats -----------------------------------------------------------------------------

static size_t float_text(mps_float_t v, char type, int prec, bool alt, char *buf, size_t size) {
    return mps_float_format(v, buf, size, type, prec, alt);
}

// Drops trailing zeros of the mantissa ("1.500e+02" -> "1.5e+02"), as 'g' does.
static size_t strip_zeros(char *buf, size_t len) {
    char *e = memchr(buf, 'e', len);
    size_t mant = e ? (size_t)(e - buf) : len;
    if (memchr(buf, '.', mant) == NULL) {
        return len;
    }
    size_t m = mant;
    while (m > 0 && buf[m - 1] == '0') {
        --m;
    }
    if (m > 0 && buf[m - 1] == '.') {
        --m;
    }
    memmove(buf + m, buf + mant, len - mant);
    return m + (len - mant);
}

static void format_float(vstr_t *out, mps_obj_t value, const spec_t *sp) {
    mps_float_t v = mps_obj_get_float(value);
    char type = sp->type;
    if (type != 0 && strchr("eEfFgGn%", type) == NULL) {
        raise_unknown_code(type, value);
    }
    if (type == 'n' && sp->grouping) {
        raise_cannot_group(sp);
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool neg = signbit(v) && !isnan(v);
    mps_float_t a = neg ? -v : v;
    int prec = sp->prec < 0 ? 6 : sp->prec;
    // Room for the text: fixed-point notation of a double has up to 309 digits before
    // the point (311 for %); big precisions take a heap buffer, freed at the end.
    char stack_buf[128];
    char *buf = stack_buf;
    size_t size = (size_t)prec + 24 + (type == 'f' || type == 'F' || type == '%' ? 320 : 0);
    if (size > sizeof(stack_buf)) {
        buf = vstr_extend(out, size); // scratch space past the output's end
    } else {
        size = sizeof(stack_buf);
    }
    size_t len;
    switch (type) {
        case 0:
            if (sp->prec < 0) {
                mps_float_format_repr(a, buf, size - 1);
                len = strlen(buf);
                char *ex = memchr(buf, 'e', len);
                if (sp->alt && isfinite(a) && memchr(buf, '.', len) == NULL) {
                    // '#' keeps the point: "1.e+22"
                    size_t at = ex ? (size_t)(ex - buf) : len;
                    memmove(buf + at + 1, buf + at, len - at + 1);
                    buf[at] = '.';
                    ++len;
                }
            } else {
                // Like 'g', but a fixed-point result keeps at least one digit after the
                // point: when the integer part uses every significant digit, exponent.
                int p = sp->prec == 0 ? 1 : sp->prec;
                len = float_text(a, 'g', p, sp->alt, buf, size - 3);
                size_t int_digits = 0;
                while (int_digits < len && buf[int_digits] >= '0' && buf[int_digits] <= '9') {
                    ++int_digits;
                }
                bool no_fraction = int_digits == len || (buf[int_digits] == '.' && int_digits + 1 == len);
                if (isfinite(a) && no_fraction && memchr(buf, 'e', len) == NULL) {
                    if ((int)int_digits < p) {
                        len = int_digits;
                        memcpy(buf + len, ".0", 3);
                        len += 2;
                    } else {
                        len = float_text(a, 'e', p - 1, sp->alt, buf, size);
                        if (!sp->alt) {
                            len = strip_zeros(buf, len);
                        }
                    }
                }
            }
            break;
        case '%':
            len = float_text(a * 100, 'f', prec, sp->alt, buf, size - 1);
            buf[len++] = '%';
            break;
        default:
            len = float_text(a, type == 'n' ? 'g' : (char)(type | 0x20), prec, sp->alt, buf, size);
            break;
    }
    if (len >= size) {
        len = size - 1;
    }
    if (upper) {
        for (size_t i = 0; i < len; ++i) {
            buf[i] = (char)mps_unichar_toupper((unsigned char)buf[i]);
        }
    }
    char prefix[2];
    size_t plen = 0;
    if (neg) {
        prefix[plen++] = '-';
    } else if (sp->sign == '+' || sp->sign == ' ') {
        prefix[plen++] = sp->sign;
    }
    // The text goes through a separate buffer when it was written as scratch past the
    // end of [out] (emitting would overwrite it).
    vstr_t body;
    char grouped_stack[SCRATCH_SIZE];
    bool scratch = buf != stack_buf;
    if (sp->grouping == 0 || !isfinite(a)) {
        if (!scratch) {
            emit_padded(out, sp, prefix, plen, buf, len, '>');
            return;
        }
        vstr_init(&body, len + 1);
        vstr_add_strn(&body, buf, len); // (a big number: heap)
    } else {
        // Group the integer part only.
        size_t int_len = 0;
        while (int_len < len && buf[int_len] >= '0' && buf[int_len] <= '9') {
            ++int_len;
        }
        size_t min_len = 0;
        if (zero_padded(sp) && sp->width > (int)(plen + len - int_len)) {
            min_len = (size_t)sp->width - plen - (len - int_len);
        }
        size_t n = (len > min_len ? len : min_len) + len;
        scratch_init(&body, grouped_stack, n + n / 3 + 2);
        add_grouped(&body, buf, int_len, sp->grouping, 3, min_len);
        vstr_add_strn(&body, buf + int_len, len - int_len);
    }
    emit_padded(out, sp, prefix, plen, body.buf, body.len, '>');
    vstr_clear(&body);
}

// --- format(value, spec) ----------------------------------------------------------------

// Rewrites the text in [v] with every non-ASCII code point as \xNN, \uNNNN or
// \UNNNNNNNN: what ascii() makes of a repr.
static void escape_non_ascii(vstr_t *v) {
    if (mps_utf8_is_ascii(v->buf, v->len)) {
        return;
    }
    vstr_t out;
    vstr_init(&out, v->len + 16);
    const char *p = v->buf, *e = v->buf + v->len;
    while (p < e) {
        if ((unsigned char)*p < 0x80) {
            vstr_add_byte(&out, (unsigned char)*p++);
            continue;
        }
        mps_unichar_t c = mps_utf8_get_char(&p);
        static const char hex[] = "0123456789abcdef";
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        vstr_add_byte(&out, '\\');
        vstr_add_byte(&out, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int k = digits - 1; k >= 0; --k) {
            vstr_add_byte(&out, (unsigned char)hex[(c >> (4 * k)) & 15]);
        }
    }
    vstr_clear(v);
    *v = out;
}

mps_obj_t mps_obj_str_ascii(mps_obj_t o) {
    vstr_t tmp;
    mps_print_t pr;
    vstr_init_print(&tmp, 16, &pr);
    mps_obj_print(&pr, o, MPS_PRINT_REPR);
    escape_non_ascii(&tmp);
    return mps_obj_new_str_from_vstr(&tmp);
}

static bool is_instance_of_class(mps_obj_t o) {
    return MPS_OBJ_IS_OBJ(o) && ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type >= MPS_TYPE_TABLE_SIZE;
}

static void vstr_strn(void *data, const char *str, size_t len) {
    vstr_add_strn((vstr_t *)data, str, len);
}

// Appends str() or repr() of [o] to [out].
static void add_str_of(vstr_t *out, mps_obj_t o, mps_print_kind_t kind) {
    mps_print_t print = {out, vstr_strn};
    mps_obj_print(&print, o, kind);
}

// Appends format(value, spec) to [out].
static void format_into(vstr_t *out, mps_obj_t value, const char *s, size_t slen) {
    if (is_instance_of_class(value)) {
        mps_obj_t dest[3];
        mps_load_method_maybe(value, MPS_QSTR___format__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            dest[2] = mps_obj_new_str(s, slen);
            mps_obj_t r = mps_call_method_n_kw(1, 0, dest);
            size_t len;
            unsigned kind;
            const char *d = mps_obj_str_get_data_kind(r, &len, &kind);
            if (d == NULL || kind != MPS_TYPE_IDX_str) {
                mps_raise_msg_varg(&mps_type_TypeError, "__format__ must return a str, not %s",
                                   mps_obj_get_type_str(r));
            }
            vstr_add_strn(out, d, len);
            return;
        }
    }
    size_t len;
    unsigned kind;
    const char *d = mps_obj_str_get_data_kind(value, &len, &kind);
    if (slen == 0) {
        if (d != NULL && kind == MPS_TYPE_IDX_str) {
            vstr_add_strn(out, d, len);
        } else {
            add_str_of(out, value, MPS_PRINT_STR);
        }
        return;
    }
    spec_t sp;
    parse_spec(s, slen, &sp);
    if (d != NULL && kind == MPS_TYPE_IDX_str) {
        format_text(out, d, len, &sp, value);
        return;
    }
    bool is_int = mps_obj_is_int(value) || value == mps_const_false || value == mps_const_true;
    if (is_int) {
        if (sp.type == 'e' || sp.type == 'E' || sp.type == 'f' || sp.type == 'F' || sp.type == 'g' ||
            sp.type == 'G' || sp.type == '%') {
            format_float(out, value, &sp);
        } else {
            format_int(out, value, &sp);
        }
        return;
    }
    if (mps_obj_is_float(value)) {
        format_float(out, value, &sp);
        return;
    }
    if (is_instance_of_class(value) || value == mps_const_none || d != NULL) {
        mps_raise_msg_varg(&mps_type_TypeError, "unsupported format string passed to %s.__format__",
                           mps_obj_get_type_str(value));
    }
    // Other built-in objects format their str() as text.
    vstr_t tmp;
    mps_print_t p;
    vstr_init_print(&tmp, 16, &p);
    mps_obj_print(&p, value, MPS_PRINT_STR);
    format_text(out, tmp.buf, tmp.len, &sp, value);
    vstr_clear(&tmp);
}

mps_obj_t mps_obj_format_value(mps_obj_t value, mps_obj_t spec) {
    size_t slen = 0;
    const char *s = "";
    if (spec != MPS_OBJ_NULL) {
        s = mps_obj_str_get_data(spec, &slen);
    }
    if (slen == 0 && mps_obj_is_str(value)) {
        return value;
    }
    vstr_t out;
    vstr_init(&out, 16);
    format_into(&out, value, s, slen);
    return mps_obj_new_str_from_vstr(&out);
}

// --- str.format -------------------------------------------------------------------------

typedef struct {
    size_t n_pos;
    const mps_obj_t *pos;
    size_t n_kw;
    const mps_obj_t *kw; // (key, value) pairs
    int next_auto;       // -1 once a field was numbered by hand
} format_args_t;

static mps_obj_t lookup_kw(const format_args_t *fa, const char *name, size_t len) {
    for (size_t i = 0; i < fa->n_kw; ++i) {
        size_t klen;
        const char *k = mps_obj_str_get_data(fa->kw[2 * i], &klen);
        if (klen == len && memcmp(k, name, len) == 0) {
            return fa->kw[2 * i + 1];
        }
    }
    mps_raise_KeyError(mps_obj_new_str(name, len));
}

static bool all_digits(const char *s, size_t len) {
    if (len == 0) {
        return false;
    }
    for (size_t i = 0; i < len; ++i) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

static size_t digits_value(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; ++i) {
        n = n * 10 + (size_t)(s[i] - '0');
    }
    return n;
}

// The object a field name ("0", "", "name", "0.attr", "a[1]", ...) refers to.
static mps_obj_t resolve_field(format_args_t *fa, const char *s, size_t len) {
    size_t n = 0;
    while (n < len && s[n] != '.' && s[n] != '[') {
        ++n;
    }
    mps_obj_t o;
    if (n == 0 || all_digits(s, n)) {
        size_t idx;
        if (n == 0) {
            if (fa->next_auto < 0) {
                mps_raise_ValueError("can't switch from manual field specification to automatic field numbering");
            }
            idx = (size_t)fa->next_auto++;
        } else {
            if (fa->next_auto > 0) {
                mps_raise_ValueError("can't switch from automatic field numbering to manual field specification");
            }
            fa->next_auto = -1;
            idx = digits_value(s, n);
        }
        if (idx >= fa->n_pos) {
            mps_raise_IndexError("tuple index out of range");
        }
        o = fa->pos[idx];
    } else {
        o = lookup_kw(fa, s, n);
    }
    const char *p = s + n, *e = s + len;
    while (p < e) {
        if (*p == '.') {
            const char *a = ++p;
            while (p < e && *p != '.' && *p != '[') {
                ++p;
            }
            if (p == a) {
                mps_raise_ValueError("empty attribute in format string");
            }
            o = mps_load_attr(o, qstr_from_strn(a, (size_t)(p - a)));
        } else if (*p == '[') {
            const char *k = ++p;
            while (p < e && *p != ']') {
                ++p;
            }
            if (p == e || p == k) {
                mps_raise_ValueError("expected '}' before end of string");
            }
            size_t klen = (size_t)(p - k);
            mps_obj_t key = all_digits(k, klen) ? mps_obj_new_int((mps_int_t)digits_value(k, klen))
                                                 : mps_obj_new_str(k, klen);
            o = mps_subscr_load(o, key);
            ++p;
        } else {
            mps_raise_ValueError("only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return o;
}

static void format_str_into(vstr_t *out, const char *s, size_t len, format_args_t *fa, int depth);

// One replacement field [s, s+len) (without the braces).
static void format_field(vstr_t *out, const char *s, size_t len, format_args_t *fa, int depth) {
    const char *e = s + len;
    const char *p = s;
    int bracket = 0;
    while (p < e && (bracket || (*p != '!' && *p != ':'))) {
        bracket += *p == '[' ? 1 : *p == ']' ? -1 : 0;
        ++p;
    }
    mps_obj_t value = resolve_field(fa, s, (size_t)(p - s));
    if (p < e && *p == '!') {
        if (p + 1 >= e || (p + 2 < e && p[2] != ':')) {
            mps_raise_ValueError("end of format while looking for conversion specifier");
        }
        char conv = p[1];
        if (conv == 'r' || conv == 'a' || conv == 's') {
            vstr_t tmp;
            mps_print_t pr;
            vstr_init_print(&tmp, 16, &pr);
            mps_obj_print(&pr, value, conv == 's' ? MPS_PRINT_STR : MPS_PRINT_REPR);
            if (conv == 'a') {
                escape_non_ascii(&tmp);
            }
            value = mps_obj_new_str_from_vstr(&tmp);
        } else {
            mps_raise_msg_varg(&mps_type_ValueError, "unknown conversion specifier %c", conv);
        }
        p += 2;
    }
    const char *spec = "";
    size_t slen = 0;
    vstr_t nested;
    bool has_nested = false;
    if (p < e && *p == ':') {
        spec = p + 1;
        slen = (size_t)(e - spec);
        if (memchr(spec, '{', slen) != NULL) {
            // Nested fields in the spec ("{:{width}}") are formatted first.
            if (depth > 1) {
                mps_raise_ValueError("Max string recursion exceeded");
            }
            vstr_init(&nested, slen + 8);
            format_str_into(&nested, spec, slen, fa, depth + 1);
            spec = nested.buf;
            slen = nested.len;
            has_nested = true;
        }
    }
    format_into(out, value, spec, slen);
    if (has_nested) {
        vstr_clear(&nested);
    }
}

static void format_str_into(vstr_t *out, const char *s, size_t len, format_args_t *fa, int depth) {
    const char *p = s, *e = s + len;
    while (p < e) {
        const char *run = p;
        while (p < e && *p != '{' && *p != '}') {
            ++p;
        }
        vstr_add_strn(out, run, (size_t)(p - run));
        if (p == e) {
            break;
        }
        if (*p == '}') {
            if (p + 1 < e && p[1] == '}') {
                vstr_add_byte(out, '}');
                p += 2;
                continue;
            }
            mps_raise_ValueError("single '}' encountered in format string");
        }
        if (p + 1 < e && p[1] == '{') {
            vstr_add_byte(out, '{');
            p += 2;
            continue;
        }
        // Find the matching '}' (the spec may hold nested {fields}).
        const char *f = ++p;
        int level = 1;
        while (p < e) {
            if (*p == '{') {
                ++level;
            } else if (*p == '}' && --level == 0) {
                break;
            }
            ++p;
        }
        if (p == e) {
            mps_raise_ValueError("unmatched '{' in format");
        }
        format_field(out, f, (size_t)(p - f), fa, depth);
        ++p;
    }
}

mps_obj_t mps_obj_str_format(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    size_t len;
    const char *s = mps_obj_str_get_str(args[0]);
    mps_obj_str_get_data(args[0], &len);
    format_args_t fa = {n_args - 1, args + 1, n_kw, args + n_args, 0};
    vstr_t out;
    vstr_init(&out, len + 16);
    format_str_into(&out, s, len, &fa, 0);
    return mps_obj_new_str_from_vstr(&out);
}

// --- the % operator ---------------------------------------------------------------------

noreturn static void raise_need_more(void) {
    mps_raise_TypeError("format string needs more arguments");
}

// The next positional value. With a dict as the argument (args = [the dict]) values
// cannot be taken by position once a %(key) was used, as in CPython.
static mps_obj_t next_arg(const mps_obj_t *args, size_t n_args, size_t *arg_i, bool used_key) {
    if (*arg_i >= n_args || used_key) {
        raise_need_more();
    }
    return args[(*arg_i)++];
}

mps_obj_t mps_obj_str_modulo(mps_obj_t fmt, mps_obj_t args_in) {
    size_t flen;
    unsigned kind;
    const char *f = mps_obj_str_get_data_kind(fmt, &flen, &kind);
    bool is_bytes = kind != MPS_TYPE_IDX_str;
    mps_obj_t *args = &args_in;
    size_t n_args = 1;
    mps_obj_t dict = MPS_OBJ_NULL;
    if (mps_obj_is_type_idx(args_in, MPS_TYPE_IDX_tuple)) {
        mps_obj_tuple_get(args_in, &n_args, &args);
    } else if (mps_obj_is_type_idx(args_in, MPS_TYPE_IDX_dict)) {
        dict = args_in;
    }
    size_t arg_i = 0;
    bool used_key = false;
    vstr_t out;
    vstr_init(&out, flen + 16);
    const char *p = f, *e = f + flen;
    while (p < e) {
        const char *run = p;
        while (p < e && *p != '%') {
            ++p;
        }
        vstr_add_strn(&out, run, (size_t)(p - run));
        if (p == e) {
            break;
        }
        const char *start = p++;
        if (p < e && *p == '%') {
            vstr_add_byte(&out, '%');
            ++p;
            continue;
        }
        mps_obj_t value = MPS_OBJ_NULL;
        if (p < e && *p == '(') {
            if (dict == MPS_OBJ_NULL) {
                mps_raise_TypeError("format needs a dict");
            }
            const char *k = ++p;
            int level = 1;
            while (p < e && (*p != ')' || --level > 0)) {
                level += *p == '(';
                ++p;
            }
            if (p == e) {
                mps_raise_ValueError("incomplete format key");
            }
            value = mps_subscr_load(dict, mps_obj_new_str(k, (size_t)(p - k)));
            used_key = true;
            ++p;
        }
        spec_t sp;
        spec_init(&sp);
        bool left = false, zero = false;
        for (; p < e; ++p) {
            if (*p == '-') {
                left = true;
            } else if (*p == '+') {
                sp.sign = '+';
            } else if (*p == ' ') {
                if (sp.sign != '+') {
                    sp.sign = ' ';
                }
            } else if (*p == '#') {
                sp.alt = true;
            } else if (*p == '0') {
                zero = true;
            } else {
                break;
            }
        }
        if (p < e && *p == '*') {
            mps_int_t w = mps_obj_get_int(next_arg(args, n_args, &arg_i, used_key));
            if (w < 0) {
                left = true;
                w = -w;
            }
            sp.width = (int)w;
            ++p;
        } else if (p < e && *p >= '0' && *p <= '9') {
            sp.width = parse_num(&p, e);
        }
        if (p < e && *p == '.') {
            ++p;
            if (p < e && *p == '*') {
                sp.prec = (int)mps_obj_get_int(next_arg(args, n_args, &arg_i, used_key));
                ++p;
            } else {
                sp.prec = parse_num(&p, e);
            }
        }
        while (p < e && (*p == 'h' || *p == 'l' || *p == 'L')) {
            ++p; // length modifiers mean nothing here
        }
        if (p == e) {
            mps_raise_ValueError("incomplete format");
        }
        char type = *p++;
        if (value == MPS_OBJ_NULL) {
            value = next_arg(args, n_args, &arg_i, used_key);
        }
        if (left) {
            sp.align = '<';
        } else if (zero && type != 's' && type != 'r' && type != 'a' && type != 'c') {
            sp.fill[0] = '0';
            sp.zero = true; // zeros after the sign
        } else {
            sp.align = '>';
        }
        switch (type) {
            case 's':
            case 'r':
            case 'a':
            case 'b': {
                size_t len;
                unsigned k;
                const char *d = mps_obj_str_get_data_kind(value, &len, &k);
                int prec = sp.prec;
                sp.sign = 0;
                sp.prec = -1;
                if (is_bytes && (type == 's' || type == 'b') && (d == NULL || k == MPS_TYPE_IDX_str)) {
                    mps_buffer_info_t bi;
                    if (d != NULL || !mps_get_buffer(value, &bi, MPS_BUFFER_READ)) {
                        mps_raise_msg_varg(&mps_type_TypeError, "%%b requires a bytes-like object, not '%s'",
                                           mps_obj_get_type_str(value));
                    }
                    d = bi.buf;
                    len = bi.len;
                    k = MPS_TYPE_IDX_bytes;
                }
                if (type != 'r' && type != 'a' && d != NULL && (k == MPS_TYPE_IDX_str) == !is_bytes) {
                    if (prec >= 0) {
                        len = (size_t)(is_bytes ? (size_t)prec < len ? (size_t)prec : len
                                                : (size_t)(mps_utf8_index(d, len, (size_t)prec) - d));
                    }
                    emit_padded(&out, &sp, "", 0, d, len, '>');
                } else {
                    vstr_t tmp;
                    mps_print_t pr;
                    vstr_init_print(&tmp, 16, &pr);
                    mps_obj_print(&pr, value, type == 's' ? MPS_PRINT_STR : MPS_PRINT_REPR);
                    if (type == 'a' || is_bytes) {
                        escape_non_ascii(&tmp); // bytes can only hold ASCII text
                    }
                    if (prec >= 0) {
                        tmp.len = (size_t)(mps_utf8_index(tmp.buf, tmp.len, (size_t)prec) - tmp.buf);
                    }
                    emit_padded(&out, &sp, "", 0, tmp.buf, tmp.len, '>');
                    vstr_clear(&tmp);
                }
                break;
            }
            case 'c': {
                size_t len;
                unsigned k;
                const char *d = mps_obj_str_get_data_kind(value, &len, &k);
                sp.sign = 0;
                if (d != NULL && (is_bytes ? len == 1 : mps_utf8_charlen(d, len) == 1)) {
                    emit_padded(&out, &sp, "", 0, d, len, '>');
                } else if (mps_obj_is_int(value) || value == mps_const_false || value == mps_const_true) {
                    mps_int_t c = mps_obj_get_int(value);
                    char buf[4];
                    size_t n = 1;
                    if (is_bytes) {
                        if (c < 0 || c > 255) {
                            mps_raise_OverflowError("%c arg not in range(256)");
                        }
                        buf[0] = (char)c;
                    } else {
                        if (c < 0 || c > 0x10ffff) {
                            mps_raise_OverflowError("%c arg not in range(0x110000)");
                        }
                        n = mps_utf8_encode((mps_unichar_t)c, buf);
                    }
                    emit_padded(&out, &sp, "", 0, buf, n, '>');
                } else {
                    mps_raise_TypeError("%c needs int or char");
                }
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                if (mps_obj_is_float(value)) {
                    if (type != 'd' && type != 'i' && type != 'u') {
                        mps_raise_TypeError("can't convert float to int");
                    }
                    value = mps_obj_new_int_from_float(mps_obj_float_get(value));
                } else if (!mps_obj_is_int(value) && value != mps_const_false && value != mps_const_true) {
                    if (!MPS_OBJ_IS_OBJ(value) || ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(value))->type < MPS_TYPE_TABLE_SIZE) {
                        (void)mps_obj_get_int(value); // raises TypeError with the usual message
                    }
                    value = mps_unary_op(MPS_UNARY_OP_INT, value); // a class's __int__
                }
                int prec = sp.prec;
                sp.prec = -1;
                sp.type = type == 'i' || type == 'u' ? 'd' : type;
                if (prec > 0) {
                    // A precision is a minimum number of digits: format without padding,
                    // add the zeros, then pad.
                    spec_t inner = sp;
                    inner.width = -1;
                    inner.alt = false;
                    vstr_t tmp;
                    vstr_init(&tmp, 16);
                    format_int(&tmp, value, &inner);
                    size_t sgn = tmp.len > 0 && (tmp.buf[0] == '-' || tmp.buf[0] == '+' || tmp.buf[0] == ' ');
                    size_t nd = tmp.len - sgn;
                    char pre[3];
                    size_t plen = 0;
                    if (sgn) {
                        pre[plen++] = tmp.buf[0];
                    }
                    if (sp.alt && sp.type != 'd') {
                        pre[plen++] = '0';
                        pre[plen++] = sp.type == 'o' ? 'o' : sp.type;
                    }
                    vstr_t num;
                    vstr_init(&num, tmp.len + (size_t)prec + 4);
                    for (size_t i = nd; i < (size_t)prec; ++i) {
                        vstr_add_byte(&num, '0');
                    }
                    vstr_add_strn(&num, tmp.buf + sgn, nd);
                    emit_padded(&out, &sp, pre, plen, num.buf, num.len, '>');
                    vstr_clear(&num);
                    vstr_clear(&tmp);
                } else {
                    format_int(&out, value, &sp);
                }
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                sp.type = type;
                (void)mps_obj_get_float(value); // TypeError for non-numbers
                format_float(&out, value, &sp);
                break;
            default:
            {
                char msg[80];
                snprintf(msg, sizeof(msg), "unsupported format character '%c' (0x%x) at index %d", type,
                         (unsigned)(unsigned char)type, (int)(p - 1 - f));
                mps_raise_msg_varg(&mps_type_ValueError, "%s", msg);
            }
        }
        (void)start;
    }
    if (arg_i < n_args && dict == MPS_OBJ_NULL) {
        mps_raise_TypeError("format string didn't convert all arguments");
    }
    return is_bytes ? mps_obj_new_bytes_from_vstr(&out) : mps_obj_new_str_from_vstr(&out);
}
