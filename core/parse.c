// SPDX-License-Identifier: MIT
// The parser: recursive descent over the lexer's tokens, building core/ast.h nodes in
// heap chunks. This file has the node memory, the statements and the entry points;
// expressions are in core/parseexpr.c, and core/parser.h is what the two share.

#include "core/parse.h"

#include <string.h>

#include "core/lexer.h"
#include "core/mem.h"
#include "core/parser.h"
#include "core/runtime.h"

// Arrays bigger than this get an allocation of their own (linked into the chain).
#define BIG_ARRAY (MPS_PARSER_CHUNK_MAX / 4)

// --- node memory ---------------------------------------------------------------------

void *mps_parser_node_mem_slow(mps_parser_t *p, size_t n) {
    if (n > BIG_ARRAY && p->chunk != NULL) {
        uint8_t *big = mps_mem_alloc(MPS_PARSER_NODE_ALIGN + n);
        *(mps_ref_t *)big = *(mps_ref_t *)p->chunk;
        *(mps_ref_t *)p->chunk = MPS_REF(big);
        return big + MPS_PARSER_NODE_ALIGN;
    }
    size_t size = p->chunk_size ? p->chunk_size * 2 : MPS_PARSER_CHUNK_FIRST;
    if (size > MPS_PARSER_CHUNK_MAX) {
        size = MPS_PARSER_CHUNK_MAX;
    }
    while (size < MPS_PARSER_NODE_ALIGN + n) {
        size *= 2;
    }
    uint8_t *c = mps_mem_alloc(size);
    *(mps_ref_t *)c = MPS_REF(p->chunk);
    p->chunk = c;
    p->chunk_size = size;
    p->chunk_used = MPS_PARSER_NODE_ALIGN + n;
    return c + MPS_PARSER_NODE_ALIGN;
}

static mps_ast_seq_t seq_one(mps_parser_t *p, const void *node) {
    mps_ref_t *a = node_mem(p, sizeof(mps_ref_t));
    a[0] = REF(node);
    return (mps_ast_seq_t){1, REF(a)};
}

// --- statements ----------------------------------------------------------------------

static void parse_stmt(mps_parser_t *p);
static void parse_simple_stmt(mps_parser_t *p);

// ':' then an indented block or statements on the same line.
static mps_ast_seq_t parse_block(mps_parser_t *p) {
    expect(p, MPS_TOK_COLON);
    size_t base = p->stack_len;
    if (accept(p, MPS_TOK_NEWLINE)) {
        expect(p, MPS_TOK_INDENT);
        do {
            parse_stmt(p);
        } while (TOK != MPS_TOK_DEDENT && TOK != MPS_TOK_END);
        expect(p, MPS_TOK_DEDENT);
    } else {
        parse_simple_stmt(p);
    }
    return pop_seq(p, base);
}

// A dotted name ("a.b.c") as one qstr.
static qstr parse_dotted_name(mps_parser_t *p) {
    if (TOK != MPS_TOK_NAME) {
        syntax_error(p);
    }
    const mps_token_t *t = &p->lex->tok;
    const char *start = t->text;
    size_t len = t->len;
    next(p);
    if (TOK != MPS_TOK_DOT) {
        return qstr_from_strn(start, len);
    }
    vstr_reset(&p->buf);
    vstr_add_strn(&p->buf, start, len);
    while (accept(p, MPS_TOK_DOT)) {
        if (TOK != MPS_TOK_NAME) {
            syntax_error(p);
        }
        vstr_add_byte(&p->buf, '.');
        vstr_add_strn(&p->buf, t->text, t->len);
        next(p);
    }
    return qstr_from_strn(p->buf.buf, p->buf.len);
}

static mps_ast_alias_t *parse_alias(mps_parser_t *p, bool dotted) {
    mps_ast_alias_t *a = NEW(mps_ast_alias_t, MPS_AST_ALIAS, TOK_LINE);
    a->name = dotted ? parse_dotted_name(p) : expect_name(p);
    if (accept(p, MPS_TOK_KW_AS)) {
        a->asname = expect_name(p);
    }
    return a;
}

static mps_ast_t *parse_import(mps_parser_t *p, uint32_t line) {
    mps_ast_import_t *s = NEW(mps_ast_import_t, MPS_AST_IMPORT, line);
    next(p);
    size_t base = p->stack_len;
    do {
        push(p, parse_alias(p, true));
    } while (accept(p, MPS_TOK_COMMA));
    s->names = pop_seq(p, base);
    return &s->h;
}

