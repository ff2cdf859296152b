// SPDX-License-Identifier: MIT
// Scope analysis: one walk over the tree records what each scope binds and uses, then
// each name is resolved to a fast slot, a cell, a free variable, a global or a name.
#include "core/scope.h"

#include <string.h>

#include "core/emitglue.h"
#include "core/mem.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/runtime.h"

typedef struct {
    qstr source_file;
} walker_t;

noreturn void mps_scope_syntax_error(qstr file, size_t line, qstr block, const char *msg) {
    mps_obj_t exc = mps_obj_new_exception_msg(&mps_type_SyntaxError, msg);
    mps_obj_exception_add_traceback(exc, file, line, block);
    nlr_raise(exc);
}

static mps_scope_t *scope_new(mps_scope_t *parent, mps_scope_kind_t kind, const mps_ast_t *node, qstr name) {
    mps_scope_t *s = mps_new(mps_scope_t, 1);
    s->parent = parent;
    s->kind = kind;
    s->node = node;
    s->name = name;
    if (parent != NULL) {
        if (parent->n_children == parent->alloc_children) {
            size_t n = parent->alloc_children ? parent->alloc_children * 2 : 4;
            parent->children = mps_renew(mps_scope_t *, parent->children, n);
            parent->alloc_children = n;
        }
        parent->children[parent->n_children++] = s;
    }
    return s;
}

mps_id_info_t *mps_scope_find(const mps_scope_t *scope, qstr name) {
    for (size_t i = 0; i < scope->n_ids; i++) {
        if (scope->ids[i].name == name) {
            return &scope->ids[i];
        }
    }
    return NULL;
}

static mps_id_info_t *scope_add(mps_scope_t *scope, qstr name) {
    mps_id_info_t *id = mps_scope_find(scope, name);
    if (id != NULL) {
        return id;
    }
    if (scope->n_ids == scope->alloc_ids) {
        size_t n = scope->alloc_ids ? scope->alloc_ids * 2 : 8;
        scope->ids = mps_renew(mps_id_info_t, scope->ids, n);
        scope->alloc_ids = n;
    }
    id = &scope->ids[scope->n_ids++];
    memset(id, 0, sizeof(*id));
    id->name = (uint16_t)name;
    return id;
}

void mps_scope_free(mps_scope_t *scope) {
    for (size_t i = 0; i < scope->n_children; i++) {
        mps_scope_free(scope->children[i]);
    }
    mps_mem_free(scope->children);
    mps_mem_free(scope->ids);
    mps_mem_free(scope);
}

mps_scope_t *mps_scope_child(const mps_scope_t *scope, const mps_ast_t *node) {
    for (size_t i = 0; i < scope->n_children; i++) {
        if (scope->children[i]->node == node) {
            return scope->children[i];
        }
    }
    return NULL;
}

// --- the walk -------------------------------------------------------------------------

static void walk_expr(walker_t *w, mps_scope_t *s, const mps_ast_t *e);
static void walk_stmts(walker_t *w, mps_scope_t *s, mps_ast_seq_t seq);

static void walk_exprs(walker_t *w, mps_scope_t *s, mps_ast_seq_t seq) {
    for (size_t i = 0; i < seq.n; i++) {
        walk_expr(w, s, mps_ast_seq_get(seq, i));
    }
}

static void bind(mps_scope_t *s, qstr name) {
    scope_add(s, name)->flags |= MPS_ID_FLAG_BOUND;
}

static void use(mps_scope_t *s, qstr name) {
    scope_add(s, name)->flags |= MPS_ID_FLAG_USED;
}

static void add_param(walker_t *w, mps_scope_t *s, const mps_ast_t *arg) {
    const mps_ast_arg_t *a = (const mps_ast_arg_t *)arg;
    mps_id_info_t *id = scope_add(s, a->arg);
    if (id->flags & MPS_ID_FLAG_PARAM) {
        mps_scope_syntax_error(w->source_file, arg->line, s->name, "argument name reused");
    }
    id->flags |= MPS_ID_FLAG_PARAM | MPS_ID_FLAG_BOUND;
}

