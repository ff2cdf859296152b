// SPDX-License-Identifier: MIT
// The parser's expressions: literals (numbers, strings joined at parse time, f-strings),
// assignment targets, operators by precedence climbing (prefix operators in a loop, so
// each level of bracket nesting costs only a few C frames), and parameter lists.

#include "core/parser.h"

#include "core/nlr.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objstr.h"
#include "core/runtime.h"

// MicroPython interns string literals up to this many bytes (and longer ones that are
// interned already), so that short constants cost no heap object.
#define INTERN_STRING_MAX (10)

// --- literals ------------------------------------------------------------------------

static mps_ast_t *new_constant(mps_parser_t *p, mps_obj_t value, uint32_t line) {
    mps_ast_constant_t *c = NEW(mps_ast_constant_t, MPS_AST_CONSTANT, line);
    c->value = value;
    return &c->h;
}

// The value of number text [s, s+n): an int (any base, any size), float or complex.
// Raises ValueError for malformed text.
static mps_obj_t number_from_text(const char *s, size_t n) {
    bool is_float = false;
    if (!(s[0] == '0' && n > 1 && strchr("xXoObB", s[1]) != NULL)) {
        for (size_t i = 0; i < n; i++) {
            char c = s[i] | 0x20;
            if (s[i] == '.' || c == 'e' || c == 'j') {
                is_float = true;
                break;
            }
        }
    }
    if (!is_float) {
        // The base goes with the digits after a prefix (so that errors read as
        // MicroPython's "...with base 16: ''"); a leading 0 needs base 0 to reject "07".
        if (s[0] == '0' && n > 1) {
            unsigned base;
            switch (s[1] | 0x20) {
                case 'x': base = 16; break;
                case 'o': base = 8; break;
                case 'b': base = 2; break;
                default: return mps_obj_new_int_from_str_len(s, n, 0);
            }
            // One '_' may separate the prefix from the digits (0x_ff).
            size_t skip = n > 3 && s[2] == '_' ? 3 : 2;
            return mps_obj_new_int_from_str_len(s + skip, n - skip, base);
        }
        return mps_obj_new_int_from_str_len(s, n, 10);
    }
    // Underscores separate digits; the float parser takes plain text.
    char tmp[80];
    size_t len = 0;
    for (size_t i = 0; i < n && len < sizeof(tmp); i++) {
        if (s[i] != '_') {
            tmp[len++] = s[i];
        }
    }
    if (len == sizeof(tmp)) {
        return mps_parse_num_decimal(s, n, true, false); // too long to copy: let it judge
    }
    return mps_parse_num_decimal(tmp, len, true, false);
}

// A number token's value. Bad numbers raise SyntaxError with the message the number
// parser gave (as MicroPython: "invalid syntax for integer with base 10: '1x'").
static mps_obj_t number_value(mps_parser_t *p) {
    const char *s = p->lex->tok.text;
    size_t n = p->lex->tok.len;
    // Fast path: a short decimal without a leading zero is a small int.
    if (n <= 9 && (s[0] != '0' || n == 1)) {
        mps_int_t v = 0;
        size_t i = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            v = v * 10 + (s[i++] - '0');
        }
        if (i == n) {
            return MPS_OBJ_NEW_SMALL_INT(v);
        }
    }
    mps_obj_t value = MPS_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        value = number_from_text(s, n);
        nlr_pop();
    } else {
        mps_obj_t exc = nlr.ret_val;
        if (mps_obj_get_type(exc) != &mps_type_ValueError) {
            nlr_raise(exc);
        }
        mps_obj_t e = mps_obj_new_exception_arg1(&mps_type_SyntaxError, mps_obj_exception_get_value(exc));
        mps_obj_exception_add_traceback(e, p->lex->source_name, TOK_LINE, MPS_QSTR_NULL);
        nlr_raise(e);
    }
    return value;
}

// The object for the decoded literal in p->buf.
static mps_obj_t buf_value(mps_parser_t *p, bool is_bytes) {
    if (is_bytes) {
        return mps_obj_new_bytes((const uint8_t *)p->buf.buf, p->buf.len);
    }
    if (p->buf.len <= INTERN_STRING_MAX) {
        return mps_obj_new_str_via_qstr(p->buf.buf, p->buf.len);
    }
    return mps_obj_new_str(p->buf.buf, p->buf.len);
}

// Pushes the literal text gathered in p->buf (if any) as a str Constant.
static void flush_literal(mps_parser_t *p, uint32_t line) {
    if (p->buf.len > 0) {
        push(p, new_constant(p, buf_value(p, false), line));
        vstr_reset(&p->buf);
    }
}

static const char *fstring_parts(mps_parser_t *p, const char *s, const char *end, unsigned flags,
    uint32_t line, bool in_spec);

static noreturn void fstring_error(mps_parser_t *p, uint32_t line) {
    mps_lexer_error(p->lex, &mps_type_SyntaxError, "malformed f-string", line, MPS_QSTR_NULL);
}

