// SPDX-License-Identifier: MIT
// The bytecode interpreter: the dispatch loop, one small block per opcode (core/bc.h).
#include "core/vm.h"

#include <string.h>

#include "core/bc.h"
#include "core/nlr.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objgenerator.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objslice.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/modbuiltins.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"

// Operand decoding with the one-byte case inline: almost every operand is below 128.
static inline size_t read_uint(const uint8_t **ip) {
    const uint8_t *p = *ip;
    if (*p < 0x80) {
        *ip = p + 1;
        return *p;
    }
    return mps_bc_read_uint(ip);
}

static noreturn void raise_unbound_local(void) {
    mps_raise_msg(&mps_type_NameError, "local variable referenced before assignment");
}

static inline bool is_true(mps_obj_t v) {
    if (v == mps_const_true) {
        return true;
    }
    if (v == mps_const_false || v == mps_const_none) {
        return false;
    }
    if (MPS_OBJ_IS_SMALL_INT(v)) {
        return v != MPS_OBJ_NEW_SMALL_INT(0);
    }
    return mps_obj_is_true(v);
}

// Float fast path of BINARY_OP (at least one operand a float, the other a float or a
// small int): MPS_OBJ_NULL when the general path is needed.
static inline mps_obj_t float_binary_op(unsigned op, mps_obj_t lhs, mps_obj_t rhs) {
    mps_float_t a, b;
    if (mps_obj_is_float(lhs)) {
        a = ((const mps_obj_float_t *)MPS_OBJ_TO_PTR(lhs))->value;
    } else if (MPS_OBJ_IS_SMALL_INT(lhs)) {
        a = (mps_float_t)MPS_OBJ_SMALL_INT_VALUE(lhs);
    } else {
        return MPS_OBJ_NULL;
    }
    if (mps_obj_is_float(rhs)) {
        b = ((const mps_obj_float_t *)MPS_OBJ_TO_PTR(rhs))->value;
    } else if (MPS_OBJ_IS_SMALL_INT(rhs)) {
        b = (mps_float_t)MPS_OBJ_SMALL_INT_VALUE(rhs);
    } else {
        return MPS_OBJ_NULL;
    }
    switch (op) {
        case MPS_BINARY_OP_LESS:
            return mps_obj_new_bool(a < b);
        case MPS_BINARY_OP_MORE:
            return mps_obj_new_bool(a > b);
        case MPS_BINARY_OP_EQUAL:
            return mps_obj_new_bool(a == b);
        case MPS_BINARY_OP_LESS_EQUAL:
            return mps_obj_new_bool(a <= b);
        case MPS_BINARY_OP_MORE_EQUAL:
            return mps_obj_new_bool(a >= b);
        case MPS_BINARY_OP_NOT_EQUAL:
            return mps_obj_new_bool(a != b);
        case MPS_BINARY_OP_ADD:
        case MPS_BINARY_OP_INPLACE_ADD:
            return mps_obj_new_float(a + b);
        case MPS_BINARY_OP_SUBTRACT:
        case MPS_BINARY_OP_INPLACE_SUBTRACT:
            return mps_obj_new_float(a - b);
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_INPLACE_MULTIPLY:
            return mps_obj_new_float(a * b);
        case MPS_BINARY_OP_TRUE_DIVIDE:
        case MPS_BINARY_OP_INPLACE_TRUE_DIVIDE:
            if (b == 0) {
                return MPS_OBJ_NULL; // the general path raises ZeroDivisionError
            }
            return mps_obj_new_float(a / b);
        default:
            return MPS_OBJ_NULL;
    }
}

// Python functions: called straight through their call slot.
static inline bool is_fun_bc(mps_obj_t f) {
    if (!MPS_OBJ_IS_OBJ(f)) {
        return false;
    }
    mps_ref_t t = ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(f))->type;
    return t == MPS_TYPE_IDX_fun_bc || t == MPS_TYPE_IDX_closure;
}

static inline bool is_slice_bound(mps_obj_t o) {
    return MPS_OBJ_IS_SMALL_INT(o) || o == mps_const_none;
}

// True if seq[start:stop:step] may use mps_state.slice_scratch: the bounds cannot run
// Python code (__index__) and the sequence is a built-in type that keeps no reference
// to the slice.
static bool slice_can_be_scratch(mps_obj_t seq, mps_obj_t start, mps_obj_t stop, mps_obj_t step) {
    if (!is_slice_bound(start) || !is_slice_bound(stop) || !is_slice_bound(step) || !MPS_OBJ_IS_OBJ(seq)) {
        return false;
    }
    switch (((const mps_obj_base_t *)MPS_OBJ_TO_PTR(seq))->type) {
        case MPS_TYPE_IDX_list:
        case MPS_TYPE_IDX_tuple:
        case MPS_TYPE_IDX_str:
        case MPS_TYPE_IDX_bytes:
        case MPS_TYPE_IDX_bytearray:
        case MPS_TYPE_IDX_memoryview:
        case MPS_TYPE_IDX_array:
            return true;
        default:
            return false;
    }
}


static mps_obj_t to_str(mps_obj_t v, mps_print_kind_t kind) {
    if (kind == MPS_PRINT_STR && mps_obj_is_str(v)) {
        return v;
    }
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mps_obj_print(&print, v, kind);
    return mps_obj_new_str_from_vstr(&vstr);
}

static mps_obj_t format_value(mps_obj_t v, unsigned flags, mps_obj_t spec) {
    switch (flags & 3) {
        case MPS_BC_FORMAT_STR:
            v = to_str(v, MPS_PRINT_STR);
            break;
        case MPS_BC_FORMAT_REPR:
        case MPS_BC_FORMAT_ASCII:
            v = to_str(v, MPS_PRINT_REPR);
            break;
        default:
            break;
    }
    if (spec != MPS_OBJ_NULL) {
        return mps_obj_format_value(v, spec);
    }
    return to_str(v, MPS_PRINT_STR);
}

