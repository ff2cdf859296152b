// SPDX-License-Identifier: MIT
// Hash maps: open addressing with linear probing (hashed) or a dense array (ordered).
#include "core/map.h"

#include "core/state.h"

#include <string.h>

#include "core/gc.h"
#include "core/mem.h"
#include "core/objstr.h"
#include "core/runtime.h"

// Table sizes a growing hashed map takes, measured on a 32-bit MicroPython so that
// a map of n entries costs the same heap: tables fill to 100% before growing.
static const uint32_t alloc_sizes[] = {
    0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691,
    919, 1223, 1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907, 82361, 123541,
    185303, 277951, 416923, 625367, 938051,
};

size_t mps_map_alloc_for(size_t n) {
    for (size_t i = 0; i < sizeof(alloc_sizes) / sizeof(alloc_sizes[0]); i++) {
        if (alloc_sizes[i] >= n) {
            return alloc_sizes[i];
        }
    }
    // Past the measured sizes: grow by half, odd so that small-int keys spread.
    size_t a = alloc_sizes[sizeof(alloc_sizes) / sizeof(alloc_sizes[0]) - 1];
    while (a < n) {
        a = (a + a / 2) | 1;
    }
    return a;
}

mps_int_t mps_map_hash(mps_obj_t key) {
    if (MPS_OBJ_IS_SMALL_INT(key)) {
        return MPS_OBJ_SMALL_INT_VALUE(key);
    }
    if (MPS_OBJ_IS_QSTR(key)) {
        return (mps_int_t)qstr_hash(MPS_OBJ_QSTR_VALUE(key));
    }
    return MPS_OBJ_SMALL_INT_VALUE(mps_obj_hash(key));
}

bool mps_map_keys_equal_hashed(mps_obj_t stored, mps_obj_t key, mps_int_t hash) {
    if (stored == key) {
        return true;
    }
    mps_int_t h;
    if (MPS_OBJ_IS_SMALL_INT(stored)) {
        if (MPS_OBJ_IS_SMALL_INT(key) || MPS_OBJ_IS_QSTR(key)) {
            return false;
        }
        h = MPS_OBJ_SMALL_INT_VALUE(stored);
    } else if (MPS_OBJ_IS_QSTR(stored)) {
        if (MPS_OBJ_IS_SMALL_INT(key) || MPS_OBJ_IS_QSTR(key)) {
            return false;
        }
        h = (mps_int_t)qstr_hash(MPS_OBJ_QSTR_VALUE(stored));
    } else if (mps_obj_is_type_idx(stored, MPS_TYPE_IDX_str)) {
        // Cached in the object since the key was stored, except in a read-only (ROM)
        // str, which computes it each time.
        mps_uint_t cached = ((const mps_obj_str_t *)MPS_OBJ_TO_PTR(stored))->hash & MPS_SMALL_INT_MAX;
        h = (mps_int_t)(cached ? cached : mps_obj_str_get_hash(stored) & MPS_SMALL_INT_MAX);
    } else {
        return mps_obj_equal(stored, key);
    }
    // Equal objects hash alike, so different hashes settle it without ==.
    if (h != hash) {
        return false;
    }
    if (mps_obj_is_str(key) && !MPS_OBJ_IS_SMALL_INT(stored)) {
        return mps_obj_str_equal(stored, key);
    }
    return mps_obj_equal(stored, key);
}

static inline mps_map_elem_t *table_of(const mps_map_t *map) {
    return MPS_PTR(mps_map_elem_t, map->table);
}

static void init(mps_map_t *map, size_t n, bool ordered_while_small) {
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->is_ordered = ordered_while_small && n <= MPS_MAP_ORDERED_MAX;
    map->ordered_while_small = ordered_while_small;
    map->used = 0;
    map->alloc = (mps_uint_t)n;
    map->table = n ? MPS_REF(mps_mem_alloc(n * sizeof(mps_map_elem_t))) : 0;
}

void mps_map_init(mps_map_t *map, size_t n) {
    init(map, n, false);
}

void mps_map_init_dict(mps_map_t *map, size_t n) {
    init(map, n, true);
}

// A change to a watched map (a class's dict) invalidates the attribute lookup cache.
static inline void note_change(const mps_map_t *map, mps_map_lookup_kind_t kind) {
    if (kind != MPS_MAP_LOOKUP && map->watched) {
        mps_state.class_epoch++;
    }
}

