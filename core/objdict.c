// SPDX-License-Identifier: MIT
// dict: methods, operators, the keys/values/items views and their iterator.
#include "core/objdict.h"

#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objiter.h"
#include "core/objlist.h"
#include "core/objproperty.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

static inline mps_obj_dict_t *dict_ptr(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static mps_obj_dict_t *dict_new(void) {
    return mps_obj_new(mps_obj_dict_t, MPS_TYPE_IDX_dict);
}

mps_obj_t mps_obj_new_dict(size_t n_expected) {
    mps_obj_dict_t *d = dict_new();
    mps_map_init_dict(&d->map, n_expected);
    return MPS_OBJ_FROM_PTR(d);
}

mps_map_t *mps_obj_dict_get_map(mps_obj_t dict) {
    return &dict_ptr(dict)->map;
}

size_t mps_obj_dict_len(mps_obj_t dict) {
    return dict_ptr(dict)->map.used;
}

void mps_obj_dict_store(mps_obj_t dict, mps_obj_t key, mps_obj_t value) {
    mps_map_lookup(&dict_ptr(dict)->map, key, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

mps_obj_t mps_obj_dict_get(mps_obj_t dict, mps_obj_t key) {
    mps_map_elem_t *e = mps_map_lookup(&dict_ptr(dict)->map, key, MPS_MAP_LOOKUP);
    return e ? e->value : MPS_OBJ_NULL;
}

void mps_obj_dict_delete(mps_obj_t dict, mps_obj_t key) {
    if (mps_map_lookup(&dict_ptr(dict)->map, key, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mps_raise_KeyError(key);
    }
}

static mps_obj_t dict_copy_of(mps_obj_t src) {
    mps_obj_dict_t *d = dict_new();
    mps_map_copy(&d->map, &dict_ptr(src)->map);
    return MPS_OBJ_FROM_PTR(d);
}

// Stores one (key, value) pair given as any 2-item iterable.
static void store_pair(mps_obj_t dict, mps_obj_t pair) {
    if (mps_obj_is_type_idx(pair, MPS_TYPE_IDX_tuple) || mps_obj_is_type_idx(pair, MPS_TYPE_IDX_list)) {
        size_t n;
        mps_obj_t *kv;
        mps_obj_get_array(pair, &n, &kv);
        if (n != 2) {
            mps_raise_ValueError("dict update sequence has wrong length");
        }
        mps_obj_dict_store(dict, kv[0], kv[1]);
        return;
    }
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(pair, &buf);
    mps_obj_t k = mps_iternext(it);
    mps_obj_t v = k == MPS_OBJ_STOP_ITERATION ? k : mps_iternext(it);
    if (v == MPS_OBJ_STOP_ITERATION || mps_iternext(it) != MPS_OBJ_STOP_ITERATION) {
        mps_raise_ValueError("dict update sequence has wrong length");
    }
    mps_obj_dict_store(dict, k, v);
}

void mps_obj_dict_update(mps_obj_t dict, mps_obj_t src) {
    if (mps_obj_is_type_idx(src, MPS_TYPE_IDX_dict)) {
        if (src == dict) {
            return;
        }
        mps_map_t *map = &dict_ptr(src)->map;
        size_t cur = 0;
        for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
            mps_obj_dict_store(dict, e->key, e->value);
        }
        return;
    }
    mps_obj_t dest[2];
    mps_load_method_maybe(src, MPS_QSTR_keys, dest);
    mps_obj_iter_buf_t buf;
    if (dest[0] != MPS_OBJ_NULL) {
        // A mapping: its keys(), then src[key] for each.
        mps_obj_t keys = mps_call_method_n_kw(0, 0, dest);
        mps_obj_t it = mps_getiter(keys, &buf);
        for (mps_obj_t k; (k = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
            mps_obj_dict_store(dict, k, mps_subscr_load(src, k));
        }
        return;
    }
    mps_obj_t it = mps_getiter(src, &buf);
    for (mps_obj_t pair; (pair = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        store_pair(dict, pair);
    }
}

// Keyword arguments (qstr-object key, value pairs) into [dict].
static void store_kw(mps_obj_t dict, size_t n_kw, const mps_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        mps_obj_dict_store(dict, kw[2 * i], kw[2 * i + 1]);
    }
}

// --- slots ---------------------------------------------------------------------------------

static void dict_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_map_t *map = &dict_ptr(o)->map;
    mps_print_str(print, "{");
    size_t cur = 0;
    bool first = true;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        if (!first) {
            mps_print_str(print, ", ");
        }
        first = false;
        mps_obj_t value = e->value;
        mps_obj_print(print, e->key, MPS_PRINT_REPR);
        mps_print_str(print, ": ");
        mps_obj_print(print, value, MPS_PRINT_REPR);
    }
    mps_print_str(print, "}");
}

static mps_obj_t dict_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                               const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, true);
    mps_obj_t dict;
    if (n_args == 1 && mps_obj_is_type_idx(args[0], MPS_TYPE_IDX_dict)) {
        dict = dict_copy_of(args[0]);
    } else {
        dict = mps_obj_new_dict(n_args == 0 ? n_kw : 0);
        if (n_args == 1) {
            mps_obj_dict_update(dict, args[0]);
        }
    }
    store_kw(dict, n_kw, args + n_args);
    return dict;
}

