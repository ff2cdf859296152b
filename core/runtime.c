// SPDX-License-Identifier: MIT
// The runtime: start-up, raising, calls, names, attributes, operators and iteration.
// Every operation dispatches on the type's slots and supplies the generic behaviour
// (reflected operators, identity equality, __getitem__ iteration ...) a slot leaves out.
#include "core/runtime.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/gc.h"
#include "core/map.h"
#include "core/mem.h"
#include "core/modulelist.h"
#include "core/objboundmeth.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objint.h"
#include "core/objfun.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objproperty.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/qstr.h"
#include "core/state.h"
#include "core/vstr.h"

// --- operator names (messages, and the dunder methods of classes) --------------------

const uint16_t mps_unary_op_method_name[MPS_UNARY_OP_NUM] = {
    [MPS_UNARY_OP_POSITIVE] = MPS_QSTR___pos__,
    [MPS_UNARY_OP_NEGATIVE] = MPS_QSTR___neg__,
    [MPS_UNARY_OP_INVERT] = MPS_QSTR___invert__,
    [MPS_UNARY_OP_NOT] = MPS_QSTR_NULL,
    [MPS_UNARY_OP_BOOL] = MPS_QSTR___bool__,
    [MPS_UNARY_OP_LEN] = MPS_QSTR___len__,
    [MPS_UNARY_OP_HASH] = MPS_QSTR___hash__,
    [MPS_UNARY_OP_ABS] = MPS_QSTR___abs__,
    [MPS_UNARY_OP_INT] = MPS_QSTR___int__,
    [MPS_UNARY_OP_FLOAT] = MPS_QSTR___float__,
    [MPS_UNARY_OP_COMPLEX] = MPS_QSTR___complex__,
    [MPS_UNARY_OP_SIZEOF] = MPS_QSTR___sizeof__,
};

const uint16_t mps_binary_op_method_name[MPS_BINARY_OP_NUM] = {
    [MPS_BINARY_OP_LESS] = MPS_QSTR___lt__,
    [MPS_BINARY_OP_MORE] = MPS_QSTR___gt__,
    [MPS_BINARY_OP_EQUAL] = MPS_QSTR___eq__,
    [MPS_BINARY_OP_LESS_EQUAL] = MPS_QSTR___le__,
    [MPS_BINARY_OP_MORE_EQUAL] = MPS_QSTR___ge__,
    [MPS_BINARY_OP_NOT_EQUAL] = MPS_QSTR___ne__,
    [MPS_BINARY_OP_IN] = MPS_QSTR___contains__,
    [MPS_BINARY_OP_IS] = MPS_QSTR_NULL,
    [MPS_BINARY_OP_EXCEPTION_MATCH] = MPS_QSTR_NULL,
    [MPS_BINARY_OP_INPLACE_OR] = MPS_QSTR___ior__,
    [MPS_BINARY_OP_INPLACE_XOR] = MPS_QSTR___ixor__,
    [MPS_BINARY_OP_INPLACE_AND] = MPS_QSTR___iand__,
    [MPS_BINARY_OP_INPLACE_LSHIFT] = MPS_QSTR___ilshift__,
    [MPS_BINARY_OP_INPLACE_RSHIFT] = MPS_QSTR___irshift__,
    [MPS_BINARY_OP_INPLACE_ADD] = MPS_QSTR___iadd__,
    [MPS_BINARY_OP_INPLACE_SUBTRACT] = MPS_QSTR___isub__,
    [MPS_BINARY_OP_INPLACE_MULTIPLY] = MPS_QSTR___imul__,
    [MPS_BINARY_OP_INPLACE_MAT_MULTIPLY] = MPS_QSTR___imatmul__,
    [MPS_BINARY_OP_INPLACE_FLOOR_DIVIDE] = MPS_QSTR___ifloordiv__,
    [MPS_BINARY_OP_INPLACE_TRUE_DIVIDE] = MPS_QSTR___itruediv__,
    [MPS_BINARY_OP_INPLACE_MODULO] = MPS_QSTR___imod__,
    [MPS_BINARY_OP_INPLACE_POWER] = MPS_QSTR___ipow__,
    [MPS_BINARY_OP_OR] = MPS_QSTR___or__,
    [MPS_BINARY_OP_XOR] = MPS_QSTR___xor__,
    [MPS_BINARY_OP_AND] = MPS_QSTR___and__,
    [MPS_BINARY_OP_LSHIFT] = MPS_QSTR___lshift__,
    [MPS_BINARY_OP_RSHIFT] = MPS_QSTR___rshift__,
    [MPS_BINARY_OP_ADD] = MPS_QSTR___add__,
    [MPS_BINARY_OP_SUBTRACT] = MPS_QSTR___sub__,
    [MPS_BINARY_OP_MULTIPLY] = MPS_QSTR___mul__,
    [MPS_BINARY_OP_MAT_MULTIPLY] = MPS_QSTR___matmul__,
    [MPS_BINARY_OP_FLOOR_DIVIDE] = MPS_QSTR___floordiv__,
    [MPS_BINARY_OP_TRUE_DIVIDE] = MPS_QSTR___truediv__,
    [MPS_BINARY_OP_MODULO] = MPS_QSTR___mod__,
    [MPS_BINARY_OP_POWER] = MPS_QSTR___pow__,
    [MPS_BINARY_OP_REVERSE_OR] = MPS_QSTR___ror__,
    [MPS_BINARY_OP_REVERSE_XOR] = MPS_QSTR___rxor__,
    [MPS_BINARY_OP_REVERSE_AND] = MPS_QSTR___rand__,
    [MPS_BINARY_OP_REVERSE_LSHIFT] = MPS_QSTR___rlshift__,
    [MPS_BINARY_OP_REVERSE_RSHIFT] = MPS_QSTR___rrshift__,
    [MPS_BINARY_OP_REVERSE_ADD] = MPS_QSTR___radd__,
    [MPS_BINARY_OP_REVERSE_SUBTRACT] = MPS_QSTR___rsub__,
    [MPS_BINARY_OP_REVERSE_MULTIPLY] = MPS_QSTR___rmul__,
    [MPS_BINARY_OP_REVERSE_MAT_MULTIPLY] = MPS_QSTR___rmatmul__,
    [MPS_BINARY_OP_REVERSE_FLOOR_DIVIDE] = MPS_QSTR___rfloordiv__,
    [MPS_BINARY_OP_REVERSE_TRUE_DIVIDE] = MPS_QSTR___rtruediv__,
    [MPS_BINARY_OP_REVERSE_MODULO] = MPS_QSTR___rmod__,
    [MPS_BINARY_OP_REVERSE_POWER] = MPS_QSTR___rpow__,
    [MPS_BINARY_OP_CONTAINS] = MPS_QSTR___contains__,
    [MPS_BINARY_OP_DIVMOD] = MPS_QSTR___divmod__,
};

