// SPDX-License-Identifier: MIT
// list: a header block and a separate growable array of items.
#ifndef CORE_OBJLIST_H
#define CORE_OBJLIST_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_list;

typedef struct {
    mps_obj_base_t base;
    mps_uint_t alloc;
    mps_uint_t len;
    mps_ref_t items; // mps_obj_t[alloc]
} mps_obj_list_t;

mps_obj_t mps_obj_new_list(size_t n, const mps_obj_t *items); // items may be NULL (None)
mps_obj_t mps_obj_list_append(mps_obj_t list, mps_obj_t item);
void mps_obj_list_get(mps_obj_t list, size_t *len, mps_obj_t **items);
void mps_obj_list_set_len(mps_obj_t list, size_t len);
// Sorts in place with optional key function and reverse flag (stable).
void mps_obj_list_sort(mps_obj_t list, mps_obj_t key_fn, bool reverse);

#endif // CORE_OBJLIST_H
