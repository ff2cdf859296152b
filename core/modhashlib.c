// SPDX-License-Identifier: MIT
// The hashlib module (being written).

#include "core/objmodule.h"

static const mps_rom_map_elem_t hashlib_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_hashlib)},
};

static const mps_module_def_t hashlib_module_def = {
    .name = MPS_QSTR_hashlib,
    .globals = hashlib_globals,
    .n_globals = sizeof(hashlib_globals) / sizeof(hashlib_globals[0]),
};

const mps_obj_module_t mps_module_hashlib = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &hashlib_module_def,
};

const mps_obj_type_t mps_type_sha256 = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_sha256};
const mps_obj_type_t mps_type_sha1 = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_sha1};
const mps_obj_type_t mps_type_md5 = {.base = MPS_BASE(MPS_TYPE_IDX_type), .name = MPS_QSTR_md5};
