// SPDX-License-Identifier: MIT
// Generator instances: a frame in the heap resumed by next/send/throw/close. Coroutines
// (async def) are generators too; `await` drives them with `yield from`.
#include "core/objgenerator.h"

#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"

static mps_frame_t *gen_frame(mps_obj_gen_instance_t *g) {
    return (mps_frame_t *)g->frame;
}

mps_obj_t mps_obj_new_gen_instance(mps_obj_t fun_obj, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    size_t n_closed;
    const mps_obj_t *closed;
    const mps_obj_fun_bc_t *fun = mps_fun_bc_unwrap(fun_obj, &n_closed, &closed);
    const mps_raw_code_t *rc = MPS_PTR(const mps_raw_code_t, fun->rc);
    size_t n_words = mps_frame_words(rc);
    mps_obj_gen_instance_t *g = mps_obj_alloc(sizeof(mps_obj_gen_instance_t) + n_words * sizeof(mps_obj_t),
                                              MPS_TYPE_IDX_gen_instance);
    g->state = MPS_GEN_NEW;
    mps_frame_bind(gen_frame(g), fun, n_closed, closed, n_args, n_kw, args);
    return MPS_OBJ_FROM_PTR(g);
}

static bool is_stop_iteration(mps_obj_t exc) {
    return mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_StopIteration));
}

mps_vm_return_t mps_gen_resume(mps_obj_t gen, mps_obj_t send_value, mps_obj_t throw_value,
                               mps_obj_t *result) {
    mps_obj_gen_instance_t *g = MPS_OBJ_TO_PTR(gen);
    mps_frame_t *frame = gen_frame(g);
    switch (g->state) {
        case MPS_GEN_FINISHED:
            if (throw_value != MPS_OBJ_NULL) {
                *result = throw_value;
                return MPS_VM_RETURN_EXCEPTION;
            }
            *result = mps_const_none;
            return MPS_VM_RETURN_NORMAL;
        case MPS_GEN_RUNNING:
            mps_raise_ValueError("generator already executing");
        case MPS_GEN_NEW:
            if (throw_value != MPS_OBJ_NULL) {
                // Thrown into before it started: the body never runs (no handler of its
                // can be active yet) and the generator is over.
                g->state = MPS_GEN_FINISHED;
                *result = throw_value;
                return MPS_VM_RETURN_EXCEPTION;
            }
            if (send_value != mps_const_none) {
                mps_raise_TypeError("can't send non-None value to a just-started generator");
            }
            break;
        default:
            if (throw_value == MPS_OBJ_NULL) {
                // the value of the yield expression we stopped at
                mps_obj_t *sp = MPS_PTR(mps_obj_t, frame->sp);
                *++sp = send_value;
                frame->sp = MPS_REF(sp);
            }
            break;
    }
    mps_stack_check();
    if (mps_state.call_depth >= MPS_CFG_MAX_CALL_DEPTH) {
        mps_raise_recursion_depth();
    }
    g->state = MPS_GEN_RUNNING;
    mps_state.call_depth++;
    mps_vm_return_t ret = mps_vm_execute(frame, throw_value, result);
    mps_state.call_depth--;
    if (ret == MPS_VM_RETURN_YIELD) {
        g->state = MPS_GEN_SUSPENDED;
    } else {
        g->state = MPS_GEN_FINISHED;
        if (ret == MPS_VM_RETURN_EXCEPTION && is_stop_iteration(*result)) {
            *result = mps_obj_new_exception_msg(&mps_type_RuntimeError, "generator raised StopIteration");
        }
    }
    return ret;
}

static mps_obj_t gen_iternext(mps_obj_t self) {
    mps_obj_t v;
    switch (mps_gen_resume(self, mps_const_none, MPS_OBJ_NULL, &v)) {
        case MPS_VM_RETURN_YIELD:
            return v;
        case MPS_VM_RETURN_NORMAL:
            // C iterators never raise StopIteration (mps_iternext relies on it): the
            // return value goes to the side for next() to put in its StopIteration.
            mps_state.stop_iteration_arg = v == mps_const_none ? MPS_OBJ_NULL : v;
            return MPS_OBJ_STOP_ITERATION;
        default:
            nlr_raise(v);
    }
}

