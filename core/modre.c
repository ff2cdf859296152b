// SPDX-License-Identifier: MIT
// The re module: compiled patterns and match objects over core/regex.c, with
// MicroPython's API (compile, match, search, sub, split; group, groups, start, end,
// span) and CPython's results for the cases MicroPython leaves out.

#include <stdio.h>
#include <string.h>

#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/regex.h"
#include "core/runtime.h"
#include "core/unicode.h"
#include "core/vstr.h"

extern const mps_obj_type_t mps_type_re_pattern;
extern const mps_obj_type_t mps_type_re_match;

// A compiled pattern holds its program inline: one allocation, about the size of
// MicroPython's.
typedef struct {
    mps_obj_base_t base;
    mps_regex_t re;
} pattern_t;

// A match keeps its subject and the byte offsets of every group (-1: did not match).
typedef struct {
    mps_obj_base_t base;
    mps_obj_t subject;
    mps_uint_t n_groups; // not counting group 0
    int32_t caps[];
} match_t;

// --- helpers ---------------------------------------------------------------------------

static mps_obj_t pattern_compile(mps_obj_t pat) {
    if (mps_obj_is_type_idx(pat, MPS_TYPE_IDX_re_pattern)) {
        return pat;
    }
    size_t len;
    const char *data = mps_obj_str_get_data(pat, &len);
    mps_regex_t *re = mps_regex_compile(data, len, mps_obj_is_str(pat));
    pattern_t *p = mps_obj_alloc(sizeof(mps_obj_base_t) + mps_regex_size(re), MPS_TYPE_IDX_re_pattern);
    memcpy(&p->re, re, mps_regex_size(re));
    mps_mem_free(re);
    return MPS_OBJ_FROM_PTR(p);
}

static pattern_t *as_pattern(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static bool subject_is_str(mps_obj_t s) {
    return mps_obj_is_str(s);
}

// A char index of a str subject as a byte offset (clamped to the subject).
static size_t char_to_byte(mps_obj_t subject, const char *data, size_t len, mps_obj_t index) {
    mps_int_t i = mps_obj_get_int(index);
    size_t n_chars = subject_is_str(subject) ? mps_utf8_charlen(data, len) : len;
    if (i < 0) {
        i = 0;
    }
    if ((size_t)i >= n_chars) {
        return len;
    }
    if (!subject_is_str(subject)) {
        return (size_t)i;
    }
    return (size_t)(mps_utf8_index(data, len, (size_t)i) - data);
}

static mps_obj_t byte_to_index(mps_obj_t subject, int32_t off) {
    if (off < 0) {
        return MPS_OBJ_NEW_SMALL_INT(-1);
    }
    if (!subject_is_str(subject)) {
        return MPS_OBJ_NEW_SMALL_INT(off);
    }
    size_t len;
    const char *data = mps_obj_str_get_data(subject, &len);
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)mps_utf8_charlen(data, (size_t)off));
}

static mps_obj_t new_piece(mps_obj_t subject, const char *data, size_t len) {
    if (subject_is_str(subject)) {
        return mps_obj_new_str(data, len);
    }
    return mps_obj_new_bytes((const uint8_t *)data, len);
}

// Runs [pattern] on subject[0, len) from byte [pos]; returns a match object or None.
static mps_obj_t exec(mps_obj_t pattern, mps_obj_t subject, size_t len, size_t pos, bool search) {
    pattern_t *p = as_pattern(pattern);
    size_t dummy;
    const char *data = mps_obj_str_get_data(subject, &dummy);
    size_t n = p->re.n_groups;
    match_t *m = mps_obj_alloc(sizeof(match_t) + 2 * (n + 1) * sizeof(int32_t), MPS_TYPE_IDX_re_match);
    m->subject = subject;
    m->n_groups = (mps_uint_t)n;
    if (!mps_regex_exec(&p->re, data, len, pos, search, m->caps)) {
        mps_mem_free(m);
        return mps_const_none;
    }
    return MPS_OBJ_FROM_PTR(m);
}

// match/search(string[, pos[, endpos]]) on a compiled pattern.
static mps_obj_t pattern_exec(size_t n_args, const mps_obj_t *args, bool search) {
    mps_obj_t subject = args[1];
    size_t len;
    const char *data = mps_obj_str_get_data(subject, &len);
    size_t pos = n_args > 2 ? char_to_byte(subject, data, len, args[2]) : 0;
    size_t end = n_args > 3 ? char_to_byte(subject, data, len, args[3]) : len;
    if (pos > end) {
        return mps_const_none;
    }
    return exec(args[0], subject, end, pos, search);
}

// --- match objects -------------------------------------------------------------------

