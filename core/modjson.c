// SPDX-License-Identifier: MIT
// The json module: dumps/dump write MicroPython's JSON (", " and ": " separators by
// default, non-ASCII text as UTF-8, other objects by their repr); loads/load parse
// standard JSON without recursion, so deep nesting costs heap, not C stack.

#include <string.h>

#include "core/mem.h"
#include "core/objdict.h"
#include "core/objfloat.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/stream.h"
#include "core/unicode.h"
#include "core/vstr.h"

// --- writing -------------------------------------------------------------------------

typedef struct {
    const mps_print_t *print;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
} json_out_t;

// A JSON string: quotes, backslashes and control characters escaped; everything else
// (non-ASCII UTF-8 included) as it is, as MicroPython writes it.
static void dump_text(const mps_print_t *print, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    mps_print_strn(print, "\"", 1);
    size_t run = 0; // bytes before s[i] that need no escape, not yet printed
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[6];
        size_t n = 0;
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            n = 2;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            esc[0] = '\\';
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            n = 2;
        } else if (c < 0x20) {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            n = 6;
        } else {
            run++;
            continue;
        }
        mps_print_strn(print, s + i - run, run);
        run = 0;
        mps_print_strn(print, esc, n);
    }
    mps_print_strn(print, s + len - run, run);
    mps_print_strn(print, "\"", 1);
}

static void dump_value(const json_out_t *out, mps_obj_t o);

// An instance of a subclass of a built-in type is written as its native part.
static mps_obj_t native_of(mps_obj_t o) {
    return mps_obj_get_type(o) == &mps_type_instance ? mps_obj_instance_native(o) : o;
}

static void dump_sequence(const json_out_t *out, mps_obj_t seq) {
    mps_print_strn(out->print, "[", 1);
    // Index by index, fetching the items again each time: printing an item may run
    // Python code (__repr__) that changes the list.
    for (size_t i = 0;; i++) {
        size_t len;
        mps_obj_t *items;
        mps_obj_get_array(seq, &len, &items);
        if (i >= len) {
            break;
        }
        if (i > 0) {
            mps_print_strn(out->print, out->item_sep, out->item_sep_len);
        }
        dump_value(out, items[i]);
    }
    mps_print_strn(out->print, "]", 1);
}

static void dump_dict(const json_out_t *out, mps_obj_t dict) {
    mps_print_strn(out->print, "{", 1);
    mps_map_t *map = mps_obj_dict_get_map(dict);
    size_t cur = 0;
    bool first = true;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        mps_obj_t key = e->key, value = e->value;
        if (!first) {
            mps_print_strn(out->print, out->item_sep, out->item_sep_len);
        }
        first = false;
        mps_obj_t key_native = native_of(key);
        if (mps_obj_is_str(key_native)) {
            size_t len;
            const char *s = mps_obj_str_get_data(key_native, &len);
            dump_text(out->print, s, len);
        } else {
            // MicroPython quotes a key of any other kind: {1: 2} gives {"1": 2}.
            mps_print_strn(out->print, "\"", 1);
            dump_value(out, key);
            mps_print_strn(out->print, "\"", 1);
        }
        mps_print_strn(out->print, out->key_sep, out->key_sep_len);
        dump_value(out, value);
    }
    mps_print_strn(out->print, "}", 1);
}

static void dump_value(const json_out_t *out, mps_obj_t o) {
    mps_stack_check();
    if (o == mps_const_none) {
        mps_print_str(out->print, "null");
        return;
    }
    if (o == mps_const_true || o == mps_const_false) {
        mps_print_str(out->print, o == mps_const_true ? "true" : "false");
        return;
    }
    mps_obj_t native = native_of(o);
    if (mps_obj_is_str(native) || mps_obj_is_bytes(native)) {
        size_t len;
        const char *s = mps_obj_str_get_data(native, &len);
        dump_text(out->print, s, len);
    } else if (mps_obj_is_type_idx(native, MPS_TYPE_IDX_list) || mps_obj_is_type_idx(native, MPS_TYPE_IDX_tuple)) {
        dump_sequence(out, native);
    } else if (mps_obj_is_type_idx(native, MPS_TYPE_IDX_dict) || mps_obj_is_type_idx(native, MPS_TYPE_IDX_OrderedDict)) {
        dump_dict(out, native);
    } else {
        // Numbers, and anything JSON has no form for, as repr() (MicroPython's way:
        // inf and nan stay inf and nan).
        mps_obj_print(out->print, o, MPS_PRINT_REPR);
    }
}

