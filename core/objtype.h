// SPDX-License-Identifier: MIT
// type objects: static types and classes made by the `class` statement; instances of
// such classes; isinstance/issubclass; super.
#ifndef CORE_OBJTYPE_H
#define CORE_OBJTYPE_H

#include "core/map.h"
#include "core/objfun.h"
#include "core/objproperty.h"

extern const mps_obj_type_t mps_type_type;
extern const mps_obj_type_t mps_type_object;
extern const mps_obj_type_t mps_type_super;

// A class made at run time. Header as mps_obj_type_t (base, flags, name).
// 16 bytes: one heap block, less than MicroPython's type object.
typedef struct {
    mps_obj_base_t base;  // MPS_TYPE_IDX_type
    uint16_t flags;       // MPS_TYPE_FLAG_USER | MPS_CLASS_FLAG_* ...
    uint16_t name;        // qstr
    // The bases, a tuple (empty for `class A:`). Single inheritance needs nothing else:
    // the MRO follows bases[0] up to a built-in type and its parents. A class whose MRO
    // is not that chain (several bases) has MPS_CLASS_FLAG_MRO and this tuple holds
    // (number of bases as a small int, the bases..., the C3 linearisation after the
    // class itself...), so a class never needs a second tuple.
    mps_obj_t bases;
    mps_obj_t locals_dict; // dict of the class body
} mps_obj_class_t;

// Flags of a class beyond MPS_TYPE_FLAG_*. The first four are hints computed when the
// class is made (inherited from its bases) and set again when a class attribute is
// stored, so that attribute access on instances skips lookups that cannot succeed.
#define MPS_CLASS_FLAG_DESCRIPTORS (0x0100) // a class attribute is a property or has __get__/__set__
#define MPS_CLASS_FLAG_GETATTR (0x0200)     // defines __getattr__
#define MPS_CLASS_FLAG_SETATTR (0x0400)     // defines __setattr__ or __delattr__
#define MPS_CLASS_FLAG_DEL (0x0800)         // defines __del__ (instances get a finaliser)
#define MPS_CLASS_FLAG_NATIVE (0x1000)      // derives from a built-in type other than object
#define MPS_CLASS_FLAG_MRO (0x2000)         // [bases] also holds the C3 MRO (see above)

// An instance of a class made at run time: its attribute map, then (when the class
// derives from a built-in type other than object) the native part at subobj[0].
// 16 bytes (one block) for a plain class, as in MicroPython; the members table is
// allocated on the first attribute store.
typedef struct {
    mps_obj_base_t base; // address of the mps_obj_class_t
    mps_map_t members;
    mps_obj_t subobj[];
} mps_obj_instance_t;

// True if [o] is a class object (static type or class).
bool mps_obj_is_type(mps_obj_t o);
// True if [o] is a class made at run time (an mps_obj_class_t).
bool mps_obj_is_user_class(mps_obj_t o);
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
// Raises TypeError for bad bases or an inconsistent MRO.
mps_obj_t mps_obj_new_class(qstr name, mps_obj_t bases, mps_obj_t dict);

// The native object an instance is built on: subobj[0] for an instance of a class
// derived from a built-in type (made on demand), otherwise [o] itself. Native methods
// and slots receive this object.
mps_obj_t mps_obj_instance_native(mps_obj_t o);

// The MRO of class object [cls] as a new tuple (class first, object last).
mps_obj_t mps_obj_class_mro(mps_obj_t cls);

// super().attr for the VM's LOAD_SUPER_METHOD (the runtime's mps_load_super_method
// forwards here). On entry dest[0] is the class the method was defined in (the
// __class__ cell) and dest[1] the instance (self); on return dest is as for
// mps_load_method. Raises AttributeError.
void mps_obj_super_load_method(qstr attr, mps_obj_t *dest);

// Stores (or with [value] MPS_OBJ_NULL deletes) an attribute of instance [o] as
// object.__setattr__ does: data descriptors first, then the members map, bypassing
// any __setattr__. Returns false when deleting a missing attribute.
bool mps_obj_instance_store_attr_raw(mps_obj_t o, qstr attr, mps_obj_t value);
// callable(o) for an instance of a class made at run time: has __call__.
bool mps_obj_instance_is_callable(mps_obj_t o);

// __init__ and __new__ of built-in types (object's too): object.__init__(self, ...)
// and T.__init__(self, ...) (re)make the native part of an instance of a subclass of
// built-in T; T.__new__(cls, ...) allocates an instance of [cls] (a staticmethod).
extern const mps_obj_fun_builtin_t mps_obj_native_init_obj;
extern const mps_obj_static_class_method_t mps_obj_native_new_obj;

// Appends to [list] the names dir() shows for class object [cls]: every attribute
// along its MRO.
void mps_obj_class_dir(mps_obj_t cls, mps_obj_t list);

#endif // CORE_OBJTYPE_H