// f-strings: str pieces are copied, any other value is printed as str() straight into
// the result, so that f"{a}{b}" allocates only the final string.
static mps_obj_t build_string(size_t n, const mps_obj_t *items) {
    size_t total = 1;
    for (size_t i = 0; i < n; i++) {
        if (mps_obj_is_str(items[i])) {
            size_t len;
            mps_obj_str_get_data(items[i], &len);
            total += len;
        } else {
            total += 8;
        }
    }
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, total, &print);
    for (size_t i = 0; i < n; i++) {
        if (mps_obj_is_str(items[i])) {
            size_t len;
            const char *data = mps_obj_str_get_data(items[i], &len);
            vstr_add_strn(&vstr, data, len);
        } else {
            mps_obj_print(&print, items[i], MPS_PRINT_STR);
        }
    }
    return mps_obj_new_str_from_vstr(&vstr);
}

// dict.update(m) for {**m} and f(**m): a dict's map directly, else keys() + m[k].
static void dict_update(mps_obj_t dict, mps_obj_t m) {
    if (mps_obj_is_type_idx(m, MPS_TYPE_IDX_dict)) {
        mps_map_t *map = mps_obj_dict_get_map(m);
        size_t cur = 0;
        mps_map_elem_t *e;
        while ((e = mps_map_next(map, &cur)) != NULL) {
            mps_obj_dict_store(dict, e->key, e->value);
        }
        return;
    }
    mps_obj_t dest[2];
    mps_load_method(m, MPS_QSTR_keys, dest);
    mps_obj_t keys = mps_call_method_n_kw(0, 0, dest);
    mps_obj_t it = mps_getiter(keys, NULL);
    mps_obj_t k;
    while ((k = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
        mps_obj_dict_store(dict, k, mps_subscr_load(m, k));
    }
}

static void dict_store_unique(mps_obj_t dict, mps_obj_t key, mps_obj_t value) {
    mps_map_elem_t *e = mps_map_lookup(mps_obj_dict_get_map(dict), key, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value != MPS_OBJ_NULL) {
        mps_raise_msg_varg(&mps_type_TypeError, "function got multiple values for argument '%q'",
                           mps_obj_str_get_qstr(key));
    }
    e->value = value;
}

// f(**a, **b): like dict_update, but a key given twice is an error.
static void dict_merge(mps_obj_t dict, mps_obj_t m) {
    mps_obj_t tmp = mps_obj_new_dict(0);
    dict_update(tmp, m);
    mps_map_t *map = mps_obj_dict_get_map(tmp);
    size_t cur = 0;
    mps_map_elem_t *e;
    while ((e = mps_map_next(map, &cur)) != NULL) {
        dict_store_unique(dict, e->key, e->value);
    }
}

static void seq_extend(mps_obj_t target, mps_obj_t seq, bool is_set) {
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(seq, &buf);
    mps_obj_t v;
    while ((v = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
        if (is_set) {
            mps_obj_set_store(target, v);
        } else {
            mps_obj_list_append(target, v);
        }
    }
}

static mps_obj_t call_method_0(mps_obj_t o, qstr name) {
    mps_obj_t dest[2];
    mps_load_method(o, name, dest);
    return mps_call_method_n_kw(0, 0, dest);
}

// What `await o` iterates: a coroutine itself, else o.__await__().
static mps_obj_t get_awaitable(mps_obj_t o) {
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_gen_instance)) {
        return o;
    }
    mps_obj_t dest[2];
    mps_load_method_maybe(o, MPS_QSTR___await__, dest);
    if (dest[0] != MPS_OBJ_NULL) {
        return mps_call_method_n_kw(0, 0, dest);
    }
    return mps_getiter(o, NULL);
}

static void print_expr(mps_obj_t v) {
    if (v == mps_const_none) {
        return;
    }
    mps_obj_print(&mps_plat_print, v, MPS_PRINT_REPR);
    mps_print_str(&mps_plat_print, "\n");
    // `_` is a builtin, as in MicroPython, so that it shows in no module's globals
    mps_state.repl_last_value = v;
    if (mps_state.builtins_override == MPS_OBJ_NULL) {
        mps_state.builtins_override = mps_obj_new_dict(1);
    }
    mps_obj_dict_store(mps_state.builtins_override, MPS_OBJ_NEW_QSTR(MPS_QSTR_underscore), v);
}

// One step of `yield from`: sends [v] into [it]. Returns true with *out the value to
// yield, or false with *out the sub-iterator's return value. Raises its exceptions.
static bool yield_from_step(mps_obj_t it, mps_obj_t v, mps_obj_t throw_value, mps_obj_t *out) {
    if (mps_obj_is_type_idx(it, MPS_TYPE_IDX_gen_instance)) {
        mps_vm_return_t r = mps_gen_resume(it, v, throw_value, out);
        if (r == MPS_VM_RETURN_EXCEPTION) {
            nlr_raise(*out);
        }
        return r == MPS_VM_RETURN_YIELD;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t r;
        if (throw_value != MPS_OBJ_NULL) {
            mps_obj_t dest[3];
            mps_load_method_maybe(it, MPS_QSTR_throw, dest);
            if (dest[0] == MPS_OBJ_NULL) {
                nlr_pop();
                mps_raise(throw_value);
            }
            dest[2] = throw_value;
            r = mps_call_method_n_kw(1, 0, dest);
        } else if (v == mps_const_none) {
            r = mps_iternext_allow_raise(it);
        } else {
            mps_obj_t dest[3];
            mps_load_method(it, MPS_QSTR_send, dest);
            dest[2] = v;
            r = mps_call_method_n_kw(1, 0, dest);
        }
        nlr_pop();
        if (r == MPS_OBJ_STOP_ITERATION) {
            *out = mps_const_none;
            return false;
        }
        *out = r;
        return true;
    } else {
        mps_obj_t exc = nlr.ret_val;
        if (mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_StopIteration))) {
            *out = mps_obj_exception_get_value(exc);
            return false;
        }
        nlr_raise(exc);
    }
}

