// SPDX-License-Identifier: MIT
// Hash maps from objects to objects: the storage of dict, instance members, globals.
#ifndef CORE_MAP_H
#define CORE_MAP_H

#include "core/obj.h"

typedef struct {
    mps_obj_t key;   // MPS_OBJ_NULL: never used; MPS_OBJ_SENTINEL: deleted
    mps_obj_t value;
} mps_map_elem_t;

// Two layouts share one header (12 bytes, so a dict is one 16-byte block):
// - hashed: an open-addressing table (double hashing), filled up to 100% before it
//   grows, with the sizes of MicroPython's tables, so a map of n entries costs what it
//   costs on the device. Iteration follows the table, not insertion.
// - ordered ([is_ordered]): a dense array in insertion order searched linearly (used
//   entries are table[0, used)), for small maps and kwargs.
// A map with [ordered_while_small] (every dict) starts ordered and turns into a hashed
// one when it outgrows MPS_MAP_ORDERED_MAX entries: small dicts print in insertion order
// as in CPython, large ones stay fast and no bigger than on MicroPython.
typedef struct {
    mps_uint_t all_keys_are_qstrs : 1;
    mps_uint_t is_fixed : 1;   // table is read-only (cannot grow or change)
    mps_uint_t is_ordered : 1;
    mps_uint_t ordered_while_small : 1;
    mps_uint_t watched : 1;    // a class's dict: changes bump mps_state.class_epoch
    mps_uint_t used : 27;
    mps_uint_t alloc;
    mps_ref_t table;           // mps_map_elem_t[alloc]
} mps_map_t;

// Largest number of entries an ordered_while_small map keeps in insertion order.
#define MPS_MAP_ORDERED_MAX (12)

typedef enum {
    MPS_MAP_LOOKUP,
    MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND,
    MPS_MAP_LOOKUP_REMOVE_IF_FOUND,
} mps_map_lookup_kind_t;

// Initialises a hashed map with room for exactly [n] entries (no table when 0).
// Raises MemoryError.
void mps_map_init(mps_map_t *map, size_t n);
// Initialises [map] as a dict's: ordered while small (see above).
void mps_map_init_dict(mps_map_t *map, size_t n);
// Empties [map] and frees its table (a fixed map just forgets it).
void mps_map_clear(mps_map_t *map);
// Finds [key]; returns the element (its value may be set by the caller after ADD; a new
// element's value is MPS_OBJ_NULL), or NULL. On REMOVE the returned element still holds
// the removed value (copy it out before the next call; its key may already be marked
// deleted). Raises TypeError for unhashable keys, MemoryError on growth. A fixed map
// refuses ADD/REMOVE by returning NULL.
mps_map_elem_t *mps_map_lookup(mps_map_t *map, mps_obj_t key, mps_map_lookup_kind_t kind);
// Fast path for qstr keys (globals, attributes).
mps_map_elem_t *mps_map_lookup_qstr(mps_map_t *map, qstr q, mps_map_lookup_kind_t kind);
// Iterates: returns the next used element after *cur (start with *cur = 0) or NULL.
mps_map_elem_t *mps_map_next(const mps_map_t *map, size_t *cur);
// Copies [src]'s entries into the uninitialised [dest] (same layout and size).
void mps_map_copy(mps_map_t *dest, const mps_map_t *src);

// Probing (shared with set): a key starts at hash % alloc and, after a collision, moves
// by a step that depends on the hash too (double hashing), so keys that collide once
// part ways instead of forming the long runs that make lookups slow in a table filled
// to 100%. The step is coprime with alloc, so a probe visits every slot.
static inline size_t mps_map_probe_step(mps_uint_t hash, size_t alloc) {
    static const uint8_t steps[16] = {1, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
    size_t step = steps[(hash >> 3) & 15];
    return step < alloc && (mps_uint_t)alloc % (mps_uint_t)step != 0 ? step : 1;
}

// Smallest table size of the growth sequence that holds [n] entries (shared with set).
size_t mps_map_alloc_for(size_t n);

// hash(key) as a C value, with inline paths for small ints and qstrs. Raises TypeError
// for unhashable keys.
mps_int_t mps_map_hash(mps_obj_t key);
// key equality as dicts use it: identity, then == unless both are small ints or qstrs.
static inline bool mps_map_keys_equal(mps_obj_t a, mps_obj_t b) {
    if (a == b) {
        return true;
    }
    // Two distinct small ints or qstrs (or one of each) are never equal.
    if ((MPS_OBJ_IS_SMALL_INT(a) || MPS_OBJ_IS_QSTR(a)) && (MPS_OBJ_IS_SMALL_INT(b) || MPS_OBJ_IS_QSTR(b))) {
        return false;
    }
    return mps_obj_equal(a, b);
}

// Key equality when [hash] is [key]'s hash (mps_map_hash): a stored key whose hash is
// known cheaply (small int, qstr, str) and differs is rejected without calling ==.
bool mps_map_keys_equal_hashed(mps_obj_t stored, mps_obj_t key, mps_int_t hash);

// Looks [q] up in a ROM table; MPS_OBJ_NULL if absent.
mps_obj_t mps_rom_map_lookup(const mps_rom_map_elem_t *table, size_t n, qstr q);

#endif // CORE_MAP_H
