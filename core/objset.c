// SPDX-License-Identifier: MIT
// set and frozenset: open-addressing tables of keys, their methods and operators.
#include "core/objdict.h"

#include <string.h>

#include "core/gc.h"
#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objiter.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

static inline mps_obj_set_t *set_ptr(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static inline mps_obj_t *table_of(const mps_obj_set_t *s) {
    return MPS_PTR(mps_obj_t, s->table);
}

static inline bool is_set_or_frozen(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_set) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_frozenset);
}

static mps_obj_set_t *set_alloc(unsigned idx, size_t n) {
    mps_obj_set_t *s = mps_obj_new(mps_obj_set_t, idx);
    if (n) {
        s->table = MPS_REF(mps_mem_alloc(n * sizeof(mps_obj_t)));
        s->alloc = (mps_uint_t)n;
    }
    return s;
}

// Puts a key known to be absent into a table with a free slot.
static void insert_new(mps_obj_t *t, size_t alloc, mps_obj_t key) {
    mps_uint_t hash = (mps_uint_t)mps_map_hash(key);
    size_t pos = hash % (mps_uint_t)alloc;
    if (t[pos] != MPS_OBJ_NULL && t[pos] != MPS_OBJ_SENTINEL) {
        size_t step = mps_map_probe_step(hash, alloc);
        do {
            pos += step;
            if (pos >= alloc) {
                pos -= alloc;
            }
        } while (t[pos] != MPS_OBJ_NULL && t[pos] != MPS_OBJ_SENTINEL);
    }
    t[pos] = key;
}

// Rebuilds the table with [new_alloc] slots; with [may_fail] returns false instead of
// raising MemoryError.
static bool rehash_to(mps_obj_set_t *s, size_t new_alloc, bool may_fail) {
    mps_obj_t *old = table_of(s);
    mps_obj_t *t;
    if (may_fail) {
        t = gc_alloc(new_alloc * sizeof(mps_obj_t), MPS_KIND_RAW, false);
        if (t == NULL) {
            return false;
        }
    } else {
        t = mps_mem_alloc(new_alloc * sizeof(mps_obj_t));
    }
    for (size_t i = 0; i < s->alloc; i++) {
        if (old[i] != MPS_OBJ_NULL && old[i] != MPS_OBJ_SENTINEL) {
            insert_new(t, new_alloc, old[i]);
        }
    }
    s->alloc = (mps_uint_t)new_alloc;
    s->table = MPS_REF(t);
    if (old) {
        mps_mem_free(old);
    }
    return true;
}

