// SPDX-License-Identifier: MIT
// Generic operations on any object: printing, truth, equality, hashing, length and
// conversions to C values. Each defers to the type's slots and supplies the fallback
// when a type leaves a slot out.
#include "core/obj.h"

#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"

// Static types and classes share their header (base, flags, name), so the name of
// any class object can be read through this view.
typedef struct {
    mps_obj_base_t base;
    uint16_t flags;
    uint16_t name;
} class_header_t;

mps_obj_t mps_obj_get_class(mps_obj_t o) {
    if (MPS_OBJ_IS_OBJ(o)) {
        mps_ref_t t = ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type;
        if (t >= MPS_TYPE_TABLE_SIZE) {
            return (mps_obj_t)t; // a heap class: the header is its address
        }
    }
    return MPS_OBJ_FROM_PTR(mps_obj_get_type(o));
}

void *mps_obj_alloc(size_t size, unsigned idx) {
    mps_obj_base_t *base = mps_mem_alloc_kind(size, idx, false);
    base->type = idx;
    return base;
}

void *mps_obj_alloc_with_finaliser(size_t size, unsigned idx) {
    mps_obj_base_t *base = mps_mem_alloc_kind(size, idx, true);
    base->type = idx;
    return base;
}

qstr mps_obj_get_type_qstr(mps_obj_t o) {
    return ((const class_header_t *)MPS_OBJ_TO_PTR(mps_obj_get_class(o)))->name;
}

const char *mps_obj_get_type_str(mps_obj_t o) {
    return qstr_str(mps_obj_get_type_qstr(o));
}

// --- printing ----------------------------------------------------------------------

void mps_obj_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    // Printing nests as deeply as the data does (a list inside itself ...).
    mps_stack_check();
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->print != NULL) {
        type->print(print, o, kind);
    } else {
        // MicroPython's fallback for types with no printer: just the type name.
        mps_printf(print, "<%q>", (qstr)type->name);
    }
}

// A printer that puts ": " before the first text it passes on, so that the separator
// appears only when there is a message, without building the message on the heap
// (the heap may be full or locked while an exception is reported).
typedef struct {
    const mps_print_t *out;
    bool started;
} sep_print_t;

static void sep_print_strn(void *data, const char *str, size_t len) {
    sep_print_t *sp = data;
    if (len == 0) {
        return;
    }
    if (!sp->started) {
        sp->started = true;
        mps_print_str(sp->out, ": ");
    }
    mps_print_strn(sp->out, str, len);
}

void mps_obj_print_exception(const mps_print_t *print, mps_obj_t exc) {
    if (!mps_obj_is_exception_instance(exc)) {
        mps_obj_print(print, exc, MPS_PRINT_REPR);
        return;
    }
    // "Name" alone when str(exc) is empty, else "Name: text".
    mps_print_str(print, qstr_str(mps_obj_get_type_qstr(exc)));
    sep_print_t sp = {print, false};
    mps_print_t sep = {&sp, sep_print_strn};
    mps_obj_print(&sep, exc, MPS_PRINT_STR);
}

// --- truth, equality, hashing -----------------------------------------------------

bool mps_obj_is_true(mps_obj_t o) {
    if (o == mps_const_false || o == mps_const_none) {
        return false;
    }
    if (o == mps_const_true) {
        return true;
    }
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return MPS_OBJ_SMALL_INT_VALUE(o) != 0;
    }
    if (MPS_OBJ_IS_QSTR(o)) {
        return MPS_OBJ_QSTR_VALUE(o) != MPS_QSTR_empty;
    }
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->unary_op != NULL) {
        mps_obj_t r = type->unary_op(MPS_UNARY_OP_BOOL, o);
        if (r != MPS_OBJ_NULL) {
            return r == mps_const_true;
        }
        r = type->unary_op(MPS_UNARY_OP_LEN, o);
        if (r != MPS_OBJ_NULL) {
            return r != MPS_OBJ_NEW_SMALL_INT(0);
        }
    }
    return true;
}

bool mps_obj_is_callable(mps_obj_t o) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type == &mps_type_instance) {
        return mps_obj_instance_is_callable(o);
    }
    return type->call != NULL;
}

