// SPDX-License-Identifier: MIT
// The parser: trees for valid source (as CPython's ast.dump shows them), SyntaxError and
// IndentationError with MicroPython's traceback entry, deep nesting, the REPL's check
// for unfinished input, and the heap a tree costs and gives back.

#include <criterion/criterion.h>
#include <string.h>

#include "core/ast.h"
#include "core/gc.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/parse.h"
#include "core/print.h"
#include "core/state.h"
#include "core/vstr.h"
#include "support.h"

// ast.dump() of the tree for [src], as a NUL-terminated heap string.
static const char *dump(const char *src, mps_parse_input_kind_t kind) {
    mps_ast_t *root = mps_parse(src, strlen(src), MPS_QSTR_lt_string_gt, kind);
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 64, &print);
    mps_ast_dump(&print, root, false);
    return vstr_str(&vstr);
}

// The exception raised when parsing [src] (MPS_OBJ_NULL if none).
static mps_obj_t parse_error(const char *src) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_parse(src, strlen(src), MPS_QSTR_lt_string_gt, MPS_PARSE_FILE_INPUT);
        nlr_pop();
        return MPS_OBJ_NULL;
    }
    return nlr.ret_val;
}

// Checks that [src] raises [type] with one traceback entry at [line] in [block].
static void assert_error(const char *src, const mps_obj_type_t *type, size_t line, qstr block) {
    mps_obj_t exc = parse_error(src);
    cr_assert_neq(exc, MPS_OBJ_NULL, "no error for %s", src);
    cr_assert_eq(mps_obj_get_type(exc), type, "wrong exception type for %s", src);
    mps_obj_exception_t *e = mps_obj_exception_native(exc);
    cr_assert_eq(e->traceback_len, 1);
    const mps_uint_t *tb = MPS_PTR(const mps_uint_t, e->traceback);
    cr_assert_eq(tb[0], MPS_QSTR_lt_string_gt);
    cr_assert_eq(tb[1], line, "line %u instead of %zu for %s", (unsigned)tb[1], line, src);
    cr_assert_eq(tb[2], block, "block of %s", src);
}

static const struct {
    const char *src;
    const char *dump;
} trees[] = {
    {"x = a + b * -c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=UnaryOp(op=USub(), operand=Name(id='c', ctx=Load())))))], type_ignores=[])"},
    {"f(*a, k=1, **d)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"a < b <= c is not d",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[])"},
    {"if x:\n    pass\nelif y:\n    pass\nelse:\n    z = 1",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=1))])])], type_ignores=[])"},
    {"def f(a, /, b=1, *c, d, e=2, **g): return",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[])], type_ignores=[])"},
    {"f\"a{b!r:>{w}}c\"",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='c')]))], type_ignores=[])"},
    {"\"a\" \"b\" 'c'",
     "Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[])"},
    {"...",
     "Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])"},
    {"x[1:2, ::3]",
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"lambda: (yield)",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"},
    {"with (a as b, c):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"from ..m import (x as y, z)",
     "Module(body=[ImportFrom(module='m', names=[alias(name='x', asname='y'), alias(name='z')], level=2)], type_ignores=[])"},
    {"global a, b",
     "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
    {"[x for x in y if x for z in x]",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{**a, 1: 2}",
     "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=2)]))], type_ignores=[])"},
    {"del a, b.c",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[])"},
    {"x: int = 1",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], type_ignores=[])"},
    {"a, *b = c = d",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"},
    {"x += 1",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"not a and b or c",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"1 if a else 2",
     "Module(body=[Expr(value=IfExp(test=Name(id='a', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"},
    {"(y := 5)",
     "Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=5)))], type_ignores=[])"},
    {"@d\nclass C(B, metaclass=M):\n    x = 1",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])"},
    {"try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"async def f():\n    await x\n    async for a in b:\n        pass",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[])], decorator_list=[])], type_ignores=[])"},
    {"for x, in y:\n    break\nelse:\n    continue",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"while 1:\n    pass",
     "Module(body=[While(test=Constant(value=1), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"raise X from Y",
     "Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])"},
    {"assert x, \"m\"",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[])"},
    {"import a.b as c, d",
     "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[])"},
    {"return *a, b",
     "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    // int literal arithmetic is folded as MicroPython's parser does (CPython keeps
    // UnaryOp(USub(), Constant(1)) for -1); a negative power is left to run time
    {"print(-2 ** -1, -1, 1 << 4)",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=-1))), Constant(value=-1), Constant(value=16)], keywords=[]))], type_ignores=[])"},
    {"x = [\n    1,\n    2,\n]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = a + \\\n    b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())))], type_ignores=[])"},
    {"f(x for x in y)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"b\"\\x00\" b\"a\"",
     "Module(body=[Expr(value=Constant(value=b'\\x00a'))], type_ignores=[])"},
    {"f\"{x=}\"",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"0x1F, 0o7, 0b1, 1_000, 10 ** 20",
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=31), Constant(value=7), Constant(value=1), Constant(value=1000), BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=20))], ctx=Load()))], type_ignores=[])"},
};

Test(parse, trees_match_cpython_ast_dump) {
    unit_interpreter(1024 * 1024);
    for (size_t i = 0; i < sizeof(trees) / sizeof(trees[0]); i++) {
        cr_expect_str_eq(dump(trees[i].src, MPS_PARSE_FILE_INPUT), trees[i].dump, "for %s", trees[i].src);
    }
}

