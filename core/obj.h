// SPDX-License-Identifier: MIT
// The object model: what an mps_obj_t is, how a type is described, and the generic
// operations every part of the interpreter uses on objects.
#ifndef CORE_OBJ_H
#define CORE_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/config.h"
#include "core/qstr.h"

// Theory of operation
// -------------------
// An mps_obj_t is one 32-bit word, as on a Cortex-M (MPS_CFG_REF32). Its low bits say
// what it is:
//
//   ...............................1   small int: value = (int32_t)o >> 1 (31 bits)
//   ..............................10   qstr:      id    = o >> 3   (low bits 010)
//   ..............................110  immediate: None, False, True and VM sentinels
//   ..............................00   address of an object (4-byte aligned, non-zero)
//
// Objects live in the GC arena (mapped below 4 GiB) or are static const data in the
// executable (linked without PIE, so also below 4 GiB). Either way the address fits a
// uint32_t, so a reference costs 4 bytes in the heap exactly as on the device.
//
// Every object starts with mps_obj_base_t: one 32-bit word naming its type. C cannot
// initialise a 32-bit field with an address, so static types are named by a small
// index into mps_type_table (see core/typelist.h); a class made at run time is named
// by its heap address, which is always far above any index. The same rule gives each
// head block its kind for the heap map without storing anything extra in the heap.
//
// Static (ROM) objects never hold an mps_obj_t that points to another static object;
// they use native pointers (type structs, ROM maps), converted to mps_obj_t at run
// time, which is valid because everything lies below 4 GiB.
//
// With MPS_CFG_REF32 == 0 (fallback build) references are host pointers; the tags and
// every API stay the same.

#if MPS_CFG_REF32
typedef uint32_t mps_obj_t;
typedef uint32_t mps_ref_t;   // any pointer stored inside a heap object
#else
typedef uintptr_t mps_obj_t;
typedef uintptr_t mps_ref_t;
#endif

typedef int32_t mps_int_t;     // value of a small int, and machine-int arithmetic
typedef uint32_t mps_uint_t;
typedef double mps_float_t;

// Pointer <-> reference conversions. MPS_PTR gives a C pointer of type T* from a stored
// reference; MPS_REF stores a C pointer as a reference.
#define MPS_PTR(T, r) ((T *)(uintptr_t)(r))
#define MPS_REF(p) ((mps_ref_t)(uintptr_t)(p))
#define MPS_OBJ_TO_PTR(o) ((void *)(uintptr_t)(o))
#define MPS_OBJ_FROM_PTR(p) ((mps_obj_t)(uintptr_t)(p))

// "No object": returned by lookups that found nothing, never visible to Python code.
#define MPS_OBJ_NULL ((mps_obj_t)0)

#define MPS_OBJ_IS_SMALL_INT(o) (((o) & 1) != 0)
#define MPS_OBJ_SMALL_INT_VALUE(o) (((mps_int_t)(o)) >> 1)
#define MPS_OBJ_NEW_SMALL_INT(v) ((mps_obj_t)((((mps_uint_t)(v)) << 1) | 1u))
#define MPS_SMALL_INT_MIN ((mps_int_t)(-(1 << 30)))
#define MPS_SMALL_INT_MAX ((mps_int_t)((1 << 30) - 1))
#define MPS_SMALL_INT_FITS(v) ((v) >= MPS_SMALL_INT_MIN && (v) <= MPS_SMALL_INT_MAX)

#define MPS_OBJ_IS_QSTR(o) (((o) & 7) == 2)
#define MPS_OBJ_QSTR_VALUE(o) ((qstr)((o) >> 3))
#define MPS_OBJ_NEW_QSTR(q) ((mps_obj_t)((((mps_uint_t)(q)) << 3) | 2u))