static match_t *as_match(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static size_t group_index(match_t *m, mps_obj_t g) {
    mps_int_t i;
    if (!mps_obj_get_int_maybe(g, &i) || i < 0 || (mps_uint_t)i > m->n_groups) {
        mps_raise_IndexError("no such group");
    }
    return (size_t)i;
}

static mps_obj_t group_value(match_t *m, size_t g, mps_obj_t dflt) {
    int32_t s = m->caps[2 * g], e = m->caps[2 * g + 1];
    if (s < 0) {
        return dflt;
    }
    size_t len;
    const char *data = mps_obj_str_get_data(m->subject, &len);
    return new_piece(m->subject, data + s, (size_t)(e - s));
}

static mps_obj_t match_group(size_t n_args, const mps_obj_t *args) {
    match_t *m = as_match(args[0]);
    if (n_args <= 2) {
        size_t g = n_args == 2 ? group_index(m, args[1]) : 0;
        return group_value(m, g, mps_const_none);
    }
    mps_obj_t t = mps_obj_new_tuple(n_args - 1, NULL);
    size_t n;
    mps_obj_t *items;
    mps_obj_tuple_get(t, &n, &items);
    for (size_t i = 0; i < n; i++) {
        items[i] = group_value(m, group_index(m, args[1 + i]), mps_const_none);
    }
    return t;
}
static MPS_DEFINE_FUN_VAR(match_group_obj, 1, MPS_FUN_ARGS_MAX, match_group);

static mps_obj_t match_groups(size_t n_args, const mps_obj_t *args) {
    match_t *m = as_match(args[0]);
    mps_obj_t dflt = n_args > 1 ? args[1] : mps_const_none;
    if (m->n_groups == 0) {
        return mps_obj_new_tuple(0, NULL);
    }
    mps_obj_t t = mps_obj_new_tuple(m->n_groups, NULL);
    size_t n;
    mps_obj_t *items;
    mps_obj_tuple_get(t, &n, &items);
    for (size_t i = 0; i < n; i++) {
        items[i] = group_value(m, i + 1, dflt);
    }
    return t;
}
static MPS_DEFINE_FUN_VAR(match_groups_obj, 1, 2, match_groups);

static mps_obj_t match_bound(size_t n_args, const mps_obj_t *args, int which) {
    match_t *m = as_match(args[0]);
    size_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    mps_obj_t s = byte_to_index(m->subject, m->caps[2 * g]);
    mps_obj_t e = byte_to_index(m->subject, m->caps[2 * g + 1]);
    if (which == 0) {
        return s;
    }
    if (which == 1) {
        return e;
    }
    mps_obj_t se[2] = {s, e};
    return mps_obj_new_tuple(2, se);
}

static mps_obj_t match_start(size_t n_args, const mps_obj_t *args) {
    return match_bound(n_args, args, 0);
}
static MPS_DEFINE_FUN_VAR(match_start_obj, 1, 2, match_start);

static mps_obj_t match_end(size_t n_args, const mps_obj_t *args) {
    return match_bound(n_args, args, 1);
}
static MPS_DEFINE_FUN_VAR(match_end_obj, 1, 2, match_end);

static mps_obj_t match_span(size_t n_args, const mps_obj_t *args) {
    return match_bound(n_args, args, 2);
}
static MPS_DEFINE_FUN_VAR(match_span_obj, 1, 2, match_span);

static void match_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_printf(print, "<match num=%u>", (unsigned)(as_match(self)->n_groups + 1));
}

static const mps_rom_map_elem_t match_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_group), MPS_ROM_PTR(&match_group_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_groups), MPS_ROM_PTR(&match_groups_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_start), MPS_ROM_PTR(&match_start_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_end), MPS_ROM_PTR(&match_end_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_span), MPS_ROM_PTR(&match_span_obj) },
};

const mps_obj_type_t mps_type_re_match = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_match,
    .print = match_print,
    .locals = MPS_ROM_TABLE(match_locals_table),
};

// --- sub and split ---------------------------------------------------------------------