// Defaults belong to the enclosing scope; the parameters to the new one.
static mps_scope_t *walk_function(walker_t *w, mps_scope_t *s, const mps_ast_t *node, qstr name,
                                  const mps_ast_arguments_t *args) {
    walk_exprs(w, s, args->defaults);
    bool has_kwdefaults = false;
    for (size_t i = 0; i < args->kw_defaults.n; i++) {
        const mps_ast_t *d = mps_ast_seq_get(args->kw_defaults, i);
        if (d != NULL) {
            walk_expr(w, s, d);
            has_kwdefaults = true;
        }
    }
    mps_scope_t *f = scope_new(s, MPS_SCOPE_FUNCTION, node, name);
    for (size_t i = 0; i < args->posonlyargs.n; i++) {
        add_param(w, f, mps_ast_seq_get(args->posonlyargs, i));
    }
    for (size_t i = 0; i < args->args.n; i++) {
        add_param(w, f, mps_ast_seq_get(args->args, i));
    }
    for (size_t i = 0; i < args->kwonlyargs.n; i++) {
        add_param(w, f, mps_ast_seq_get(args->kwonlyargs, i));
    }
    if (args->vararg) {
        add_param(w, f, MPS_AST(args->vararg));
        f->code_flags |= MPS_CODE_FLAG_VARARGS;
    }
    if (args->kwarg) {
        add_param(w, f, MPS_AST(args->kwarg));
        f->code_flags |= MPS_CODE_FLAG_VARKW;
    }
    if (args->posonlyargs.n + args->args.n > 255 || args->kwonlyargs.n > 255) {
        // code objects count them in a byte each
        mps_scope_syntax_error(w->source_file, node->line, name, "too many arguments");
    }
    f->n_pos_args = (uint16_t)(args->posonlyargs.n + args->args.n);
    f->n_kwonly_args = (uint16_t)args->kwonlyargs.n;
    if (args->defaults.n) {
        f->code_flags |= MPS_CODE_FLAG_HAS_DEFAULTS;
    }
    if (has_kwdefaults) {
        f->code_flags |= MPS_CODE_FLAG_HAS_KWDEFAULTS;
    }
    return f;
}

static void walk_comp(walker_t *w, mps_scope_t *s, const mps_ast_t *e, mps_ast_seq_t gens, qstr name) {
    // the outermost iterable is evaluated in the enclosing scope
    const mps_ast_comprehension_t *g0 = (const mps_ast_comprehension_t *)mps_ast_seq_get(gens, 0);
    walk_expr(w, s, MPS_AST(g0->iter));
    mps_scope_t *c = scope_new(s, MPS_SCOPE_COMP, e, name);
    scope_add(c, MPS_QSTR_dot)->flags |= MPS_ID_FLAG_PARAM | MPS_ID_FLAG_BOUND;
    c->n_pos_args = 1;
    for (size_t i = 0; i < gens.n; i++) {
        const mps_ast_comprehension_t *g = (const mps_ast_comprehension_t *)mps_ast_seq_get(gens, i);
        if (i > 0) {
            walk_expr(w, c, MPS_AST(g->iter));
        }
        walk_expr(w, c, MPS_AST(g->target));
        walk_exprs(w, c, g->ifs);
    }
    if (e->kind == MPS_AST_DICT_COMP) {
        const mps_ast_dict_comp_t *d = (const mps_ast_dict_comp_t *)e;
        walk_expr(w, c, MPS_AST(d->key));
        walk_expr(w, c, MPS_AST(d->value));
    } else {
        walk_expr(w, c, MPS_AST(((const mps_ast_list_comp_t *)e)->elt));
    }
    if (e->kind == MPS_AST_GENERATOR_EXP) {
        c->code_flags |= MPS_CODE_FLAG_GENERATOR;
    }
}