// --- life cycle ------------------------------------------------------------------------

// Runs __del__ of an object the collector is about to free. Errors are swallowed: the
// collector cannot report them, and MicroPython ignores them too.
static void run_finaliser(void *ptr) {
    mps_obj_t o = MPS_OBJ_FROM_PTR(ptr);
    if (((mps_obj_base_t *)ptr)->type == MPS_TYPE_IDX_INVALID) {
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t dest[2];
        mps_load_method_maybe(o, MPS_QSTR___del__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            mps_call_method_n_kw(0, 0, dest);
        }
        nlr_pop();
    }
}

void mps_init(void *heap, size_t heap_size) {
    char stack_marker;
    memset(&mps_state.root_start, 0,
           (size_t)((char *)&mps_state.root_end - (char *)&mps_state.root_start) + sizeof(mps_obj_t));
    if (mps_state.stack_top == NULL) {
        // The port normally records where its stack began; this is a close guess.
        mps_state.stack_top = &stack_marker;
    }
    if (mps_state.stack_limit == 0) {
        mps_state.stack_limit = MPS_CFG_STACK_LIMIT;
    }
    mps_state.call_depth = 0;
    mps_state.sched_pending = 0;
    mps_state.class_epoch++; // a fresh heap: forget cached class lookups
    mps_state.vm_frame = NULL;
    mps_state.kbd_intr_char = 3;
    gc_init(heap, (char *)heap + heap_size);
    gc_set_finaliser(run_finaliser);
    qstr_init();

    // MemoryError (and any exception) must be raisable with the heap full.
    mps_obj_exception_init_emergency();

    mps_state.loaded_modules = mps_obj_new_dict(4);
    mps_state.sys_path = mps_obj_new_list(0, NULL);
    // The unix port's default search path, as MicroPython's; the port may replace it
    // (MICROPYPATH) and sets the first entry to the script's directory.
    static const uint16_t default_path[] = {
        MPS_QSTR_empty, MPS_QSTR_dot_frozen, MPS_QSTR_path_user_lib, MPS_QSTR_path_usr_lib,
    };
    for (size_t i = 0; i < sizeof(default_path) / sizeof(default_path[0]); i++) {
        mps_obj_list_append(mps_state.sys_path, MPS_OBJ_NEW_QSTR(default_path[i]));
    }
    mps_state.sys_argv = mps_obj_new_list(0, NULL);

    mps_obj_t main_module = mps_obj_new_module(MPS_QSTR___main__);
    mps_state.main_module = main_module;
    mps_state.dict_main = mps_obj_module_get_globals(main_module);
    mps_state.dict_globals = mps_state.dict_main;
    mps_state.dict_locals = mps_state.dict_main;
}

void mps_deinit(void) {
    // Give objects with finalisers (open files ...) their last chance to run.
    gc_collect();
}

// --- raising ----------------------------------------------------------------------------

// An instance of an exception subclass whose exception part is not made yet (raised
// from its own __init__ before the base's): MicroPython refuses to raise it.
static bool exception_incomplete(mps_obj_t exc) {
    if (((const mps_obj_base_t *)MPS_OBJ_TO_PTR(exc))->type < MPS_TYPE_TABLE_SIZE) {
        return false;
    }
    return ((const mps_obj_instance_t *)MPS_OBJ_TO_PTR(exc))->subobj[0] == MPS_OBJ_NULL;
}