static mps_ast_t *parse_from_import(mps_parser_t *p, uint32_t line) {
    mps_ast_import_from_t *s = NEW(mps_ast_import_from_t, MPS_AST_IMPORT_FROM, line);
    next(p);
    for (;;) {
        if (accept(p, MPS_TOK_DOT)) {
            s->level += 1;
        } else if (accept(p, MPS_TOK_ELLIPSIS)) {
            s->level += 3;
        } else {
            break;
        }
    }
    if (TOK != MPS_TOK_KW_IMPORT || s->level == 0) {
        s->module = parse_dotted_name(p);
    }
    expect(p, MPS_TOK_KW_IMPORT);
    size_t base = p->stack_len;
    if (TOK == MPS_TOK_STAR) {
        mps_ast_alias_t *a = NEW(mps_ast_alias_t, MPS_AST_ALIAS, TOK_LINE);
        a->name = MPS_QSTR_star;
        next(p);
        push(p, a);
    } else {
        bool paren = accept(p, MPS_TOK_LPAREN);
        do {
            if (paren && TOK == MPS_TOK_RPAREN) {
                break;
            }
            push(p, parse_alias(p, false));
        } while (accept(p, MPS_TOK_COMMA));
        if (paren) {
            expect(p, MPS_TOK_RPAREN);
        }
    }
    s->names = pop_seq(p, base);
    return &s->h;
}

static mps_ast_t *parse_global(mps_parser_t *p, mps_ast_kind_t kind, uint32_t line) {
    mps_ast_global_t *g = NEW(mps_ast_global_t, kind, line);
    next(p);
    size_t base = p->stack_len;
    do {
        push_ref(p, (mps_ref_t)expect_name(p));
    } while (accept(p, MPS_TOK_COMMA));
    size_t n = p->stack_len - base;
    qstr *names = node_mem(p, n * sizeof(qstr));
    for (size_t i = 0; i < n; i++) {
        names[i] = (qstr)p->stack[base + i];
    }
    p->stack_len = base;
    g->names = (mps_ast_seq_t){(uint32_t)n, REF(names)};
    return &g->h;
}

// Expression statement, assignment, augmented or annotated assignment.
static mps_ast_t *parse_expr_stmt(mps_parser_t *p, uint32_t line) {
    mps_ast_t *e = TOK == MPS_TOK_KW_YIELD ? mps_parser_yield(p) : mps_parser_star_expressions(p);
    unsigned tok = TOK;
    if (tok == MPS_TOK_ASSIGN) {
        size_t base = p->stack_len;
        do {
            next(p);
            mps_parser_set_store_target(p, e);
            push(p, e);
            e = TOK == MPS_TOK_KW_YIELD ? mps_parser_yield(p) : mps_parser_star_expressions(p);
        } while (TOK == MPS_TOK_ASSIGN);
        mps_ast_assign_t *a = NEW(mps_ast_assign_t, MPS_AST_ASSIGN, line);
        a->targets = pop_seq(p, base);
        a->value = REF(e);
        return &a->h;
    }
    if (tok >= MPS_TOK_PIPE_EQ && tok <= MPS_TOK_DSTAR_EQ) {
        if (e->kind != MPS_AST_NAME && e->kind != MPS_AST_ATTRIBUTE && e->kind != MPS_AST_SUBSCRIPT) {
            compile_error(p, "can't assign to expression", e->line);
        }
        e->ctx = MPS_AST_STORE;
        next(p);
        mps_ast_aug_assign_t *a = NEW(mps_ast_aug_assign_t, MPS_AST_AUG_ASSIGN, line);
        a->target = REF(e);
        a->op = MPS_TOK_AUG_BINARY_OP(tok);
        a->value = REF(TOK == MPS_TOK_KW_YIELD ? mps_parser_yield(p) : mps_parser_star_expressions(p));
        return &a->h;
    }
    if (tok == MPS_TOK_COLON) {
        if (e->kind != MPS_AST_NAME && e->kind != MPS_AST_ATTRIBUTE && e->kind != MPS_AST_SUBSCRIPT) {
            compile_error(p, "can't assign to expression", e->line);
        }
        e->ctx = MPS_AST_STORE;
        next(p);
        mps_ast_ann_assign_t *a = NEW(mps_ast_ann_assign_t, MPS_AST_ANN_ASSIGN, line);
        a->target = REF(e);
        a->annotation = REF(mps_parser_test(p));
        a->simple = e->kind == MPS_AST_NAME && !(e->flags & MPS_AST_FLAG_PARENS);
        if (accept(p, MPS_TOK_ASSIGN)) {
            a->value = REF(TOK == MPS_TOK_KW_YIELD ? mps_parser_yield(p) : mps_parser_star_expressions(p));
        }
        return &a->h;
    }
    mps_ast_expr_t *s = NEW(mps_ast_expr_t, MPS_AST_EXPR, line);
    s->value = REF(e);
    return &s->h;
}

