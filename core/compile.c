// SPDX-License-Identifier: MIT
// The compiler: one walk of the syntax tree per code object, emitting bytecode through
// core/emitbc.h. Scopes are resolved beforehand (core/scope.c).
#include "core/compile.h"

#include <string.h>

#include "core/emitbc.h"
#include "core/mem.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objsingleton.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/runtime.h"
#include "core/scope.h"
#include "core/state.h"

// What an exit (break, continue, return) out of a block has to do on the way.
typedef enum {
    BLOCK_LOOP,        // for / while / async for
    BLOCK_FINALLY,     // inside try: of a try/finally: run the finally body
    BLOCK_FINALLY_EXC, // inside a finally body run for an exception: drop it
    BLOCK_WITH,        // inside with: call __exit__(None, None, None)
    BLOCK_EXCEPT,      // inside an except clause: restore the handled exception
} block_kind_t;

typedef struct {
    uint8_t kind;
    uint8_t is_for;   // loop keeps an iterator on the stack
    uint8_t is_async;
    uint8_t n_pop;    // stack slots a range loop keeps (3), else 0
    uint16_t handler_index; // the block's handler's index in the handler stack
    size_t break_label, continue_label;
    mps_ast_seq_t finalbody;
    qstr name;        // except ... as name
} block_t;

typedef struct {
    qstr source_file;
    mps_scope_t *scope;
    mps_emit_t *e;
    block_t *blocks;
    size_t n_blocks, blocks_alloc, block_base;
    bool is_repl;
    bool no_lines; // micropython.opt_level(3): store no line numbers
    size_t line;
    // micropython.const() names of the module and their values
    uint16_t *const_names;
    mps_obj_t *const_values;
    size_t n_consts, consts_alloc;
} compiler_t;

static void compile_expr(compiler_t *c, const mps_ast_t *e);
static void compile_stmts(compiler_t *c, mps_ast_seq_t body);
static void compile_store(compiler_t *c, const mps_ast_t *target);
static void compile_unbind(compiler_t *c, qstr name);

static noreturn void syntax_error(compiler_t *c, const char *msg) {
    mps_scope_syntax_error(c->source_file, c->line, c->scope->name, msg);
}

#define AST_AT(seq, i) mps_ast_seq_get((seq), (i))

// --- blocks ---------------------------------------------------------------------------

static block_t *push_block(compiler_t *c, block_kind_t kind) {
    if (c->n_blocks == c->blocks_alloc) {
        size_t n = c->blocks_alloc ? c->blocks_alloc * 2 : 8;
        c->blocks = mps_renew(block_t, c->blocks, n);
        c->blocks_alloc = n;
    }
    block_t *b = &c->blocks[c->n_blocks++];
    memset(b, 0, sizeof(*b));
    b->kind = (uint8_t)kind;
    b->handler_index = (uint16_t)c->e->n_handlers;
    return b;
}

static void pop_block(compiler_t *c) {
    c->n_blocks--;
}

// Emits what leaving block [i] needs (stack and handlers as at that block).
static void unwind_block(compiler_t *c, size_t i) {
    block_t b = c->blocks[i];
    mps_emit_t *e = c->e;
    switch (b.kind) {
        case BLOCK_FINALLY: {
            mps_emit_truncate_handlers(e, b.handler_index);
            size_t saved = c->n_blocks;
            c->n_blocks = i; // exits inside the finally body see only the outer blocks
            compile_stmts(c, b.finalbody);
            c->n_blocks = saved;
            break;
        }
        case BLOCK_FINALLY_EXC:
            mps_emit_op(e, MPS_BC_POP_TOP);
            break;
        case BLOCK_WITH:
            mps_emit_truncate_handlers(e, b.handler_index);
            mps_emit_op(e, MPS_BC_WITH_EXIT);
            if (b.is_async) {
                mps_emit_op(e, MPS_BC_GET_AWAITABLE);
                mps_emit_op(e, MPS_BC_LOAD_NONE);
                mps_emit_op(e, MPS_BC_YIELD_FROM);
            }
            mps_emit_op(e, MPS_BC_POP_TOP);
            break;
        case BLOCK_EXCEPT:
            mps_emit_truncate_handlers(e, b.handler_index);
            mps_emit_op(e, MPS_BC_POP_EXCEPT);
            if (b.name != MPS_QSTR_NULL) {
                compile_unbind(c, b.name);
            }
            break;
        default:
            // a loop left by `return`: drop its iterator so outer blocks find their state
            if (b.n_pop == 3) {
                mps_emit_op(e, MPS_BC_POP_TOP);
                mps_emit_op(e, MPS_BC_POP_TOP);
                mps_emit_op(e, MPS_BC_POP_TOP);
            } else if (b.is_for) {
                mps_emit_op(e, b.is_async ? MPS_BC_POP_TOP : MPS_BC_POP_ITER);
            }
            break;
    }
}

static bool needs_unwind_code(compiler_t *c, size_t down_to) {
    for (size_t i = c->n_blocks; i-- > down_to;) {
        if (c->blocks[i].kind != BLOCK_LOOP) {
            return true;
        }
    }
    return false;
}

static void compile_break_continue(compiler_t *c, bool is_break) {
    size_t loop = c->n_blocks;
    for (size_t i = c->n_blocks; i-- > c->block_base;) {
        if (c->blocks[i].kind == BLOCK_LOOP) {
            loop = i;
            break;
        }
    }
    if (loop == c->n_blocks) {
        syntax_error(c, "'break'/'continue' outside loop");
    }
    mps_emit_t *e = c->e;
    int depth = e->depth;
    size_t n_saved;
    mps_emit_handler_t *saved = mps_emit_save_handlers(e, &n_saved);
    for (size_t i = c->n_blocks; i-- > loop + 1;) {
        unwind_block(c, i);
    }
    block_t *b = &c->blocks[loop];
    if (is_break) {
        if (b->n_pop == 3) {
            mps_emit_op(e, MPS_BC_POP_TOP);
            mps_emit_op(e, MPS_BC_POP_TOP);
            mps_emit_op(e, MPS_BC_POP_TOP);
        } else if (b->is_for) {
            mps_emit_op(e, b->is_async ? MPS_BC_POP_TOP : MPS_BC_POP_ITER);
        }
        mps_emit_op_jump(e, MPS_BC_JUMP, b->break_label);
    } else {
        mps_emit_op_jump(e, MPS_BC_JUMP, b->continue_label);
    }
    mps_emit_restore_handlers(e, saved, n_saved);
    mps_emit_set_depth(e, depth);
}

static void compile_return_value(compiler_t *c) {
    // the value is on the stack
    mps_emit_t *e = c->e;
    if (!needs_unwind_code(c, c->block_base)) {
        mps_emit_op(e, MPS_BC_RETURN_VALUE);
        return;
    }
    int depth = e->depth;
    mps_emit_op_uint(e, MPS_BC_STORE_FAST, c->scope->ret_slot);
    size_t n_saved;
    mps_emit_handler_t *saved = mps_emit_save_handlers(e, &n_saved);
    for (size_t i = c->n_blocks; i-- > c->block_base;) {
        unwind_block(c, i);
    }
    mps_emit_op_uint(e, MPS_BC_LOAD_FAST, c->scope->ret_slot);
    mps_emit_op(e, MPS_BC_RETURN_VALUE);
    mps_emit_restore_handlers(e, saved, n_saved);
    mps_emit_set_depth(e, depth - 1);
}

// --- names ----------------------------------------------------------------------------

static mps_obj_t find_const_name(compiler_t *c, qstr name) {
    for (size_t i = 0; i < c->n_consts; i++) {
        if (c->const_names[i] == name) {
            return c->const_values[i];
        }
    }
    return MPS_OBJ_NULL;
}

static const mps_id_info_t *lookup(compiler_t *c, qstr name) {
    return mps_scope_find(c->scope, name);
}

static bool is_global_kind(const mps_id_info_t *id) {
    return id == NULL || id->kind == MPS_ID_NAME || id->kind == MPS_ID_GLOBAL_IMPLICIT ||
           id->kind == MPS_ID_GLOBAL_EXPLICIT;
}

static void compile_load_name(compiler_t *c, qstr name) {
    const mps_id_info_t *id = lookup(c, name);
    mps_emit_t *e = c->e;
    if (name == MPS_QSTR___debug__) {
        mps_emit_op(e, mps_state.opt_level == 0 ? MPS_BC_LOAD_TRUE : MPS_BC_LOAD_FALSE);
        return;
    }
    if (is_global_kind(id) && c->n_consts) {
        mps_obj_t v = find_const_name(c, name);
        if (v != MPS_OBJ_NULL) {
            mps_emit_load_obj(e, v);
            return;
        }
    }
    if (id == NULL) {
        mps_emit_op_uint(e, c->scope->kind == MPS_SCOPE_FUNCTION || c->scope->kind == MPS_SCOPE_COMP
                                ? MPS_BC_LOAD_GLOBAL : MPS_BC_LOAD_NAME, name);
        return;
    }
    switch (id->kind) {
        case MPS_ID_LOCAL:
            mps_emit_op_uint(e, MPS_BC_LOAD_FAST, id->slot);
            break;
        case MPS_ID_CELL:
        case MPS_ID_FREE:
            mps_emit_op_uint(e, MPS_BC_LOAD_DEREF, id->slot);
            break;
        case MPS_ID_GLOBAL_IMPLICIT:
        case MPS_ID_GLOBAL_EXPLICIT:
            mps_emit_op_uint(e, MPS_BC_LOAD_GLOBAL, name);
            break;
        default:
            mps_emit_op_uint(e, MPS_BC_LOAD_NAME, name);
            break;
    }
}

static void compile_store_name(compiler_t *c, qstr name) {
    const mps_id_info_t *id = lookup(c, name);
    mps_emit_t *e = c->e;
    switch (id ? id->kind : MPS_ID_NAME) {
        case MPS_ID_LOCAL:
            mps_emit_op_uint(e, MPS_BC_STORE_FAST, id->slot);
            break;
        case MPS_ID_CELL:
        case MPS_ID_FREE:
            mps_emit_op_uint(e, MPS_BC_STORE_DEREF, id->slot);
            break;
        case MPS_ID_GLOBAL_IMPLICIT:
        case MPS_ID_GLOBAL_EXPLICIT:
            mps_emit_op_uint(e, MPS_BC_STORE_GLOBAL, name);
            break;
        default:
            mps_emit_op_uint(e, MPS_BC_STORE_NAME, name);
            break;
    }
}

static void compile_delete_name(compiler_t *c, qstr name) {
    const mps_id_info_t *id = lookup(c, name);
    mps_emit_t *e = c->e;
    switch (id ? id->kind : MPS_ID_NAME) {
        case MPS_ID_LOCAL:
            mps_emit_op_uint(e, MPS_BC_DELETE_FAST, id->slot);
            break;
        case MPS_ID_CELL:
        case MPS_ID_FREE:
            mps_emit_op_uint(e, MPS_BC_DELETE_DEREF, id->slot);
            break;
        case MPS_ID_GLOBAL_IMPLICIT:
        case MPS_ID_GLOBAL_EXPLICIT:
            mps_emit_op_uint(e, MPS_BC_DELETE_GLOBAL, name);
            break;
        default:
            mps_emit_op_uint(e, MPS_BC_DELETE_NAME, name);
            break;
    }
}

