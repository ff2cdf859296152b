// SPDX-License-Identifier: MIT
// Placeholder for the re module.
#include "core/objmodule.h"
const mps_obj_type_t mps_type_re_pattern = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_re};
const mps_obj_type_t mps_type_re_match = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_match};
static const mps_rom_map_elem_t re_globals[] = {{MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_re)}};
static const mps_module_def_t re_def = {.name = MPS_QSTR_re, .globals = MPS_ROM_TABLE(re_globals)};
const mps_obj_module_t mps_module_re = {.base = MPS_BASE(MPS_TYPE_IDX_module), .rom = &re_def};
