// SPDX-License-Identifier: MIT
// Modules: those made by importing source or .mpy (globals in a heap dict) and the
// built-in ones (globals in a ROM table, costing no heap).
#ifndef CORE_OBJMODULE_H
#define CORE_OBJMODULE_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_module;

// A module: for a built-in module [globals] is NULL and [rom] describes it.
typedef struct mps_module_def_s mps_module_def_t;
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_module
    mps_obj_t globals;   // dict, or MPS_OBJ_NULL for a built-in module
    const mps_module_def_t *rom; // native pointer to its definition (built-in)
} mps_obj_module_t;

// Definition of a built-in module. A static mps_obj_module_t points to it.
struct mps_module_def_s {
    uint16_t name; // qstr
    const mps_rom_map_elem_t *globals;
    size_t n_globals;
    // Optional: attributes computed at run time (sys.path, sys.modules ...). Same
    // contract as a type's attr slot.
    void (*attr)(mps_obj_t module, qstr attr, mps_obj_t *dest);
};

// New module object with a fresh globals dict holding __name__. Registers it in
// sys.modules. Raises MemoryError.
mps_obj_t mps_obj_new_module(qstr name);
mps_obj_t mps_obj_module_get_globals(mps_obj_t module);
// Finds a built-in module by name (also "u"-prefixed aliases); MPS_OBJ_NULL if none.
mps_obj_t mps_module_get_builtin(qstr name);

// The [i]-th built-in module (core and registered): returns false past the end; sets
// [*name] to its name, or MPS_QSTR_NULL for an alias of a module listed before it.
bool mps_module_builtin_at(size_t i, qstr *name);

// The table of built-in modules, filled from core/modulelist.h plus a port's list.
typedef struct {
    uint16_t name;
    const mps_obj_module_t *module;
} mps_builtin_module_t;
// Lets a port or hal_sim add modules (machine, os, time ...). Call before mps_init.
void mps_module_register_builtin(qstr name, const mps_obj_module_t *module);

#endif // CORE_OBJMODULE_H
