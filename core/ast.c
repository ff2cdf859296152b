// SPDX-License-Identifier: MIT
// Syntax tree helpers: kind names, freeing a tree, and a dump in ast.dump() notation
// driven by a table of each kind's fields.

#include "core/ast.h"

#include <stddef.h>

#include "core/mem.h"
#include "core/print.h"
#include "core/runtime.h"

static const char *const kind_names[MPS_AST_KIND_NUM] = {
    [MPS_AST_INVALID] = "?",
#define MPS_AST_KIND_NAME(e, name) [MPS_AST_##e] = #name,
    MPS_AST_KIND_LIST(MPS_AST_KIND_NAME)
#undef MPS_AST_KIND_NAME
};

const char *mps_ast_kind_name(unsigned kind) {
    return kind < MPS_AST_KIND_NUM ? kind_names[kind] : "?";
}

void mps_ast_free(mps_ast_t *root) {
    if (root == NULL) {
        return;
    }
    mps_ref_t chunk = root->kind == MPS_AST_EXPRESSION ? ((mps_ast_expression_t *)root)->chunks
                                                       : ((mps_ast_module_t *)root)->chunks;
    while (chunk != 0) {
        mps_ref_t prev = *MPS_PTR(mps_ref_t, chunk);
        mps_mem_free(MPS_PTR(void, chunk));
        chunk = prev;
    }
}

// --- dump ----------------------------------------------------------------------------

typedef enum {
    F_END,
    F_NODE,      // mps_ref_t, omitted when 0
    F_SEQ,       // mps_ast_seq_t of nodes (None where 0)
    F_QSTR,      // identifier, omitted when MPS_QSTR_NULL
    F_QSTR_SEQ,  // mps_ast_seq_t of qstrs
    F_OBJ,       // Constant.value
    F_BINOP,     // uint32_t mps_binary_op_t
    F_UNARYOP,   // uint32_t mps_unary_op_t
    F_BOOLOP,    // uint32_t mps_ast_boolop_t
    F_CMPOPS,    // Compare.ops (count from the comparators that follow)
    F_INT,       // uint32_t / int32_t shown as a number
    F_CONV,      // int32_t conversion
    F_CTX,       // h.ctx
    F_EMPTY,     // a CPython field this tree does not keep, always []
} field_type_t;

typedef struct {
    const char *name;
    uint8_t type;
    uint8_t offset;
} field_t;

#define F(T, f, type) {#f, type, (uint8_t)offsetof(T, f)}
#define CTX {"ctx", F_CTX, 0}
#define END {NULL, F_END, 0}

static const field_t f_module[] = {F(mps_ast_module_t, body, F_SEQ), {"type_ignores", F_EMPTY, 0}, END};
static const field_t f_interactive[] = {F(mps_ast_module_t, body, F_SEQ), END};
static const field_t f_expression[] = {F(mps_ast_expression_t, body, F_NODE), END};
static const field_t f_function_def[] = {
    F(mps_ast_function_def_t, name, F_QSTR), F(mps_ast_function_def_t, args, F_NODE),
    F(mps_ast_function_def_t, body, F_SEQ), F(mps_ast_function_def_t, decorator_list, F_SEQ),
    F(mps_ast_function_def_t, returns, F_NODE), END};
static const field_t f_class_def[] = {
    F(mps_ast_class_def_t, name, F_QSTR), F(mps_ast_class_def_t, bases, F_SEQ),
    F(mps_ast_class_def_t, keywords, F_SEQ), F(mps_ast_class_def_t, body, F_SEQ),
    F(mps_ast_class_def_t, decorator_list, F_SEQ), END};
static const field_t f_return[] = {F(mps_ast_return_t, value, F_NODE), END};
static const field_t f_delete[] = {F(mps_ast_delete_t, targets, F_SEQ), END};
static const field_t f_assign[] = {F(mps_ast_assign_t, targets, F_SEQ), F(mps_ast_assign_t, value, F_NODE), END};
static const field_t f_aug_assign[] = {
    F(mps_ast_aug_assign_t, target, F_NODE), F(mps_ast_aug_assign_t, op, F_BINOP),
    F(mps_ast_aug_assign_t, value, F_NODE), END};
