// SPDX-License-Identifier: MIT
// The parser's inside, shared by core/parse.c (node memory, statements, entry points)
// and core/parseexpr.c (expressions, literals, assignment targets, parameters).
#ifndef CORE_PARSER_H
#define CORE_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>
#include <string.h>

#include "core/ast.h"
#include "core/lexer.h"
#include "core/mem.h"
#include "core/objexcept.h"
#include "core/vstr.h"

// Node memory comes in chunks that double from CHUNK_FIRST to CHUNK_MAX bytes; a
// chunk's first word refers to the previous chunk so that mps_ast_free finds them all.
#define MPS_PARSER_CHUNK_FIRST (256)
#define MPS_PARSER_CHUNK_MAX (4096)
#define MPS_PARSER_NODE_ALIGN (sizeof(mps_ref_t) > 4 ? sizeof(mps_ref_t) : 4)

// The state of one parse. Sequences are built on [stack] (a heap array of node
// references, innermost sequence on top) and copied into node memory when complete.
typedef struct {
    mps_lexer_t *lex;
    qstr scope;         // block named in "compile" errors: function, class or <module>
    uint8_t *chunk;     // newest node chunk
    size_t chunk_used;
    size_t chunk_size;
    mps_ref_t *stack;   // children of the sequences being built, innermost on top
    size_t stack_len;
    size_t stack_alloc;
    vstr_t buf;         // string literal being decoded
} mps_parser_t;

#define TOK (p->lex->tok.kind)
#define TOK_LINE (p->lex->tok.line)
#define NEW(T, kind, line) ((T *)new_node(p, sizeof(T), (kind), (line)))
#define REF(n) MPS_REF(n)

// --- node memory and sequences (core/parse.c) ---------------------------------------

// Starts a new chunk (or a separate block for a big array) and returns [n] bytes of it.
void *mps_parser_node_mem_slow(mps_parser_t *p, size_t n);

// [n] zeroed bytes for a node or array (the GC hands out zeroed memory).
static inline void *node_mem(mps_parser_t *p, size_t n) {
    n = (n + MPS_PARSER_NODE_ALIGN - 1) & ~(MPS_PARSER_NODE_ALIGN - 1);
    if (p->chunk_used + n <= p->chunk_size) {
        void *m = p->chunk + p->chunk_used;
        p->chunk_used += n;
        return m;
    }
    return mps_parser_node_mem_slow(p, n);
}

static inline void *new_node(mps_parser_t *p, size_t size, mps_ast_kind_t kind, uint32_t line) {
    mps_ast_t *n = node_mem(p, size);
    n->kind = kind;
    n->line = line < MPS_AST_LINE_MAX ? line : MPS_AST_LINE_MAX;
    return n;
}

static inline void push_ref(mps_parser_t *p, mps_ref_t r) {
    if (p->stack_len == p->stack_alloc) {
        p->stack_alloc = p->stack_alloc ? p->stack_alloc * 2 : 32;
        p->stack = mps_mem_realloc(p->stack, p->stack_alloc * sizeof(mps_ref_t));
    }
    p->stack[p->stack_len++] = r;
}

static inline void push(mps_parser_t *p, const void *node) {
    push_ref(p, REF(node));
}

// Moves the stack entries from [base] up into a new sequence.
static inline mps_ast_seq_t pop_seq(mps_parser_t *p, size_t base) {
    mps_ast_seq_t s = {(uint32_t)(p->stack_len - base), 0};
    if (s.n > 0) {
        mps_ref_t *a = node_mem(p, s.n * sizeof(mps_ref_t));
        memcpy(a, p->stack + base, s.n * sizeof(mps_ref_t));
        s.items = REF(a);
    }
    p->stack_len = base;
    return s;
}

// A sequence of [n] entries of the stack from [base], taking every [stride]-th.
static inline mps_ast_seq_t copy_seq(mps_parser_t *p, size_t base, size_t n, size_t stride) {
    mps_ast_seq_t s = {(uint32_t)n, 0};
    if (n > 0) {
        mps_ref_t *a = node_mem(p, n * sizeof(mps_ref_t));
        for (size_t i = 0; i < n; i++) {
            a[i] = p->stack[base + i * stride];
        }
        s.items = REF(a);
    }
    return s;
}