noreturn void mps_raise(mps_obj_t exc) {
    if (mps_obj_is_exception_type(exc)) {
        exc = mps_call_function_0(exc);
    }
    if (!mps_obj_is_exception_instance(exc) || exception_incomplete(exc)) {
        exc = mps_obj_new_exception_msg(&mps_type_TypeError, "exceptions must derive from BaseException");
    }
    nlr_raise(exc);
}

noreturn void mps_raise_msg(const mps_obj_type_t *exc_type, const char *msg) {
    // No message: the exception with no arguments (ValueError(), as MicroPython raises).
    nlr_raise(msg == NULL ? mps_obj_new_exception(exc_type) : mps_obj_new_exception_msg(exc_type, msg));
}

noreturn void mps_raise_msg_varg(const mps_obj_type_t *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mps_obj_t exc = mps_obj_new_exception_msg_vlist(exc_type, fmt, ap);
    va_end(ap);
    nlr_raise(exc);
}

noreturn void mps_raise_TypeError(const char *msg) {
    mps_raise_msg(&mps_type_TypeError, msg);
}

noreturn void mps_raise_ValueError(const char *msg) {
    mps_raise_msg(&mps_type_ValueError, msg);
}

noreturn void mps_raise_IndexError(const char *msg) {
    mps_raise_msg(&mps_type_IndexError, msg);
}

noreturn void mps_raise_KeyError(mps_obj_t key) {
    nlr_raise(mps_obj_new_exception_arg1(&mps_type_KeyError, key));
}

noreturn void mps_raise_AttributeError(mps_obj_t o, qstr attr) {
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_module)) {
        mps_obj_t name = mps_load_attr(o, MPS_QSTR___name__);
        mps_raise_msg_varg(&mps_type_AttributeError, "module '%s' has no attribute '%q'",
                           mps_obj_str_get_str(name), attr);
    }
    if (mps_obj_is_type(o)) {
        mps_raise_msg_varg(&mps_type_AttributeError, "type object '%q' has no attribute '%q'",
                           mps_obj_type_name(o), attr);
    }
    mps_raise_msg_varg(&mps_type_AttributeError, "'%s' object has no attribute '%q'",
                       mps_obj_get_type_str(o), attr);
}

noreturn void mps_raise_NameError(qstr name) {
    mps_raise_msg_varg(&mps_type_NameError, "name '%q' isn't defined", name);
}

noreturn void mps_raise_OverflowError(const char *msg) {
    mps_raise_msg(&mps_type_OverflowError, msg);
}

noreturn void mps_raise_ZeroDivisionError(const char *msg) {
    mps_raise_msg(&mps_type_ZeroDivisionError, msg);
}

noreturn void mps_raise_NotImplementedError(const char *msg) {
    mps_raise_msg(&mps_type_NotImplementedError, msg);
}

noreturn void mps_raise_RuntimeError(const char *msg) {
    mps_raise_msg(&mps_type_RuntimeError, msg);
}

noreturn void mps_raise_StopIteration(mps_obj_t value) {
    if (value == mps_const_none) {
        nlr_raise(mps_obj_new_exception(&mps_type_StopIteration));
    }
    nlr_raise(mps_obj_new_exception_arg1(&mps_type_StopIteration, value));
}

noreturn void mps_raise_OSError(int errno_) {
    nlr_raise(mps_obj_new_exception_arg1(&mps_type_OSError, MPS_OBJ_NEW_SMALL_INT(errno_)));
}

noreturn void mps_raise_recursion_depth(void) {
    mps_raise_RuntimeError("maximum recursion depth exceeded");
}

noreturn void mps_raise_memory_error_msg(const char *fmt, size_t n) {
    // No heap here: the message is formatted on the stack and the pre-made emergency
    // exception carries it.
    char text[80];
    int len = snprintf(text, sizeof(text), fmt, (unsigned)n);
    len = len < 0 ? 0 : len >= (int)sizeof(text) ? (int)sizeof(text) - 1 : len;
    nlr_raise(mps_obj_exception_emergency(&mps_type_MemoryError, text, (size_t)len));
}

noreturn void mps_raise_MemoryError(void) {
    mps_raise_memory_error_msg("memory allocation failed", 0);
}

noreturn void mps_raise_arg_count(size_t expected, size_t given) {
    mps_raise_msg_varg(&mps_type_TypeError, "function takes %u positional arguments but %u were given",
                       (unsigned)expected, (unsigned)given);
}

void mps_stack_check(void) {
    char marker;
    if (mps_state.stack_top != NULL &&
        (size_t)(mps_state.stack_top - &marker) > mps_state.stack_limit) {
        mps_raise_recursion_depth();
    }
}

// --- calling -----------------------------------------------------------------------------

mps_obj_t mps_call_function_n_kw(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    const mps_obj_type_t *type = mps_obj_get_type(fun);
    if (type->call == NULL) {
        mps_raise_msg_varg(&mps_type_TypeError, "'%s' object isn't callable", mps_obj_get_type_str(fun));
    }
    return type->call(fun, n_args, n_kw, args);
}