// Parses the keyword arguments after the positional ones: separators=None or a pair
// of str (item separator, key separator).
static void out_init(json_out_t *out, const mps_print_t *print, mps_obj_t separators) {
    out->print = print;
    out->item_sep = ", ";
    out->item_sep_len = 2;
    out->key_sep = ": ";
    out->key_sep_len = 2;
    if (separators != mps_const_none) {
        mps_obj_t *seps;
        mps_obj_get_array_fixed_n(separators, 2, &seps);
        out->item_sep = mps_obj_str_get_data(seps[0], &out->item_sep_len);
        out->key_sep = mps_obj_str_get_data(seps[1], &out->key_sep_len);
    }
}

// dumps(obj, *, separators=None)
static mps_obj_t json_dumps(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_obj, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_separators, MPS_ARG_OBJ | MPS_ARG_KW_ONLY, {.u_obj = mps_const_none}},
    };
    mps_arg_val_t v[2];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 2, allowed, v);
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    json_out_t out;
    out_init(&out, &print, v[1].u_obj);
    dump_value(&out, v[0].u_obj);
    return mps_obj_new_str_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_KW(json_dumps_obj, 1, json_dumps);

// A printer whose data is a stream object (stored in the pointer's place).
static void stream_print_strn(void *data, const char *str, size_t len) {
    mps_stream_write_all((mps_obj_t)(uintptr_t)data, str, len);
}

// dump(obj, stream, *, separators=None): written piece by piece to the stream.
static mps_obj_t json_dump(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_obj, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_stream, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_separators, MPS_ARG_OBJ | MPS_ARG_KW_ONLY, {.u_obj = mps_const_none}},
    };
    mps_arg_val_t v[3];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 3, allowed, v);
    mps_get_stream_raise(v[1].u_obj, MPS_STREAM_OP_WRITE);
    mps_print_t print = {(void *)(uintptr_t)v[1].u_obj, stream_print_strn};
    json_out_t out;
    out_init(&out, &print, v[2].u_obj);
    dump_value(&out, v[0].u_obj);
    return mps_const_none;
}
static MPS_DEFINE_FUN_KW(json_dump_obj, 2, json_dump);

// --- reading -------------------------------------------------------------------------

typedef struct {
    const char *p;
    const char *end;
    vstr_t text;        // scratch for string values, reused for each one
    mps_obj_t *stack;   // open containers (and a dict's pending key above it)
    size_t depth;
    size_t stack_alloc;
} json_in_t;

static noreturn void syntax_error(void) {
    mps_raise_ValueError("syntax error in JSON");
}

static void skip_ws(json_in_t *in) {
    while (in->p < in->end && (*in->p == ' ' || *in->p == '\t' || *in->p == '\n' || *in->p == '\r')) {
        in->p++;
    }
}

// The next byte after white space; syntax error at the end of the input.
static char peek(json_in_t *in) {
    skip_ws(in);
    if (in->p == in->end) {
        syntax_error();
    }
    return *in->p;
}

static void expect(json_in_t *in, char c) {
    if (peek(in) != c) {
        syntax_error();
    }
    in->p++;
}

static unsigned parse_hex4(json_in_t *in) {
    if (in->end - in->p < 4) {
        syntax_error();
    }
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = (unsigned char)*in->p++;
        if (!mps_unichar_isxdigit(c)) {
            syntax_error();
        }
        v = v << 4 | mps_unichar_xdigit_value(c);
    }
    return v;
}

