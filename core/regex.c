// SPDX-License-Identifier: MIT
// The regex engine behind the re module: a parser to a small tree, a code emitter,
// and a backtracking matcher with an explicit stack (see core/regex.h).

#include "core/regex.h"

#include <string.h>

#include "core/mem.h"
#include "core/runtime.h"
#include "core/unicode.h"

// --- program -------------------------------------------------------------------------

// The program is bytes, so that a compiled pattern costs about what MicroPython's
// does: an opcode byte, then its operands. Targets x, y are 16-bit code offsets, regs
// one byte, code points in classes 3 bytes (all little endian).
enum {
    OP_CHAR,    // byte: match one byte
    OP_ANY,     // any code point (str) or byte (bytes) but '\n'
    OP_CLASS,   // flags n(16) (lo hi)*n: one code point / byte in (or not in) the set
    OP_BOL,     // start of subject
    OP_EOL,     // end of subject, or before a final '\n'
    OP_EOS,     // end of subject (\Z)
    OP_WORDB,   // \b
    OP_NWORDB,  // \B
    OP_SPLIT,   // x y: try x, backtrack to y
    OP_JMP,     // x
    OP_SAVE,    // reg: reg = position (capture bounds)
    OP_MARK,    // reg: reg = position (start of a loop pass that may match empty)
    OP_CHECK,   // reg: fail if no progress since MARK reg (stops empty loops)
    OP_MATCH,
};

// Class flags: the set's own ranges plus the shorthand classes named inside it.
#define CLS_NEGATE (1)
#define CLS_DIGIT (2)
#define CLS_NDIGIT (4)
#define CLS_WORD (8)
#define CLS_NWORD (16)
#define CLS_SPACE (32)
#define CLS_NSPACE (64)

// Limits that keep compilation and the program small; beyond them "regex too complex".
#define MAX_DEPTH (64)
#define MAX_REPEAT (1000)
#define MAX_CODE (65535) // bytes: 16-bit jump targets
#define MAX_REGS (255)
#define MAX_GROUPS (99)
#define REPEAT_INF (-1)

// --- the tree ------------------------------------------------------------------------

enum { N_CHAR, N_ANY, N_CLASS, N_ASSERT, N_CAT, N_ALT, N_GROUP, N_NCGROUP, N_REPEAT };

typedef struct {
    uint8_t kind;
    uint8_t greedy;
    uint16_t group;  // N_GROUP: group number
    int32_t value;   // N_CHAR: code point or byte; N_CLASS: offset in the class pool; N_ASSERT: op
    int32_t child;   // N_GROUP, N_NCGROUP, N_REPEAT; N_CAT, N_ALT: first child (-1: none)
    int32_t next;    // next sibling in a N_CAT or N_ALT list (-1: last)
    int32_t min, max;
} node_t;

typedef struct {
    const char *p, *end;
    bool is_str;
    node_t *nodes;
    size_t n_nodes, max_nodes;
    int32_t *pool; // class data
    size_t n_pool, max_pool;
    unsigned n_groups;
    unsigned depth;
    uint8_t *code;
    size_t n_code, max_code;
    unsigned n_loops;
} compiler_t;

static noreturn void syntax_error(void) {
    mps_raise_ValueError("error in regex");
}

static noreturn void too_complex(void) {
    mps_raise_ValueError("regex too complex");
}

static int32_t new_node(compiler_t *c, int kind) {
    if (c->n_nodes == c->max_nodes) {
        c->max_nodes *= 2;
        c->nodes = mps_renew(node_t, c->nodes, c->max_nodes);
    }
    node_t *n = &c->nodes[c->n_nodes];
    memset(n, 0, sizeof(*n));
    n->kind = (uint8_t)kind;
    n->child = -1;
    n->next = -1;
    return (int32_t)c->n_nodes++;
}

