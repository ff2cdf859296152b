// SPDX-License-Identifier: MIT
// The bytecode emitter: growable buffers in the GC heap, stack depth tracking, labels
// patched at the end, line and exception tables.
#include "core/emitbc.h"

#include <string.h>

#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objtuple.h"
#include "core/runtime.h"

#define GROW(ptr, len, alloc, need, T) \
    do { \
        if ((len) + (need) > (alloc)) { \
            size_t n_ = (alloc) ? (alloc) * 2 : 16; \
            while (n_ < (len) + (need)) { \
                n_ *= 2; \
            } \
            (ptr) = mps_renew(T, (ptr), n_); \
            (alloc) = n_; \
        } \
    } while (0)

void mps_emit_init(mps_emit_t *e, size_t first_line) {
    memset(e, 0, sizeof(*e));
    e->first_line = first_line;
    e->last_line = first_line;
}

static void put_byte(mps_emit_t *e, uint8_t b) {
    GROW(e->bc, e->bc_len, e->bc_alloc, 1, uint8_t);
    e->bc[e->bc_len++] = b;
}

static void put_uint(mps_emit_t *e, size_t v) {
    while (v >= 0x80) {
        put_byte(e, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    put_byte(e, (uint8_t)v);
}

void mps_emit_adjust(mps_emit_t *e, int delta) {
    e->depth += delta;
    if (e->depth > e->max_depth) {
        e->max_depth = e->depth;
    }
}

void mps_emit_set_depth(mps_emit_t *e, int depth) {
    e->depth = depth;
    if (depth > e->max_depth) {
        e->max_depth = depth;
    }
}

size_t mps_emit_new_label(mps_emit_t *e) {
    if (e->n_labels >= 0xffff) {
        // jumps hold the label number in 16 bits until mps_emit_finish
        mps_raise_msg(&mps_type_SyntaxError, "code too big");
    }
    if (e->n_labels == e->labels_alloc) {
        size_t n = e->labels_alloc ? e->labels_alloc * 2 : 16;
        e->label_pos = mps_renew(int32_t, e->label_pos, n);
        e->label_depth = mps_renew(int32_t, e->label_depth, n);
        e->labels_alloc = n;
    }
    e->label_pos[e->n_labels] = -1;
    e->label_depth[e->n_labels] = -1;
    return e->n_labels++;
}

void mps_emit_label(mps_emit_t *e, size_t label) {
    e->label_pos[label] = (int32_t)e->bc_len;
    if (e->label_depth[label] >= 0) {
        mps_emit_set_depth(e, e->label_depth[label]);
    } else {
        e->label_depth[label] = e->depth;
    }
}

static void note_label_depth(mps_emit_t *e, size_t label, int depth) {
    if (e->label_depth[label] < 0) {
        e->label_depth[label] = depth;
    }
}

static void put_line_entry(mps_emit_t *e, size_t bc_delta, long line_delta) {
    GROW(e->lines, e->lines_len, e->lines_alloc, 2, uint8_t);
    if (bc_delta <= 31 && line_delta >= 0 && line_delta <= 3) {
        e->lines[e->lines_len++] = (uint8_t)(bc_delta | (line_delta << 5));
    } else {
        uint16_t ld = (uint16_t)(line_delta & 0x7ff);
        e->lines[e->lines_len++] = (uint8_t)(0x80 | bc_delta | ((ld >> 8) << 4));
        e->lines[e->lines_len++] = (uint8_t)(ld & 0xff);
    }
}

void mps_emit_set_line(mps_emit_t *e, size_t line) {
    if (line == e->last_line || line == 0) {
        return;
    }
    size_t bc_delta = e->bc_len - e->last_line_bc;
    long line_delta = (long)line - (long)e->last_line;
    while (bc_delta > 31) {
        put_line_entry(e, 31, 0);
        bc_delta -= 31;
    }
    if (bc_delta > 15 && (line_delta < 0 || line_delta > 3)) {
        put_line_entry(e, bc_delta, 0);
        bc_delta = 0;
    }
    while (line_delta > 1023 || line_delta < -1024) {
        long ld = line_delta > 0 ? 1023 : -1024;
        put_line_entry(e, bc_delta, ld);
        bc_delta = 0;
        line_delta -= ld;
    }
    put_line_entry(e, bc_delta, line_delta);
    e->last_line = line;
    e->last_line_bc = e->bc_len;
}

// Stack effect of an instruction that falls through.
static int stack_effect(mps_bc_opcode_t op, size_t arg) {
    switch (op) {
        case MPS_BC_LOAD_NONE: case MPS_BC_LOAD_FALSE: case MPS_BC_LOAD_TRUE: case MPS_BC_LOAD_NULL:
        case MPS_BC_LOAD_SMALL_INT: case MPS_BC_LOAD_CONST: case MPS_BC_DUP_TOP: case MPS_BC_LOAD_FAST:
        case MPS_BC_LOAD_DEREF: case MPS_BC_LOAD_CELL: case MPS_BC_LOAD_NAME: case MPS_BC_LOAD_GLOBAL:
        case MPS_BC_LOAD_METHOD: case MPS_BC_LOAD_BUILD_CLASS: case MPS_BC_FOR_ITER: case MPS_BC_BUILD_MAP:
        case MPS_BC_FOR_RANGE:
        case MPS_BC_PUSH_EXC_INFO: case MPS_BC_WITH_EXIT_EXC: case MPS_BC_GET_ANEXT: case MPS_BC_IMPORT_FROM:
            return 1;
        case MPS_BC_DUP_TOP_TWO: case MPS_BC_WITH_SETUP:
            return 2;
        case MPS_BC_LOAD_FAST_0: case MPS_BC_LOAD_FAST_1: case MPS_BC_LOAD_FAST_2: case MPS_BC_LOAD_FAST_3:
        case MPS_BC_LOAD_FAST_4: case MPS_BC_LOAD_FAST_5: case MPS_BC_LOAD_FAST_6: case MPS_BC_LOAD_FAST_7:
        case MPS_BC_LOAD_FAST_8: case MPS_BC_LOAD_FAST_9: case MPS_BC_LOAD_FAST_10: case MPS_BC_LOAD_FAST_11:
        case MPS_BC_LOAD_FAST_12: case MPS_BC_LOAD_FAST_13: case MPS_BC_LOAD_FAST_14: case MPS_BC_LOAD_FAST_15:
            return 1;
        case MPS_BC_POP_TOP: case MPS_BC_STORE_FAST: case MPS_BC_STORE_DEREF: case MPS_BC_STORE_NAME:
        case MPS_BC_STORE_GLOBAL: case MPS_BC_DELETE_ATTR: case MPS_BC_LOAD_SUBSCR: case MPS_BC_POP_JUMP_IF_FALSE:
        case MPS_BC_POP_JUMP_IF_TRUE: case MPS_BC_JUMP_IF_FALSE_OR_POP: case MPS_BC_JUMP_IF_TRUE_OR_POP:
        case MPS_BC_RETURN_VALUE: case MPS_BC_BINARY_OP: case MPS_BC_COMPARE_IS: case MPS_BC_COMPARE_IN:
        case MPS_BC_LIST_APPEND: case MPS_BC_SET_ADD: case MPS_BC_LIST_EXTEND: case MPS_BC_SET_UPDATE:
        case MPS_BC_DICT_UPDATE: case MPS_BC_RERAISE: case MPS_BC_POP_EXCEPT: case MPS_BC_WITH_EXIT:
        case MPS_BC_YIELD_FROM: case MPS_BC_IMPORT_NAME: case MPS_BC_IMPORT_STAR: case MPS_BC_PRINT_EXPR:
            return -1;
        case MPS_BC_STORE_ATTR: case MPS_BC_DELETE_SUBSCR: case MPS_BC_STORE_MAP: case MPS_BC_MAP_ADD:
        case MPS_BC_POP_EXCEPT_RERAISE: case MPS_BC_END_ASYNC_FOR:
            return -2;
        case MPS_BC_STORE_SUBSCR:
            return -3;
        case MPS_BC_WITH_EXC_END:
            return -4;
        case MPS_BC_GET_ITER_STACK:
            return MPS_BC_ITER_SLOTS - 1;
        case MPS_BC_POP_ITER:
            return -MPS_BC_ITER_SLOTS;
        case MPS_BC_BUILD_TUPLE: case MPS_BC_BUILD_LIST: case MPS_BC_BUILD_SET: case MPS_BC_BUILD_SLICE:
        case MPS_BC_BUILD_STRING:
            return 1 - (int)arg;
        case MPS_BC_FORMAT_VALUE:
            return (arg & MPS_BC_FORMAT_HAS_SPEC) ? -1 : 0;
        case MPS_BC_UNPACK_SEQUENCE:
            return (int)arg - 1;
        case MPS_BC_UNPACK_EX:
            return (int)(arg & 0xff) + (int)(arg >> 8);
        case MPS_BC_CALL_FUNCTION:
            return -(int)((arg & 0xff) + 2 * (arg >> 8));
        case MPS_BC_CALL_METHOD:
            return -(int)((arg & 0xff) + 2 * (arg >> 8)) - 1;
        case MPS_BC_CALL_FUNCTION_EX:
            return -1 - (int)arg;
        case MPS_BC_RAISE:
            return -(int)arg;
        case MPS_BC_RAISE_ASSERT:
            return -(int)arg;
        case MPS_BC_DICT_MERGE:
            return -1 - (int)arg;
        default:
            return 0;
    }
}

void mps_emit_op(mps_emit_t *e, mps_bc_opcode_t op) {
    put_byte(e, (uint8_t)op);
    mps_emit_adjust(e, stack_effect(op, 0));
}

void mps_emit_op_uint(mps_emit_t *e, mps_bc_opcode_t op, size_t arg) {
    if ((op == MPS_BC_LOAD_FAST || op == MPS_BC_STORE_FAST) && arg < 16) {
        // the one-byte forms: smaller code and no operand to decode
        put_byte(e, (uint8_t)((op == MPS_BC_LOAD_FAST ? MPS_BC_LOAD_FAST_0 : MPS_BC_STORE_FAST_0) + arg));
        mps_emit_adjust(e, op == MPS_BC_LOAD_FAST ? 1 : -1);
        return;
    }
    put_byte(e, (uint8_t)op);
    if (mps_bc_format[op] == MPS_BC_FMT_QSTR) {
        if (arg > 0xffff) {
            mps_raise_msg(&mps_type_SyntaxError, "too many names");
        }
        put_byte(e, (uint8_t)(arg & 0xff));
        put_byte(e, (uint8_t)(arg >> 8));
    } else {
        put_uint(e, arg);
    }
    mps_emit_adjust(e, stack_effect(op, arg));
}

void mps_emit_op_sint(mps_emit_t *e, mps_bc_opcode_t op, intptr_t arg) {
    put_byte(e, (uint8_t)op);
    put_uint(e, arg < 0 ? ((((size_t)-(arg + 1)) << 1) | 1) : ((size_t)arg << 1));
    mps_emit_adjust(e, stack_effect(op, 0));
}

void mps_emit_op_jump(mps_emit_t *e, mps_bc_opcode_t op, size_t label) {
    put_byte(e, (uint8_t)op);
    // the label number for now; mps_emit_finish turns it into an offset
    put_byte(e, (uint8_t)(label & 0xff));
    put_byte(e, (uint8_t)(label >> 8));
    switch (op) {
        case MPS_BC_JUMP:
            note_label_depth(e, label, e->depth);
            break;
        case MPS_BC_POP_JUMP_IF_FALSE:
        case MPS_BC_POP_JUMP_IF_TRUE:
            note_label_depth(e, label, e->depth - 1);
            break;
        case MPS_BC_JUMP_IF_FALSE_OR_POP:
        case MPS_BC_JUMP_IF_TRUE_OR_POP:
            note_label_depth(e, label, e->depth);
            break;
        case MPS_BC_FOR_ITER:
            note_label_depth(e, label, e->depth - MPS_BC_ITER_SLOTS);
            break;
        case MPS_BC_FOR_RANGE:
            note_label_depth(e, label, e->depth - 3);
            break;
        default:
            break;
    }
    mps_emit_adjust(e, stack_effect(op, 0));
}

// Constant tuples with the same items are one object (so `x is (A, B)` holds for
// const() tuples, as on MicroPython).
static bool same_const(mps_obj_t a, mps_obj_t b) {
    if (a == b) {
        return true;
    }
    if (!mps_obj_is_type_idx(a, MPS_TYPE_IDX_tuple) || !mps_obj_is_type_idx(b, MPS_TYPE_IDX_tuple)) {
        return false;
    }
    size_t na, nb;
    mps_obj_t *ia, *ib;
    mps_obj_tuple_get(a, &na, &ia);
    mps_obj_tuple_get(b, &nb, &ib);
    if (na != nb) {
        return false;
    }
    for (size_t i = 0; i < na; i++) {
        if (!same_const(ia[i], ib[i])) {
            return false;
        }
    }
    return true;
}

size_t mps_emit_const_index(mps_emit_t *e, mps_obj_t o) {
    for (size_t i = 0; i < e->n_consts; i++) {
        if (same_const(e->consts[i], o)) {
            return i;
        }
    }
    GROW(e->consts, e->n_consts, e->consts_alloc, 1, mps_obj_t);
    e->consts[e->n_consts] = o;
    return e->n_consts++;
}

void mps_emit_load_const(mps_emit_t *e, mps_obj_t o) {
    mps_emit_op_uint(e, MPS_BC_LOAD_CONST, mps_emit_const_index(e, o));
}

void mps_emit_load_obj(mps_emit_t *e, mps_obj_t o) {
    if (o == mps_const_none) {
        mps_emit_op(e, MPS_BC_LOAD_NONE);
    } else if (o == mps_const_true) {
        mps_emit_op(e, MPS_BC_LOAD_TRUE);
    } else if (o == mps_const_false) {
        mps_emit_op(e, MPS_BC_LOAD_FALSE);
    } else if (MPS_OBJ_IS_SMALL_INT(o)) {
        mps_emit_op_sint(e, MPS_BC_LOAD_SMALL_INT, MPS_OBJ_SMALL_INT_VALUE(o));
    } else {
        mps_emit_load_const(e, o);
    }
}

// --- exception ranges -----------------------------------------------------------------

static void close_range(mps_emit_t *e) {
    if (e->n_handlers > 0 && e->bc_len > e->range_start) {
        const mps_emit_handler_t *h = &e->handlers[e->n_handlers - 1];
        // stored as 4 raw uint32 for now; encoded in mps_emit_finish
        GROW(e->exc, e->exc_len, e->exc_alloc, 16, uint8_t);
        uint32_t q[4] = {(uint32_t)e->range_start, (uint32_t)e->bc_len, h->label, h->depth};
        memcpy(e->exc + e->exc_len, q, 16);
        e->exc_len += 16;
    }
    e->range_start = e->bc_len;
}

void mps_emit_push_handler(mps_emit_t *e, size_t label, int depth) {
    close_range(e);
    GROW(e->handlers, e->n_handlers, e->handlers_alloc, 1, mps_emit_handler_t);
    e->handlers[e->n_handlers].label = (uint16_t)label;
    e->handlers[e->n_handlers].depth = (uint16_t)depth;
    e->n_handlers++;
    e->label_depth[label] = depth + 1;
}

void mps_emit_pop_handler(mps_emit_t *e) {
    close_range(e);
    e->n_handlers--;
}

void mps_emit_truncate_handlers(mps_emit_t *e, size_t n) {
    if (n < e->n_handlers) {
        close_range(e);
        e->n_handlers = n;
    }
}

mps_emit_handler_t *mps_emit_save_handlers(mps_emit_t *e, size_t *n) {
    *n = e->n_handlers;
    if (e->n_handlers == 0) {
        return NULL;
    }
    mps_emit_handler_t *copy = mps_new(mps_emit_handler_t, e->n_handlers);
    memcpy(copy, e->handlers, e->n_handlers * sizeof(mps_emit_handler_t));
    return copy;
}

void mps_emit_restore_handlers(mps_emit_t *e, mps_emit_handler_t *saved, size_t n) {
    close_range(e);
    GROW(e->handlers, 0, e->handlers_alloc, n, mps_emit_handler_t);
    if (n) {
        memcpy(e->handlers, saved, n * sizeof(mps_emit_handler_t));
    }
    e->n_handlers = n;
    mps_mem_free(saved);
}

// --- finishing ------------------------------------------------------------------------

static size_t uint_len(size_t v) {
    size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

static uint8_t *write_uint(uint8_t *p, size_t v) {
    while (v >= 0x80) {
        *p++ = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    *p++ = (uint8_t)v;
    return p;
}

mps_raw_code_t *mps_emit_finish(mps_emit_t *e, mps_raw_code_spec_t *spec) {
    close_range(e);
    // patch jumps: label numbers -> relative offsets
    for (size_t pc = 0; pc < e->bc_len;) {
        uint8_t op = e->bc[pc];
        size_t size = mps_bc_insn_size(e->bc + pc);
        if (mps_bc_format[op] == MPS_BC_FMT_JUMP) {
            size_t label = e->bc[pc + 1] | (e->bc[pc + 2] << 8);
            long off = (long)e->label_pos[label] - (long)(pc + 3);
            if (e->label_pos[label] < 0 || off < -32768 || off > 32767) {
                mps_raise_msg(&mps_type_SyntaxError, "code too big");
            }
            e->bc[pc + 1] = (uint8_t)(off & 0xff);
            e->bc[pc + 2] = (uint8_t)((off >> 8) & 0xff);
        }
        pc += size;
    }
    // exception table: label numbers -> offsets, as UINTs
    size_t n_entries = e->exc_len / 16;
    size_t exc_size = 0;
    for (size_t i = 0; i < n_entries; i++) {
        uint32_t q[4];
        memcpy(q, e->exc + 16 * i, 16);
        exc_size += uint_len(q[0]) + uint_len(q[1]) + uint_len((size_t)e->label_pos[q[2]]) + uint_len(q[3]);
    }
    uint8_t *exc = exc_size ? mps_mem_alloc(exc_size) : NULL;
    uint8_t *p = exc;
    for (size_t i = 0; i < n_entries; i++) {
        uint32_t q[4];
        memcpy(q, e->exc + 16 * i, 16);
        p = write_uint(p, q[0]);
        p = write_uint(p, q[1]);
        p = write_uint(p, (size_t)e->label_pos[q[2]]);
        p = write_uint(p, q[3]);
    }
    spec->first_line = (unsigned)e->first_line;
    spec->n_stack = (unsigned)e->max_depth + 1;
    spec->consts = e->consts;
    spec->n_consts = e->n_consts;
    spec->bc = e->bc;
    spec->bc_len = e->bc_len;
    spec->lines = e->lines;
    spec->line_len = e->lines_len;
    spec->exc = exc;
    spec->exc_len = exc_size;
    mps_raw_code_t *rc = mps_raw_code_new(spec);
    // the temporaries are garbage now; give them back at once
    mps_mem_free(exc);
    mps_mem_free(e->bc);
    mps_mem_free(e->lines);
    mps_mem_free(e->exc);
    mps_mem_free(e->consts);
    mps_mem_free(e->label_pos);
    mps_mem_free(e->label_depth);
    mps_mem_free(e->handlers);
    memset(e, 0, sizeof(*e));
    return rc;
}