// --- constant folding -----------------------------------------------------------------

static bool is_name(const mps_ast_t *e, qstr q) {
    return e != NULL && e->kind == MPS_AST_NAME && ((const mps_ast_name_t *)e)->id == q;
}

// Folds integer expressions as MicroPython does: literals, const() names, unary and
// binary operators whose result stays a small int. MPS_OBJ_NULL when not foldable.
static mps_obj_t fold(compiler_t *c, const mps_ast_t *e) {
    if (e == NULL) {
        return MPS_OBJ_NULL;
    }
    switch (e->kind) {
        case MPS_AST_CONSTANT: {
            mps_obj_t v = ((const mps_ast_constant_t *)e)->value;
            return MPS_OBJ_IS_SMALL_INT(v) ? v : MPS_OBJ_NULL;
        }
        case MPS_AST_NAME: {
            qstr q = ((const mps_ast_name_t *)e)->id;
            if (c->n_consts && is_global_kind(lookup(c, q))) {
                mps_obj_t v = find_const_name(c, q);
                return MPS_OBJ_IS_SMALL_INT(v) ? v : MPS_OBJ_NULL;
            }
            return MPS_OBJ_NULL;
        }
        case MPS_AST_UNARY_OP: {
            const mps_ast_unary_op_t *u = (const mps_ast_unary_op_t *)e;
            mps_obj_t v = fold(c, MPS_AST(u->operand));
            if (v == MPS_OBJ_NULL) {
                return MPS_OBJ_NULL;
            }
            long long x = MPS_OBJ_SMALL_INT_VALUE(v);
            switch (u->op) {
                case MPS_UNARY_OP_POSITIVE:
                    break;
                case MPS_UNARY_OP_NEGATIVE:
                    x = -x;
                    break;
                case MPS_UNARY_OP_INVERT:
                    x = ~x;
                    break;
                default:
                    return MPS_OBJ_NULL;
            }
            return MPS_SMALL_INT_FITS(x) ? MPS_OBJ_NEW_SMALL_INT((mps_int_t)x) : MPS_OBJ_NULL;
        }
        case MPS_AST_BIN_OP: {
            const mps_ast_bin_op_t *b = (const mps_ast_bin_op_t *)e;
            mps_obj_t l = fold(c, MPS_AST(b->left));
            if (l == MPS_OBJ_NULL) {
                return MPS_OBJ_NULL;
            }
            mps_obj_t r = fold(c, MPS_AST(b->right));
            if (r == MPS_OBJ_NULL) {
                return MPS_OBJ_NULL;
            }
            long long x = MPS_OBJ_SMALL_INT_VALUE(l);
            long long y = MPS_OBJ_SMALL_INT_VALUE(r);
            long long z;
            switch (b->op) {
                case MPS_BINARY_OP_ADD:
                    z = x + y;
                    break;
                case MPS_BINARY_OP_SUBTRACT:
                    z = x - y;
                    break;
                case MPS_BINARY_OP_MULTIPLY:
                    z = x * y;
                    break;
                case MPS_BINARY_OP_AND:
                    z = x & y;
                    break;
                case MPS_BINARY_OP_OR:
                    z = x | y;
                    break;
                case MPS_BINARY_OP_XOR:
                    z = x ^ y;
                    break;
                case MPS_BINARY_OP_LSHIFT:
                    if (y < 0 || y > 31) {
                        return MPS_OBJ_NULL;
                    }
                    z = x * (1LL << y);
                    break;
                case MPS_BINARY_OP_RSHIFT:
                    if (y < 0) {
                        return MPS_OBJ_NULL;
                    }
                    z = x >> (y > 62 ? 62 : y);
                    break;
                case MPS_BINARY_OP_FLOOR_DIVIDE:
                case MPS_BINARY_OP_MODULO:
                    if (y == 0) {
                        return MPS_OBJ_NULL;
                    }
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) {
                        z -= 1;
                    }
                    if (b->op == MPS_BINARY_OP_MODULO) {
                        z = x - z * y;
                    }
                    break;
                case MPS_BINARY_OP_POWER:
                    if (y < 0) {
                        return MPS_OBJ_NULL;
                    }
                    z = 1;
                    for (long long i = 0; i < y; i++) {
                        z *= x;
                        if (!MPS_SMALL_INT_FITS(z)) {
                            return MPS_OBJ_NULL;
                        }
                    }
                    break;
                default:
                    return MPS_OBJ_NULL;
            }
            return MPS_SMALL_INT_FITS(z) ? MPS_OBJ_NEW_SMALL_INT((mps_int_t)z) : MPS_OBJ_NULL;
        }
        default:
            return MPS_OBJ_NULL;
    }
}

// True if some item of [seq] is a name given a value by micropython.const().
static bool uses_const_names(compiler_t *c, mps_ast_seq_t seq) {
    for (size_t i = 0; i < seq.n; i++) {
        const mps_ast_t *item = AST_AT(seq, i);
        if (item->kind == MPS_AST_NAME && c->n_consts &&
            find_const_name(c, ((const mps_ast_name_t *)item)->id) != MPS_OBJ_NULL) {
            return true;
        }
    }
    return false;
}

// A constant for a tuple of constants, or MPS_OBJ_NULL.
static mps_obj_t const_value(compiler_t *c, const mps_ast_t *e) {
    if (e->kind == MPS_AST_NAME) {
        qstr q = ((const mps_ast_name_t *)e)->id;
        return (c->n_consts && is_global_kind(lookup(c, q))) ? find_const_name(c, q) : MPS_OBJ_NULL;
    }
    if (e->kind == MPS_AST_CONSTANT) {
        if (e->flags & MPS_AST_FLAG_ELLIPSIS) {
            return mps_const_ellipsis;
        }
        return ((const mps_ast_constant_t *)e)->value;
    }
    mps_obj_t v = fold(c, e);
    if (v != MPS_OBJ_NULL) {
        return v;
    }
    if (e->kind == MPS_AST_TUPLE && e->ctx == MPS_AST_LOAD) {
        const mps_ast_tuple_t *t = (const mps_ast_tuple_t *)e;
        if (t->elts.n == 0 || t->elts.n > 16) {
            return MPS_OBJ_NULL;
        }
        mps_obj_t items[16];
        for (size_t i = 0; i < t->elts.n; i++) {
            items[i] = const_value(c, AST_AT(t->elts, i));
            if (items[i] == MPS_OBJ_NULL) {
                return MPS_OBJ_NULL;
            }
        }
        return mps_obj_new_tuple(t->elts.n, items);
    }
    return MPS_OBJ_NULL;
}

// --- expressions ----------------------------------------------------------------------

static bool has_starred(mps_ast_seq_t seq) {
    for (size_t i = 0; i < seq.n; i++) {
        if (AST_AT(seq, i)->kind == MPS_AST_STARRED) {
            return true;
        }
    }
    return false;
}

// Builds a list from [seq] with *items expanded (leaves the list on the stack).
static void compile_star_list(compiler_t *c, mps_ast_seq_t seq, bool is_set) {
    mps_emit_t *e = c->e;
    mps_emit_op_uint(e, is_set ? MPS_BC_BUILD_SET : MPS_BC_BUILD_LIST, 0);
    for (size_t i = 0; i < seq.n; i++) {
        const mps_ast_t *x = AST_AT(seq, i);
        if (x->kind == MPS_AST_STARRED) {
            compile_expr(c, MPS_AST(((const mps_ast_starred_t *)x)->value));
            mps_emit_op(e, is_set ? MPS_BC_SET_UPDATE : MPS_BC_LIST_EXTEND);
        } else {
            compile_expr(c, x);
            mps_emit_op_uint(e, is_set ? MPS_BC_SET_ADD : MPS_BC_LIST_APPEND, 0);
        }
    }
}

static void compile_seq_build(compiler_t *c, mps_ast_seq_t elts, mps_bc_opcode_t build) {
    if (has_starred(elts)) {
        compile_star_list(c, elts, build == MPS_BC_BUILD_SET);
        if (build == MPS_BC_BUILD_TUPLE) {
            mps_emit_op(c->e, MPS_BC_LIST_TO_TUPLE);
        }
        return;
    }
    for (size_t i = 0; i < elts.n; i++) {
        compile_expr(c, AST_AT(elts, i));
    }
    mps_emit_op_uint(c->e, build, elts.n);
}

static void compile_slice_part(compiler_t *c, const mps_ast_t *x) {
    if (x == NULL) {
        mps_emit_op(c->e, MPS_BC_LOAD_NONE);
    } else {
        compile_expr(c, x);
    }
}

static void compile_index(compiler_t *c, const mps_ast_t *x) {
    if (x->kind == MPS_AST_SLICE) {
        const mps_ast_slice_t *s = (const mps_ast_slice_t *)x;
        compile_slice_part(c, MPS_AST(s->lower));
        compile_slice_part(c, MPS_AST(s->upper));
        if (s->step) {
            compile_expr(c, MPS_AST(s->step));
            mps_emit_op_uint(c->e, MPS_BC_BUILD_SLICE, 3);
        } else {
            mps_emit_op_uint(c->e, MPS_BC_BUILD_SLICE, 2);
        }
    } else if (x->kind == MPS_AST_TUPLE && !has_starred(((const mps_ast_tuple_t *)x)->elts)) {
        const mps_ast_tuple_t *t = (const mps_ast_tuple_t *)x;
        mps_obj_t k = const_value(c, x);
        if (k != MPS_OBJ_NULL) {
            mps_emit_load_obj(c->e, k);
            return;
        }
        for (size_t i = 0; i < t->elts.n; i++) {
            compile_index(c, AST_AT(t->elts, i));
        }
        mps_emit_op_uint(c->e, MPS_BC_BUILD_TUPLE, t->elts.n);
    } else {
        compile_expr(c, x);
    }
}

static void compile_compare_op(compiler_t *c, unsigned op) {
    mps_emit_t *e = c->e;
    switch (op) {
        case MPS_AST_CMP_EQ:
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, MPS_BINARY_OP_EQUAL);
            break;
        case MPS_AST_CMP_NOT_EQ:
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, MPS_BINARY_OP_NOT_EQUAL);
            break;
        case MPS_AST_CMP_LT:
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, MPS_BINARY_OP_LESS);
            break;
        case MPS_AST_CMP_LT_E:
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, MPS_BINARY_OP_LESS_EQUAL);
            break;
        case MPS_AST_CMP_GT:
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, MPS_BINARY_OP_MORE);
            break;
        case MPS_AST_CMP_GT_E:
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, MPS_BINARY_OP_MORE_EQUAL);
            break;
        case MPS_AST_CMP_IS:
            mps_emit_op_uint(e, MPS_BC_COMPARE_IS, 0);
            break;
        case MPS_AST_CMP_IS_NOT:
            mps_emit_op_uint(e, MPS_BC_COMPARE_IS, 1);
            break;
        case MPS_AST_CMP_IN:
            mps_emit_op_uint(e, MPS_BC_COMPARE_IN, 0);
            break;
        default:
            mps_emit_op_uint(e, MPS_BC_COMPARE_IN, 1);
            break;
    }
}