// Appends the expansion of template [repl] for match [m]: \1..\99 and \g<n> name
// groups (an unmatched group adds nothing), \n \t \r \\ are characters.
static void expand_template(vstr_t *out, mps_obj_t repl, match_t *m) {
    size_t len;
    const char *t = mps_obj_str_get_data(repl, &len);
    const char *end = t + len;
    while (t < end) {
        char c = *t++;
        if (c != '\\' || t == end) {
            vstr_add_byte(out, (unsigned char)c);
            continue;
        }
        c = *t;
        mps_int_t g = -1;
        if (c >= '0' && c <= '9') {
            g = 0;
            for (int digits = 0; digits < 2 && t < end && *t >= '0' && *t <= '9'; digits++) {
                g = g * 10 + (*t++ - '0');
            }
        } else if (c == 'g' && end - t >= 2 && t[1] == '<') {
            const char *close = memchr(t, '>', (size_t)(end - t));
            if (close == NULL || close == t + 2) {
                mps_raise_ValueError("error in regex");
            }
            g = 0;
            for (const char *d = t + 2; d < close; d++) {
                if (*d < '0' || *d > '9') {
                    mps_raise_IndexError("no such group");
                }
                g = g * 10 + (*d - '0');
                if (g > 1000) {
                    break;
                }
            }
            t = close + 1;
        } else {
            t++;
            switch (c) {
                case 'n': vstr_add_byte(out, '\n'); break;
                case 't': vstr_add_byte(out, '\t'); break;
                case 'r': vstr_add_byte(out, '\r'); break;
                case '\\': vstr_add_byte(out, '\\'); break;
                default:
                    vstr_add_byte(out, '\\');
                    vstr_add_byte(out, (unsigned char)c);
                    break;
            }
            continue;
        }
        if (g > (mps_int_t)m->n_groups) {
            mps_raise_IndexError("no such group");
        }
        int32_t s = m->caps[2 * g], e = m->caps[2 * g + 1];
        if (s >= 0) {
            size_t slen;
            const char *sd = mps_obj_str_get_data(m->subject, &slen);
            vstr_add_strn(out, sd + s, (size_t)(e - s));
        }
    }
}

// Walks the matches of [pattern] in [subject] as sub and split need them: calls
// [fn] with each match (at most [count] when count > 0) and the offset where the text
// before it starts; returns the offset of the text after the last one. Empty matches
// are found at every position, also right after a non-empty match, as in CPython.
typedef void (*each_match_fn_t)(void *env, match_t *m, size_t before);

static size_t each_match(mps_obj_t pattern, mps_obj_t subject, mps_int_t count, each_match_fn_t fn, void *env) {
    size_t len;
    mps_obj_str_get_data(subject, &len);
    size_t pos = 0, last = 0;
    mps_int_t done = 0;
    while (pos <= len && (count <= 0 || done < count)) {
        mps_obj_t mo = exec(pattern, subject, len, pos, true);
        if (mo == mps_const_none) {
            break;
        }
        match_t *m = as_match(mo);
        size_t s = (size_t)m->caps[0], e = (size_t)m->caps[1];
        fn(env, m, last);
        done++;
        last = e;
        if (e == s) {
            // Step over one character so the next search cannot find this spot again.
            size_t n = 1;
            if (subject_is_str(subject) && s < len) {
                size_t l2;
                const char *d = mps_obj_str_get_data(subject, &l2);
                n = mps_utf8_seq_len((unsigned char)d[s]);
            }
            pos = s + n;
        } else {
            pos = e;
        }
    }
    return last;
}

typedef struct {
    vstr_t out;
    mps_obj_t repl;
    mps_obj_t subject;
} sub_env_t;

static void sub_one(void *env_in, match_t *m, size_t before) {
    sub_env_t *env = env_in;
    size_t len;
    const char *data = mps_obj_str_get_data(env->subject, &len);
    vstr_add_strn(&env->out, data + before, (size_t)m->caps[0] - before);
    if (mps_obj_is_callable(env->repl)) {
        mps_obj_t r = mps_call_function_1(env->repl, MPS_OBJ_FROM_PTR(m));
        size_t rlen;
        const char *rd = mps_obj_str_get_data(r, &rlen);
        vstr_add_strn(&env->out, rd, rlen);
    } else {
        expand_template(&env->out, env->repl, m);
    }
}

static mps_obj_t do_sub(mps_obj_t pattern, mps_obj_t repl, mps_obj_t subject, mps_int_t count) {
    size_t len;
    const char *data = mps_obj_str_get_data(subject, &len);
    if (!mps_obj_is_callable(repl)) {
        mps_obj_str_get_data(repl, &len); // TypeError now rather than at the first match
        mps_obj_str_get_data(subject, &len);
    }
    sub_env_t env = {.repl = repl, .subject = subject};
    vstr_init(&env.out, len + 8);
    size_t last = each_match(pattern, subject, count, sub_one, &env);
    data = mps_obj_str_get_data(subject, &len);
    vstr_add_strn(&env.out, data + last, len - last);
    if (subject_is_str(subject)) {
        return mps_obj_new_str_from_vstr(&env.out);
    }
    return mps_obj_new_bytes_from_vstr(&env.out);
}

typedef struct {
    mps_obj_t list;
    mps_obj_t subject;
} split_env_t;

static void split_one(void *env_in, match_t *m, size_t before) {
    split_env_t *env = env_in;
    size_t len;
    const char *data = mps_obj_str_get_data(env->subject, &len);
    mps_obj_list_append(env->list, new_piece(env->subject, data + before, (size_t)m->caps[0] - before));
    for (size_t g = 1; g <= m->n_groups; g++) {
        mps_obj_list_append(env->list, group_value(m, g, mps_const_none));
    }
}

