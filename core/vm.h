// SPDX-License-Identifier: MIT
// The bytecode interpreter: runs a frame until it returns, yields or raises.
#ifndef CORE_VM_H
#define CORE_VM_H

#include "core/objfunbc.h"

typedef enum {
    MPS_VM_RETURN_NORMAL,    // *result: the return value
    MPS_VM_RETURN_YIELD,     // *result: the value yielded; frame->ip/sp saved
    MPS_VM_RETURN_EXCEPTION, // *result: the exception (traceback entry added)
} mps_vm_return_t;

// Runs [frame] from frame->ip with the stack top at frame->sp. If [throw_value] is not
// MPS_OBJ_NULL it is raised at the current instruction first (generator.throw).
// Sets mps_state.dict_globals to the function's globals while running and restores it.
// Never lets an exception escape: it comes back as MPS_VM_RETURN_EXCEPTION.
mps_vm_return_t mps_vm_execute(mps_frame_t *frame, mps_obj_t throw_value, mps_obj_t *result);

// Source file and line of the innermost running Python code, for tools that want to
// say where an allocation came from (heapviz). False when no Python code runs.
bool mps_vm_current_location(const char **file, unsigned *line);

#endif // CORE_VM_H
