// SPDX-License-Identifier: MIT
// The bytecode: the opcode list (an X-macro with each opcode's operand format), the
// operand encodings, and the decoding helpers shared by the VM, the emitter and showbc.
#ifndef CORE_BC_H
#define CORE_BC_H

#include <stddef.h>
#include <stdint.h>

// Theory of operation
// -------------------
// A code object (core/emitglue.h) runs on a frame: [n_locals] local slots (arguments
// first, then other locals, cell variables and free variables) followed by a value
// stack of [n_stack] slots. Instructions are one opcode byte followed by at most one
// operand, whose format the opcode fixes:
//
//   NONE   nothing
//   UINT   unsigned varint: 7 bits per byte, least significant group first, the top
//          bit set on every byte but the last (slot numbers, counts, operators)
//   SINT   a signed value as a UINT in zigzag form (0,-1,1,-2 -> 0,1,2,3)
//   QSTR   a qstr id in 2 bytes, little endian (names of globals, attributes,
//          imports); fixed width so that a loader can renumber qstrs in place
//   CONST  index into the code's constant table as a UINT (strs, floats, big ints,
//          constant tuples, child code objects)
//   JUMP   2 bytes, little endian, signed offset from the end of the instruction
//
// There is no block stack at run time. Exception handling is table driven: the code
// object holds a list of (start, end, handler, depth) ranges, one per stretch of code
// with the same innermost handler. When an instruction in [start, end) raises, the
// value stack is cut back to [depth] entries, the exception is pushed and execution
// goes on at [handler]. The compiler inlines `finally` bodies and `with` exits on the
// normal paths (fall-through, break, continue, return), so the VM never has to
// remember why it entered a finally block.
//
// A `for` loop keeps MPS_BC_ITER_SLOTS stack slots: room for a small iterator (so that
// iterating a list allocates no iterator on the heap) and the iterator object on top.
// `for x in range(...)` with a constant step compiles to FOR_RANGE over three slots
// (current, stop, step) and allocates nothing at all, as on MicroPython.
//
// Line numbers: a separate compact table of (bytecode delta, line delta) entries, see
// core/emitglue.h. Keyword arguments of a call sit on the stack as (name, value)
// pairs after the positional ones, which is the layout mps_call_function_n_kw takes.

#define MPS_BC_ITER_SLOTS (5)

typedef enum {
    MPS_BC_FMT_NONE,
    MPS_BC_FMT_UINT,
    MPS_BC_FMT_SINT,
    MPS_BC_FMT_QSTR,
    MPS_BC_FMT_CONST,
    MPS_BC_FMT_JUMP,
} mps_bc_fmt_t;