// `x := v` inside a comprehension binds x in the enclosing function or module.
static void bind_walrus(walker_t *w, mps_scope_t *s, qstr name, size_t line) {
    if (s->kind != MPS_SCOPE_COMP) {
        bind(s, name);
        return;
    }
    const mps_id_info_t *own = mps_scope_find(s, name);
    if (own != NULL && (own->flags & MPS_ID_FLAG_BOUND) && !(own->flags & (MPS_ID_FLAG_NONLOCAL | MPS_ID_FLAG_GLOBAL))) {
        mps_scope_syntax_error(w->source_file, line, s->name, "can't assign to comprehension iteration variable");
    }
    mps_scope_t *t = s;
    while (t->kind == MPS_SCOPE_COMP) {
        t = t->parent;
    }
    bind(t, name);
    for (mps_scope_t *c = s; c != t; c = c->parent) {
        mps_id_info_t *id = scope_add(c, name);
        id->flags |= (t->kind == MPS_SCOPE_FUNCTION) ? MPS_ID_FLAG_NONLOCAL : MPS_ID_FLAG_GLOBAL;
    }
}

static void walk_expr(walker_t *w, mps_scope_t *s, const mps_ast_t *e) {
    if (e == NULL) {
        return;
    }
    switch (e->kind) {
        case MPS_AST_BOOL_OP:
            walk_exprs(w, s, ((const mps_ast_bool_op_t *)e)->values);
            break;
        case MPS_AST_NAMED_EXPR: {
            const mps_ast_named_expr_t *n = (const mps_ast_named_expr_t *)e;
            walk_expr(w, s, MPS_AST(n->value));
            bind_walrus(w, s, ((const mps_ast_name_t *)MPS_AST(n->target))->id, e->line);
            break;
        }
        case MPS_AST_BIN_OP:
            walk_expr(w, s, MPS_AST(((const mps_ast_bin_op_t *)e)->left));
            walk_expr(w, s, MPS_AST(((const mps_ast_bin_op_t *)e)->right));
            break;
        case MPS_AST_UNARY_OP:
            walk_expr(w, s, MPS_AST(((const mps_ast_unary_op_t *)e)->operand));
            break;
        case MPS_AST_LAMBDA: {
            const mps_ast_lambda_t *l = (const mps_ast_lambda_t *)e;
            mps_scope_t *f = walk_function(w, s, e, MPS_QSTR_lt_lambda_gt,
                                           MPS_PTR(const mps_ast_arguments_t, l->args));
            walk_expr(w, f, MPS_AST(l->body));
            break;
        }
        case MPS_AST_IF_EXP: {
            const mps_ast_if_exp_t *i = (const mps_ast_if_exp_t *)e;
            walk_expr(w, s, MPS_AST(i->test));
            walk_expr(w, s, MPS_AST(i->body));
            walk_expr(w, s, MPS_AST(i->orelse));
            break;
        }
        case MPS_AST_DICT: {
            const mps_ast_dict_t *d = (const mps_ast_dict_t *)e;
            walk_exprs(w, s, d->keys); // 0 entries (for **m) are skipped by walk_expr
            walk_exprs(w, s, d->values);
            break;
        }
        case MPS_AST_SET:
            walk_exprs(w, s, ((const mps_ast_set_t *)e)->elts);
            break;
        case MPS_AST_LIST_COMP:
            walk_comp(w, s, e, ((const mps_ast_list_comp_t *)e)->generators, MPS_QSTR_lt_listcomp_gt);
            break;
        case MPS_AST_SET_COMP:
            walk_comp(w, s, e, ((const mps_ast_list_comp_t *)e)->generators, MPS_QSTR_lt_setcomp_gt);
            break;
        case MPS_AST_GENERATOR_EXP:
            walk_comp(w, s, e, ((const mps_ast_list_comp_t *)e)->generators, MPS_QSTR_lt_genexpr_gt);
            break;
        case MPS_AST_DICT_COMP:
            walk_comp(w, s, e, ((const mps_ast_dict_comp_t *)e)->generators, MPS_QSTR_lt_dictcomp_gt);
            break;
        case MPS_AST_AWAIT:
            if (s->kind != MPS_SCOPE_FUNCTION) {
                mps_scope_syntax_error(w->source_file, e->line, s->name, "'await' outside function");
            }
            // MicroPython lets a plain def await: it becomes a generator
            s->code_flags |= MPS_CODE_FLAG_GENERATOR;
            walk_expr(w, s, MPS_AST(((const mps_ast_await_t *)e)->value));
            break;
        case MPS_AST_YIELD:
        case MPS_AST_YIELD_FROM:
            if (s->kind == MPS_SCOPE_COMP) {
                mps_scope_syntax_error(w->source_file, e->line, s->name, "'yield' inside comprehension");
            }
            if (s->kind == MPS_SCOPE_FUNCTION) {
                s->code_flags |= MPS_CODE_FLAG_GENERATOR;
            } else {
                mps_scope_syntax_error(w->source_file, e->line, s->name, "'yield' outside function");
            }
            walk_expr(w, s, MPS_AST(((const mps_ast_yield_t *)e)->value));
            break;
        case MPS_AST_COMPARE:
            walk_expr(w, s, MPS_AST(((const mps_ast_compare_t *)e)->left));
            walk_exprs(w, s, ((const mps_ast_compare_t *)e)->comparators);
            break;
        case MPS_AST_CALL: {
            const mps_ast_call_t *c = (const mps_ast_call_t *)e;
            walk_expr(w, s, MPS_AST(c->func));
            walk_exprs(w, s, c->args);
            for (size_t i = 0; i < c->keywords.n; i++) {
                walk_expr(w, s, MPS_AST(((const mps_ast_keyword_t *)mps_ast_seq_get(c->keywords, i))->value));
            }
            break;
        }
        case MPS_AST_FORMATTED_VALUE:
            walk_expr(w, s, MPS_AST(((const mps_ast_formatted_value_t *)e)->value));
            walk_expr(w, s, MPS_AST(((const mps_ast_formatted_value_t *)e)->format_spec));
            break;
        case MPS_AST_JOINED_STR:
            walk_exprs(w, s, ((const mps_ast_joined_str_t *)e)->values);
            break;
        case MPS_AST_ATTRIBUTE:
            walk_expr(w, s, MPS_AST(((const mps_ast_attribute_t *)e)->value));
            break;
        case MPS_AST_SUBSCRIPT:
            walk_expr(w, s, MPS_AST(((const mps_ast_subscript_t *)e)->value));
            walk_expr(w, s, MPS_AST(((const mps_ast_subscript_t *)e)->slice));
            break;
        case MPS_AST_STARRED:
            walk_expr(w, s, MPS_AST(((const mps_ast_starred_t *)e)->value));
            break;
        case MPS_AST_NAME: {
            qstr id = ((const mps_ast_name_t *)e)->id;
            if (e->ctx == MPS_AST_LOAD) {
                use(s, id);
                if (id == MPS_QSTR_super && s->kind == MPS_SCOPE_FUNCTION) {
                    // zero-argument super() needs the class being defined
                    use(s, MPS_QSTR___class__);
                }
            } else {
                bind(s, id);
            }
            break;
        }
        case MPS_AST_LIST:
        case MPS_AST_TUPLE:
            walk_exprs(w, s, ((const mps_ast_list_t *)e)->elts);
            break;
        case MPS_AST_SLICE: {
            const mps_ast_slice_t *sl = (const mps_ast_slice_t *)e;
            walk_expr(w, s, MPS_AST(sl->lower));
            walk_expr(w, s, MPS_AST(sl->upper));
            walk_expr(w, s, MPS_AST(sl->step));
            break;
        }
        default:
            break;
    }
}