#define MPS_OBJ_IS_IMMEDIATE(o) (((o) & 7) == 6)
#define MPS_OBJ_NEW_IMMEDIATE(n) ((mps_obj_t)((((mps_uint_t)(n)) << 3) | 6u))
#define mps_const_none MPS_OBJ_NEW_IMMEDIATE(0)
#define mps_const_false MPS_OBJ_NEW_IMMEDIATE(1)
#define mps_const_true MPS_OBJ_NEW_IMMEDIATE(2)
// Returned by iternext when an iterator is exhausted (cheaper than StopIteration).
#define MPS_OBJ_STOP_ITERATION MPS_OBJ_NEW_IMMEDIATE(3)
// Marks "load" in subscr (value argument) and "not handled" from binary_op etc.
#define MPS_OBJ_SENTINEL MPS_OBJ_NEW_IMMEDIATE(4)

#define MPS_OBJ_IS_OBJ(o) (((o) & 3) == 0)
#define mps_obj_new_bool(b) ((b) ? mps_const_true : mps_const_false)

// --- types -----------------------------------------------------------------------

typedef struct mps_obj_type_s mps_obj_type_t;
typedef struct mps_print_s mps_print_t;

// The header of every object: the type's index in mps_type_table, or the heap address
// of a class object (an mps_obj_class_t, see core/objtype.h).
typedef struct {
    mps_ref_t type; // 32 bits; a host pointer's width in the fallback build
} mps_obj_base_t;

// Immutable view of a buffer, for the buffer protocol.
typedef struct {
    void *buf;
    size_t len;
    int typecode; // struct-module code of one item: 'B' for bytes
} mps_buffer_info_t;

#define MPS_BUFFER_READ (1)
#define MPS_BUFFER_WRITE (2)
#define MPS_BUFFER_RW (MPS_BUFFER_READ | MPS_BUFFER_WRITE)

typedef enum {
    MPS_PRINT_STR = 0,  // str()
    MPS_PRINT_REPR = 1, // repr()
    MPS_PRINT_EXC = 2,  // printing an exception in a traceback
} mps_print_kind_t;

// Unary and binary operators, in the order the compiler emits them (core/bc.h).
typedef enum {
    MPS_UNARY_OP_POSITIVE,
    MPS_UNARY_OP_NEGATIVE,
    MPS_UNARY_OP_INVERT,
    MPS_UNARY_OP_NOT,
    // Not emitted by the compiler; used by builtins.
    MPS_UNARY_OP_BOOL, // result must be True/False, or MPS_OBJ_NULL for "not supported"
    MPS_UNARY_OP_LEN,  // small int
    MPS_UNARY_OP_HASH, // small int
    MPS_UNARY_OP_ABS,
    MPS_UNARY_OP_INT,
    MPS_UNARY_OP_FLOAT,
    MPS_UNARY_OP_COMPLEX,
    MPS_UNARY_OP_SIZEOF,
    MPS_UNARY_OP_NUM
} mps_unary_op_t;

