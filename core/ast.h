// SPDX-License-Identifier: MIT
// The abstract syntax tree: what core/parse.c produces and core/compile.c walks.
// It mirrors CPython 3.11's `ast` module node for node and field for field.
#ifndef CORE_AST_H
#define CORE_AST_H

#include <stddef.h>
#include <stdint.h>

#include "core/obj.h"
#include "core/qstr.h"

// Theory of operation
// -------------------
// Every node kind of CPython's `ast` module that MicroPython can compile has a C struct
// here named after it (FunctionDef -> mps_ast_function_def_t, kind MPS_AST_FUNCTION_DEF)
// with CPython's fields under CPython's names and with CPython's meaning. So a reader who
// knows `ast.dump(ast.parse(src))` knows the tree the parser builds; mps_ast_dump()
// prints it in that same notation.
//
// Every node starts with the header mps_ast_t {kind, ctx, flags, line} (bit-fields of
// one word); cast a node pointer to its struct after checking h.kind. `line` is the
// 1-based source line of the node's first token (CPython's lineno); there are no
// column numbers.
//
// Memory: nodes live in the GC heap, carved by the parser from raw chunks it allocates
// with mps_mem_alloc (a bump allocator: fast, and no 16-byte rounding per node). So an
// over-large module raises MemoryError while parsing, as on the device. Links between
// nodes are 32-bit references (mps_ref_t, 0 meaning None / absent): read them with
// MPS_AST(r) or a cast through MPS_PTR. The GC is conservative and honours interior
// pointers, so holding the root node (on the C stack) keeps the whole tree alive; it
// becomes garbage when the compiler drops it, or mps_ast_free() gives it back at once.
//
// Sequences (CPython's `stmt*`, `expr*` ...) are mps_ast_seq_t {n, items}: [items]
// refers to an array of [n] node references (items is 0 when n is 0). An item is 0
// only where CPython has None in a list: Dict.keys for `**d`, and
// arguments.kw_defaults for a keyword-only argument without a default.
//
// Identifiers (names, attributes, module names as dotted "a.b.c") are qstrs; absent
// optional identifiers are MPS_QSTR_NULL (0).
//
// Constants: Constant.value is an ordinary object made by the parser: small or big int,
// float, complex (imaginary literals like 2j, as a complex with real part 0), str (a
// qstr object for strings of up to 10 bytes, which MicroPython interns), bytes,
// None, True, False. Ellipsis (`...`) is a Constant with value MPS_OBJ_NULL and
// MPS_AST_FLAG_ELLIPSIS in h.flags; the compiler loads the Ellipsis object for it.
// Adjacent literals are joined by the parser ("a" "b" is one Constant "ab"; with an
// f-string among them, one JoinedStr), so nothing is concatenated at run time. Like
// MicroPython's parser (and unlike CPython's ast.parse), the parser folds + - ~ and the
// operators | ^ & << >> + - * // % ** on int literals when the operands and the result
// are small ints: `-1` and `1 << 4` are Constants. Anything else is left to the compiler.
//
// Operators are stored as the runtime's own codes, so the compiler emits them as is:
//   BinOp.op, AugAssign.op : mps_binary_op_t, the plain form MPS_BINARY_OP_OR ..
//                            MPS_BINARY_OP_POWER (Add = MPS_BINARY_OP_ADD, BitOr =
//                            MPS_BINARY_OP_OR, Div = TRUE_DIVIDE, FloorDiv, Mod, Pow,
//                            MatMult = MAT_MULTIPLY ...). AugAssign stores the plain form
//                            too, as CPython does; the compiler adds the in-place offset.
//   UnaryOp.op             : mps_unary_op_t: UAdd = POSITIVE, USub = NEGATIVE,
//                            Invert = INVERT, Not = NOT.
//   BoolOp.op              : mps_ast_boolop_t (And, Or).
//   Compare.ops            : an array of uint8_t mps_ast_cmpop_t, one per comparator.
//
// Expression context (CPython's ctx=Load()/Store()/Del()) is h.ctx, set on Name,
// Attribute, Subscript, Starred, List and Tuple; other nodes have MPS_AST_LOAD (0).
//
// Annotations are kept where CPython has them (arg.annotation, FunctionDef.returns,
// AnnAssign.annotation) but MicroPython never evaluates them: the compiler may ignore
// them. AnnAssign without a value (`x: int`) is kept so the compiler can decide what a
// name is in a scope.
//
// Things CPython has that this tree leaves out: col_offset/end_* positions,
// type_comment fields, type_ignores, Match and its patterns, TryStar.