// X(name, operand format)   stack effect: before -> after (TOS rightmost)
#define MPS_BC_OPCODES(X) \
    /* constants and stack shuffling */ \
    X(NOP, NONE)                 /* ->                                        */ \
    X(LOAD_NONE, NONE)           /* -> None                                   */ \
    X(LOAD_FALSE, NONE)          /* -> False                                  */ \
    X(LOAD_TRUE, NONE)           /* -> True                                   */ \
    X(LOAD_NULL, NONE)           /* -> NULL (no self for CALL_METHOD)         */ \
    X(LOAD_SMALL_INT, SINT)      /* -> int                                    */ \
    X(LOAD_CONST, CONST)         /* -> consts[i]                              */ \
    X(POP_TOP, NONE)             /* a ->                                      */ \
    X(DUP_TOP, NONE)             /* a -> a a                                  */ \
    X(DUP_TOP_TWO, NONE)         /* a b -> a b a b                            */ \
    X(ROT_TWO, NONE)             /* a b -> b a                                */ \
    X(ROT_THREE, NONE)           /* a b c -> c a b                            */ \
    /* names */ \
    X(LOAD_FAST, UINT)           /* -> local[i] (NameError when unbound)      */ \
    X(STORE_FAST, UINT)          /* v ->                                      */ \
    X(DELETE_FAST, UINT)         /* ->                                        */ \
    X(LOAD_DEREF, UINT)          /* -> cell(local[i]).contents                */ \
    X(STORE_DEREF, UINT)         /* v ->                                      */ \
    X(DELETE_DEREF, UINT)        /* ->                                        */ \
    X(LOAD_CELL, UINT)           /* -> the cell in local[i] (for closures)    */ \
    X(LOAD_NAME, QSTR)           /* -> locals/globals/builtins[q]             */ \
    X(STORE_NAME, QSTR)          /* v ->                                      */ \
    X(DELETE_NAME, QSTR)         /* ->                                        */ \
    X(LOAD_GLOBAL, QSTR)         /* -> globals/builtins[q]                    */ \
    X(STORE_GLOBAL, QSTR)        /* v ->                                      */ \
    X(DELETE_GLOBAL, QSTR)       /* ->                                        */ \
    X(LOAD_ATTR, QSTR)           /* o -> o.q                                  */ \
    X(STORE_ATTR, QSTR)          /* v o ->   (o.q = v)                        */ \
    X(DELETE_ATTR, QSTR)         /* o ->                                      */ \
    X(LOAD_METHOD, QSTR)         /* o -> fun self|NULL                        */ \
    X(LOAD_SUPER_METHOD, QSTR)   /* class self -> fun self|NULL  (super().q)  */ \
    X(LOAD_SUBSCR, NONE)         /* o i -> o[i]                               */ \
    X(STORE_SUBSCR, NONE)        /* v o i ->  (o[i] = v)                      */ \
    X(DELETE_SUBSCR, NONE)       /* o i ->                                    */ \
    X(LOAD_BUILD_CLASS, NONE)    /* -> __build_class__                        */ \
    /* control flow */ \
    X(JUMP, JUMP)                /* ->                                        */ \
    X(POP_JUMP_IF_FALSE, JUMP)   /* v ->                                      */ \
    X(POP_JUMP_IF_TRUE, JUMP)    /* v ->                                      */ \
    X(JUMP_IF_FALSE_OR_POP, JUMP) /* v -> v (jumps) | -> (falls through)      */ \
    X(JUMP_IF_TRUE_OR_POP, JUMP) /* v -> v (jumps) | ->                       */ \
    X(GET_ITER, NONE)            /* o -> iter (heap)                          */ \
    X(GET_ITER_STACK, NONE)      /* o -> buf[4] iter                          */ \
    X(FOR_ITER, JUMP)            /* buf[4] iter -> buf[4] iter v | -> (jumps) */ \
    X(POP_ITER, NONE)            /* buf[4] iter ->  (break out of a for)      */ \
    X(FOR_RANGE, JUMP)           /* cur stop step -> cur+step stop step cur | -> (jumps) */ \
    X(RETURN_VALUE, NONE)        /* v -> (returns)                            */ \
    /* operators */ \
    X(UNARY_OP, UINT)            /* a -> op a                                 */ \
    X(BINARY_OP, UINT)           /* a b -> a op b (mps_binary_op_t)           */ \
    X(COMPARE_IS, UINT)          /* a b -> (a is b) ^ operand                 */ \
    X(COMPARE_IN, UINT)          /* a b -> (a in b) ^ operand                 */ \
    /* building */ \
    X(BUILD_TUPLE, UINT)         /* items -> tuple                            */ \
    X(BUILD_LIST, UINT)          /* items -> list                             */ \
    X(BUILD_SET, UINT)           /* items -> set                              */ \
    X(BUILD_MAP, UINT)           /* -> dict (operand: expected size)          */ \
    X(STORE_MAP, NONE)           /* d v k -> d   (value first, as MicroPython) */ \
    X(BUILD_SLICE, UINT)         /* a b [c] -> slice                          */ \
    X(BUILD_STRING, UINT)        /* strs -> str (concatenated)                */ \
    X(FORMAT_VALUE, UINT)        /* v [spec] -> str (see MPS_BC_FORMAT_*)     */ \
    X(LIST_APPEND, UINT)         /* list ... v -> list ...   (list at depth i) */ \
    X(SET_ADD, UINT)             /* set ... v -> set ...                      */ \
    X(MAP_ADD, UINT)             /* dict ... k v -> dict ...                  */ \
    X(LIST_EXTEND, NONE)         /* list it -> list                           */ \
    X(SET_UPDATE, NONE)          /* set it -> set                             */ \
    X(DICT_UPDATE, NONE)         /* dict m -> dict                            */ \
    X(DICT_MERGE, UINT)          /* 0: dict m -> dict; 1: dict k v -> dict (call kwargs: no duplicates) */ \
    X(LIST_TO_TUPLE, NONE)       /* list -> tuple                             */ \
    X(UNPACK_SEQUENCE, UINT)     /* seq -> v[n-1] .. v[0]                     */ \
    X(UNPACK_EX, UINT)           /* seq -> right.. list left.. (left | right<<8) */ \
    /* calls and functions */ \
    X(CALL_FUNCTION, UINT)       /* f args kw-pairs -> r (n_pos | n_kw << 8)  */ \
    X(CALL_METHOD, UINT)         /* f self|NULL args kw-pairs -> r            */ \
    X(CALL_FUNCTION_EX, UINT)    /* f list [dict] -> r (operand: has dict)    */ \
    X(MAKE_FUNCTION, CONST)      /* [defaults] [kwdefaults] [cells] -> fun    */ \
    /* exceptions */ \
    X(RAISE, UINT)               /* 0: re-raise; 1: exc ->; 2: exc cause ->   */ \
    X(RERAISE, NONE)             /* exc -> (raises, no new traceback entry)   */ \
    X(PUSH_EXC_INFO, NONE)       /* exc -> prev exc (current exc := exc)      */ \
    X(POP_EXCEPT, NONE)          /* prev ->  (current exc := prev)            */ \
    X(POP_EXCEPT_RERAISE, NONE)  /* prev exc -> (restores prev, raises exc)   */ \
    X(EXC_MATCH, NONE)           /* exc type -> exc bool                      */ \
    X(RAISE_ASSERT, UINT)        /* [msg] -> raises AssertionError            */ \
    X(WITH_SETUP, UINT)          /* ctx -> exit self enter() (1: async aenter) */ \
    X(WITH_EXIT, NONE)           /* exit self -> exit(None, None, None)       */ \
    X(WITH_EXIT_EXC, NONE)       /* exit self exc -> exit self exc result     */ \
    X(WITH_EXC_END, NONE)        /* exit self exc r -> (r true) | raises exc  */ \
    /* generators and coroutines */ \
    X(YIELD_VALUE, NONE)         /* v -> sent                                 */ \
    X(YIELD_FROM, NONE)          /* iter v -> result (yields meanwhile)       */ \
    X(GET_YIELD_FROM_ITER, NONE) /* o -> iter                                 */ \
    X(GET_AWAITABLE, NONE)       /* o -> awaitable iterator                   */ \
    X(GET_AITER, NONE)           /* o -> o.__aiter__()                        */ \
    X(GET_ANEXT, NONE)           /* ait -> ait awaitable(ait.__anext__())     */ \
    X(END_ASYNC_FOR, NONE)       /* ait exc -> (StopAsyncIteration) | raises  */ \
    /* modules and the REPL */ \
    X(IMPORT_NAME, QSTR)         /* level fromlist -> module                  */ \
    X(IMPORT_FROM, QSTR)         /* module -> module value                    */ \
    X(IMPORT_STAR, NONE)         /* module ->                                 */ \
    X(PRINT_EXPR, NONE)          /* v -> (REPL: print repr, set _)            */ \
    /* one-byte forms of LOAD_FAST / STORE_FAST for slots 0..15 (contiguous)  */ \
    MPS_BC_SIXTEEN(X, LOAD_FAST_) \
    MPS_BC_SIXTEEN(X, STORE_FAST_)