static mps_obj_t do_split(mps_obj_t pattern, mps_obj_t subject, mps_int_t maxsplit) {
    size_t len;
    mps_obj_str_get_data(subject, &len);
    split_env_t env = {.list = mps_obj_new_list(0, NULL), .subject = subject};
    if (maxsplit < 0) {
        maxsplit = 0; // MicroPython's default of -1 means no limit, like CPython's 0
    }
    size_t last = each_match(pattern, subject, maxsplit, split_one, &env);
    const char *data = mps_obj_str_get_data(subject, &len);
    mps_obj_list_append(env.list, new_piece(subject, data + last, len - last));
    return env.list;
}

// --- pattern objects ---------------------------------------------------------------------

static mps_obj_t pattern_match(size_t n_args, const mps_obj_t *args) {
    return pattern_exec(n_args, args, false);
}
static MPS_DEFINE_FUN_VAR(pattern_match_obj, 2, 4, pattern_match);

static mps_obj_t pattern_search(size_t n_args, const mps_obj_t *args) {
    return pattern_exec(n_args, args, true);
}
static MPS_DEFINE_FUN_VAR(pattern_search_obj, 2, 4, pattern_search);

static mps_obj_t pattern_sub(size_t n_args, const mps_obj_t *args) {
    return do_sub(args[0], args[1], args[2], n_args > 3 ? mps_obj_get_int(args[3]) : 0);
}
static MPS_DEFINE_FUN_VAR(pattern_sub_obj, 3, 5, pattern_sub);

static mps_obj_t pattern_split(size_t n_args, const mps_obj_t *args) {
    return do_split(args[0], args[1], n_args > 2 ? mps_obj_get_int(args[2]) : 0);
}
static MPS_DEFINE_FUN_VAR(pattern_split_obj, 2, 3, pattern_split);

static void pattern_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    char buf[24];
    snprintf(buf, sizeof(buf), "<re %x>", (unsigned)self);
    mps_print_str(print, buf);
}

static const mps_rom_map_elem_t pattern_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_match), MPS_ROM_PTR(&pattern_match_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_search), MPS_ROM_PTR(&pattern_search_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_sub), MPS_ROM_PTR(&pattern_sub_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_split), MPS_ROM_PTR(&pattern_split_obj) },
};

const mps_obj_type_t mps_type_re_pattern = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_re,
    .print = pattern_print,
    .locals = MPS_ROM_TABLE(pattern_locals_table),
};

// --- module functions ------------------------------------------------------------------
// The flags argument MicroPython accepts is ignored: it has no flags to give.

static mps_obj_t re_compile(size_t n_args, const mps_obj_t *args) {
    return pattern_compile(args[0]);
}
static MPS_DEFINE_FUN_VAR(re_compile_obj, 1, 2, re_compile);

static mps_obj_t re_exec(const mps_obj_t *args, bool search) {
    mps_obj_t a[2] = {pattern_compile(args[0]), args[1]};
    return pattern_exec(2, a, search);
}

static mps_obj_t re_match(size_t n_args, const mps_obj_t *args) {
    return re_exec(args, false);
}
static MPS_DEFINE_FUN_VAR(re_match_obj, 2, 3, re_match);

static mps_obj_t re_search(size_t n_args, const mps_obj_t *args) {
    return re_exec(args, true);
}
static MPS_DEFINE_FUN_VAR(re_search_obj, 2, 3, re_search);

static mps_obj_t re_sub(size_t n_args, const mps_obj_t *args) {
    return do_sub(pattern_compile(args[0]), args[1], args[2], n_args > 3 ? mps_obj_get_int(args[3]) : 0);
}
static MPS_DEFINE_FUN_VAR(re_sub_obj, 3, 5, re_sub);

static mps_obj_t re_split(size_t n_args, const mps_obj_t *args) {
    return do_split(pattern_compile(args[0]), args[1], n_args > 2 ? mps_obj_get_int(args[2]) : 0);
}
static MPS_DEFINE_FUN_VAR(re_split_obj, 2, 4, re_split);

static const mps_rom_map_elem_t re_globals[] = {
    { MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_re) },
    { MPS_ROM_QSTR(MPS_QSTR_compile), MPS_ROM_PTR(&re_compile_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_match), MPS_ROM_PTR(&re_match_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_search), MPS_ROM_PTR(&re_search_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_sub), MPS_ROM_PTR(&re_sub_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_split), MPS_ROM_PTR(&re_split_obj) },
};

static const mps_module_def_t re_module_def = {
    .name = MPS_QSTR_re,
    .globals = MPS_ROM_TABLE(re_globals),
};

const mps_obj_module_t mps_module_re = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &re_module_def,
};