static mps_ast_t *parse_small_stmt(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    switch (TOK) {
        case MPS_TOK_KW_PASS:
            next(p);
            return NEW(mps_ast_t, MPS_AST_PASS, line);
        case MPS_TOK_KW_BREAK:
            next(p);
            return NEW(mps_ast_t, MPS_AST_BREAK, line);
        case MPS_TOK_KW_CONTINUE:
            next(p);
            return NEW(mps_ast_t, MPS_AST_CONTINUE, line);
        case MPS_TOK_KW_RETURN: {
            mps_ast_return_t *r = NEW(mps_ast_return_t, MPS_AST_RETURN, line);
            next(p);
            if (starts_expr(TOK)) {
                r->value = REF(mps_parser_star_expressions(p));
            }
            return &r->h;
        }
        case MPS_TOK_KW_RAISE: {
            mps_ast_raise_t *r = NEW(mps_ast_raise_t, MPS_AST_RAISE, line);
            next(p);
            if (starts_expr(TOK)) {
                r->exc = REF(mps_parser_test(p));
                if (accept(p, MPS_TOK_KW_FROM)) {
                    r->cause = REF(mps_parser_test(p));
                }
            }
            return &r->h;
        }
        case MPS_TOK_KW_GLOBAL:
            return parse_global(p, MPS_AST_GLOBAL, line);
        case MPS_TOK_KW_NONLOCAL:
            return parse_global(p, MPS_AST_NONLOCAL, line);
        case MPS_TOK_KW_DEL: {
            mps_ast_delete_t *d = NEW(mps_ast_delete_t, MPS_AST_DELETE, line);
            next(p);
            size_t base = p->stack_len;
            do {
                mps_ast_t *t = mps_parser_star_target(p);
                mps_parser_set_target(p, t, MPS_AST_DEL);
                push(p, t);
            } while (accept(p, MPS_TOK_COMMA) && starts_expr(TOK));
            d->targets = pop_seq(p, base);
            return &d->h;
        }
        case MPS_TOK_KW_ASSERT: {
            mps_ast_assert_t *a = NEW(mps_ast_assert_t, MPS_AST_ASSERT, line);
            next(p);
            a->test = REF(mps_parser_test(p));
            if (accept(p, MPS_TOK_COMMA)) {
                a->msg = REF(mps_parser_test(p));
            }
            return &a->h;
        }
        case MPS_TOK_KW_IMPORT:
            return parse_import(p, line);
        case MPS_TOK_KW_FROM:
            return parse_from_import(p, line);
        default:
            return parse_expr_stmt(p, line);
    }
}

// small_stmt (';' small_stmt)* [';'] NEWLINE, each pushed.
static void parse_simple_stmt(mps_parser_t *p) {
    do {
        push(p, parse_small_stmt(p));
    } while (accept(p, MPS_TOK_SEMICOLON) && TOK != MPS_TOK_NEWLINE);
    expect(p, MPS_TOK_NEWLINE);
}

static mps_ast_t *parse_if(mps_parser_t *p, uint32_t line) {
    next(p);
    mps_ast_if_t *root = NEW(mps_ast_if_t, MPS_AST_IF, line);
    root->test = REF(mps_parser_named(p));
    root->body = parse_block(p);
    // elif chains nest in orelse, built in a loop.
    mps_ast_if_t *last = root;
    while (TOK == MPS_TOK_KW_ELIF) {
        mps_ast_if_t *e = NEW(mps_ast_if_t, MPS_AST_IF, TOK_LINE);
        next(p);
        e->test = REF(mps_parser_named(p));
        e->body = parse_block(p);
        last->orelse = seq_one(p, e);
        last = e;
    }
    if (accept(p, MPS_TOK_KW_ELSE)) {
        last->orelse = parse_block(p);
    }
    return &root->h;
}