static void pool_add(compiler_t *c, int32_t w) {
    if (c->n_pool == c->max_pool) {
        c->max_pool = c->max_pool * 2 + 16;
        c->pool = mps_renew(int32_t, c->pool, c->max_pool);
    }
    c->pool[c->n_pool++] = w;
}

// One code point (str) or byte (bytes) of the pattern.
static int32_t next_char(compiler_t *c) {
    if (c->is_str && (unsigned char)*c->p >= 0x80) {
        return (int32_t)mps_utf8_get_char(&c->p);
    }
    return (unsigned char)*c->p++;
}

static int hex_digit(char ch) {
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f') {
        return (ch | 0x20) - 'a' + 10;
    }
    return -1;
}

// Escape letters that stand for a single character, or -1.
static int32_t escape_char(compiler_t *c, char e) {
    switch (e) {
        case 'n': return '\n';
        case 't': return '\t';
        case 'r': return '\r';
        case 'f': return '\f';
        case 'v': return '\v';
        case '0': return 0;
        case 'x': {
            if (c->end - c->p < 2 || hex_digit(c->p[0]) < 0 || hex_digit(c->p[1]) < 0) {
                syntax_error();
            }
            int32_t v = hex_digit(c->p[0]) * 16 + hex_digit(c->p[1]);
            c->p += 2;
            return v;
        }
        default: return -1;
    }
}

static int class_flag(char e) {
    switch (e) {
        case 'd': return CLS_DIGIT;
        case 'D': return CLS_NDIGIT;
        case 'w': return CLS_WORD;
        case 'W': return CLS_NWORD;
        case 's': return CLS_SPACE;
        case 'S': return CLS_NSPACE;
        default: return 0;
    }
}

// After a backslash: a literal character, or a syntax error for unknown letters and
// digits (backreferences are not supported in patterns).
static int32_t escaped_literal(compiler_t *c) {
    if (c->p == c->end) {
        syntax_error();
    }
    char e = *c->p;
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
        c->p++;
        int32_t ch = escape_char(c, e);
        if (ch < 0) {
            syntax_error();
        }
        return ch;
    }
    return next_char(c);
}

// [...] after the '['. The pool gets: flags, n_ranges, then the ranges.
static int32_t parse_class(compiler_t *c) {
    int32_t at = (int32_t)c->n_pool;
    pool_add(c, 0);
    pool_add(c, 0);
    int32_t flags = 0, n = 0;
    if (c->p < c->end && *c->p == '^') {
        flags |= CLS_NEGATE;
        c->p++;
    }
    bool first = true;
    for (;;) {
        if (c->p == c->end) {
            syntax_error();
        }
        if (*c->p == ']' && !first) {
            c->p++;
            break;
        }
        first = false;
        int32_t lo;
        if (*c->p == '\\') {
            c->p++;
            if (c->p < c->end && class_flag(*c->p)) {
                flags |= class_flag(*c->p++);
                continue;
            }
            lo = escaped_literal(c);
        } else {
            lo = next_char(c);
        }
        int32_t hi = lo;
        if (c->end - c->p >= 2 && c->p[0] == '-' && c->p[1] != ']') {
            c->p++;
            if (*c->p == '\\') {
                c->p++;
                hi = escaped_literal(c);
            } else {
                hi = next_char(c);
            }
            if (hi < lo) {
                syntax_error();
            }
        }
        pool_add(c, lo);
        pool_add(c, hi);
        n++;
    }
    c->pool[at] = flags;
    c->pool[at + 1] = n;
    return at;
}

// Parses decimal digits; returns -1 if there are none.
static int32_t parse_int(compiler_t *c) {
    int32_t v = -1;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
        v = (v < 0 ? 0 : v) * 10 + (*c->p++ - '0');
        if (v > MAX_REPEAT) {
            too_complex();
        }
    }
    return v;
}