// All node kinds: X(ENUM_SUFFIX, CPythonName).
#define MPS_AST_KIND_LIST(X) \
    /* mod */ \
    X(MODULE, Module) X(INTERACTIVE, Interactive) X(EXPRESSION, Expression) \
    /* stmt */ \
    X(FUNCTION_DEF, FunctionDef) X(ASYNC_FUNCTION_DEF, AsyncFunctionDef) \
    X(CLASS_DEF, ClassDef) X(RETURN, Return) X(DELETE, Delete) X(ASSIGN, Assign) \
    X(AUG_ASSIGN, AugAssign) X(ANN_ASSIGN, AnnAssign) X(FOR, For) X(ASYNC_FOR, AsyncFor) \
    X(WHILE, While) X(IF, If) X(WITH, With) X(ASYNC_WITH, AsyncWith) X(RAISE, Raise) \
    X(TRY, Try) X(ASSERT, Assert) X(IMPORT, Import) X(IMPORT_FROM, ImportFrom) \
    X(GLOBAL, Global) X(NONLOCAL, Nonlocal) X(EXPR, Expr) X(PASS, Pass) X(BREAK, Break) \
    X(CONTINUE, Continue) \
    /* expr */ \
    X(BOOL_OP, BoolOp) X(NAMED_EXPR, NamedExpr) X(BIN_OP, BinOp) X(UNARY_OP, UnaryOp) \
    X(LAMBDA, Lambda) X(IF_EXP, IfExp) X(DICT, Dict) X(SET, Set) X(LIST_COMP, ListComp) \
    X(SET_COMP, SetComp) X(DICT_COMP, DictComp) X(GENERATOR_EXP, GeneratorExp) \
    X(AWAIT, Await) X(YIELD, Yield) X(YIELD_FROM, YieldFrom) X(COMPARE, Compare) \
    X(CALL, Call) X(FORMATTED_VALUE, FormattedValue) X(JOINED_STR, JoinedStr) \
    X(CONSTANT, Constant) X(ATTRIBUTE, Attribute) X(SUBSCRIPT, Subscript) \
    X(STARRED, Starred) X(NAME, Name) X(LIST, List) X(TUPLE, Tuple) X(SLICE, Slice) \
    /* helper nodes */ \
    X(COMPREHENSION, comprehension) X(EXCEPT_HANDLER, ExceptHandler) \
    X(ARGUMENTS, arguments) X(ARG, arg) X(KEYWORD, keyword) X(ALIAS, alias) \
    X(WITHITEM, withitem)

typedef enum {
    MPS_AST_INVALID = 0, // zeroed memory is not a node
#define MPS_AST_KIND_ENUM(e, name) MPS_AST_##e,
    MPS_AST_KIND_LIST(MPS_AST_KIND_ENUM)
#undef MPS_AST_KIND_ENUM
    MPS_AST_KIND_NUM
} mps_ast_kind_t;

_Static_assert(MPS_AST_KIND_NUM <= 128, "node kinds must fit mps_ast_t.kind");

// True for the statement kinds (FunctionDef .. Continue) and expression kinds.
#define MPS_AST_IS_STMT(k) ((k) >= MPS_AST_FUNCTION_DEF && (k) <= MPS_AST_CONTINUE)
#define MPS_AST_IS_EXPR(k) ((k) >= MPS_AST_BOOL_OP && (k) <= MPS_AST_SLICE)

// expr_context
typedef enum {
    MPS_AST_LOAD = 0,
    MPS_AST_STORE = 1,
    MPS_AST_DEL = 2,
} mps_ast_ctx_t;

typedef enum {
    MPS_AST_AND = 0,
    MPS_AST_OR = 1,
} mps_ast_boolop_t;

typedef enum {
    MPS_AST_CMP_EQ,     // ==
    MPS_AST_CMP_NOT_EQ, // !=
    MPS_AST_CMP_LT,     // <
    MPS_AST_CMP_LT_E,   // <=
    MPS_AST_CMP_GT,     // >
    MPS_AST_CMP_GT_E,   // >=
    MPS_AST_CMP_IS,     // is
    MPS_AST_CMP_IS_NOT, // is not
    MPS_AST_CMP_IN,     // in
    MPS_AST_CMP_NOT_IN, // not in
} mps_ast_cmpop_t;

