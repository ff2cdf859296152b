// SPDX-License-Identifier: MIT
// Bytecode functions, closures and cells: making them, binding arguments into a frame,
// frames on the Python stack, and calling.
#include "core/objfunbc.h"

#include <string.h>

#include "core/mem.h"
#include "core/nlr.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objgenerator.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vm.h"
#include "core/vstr.h"

// --- making ---------------------------------------------------------------------------

mps_obj_t mps_obj_new_fun_bc(const mps_raw_code_t *rc, mps_obj_t globals, mps_obj_t defaults,
                             mps_obj_t kwdefaults) {
    size_t n_extra = ((rc->flags & MPS_CODE_FLAG_HAS_DEFAULTS) ? 1 : 0) +
                     ((rc->flags & MPS_CODE_FLAG_HAS_KWDEFAULTS) ? 1 : 0);
    unsigned idx = (rc->flags & MPS_CODE_FLAG_GENERATOR) ? MPS_TYPE_IDX_generator : MPS_TYPE_IDX_fun_bc;
    mps_obj_fun_bc_t *f = mps_obj_alloc(sizeof(mps_obj_fun_bc_t) + n_extra * sizeof(mps_obj_t), idx);
    f->rc = MPS_REF(rc);
    f->globals = globals;
    size_t i = 0;
    if (rc->flags & MPS_CODE_FLAG_HAS_DEFAULTS) {
        f->extra[i++] = defaults;
    }
    if (rc->flags & MPS_CODE_FLAG_HAS_KWDEFAULTS) {
        f->extra[i++] = kwdefaults;
    }
    return MPS_OBJ_FROM_PTR(f);
}

mps_obj_t mps_obj_new_closure(mps_obj_t fun, size_t n_closed, const mps_obj_t *closed) {
    mps_obj_closure_t *c = mps_obj_alloc(sizeof(mps_obj_closure_t) + n_closed * sizeof(mps_obj_t),
                                         MPS_TYPE_IDX_closure);
    c->fun = fun;
    c->n_closed = (mps_uint_t)n_closed;
    memcpy(c->closed, closed, n_closed * sizeof(mps_obj_t));
    return MPS_OBJ_FROM_PTR(c);
}

mps_obj_t mps_obj_new_cell(mps_obj_t obj) {
    mps_obj_cell_t *c = mps_obj_new(mps_obj_cell_t, MPS_TYPE_IDX_cell);
    c->obj = obj;
    return MPS_OBJ_FROM_PTR(c);
}

const mps_obj_fun_bc_t *mps_fun_bc_unwrap(mps_obj_t fun, size_t *n_closed, const mps_obj_t **closed) {
    if (mps_obj_is_type_idx(fun, MPS_TYPE_IDX_closure)) {
        const mps_obj_closure_t *c = MPS_OBJ_TO_PTR(fun);
        *n_closed = c->n_closed;
        *closed = c->closed;
        return MPS_OBJ_TO_PTR(c->fun);
    }
    *n_closed = 0;
    *closed = NULL;
    return MPS_OBJ_TO_PTR(fun);
}

qstr mps_fun_bc_name(mps_obj_t fun) {
    size_t n;
    const mps_obj_t *c;
    const mps_obj_fun_bc_t *f = mps_fun_bc_unwrap(fun, &n, &c);
    return MPS_PTR(const mps_raw_code_t, f->rc)->name;
}

// Copies a handful of words: a plain loop beats memcpy's `rep movs` at these sizes.
static inline void copy_words(mps_obj_t *dest, const mps_obj_t *src, size_t n) {
    for (size_t i = 0; i < n; i++) {
        dest[i] = src[i];
    }
}

// --- frames ---------------------------------------------------------------------------

size_t mps_frame_words(const mps_raw_code_t *rc) {
    return (sizeof(mps_frame_t) + sizeof(mps_obj_t) - 1) / sizeof(mps_obj_t) + rc->n_locals + rc->n_stack;
}

#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void mps_frame_free(mps_frame_t *frame, size_t n_words) {
    mps_obj_t *p = (mps_obj_t *)frame;
    if (p >= mps_state.pystack && p < mps_state.pystack + MPS_CFG_PYSTACK_WORDS) {
        // zeroed so that a popped frame keeps nothing alive and the next one starts clean
        for (size_t i = 0; i < n_words; i++) {
            p[i] = 0;
        }
        mps_state.pystack_cur = p;
    } else {
        mps_mem_free(frame);
    }
}