static void walk_import_name(mps_scope_t *s, qstr name, qstr asname) {
    if (asname != MPS_QSTR_NULL) {
        bind(s, asname);
        return;
    }
    size_t len;
    const char *str = qstr_data(name, &len);
    const char *dot = memchr(str, '.', len);
    bind(s, dot ? qstr_from_strn(str, (size_t)(dot - str)) : name);
}

static void walk_decl(walker_t *w, mps_scope_t *s, const mps_ast_t *st, bool is_global) {
    const mps_ast_global_t *g = (const mps_ast_global_t *)st;
    const qstr *names = MPS_PTR(const qstr, g->names.items);
    for (size_t i = 0; i < g->names.n; i++) {
        if (s->kind == MPS_SCOPE_MODULE) {
            if (!is_global) {
                mps_scope_syntax_error(w->source_file, st->line, s->name, "can't declare nonlocal in outer code");
            }
            continue;
        }
        mps_id_info_t *id = scope_add(s, names[i]);
        unsigned other = is_global ? MPS_ID_FLAG_NONLOCAL : MPS_ID_FLAG_GLOBAL;
        unsigned mine = is_global ? MPS_ID_FLAG_GLOBAL : MPS_ID_FLAG_NONLOCAL;
        // a name already used or bound here cannot be declared afterwards
        if ((id->flags & other) || (!(id->flags & mine) && (id->flags & (MPS_ID_FLAG_BOUND | MPS_ID_FLAG_USED)))) {
            mps_scope_syntax_error(w->source_file, st->line, s->name,
                                   is_global ? "identifier redefined as global" : "identifier redefined as nonlocal");
        }
        id->flags |= mine;
        id->line = (uint16_t)st->line;
    }
}