static mps_obj_t dict_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_dict_t *d = dict_ptr(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(d->map.used != 0);
        case MPS_UNARY_OP_LEN: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)d->map.used);
        default: return MPS_OBJ_NULL;
    }
}

static bool dict_equal(mps_obj_t a, mps_obj_t b) {
    mps_map_t *ma = &dict_ptr(a)->map, *mb = &dict_ptr(b)->map;
    if (ma->used != mb->used) {
        return false;
    }
    size_t cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(ma, &cur)) != NULL;) {
        mps_map_elem_t *f = mps_map_lookup(mb, e->key, MPS_MAP_LOOKUP);
        if (f == NULL || !(f->value == e->value || mps_obj_equal(f->value, e->value))) {
            return false;
        }
    }
    return true;
}

static mps_obj_t dict_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op != MPS_BINARY_OP_CONTAINS) {
        rhs = mps_seq_unwrap(rhs);
    }
    bool rhs_dict = mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_dict);
    switch (op) {
        case MPS_BINARY_OP_CONTAINS:
            return mps_obj_new_bool(mps_map_lookup(&dict_ptr(lhs)->map, rhs, MPS_MAP_LOOKUP) != NULL);
        case MPS_BINARY_OP_EQUAL:
            return mps_obj_new_bool(rhs_dict && dict_equal(lhs, rhs));
        case MPS_BINARY_OP_NOT_EQUAL:
            return mps_obj_new_bool(!(rhs_dict && dict_equal(lhs, rhs)));
        case MPS_BINARY_OP_OR:
            if (!rhs_dict) {
                return MPS_OBJ_NULL;
            }
            lhs = dict_copy_of(lhs);
            mps_obj_dict_update(lhs, rhs);
            return lhs;
        case MPS_BINARY_OP_INPLACE_OR:
            mps_obj_dict_update(lhs, rhs);
            return lhs;
        default:
            return MPS_OBJ_NULL;
    }
}

static mps_obj_t dict_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    mps_map_t *map = &dict_ptr(self)->map;
    if (value == MPS_OBJ_SENTINEL) {
        mps_map_elem_t *e = mps_map_lookup(map, index, MPS_MAP_LOOKUP);
        if (e == NULL) {
            mps_raise_KeyError(index);
        }
        return e->value;
    }
    if (value == MPS_OBJ_NULL) {
        mps_obj_dict_delete(self, index);
    } else {
        mps_map_lookup(map, index, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
    return mps_const_none;
}

// --- views and iteration ----------------------------------------------------------------

typedef enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } view_kind_t;

