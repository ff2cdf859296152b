// SPDX-License-Identifier: MIT
// Placeholder for the uctypes module.
#include "core/objmodule.h"
const mps_obj_type_t mps_type_uctypes_struct = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_struct};
static const mps_rom_map_elem_t uctypes_globals[] = {{MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_uctypes)}};
static const mps_module_def_t uctypes_def = {.name = MPS_QSTR_uctypes, .globals = MPS_ROM_TABLE(uctypes_globals)};
const mps_obj_module_t mps_module_uctypes = {.base = MPS_BASE(MPS_TYPE_IDX_module), .rom = &uctypes_def};