// --- argument binding -----------------------------------------------------------------

// A failed binding leaves the frame all zero: the next frame at this place on the
// Python stack relies on unbound slots being NULL. (mps_raise_msg_varg copes with a
// locked or full heap.)
#define BIND_ERROR(frame, n_state, ...) \
    do { \
        memset((frame), 0, sizeof(mps_frame_t) + (n_state) * sizeof(mps_obj_t)); \
        mps_raise_msg_varg(&mps_type_TypeError, __VA_ARGS__); \
    } while (0)

#if defined(__GNUC__) && !defined(__clang__)
// keep GCC from turning copy_words back into a memcpy call
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void mps_frame_bind(mps_frame_t *frame, const mps_obj_fun_bc_t *fun, size_t n_closed,
                    const mps_obj_t *closed, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    const mps_raw_code_t *rc = MPS_PTR(const mps_raw_code_t, fun->rc);
    unsigned flags = rc->flags;
    size_t n_pos = rc->n_pos_args;
    size_t n_kwonly = rc->n_kwonly_args;
    mps_obj_t *fastn = frame->state;
    size_t n_state = rc->n_locals + rc->n_stack;
    frame->fun = MPS_REF(fun);
    frame->ip = MPS_REF(mps_raw_code_bytecode(rc));
    frame->sp = MPS_REF(fastn + rc->n_locals - 1);
    frame->n_state = (uint16_t)(rc->n_locals + rc->n_stack);
    frame->flags = 0;

    mps_obj_t defaults = MPS_OBJ_NULL;
    mps_obj_t kwdefaults = MPS_OBJ_NULL;
    {
        size_t i = 0;
        if (flags & MPS_CODE_FLAG_HAS_DEFAULTS) {
            defaults = fun->extra[i++];
        }
        if (flags & MPS_CODE_FLAG_HAS_KWDEFAULTS) {
            kwdefaults = fun->extra[i++];
        }
    }

    if (n_kw == 0 && n_args == n_pos && n_kwonly == 0 &&
        !(flags & (MPS_CODE_FLAG_VARARGS | MPS_CODE_FLAG_VARKW))) {
        // the common case: exactly the positional arguments
        copy_words(fastn, args, n_args);
    } else {
        size_t n_def = 0;
        mps_obj_t *def_items = NULL;
        if (defaults != MPS_OBJ_NULL) {
            mps_obj_tuple_get(defaults, &n_def, &def_items);
        }
        bool simple = n_kw == 0 && kwdefaults == MPS_OBJ_NULL;
        if (n_args > n_pos) {
            if (!(flags & MPS_CODE_FLAG_VARARGS)) {
                BIND_ERROR(frame, n_state, "%q() takes %d positional arguments but %d were given", rc->name,
                           (int)n_pos, (int)n_args);
            }
            fastn[n_pos + n_kwonly] = mps_obj_new_tuple(n_args - n_pos, args + n_pos);
            copy_words(fastn, args, n_pos);
        } else {
            if (simple && n_args + n_def < n_pos) {
                BIND_ERROR(frame, n_state, "%q() takes %d positional arguments but %d were given", rc->name,
                           (int)(n_pos - n_def), (int)n_args);
            }
            copy_words(fastn, args, n_args);
            if (flags & MPS_CODE_FLAG_VARARGS) {
                fastn[n_pos + n_kwonly] = mps_const_empty_tuple();
            }
        }
        mps_obj_t kwdict = MPS_OBJ_NULL;
        if (flags & MPS_CODE_FLAG_VARKW) {
            kwdict = mps_obj_new_dict(n_kw);
            fastn[n_pos + n_kwonly + ((flags & MPS_CODE_FLAG_VARARGS) ? 1 : 0)] = kwdict;
        }
        const uint8_t *names = mps_raw_code_arg_names(rc);
        const mps_obj_t *kw = args + n_args;
        for (size_t k = 0; k < n_kw; k++) {
            mps_obj_t key = kw[2 * k];
            qstr q = MPS_OBJ_IS_QSTR(key) ? MPS_OBJ_QSTR_VALUE(key) : mps_obj_str_get_qstr(key);
            size_t j;
            for (j = 0; j < n_pos + n_kwonly; j++) {
                if (mps_raw_code_u16(names, j) == q) {
                    break;
                }
            }
            if (j < n_pos + n_kwonly) {
                if (fastn[j] != MPS_OBJ_NULL) {
                    BIND_ERROR(frame, n_state, "function got multiple values for argument '%q'", q);
                }
                fastn[j] = kw[2 * k + 1];
            } else if (kwdict != MPS_OBJ_NULL) {
                mps_obj_dict_store(kwdict, MPS_OBJ_NEW_QSTR(q), kw[2 * k + 1]);
            } else {
                BIND_ERROR(frame, n_state, "unexpected keyword argument '%q'", q);
            }
        }
        // defaults fill the last n_def positional slots left empty
        for (size_t i = 0; i < n_def; i++) {
            size_t slot = n_pos - n_def + i;
            if (fastn[slot] == MPS_OBJ_NULL) {
                fastn[slot] = def_items[i];
            }
        }
        for (size_t i = n_pos; i-- > 0;) {
            if (fastn[i] == MPS_OBJ_NULL) {
                BIND_ERROR(frame, n_state, "function missing required positional argument #%d", (int)i);
            }
        }
        for (size_t i = 0; i < n_kwonly; i++) {
            size_t slot = n_pos + i;
            if (fastn[slot] != MPS_OBJ_NULL) {
                continue;
            }
            qstr q = mps_raw_code_u16(names, slot);
            mps_obj_t v = MPS_OBJ_NULL;
            if (kwdefaults != MPS_OBJ_NULL) {
                v = mps_obj_dict_get(kwdefaults, MPS_OBJ_NEW_QSTR(q));
                if (v == MPS_OBJ_NULL) {
                    BIND_ERROR(frame, n_state, "function missing required keyword argument '%q'", q);
                }
            } else {
                BIND_ERROR(frame, n_state, "function missing keyword-only argument");
            }
            fastn[slot] = v;
        }
    }

    // cells for variables captured by inner functions (arguments keep their value)
    if (rc->n_cells) {
        const uint8_t *cells = mps_raw_code_cells(rc);
        for (size_t i = 0; i < rc->n_cells; i++) {
            size_t slot = mps_raw_code_u16(cells, i);
            fastn[slot] = mps_obj_new_cell(fastn[slot]);
        }
    }
    if (rc->n_free) {
        size_t n = rc->n_free < n_closed ? rc->n_free : n_closed;
        copy_words(fastn + rc->n_locals - rc->n_free, closed, n);
    }
}