mps_obj_t mps_call_function_0(mps_obj_t fun) {
    return mps_call_function_n_kw(fun, 0, 0, NULL);
}

mps_obj_t mps_call_function_1(mps_obj_t fun, mps_obj_t arg) {
    return mps_call_function_n_kw(fun, 1, 0, &arg);
}

mps_obj_t mps_call_function_2(mps_obj_t fun, mps_obj_t a1, mps_obj_t a2) {
    mps_obj_t args[2] = {a1, a2};
    return mps_call_function_n_kw(fun, 2, 0, args);
}

mps_obj_t mps_call_method_n_kw(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (args[1] == MPS_OBJ_NULL) {
        return mps_call_function_n_kw(args[0], n_args, n_kw, args + 2);
    }
    return mps_call_function_n_kw(args[0], n_args + 1, n_kw, args + 1);
}

// A growable argument array for mps_call_function_star: on the C stack while it is
// small (the usual call allocates nothing), then in the heap.
#define ARG_ARRAY_STACK (12)
typedef struct {
    mps_obj_t *items;
    size_t len;
    size_t alloc;
    mps_obj_t stack[ARG_ARRAY_STACK];
} arg_array_t;

static void arg_array_init(arg_array_t *a) {
    a->items = a->stack;
    a->len = 0;
    a->alloc = ARG_ARRAY_STACK;
}

static void arg_array_push(arg_array_t *a, mps_obj_t o) {
    if (a->len == a->alloc) {
        size_t n = a->alloc * 2;
        mps_obj_t *items = mps_new(mps_obj_t, n);
        memcpy(items, a->items, a->len * sizeof(mps_obj_t));
        if (a->items != a->stack) {
            mps_mem_free(a->items);
        }
        a->items = items;
        a->alloc = n;
    }
    a->items[a->len++] = o;
}

static void arg_array_free(arg_array_t *a) {
    if (a->items != a->stack) {
        mps_mem_free(a->items);
    }
}

static mps_obj_t keyword_name(mps_obj_t key) {
    if (!mps_obj_is_str(key)) {
        mps_raise_TypeError("keywords must be strings");
    }
    return MPS_OBJ_IS_QSTR(key) ? key : MPS_OBJ_NEW_QSTR(mps_obj_str_get_qstr(key));
}