typedef enum {
    // comparisons
    MPS_BINARY_OP_LESS,
    MPS_BINARY_OP_MORE,
    MPS_BINARY_OP_EQUAL,
    MPS_BINARY_OP_LESS_EQUAL,
    MPS_BINARY_OP_MORE_EQUAL,
    MPS_BINARY_OP_NOT_EQUAL,
    MPS_BINARY_OP_IN,
    MPS_BINARY_OP_IS,
    MPS_BINARY_OP_EXCEPTION_MATCH,
    // in-place arithmetic, same order as the plain ones below
    MPS_BINARY_OP_INPLACE_OR,
    MPS_BINARY_OP_INPLACE_XOR,
    MPS_BINARY_OP_INPLACE_AND,
    MPS_BINARY_OP_INPLACE_LSHIFT,
    MPS_BINARY_OP_INPLACE_RSHIFT,
    MPS_BINARY_OP_INPLACE_ADD,
    MPS_BINARY_OP_INPLACE_SUBTRACT,
    MPS_BINARY_OP_INPLACE_MULTIPLY,
    MPS_BINARY_OP_INPLACE_MAT_MULTIPLY,
    MPS_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    MPS_BINARY_OP_INPLACE_TRUE_DIVIDE,
    MPS_BINARY_OP_INPLACE_MODULO,
    MPS_BINARY_OP_INPLACE_POWER,
    // plain arithmetic
    MPS_BINARY_OP_OR,
    MPS_BINARY_OP_XOR,
    MPS_BINARY_OP_AND,
    MPS_BINARY_OP_LSHIFT,
    MPS_BINARY_OP_RSHIFT,
    MPS_BINARY_OP_ADD,
    MPS_BINARY_OP_SUBTRACT,
    MPS_BINARY_OP_MULTIPLY,
    MPS_BINARY_OP_MAT_MULTIPLY,
    MPS_BINARY_OP_FLOOR_DIVIDE,
    MPS_BINARY_OP_TRUE_DIVIDE,
    MPS_BINARY_OP_MODULO,
    MPS_BINARY_OP_POWER,
    // reflected forms, only for dispatch to __radd__ etc. (same order as plain ones)
    MPS_BINARY_OP_REVERSE_OR,
    MPS_BINARY_OP_REVERSE_XOR,
    MPS_BINARY_OP_REVERSE_AND,
    MPS_BINARY_OP_REVERSE_LSHIFT,
    MPS_BINARY_OP_REVERSE_RSHIFT,
    MPS_BINARY_OP_REVERSE_ADD,
    MPS_BINARY_OP_REVERSE_SUBTRACT,
    MPS_BINARY_OP_REVERSE_MULTIPLY,
    MPS_BINARY_OP_REVERSE_MAT_MULTIPLY,
    MPS_BINARY_OP_REVERSE_FLOOR_DIVIDE,
    MPS_BINARY_OP_REVERSE_TRUE_DIVIDE,
    MPS_BINARY_OP_REVERSE_MODULO,
    MPS_BINARY_OP_REVERSE_POWER,
    // not emitted by the compiler
    MPS_BINARY_OP_CONTAINS, // lhs contains rhs (the "in" operator, operands swapped)
    MPS_BINARY_OP_DIVMOD,
    MPS_BINARY_OP_NUM
} mps_binary_op_t;

// Slot signatures. A slot that does not handle its arguments returns MPS_OBJ_NULL
// (unary_op, binary_op) so that the caller can try the reflected form or raise.
typedef void (*mps_print_fun_t)(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind);
// args: n_args positional values then n_kw (key qstr-object, value) pairs.
typedef mps_obj_t (*mps_make_new_fun_t)(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                        const mps_obj_t *args);
typedef mps_obj_t (*mps_call_fun_t)(mps_obj_t fun, size_t n_args, size_t n_kw, const mps_obj_t *args);
typedef mps_obj_t (*mps_unary_op_fun_t)(mps_unary_op_t op, mps_obj_t o);
typedef mps_obj_t (*mps_binary_op_fun_t)(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs);
// attr: load when dest[0] == MPS_OBJ_NULL: set dest[0] to the value, or dest[0] to a
// function and dest[1] to self for a method. Store when dest[0] == MPS_OBJ_SENTINEL and
// dest[1] is the value (MPS_OBJ_NULL to delete): set dest[0] = MPS_OBJ_NULL on success.
typedef void (*mps_attr_fun_t)(mps_obj_t o, qstr attr, mps_obj_t *dest);
// subscr: value == MPS_OBJ_SENTINEL loads, MPS_OBJ_NULL deletes, otherwise stores.
// Returns the loaded value, mps_const_none after store/delete, MPS_OBJ_NULL if unsupported.
typedef mps_obj_t (*mps_subscr_fun_t)(mps_obj_t o, mps_obj_t index, mps_obj_t value);
// getiter: may use iter_buf (caller-provided, 4 words) to avoid a heap allocation.
typedef struct {
    mps_obj_t buf[4];
} mps_obj_iter_buf_t;
typedef mps_obj_t (*mps_getiter_fun_t)(mps_obj_t o, mps_obj_iter_buf_t *iter_buf);
typedef mps_obj_t (*mps_iternext_fun_t)(mps_obj_t o); // MPS_OBJ_STOP_ITERATION at end
// buffer: fill bufinfo, return 0; return 1 if not supported (never raises for that).
typedef int (*mps_buffer_fun_t)(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags);

