// SPDX-License-Identifier: MIT
// The errno module (being written).

#include "core/objmodule.h"

static const mps_rom_map_elem_t errno_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_errno)},
};

static const mps_module_def_t errno_module_def = {
    .name = MPS_QSTR_errno,
    .globals = errno_globals,
    .n_globals = sizeof(errno_globals) / sizeof(errno_globals[0]),
};

const mps_obj_module_t mps_module_errno = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &errno_module_def,
};