static void compile_compare(compiler_t *c, const mps_ast_compare_t *cmp) {
    mps_emit_t *e = c->e;
    const uint8_t *ops = MPS_PTR(const uint8_t, cmp->ops);
    size_t n = cmp->comparators.n;
    compile_expr(c, MPS_AST(cmp->left));
    if (n == 1) {
        compile_expr(c, AST_AT(cmp->comparators, 0));
        compile_compare_op(c, ops[0]);
        return;
    }
    size_t cleanup = mps_emit_new_label(e);
    size_t end = mps_emit_new_label(e);
    for (size_t i = 0; i < n; i++) {
        compile_expr(c, AST_AT(cmp->comparators, i));
        if (i + 1 < n) {
            mps_emit_op(e, MPS_BC_DUP_TOP);
            mps_emit_op(e, MPS_BC_ROT_THREE);
            compile_compare_op(c, ops[i]);
            mps_emit_op_jump(e, MPS_BC_JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
            compile_compare_op(c, ops[i]);
        }
    }
    mps_emit_op_jump(e, MPS_BC_JUMP, end);
    mps_emit_label(e, cleanup);
    mps_emit_op(e, MPS_BC_ROT_TWO);
    mps_emit_op(e, MPS_BC_POP_TOP);
    mps_emit_label(e, end);
}

static mps_raw_code_t *compile_scope(compiler_t *c, mps_scope_t *s, const mps_ast_t *node);

// Pushes defaults, kw-defaults and closure cells, then MAKE_FUNCTION for [child].
static void compile_make_function(compiler_t *c, mps_scope_t *child, const mps_ast_arguments_t *args,
                                  const mps_ast_t *node) {
    mps_emit_t *e = c->e;
    int n_pushed = 0;
    if (args != NULL && args->defaults.n) {
        for (size_t i = 0; i < args->defaults.n; i++) {
            compile_expr(c, AST_AT(args->defaults, i));
        }
        mps_emit_op_uint(e, MPS_BC_BUILD_TUPLE, args->defaults.n);
        n_pushed++;
    }
    if (child->code_flags & MPS_CODE_FLAG_HAS_KWDEFAULTS) {
        mps_emit_op_uint(e, MPS_BC_BUILD_MAP, args->kwonlyargs.n);
        for (size_t i = 0; i < args->kwonlyargs.n; i++) {
            const mps_ast_t *d = AST_AT(args->kw_defaults, i);
            if (d != NULL) {
                const mps_ast_arg_t *a = (const mps_ast_arg_t *)AST_AT(args->kwonlyargs, i);
                compile_expr(c, d);
                mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(a->arg));
                mps_emit_op(e, MPS_BC_STORE_MAP);
            }
        }
        n_pushed++;
    }
    // the cells the child closes over, in its free-slot order
    for (uint16_t slot = (uint16_t)(child->n_locals - child->n_free); slot < child->n_locals; slot++) {
        for (size_t i = 0; i < child->n_ids; i++) {
            const mps_id_info_t *cid = &child->ids[i];
            if (cid->kind == MPS_ID_FREE && cid->slot == slot) {
                const mps_id_info_t *mine = lookup(c, cid->name);
                if (mine == NULL || (mine->kind != MPS_ID_CELL && mine->kind != MPS_ID_FREE)) {
                    syntax_error(c, "unsupported closure over a class variable");
                }
                mps_emit_op_uint(e, MPS_BC_LOAD_CELL, mine->slot);
                n_pushed++;
            }
        }
    }
    mps_raw_code_t *rc = compile_scope(c, child, node);
    size_t idx = mps_emit_const_index(e, MPS_OBJ_FROM_PTR(rc));
    mps_emit_op_uint(e, MPS_BC_MAKE_FUNCTION, idx);
    mps_emit_adjust(e, 1 - n_pushed);
}

static void compile_comprehension(compiler_t *c, const mps_ast_t *x, mps_ast_seq_t gens) {
    mps_scope_t *child = mps_scope_child(c->scope, x);
    compile_make_function(c, child, NULL, x);
    const mps_ast_comprehension_t *g0 = (const mps_ast_comprehension_t *)AST_AT(gens, 0);
    compile_expr(c, MPS_AST(g0->iter));
    if (x->kind == MPS_AST_GENERATOR_EXP) {
        // iter() now, as Python does, so errors show where the expression is
        mps_emit_op(c->e, MPS_BC_GET_ITER);
    }
    mps_emit_op_uint(c->e, MPS_BC_CALL_FUNCTION, 1);
}

// For a zero-argument super() call in a method: pushes `super` (unless [for_method]),
// the __class__ cell's value and the first argument, and returns true. Returns false
// (emitting nothing) when the call is something else.
static bool compile_zero_arg_super(compiler_t *c, const mps_ast_call_t *call, bool for_method) {
    if (!is_name(MPS_AST(call->func), MPS_QSTR_super) || call->args.n || call->keywords.n ||
        c->scope->kind != MPS_SCOPE_FUNCTION) {
        return false;
    }
    const mps_id_info_t *cls = lookup(c, MPS_QSTR___class__);
    const mps_id_info_t *self = NULL;
    for (size_t i = 0; i < c->scope->n_ids; i++) {
        if ((c->scope->ids[i].flags & MPS_ID_FLAG_PARAM) && c->scope->ids[i].slot == 0) {
            self = &c->scope->ids[i];
        }
    }
    if (self == NULL || c->scope->n_pos_args == 0) {
        syntax_error(c, "super() can't find self");
    }
    if (cls == NULL || cls->kind != MPS_ID_FREE) {
        return false;
    }
    if (!for_method) {
        compile_load_name(c, MPS_QSTR_super);
    }
    mps_emit_op_uint(c->e, MPS_BC_LOAD_DEREF, cls->slot);
    compile_load_name(c, self->name);
    return true;
}

static void compile_call(compiler_t *c, const mps_ast_call_t *call) {
    mps_emit_t *e = c->e;
    const mps_ast_t *func = MPS_AST(call->func);
    size_t n_pos = call->args.n;
    size_t n_kw = call->keywords.n;
    bool star = has_starred(call->args);
    for (size_t i = 0; i < n_kw; i++) {
        if (((const mps_ast_keyword_t *)AST_AT(call->keywords, i))->arg == MPS_QSTR_NULL) {
            star = true;
        }
    }
    // zero-argument super(): super(__class__, <first argument>)
    if (compile_zero_arg_super(c, call, false)) {
        mps_emit_op_uint(e, MPS_BC_CALL_FUNCTION, 2);
        return;
    }
    if (!star && n_pos < 256 && n_kw < 256) {
        bool method = func->kind == MPS_AST_ATTRIBUTE;
        if (method) {
            const mps_ast_attribute_t *a = (const mps_ast_attribute_t *)func;
            const mps_ast_t *base = MPS_AST(a->value);
            if (base->kind == MPS_AST_CALL && compile_zero_arg_super(c, (const mps_ast_call_t *)base, true)) {
                // super().m(...) finds m without making a super object
                mps_emit_op_uint(e, MPS_BC_LOAD_SUPER_METHOD, a->attr);
            } else {
                compile_expr(c, base);
                mps_emit_op_uint(e, MPS_BC_LOAD_METHOD, a->attr);
            }
        } else {
            compile_expr(c, func);
        }
        for (size_t i = 0; i < n_pos; i++) {
            compile_expr(c, AST_AT(call->args, i));
        }
        for (size_t i = 0; i < n_kw; i++) {
            const mps_ast_keyword_t *k = (const mps_ast_keyword_t *)AST_AT(call->keywords, i);
            mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(k->arg));
            compile_expr(c, MPS_AST(k->value));
        }
        mps_emit_op_uint(e, method ? MPS_BC_CALL_METHOD : MPS_BC_CALL_FUNCTION, n_pos | (n_kw << 8));
        return;
    }
    compile_expr(c, func);
    compile_star_list(c, call->args, false);
    if (n_kw) {
        mps_emit_op_uint(e, MPS_BC_BUILD_MAP, n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            const mps_ast_keyword_t *k = (const mps_ast_keyword_t *)AST_AT(call->keywords, i);
            if (k->arg == MPS_QSTR_NULL) {
                compile_expr(c, MPS_AST(k->value));
                mps_emit_op_uint(e, MPS_BC_DICT_MERGE, 0);
            } else {
                mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(k->arg));
                compile_expr(c, MPS_AST(k->value));
                mps_emit_op_uint(e, MPS_BC_DICT_MERGE, 1);
            }
        }
    }
    mps_emit_op_uint(e, MPS_BC_CALL_FUNCTION_EX, n_kw ? 1 : 0);
}

static void compile_joined_str(compiler_t *c, const mps_ast_joined_str_t *j);

static void compile_formatted_value(compiler_t *c, const mps_ast_formatted_value_t *f) {
    compile_expr(c, MPS_AST(f->value));
    if (!f->format_spec && (f->conversion == MPS_AST_CONV_NONE || f->conversion == MPS_AST_CONV_STR)) {
        return; // BUILD_STRING prints it as str() directly
    }
    unsigned flags = MPS_BC_FORMAT_NONE;
    switch (f->conversion) {
        case MPS_AST_CONV_STR:
            flags = MPS_BC_FORMAT_STR;
            break;
        case MPS_AST_CONV_REPR:
            flags = MPS_BC_FORMAT_REPR;
            break;
        case MPS_AST_CONV_ASCII:
            flags = MPS_BC_FORMAT_ASCII;
            break;
        default:
            break;
    }
    if (f->format_spec) {
        const mps_ast_t *spec = MPS_AST(f->format_spec);
        if (spec->kind == MPS_AST_JOINED_STR) {
            compile_joined_str(c, (const mps_ast_joined_str_t *)spec);
        } else {
            compile_expr(c, spec);
        }
        flags |= MPS_BC_FORMAT_HAS_SPEC;
    }
    mps_emit_op_uint(c->e, MPS_BC_FORMAT_VALUE, flags);
}

static void compile_joined_str(compiler_t *c, const mps_ast_joined_str_t *j) {
    size_t n = j->values.n;
    if (n == 0) {
        mps_emit_load_obj(c->e, MPS_OBJ_NEW_QSTR(MPS_QSTR_empty));
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const mps_ast_t *v = AST_AT(j->values, i);
        if (v->kind == MPS_AST_FORMATTED_VALUE) {
            compile_formatted_value(c, (const mps_ast_formatted_value_t *)v);
        } else {
            compile_expr(c, v);
        }
    }
    if (n > 1 || AST_AT(j->values, 0)->kind != MPS_AST_CONSTANT) {
        mps_emit_op_uint(c->e, MPS_BC_BUILD_STRING, n);
    }
}

static void compile_await(compiler_t *c) {
    mps_emit_op(c->e, MPS_BC_GET_AWAITABLE);
    mps_emit_op(c->e, MPS_BC_LOAD_NONE);
    mps_emit_op(c->e, MPS_BC_YIELD_FROM);
}

