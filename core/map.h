// SPDX-License-Identifier: MIT
// Hash maps from objects to objects: the storage of dict, instance members, globals.
#ifndef CORE_MAP_H
#define CORE_MAP_H

#include "core/obj.h"

typedef struct {
    mps_obj_t key;   // MPS_OBJ_NULL: never used; MPS_OBJ_SENTINEL: deleted
    mps_obj_t value;
} mps_map_elem_t;

// An open-addressing table kept in insertion order when [is_ordered] (then it is a
// plain array searched linearly, used for small maps and kwargs).
typedef struct {
    mps_uint_t all_keys_are_qstrs : 1;
    mps_uint_t is_fixed : 1;   // table is read-only (cannot grow or change)
    mps_uint_t is_ordered : 1;
    mps_uint_t used : 29;
    mps_uint_t alloc;
    mps_ref_t table;           // mps_map_elem_t[alloc]
} mps_map_t;

typedef enum {
    MPS_MAP_LOOKUP,
    MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND,
    MPS_MAP_LOOKUP_REMOVE_IF_FOUND,
} mps_map_lookup_kind_t;

void mps_map_init(mps_map_t *map, size_t n);
void mps_map_clear(mps_map_t *map);
// Finds [key]; returns the element (its value may be set by the caller after ADD), or
// NULL. On REMOVE the returned element holds the removed key/value (copy them out
// before the next call). Raises TypeError for unhashable keys, MemoryError on growth.
mps_map_elem_t *mps_map_lookup(mps_map_t *map, mps_obj_t key, mps_map_lookup_kind_t kind);
// Fast path for qstr keys (globals, attributes).
mps_map_elem_t *mps_map_lookup_qstr(mps_map_t *map, qstr q, mps_map_lookup_kind_t kind);
// Iterates: returns the next used element after *cur (start with *cur = 0) or NULL.
mps_map_elem_t *mps_map_next(const mps_map_t *map, size_t *cur);

// Looks [q] up in a ROM table; MPS_OBJ_NULL if absent.
mps_obj_t mps_rom_map_lookup(const mps_rom_map_elem_t *table, size_t n, qstr q);

#endif // CORE_MAP_H