typedef struct {
    mps_obj_base_t base;
    mps_obj_t dict;
    mps_uint_t kind;
} dict_view_t;

typedef struct {
    mps_obj_base_t base;
    mps_obj_t dict;
    mps_uint_t cur;
    mps_uint_t kind;
} dict_iter_t;

static mps_obj_t dict_iter_next(mps_obj_t self) {
    dict_iter_t *it = MPS_OBJ_TO_PTR(self);
    size_t cur = it->cur;
    mps_map_elem_t *e = mps_map_next(&dict_ptr(it->dict)->map, &cur);
    it->cur = (mps_uint_t)cur;
    if (e == NULL) {
        return MPS_OBJ_STOP_ITERATION;
    }
    switch (it->kind) {
        case VIEW_KEYS: return e->key;
        case VIEW_VALUES: return e->value;
        default: {
            mps_obj_t kv[2] = {e->key, e->value};
            return mps_obj_new_tuple(2, kv);
        }
    }
}

const mps_obj_type_t mps_type_dict_view_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = dict_iter_next,
};

static mps_obj_t new_dict_iter(mps_obj_t dict, view_kind_t kind, mps_obj_iter_buf_t *iter_buf) {
    dict_iter_t *it = iter_buf ? (dict_iter_t *)iter_buf : mps_obj_new(dict_iter_t, MPS_TYPE_IDX_dict_view_iter);
    it->base.type = MPS_TYPE_IDX_dict_view_iter;
    it->dict = dict;
    it->cur = 0;
    it->kind = kind;
    return MPS_OBJ_FROM_PTR(it);
}

static mps_obj_t dict_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    return new_dict_iter(self, VIEW_KEYS, iter_buf);
}

static mps_obj_t view_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    dict_view_t *v = MPS_OBJ_TO_PTR(self);
    return new_dict_iter(v->dict, (view_kind_t)v->kind, iter_buf);
}

static const qstr view_names[] = {MPS_QSTR_dict_keys, MPS_QSTR_dict_values, MPS_QSTR_dict_items};

static void view_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    dict_view_t *v = MPS_OBJ_TO_PTR(o);
    mps_printf(print, "%q([", view_names[v->kind]);
    mps_map_t *map = &dict_ptr(v->dict)->map;
    size_t cur = 0;
    bool first = true;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        if (!first) {
            mps_print_str(print, ", ");
        }
        first = false;
        mps_obj_t value = e->value;
        if (v->kind == VIEW_ITEMS) {
            mps_printf(print, "(%R, %R)", e->key, value);
        } else {
            mps_obj_print(print, v->kind == VIEW_KEYS ? e->key : value, MPS_PRINT_REPR);
        }
    }
    mps_print_str(print, "])");
}

static mps_obj_t view_unary_op(mps_unary_op_t op, mps_obj_t o) {
    dict_view_t *v = MPS_OBJ_TO_PTR(o);
    size_t n = dict_ptr(v->dict)->map.used;
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(n != 0);
        case MPS_UNARY_OP_LEN: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)n);
        // keys() and items() act as sets and are unhashable; values() hashes by identity.
        case MPS_UNARY_OP_HASH: return v->kind == VIEW_VALUES ? mps_generic_unary_op(op, o) : MPS_OBJ_NULL;
        default: return MPS_OBJ_NULL;
    }
}