// Asks [a]'s type whether a == b: true/false, or MPS_OBJ_NULL when it cannot say.
static mps_obj_t try_equal(mps_obj_t a, mps_obj_t b) {
    const mps_obj_type_t *type = mps_obj_get_type(a);
    if (type->binary_op == NULL || (type->flags & MPS_TYPE_FLAG_EQ_BY_IDENTITY)) {
        return MPS_OBJ_NULL;
    }
    return type->binary_op(MPS_BINARY_OP_EQUAL, a, b);
}

bool mps_obj_equal(mps_obj_t a, mps_obj_t b) {
    if (a == b) {
        // Floats and complex numbers need not equal themselves (nan).
        if (!mps_obj_is_float(a) && !mps_obj_is_type_idx(a, MPS_TYPE_IDX_complex)) {
            return true;
        }
    } else if ((MPS_OBJ_IS_SMALL_INT(a) && MPS_OBJ_IS_SMALL_INT(b)) ||
               (MPS_OBJ_IS_QSTR(a) && MPS_OBJ_IS_QSTR(b)) || a == mps_const_none ||
               b == mps_const_none) {
        return false;
    }
    mps_obj_t r = try_equal(a, b);
    if (r == MPS_OBJ_NULL) {
        r = try_equal(b, a);
    }
    if (r == MPS_OBJ_NULL) {
        return a == b;
    }
    return mps_obj_is_true(r);
}

// Hash of an object by its address: fits a small int because addresses are 32-bit
// and 4-byte aligned.
static mps_obj_t hash_by_address(mps_obj_t o) {
    return MPS_OBJ_NEW_SMALL_INT((mps_uint_t)o >> 2);
}

mps_obj_t mps_obj_hash(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return o;
    }
    if (MPS_OBJ_IS_QSTR(o)) {
        return MPS_OBJ_NEW_SMALL_INT(qstr_hash(MPS_OBJ_QSTR_VALUE(o)));
    }
    if (o == mps_const_false) {
        return MPS_OBJ_NEW_SMALL_INT(0);
    }
    if (o == mps_const_true) {
        return MPS_OBJ_NEW_SMALL_INT(1);
    }
    if (MPS_OBJ_IS_IMMEDIATE(o)) {
        return MPS_OBJ_NEW_SMALL_INT((mps_uint_t)o >> 3);
    }
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_str)) {
        return MPS_OBJ_NEW_SMALL_INT(mps_obj_str_get_hash(o) & MPS_SMALL_INT_MAX);
    }
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->unary_op != NULL) {
        mps_obj_t h = type->unary_op(MPS_UNARY_OP_HASH, o);
        if (h != MPS_OBJ_NULL) {
            return h;
        }
    }
    // A type that defines equality but no hash is unhashable (list, dict, set ...);
    // otherwise objects are only equal to themselves and hash by identity.
    if (type->binary_op != NULL && !(type->flags & MPS_TYPE_FLAG_EQ_BY_IDENTITY) &&
        type != &mps_type_instance) {
        mps_raise_msg_varg(&mps_type_TypeError, "unsupported type for __hash__: '%s'",
                           mps_obj_get_type_str(o));
    }
    return hash_by_address(o);
}

mps_obj_t mps_generic_unary_op(mps_unary_op_t op, mps_obj_t o) {
    switch (op) {
        case MPS_UNARY_OP_HASH:
            return hash_by_address(o);
        case MPS_UNARY_OP_BOOL:
            return mps_const_true;
        default:
            return MPS_OBJ_NULL;
    }
}

// --- length --------------------------------------------------------------------------

mps_obj_t mps_obj_len_maybe(mps_obj_t o) {
    if (MPS_OBJ_IS_QSTR(o)) {
        size_t len;
        const char *data = qstr_data(MPS_OBJ_QSTR_VALUE(o), &len);
        return MPS_OBJ_NEW_SMALL_INT(mps_utf8_charlen(data, len));
    }
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->unary_op == NULL) {
        return MPS_OBJ_NULL;
    }
    return type->unary_op(MPS_UNARY_OP_LEN, o);
}

