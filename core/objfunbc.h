// SPDX-License-Identifier: MIT
// Functions written in Python: bytecode functions, closures and cells, the frames they
// run on, and argument binding.
#ifndef CORE_OBJFUNBC_H
#define CORE_OBJFUNBC_H

#include "core/emitglue.h"
#include "core/objfun.h"

extern const mps_obj_type_t mps_type_fun_bc;
extern const mps_obj_type_t mps_type_closure;
extern const mps_obj_type_t mps_type_cell;

// A function made by `def` or `lambda`. The type is mps_type_fun_bc, or
// mps_type_generator when its code is a generator or coroutine. [extra] holds the
// positional defaults (a tuple) when the code has MPS_CODE_FLAG_HAS_DEFAULTS, then the
// keyword-only defaults (a dict) when it has MPS_CODE_FLAG_HAS_KWDEFAULTS; so a plain
// function takes one 16-byte block, as on MicroPython.
typedef struct {
    mps_obj_base_t base;
    mps_ref_t rc;      // const mps_raw_code_t *
    mps_obj_t globals; // dict of the module it was defined in
    mps_obj_t extra[];
} mps_obj_fun_bc_t;

// A function with free variables: the function and the cells it closes over.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_closure
    mps_obj_t fun;
    mps_uint_t n_closed;
    mps_obj_t closed[];
} mps_obj_closure_t;

typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_cell
    mps_obj_t obj;       // MPS_OBJ_NULL while unbound
} mps_obj_cell_t;

// A running (or suspended) activation of a code object: locals, then the value stack.
// Frames of ordinary calls live on the Python stack (mps_state.pystack), never on the
// GC heap; generator frames live inside their generator object.
typedef struct {
    mps_ref_t fun;     // mps_obj_fun_bc_t *
    mps_ref_t ip;      // next (or current, while it runs) instruction
    mps_ref_t sp;      // top of the value stack (generators, between resumptions)
    uint16_t n_state;  // n_locals + n_stack
    uint16_t flags;    // MPS_FRAME_FLAG_*
    mps_obj_t state[];
} mps_frame_t;

#define MPS_FRAME_FLAG_RERAISE (0x0001) // the exception in flight already has this frame's entry

static inline const mps_raw_code_t *mps_frame_rc(const mps_frame_t *f) {
    return MPS_PTR(const mps_raw_code_t, MPS_PTR(mps_obj_fun_bc_t, f->fun)->rc);
}

// Makes a function from [rc] in the current globals. [defaults] and [kwdefaults] are
// used as the code's flags say; raises MemoryError.
mps_obj_t mps_obj_new_fun_bc(const mps_raw_code_t *rc, mps_obj_t globals, mps_obj_t defaults,
                             mps_obj_t kwdefaults);
mps_obj_t mps_obj_new_closure(mps_obj_t fun, size_t n_closed, const mps_obj_t *closed);
mps_obj_t mps_obj_new_cell(mps_obj_t obj);
static inline mps_obj_t mps_obj_cell_get(mps_obj_t cell) {
    return MPS_PTR(mps_obj_cell_t, cell)->obj;
}
static inline void mps_obj_cell_set(mps_obj_t cell, mps_obj_t obj) {
    MPS_PTR(mps_obj_cell_t, cell)->obj = obj;
}

// Splits a function or closure into its fun_bc and closed cells.
const mps_obj_fun_bc_t *mps_fun_bc_unwrap(mps_obj_t fun, size_t *n_closed, const mps_obj_t **closed);

// Fills [frame] (n_state slots) for a call of [fun]: binds arguments into locals as
// Python does (positional, defaults, keywords, *args, **kwargs), creates cells and
// copies the closure's cells. Raises TypeError with MicroPython's messages.
void mps_frame_bind(mps_frame_t *frame, const mps_obj_fun_bc_t *fun, size_t n_closed,
                    const mps_obj_t *closed, size_t n_args, size_t n_kw, const mps_obj_t *args);

// Words a frame for [rc] needs (header included). A call takes them from the Python
// stack (mps_state.pystack), or from the GC heap when that is full, and gives them back
// with mps_frame_free, which zeroes them.
size_t mps_frame_words(const mps_raw_code_t *rc);
void mps_frame_free(mps_frame_t *frame, size_t n_words);

// The call slot of functions, closures and generator functions (the VM calls it
// directly for Python-to-Python calls).
mps_obj_t mps_fun_bc_call(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args);

// Runs a class body [fun] (a function of no arguments made by the compiler for a
// `class` statement) with [locals_dict] as its namespace. Returns the body's __class__
// cell when methods use zero-argument super() or __class__ (the caller must set it to
// the new class with mps_obj_cell_set), else None. Raises what the body raises.
mps_obj_t mps_fun_bc_call_with_locals(mps_obj_t fun, mps_obj_t locals_dict);

// __build_class__(func, name, *bases, metaclass=None, **kw): a ready implementation the
// builtins module may expose: runs the body, then calls mps_obj_new_class (or the
// metaclass) and fills the __class__ cell.
extern const mps_obj_fun_builtin_t mps_builtin_build_class_obj;

// Name of a function or closure (for repr and tracebacks).
qstr mps_fun_bc_name(mps_obj_t fun);

#endif // CORE_OBJFUNBC_H
