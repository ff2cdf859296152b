// SPDX-License-Identifier: MIT
// The lexer: Python source text to tokens, one at a time, for core/parse.c.
#ifndef CORE_LEXER_H
#define CORE_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>

#include "core/obj.h"
#include "core/qstr.h"
#include "core/vstr.h"

// The lexer reads a buffer that the caller keeps alive and gives the parser one token
// at a time in lex->tok. It turns indentation into INDENT/DEDENT tokens (a tab moves to
// the next multiple of 8 columns), ends each logical line with NEWLINE (not inside
// brackets, nor after a backslash continuation) and ignores blank and comment lines.
// A line ends with \n, \r\n or a lone \r; a UTF-8 byte order mark at the start is skipped.
// Tokens point into the source: a NAME or NUMBER is its own text, a STRING is the text
// between its quotes (escapes still in it) with its prefix in str_flags. The parser
// decodes literals, so the lexer allocates nothing but its indentation stack.

typedef enum {
    MPS_TOK_END,
    MPS_TOK_NEWLINE,
    MPS_TOK_INDENT,
    MPS_TOK_DEDENT,
    MPS_TOK_NAME,
    MPS_TOK_NUMBER,
    MPS_TOK_STRING,
    // keywords, in the order of the lexer's keyword table
    MPS_TOK_KW_FALSE,
    MPS_TOK_KW_NONE,
    MPS_TOK_KW_TRUE,
    MPS_TOK_KW_AND,
    MPS_TOK_KW_AS,
    MPS_TOK_KW_ASSERT,
    MPS_TOK_KW_ASYNC,
    MPS_TOK_KW_AWAIT,
    MPS_TOK_KW_BREAK,
    MPS_TOK_KW_CLASS,
    MPS_TOK_KW_CONTINUE,
    MPS_TOK_KW_DEF,
    MPS_TOK_KW_DEL,
    MPS_TOK_KW_ELIF,
    MPS_TOK_KW_ELSE,
    MPS_TOK_KW_EXCEPT,
    MPS_TOK_KW_FINALLY,
    MPS_TOK_KW_FOR,
    MPS_TOK_KW_FROM,
    MPS_TOK_KW_GLOBAL,
    MPS_TOK_KW_IF,
    MPS_TOK_KW_IMPORT,
    MPS_TOK_KW_IN,
    MPS_TOK_KW_IS,
    MPS_TOK_KW_LAMBDA,
    MPS_TOK_KW_NONLOCAL,
    MPS_TOK_KW_NOT,
    MPS_TOK_KW_OR,
    MPS_TOK_KW_PASS,
    MPS_TOK_KW_RAISE,
    MPS_TOK_KW_RETURN,
    MPS_TOK_KW_TRY,
    MPS_TOK_KW_WHILE,
    MPS_TOK_KW_WITH,
    MPS_TOK_KW_YIELD,
    // delimiters
    MPS_TOK_LPAREN,
    MPS_TOK_RPAREN,
    MPS_TOK_LBRACKET,
    MPS_TOK_RBRACKET,
    MPS_TOK_LBRACE,
    MPS_TOK_RBRACE,
    MPS_TOK_COMMA,
    MPS_TOK_COLON,
    MPS_TOK_SEMICOLON,
    MPS_TOK_DOT,
    MPS_TOK_ELLIPSIS, // ...
    MPS_TOK_ARROW,    // ->
    MPS_TOK_ASSIGN,   // =
    MPS_TOK_WALRUS,   // :=
    MPS_TOK_TILDE,
    // comparisons (not `in`, `is`, which are keywords)
    MPS_TOK_LESS,
    MPS_TOK_MORE,
    MPS_TOK_EQUAL,
    MPS_TOK_LESS_EQUAL,
    MPS_TOK_MORE_EQUAL,
    MPS_TOK_NOT_EQUAL,
    // binary operators, in the order of mps_binary_op_t's plain forms (OR .. POWER)
    MPS_TOK_PIPE,
    MPS_TOK_CARET,
    MPS_TOK_AMPERSAND,
    MPS_TOK_LSHIFT,
    MPS_TOK_RSHIFT,
    MPS_TOK_PLUS,
    MPS_TOK_MINUS,
    MPS_TOK_STAR,
    MPS_TOK_AT,
    MPS_TOK_DSLASH,
    MPS_TOK_SLASH,
    MPS_TOK_PERCENT,
    MPS_TOK_DSTAR,
    // augmented assignments, the same order
    MPS_TOK_PIPE_EQ,
    MPS_TOK_CARET_EQ,
    MPS_TOK_AMPERSAND_EQ,
    MPS_TOK_LSHIFT_EQ,
    MPS_TOK_RSHIFT_EQ,
    MPS_TOK_PLUS_EQ,
    MPS_TOK_MINUS_EQ,
    MPS_TOK_STAR_EQ,
    MPS_TOK_AT_EQ,
    MPS_TOK_DSLASH_EQ,
    MPS_TOK_SLASH_EQ,
    MPS_TOK_PERCENT_EQ,
    MPS_TOK_DSTAR_EQ,
    MPS_TOK_NUM
} mps_token_kind_t;

