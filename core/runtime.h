// SPDX-License-Identifier: MIT
// The runtime: operations the VM and the built-ins perform on objects (calls,
// attributes, operators, iteration, import) and the one place exceptions are raised.
#ifndef CORE_RUNTIME_H
#define CORE_RUNTIME_H

#include <stdnoreturn.h>

#include "core/obj.h"

// --- life cycle --------------------------------------------------------------------

// Initialises the interpreter over a fresh heap [heap, heap + heap_size): qstrs,
// module registry, sys.path/argv, __main__. Call once per (soft) reset.
void mps_init(void *heap, size_t heap_size);
void mps_deinit(void);

// --- raising (all noreturn; all messages are C strings) -----------------------------

noreturn void mps_raise(mps_obj_t exc); // exc: an instance or an exception class
noreturn void mps_raise_msg(const mps_obj_type_t *exc_type, const char *msg);
noreturn void mps_raise_msg_varg(const mps_obj_type_t *exc_type, const char *fmt, ...);
noreturn void mps_raise_TypeError(const char *msg);
noreturn void mps_raise_ValueError(const char *msg);
noreturn void mps_raise_IndexError(const char *msg);
noreturn void mps_raise_KeyError(mps_obj_t key);
noreturn void mps_raise_AttributeError(mps_obj_t o, qstr attr); // "'x' object has no attribute 'y'"
noreturn void mps_raise_NameError(qstr name);                   // "name 'x' isn't defined"
noreturn void mps_raise_OverflowError(const char *msg);
noreturn void mps_raise_ZeroDivisionError(const char *msg);
noreturn void mps_raise_NotImplementedError(const char *msg);
noreturn void mps_raise_RuntimeError(const char *msg);
noreturn void mps_raise_StopIteration(mps_obj_t value);
noreturn void mps_raise_OSError(int errno_);
noreturn void mps_raise_recursion_depth(void); // RuntimeError: maximum recursion depth exceeded
// MemoryError; uses the pre-allocated emergency exception when the heap is exhausted.
noreturn void mps_raise_MemoryError(void);
// MemoryError with [fmt] (one %u for [n]); falls back to the emergency exception.
noreturn void mps_raise_memory_error_msg(const char *fmt, size_t n);
// Fixed message for a wrong argument count: "function takes N positional arguments but M were given".
noreturn void mps_raise_arg_count(size_t expected, size_t given);

// Checks the C stack against its limit; raises RuntimeError("maximum recursion depth exceeded").
void mps_stack_check(void);

// --- calling -------------------------------------------------------------------------

// Calls [fun] with [n_args] positional args then [n_kw] (qstr-object key, value) pairs.
mps_obj_t mps_call_function_n_kw(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args);
mps_obj_t mps_call_function_0(mps_obj_t fun);
mps_obj_t mps_call_function_1(mps_obj_t fun, mps_obj_t arg);
mps_obj_t mps_call_function_2(mps_obj_t fun, mps_obj_t a1, mps_obj_t a2);
// Calls a method found by mps_load_method: args[0] = fun, args[1] = self or
// MPS_OBJ_NULL (no self), then the arguments as for mps_call_function_n_kw.
mps_obj_t mps_call_method_n_kw(size_t n_args, size_t n_kw, const mps_obj_t *args);
// Calls with *args / **kwargs already collected: pos_seq any iterable or MPS_OBJ_NULL,
// kw_dict a mapping or MPS_OBJ_NULL, appended after the given args.
mps_obj_t mps_call_function_star(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args,
                                 mps_obj_t pos_seq, mps_obj_t kw_dict);

// Checks a built-in's arguments: raises TypeError when n_args is outside [min, max]
// or when keywords are given to a function that takes none.
void mps_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max,
                       bool takes_kw);

// Parsing built-in arguments by name (for functions taking keywords).
typedef enum {
    MPS_ARG_BOOL = 0x001,
    MPS_ARG_INT = 0x002,
    MPS_ARG_OBJ = 0x003,
    MPS_ARG_KIND_MASK = 0x0ff,
    MPS_ARG_REQUIRED = 0x100,
    MPS_ARG_KW_ONLY = 0x200,
} mps_arg_flag_t;
typedef union {
    bool u_bool;
    mps_int_t u_int;
    mps_obj_t u_obj;
} mps_arg_val_t;
typedef struct {
    uint16_t qst;
    uint16_t flags;
    mps_arg_val_t defval;
} mps_arg_t;
// Fills [out_vals] (n_allowed entries) from positional [pos] and keyword map [kws]
// ([n_kw] key/value pairs after the positional ones, as in a call). Raises TypeError.
void mps_arg_parse_all(size_t n_pos, const mps_obj_t *pos, size_t n_kw, const mps_obj_t *kws,
                       size_t n_allowed, const mps_arg_t *allowed, mps_arg_val_t *out_vals);

// --- names and attributes ------------------------------------------------------------