static void compile_expr(compiler_t *c, const mps_ast_t *x) {
    mps_emit_t *e = c->e;
    mps_stack_check();
    switch (x->kind) {
        case MPS_AST_CONSTANT:
            if (x->flags & MPS_AST_FLAG_ELLIPSIS) {
                mps_emit_load_const(e, mps_const_ellipsis);
            } else {
                mps_emit_load_obj(e, ((const mps_ast_constant_t *)x)->value);
            }
            break;
        case MPS_AST_NAME:
            compile_load_name(c, ((const mps_ast_name_t *)x)->id);
            break;
        case MPS_AST_ATTRIBUTE: {
            const mps_ast_attribute_t *a = (const mps_ast_attribute_t *)x;
            compile_expr(c, MPS_AST(a->value));
            mps_emit_op_uint(e, MPS_BC_LOAD_ATTR, a->attr);
            break;
        }
        case MPS_AST_SUBSCRIPT: {
            const mps_ast_subscript_t *s = (const mps_ast_subscript_t *)x;
            compile_expr(c, MPS_AST(s->value));
            compile_index(c, MPS_AST(s->slice));
            mps_emit_op(e, MPS_BC_LOAD_SUBSCR);
            break;
        }
        case MPS_AST_BIN_OP: {
            mps_obj_t v = fold(c, x);
            if (v != MPS_OBJ_NULL) {
                mps_emit_load_obj(e, v);
                break;
            }
            const mps_ast_bin_op_t *b = (const mps_ast_bin_op_t *)x;
            compile_expr(c, MPS_AST(b->left));
            compile_expr(c, MPS_AST(b->right));
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, b->op);
            break;
        }
        case MPS_AST_UNARY_OP: {
            mps_obj_t v = fold(c, x);
            if (v != MPS_OBJ_NULL) {
                mps_emit_load_obj(e, v);
                break;
            }
            const mps_ast_unary_op_t *u = (const mps_ast_unary_op_t *)x;
            compile_expr(c, MPS_AST(u->operand));
            mps_emit_op_uint(e, MPS_BC_UNARY_OP, u->op);
            break;
        }
        case MPS_AST_BOOL_OP: {
            const mps_ast_bool_op_t *b = (const mps_ast_bool_op_t *)x;
            size_t end = mps_emit_new_label(e);
            for (size_t i = 0; i < b->values.n; i++) {
                compile_expr(c, AST_AT(b->values, i));
                if (i + 1 < b->values.n) {
                    mps_emit_op_jump(e, b->op == MPS_AST_AND ? MPS_BC_JUMP_IF_FALSE_OR_POP : MPS_BC_JUMP_IF_TRUE_OR_POP, end);
                }
            }
            mps_emit_label(e, end);
            break;
        }
        case MPS_AST_COMPARE:
            compile_compare(c, (const mps_ast_compare_t *)x);
            break;
        case MPS_AST_IF_EXP: {
            const mps_ast_if_exp_t *i = (const mps_ast_if_exp_t *)x;
            size_t orelse = mps_emit_new_label(e);
            size_t end = mps_emit_new_label(e);
            compile_expr(c, MPS_AST(i->test));
            mps_emit_op_jump(e, MPS_BC_POP_JUMP_IF_FALSE, orelse);
            compile_expr(c, MPS_AST(i->body));
            mps_emit_op_jump(e, MPS_BC_JUMP, end);
            mps_emit_label(e, orelse);
            compile_expr(c, MPS_AST(i->orelse));
            mps_emit_label(e, end);
            break;
        }
        case MPS_AST_NAMED_EXPR: {
            const mps_ast_named_expr_t *n = (const mps_ast_named_expr_t *)x;
            compile_expr(c, MPS_AST(n->value));
            mps_emit_op(e, MPS_BC_DUP_TOP);
            compile_store(c, MPS_AST(n->target));
            break;
        }
        case MPS_AST_LAMBDA: {
            const mps_ast_lambda_t *l = (const mps_ast_lambda_t *)x;
            compile_make_function(c, mps_scope_child(c->scope, x), MPS_PTR(const mps_ast_arguments_t, l->args), x);
            break;
        }
        case MPS_AST_DICT: {
            const mps_ast_dict_t *d = (const mps_ast_dict_t *)x;
            mps_emit_op_uint(e, MPS_BC_BUILD_MAP, d->keys.n);
            for (size_t i = 0; i < d->keys.n; i++) {
                const mps_ast_t *k = AST_AT(d->keys, i);
                if (k == NULL) {
                    compile_expr(c, AST_AT(d->values, i));
                    mps_emit_op(e, MPS_BC_DICT_UPDATE);
                } else {
                    // MicroPython evaluates the value before the key
                    compile_expr(c, AST_AT(d->values, i));
                    compile_expr(c, k);
                    mps_emit_op(e, MPS_BC_STORE_MAP);
                }
            }
            break;
        }
        case MPS_AST_SET:
            compile_seq_build(c, ((const mps_ast_set_t *)x)->elts, MPS_BC_BUILD_SET);
            break;
        case MPS_AST_LIST:
            compile_seq_build(c, ((const mps_ast_list_t *)x)->elts, MPS_BC_BUILD_LIST);
            break;
        case MPS_AST_TUPLE: {
            // A tuple of literals is built when it runs, as the 'constrained' guide says
            // ("the runtime tuple will be located in RAM"), so that a bytes literal is the
            // way to keep constant data cheap and shows it. A tuple made of const() names
            // is a constant expression like the names themselves, folded to one object.
            mps_obj_t k = uses_const_names(c, ((const mps_ast_tuple_t *)x)->elts) ? const_value(c, x) : MPS_OBJ_NULL;
            if (k != MPS_OBJ_NULL) {
                mps_emit_load_const(e, k);
            } else {
                compile_seq_build(c, ((const mps_ast_tuple_t *)x)->elts, MPS_BC_BUILD_TUPLE);
            }
            break;
        }
        case MPS_AST_LIST_COMP:
        case MPS_AST_SET_COMP:
        case MPS_AST_GENERATOR_EXP:
            compile_comprehension(c, x, ((const mps_ast_list_comp_t *)x)->generators);
            break;
        case MPS_AST_DICT_COMP:
            compile_comprehension(c, x, ((const mps_ast_dict_comp_t *)x)->generators);
            break;
        case MPS_AST_CALL:
            compile_call(c, (const mps_ast_call_t *)x);
            break;
        case MPS_AST_YIELD: {
            const mps_ast_yield_t *y = (const mps_ast_yield_t *)x;
            if (y->value) {
                compile_expr(c, MPS_AST(y->value));
            } else {
                mps_emit_op(e, MPS_BC_LOAD_NONE);
            }
            mps_emit_op(e, MPS_BC_YIELD_VALUE);
            break;
        }
        case MPS_AST_YIELD_FROM:
            compile_expr(c, MPS_AST(((const mps_ast_yield_from_t *)x)->value));
            mps_emit_op(e, MPS_BC_GET_YIELD_FROM_ITER);
            mps_emit_op(e, MPS_BC_LOAD_NONE);
            mps_emit_op(e, MPS_BC_YIELD_FROM);
            break;
        case MPS_AST_AWAIT:
            compile_expr(c, MPS_AST(((const mps_ast_await_t *)x)->value));
            compile_await(c);
            break;
        case MPS_AST_JOINED_STR:
            compile_joined_str(c, (const mps_ast_joined_str_t *)x);
            break;
        case MPS_AST_FORMATTED_VALUE:
            compile_formatted_value(c, (const mps_ast_formatted_value_t *)x);
            mps_emit_op_uint(e, MPS_BC_BUILD_STRING, 1);
            break;
        case MPS_AST_SLICE:
            compile_index(c, x);
            break;
        case MPS_AST_STARRED:
            syntax_error(c, "*x must be assignment target");
        default:
            syntax_error(c, "invalid syntax");
    }
}

// --- assignment -----------------------------------------------------------------------

static void compile_store_seq(compiler_t *c, mps_ast_seq_t elts) {
    size_t star = elts.n;
    for (size_t i = 0; i < elts.n; i++) {
        if (AST_AT(elts, i)->kind == MPS_AST_STARRED) {
            if (star != elts.n) {
                syntax_error(c, "multiple *x in assignment");
            }
            star = i;
        }
    }
    if (star == elts.n) {
        mps_emit_op_uint(c->e, MPS_BC_UNPACK_SEQUENCE, elts.n);
    } else {
        size_t right = elts.n - star - 1;
        if (star > 255 || right > 255) {
            syntax_error(c, "too many items to unpack");
        }
        mps_emit_op_uint(c->e, MPS_BC_UNPACK_EX, star | (right << 8));
    }
    for (size_t i = 0; i < elts.n; i++) {
        const mps_ast_t *t = AST_AT(elts, i);
        if (t->kind == MPS_AST_STARRED) {
            compile_store(c, MPS_AST(((const mps_ast_starred_t *)t)->value));
        } else {
            compile_store(c, t);
        }
    }
}

static void compile_store(compiler_t *c, const mps_ast_t *t) {
    mps_emit_t *e = c->e;
    switch (t->kind) {
        case MPS_AST_NAME:
            compile_store_name(c, ((const mps_ast_name_t *)t)->id);
            break;
        case MPS_AST_ATTRIBUTE: {
            const mps_ast_attribute_t *a = (const mps_ast_attribute_t *)t;
            compile_expr(c, MPS_AST(a->value));
            mps_emit_op_uint(e, MPS_BC_STORE_ATTR, a->attr);
            break;
        }
        case MPS_AST_SUBSCRIPT: {
            const mps_ast_subscript_t *s = (const mps_ast_subscript_t *)t;
            compile_expr(c, MPS_AST(s->value));
            compile_index(c, MPS_AST(s->slice));
            mps_emit_op(e, MPS_BC_STORE_SUBSCR);
            break;
        }
        case MPS_AST_TUPLE:
        case MPS_AST_LIST:
            if (t->kind == MPS_AST_TUPLE && ((const mps_ast_list_t *)t)->elts.n == 0) {
                syntax_error(c, "can't assign to ()"); // `[] = []` is fine, as in MicroPython
            }
            compile_store_seq(c, ((const mps_ast_list_t *)t)->elts);
            break;
        case MPS_AST_STARRED:
            syntax_error(c, "*x must be assignment target");
        default:
            syntax_error(c, "can't assign to expression");
    }
}

static void compile_delete(compiler_t *c, const mps_ast_t *t) {
    mps_emit_t *e = c->e;
    switch (t->kind) {
        case MPS_AST_NAME:
            compile_delete_name(c, ((const mps_ast_name_t *)t)->id);
            break;
        case MPS_AST_ATTRIBUTE: {
            const mps_ast_attribute_t *a = (const mps_ast_attribute_t *)t;
            compile_expr(c, MPS_AST(a->value));
            mps_emit_op_uint(e, MPS_BC_DELETE_ATTR, a->attr);
            break;
        }
        case MPS_AST_SUBSCRIPT: {
            const mps_ast_subscript_t *s = (const mps_ast_subscript_t *)t;
            compile_expr(c, MPS_AST(s->value));
            compile_index(c, MPS_AST(s->slice));
            mps_emit_op(e, MPS_BC_DELETE_SUBSCR);
            break;
        }
        case MPS_AST_TUPLE:
        case MPS_AST_LIST: {
            mps_ast_seq_t elts = ((const mps_ast_list_t *)t)->elts;
            if (elts.n == 0 && t->kind == MPS_AST_TUPLE) {
                syntax_error(c, "can't delete expression");
            }
            for (size_t i = 0; i < elts.n; i++) {
                compile_delete(c, AST_AT(elts, i));
            }
            break;
        }
        default:
            syntax_error(c, "can't delete expression");
    }
}