static void walk_stmt(walker_t *w, mps_scope_t *s, const mps_ast_t *st) {
    switch (st->kind) {
        case MPS_AST_FUNCTION_DEF:
        case MPS_AST_ASYNC_FUNCTION_DEF: {
            const mps_ast_function_def_t *f = (const mps_ast_function_def_t *)st;
            walk_exprs(w, s, f->decorator_list);
            mps_scope_t *fs = walk_function(w, s, st, f->name, MPS_PTR(const mps_ast_arguments_t, f->args));
            if (st->kind == MPS_AST_ASYNC_FUNCTION_DEF) {
                fs->code_flags |= MPS_CODE_FLAG_GENERATOR | MPS_CODE_FLAG_COROUTINE;
            }
            bind(s, f->name);
            walk_stmts(w, fs, f->body);
            break;
        }
        case MPS_AST_CLASS_DEF: {
            const mps_ast_class_def_t *c = (const mps_ast_class_def_t *)st;
            walk_exprs(w, s, c->decorator_list);
            walk_exprs(w, s, c->bases);
            for (size_t i = 0; i < c->keywords.n; i++) {
                walk_expr(w, s, MPS_AST(((const mps_ast_keyword_t *)mps_ast_seq_get(c->keywords, i))->value));
            }
            bind(s, c->name);
            mps_scope_t *cs = scope_new(s, MPS_SCOPE_CLASS, st, c->name);
            cs->code_flags |= MPS_CODE_FLAG_CLASS_BODY | MPS_CODE_FLAG_USES_LOCALS_DICT;
            walk_stmts(w, cs, c->body);
            break;
        }
        case MPS_AST_RETURN:
            if (s->kind != MPS_SCOPE_FUNCTION) {
                mps_scope_syntax_error(w->source_file, st->line, s->name, "'return' outside function");
            }
            walk_expr(w, s, MPS_AST(((const mps_ast_return_t *)st)->value));
            break;
        case MPS_AST_DELETE:
            walk_exprs(w, s, ((const mps_ast_delete_t *)st)->targets);
            break;
        case MPS_AST_ASSIGN:
            walk_expr(w, s, MPS_AST(((const mps_ast_assign_t *)st)->value));
            walk_exprs(w, s, ((const mps_ast_assign_t *)st)->targets);
            break;
        case MPS_AST_AUG_ASSIGN: {
            const mps_ast_aug_assign_t *a = (const mps_ast_aug_assign_t *)st;
            walk_expr(w, s, MPS_AST(a->value));
            const mps_ast_t *t = MPS_AST(a->target);
            if (t->kind == MPS_AST_NAME) {
                mps_id_info_t *id = scope_add(s, ((const mps_ast_name_t *)t)->id);
                id->flags |= MPS_ID_FLAG_BOUND | MPS_ID_FLAG_USED;
            } else {
                walk_expr(w, s, t);
            }
            break;
        }
        case MPS_AST_ANN_ASSIGN: {
            const mps_ast_ann_assign_t *a = (const mps_ast_ann_assign_t *)st;
            walk_expr(w, s, MPS_AST(a->value));
            if (a->value || MPS_AST(a->target)->kind == MPS_AST_NAME) {
                walk_expr(w, s, MPS_AST(a->target));
            }
            break;
        }
        case MPS_AST_FOR:
        case MPS_AST_ASYNC_FOR: {
            const mps_ast_for_t *f = (const mps_ast_for_t *)st;
            walk_expr(w, s, MPS_AST(f->iter));
            walk_expr(w, s, MPS_AST(f->target));
            walk_stmts(w, s, f->body);
            walk_stmts(w, s, f->orelse);
            break;
        }
        case MPS_AST_WHILE:
        case MPS_AST_IF: {
            const mps_ast_while_t *f = (const mps_ast_while_t *)st;
            walk_expr(w, s, MPS_AST(f->test));
            walk_stmts(w, s, f->body);
            walk_stmts(w, s, f->orelse);
            break;
        }
        case MPS_AST_WITH:
        case MPS_AST_ASYNC_WITH: {
            const mps_ast_with_t *wi = (const mps_ast_with_t *)st;
            s->has_try = true;
            for (size_t i = 0; i < wi->items.n; i++) {
                const mps_ast_withitem_t *it = (const mps_ast_withitem_t *)mps_ast_seq_get(wi->items, i);
                walk_expr(w, s, MPS_AST(it->context_expr));
                walk_expr(w, s, MPS_AST(it->optional_vars));
            }
            walk_stmts(w, s, wi->body);
            break;
        }
        case MPS_AST_RAISE:
            walk_expr(w, s, MPS_AST(((const mps_ast_raise_t *)st)->exc));
            walk_expr(w, s, MPS_AST(((const mps_ast_raise_t *)st)->cause));
            break;
        case MPS_AST_TRY: {
            const mps_ast_try_t *t = (const mps_ast_try_t *)st;
            s->has_try = true;
            walk_stmts(w, s, t->body);
            for (size_t i = 0; i < t->handlers.n; i++) {
                const mps_ast_except_handler_t *h = (const mps_ast_except_handler_t *)mps_ast_seq_get(t->handlers, i);
                walk_expr(w, s, MPS_AST(h->type));
                if (h->name != MPS_QSTR_NULL) {
                    bind(s, h->name);
                }
                walk_stmts(w, s, h->body);
            }
            walk_stmts(w, s, t->orelse);
            walk_stmts(w, s, t->finalbody);
            break;
        }
        case MPS_AST_ASSERT:
            walk_expr(w, s, MPS_AST(((const mps_ast_assert_t *)st)->test));
            walk_expr(w, s, MPS_AST(((const mps_ast_assert_t *)st)->msg));
            break;
        case MPS_AST_IMPORT: {
            const mps_ast_import_t *im = (const mps_ast_import_t *)st;
            for (size_t i = 0; i < im->names.n; i++) {
                const mps_ast_alias_t *a = (const mps_ast_alias_t *)mps_ast_seq_get(im->names, i);
                walk_import_name(s, a->name, a->asname);
            }
            break;
        }
        case MPS_AST_IMPORT_FROM: {
            const mps_ast_import_from_t *im = (const mps_ast_import_from_t *)st;
            for (size_t i = 0; i < im->names.n; i++) {
                const mps_ast_alias_t *a = (const mps_ast_alias_t *)mps_ast_seq_get(im->names, i);
                if (a->name == MPS_QSTR_star) {
                    if (s->kind != MPS_SCOPE_MODULE) {
                        mps_scope_syntax_error(w->source_file, st->line, s->name, "import * not at module level");
                    }
                    continue;
                }
                bind(s, a->asname != MPS_QSTR_NULL ? a->asname : a->name);
            }
            break;
        }
        case MPS_AST_GLOBAL:
            walk_decl(w, s, st, true);
            break;
        case MPS_AST_NONLOCAL:
            walk_decl(w, s, st, false);
            break;
        case MPS_AST_EXPR:
            walk_expr(w, s, MPS_AST(((const mps_ast_expr_t *)st)->value));
            break;
        default:
            break;
    }
}