// h.flags bits.
#define MPS_AST_FLAG_ELLIPSIS (0x0001)  // Constant: the value is Ellipsis (`...`)
#define MPS_AST_FLAG_PARENS (0x0002)    // parser-internal: the expression was parenthesised

// FormattedValue.conversion: -1 for none, else the character, as in CPython.
#define MPS_AST_CONV_NONE (-1)
#define MPS_AST_CONV_STR ('s')
#define MPS_AST_CONV_REPR ('r')
#define MPS_AST_CONV_ASCII ('a')

// The header of every node: one 32-bit word, as nodes are many (a Name is the header
// and its qstr: 8 bytes). Lines past MPS_AST_LINE_MAX are recorded as MPS_AST_LINE_MAX.
typedef struct {
    uint32_t kind : 7;  // mps_ast_kind_t
    uint32_t ctx : 2;   // mps_ast_ctx_t (Name, Attribute, Subscript, Starred, List, Tuple)
    uint32_t flags : 3; // MPS_AST_FLAG_*
    uint32_t line : 20; // 1-based line of the node's first token
} mps_ast_t;

#define MPS_AST_LINE_MAX ((1u << 20) - 1)

// A list of child nodes (see the theory of operation).
typedef struct {
    uint32_t n;
    mps_ref_t items; // mps_ref_t[n], each referring to a node
} mps_ast_seq_t;

#define MPS_AST(r) MPS_PTR(mps_ast_t, (r))
// The [i]-th node of [seq] (NULL where CPython has None).
static inline mps_ast_t *mps_ast_seq_get(mps_ast_seq_t seq, size_t i) {
    return MPS_AST(MPS_PTR(mps_ref_t, seq.items)[i]);
}

// --- mod -----------------------------------------------------------------------------
// Module, Interactive: body. Expression: body is one expression.
// [chunks] is the parser's chain of heap chunks holding the whole tree (mps_ast_free).
typedef struct { mps_ast_t h; mps_ast_seq_t body; mps_ref_t chunks; } mps_ast_module_t;
typedef mps_ast_module_t mps_ast_interactive_t;
typedef struct { mps_ast_t h; mps_ref_t body; mps_ref_t chunks; } mps_ast_expression_t;

// --- stmt ----------------------------------------------------------------------------
// FunctionDef and AsyncFunctionDef (same struct). line: the `def` line (after decorators).
typedef struct {
    mps_ast_t h;
    qstr name;
    mps_ref_t args;           // arguments
    mps_ast_seq_t body;       // stmt*
    mps_ast_seq_t decorator_list; // expr*
    mps_ref_t returns;        // expr? (annotation)
} mps_ast_function_def_t;

typedef struct {
    mps_ast_t h;
    qstr name;
    mps_ast_seq_t bases;      // expr* (may hold Starred)
    mps_ast_seq_t keywords;   // keyword* (metaclass=..., **kw)
    mps_ast_seq_t body;
    mps_ast_seq_t decorator_list;
} mps_ast_class_def_t;

typedef struct { mps_ast_t h; mps_ref_t value; } mps_ast_return_t; // value: expr?
typedef struct { mps_ast_t h; mps_ast_seq_t targets; } mps_ast_delete_t; // ctx=Del

// a = b = value: targets [a, b] (ctx=Store), in source order.
typedef struct { mps_ast_t h; mps_ast_seq_t targets; mps_ref_t value; } mps_ast_assign_t;
// target op= value; op is a plain mps_binary_op_t.
typedef struct { mps_ast_t h; mps_ref_t target; uint32_t op; mps_ref_t value; } mps_ast_aug_assign_t;
// target: annotation [= value]; simple is 1 for a bare unparenthesised Name target.
typedef struct {
    mps_ast_t h;
    mps_ref_t target;
    mps_ref_t annotation;
    mps_ref_t value; // expr?
    uint32_t simple;
} mps_ast_ann_assign_t;

// For and AsyncFor (same struct).
typedef struct {
    mps_ast_t h;
    mps_ref_t target; // ctx=Store
    mps_ref_t iter;
    mps_ast_seq_t body;
    mps_ast_seq_t orelse;
} mps_ast_for_t;