mps_obj_t mps_call_function_star(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args,
                                 mps_obj_t pos_seq, mps_obj_t kw_dict) {
    arg_array_t pos;
    arg_array_t kw;
    arg_array_init(&pos);
    arg_array_init(&kw);
    for (size_t i = 0; i < n_args; i++) {
        arg_array_push(&pos, args[i]);
    }
    if (pos_seq != MPS_OBJ_NULL) {
        size_t len;
        mps_obj_t *items;
        if (mps_obj_is_type_idx(pos_seq, MPS_TYPE_IDX_tuple) || mps_obj_is_type_idx(pos_seq, MPS_TYPE_IDX_list)) {
            mps_obj_get_array(pos_seq, &len, &items);
            for (size_t i = 0; i < len; i++) {
                arg_array_push(&pos, items[i]);
            }
        } else {
            mps_obj_t it = mps_getiter(pos_seq, NULL);
            mps_obj_t item;
            while ((item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
                arg_array_push(&pos, item);
            }
        }
    }
    for (size_t i = 0; i < 2 * n_kw; i++) {
        arg_array_push(&kw, args[n_args + i]);
    }
    if (kw_dict != MPS_OBJ_NULL && kw_dict != mps_const_none) {
        if (mps_obj_is_type_idx(kw_dict, MPS_TYPE_IDX_dict)) {
            mps_map_t *map = mps_obj_dict_get_map(kw_dict);
            size_t cur = 0;
            mps_map_elem_t *e;
            while ((e = mps_map_next(map, &cur)) != NULL) {
                arg_array_push(&kw, keyword_name(e->key));
                arg_array_push(&kw, e->value);
            }
        } else {
            // Any mapping: keys() then m[key], as MicroPython does.
            mps_obj_t dest[3];
            mps_load_method(kw_dict, MPS_QSTR_keys, dest);
            mps_obj_t it = mps_getiter(mps_call_method_n_kw(0, 0, dest), NULL);
            mps_obj_t key;
            while ((key = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
                arg_array_push(&kw, keyword_name(key));
                arg_array_push(&kw, mps_subscr_load(kw_dict, key));
            }
        }
    }
    // One array: positional values then the keyword pairs.
    size_t n_pos = pos.len;
    for (size_t i = 0; i < kw.len; i++) {
        arg_array_push(&pos, kw.items[i]);
    }
    arg_array_free(&kw);
    mps_obj_t res = mps_call_function_n_kw(fun, n_pos, (pos.len - n_pos) / 2, pos.items);
    arg_array_free(&pos);
    return res;
}

// --- names ---------------------------------------------------------------------------------

static mps_obj_t dict_lookup_qstr(mps_obj_t dict, qstr name) {
    mps_map_elem_t *e = mps_map_lookup_qstr(mps_obj_dict_get_map(dict), name, MPS_MAP_LOOKUP);
    return e == NULL ? MPS_OBJ_NULL : e->value;
}

mps_obj_t mps_load_builtin(qstr name) {
    if (mps_state.builtins_override != MPS_OBJ_NULL) {
        mps_obj_t o = dict_lookup_qstr(mps_state.builtins_override, name);
        if (o != MPS_OBJ_NULL) {
            return o;
        }
    }
    const mps_module_def_t *def = mps_module_builtins.rom;
    mps_obj_t o = mps_rom_map_lookup(def->globals, def->n_globals, name);
    if (o == MPS_OBJ_NULL && name == MPS_QSTR_underscore) {
        // `_` in the REPL: the last value echoed; like MicroPython, not a global.
        o = mps_state.repl_last_value;
    }
    return o;
}

mps_obj_t mps_load_global(qstr name) {
    mps_obj_t o = dict_lookup_qstr(mps_state.dict_globals, name);
    if (o == MPS_OBJ_NULL) {
        o = mps_load_builtin(name);
        if (o == MPS_OBJ_NULL) {
            mps_raise_NameError(name);
        }
    }
    return o;
}

mps_obj_t mps_load_name(qstr name) {
    if (mps_state.dict_locals != mps_state.dict_globals) {
        mps_obj_t o = dict_lookup_qstr(mps_state.dict_locals, name);
        if (o != MPS_OBJ_NULL) {
            return o;
        }
    }
    return mps_load_global(name);
}

void mps_store_name(qstr name, mps_obj_t value) {
    mps_obj_dict_store(mps_state.dict_locals, MPS_OBJ_NEW_QSTR(name), value);
}

void mps_store_global(qstr name, mps_obj_t value) {
    mps_obj_dict_store(mps_state.dict_globals, MPS_OBJ_NEW_QSTR(name), value);
}

static void delete_from(mps_obj_t dict, qstr name) {
    if (mps_map_lookup_qstr(mps_obj_dict_get_map(dict), name, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mps_raise_NameError(name);
    }
}

void mps_delete_name(qstr name) {
    delete_from(mps_state.dict_locals, name);
}

void mps_delete_global(qstr name) {
    delete_from(mps_state.dict_globals, name);
}

mps_obj_t mps_globals_get(void) {
    return mps_state.dict_globals;
}

void mps_globals_set(mps_obj_t dict) {
    mps_state.dict_globals = dict;
}

mps_obj_t mps_locals_get(void) {
    return mps_state.dict_locals;
}

void mps_locals_set(mps_obj_t dict) {
    mps_state.dict_locals = dict;
}

// --- attributes ------------------------------------------------------------------------------

static bool is_function(mps_obj_t o) {
    if (!MPS_OBJ_IS_OBJ(o)) {
        return false;
    }
    mps_ref_t t = ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type;
    return t == MPS_TYPE_IDX_fun_builtin || t == MPS_TYPE_IDX_fun_bc || t == MPS_TYPE_IDX_closure ||
           t == MPS_TYPE_IDX_generator;
}

void mps_convert_member_lookup(mps_obj_t self, const mps_obj_type_t *type, mps_obj_t member,
                               mps_obj_t *dest) {
    (void)type;
    if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod)) {
        dest[0] = mps_obj_static_class_method_fun(member);
        dest[1] = MPS_OBJ_NULL;
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_classmethod)) {
        dest[0] = mps_obj_static_class_method_fun(member);
        dest[1] = mps_obj_is_type(self) ? self : mps_obj_get_class(self);
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_property) && !mps_obj_is_type(self)) {
        mps_obj_t fget = mps_obj_property_get(member)[0];
        if (fget == mps_const_none) {
            mps_raise_msg(&mps_type_AttributeError, "unreadable attribute");
        }
        dest[0] = mps_call_function_1(fget, self);
        dest[1] = MPS_OBJ_NULL;
    } else if (is_function(member) && !mps_obj_is_type(self)) {
        dest[0] = member;
        dest[1] = self;
    } else {
        dest[0] = member;
        dest[1] = MPS_OBJ_NULL;
    }
}

void mps_load_method_maybe(mps_obj_t base, qstr attr, mps_obj_t *dest) {
    dest[0] = MPS_OBJ_NULL;
    dest[1] = MPS_OBJ_NULL;
    const mps_obj_type_t *type = mps_obj_get_type(base);
    if (type->attr != NULL) {
        type->attr(base, attr, dest);
        if (dest[0] != MPS_OBJ_NULL || type == &mps_type_instance) {
            // Instances of classes resolve everything (MRO, __getattr__) in their slot.
            return;
        }
    }
    if (attr == MPS_QSTR___class__) {
        dest[0] = mps_obj_get_class(base);
        return;
    }
    for (const mps_obj_type_t *t = type;; t = t->parent) {
        if (t == NULL) {
            t = &mps_type_object; // the implicit root of every chain
        }
        if (t->locals != NULL) {
            mps_obj_t member = mps_rom_map_lookup(t->locals, t->n_locals, attr);
            if (member != MPS_OBJ_NULL) {
                mps_convert_member_lookup(base, t, member, dest);
                return;
            }
        }
        if (t == &mps_type_object) {
            return;
        }
    }
}