static bool num_value(mps_obj_t o, mps_float_t *d) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        *d = (mps_float_t)MPS_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (mps_obj_is_float(o)) {
        *d = mps_obj_float_get(o);
        return true;
    }
    return false;
}

// What const() accepts: integer expressions (folded), other literals (str, bytes,
// float, None, True, False, ...), float arithmetic, earlier constants and tuples of
// those. MPS_OBJ_NULL when [x] is not constant.
static mps_obj_t const_eval(compiler_t *c, const mps_ast_t *x) {
    mps_obj_t v = fold(c, x);
    if (v != MPS_OBJ_NULL) {
        return v;
    }
    switch (x->kind) {
        case MPS_AST_NAME:
            return is_global_kind(lookup(c, ((const mps_ast_name_t *)x)->id))
                       ? find_const_name(c, ((const mps_ast_name_t *)x)->id) : MPS_OBJ_NULL;
        case MPS_AST_CONSTANT:
            return (x->flags & MPS_AST_FLAG_ELLIPSIS) ? mps_const_ellipsis : ((const mps_ast_constant_t *)x)->value;
        case MPS_AST_TUPLE: {
            const mps_ast_tuple_t *t = (const mps_ast_tuple_t *)x;
            if (has_starred(t->elts)) {
                return MPS_OBJ_NULL;
            }
            mps_obj_t tuple = mps_obj_new_tuple(t->elts.n, NULL);
            mps_obj_t *items;
            size_t n;
            mps_obj_tuple_get(tuple, &n, &items);
            for (size_t i = 0; i < n; i++) {
                items[i] = const_eval(c, AST_AT(t->elts, i));
                if (items[i] == MPS_OBJ_NULL) {
                    return MPS_OBJ_NULL;
                }
            }
            return tuple;
        }
        case MPS_AST_UNARY_OP: {
            const mps_ast_unary_op_t *u = (const mps_ast_unary_op_t *)x;
            mps_obj_t o = const_eval(c, MPS_AST(u->operand));
            mps_float_t d;
            if (o == MPS_OBJ_NULL || !mps_obj_is_float(o) || !num_value(o, &d)) {
                return MPS_OBJ_NULL;
            }
            if (u->op == MPS_UNARY_OP_NEGATIVE) {
                return mps_obj_new_float(-d);
            }
            return u->op == MPS_UNARY_OP_POSITIVE ? o : MPS_OBJ_NULL;
        }
        case MPS_AST_BIN_OP: {
            const mps_ast_bin_op_t *b = (const mps_ast_bin_op_t *)x;
            mps_obj_t l = const_eval(c, MPS_AST(b->left));
            mps_obj_t r = const_eval(c, MPS_AST(b->right));
            mps_float_t a, d;
            if (l == MPS_OBJ_NULL || r == MPS_OBJ_NULL || !num_value(l, &a) || !num_value(r, &d)) {
                return MPS_OBJ_NULL;
            }
            switch (b->op) {
                case MPS_BINARY_OP_ADD:
                    return mps_obj_new_float(a + d);
                case MPS_BINARY_OP_SUBTRACT:
                    return mps_obj_new_float(a - d);
                case MPS_BINARY_OP_MULTIPLY:
                    return mps_obj_new_float(a * d);
                case MPS_BINARY_OP_TRUE_DIVIDE:
                    return d == 0 ? MPS_OBJ_NULL : mps_obj_new_float(a / d);
                case MPS_BINARY_OP_POWER:
                    return mps_binary_op(MPS_BINARY_OP_POWER, mps_obj_new_float(a), mps_obj_new_float(d));
                default:
                    return MPS_OBJ_NULL;
            }
        }
        default:
            return MPS_OBJ_NULL;
    }
}

// X = const(expr) at module level: returns true if handled.
static bool compile_const_assign(compiler_t *c, const mps_ast_assign_t *a) {
    if (c->scope->kind != MPS_SCOPE_MODULE || a->targets.n != 1) {
        return false;
    }
    const mps_ast_t *t = AST_AT(a->targets, 0);
    const mps_ast_t *v = MPS_AST(a->value);
    if (t->kind != MPS_AST_NAME || v->kind != MPS_AST_CALL) {
        return false;
    }
    const mps_ast_call_t *call = (const mps_ast_call_t *)v;
    if (!is_name(MPS_AST(call->func), MPS_QSTR_const) || call->args.n != 1 || call->keywords.n != 0) {
        return false;
    }
    const mps_ast_t *arg = AST_AT(call->args, 0);
    mps_obj_t value = const_eval(c, arg);
    if (value == MPS_OBJ_NULL) {
        syntax_error(c, "constant must be an integer");
    }
    qstr name = ((const mps_ast_name_t *)t)->id;
    if (find_const_name(c, name) != MPS_OBJ_NULL) {
        syntax_error(c, "constant redefined");
    }
    if (c->n_consts == c->consts_alloc) {
        size_t n = c->consts_alloc ? c->consts_alloc * 2 : 8;
        c->const_names = mps_renew(uint16_t, c->const_names, n);
        c->const_values = mps_renew(mps_obj_t, c->const_values, n);
        c->consts_alloc = n;
    }
    c->const_names[c->n_consts] = (uint16_t)name;
    c->const_values[c->n_consts++] = value;
    if (qstr_str(name)[0] != '_') {
        // a public constant stays importable as a global
        mps_emit_load_obj(c->e, value);
        compile_store_name(c, name);
    }
    return true;
}

static void compile_assign(compiler_t *c, const mps_ast_assign_t *a) {
    mps_emit_t *e = c->e;
    if (compile_const_assign(c, a)) {
        return;
    }
    const mps_ast_t *v = MPS_AST(a->value);
    if (a->targets.n == 1) {
        const mps_ast_t *t = AST_AT(a->targets, 0);
        // a, b = b, a without building a tuple
        if ((t->kind == MPS_AST_TUPLE || t->kind == MPS_AST_LIST) && v->kind == MPS_AST_TUPLE) {
            mps_ast_seq_t te = ((const mps_ast_list_t *)t)->elts;
            mps_ast_seq_t ve = ((const mps_ast_tuple_t *)v)->elts;
            if (te.n == ve.n && (te.n == 2 || te.n == 3) && !has_starred(te) && !has_starred(ve)) {
                for (size_t i = 0; i < ve.n; i++) {
                    compile_expr(c, AST_AT(ve, i));
                }
                if (te.n == 3) {
                    mps_emit_op(e, MPS_BC_ROT_THREE);
                }
                mps_emit_op(e, MPS_BC_ROT_TWO);
                for (size_t i = 0; i < te.n; i++) {
                    compile_store(c, AST_AT(te, i));
                }
                return;
            }
        }
    }
    compile_expr(c, v);
    for (size_t i = 0; i < a->targets.n; i++) {
        if (i + 1 < a->targets.n) {
            mps_emit_op(e, MPS_BC_DUP_TOP);
        }
        compile_store(c, AST_AT(a->targets, i));
    }
}

static void compile_aug_assign(compiler_t *c, const mps_ast_aug_assign_t *a) {
    mps_emit_t *e = c->e;
    const mps_ast_t *t = MPS_AST(a->target);
    unsigned op = a->op - (MPS_BINARY_OP_OR - MPS_BINARY_OP_INPLACE_OR);
    switch (t->kind) {
        case MPS_AST_NAME:
            compile_load_name(c, ((const mps_ast_name_t *)t)->id);
            compile_expr(c, MPS_AST(a->value));
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, op);
            compile_store_name(c, ((const mps_ast_name_t *)t)->id);
            break;
        case MPS_AST_ATTRIBUTE: {
            const mps_ast_attribute_t *at = (const mps_ast_attribute_t *)t;
            compile_expr(c, MPS_AST(at->value));
            mps_emit_op(e, MPS_BC_DUP_TOP);
            mps_emit_op_uint(e, MPS_BC_LOAD_ATTR, at->attr);
            compile_expr(c, MPS_AST(a->value));
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, op);
            mps_emit_op(e, MPS_BC_ROT_TWO);
            mps_emit_op_uint(e, MPS_BC_STORE_ATTR, at->attr);
            break;
        }
        case MPS_AST_SUBSCRIPT: {
            const mps_ast_subscript_t *s = (const mps_ast_subscript_t *)t;
            compile_expr(c, MPS_AST(s->value));
            compile_index(c, MPS_AST(s->slice));
            mps_emit_op(e, MPS_BC_DUP_TOP_TWO);
            mps_emit_op(e, MPS_BC_LOAD_SUBSCR);
            compile_expr(c, MPS_AST(a->value));
            mps_emit_op_uint(e, MPS_BC_BINARY_OP, op);
            mps_emit_op(e, MPS_BC_ROT_THREE);
            mps_emit_op(e, MPS_BC_STORE_SUBSCR);
            break;
        }
        default:
            syntax_error(c, "illegal expression for augmented assignment");
    }
}

// --- compound statements --------------------------------------------------------------

static int const_truth(const mps_ast_t *x) {
    if (x->kind != MPS_AST_CONSTANT || (x->flags & MPS_AST_FLAG_ELLIPSIS)) {
        return -1;
    }
    mps_obj_t v = ((const mps_ast_constant_t *)x)->value;
    if (v == mps_const_true) {
        return 1;
    }
    if (v == mps_const_false || v == mps_const_none) {
        return 0;
    }
    if (MPS_OBJ_IS_SMALL_INT(v)) {
        return v != MPS_OBJ_NEW_SMALL_INT(0);
    }
    return -1;
}

static void compile_if(compiler_t *c, const mps_ast_if_t *s) {
    mps_emit_t *e = c->e;
    int truth = const_truth(MPS_AST(s->test));
    if (truth == 1) {
        compile_stmts(c, s->body);
        return;
    }
    if (truth == 0) {
        compile_stmts(c, s->orelse);
        return;
    }
    size_t orelse = mps_emit_new_label(e);
    compile_expr(c, MPS_AST(s->test));
    mps_emit_op_jump(e, MPS_BC_POP_JUMP_IF_FALSE, orelse);
    compile_stmts(c, s->body);
    if (s->orelse.n) {
        size_t end = mps_emit_new_label(e);
        mps_emit_op_jump(e, MPS_BC_JUMP, end);
        mps_emit_label(e, orelse);
        compile_stmts(c, s->orelse);
        mps_emit_label(e, end);
    } else {
        mps_emit_label(e, orelse);
    }
}

