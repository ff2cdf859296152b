// SPDX-License-Identifier: MIT
// The binascii module (being written).

#include "core/objmodule.h"

static const mps_rom_map_elem_t binascii_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_binascii)},
};

static const mps_module_def_t binascii_module_def = {
    .name = MPS_QSTR_binascii,
    .globals = binascii_globals,
    .n_globals = sizeof(binascii_globals) / sizeof(binascii_globals[0]),
};

const mps_obj_module_t mps_module_binascii = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &binascii_module_def,
};