static const field_t f_ann_assign[] = {
    F(mps_ast_ann_assign_t, target, F_NODE), F(mps_ast_ann_assign_t, annotation, F_NODE),
    F(mps_ast_ann_assign_t, value, F_NODE), F(mps_ast_ann_assign_t, simple, F_INT), END};
static const field_t f_for[] = {
    F(mps_ast_for_t, target, F_NODE), F(mps_ast_for_t, iter, F_NODE), F(mps_ast_for_t, body, F_SEQ),
    F(mps_ast_for_t, orelse, F_SEQ), END};
static const field_t f_while[] = {
    F(mps_ast_while_t, test, F_NODE), F(mps_ast_while_t, body, F_SEQ), F(mps_ast_while_t, orelse, F_SEQ), END};
static const field_t f_with[] = {F(mps_ast_with_t, items, F_SEQ), F(mps_ast_with_t, body, F_SEQ), END};
static const field_t f_raise[] = {F(mps_ast_raise_t, exc, F_NODE), F(mps_ast_raise_t, cause, F_NODE), END};
static const field_t f_try[] = {
    F(mps_ast_try_t, body, F_SEQ), F(mps_ast_try_t, handlers, F_SEQ), F(mps_ast_try_t, orelse, F_SEQ),
    F(mps_ast_try_t, finalbody, F_SEQ), END};
static const field_t f_assert[] = {F(mps_ast_assert_t, test, F_NODE), F(mps_ast_assert_t, msg, F_NODE), END};
static const field_t f_import[] = {F(mps_ast_import_t, names, F_SEQ), END};
static const field_t f_import_from[] = {
    F(mps_ast_import_from_t, module, F_QSTR), F(mps_ast_import_from_t, names, F_SEQ),
    F(mps_ast_import_from_t, level, F_INT), END};
static const field_t f_global[] = {F(mps_ast_global_t, names, F_QSTR_SEQ), END};
static const field_t f_expr[] = {F(mps_ast_expr_t, value, F_NODE), END};
static const field_t f_none[] = {END};
static const field_t f_bool_op[] = {F(mps_ast_bool_op_t, op, F_BOOLOP), F(mps_ast_bool_op_t, values, F_SEQ), END};
static const field_t f_named_expr[] = {
    F(mps_ast_named_expr_t, target, F_NODE), F(mps_ast_named_expr_t, value, F_NODE), END};
static const field_t f_bin_op[] = {
    F(mps_ast_bin_op_t, left, F_NODE), F(mps_ast_bin_op_t, op, F_BINOP), F(mps_ast_bin_op_t, right, F_NODE), END};
static const field_t f_unary_op[] = {
    F(mps_ast_unary_op_t, op, F_UNARYOP), F(mps_ast_unary_op_t, operand, F_NODE), END};
static const field_t f_lambda[] = {F(mps_ast_lambda_t, args, F_NODE), F(mps_ast_lambda_t, body, F_NODE), END};
static const field_t f_if_exp[] = {
    F(mps_ast_if_exp_t, test, F_NODE), F(mps_ast_if_exp_t, body, F_NODE), F(mps_ast_if_exp_t, orelse, F_NODE), END};
static const field_t f_dict[] = {F(mps_ast_dict_t, keys, F_SEQ), F(mps_ast_dict_t, values, F_SEQ), END};
static const field_t f_set[] = {F(mps_ast_set_t, elts, F_SEQ), END};
static const field_t f_list_comp[] = {
    F(mps_ast_list_comp_t, elt, F_NODE), F(mps_ast_list_comp_t, generators, F_SEQ), END};
static const field_t f_dict_comp[] = {
    F(mps_ast_dict_comp_t, key, F_NODE), F(mps_ast_dict_comp_t, value, F_NODE),
    F(mps_ast_dict_comp_t, generators, F_SEQ), END};