#define MPS_BC_SIXTEEN(X, p) \
    X(p##0, NONE) X(p##1, NONE) X(p##2, NONE) X(p##3, NONE) X(p##4, NONE) X(p##5, NONE) \
    X(p##6, NONE) X(p##7, NONE) X(p##8, NONE) X(p##9, NONE) X(p##10, NONE) X(p##11, NONE) \
    X(p##12, NONE) X(p##13, NONE) X(p##14, NONE) X(p##15, NONE)

typedef enum {
#define MPS_BC_ENUM(name, fmt) MPS_BC_##name,
    MPS_BC_OPCODES(MPS_BC_ENUM)
#undef MPS_BC_ENUM
    MPS_BC_NUM_OPCODES
} mps_bc_opcode_t;

// FORMAT_VALUE operand: conversion in the low 2 bits, then whether a spec is on the stack.
#define MPS_BC_FORMAT_NONE (0)
#define MPS_BC_FORMAT_STR (1)
#define MPS_BC_FORMAT_REPR (2)
#define MPS_BC_FORMAT_ASCII (3)
#define MPS_BC_FORMAT_HAS_SPEC (4)

// Operand format of each opcode (core/showbc.c defines the table).
extern const uint8_t mps_bc_format[MPS_BC_NUM_OPCODES];
// Name of each opcode, for the disassembler.
extern const char *const mps_bc_name[MPS_BC_NUM_OPCODES];

// Reads a UINT at *[ip] and advances [ip].
static inline size_t mps_bc_read_uint(const uint8_t **ip) {
    const uint8_t *p = *ip;
    size_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *p++;
        v |= (size_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    *ip = p;
    return v;
}

static inline intptr_t mps_bc_read_sint(const uint8_t **ip) {
    size_t z = mps_bc_read_uint(ip);
    return (intptr_t)(z >> 1) ^ -(intptr_t)(z & 1);
}

static inline unsigned mps_bc_read_qstr(const uint8_t **ip) {
    const uint8_t *p = *ip;
    *ip = p + 2;
    return p[0] | (p[1] << 8);
}

static inline int mps_bc_read_jump(const uint8_t **ip) {
    const uint8_t *p = *ip;
    int off = (int16_t)(uint16_t)(p[0] | (p[1] << 8));
    *ip = p + 2;
    return off;
}

// Size in bytes of the instruction at [ip].
size_t mps_bc_insn_size(const uint8_t *ip);

#endif // CORE_BC_H