mps_obj_t mps_obj_len(mps_obj_t o) {
    mps_obj_t len = mps_obj_len_maybe(o);
    if (len == MPS_OBJ_NULL) {
        mps_raise_msg_varg(&mps_type_TypeError, "object of type '%s' has no len()",
                           mps_obj_get_type_str(o));
    }
    return len;
}

size_t mps_obj_get_len(mps_obj_t o) {
    return (size_t)mps_obj_get_int(mps_obj_len(o));
}

// --- conversions -----------------------------------------------------------------------

bool mps_obj_get_int_maybe(mps_obj_t o, mps_int_t *value) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        *value = MPS_OBJ_SMALL_INT_VALUE(o);
    } else if (o == mps_const_false) {
        *value = 0;
    } else if (o == mps_const_true) {
        *value = 1;
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_int)) {
        long long v = mps_obj_int_get_ll_checked(o);
        if (v < INT32_MIN || v > INT32_MAX) {
            mps_raise_OverflowError("overflow converting long int to machine word");
        }
        *value = (mps_int_t)v;
    } else {
        return false;
    }
    return true;
}

mps_int_t mps_obj_get_int(mps_obj_t o) {
    mps_int_t v;
    if (!mps_obj_get_int_maybe(o, &v)) {
        mps_raise_msg_varg(&mps_type_TypeError, "can't convert %s to int", mps_obj_get_type_str(o));
    }
    return v;
}

bool mps_obj_get_float_maybe(mps_obj_t o, mps_float_t *value) {
    mps_int_t i;
    if (mps_obj_is_float(o)) {
        *value = mps_obj_float_get(o);
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_int)) {
        *value = mps_obj_int_as_float(o);
    } else if (mps_obj_get_int_maybe(o, &i)) {
        *value = (mps_float_t)i;
    } else {
        return false;
    }
    return true;
}

mps_float_t mps_obj_get_float(mps_obj_t o) {
    mps_float_t v;
    if (!mps_obj_get_float_maybe(o, &v)) {
        mps_raise_msg_varg(&mps_type_TypeError, "can't convert %s to float", mps_obj_get_type_str(o));
    }
    return v;
}

void mps_obj_get_array(mps_obj_t o, size_t *len, mps_obj_t **items) {
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_tuple)) {
        mps_obj_tuple_get(o, len, items);
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_list)) {
        mps_obj_list_get(o, len, items);
    } else {
        mps_raise_msg_varg(&mps_type_TypeError, "object '%s' isn't a tuple or list",
                           mps_obj_get_type_str(o));
    }
}

void mps_obj_get_array_fixed_n(mps_obj_t o, size_t len, mps_obj_t **items) {
    size_t actual;
    mps_obj_get_array(o, &actual, items);
    if (actual != len) {
        mps_raise_msg_varg(&mps_type_ValueError, "requested length %u but object has length %u",
                           (unsigned)len, (unsigned)actual);
    }
}

size_t mps_get_index(const mps_obj_type_t *type, size_t len, mps_obj_t index, bool is_slice) {
    mps_int_t i;
    if (MPS_OBJ_IS_SMALL_INT(index)) {
        i = MPS_OBJ_SMALL_INT_VALUE(index);
    } else if (!mps_obj_get_int_maybe(index, &i)) {
        mps_raise_msg_varg(&mps_type_TypeError, "%q indices must be integers, not %s",
                           (qstr)type->name, mps_obj_get_type_str(index));
    }
    long long v = i;
    if (v < 0) {
        v += (long long)len;
    }
    if (is_slice) {
        if (v < 0) {
            v = 0;
        } else if (v > (long long)len) {
            v = (long long)len;
        }
    } else if (v < 0 || v >= (long long)len) {
        mps_raise_msg_varg(&mps_type_IndexError, "%s index out of range",
                           type == &mps_type_str ? "string" : qstr_str(type->name));
    }
    return (size_t)v;
}

// --- buffer protocol -----------------------------------------------------------------

bool mps_get_buffer(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type->buffer == NULL) {
        return false;
    }
    return type->buffer(o, bufinfo, flags) == 0;
}

void mps_get_buffer_raise(mps_obj_t o, mps_buffer_info_t *bufinfo, unsigned flags) {
    if (!mps_get_buffer(o, bufinfo, flags)) {
        mps_raise_TypeError("object with buffer protocol required");
    }
}