// Parses one replacement field after its '{' at s; pushes a FormattedValue (and, for
// `{x=}`, the text "x=" before it). Returns the position after the closing '}'.
static const char *fstring_field(mps_parser_t *p, const char *s, const char *end, unsigned flags, uint32_t line) {
    // Find where the expression ends: at depth 0, a '}', ':', '!' (not !=) or '=' (not
    // ==, <=, >=, !=) outside strings.
    const char *expr = s;
    int depth = 0;
    while (s < end) {
        char c = *s;
        if (c == '\'' || c == '"') {
            s = mps_lexer_skip_string(s, end, mps_lexer_prefix_before(expr, s));
            if (s == NULL) {
                fstring_error(p, line);
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
            depth--;
        } else if (depth == 0) {
            if (c == '}' || c == ':') {
                break;
            }
            if ((c == '!' || c == '=' || c == '<' || c == '>') && s + 1 < end && s[1] == '=') {
                s += 2;
                continue;
            }
            if (c == '!' || c == '=') {
                break;
            }
        }
        s++;
    }
    if (s >= end) {
        fstring_error(p, line);
    }
    const char *expr_end = s;
    const char *e = expr;
    while (e < expr_end && (*e == ' ' || *e == '\t' || *e == '\n' || *e == '\r')) {
        e++;
    }
    if (e == expr_end) {
        fstring_error(p, line);
    }
    int conversion = MPS_AST_CONV_NONE;
    bool self_doc = false;
    if (*s == '=') {
        // `{x = }` shows its own text, then the value's repr unless a conversion or
        // format is given.
        s++;
        while (s < end && (*s == ' ' || *s == '\t')) {
            s++;
        }
        vstr_add_strn(&p->buf, expr, (size_t)(s - expr));
        self_doc = true;
    }
    flush_literal(p, line);

    // Parse the expression with a lexer of its own over its text.
    mps_lexer_t sub;
    mps_lexer_t *outer = p->lex;
    mps_lexer_init(&sub, expr, (size_t)(expr_end - expr), outer->source_name, line, true, false);
    p->lex = &sub;
    mps_ast_t *value = TOK == MPS_TOK_KW_YIELD ? mps_parser_yield(p) : mps_parser_star_expressions(p);
    if (TOK != MPS_TOK_END) {
        syntax_error(p);
    }
    p->lex = outer;
    vstr_reset(&p->buf); // string literals in the expression used it

    if (s < end && *s == '!') {
        s++;
        if (s >= end || (*s != 's' && *s != 'r' && *s != 'a')) {
            syntax_error(p);
        }
        conversion = *s++;
    }
    mps_ref_t spec = 0;
    if (s < end && *s == ':') {
        size_t base = p->stack_len;
        s = fstring_parts(p, s + 1, end, flags, line, true);
        mps_ast_joined_str_t *js = NEW(mps_ast_joined_str_t, MPS_AST_JOINED_STR, line);
        js->values = pop_seq(p, base);
        spec = REF(js);
    }
    if (s >= end || *s != '}') {
        fstring_error(p, line);
    }
    if (self_doc && conversion == MPS_AST_CONV_NONE && spec == 0) {
        conversion = MPS_AST_CONV_REPR;
    }
    mps_ast_formatted_value_t *fv = NEW(mps_ast_formatted_value_t, MPS_AST_FORMATTED_VALUE, line);
    fv->value = REF(value);
    fv->conversion = conversion;
    fv->format_spec = spec;
    push(p, fv);
    return s + 1;
}

// Parses f-string text (a whole body, or a format spec when [in_spec], which ends at an
// unmatched '}' whose position is returned) into str Constants and FormattedValues on
// the stack. Literal text gathers in p->buf.
static const char *fstring_parts(mps_parser_t *p, const char *s, const char *end, unsigned flags,
    uint32_t line, bool in_spec) {
    while (s < end) {
        const char *run = s;
        while (s < end && *s != '{' && *s != '}') {
            if (*s == '\\' && s + 1 < end) {
                s++; // an escaped character is literal text
            }
            s++;
        }
        if (s > run) {
            mps_lexer_decode_str(p->lex, run, (size_t)(s - run), flags, line, &p->buf);
        }
        if (s >= end) {
            break;
        }
        if (*s == '}') {
            if (s + 1 < end && s[1] == '}' && !in_spec) {
                vstr_add_byte(&p->buf, '}');
                s += 2;
                continue;
            }
            if (in_spec) {
                flush_literal(p, line);
                return s;
            }
            mps_lexer_error(p->lex, &mps_type_SyntaxError, "f-string: single '}' is not allowed", line,
                MPS_QSTR_NULL);
        }
        // '{'
        if (s + 1 < end && s[1] == '{' && !in_spec) {
            vstr_add_byte(&p->buf, '{');
            s += 2;
            continue;
        }
        mps_stack_check();
        s = fstring_field(p, s + 1, end, flags, line);
    }
    if (in_spec) {
        fstring_error(p, line);
    }
    return s;
}

// Adjacent string literals, joined at parse time: one Constant, or a JoinedStr when
// any of them is an f-string.
static mps_ast_t *parse_strings(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    bool is_bytes = p->lex->tok.str_flags & MPS_LEX_STR_BYTES;
    bool any_f = false;
    size_t base = p->stack_len;
    vstr_reset(&p->buf);
    while (TOK == MPS_TOK_STRING) {
        const mps_token_t *t = &p->lex->tok;
        if (((t->str_flags & MPS_LEX_STR_BYTES) != 0) != is_bytes) {
            syntax_error(p); // cannot mix bytes and str
        }
        if (t->str_flags & MPS_LEX_STR_FSTRING) {
            any_f = true;
            fstring_parts(p, t->text, t->text + t->len, t->str_flags, t->line, false);
        } else {
            mps_lexer_decode_str(p->lex, t->text, t->len, t->str_flags, t->line, &p->buf);
        }
        next(p);
    }
    if (!any_f) {
        return new_constant(p, buf_value(p, is_bytes), line);
    }
    flush_literal(p, line);
    mps_ast_joined_str_t *js = NEW(mps_ast_joined_str_t, MPS_AST_JOINED_STR, line);
    js->values = pop_seq(p, base);
    return &js->h;
}

// --- targets -------------------------------------------------------------------------

// Marks [e] as an assignment (ctx MPS_AST_STORE) or deletion target, checking that it
// can be one.
void mps_parser_set_target(mps_parser_t *p, mps_ast_t *e, mps_ast_ctx_t ctx) {
    switch (e->kind) {
        case MPS_AST_NAME:
        case MPS_AST_ATTRIBUTE:
        case MPS_AST_SUBSCRIPT:
            e->ctx = (uint8_t)ctx;
            return;
        case MPS_AST_STARRED:
            if (ctx == MPS_AST_DEL) {
                break;
            }
            e->ctx = (uint8_t)ctx;
            mps_parser_set_target(p, MPS_AST(((mps_ast_starred_t *)e)->value), ctx);
            return;
        case MPS_AST_TUPLE:
        case MPS_AST_LIST: {
            mps_ast_list_t *l = (mps_ast_list_t *)e;
            unsigned n_star = 0;
            e->ctx = (uint8_t)ctx;
            for (size_t i = 0; i < l->elts.n; i++) {
                mps_ast_t *item = mps_ast_seq_get(l->elts, i);
                n_star += item->kind == MPS_AST_STARRED;
                mps_parser_set_target(p, item, ctx);
            }
            if (n_star > 1) {
                compile_error(p, "multiple *x in assignment", e->line);
            }
            return;
        }
        default:
            break;
    }
    compile_error(p, ctx == MPS_AST_DEL ? "can't delete expression" : "can't assign to expression", e->line);
}

// A target of an assignment statement, `for` or `with`: a bare *x is not one.
void mps_parser_set_store_target(mps_parser_t *p, mps_ast_t *e) {
    if (e->kind == MPS_AST_STARRED) {
        compile_error(p, "can't assign to expression", e->line);
    }
    mps_parser_set_target(p, e, MPS_AST_STORE);
}

// --- expressions ---------------------------------------------------------------------

static mps_ast_t *parse_or(mps_parser_t *p);
static mps_ast_t *parse_binary(mps_parser_t *p, unsigned min_prec);
static mps_ast_t *parse_factor(mps_parser_t *p);

static inline mps_ast_t *parse_bitor(mps_parser_t *p) {
    return parse_binary(p, 1);
}

static mps_ast_t *new_starred(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    next(p);
    mps_ast_t *value = parse_bitor(p);
    mps_ast_starred_t *s = NEW(mps_ast_starred_t, MPS_AST_STARRED, line);
    s->value = REF(value);
    return &s->h;
}

// star_expression: *x or an expression.
static mps_ast_t *item_star_expr(mps_parser_t *p) {
    return TOK == MPS_TOK_STAR ? new_starred(p) : mps_parser_test(p);
}

// star_named_expression (inside brackets): *x or an expression, walrus allowed.
static mps_ast_t *item_star_named(mps_parser_t *p) {
    return TOK == MPS_TOK_STAR ? new_starred(p) : mps_parser_named(p);
}

// star_target: *x or a target-level expression (stops before `in`, `=`).
mps_ast_t *mps_parser_star_target(mps_parser_t *p) {
    return TOK == MPS_TOK_STAR ? new_starred(p) : parse_bitor(p);
}

// item (',' item)* [',']: a Tuple when there is a comma.
static mps_ast_t *parse_exprlist(mps_parser_t *p, mps_ast_t *(*item)(mps_parser_t *)) {
    mps_ast_t *first = item(p);
    if (TOK != MPS_TOK_COMMA) {
        return first;
    }
    size_t base = p->stack_len;
    push(p, first);
    while (accept(p, MPS_TOK_COMMA) && starts_expr(TOK)) {
        push(p, item(p));
    }
    mps_ast_tuple_t *t = NEW(mps_ast_tuple_t, MPS_AST_TUPLE, first->line);
    t->elts = pop_seq(p, base);
    return &t->h;
}

mps_ast_t *mps_parser_target_list(mps_parser_t *p) {
    return parse_exprlist(p, mps_parser_star_target);
}

mps_ast_t *mps_parser_star_expressions(mps_parser_t *p) {
    return parse_exprlist(p, item_star_expr);
}

mps_ast_t *mps_parser_yield(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    next(p);
    if (accept(p, MPS_TOK_KW_FROM)) {
        mps_ast_yield_from_t *y = NEW(mps_ast_yield_from_t, MPS_AST_YIELD_FROM, line);
        y->value = REF(mps_parser_test(p));
        return &y->h;
    }
    mps_ast_yield_t *y = NEW(mps_ast_yield_t, MPS_AST_YIELD, line);
    if (starts_expr(TOK)) {
        y->value = REF(mps_parser_star_expressions(p));
    }
    return &y->h;
}

// (async? for targets in disjunction (if disjunction)*)+
static mps_ast_seq_t parse_comp_for(mps_parser_t *p) {
    size_t base = p->stack_len;
    while (TOK == MPS_TOK_KW_FOR || TOK == MPS_TOK_KW_ASYNC) {
        mps_ast_comprehension_t *c = NEW(mps_ast_comprehension_t, MPS_AST_COMPREHENSION, TOK_LINE);
        c->is_async = accept(p, MPS_TOK_KW_ASYNC);
        expect(p, MPS_TOK_KW_FOR);
        mps_ast_t *target = parse_exprlist(p, mps_parser_star_target);
        mps_parser_set_store_target(p, target);
        c->target = REF(target);
        expect(p, MPS_TOK_KW_IN);
        c->iter = REF(parse_or(p));
        size_t ifs = p->stack_len;
        while (accept(p, MPS_TOK_KW_IF)) {
            push(p, parse_or(p));
        }
        c->ifs = pop_seq(p, ifs);
        push(p, c);
    }
    return pop_seq(p, base);
}

// Comprehension node of [kind] for element [elt] (the `for` is the current token).
static mps_ast_t *new_comp(mps_parser_t *p, mps_ast_kind_t kind, mps_ast_t *elt, uint32_t line) {
    mps_ast_list_comp_t *c = NEW(mps_ast_list_comp_t, kind, line);
    c->elt = REF(elt);
    c->generators = parse_comp_for(p);
    return &c->h;
}

static inline bool at_comp_for(mps_parser_t *p) {
    return TOK == MPS_TOK_KW_FOR || TOK == MPS_TOK_KW_ASYNC;
}

// Elements after [first] up to [close] (the comma after first is the current token).
static mps_ast_seq_t parse_elements(mps_parser_t *p, mps_ast_t *first, mps_token_kind_t close) {
    size_t base = p->stack_len;
    push(p, first);
    while (accept(p, MPS_TOK_COMMA) && TOK != close) {
        push(p, item_star_named(p));
    }
    expect(p, close);
    return pop_seq(p, base);
}

static mps_ast_t *parse_paren(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    next(p);
    if (accept(p, MPS_TOK_RPAREN)) {
        return &NEW(mps_ast_tuple_t, MPS_AST_TUPLE, line)->h;
    }
    mps_ast_t *first;
    if (TOK == MPS_TOK_KW_YIELD) {
        first = mps_parser_yield(p);
        expect(p, MPS_TOK_RPAREN);
    } else {
        first = item_star_named(p);
        if (at_comp_for(p)) {
            first = new_comp(p, MPS_AST_GENERATOR_EXP, first, line);
            expect(p, MPS_TOK_RPAREN);
        } else if (TOK == MPS_TOK_COMMA) {
            mps_ast_tuple_t *t = NEW(mps_ast_tuple_t, MPS_AST_TUPLE, line);
            t->elts = parse_elements(p, first, MPS_TOK_RPAREN);
            first = &t->h;
        } else {
            expect(p, MPS_TOK_RPAREN);
        }
    }
    first->flags |= MPS_AST_FLAG_PARENS;
    return first;
}

static mps_ast_t *parse_list(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    next(p);
    mps_ast_list_t *l;
    if (accept(p, MPS_TOK_RBRACKET)) {
        return &NEW(mps_ast_list_t, MPS_AST_LIST, line)->h;
    }
    mps_ast_t *first = item_star_named(p);
    if (at_comp_for(p)) {
        mps_ast_t *c = new_comp(p, MPS_AST_LIST_COMP, first, line);
        expect(p, MPS_TOK_RBRACKET);
        return c;
    }
    l = NEW(mps_ast_list_t, MPS_AST_LIST, line);
    l->elts = parse_elements(p, first, MPS_TOK_RBRACKET);
    return &l->h;
}

// { } : dict, set and their comprehensions.
static mps_ast_t *parse_brace(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    next(p);
    if (accept(p, MPS_TOK_RBRACE)) {
        return &NEW(mps_ast_dict_t, MPS_AST_DICT, line)->h;
    }
    mps_ast_t *key = NULL;
    mps_ast_t *value;
    if (accept(p, MPS_TOK_DSTAR)) {
        value = parse_bitor(p);
    } else {
        key = item_star_named(p);
        if (TOK != MPS_TOK_COLON || key->kind == MPS_AST_STARRED) {
            // a set
            if (at_comp_for(p)) {
                mps_ast_t *c = new_comp(p, MPS_AST_SET_COMP, key, line);
                expect(p, MPS_TOK_RBRACE);
                return c;
            }
            mps_ast_set_t *s = NEW(mps_ast_set_t, MPS_AST_SET, line);
            s->elts = parse_elements(p, key, MPS_TOK_RBRACE);
            return &s->h;
        }
        next(p);
        value = mps_parser_test(p);
        if (at_comp_for(p)) {
            mps_ast_dict_comp_t *c = NEW(mps_ast_dict_comp_t, MPS_AST_DICT_COMP, line);
            c->key = REF(key);
            c->value = REF(value);
            c->generators = parse_comp_for(p);
            expect(p, MPS_TOK_RBRACE);
            return &c->h;
        }
    }
    // A dict: keys and values alternate on the stack.
    size_t base = p->stack_len;
    push(p, key);
    push(p, value);
    while (accept(p, MPS_TOK_COMMA) && TOK != MPS_TOK_RBRACE) {
        if (accept(p, MPS_TOK_DSTAR)) {
            push_ref(p, 0);
            push(p, parse_bitor(p));
        } else {
            push(p, mps_parser_test(p));
            if (TOK != MPS_TOK_COLON) {
                compile_error(p, "expecting key:value for dict", line);
            }
            next(p);
            push(p, mps_parser_test(p));
        }
    }
    expect(p, MPS_TOK_RBRACE);
    mps_ast_dict_t *d = NEW(mps_ast_dict_t, MPS_AST_DICT, line);
    size_t n = (p->stack_len - base) / 2;
    d->keys = copy_seq(p, base, n, 2);
    d->values = copy_seq(p, base + 1, n, 2);
    p->stack_len = base;
    return &d->h;
}

static mps_ast_t *parse_atom(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    switch (TOK) {
        case MPS_TOK_NAME: {
            mps_ast_name_t *n = NEW(mps_ast_name_t, MPS_AST_NAME, line);
            n->id = qstr_from_strn(p->lex->tok.text, p->lex->tok.len);
            next(p);
            return &n->h;
        }
        case MPS_TOK_NUMBER: {
            mps_ast_t *c = new_constant(p, number_value(p), line);
            next(p);
            return c;
        }
        case MPS_TOK_STRING:
            return parse_strings(p);
        case MPS_TOK_KW_NONE:
            next(p);
            return new_constant(p, mps_const_none, line);
        case MPS_TOK_KW_TRUE:
            next(p);
            return new_constant(p, mps_const_true, line);
        case MPS_TOK_KW_FALSE:
            next(p);
            return new_constant(p, mps_const_false, line);
        case MPS_TOK_ELLIPSIS: {
            next(p);
            mps_ast_t *c = new_constant(p, MPS_OBJ_NULL, line);
            c->flags |= MPS_AST_FLAG_ELLIPSIS;
            return c;
        }
        case MPS_TOK_LPAREN:
            mps_stack_check();
            return parse_paren(p);
        case MPS_TOK_LBRACKET:
            mps_stack_check();
            return parse_list(p);
        case MPS_TOK_LBRACE:
            mps_stack_check();
            return parse_brace(p);
        default:
            syntax_error(p);
    }
}

// Call arguments up to ')': positional ones (with Starred) and keywords in order.
void mps_parser_call_args(mps_parser_t *p, mps_ast_seq_t *args, mps_ast_seq_t *keywords) {
    size_t base = p->stack_len;
    size_t n_kw = 0;
    bool seen_kw = false;
    bool seen_dstar = false;
    while (TOK != MPS_TOK_RPAREN) {
        uint32_t line = TOK_LINE;
        if (accept(p, MPS_TOK_STAR)) {
            // MicroPython's calls cannot take *args after keywords (CPython can).
            if (seen_dstar) {
                compile_error(p, "* arg after **", line);
            }
            if (seen_kw) {
                compile_error(p, "* arg after kwarg", line);
            }
            mps_ast_starred_t *s = NEW(mps_ast_starred_t, MPS_AST_STARRED, line);
            s->value = REF(mps_parser_test(p));
            push(p, s);
        } else if (accept(p, MPS_TOK_DSTAR)) {
            mps_ast_keyword_t *k = NEW(mps_ast_keyword_t, MPS_AST_KEYWORD, line);
            k->value = REF(mps_parser_test(p));
            push(p, k);
            n_kw++;
            seen_kw = seen_dstar = true;
        } else {
            mps_ast_t *e = mps_parser_named(p);
            if (TOK == MPS_TOK_ASSIGN) {
                if (e->kind != MPS_AST_NAME || (e->flags & MPS_AST_FLAG_PARENS)) {
                    compile_error(p, "LHS of keyword arg must be an id", line);
                }
                next(p);
                mps_ast_keyword_t *k = NEW(mps_ast_keyword_t, MPS_AST_KEYWORD, line);
                k->arg = ((mps_ast_name_t *)e)->id;
                k->value = REF(mps_parser_test(p));
                push(p, k);
                n_kw++;
                seen_kw = true;
            } else {
                if (at_comp_for(p)) {
                    e = new_comp(p, MPS_AST_GENERATOR_EXP, e, line);
                }
                if (seen_kw) {
                    compile_error(p, "positional arg after keyword arg", line);
                }
                push(p, e);
            }
        }
        if (!accept(p, MPS_TOK_COMMA)) {
            break;
        }
    }
    expect(p, MPS_TOK_RPAREN);
    size_t n = p->stack_len - base;
    mps_ref_t *a = n - n_kw ? node_mem(p, (n - n_kw) * sizeof(mps_ref_t)) : NULL;
    mps_ref_t *k = n_kw ? node_mem(p, n_kw * sizeof(mps_ref_t)) : NULL;
    size_t ia = 0, ik = 0;
    for (size_t i = 0; i < n; i++) {
        mps_ref_t r = p->stack[base + i];
        if (MPS_AST(r)->kind == MPS_AST_KEYWORD) {
            k[ik++] = r;
        } else {
            a[ia++] = r;
        }
    }
    p->stack_len = base;
    *args = (mps_ast_seq_t){(uint32_t)ia, REF(a)};
    *keywords = (mps_ast_seq_t){(uint32_t)ik, REF(k)};
}

// A subscript item: an expression or a Slice.
static mps_ast_t *parse_slice(mps_parser_t *p) {
    uint32_t line = TOK_LINE;
    mps_ast_t *lower = NULL;
    if (TOK != MPS_TOK_COLON) {
        lower = item_star_named(p);
        if (TOK != MPS_TOK_COLON) {
            return lower;
        }
    }
    next(p);
    mps_ast_slice_t *s = NEW(mps_ast_slice_t, MPS_AST_SLICE, lower ? lower->line : line);
    s->lower = REF(lower);
    if (TOK != MPS_TOK_COLON && TOK != MPS_TOK_COMMA && TOK != MPS_TOK_RBRACKET) {
        s->upper = REF(mps_parser_test(p));
    }
    if (accept(p, MPS_TOK_COLON) && TOK != MPS_TOK_COMMA && TOK != MPS_TOK_RBRACKET) {
        s->step = REF(mps_parser_test(p));
    }
    return &s->h;
}

// atom trailers: .name (args) [subscript]
static mps_ast_t *parse_primary(mps_parser_t *p) {
    mps_ast_t *e = parse_atom(p);
    for (;;) {
        uint32_t line = e->line;
        switch (TOK) {
            case MPS_TOK_DOT: {
                next(p);
                mps_ast_attribute_t *a = NEW(mps_ast_attribute_t, MPS_AST_ATTRIBUTE, line);
                a->value = REF(e);
                a->attr = expect_name(p);
                e = &a->h;
                break;
            }
            case MPS_TOK_LPAREN: {
                next(p);
                mps_ast_call_t *c = NEW(mps_ast_call_t, MPS_AST_CALL, line);
                c->func = REF(e);
                mps_parser_call_args(p, &c->args, &c->keywords);
                e = &c->h;
                break;
            }
            case MPS_TOK_LBRACKET: {
                next(p);
                mps_ast_subscript_t *s = NEW(mps_ast_subscript_t, MPS_AST_SUBSCRIPT, line);
                s->value = REF(e);
                mps_ast_t *index = parse_slice(p);
                if (TOK == MPS_TOK_COMMA || index->kind == MPS_AST_STARRED) {
                    size_t base = p->stack_len;
                    push(p, index);
                    while (accept(p, MPS_TOK_COMMA) && TOK != MPS_TOK_RBRACKET) {
                        push(p, parse_slice(p));
                    }
                    mps_ast_tuple_t *t = NEW(mps_ast_tuple_t, MPS_AST_TUPLE, index->line);
                    t->elts = pop_seq(p, base);
                    index = &t->h;
                }
                expect(p, MPS_TOK_RBRACKET);
                s->slice = REF(index);
                e = &s->h;
                break;
            }
            default:
                return e;
        }
    }
}

// --- folding -------------------------------------------------------------------------
// As MicroPython's parser does, arithmetic on int literals whose operands and result are
// small ints becomes one Constant: `-1`, `1 << 4` and even 1+1+...+1 cost one node.

static bool small_int_constant(const mps_ast_t *e, mps_int_t *value) {
    if (e->kind != MPS_AST_CONSTANT) {
        return false;
    }
    mps_obj_t v = ((const mps_ast_constant_t *)e)->value;
    if (!MPS_OBJ_IS_SMALL_INT(v)) {
        return false;
    }
    *value = MPS_OBJ_SMALL_INT_VALUE(v);
    return true;
}

// x op y for small ints, as Python computes it; false if it is not a small int or
// must be left to run time (division by zero, negative shifts and powers, true division).
static bool fold_int(unsigned op, long long x, long long y, long long *z) {
    switch (op) {
        case MPS_BINARY_OP_OR: *z = x | y; break;
        case MPS_BINARY_OP_XOR: *z = x ^ y; break;
        case MPS_BINARY_OP_AND: *z = x & y; break;
        case MPS_BINARY_OP_ADD: *z = x + y; break;
        case MPS_BINARY_OP_SUBTRACT: *z = x - y; break;
        case MPS_BINARY_OP_MULTIPLY: *z = x * y; break; // |x|, |y| < 2^30: no overflow
        case MPS_BINARY_OP_LSHIFT:
            if (y < 0 || y > 31) {
                return false;
            }
            *z = x * (1LL << y);
            break;
        case MPS_BINARY_OP_RSHIFT:
            if (y < 0) {
                return false;
            }
            *z = x >> (y > 62 ? 62 : y);
            break;
        case MPS_BINARY_OP_FLOOR_DIVIDE:
        case MPS_BINARY_OP_MODULO: {
            if (y == 0) {
                return false;
            }
            long long q = x / y;
            if (x % y != 0 && (x < 0) != (y < 0)) {
                q -= 1; // Python rounds towards minus infinity
            }
            *z = op == MPS_BINARY_OP_FLOOR_DIVIDE ? q : x - q * y;
            break;
        }
        case MPS_BINARY_OP_POWER:
            if (y < 0) {
                return false;
            }
            *z = 1;
            for (long long i = 0; i < y; i++) {
                *z *= x;
                if (!MPS_SMALL_INT_FITS(*z)) {
                    return false;
                }
                if (*z == 0 || *z == 1) {
                    break; // stays 0 or 1 (x is 0 or 1)
                }
            }
            if (x == -1) {
                *z = (y & 1) ? -1 : 1;
            }
            break;
        default:
            return false;
    }
    return MPS_SMALL_INT_FITS(*z);
}

// Gives back the memory of [node] ([size] bytes) if it was the last thing allocated.
static void release_node(mps_parser_t *p, void *node, size_t size) {
    size = (size + MPS_PARSER_NODE_ALIGN - 1) & ~(MPS_PARSER_NODE_ALIGN - 1);
    if ((uint8_t *)node + size == p->chunk + p->chunk_used) {
        memset(node, 0, size); // node memory is expected zeroed
        p->chunk_used -= size;
    }
}

// left op right: a BinOp, or the folded Constant (reusing left's node).
static mps_ast_t *new_bin_op(mps_parser_t *p, mps_ast_t *left, unsigned op, mps_ast_t *right) {
    mps_int_t x, y;
    long long z;
    if (small_int_constant(left, &x) && small_int_constant(right, &y) && fold_int(op, x, y, &z)) {
        ((mps_ast_constant_t *)left)->value = MPS_OBJ_NEW_SMALL_INT((mps_int_t)z);
        release_node(p, right, sizeof(mps_ast_constant_t));
        return left;
    }
    mps_ast_bin_op_t *b = NEW(mps_ast_bin_op_t, MPS_AST_BIN_OP, left->line);
    b->left = REF(left);
    b->op = op;
    b->right = REF(right);
    return &b->h;
}

// await? primary ('**' factor)?
static mps_ast_t *parse_power(mps_parser_t *p) {
    mps_ast_t *e;
    if (TOK == MPS_TOK_KW_AWAIT) {
        mps_ast_await_t *a = NEW(mps_ast_await_t, MPS_AST_AWAIT, TOK_LINE);
        next(p);
        a->value = REF(parse_primary(p));
        e = &a->h;
    } else {
        e = parse_primary(p);
    }
    if (TOK == MPS_TOK_DSTAR) {
        next(p);
        mps_stack_check();
        e = new_bin_op(p, e, MPS_BINARY_OP_POWER, parse_factor(p));
    }
    return e;
}

// ('+' | '-' | '~')* power, with the prefix operators gathered in a loop (not
// recursion) so that a long run of them cannot exhaust the C stack.
static mps_ast_t *parse_factor(mps_parser_t *p) {
    size_t base = p->stack_len;
    for (;;) {
        unsigned op;
        switch (TOK) {
            case MPS_TOK_MINUS: op = MPS_UNARY_OP_NEGATIVE; break;
            case MPS_TOK_PLUS: op = MPS_UNARY_OP_POSITIVE; break;
            case MPS_TOK_TILDE: op = MPS_UNARY_OP_INVERT; break;
            default: goto operand;
        }
        push_ref(p, (mps_ref_t)op);
        push_ref(p, (mps_ref_t)TOK_LINE);
        next(p);
    }
operand:;
    mps_ast_t *e = parse_power(p);
    while (p->stack_len > base) {
        p->stack_len -= 2;
        unsigned op = (unsigned)p->stack[p->stack_len];
        uint32_t line = (uint32_t)p->stack[p->stack_len + 1];
        mps_int_t x;
        if (small_int_constant(e, &x)) {
            long long v = op == MPS_UNARY_OP_NEGATIVE ? -(long long)x : op == MPS_UNARY_OP_INVERT ? ~(long long)x : x;
            if (MPS_SMALL_INT_FITS(v)) {
                ((mps_ast_constant_t *)e)->value = MPS_OBJ_NEW_SMALL_INT((mps_int_t)v);
                e->line = line;
                continue;
            }
        }
        mps_ast_unary_op_t *u = NEW(mps_ast_unary_op_t, MPS_AST_UNARY_OP, line);
        u->op = op;
        u->operand = REF(e);
        e = &u->h;
    }
    return e;
}

// Binding power of binary operator tokens (0: not a binary operator).
static uint8_t binary_prec(unsigned kind) {
    switch (kind) {
        case MPS_TOK_PIPE: return 1;
        case MPS_TOK_CARET: return 2;
        case MPS_TOK_AMPERSAND: return 3;
        case MPS_TOK_LSHIFT: case MPS_TOK_RSHIFT: return 4;
        case MPS_TOK_PLUS: case MPS_TOK_MINUS: return 5;
        case MPS_TOK_STAR: case MPS_TOK_AT: case MPS_TOK_DSLASH: case MPS_TOK_SLASH:
        case MPS_TOK_PERCENT: return 6;
        default: return 0;
    }
}

// Binary operators from | to * / // % @, by precedence climbing: a loop per level of
// binding power, recursion only for a tighter right operand.
static mps_ast_t *parse_binary(mps_parser_t *p, unsigned min_prec) {
    mps_ast_t *left = parse_factor(p);
    for (;;) {
        unsigned prec = binary_prec(TOK);
        if (prec < min_prec || prec == 0) {
            return left;
        }
        unsigned op = MPS_TOK_BINARY_OP(TOK);
        next(p);
        left = new_bin_op(p, left, op, parse_binary(p, prec + 1));
    }
}

// The comparison operator at the current token (consumed), or -1.
static int comparison_op(mps_parser_t *p) {
    int op;
    switch (TOK) {
        case MPS_TOK_LESS: op = MPS_AST_CMP_LT; break;
        case MPS_TOK_MORE: op = MPS_AST_CMP_GT; break;
        case MPS_TOK_EQUAL: op = MPS_AST_CMP_EQ; break;
        case MPS_TOK_LESS_EQUAL: op = MPS_AST_CMP_LT_E; break;
        case MPS_TOK_MORE_EQUAL: op = MPS_AST_CMP_GT_E; break;
        case MPS_TOK_NOT_EQUAL: op = MPS_AST_CMP_NOT_EQ; break;
        case MPS_TOK_KW_IN: op = MPS_AST_CMP_IN; break;
        case MPS_TOK_KW_IS:
            next(p);
            return accept(p, MPS_TOK_KW_NOT) ? MPS_AST_CMP_IS_NOT : MPS_AST_CMP_IS;
        case MPS_TOK_KW_NOT:
            next(p);
            if (TOK != MPS_TOK_KW_IN) {
                syntax_error(p);
            }
            op = MPS_AST_CMP_NOT_IN;
            break;
        default:
            return -1;
    }
    next(p);
    return op;
}

static mps_ast_t *parse_comparison(mps_parser_t *p) {
    mps_ast_t *left = parse_bitor(p);
    int op = comparison_op(p);
    if (op < 0) {
        return left;
    }
    // Operators and comparators alternate on the stack.
    size_t base = p->stack_len;
    do {
        push_ref(p, (mps_ref_t)op);
        push(p, parse_bitor(p));
    } while ((op = comparison_op(p)) >= 0);
    size_t n = (p->stack_len - base) / 2;
    mps_ast_compare_t *c = NEW(mps_ast_compare_t, MPS_AST_COMPARE, left->line);
    c->left = REF(left);
    uint8_t *ops = node_mem(p, n);
    for (size_t i = 0; i < n; i++) {
        ops[i] = (uint8_t)p->stack[base + 2 * i];
    }
    c->ops = REF(ops);
    c->comparators = copy_seq(p, base + 1, n, 2);
    p->stack_len = base;
    return &c->h;
}

// 'not'* comparison (a loop, as for prefix arithmetic operators).
static mps_ast_t *parse_not(mps_parser_t *p) {
    size_t base = p->stack_len;
    while (TOK == MPS_TOK_KW_NOT) {
        push_ref(p, (mps_ref_t)TOK_LINE);
        next(p);
    }
    mps_ast_t *e = parse_comparison(p);
    while (p->stack_len > base) {
        p->stack_len--;
        mps_ast_unary_op_t *u = NEW(mps_ast_unary_op_t, MPS_AST_UNARY_OP, (uint32_t)p->stack[p->stack_len]);
        u->op = MPS_UNARY_OP_NOT;
        u->operand = REF(e);
        e = &u->h;
    }
    return e;
}

// Operands joined by `and` (or `or`) into one BoolOp.
static mps_ast_t *parse_boolop(mps_parser_t *p, mps_token_kind_t tok, mps_ast_t *(*operand)(mps_parser_t *)) {
    mps_ast_t *first = operand(p);
    if (TOK != tok) {
        return first;
    }
    size_t base = p->stack_len;
    push(p, first);
    while (accept(p, tok)) {
        push(p, operand(p));
    }
    mps_ast_bool_op_t *b = NEW(mps_ast_bool_op_t, MPS_AST_BOOL_OP, first->line);
    b->op = tok == MPS_TOK_KW_AND ? MPS_AST_AND : MPS_AST_OR;
    b->values = pop_seq(p, base);
    return &b->h;
}

static mps_ast_t *parse_and(mps_parser_t *p) {
    return parse_boolop(p, MPS_TOK_KW_AND, parse_not);
}

static mps_ast_t *parse_or(mps_parser_t *p) {
    return parse_boolop(p, MPS_TOK_KW_OR, parse_and);
}

static mps_ast_t *parse_lambda(mps_parser_t *p) {
    mps_ast_lambda_t *l = NEW(mps_ast_lambda_t, MPS_AST_LAMBDA, TOK_LINE);
    next(p);
    l->args = REF(mps_parser_arguments(p, false, MPS_TOK_COLON));
    expect(p, MPS_TOK_COLON);
    qstr outer = p->scope;
    p->scope = MPS_QSTR_lt_lambda_gt;
    l->body = REF(mps_parser_test(p));
    p->scope = outer;
    return &l->h;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambda
mps_ast_t *mps_parser_test(mps_parser_t *p) {
    mps_stack_check();
    if (TOK == MPS_TOK_KW_LAMBDA) {
        return parse_lambda(p);
    }
    mps_ast_t *body = parse_or(p);
    if (TOK != MPS_TOK_KW_IF) {
        return body;
    }
    next(p);
    mps_ast_if_exp_t *e = NEW(mps_ast_if_exp_t, MPS_AST_IF_EXP, body->line);
    e->body = REF(body);
    e->test = REF(parse_or(p));
    expect(p, MPS_TOK_KW_ELSE);
    e->orelse = REF(mps_parser_test(p));
    return &e->h;
}

// named_expression: NAME ':=' expression | expression
mps_ast_t *mps_parser_named(mps_parser_t *p) {
    mps_ast_t *e = mps_parser_test(p);
    if (TOK != MPS_TOK_WALRUS) {
        return e;
    }
    if (e->kind != MPS_AST_NAME || (e->flags & MPS_AST_FLAG_PARENS)) {
        compile_error(p, "can't assign to expression", e->line);
    }
    next(p);
    e->ctx = MPS_AST_STORE;
    mps_ast_named_expr_t *n = NEW(mps_ast_named_expr_t, MPS_AST_NAMED_EXPR, e->line);
    n->target = REF(e);
    n->value = REF(mps_parser_test(p));
    return &n->h;
}

// --- function parameters -------------------------------------------------------------

static mps_ast_arg_t *parse_param(mps_parser_t *p, bool annotations) {
    mps_ast_arg_t *a = NEW(mps_ast_arg_t, MPS_AST_ARG, TOK_LINE);
    a->arg = expect_name(p);
    if (annotations && accept(p, MPS_TOK_COLON)) {
        a->annotation = REF(mps_parser_test(p));
    }
    return a;
}

// Parameters of a def (with annotations) or lambda, up to [close] (not consumed).
mps_ast_arguments_t *mps_parser_arguments(mps_parser_t *p, bool annotations, mps_token_kind_t close) {
    mps_ast_arguments_t *args = NEW(mps_ast_arguments_t, MPS_AST_ARGUMENTS, TOK_LINE);
    // Each named parameter pushes (arg, default or 0).
    size_t base = p->stack_len;
    size_t n_posonly = 0;
    size_t n_pos = 0; // parameters before * or *args
    size_t n = 0;
    bool star = false;
    bool seen_default = false;
    while (TOK != close) {
        if (args->kwarg != 0) {
            syntax_error(p); // nothing may follow **kwargs
        }
        if (accept(p, MPS_TOK_SLASH)) {
            if (star || n == 0 || n_posonly != 0) {
                syntax_error(p);
            }
            n_posonly = n;
        } else if (accept(p, MPS_TOK_STAR)) {
            if (star) {
                syntax_error(p);
            }
            star = true;
            if (TOK == MPS_TOK_NAME) {
                args->vararg = REF(parse_param(p, annotations));
            }
        } else if (accept(p, MPS_TOK_DSTAR)) {
            args->kwarg = REF(parse_param(p, annotations));
        } else {
            uint32_t line = TOK_LINE;
            push(p, parse_param(p, annotations));
            mps_ast_t *def = NULL;
            if (accept(p, MPS_TOK_ASSIGN)) {
                def = mps_parser_test(p);
                seen_default |= !star;
            } else if (seen_default && !star) {
                compile_error(p, "non-default argument follows default argument", line);
            }
            push(p, def);
            n++;
            if (!star) {
                n_pos = n;
            }
        }
        if (!accept(p, MPS_TOK_COMMA)) {
            break;
        }
    }
    args->posonlyargs = copy_seq(p, base, n_posonly, 2);
    args->args = copy_seq(p, base + 2 * n_posonly, n_pos - n_posonly, 2);
    args->kwonlyargs = copy_seq(p, base + 2 * n_pos, n - n_pos, 2);
    args->kw_defaults = copy_seq(p, base + 2 * n_pos + 1, n - n_pos, 2);
    size_t first_default = 0;
    while (first_default < n_pos && p->stack[base + 2 * first_default + 1] == 0) {
        first_default++;
    }
    args->defaults = copy_seq(p, base + 2 * first_default + 1, n_pos - first_default, 2);
    p->stack_len = base;
    return args;
}