void mps_load_method(mps_obj_t base, qstr attr, mps_obj_t *dest) {
    mps_load_method_maybe(base, attr, dest);
    if (dest[0] == MPS_OBJ_NULL) {
        mps_raise_AttributeError(base, attr);
    }
}

mps_obj_t mps_load_attr(mps_obj_t base, qstr attr) {
    mps_obj_t dest[2];
    mps_load_method(base, attr, dest);
    if (dest[1] == MPS_OBJ_NULL) {
        return dest[0];
    }
    return mps_obj_new_bound_meth(dest[0], dest[1]);
}

void mps_load_super_method(qstr attr, mps_obj_t *dest) {
    mps_obj_super_load_method(attr, dest);
}

static void store_or_delete_attr(mps_obj_t base, qstr attr, mps_obj_t value) {
    const mps_obj_type_t *type = mps_obj_get_type(base);
    if (type->attr != NULL) {
        mps_obj_t dest[2] = {MPS_OBJ_SENTINEL, value};
        type->attr(base, attr, dest);
        if (dest[0] == MPS_OBJ_NULL) {
            return;
        }
    }
    // MicroPython words a failed store the same for every kind of object.
    mps_raise_msg_varg(&mps_type_AttributeError, "'%s' object has no attribute '%q'",
                       mps_obj_get_type_str(base), attr);
}

void mps_store_attr(mps_obj_t base, qstr attr, mps_obj_t value) {
    store_or_delete_attr(base, attr, value);
}

void mps_delete_attr(mps_obj_t base, qstr attr) {
    store_or_delete_attr(base, attr, MPS_OBJ_NULL);
}

// --- operators -----------------------------------------------------------------------------

mps_obj_t mps_unary_op(mps_unary_op_t op, mps_obj_t arg) {
    if (op == MPS_UNARY_OP_NOT) {
        return mps_obj_new_bool(!mps_obj_is_true(arg));
    }
    const mps_obj_type_t *type = mps_obj_get_type(arg);
    if (type->unary_op != NULL) {
        mps_obj_t r = type->unary_op(op, arg);
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_obj_new_bool(mps_obj_is_true(arg));
        case MPS_UNARY_OP_HASH:
            return mps_obj_hash(arg);
        case MPS_UNARY_OP_LEN:
            return mps_obj_len(arg);
        default:
            mps_raise_msg_varg(&mps_type_TypeError, "unsupported type for %q: '%s'",
                               (qstr)mps_unary_op_method_name[op], mps_obj_get_type_str(arg));
    }
}

static mps_obj_t try_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    const mps_obj_type_t *type = mps_obj_get_type(lhs);
    if (type->binary_op == NULL) {
        return MPS_OBJ_NULL;
    }
    return type->binary_op(op, lhs, rhs);
}

// The comparison that asks the same question with the operands swapped.
static mps_binary_op_t swapped_comparison(mps_binary_op_t op) {
    switch (op) {
        case MPS_BINARY_OP_LESS:
            return MPS_BINARY_OP_MORE;
        case MPS_BINARY_OP_MORE:
            return MPS_BINARY_OP_LESS;
        case MPS_BINARY_OP_LESS_EQUAL:
            return MPS_BINARY_OP_MORE_EQUAL;
        case MPS_BINARY_OP_MORE_EQUAL:
            return MPS_BINARY_OP_LESS_EQUAL;
        default:
            return op;
    }
}

