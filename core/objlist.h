// SPDX-License-Identifier: MIT
// list: a header block and a separate growable array of items.
#ifndef CORE_OBJLIST_H
#define CORE_OBJLIST_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_list;
extern const mps_obj_type_t mps_type_list_iter;

// The header is one 16-byte block. An empty list has no items array (items == 0); the
// first append allocates 4 items (one block) and each further growth doubles the array,
// as MicroPython does, so a list built by appending costs what it costs on the device.
// Lists made from a sized source (literals, list(seq), seq * n, slices) get exactly
// the room they need.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t alloc;
    mps_uint_t len;
    mps_ref_t items; // mps_obj_t[alloc]
} mps_obj_list_t;

// New list of [n] items copied from [items] (NULL: all None). Raises MemoryError.
mps_obj_t mps_obj_new_list(size_t n, const mps_obj_t *items);
// New list with the items of any iterable. Raises TypeError / MemoryError.
mps_obj_t mps_obj_new_list_from_iter(mps_obj_t iterable);
// Appends [item]; returns None. Raises MemoryError.
mps_obj_t mps_obj_list_append(mps_obj_t list, mps_obj_t item);
// Appends every item of [iterable] (list += iterable). Returns [list].
mps_obj_t mps_obj_list_extend(mps_obj_t list, mps_obj_t iterable);
// Length and items array (valid until the list next changes size).
void mps_obj_list_get(mps_obj_t list, size_t *len, mps_obj_t **items);
// Sets the length; new items (when growing) are None.
void mps_obj_list_set_len(mps_obj_t list, size_t len);
// Sorts in place with optional key function (MPS_OBJ_NULL or None for none) and reverse
// flag. Stable. Raises what the comparisons or the key function raise; the list then
// still holds all of its items, in some order.
void mps_obj_list_sort(mps_obj_t list, mps_obj_t key_fn, bool reverse);

#endif // CORE_OBJLIST_H