// --- errors and tokens ---------------------------------------------------------------

static inline noreturn void syntax_error(mps_parser_t *p) {
    mps_lexer_error(p->lex, &mps_type_SyntaxError, "invalid syntax", TOK_LINE, MPS_QSTR_NULL);
}

// Errors that MicroPython reports from its compiler, with the enclosing block's name.
static inline noreturn void compile_error(mps_parser_t *p, const char *msg, uint32_t line) {
    mps_lexer_error(p->lex, &mps_type_SyntaxError, msg, line, p->scope);
}

static inline void next(mps_parser_t *p) {
    mps_lexer_next(p->lex);
}

static inline bool accept(mps_parser_t *p, mps_token_kind_t kind) {
    if (TOK == kind) {
        next(p);
        return true;
    }
    return false;
}

static inline void expect(mps_parser_t *p, mps_token_kind_t kind) {
    if (TOK != kind) {
        syntax_error(p);
    }
    next(p);
}

static inline qstr expect_name(mps_parser_t *p) {
    if (TOK != MPS_TOK_NAME) {
        syntax_error(p);
    }
    qstr q = qstr_from_strn(p->lex->tok.text, p->lex->tok.len);
    next(p);
    return q;
}

// Tokens that can begin an expression (to tell a trailing comma from a separator).
static inline bool starts_expr(unsigned kind) {
    switch (kind) {
        case MPS_TOK_NAME: case MPS_TOK_NUMBER: case MPS_TOK_STRING:
        case MPS_TOK_KW_FALSE: case MPS_TOK_KW_NONE: case MPS_TOK_KW_TRUE:
        case MPS_TOK_KW_NOT: case MPS_TOK_KW_LAMBDA: case MPS_TOK_KW_AWAIT:
        case MPS_TOK_LPAREN: case MPS_TOK_LBRACKET: case MPS_TOK_LBRACE:
        case MPS_TOK_MINUS: case MPS_TOK_PLUS: case MPS_TOK_TILDE:
        case MPS_TOK_ELLIPSIS: case MPS_TOK_STAR:
            return true;
        default:
            return false;
    }
}

// --- expressions (core/parseexpr.c) --------------------------------------------------

// expression: a conditional expression or lambda (CPython's `expression`).
mps_ast_t *mps_parser_test(mps_parser_t *p);
// named_expression: NAME := expression, or an expression.
mps_ast_t *mps_parser_named(mps_parser_t *p);
// star_expressions: expressions and *x separated by commas (a Tuple if any comma).
mps_ast_t *mps_parser_star_expressions(mps_parser_t *p);
// yield [from] ... (the current token is `yield`).
mps_ast_t *mps_parser_yield(mps_parser_t *p);
// One assignment target at the precedence of `|` (stops before `in`, `=`), or *x.
mps_ast_t *mps_parser_star_target(mps_parser_t *p);
// star_targets separated by commas (a Tuple if any comma): `for` and comprehension targets.
mps_ast_t *mps_parser_target_list(mps_parser_t *p);
// Marks [e] as a target of an assignment (MPS_AST_STORE) or `del` (MPS_AST_DEL); raises
// SyntaxError if it cannot be one. set_store_target also refuses a bare *x.
void mps_parser_set_target(mps_parser_t *p, mps_ast_t *e, mps_ast_ctx_t ctx);
void mps_parser_set_store_target(mps_parser_t *p, mps_ast_t *e);
// Parameters of a def (with annotations) or lambda, up to [close] (not consumed).
mps_ast_arguments_t *mps_parser_arguments(mps_parser_t *p, bool annotations, mps_token_kind_t close);
// Call arguments after '(' up to and including ')'.
void mps_parser_call_args(mps_parser_t *p, mps_ast_seq_t *args, mps_ast_seq_t *keywords);

#endif // CORE_PARSER_H