// Globals, then builtins, with remembered slot indices: a hint is the index where a
// name was found last time in a table, used only after checking the key there, so a
// stale hint just costs the normal lookup.
static mps_obj_t load_global(qstr q) {
    mps_obj_t key = MPS_OBJ_NEW_QSTR(q);
    mps_map_t *map = mps_obj_dict_get_map(mps_state.dict_globals);
    mps_map_elem_t *table = MPS_PTR(mps_map_elem_t, map->table);
    size_t h = (q ^ ((uintptr_t)table >> 4)) & 255;
    size_t i = mps_state.global_hint[h];
    // an ordered map keeps removed pairs past `used`
    if (i < (map->is_ordered ? map->used : map->alloc) && table[i].key == key) {
        return table[i].value;
    }
    mps_map_elem_t *e = mps_map_lookup_qstr(map, q, MPS_MAP_LOOKUP);
    if (e != NULL) {
        mps_state.global_hint[h] = (uint16_t)(e - table);
        return e->value;
    }
    if (mps_state.builtins_override == MPS_OBJ_NULL) {
        const mps_module_def_t *def = mps_module_builtins.rom;
        size_t bh = q & 127;
        size_t b = mps_state.builtin_hint[bh];
        if (b < def->n_globals && def->globals[b].key == MPS_ROM_QSTR(q)) {
            return (mps_obj_t)def->globals[b].value;
        }
        for (b = 0; b < def->n_globals; b++) {
            if (def->globals[b].key == MPS_ROM_QSTR(q)) {
                mps_state.builtin_hint[bh] = (uint16_t)b;
                return (mps_obj_t)def->globals[b].value;
            }
        }
    }
    return mps_load_global(q); // the full path: overrides, NameError
}

static void close_iter(mps_obj_t it) {
    if (mps_obj_is_type_idx(it, MPS_TYPE_IDX_gen_instance)) {
        mps_gen_close(it);
        return;
    }
    mps_obj_t dest[2];
    mps_load_method_maybe(it, MPS_QSTR_close, dest);
    if (dest[0] != MPS_OBJ_NULL) {
        mps_call_method_n_kw(0, 0, dest);
    }
}

mps_vm_return_t mps_vm_execute(mps_frame_t *frame, mps_obj_t throw_value, mps_obj_t *result) {
    const mps_obj_fun_bc_t *fun = MPS_PTR(const mps_obj_fun_bc_t, frame->fun);
    const mps_raw_code_t *rc = MPS_PTR(const mps_raw_code_t, fun->rc);
    const uint8_t *const code = mps_raw_code_bytecode(rc);
    const mps_obj_t *const consts = rc->consts;
    mps_obj_t *const fastn = frame->state;
    mps_obj_t *const stack0 = fastn + rc->n_locals;
    const mps_obj_t saved_globals = mps_state.dict_globals;
    mps_frame_t *const saved_frame = mps_state.vm_frame;
    mps_obj_t *const pystack_mark = mps_state.pystack_cur;
    volatile mps_obj_t pending = throw_value;
    mps_state.dict_globals = fun->globals;
    mps_state.vm_frame = frame;

    for (;;) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            const uint8_t *ip = MPS_PTR(const uint8_t, frame->ip);
            mps_obj_t *sp = MPS_PTR(mps_obj_t, frame->sp);
            if (pending != MPS_OBJ_NULL) {
                mps_obj_t exc = pending;
                pending = MPS_OBJ_NULL;
                if (*ip == MPS_BC_YIELD_FROM &&
                    mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_GeneratorExit))) {
                    // close(): close the sub-iterator, then GeneratorExit goes on here
                    close_iter(sp[0]);
                    mps_raise(exc);
                }
                if (*ip == MPS_BC_YIELD_FROM) {
                    // throw() into a generator delegating with `yield from`: forward it.
                    mps_obj_t out;
                    if (yield_from_step(sp[0], mps_const_none, exc, &out)) {
                        nlr_pop();
                        mps_state.dict_globals = saved_globals;
            mps_state.vm_frame = saved_frame;
                        *result = out;
                        return MPS_VM_RETURN_YIELD;
                    }
                    sp[0] = out;
                    ip++;
                } else {
                    mps_raise(exc);
                }
            }

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define TOP() (*sp)
#define READ_UINT() read_uint(&ip)
#define READ_JUMP() mps_bc_read_jump(&ip)

#if MPS_CFG_COMPUTED_GOTO
            static const void *const dispatch_table[MPS_BC_NUM_OPCODES] = {
#define MPS_BC_LABEL(name, fmt) &&op_##name,
                MPS_BC_OPCODES(MPS_BC_LABEL)
#undef MPS_BC_LABEL
            };
#define DISPATCH() \
    do { \
        frame->ip = MPS_REF(ip); \
        goto *dispatch_table[*ip++]; \
    } while (0)
#define CASE(name) op_##name:
            DISPATCH();
