// SPDX-License-Identifier: MIT
// Generators and coroutines: generator functions (calling one makes an instance) and
// generator instances (send, throw, close, iteration, `yield from` and `await`).
#ifndef CORE_OBJGENERATOR_H
#define CORE_OBJGENERATOR_H

#include "core/vm.h"

// A generator function: an mps_obj_fun_bc_t whose type is this one (defined in
// core/objfunbc.c, which shares the call path with plain functions).
extern const mps_obj_type_t mps_type_generator;
extern const mps_obj_type_t mps_type_gen_instance;

// A generator instance: its frame lives inside it, in the GC heap.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_gen_instance
    mps_uint_t state;    // MPS_GEN_* below
    mps_obj_t frame[];   // an mps_frame_t
} mps_obj_gen_instance_t;

#define MPS_GEN_NEW (0)
#define MPS_GEN_SUSPENDED (1)
#define MPS_GEN_RUNNING (2)
#define MPS_GEN_FINISHED (3)

// Makes a generator instance for a call of the generator function [fun] (or a closure
// over one) with the given arguments. Raises TypeError (binding) or MemoryError.
mps_obj_t mps_obj_new_gen_instance(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args);

// Runs [gen] until it yields, returns or raises: sends [send_value] (None when starting)
// or, if [throw_value] is not MPS_OBJ_NULL, raises that at the suspension point.
// *result is the yielded value, the return value or the exception. Raises TypeError /
// ValueError for misuse (sending to a just-started generator, re-entering a running one).
mps_vm_return_t mps_gen_resume(mps_obj_t gen, mps_obj_t send_value, mps_obj_t throw_value,
                               mps_obj_t *result);

// gen.close(): raises GeneratorExit inside [gen] if it is suspended.
mps_obj_t mps_gen_close(mps_obj_t gen);

#endif // CORE_OBJGENERATOR_H