// {m}, {m,}, {,n}, {m,n} at c->p (on the '{'). Returns false, consuming nothing, if
// the text is not a repeat (then '{' is a literal, as in CPython).
static bool parse_braces(compiler_t *c, int32_t *min, int32_t *max) {
    const char *save = c->p;
    c->p++;
    int32_t m = parse_int(c), n;
    if (c->p < c->end && *c->p == ',') {
        c->p++;
        n = parse_int(c);
        if (n < 0) {
            n = REPEAT_INF;
        }
    } else {
        n = m;
    }
    if (c->p == c->end || *c->p != '}' || (m < 0 && c->p == save + 2)) {
        c->p = save;
        return false;
    }
    c->p++;
    *min = m < 0 ? 0 : m;
    *max = n;
    if (n != REPEAT_INF && n < *min) {
        syntax_error();
    }
    return true;
}

static int32_t parse_alt(compiler_t *c);

static int32_t parse_atom(compiler_t *c) {
    char ch = *c->p;
    int32_t n;
    switch (ch) {
        case '(': {
            c->p++;
            bool capture = true;
            if (c->p < c->end && *c->p == '?') {
                if (c->end - c->p >= 2 && c->p[1] == ':') {
                    capture = false;
                    c->p += 2;
                } else {
                    syntax_error(); // (?P<name>...), look-arounds, flags: not supported
                }
            }
            n = new_node(c, capture ? N_GROUP : N_NCGROUP);
            if (capture) {
                if (++c->n_groups > MAX_GROUPS) {
                    too_complex();
                }
                c->nodes[n].group = (uint16_t)c->n_groups;
            }
            int32_t child = parse_alt(c);
            if (c->p == c->end || *c->p != ')') {
                syntax_error();
            }
            c->p++;
            c->nodes[n].child = child;
            return n;
        }
        case '.':
            c->p++;
            return new_node(c, N_ANY);
        case '^':
        case '$':
            c->p++;
            n = new_node(c, N_ASSERT);
            c->nodes[n].value = ch == '^' ? OP_BOL : OP_EOL;
            return n;
        case '[': {
            c->p++;
            int32_t at = parse_class(c);
            n = new_node(c, N_CLASS);
            c->nodes[n].value = at;
            return n;
        }
        case '*':
        case '+':
        case '?':
            syntax_error(); // nothing to repeat
        case '\\': {
            c->p++;
            if (c->p == c->end) {
                syntax_error();
            }
            char e = *c->p;
            int assert_op = e == 'b' ? OP_WORDB : e == 'B' ? OP_NWORDB : e == 'A' ? OP_BOL : e == 'Z' ? OP_EOS : -1;
            if (assert_op >= 0) {
                c->p++;
                n = new_node(c, N_ASSERT);
                c->nodes[n].value = assert_op;
                return n;
            }
            if (class_flag(e)) {
                c->p++;
                int32_t at = (int32_t)c->n_pool;
                pool_add(c, class_flag(e));
                pool_add(c, 0);
                n = new_node(c, N_CLASS);
                c->nodes[n].value = at;
                return n;
            }
            int32_t lit = escaped_literal(c);
            n = new_node(c, N_CHAR);
            c->nodes[n].value = lit;
            return n;
        }
        default: {
            int32_t lit = next_char(c);
            n = new_node(c, N_CHAR);
            c->nodes[n].value = lit;
            return n;
        }
    }
}

// A sequence of atoms, each with its quantifiers, up to '|' or ')' or the end.
static int32_t parse_cat(compiler_t *c) {
    int32_t cat = new_node(c, N_CAT);
    int32_t last = -1;
    while (c->p < c->end && *c->p != '|' && *c->p != ')') {
        int32_t atom = parse_atom(c);
        bool repeated = false;
        while (c->p < c->end) {
            int32_t min, max;
            char q = *c->p;
            if (q == '*' || q == '+' || q == '?') {
                c->p++;
                min = q == '+' ? 1 : 0;
                max = q == '?' ? 1 : REPEAT_INF;
            } else if (q != '{' || !parse_braces(c, &min, &max)) {
                break;
            }
            if (repeated) {
                syntax_error(); // multiple repeat
            }
            repeated = true;
            int32_t r = new_node(c, N_REPEAT);
            c->nodes[r].child = atom;
            c->nodes[r].min = min;
            c->nodes[r].max = max;
            c->nodes[r].greedy = 1;
            if (c->p < c->end && *c->p == '?') {
                c->p++;
                c->nodes[r].greedy = 0;
            }
            atom = r;
        }
        if (last < 0) {
            c->nodes[cat].child = atom;
        } else {
            c->nodes[last].next = atom;
        }
        last = atom;
    }
    return cat;
}