#else
#define DISPATCH() goto dispatch
#define CASE(name) case MPS_BC_##name:
        dispatch:
            frame->ip = MPS_REF(ip);
            switch (*ip++) {
#endif
            CASE(NOP) {
                DISPATCH();
            }
            CASE(LOAD_NONE) {
                PUSH(mps_const_none);
                DISPATCH();
            }
            CASE(LOAD_FALSE) {
                PUSH(mps_const_false);
                DISPATCH();
            }
            CASE(LOAD_TRUE) {
                PUSH(mps_const_true);
                DISPATCH();
            }
            CASE(LOAD_NULL) {
                PUSH(MPS_OBJ_NULL);
                DISPATCH();
            }
            CASE(LOAD_SMALL_INT) {
                intptr_t v = mps_bc_read_sint(&ip);
                PUSH(MPS_OBJ_NEW_SMALL_INT(v));
                DISPATCH();
            }
            CASE(LOAD_CONST) {
                PUSH(consts[READ_UINT()]);
                DISPATCH();
            }
            CASE(POP_TOP) {
                sp--;
                DISPATCH();
            }
            CASE(DUP_TOP) {
                mps_obj_t v = TOP();
                PUSH(v);
                DISPATCH();
            }
            CASE(DUP_TOP_TWO) {
                sp[1] = sp[-1];
                sp[2] = sp[0];
                sp += 2;
                DISPATCH();
            }
            CASE(ROT_TWO) {
                mps_obj_t v = sp[0];
                sp[0] = sp[-1];
                sp[-1] = v;
                DISPATCH();
            }
            CASE(ROT_THREE) {
                mps_obj_t v = sp[0];
                sp[0] = sp[-1];
                sp[-1] = sp[-2];
                sp[-2] = v;
                DISPATCH();
            }
            CASE(LOAD_FAST) {
                mps_obj_t v = fastn[READ_UINT()];
                if (v == MPS_OBJ_NULL) {
                    raise_unbound_local();
                }
                PUSH(v);
                DISPATCH();
            }
#define LOAD_FAST_N(n) \
    CASE(LOAD_FAST_##n) { \
        mps_obj_t v = fastn[n]; \
        if (v == MPS_OBJ_NULL) { \
            raise_unbound_local(); \
        } \
        PUSH(v); \
        DISPATCH(); \
    }
#define STORE_FAST_N(n) \
    CASE(STORE_FAST_##n) { \
        fastn[n] = POP(); \
        DISPATCH(); \
    }
            LOAD_FAST_N(0) LOAD_FAST_N(1) LOAD_FAST_N(2) LOAD_FAST_N(3) LOAD_FAST_N(4) LOAD_FAST_N(5)
            LOAD_FAST_N(6) LOAD_FAST_N(7) LOAD_FAST_N(8) LOAD_FAST_N(9) LOAD_FAST_N(10) LOAD_FAST_N(11)
            LOAD_FAST_N(12) LOAD_FAST_N(13) LOAD_FAST_N(14) LOAD_FAST_N(15)
            STORE_FAST_N(0) STORE_FAST_N(1) STORE_FAST_N(2) STORE_FAST_N(3) STORE_FAST_N(4) STORE_FAST_N(5)
            STORE_FAST_N(6) STORE_FAST_N(7) STORE_FAST_N(8) STORE_FAST_N(9) STORE_FAST_N(10) STORE_FAST_N(11)
            STORE_FAST_N(12) STORE_FAST_N(13) STORE_FAST_N(14) STORE_FAST_N(15)
#undef LOAD_FAST_N
#undef STORE_FAST_N
            CASE(STORE_FAST) {
                fastn[READ_UINT()] = POP();
                DISPATCH();
            }
            CASE(DELETE_FAST) {
                size_t i = READ_UINT();
                if (fastn[i] == MPS_OBJ_NULL) {
                    raise_unbound_local();
                }
                fastn[i] = MPS_OBJ_NULL;
                DISPATCH();
            }
            CASE(LOAD_DEREF) {
                mps_obj_t v = mps_obj_cell_get(fastn[READ_UINT()]);
                if (v == MPS_OBJ_NULL) {
                    raise_unbound_local();
                }
                PUSH(v);
                DISPATCH();
            }
            CASE(STORE_DEREF) {
                mps_obj_cell_set(fastn[READ_UINT()], POP());
                DISPATCH();
            }
            CASE(DELETE_DEREF) {
                mps_obj_t cell = fastn[READ_UINT()];
                if (mps_obj_cell_get(cell) == MPS_OBJ_NULL) {
                    raise_unbound_local();
                }
                mps_obj_cell_set(cell, MPS_OBJ_NULL);
                DISPATCH();
            }
            CASE(LOAD_CELL) {
                PUSH(fastn[READ_UINT()]);
                DISPATCH();
            }
            CASE(LOAD_NAME) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                PUSH(mps_state.dict_locals == mps_state.dict_globals ? load_global(q) : mps_load_name(q));
                DISPATCH();
            }
            CASE(STORE_NAME) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_store_name(q, sp[0]);
                sp--;
                DISPATCH();
            }
            CASE(DELETE_NAME) {
                mps_delete_name((qstr)mps_bc_read_qstr(&ip));
                DISPATCH();
            }
            CASE(LOAD_GLOBAL) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                PUSH(load_global(q));
                DISPATCH();
            }
            CASE(STORE_GLOBAL) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_store_global(q, sp[0]);
                sp--;
                DISPATCH();
            }
            CASE(DELETE_GLOBAL) {
                mps_delete_global((qstr)mps_bc_read_qstr(&ip));
                DISPATCH();
            }
            CASE(LOAD_ATTR) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                sp[0] = mps_load_attr(sp[0], q);
                DISPATCH();
            }
            CASE(STORE_ATTR) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_store_attr(sp[0], q, sp[-1]);
                sp -= 2;
                DISPATCH();
            }
            CASE(DELETE_ATTR) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_delete_attr(sp[0], q);
                sp--;
                DISPATCH();
            }
            CASE(LOAD_METHOD) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_obj_t base = sp[0];
                mps_load_method(base, q, sp);
                sp++;
                DISPATCH();
            }
            CASE(LOAD_SUPER_METHOD) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                sp--;
                mps_load_super_method(q, sp);
                sp++;
                DISPATCH();
            }
            CASE(LOAD_SUBSCR) {
                mps_obj_t index = POP();
                sp[0] = mps_subscr_load(sp[0], index);
                DISPATCH();
            }
            CASE(STORE_SUBSCR) {
                mps_subscr_store(sp[-1], sp[0], sp[-2]);
                sp -= 3;
                DISPATCH();
            }
            CASE(DELETE_SUBSCR) {
                mps_subscr_delete(sp[-1], sp[0]);
                sp -= 2;
                DISPATCH();
            }
            CASE(LOAD_BUILD_CLASS) {
                mps_obj_t bc = mps_load_builtin(MPS_QSTR___build_class__);
                if (bc == MPS_OBJ_NULL) {
                    bc = MPS_OBJ_FROM_PTR(&mps_builtin_build_class_obj);
                }
                PUSH(bc);
                DISPATCH();
            }
            CASE(JUMP) {
                int off = READ_JUMP();
                ip += off;
                if (off < 0 && mps_state.sched_pending) {
                    mps_handle_pending();
                }
                DISPATCH();
            }
            CASE(POP_JUMP_IF_FALSE) {
                int off = READ_JUMP();
                if (!is_true(POP())) {
                    ip += off;
                }
                DISPATCH();
            }
            CASE(POP_JUMP_IF_TRUE) {
                int off = READ_JUMP();
                if (is_true(POP())) {
                    ip += off;
                }
                DISPATCH();
            }
            CASE(JUMP_IF_FALSE_OR_POP) {
                int off = READ_JUMP();
                if (!is_true(TOP())) {
                    ip += off;
                } else {
                    sp--;
                }
                DISPATCH();
            }
            CASE(JUMP_IF_TRUE_OR_POP) {
                int off = READ_JUMP();
                if (is_true(TOP())) {
                    ip += off;
                } else {
                    sp--;
                }
                DISPATCH();
            }
            CASE(GET_ITER) {
                sp[0] = mps_getiter(sp[0], NULL);
                DISPATCH();
            }
            CASE(GET_ITER_STACK) {
                mps_obj_t o = sp[0];
                mps_obj_t it = mps_getiter(o, (mps_obj_iter_buf_t *)sp);
                sp += MPS_BC_ITER_SLOTS - 1;
                sp[0] = it;
                DISPATCH();
            }
            CASE(FOR_ITER) {
                int off = READ_JUMP();
                mps_obj_t v = mps_iternext(sp[0]);
                if (v == MPS_OBJ_STOP_ITERATION) {
                    sp -= MPS_BC_ITER_SLOTS;
                    ip += off;
                } else {
                    PUSH(v);
                }
                DISPATCH();
            }
            CASE(FOR_RANGE) {
                int off = READ_JUMP();
                mps_obj_t cur = sp[-2], stop = sp[-1], step = sp[0];
                if (MPS_OBJ_IS_SMALL_INT(cur) && MPS_OBJ_IS_SMALL_INT(stop) && MPS_OBJ_IS_SMALL_INT(step)) {
                    mps_int_t c = MPS_OBJ_SMALL_INT_VALUE(cur);
                    mps_int_t st = MPS_OBJ_SMALL_INT_VALUE(step);
                    bool more = st > 0 ? c < MPS_OBJ_SMALL_INT_VALUE(stop) : c > MPS_OBJ_SMALL_INT_VALUE(stop);
                    if (!more) {
                        sp -= 3;
                        ip += off;
                        DISPATCH();
                    }
                    mps_int_t next = c + st;
                    sp[-2] = MPS_SMALL_INT_FITS(next) ? MPS_OBJ_NEW_SMALL_INT(next) : mps_obj_new_int(next);
                } else {
                    bool neg = mps_obj_is_true(mps_binary_op(MPS_BINARY_OP_LESS, step, MPS_OBJ_NEW_SMALL_INT(0)));
                    mps_obj_t more = mps_binary_op(neg ? MPS_BINARY_OP_MORE : MPS_BINARY_OP_LESS, cur, stop);
                    if (!mps_obj_is_true(more)) {
                        sp -= 3;
                        ip += off;
                        DISPATCH();
                    }
                    sp[-2] = mps_binary_op(MPS_BINARY_OP_ADD, cur, step);
                }
                PUSH(cur);
                DISPATCH();
            }
            CASE(POP_ITER) {
                sp -= MPS_BC_ITER_SLOTS;
                DISPATCH();
            }
            CASE(RETURN_VALUE) {
                *result = sp[0];
                nlr_pop();
                mps_state.dict_globals = saved_globals;
            mps_state.vm_frame = saved_frame;
                frame->sp = MPS_REF(stack0 - 1);
                return MPS_VM_RETURN_NORMAL;
            }
            CASE(UNARY_OP) {
                unsigned op = (unsigned)READ_UINT();
                if (op == MPS_UNARY_OP_NOT) {
                    sp[0] = mps_obj_new_bool(!is_true(sp[0]));
                } else {
                    sp[0] = mps_unary_op((mps_unary_op_t)op, sp[0]);
                }
                DISPATCH();
            }
            CASE(BINARY_OP) {
                unsigned op = (unsigned)READ_UINT();
                mps_obj_t rhs = POP();
                mps_obj_t lhs = sp[0];
                mps_obj_t r = MPS_OBJ_NULL;
                if (MPS_OBJ_IS_SMALL_INT(lhs) && MPS_OBJ_IS_SMALL_INT(rhs)) {
                    r = mps_small_int_binary_op(op, lhs, rhs);
                } else if (mps_obj_is_float(lhs) || mps_obj_is_float(rhs)) {
                    r = float_binary_op(op, lhs, rhs);
                }
                if (r == MPS_OBJ_NULL) {
                    r = mps_binary_op((mps_binary_op_t)op, lhs, rhs);
                }
                sp[0] = r;
                DISPATCH();
            }
            CASE(COMPARE_IS) {
                unsigned neg = (unsigned)READ_UINT();
                mps_obj_t rhs = POP();
                sp[0] = mps_obj_new_bool((sp[0] == rhs) != (neg != 0));
                DISPATCH();
            }
            CASE(COMPARE_IN) {
                unsigned neg = (unsigned)READ_UINT();
                mps_obj_t rhs = POP();
                mps_obj_t r = mps_binary_op(MPS_BINARY_OP_IN, sp[0], rhs);
                sp[0] = mps_obj_new_bool(is_true(r) != (neg != 0));
                DISPATCH();
            }
            CASE(BUILD_TUPLE) {
                size_t n = READ_UINT();
                sp -= n;
                mps_obj_t t = mps_obj_new_tuple(n, sp + 1);
                PUSH(t);
                DISPATCH();
            }
            CASE(BUILD_LIST) {
                size_t n = READ_UINT();
                sp -= n;
                mps_obj_t l = mps_obj_new_list(n, sp + 1);
                PUSH(l);
                DISPATCH();
            }
            CASE(BUILD_SET) {
                size_t n = READ_UINT();
                sp -= n;
                mps_obj_t s = mps_obj_new_set(n, sp + 1);
                PUSH(s);
                DISPATCH();
            }
            CASE(BUILD_MAP) {
                size_t n = READ_UINT();
                PUSH(mps_obj_new_dict(n));
                DISPATCH();
            }
            CASE(STORE_MAP) {
                mps_obj_dict_store(sp[-2], sp[0], sp[-1]);
                sp -= 2;
                DISPATCH();
            }
            CASE(BUILD_SLICE) {
                size_t n = READ_UINT();
                mps_obj_t step = mps_const_none;
                if (n == 3) {
                    step = POP();
                }
                mps_obj_t stop = POP();
                if ((*ip == MPS_BC_LOAD_SUBSCR || *ip == MPS_BC_STORE_SUBSCR) &&
                    slice_can_be_scratch(sp[-1], sp[0], stop, step)) {
                    // a built-in sequence only reads the slice: no need for a heap one
                    mps_obj_t *scratch = mps_state.slice_scratch;
                    scratch[0] = MPS_TYPE_IDX_slice;
                    scratch[1] = sp[0];
                    scratch[2] = stop;
                    scratch[3] = step;
                    sp[0] = MPS_OBJ_FROM_PTR(scratch);
                } else {
                    sp[0] = mps_obj_new_slice(sp[0], stop, step);
                }
                DISPATCH();
            }
            CASE(BUILD_STRING) {
                size_t n = READ_UINT();
                sp -= n;
                mps_obj_t s = build_string(n, sp + 1);
                PUSH(s);
                DISPATCH();
            }
            CASE(FORMAT_VALUE) {
                unsigned flags = (unsigned)READ_UINT();
                mps_obj_t spec = MPS_OBJ_NULL;
                if (flags & MPS_BC_FORMAT_HAS_SPEC) {
                    spec = POP();
                }
                sp[0] = format_value(sp[0], flags, spec);
                DISPATCH();
            }
            CASE(LIST_APPEND) {
                size_t depth = READ_UINT();
                mps_obj_t v = POP();
                mps_obj_list_append(sp[-(ptrdiff_t)depth], v);
                DISPATCH();
            }
            CASE(SET_ADD) {
                size_t depth = READ_UINT();
                mps_obj_t v = POP();
                mps_obj_set_store(sp[-(ptrdiff_t)depth], v);
                DISPATCH();
            }
            CASE(MAP_ADD) {
                size_t depth = READ_UINT();
                mps_obj_t v = POP();
                mps_obj_t k = POP();
                mps_obj_dict_store(sp[-(ptrdiff_t)depth], k, v);
                DISPATCH();
            }
            CASE(LIST_EXTEND) {
                mps_obj_t seq = POP();
                seq_extend(sp[0], seq, false);
                DISPATCH();
            }
            CASE(SET_UPDATE) {
                mps_obj_t seq = POP();
                seq_extend(sp[0], seq, true);
                DISPATCH();
            }
            CASE(DICT_UPDATE) {
                mps_obj_t m = POP();
                dict_update(sp[0], m);
                DISPATCH();
            }
            CASE(DICT_MERGE) {
                if (READ_UINT()) {
                    dict_store_unique(sp[-2], sp[-1], sp[0]);
                    sp -= 2;
                } else {
                    mps_obj_t m = POP();
                    dict_merge(sp[0], m);
                }
                DISPATCH();
            }
            CASE(LIST_TO_TUPLE) {
                size_t n;
                mps_obj_t *items;
                mps_obj_list_get(sp[0], &n, &items);
                sp[0] = mps_obj_new_tuple(n, items);
                DISPATCH();
            }
            CASE(UNPACK_SEQUENCE) {
                size_t n = READ_UINT();
                mps_obj_t seq = sp[0];
                mps_unpack_sequence(seq, n, sp);
                sp += (ptrdiff_t)n - 1;
                DISPATCH();
            }
            CASE(UNPACK_EX) {
                size_t arg = READ_UINT();
                size_t left = arg & 0xff;
                size_t right = arg >> 8;
                mps_obj_t seq = sp[0];
                mps_unpack_ex(seq, left, right, sp);
                sp += left + right;
                DISPATCH();
            }
            CASE(CALL_FUNCTION) {
                size_t arg = READ_UINT();
                size_t n_pos = arg & 0xff;
                size_t n_kw = arg >> 8;
                sp -= n_pos + 2 * n_kw;
                mps_obj_t f = sp[0];
                if (is_fun_bc(f)) {
                    sp[0] = mps_fun_bc_call(f, n_pos, n_kw, sp + 1);
                } else {
                    sp[0] = mps_call_function_n_kw(f, n_pos, n_kw, sp + 1);
                }
                DISPATCH();
            }
            CASE(CALL_METHOD) {
                size_t arg = READ_UINT();
                size_t n_pos = arg & 0xff;
                size_t n_kw = arg >> 8;
                sp -= n_pos + 2 * n_kw + 1;
                mps_obj_t f = sp[0];
                if (is_fun_bc(f)) {
                    sp[0] = sp[1] == MPS_OBJ_NULL ? mps_fun_bc_call(f, n_pos, n_kw, sp + 2)
                                                  : mps_fun_bc_call(f, n_pos + 1, n_kw, sp + 1);
                } else {
                    sp[0] = mps_call_method_n_kw(n_pos, n_kw, sp);
                }
                DISPATCH();
            }
            CASE(CALL_FUNCTION_EX) {
                size_t has_dict = READ_UINT();
                mps_obj_t kw = has_dict ? POP() : MPS_OBJ_NULL;
                mps_obj_t pos = POP();
                sp[0] = mps_call_function_star(sp[0], 0, 0, NULL, pos, kw);
                DISPATCH();
            }
            CASE(MAKE_FUNCTION) {
                const mps_raw_code_t *child = MPS_PTR(const mps_raw_code_t, consts[READ_UINT()]);
                size_t n_free = child->n_free;
                sp -= n_free;
                mps_obj_t *cells = sp + 1;
                mps_obj_t kwdefaults = MPS_OBJ_NULL;
                mps_obj_t defaults = MPS_OBJ_NULL;
                if (child->flags & MPS_CODE_FLAG_HAS_KWDEFAULTS) {
                    kwdefaults = POP();
                }
                if (child->flags & MPS_CODE_FLAG_HAS_DEFAULTS) {
                    defaults = POP();
                }
                mps_obj_t f = mps_obj_new_fun_bc(child, fun->globals, defaults, kwdefaults);
                if (n_free) {
                    // cells sit above the defaults we popped; copy before overwriting
                    f = mps_obj_new_closure(f, n_free, cells);
                }
                PUSH(f);
                DISPATCH();
            }
            CASE(RAISE) {
                size_t n = READ_UINT();
                if (n == 0) {
                    mps_obj_t exc = mps_state.sys_exc_info;
                    if (exc == MPS_OBJ_NULL || exc == mps_const_none) {
                        mps_raise_RuntimeError("no active exception to reraise");
                    }
                    frame->flags |= MPS_FRAME_FLAG_RERAISE;
                    nlr_raise(exc);
                }
                if (n == 2) {
                    // MicroPython ignores the cause, and says so
                    if (sp[0] != mps_const_none) {
                        mps_print_str(&mps_stderr_print, "Warning: exception chaining not supported\n");
                    }
                    sp--;
                }
                mps_raise(sp[0]);
            }
            CASE(RERAISE) {
                frame->flags |= MPS_FRAME_FLAG_RERAISE;
                nlr_raise(sp[0]);
            }
            CASE(PUSH_EXC_INFO) {
                mps_obj_t exc = sp[0];
                sp[0] = mps_state.sys_exc_info;
                PUSH(exc);
                mps_state.sys_exc_info = exc;
                DISPATCH();
            }
            CASE(POP_EXCEPT) {
                mps_state.sys_exc_info = POP();
                DISPATCH();
            }
            CASE(POP_EXCEPT_RERAISE) {
                mps_obj_t exc = sp[0];
                mps_state.sys_exc_info = sp[-1];
                frame->flags |= MPS_FRAME_FLAG_RERAISE;
                nlr_raise(exc);
            }
            CASE(EXC_MATCH) {
                mps_obj_t type = sp[0];
                sp[0] = mps_obj_new_bool(mps_exception_match(sp[-1], type));
                DISPATCH();
            }
            CASE(RAISE_ASSERT) {
                size_t has_msg = READ_UINT();
                if (has_msg) {
                    mps_raise(mps_obj_new_exception_arg1(&mps_type_AssertionError, sp[0]));
                }
                mps_raise(mps_obj_new_exception(&mps_type_AssertionError));
            }
            CASE(WITH_SETUP) {
                size_t is_async = READ_UINT();
                mps_obj_t ctx = sp[0];
                mps_obj_t enter[2];
                mps_load_method(ctx, is_async ? MPS_QSTR___aenter__ : MPS_QSTR___enter__, enter);
                mps_load_method(ctx, is_async ? MPS_QSTR___aexit__ : MPS_QSTR___exit__, sp);
                sp++;
                mps_obj_t r = mps_call_method_n_kw(0, 0, enter);
                PUSH(r);
                DISPATCH();
            }
            CASE(WITH_EXIT) {
                mps_obj_t args[5] = {sp[-1], sp[0], mps_const_none, mps_const_none, mps_const_none};
                sp--;
                sp[0] = mps_call_method_n_kw(3, 0, args);
                DISPATCH();
            }
            CASE(WITH_EXIT_EXC) {
                mps_obj_t exc = sp[0];
                mps_obj_t args[5] = {sp[-2], sp[-1], mps_obj_get_class(exc), exc, mps_const_none};
                mps_obj_t r = mps_call_method_n_kw(3, 0, args);
                PUSH(r);
                DISPATCH();
            }
            CASE(WITH_EXC_END) {
                if (is_true(sp[0])) {
                    sp -= 4;
                    DISPATCH();
                }
                frame->flags |= MPS_FRAME_FLAG_RERAISE;
                nlr_raise(sp[-1]);
            }
            CASE(YIELD_VALUE) {
                *result = POP();
                frame->ip = MPS_REF(ip);
                frame->sp = MPS_REF(sp);
                nlr_pop();
                mps_state.dict_globals = saved_globals;
            mps_state.vm_frame = saved_frame;
                return MPS_VM_RETURN_YIELD;
            }
            CASE(YIELD_FROM) {
                mps_obj_t v = POP();
                mps_obj_t out;
                if (yield_from_step(sp[0], v, MPS_OBJ_NULL, &out)) {
                    // resume here: the caller pushes the next sent value
                    frame->sp = MPS_REF(sp);
                    nlr_pop();
                    mps_state.dict_globals = saved_globals;
            mps_state.vm_frame = saved_frame;
                    *result = out;
                    return MPS_VM_RETURN_YIELD;
                }
                sp[0] = out;
                DISPATCH();
            }
            CASE(GET_YIELD_FROM_ITER) {
                if (!mps_obj_is_type_idx(sp[0], MPS_TYPE_IDX_gen_instance)) {
                    sp[0] = mps_getiter(sp[0], NULL);
                }
                DISPATCH();
            }
            CASE(GET_AWAITABLE) {
                sp[0] = get_awaitable(sp[0]);
                DISPATCH();
            }
            CASE(GET_AITER) {
                sp[0] = call_method_0(sp[0], MPS_QSTR___aiter__);
                DISPATCH();
            }
            CASE(GET_ANEXT) {
                mps_obj_t aw = call_method_0(sp[0], MPS_QSTR___anext__);
                PUSH(get_awaitable(aw));
                DISPATCH();
            }
            CASE(END_ASYNC_FOR) {
                mps_obj_t exc = sp[0];
                if (mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_StopAsyncIteration))) {
                    sp -= 2;
                    DISPATCH();
                }
                frame->flags |= MPS_FRAME_FLAG_RERAISE;
                nlr_raise(exc);
            }
            CASE(IMPORT_NAME) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_obj_t fromlist = POP();
                sp[0] = mps_import_name(q, fromlist, sp[0]);
                DISPATCH();
            }
            CASE(IMPORT_FROM) {
                qstr q = (qstr)mps_bc_read_qstr(&ip);
                mps_obj_t v = mps_import_from(sp[0], q);
                PUSH(v);
                DISPATCH();
            }
            CASE(IMPORT_STAR) {
                mps_import_all(POP());
                DISPATCH();
            }
            CASE(PRINT_EXPR) {
                print_expr(POP());
                DISPATCH();
            }