static void walk_stmts(walker_t *w, mps_scope_t *s, mps_ast_seq_t seq) {
    for (size_t i = 0; i < seq.n; i++) {
        walk_stmt(w, s, mps_ast_seq_get(seq, i));
    }
}

// --- resolution -----------------------------------------------------------------------

static bool is_function_like(const mps_scope_t *s) {
    return s->kind == MPS_SCOPE_FUNCTION || s->kind == MPS_SCOPE_COMP;
}

// A free variable [name] of [s] is bound by an enclosing function (or, for __class__,
// the enclosing class): mark it captured there and pass it through the scopes between.
static bool resolve_free(mps_scope_t *s, qstr name) {
    for (mps_scope_t *a = s->parent; a != NULL; a = a->parent) {
        if (a->kind == MPS_SCOPE_MODULE) {
            return false;
        }
        if (a->kind == MPS_SCOPE_CLASS) {
            if (name == MPS_QSTR___class__) {
                mps_id_info_t *id = scope_add(a, name);
                id->flags |= MPS_ID_FLAG_BOUND | MPS_ID_FLAG_CAPTURED;
                a->needs_class_cell = true;
            } else {
                continue;
            }
        } else {
            mps_id_info_t *id = mps_scope_find(a, name);
            if (id == NULL) {
                continue;
            }
            if (id->flags & MPS_ID_FLAG_GLOBAL) {
                return false;
            }
            if (!(id->flags & (MPS_ID_FLAG_BOUND | MPS_ID_FLAG_NONLOCAL))) {
                continue;
            }
            id->flags |= MPS_ID_FLAG_CAPTURED;
        }
        // pass the cell through every scope between s and a
        for (mps_scope_t *b = s->parent; b != a; b = b->parent) {
            mps_id_info_t *id = scope_add(b, name);
            id->flags |= (b->kind == MPS_SCOPE_CLASS) ? MPS_ID_FLAG_PASS : MPS_ID_FLAG_NONLOCAL;
        }
        return true;
    }
    return false;
}