static int32_t parse_alt(compiler_t *c) {
    if (++c->depth > MAX_DEPTH) {
        too_complex();
    }
    int32_t first = parse_cat(c);
    if (c->p == c->end || *c->p != '|') {
        c->depth--;
        return first;
    }
    int32_t alt = new_node(c, N_ALT);
    c->nodes[alt].child = first;
    int32_t last = first;
    while (c->p < c->end && *c->p == '|') {
        c->p++;
        int32_t next = parse_cat(c);
        c->nodes[last].next = next;
        last = next;
    }
    c->depth--;
    return alt;
}

// --- emitting ------------------------------------------------------------------------

static size_t emit(compiler_t *c, unsigned b) {
    if (c->n_code == c->max_code) {
        if (c->max_code >= MAX_CODE) {
            too_complex();
        }
        c->max_code = c->max_code * 2 > MAX_CODE ? MAX_CODE : c->max_code * 2;
        c->code = mps_renew(uint8_t, c->code, c->max_code);
    }
    c->code[c->n_code] = (uint8_t)b;
    return c->n_code++;
}

// A 16-bit operand; returns where it is, for patching.
static size_t emit16(compiler_t *c, size_t v) {
    size_t at = emit(c, v & 0xff);
    emit(c, (v >> 8) & 0xff);
    return at;
}

static void emit24(compiler_t *c, int32_t v) {
    emit(c, (unsigned)v & 0xff);
    emit(c, ((unsigned)v >> 8) & 0xff);
    emit(c, ((unsigned)v >> 16) & 0xff);
}

static size_t get16(const uint8_t *p) {
    return (size_t)p[0] | ((size_t)p[1] << 8);
}

static int32_t get24(const uint8_t *p) {
    return (int32_t)((uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16));
}

static void patch16(compiler_t *c, size_t at, size_t v) {
    c->code[at] = (uint8_t)(v & 0xff);
    c->code[at + 1] = (uint8_t)((v >> 8) & 0xff);
}

// Points every 16-bit operand on the chain starting at [chain] at the current end.
// A chain links unpatched operands through their own values (0xffff ends it).
#define CHAIN_END (0xffff)

static void patch_chain(compiler_t *c, size_t chain) {
    while (chain != CHAIN_END) {
        size_t prev = get16(&c->code[chain]);
        patch16(c, chain, c->n_code);
        chain = prev;
    }
}

static void emit_reg(compiler_t *c, unsigned op, unsigned reg) {
    if (reg > MAX_REGS) {
        too_complex();
    }
    emit(c, op);
    emit(c, reg);
}

// True if [n] can match the empty string (then a loop over it needs a progress check).
static bool nullable(const compiler_t *c, int32_t n) {
    const node_t *node = &c->nodes[n];
    switch (node->kind) {
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            return false;
        case N_ASSERT:
            return true;
        case N_CAT:
            for (int32_t k = node->child; k >= 0; k = c->nodes[k].next) {
                if (!nullable(c, k)) {
                    return false;
                }
            }
            return true;
        case N_ALT:
            for (int32_t k = node->child; k >= 0; k = c->nodes[k].next) {
                if (nullable(c, k)) {
                    return true;
                }
            }
            return false;
        case N_REPEAT:
            return node->min == 0 || nullable(c, node->child);
        default:
            return nullable(c, node->child);
    }
}

