// SPDX-License-Identifier: MIT
// Module objects, and the registry of built-in modules (the core's list plus those a
// port registers).
#include "core/objmodule.h"

#include "core/map.h"
#include "core/modulelist.h"
#include "core/objdict.h"
#include "core/objstr.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"

// --- the module type ---------------------------------------------------------------------

static qstr module_name(const mps_obj_module_t *self) {
    if (self->rom != NULL) {
        return self->rom->name;
    }
    mps_map_elem_t *e = mps_map_lookup_qstr(mps_obj_dict_get_map(self->globals), MPS_QSTR___name__, MPS_MAP_LOOKUP);
    return e == NULL ? MPS_QSTR_NULL : mps_obj_str_get_qstr(e->value);
}

static void module_print(const mps_print_t *print, mps_obj_t self_in, mps_print_kind_t kind) {
    const mps_obj_module_t *self = MPS_OBJ_TO_PTR(self_in);
    mps_printf(print, "<module '%q'", module_name(self));
    if (self->globals != MPS_OBJ_NULL) {
        mps_map_elem_t *e = mps_map_lookup_qstr(mps_obj_dict_get_map(self->globals), MPS_QSTR___file__, MPS_MAP_LOOKUP);
        if (e != NULL) {
            mps_printf(print, " from '%O'", e->value);
        }
    }
    mps_print_str(print, ">");
}

static void module_attr(mps_obj_t self_in, qstr attr, mps_obj_t *dest) {
    const mps_obj_module_t *self = MPS_OBJ_TO_PTR(self_in);
    if (dest[0] == MPS_OBJ_NULL) {
        // Load.
        if (self->globals != MPS_OBJ_NULL) {
            if (attr == MPS_QSTR___dict__) {
                dest[0] = self->globals;
                return;
            }
            mps_map_t *map = mps_obj_dict_get_map(self->globals);
            mps_map_elem_t *e = mps_map_lookup_qstr(map, attr, MPS_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = e->value;
            } else if ((e = mps_map_lookup_qstr(map, MPS_QSTR___getattr__, MPS_MAP_LOOKUP)) != NULL) {
                // A module-level __getattr__ answers for names the module lacks.
                dest[0] = mps_call_function_1(e->value, MPS_OBJ_NEW_QSTR(attr));
            }
            return;
        }
        if (self == &mps_module_builtins && mps_state.builtins_override != MPS_OBJ_NULL) {
            mps_map_elem_t *e = mps_map_lookup_qstr(mps_obj_dict_get_map(mps_state.builtins_override), attr,
                                                    MPS_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = e->value;
                return;
            }
        }
        if (attr == MPS_QSTR___dict__) {
            // A built-in module's globals are a ROM table: give a dict with its entries
            // (a copy, so changing it changes nothing, as the device's is read-only).
            mps_obj_t d = mps_obj_new_dict(self->rom->n_globals);
            for (size_t i = 0; i < self->rom->n_globals; i++) {
                mps_obj_dict_store(d, (mps_obj_t)self->rom->globals[i].key, (mps_obj_t)self->rom->globals[i].value);
            }
            dest[0] = d;
            return;
        }
        dest[0] = mps_rom_map_lookup(self->rom->globals, self->rom->n_globals, attr);
        if (dest[0] == MPS_OBJ_NULL && self->rom->attr != NULL) {
            self->rom->attr(self_in, attr, dest);
        }
        if (dest[0] == MPS_OBJ_NULL && attr == MPS_QSTR___name__) {
            dest[0] = MPS_OBJ_NEW_QSTR(self->rom->name);
        }
        return;
    }
    // Store (dest[1] is the value) or delete (dest[1] is MPS_OBJ_NULL).
    mps_obj_t dict = self->globals;
    if (dict == MPS_OBJ_NULL) {
        if (self->rom->attr != NULL) {
            // A built-in module may have attributes of its own that can be set.
            self->rom->attr(self_in, attr, dest);
            if (dest[0] == MPS_OBJ_NULL) {
                return;
            }
        }
        if (self != &mps_module_builtins) {
            return; // other built-in modules are read-only
        }
        // builtins.x = ... overrides a built-in name everywhere.
        if (mps_state.builtins_override == MPS_OBJ_NULL) {
            mps_state.builtins_override = mps_obj_new_dict(1);
        }
        dict = mps_state.builtins_override;
    }
    if (dest[1] == MPS_OBJ_NULL) {
        if (mps_map_lookup_qstr(mps_obj_dict_get_map(dict), attr, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            return;
        }
    } else {
        mps_obj_dict_store(dict, MPS_OBJ_NEW_QSTR(attr), dest[1]);
    }
    dest[0] = MPS_OBJ_NULL;
}

const mps_obj_type_t mps_type_module = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_module,
    .print = module_print,
    .attr = module_attr,
};

