// SPDX-License-Identifier: MIT
// mps_type_table: static type index -> type, filled from core/typelist.h.

#include "core/obj.h"

#define DECLARE(name) extern const mps_obj_type_t mps_type_##name;
MPS_TYPE_LIST(DECLARE)
#undef DECLARE

// Not const: ports and hal_sim add their types at start-up (mps_type_register).
const mps_obj_type_t *mps_type_table[MPS_TYPE_TABLE_SIZE] = {
#define ENTRY(name) [MPS_TYPE_IDX_##name] = &mps_type_##name,
    MPS_TYPE_LIST(ENTRY)
#undef ENTRY
};

bool mps_type_register(unsigned idx, const mps_obj_type_t *type) {
    if (idx < MPS_TYPE_IDX_PORT_FIRST || idx >= MPS_KIND_INSTANCE) {
        return false;
    }
    if (mps_type_table[idx] != NULL && mps_type_table[idx] != type) {
        return false;
    }
    mps_type_table[idx] = type;
    return true;
}