void mps_map_clear(mps_map_t *map) {
    note_change(map, MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (!map->is_fixed && map->table) {
        mps_mem_free(table_of(map));
    }
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->is_ordered = map->ordered_while_small;
    map->used = 0;
    map->alloc = 0;
    map->table = 0;
}

void mps_map_copy(mps_map_t *dest, const mps_map_t *src) {
    *dest = *src;
    dest->is_fixed = 0;
    if (src->alloc) {
        mps_map_elem_t *t = mps_mem_alloc(src->alloc * sizeof(mps_map_elem_t));
        memcpy(t, table_of(src), src->alloc * sizeof(mps_map_elem_t));
        dest->table = MPS_REF(t);
    }
}

mps_map_elem_t *mps_map_next(const mps_map_t *map, size_t *cur) {
    mps_map_elem_t *t = table_of(map);
    size_t end = map->is_ordered ? map->used : map->alloc;
    for (size_t i = *cur; i < end; i++) {
        mps_obj_t k = t[i].key;
        if (k != MPS_OBJ_NULL && k != MPS_OBJ_SENTINEL) {
            *cur = i + 1;
            return &t[i];
        }
    }
    *cur = end;
    return NULL;
}

// Puts a key known to be absent into a hashed table with a free slot; no equality tests.
static mps_map_elem_t *insert_new(mps_map_elem_t *t, size_t alloc, mps_obj_t key, mps_int_t hash) {
    size_t pos = (mps_uint_t)hash % (mps_uint_t)alloc;
    if (t[pos].key != MPS_OBJ_NULL && t[pos].key != MPS_OBJ_SENTINEL) {
        size_t step = mps_map_probe_step((mps_uint_t)hash, alloc);
        do {
            pos += step;
            if (pos >= alloc) {
                pos -= alloc;
            }
        } while (t[pos].key != MPS_OBJ_NULL && t[pos].key != MPS_OBJ_SENTINEL);
    }
    t[pos].key = key;
    return &t[pos];
}

// Moves every entry into a new hashed table of [new_alloc] slots (and out of the
// ordered layout if it was in it). The old table is freed, as MicroPython does.
// With [may_fail] returns false instead of raising MemoryError.
static bool rehash_to(mps_map_t *map, size_t new_alloc, bool may_fail) {
    mps_map_elem_t *old = table_of(map);
    size_t old_end = map->is_ordered ? map->used : map->alloc;
    mps_map_elem_t *t;
    if (may_fail) {
        t = gc_alloc(new_alloc * sizeof(mps_map_elem_t), MPS_KIND_RAW, false);
        if (t == NULL) {
            return false;
        }
    } else {
        t = mps_mem_alloc(new_alloc * sizeof(mps_map_elem_t));
    }
    for (size_t i = 0; i < old_end; i++) {
        mps_obj_t k = old[i].key;
        if (k != MPS_OBJ_NULL && k != MPS_OBJ_SENTINEL) {
            insert_new(t, new_alloc, k, mps_map_hash(k))->value = old[i].value;
        }
    }
    map->is_ordered = 0;
    map->alloc = (mps_uint_t)new_alloc;
    map->table = MPS_REF(t);
    if (old) {
        mps_mem_free(old);
    }
    return true;
}

static void rehash(mps_map_t *map, size_t new_alloc) {
    rehash_to(map, new_alloc, false);
}

static mps_map_elem_t *lookup_ordered(mps_map_t *map, mps_obj_t key, mps_map_lookup_kind_t kind) {
    bool simple = MPS_OBJ_IS_SMALL_INT(key) || MPS_OBJ_IS_QSTR(key);
    mps_int_t hash = 0;
    if (!simple) {
        // Unhashable keys are refused even by a linear search, and the hash lets most
        // comparisons be skipped (a str caches it).
        hash = mps_map_hash(key);
    }
    mps_map_elem_t *t = table_of(map);
    size_t used = map->used;
    bool fast = map->all_keys_are_qstrs && MPS_OBJ_IS_QSTR(key);
    for (size_t i = 0; i < used; i++) {
        if (fast ? t[i].key == key
                 : simple ? mps_map_keys_equal(t[i].key, key)
                          : mps_map_keys_equal_hashed(t[i].key, key, hash)) {
            if (kind == MPS_MAP_LOOKUP_REMOVE_IF_FOUND) {
                // Keep the array dense and ordered; hand back the removed pair in the
                // slot just past the used part.
                mps_map_elem_t removed = t[i];
                memmove(&t[i], &t[i + 1], (used - i - 1) * sizeof(mps_map_elem_t));
                map->used = used - 1;
                t[used - 1] = removed;
                return &t[used - 1];
            }
            return &t[i];
        }
    }
    if (kind != MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    if (used == map->alloc) {
        size_t new_alloc = mps_map_alloc_for(used + 1);
        if (map->ordered_while_small && new_alloc > MPS_MAP_ORDERED_MAX) {
            rehash(map, new_alloc);
            return mps_map_lookup(map, key, kind);
        }
        t = mps_mem_realloc(t, new_alloc * sizeof(mps_map_elem_t));
        memset(&t[used], 0, (new_alloc - used) * sizeof(mps_map_elem_t));
        map->table = MPS_REF(t);
        map->alloc = (mps_uint_t)new_alloc;
    }
    if (!MPS_OBJ_IS_QSTR(key)) {
        map->all_keys_are_qstrs = 0;
    }
    map->used = used + 1;
    t[used].key = key;
    t[used].value = MPS_OBJ_NULL;
    return &t[used];
}

mps_map_elem_t *mps_map_lookup(mps_map_t *map, mps_obj_t key, mps_map_lookup_kind_t kind) {
    note_change(map, kind);
    if (map->is_fixed && kind != MPS_MAP_LOOKUP) {
        return NULL;
    }
    if (map->is_ordered) {
        return lookup_ordered(map, key, kind);
    }
    if (map->alloc == 0) {
        if (kind != MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
        mps_int_t h = mps_map_hash(key);
        rehash(map, mps_map_alloc_for(1));
        if (!MPS_OBJ_IS_QSTR(key)) {
            map->all_keys_are_qstrs = 0;
        }
        map->used = 1;
        mps_map_elem_t *e = insert_new(table_of(map), map->alloc, key, h);
        e->value = MPS_OBJ_NULL;
        return e;
    }
    mps_int_t hash = mps_map_hash(key);
    bool fast = map->all_keys_are_qstrs && MPS_OBJ_IS_QSTR(key);
    for (;;) {
        mps_map_elem_t *t = table_of(map);
        size_t alloc = map->alloc;
        size_t pos = (mps_uint_t)hash % (mps_uint_t)alloc;
        size_t step = 0; // computed at the first collision
        mps_map_elem_t *avail = NULL;
        bool found_free = false;
        for (size_t n = 0; n < alloc; n++) {
            mps_map_elem_t *e = &t[pos];
            mps_obj_t k = e->key;
            if (k == MPS_OBJ_NULL) {
                if (kind != MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                    return NULL;
                }
                if (avail == NULL) {
                    avail = e;
                }
                found_free = true;
                break;
            }
            if (k == MPS_OBJ_SENTINEL) {
                if (avail == NULL) {
                    avail = e;
                }
            } else if (fast ? k == key : mps_map_keys_equal_hashed(k, key, hash)) {
                if (kind == MPS_MAP_LOOKUP_REMOVE_IF_FOUND) {
                    map->used--;
                    e->key = MPS_OBJ_SENTINEL;
                }
                return e;
            }
            if (step == 0) {
                step = mps_map_probe_step((mps_uint_t)hash, alloc);
            }
            pos += step;
            if (pos >= alloc) {
                pos -= alloc;
            }
        }
        if (kind != MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
        if (!found_free && avail != NULL && rehash_to(map, alloc, true)) {
            // No never-used slot was left, only deleted ones: rebuilt without them so
            // that misses stop early again (skipped if there is no memory to do it).
            continue;
        }
        if (avail != NULL) {
            if (!MPS_OBJ_IS_QSTR(key)) {
                map->all_keys_are_qstrs = 0;
            }
            map->used++;
            avail->key = key;
            avail->value = MPS_OBJ_NULL;
            return avail;
        }
        rehash(map, mps_map_alloc_for(alloc + 1));
    }
}

// Finds qstr [key] in a map whose keys are all qstrs: word compares only.
static mps_map_elem_t *find_qstr(const mps_map_t *map, qstr q, mps_obj_t key) {
    mps_map_elem_t *t = table_of(map);
    size_t alloc = map->alloc;
    if (map->is_ordered || alloc <= 8) {
        // Scanning a few slots beats hashing and a division (attributes of instances).
        // In a hashed table NULL and deleted slots never equal a qstr.
        size_t n = map->is_ordered ? map->used : alloc;
        for (size_t i = 0; i < n; i++) {
            if (t[i].key == key) {
                return &t[i];
            }
        }
        return NULL;
    }
    mps_uint_t hash = qstr_hash(q);
    size_t pos = hash % (mps_uint_t)alloc;
    mps_obj_t k = t[pos].key;
    if (k == key) {
        return &t[pos];
    }
    size_t step = mps_map_probe_step(hash, alloc);
    for (size_t n = 1; n < alloc && k != MPS_OBJ_NULL; n++) {
        pos += step;
        if (pos >= alloc) {
            pos -= alloc;
        }
        k = t[pos].key;
        if (k == key) {
            return &t[pos];
        }
    }
    return NULL;
}

mps_map_elem_t *mps_map_lookup_qstr(mps_map_t *map, qstr q, mps_map_lookup_kind_t kind) {
    note_change(map, kind);
    mps_obj_t key = MPS_OBJ_NEW_QSTR(q);
    if (map->all_keys_are_qstrs && map->alloc != 0 &&
        (kind == MPS_MAP_LOOKUP || (kind == MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND && !map->is_fixed))) {
        mps_map_elem_t *e = find_qstr(map, q, key);
        // Storing to an existing key (self.x = ...) needs nothing more.
        if (e != NULL || kind == MPS_MAP_LOOKUP) {
            return e;
        }
    }
    return mps_map_lookup(map, key, kind);
}

mps_obj_t mps_rom_map_lookup(const mps_rom_map_elem_t *table, size_t n, qstr q) {
    mps_rom_obj_t key = MPS_ROM_QSTR(q);
    for (size_t i = 0; i < n; i++) {
        if (table[i].key == key) {
            return (mps_obj_t)table[i].value;
        }
    }
    return MPS_OBJ_NULL;
}