static const field_t f_await[] = {F(mps_ast_await_t, value, F_NODE), END};
static const field_t f_compare[] = {
    F(mps_ast_compare_t, left, F_NODE), F(mps_ast_compare_t, ops, F_CMPOPS),
    F(mps_ast_compare_t, comparators, F_SEQ), END};
static const field_t f_call[] = {
    F(mps_ast_call_t, func, F_NODE), F(mps_ast_call_t, args, F_SEQ), F(mps_ast_call_t, keywords, F_SEQ), END};
static const field_t f_formatted_value[] = {
    F(mps_ast_formatted_value_t, value, F_NODE), F(mps_ast_formatted_value_t, conversion, F_CONV),
    F(mps_ast_formatted_value_t, format_spec, F_NODE), END};
static const field_t f_joined_str[] = {F(mps_ast_joined_str_t, values, F_SEQ), END};
static const field_t f_constant[] = {F(mps_ast_constant_t, value, F_OBJ), END};
static const field_t f_attribute[] = {
    F(mps_ast_attribute_t, value, F_NODE), F(mps_ast_attribute_t, attr, F_QSTR), CTX, END};
static const field_t f_subscript[] = {
    F(mps_ast_subscript_t, value, F_NODE), F(mps_ast_subscript_t, slice, F_NODE), CTX, END};
static const field_t f_starred[] = {F(mps_ast_starred_t, value, F_NODE), CTX, END};
static const field_t f_name[] = {F(mps_ast_name_t, id, F_QSTR), CTX, END};
static const field_t f_list[] = {F(mps_ast_list_t, elts, F_SEQ), CTX, END};
static const field_t f_slice[] = {
    F(mps_ast_slice_t, lower, F_NODE), F(mps_ast_slice_t, upper, F_NODE), F(mps_ast_slice_t, step, F_NODE), END};
static const field_t f_comprehension[] = {
    F(mps_ast_comprehension_t, target, F_NODE), F(mps_ast_comprehension_t, iter, F_NODE),
    F(mps_ast_comprehension_t, ifs, F_SEQ), F(mps_ast_comprehension_t, is_async, F_INT), END};
static const field_t f_except_handler[] = {
    F(mps_ast_except_handler_t, type, F_NODE), F(mps_ast_except_handler_t, name, F_QSTR),
    F(mps_ast_except_handler_t, body, F_SEQ), END};
static const field_t f_arguments[] = {
    F(mps_ast_arguments_t, posonlyargs, F_SEQ), F(mps_ast_arguments_t, args, F_SEQ),
    F(mps_ast_arguments_t, vararg, F_NODE), F(mps_ast_arguments_t, kwonlyargs, F_SEQ),
    F(mps_ast_arguments_t, kw_defaults, F_SEQ), F(mps_ast_arguments_t, kwarg, F_NODE),
    F(mps_ast_arguments_t, defaults, F_SEQ), END};
static const field_t f_arg[] = {F(mps_ast_arg_t, arg, F_QSTR), F(mps_ast_arg_t, annotation, F_NODE), END};
static const field_t f_keyword[] = {F(mps_ast_keyword_t, arg, F_QSTR), F(mps_ast_keyword_t, value, F_NODE), END};
static const field_t f_alias[] = {F(mps_ast_alias_t, name, F_QSTR), F(mps_ast_alias_t, asname, F_QSTR), END};
static const field_t f_withitem[] = {
    F(mps_ast_withitem_t, context_expr, F_NODE), F(mps_ast_withitem_t, optional_vars, F_NODE), END};