#if !MPS_CFG_COMPUTED_GOTO
            default:
                mps_raise_RuntimeError("bad opcode");
            }
#endif
#undef PUSH
#undef POP
#undef TOP
#undef CASE
#undef DISPATCH
        } else {
            // An exception: from this frame's code or from a callee.
            mps_obj_t exc = nlr.ret_val;
            mps_state.dict_globals = fun->globals;
    mps_state.vm_frame = frame;
            if (mps_state.pystack_cur != pystack_mark) {
                // a callee failed before it could pop its frame
                if (mps_state.pystack_cur > pystack_mark) {
                    memset(pystack_mark, 0, (size_t)(mps_state.pystack_cur - pystack_mark) * sizeof(mps_obj_t));
                }
                mps_state.pystack_cur = pystack_mark;
            }
            const uint8_t *ip = MPS_PTR(const uint8_t, frame->ip);
            size_t offset = (size_t)(ip - code);
            if (frame->flags & MPS_FRAME_FLAG_RERAISE) {
                frame->flags &= ~MPS_FRAME_FLAG_RERAISE;
            } else if (mps_obj_is_exception_instance(exc)) {
                mps_obj_exception_add_traceback(exc, rc->source_file, mps_raw_code_line_of(rc, offset), rc->name);
            }
            size_t handler, depth;
            if (mps_raw_code_find_handler(rc, offset, &handler, &depth)) {
                mps_obj_t *sp = stack0 + depth;
                *sp = exc;
                frame->sp = MPS_REF(sp);
                frame->ip = MPS_REF(code + handler);
                continue;
            }
            mps_state.dict_globals = saved_globals;
            mps_state.vm_frame = saved_frame;
            *result = exc;
            return MPS_VM_RETURN_EXCEPTION;
        }
    }
}

bool mps_vm_current_location(const char **file, unsigned *line) {
    const mps_frame_t *frame = mps_state.vm_frame;
    if (frame == NULL || frame->fun == 0) {
        return false;
    }
    const mps_raw_code_t *rc = mps_frame_rc(frame);
    const uint8_t *ip = MPS_PTR(const uint8_t, frame->ip);
    *file = qstr_str(rc->source_file);
    *line = (unsigned)mps_raw_code_line_of(rc, (size_t)(ip - mps_raw_code_bytecode(rc)));
    return true;
}