// While and If (same shape). `elif` is an If alone in the outer If's orelse.
typedef struct { mps_ast_t h; mps_ref_t test; mps_ast_seq_t body; mps_ast_seq_t orelse; } mps_ast_while_t;
typedef mps_ast_while_t mps_ast_if_t;

// With and AsyncWith (same struct); items: withitem*.
typedef struct { mps_ast_t h; mps_ast_seq_t items; mps_ast_seq_t body; } mps_ast_with_t;

typedef struct { mps_ast_t h; mps_ref_t exc; mps_ref_t cause; } mps_ast_raise_t; // both expr?

typedef struct {
    mps_ast_t h;
    mps_ast_seq_t body;
    mps_ast_seq_t handlers;   // ExceptHandler*
    mps_ast_seq_t orelse;
    mps_ast_seq_t finalbody;
} mps_ast_try_t;

typedef struct { mps_ast_t h; mps_ref_t test; mps_ref_t msg; } mps_ast_assert_t; // msg: expr?

// import a.b as c, d: names = alias*.
typedef struct { mps_ast_t h; mps_ast_seq_t names; } mps_ast_import_t;
// from ..module import names: module may be MPS_QSTR_NULL (`from . import x`); level
// counts the leading dots; `import *` is one alias named `*` (MPS_QSTR_star).
typedef struct { mps_ast_t h; qstr module; mps_ast_seq_t names; uint32_t level; } mps_ast_import_from_t;

// Global and Nonlocal: names is an array of qstr (not nodes): MPS_PTR(qstr, names.items).
typedef struct { mps_ast_t h; mps_ast_seq_t names; } mps_ast_global_t;
typedef mps_ast_global_t mps_ast_nonlocal_t;

typedef struct { mps_ast_t h; mps_ref_t value; } mps_ast_expr_t;
// Pass, Break and Continue are a bare mps_ast_t.

// --- expr ----------------------------------------------------------------------------
// a and b and c: one BoolOp with values [a, b, c]; op: mps_ast_boolop_t.
typedef struct { mps_ast_t h; uint32_t op; mps_ast_seq_t values; } mps_ast_bool_op_t;
typedef struct { mps_ast_t h; mps_ref_t target; mps_ref_t value; } mps_ast_named_expr_t; // target: Name
typedef struct { mps_ast_t h; mps_ref_t left; uint32_t op; mps_ref_t right; } mps_ast_bin_op_t;
typedef struct { mps_ast_t h; uint32_t op; mps_ref_t operand; } mps_ast_unary_op_t;
typedef struct { mps_ast_t h; mps_ref_t args; mps_ref_t body; } mps_ast_lambda_t; // args: arguments
typedef struct { mps_ast_t h; mps_ref_t test; mps_ref_t body; mps_ref_t orelse; } mps_ast_if_exp_t;
// keys[i] is 0 for `**values[i]`.
typedef struct { mps_ast_t h; mps_ast_seq_t keys; mps_ast_seq_t values; } mps_ast_dict_t;
typedef struct { mps_ast_t h; mps_ast_seq_t elts; } mps_ast_set_t;
// ListComp, SetComp and GeneratorExp (same struct); generators: comprehension*.
typedef struct { mps_ast_t h; mps_ref_t elt; mps_ast_seq_t generators; } mps_ast_list_comp_t;
typedef mps_ast_list_comp_t mps_ast_set_comp_t;
typedef mps_ast_list_comp_t mps_ast_generator_exp_t;
typedef struct { mps_ast_t h; mps_ref_t key; mps_ref_t value; mps_ast_seq_t generators; } mps_ast_dict_comp_t;
// Await, Yield (value: expr?) and YieldFrom.
typedef struct { mps_ast_t h; mps_ref_t value; } mps_ast_await_t;
typedef mps_ast_await_t mps_ast_yield_t;
typedef mps_ast_await_t mps_ast_yield_from_t;
// a < b <= c: left a, ops [LT, LT_E], comparators [b, c].
typedef struct {
    mps_ast_t h;
    mps_ref_t left;
    mps_ref_t ops; // uint8_t[comparators.n], each an mps_ast_cmpop_t
    mps_ast_seq_t comparators;
} mps_ast_compare_t;
// f(a, *b, c=1, **d): args [a, Starred(b)], keywords [keyword(c), keyword(None, d)],
// each in source order.
typedef struct { mps_ast_t h; mps_ref_t func; mps_ast_seq_t args; mps_ast_seq_t keywords; } mps_ast_call_t;
// One {value!conversion:format_spec} of an f-string. format_spec is a JoinedStr or 0.
typedef struct {
    mps_ast_t h;
    mps_ref_t value;
    int32_t conversion; // MPS_AST_CONV_*
    mps_ref_t format_spec;
} mps_ast_formatted_value_t;
// An f-string: values are Constant (str) and FormattedValue nodes, in order.
typedef struct { mps_ast_t h; mps_ast_seq_t values; } mps_ast_joined_str_t;
typedef struct { mps_ast_t h; mps_obj_t value; } mps_ast_constant_t;
typedef struct { mps_ast_t h; mps_ref_t value; qstr attr; } mps_ast_attribute_t;
// value[slice]: slice is an expression, a Slice, or a Tuple holding Slices (a[1:2, 3]).
typedef struct { mps_ast_t h; mps_ref_t value; mps_ref_t slice; } mps_ast_subscript_t;
typedef struct { mps_ast_t h; mps_ref_t value; } mps_ast_starred_t;
typedef struct { mps_ast_t h; qstr id; } mps_ast_name_t;
// List and Tuple (same struct).
typedef struct { mps_ast_t h; mps_ast_seq_t elts; } mps_ast_list_t;
typedef mps_ast_list_t mps_ast_tuple_t;
// lower:upper:step, each expr? (a[::] has all three 0).
typedef struct { mps_ast_t h; mps_ref_t lower; mps_ref_t upper; mps_ref_t step; } mps_ast_slice_t;