static bool view_contains(dict_view_t *v, mps_obj_t x) {
    mps_map_t *map = &dict_ptr(v->dict)->map;
    if (v->kind == VIEW_KEYS) {
        return mps_map_lookup(map, x, MPS_MAP_LOOKUP) != NULL;
    }
    if (v->kind == VIEW_ITEMS) {
        if (!mps_obj_is_type_idx(x, MPS_TYPE_IDX_tuple)) {
            return false;
        }
        size_t n;
        mps_obj_t *kv;
        mps_obj_get_array(x, &n, &kv);
        if (n != 2) {
            return false;
        }
        mps_map_elem_t *e = mps_map_lookup(map, kv[0], MPS_MAP_LOOKUP);
        return e != NULL && (e->value == kv[1] || mps_obj_equal(e->value, kv[1]));
    }
    size_t cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        if (e->value == x || mps_obj_equal(e->value, x)) {
            return true;
        }
    }
    return false;
}

// keys() and items() views behave as sets for operators, as in CPython: the view is
// turned into a set and the set does the work.
static mps_obj_t view_as_set(mps_obj_t o) {
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_dict_view)) {
        return mps_obj_new_set_from_iter(o);
    }
    return o;
}

static mps_obj_t view_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    dict_view_t *v = MPS_OBJ_TO_PTR(lhs);
    if (op == MPS_BINARY_OP_CONTAINS) {
        return mps_obj_new_bool(view_contains(v, rhs));
    }
    if (v->kind == VIEW_VALUES) {
        return MPS_OBJ_NULL;
    }
    bool rhs_set = mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_set) || mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_frozenset);
    bool rhs_view = mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_dict_view) &&
                    ((dict_view_t *)MPS_OBJ_TO_PTR(rhs))->kind != VIEW_VALUES;
    switch (op) {
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
            if (!rhs_set && !rhs_view) {
                return mps_obj_new_bool(op == MPS_BINARY_OP_NOT_EQUAL);
            }
            break;
        case MPS_BINARY_OP_LESS:
        case MPS_BINARY_OP_LESS_EQUAL:
        case MPS_BINARY_OP_MORE:
        case MPS_BINARY_OP_MORE_EQUAL:
            if (!rhs_set && !rhs_view) {
                return MPS_OBJ_NULL;
            }
            break;
        case MPS_BINARY_OP_OR:
        case MPS_BINARY_OP_AND:
        case MPS_BINARY_OP_SUBTRACT:
        case MPS_BINARY_OP_XOR:
            // Any iterable on the right, as CPython allows for views.
            if (!rhs_set) {
                rhs = mps_obj_new_set_from_iter(rhs);
            }
            break;
        default:
            return MPS_OBJ_NULL;
    }
    return mps_binary_op(op, view_as_set(lhs), view_as_set(rhs));
}

const mps_obj_type_t mps_type_dict_view = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_dict_view,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
};

static mps_obj_t new_view(mps_obj_t dict, view_kind_t kind) {
    dict_view_t *v = mps_obj_new(dict_view_t, MPS_TYPE_IDX_dict_view);
    v->dict = dict;
    v->kind = kind;
    return MPS_OBJ_FROM_PTR(v);
}

// --- methods --------------------------------------------------------------------------------

static mps_obj_t dict_keys(mps_obj_t self) {
    return new_view(self, VIEW_KEYS);
}
static MPS_DEFINE_FUN_1(dict_keys_obj, dict_keys);

static mps_obj_t dict_values(mps_obj_t self) {
    return new_view(self, VIEW_VALUES);
}
static MPS_DEFINE_FUN_1(dict_values_obj, dict_values);

static mps_obj_t dict_items(mps_obj_t self) {
    return new_view(self, VIEW_ITEMS);
}
static MPS_DEFINE_FUN_1(dict_items_obj, dict_items);

static mps_obj_t dict_get(size_t n_args, const mps_obj_t *args) {
    mps_obj_t v = mps_obj_dict_get(args[0], args[1]);
    if (v == MPS_OBJ_NULL) {
        return n_args > 2 ? args[2] : mps_const_none;
    }
    return v;
}
static MPS_DEFINE_FUN_VAR(dict_get_obj, 2, 3, dict_get);