// One entry of a ROM method table or module globals table: native-width words so that
// they can be initialised with addresses (see the theory of operation above).
typedef uintptr_t mps_rom_obj_t;
typedef struct {
    mps_rom_obj_t key;
    mps_rom_obj_t value;
} mps_rom_map_elem_t;

#define MPS_ROM_QSTR(q) ((mps_rom_obj_t)MPS_OBJ_NEW_QSTR(q))
#define MPS_ROM_INT(i) ((mps_rom_obj_t)MPS_OBJ_NEW_SMALL_INT(i))
#define MPS_ROM_PTR(p) ((mps_rom_obj_t)(p))
#define MPS_ROM_NONE ((mps_rom_obj_t)mps_const_none)
#define MPS_ROM_TRUE ((mps_rom_obj_t)mps_const_true)
#define MPS_ROM_FALSE ((mps_rom_obj_t)mps_const_false)
#define MPS_ROM_TABLE(t) (t), (sizeof(t) / sizeof((t)[0]))

// Type flags.
#define MPS_TYPE_FLAG_USER (0x0001)          // an mps_obj_class_t made by `class`
#define MPS_TYPE_FLAG_BASETYPE (0x0002)      // may be subclassed from Python
#define MPS_TYPE_FLAG_EQ_BY_IDENTITY (0x0004) // == is `is` (no binary_op for EQUAL)
#define MPS_TYPE_FLAG_ITER_IS_SELF (0x0008)  // getiter returns the object itself
#define MPS_TYPE_FLAG_IS_EXCEPTION (0x0010)  // BaseException or a subclass

// A static type. Its header matches mps_obj_class_t's (base, flags, name) so that a
// class object of either kind can be inspected the same way.
struct mps_obj_type_s {
    mps_obj_base_t base; // MPS_TYPE_IDX_type
    uint16_t flags;
    uint16_t name; // qstr
    const mps_obj_type_t *parent; // single native base; NULL means object
    mps_print_fun_t print;
    mps_make_new_fun_t make_new;
    mps_call_fun_t call;
    mps_unary_op_fun_t unary_op;
    mps_binary_op_fun_t binary_op;
    mps_attr_fun_t attr;   // custom attributes; methods come from `locals`
    mps_subscr_fun_t subscr;
    mps_getiter_fun_t getiter;
    mps_iternext_fun_t iternext;
    mps_buffer_fun_t buffer;
    const void *protocol; // type-specific extra data (stream methods, etc.)
    const mps_rom_map_elem_t *locals; // methods and class attributes
    size_t n_locals;
};

#include "core/typelist.h"

// Type index -> static type. Indices below MPS_TYPE_IDX_PORT_FIRST are the core's;
// ports and hal_sim register theirs with mps_type_register().
#define MPS_TYPE_TABLE_SIZE (256)
extern const mps_obj_type_t *mps_type_table[MPS_TYPE_TABLE_SIZE];

// Registers [type] at [idx] (>= MPS_TYPE_IDX_PORT_FIRST); returns false if taken.
bool mps_type_register(unsigned idx, const mps_obj_type_t *type);

// The header value for an object of static type index [idx].
#define MPS_BASE(idx) { (mps_uint_t)(idx) }

// Shared slot table for instances of classes made at run time (core/objtype.c).
extern const mps_obj_type_t mps_type_instance;

// The type whose slots handle [o]. For an instance of a class made at run time this is
// mps_type_instance (which finds the class itself with mps_obj_get_class).
static inline const mps_obj_type_t *mps_obj_get_type(mps_obj_t o) {
    if (MPS_OBJ_IS_OBJ(o)) {
        mps_ref_t t = ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type;
        return t < MPS_TYPE_TABLE_SIZE ? mps_type_table[t] : &mps_type_instance;
    }
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return mps_type_table[MPS_TYPE_IDX_int];
    }
    if (MPS_OBJ_IS_QSTR(o)) {
        return mps_type_table[MPS_TYPE_IDX_str];
    }
    if (o == mps_const_none) {
        return mps_type_table[MPS_TYPE_IDX_NoneType];
    }
    return mps_type_table[MPS_TYPE_IDX_bool];
}

