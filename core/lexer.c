// SPDX-License-Identifier: MIT
// The lexer: indentation, line joining, names, keywords, numbers, strings, operators.

#include "core/lexer.h"

#include <string.h>

#include "core/mem.h"
#include "core/nlr.h"
#include "core/objexcept.h"

// Keywords in mps_token_kind_t order, from MPS_TOK_KW_FALSE.
static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};

noreturn void mps_lexer_error(const mps_lexer_t *lex, const mps_obj_type_t *type, const char *msg,
    uint32_t line, qstr block) {
    mps_obj_t exc = mps_obj_new_exception_msg(type, msg);
    mps_obj_exception_add_traceback(exc, lex->source_name, line, block);
    nlr_raise(exc);
}

static noreturn void lex_error(const mps_lexer_t *lex, uint32_t line) {
    mps_lexer_error(lex, &mps_type_SyntaxError, "invalid syntax", line, MPS_QSTR_NULL);
}

static inline bool is_ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static inline bool is_ident_char(unsigned char c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

static inline bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

bool mps_lexer_is_identifier(const char *s, size_t len) {
    if (len == 0 || !is_ident_start((unsigned char)s[0])) {
        return false;
    }
    for (size_t i = 1; i < len; i++) {
        if (!is_ident_char((unsigned char)s[i])) {
            return false;
        }
    }
    return true;
}

// The keyword token for a name, or MPS_TOK_NAME. Keywords start with a lowercase letter
// or F/N/T, so most names are rejected by their first character.
static mps_token_kind_t keyword_kind(const char *s, size_t len) {
    if (len < 2 || len > 8) {
        return MPS_TOK_NAME;
    }
    unsigned first, last; // range in keywords[]
    switch (s[0]) {
        case 'F': first = 0; last = 0; break;
        case 'N': first = 1; last = 1; break;
        case 'T': first = 2; last = 2; break;
        case 'a': first = 3; last = 7; break;
        case 'b': first = 8; last = 8; break;
        case 'c': first = 9; last = 10; break;
        case 'd': first = 11; last = 12; break;
        case 'e': first = 13; last = 15; break;
        case 'f': first = 16; last = 18; break;
        case 'g': first = 19; last = 19; break;
        case 'i': first = 20; last = 23; break;
        case 'l': first = 24; last = 24; break;
        case 'n': first = 25; last = 26; break;
        case 'o': first = 27; last = 27; break;
        case 'p': first = 28; last = 28; break;
        case 'r': first = 29; last = 30; break;
        case 't': first = 31; last = 31; break;
        case 'w': first = 32; last = 33; break;
        case 'y': first = 34; last = 34; break;
        default: return MPS_TOK_NAME;
    }
    for (unsigned i = first; i <= last; i++) {
        const char *kw = keywords[i];
        if (strncmp(kw, s, len) == 0 && kw[len] == '\0') {
            return (mps_token_kind_t)(MPS_TOK_KW_FALSE + i);
        }
    }
    return MPS_TOK_NAME;
}

// String prefix flags for a name that may be a prefix (r, b, f, u and pairs), or -1.
static int string_prefix(const char *s, size_t len) {
    int flags = 0;
    for (size_t i = 0; i < len; i++) {
        int f;
        switch (s[i] | 0x20) {
            case 'r': f = MPS_LEX_STR_RAW; break;
            case 'b': f = MPS_LEX_STR_BYTES; break;
            case 'f': f = MPS_LEX_STR_FSTRING; break;
            case 'u': f = 0x80; break;
            default: return -1;
        }
        if (flags & f) {
            return -1;
        }
        flags |= f;
    }
    // u stands alone; b and f do not mix.
    if ((flags & 0x80) && len != 1) {
        return -1;
    }
    if ((flags & MPS_LEX_STR_BYTES) && (flags & MPS_LEX_STR_FSTRING)) {
        return -1;
    }
    return flags & ~0x80;
}

static void push_indent(mps_lexer_t *lex, uint32_t col) {
    if (lex->n_indents == lex->alloc_indents) {
        lex->alloc_indents *= 2;
        lex->indents = mps_mem_realloc(lex->indents, lex->alloc_indents * sizeof(uint32_t));
    }
    lex->indents[lex->n_indents++] = col;
}

void mps_lexer_init(mps_lexer_t *lex, const char *src, size_t len, qstr source_name, uint32_t line,
    bool in_brackets, bool ignore_first_indent) {
    lex->pos = src;
    lex->end = src + len;
    lex->line = line;
    lex->source_name = source_name;
    lex->bracket_depth = in_brackets ? 1 : 0;
    lex->at_line_start = !in_brackets;
    lex->pending_dedents = 0;
    lex->continued_to_end = false;
    lex->indents = NULL;
    lex->n_indents = 0;
    lex->alloc_indents = 0;
    if (!in_brackets) {
        lex->alloc_indents = 8;
        lex->indents = mps_mem_alloc(lex->alloc_indents * sizeof(uint32_t));
        lex->indents[0] = 0;
        lex->n_indents = 1;
    }
    // A UTF-8 byte order mark (as some Windows editors write) is not part of the text.
    if (!in_brackets && len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
        lex->pos += 3;
    }
    if (ignore_first_indent) {
        while (lex->pos < lex->end && (*lex->pos == ' ' || *lex->pos == '\t' || *lex->pos == '\f')) {
            lex->pos++;
        }
    }
    mps_lexer_next(lex);
}

// Length of the line break at p: 2 for \r\n, 1 for \n or a lone \r, else 0.
static inline size_t newline_len(const char *p, const char *end) {
    if (p >= end) {
        return 0;
    }
    if (*p == '\n') {
        return 1;
    }
    if (*p == '\r') {
        return (p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    return 0;
}

// Nested f-strings deeper than this are refused (a bound on the C recursion).
#define MAX_FSTRING_NESTING (64)

unsigned mps_lexer_prefix_before(const char *start, const char *quote) {
    const char *p = quote;
    while (p > start && quote - p < 2 && is_ident_char((unsigned char)p[-1])) {
        p--;
    }
    if (p > start && is_ident_char((unsigned char)p[-1])) {
        return 0; // part of a longer name: not a prefix
    }
    int flags = string_prefix(p, (size_t)(quote - p));
    return flags < 0 ? 0 : (unsigned)flags;
}

static const char *skip_string(const char *p, const char *end, unsigned flags, int nesting) {
    char q = *p;
    bool triple = end - p >= 3 && p[1] == q && p[2] == q;
    const char *start = p;
    p += triple ? 3 : 1;
    bool fstring = flags & MPS_LEX_STR_FSTRING;
    int depth = 0; // replacement fields open (f-strings)
    while (p < end) {
        char c = *p;
        if (c == '\\') {
            // An escaped character never ends the string, even in a raw string.
            p++;
            size_t nl = newline_len(p, end);
            p += nl ? nl : 1;
            continue;
        }
        if ((c == '\n' || c == '\r') && !triple) {
            return NULL;
        }
        if (depth == 0) {
            if (c == q && (!triple || (end - p >= 3 && p[1] == q && p[2] == q))) {
                return p + (triple ? 3 : 1);
            }
            if (fstring && c == '{') {
                if (p + 1 < end && p[1] == '{') {
                    p++;
                } else {
                    depth = 1;
                }
            }
        } else if (c == '{') {
            depth++;
        } else if (c == '}') {
            depth--;
        } else if (c == '\'' || c == '"') {
            // A string inside a replacement field, which may use the same quotes
            // (Python 3.12) and be an f-string itself.
            if (nesting >= MAX_FSTRING_NESTING) {
                return NULL;
            }
            p = skip_string(p, end, mps_lexer_prefix_before(start, p), nesting + 1);
            if (p == NULL) {
                return NULL;
            }
            continue;
        }
        p++;
    }
    return NULL;
}

const char *mps_lexer_skip_string(const char *p, const char *end, unsigned str_flags) {
    return skip_string(p, end, str_flags, 0);
}

// Scans a string literal whose opening quote is at p; sets the token's text (between
// the quotes), flags and line, and counts the lines it spans.
static const char *scan_string(mps_lexer_t *lex, const char *p, unsigned flags) {
    const char *end = lex->end;
    char q = *p;
    if (q == '"') {
        flags |= MPS_LEX_STR_DQUOTE;
    }
    size_t quotes = 1;
    if (end - p >= 3 && p[1] == q && p[2] == q) {
        flags |= MPS_LEX_STR_TRIPLE;
        quotes = 3;
    }
    const char *after = skip_string(p, end, flags, 0);
    if (after == NULL) {
        lex_error(lex, lex->line);
    }
    const char *body = p + quotes;
    const char *body_end = after - quotes;
    lex->tok.kind = MPS_TOK_STRING;
    lex->tok.str_flags = (uint8_t)flags;
    lex->tok.line = lex->line;
    lex->tok.text = body;
    lex->tok.len = (size_t)(body_end - body);
    for (const char *s = body; s < body_end;) {
        size_t nl = newline_len(s, body_end);
        if (nl) {
            lex->line++;
            s += nl;
        } else {
            s++;
        }
    }
    return after;
}

// Scans a number at p. Like MicroPython, letters and digits run on into the token (so
// `1if` is reported as a bad number); a sign belongs to it only after a decimal e/E.
static const char *scan_number(mps_lexer_t *lex, const char *p) {
    const char *start = p;
    const char *end = lex->end;
    bool radix = p[0] == '0' && p + 1 < end && strchr("xXoObB", p[1]) != NULL && p[1] != '\0';
    if (radix) {
        p += 2;
    }
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (is_ident_char(c) || (c == '.' && !radix)) {
            p++;
        } else if ((c == '+' || c == '-') && !radix && (p[-1] == 'e' || p[-1] == 'E')) {
            p++;
        } else {
            break;
        }
    }
    lex->tok.kind = MPS_TOK_NUMBER;
    lex->tok.text = start;
    lex->tok.len = (size_t)(p - start);
    return p;
}

// At the start of a logical line outside brackets: skips blank and comment lines,
// measures the indentation and sets an INDENT/DEDENT token, or returns false when the
// indentation is unchanged (or the input ended).
static bool scan_indentation(mps_lexer_t *lex) {
    // MicroPython reports a bad dedent on the line that ended the previous statement.
    uint32_t prev_line = lex->tok.line;
    const char *p = lex->pos;
    const char *end = lex->end;
    uint32_t col;
    for (;;) {
        col = 0;
        while (p < end) {
            char c = *p;
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
            } else if (c == '\f') {
                col = 0;
            } else {
                break;
            }
            p++;
        }
        if (p >= end) {
            lex->pos = p;
            return false; // the end of input closes the blocks (at_line_start stays set)
        }
        if (*p == '#') {
            while (p < end && *p != '\n' && *p != '\r') {
                p++;
            }
            if (p >= end) {
                lex->pos = p;
                return false;
            }
        }
        size_t nl = newline_len(p, end);
        if (nl) {
            p += nl;
            lex->line++;
            continue;
        }
        nl = *p == '\\' ? newline_len(p + 1, end) : 0;
        if (nl && p + 1 + nl >= end) {
            // A line that is only a continuation into the end of input is empty (but
            // not a statement: see mps_lexer_t.continued_to_end).
            lex->pos = end;
            lex->line++;
            lex->continued_to_end = true;
            return false;
        }
        // Anything else, a continuation joining the next line to this one included,
        // starts the line.
        break;
    }
    lex->pos = p;
    lex->at_line_start = false;
    uint32_t top = lex->indents[lex->n_indents - 1];
    lex->tok.line = lex->line;
    lex->tok.text = p;
    lex->tok.len = 0;
    if (col > top) {
        push_indent(lex, col);
        lex->tok.kind = MPS_TOK_INDENT;
        return true;
    }
    if (col < top) {
        uint32_t n = 0;
        while (lex->n_indents > 1 && lex->indents[lex->n_indents - 1] > col) {
            lex->n_indents--;
            n++;
        }
        if (lex->indents[lex->n_indents - 1] != col) {
            mps_lexer_error(lex, &mps_type_IndentationError,
                "unindent doesn't match any outer indent level", prev_line, MPS_QSTR_NULL);
        }
        lex->pending_dedents = n - 1;
        lex->tok.kind = MPS_TOK_DEDENT;
        return true;
    }
    return false;
}

// Sets an operator token of [n] characters at p and returns the position after it.
static inline const char *op(mps_lexer_t *lex, const char *p, mps_token_kind_t kind, size_t n) {
    lex->tok.kind = (uint8_t)kind;
    lex->tok.text = p;
    lex->tok.len = n;
    return p + n;
}

void mps_lexer_next(mps_lexer_t *lex) {
    if (lex->pending_dedents > 0) {
        lex->pending_dedents--;
        lex->tok.kind = MPS_TOK_DEDENT;
        return;
    }
    if (lex->at_line_start && lex->bracket_depth == 0) {
        if (scan_indentation(lex)) {
            return;
        }
    }
    const char *p = lex->pos;
    const char *end = lex->end;
    lex->tok.str_flags = 0;

    // Whitespace, comments, continuations, and newlines inside brackets.
    for (;;) {
        if (p >= end) {
            lex->pos = p;
            lex->tok.line = lex->line;
            lex->tok.text = p;
            lex->tok.len = 0;
            if (lex->bracket_depth == 0 && !lex->at_line_start && lex->indents != NULL) {
                // The last line had no newline: end it.
                lex->at_line_start = true;
                lex->tok.kind = MPS_TOK_NEWLINE;
            } else if (lex->n_indents > 1) {
                lex->n_indents--;
                lex->tok.kind = MPS_TOK_DEDENT;
            } else {
                lex->tok.kind = MPS_TOK_END;
            }
            return;
        }
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') {
            p++;
        } else if (c == '#') {
            while (p < end && *p != '\n' && *p != '\r') {
                p++;
            }
        } else if (c == '\\') {
            // A continuation; the statement may not end with one (nothing follows).
            size_t nl = newline_len(p + 1, end);
            if (nl == 0 || p + 1 + nl >= end) {
                lex_error(lex, lex->line);
            }
            p += 1 + nl;
            lex->line++;
        } else if (c == '\n' || c == '\r') {
            size_t nl = newline_len(p, end);
            if (lex->bracket_depth == 0) {
                lex->pos = p + nl;
                lex->tok.kind = MPS_TOK_NEWLINE;
                lex->tok.line = lex->line;
                lex->tok.text = p;
                lex->tok.len = nl;
                lex->line++;
                lex->at_line_start = true;
                return;
            }
            p += nl;
            lex->line++;
        } else {
            break;
        }
    }

    lex->tok.line = lex->line;
    unsigned char c = (unsigned char)*p;
    if (is_ident_start(c)) {
        const char *start = p;
        do {
            p++;
        } while (p < end && is_ident_char((unsigned char)*p));
        size_t len = (size_t)(p - start);
        if (p < end && (*p == '\'' || *p == '"') && len <= 2) {
            int flags = string_prefix(start, len);
            if (flags >= 0) {
                lex->pos = scan_string(lex, p, (unsigned)flags);
                return;
            }
        }
        lex->tok.kind = (uint8_t)keyword_kind(start, len);
        lex->tok.text = start;
        lex->tok.len = len;
        lex->pos = p;
        return;
    }
    if (is_digit(c) || (c == '.' && p + 1 < end && is_digit((unsigned char)p[1]))) {
        lex->pos = scan_number(lex, p);
        return;
    }
    char c1 = p + 1 < end ? p[1] : '\0';
    char c2 = p + 2 < end ? p[2] : '\0';
    switch (c) {
        case '\'':
        case '"':
            p = scan_string(lex, p, 0);
            break;
        case '(': lex->bracket_depth++; p = op(lex, p, MPS_TOK_LPAREN, 1); break;
        case '[': lex->bracket_depth++; p = op(lex, p, MPS_TOK_LBRACKET, 1); break;
        case '{': lex->bracket_depth++; p = op(lex, p, MPS_TOK_LBRACE, 1); break;
        case ')':
            lex->bracket_depth -= lex->bracket_depth > 0;
            p = op(lex, p, MPS_TOK_RPAREN, 1);
            break;
        case ']':
            lex->bracket_depth -= lex->bracket_depth > 0;
            p = op(lex, p, MPS_TOK_RBRACKET, 1);
            break;
        case '}':
            lex->bracket_depth -= lex->bracket_depth > 0;
            p = op(lex, p, MPS_TOK_RBRACE, 1);
            break;
        case ',': p = op(lex, p, MPS_TOK_COMMA, 1); break;
        case ';': p = op(lex, p, MPS_TOK_SEMICOLON, 1); break;
        case '~': p = op(lex, p, MPS_TOK_TILDE, 1); break;
        case ':':
            p = c1 == '=' ? op(lex, p, MPS_TOK_WALRUS, 2) : op(lex, p, MPS_TOK_COLON, 1);
            break;
        case '.':
            p = (c1 == '.' && c2 == '.') ? op(lex, p, MPS_TOK_ELLIPSIS, 3) : op(lex, p, MPS_TOK_DOT, 1);
            break;
        case '=':
            p = c1 == '=' ? op(lex, p, MPS_TOK_EQUAL, 2) : op(lex, p, MPS_TOK_ASSIGN, 1);
            break;
        case '!':
            if (c1 != '=') {
                lex_error(lex, lex->line);
            }
            p = op(lex, p, MPS_TOK_NOT_EQUAL, 2);
            break;
        case '<':
            if (c1 == '<') {
                p = c2 == '=' ? op(lex, p, MPS_TOK_LSHIFT_EQ, 3) : op(lex, p, MPS_TOK_LSHIFT, 2);
            } else {
                p = c1 == '=' ? op(lex, p, MPS_TOK_LESS_EQUAL, 2) : op(lex, p, MPS_TOK_LESS, 1);
            }
            break;
        case '>':
            if (c1 == '>') {
                p = c2 == '=' ? op(lex, p, MPS_TOK_RSHIFT_EQ, 3) : op(lex, p, MPS_TOK_RSHIFT, 2);
            } else {
                p = c1 == '=' ? op(lex, p, MPS_TOK_MORE_EQUAL, 2) : op(lex, p, MPS_TOK_MORE, 1);
            }
            break;
        case '*':
            if (c1 == '*') {
                p = c2 == '=' ? op(lex, p, MPS_TOK_DSTAR_EQ, 3) : op(lex, p, MPS_TOK_DSTAR, 2);
            } else {
                p = c1 == '=' ? op(lex, p, MPS_TOK_STAR_EQ, 2) : op(lex, p, MPS_TOK_STAR, 1);
            }
            break;
        case '/':
            if (c1 == '/') {
                p = c2 == '=' ? op(lex, p, MPS_TOK_DSLASH_EQ, 3) : op(lex, p, MPS_TOK_DSLASH, 2);
            } else {
                p = c1 == '=' ? op(lex, p, MPS_TOK_SLASH_EQ, 2) : op(lex, p, MPS_TOK_SLASH, 1);
            }
            break;
        case '-':
            if (c1 == '>') {
                p = op(lex, p, MPS_TOK_ARROW, 2);
                break;
            }
            p = c1 == '=' ? op(lex, p, MPS_TOK_MINUS_EQ, 2) : op(lex, p, MPS_TOK_MINUS, 1);
            break;
        case '+': p = c1 == '=' ? op(lex, p, MPS_TOK_PLUS_EQ, 2) : op(lex, p, MPS_TOK_PLUS, 1); break;
        case '%': p = c1 == '=' ? op(lex, p, MPS_TOK_PERCENT_EQ, 2) : op(lex, p, MPS_TOK_PERCENT, 1); break;
        case '@': p = c1 == '=' ? op(lex, p, MPS_TOK_AT_EQ, 2) : op(lex, p, MPS_TOK_AT, 1); break;
        case '|': p = c1 == '=' ? op(lex, p, MPS_TOK_PIPE_EQ, 2) : op(lex, p, MPS_TOK_PIPE, 1); break;
        case '^': p = c1 == '=' ? op(lex, p, MPS_TOK_CARET_EQ, 2) : op(lex, p, MPS_TOK_CARET, 1); break;
        case '&':
            p = c1 == '=' ? op(lex, p, MPS_TOK_AMPERSAND_EQ, 2) : op(lex, p, MPS_TOK_AMPERSAND, 1);
            break;
        default:
            lex_error(lex, lex->line);
    }
    lex->pos = p;
}

