// SPDX-License-Identifier: MIT
// dict, its views, and set/frozenset (core/objdict.c, core/objset.c).
#ifndef CORE_OBJDICT_H
#define CORE_OBJDICT_H

#include "core/map.h"

extern const mps_obj_type_t mps_type_dict;
extern const mps_obj_type_t mps_type_dict_view;
extern const mps_obj_type_t mps_type_dict_view_iter;
extern const mps_obj_type_t mps_type_set;
extern const mps_obj_type_t mps_type_frozenset;
extern const mps_obj_type_t mps_type_set_iter;

// A dict is one 16-byte block plus its table (see core/map.h for the layouts): a dict
// of up to MPS_MAP_ORDERED_MAX entries keeps insertion order, as in CPython; a larger
// one uses a hash table with MicroPython's sizes and order.
typedef struct {
    mps_obj_base_t base;
    mps_map_t map;
} mps_obj_dict_t;

// New dict with room for [n_expected] entries. Raises MemoryError.
mps_obj_t mps_obj_new_dict(size_t n_expected);
// dict[key] = value. Raises TypeError (unhashable key), MemoryError.
void mps_obj_dict_store(mps_obj_t dict, mps_obj_t key, mps_obj_t value);
// Value for [key] or MPS_OBJ_NULL.
mps_obj_t mps_obj_dict_get(mps_obj_t dict, mps_obj_t key);
void mps_obj_dict_delete(mps_obj_t dict, mps_obj_t key); // raises KeyError
mps_map_t *mps_obj_dict_get_map(mps_obj_t dict);
size_t mps_obj_dict_len(mps_obj_t dict);
// dict.update(src): [src] a mapping (anything with keys()) or an iterable of pairs.
void mps_obj_dict_update(mps_obj_t dict, mps_obj_t src);

// A set is one 16-byte block plus a table of keys with MicroPython's sizes.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t alloc;
    mps_uint_t used;
    mps_ref_t table; // mps_obj_t[alloc]: MPS_OBJ_NULL never used, MPS_OBJ_SENTINEL deleted
} mps_obj_set_t;

// New set of [n] items (duplicates collapse). Raises TypeError, MemoryError.
mps_obj_t mps_obj_new_set(size_t n, const mps_obj_t *items);
void mps_obj_set_store(mps_obj_t set, mps_obj_t item);
// New set with the items of any iterable.
mps_obj_t mps_obj_new_set_from_iter(mps_obj_t iterable);

#endif // CORE_OBJDICT_H
