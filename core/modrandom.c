// SPDX-License-Identifier: MIT
// The random module (being written).

#include "core/objmodule.h"

static const mps_rom_map_elem_t random_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_random)},
};

static const mps_module_def_t random_module_def = {
    .name = MPS_QSTR_random,
    .globals = random_globals,
    .n_globals = sizeof(random_globals) / sizeof(random_globals[0]),
};

const mps_obj_module_t mps_module_random = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &random_module_def,
};