// Emits SPLIT preferring the next instruction (or the target when not [greedy]);
// returns where the other target's operand is, for patching.
static size_t emit_split(compiler_t *c, bool greedy) {
    emit(c, OP_SPLIT);
    size_t a = emit16(c, 0), b = emit16(c, 0);
    size_t here = c->n_code;
    if (greedy) {
        patch16(c, a, here);
        return b;
    }
    patch16(c, b, here);
    return a;
}

static void emit_node(compiler_t *c, int32_t n) {
    node_t node = c->nodes[n];
    switch (node.kind) {
        case N_CHAR:
            if (c->is_str && node.value >= 0x80) {
                char buf[4];
                size_t len = mps_utf8_encode((mps_unichar_t)node.value, buf);
                for (size_t i = 0; i < len; i++) {
                    emit(c, OP_CHAR);
                    emit(c, (unsigned char)buf[i]);
                }
            } else {
                emit(c, OP_CHAR);
                emit(c, (unsigned)node.value & 0xff);
            }
            break;
        case N_ANY:
            emit(c, OP_ANY);
            break;
        case N_CLASS: {
            int32_t nr = c->pool[node.value + 1];
            emit(c, OP_CLASS);
            emit(c, (unsigned)c->pool[node.value]);
            emit16(c, (size_t)nr);
            for (int32_t i = 0; i < 2 * nr; i++) {
                emit24(c, c->pool[node.value + 2 + i]);
            }
            break;
        }
        case N_ASSERT:
            emit(c, (unsigned)node.value);
            break;
        case N_CAT:
            for (int32_t k = node.child; k >= 0; k = c->nodes[k].next) {
                emit_node(c, k);
            }
            break;
        case N_ALT: {
            // SPLIT next, alt2; alt1; JMP end; alt2: ...
            size_t chain = CHAIN_END;
            for (int32_t k = node.child; k >= 0; k = c->nodes[k].next) {
                size_t other = 0;
                bool last = c->nodes[k].next < 0;
                if (!last) {
                    other = emit_split(c, true);
                }
                emit_node(c, k);
                if (!last) {
                    emit(c, OP_JMP);
                    chain = emit16(c, chain);
                    patch16(c, other, c->n_code);
                }
            }
            patch_chain(c, chain);
            break;
        }
        case N_GROUP:
            emit_reg(c, OP_SAVE, 2u * node.group);
            emit_node(c, node.child);
            emit_reg(c, OP_SAVE, 2u * node.group + 1);
            break;
        case N_NCGROUP:
            emit_node(c, node.child);
            break;
        case N_REPEAT: {
            for (int32_t i = 0; i < node.min; i++) {
                emit_node(c, node.child);
            }
            if (node.max == REPEAT_INF) {
                // loop: SPLIT body, out; body: [MARK r] child [CHECK r]; JMP loop; out:
                size_t loop = c->n_code;
                size_t out = emit_split(c, node.greedy);
                bool check = nullable(c, node.child);
                unsigned reg = 0;
                if (check) {
                    reg = 2 * (c->n_groups + 1) + c->n_loops++;
                    emit_reg(c, OP_MARK, reg);
                }
                emit_node(c, node.child);
                if (check) {
                    emit_reg(c, OP_CHECK, reg);
                }
                emit(c, OP_JMP);
                emit16(c, loop);
                patch16(c, out, c->n_code);
            } else {
                // (x(x(x)?)?)?: each optional copy skips to the common end.
                size_t chain = CHAIN_END;
                for (int32_t i = node.min; i < node.max; i++) {
                    size_t out = emit_split(c, node.greedy);
                    patch16(c, out, chain);
                    chain = out;
                    emit_node(c, node.child);
                }
                patch_chain(c, chain);
            }
            break;
        }
    }
}