static mps_ast_t *parse_while(mps_parser_t *p, uint32_t line) {
    next(p);
    mps_ast_while_t *w = NEW(mps_ast_while_t, MPS_AST_WHILE, line);
    w->test = REF(mps_parser_named(p));
    w->body = parse_block(p);
    if (accept(p, MPS_TOK_KW_ELSE)) {
        w->orelse = parse_block(p);
    }
    return &w->h;
}

static mps_ast_t *parse_for(mps_parser_t *p, uint32_t line, bool is_async) {
    expect(p, MPS_TOK_KW_FOR);
    mps_ast_for_t *f = NEW(mps_ast_for_t, is_async ? MPS_AST_ASYNC_FOR : MPS_AST_FOR, line);
    mps_ast_t *target = mps_parser_target_list(p);
    mps_parser_set_store_target(p, target);
    f->target = REF(target);
    expect(p, MPS_TOK_KW_IN);
    f->iter = REF(mps_parser_star_expressions(p));
    f->body = parse_block(p);
    if (accept(p, MPS_TOK_KW_ELSE)) {
        f->orelse = parse_block(p);
    }
    return &f->h;
}

static mps_ast_t *parse_try(mps_parser_t *p, uint32_t line) {
    next(p);
    mps_ast_try_t *t = NEW(mps_ast_try_t, MPS_AST_TRY, line);
    t->body = parse_block(p);
    size_t base = p->stack_len;
    uint32_t default_line = 0; // line of a bare `except:`, which must be the last
    while (TOK == MPS_TOK_KW_EXCEPT) {
        mps_ast_except_handler_t *h = NEW(mps_ast_except_handler_t, MPS_AST_EXCEPT_HANDLER, TOK_LINE);
        if (default_line != 0) {
            compile_error(p, "default 'except' must be last", default_line);
        }
        next(p);
        if (TOK != MPS_TOK_COLON) {
            h->type = REF(mps_parser_test(p));
            if (accept(p, MPS_TOK_KW_AS)) {
                h->name = expect_name(p);
            }
        } else {
            default_line = h->h.line;
        }
        h->body = parse_block(p);
        push(p, h);
    }
    t->handlers = pop_seq(p, base);
    if (t->handlers.n > 0 && accept(p, MPS_TOK_KW_ELSE)) {
        t->orelse = parse_block(p);
    }
    if (accept(p, MPS_TOK_KW_FINALLY)) {
        t->finalbody = parse_block(p);
    } else if (t->handlers.n == 0) {
        syntax_error(p);
    }
    return &t->h;
}

static mps_ast_withitem_t *parse_withitem(mps_parser_t *p) {
    mps_ast_withitem_t *w = NEW(mps_ast_withitem_t, MPS_AST_WITHITEM, TOK_LINE);
    w->context_expr = REF(mps_parser_test(p));
    if (accept(p, MPS_TOK_KW_AS)) {
        mps_ast_t *target = mps_parser_star_target(p);
        mps_parser_set_store_target(p, target);
        w->optional_vars = REF(target);
    }
    return w;
}

// True if the '(' at the current token closes just before the block's ':': then the
// parentheses hold with-items (`with (a as b, c):`), as in CPython 3.9+.
static bool with_items_in_parens(mps_parser_t *p) {
    mps_lexer_t look = *p->lex; // scanning inside brackets changes no shared state
    unsigned depth = 0;
    for (;;) {
        switch (look.tok.kind) {
            case MPS_TOK_LPAREN: case MPS_TOK_LBRACKET: case MPS_TOK_LBRACE:
                depth++;
                break;
            case MPS_TOK_RPAREN: case MPS_TOK_RBRACKET: case MPS_TOK_RBRACE:
                if (--depth == 0) {
                    mps_lexer_next(&look);
                    return look.tok.kind == MPS_TOK_COLON;
                }
                break;
            case MPS_TOK_END: case MPS_TOK_NEWLINE:
                return false;
            default:
                break;
        }
        mps_lexer_next(&look);
    }
}

static mps_ast_t *parse_with(mps_parser_t *p, uint32_t line, bool is_async) {
    expect(p, MPS_TOK_KW_WITH);
    mps_ast_with_t *w = NEW(mps_ast_with_t, is_async ? MPS_AST_ASYNC_WITH : MPS_AST_WITH, line);
    size_t base = p->stack_len;
    if (TOK == MPS_TOK_LPAREN && with_items_in_parens(p)) {
        next(p);
        do {
            if (TOK == MPS_TOK_RPAREN) {
                break;
            }
            push(p, parse_withitem(p));
        } while (accept(p, MPS_TOK_COMMA));
        expect(p, MPS_TOK_RPAREN);
    } else {
        do {
            push(p, parse_withitem(p));
        } while (accept(p, MPS_TOK_COMMA));
    }
    w->items = pop_seq(p, base);
    w->body = parse_block(p);
    return &w->h;
}