// --- calling --------------------------------------------------------------------------

mps_obj_t mps_fun_bc_call(mps_obj_t self, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    size_t n_closed;
    const mps_obj_t *closed;
    const mps_obj_fun_bc_t *fun = mps_fun_bc_unwrap(self, &n_closed, &closed);
    if (fun->base.type == MPS_TYPE_IDX_generator) {
        return mps_obj_new_gen_instance(self, n_args, n_kw, args);
    }
    const mps_raw_code_t *rc = MPS_PTR(const mps_raw_code_t, fun->rc);
    if (mps_state.sched_pending) {
        mps_handle_pending();
    }
    mps_stack_check();
    if (mps_state.call_depth >= MPS_CFG_MAX_CALL_DEPTH) {
        mps_raise_recursion_depth();
    }
    size_t n_words = mps_frame_words(rc);
    // bind before taking the Python stack, so a binding error leaves it as it was
    mps_obj_t *cur = mps_state.pystack_cur ? mps_state.pystack_cur : mps_state.pystack;
    bool on_pystack = cur + n_words <= mps_state.pystack + MPS_CFG_PYSTACK_WORDS;
    mps_frame_t *frame = on_pystack ? (mps_frame_t *)cur : mps_mem_alloc(n_words * sizeof(mps_obj_t));
    mps_frame_bind(frame, fun, n_closed, closed, n_args, n_kw, args);
    if (on_pystack) {
        mps_state.pystack_cur = cur + n_words;
    }
    mps_state.call_depth++;
    mps_obj_t result;
    mps_vm_return_t ret = mps_vm_execute(frame, MPS_OBJ_NULL, &result);
    mps_state.call_depth--;
    mps_frame_free(frame, n_words);
    if (ret != MPS_VM_RETURN_NORMAL) {
        nlr_raise(result);
    }
    return result;
}