bool mps_exception_match(mps_obj_t exc, mps_obj_t cls) {
    if (mps_obj_is_type_idx(cls, MPS_TYPE_IDX_tuple)) {
        size_t len;
        mps_obj_t *items;
        mps_obj_tuple_get(cls, &len, &items);
        for (size_t i = 0; i < len; i++) {
            if (mps_exception_match(exc, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!mps_obj_is_exception_type(cls)) {
        mps_raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
    mps_obj_t exc_cls = mps_obj_is_type(exc) ? exc : mps_obj_get_class(exc);
    return mps_obj_is_subclass(exc_cls, cls);
}

static mps_obj_t contains(mps_obj_t container, mps_obj_t item) {
    mps_obj_t r = try_binary_op(MPS_BINARY_OP_CONTAINS, container, item);
    if (r != MPS_OBJ_NULL) {
        return r;
    }
    // No __contains__: search by iteration (which also covers __getitem__ sequences).
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(container, &iter_buf);
    mps_obj_t next;
    while ((next = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
        if (mps_obj_equal(next, item)) {
            return mps_const_true;
        }
    }
    return mps_const_false;
}

static bool is_instance(mps_obj_t o) {
    return mps_obj_get_type(o) == &mps_type_instance;
}

// == and != as operators: a class's __eq__ / __ne__ result is returned as it is (it
// need not be a bool) and is asked even for an object compared with itself.
static mps_obj_t equal_not_equal(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (is_instance(lhs) || is_instance(rhs)) {
        mps_obj_t r = try_binary_op(op, lhs, rhs);
        if (r == MPS_OBJ_NULL) {
            r = try_binary_op(op, rhs, lhs);
        }
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    bool eq = mps_obj_equal(lhs, rhs);
    return mps_obj_new_bool(op == MPS_BINARY_OP_EQUAL ? eq : !eq);
}

noreturn static void unsupported_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op >= MPS_BINARY_OP_INPLACE_OR && op <= MPS_BINARY_OP_INPLACE_POWER) {
        // MicroPython names the plain operator for a failed augmented assignment.
        op = (mps_binary_op_t)(op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR);
    }
    mps_raise_msg_varg(&mps_type_TypeError, "unsupported types for %q: '%s', '%s'",
                       (qstr)mps_binary_op_method_name[op], mps_obj_get_type_str(lhs),
                       mps_obj_get_type_str(rhs));
}

mps_obj_t mps_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (MPS_OBJ_IS_SMALL_INT(lhs) && MPS_OBJ_IS_SMALL_INT(rhs)) {
        mps_obj_t r = mps_small_int_binary_op(op, lhs, rhs);
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    switch (op) {
        case MPS_BINARY_OP_IS:
            return mps_obj_new_bool(lhs == rhs);
        case MPS_BINARY_OP_IN:
            return contains(rhs, lhs);
        case MPS_BINARY_OP_EXCEPTION_MATCH:
            return mps_obj_new_bool(mps_exception_match(lhs, rhs));
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
            return equal_not_equal(op, lhs, rhs);
        case MPS_BINARY_OP_CONTAINS:
            return contains(lhs, rhs);
        default:
            break;
    }
    mps_obj_t r = try_binary_op(op, lhs, rhs);
    if (r != MPS_OBJ_NULL) {
        return r;
    }
    if (op >= MPS_BINARY_OP_INPLACE_OR && op <= MPS_BINARY_OP_INPLACE_POWER) {
        // No in-place form: x += y is x = x + y.
        op = (mps_binary_op_t)(op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR);
        r = try_binary_op(op, lhs, rhs);
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    if (op >= MPS_BINARY_OP_OR && op <= MPS_BINARY_OP_POWER) {
        r = try_binary_op((mps_binary_op_t)(op - MPS_BINARY_OP_OR + MPS_BINARY_OP_REVERSE_OR), rhs, lhs);
    } else if (op <= MPS_BINARY_OP_MORE_EQUAL || op == MPS_BINARY_OP_DIVMOD) {
        if (op != MPS_BINARY_OP_DIVMOD) {
            r = try_binary_op(swapped_comparison(op), rhs, lhs);
        }
    }
    if (r != MPS_OBJ_NULL) {
        return r;
    }
    unsupported_binary_op(op, lhs, rhs);
}

mps_obj_t mps_subscr_load(mps_obj_t o, mps_obj_t index) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->subscr != NULL) {
        mps_obj_t r = type->subscr(o, index, MPS_OBJ_SENTINEL);
        if (r != MPS_OBJ_NULL) {
            return r;
        }
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%s' object isn't subscriptable", mps_obj_get_type_str(o));
}

void mps_subscr_store(mps_obj_t o, mps_obj_t index, mps_obj_t value) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->subscr != NULL && type->subscr(o, index, value) != MPS_OBJ_NULL) {
        return;
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%s' object doesn't support item assignment",
                       mps_obj_get_type_str(o));
}

void mps_subscr_delete(mps_obj_t o, mps_obj_t index) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->subscr != NULL && type->subscr(o, index, MPS_OBJ_NULL) != MPS_OBJ_NULL) {
        return;
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%s' object doesn't support item deletion",
                       mps_obj_get_type_str(o));
}

// --- iteration ------------------------------------------------------------------------------

// A caller's iter_buf can hold an object only if its address is a valid reference.
static bool iter_buf_usable(const mps_obj_iter_buf_t *iter_buf) {
    return iter_buf != NULL && (uintptr_t)iter_buf <= (uintptr_t)UINT32_MAX;
}

mps_obj_t mps_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->flags & MPS_TYPE_FLAG_ITER_IS_SELF) {
        return o;
    }
    if (!iter_buf_usable(iter_buf)) {
        iter_buf = NULL;
    }
    if (type->getiter != NULL) {
        mps_obj_t it = type->getiter(o, iter_buf);
        if (it != MPS_OBJ_NULL) {
            return it;
        }
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%s' object isn't iterable", mps_obj_get_type_str(o));
}