mps_regex_t *mps_regex_compile(const char *pat, size_t len, bool is_str) {
    compiler_t c = {
        .p = pat,
        .end = pat + len,
        .is_str = is_str,
        .max_nodes = 2 * len + 8,
        .max_code = 4 * len + 16,
    };
    c.nodes = mps_new(node_t, c.max_nodes);
    c.code = mps_new(uint8_t, c.max_code);
    int32_t root = parse_alt(&c);
    if (c.p != c.end) {
        syntax_error(); // an unmatched ')'
    }
    emit_reg(&c, OP_SAVE, 0);
    emit_node(&c, root);
    emit_reg(&c, OP_SAVE, 1);
    emit(&c, OP_MATCH);
    mps_mem_free(c.nodes);
    if (c.pool != NULL) {
        mps_mem_free(c.pool);
    }
    size_t n_regs = 2 * (c.n_groups + 1) + c.n_loops;
    if (n_regs > MAX_REGS + 1) {
        too_complex();
    }
    mps_regex_t *re = mps_mem_alloc(sizeof(mps_regex_t) + c.n_code);
    re->len = (uint16_t)c.n_code;
    re->n_groups = (uint8_t)c.n_groups;
    re->is_str = is_str;
    re->n_regs = (uint16_t)n_regs;
    re->pad = 0;
    memcpy(re->code, c.code, c.n_code);
    mps_mem_free(c.code);
    return re;
}

// --- matching ------------------------------------------------------------------------