// def, after any decorators (pushed from [dec_base]).
static mps_ast_t *parse_funcdef(mps_parser_t *p, uint32_t line, bool is_async, size_t dec_base) {
    expect(p, MPS_TOK_KW_DEF);
    mps_ast_function_def_t *f = NEW(mps_ast_function_def_t,
        is_async ? MPS_AST_ASYNC_FUNCTION_DEF : MPS_AST_FUNCTION_DEF, line);
    f->name = expect_name(p);
    expect(p, MPS_TOK_LPAREN);
    f->args = REF(mps_parser_arguments(p, true, MPS_TOK_RPAREN));
    expect(p, MPS_TOK_RPAREN);
    if (accept(p, MPS_TOK_ARROW)) {
        f->returns = REF(mps_parser_test(p));
    }
    qstr outer = p->scope;
    p->scope = f->name;
    f->body = parse_block(p);
    p->scope = outer;
    f->decorator_list = pop_seq(p, dec_base);
    return &f->h;
}

static mps_ast_t *parse_classdef(mps_parser_t *p, uint32_t line, size_t dec_base) {
    next(p);
    mps_ast_class_def_t *c = NEW(mps_ast_class_def_t, MPS_AST_CLASS_DEF, line);
    c->name = expect_name(p);
    if (accept(p, MPS_TOK_LPAREN)) {
        mps_parser_call_args(p, &c->bases, &c->keywords);
    }
    qstr outer = p->scope;
    p->scope = c->name;
    c->body = parse_block(p);
    p->scope = outer;
    c->decorator_list = pop_seq(p, dec_base);
    return &c->h;
}

// One statement (a line of simple statements pushes several), pushed on the stack.
static void parse_stmt(mps_parser_t *p) {
    mps_stack_check();
    uint32_t line = TOK_LINE;
    size_t dec_base = p->stack_len;
    mps_ast_t *s;
    switch (TOK) {
        case MPS_TOK_KW_IF: s = parse_if(p, line); break;
        case MPS_TOK_KW_WHILE: s = parse_while(p, line); break;
        case MPS_TOK_KW_FOR: s = parse_for(p, line, false); break;
        case MPS_TOK_KW_TRY: s = parse_try(p, line); break;
        case MPS_TOK_KW_WITH: s = parse_with(p, line, false); break;
        case MPS_TOK_KW_DEF: s = parse_funcdef(p, line, false, dec_base); break;
        case MPS_TOK_KW_CLASS: s = parse_classdef(p, line, dec_base); break;
        case MPS_TOK_AT:
            while (accept(p, MPS_TOK_AT)) {
                push(p, mps_parser_named(p));
                expect(p, MPS_TOK_NEWLINE);
            }
            line = TOK_LINE;
            if (TOK == MPS_TOK_KW_CLASS) {
                s = parse_classdef(p, line, dec_base);
            } else {
                bool is_async = accept(p, MPS_TOK_KW_ASYNC);
                s = parse_funcdef(p, line, is_async, dec_base);
            }
            break;
        case MPS_TOK_KW_ASYNC:
            next(p);
            switch (TOK) {
                case MPS_TOK_KW_DEF: s = parse_funcdef(p, line, true, dec_base); break;
                case MPS_TOK_KW_FOR: s = parse_for(p, line, true); break;
                case MPS_TOK_KW_WITH: s = parse_with(p, line, true); break;
                default: syntax_error(p);
            }
            break;
        case MPS_TOK_INDENT:
            mps_lexer_error(p->lex, &mps_type_IndentationError, "unexpected indent", line, MPS_QSTR_NULL);
        default:
            parse_simple_stmt(p);
            return;
    }
    push(p, s);
}

// --- entry points --------------------------------------------------------------------

