// SPDX-License-Identifier: MIT
// dict (insertion ordered, as in Python 3.7+), and set/frozenset.
#ifndef CORE_OBJDICT_H
#define CORE_OBJDICT_H

#include "core/map.h"

extern const mps_obj_type_t mps_type_dict;
extern const mps_obj_type_t mps_type_set;
extern const mps_obj_type_t mps_type_frozenset;

typedef struct {
    mps_obj_base_t base;
    mps_map_t map;
} mps_obj_dict_t;

mps_obj_t mps_obj_new_dict(size_t n_expected);
void mps_obj_dict_store(mps_obj_t dict, mps_obj_t key, mps_obj_t value);
// Value for [key] or MPS_OBJ_NULL.
mps_obj_t mps_obj_dict_get(mps_obj_t dict, mps_obj_t key);
void mps_obj_dict_delete(mps_obj_t dict, mps_obj_t key); // raises KeyError
mps_map_t *mps_obj_dict_get_map(mps_obj_t dict);
size_t mps_obj_dict_len(mps_obj_t dict);

mps_obj_t mps_obj_new_set(size_t n, const mps_obj_t *items);
void mps_obj_set_store(mps_obj_t set, mps_obj_t item);

#endif // CORE_OBJDICT_H