mps_obj_t mps_iternext_allow_raise(mps_obj_t it) {
    const mps_obj_type_t *type = mps_obj_get_type(it);
    if (type->iternext != NULL) {
        return type->iternext(it);
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%s' object isn't an iterator", mps_obj_get_type_str(it));
}

mps_obj_t mps_iternext(mps_obj_t it) {
    const mps_obj_type_t *type = mps_obj_get_type(it);
    if (type != &mps_type_instance) {
        // C iterators signal the end with MPS_OBJ_STOP_ITERATION, never by raising.
        return mps_iternext_allow_raise(it);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t r = mps_iternext_allow_raise(it);
        nlr_pop();
        return r;
    }
    if (mps_obj_is_instance(nlr.ret_val, MPS_OBJ_FROM_PTR(&mps_type_StopIteration))) {
        // Keep its value on the side, as a generator's return value is kept, so that
        // next() on a wrapping iterator (enumerate, map ...) can raise it again.
        mps_obj_t value = mps_obj_exception_get_value(nlr.ret_val);
        mps_state.stop_iteration_arg = value == mps_const_none ? MPS_OBJ_NULL : value;
        return MPS_OBJ_STOP_ITERATION;
    }
    nlr_jump(nlr.ret_val);
}

noreturn static void unpack_too_few(size_t got) {
    mps_raise_msg_varg(&mps_type_ValueError, "need more than %u values to unpack", (unsigned)got);
}

noreturn static void unpack_too_many(size_t expected) {
    mps_raise_msg_varg(&mps_type_ValueError, "too many values to unpack (expected %u)", (unsigned)expected);
}

void mps_unpack_sequence(mps_obj_t seq, size_t num, mps_obj_t *items) {
    if (mps_obj_is_type_idx(seq, MPS_TYPE_IDX_tuple) || mps_obj_is_type_idx(seq, MPS_TYPE_IDX_list)) {
        size_t len;
        mps_obj_t *seq_items;
        mps_obj_get_array(seq, &len, &seq_items);
        if (len < num) {
            unpack_too_few(len);
        }
        if (len > num) {
            unpack_too_many(num);
        }
        for (size_t i = 0; i < num; i++) {
            items[i] = seq_items[num - 1 - i];
        }
        return;
    }
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(seq, &iter_buf);
    for (size_t i = 0; i < num; i++) {
        mps_obj_t item = mps_iternext(it);
        if (item == MPS_OBJ_STOP_ITERATION) {
            unpack_too_few(i);
        }
        items[num - 1 - i] = item;
    }
    if (mps_iternext(it) != MPS_OBJ_STOP_ITERATION) {
        unpack_too_many(num);
    }
}

void mps_unpack_ex(mps_obj_t seq, size_t num_left, size_t num_right, mps_obj_t *items) {
    size_t total = num_left + 1 + num_right;
    // Collect everything into a list; the starred target is what is left in the middle.
    mps_obj_t list;
    if (mps_obj_is_type_idx(seq, MPS_TYPE_IDX_tuple) || mps_obj_is_type_idx(seq, MPS_TYPE_IDX_list)) {
        size_t len;
        mps_obj_t *seq_items;
        mps_obj_get_array(seq, &len, &seq_items);
        list = mps_obj_new_list(len, seq_items);
    } else {
        list = mps_obj_new_list(0, NULL);
        mps_obj_t it = mps_getiter(seq, NULL);
        mps_obj_t item;
        while ((item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
            mps_obj_list_append(list, item);
        }
    }
    size_t len;
    mps_obj_t *seq_items;
    mps_obj_list_get(list, &len, &seq_items);
    if (len < num_left + num_right) {
        unpack_too_few(len);
    }
    for (size_t i = 0; i < num_left; i++) {
        items[total - 1 - i] = seq_items[i];
    }
    for (size_t j = 0; j < num_right; j++) {
        items[num_right - 1 - j] = seq_items[len - num_right + j];
    }
    // The list itself becomes the starred value: drop the head, keep the middle.
    size_t n_mid = len - num_left - num_right;
    if (n_mid > 0) { // an empty list has no items array: no NULL to memmove
        memmove(seq_items, seq_items + num_left, n_mid * sizeof(mps_obj_t));
    }
    mps_obj_list_set_len(list, n_mid);
    items[num_right] = list;
}

// --- pending events --------------------------------------------------------------------------

void mps_sched_keyboard_interrupt(void) {
    // No allocation here (a signal handler): the class is instantiated when raised.
    mps_state.pending_exception = MPS_OBJ_FROM_PTR(&mps_type_KeyboardInterrupt);
    mps_state.sched_pending = 1;
}

void mps_handle_pending(void) {
    mps_state.sched_pending = 0;
    mps_obj_t exc = mps_state.pending_exception;
    if (exc != MPS_OBJ_NULL) {
        mps_state.pending_exception = MPS_OBJ_NULL;
        mps_raise(exc);
    }
    // micropython.schedule queues (callback, arg) tuples in a list; run them in order,
    // removing each before it runs so that a raising callback is not run again.
    mps_obj_t queue = mps_state.sched_queue;
    if (queue == MPS_OBJ_NULL) {
        return;
    }
    for (;;) {
        size_t len;
        mps_obj_t *items;
        mps_obj_list_get(queue, &len, &items);
        if (len == 0) {
            break;
        }
        mps_obj_t entry = items[0];
        memmove(items, items + 1, (len - 1) * sizeof(mps_obj_t));
        mps_obj_list_set_len(queue, len - 1);
        mps_obj_t *pair;
        mps_obj_get_array_fixed_n(entry, 2, &pair);
        mps_call_function_1(pair[0], pair[1]);
    }
}