mps_obj_t mps_load_name(qstr name);   // locals, then globals, then builtins
mps_obj_t mps_load_global(qstr name); // globals, then builtins
mps_obj_t mps_load_builtin(qstr name); // MPS_OBJ_NULL if absent
void mps_store_name(qstr name, mps_obj_t value);
void mps_store_global(qstr name, mps_obj_t value);
void mps_delete_name(qstr name);
void mps_delete_global(qstr name);

// The current globals/locals dicts (module or class body being run).
mps_obj_t mps_globals_get(void);
void mps_globals_set(mps_obj_t dict);
mps_obj_t mps_locals_get(void);
void mps_locals_set(mps_obj_t dict);

mps_obj_t mps_load_attr(mps_obj_t base, qstr attr); // raises AttributeError
// Loads base.attr as a method: dest[0] = function, dest[1] = self, or dest[1] =
// MPS_OBJ_NULL when the attribute is not a method. Raises AttributeError.
void mps_load_method(mps_obj_t base, qstr attr, mps_obj_t *dest);
// As above without raising: dest[0] == MPS_OBJ_NULL when absent.
void mps_load_method_maybe(mps_obj_t base, qstr attr, mps_obj_t *dest);
// super().attr as a method (VM's LOAD_SUPER_METHOD): dest as for mps_load_method.
void mps_load_super_method(qstr attr, mps_obj_t *dest);
void mps_store_attr(mps_obj_t base, qstr attr, mps_obj_t value);
void mps_delete_attr(mps_obj_t base, qstr attr);
// Turns a plain function found on a class into what instance lookup should return
// (bound method, staticmethod unwrapping, classmethod binding, property call...).
// dest as for mps_load_method.
void mps_convert_member_lookup(mps_obj_t self, const mps_obj_type_t *type, mps_obj_t member,
                               mps_obj_t *dest);

// --- operators -----------------------------------------------------------------------

// The dunder method name of each operator (MPS_QSTR_NULL where there is none), for
// messages and for classes that define the operator in Python: __neg__, __add__,
// __radd__, __iadd__ ...
extern const uint16_t mps_unary_op_method_name[MPS_UNARY_OP_NUM];
extern const uint16_t mps_binary_op_method_name[MPS_BINARY_OP_NUM];

mps_obj_t mps_unary_op(mps_unary_op_t op, mps_obj_t arg);
mps_obj_t mps_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs);
// True if exception [exc] (an instance or a class) matches [cls], a class or a tuple of
// classes, as an except clause tests it. Raises TypeError for a non-exception class.
bool mps_exception_match(mps_obj_t exc, mps_obj_t cls);
// o[index] load/store/delete; raises TypeError if unsupported.
mps_obj_t mps_subscr_load(mps_obj_t o, mps_obj_t index);
void mps_subscr_store(mps_obj_t o, mps_obj_t index, mps_obj_t value);
void mps_subscr_delete(mps_obj_t o, mps_obj_t index);

// --- iteration ------------------------------------------------------------------------

// iter(o); iter_buf may be NULL (then the iterator is always heap allocated).
mps_obj_t mps_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf);
// next(it) or MPS_OBJ_STOP_ITERATION when exhausted (StopIteration is swallowed).
mps_obj_t mps_iternext(mps_obj_t it);
// As mps_iternext but does not convert a StopIteration exception (faster for C iters).
mps_obj_t mps_iternext_allow_raise(mps_obj_t it);

// Unpacking: [seq] into [num] values written to items in reverse order (stack order).
void mps_unpack_sequence(mps_obj_t seq, size_t num, mps_obj_t *items);
// a, *b, c = seq: num_left = n before the star, num_right after it.
void mps_unpack_ex(mps_obj_t seq, size_t num_left, size_t num_right, mps_obj_t *items);

// --- import --------------------------------------------------------------------------

// __import__(name, fromlist, level): returns the top-level package (or the module itself
// when fromlist is not None/empty), importing it from built-ins, frozen modules or the
// file system (.py / .mpy along sys.path). Raises ImportError.
mps_obj_t mps_import_name(qstr name, mps_obj_t fromlist, mps_obj_t level);
mps_obj_t mps_import_from(mps_obj_t module, qstr name);
void mps_import_all(mps_obj_t module); // from module import *
// Runs module [name] (found as import would find it, parent packages imported first)
// as the __main__ module: `micropython -m name`. Raises ImportError or what it raises.
void mps_import_main_module(qstr name);

// --- misc ------------------------------------------------------------------------------

// Marks a pending KeyboardInterrupt (from a signal handler); the VM raises it at the
// next backwards jump or call. Safe to call from a signal handler.
void mps_sched_keyboard_interrupt(void);
// Runs pending scheduled callbacks (micropython.schedule) and raises a pending
// KeyboardInterrupt. Called by the VM periodically.
void mps_handle_pending(void);

#endif // CORE_RUNTIME_H
