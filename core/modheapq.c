// SPDX-License-Identifier: MIT
// The heapq module (being written).

#include "core/objmodule.h"

static const mps_rom_map_elem_t heapq_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_heapq)},
};

static const mps_module_def_t heapq_module_def = {
    .name = MPS_QSTR_heapq,
    .globals = heapq_globals,
    .n_globals = sizeof(heapq_globals) / sizeof(heapq_globals[0]),
};

const mps_obj_module_t mps_module_heapq = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &heapq_module_def,
};