mps_obj_t mps_obj_new_module(qstr name) {
    mps_obj_t globals = mps_obj_new_dict(1);
    mps_obj_dict_store(globals, MPS_OBJ_NEW_QSTR(MPS_QSTR___name__), MPS_OBJ_NEW_QSTR(name));
    mps_obj_module_t *m = mps_obj_new(mps_obj_module_t, MPS_TYPE_IDX_module);
    m->globals = globals;
    mps_obj_t module = MPS_OBJ_FROM_PTR(m);
    // MicroPython leaves __main__ out of sys.modules.
    if (name != MPS_QSTR___main__) {
        mps_obj_dict_store(mps_state.loaded_modules, MPS_OBJ_NEW_QSTR(name), module);
    }
    return module;
}

mps_obj_t mps_obj_module_get_globals(mps_obj_t module) {
    const mps_obj_module_t *self = MPS_OBJ_TO_PTR(module);
    return self->globals;
}

// --- the registry of built-in modules ----------------------------------------------------

static const mps_builtin_module_t core_modules[] = {
#define MPS_MODULE_ENTRY(name) {MPS_QSTR_##name, &mps_module_##name},
    MPS_MODULE_LIST(MPS_MODULE_ENTRY)
#undef MPS_MODULE_ENTRY
#define MPS_MODULE_ALIAS_ENTRY(alias, name) {MPS_QSTR_##alias, &mps_module_##name},
    MPS_MODULE_ALIAS_LIST(MPS_MODULE_ALIAS_ENTRY)
#undef MPS_MODULE_ALIAS_ENTRY
};

// Modules registered by the port and hal_sim. This is configuration made once before
// mps_init, not interpreter state, so it survives a soft reset (and is not in state.h).
#define MAX_PORT_MODULES (32)
static mps_builtin_module_t port_modules[MAX_PORT_MODULES];
static size_t n_port_modules;

void mps_module_register_builtin(qstr name, const mps_obj_module_t *module) {
    for (size_t i = 0; i < n_port_modules; i++) {
        if (port_modules[i].name == name) {
            port_modules[i].module = module;
            return;
        }
    }
    if (n_port_modules < MAX_PORT_MODULES) {
        port_modules[n_port_modules].name = (uint16_t)name;
        port_modules[n_port_modules].module = module;
        n_port_modules++;
    }
}

bool mps_module_builtin_at(size_t i, qstr *name) {
    const size_t n_core = sizeof(core_modules) / sizeof(core_modules[0]);
    if (i >= n_core + n_port_modules) {
        return false;
    }
    const mps_builtin_module_t *m = i < n_core ? &core_modules[i] : &port_modules[i - n_core];
    *name = m->name;
    // An alias (usys ...) names a module listed before it.
    for (size_t j = 0; j < i; j++) {
        const mps_builtin_module_t *o = j < n_core ? &core_modules[j] : &port_modules[j - n_core];
        if (o->module == m->module) {
            *name = MPS_QSTR_NULL;
            break;
        }
    }
    return true;
}

mps_obj_t mps_module_get_builtin(qstr name) {
    for (size_t i = 0; i < n_port_modules; i++) {
        if (port_modules[i].name == name) {
            return MPS_OBJ_FROM_PTR(port_modules[i].module);
        }
    }
    for (size_t i = 0; i < sizeof(core_modules) / sizeof(core_modules[0]); i++) {
        if (core_modules[i].name == name) {
            return MPS_OBJ_FROM_PTR(core_modules[i].module);
        }
    }
    return MPS_OBJ_NULL;
}