Test(parse, eval_and_single_input_roots) {
    unit_interpreter(256 * 1024);
    cr_assert_str_eq(dump("  1, 2\n\n", MPS_PARSE_EVAL_INPUT),
        "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))");
    cr_assert_str_eq(dump("x = 1", MPS_PARSE_SINGLE_INPUT),
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
}

Test(parse, nodes_record_their_lines) {
    unit_interpreter(256 * 1024);
    const char *src = "x = 1\n\nif x:\n    y = (1,\n         2)\n    z = 3\n";
    mps_ast_module_t *m = (mps_ast_module_t *)mps_parse(src, strlen(src), MPS_QSTR_lt_string_gt,
        MPS_PARSE_FILE_INPUT);
    cr_assert_eq(m->body.n, 2);
    cr_assert_eq(mps_ast_seq_get(m->body, 0)->line, 1);
    mps_ast_if_t *s = (mps_ast_if_t *)mps_ast_seq_get(m->body, 1);
    cr_assert_eq(s->h.kind, MPS_AST_IF);
    cr_assert_eq(s->h.line, 3);
    cr_assert_eq(mps_ast_seq_get(s->body, 0)->line, 4);
    cr_assert_eq(mps_ast_seq_get(s->body, 1)->line, 6);
}

Test(parse, syntax_errors_carry_micropython_traceback_entry) {
    unit_interpreter(256 * 1024);
    assert_error("x = (1,\n", &mps_type_SyntaxError, 2, MPS_QSTR_NULL);
    assert_error("def f(:\n    pass\n", &mps_type_SyntaxError, 1, MPS_QSTR_NULL);
    assert_error("x = 1 +\n", &mps_type_SyntaxError, 1, MPS_QSTR_NULL);
    assert_error("print(1)\nx = )\n", &mps_type_SyntaxError, 2, MPS_QSTR_NULL);
    assert_error("s = 'abc\n", &mps_type_SyntaxError, 1, MPS_QSTR_NULL);
    assert_error("x = 1\n  y = 2\n", &mps_type_IndentationError, 2, MPS_QSTR_NULL);
    assert_error("if 1:\n    x = 1\n\n  y = 2\n", &mps_type_IndentationError, 2, MPS_QSTR_NULL);
    // errors MicroPython reports from its compiler name the enclosing block
    assert_error("f() = 1\n", &mps_type_SyntaxError, 1, MPS_QSTR_lt_module_gt);
    assert_error("def g():\n    del f()\n", &mps_type_SyntaxError, 2, qstr_from_str("g"));
    assert_error("f(a=1, b)\n", &mps_type_SyntaxError, 1, MPS_QSTR_lt_module_gt);
}

Test(parse, bad_number_is_a_syntax_error) {
    unit_interpreter(256 * 1024);
    mps_obj_t exc = parse_error("x = 0777\n");
    cr_assert_eq(mps_obj_get_type(exc), &mps_type_SyntaxError);
}

Test(parse, deep_nesting_parses_or_raises_but_never_crashes) {
    unit_interpreter(4 * 1024 * 1024);
    static char src[2 * 100000 + 8];
    for (size_t depth = 1000; depth <= 100000; depth *= 100) {
        size_t n = 0;
        src[n++] = 'x';
        src[n++] = '=';
        for (size_t i = 0; i < depth; i++) {
            src[n++] = '(';
        }
        src[n++] = '1';
        for (size_t i = 0; i < depth; i++) {
            src[n++] = ')';
        }
        src[n] = '\0';
        mps_obj_t exc = parse_error(src);
        if (depth == 1000) {
            cr_assert_eq(exc, MPS_OBJ_NULL, "1000 nested parentheses must parse");
        } else {
            cr_assert_neq(exc, MPS_OBJ_NULL);
        }
    }
}

static bool incomplete(const char *src) {
    return mps_parse_is_incomplete(src, strlen(src));
}

Test(parse, repl_input_is_incomplete_until_finished) {
    cr_assert(!incomplete("x = 1"));
    cr_assert(incomplete("if 1:"));
    cr_assert(incomplete("if 1: pass"));
    cr_assert(incomplete("if 1:\n    x = 1"));
    cr_assert(!incomplete("if 1:\n    x = 1\n"));
    cr_assert(incomplete("x = (1,"));
    cr_assert(!incomplete("x = (1,\n2)"));
    cr_assert(incomplete("s = '''abc"));
    cr_assert(incomplete("x = 1 + \\"));
    cr_assert(incomplete("@dec"));
    cr_assert(!incomplete("iffy = 1"));
    cr_assert(!incomplete("x = ')' # ("));
    cr_assert(!incomplete("f\"{x[\"(\"]}\""));
    cr_assert(incomplete("s = 'abc\\"));
    cr_assert(!incomplete("s = 'abc"));
}

Test(parse, freeing_a_tree_gives_its_heap_back) {
    unit_interpreter(256 * 1024);
    const char *src = "def f(a, b):\n    return [a * i for i in range(b)]\nprint(f(2, 3))\n";
    // A first parse interns the names; the second allocates only the tree.
    mps_ast_free(mps_parse(src, strlen(src), MPS_QSTR_lt_string_gt, MPS_PARSE_FILE_INPUT));
    gc_info_t before;
    gc_info(&before);
    mps_ast_t *root = mps_parse(src, strlen(src), MPS_QSTR_lt_string_gt, MPS_PARSE_FILE_INPUT);
    gc_info_t during;
    gc_info(&during);
    cr_assert_gt(during.used, before.used);
    mps_ast_free(root);
    gc_info_t after;
    gc_info(&after);
    cr_assert_eq(after.used, before.used);
}
