// SPDX-License-Identifier: MIT
// type objects: static types and classes made by the `class` statement; instances of
// such classes; isinstance/issubclass; super.
#ifndef CORE_OBJTYPE_H
#define CORE_OBJTYPE_H

#include "core/map.h"

extern const mps_obj_type_t mps_type_type;
extern const mps_obj_type_t mps_type_object;

// A class made at run time. Header as mps_obj_type_t (base, flags, name).
typedef struct {
    mps_obj_base_t base;  // MPS_TYPE_IDX_type
    uint16_t flags;       // MPS_TYPE_FLAG_USER | ...
    uint16_t name;        // qstr
    mps_obj_t bases;      // tuple of base classes
    mps_obj_t mro;        // tuple: the C3 linearisation, this class first
    mps_obj_t locals_dict; // dict of the class body
    mps_ref_t native_base; // the static type instances are built on (object, list, Exception ...)
} mps_obj_class_t;

// An instance of a class made at run time: its attribute map, then (when the class
// derives from a built-in type other than object) the native part at subobj[0].
typedef struct {
    mps_obj_base_t base; // address of the mps_obj_class_t
    mps_map_t members;
    mps_obj_t subobj[];
} mps_obj_instance_t;

// True if [o] is a class object (static type or class).
bool mps_obj_is_type(mps_obj_t o);
// issubclass(cls, base) / isinstance(o, cls) for class objects.
bool mps_obj_is_subclass(mps_obj_t cls, mps_obj_t base);
bool mps_obj_is_instance(mps_obj_t o, mps_obj_t cls);
// Name of a class object.
qstr mps_obj_type_name(mps_obj_t cls);
// The static type a class object builds on (itself if static).
const mps_obj_type_t *mps_obj_type_native(mps_obj_t cls);
// Looks [attr] up along the class's MRO (including static types' locals); MPS_OBJ_NULL
// if absent. Does not bind.
mps_obj_t mps_obj_class_lookup(mps_obj_t cls, qstr attr);
// Makes a class: __build_class__'s core. [bases] is a tuple, [dict] the class body.
mps_obj_t mps_obj_new_class(qstr name, mps_obj_t bases, mps_obj_t dict);

#endif // CORE_OBJTYPE_H