// gen.__next__(): like next(gen), with the return value in the StopIteration.
static mps_obj_t gen_next(mps_obj_t self) {
    mps_obj_t v;
    switch (mps_gen_resume(self, mps_const_none, MPS_OBJ_NULL, &v)) {
        case MPS_VM_RETURN_YIELD:
            return v;
        case MPS_VM_RETURN_NORMAL:
            mps_raise_StopIteration(v);
        default:
            nlr_raise(v);
    }
}
static MPS_DEFINE_FUN_1(gen_next_obj, gen_next);

static mps_obj_t gen_send(mps_obj_t self, mps_obj_t value) {
    mps_obj_t v;
    switch (mps_gen_resume(self, value, MPS_OBJ_NULL, &v)) {
        case MPS_VM_RETURN_YIELD:
            return v;
        case MPS_VM_RETURN_NORMAL:
            mps_raise_StopIteration(v);
        default:
            nlr_raise(v);
    }
}
static MPS_DEFINE_FUN_2(gen_send_obj, gen_send);

static mps_obj_t make_exception(mps_obj_t type, mps_obj_t value) {
    if (mps_obj_is_exception_type(type)) {
        if (value == MPS_OBJ_NULL || value == mps_const_none) {
            return mps_call_function_0(type);
        }
        if (mps_obj_is_exception_instance(value)) {
            return value;
        }
        return mps_call_function_1(type, value);
    }
    if (!mps_obj_is_exception_instance(type)) {
        mps_raise_TypeError("exceptions must derive from BaseException");
    }
    return type;
}

static mps_obj_t gen_throw(size_t n_args, const mps_obj_t *args) {
    mps_obj_t exc = make_exception(args[1], n_args > 2 ? args[2] : MPS_OBJ_NULL);
    mps_obj_t v;
    switch (mps_gen_resume(args[0], mps_const_none, exc, &v)) {
        case MPS_VM_RETURN_YIELD:
            return v;
        case MPS_VM_RETURN_NORMAL:
            mps_raise_StopIteration(v);
        default:
            nlr_raise(v);
    }
}
static MPS_DEFINE_FUN_VAR(gen_throw_obj, 2, 4, gen_throw);

mps_obj_t mps_gen_close(mps_obj_t self) {
    mps_obj_gen_instance_t *g = MPS_OBJ_TO_PTR(self);
    if (g->state == MPS_GEN_NEW || g->state == MPS_GEN_FINISHED) {
        g->state = MPS_GEN_FINISHED;
        return mps_const_none;
    }
    mps_obj_t v;
    mps_obj_t exc = mps_obj_new_exception(&mps_type_GeneratorExit);
    switch (mps_gen_resume(self, mps_const_none, exc, &v)) {
        case MPS_VM_RETURN_YIELD:
            mps_raise_RuntimeError("generator ignored GeneratorExit");
        case MPS_VM_RETURN_NORMAL:
            return mps_const_none;
        default:
            if (mps_obj_is_instance(v, MPS_OBJ_FROM_PTR(&mps_type_GeneratorExit)) || is_stop_iteration(v)) {
                return mps_const_none;
            }
            nlr_raise(v);
    }
}
static MPS_DEFINE_FUN_1(gen_close_obj, mps_gen_close);

static void gen_instance_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    (void)kind;
    mps_obj_gen_instance_t *g = MPS_OBJ_TO_PTR(o);
    const mps_raw_code_t *rc = mps_frame_rc(gen_frame(g));
    mps_printf(print, "<generator object '%q' at %x>", rc->name, (unsigned)o);
}

static mps_obj_t gen_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    return o;
}

static const mps_rom_map_elem_t gen_instance_locals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___next__), MPS_ROM_PTR(&gen_next_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_close), MPS_ROM_PTR(&gen_close_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_send), MPS_ROM_PTR(&gen_send_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_throw), MPS_ROM_PTR(&gen_throw_obj)},
};

const mps_obj_type_t mps_type_gen_instance = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY | MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_generator,
    .print = gen_instance_print,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .locals = gen_instance_locals,
    .n_locals = sizeof(gen_instance_locals) / sizeof(gen_instance_locals[0]),
};