static const field_t *const kind_fields[MPS_AST_KIND_NUM] = {
    [MPS_AST_INVALID] = f_none,
    [MPS_AST_MODULE] = f_module, [MPS_AST_INTERACTIVE] = f_interactive,
    [MPS_AST_EXPRESSION] = f_expression,
    [MPS_AST_FUNCTION_DEF] = f_function_def, [MPS_AST_ASYNC_FUNCTION_DEF] = f_function_def,
    [MPS_AST_CLASS_DEF] = f_class_def, [MPS_AST_RETURN] = f_return, [MPS_AST_DELETE] = f_delete,
    [MPS_AST_ASSIGN] = f_assign, [MPS_AST_AUG_ASSIGN] = f_aug_assign,
    [MPS_AST_ANN_ASSIGN] = f_ann_assign, [MPS_AST_FOR] = f_for, [MPS_AST_ASYNC_FOR] = f_for,
    [MPS_AST_WHILE] = f_while, [MPS_AST_IF] = f_while, [MPS_AST_WITH] = f_with,
    [MPS_AST_ASYNC_WITH] = f_with, [MPS_AST_RAISE] = f_raise, [MPS_AST_TRY] = f_try,
    [MPS_AST_ASSERT] = f_assert, [MPS_AST_IMPORT] = f_import, [MPS_AST_IMPORT_FROM] = f_import_from,
    [MPS_AST_GLOBAL] = f_global, [MPS_AST_NONLOCAL] = f_global, [MPS_AST_EXPR] = f_expr,
    [MPS_AST_PASS] = f_none, [MPS_AST_BREAK] = f_none, [MPS_AST_CONTINUE] = f_none,
    [MPS_AST_BOOL_OP] = f_bool_op, [MPS_AST_NAMED_EXPR] = f_named_expr, [MPS_AST_BIN_OP] = f_bin_op,
    [MPS_AST_UNARY_OP] = f_unary_op, [MPS_AST_LAMBDA] = f_lambda, [MPS_AST_IF_EXP] = f_if_exp,
    [MPS_AST_DICT] = f_dict, [MPS_AST_SET] = f_set, [MPS_AST_LIST_COMP] = f_list_comp,
    [MPS_AST_SET_COMP] = f_list_comp, [MPS_AST_DICT_COMP] = f_dict_comp,
    [MPS_AST_GENERATOR_EXP] = f_list_comp, [MPS_AST_AWAIT] = f_await, [MPS_AST_YIELD] = f_await,
    [MPS_AST_YIELD_FROM] = f_await, [MPS_AST_COMPARE] = f_compare, [MPS_AST_CALL] = f_call,
    [MPS_AST_FORMATTED_VALUE] = f_formatted_value, [MPS_AST_JOINED_STR] = f_joined_str,
    [MPS_AST_CONSTANT] = f_constant, [MPS_AST_ATTRIBUTE] = f_attribute,
    [MPS_AST_SUBSCRIPT] = f_subscript, [MPS_AST_STARRED] = f_starred, [MPS_AST_NAME] = f_name,
    [MPS_AST_LIST] = f_list, [MPS_AST_TUPLE] = f_list, [MPS_AST_SLICE] = f_slice,
    [MPS_AST_COMPREHENSION] = f_comprehension, [MPS_AST_EXCEPT_HANDLER] = f_except_handler,
    [MPS_AST_ARGUMENTS] = f_arguments, [MPS_AST_ARG] = f_arg, [MPS_AST_KEYWORD] = f_keyword,
    [MPS_AST_ALIAS] = f_alias, [MPS_AST_WITHITEM] = f_withitem,
};

// CPython's class names for the operators, indexed from MPS_BINARY_OP_OR.
static const char *const binop_names[] = {
    "BitOr", "BitXor", "BitAnd", "LShift", "RShift", "Add", "Sub", "Mult", "MatMult", "FloorDiv",
    "Div", "Mod", "Pow",
};
static const char *const unaryop_names[] = {"UAdd", "USub", "Invert", "Not"};
static const char *const cmpop_names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
static const char *const ctx_names[] = {"Load", "Store", "Del"};

static const char *name_at(const char *const *names, size_t n, unsigned i) {
    return i < n ? names[i] : "?";
}
#define NAME_AT(table, i) name_at((table), sizeof(table) / sizeof((table)[0]), (i))

static void dump(const mps_print_t *print, const mps_ast_t *node, bool with_lines);

static void dump_seq(const mps_print_t *print, mps_ast_seq_t seq, bool with_lines) {
    mps_print_str(print, "[");
    for (size_t i = 0; i < seq.n; i++) {
        if (i > 0) {
            mps_print_str(print, ", ");
        }
        dump(print, mps_ast_seq_get(seq, i), with_lines);
    }
    mps_print_str(print, "]");
}

