// SPDX-License-Identifier: MIT
// Placeholder for the select module.
#include "core/objmodule.h"
const mps_obj_type_t mps_type_select_poll = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_poll};
static const mps_rom_map_elem_t select_globals[] = {{MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_select)}};
static const mps_module_def_t select_def = {.name = MPS_QSTR_select, .globals = MPS_ROM_TABLE(select_globals)};
const mps_obj_module_t mps_module_select = {.base = MPS_BASE(MPS_TYPE_IDX_module), .rom = &select_def};