static mps_obj_t dict_pop(size_t n_args, const mps_obj_t *args) {
    mps_map_elem_t *e = mps_map_lookup(&dict_ptr(args[0])->map, args[1], MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        if (n_args > 2) {
            return args[2];
        }
        mps_raise_KeyError(args[1]);
    }
    return e->value;
}
static MPS_DEFINE_FUN_VAR(dict_pop_obj, 2, 3, dict_pop);

static mps_obj_t dict_popitem(mps_obj_t self) {
    mps_map_t *map = &dict_ptr(self)->map;
    if (map->used == 0) {
        mps_raise_msg(&mps_type_KeyError, "popitem(): dictionary is empty");
    }
    // The last entry: the newest one while the dict is ordered, as in CPython.
    mps_map_elem_t *last = NULL;
    size_t cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        last = e;
    }
    mps_obj_t kv[2] = {last->key, last->value};
    mps_obj_t item = mps_obj_new_tuple(2, kv);
    mps_map_lookup(map, kv[0], MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    return item;
}
static MPS_DEFINE_FUN_1(dict_popitem_obj, dict_popitem);

static mps_obj_t dict_setdefault(size_t n_args, const mps_obj_t *args) {
    mps_map_elem_t *e = mps_map_lookup(&dict_ptr(args[0])->map, args[1], MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == MPS_OBJ_NULL) {
        e->value = n_args > 2 ? args[2] : mps_const_none;
    }
    return e->value;
}
static MPS_DEFINE_FUN_VAR(dict_setdefault_obj, 2, 3, dict_setdefault);

static mps_obj_t dict_update(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_args > 2) {
        mps_raise_arg_count(1, n_args - 1);
    }
    if (n_args == 2) {
        mps_obj_dict_update(args[0], args[1]);
    }
    store_kw(args[0], n_kw, args + n_args);
    return mps_const_none;
}
static MPS_DEFINE_FUN_KW(dict_update_obj, 1, dict_update);

static mps_obj_t dict_copy(mps_obj_t self) {
    return dict_copy_of(self);
}
static MPS_DEFINE_FUN_1(dict_copy_obj, dict_copy);

static mps_obj_t dict_clear(mps_obj_t self) {
    mps_map_clear(&dict_ptr(self)->map);
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(dict_clear_obj, dict_clear);

// dict.fromkeys(iterable[, value]); args[0] is the class.
static mps_obj_t dict_fromkeys(size_t n_args, const mps_obj_t *args) {
    mps_obj_t value = n_args > 2 ? args[2] : mps_const_none;
    mps_obj_t len = mps_obj_len_maybe(args[1]);
    mps_obj_t dict = mps_obj_new_dict(len == MPS_OBJ_NULL ? 0 : (size_t)MPS_OBJ_SMALL_INT_VALUE(len));
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(args[1], &buf);
    for (mps_obj_t k; (k = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        mps_obj_dict_store(dict, k, value);
    }
    return dict;
}
static MPS_DEFINE_FUN_VAR(dict_fromkeys_fun_obj, 2, 3, dict_fromkeys);

static MPS_DEFINE_CLASSMETHOD(dict_fromkeys_obj, &dict_fromkeys_fun_obj);

static const mps_rom_map_elem_t dict_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_clear), MPS_ROM_PTR(&dict_clear_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_copy), MPS_ROM_PTR(&dict_copy_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_fromkeys), MPS_ROM_PTR(&dict_fromkeys_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_get), MPS_ROM_PTR(&dict_get_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_items), MPS_ROM_PTR(&dict_items_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_keys), MPS_ROM_PTR(&dict_keys_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_pop), MPS_ROM_PTR(&dict_pop_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_popitem), MPS_ROM_PTR(&dict_popitem_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_setdefault), MPS_ROM_PTR(&dict_setdefault_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_update), MPS_ROM_PTR(&dict_update_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_values), MPS_ROM_PTR(&dict_values_obj) },
};

const mps_obj_type_t mps_type_dict = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals = MPS_ROM_TABLE(dict_locals_table),
};