static void compile_while(compiler_t *c, const mps_ast_while_t *s) {
    mps_emit_t *e = c->e;
    block_t *b = push_block(c, BLOCK_LOOP);
    size_t brk = b->break_label = mps_emit_new_label(e);
    size_t cont = b->continue_label = mps_emit_new_label(e);
    size_t orelse = mps_emit_new_label(e);
    mps_emit_label(e, cont);
    int truth = const_truth(MPS_AST(s->test));
    if (truth == 0) {
        mps_emit_op_jump(e, MPS_BC_JUMP, orelse);
    } else if (truth < 0) {
        c->line = MPS_AST(s->test)->line;
        if (!c->no_lines) {
            mps_emit_set_line(e, c->line);
        }
        compile_expr(c, MPS_AST(s->test));
        mps_emit_op_jump(e, MPS_BC_POP_JUMP_IF_FALSE, orelse);
    }
    compile_stmts(c, s->body);
    mps_emit_op_jump(e, MPS_BC_JUMP, cont);
    pop_block(c);
    mps_emit_label(e, orelse);
    compile_stmts(c, s->orelse);
    mps_emit_label(e, brk);
}

// for x in range(a[, b[, step]]) with a constant step, `range` not rebound: a counting
// loop that allocates nothing (as MicroPython compiles it).
static bool compile_for_range(compiler_t *c, const mps_ast_for_t *s) {
    const mps_ast_t *it = MPS_AST(s->iter);
    if (it->kind != MPS_AST_CALL) {
        return false;
    }
    const mps_ast_call_t *call = (const mps_ast_call_t *)it;
    size_t n = call->args.n;
    if (!is_name(MPS_AST(call->func), MPS_QSTR_range) || n < 1 || n > 3 || call->keywords.n ||
        has_starred(call->args)) {
        return false;
    }
    const mps_id_info_t *id = lookup(c, MPS_QSTR_range);
    if (!is_global_kind(id)) {
        return false;
    }
    mps_scope_t *m = c->scope;
    while (m->parent != NULL) {
        m = m->parent;
    }
    const mps_id_info_t *mid = mps_scope_find(m, MPS_QSTR_range);
    if (mid != NULL && (mid->flags & MPS_ID_FLAG_BOUND)) {
        return false;
    }
    mps_obj_t step = MPS_OBJ_NEW_SMALL_INT(1);
    if (n == 3) {
        step = fold(c, AST_AT(call->args, 2));
        if (step == MPS_OBJ_NULL || step == MPS_OBJ_NEW_SMALL_INT(0)) {
            return false;
        }
    }
    mps_emit_t *e = c->e;
    if (n == 1) {
        mps_emit_op_sint(e, MPS_BC_LOAD_SMALL_INT, 0);
        compile_expr(c, AST_AT(call->args, 0));
    } else {
        compile_expr(c, AST_AT(call->args, 0));
        compile_expr(c, AST_AT(call->args, 1));
    }
    mps_emit_load_obj(e, step);
    block_t *b = push_block(c, BLOCK_LOOP);
    b->is_for = 1;
    b->n_pop = 3;
    size_t brk = b->break_label = mps_emit_new_label(e);
    size_t cont = b->continue_label = mps_emit_new_label(e);
    size_t orelse = mps_emit_new_label(e);
    mps_emit_label(e, cont);
    mps_emit_op_jump(e, MPS_BC_FOR_RANGE, orelse);
    compile_store(c, MPS_AST(s->target));
    compile_stmts(c, s->body);
    mps_emit_op_jump(e, MPS_BC_JUMP, cont);
    pop_block(c);
    mps_emit_label(e, orelse);
    compile_stmts(c, s->orelse);
    mps_emit_label(e, brk);
    return true;
}

static void compile_for(compiler_t *c, const mps_ast_for_t *s, bool is_async) {
    mps_emit_t *e = c->e;
    if (!is_async && compile_for_range(c, s)) {
        return;
    }
    compile_expr(c, MPS_AST(s->iter));
    block_t *b = push_block(c, BLOCK_LOOP);
    b->is_for = 1;
    b->is_async = is_async;
    size_t brk = b->break_label = mps_emit_new_label(e);
    size_t cont = b->continue_label = mps_emit_new_label(e);
    size_t orelse = mps_emit_new_label(e);
    if (is_async) {
        mps_emit_op(e, MPS_BC_GET_AITER);
        mps_emit_label(e, cont);
        size_t stop = orelse;
        int depth = e->depth;
        mps_emit_push_handler(e, stop, depth);
        mps_emit_op(e, MPS_BC_GET_ANEXT);
        mps_emit_op(e, MPS_BC_LOAD_NONE);
        mps_emit_op(e, MPS_BC_YIELD_FROM);
        mps_emit_pop_handler(e);
        compile_store(c, MPS_AST(s->target));
        compile_stmts(c, s->body);
        mps_emit_op_jump(e, MPS_BC_JUMP, cont);
        pop_block(c);
        mps_emit_label(e, orelse);
        mps_emit_op(e, MPS_BC_END_ASYNC_FOR);
    } else {
        mps_emit_op(e, MPS_BC_GET_ITER_STACK);
        mps_emit_label(e, cont);
        mps_emit_op_jump(e, MPS_BC_FOR_ITER, orelse);
        compile_store(c, MPS_AST(s->target));
        compile_stmts(c, s->body);
        mps_emit_op_jump(e, MPS_BC_JUMP, cont);
        pop_block(c);
        mps_emit_label(e, orelse);
    }
    compile_stmts(c, s->orelse);
    mps_emit_label(e, brk);
}

// `name = None; del name`: the end of an `except ... as name` clause.
static void compile_unbind(compiler_t *c, qstr name) {
    mps_emit_op(c->e, MPS_BC_LOAD_NONE);
    compile_store_name(c, name);
    compile_delete_name(c, name);
}

static void compile_try_except(compiler_t *c, const mps_ast_try_t *s) {
    mps_emit_t *e = c->e;
    int depth = e->depth;
    size_t handler = mps_emit_new_label(e);
    size_t end = mps_emit_new_label(e);
    mps_emit_push_handler(e, handler, depth);
    compile_stmts(c, s->body);
    mps_emit_pop_handler(e);
    compile_stmts(c, s->orelse);
    mps_emit_op_jump(e, MPS_BC_JUMP, end);

    mps_emit_label(e, handler); // [exc]
    mps_emit_op(e, MPS_BC_PUSH_EXC_INFO); // [prev exc]
    size_t cleanup = mps_emit_new_label(e);
    mps_emit_push_handler(e, cleanup, depth + 1);
    for (size_t i = 0; i < s->handlers.n; i++) {
        const mps_ast_except_handler_t *h = (const mps_ast_except_handler_t *)AST_AT(s->handlers, i);
        c->line = h->h.line;
        if (!c->no_lines) {
            mps_emit_set_line(e, c->line);
        }
        size_t next = mps_emit_new_label(e);
        if (h->type) {
            compile_expr(c, MPS_AST(h->type));
            mps_emit_op(e, MPS_BC_EXC_MATCH); // [prev exc bool]
            mps_emit_op_jump(e, MPS_BC_POP_JUMP_IF_FALSE, next);
        } else if (i + 1 < s->handlers.n) {
            syntax_error(c, "default 'except' must be last");
        }
        size_t name_cleanup = 0;
        block_t *b = push_block(c, BLOCK_EXCEPT);
        b->handler_index = (uint16_t)(e->n_handlers - 1);
        b->name = h->name;
        if (h->name != MPS_QSTR_NULL) {
            compile_store_name(c, h->name);
            // the name goes away however the clause ends, as in MicroPython
            name_cleanup = mps_emit_new_label(e);
            mps_emit_push_handler(e, name_cleanup, depth + 1);
        } else {
            mps_emit_op(e, MPS_BC_POP_TOP);
        }
        compile_stmts(c, h->body);
        pop_block(c);
        if (h->name != MPS_QSTR_NULL) {
            mps_emit_pop_handler(e);
        }
        mps_emit_truncate_handlers(e, e->n_handlers - 1);
        mps_emit_op(e, MPS_BC_POP_EXCEPT);
        if (h->name != MPS_QSTR_NULL) {
            compile_unbind(c, h->name);
        }
        mps_emit_op_jump(e, MPS_BC_JUMP, end);
        mps_emit_push_handler(e, cleanup, depth + 1);
        if (h->name != MPS_QSTR_NULL) {
            mps_emit_label(e, name_cleanup); // [prev exc]
            compile_unbind(c, h->name);
            mps_emit_op_jump(e, MPS_BC_JUMP, cleanup);
        }
        mps_emit_label(e, next);
    }
    mps_emit_pop_handler(e);
    mps_emit_set_depth(e, depth + 2);
    mps_emit_label(e, cleanup); // [prev exc]: restore prev, re-raise
    mps_emit_op(e, MPS_BC_POP_EXCEPT_RERAISE);
    mps_emit_label(e, end);
    mps_emit_set_depth(e, depth);
}

static void compile_try(compiler_t *c, const mps_ast_try_t *s) {
    mps_emit_t *e = c->e;
    if (s->finalbody.n == 0) {
        compile_try_except(c, s);
        return;
    }
    int depth = e->depth;
    size_t handler = mps_emit_new_label(e);
    size_t end = mps_emit_new_label(e);
    mps_emit_push_handler(e, handler, depth);
    block_t *b = push_block(c, BLOCK_FINALLY);
    b->handler_index = (uint16_t)(e->n_handlers - 1);
    b->finalbody = s->finalbody;
    if (s->handlers.n) {
        compile_try_except(c, s);
    } else {
        compile_stmts(c, s->body);
    }
    pop_block(c);
    mps_emit_pop_handler(e);
    compile_stmts(c, s->finalbody);
    mps_emit_op_jump(e, MPS_BC_JUMP, end);
    mps_emit_label(e, handler); // [exc]
    push_block(c, BLOCK_FINALLY_EXC);
    compile_stmts(c, s->finalbody);
    pop_block(c);
    mps_emit_op(e, MPS_BC_RERAISE);
    mps_emit_label(e, end);
    mps_emit_set_depth(e, depth);
}

static void compile_with_items(compiler_t *c, const mps_ast_with_t *s, size_t i, bool is_async) {
    mps_emit_t *e = c->e;
    if (i == s->items.n) {
        compile_stmts(c, s->body);
        return;
    }
    const mps_ast_withitem_t *it = (const mps_ast_withitem_t *)AST_AT(s->items, i);
    compile_expr(c, MPS_AST(it->context_expr));
    mps_emit_op_uint(e, MPS_BC_WITH_SETUP, is_async);
    if (is_async) {
        compile_await(c);
    }
    if (it->optional_vars) {
        compile_store(c, MPS_AST(it->optional_vars));
    } else {
        mps_emit_op(e, MPS_BC_POP_TOP);
    }
    int depth = e->depth; // [exit self]
    size_t handler = mps_emit_new_label(e);
    size_t end = mps_emit_new_label(e);
    mps_emit_push_handler(e, handler, depth);
    block_t *b = push_block(c, BLOCK_WITH);
    b->handler_index = (uint16_t)(e->n_handlers - 1);
    b->is_async = is_async;
    compile_with_items(c, s, i + 1, is_async);
    pop_block(c);
    mps_emit_pop_handler(e);
    mps_emit_op(e, MPS_BC_WITH_EXIT);
    if (is_async) {
        compile_await(c);
    }
    mps_emit_op(e, MPS_BC_POP_TOP);
    mps_emit_op_jump(e, MPS_BC_JUMP, end);
    mps_emit_label(e, handler); // [exit self exc]
    mps_emit_op(e, MPS_BC_WITH_EXIT_EXC);
    if (is_async) {
        compile_await(c);
    }
    mps_emit_op(e, MPS_BC_WITH_EXC_END);
    mps_emit_label(e, end);
    mps_emit_set_depth(e, depth - 2);
}

