// SPDX-License-Identifier: MIT
// The errno module: the constants of core/moderrno.h and errorcode, a dict from value
// to name.

#include "core/moderrno.h"

#include "core/objdict.h"
#include "core/objmodule.h"
#include "core/state.h"

// errorcode is made on first use and kept in mps_state: a dict cannot be ROM data here
// (its table reference is a 32-bit field that C cannot initialise with an address).
static void errno_attr(mps_obj_t module, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL || attr != MPS_QSTR_errorcode) {
        return;
    }
    if (mps_state.errno_errorcode == MPS_OBJ_NULL) {
        static const uint16_t names[] = {
#define NAME(name, value) MPS_QSTR_##name,
            MPS_ERRNO_LIST(NAME)
#undef NAME
        };
        static const uint8_t values[] = {
#define VALUE(name, value) value,
            MPS_ERRNO_LIST(VALUE)
#undef VALUE
        };
        size_t n = sizeof(values) / sizeof(values[0]);
        mps_obj_t dict = mps_obj_new_dict(n);
        // Kept as a dense array in insertion order (as kwargs maps are), so that it
        // prints in increasing value like MicroPython's ROM dict.
        mps_map_t *map = mps_obj_dict_get_map(dict);
        map->is_ordered = 1;
        map->ordered_while_small = 0;
        for (size_t i = 0; i < n; i++) {
            mps_obj_dict_store(dict, MPS_OBJ_NEW_SMALL_INT(values[i]), MPS_OBJ_NEW_QSTR(names[i]));
        }
        mps_state.errno_errorcode = dict;
    }
    dest[0] = mps_state.errno_errorcode;
}

static const mps_rom_map_elem_t errno_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_errno)},
#define CONSTANT(name, value) {MPS_ROM_QSTR(MPS_QSTR_##name), MPS_ROM_INT(value)},
    MPS_ERRNO_LIST(CONSTANT)
#undef CONSTANT
};

static const mps_module_def_t errno_module_def = {
    .name = MPS_QSTR_errno,
    .globals = errno_globals,
    .n_globals = sizeof(errno_globals) / sizeof(errno_globals[0]),
    .attr = errno_attr,
};

const mps_obj_module_t mps_module_errno = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &errno_module_def,
};
