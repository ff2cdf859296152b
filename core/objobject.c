// SPDX-License-Identifier: MIT
// object: the root of every class; its methods are the defaults super() reaches.
#include "core/objtype.h"

#include "core/objsingleton.h"
#include "core/objstr.h"
#include "core/print.h"
#include "core/runtime.h"

// object() is a bare header: one heap block.
static mps_obj_t object_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 0, false);
    return MPS_OBJ_FROM_PTR(mps_obj_new(mps_obj_base_t, MPS_TYPE_IDX_object));
}

static void object_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "<object>");
}

static mps_obj_t object_repr(mps_obj_t self) {
    vstr_t vstr;
    mps_print_t pr;
    vstr_init_print(&vstr, 32, &pr);
    mps_printf(&pr, "<%q object at %p>", mps_obj_get_type_qstr(self), MPS_OBJ_TO_PTR(self));
    return mps_obj_new_str_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(object_repr_obj, object_repr);

static mps_obj_t object_eq(mps_obj_t self, mps_obj_t other) {
    return self == other ? mps_const_true : mps_const_notimplemented;
}
static MPS_DEFINE_FUN_2(object_eq_obj, object_eq);

static mps_obj_t object_ne(mps_obj_t self, mps_obj_t other) {
    return self == other ? mps_const_false : mps_const_notimplemented;
}
static MPS_DEFINE_FUN_2(object_ne_obj, object_ne);

static mps_obj_t object_hash(mps_obj_t self) {
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)((mps_uint_t)self >> 2));
}
static MPS_DEFINE_FUN_1(object_hash_obj, object_hash);

// object.__setattr__ / __delattr__: the plain store that a class overriding
// __setattr__ falls back to through super().
static mps_obj_t object_setattr(mps_obj_t self, mps_obj_t name, mps_obj_t value) {
    qstr attr = mps_obj_str_get_qstr(name);
    if (!mps_obj_is_user_class(mps_obj_get_class(self))) {
        mps_raise_AttributeError(self, attr);
    }
    mps_obj_instance_store_attr_raw(self, attr, value);
    return mps_const_none;
}
static MPS_DEFINE_FUN_3(object_setattr_obj, object_setattr);

static mps_obj_t object_delattr(mps_obj_t self, mps_obj_t name) {
    qstr attr = mps_obj_str_get_qstr(name);
    if (!mps_obj_is_user_class(mps_obj_get_class(self)) || !mps_obj_instance_store_attr_raw(self, attr, MPS_OBJ_NULL)) {
        mps_raise_AttributeError(self, attr);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(object_delattr_obj, object_delattr);

static const mps_rom_map_elem_t object_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR___init__), MPS_ROM_PTR(&mps_obj_native_init_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___new__), MPS_ROM_PTR(&mps_obj_native_new_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___eq__), MPS_ROM_PTR(&object_eq_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___ne__), MPS_ROM_PTR(&object_ne_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___hash__), MPS_ROM_PTR(&object_hash_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___repr__), MPS_ROM_PTR(&object_repr_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___str__), MPS_ROM_PTR(&object_repr_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___setattr__), MPS_ROM_PTR(&object_setattr_obj) },
    { MPS_ROM_QSTR(MPS_QSTR___delattr__), MPS_ROM_PTR(&object_delattr_obj) },
};

const mps_obj_type_t mps_type_object = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_object,
    .print = object_print,
    .make_new = object_make_new,
    .locals = MPS_ROM_TABLE(object_locals_table),
};
