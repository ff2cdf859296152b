// SPDX-License-Identifier: MIT
// property, staticmethod and classmethod. The wrappers only hold functions; attribute
// lookup (mps_convert_member_lookup, the instance attr slot) gives them their meaning.
#include "core/objproperty.h"

#include "core/objfun.h"
#include "core/print.h"
#include "core/runtime.h"

// --- property ----------------------------------------------------------------------------

static mps_obj_t new_property(mps_obj_t fget, mps_obj_t fset, mps_obj_t fdel) {
    mps_obj_property_t *p = mps_obj_new(mps_obj_property_t, MPS_TYPE_IDX_property);
    p->proxy[0] = fget;
    p->proxy[1] = fset;
    p->proxy[2] = fdel;
    return MPS_OBJ_FROM_PTR(p);
}

static mps_obj_t property_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_fget, MPS_ARG_OBJ, {.u_obj = mps_const_none}},
        {MPS_QSTR_fset, MPS_ARG_OBJ, {.u_obj = mps_const_none}},
        {MPS_QSTR_fdel, MPS_ARG_OBJ, {.u_obj = mps_const_none}},
        {MPS_QSTR_doc, MPS_ARG_OBJ, {.u_obj = mps_const_none}},
    };
    mps_arg_val_t vals[4];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 4, allowed, vals);
    return new_property(vals[0].u_obj, vals[1].u_obj, vals[2].u_obj);
}

const mps_obj_t *mps_obj_property_get(mps_obj_t prop) {
    return ((const mps_obj_property_t *)MPS_OBJ_TO_PTR(prop))->proxy;
}

// p.getter(f), p.setter(f), p.deleter(f): a copy of p with one function replaced.
static mps_obj_t property_with(mps_obj_t self, size_t which, mps_obj_t fun) {
    const mps_obj_t *proxy = mps_obj_property_get(self);
    mps_obj_t p[3] = {proxy[0], proxy[1], proxy[2]};
    p[which] = fun;
    return new_property(p[0], p[1], p[2]);
}

static mps_obj_t property_getter(mps_obj_t self, mps_obj_t fun) {
    return property_with(self, 0, fun);
}
static MPS_DEFINE_FUN_2(property_getter_obj, property_getter);

static mps_obj_t property_setter(mps_obj_t self, mps_obj_t fun) {
    return property_with(self, 1, fun);
}
static MPS_DEFINE_FUN_2(property_setter_obj, property_setter);

static mps_obj_t property_deleter(mps_obj_t self, mps_obj_t fun) {
    return property_with(self, 2, fun);
}
static MPS_DEFINE_FUN_2(property_deleter_obj, property_deleter);

static const mps_rom_map_elem_t property_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_getter), MPS_ROM_PTR(&property_getter_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_setter), MPS_ROM_PTR(&property_setter_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_deleter), MPS_ROM_PTR(&property_deleter_obj)},
};

const mps_obj_type_t mps_type_property = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_property,
    .make_new = property_make_new,
    .locals = property_locals_table,
    .n_locals = sizeof(property_locals_table) / sizeof(property_locals_table[0]),
};

// --- staticmethod and classmethod ---------------------------------------------------------

mps_obj_t mps_obj_static_class_method_fun(mps_obj_t o) {
    const mps_obj_static_class_method_t *m = MPS_OBJ_TO_PTR(o);
    return m->fun != MPS_OBJ_NULL ? m->fun : MPS_OBJ_FROM_PTR(m->rom_fun);
}

static mps_obj_t new_wrapper(unsigned idx, mps_obj_t fun) {
    mps_obj_static_class_method_t *m = mps_obj_new(mps_obj_static_class_method_t, idx);
    m->fun = fun;
    return MPS_OBJ_FROM_PTR(m);
}

mps_obj_t mps_obj_new_staticmethod(mps_obj_t fun) {
    return new_wrapper(MPS_TYPE_IDX_staticmethod, fun);
}

mps_obj_t mps_obj_new_classmethod(mps_obj_t fun) {
    return new_wrapper(MPS_TYPE_IDX_classmethod, fun);
}

static mps_obj_t wrapper_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                  const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 1, false);
    return new_wrapper(type == &mps_type_staticmethod ? MPS_TYPE_IDX_staticmethod : MPS_TYPE_IDX_classmethod,
                       args[0]);
}

static void wrapper_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    if (dest[0] == MPS_OBJ_NULL && attr == MPS_QSTR___func__) {
        dest[0] = mps_obj_static_class_method_fun(self);
    }
}

const mps_obj_type_t mps_type_staticmethod = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_staticmethod,
    .make_new = wrapper_make_new,
    .attr = wrapper_attr,
};

const mps_obj_type_t mps_type_classmethod = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_classmethod,
    .make_new = wrapper_make_new,
    .attr = wrapper_attr,
};
