// SPDX-License-Identifier: MIT
// The bytecode emitter: writes instructions for one code object, tracks the value
// stack depth, labels, line numbers and exception ranges, then builds the code object.
#ifndef CORE_EMITBC_H
#define CORE_EMITBC_H

#include "core/bc.h"
#include "core/emitglue.h"

typedef struct {
    size_t start;     // bytecode offset where the current range began
    uint16_t label;   // handler label
    uint16_t depth;   // stack depth at the handler (before the exception is pushed)
} mps_emit_handler_t;

// All buffers are GC heap blocks reachable from this struct (kept on the C stack).
typedef struct {
    uint8_t *bc;
    size_t bc_len, bc_alloc;
    uint8_t *lines;
    size_t lines_len, lines_alloc;
    uint8_t *exc;
    size_t exc_len, exc_alloc;
    mps_obj_t *consts;
    size_t n_consts, consts_alloc;
    int32_t *label_pos;   // bytecode offset or -1
    int32_t *label_depth; // stack depth on arrival or -1
    size_t n_labels, labels_alloc;
    mps_emit_handler_t *handlers; // innermost last
    size_t n_handlers, handlers_alloc;
    size_t range_start;
    int depth, max_depth;
    size_t last_line, last_line_bc;
    size_t first_line;
} mps_emit_t;

void mps_emit_init(mps_emit_t *e, size_t first_line);

// Labels
size_t mps_emit_new_label(mps_emit_t *e);
// Places [label] here; the stack depth becomes the one recorded by jumps to it.
void mps_emit_label(mps_emit_t *e, size_t label);

void mps_emit_set_line(mps_emit_t *e, size_t line);
// The stack depth now (for comprehension depths and ranges).
static inline int mps_emit_depth(const mps_emit_t *e) {
    return e->depth;
}
void mps_emit_adjust(mps_emit_t *e, int delta);
void mps_emit_set_depth(mps_emit_t *e, int depth);

// Instructions. The stack effect is derived from the opcode and operand, except for
// MAKE_FUNCTION (pass it with mps_emit_adjust).
void mps_emit_op(mps_emit_t *e, mps_bc_opcode_t op);
void mps_emit_op_uint(mps_emit_t *e, mps_bc_opcode_t op, size_t arg);
void mps_emit_op_sint(mps_emit_t *e, mps_bc_opcode_t op, intptr_t arg);
void mps_emit_op_jump(mps_emit_t *e, mps_bc_opcode_t op, size_t label);
// LOAD_CONST of [o] (deduplicated by identity).
void mps_emit_load_const(mps_emit_t *e, mps_obj_t o);
// Any object constant: small ints and None/True/False get their own opcodes.
void mps_emit_load_obj(mps_emit_t *e, mps_obj_t o);
size_t mps_emit_const_index(mps_emit_t *e, mps_obj_t o);

// Exception ranges: pushes a handler at [label] expecting [depth] stack entries (the
// exception is pushed on top); pops the innermost. Code inlined on an exit out of a
// try/with block must not be covered by that block's handler: truncate the handler
// stack to the outer [n] while emitting it, then restore a copy saved before.
void mps_emit_push_handler(mps_emit_t *e, size_t label, int depth);
void mps_emit_pop_handler(mps_emit_t *e);
void mps_emit_truncate_handlers(mps_emit_t *e, size_t n);
// A heap copy of the handler stack (NULL when empty) and putting it back.
mps_emit_handler_t *mps_emit_save_handlers(mps_emit_t *e, size_t *n);
void mps_emit_restore_handlers(mps_emit_t *e, mps_emit_handler_t *saved, size_t n);

// Resolves jumps and builds the code object (exactly sized). Raises SyntaxError if a
// jump is out of range, MemoryError.
mps_raw_code_t *mps_emit_finish(mps_emit_t *e, mps_raw_code_spec_t *spec);

#endif // CORE_EMITBC_H