static void dump(const mps_print_t *print, const mps_ast_t *node, bool with_lines) {
    if (node == NULL) {
        mps_print_str(print, "None");
        return;
    }
    mps_stack_check();
    mps_print_str(print, mps_ast_kind_name(node->kind));
    if (with_lines && (MPS_AST_IS_STMT(node->kind) || MPS_AST_IS_EXPR(node->kind))) {
        mps_printf(print, "@%u", (unsigned)node->line);
    }
    mps_print_str(print, "(");
    const field_t *f = node->kind < MPS_AST_KIND_NUM ? kind_fields[node->kind] : f_none;
    const uint8_t *base = (const uint8_t *)node;
    bool first = true;
    for (; f->type != F_END; f++) {
        const void *at = base + f->offset;
        mps_ref_t ref = f->type == F_NODE ? *(const mps_ref_t *)at : 0;
        qstr q = f->type == F_QSTR ? *(const qstr *)at : MPS_QSTR_NULL;
        if ((f->type == F_NODE && ref == 0) || (f->type == F_QSTR && q == MPS_QSTR_NULL)) {
            continue; // ast.dump leaves out optional fields that are None
        }
        if (f->type == F_OBJ && (node->flags & MPS_AST_FLAG_ELLIPSIS)) {
            mps_print_str(print, "value=Ellipsis");
            first = false;
            continue;
        }
        if (!first) {
            mps_print_str(print, ", ");
        }
        first = false;
        mps_printf(print, "%s=", f->name);
        switch (f->type) {
            case F_NODE:
                dump(print, MPS_AST(ref), with_lines);
                break;
            case F_SEQ:
                dump_seq(print, *(const mps_ast_seq_t *)at, with_lines);
                break;
            case F_QSTR:
                mps_printf(print, "'%s'", qstr_str(q));
                break;
            case F_QSTR_SEQ: {
                const mps_ast_seq_t *s = at;
                mps_print_str(print, "[");
                for (size_t i = 0; i < s->n; i++) {
                    mps_printf(print, "%s'%s'", i ? ", " : "", qstr_str(MPS_PTR(qstr, s->items)[i]));
                }
                mps_print_str(print, "]");
                break;
            }
            case F_OBJ:
                mps_obj_print(print, *(const mps_obj_t *)at, MPS_PRINT_REPR);
                break;
            case F_BINOP:
                mps_printf(print, "%s()", NAME_AT(binop_names, *(const uint32_t *)at - MPS_BINARY_OP_OR));
                break;
            case F_UNARYOP:
                mps_printf(print, "%s()", NAME_AT(unaryop_names, *(const uint32_t *)at));
                break;
            case F_BOOLOP:
                mps_print_str(print, *(const uint32_t *)at == MPS_AST_AND ? "And()" : "Or()");
                break;
            case F_CMPOPS: {
                const mps_ast_compare_t *c = (const mps_ast_compare_t *)node;
                const uint8_t *ops = MPS_PTR(const uint8_t, c->ops);
                mps_print_str(print, "[");
                for (size_t i = 0; i < c->comparators.n; i++) {
                    mps_printf(print, "%s%s()", i ? ", " : "", NAME_AT(cmpop_names, ops[i]));
                }
                mps_print_str(print, "]");
                break;
            }
            case F_INT:
                mps_printf(print, "%u", (unsigned)*(const uint32_t *)at);
                break;
            case F_CONV:
                mps_printf(print, "%d", (int)*(const int32_t *)at);
                break;
            case F_CTX:
                mps_printf(print, "%s()", NAME_AT(ctx_names, node->ctx));
                break;
            case F_EMPTY:
                mps_print_str(print, "[]");
                break;
            default:
                break;
        }
    }
    mps_print_str(print, ")");
}

void mps_ast_dump(const mps_print_t *print, const mps_ast_t *node, bool with_lines) {
    dump(print, node, with_lines);
}