// Finds [key]: returns its slot, or NULL. ADD inserts when absent; REMOVE deletes (the
// returned slot then no longer holds the key). Probing as for maps (core/map.h).
static mps_obj_t *lookup(mps_obj_set_t *s, mps_obj_t key, mps_map_lookup_kind_t kind) {
    mps_uint_t hash = (mps_uint_t)mps_map_hash(key);
    for (;;) {
        size_t alloc = s->alloc;
        if (alloc == 0) {
            if (kind != MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                return NULL;
            }
            rehash_to(s, mps_map_alloc_for(1), false);
            continue;
        }
        mps_obj_t *t = table_of(s);
        size_t pos = hash % (mps_uint_t)alloc, step = 0;
        mps_obj_t *avail = NULL;
        bool found_free = false;
        for (size_t n = 0; n < alloc; n++) {
            mps_obj_t k = t[pos];
            if (k == MPS_OBJ_NULL) {
                if (avail == NULL) {
                    avail = &t[pos];
                }
                found_free = true;
                break;
            }
            if (k == MPS_OBJ_SENTINEL) {
                if (avail == NULL) {
                    avail = &t[pos];
                }
            } else if (mps_map_keys_equal_hashed(k, key, (mps_int_t)hash)) {
                if (kind == MPS_MAP_LOOKUP_REMOVE_IF_FOUND) {
                    t[pos] = MPS_OBJ_SENTINEL;
                    s->used--;
                }
                return &t[pos];
            }
            if (step == 0) {
                step = mps_map_probe_step(hash, alloc);
            }
            pos += step;
            if (pos >= alloc) {
                pos -= alloc;
            }
        }
        if (kind != MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
        if (!found_free && avail != NULL && rehash_to(s, alloc, true)) {
            continue; // only deleted slots were left: rebuilt without them
        }
        if (avail != NULL) {
            *avail = key;
            s->used++;
            return avail;
        }
        rehash_to(s, mps_map_alloc_for(alloc + 1), false);
    }
}

static bool set_has(mps_obj_set_t *s, mps_obj_t key) {
    return lookup(s, key, MPS_MAP_LOOKUP) != NULL;
}

// The next key after *cur, or MPS_OBJ_NULL.
static mps_obj_t next_key(const mps_obj_set_t *s, size_t *cur) {
    mps_obj_t *t = table_of(s);
    for (size_t i = *cur; i < s->alloc; i++) {
        if (t[i] != MPS_OBJ_NULL && t[i] != MPS_OBJ_SENTINEL) {
            *cur = i + 1;
            return t[i];
        }
    }
    *cur = s->alloc;
    return MPS_OBJ_NULL;
}

#define FOR_EACH_KEY(s, k) \
    for (size_t cur_ = 0; ((k) = next_key((s), &cur_)) != MPS_OBJ_NULL;)

void mps_obj_set_store(mps_obj_t set, mps_obj_t item) {
    lookup(set_ptr(set), item, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
}

mps_obj_t mps_obj_new_set(size_t n, const mps_obj_t *items) {
    mps_obj_set_t *s = set_alloc(MPS_TYPE_IDX_set, n);
    for (size_t i = 0; i < n; i++) {
        lookup(s, items[i], MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    }
    return MPS_OBJ_FROM_PTR(s);
}

static mps_obj_t copy_as(unsigned idx, mps_obj_t src) {
    mps_obj_set_t *from = set_ptr(src);
    mps_obj_set_t *s = set_alloc(idx, from->alloc);
    if (from->alloc) {
        memcpy(table_of(s), table_of(from), from->alloc * sizeof(mps_obj_t));
    }
    s->used = from->used;
    return MPS_OBJ_FROM_PTR(s);
}

static void add_all(mps_obj_t set, mps_obj_t iterable) {
    mps_obj_set_t *s = set_ptr(set);
    if (is_set_or_frozen(iterable)) {
        mps_obj_t k;
        FOR_EACH_KEY(set_ptr(iterable), k) {
            lookup(s, k, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
        return;
    }
    if (mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_list) || mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_tuple)) {
        size_t n;
        mps_obj_t *items;
        mps_obj_get_array(iterable, &n, &items);
        for (size_t i = 0; i < n; i++) {
            lookup(s, items[i], MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
        return;
    }
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(iterable, &buf);
    for (mps_obj_t x; (x = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        lookup(s, x, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    }
}

static mps_obj_t new_from_iter(unsigned idx, mps_obj_t iterable) {
    if (is_set_or_frozen(iterable)) {
        return copy_as(idx, iterable);
    }
    mps_obj_t set = MPS_OBJ_FROM_PTR(set_alloc(idx, 0));
    add_all(set, iterable);
    return set;
}

mps_obj_t mps_obj_new_set_from_iter(mps_obj_t iterable) {
    return new_from_iter(MPS_TYPE_IDX_set, iterable);
}

// [o] as a set for reading: itself if it is one, else a new set of its items.
static mps_obj_t as_set(mps_obj_t o) {
    return is_set_or_frozen(o) ? o : mps_obj_new_set_from_iter(o);
}

static unsigned type_idx_of(mps_obj_t o) {
    return ((mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type;
}

// --- the set algebra (results take the type of [self]) -------------------------------------

static bool is_subset(mps_obj_t a, mps_obj_t b) {
    mps_obj_set_t *sa = set_ptr(a), *sb = set_ptr(b);
    if (sa->used > sb->used) {
        return false;
    }
    mps_obj_t k;
    FOR_EACH_KEY(sa, k) {
        if (!set_has(sb, k)) {
            return false;
        }
    }
    return true;
}

// self &= other, in place.
static void intersect_update(mps_obj_t self, mps_obj_t other) {
    other = as_set(other);
    mps_obj_t result = MPS_OBJ_FROM_PTR(set_alloc(type_idx_of(self), 0));
    mps_obj_t k;
    FOR_EACH_KEY(set_ptr(self), k) {
        if (set_has(set_ptr(other), k)) {
            mps_obj_set_store(result, k);
        }
    }
    // Take over the result's table.
    mps_obj_set_t *s = set_ptr(self), *r = set_ptr(result);
    if (s->table) {
        mps_mem_free(table_of(s));
    }
    *s = (mps_obj_set_t){.base = s->base, .alloc = r->alloc, .used = r->used, .table = r->table};
    r->table = 0;
    r->alloc = 0;
}

static void difference_update(mps_obj_t self, mps_obj_t other) {
    if (other == self) {
        mps_obj_set_t *s = set_ptr(self);
        if (s->table) {
            mps_mem_free(table_of(s));
        }
        s->table = 0;
        s->alloc = 0;
        s->used = 0;
        return;
    }
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(other, &buf);
    for (mps_obj_t x; (x = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        lookup(set_ptr(self), x, MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
}

static void symmetric_difference_update(mps_obj_t self, mps_obj_t other) {
    other = as_set(other);
    if (other == self) {
        difference_update(self, other);
        return;
    }
    mps_obj_t k;
    FOR_EACH_KEY(set_ptr(other), k) {
        if (lookup(set_ptr(self), k, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            mps_obj_set_store(self, k);
        }
    }
}

// --- methods -----------------------------------------------------------------------------------

static mps_obj_t set_add(mps_obj_t self, mps_obj_t item) {
    mps_obj_set_store(self, item);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(set_add_obj, set_add);

static mps_obj_t set_clear(mps_obj_t self) {
    difference_update(self, self);
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(set_clear_obj, set_clear);

static mps_obj_t set_copy(mps_obj_t self) {
    return copy_as(type_idx_of(self), self);
}
static MPS_DEFINE_FUN_1(set_copy_obj, set_copy);

static mps_obj_t set_discard(mps_obj_t self, mps_obj_t item) {
    lookup(set_ptr(self), item, MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(set_discard_obj, set_discard);

static mps_obj_t set_remove(mps_obj_t self, mps_obj_t item) {
    if (lookup(set_ptr(self), item, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mps_raise_KeyError(item);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(set_remove_obj, set_remove);

static mps_obj_t set_pop(mps_obj_t self) {
    mps_obj_set_t *s = set_ptr(self);
    size_t cur = 0;
    mps_obj_t k = next_key(s, &cur);
    if (k == MPS_OBJ_NULL) {
        mps_raise_msg(&mps_type_KeyError, "pop from an empty set");
    }
    lookup(s, k, MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    return k;
}
static MPS_DEFINE_FUN_1(set_pop_obj, set_pop);

static mps_obj_t set_update(size_t n_args, const mps_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        add_all(args[0], args[i]);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(set_update_obj, 1, MPS_FUN_ARGS_MAX, set_update);

static mps_obj_t set_union(size_t n_args, const mps_obj_t *args) {
    mps_obj_t res = set_copy(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        add_all(res, args[i]);
    }
    return res;
}
static MPS_DEFINE_FUN_VAR(set_union_obj, 1, MPS_FUN_ARGS_MAX, set_union);

static mps_obj_t set_intersection_update(size_t n_args, const mps_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        intersect_update(args[0], args[i]);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(set_intersection_update_obj, 1, MPS_FUN_ARGS_MAX, set_intersection_update);

static mps_obj_t set_intersection(size_t n_args, const mps_obj_t *args) {
    mps_obj_t res = set_copy(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        intersect_update(res, args[i]);
    }
    return res;
}
static MPS_DEFINE_FUN_VAR(set_intersection_obj, 1, MPS_FUN_ARGS_MAX, set_intersection);

static mps_obj_t set_difference_update(size_t n_args, const mps_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        difference_update(args[0], args[i]);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(set_difference_update_obj, 1, MPS_FUN_ARGS_MAX, set_difference_update);

static mps_obj_t set_difference(size_t n_args, const mps_obj_t *args) {
    mps_obj_t res = set_copy(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        difference_update(res, args[i] == args[0] ? res : args[i]);
    }
    return res;
}
static MPS_DEFINE_FUN_VAR(set_difference_obj, 1, MPS_FUN_ARGS_MAX, set_difference);

static mps_obj_t set_symmetric_difference_update(mps_obj_t self, mps_obj_t other) {
    symmetric_difference_update(self, other);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(set_symmetric_difference_update_obj, set_symmetric_difference_update);

static mps_obj_t set_symmetric_difference(mps_obj_t self, mps_obj_t other) {
    mps_obj_t res = set_copy(self);
    symmetric_difference_update(res, other == self ? res : other);
    return res;
}
static MPS_DEFINE_FUN_2(set_symmetric_difference_obj, set_symmetric_difference);

static mps_obj_t set_isdisjoint(mps_obj_t self, mps_obj_t other) {
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(other, &buf);
    for (mps_obj_t x; (x = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        if (set_has(set_ptr(self), x)) {
            return mps_const_false;
        }
    }
    return mps_const_true;
}
static MPS_DEFINE_FUN_2(set_isdisjoint_obj, set_isdisjoint);

static mps_obj_t set_issubset(mps_obj_t self, mps_obj_t other) {
    return mps_obj_new_bool(is_subset(self, as_set(other)));
}
static MPS_DEFINE_FUN_2(set_issubset_obj, set_issubset);

static mps_obj_t set_issuperset(mps_obj_t self, mps_obj_t other) {
    return mps_obj_new_bool(is_subset(as_set(other), self));
}
static MPS_DEFINE_FUN_2(set_issuperset_obj, set_issuperset);

// --- slots ---------------------------------------------------------------------------------------

static void set_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_set_t *s = set_ptr(o);
    bool frozen = mps_obj_is_type_idx(o, MPS_TYPE_IDX_frozenset);
    if (s->used == 0) {
        mps_print_str(print, frozen ? "frozenset()" : "set()");
        return;
    }
    mps_print_str(print, frozen ? "frozenset({" : "{");
    bool first = true;
    mps_obj_t k;
    FOR_EACH_KEY(s, k) {
        if (!first) {
            mps_print_str(print, ", ");
        }
        first = false;
        mps_obj_print(print, k, MPS_PRINT_REPR);
    }
    mps_print_str(print, frozen ? "})" : "}");
}

static mps_obj_t set_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                              const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    unsigned idx = type == &mps_type_frozenset ? MPS_TYPE_IDX_frozenset : MPS_TYPE_IDX_set;
    if (n_args == 0) {
        return MPS_OBJ_FROM_PTR(set_alloc(idx, 0));
    }
    if (idx == MPS_TYPE_IDX_frozenset && mps_obj_is_type_idx(args[0], MPS_TYPE_IDX_frozenset)) {
        return args[0]; // immutable: no copy needed
    }
    return new_from_iter(idx, args[0]);
}

// Order-independent mix of the items' hashes (frozenset only).
static mps_obj_t frozen_hash(mps_obj_set_t *s) {
    mps_uint_t h = 1927868237u;
    mps_obj_t k;
    FOR_EACH_KEY(s, k) {
        mps_uint_t ih = (mps_uint_t)mps_map_hash(k);
        h ^= (ih ^ (ih << 16) ^ 89869747u) * 3644798167u;
    }
    h = h * 69069u + 907133923u;
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(h & 0x3fffffff));
}

static mps_obj_t set_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_set_t *s = set_ptr(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(s->used != 0);
        case MPS_UNARY_OP_LEN: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)s->used);
        case MPS_UNARY_OP_HASH:
            return mps_obj_is_type_idx(o, MPS_TYPE_IDX_frozenset) ? frozen_hash(s) : MPS_OBJ_NULL;
        default: return MPS_OBJ_NULL;
    }
}

static mps_obj_t set_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op != MPS_BINARY_OP_CONTAINS) {
        rhs = mps_seq_unwrap(rhs);
    }
    if (op == MPS_BINARY_OP_CONTAINS) {
        return mps_obj_new_bool(set_has(set_ptr(lhs), rhs));
    }
    if (!is_set_or_frozen(rhs)) {
        if (op == MPS_BINARY_OP_EQUAL || op == MPS_BINARY_OP_NOT_EQUAL) {
            return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
        }
        return MPS_OBJ_NULL;
    }
    bool mutable_lhs = mps_obj_is_type_idx(lhs, MPS_TYPE_IDX_set);
    mps_obj_set_t *a = set_ptr(lhs), *b = set_ptr(rhs);
    switch (op) {
        case MPS_BINARY_OP_EQUAL: return mps_obj_new_bool(a->used == b->used && is_subset(lhs, rhs));
        case MPS_BINARY_OP_NOT_EQUAL: return mps_obj_new_bool(!(a->used == b->used && is_subset(lhs, rhs)));
        case MPS_BINARY_OP_LESS_EQUAL: return mps_obj_new_bool(is_subset(lhs, rhs));
        case MPS_BINARY_OP_LESS: return mps_obj_new_bool(a->used < b->used && is_subset(lhs, rhs));
        case MPS_BINARY_OP_MORE_EQUAL: return mps_obj_new_bool(is_subset(rhs, lhs));
        case MPS_BINARY_OP_MORE: return mps_obj_new_bool(a->used > b->used && is_subset(rhs, lhs));
        case MPS_BINARY_OP_INPLACE_OR:
        case MPS_BINARY_OP_INPLACE_AND:
        case MPS_BINARY_OP_INPLACE_SUBTRACT:
        case MPS_BINARY_OP_INPLACE_XOR:
            if (!mutable_lhs) {
                // frozenset |= x rebinds to a new frozenset.
                return set_binary_op(op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR, lhs, rhs);
            }
            break;
        case MPS_BINARY_OP_OR:
        case MPS_BINARY_OP_AND:
        case MPS_BINARY_OP_SUBTRACT:
        case MPS_BINARY_OP_XOR:
            lhs = set_copy(lhs);
            op = op - MPS_BINARY_OP_OR + MPS_BINARY_OP_INPLACE_OR;
            break;
        default:
            return MPS_OBJ_NULL;
    }
    switch (op) {
        case MPS_BINARY_OP_INPLACE_OR: add_all(lhs, rhs); break;
        case MPS_BINARY_OP_INPLACE_AND: intersect_update(lhs, rhs); break;
        case MPS_BINARY_OP_INPLACE_SUBTRACT: difference_update(lhs, rhs); break;
        default: symmetric_difference_update(lhs, rhs); break;
    }
    return lhs;
}

// --- iterator ---------------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t set;
    mps_uint_t cur;
} set_iter_t;

static mps_obj_t set_iter_next(mps_obj_t self) {
    set_iter_t *it = MPS_OBJ_TO_PTR(self);
    size_t cur = it->cur;
    mps_obj_t k = next_key(set_ptr(it->set), &cur);
    it->cur = (mps_uint_t)cur;
    return k == MPS_OBJ_NULL ? MPS_OBJ_STOP_ITERATION : k;
}

const mps_obj_type_t mps_type_set_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = set_iter_next,
};

static mps_obj_t set_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    set_iter_t *it = iter_buf ? (set_iter_t *)iter_buf : mps_obj_new(set_iter_t, MPS_TYPE_IDX_set_iter);
    it->base.type = MPS_TYPE_IDX_set_iter;
    it->set = self;
    it->cur = 0;
    return MPS_OBJ_FROM_PTR(it);
}

// The methods of frozenset come first; set's table continues with the mutating ones.
static const mps_rom_map_elem_t set_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_copy), MPS_ROM_PTR(&set_copy_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_difference), MPS_ROM_PTR(&set_difference_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_intersection), MPS_ROM_PTR(&set_intersection_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_isdisjoint), MPS_ROM_PTR(&set_isdisjoint_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_issubset), MPS_ROM_PTR(&set_issubset_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_issuperset), MPS_ROM_PTR(&set_issuperset_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_symmetric_difference), MPS_ROM_PTR(&set_symmetric_difference_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_union), MPS_ROM_PTR(&set_union_obj) },
    // set only
    { MPS_ROM_QSTR(MPS_QSTR_add), MPS_ROM_PTR(&set_add_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_clear), MPS_ROM_PTR(&set_clear_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_difference_update), MPS_ROM_PTR(&set_difference_update_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_discard), MPS_ROM_PTR(&set_discard_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_intersection_update), MPS_ROM_PTR(&set_intersection_update_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_pop), MPS_ROM_PTR(&set_pop_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_remove), MPS_ROM_PTR(&set_remove_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_symmetric_difference_update), MPS_ROM_PTR(&set_symmetric_difference_update_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_update), MPS_ROM_PTR(&set_update_obj) },
};
#define FROZENSET_N_LOCALS (8)

const mps_obj_type_t mps_type_set = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals = MPS_ROM_TABLE(set_locals_table),
};

const mps_obj_type_t mps_type_frozenset = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals = set_locals_table,
    .n_locals = FROZENSET_N_LOCALS,
};