static bool is_word(int32_t ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

static bool is_space(int32_t ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

// [cls] points at OP_CLASS's operands.
static bool class_match(const uint8_t *cls, int32_t ch) {
    unsigned flags = cls[0];
    size_t n = get16(cls + 1);
    bool in = ((flags & CLS_DIGIT) && ch >= '0' && ch <= '9') ||
              ((flags & CLS_NDIGIT) && !(ch >= '0' && ch <= '9')) ||
              ((flags & CLS_WORD) && is_word(ch)) || ((flags & CLS_NWORD) && !is_word(ch)) ||
              ((flags & CLS_SPACE) && is_space(ch)) || ((flags & CLS_NSPACE) && !is_space(ch));
    const uint8_t *r = cls + 3;
    for (size_t i = 0; !in && i < n; i++, r += 6) {
        in = ch >= get24(r) && ch <= get24(r + 3);
    }
    return in != ((flags & CLS_NEGATE) != 0);
}

// A backtrack entry: a = pc >= 0 with b = position to resume; or a = -1 - reg with
// b = the register's value to restore.
typedef struct {
    int32_t a, b;
} bt_entry_t;

typedef struct {
    const mps_regex_t *re;
    const unsigned char *s;
    size_t len;
    bt_entry_t *stack;
    size_t n_stack;
    int32_t *regs;
    uint32_t steps;
} matcher_t;

static void push(matcher_t *m, size_t *top, int32_t a, int32_t b) {
    if (*top == m->n_stack) {
        m->n_stack *= 2;
        m->stack = mps_renew(bt_entry_t, m->stack, m->n_stack);
    }
    m->stack[*top].a = a;
    m->stack[*top].b = b;
    (*top)++;
}

// The code point (str) or byte at [i] and its length; false at the end.
static bool subject_char(const matcher_t *m, size_t i, int32_t *ch, size_t *n) {
    if (i >= m->len) {
        return false;
    }
    unsigned char b = m->s[i];
    if (!m->re->is_str || b < 0x80) {
        *ch = b;
        *n = 1;
        return true;
    }
    const char *p = (const char *)m->s + i;
    *ch = (int32_t)mps_utf8_get_char(&p);
    *n = (size_t)(p - (const char *)m->s) - i;
    if (i + *n > m->len) {
        *n = m->len - i;
    }
    return true;
}

static bool word_at(const matcher_t *m, size_t i) {
    return i < m->len && is_word(m->s[i]);
}

static bool run(matcher_t *m, size_t start) {
    const uint8_t *code = m->re->code;
    size_t top = 0;
    size_t pc = 0;
    size_t sp = start;
    for (;;) {
        if (++m->steps == 0x10000) {
            m->steps = 0;
            mps_handle_pending(); // lets Ctrl-C stop a runaway match
        }
        int32_t ch;
        size_t n;
        bool ok = true;
        switch (code[pc]) {
            case OP_CHAR:
                ok = sp < m->len && m->s[sp] == code[pc + 1];
                sp += ok;
                pc += 2;
                break;
            case OP_ANY:
                ok = subject_char(m, sp, &ch, &n) && ch != '\n';
                sp += ok ? n : 0;
                pc += 1;
                break;
            case OP_CLASS:
                ok = subject_char(m, sp, &ch, &n) && class_match(&code[pc + 1], ch);
                sp += ok ? n : 0;
                pc += 4 + 6 * get16(&code[pc + 2]);
                break;
            case OP_BOL:
                ok = sp == 0;
                pc += 1;
                break;
            case OP_EOL:
                ok = sp == m->len || (sp + 1 == m->len && m->s[sp] == '\n');
                pc += 1;
                break;
            case OP_EOS:
                ok = sp == m->len;
                pc += 1;
                break;
            case OP_WORDB:
            case OP_NWORDB: {
                bool b = (sp > 0 && word_at(m, sp - 1)) != word_at(m, sp);
                ok = b == (code[pc] == OP_WORDB);
                pc += 1;
                break;
            }
            case OP_SPLIT:
                push(m, &top, (int32_t)get16(&code[pc + 3]), (int32_t)sp);
                pc = get16(&code[pc + 1]);
                break;
            case OP_JMP:
                pc = get16(&code[pc + 1]);
                break;
            case OP_SAVE:
            case OP_MARK: {
                unsigned r = code[pc + 1];
                push(m, &top, -1 - (int32_t)r, m->regs[r]);
                m->regs[r] = (int32_t)sp;
                pc += 2;
                break;
            }
            case OP_CHECK:
                ok = m->regs[code[pc + 1]] != (int32_t)sp;
                pc += 2;
                break;
            default: // OP_MATCH
                return true;
        }
        if (ok) {
            continue;
        }
        // Backtrack: undo register changes down to the newest branch point.
        for (;;) {
            if (top == 0) {
                return false;
            }
            bt_entry_t *e = &m->stack[--top];
            if (e->a < 0) {
                m->regs[-1 - e->a] = e->b;
            } else {
                pc = (size_t)e->a;
                sp = (size_t)e->b;
                break;
            }
        }
    }
}

bool mps_regex_exec(const mps_regex_t *re, const char *subject, size_t len, size_t pos, bool search,
                    int32_t *caps) {
    matcher_t m = {
        .re = re,
        .s = (const unsigned char *)subject,
        .len = len,
        .n_stack = 32,
    };
    m.stack = mps_new(bt_entry_t, m.n_stack);
    m.regs = mps_new(int32_t, re->n_regs);
    bool found = false;
    for (size_t start = pos; start <= len;) {
        for (unsigned i = 0; i < re->n_regs; i++) {
            m.regs[i] = -1;
        }
        if (run(&m, start)) {
            found = true;
            break;
        }
        if (!search) {
            break;
        }
        int32_t ch;
        size_t n = 1;
        subject_char(&m, start, &ch, &n);
        start += n;
    }
    if (found) {
        memcpy(caps, m.regs, 2 * (re->n_groups + 1) * sizeof(int32_t));
        // A group whose end was never saved did not take part.
        for (unsigned g = 0; g <= re->n_groups; g++) {
            if (caps[2 * g] < 0 || caps[2 * g + 1] < 0) {
                caps[2 * g] = caps[2 * g + 1] = -1;
            }
        }
    }
    mps_mem_free(m.stack);
    mps_mem_free(m.regs);
    return found;
}
