// SPDX-License-Identifier: MIT
// property, staticmethod and classmethod: the wrappers that change what attribute
// lookup on a class returns.
#ifndef CORE_OBJPROPERTY_H
#define CORE_OBJPROPERTY_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_property;
extern const mps_obj_type_t mps_type_staticmethod;
extern const mps_obj_type_t mps_type_classmethod;

// property(fget, fset, fdel, doc): None where a function is absent.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_property
    mps_obj_t proxy[3];  // fget, fset, fdel
} mps_obj_property_t;

// staticmethod(f) / classmethod(f). A static (ROM) one, as a built-in type's locals
// table needs (dict.fromkeys), cannot hold an mps_obj_t to another static object, so
// it names its function with [rom_fun] instead and leaves [fun] 0; define those with
// MPS_DEFINE_STATICMETHOD / MPS_DEFINE_CLASSMETHOD.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_staticmethod or MPS_TYPE_IDX_classmethod
    mps_obj_t fun;
    const void *rom_fun;
} mps_obj_static_class_method_t;

#define MPS_DEFINE_STATICMETHOD(obj, fun_obj) \
    const mps_obj_static_class_method_t obj = {MPS_BASE(MPS_TYPE_IDX_staticmethod), 0, (fun_obj)}
#define MPS_DEFINE_CLASSMETHOD(obj, fun_obj) \
    const mps_obj_static_class_method_t obj = {MPS_BASE(MPS_TYPE_IDX_classmethod), 0, (fun_obj)}

// [fget, fset, fdel] of a property (None where absent).
const mps_obj_t *mps_obj_property_get(mps_obj_t prop);
// The function wrapped by a staticmethod or classmethod.
mps_obj_t mps_obj_static_class_method_fun(mps_obj_t o);
// New wrappers. Raise MemoryError.
mps_obj_t mps_obj_new_staticmethod(mps_obj_t fun);
mps_obj_t mps_obj_new_classmethod(mps_obj_t fun);

#endif // CORE_OBJPROPERTY_H
