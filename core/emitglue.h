// SPDX-License-Identifier: MIT
// Code objects: the output of the compiler for one function, class body or module.
#ifndef CORE_EMITGLUE_H
#define CORE_EMITGLUE_H

#include "core/obj.h"

// A code object is ONE heap allocation of kind MPS_TYPE_IDX_code (so the heap map
// shows it), sized exactly:
//
//   [ header | consts[n_consts] | bytecode | line table | exception table |
//     arg names (u16 qstrs) | cell slots (u16) ]
//
// - consts: mps_obj_t; child code objects are constants too (MAKE_FUNCTION names one).
// - line table: (bytecode delta, line delta) entries starting from (0, first_line);
//   the line of an instruction is the one reached by the last entry at or before it.
//   An entry is one byte 0LLBBBBB (bytecode delta 0..31, line delta 0..3) or two bytes
//   1LLLBBBB LLLLLLLL (bytecode delta 0..15, line delta -1024..1023 in 11 bits).
// - exception table: UINT quadruples (start, end, handler, depth), see core/bc.h;
//   ranges never overlap, so the first that contains an offset is its handler.
// - arg names: n_pos_args + n_kwonly_args (+1 for *args, +1 for **kwargs) qstrs, in
//   slot order, for keyword binding.
// - cell slots: local slots that hold a cell (created at entry; an argument moved into
//   a cell keeps its slot).
// Free variables occupy the last n_free local slots, copied from the closure at entry.

#define MPS_CODE_FLAG_VARARGS (0x0001)
#define MPS_CODE_FLAG_VARKW (0x0002)
#define MPS_CODE_FLAG_GENERATOR (0x0004)
#define MPS_CODE_FLAG_COROUTINE (0x0008)     // async def (also a GENERATOR)
#define MPS_CODE_FLAG_HAS_DEFAULTS (0x0010)  // MAKE_FUNCTION pops a defaults tuple
#define MPS_CODE_FLAG_HAS_KWDEFAULTS (0x0020) // ... and a kw-defaults dict
#define MPS_CODE_FLAG_CLASS_BODY (0x0040)
#define MPS_CODE_FLAG_MODULE (0x0080)
#define MPS_CODE_FLAG_USES_LOCALS_DICT (0x0100) // module/class body: names via LOAD_NAME
#define MPS_CODE_FLAG_ASYNC_GEN (0x0200)

typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_code
    uint16_t name;       // qstr
    uint16_t source_file; // qstr
    uint16_t flags;      // MPS_CODE_FLAG_*
    uint8_t n_pos_args;
    uint8_t n_kwonly_args;
    uint16_t n_locals;   // all local slots (args, locals, cells, free vars)
    uint16_t n_stack;    // value stack slots
    uint16_t n_consts;
    uint16_t n_cells;
    uint16_t n_free;
    uint16_t first_line;
    uint32_t bc_len;
    uint16_t line_len;
    uint16_t exc_len;
    mps_obj_t consts[];
} mps_raw_code_t;

extern const mps_obj_type_t mps_type_code;

static inline const uint8_t *mps_raw_code_bytecode(const mps_raw_code_t *rc) {
    return (const uint8_t *)&rc->consts[rc->n_consts];
}
static inline const uint8_t *mps_raw_code_lines(const mps_raw_code_t *rc) {
    return mps_raw_code_bytecode(rc) + rc->bc_len;
}
static inline const uint8_t *mps_raw_code_exc_table(const mps_raw_code_t *rc) {
    return mps_raw_code_lines(rc) + rc->line_len;
}
// Arg names and cell slots (uint16 each; may be unaligned, read with memcpy).
static inline const uint8_t *mps_raw_code_arg_names(const mps_raw_code_t *rc) {
    return mps_raw_code_exc_table(rc) + rc->exc_len;
}
size_t mps_raw_code_n_arg_names(const mps_raw_code_t *rc);
static inline const uint8_t *mps_raw_code_cells(const mps_raw_code_t *rc) {
    return mps_raw_code_arg_names(rc) + 2 * mps_raw_code_n_arg_names(rc);
}
static inline unsigned mps_raw_code_u16(const uint8_t *p, size_t i) {
    return p[2 * i] | (p[2 * i + 1] << 8);
}

// What the emitter hands over to build a code object.
typedef struct {
    qstr name;
    qstr source_file;
    unsigned flags;
    unsigned n_pos_args, n_kwonly_args, n_locals, n_stack, n_free, first_line;
    const mps_obj_t *consts;
    size_t n_consts;
    const uint8_t *bc;
    size_t bc_len;
    const uint8_t *lines;
    size_t line_len;
    const uint8_t *exc;
    size_t exc_len;
    const uint16_t *arg_names; // mps_raw_code_n_arg_names() entries
    const uint16_t *cells;
    size_t n_cells;
} mps_raw_code_spec_t;

// Builds a code object of exactly the needed size. Raises MemoryError.
mps_raw_code_t *mps_raw_code_new(const mps_raw_code_spec_t *spec);

// Source line of the instruction at bytecode offset [offset].
size_t mps_raw_code_line_of(const mps_raw_code_t *rc, size_t offset);

// Finds the handler for an exception at bytecode offset [offset]: returns true and
// fills [*handler] and [*depth], or false if none.
bool mps_raw_code_find_handler(const mps_raw_code_t *rc, size_t offset, size_t *handler,
                               size_t *depth);

#endif // CORE_EMITGLUE_H