static void compile_decorated_store(compiler_t *c, mps_ast_seq_t decorators, qstr name) {
    for (size_t i = 0; i < decorators.n; i++) {
        mps_emit_op_uint(c->e, MPS_BC_CALL_FUNCTION, 1);
    }
    compile_store_name(c, name);
}

// @micropython.bytecode / .native / .viper pick the emitter on MicroPython; they are
// compiler directives, not calls. Everything runs as bytecode here.
static bool is_emitter_decorator(compiler_t *c, const mps_ast_t *d) {
    if (d->kind != MPS_AST_ATTRIBUTE) {
        return false;
    }
    const mps_ast_attribute_t *a = (const mps_ast_attribute_t *)d;
    const mps_ast_t *base = MPS_AST(a->value);
    if (!is_name(base, MPS_QSTR_micropython)) {
        if (base->kind == MPS_AST_ATTRIBUTE &&
            is_name(MPS_AST(((const mps_ast_attribute_t *)base)->value), MPS_QSTR_micropython)) {
            syntax_error(c, "invalid micropython decorator");
        }
        return false;
    }
    const char *name = qstr_str(a->attr);
    if (strcmp(name, "bytecode") != 0 && strcmp(name, "native") != 0 && strcmp(name, "viper") != 0) {
        syntax_error(c, "invalid micropython decorator");
    }
    return true;
}

static void compile_function_def(compiler_t *c, const mps_ast_function_def_t *f) {
    size_t n_deco = 0;
    for (size_t i = 0; i < f->decorator_list.n; i++) {
        const mps_ast_t *d = AST_AT(f->decorator_list, i);
        if (!is_emitter_decorator(c, d)) {
            compile_expr(c, d);
            n_deco++;
        }
    }
    mps_scope_t *child = mps_scope_child(c->scope, &f->h);
    compile_make_function(c, child, MPS_PTR(const mps_ast_arguments_t, f->args), &f->h);
    for (size_t i = 0; i < n_deco; i++) {
        mps_emit_op_uint(c->e, MPS_BC_CALL_FUNCTION, 1);
    }
    compile_store_name(c, f->name);
}

static void compile_class_def(compiler_t *c, const mps_ast_class_def_t *k) {
    mps_emit_t *e = c->e;
    for (size_t i = 0; i < k->decorator_list.n; i++) {
        compile_expr(c, AST_AT(k->decorator_list, i));
    }
    mps_emit_op(e, MPS_BC_LOAD_BUILD_CLASS);
    mps_scope_t *child = mps_scope_child(c->scope, &k->h);
    compile_make_function(c, child, NULL, &k->h);
    mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(k->name));
    bool star = has_starred(k->bases);
    for (size_t i = 0; i < k->keywords.n; i++) {
        if (((const mps_ast_keyword_t *)AST_AT(k->keywords, i))->arg == MPS_QSTR_NULL) {
            star = true;
        }
    }
    if (!star && k->bases.n < 250 && k->keywords.n < 256) {
        for (size_t i = 0; i < k->bases.n; i++) {
            compile_expr(c, AST_AT(k->bases, i));
        }
        for (size_t i = 0; i < k->keywords.n; i++) {
            const mps_ast_keyword_t *kw = (const mps_ast_keyword_t *)AST_AT(k->keywords, i);
            mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(kw->arg));
            compile_expr(c, MPS_AST(kw->value));
        }
        mps_emit_op_uint(e, MPS_BC_CALL_FUNCTION, (2 + k->bases.n) | (k->keywords.n << 8));
    } else {
        // __build_class__(*[body, name, *bases], **kw)
        mps_emit_op_uint(e, MPS_BC_BUILD_LIST, 2);
        for (size_t i = 0; i < k->bases.n; i++) {
            const mps_ast_t *x = AST_AT(k->bases, i);
            if (x->kind == MPS_AST_STARRED) {
                compile_expr(c, MPS_AST(((const mps_ast_starred_t *)x)->value));
                mps_emit_op(e, MPS_BC_LIST_EXTEND);
            } else {
                compile_expr(c, x);
                mps_emit_op_uint(e, MPS_BC_LIST_APPEND, 0);
            }
        }
        mps_emit_op_uint(e, MPS_BC_BUILD_MAP, k->keywords.n);
        for (size_t i = 0; i < k->keywords.n; i++) {
            const mps_ast_keyword_t *kw = (const mps_ast_keyword_t *)AST_AT(k->keywords, i);
            if (kw->arg == MPS_QSTR_NULL) {
                compile_expr(c, MPS_AST(kw->value));
                mps_emit_op(e, MPS_BC_DICT_UPDATE);
            } else {
                compile_expr(c, MPS_AST(kw->value));
                mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(kw->arg));
                mps_emit_op(e, MPS_BC_STORE_MAP);
            }
        }
        mps_emit_op_uint(e, MPS_BC_CALL_FUNCTION_EX, 1);
    }
    compile_decorated_store(c, k->decorator_list, k->name);
}

static void compile_import(compiler_t *c, const mps_ast_import_t *s) {
    mps_emit_t *e = c->e;
    for (size_t i = 0; i < s->names.n; i++) {
        const mps_ast_alias_t *a = (const mps_ast_alias_t *)AST_AT(s->names, i);
        mps_emit_op_sint(e, MPS_BC_LOAD_SMALL_INT, 0);
        mps_emit_op(e, MPS_BC_LOAD_NONE);
        mps_emit_op_uint(e, MPS_BC_IMPORT_NAME, a->name);
        size_t len;
        const char *str = qstr_data(a->name, &len);
        const char *dot = memchr(str, '.', len);
        if (a->asname != MPS_QSTR_NULL) {
            // import a.b.c as d: d is the submodule itself
            while (dot != NULL) {
                const char *start = dot + 1;
                dot = memchr(start, '.', (size_t)(str + len - start));
                size_t n = dot ? (size_t)(dot - start) : (size_t)(str + len - start);
                mps_emit_op_uint(e, MPS_BC_LOAD_ATTR, qstr_from_strn(start, n));
            }
            compile_store_name(c, a->asname);
        } else {
            compile_store_name(c, dot ? qstr_from_strn(str, (size_t)(dot - str)) : a->name);
        }
    }
}

