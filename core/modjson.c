// SPDX-License-Identifier: MIT
// The json module (being written).

#include "core/objmodule.h"

static const mps_rom_map_elem_t json_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_json)},
};

static const mps_module_def_t json_module_def = {
    .name = MPS_QSTR_json,
    .globals = json_globals,
    .n_globals = sizeof(json_globals) / sizeof(json_globals[0]),
};

const mps_obj_module_t mps_module_json = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &json_module_def,
};