// --- helper nodes --------------------------------------------------------------------
// for target in iter if ifs...; is_async for `async for`.
typedef struct {
    mps_ast_t h;
    mps_ref_t target;
    mps_ref_t iter;
    mps_ast_seq_t ifs;
    uint32_t is_async;
} mps_ast_comprehension_t;

// except type as name: body. type: expr? ; name: MPS_QSTR_NULL if absent.
typedef struct { mps_ast_t h; mps_ref_t type; qstr name; mps_ast_seq_t body; } mps_ast_except_handler_t;

// def f(a, /, b, c=1, *args, d, e=2, **kw): posonlyargs [a], args [b, c], defaults [1]
// (for the last len(defaults) of posonlyargs+args), vararg args, kwonlyargs [d, e],
// kw_defaults [0, 2] (0 = no default), kwarg kw. A bare `*` gives vararg 0.
typedef struct {
    mps_ast_t h;
    mps_ast_seq_t posonlyargs; // arg*
    mps_ast_seq_t args;        // arg*
    mps_ref_t vararg;          // arg?
    mps_ast_seq_t kwonlyargs;  // arg*
    mps_ast_seq_t kw_defaults; // expr? per kwonlyarg
    mps_ref_t kwarg;           // arg?
    mps_ast_seq_t defaults;    // expr*
} mps_ast_arguments_t;

typedef struct { mps_ast_t h; qstr arg; mps_ref_t annotation; } mps_ast_arg_t;
// name=value in a call or class bases; arg is MPS_QSTR_NULL for **value.
typedef struct { mps_ast_t h; qstr arg; mps_ref_t value; } mps_ast_keyword_t;
// import name as asname: name may be dotted ("a.b"); asname MPS_QSTR_NULL if absent.
typedef struct { mps_ast_t h; qstr name; qstr asname; } mps_ast_alias_t;
typedef struct { mps_ast_t h; mps_ref_t context_expr; mps_ref_t optional_vars; } mps_ast_withitem_t;

// --- functions (core/ast.c) ----------------------------------------------------------

// CPython's name of node kind [kind] ("FunctionDef"), or "?" if out of range.
const char *mps_ast_kind_name(unsigned kind);

// Gives the memory of the whole tree under [root] (a Module, Interactive or Expression
// from mps_parse) back to the heap now. The tree must not be used afterwards; constant
// objects it held stay alive if referenced elsewhere. Never raises.
void mps_ast_free(mps_ast_t *root);

// Prints [node] and its subtree as CPython's ast.dump() does, with the line number
// after each statement kind (`If@3(...)`) when [with_lines]. For debugging and tests.
// [node] may be NULL (prints None). May raise (printing a constant's repr).
void mps_ast_dump(const mps_print_t *print, const mps_ast_t *node, bool with_lines);

#endif // CORE_AST_H