mps_obj_t mps_fun_bc_call_with_locals(mps_obj_t fun, mps_obj_t locals_dict) {
    mps_obj_t saved = mps_state.dict_locals;
    mps_state.dict_locals = locals_dict;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t r = mps_fun_bc_call(fun, 0, 0, NULL);
        nlr_pop();
        mps_state.dict_locals = saved;
        return r;
    } else {
        mps_state.dict_locals = saved;
        nlr_raise(nlr.ret_val);
    }
}

// __build_class__(body, name, *bases, metaclass=..., **kw)
static mps_obj_t build_class(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_args < 2) {
        mps_raise_TypeError("__build_class__: not enough arguments");
    }
    mps_obj_t body = args[0];
    mps_obj_t name = args[1];
    mps_obj_t bases = mps_obj_new_tuple(n_args - 2, args + 2);
    mps_obj_t meta = MPS_OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        if (mps_obj_str_get_qstr(args[n_args + 2 * k]) == MPS_QSTR_metaclass) {
            meta = args[n_args + 2 * k + 1];
        }
    }
    if (meta == MPS_OBJ_NULL && n_args > 2) {
        mps_obj_t base_meta = mps_obj_get_class(args[2]);
        if (base_meta != MPS_OBJ_FROM_PTR(&mps_type_type)) {
            meta = base_meta;
        }
    }
    // the body itself sets __module__ and __qualname__
    mps_obj_t dict = mps_obj_new_dict(0);
    mps_obj_t cell = mps_fun_bc_call_with_locals(body, dict);
    mps_obj_t cls;
    if (meta != MPS_OBJ_NULL && meta != MPS_OBJ_FROM_PTR(&mps_type_type)) {
        // meta(name, bases, dict, **kw) with the class keywords other than metaclass
        mps_obj_t margs[3 + 2 * 8] = {name, bases, dict};
        size_t n = 0;
        for (size_t k = 0; k < n_kw && n < 8; k++) {
            if (mps_obj_str_get_qstr(args[n_args + 2 * k]) != MPS_QSTR_metaclass) {
                margs[3 + 2 * n] = args[n_args + 2 * k];
                margs[3 + 2 * n + 1] = args[n_args + 2 * k + 1];
                n++;
            }
        }
        cls = mps_call_function_n_kw(meta, 3, n, margs);
    } else {
        cls = mps_obj_new_class(mps_obj_str_get_qstr(name), bases, dict);
    }
    if (mps_obj_is_type_idx(cell, MPS_TYPE_IDX_cell)) {
        mps_obj_cell_set(cell, cls);
    }
    return cls;
}
const mps_obj_fun_builtin_t mps_builtin_build_class_obj = {
    MPS_BASE(MPS_TYPE_IDX_fun_builtin), MPS_FUN_KIND_KW, 0, 2, MPS_FUN_ARGS_MAX, MPS_QSTR___build_class__,
    {.kw = build_class},
};

// --- types ----------------------------------------------------------------------------

static void fun_bc_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    (void)kind;
    mps_printf(print, "<function %q at 0x%x>", mps_fun_bc_name(o), (unsigned)o);
}

static void closure_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    (void)kind;
    mps_printf(print, "<function %q at 0x%x>", mps_fun_bc_name(o), (unsigned)o);
}

static void cell_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    (void)kind;
    mps_printf(print, "<cell at 0x%x>", (unsigned)o);
}

static void fun_bc_attr(mps_obj_t o, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // functions have no writable attributes
    }
    if (attr == MPS_QSTR___name__) {
        dest[0] = MPS_OBJ_NEW_QSTR(mps_fun_bc_name(o));
    } else if (attr == MPS_QSTR___globals__) {
        size_t n;
        const mps_obj_t *c;
        dest[0] = mps_fun_bc_unwrap(o, &n, &c)->globals;
    }
}

const mps_obj_type_t mps_type_fun_bc = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_function,
    .print = fun_bc_print,
    .call = mps_fun_bc_call,
    .attr = fun_bc_attr,
};

const mps_obj_type_t mps_type_closure = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_function,
    .print = closure_print,
    .call = mps_fun_bc_call,
    .attr = fun_bc_attr,
};

const mps_obj_type_t mps_type_cell = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_cell,
    .print = cell_print,
};

// Generator functions share the call path: fun_bc_call makes the instance.
const mps_obj_type_t mps_type_generator = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_generator,
    .print = fun_bc_print,
    .call = mps_fun_bc_call,
    .attr = fun_bc_attr,
};