// A string, the opening quote already consumed. A surrogate pair in \u escapes makes
// one code point; a lone surrogate cannot be stored in a str and is an error. Raw
// control characters are accepted, as MicroPython does.
static mps_obj_t parse_string(json_in_t *in) {
    vstr_reset(&in->text);
    for (;;) {
        if (in->p == in->end) {
            syntax_error();
        }
        char c = *in->p++;
        if (c == '"') {
            break;
        }
        if (c != '\\') {
            vstr_add_byte(&in->text, (unsigned char)c);
            continue;
        }
        if (in->p == in->end) {
            syntax_error();
        }
        c = *in->p++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                vstr_add_byte(&in->text, (unsigned char)c);
                break;
            case 'b':
                vstr_add_byte(&in->text, '\b');
                break;
            case 'f':
                vstr_add_byte(&in->text, '\f');
                break;
            case 'n':
                vstr_add_byte(&in->text, '\n');
                break;
            case 'r':
                vstr_add_byte(&in->text, '\r');
                break;
            case 't':
                vstr_add_byte(&in->text, '\t');
                break;
            case 'u': {
                unsigned cp = parse_hex4(in);
                if (cp >= 0xdc00 && cp <= 0xdfff) {
                    syntax_error();
                }
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    if (in->end - in->p < 2 || in->p[0] != '\\' || in->p[1] != 'u') {
                        syntax_error();
                    }
                    in->p += 2;
                    unsigned low = parse_hex4(in);
                    if (low < 0xdc00 || low > 0xdfff) {
                        syntax_error();
                    }
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                }
                vstr_add_char(&in->text, cp);
                break;
            }
            default:
                syntax_error();
        }
    }
    // Input given as bytes may hold anything; a str must be valid UTF-8.
    if (!mps_utf8_is_valid(in->text.buf, in->text.len)) {
        syntax_error();
    }
    return mps_obj_new_str(in->text.buf, in->text.len);
}