mps_ast_t *mps_parse(const char *src, size_t len, qstr source_name, mps_parse_input_kind_t kind) {
    mps_parser_t parser;
    mps_parser_t *p = &parser;
    memset(p, 0, sizeof(*p));
    mps_lexer_t lex;
    p->lex = &lex;
    p->scope = MPS_QSTR_lt_module_gt;
    vstr_init(&p->buf, 32);
    mps_lexer_init(&lex, src, len, source_name, 1, false, kind == MPS_PARSE_EVAL_INPUT);

    mps_ast_t *root;
    if (kind == MPS_PARSE_EVAL_INPUT) {
        mps_ast_t *body = mps_parser_star_expressions(p);
        while (accept(p, MPS_TOK_NEWLINE)) {
        }
        if (TOK != MPS_TOK_END) {
            syntax_error(p);
        }
        mps_ast_expression_t *e = NEW(mps_ast_expression_t, MPS_AST_EXPRESSION, 1);
        e->body = REF(body);
        e->chunks = REF(p->chunk);
        root = &e->h;
    } else {
        while (TOK != MPS_TOK_END) {
            if (!accept(p, MPS_TOK_NEWLINE)) {
                parse_stmt(p);
            }
        }
        if (kind == MPS_PARSE_SINGLE_INPUT && (lex.continued_to_end || len == 0)) {
            syntax_error(p); // a REPL statement: not empty, not ending in a continuation
        }
        mps_ast_module_t *m = NEW(mps_ast_module_t,
            kind == MPS_PARSE_FILE_INPUT ? MPS_AST_MODULE : MPS_AST_INTERACTIVE, 1);
        m->body = pop_seq(p, 0);
        m->chunks = REF(p->chunk);
        root = &m->h;
    }
    // Give back what the tree does not need: the work areas and the newest chunk's tail.
    mps_mem_free(p->stack);
    vstr_clear(&p->buf);
    mps_mem_free(lex.indents);
    mps_mem_realloc_maybe(p->chunk, p->chunk_used);
    return root;
}

// True if [s, s+n) starts with keyword [kw] as a whole word.
static bool starts_with_word(const char *s, size_t n, const char *kw) {
    size_t k = strlen(kw);
    if (n < k || memcmp(s, kw, k) != 0) {
        return false;
    }
    return n == k || !(s[k] == '_' || (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')
        || (s[k] >= '0' && s[k] <= '9') || (unsigned char)s[k] >= 0x80);
}

bool mps_parse_is_incomplete(const char *src, size_t len) {
    static const char *const compound[] = {
        "def", "if", "for", "while", "with", "try", "class", "async", "@",
    };
    const char *end = src + len;
    int depth = 0;
    char last = 0; // last significant character outside comments
    for (const char *s = src; s < end; s++) {
        char c = *s;
        switch (c) {
            case '#':
                while (s + 1 < end && s[1] != '\n') {
                    s++;
                }
                break;
            case '\'':
            case '"': {
                const char *after = mps_lexer_skip_string(s, end, mps_lexer_prefix_before(src, s));
                if (after != NULL) {
                    s = after - 1;
                    last = c;
                    break;
                }
                if (end - s >= 3 && s[1] == c && s[2] == c) {
                    return true; // an open triple-quoted string
                }
                // A one-line string left open: continued by a final backslash, or an
                // error the parser will report.
                const char *nl = memchr(s, '\n', (size_t)(end - s));
                if (nl == NULL) {
                    return end[-1] == '\\';
                }
                s = nl - 1;
                last = 0;
                break;
            }
            case '(': case '[': case '{':
                depth++;
                last = c;
                break;
            case ')': case ']': case '}':
                depth -= depth > 0;
                last = c;
                break;
            case '\n':
                last = '\n';
                break;
            case ' ': case '\t': case '\r': case '\f':
                break;
            default:
                last = c;
                break;
        }
    }
    if (depth > 0 || last == '\\' || last == ':') {
        return true;
    }
    // A compound statement goes on until an empty line.
    const char *first = src;
    while (first < end && (*first == ' ' || *first == '\t')) {
        first++;
    }
    for (size_t i = 0; i < sizeof(compound) / sizeof(compound[0]); i++) {
        bool match = compound[i][0] == '@' ? (first < end && *first == '@')
                                           : starts_with_word(first, (size_t)(end - first), compound[i]);
        if (match) {
            // Complete once the last line is empty (a single line never is).
            const char *line = end;
            while (line > src && line[-1] != '\n') {
                line--;
            }
            if (line == src) {
                return true;
            }
            for (; line < end; line++) {
                if (*line != ' ' && *line != '\t' && *line != '\r') {
                    return true;
                }
            }
            return false;
        }
    }
    return false;
}
