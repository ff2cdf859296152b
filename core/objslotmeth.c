// SPDX-License-Identifier: MIT
// Special methods of built-in types, as functions over their slots.
#include "core/objslotmeth.h"

#include <stddef.h>

#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objsingleton.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/runtime.h"
#include "core/vstr.h"

static mps_obj_t slot_binary(mps_binary_op_t op, mps_obj_t self, mps_obj_t other) {
    const mps_obj_type_t *t = mps_obj_get_type(self);
    mps_obj_t r = t->binary_op != NULL ? t->binary_op(op, self, mps_obj_instance_native(other)) : MPS_OBJ_NULL;
    return r != MPS_OBJ_NULL ? r : mps_const_notimplemented;
}

#define SLOT_BINARY(name, op) \
    static mps_obj_t slot_##name(mps_obj_t self, mps_obj_t other) { \
        return slot_binary(MPS_BINARY_OP_##op, self, other); \
    } \
    static MPS_DEFINE_FUN_2(slot_##name##_obj, slot_##name);
SLOT_BINARY(eq, EQUAL)
SLOT_BINARY(ne, NOT_EQUAL)
SLOT_BINARY(lt, LESS)
SLOT_BINARY(le, LESS_EQUAL)
SLOT_BINARY(gt, MORE)
SLOT_BINARY(ge, MORE_EQUAL)
SLOT_BINARY(add, ADD)
SLOT_BINARY(sub, SUBTRACT)
SLOT_BINARY(mul, MULTIPLY)
SLOT_BINARY(mod, MODULO)
SLOT_BINARY(iadd, INPLACE_ADD)
#undef SLOT_BINARY

static mps_obj_t slot_contains(mps_obj_t self, mps_obj_t item) {
    return mps_binary_op(MPS_BINARY_OP_CONTAINS, self, item);
}
static MPS_DEFINE_FUN_2(slot_contains_obj, slot_contains);

static mps_obj_t slot_getitem(mps_obj_t self, mps_obj_t index) {
    return mps_subscr_load(self, index);
}
static MPS_DEFINE_FUN_2(slot_getitem_obj, slot_getitem);

static mps_obj_t slot_setitem(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    mps_subscr_store(self, index, value);
    return mps_const_none;
}
static MPS_DEFINE_FUN_3(slot_setitem_obj, slot_setitem);

static mps_obj_t slot_delitem(mps_obj_t self, mps_obj_t index) {
    mps_subscr_delete(self, index);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(slot_delitem_obj, slot_delitem);

static mps_obj_t slot_len(mps_obj_t self) {
    return mps_obj_len(self);
}
static MPS_DEFINE_FUN_1(slot_len_obj, slot_len);

static mps_obj_t slot_hash(mps_obj_t self) {
    return mps_obj_hash(self);
}
static MPS_DEFINE_FUN_1(slot_hash_obj, slot_hash);

static mps_obj_t slot_iter(mps_obj_t self) {
    return mps_getiter(self, NULL);
}
static MPS_DEFINE_FUN_1(slot_iter_obj, slot_iter);

static mps_obj_t slot_next(mps_obj_t self) {
    mps_obj_t r = mps_iternext(self);
    if (r == MPS_OBJ_STOP_ITERATION) {
        mps_raise(MPS_OBJ_FROM_PTR(&mps_type_StopIteration));
    }
    return r;
}
static MPS_DEFINE_FUN_1(slot_next_obj, slot_next);

static mps_obj_t slot_print(mps_obj_t self, mps_print_kind_t kind) {
    vstr_t vstr;
    mps_print_t pr;
    vstr_init_print(&vstr, 16, &pr);
    mps_obj_print(&pr, self, kind);
    return mps_obj_new_str_from_vstr(&vstr);
}

static mps_obj_t slot_repr(mps_obj_t self) {
    return slot_print(self, MPS_PRINT_REPR);
}
static MPS_DEFINE_FUN_1(slot_repr_obj, slot_repr);

static mps_obj_t slot_str(mps_obj_t self) {
    return slot_print(self, MPS_PRINT_STR);
}
static MPS_DEFINE_FUN_1(slot_str_obj, slot_str);

// Which slot each wrapper needs: offsets into mps_obj_type_t.
typedef struct {
    uint16_t name;
    uint16_t slot;
    const mps_obj_fun_builtin_t *fun;
} slot_method_t;

#define SLOT_OF(field) ((uint16_t)offsetof(mps_obj_type_t, field))
static const slot_method_t slot_methods[] = {
    {MPS_QSTR___getitem__, SLOT_OF(subscr), &slot_getitem_obj},
    {MPS_QSTR___setitem__, SLOT_OF(subscr), &slot_setitem_obj},
    {MPS_QSTR___delitem__, SLOT_OF(subscr), &slot_delitem_obj},
    {MPS_QSTR___len__, SLOT_OF(unary_op), &slot_len_obj},
    {MPS_QSTR___hash__, SLOT_OF(unary_op), &slot_hash_obj},
    {MPS_QSTR___contains__, SLOT_OF(binary_op), &slot_contains_obj},
    {MPS_QSTR___eq__, SLOT_OF(binary_op), &slot_eq_obj},
    {MPS_QSTR___ne__, SLOT_OF(binary_op), &slot_ne_obj},
    {MPS_QSTR___lt__, SLOT_OF(binary_op), &slot_lt_obj},
    {MPS_QSTR___le__, SLOT_OF(binary_op), &slot_le_obj},
    {MPS_QSTR___gt__, SLOT_OF(binary_op), &slot_gt_obj},
    {MPS_QSTR___ge__, SLOT_OF(binary_op), &slot_ge_obj},
    {MPS_QSTR___add__, SLOT_OF(binary_op), &slot_add_obj},
    {MPS_QSTR___sub__, SLOT_OF(binary_op), &slot_sub_obj},
    {MPS_QSTR___mul__, SLOT_OF(binary_op), &slot_mul_obj},
    {MPS_QSTR___mod__, SLOT_OF(binary_op), &slot_mod_obj},
    {MPS_QSTR___iadd__, SLOT_OF(binary_op), &slot_iadd_obj},
    {MPS_QSTR___iter__, SLOT_OF(getiter), &slot_iter_obj},
    {MPS_QSTR___next__, SLOT_OF(iternext), &slot_next_obj},
    {MPS_QSTR___repr__, SLOT_OF(print), &slot_repr_obj},
    {MPS_QSTR___str__, SLOT_OF(print), &slot_str_obj},
};
#undef SLOT_OF

mps_obj_t mps_obj_slot_method(const mps_obj_type_t *t, qstr attr) {
    for (size_t i = 0; i < sizeof(slot_methods) / sizeof(slot_methods[0]); i++) {
        const slot_method_t *m = &slot_methods[i];
        if (m->name == attr) {
            const void *const *slot = (const void *const *)((const char *)t + m->slot);
            return *slot != NULL ? MPS_OBJ_FROM_PTR(m->fun) : MPS_OBJ_NULL;
        }
    }
    return MPS_OBJ_NULL;
}