// The mps_binary_op_t of a binary operator token / an augmented assignment token.
#define MPS_TOK_BINARY_OP(t) ((unsigned)MPS_BINARY_OP_OR + ((unsigned)(t) - MPS_TOK_PIPE))
#define MPS_TOK_AUG_BINARY_OP(t) ((unsigned)MPS_BINARY_OP_OR + ((unsigned)(t) - MPS_TOK_PIPE_EQ))

// STRING token flags.
#define MPS_LEX_STR_RAW (0x01)
#define MPS_LEX_STR_BYTES (0x02)
#define MPS_LEX_STR_FSTRING (0x04)
#define MPS_LEX_STR_TRIPLE (0x08)
#define MPS_LEX_STR_DQUOTE (0x10) // delimited by " rather than '

typedef struct {
    uint8_t kind;      // mps_token_kind_t
    uint8_t str_flags; // MPS_LEX_STR_* for STRING
    uint32_t line;     // line of the token's first character
    const char *text;  // NAME/NUMBER: the token; STRING: between the quotes
    size_t len;
} mps_token_t;

typedef struct {
    const char *pos;          // next character to read
    const char *end;
    uint32_t line;
    qstr source_name;         // file name for error tracebacks
    uint32_t bracket_depth;   // ( [ { open now: newlines and indentation are ignored
    bool at_line_start;       // the next token begins a logical line
    uint32_t pending_dedents; // DEDENT tokens still to give
    bool continued_to_end;    // the input ended with an empty line continued by '\\'
                              // (accepted in a module; an error for a REPL statement)
    uint32_t *indents;        // indentation stack (heap), indents[0] == 0
    uint32_t n_indents;
    uint32_t alloc_indents;
    mps_token_t tok;          // the current token
} mps_lexer_t;

// Starts reading [len] bytes at [src] (kept alive by the caller) and reads the first
// token. [line] is the number of the first line. With [in_brackets] the text is lexed
// as if inside brackets (no NEWLINE, INDENT, DEDENT): for an f-string's expressions.
// [ignore_first_indent] skips leading indentation of the first line (eval input).
// Raises SyntaxError / IndentationError / MemoryError.
void mps_lexer_init(mps_lexer_t *lex, const char *src, size_t len, qstr source_name, uint32_t line,
    bool in_brackets, bool ignore_first_indent);
// Moves to the next token. Raises as above.
void mps_lexer_next(mps_lexer_t *lex);

// Raises [type] (SyntaxError, IndentationError) with [msg] and a traceback entry for
// line [line] of the source in block [block] (MPS_QSTR_NULL: no block, as MicroPython
// shows for errors found before compiling).
noreturn void mps_lexer_error(const mps_lexer_t *lex, const mps_obj_type_t *type, const char *msg,
    uint32_t line, qstr block);

// Appends the value of the string literal body [text, text+len) with the prefix
// [str_flags] (escapes decoded unless raw) to [out]. Raises SyntaxError (through [lex],
// for token line [line]) for a non-ASCII character in bytes or a bad \x \u \U escape,
// and NotImplementedError for \N{...}, as MicroPython.
void mps_lexer_decode_str(const mps_lexer_t *lex, const char *text, size_t len, unsigned str_flags,
    uint32_t line, vstr_t *out);

// The position just after the string literal whose opening quote is at [p] (not beyond
// [end]), or NULL if it is not terminated (or a one-line string meets a line break).
// [str_flags] is its prefix (MPS_LEX_STR_FSTRING matters: replacement fields may hold
// strings with the same quotes, as in Python 3.12).
const char *mps_lexer_skip_string(const char *p, const char *end, unsigned str_flags);
// The prefix flags (MPS_LEX_STR_*) of the letters just before the quote at [quote], not
// looking before [start]; 0 if there is no valid prefix.
unsigned mps_lexer_prefix_before(const char *start, const char *quote);

// True if [len] bytes at [s] are an identifier (for interning string constants).
bool mps_lexer_is_identifier(const char *s, size_t len);

#endif // CORE_LEXER_H