// The class of [o] as a Python object (what type(o) returns): a static type or a class.
mps_obj_t mps_obj_get_class(mps_obj_t o);

// True if [o] is a heap or static object whose header names static type index [idx].
static inline bool mps_obj_is_type_idx(mps_obj_t o, unsigned idx) {
    return MPS_OBJ_IS_OBJ(o) && ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type == idx;
}
#define mps_obj_is_int(o) (MPS_OBJ_IS_SMALL_INT(o) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_int))
#define mps_obj_is_str(o) (MPS_OBJ_IS_QSTR(o) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_str))
#define mps_obj_is_float(o) mps_obj_is_type_idx(o, MPS_TYPE_IDX_float)

// Allocates an object of [size] bytes with its header set to static type index [idx].
// Raises MemoryError. [size] counts the header.
void *mps_obj_alloc(size_t size, unsigned idx);
// The same with a finaliser (the type's __del__ / close runs when it is collected).
void *mps_obj_alloc_with_finaliser(size_t size, unsigned idx);
#define mps_obj_new(T, idx) ((T *)mps_obj_alloc(sizeof(T), (idx)))

// --- generic operations (core/obj.c) --------------------------------------------

// Prints [o] as str() or repr() would. May raise.
void mps_obj_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind);
// Prints an exception as a traceback's last line does ("ValueError: msg").
void mps_obj_print_exception(const mps_print_t *print, mps_obj_t exc);

bool mps_obj_is_true(mps_obj_t o);
bool mps_obj_is_callable(mps_obj_t o);
// Python's ==, with the identity shortcut.
bool mps_obj_equal(mps_obj_t a, mps_obj_t b);
// hash(o) as a small int object; raises TypeError for unhashable objects.
mps_obj_t mps_obj_hash(mps_obj_t o);
// len(o) as a small int object, or MPS_OBJ_NULL if o has no length.
mps_obj_t mps_obj_len_maybe(mps_obj_t o);
// len(o); raises TypeError if o has none.
mps_obj_t mps_obj_len(mps_obj_t o);
size_t mps_obj_get_len(mps_obj_t o); // as mps_obj_len, as a C size

// Integer value of an int or bool; raises TypeError otherwise / OverflowError if it
// does not fit in 32 bits.
mps_int_t mps_obj_get_int(mps_obj_t o);
// As above but returns false instead of raising TypeError.
bool mps_obj_get_int_maybe(mps_obj_t o, mps_int_t *value);
// Float value of an int, bool or float; raises TypeError otherwise.
mps_float_t mps_obj_get_float(mps_obj_t o);
bool mps_obj_get_float_maybe(mps_obj_t o, mps_float_t *value);

// The i-th of a tuple or list: fills [*len] and [*items]; raises TypeError otherwise.
void mps_obj_get_array(mps_obj_t o, size_t *len, mps_obj_t **items);
// As above and checks the length is [len]; raises ValueError otherwise.
void mps_obj_get_array_fixed_n(mps_obj_t o, size_t len, mps_obj_t **items);

// Index of [index] into a sequence of [len] items for [type] (negative counts from
// the end). Raises IndexError when out of range unless [is_slice] (then clamps).
size_t mps_get_index(const mps_obj_type_t *type, size_t len, mps_obj_t index, bool is_slice);

// The buffer protocol: get_buffer returns false if [o] has no buffer; the _raise form
// raises TypeError instead.
bool mps_get_buffer(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags);
void mps_get_buffer_raise(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags);

// Name of o's type as a qstr (for messages).
qstr mps_obj_get_type_qstr(mps_obj_t o);
const char *mps_obj_get_type_str(mps_obj_t o);

// Generic fallbacks used by obj.c when a type leaves a slot out.
mps_obj_t mps_generic_unary_op(mps_unary_op_t op, mps_obj_t o);

#endif // CORE_OBJ_H