// --- string literal values ----------------------------------------------------------

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Reads exactly [n] hex digits at s (within end); returns -1 if they are not there.
static long read_hex(const char *s, const char *end, int n) {
    if (end - s < n) {
        return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
        int d = hex_value(s[i]);
        if (d < 0) {
            return -1;
        }
        v = v * 16 + d;
    }
    return v;
}

void mps_lexer_decode_str(const mps_lexer_t *lex, const char *text, size_t len, unsigned str_flags,
    uint32_t line, vstr_t *out) {
    const char *p = text;
    const char *end = text + len;
    bool is_bytes = str_flags & MPS_LEX_STR_BYTES;
    bool is_raw = str_flags & MPS_LEX_STR_RAW;
    while (p < end) {
        // Copy the run of plain characters at once.
        const char *run = p;
        while (p < end && *p != '\\' && *p != '\r' && (unsigned char)*p < 0x80) {
            p++;
        }
        if (p > run) {
            vstr_add_strn(out, run, (size_t)(p - run));
        }
        if (p >= end) {
            break;
        }
        unsigned char c = (unsigned char)*p;
        if (c >= 0x80) {
            if (is_bytes) {
                mps_lexer_error(lex, &mps_type_SyntaxError,
                    "bytes can only contain ASCII literal characters", line, MPS_QSTR_NULL);
            }
            vstr_add_byte(out, c);
            p++;
            continue;
        }
        if (c == '\r') {
            // \r\n in the source is a newline, as is a lone \r.
            p++;
            if (p >= end || *p != '\n') {
                vstr_add_byte(out, '\n');
            }
            continue;
        }
        // A backslash.
        p++;
        char e = *p++; // the scanner guarantees a character follows
        if (is_raw) {
            vstr_add_byte(out, '\\');
            if (e == '\r') {
                if (p < end && *p == '\n') {
                    p++;
                }
                e = '\n';
            }
            vstr_add_byte(out, (unsigned char)e);
            continue;
        }
        long v;
        switch (e) {
            case '\n': continue;
            case '\r':
                if (p < end && *p == '\n') {
                    p++;
                }
                continue;
            case '\\': vstr_add_byte(out, '\\'); continue;
            case '\'': vstr_add_byte(out, '\''); continue;
            case '"': vstr_add_byte(out, '"'); continue;
            case 'a': vstr_add_byte(out, 7); continue;
            case 'b': vstr_add_byte(out, 8); continue;
            case 'f': vstr_add_byte(out, 12); continue;
            case 'n': vstr_add_byte(out, 10); continue;
            case 'r': vstr_add_byte(out, 13); continue;
            case 't': vstr_add_byte(out, 9); continue;
            case 'v': vstr_add_byte(out, 11); continue;
            case 'x':
                v = read_hex(p, end, 2);
                if (v < 0) {
                    lex_error(lex, line);
                }
                p += 2;
                break;
            case 'u':
            case 'U':
                if (is_bytes) {
                    vstr_add_byte(out, '\\');
                    vstr_add_byte(out, (unsigned char)e);
                    continue;
                }
                v = read_hex(p, end, e == 'u' ? 4 : 8);
                if (v < 0 || v > 0x10ffff) {
                    lex_error(lex, line);
                }
                p += e == 'u' ? 4 : 8;
                break;
            case 'N':
                if (!is_bytes) {
                    nlr_raise(mps_obj_new_exception_msg(&mps_type_NotImplementedError,
                        "unicode name escapes"));
                }
                vstr_add_byte(out, '\\');
                vstr_add_byte(out, 'N');
                continue;
            default:
                if (e >= '0' && e <= '7') {
                    v = e - '0';
                    for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; i++) {
                        v = v * 8 + (*p++ - '0');
                    }
                    if (is_bytes) {
                        v &= 0xff;
                    }
                    break;
                }
                // Unknown escapes stay as they are.
                vstr_add_byte(out, '\\');
                p--;
                continue;
        }
        if (is_bytes) {
            vstr_add_byte(out, (unsigned char)v);
        } else {
            vstr_add_char(out, (unsigned)v);
        }
    }
}