static void compile_import_from(compiler_t *c, const mps_ast_import_from_t *s) {
    mps_emit_t *e = c->e;
    mps_emit_op_sint(e, MPS_BC_LOAD_SMALL_INT, s->level);
    bool star = s->names.n == 1 && ((const mps_ast_alias_t *)AST_AT(s->names, 0))->name == MPS_QSTR_star;
    mps_obj_t names[16];
    mps_obj_t fromlist;
    if (s->names.n <= 16) {
        for (size_t i = 0; i < s->names.n; i++) {
            names[i] = MPS_OBJ_NEW_QSTR(((const mps_ast_alias_t *)AST_AT(s->names, i))->name);
        }
        fromlist = mps_obj_new_tuple(s->names.n, names);
    } else {
        names[0] = MPS_OBJ_NEW_QSTR(((const mps_ast_alias_t *)AST_AT(s->names, 0))->name);
        fromlist = mps_obj_new_tuple(1, names);
    }
    mps_emit_load_const(e, fromlist);
    mps_emit_op_uint(e, MPS_BC_IMPORT_NAME, s->module != MPS_QSTR_NULL ? s->module : MPS_QSTR_empty);
    if (star) {
        mps_emit_op(e, MPS_BC_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < s->names.n; i++) {
        const mps_ast_alias_t *a = (const mps_ast_alias_t *)AST_AT(s->names, i);
        mps_emit_op_uint(e, MPS_BC_IMPORT_FROM, a->name);
        compile_store_name(c, a->asname != MPS_QSTR_NULL ? a->asname : a->name);
    }
    mps_emit_op(e, MPS_BC_POP_TOP);
}

static void compile_stmt(compiler_t *c, const mps_ast_t *s) {
    mps_emit_t *e = c->e;
    c->line = s->line;
    if (!c->no_lines) {
        mps_emit_set_line(e, s->line);
    }
    switch (s->kind) {
        case MPS_AST_EXPR: {
            const mps_ast_t *v = MPS_AST(((const mps_ast_expr_t *)s)->value);
            if (c->is_repl && c->scope->kind == MPS_SCOPE_MODULE) {
                compile_expr(c, v);
                mps_emit_op(e, MPS_BC_PRINT_EXPR);
            } else if (v->kind != MPS_AST_CONSTANT) {
                // constant statements (docstrings) compile to nothing
                compile_expr(c, v);
                mps_emit_op(e, MPS_BC_POP_TOP);
            }
            break;
        }
        case MPS_AST_ASSIGN:
            compile_assign(c, (const mps_ast_assign_t *)s);
            break;
        case MPS_AST_AUG_ASSIGN:
            compile_aug_assign(c, (const mps_ast_aug_assign_t *)s);
            break;
        case MPS_AST_ANN_ASSIGN: {
            const mps_ast_ann_assign_t *a = (const mps_ast_ann_assign_t *)s;
            if (a->value) {
                compile_expr(c, MPS_AST(a->value));
                compile_store(c, MPS_AST(a->target));
            }
            break;
        }
        case MPS_AST_DELETE: {
            const mps_ast_delete_t *d = (const mps_ast_delete_t *)s;
            for (size_t i = 0; i < d->targets.n; i++) {
                compile_delete(c, AST_AT(d->targets, i));
            }
            break;
        }
        case MPS_AST_IF:
            compile_if(c, (const mps_ast_if_t *)s);
            break;
        case MPS_AST_WHILE:
            compile_while(c, (const mps_ast_while_t *)s);
            break;
        case MPS_AST_FOR:
            compile_for(c, (const mps_ast_for_t *)s, false);
            break;
        case MPS_AST_ASYNC_FOR:
            if (!(c->scope->code_flags & MPS_CODE_FLAG_COROUTINE)) {
                syntax_error(c, "async for/with outside async function");
            }
            compile_for(c, (const mps_ast_for_t *)s, true);
            break;
        case MPS_AST_BREAK:
            compile_break_continue(c, true);
            break;
        case MPS_AST_CONTINUE:
            compile_break_continue(c, false);
            break;
        case MPS_AST_RETURN: {
            const mps_ast_return_t *r = (const mps_ast_return_t *)s;
            if (r->value) {
                compile_expr(c, MPS_AST(r->value));
            } else {
                mps_emit_op(e, MPS_BC_LOAD_NONE);
            }
            compile_return_value(c);
            break;
        }
        case MPS_AST_RAISE: {
            const mps_ast_raise_t *r = (const mps_ast_raise_t *)s;
            size_t n = 0;
            if (r->exc) {
                compile_expr(c, MPS_AST(r->exc));
                n = 1;
                if (r->cause) {
                    compile_expr(c, MPS_AST(r->cause));
                    n = 2;
                }
            }
            mps_emit_op_uint(e, MPS_BC_RAISE, n);
            break;
        }
        case MPS_AST_TRY:
            compile_try(c, (const mps_ast_try_t *)s);
            break;
        case MPS_AST_WITH:
            compile_with_items(c, (const mps_ast_with_t *)s, 0, false);
            break;
        case MPS_AST_ASYNC_WITH:
            if (!(c->scope->code_flags & MPS_CODE_FLAG_COROUTINE)) {
                syntax_error(c, "async for/with outside async function");
            }
            compile_with_items(c, (const mps_ast_with_t *)s, 0, true);
            break;
        case MPS_AST_ASSERT: {
            if (mps_state.opt_level > 0) {
                break;
            }
            const mps_ast_assert_t *a = (const mps_ast_assert_t *)s;
            size_t ok = mps_emit_new_label(e);
            compile_expr(c, MPS_AST(a->test));
            mps_emit_op_jump(e, MPS_BC_POP_JUMP_IF_TRUE, ok);
            if (a->msg) {
                compile_expr(c, MPS_AST(a->msg));
            }
            mps_emit_op_uint(e, MPS_BC_RAISE_ASSERT, a->msg ? 1 : 0);
            mps_emit_label(e, ok);
            break;
        }
        case MPS_AST_IMPORT:
            compile_import(c, (const mps_ast_import_t *)s);
            break;
        case MPS_AST_IMPORT_FROM:
            compile_import_from(c, (const mps_ast_import_from_t *)s);
            break;
        case MPS_AST_FUNCTION_DEF:
        case MPS_AST_ASYNC_FUNCTION_DEF:
            compile_function_def(c, (const mps_ast_function_def_t *)s);
            break;
        case MPS_AST_CLASS_DEF:
            compile_class_def(c, (const mps_ast_class_def_t *)s);
            break;
        default:
            // Pass, Global, Nonlocal
            break;
    }
}

static void compile_stmts(compiler_t *c, mps_ast_seq_t body) {
    for (size_t i = 0; i < body.n; i++) {
        compile_stmt(c, AST_AT(body, i));
    }
}

// --- code objects ---------------------------------------------------------------------

static void compile_comp_loops(compiler_t *c, const mps_ast_t *x, mps_ast_seq_t gens, size_t i) {
    mps_emit_t *e = c->e;
    const mps_ast_comprehension_t *g = (const mps_ast_comprehension_t *)AST_AT(gens, i);
    if (g->is_async) {
        syntax_error(c, "async comprehensions are not supported");
    }
    if (i == 0) {
        mps_emit_op_uint(e, MPS_BC_LOAD_FAST, 0);
    } else {
        compile_expr(c, MPS_AST(g->iter));
    }
    mps_emit_op(e, MPS_BC_GET_ITER_STACK);
    size_t top = mps_emit_new_label(e);
    size_t end = mps_emit_new_label(e);
    mps_emit_label(e, top);
    mps_emit_op_jump(e, MPS_BC_FOR_ITER, end);
    compile_store(c, MPS_AST(g->target));
    for (size_t k = 0; k < g->ifs.n; k++) {
        compile_expr(c, AST_AT(g->ifs, k));
        mps_emit_op_jump(e, MPS_BC_POP_JUMP_IF_FALSE, top);
    }
    if (i + 1 < gens.n) {
        compile_comp_loops(c, x, gens, i + 1);
    } else {
        switch (x->kind) {
            case MPS_AST_LIST_COMP:
                compile_expr(c, MPS_AST(((const mps_ast_list_comp_t *)x)->elt));
                mps_emit_op_uint(e, MPS_BC_LIST_APPEND, (size_t)(e->depth - 2));
                break;
            case MPS_AST_SET_COMP:
                compile_expr(c, MPS_AST(((const mps_ast_list_comp_t *)x)->elt));
                mps_emit_op_uint(e, MPS_BC_SET_ADD, (size_t)(e->depth - 2));
                break;
            case MPS_AST_DICT_COMP:
                compile_expr(c, MPS_AST(((const mps_ast_dict_comp_t *)x)->key));
                compile_expr(c, MPS_AST(((const mps_ast_dict_comp_t *)x)->value));
                mps_emit_op_uint(e, MPS_BC_MAP_ADD, (size_t)(e->depth - 3));
                break;
            default:
                compile_expr(c, MPS_AST(((const mps_ast_list_comp_t *)x)->elt));
                mps_emit_op(e, MPS_BC_YIELD_VALUE);
                mps_emit_op(e, MPS_BC_POP_TOP);
                break;
        }
    }
    mps_emit_op_jump(e, MPS_BC_JUMP, top);
    mps_emit_label(e, end);
}

static void compile_body(compiler_t *c, const mps_ast_t *node) {
    mps_emit_t *e = c->e;
    mps_scope_t *s = c->scope;
    switch (node->kind) {
        case MPS_AST_MODULE:
        case MPS_AST_INTERACTIVE:
            compile_stmts(c, ((const mps_ast_module_t *)node)->body);
            mps_emit_op(e, MPS_BC_LOAD_NONE);
            mps_emit_op(e, MPS_BC_RETURN_VALUE);
            break;
        case MPS_AST_EXPRESSION:
            compile_expr(c, MPS_AST(((const mps_ast_expression_t *)node)->body));
            mps_emit_op(e, MPS_BC_RETURN_VALUE);
            break;
        case MPS_AST_FUNCTION_DEF:
        case MPS_AST_ASYNC_FUNCTION_DEF: {
            const mps_ast_function_def_t *f = (const mps_ast_function_def_t *)node;
            compile_stmts(c, f->body);
            mps_emit_op(e, MPS_BC_LOAD_NONE);
            mps_emit_op(e, MPS_BC_RETURN_VALUE);
            break;
        }
        case MPS_AST_LAMBDA: {
            const mps_ast_t *body = MPS_AST(((const mps_ast_lambda_t *)node)->body);
            compile_expr(c, body);
            if (s->code_flags & MPS_CODE_FLAG_GENERATOR) {
                // lambda: (yield x) returns None when it finishes
                mps_emit_op(e, MPS_BC_POP_TOP);
                mps_emit_op(e, MPS_BC_LOAD_NONE);
            }
            mps_emit_op(e, MPS_BC_RETURN_VALUE);
            break;
        }
        case MPS_AST_CLASS_DEF: {
            const mps_ast_class_def_t *k = (const mps_ast_class_def_t *)node;
            mps_emit_op_uint(e, MPS_BC_LOAD_NAME, MPS_QSTR___name__);
            mps_emit_op_uint(e, MPS_BC_STORE_NAME, MPS_QSTR___module__);
            mps_emit_load_const(e, MPS_OBJ_NEW_QSTR(k->name));
            mps_emit_op_uint(e, MPS_BC_STORE_NAME, MPS_QSTR___qualname__);
            compile_stmts(c, k->body);
            const mps_id_info_t *cell = mps_scope_find(s, MPS_QSTR___class__);
            if (s->needs_class_cell && cell != NULL && cell->kind == MPS_ID_CELL) {
                mps_emit_op_uint(e, MPS_BC_LOAD_CELL, cell->slot);
            } else {
                mps_emit_op(e, MPS_BC_LOAD_NONE);
            }
            mps_emit_op(e, MPS_BC_RETURN_VALUE);
            break;
        }
        case MPS_AST_LIST_COMP:
        case MPS_AST_SET_COMP:
        case MPS_AST_DICT_COMP:
        case MPS_AST_GENERATOR_EXP: {
            mps_ast_seq_t gens = node->kind == MPS_AST_DICT_COMP ? ((const mps_ast_dict_comp_t *)node)->generators
                                                                 : ((const mps_ast_list_comp_t *)node)->generators;
            if (node->kind == MPS_AST_LIST_COMP) {
                mps_emit_op_uint(e, MPS_BC_BUILD_LIST, 0);
            } else if (node->kind == MPS_AST_SET_COMP) {
                mps_emit_op_uint(e, MPS_BC_BUILD_SET, 0);
            } else if (node->kind == MPS_AST_DICT_COMP) {
                mps_emit_op_uint(e, MPS_BC_BUILD_MAP, 0);
            }
            compile_comp_loops(c, node, gens, 0);
            if (node->kind == MPS_AST_GENERATOR_EXP) {
                mps_emit_op(e, MPS_BC_LOAD_NONE);
            }
            mps_emit_op(e, MPS_BC_RETURN_VALUE);
            break;
        }
        default:
            syntax_error(c, "invalid syntax");
    }
}

static mps_raw_code_t *compile_scope(compiler_t *c, mps_scope_t *s, const mps_ast_t *node) {
    mps_scope_t *saved_scope = c->scope;
    mps_emit_t *saved_emit = c->e;
    size_t saved_base = c->block_base;
    size_t saved_line = c->line;
    mps_emit_t emit;
    mps_emit_init(&emit, (node->line && !c->no_lines) ? node->line : 1);
    c->scope = s;
    c->e = &emit;
    c->block_base = c->n_blocks;
    c->line = node->line;

    compile_body(c, node);

    // arg names in slot order, then the cell slots
    size_t n_names = s->n_pos_args + s->n_kwonly_args + ((s->code_flags & MPS_CODE_FLAG_VARARGS) ? 1 : 0) +
                     ((s->code_flags & MPS_CODE_FLAG_VARKW) ? 1 : 0);
    uint16_t *names = n_names ? mps_new(uint16_t, n_names) : NULL;
    size_t n_cells = 0;
    for (size_t i = 0; i < s->n_ids; i++) {
        const mps_id_info_t *id = &s->ids[i];
        if ((id->flags & MPS_ID_FLAG_PARAM) && id->slot < n_names) {
            names[id->slot] = id->name;
        }
        if (id->kind == MPS_ID_CELL) {
            n_cells++;
        }
    }
    uint16_t *cells = n_cells ? mps_new(uint16_t, n_cells) : NULL;
    n_cells = 0;
    for (size_t i = 0; i < s->n_ids; i++) {
        if (s->ids[i].kind == MPS_ID_CELL) {
            cells[n_cells++] = s->ids[i].slot;
        }
    }
    mps_raw_code_spec_t spec = {
        .name = s->name,
        .source_file = c->source_file,
        .flags = s->code_flags,
        .n_pos_args = s->n_pos_args,
        .n_kwonly_args = s->n_kwonly_args,
        .n_locals = s->n_locals,
        .n_free = s->n_free,
        .arg_names = names,
        .cells = cells,
        .n_cells = n_cells,
    };
    mps_raw_code_t *rc = mps_emit_finish(&emit, &spec);
    mps_mem_free(names);
    mps_mem_free(cells);

    c->scope = saved_scope;
    c->e = saved_emit;
    c->block_base = saved_base;
    c->line = saved_line;
    return rc;
}

mps_raw_code_t *mps_compile(const mps_ast_t *root, qstr source_file) {
    compiler_t comp;
    memset(&comp, 0, sizeof(comp));
    comp.source_file = source_file;
    comp.is_repl = root->kind == MPS_AST_INTERACTIVE;
    comp.no_lines = mps_state.opt_level >= 3;
    mps_scope_t *module = mps_scope_build(root, source_file);
    comp.scope = module;
    mps_raw_code_t *rc = compile_scope(&comp, module, root);
    // give the temporaries back now rather than at the next collection
    mps_scope_free(module);
    mps_mem_free(comp.blocks);
    mps_mem_free(comp.const_names);
    mps_mem_free(comp.const_values);
    return rc;
}