static size_t skip_digits(json_in_t *in) {
    const char *start = in->p;
    while (in->p < in->end && *in->p >= '0' && *in->p <= '9') {
        in->p++;
    }
    return (size_t)(in->p - start);
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?: an int (of any size) without a
// fraction or exponent, else a float.
static mps_obj_t parse_number(json_in_t *in) {
    const char *start = in->p;
    bool is_float = false;
    if (*in->p == '-') {
        in->p++;
    }
    const char *int_start = in->p;
    size_t n = skip_digits(in);
    if (n == 0 || (n > 1 && *int_start == '0')) {
        syntax_error();
    }
    if (in->p < in->end && *in->p == '.') {
        in->p++;
        if (skip_digits(in) == 0) {
            syntax_error();
        }
        is_float = true;
    }
    if (in->p < in->end && (*in->p == 'e' || *in->p == 'E')) {
        in->p++;
        if (in->p < in->end && (*in->p == '+' || *in->p == '-')) {
            in->p++;
        }
        if (skip_digits(in) == 0) {
            syntax_error();
        }
        is_float = true;
    }
    size_t len = (size_t)(in->p - start);
    if (is_float) {
        return mps_parse_num_decimal(start, len, false, false);
    }
    return mps_obj_new_int_from_str_len(start, len, 10);
}

static void parse_literal(json_in_t *in, const char *word, size_t len) {
    if ((size_t)(in->end - in->p) < len || memcmp(in->p, word, len) != 0) {
        syntax_error();
    }
    in->p += len;
}

static void push(json_in_t *in, mps_obj_t o) {
    if (in->depth == in->stack_alloc) {
        in->stack_alloc = in->stack_alloc * 2 + 8;
        in->stack = mps_mem_realloc(in->stack, in->stack_alloc * sizeof(mps_obj_t));
    }
    in->stack[in->depth++] = o;
}

// After a dict's '{' or ',': its next key and the ':' after it, pushed as pending.
static void parse_key(json_in_t *in) {
    expect(in, '"');
    push(in, parse_string(in));
    expect(in, ':');
}

// One JSON value from [in->p]: containers are opened on the stack and closed as their
// ends are found, so nesting depth is bounded by the heap alone.
static mps_obj_t parse_value(json_in_t *in) {
    for (;;) {
        mps_obj_t value;
        char c = peek(in);
        if (c == '[' || c == '{') {
            in->p++;
            bool is_list = c == '[';
            mps_obj_t container = is_list ? mps_obj_new_list(0, NULL) : mps_obj_new_dict(0);
            if (peek(in) == (is_list ? ']' : '}')) {
                in->p++;
                value = container;
            } else {
                push(in, container);
                if (!is_list) {
                    parse_key(in);
                }
                continue;
            }
        } else if (c == '"') {
            in->p++;
            value = parse_string(in);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            value = parse_number(in);
        } else if (c == 't') {
            parse_literal(in, "true", 4);
            value = mps_const_true;
        } else if (c == 'f') {
            parse_literal(in, "false", 5);
            value = mps_const_false;
        } else if (c == 'n') {
            parse_literal(in, "null", 4);
            value = mps_const_none;
        } else {
            syntax_error();
        }
        // Hand the finished value to the innermost open container; each container
        // it closes becomes the finished value one level up.
        for (;;) {
            if (in->depth == 0) {
                return value;
            }
            mps_obj_t top = in->stack[in->depth - 1];
            bool in_dict = mps_obj_is_str(top); // a pending key sits on its dict
            if (in_dict) {
                mps_obj_dict_store(in->stack[in->depth - 2], top, value);
                in->depth--;
            } else {
                mps_obj_list_append(top, value);
            }
            c = peek(in);
            in->p++;
            if (c == ',') {
                if (in_dict) {
                    parse_key(in);
                }
                break;
            }
            if (c != (in_dict ? '}' : ']')) {
                syntax_error();
            }
            value = in->stack[--in->depth];
            in->stack[in->depth] = MPS_OBJ_NULL;
        }
    }
}

static mps_obj_t parse_all(const char *data, size_t len) {
    json_in_t in = {.p = data, .end = data + len};
    vstr_init(&in.text, 16);
    mps_obj_t value = parse_value(&in);
    skip_ws(&in);
    if (in.p != in.end) {
        syntax_error();
    }
    // On success the scratch memory goes back at once; after an error the GC takes it.
    vstr_clear(&in.text);
    mps_mem_free(in.stack);
    return value;
}

static mps_obj_t json_loads(mps_obj_t data) {
    mps_buffer_info_t buf;
    mps_get_buffer_raise(data, &buf, MPS_BUFFER_READ);
    return parse_all(buf.buf, buf.len);
}
static MPS_DEFINE_FUN_1(json_loads_obj, json_loads);

// load(stream): reads the stream to its end (trailing text must be white space, so
// all of it is needed anyway), one byte per read as MicroPython does, then parses.
static mps_obj_t json_load(mps_obj_t stream) {
    const mps_stream_p_t *s = mps_get_stream_raise(stream, MPS_STREAM_OP_READ);
    vstr_t vstr;
    vstr_init(&vstr, 64);
    for (;;) {
        char *p = vstr_extend(&vstr, 1);
        int err;
        size_t n = s->read(stream, p, 1, &err);
        if (n == MPS_STREAM_ERROR) {
            mps_raise_OSError(err);
        }
        if (n == 0) {
            break;
        }
        vstr.len++;
    }
    mps_obj_t value = parse_all(vstr.buf, vstr.len);
    vstr_clear(&vstr);
    return value;
}
static MPS_DEFINE_FUN_1(json_load_obj, json_load);

static const mps_rom_map_elem_t json_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_json)},
    {MPS_ROM_QSTR(MPS_QSTR_dump), MPS_ROM_PTR(&json_dump_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_dumps), MPS_ROM_PTR(&json_dumps_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_load), MPS_ROM_PTR(&json_load_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_loads), MPS_ROM_PTR(&json_loads_obj)},
};

static const mps_module_def_t json_module_def = {
    .name = MPS_QSTR_json,
    .globals = json_globals,
    .n_globals = sizeof(json_globals) / sizeof(json_globals[0]),
};

const mps_obj_module_t mps_module_json = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &json_module_def,
};