static void resolve_frees(walker_t *w, mps_scope_t *s) {
    for (size_t i = 0; i < s->n_ids; i++) {
        mps_id_info_t *id = &s->ids[i];
        qstr name = id->name;
        if (s->kind == MPS_SCOPE_MODULE || (id->flags & MPS_ID_FLAG_GLOBAL)) {
            continue;
        }
        if (id->flags & MPS_ID_FLAG_NONLOCAL) {
            if (!resolve_free(s, name)) {
                mps_scope_syntax_error(w->source_file, id->line ? id->line : s->node->line, s->name,
                                       "no binding for nonlocal found");
            }
            continue;
        }
        bool bound = (id->flags & MPS_ID_FLAG_BOUND) != 0;
        if (s->kind == MPS_SCOPE_CLASS && name == MPS_QSTR___class__) {
            continue;
        }
        if (!bound && resolve_free(s, name)) {
            id = &s->ids[i]; // resolve_free never adds to s itself, but stay safe
            id->flags |= MPS_ID_FLAG_NONLOCAL;
        }
    }
    for (size_t i = 0; i < s->n_children; i++) {
        resolve_frees(w, s->children[i]);
    }
}

static void assign_slots(mps_scope_t *s) {
    uint16_t slot = 0;
    // parameters first, in order (they were added first)
    for (size_t i = 0; i < s->n_ids; i++) {
        mps_id_info_t *id = &s->ids[i];
        if (id->flags & MPS_ID_FLAG_PARAM) {
            id->slot = slot++;
        }
    }
    for (size_t i = 0; i < s->n_ids; i++) {
        mps_id_info_t *id = &s->ids[i];
        unsigned f = id->flags;
        if (s->kind == MPS_SCOPE_MODULE) {
            id->kind = MPS_ID_NAME;
        } else if (f & MPS_ID_FLAG_GLOBAL) {
            id->kind = MPS_ID_GLOBAL_EXPLICIT;
        } else if (f & MPS_ID_FLAG_NONLOCAL) {
            id->kind = MPS_ID_FREE;
        } else if (s->kind == MPS_SCOPE_CLASS && (f & MPS_ID_FLAG_PASS)) {
            // a cell passed through the class body to its methods; a class attribute of
            // the same name keeps the body's reads and writes in the class dict
            id->kind = (f & MPS_ID_FLAG_BOUND) ? MPS_ID_NAME : MPS_ID_FREE;
        } else if (s->kind == MPS_SCOPE_CLASS) {
            if (id->name == MPS_QSTR___class__ && s->needs_class_cell) {
                id->kind = MPS_ID_CELL;
                id->slot = slot++;
            } else {
                id->kind = MPS_ID_NAME;
            }
        } else if (f & MPS_ID_FLAG_BOUND) {
            id->kind = (f & MPS_ID_FLAG_CAPTURED) ? MPS_ID_CELL : MPS_ID_LOCAL;
            if (!(f & MPS_ID_FLAG_PARAM)) {
                id->slot = slot++;
            }
        } else {
            id->kind = MPS_ID_GLOBAL_IMPLICIT;
        }
    }
    if (s->has_try && is_function_like(s)) {
        s->ret_slot = slot++;
    }
    uint16_t n_free = 0;
    for (size_t i = 0; i < s->n_ids; i++) {
        mps_id_info_t *id = &s->ids[i];
        if (id->kind == MPS_ID_FREE) {
            id->slot = slot++;
            n_free++;
        }
    }
    s->n_locals = slot;
    s->n_free = n_free;
    for (size_t i = 0; i < s->n_children; i++) {
        assign_slots(s->children[i]);
    }
}

mps_scope_t *mps_scope_build(const mps_ast_t *root, qstr source_file) {
    walker_t w = {source_file};
    mps_scope_t *m = scope_new(NULL, MPS_SCOPE_MODULE, root, MPS_QSTR_lt_module_gt);
    m->code_flags = MPS_CODE_FLAG_MODULE | MPS_CODE_FLAG_USES_LOCALS_DICT;
    if (root->kind == MPS_AST_EXPRESSION) {
        walk_expr(&w, m, MPS_AST(((const mps_ast_expression_t *)root)->body));
    } else {
        walk_stmts(&w, m, ((const mps_ast_module_t *)root)->body);
    }
    resolve_frees(&w, m);
    assign_slots(m);
    return m;
}
