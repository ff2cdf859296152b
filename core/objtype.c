// SPDX-License-Identifier: MIT
// Classes: `type` itself, classes made by the `class` statement (C3 MRO, native bases),
// the shared slot table of their instances (special methods), isinstance/issubclass
// and super().
#include "core/objtype.h"

#include <string.h>

#include "core/mem.h"
#include "core/objbool.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objiter.h"
#include "core/objlist.h"
#include "core/objproperty.h"
#include "core/objsingleton.h"
#include "core/objslotmeth.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"

// --- class objects -------------------------------------------------------------------

static inline const mps_obj_base_t *obj_base(mps_obj_t o) {
    return (const mps_obj_base_t *)MPS_OBJ_TO_PTR(o);
}

bool mps_obj_is_type(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_type);
}

bool mps_obj_is_user_class(mps_obj_t o) {
    return mps_obj_is_type(o) && (((const mps_obj_class_t *)MPS_OBJ_TO_PTR(o))->flags & MPS_TYPE_FLAG_USER);
}

static inline mps_obj_class_t *as_class(mps_obj_t cls) {
    return (mps_obj_class_t *)MPS_OBJ_TO_PTR(cls);
}

static inline const mps_obj_type_t *as_static(mps_obj_t cls) {
    return (const mps_obj_type_t *)MPS_OBJ_TO_PTR(cls);
}

// True if [o] is an instance of a class made at run time.
static inline bool is_user_instance(mps_obj_t o) {
    return MPS_OBJ_IS_OBJ(o) && obj_base(o)->type >= MPS_TYPE_TABLE_SIZE;
}

static inline mps_obj_class_t *instance_class(mps_obj_t o) {
    return MPS_PTR(mps_obj_class_t, obj_base(o)->type);
}

static inline bool class_has_native(const mps_obj_class_t *k) {
    return (k->flags & MPS_CLASS_FLAG_NATIVE) != 0;
}

static const mps_obj_type_t *class_native(const mps_obj_class_t *k);

// The bases of a class (see mps_obj_class_t for the layout with a stored MRO).
static void class_bases(const mps_obj_class_t *k, size_t *n, mps_obj_t **items) {
    mps_obj_tuple_get(k->bases, n, items);
    if (k->flags & MPS_CLASS_FLAG_MRO) {
        *n = (size_t)MPS_OBJ_SMALL_INT_VALUE((*items)[0]);
        *items += 1;
    }
}

qstr mps_obj_type_name(mps_obj_t cls) {
    // Both kinds of class object share the header (base, flags, name).
    return as_class(cls)->name;
}

const mps_obj_type_t *mps_obj_type_native(mps_obj_t cls) {
    return mps_obj_is_user_class(cls) ? class_native(as_class(cls)) : as_static(cls);
}

// Walks a class's MRO one class at a time without building it: single inheritance
// follows bases[0] (or a static type's parent chain), and a class that stored its C3
// linearisation hands over to that tuple.
typedef struct {
    mps_obj_t next;
    const mps_obj_t *items; // non-NULL while reading a stored MRO tuple
    size_t i, n;
} mro_walk_t;

static void mro_start(mro_walk_t *w, mps_obj_t cls) {
    w->next = cls;
    w->items = NULL;
    w->i = w->n = 0;
}

static mps_obj_t mro_next(mro_walk_t *w) {
    if (w->items != NULL) {
        return w->i < w->n ? w->items[w->i++] : MPS_OBJ_NULL;
    }
    mps_obj_t c = w->next;
    if (c == MPS_OBJ_NULL) {
        return MPS_OBJ_NULL;
    }
    if (mps_obj_is_user_class(c)) {
        mps_obj_class_t *k = as_class(c);
        size_t n;
        mps_obj_t *items;
        mps_obj_tuple_get(k->bases, &n, &items);
        if (k->flags & MPS_CLASS_FLAG_MRO) {
            // The rest of the MRO follows the bases in the same tuple.
            size_t n_bases = (size_t)MPS_OBJ_SMALL_INT_VALUE(items[0]);
            w->items = items;
            w->i = 1 + n_bases;
            w->n = n;
        } else {
            w->next = n == 0 ? MPS_OBJ_FROM_PTR(&mps_type_object) : items[0];
        }
    } else {
        const mps_obj_type_t *t = as_static(c);
        if (t == &mps_type_object) {
            w->next = MPS_OBJ_NULL;
        } else {
            w->next = MPS_OBJ_FROM_PTR(t->parent != NULL ? t->parent : &mps_type_object);
        }
    }
    return c;
}

// The built-in type instances of [k] are built on: the first static type of its MRO
// (MPS_CLASS_FLAG_NATIVE says whether there is one other than object).
static const mps_obj_type_t *class_native(const mps_obj_class_t *k) {
    if (!class_has_native(k)) {
        return &mps_type_object;
    }
    mro_walk_t w;
    mro_start(&w, MPS_OBJ_FROM_PTR(k));
    for (mps_obj_t c; (c = mro_next(&w)) != MPS_OBJ_NULL;) {
        if (!mps_obj_is_user_class(c)) {
            return as_static(c);
        }
    }
    return &mps_type_object;
}

mps_obj_t mps_obj_class_mro(mps_obj_t cls) {
    mro_walk_t w;
    size_t n = 0;
    mro_start(&w, cls);
    while (mro_next(&w) != MPS_OBJ_NULL) {
        n++;
    }
    mps_obj_t tuple = mps_obj_new_tuple(n, NULL);
    mps_obj_t *items;
    mps_obj_tuple_get(tuple, &n, &items);
    mro_start(&w, cls);
    for (size_t i = 0; i < n; i++) {
        items[i] = mro_next(&w);
    }
    return tuple;
}

// Looks [attr] up in one class of an MRO (not its bases).
static mps_obj_t lookup_in_one(mps_obj_t c, qstr attr) {
    if (mps_obj_is_user_class(c)) {
        mps_map_elem_t *e =
            mps_map_lookup_qstr(mps_obj_dict_get_map(as_class(c)->locals_dict), attr, MPS_MAP_LOOKUP);
        return e != NULL ? e->value : MPS_OBJ_NULL;
    }
    const mps_obj_type_t *t = as_static(c);
    mps_obj_t m = t->locals != NULL ? mps_rom_map_lookup(t->locals, t->n_locals, attr) : MPS_OBJ_NULL;
    if (m == MPS_OBJ_NULL && t != &mps_type_object && t != &mps_type_type) {
        m = mps_obj_slot_method(t, attr);
    }
    return m;
}

// Looks [attr] up along the MRO; sets *where to the class it was found in.
// [user_only] skips static types (special methods come from their slots instead).
static mps_obj_t class_lookup_uncached(mps_obj_t cls, qstr attr, bool user_only, mps_obj_t *where) {
    mro_walk_t w;
    mro_start(&w, cls);
    for (mps_obj_t c; (c = mro_next(&w)) != MPS_OBJ_NULL;) {
        if (user_only && !mps_obj_is_user_class(c)) {
            continue;
        }
        mps_obj_t m = lookup_in_one(c, attr);
        if (m != MPS_OBJ_NULL) {
            *where = c;
            return m;
        }
    }
    *where = MPS_OBJ_NULL;
    return MPS_OBJ_NULL;
}

// The MRO walk, through a small direct-mapped cache (mps_state.class_cache): a method
// call on an instance otherwise searches every class dict up to object's, each time.
static mps_obj_t class_lookup_where(mps_obj_t cls, qstr attr, bool user_only, mps_obj_t *where) {
    size_t slot = ((cls >> 4) ^ (attr * 31u) ^ (user_only ? 0x80u : 0u)) & (MPS_CLASS_CACHE_SIZE - 1);
    mps_class_cache_entry_t *e = &mps_state.class_cache[slot];
    mps_obj_t found_in;
    mps_obj_t m;
    if (e->cls == cls && e->attr == attr && e->user_only == user_only && e->epoch == mps_state.class_epoch) {
        m = e->member;
        found_in = e->where;
    } else {
        m = class_lookup_uncached(cls, attr, user_only, &found_in);
        // Looking up may run no Python code, so the epoch read above is still current.
        e->cls = cls;
        e->attr = (uint16_t)attr;
        e->user_only = user_only;
        e->epoch = mps_state.class_epoch;
        e->member = m;
        e->where = found_in;
    }
    if (where != NULL && m != MPS_OBJ_NULL) {
        *where = found_in;
    }
    return m;
}

mps_obj_t mps_obj_class_lookup(mps_obj_t cls, qstr attr) {
    return class_lookup_where(cls, attr, false, NULL);
}

static inline mps_obj_t user_lookup(mps_obj_t cls, qstr attr) {
    return class_lookup_where(cls, attr, true, NULL);
}

static mps_obj_t call_member(mps_obj_t self, mps_obj_t member, size_t n_args, const mps_obj_t *args);

bool mps_obj_is_subclass(mps_obj_t cls, mps_obj_t base) {
    if (cls == base || base == MPS_OBJ_FROM_PTR(&mps_type_object)) {
        return true;
    }
    mro_walk_t w;
    mro_start(&w, cls);
    for (mps_obj_t c; (c = mro_next(&w)) != MPS_OBJ_NULL;) {
        if (c == base) {
            return true;
        }
    }
    return false;
}

bool mps_obj_is_instance(mps_obj_t o, mps_obj_t cls) {
    return mps_obj_is_subclass(mps_obj_get_class(o), cls);
}

void mps_obj_class_dir(mps_obj_t cls, mps_obj_t list) {
    mro_walk_t w;
    mro_start(&w, cls);
    for (mps_obj_t c; (c = mro_next(&w)) != MPS_OBJ_NULL;) {
        if (mps_obj_is_user_class(c)) {
            mps_map_t *map = mps_obj_dict_get_map(as_class(c)->locals_dict);
            size_t cur = 0;
            for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
                mps_obj_list_append(list, e->key);
            }
        } else {
            const mps_obj_type_t *t = as_static(c);
            for (size_t i = 0; t->locals != NULL && i < t->n_locals; i++) {
                mps_obj_list_append(list, (mps_obj_t)t->locals[i].key);
            }
        }
    }
}

// --- making a class ----------------------------------------------------------------

// Number of classes in the MRO of [cls].
static size_t mro_len(mps_obj_t cls) {
    mro_walk_t w;
    size_t n = 0;
    mro_start(&w, cls);
    while (mro_next(&w) != MPS_OBJ_NULL) {
        n++;
    }
    return n;
}

// The C3 linearisation of a class with several bases: merge the bases' MROs and the
// list of bases, each time taking the first head that is in no other list's tail.
// Returns the tuple for mps_obj_class_t.bases: (n_bases, bases..., MRO after cls...).
// Scratch space is raw heap freed before returning, so only the tuple remains.
static mps_obj_t c3_bases_and_mro(size_t n_bases, const mps_obj_t *bases) {
    size_t n_seq = n_bases + 1;
    size_t total = 0;
    for (size_t i = 0; i < n_bases; i++) {
        total += mro_len(bases[i]);
    }
    // One raw block: per sequence its start and length and read position, then the
    // bases' MROs one after another, then the output.
    size_t *len = mps_mem_alloc((3 * n_seq) * sizeof(size_t) + (2 * total) * sizeof(mps_obj_t));
    size_t *pos = len + n_seq;
    size_t *start = pos + n_seq;
    mps_obj_t *merged = (mps_obj_t *)(start + n_seq);
    mps_obj_t *out = merged + total;
    size_t off = 0;
    for (size_t i = 0; i < n_bases; i++) {
        mro_walk_t w;
        mro_start(&w, bases[i]);
        start[i] = off;
        for (mps_obj_t c; (c = mro_next(&w)) != MPS_OBJ_NULL;) {
            merged[off++] = c;
        }
        len[i] = off - start[i];
    }
    #define SEQ(i, k) ((i) == n_bases ? bases[k] : merged[start[i] + (k)])
    len[n_bases] = n_bases;
    size_t n_out = 0;
    for (;;) {
        bool any_left = false;
        mps_obj_t pick = MPS_OBJ_NULL;
        for (size_t i = 0; i < n_seq && pick == MPS_OBJ_NULL; i++) {
            if (pos[i] >= len[i]) {
                continue;
            }
            any_left = true;
            mps_obj_t head = SEQ(i, pos[i]);
            bool in_tail = false;
            for (size_t j = 0; j < n_seq && !in_tail; j++) {
                for (size_t k = pos[j] + 1; k < len[j]; k++) {
                    if (SEQ(j, k) == head) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                pick = head;
            }
        }
        if (!any_left) {
            break;
        }
        if (pick == MPS_OBJ_NULL) {
            vstr_t vstr;
            mps_print_t pr;
            vstr_init_print(&vstr, 64, &pr);
            mps_print_str(&pr, "Cannot create a consistent method resolution\norder (MRO) for bases");
            for (size_t i = 0; i < n_bases; i++) {
                mps_printf(&pr, "%s %q", i == 0 ? "" : ",", mps_obj_type_name(bases[i]));
            }
            mps_raise_msg(&mps_type_TypeError, vstr_str(&vstr));
        }
        out[n_out++] = pick;
        for (size_t i = 0; i < n_seq; i++) {
            if (pos[i] < len[i] && SEQ(i, pos[i]) == pick) {
                pos[i]++;
            }
        }
    }
    #undef SEQ
    mps_obj_t tuple = mps_obj_new_tuple(1 + n_bases + n_out, NULL);
    size_t n;
    mps_obj_t *items;
    mps_obj_tuple_get(tuple, &n, &items);
    items[0] = MPS_OBJ_NEW_SMALL_INT((mps_int_t)n_bases);
    memcpy(items + 1, bases, n_bases * sizeof(mps_obj_t));
    memcpy(items + 1 + n_bases, out, n_out * sizeof(mps_obj_t));
    mps_mem_free(len);
    return tuple;
}

// True if [v] (a class attribute) is a descriptor that instance access must consult.
static bool is_descriptor(mps_obj_t v) {
    if (mps_obj_is_type_idx(v, MPS_TYPE_IDX_property)) {
        return true;
    }
    if (!is_user_instance(v)) {
        return false;
    }
    mps_obj_t vc = MPS_OBJ_FROM_PTR(instance_class(v));
    return user_lookup(vc, MPS_QSTR___get__) != MPS_OBJ_NULL || user_lookup(vc, MPS_QSTR___set__) != MPS_OBJ_NULL ||
           user_lookup(vc, MPS_QSTR___delete__) != MPS_OBJ_NULL;
}

// The hint flags one class attribute contributes.
static uint16_t attr_hints(mps_obj_t key, mps_obj_t value) {
    uint16_t f = 0;
    if (MPS_OBJ_IS_QSTR(key)) {
        switch (MPS_OBJ_QSTR_VALUE(key)) {
            case MPS_QSTR___getattr__:
                f |= MPS_CLASS_FLAG_GETATTR;
                break;
            case MPS_QSTR___setattr__:
            case MPS_QSTR___delattr__:
                f |= MPS_CLASS_FLAG_SETATTR;
                break;
            case MPS_QSTR___del__:
                f |= MPS_CLASS_FLAG_DEL;
                break;
            default:
                break;
        }
    }
    if (is_descriptor(value)) {
        f |= MPS_CLASS_FLAG_DESCRIPTORS;
    }
    return f;
}

#define CLASS_HINT_FLAGS \
    (MPS_CLASS_FLAG_DESCRIPTORS | MPS_CLASS_FLAG_GETATTR | MPS_CLASS_FLAG_SETATTR | MPS_CLASS_FLAG_DEL)

// The static types of the MRO must agree on one native layout: the most derived one.
static const mps_obj_type_t *find_native_base(mps_obj_t cls) {
    const mps_obj_type_t *native = &mps_type_object;
    mro_walk_t w;
    mro_start(&w, cls);
    for (mps_obj_t c; (c = mro_next(&w)) != MPS_OBJ_NULL;) {
        if (mps_obj_is_user_class(c) || c == MPS_OBJ_FROM_PTR(&mps_type_object)) {
            continue;
        }
        const mps_obj_type_t *t = as_static(c);
        if (native == &mps_type_object) {
            native = t;
        } else if (!mps_obj_is_subclass(MPS_OBJ_FROM_PTR(native), c) &&
                   !((native->flags & t->flags) & MPS_TYPE_FLAG_IS_EXCEPTION)) {
            mps_raise_TypeError("multiple bases have instance lay-out conflict");
        }
    }
    return native;
}

mps_obj_t mps_obj_new_class(qstr name, mps_obj_t bases, mps_obj_t dict) {
    size_t n_bases;
    mps_obj_t *base_items;
    mps_obj_tuple_get(bases, &n_bases, &base_items);
    uint16_t flags = MPS_TYPE_FLAG_USER | MPS_TYPE_FLAG_BASETYPE;
    for (size_t i = 0; i < n_bases; i++) {
        mps_obj_t b = base_items[i];
        if (!mps_obj_is_type(b)) {
            mps_raise_TypeError("type is not an acceptable base type");
        }
        if (mps_obj_is_user_class(b)) {
            flags |= as_class(b)->flags & CLASS_HINT_FLAGS;
        } else if (b == MPS_OBJ_FROM_PTR(&mps_type_bool) || b == MPS_OBJ_FROM_PTR(&mps_type_NoneType)) {
            mps_raise_msg_varg(&mps_type_TypeError, "type '%q' is not an acceptable base type",
                               mps_obj_type_name(b));
        }
    }
    // With several bases the MRO is computed (and checked) before anything is made.
    mps_obj_t stored = n_bases > 1 ? c3_bases_and_mro(n_bases, base_items) : bases;
    mps_obj_class_t *k = mps_obj_new(mps_obj_class_t, MPS_TYPE_IDX_type);
    mps_obj_t cls = MPS_OBJ_FROM_PTR(k);
    k->flags = flags | (n_bases > 1 ? MPS_CLASS_FLAG_MRO : 0); // before the MRO walks below
    k->name = (uint16_t)name;
    k->bases = stored;
    k->locals_dict = dict;
    // Lookups through this class may be cached: its dict's changes must be seen, and
    // entries for a freed class at this address must die.
    mps_obj_dict_get_map(dict)->watched = 1;
    mps_state.class_epoch++;
    const mps_obj_type_t *native = find_native_base(cls);
    if (native != &mps_type_object) {
        flags |= MPS_CLASS_FLAG_NATIVE;
    }
    if (native->flags & MPS_TYPE_FLAG_IS_EXCEPTION) {
        flags |= MPS_TYPE_FLAG_IS_EXCEPTION;
    }
    flags |= k->flags & MPS_CLASS_FLAG_MRO;
    mps_map_t *map = mps_obj_dict_get_map(dict);
    size_t cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        flags |= attr_hints(e->key, e->value);
    }
    k->flags = flags;
    // __set_name__ lets descriptors learn the name they were bound to. Iterate over a
    // snapshot: a __set_name__ may add class attributes.
    bool may_set_name = false;
    cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        may_set_name |= is_user_instance(e->value);
    }
    if (may_set_name) {
        size_t n = map->used, i = 0;
        mps_obj_t *snap = mps_mem_alloc(2 * n * sizeof(mps_obj_t) + sizeof(mps_obj_t));
        cur = 0;
        for (mps_map_elem_t *e; i < n && (e = mps_map_next(map, &cur)) != NULL; i++) {
            snap[2 * i] = e->key;
            snap[2 * i + 1] = e->value;
        }
        for (size_t j = 0; j < i; j++) {
            mps_obj_t v = snap[2 * j + 1];
            if (!is_user_instance(v)) {
                continue; // built-in objects have no __set_name__
            }
            // A special method: looked up on the class only (never via __getattr__).
            mps_obj_t set_name = user_lookup(MPS_OBJ_FROM_PTR(instance_class(v)), MPS_QSTR___set_name__);
            if (set_name != MPS_OBJ_NULL) {
                mps_obj_t args[2] = {cls, snap[2 * j]};
                call_member(v, set_name, 2, args);
            }
        }
        mps_mem_free(snap);
    }
    return cls;
}

// --- instances -----------------------------------------------------------------------

// Allocates an instance of user class [cls] with an empty members map; its native
// part (if any) is left to be made later.
static mps_obj_instance_t *instance_alloc(mps_obj_t cls) {
    mps_obj_class_t *k = as_class(cls);
    size_t size = sizeof(mps_obj_instance_t) + (class_has_native(k) ? sizeof(mps_obj_t) : 0);
    mps_obj_instance_t *o = mps_mem_alloc_kind(size, MPS_KIND_INSTANCE, (k->flags & MPS_CLASS_FLAG_DEL) != 0);
    o->base.type = MPS_REF(k);
    mps_map_init(&o->members, 0);
    return o;
}

mps_obj_t mps_obj_instance_native(mps_obj_t o) {
    if (!is_user_instance(o)) {
        return o;
    }
    mps_obj_class_t *k = instance_class(o);
    if (!class_has_native(k)) {
        return o;
    }
    mps_obj_instance_t *inst = MPS_OBJ_TO_PTR(o);
    if (inst->subobj[0] == MPS_OBJ_NULL) {
        // Used before __init__ made it (or __init__ never called the base): as the
        // native type's constructor with no arguments would make it.
        const mps_obj_type_t *native = class_native(k);
        inst->subobj[0] = native->make_new(native, 0, 0, NULL);
    }
    return inst->subobj[0];
}

// Calls [member] (found on o's class) as a method of [self] with [n_args] args.
static mps_obj_t call_member(mps_obj_t self, mps_obj_t member, size_t n_args, const mps_obj_t *args) {
    mps_obj_t call[2 + 3];
    mps_obj_t cls = MPS_OBJ_FROM_PTR(instance_class(self));
    call[1] = MPS_OBJ_NULL;
    if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod)) {
        call[0] = mps_obj_static_class_method_fun(member);
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_classmethod)) {
        call[0] = mps_obj_static_class_method_fun(member);
        call[1] = cls;
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_fun_builtin)) {
        call[0] = member; // found in a class: not bound (see bind_member)
    } else {
        mps_convert_member_lookup(self, (const mps_obj_type_t *)as_class(cls), member, call);
    }
    for (size_t i = 0; i < n_args; i++) {
        call[2 + i] = args[i];
    }
    if (call[1] == MPS_OBJ_NULL) {
        return mps_call_function_n_kw(call[0], n_args, 0, call + 2);
    }
    return mps_call_method_n_kw(n_args, 0, call);
}

// Calls special method [attr] of instance [self] if its class defines one; returns
// false if it does not.
static bool call_special(mps_obj_t self, qstr attr, size_t n_args, const mps_obj_t *args, mps_obj_t *result) {
    mps_obj_t m = user_lookup(MPS_OBJ_FROM_PTR(instance_class(self)), attr);
    if (m == MPS_OBJ_NULL) {
        return false;
    }
    *result = call_member(self, m, n_args, args);
    return true;
}

static void instance_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_obj_class_t *k = instance_class(self);
    bool is_exc = (k->flags & MPS_TYPE_FLAG_IS_EXCEPTION) != 0;
    if (kind == MPS_PRINT_EXC || (kind == MPS_PRINT_STR && is_exc)) {
        // The message of an exception (a traceback prints "Name: " before it): a
        // user __str__, else the native exception's; never __repr__, as
        // BaseException.__str__ comes first in the MRO.
        mps_obj_t res;
        if (call_special(self, MPS_QSTR___str__, 0, NULL, &res)) {
            mps_obj_print(print, res, MPS_PRINT_STR);
        } else {
            mps_obj_print(print, mps_obj_instance_native(self), kind);
        }
        return;
    }
    mps_obj_t res;
    if ((kind != MPS_PRINT_REPR && call_special(self, MPS_QSTR___str__, 0, NULL, &res)) ||
        call_special(self, MPS_QSTR___repr__, 0, NULL, &res)) {
        if (!mps_obj_is_str(res)) {
            mps_raise_msg_varg(&mps_type_TypeError, "__%s__ returned non-string (type %s)",
                               kind == MPS_PRINT_REPR ? "repr" : "str", mps_obj_get_type_str(res));
        }
        mps_obj_print(print, res, MPS_PRINT_STR);
        return;
    }
    if (class_has_native(k)) {
        mps_obj_t native = mps_obj_instance_native(self);
        if (is_exc && kind == MPS_PRINT_REPR) {
            // The native repr names the built-in class ("ValueError(...)"): name ours.
            vstr_t vstr;
            mps_print_t pr;
            vstr_init_print(&vstr, 16, &pr);
            mps_obj_print(&pr, native, kind);
            const char *paren = memchr(vstr.buf, '(', vstr.len);
            mps_print_str(print, qstr_str(k->name));
            if (paren != NULL) {
                mps_print_strn(print, paren, vstr.len - (size_t)(paren - vstr.buf));
            }
            return;
        }
        mps_obj_print(print, native, kind);
        return;
    }
    mps_printf(print, "<%q object at %p>", (qstr)k->name, MPS_OBJ_TO_PTR(self));
}

static void bind_member(mps_obj_t self, mps_obj_t cls, const mps_obj_type_t *type, mps_obj_t member,
                        mps_obj_t *dest);

// Calls [fun] with [prefix] (unless MPS_OBJ_NULL) before the [n_args] positional and
// [n_kw] keyword arguments of a call; small calls build the argument array on the C
// stack so that making an instance allocates nothing but the instance.
#define SMALL_CALL_WORDS (10)
static mps_obj_t call_prefixed(mps_obj_t fun, mps_obj_t prefix, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (prefix == MPS_OBJ_NULL) {
        return mps_call_function_n_kw(fun, n_args, n_kw, args);
    }
    size_t n = n_args + 2 * n_kw;
    mps_obj_t buf[SMALL_CALL_WORDS];
    mps_obj_t *a = n + 2 <= SMALL_CALL_WORDS ? buf : mps_mem_alloc((n + 2) * sizeof(mps_obj_t));
    a[0] = fun;
    a[1] = prefix;
    memcpy(a + 2, args, n * sizeof(mps_obj_t));
    mps_obj_t res = mps_call_method_n_kw(n_args, n_kw, a);
    if (a != buf) {
        mps_mem_free(a);
    }
    return res;
}

// Calls class attribute [member] of instance [self] as a method with a full call's
// arguments.
static mps_obj_t call_member_n_kw(mps_obj_t self, mps_obj_t member, size_t n_args, size_t n_kw,
                                  const mps_obj_t *args) {
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t call[2] = {MPS_OBJ_NULL, MPS_OBJ_NULL};
    bind_member(self, MPS_OBJ_FROM_PTR(k), (const mps_obj_type_t *)k, member, call);
    return call_prefixed(call[0], call[1], n_args, n_kw, args);
}

// Calls a user class: __new__ (if defined) then __init__, then makes the native part
// from the same arguments if __init__ did not (via super().__init__).
static mps_obj_t instance_make_new(mps_obj_t cls, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_class_t *k = as_class(cls);
    mps_obj_t self;
    mps_obj_t new_fn = user_lookup(cls, MPS_QSTR___new__);
    if (new_fn != MPS_OBJ_NULL) {
        if (mps_obj_is_type_idx(new_fn, MPS_TYPE_IDX_staticmethod)) {
            new_fn = mps_obj_static_class_method_fun(new_fn);
        }
        self = call_prefixed(new_fn, cls, n_args, n_kw, args);
        if (!is_user_instance(self) || !mps_obj_is_subclass(MPS_OBJ_FROM_PTR(instance_class(self)), cls)) {
            return self; // CPython runs __init__ only on an instance of the class called
        }
    } else {
        self = MPS_OBJ_FROM_PTR(instance_alloc(cls));
    }
    mps_obj_t init_fn = user_lookup(cls, MPS_QSTR___init__);
    if (init_fn != MPS_OBJ_NULL) {
        mps_obj_t res = call_member_n_kw(self, init_fn, n_args, n_kw, args);
        if (res != mps_const_none) {
            mps_raise_msg_varg(&mps_type_TypeError, "__init__() should return None, not '%s'",
                               mps_obj_get_type_str(res));
        }
    } else if (new_fn == MPS_OBJ_NULL && !class_has_native(k) && n_args + n_kw > 0) {
        mps_raise_msg_varg(&mps_type_TypeError, "%q() takes no arguments", (qstr)k->name);
    }
    if (class_has_native(k)) {
        mps_obj_instance_t *inst = MPS_OBJ_TO_PTR(self);
        if (inst->subobj[0] == MPS_OBJ_NULL) {
            const mps_obj_type_t *native = class_native(k);
            inst->subobj[0] = native->make_new(native, n_args, n_kw, args);
        }
    }
    return self;
}

static mps_obj_t instance_call(mps_obj_t self, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t m = user_lookup(MPS_OBJ_FROM_PTR(k), MPS_QSTR___call__);
    if (m == MPS_OBJ_NULL) {
        const mps_obj_type_t *native = class_native(k);
        if (native->call != NULL) {
            return native->call(mps_obj_instance_native(self), n_args, n_kw, args);
        }
        mps_raise_msg_varg(&mps_type_TypeError, "'%q' object isn't callable", (qstr)k->name);
    }
    return call_member_n_kw(self, m, n_args, n_kw, args);
}

// Special method behind each unary operator (0: none).
static const uint16_t unary_op_method[MPS_UNARY_OP_NUM] = {
    [MPS_UNARY_OP_POSITIVE] = MPS_QSTR___pos__,
    [MPS_UNARY_OP_NEGATIVE] = MPS_QSTR___neg__,
    [MPS_UNARY_OP_INVERT] = MPS_QSTR___invert__,
    [MPS_UNARY_OP_BOOL] = MPS_QSTR___bool__,
    [MPS_UNARY_OP_LEN] = MPS_QSTR___len__,
    [MPS_UNARY_OP_HASH] = MPS_QSTR___hash__,
    [MPS_UNARY_OP_ABS] = MPS_QSTR___abs__,
    [MPS_UNARY_OP_INT] = MPS_QSTR___int__,
    [MPS_UNARY_OP_FLOAT] = MPS_QSTR___float__,
    [MPS_UNARY_OP_COMPLEX] = MPS_QSTR___complex__,
    [MPS_UNARY_OP_SIZEOF] = MPS_QSTR___sizeof__,
};

static mps_obj_t instance_unary_op(mps_unary_op_t op, mps_obj_t self) {
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t cls = MPS_OBJ_FROM_PTR(k);
    if (op == MPS_UNARY_OP_NOT) {
        mps_obj_t b = instance_unary_op(MPS_UNARY_OP_BOOL, self);
        return mps_obj_new_bool(b == mps_const_false);
    }
    qstr meth = unary_op_method[op];
    mps_obj_t m = meth ? user_lookup(cls, meth) : MPS_OBJ_NULL;
    if (op == MPS_UNARY_OP_HASH && m == mps_const_none) {
        mps_raise_msg_varg(&mps_type_TypeError, "unsupported type for __hash__: '%q'", (qstr)k->name);
    }
    if (m != MPS_OBJ_NULL) {
        mps_obj_t res = call_member(self, m, 0, NULL);
        switch (op) {
            case MPS_UNARY_OP_BOOL:
                return mps_obj_new_bool(mps_obj_is_true(res));
            case MPS_UNARY_OP_HASH:
                if (MPS_OBJ_IS_SMALL_INT(res)) {
                    return res;
                }
                if (res == mps_const_false || res == mps_const_true) {
                    return MPS_OBJ_NEW_SMALL_INT(res == mps_const_true);
                }
                if (!mps_obj_is_int(res)) {
                    mps_raise_TypeError("__hash__() should return an int");
                }
                // A big int result is folded to a small int.
                return MPS_OBJ_NEW_SMALL_INT((mps_int_t)mps_obj_int_get_truncated(res));
            default:
                return res;
        }
    }
    if (op == MPS_UNARY_OP_BOOL) {
        // No __bool__: truth is len() != 0 when there is a __len__.
        mps_obj_t len_fn = user_lookup(cls, MPS_QSTR___len__);
        if (len_fn != MPS_OBJ_NULL) {
            return mps_obj_new_bool(mps_obj_is_true(call_member(self, len_fn, 0, NULL)));
        }
    }
    if (class_has_native(k)) {
        return mps_unary_op(op, mps_obj_instance_native(self));
    }
    switch (op) {
        case MPS_UNARY_OP_BOOL:
            return mps_const_true;
        case MPS_UNARY_OP_HASH:
            // A class defining __eq__ without __hash__ is unhashable, as in Python 3.
            if (user_lookup(cls, MPS_QSTR___eq__) != MPS_OBJ_NULL) {
                mps_raise_msg_varg(&mps_type_TypeError, "unsupported type for __hash__: '%q'", (qstr)k->name);
            }
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)((mps_uint_t)self >> 2));
        default:
            return MPS_OBJ_NULL;
    }
}

// Special method behind each binary operator (0: none). The in-place and reflected
// blocks parallel the plain one, so they are filled by the same list.
#define BINARY_OPS(X) \
    X(OR, or) X(XOR, xor) X(AND, and) X(LSHIFT, lshift) X(RSHIFT, rshift) X(ADD, add) \
    X(SUBTRACT, sub) X(MULTIPLY, mul) X(MAT_MULTIPLY, matmul) X(FLOOR_DIVIDE, floordiv) \
    X(TRUE_DIVIDE, truediv) X(MODULO, mod) X(POWER, pow)
static const uint16_t binary_op_method[MPS_BINARY_OP_NUM] = {
    [MPS_BINARY_OP_LESS] = MPS_QSTR___lt__,
    [MPS_BINARY_OP_MORE] = MPS_QSTR___gt__,
    [MPS_BINARY_OP_EQUAL] = MPS_QSTR___eq__,
    [MPS_BINARY_OP_LESS_EQUAL] = MPS_QSTR___le__,
    [MPS_BINARY_OP_MORE_EQUAL] = MPS_QSTR___ge__,
    [MPS_BINARY_OP_NOT_EQUAL] = MPS_QSTR___ne__,
    [MPS_BINARY_OP_CONTAINS] = MPS_QSTR___contains__,
    [MPS_BINARY_OP_DIVMOD] = MPS_QSTR___divmod__,
#define PLAIN(op, name) [MPS_BINARY_OP_##op] = MPS_QSTR___##name##__,
#define INPLACE(op, name) [MPS_BINARY_OP_INPLACE_##op] = MPS_QSTR___i##name##__,
#define REVERSE(op, name) [MPS_BINARY_OP_REVERSE_##op] = MPS_QSTR___r##name##__,
    BINARY_OPS(PLAIN) BINARY_OPS(INPLACE) BINARY_OPS(REVERSE)
#undef PLAIN
#undef INPLACE
#undef REVERSE
};

// Calls method [m] of [self] with [arg]; NotImplemented becomes MPS_OBJ_NULL.
static mps_obj_t call_binary(mps_obj_t self, mps_obj_t m, mps_obj_t arg) {
    mps_obj_t res = call_member(self, m, 1, &arg);
    return res == mps_const_notimplemented ? MPS_OBJ_NULL : res;
}

// Reflected forms are called with the instance as [lhs]: self.__radd__(other).
static mps_obj_t instance_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    mps_obj_class_t *k = instance_class(lhs);
    mps_obj_t cls = MPS_OBJ_FROM_PTR(k);
    mps_binary_op_t orig_op = op;
    for (;;) {
        qstr meth = binary_op_method[op];
        mps_obj_t m = meth ? user_lookup(cls, meth) : MPS_OBJ_NULL;
        if (m != MPS_OBJ_NULL) {
            mps_obj_t res = call_binary(lhs, m, rhs);
            if (res != MPS_OBJ_NULL && op == MPS_BINARY_OP_CONTAINS) {
                res = mps_obj_new_bool(mps_obj_is_true(res));
            }
            return res;
        }
        if (op >= MPS_BINARY_OP_INPLACE_OR && op <= MPS_BINARY_OP_INPLACE_POWER) {
            // x += y without __iadd__ is x = x + y.
            op = (mps_binary_op_t)(op - MPS_BINARY_OP_INPLACE_OR + MPS_BINARY_OP_OR);
            continue;
        }
        break;
    }
    if (op == MPS_BINARY_OP_NOT_EQUAL) {
        mps_obj_t eq = user_lookup(cls, MPS_QSTR___eq__);
        if (eq != MPS_OBJ_NULL) {
            mps_obj_t res = call_binary(lhs, eq, rhs);
            return res == MPS_OBJ_NULL ? MPS_OBJ_NULL : mps_obj_new_bool(!mps_obj_is_true(res));
        }
    }
    if (class_has_native(k) && op != MPS_BINARY_OP_IS && op != MPS_BINARY_OP_EXCEPTION_MATCH) {
        mps_obj_t l = mps_obj_instance_native(lhs);
        mps_obj_t r = mps_obj_instance_native(rhs);
        const mps_obj_type_t *t = mps_obj_get_type(l);
        if (op >= MPS_BINARY_OP_REVERSE_OR && op <= MPS_BINARY_OP_REVERSE_POWER) {
            // The native slot handles only plain forms: compute other OP native.
            return mps_binary_op((mps_binary_op_t)(op - MPS_BINARY_OP_REVERSE_OR + MPS_BINARY_OP_OR), r, l);
        }
        if (t->binary_op != NULL) {
            // The native in-place form (list +=) returns the native part itself:
            // the instance stays what the name is bound to.
            mps_obj_t res = t->binary_op(orig_op, l, r);
            if (res == MPS_OBJ_NULL && orig_op != op) {
                res = t->binary_op(op, l, r);
            }
            return res == l && l != lhs ? lhs : res;
        }
    }
    return MPS_OBJ_NULL;
}

// Calls a data descriptor's getter for instance [self]; false if [member] is none.
static bool descriptor_get(mps_obj_t self, mps_obj_t cls, mps_obj_t member, bool data_only, mps_obj_t *dest) {
    if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_property)) {
        mps_obj_t fget = mps_obj_property_get(member)[0];
        if (fget == mps_const_none) {
            mps_raise_msg(&mps_type_AttributeError, "unreadable attribute");
        }
        dest[0] = mps_call_function_1(fget, self);
        return true;
    }
    if (!is_user_instance(member)) {
        return false;
    }
    mps_obj_t mcls = MPS_OBJ_FROM_PTR(instance_class(member));
    if (data_only && user_lookup(mcls, MPS_QSTR___set__) == MPS_OBJ_NULL &&
        user_lookup(mcls, MPS_QSTR___delete__) == MPS_OBJ_NULL) {
        return false;
    }
    mps_obj_t get = user_lookup(mcls, MPS_QSTR___get__);
    if (get == MPS_OBJ_NULL) {
        if (data_only) {
            return false;
        }
        dest[0] = member;
        return true;
    }
    mps_obj_t args[2] = {self, cls};
    dest[0] = call_member(member, get, 2, args);
    return true;
}

// Binds a class attribute found by instance lookup: static and class methods here,
// plain functions (and whatever else the runtime binds) by mps_convert_member_lookup.
static void bind_member(mps_obj_t self, mps_obj_t cls, const mps_obj_type_t *type, mps_obj_t member,
                        mps_obj_t *dest) {
    if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod)) {
        dest[0] = mps_obj_static_class_method_fun(member);
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_classmethod)) {
        dest[0] = mps_obj_static_class_method_fun(member);
        dest[1] = cls;
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_property)) {
        descriptor_get(self, cls, member, false, dest);
    } else if ((type->flags & MPS_TYPE_FLAG_USER) && mps_obj_is_type_idx(member, MPS_TYPE_IDX_fun_builtin)) {
        // A built-in function stored in a class (f = abs) is no method: it takes no
        // self. Those in a built-in type's table are methods.
        dest[0] = member;
    } else {
        mps_convert_member_lookup(self, type, member, dest);
    }
}

// A dict view of an instance's members (shares the table; MicroPython does the same).
static mps_obj_t members_dict(mps_obj_instance_t *inst) {
    mps_obj_t d = mps_obj_new_dict(0);
    *mps_obj_dict_get_map(d) = inst->members;
    return d;
}

static void instance_load_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    mps_obj_instance_t *inst = MPS_OBJ_TO_PTR(self);
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t cls = MPS_OBJ_FROM_PTR(k);
    if (attr == MPS_QSTR___class__) {
        dest[0] = cls;
        return;
    }
    mps_obj_t member = MPS_OBJ_NULL, where = MPS_OBJ_NULL;
    if (k->flags & MPS_CLASS_FLAG_DESCRIPTORS) {
        // Data descriptors (property, objects with __set__) win over instance members.
        member = class_lookup_where(cls, attr, false, &where);
        if (member != MPS_OBJ_NULL && descriptor_get(self, cls, member, true, dest)) {
            return;
        }
    }
    mps_map_elem_t *e = mps_map_lookup_qstr(&inst->members, attr, MPS_MAP_LOOKUP);
    if (e != NULL) {
        dest[0] = e->value;
        return;
    }
    if (attr == MPS_QSTR___dict__) {
        dest[0] = members_dict(inst);
        return;
    }
    if (member == MPS_OBJ_NULL) {
        member = class_lookup_where(cls, attr, false, &where);
    }
    if (member != MPS_OBJ_NULL) {
        if (attr == MPS_QSTR___new__) {
            // __new__ is a static method even when written as a plain function.
            dest[0] = mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod) ? mps_obj_static_class_method_fun(member)
                                                                             : member;
            return;
        }
        if (!mps_obj_is_user_class(where) && where != MPS_OBJ_FROM_PTR(&mps_type_object) && class_has_native(k)) {
            // A method of the built-in base works on the native part.
            bind_member(mps_obj_instance_native(self), cls, as_static(where), member, dest);
        } else if (!descriptor_get(self, cls, member, false, dest) || dest[0] == MPS_OBJ_NULL) {
            bind_member(self, cls, (const mps_obj_type_t *)k, member, dest);
        }
        return;
    }
    if (class_has_native(k)) {
        const mps_obj_type_t *native = class_native(k);
        if (native->attr != NULL) {
            native->attr(mps_obj_instance_native(self), attr, dest);
            if (dest[0] != MPS_OBJ_NULL) {
                return;
            }
        }
    }
    if (k->flags & MPS_CLASS_FLAG_GETATTR) {
        mps_obj_t ga = user_lookup(cls, MPS_QSTR___getattr__);
        if (ga != MPS_OBJ_NULL) {
            mps_obj_t name = MPS_OBJ_NEW_QSTR(attr);
            dest[0] = call_member(self, ga, 1, &name);
        }
    }
}

bool mps_obj_instance_store_attr_raw(mps_obj_t self, qstr attr, mps_obj_t value) {
    mps_obj_instance_t *inst = MPS_OBJ_TO_PTR(self);
    mps_obj_class_t *k = instance_class(self);
    if (k->flags & MPS_CLASS_FLAG_DESCRIPTORS) {
        mps_obj_t member = mps_obj_class_lookup(MPS_OBJ_FROM_PTR(k), attr);
        if (member != MPS_OBJ_NULL && mps_obj_is_type_idx(member, MPS_TYPE_IDX_property)) {
            mps_obj_t f = mps_obj_property_get(member)[value != MPS_OBJ_NULL ? 1 : 2];
            if (f == mps_const_none) {
                mps_raise_msg(&mps_type_AttributeError, "can't set attribute");
            }
            if (value != MPS_OBJ_NULL) {
                mps_call_function_2(f, self, value);
            } else {
                mps_call_function_1(f, self);
            }
            return true;
        }
        if (member != MPS_OBJ_NULL && is_user_instance(member)) {
            mps_obj_t m = user_lookup(MPS_OBJ_FROM_PTR(instance_class(member)),
                                      value != MPS_OBJ_NULL ? MPS_QSTR___set__ : MPS_QSTR___delete__);
            if (m != MPS_OBJ_NULL) {
                mps_obj_t args[2] = {self, value};
                call_member(member, m, value != MPS_OBJ_NULL ? 2 : 1, args);
                return true;
            }
        }
    }
    if (value != MPS_OBJ_NULL) {
        mps_map_lookup_qstr(&inst->members, attr, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
        return true;
    }
    return mps_map_lookup_qstr(&inst->members, attr, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL;
}

static void instance_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    if (dest[0] == MPS_OBJ_NULL) {
        instance_load_attr(self, attr, dest);
        return;
    }
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t value = dest[1];
    if (k->flags & MPS_CLASS_FLAG_SETATTR) {
        mps_obj_t m = user_lookup(MPS_OBJ_FROM_PTR(k), value != MPS_OBJ_NULL ? MPS_QSTR___setattr__ : MPS_QSTR___delattr__);
        if (m != MPS_OBJ_NULL) {
            mps_obj_t args[2] = {MPS_OBJ_NEW_QSTR(attr), value};
            call_member(self, m, value != MPS_OBJ_NULL ? 2 : 1, args);
            dest[0] = MPS_OBJ_NULL;
            return;
        }
    }
    if (mps_obj_instance_store_attr_raw(self, attr, value)) {
        dest[0] = MPS_OBJ_NULL;
    }
}

static mps_obj_t instance_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t args[2] = {index, value};
    mps_obj_t res;
    if (value == MPS_OBJ_SENTINEL) {
        if (call_special(self, MPS_QSTR___getitem__, 1, args, &res)) {
            return res;
        }
    } else if (value == MPS_OBJ_NULL) {
        if (call_special(self, MPS_QSTR___delitem__, 1, args, &res)) {
            return mps_const_none;
        }
    } else if (call_special(self, MPS_QSTR___setitem__, 2, args, &res)) {
        return mps_const_none;
    }
    const mps_obj_type_t *native = class_native(k);
    if (class_has_native(k) && native->subscr != NULL) {
        return native->subscr(mps_obj_instance_native(self), index, value);
    }
    return MPS_OBJ_NULL;
}

static mps_obj_t instance_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t res;
    if (call_special(self, MPS_QSTR___iter__, 0, NULL, &res)) {
        return res;
    }
    if (class_has_native(k)) {
        return mps_getiter(mps_obj_instance_native(self), iter_buf);
    }
    if (user_lookup(MPS_OBJ_FROM_PTR(k), MPS_QSTR___getitem__) != MPS_OBJ_NULL) {
        return mps_obj_new_getitem_iter(self, iter_buf);
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%q' object isn't iterable", (qstr)k->name);
}

static mps_obj_t instance_iternext(mps_obj_t self) {
    mps_obj_class_t *k = instance_class(self);
    mps_obj_t res;
    if (call_special(self, MPS_QSTR___next__, 0, NULL, &res)) {
        return res; // StopIteration raised by __next__ is handled by the caller
    }
    if (class_has_native(k)) {
        return mps_iternext_allow_raise(mps_obj_instance_native(self));
    }
    mps_raise_msg_varg(&mps_type_TypeError, "'%q' object isn't an iterator", (qstr)k->name);
}

static int instance_buffer(mps_obj_t self, mps_buffer_info_t *bufinfo, unsigned flags) {
    if (!class_has_native(instance_class(self))) {
        return 1;
    }
    return mps_get_buffer(mps_obj_instance_native(self), bufinfo, flags) ? 0 : 1;
}

bool mps_obj_instance_is_callable(mps_obj_t o) {
    mps_obj_class_t *k = instance_class(o);
    return user_lookup(MPS_OBJ_FROM_PTR(k), MPS_QSTR___call__) != MPS_OBJ_NULL || class_native(k)->call != NULL;
}

const mps_obj_type_t mps_type_instance = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_object,
    .print = instance_print,
    .call = instance_call,
    .unary_op = instance_unary_op,
    .binary_op = instance_binary_op,
    .attr = instance_attr,
    .subscr = instance_subscr,
    .getiter = instance_getiter,
    .iternext = instance_iternext,
    .buffer = instance_buffer,
};

// --- __init__ and __new__ of built-in bases ------------------------------------------

// T.__init__(self, *args) for a built-in T (reached by super().__init__ or called
// directly): (re)makes the native part of [self] from the arguments. For a plain
// instance it is object.__init__ and does nothing.
static mps_obj_t native_init(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_t self = args[0];
    if (is_user_instance(self) && class_has_native(instance_class(self))) {
        const mps_obj_type_t *native = class_native(instance_class(self));
        ((mps_obj_instance_t *)MPS_OBJ_TO_PTR(self))->subobj[0] =
            native->make_new(native, n_args - 1, n_kw, args + 1);
    }
    return mps_const_none;
}
MPS_DEFINE_FUN_KW(mps_obj_native_init_obj, 1, native_init);

// T.__new__(cls, *args): a new instance of class [cls]; a built-in base's part is made
// from the arguments when there are any (otherwise after __init__).
static mps_obj_t native_new(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_t cls = args[0];
    if (!mps_obj_is_type(cls)) {
        mps_raise_TypeError("__new__(X): X is not a type object");
    }
    if (!mps_obj_is_user_class(cls)) {
        // Only object itself: object.__new__(int) is refused, as in CPython.
        if (cls != MPS_OBJ_FROM_PTR(&mps_type_object)) {
            mps_raise_msg_varg(&mps_type_TypeError, "object.__new__(%q) is not safe, use %q.__new__()",
                               mps_obj_type_name(cls), mps_obj_type_name(cls));
        }
        return mps_type_object.make_new(&mps_type_object, n_args - 1, n_kw, args + 1);
    }
    mps_obj_instance_t *o = instance_alloc(cls);
    mps_obj_class_t *k = as_class(cls);
    if (class_has_native(k) && n_args + n_kw > 1) {
        const mps_obj_type_t *native = class_native(k);
        o->subobj[0] = native->make_new(native, n_args - 1, n_kw, args + 1);
    }
    return MPS_OBJ_FROM_PTR(o);
}
static MPS_DEFINE_FUN_KW(native_new_fun_obj, 1, native_new);
MPS_DEFINE_STATICMETHOD(mps_obj_native_new_obj, &native_new_fun_obj);

// --- type ----------------------------------------------------------------------------

static void type_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_printf(print, "<class '%q'>", mps_obj_type_name(self));
}

static mps_obj_t type_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 1, 3, false);
    if (n_args == 1) {
        return mps_obj_get_class(args[0]);
    }
    if (n_args != 3) {
        mps_raise_TypeError("type takes 1 or 3 arguments");
    }
    if (!mps_obj_is_type_idx(args[1], MPS_TYPE_IDX_tuple) || !MPS_OBJ_IS_OBJ(args[2]) ||
        !mps_obj_is_subclass(mps_obj_get_class(args[2]), MPS_OBJ_FROM_PTR(&mps_type_dict))) {
        mps_raise_TypeError("type() takes a name, a tuple of bases and a dict");
    }
    return mps_obj_new_class(mps_obj_str_get_qstr(args[0]), args[1], args[2]);
}

static mps_obj_t type_call(mps_obj_t self, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (mps_obj_is_user_class(self)) {
        return instance_make_new(self, n_args, n_kw, args);
    }
    const mps_obj_type_t *t = as_static(self);
    if (t->make_new == NULL) {
        mps_raise_msg_varg(&mps_type_TypeError, "can't create '%q' instances", (qstr)t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

static mps_obj_t type_bases(mps_obj_t self) {
    if (mps_obj_is_user_class(self)) {
        mps_obj_class_t *k = as_class(self);
        size_t n;
        mps_obj_t *items;
        class_bases(k, &n, &items);
        if (k->flags & MPS_CLASS_FLAG_MRO) {
            return mps_obj_new_tuple(n, items);
        }
        if (n > 0) {
            return k->bases;
        }
    } else if (self == MPS_OBJ_FROM_PTR(&mps_type_object)) {
        return mps_const_empty_tuple();
    } else if (as_static(self)->parent != NULL) {
        mps_obj_t p = MPS_OBJ_FROM_PTR(as_static(self)->parent);
        return mps_obj_new_tuple(1, &p);
    }
    mps_obj_t o = MPS_OBJ_FROM_PTR(&mps_type_object);
    return mps_obj_new_tuple(1, &o);
}

static void type_load_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    switch (attr) {
        case MPS_QSTR___name__:
            dest[0] = MPS_OBJ_NEW_QSTR(mps_obj_type_name(self));
            return;
        case MPS_QSTR___bases__:
            dest[0] = type_bases(self);
            return;
        case MPS_QSTR___mro__:
            dest[0] = mps_obj_class_mro(self);
            return;
        case MPS_QSTR___dict__:
            if (mps_obj_is_user_class(self)) {
                dest[0] = as_class(self)->locals_dict;
            } else {
                // A built-in type's table is ROM: a copy, made only when asked for.
                const mps_obj_type_t *t = as_static(self);
                mps_obj_t d = mps_obj_new_dict(t->n_locals);
                for (size_t i = 0; t->locals != NULL && i < t->n_locals; i++) {
                    mps_obj_dict_store(d, (mps_obj_t)t->locals[i].key, (mps_obj_t)t->locals[i].value);
                }
                dest[0] = d;
            }
            return;
        default:
            break;
    }
    mps_obj_t member = mps_obj_class_lookup(self, attr);
    if (member == MPS_OBJ_NULL) {
        if (attr == MPS_QSTR___qualname__) {
            dest[0] = MPS_OBJ_NEW_QSTR(mps_obj_type_name(self));
        } else if (attr == MPS_QSTR___module__ && !mps_obj_is_user_class(self)) {
            dest[0] = MPS_OBJ_NEW_QSTR(MPS_QSTR_builtins);
        } else if (attr == MPS_QSTR___new__ && !mps_obj_is_user_class(self)) {
            dest[0] = MPS_OBJ_FROM_PTR(&native_new_fun_obj);
        }
        return;
    }
    if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod)) {
        dest[0] = mps_obj_static_class_method_fun(member);
    } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_classmethod)) {
        dest[0] = mps_obj_static_class_method_fun(member);
        dest[1] = self;
    } else if (is_user_instance(member) &&
               user_lookup(MPS_OBJ_FROM_PTR(instance_class(member)), MPS_QSTR___get__) != MPS_OBJ_NULL) {
        mps_obj_t args[2] = {mps_const_none, self};
        dest[0] = call_member(member, user_lookup(MPS_OBJ_FROM_PTR(instance_class(member)), MPS_QSTR___get__), 2, args);
    } else {
        dest[0] = member;
    }
}

static void type_attr(mps_obj_t self, qstr attr, mps_obj_t *dest) {
    if (dest[0] == MPS_OBJ_NULL) {
        type_load_attr(self, attr, dest);
        return;
    }
    if (!mps_obj_is_user_class(self)) {
        return; // built-in types are read-only: the caller raises AttributeError
    }
    mps_obj_class_t *k = as_class(self);
    mps_map_t *map = mps_obj_dict_get_map(k->locals_dict);
    if (dest[1] == MPS_OBJ_NULL) {
        if (mps_map_lookup_qstr(map, attr, MPS_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MPS_OBJ_NULL;
        }
        return;
    }
    mps_map_lookup_qstr(map, attr, MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
    k->flags |= attr_hints(MPS_OBJ_NEW_QSTR(attr), dest[1]);
    dest[0] = MPS_OBJ_NULL;
}

static mps_obj_t type_unary_op(mps_unary_op_t op, mps_obj_t self) {
    if (op == MPS_UNARY_OP_HASH) {
        return MPS_OBJ_NEW_SMALL_INT((mps_int_t)((mps_uint_t)self >> 2));
    }
    if (op == MPS_UNARY_OP_BOOL) {
        return mps_const_true;
    }
    return MPS_OBJ_NULL;
}

static mps_obj_t type_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    switch (op) {
        case MPS_BINARY_OP_EQUAL:
            return mps_obj_new_bool(lhs == rhs);
        case MPS_BINARY_OP_NOT_EQUAL:
            return mps_obj_new_bool(lhs != rhs);
        default:
            return MPS_OBJ_NULL;
    }
}

const mps_obj_type_t mps_type_type = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .unary_op = type_unary_op,
    .binary_op = type_binary_op,
    .attr = type_attr,
};

// --- super ---------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_super
    mps_obj_t type;      // the class the search starts after
    mps_obj_t obj;       // the instance (or class, in a classmethod)
} mps_obj_super_t;

static void super_print(const mps_print_t *print, mps_obj_t self_in, mps_print_kind_t kind) {
    mps_obj_super_t *self = MPS_OBJ_TO_PTR(self_in);
    mps_printf(print, "<super: %R, %R>", self->type, self->obj);
}

static mps_obj_t super_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_args == 0 && n_kw == 0) {
        mps_raise_RuntimeError("super() can't find self");
    }
    mps_arg_check_num(n_args, n_kw, 2, 2, false);
    if (!mps_obj_is_type(args[0])) {
        mps_raise_TypeError("super() argument 1 must be type");
    }
    mps_obj_t obj_cls = mps_obj_is_type(args[1]) ? args[1] : mps_obj_get_class(args[1]);
    if (!mps_obj_is_subclass(obj_cls, args[0])) {
        mps_raise_TypeError("super(type, obj): obj must be an instance or subtype of type");
    }
    mps_obj_super_t *o = mps_obj_new(mps_obj_super_t, MPS_TYPE_IDX_super);
    o->type = args[0];
    o->obj = args[1];
    return MPS_OBJ_FROM_PTR(o);
}

// Looks [attr] up along obj's MRO after [type] and binds it to [obj].
static void super_lookup(mps_obj_t type, mps_obj_t obj, qstr attr, mps_obj_t *dest) {
    bool obj_is_class = mps_obj_is_type(obj);
    mps_obj_t cls = obj_is_class ? obj : mps_obj_get_class(obj);
    mro_walk_t w;
    mro_start(&w, cls);
    mps_obj_t c;
    while ((c = mro_next(&w)) != MPS_OBJ_NULL && c != type) {
    }
    if (c == MPS_OBJ_NULL) {
        mro_start(&w, cls); // type not in the MRO: search it all (as MicroPython does)
    }
    while ((c = mro_next(&w)) != MPS_OBJ_NULL) {
        mps_obj_t member;
        bool is_static = !mps_obj_is_user_class(c);
        if (is_static && attr == MPS_QSTR___init__) {
            member = MPS_OBJ_FROM_PTR(&mps_obj_native_init_obj);
        } else if (is_static && attr == MPS_QSTR___new__) {
            member = MPS_OBJ_FROM_PTR(&mps_obj_native_new_obj);
        } else {
            member = lookup_in_one(c, attr);
        }
        if (member == MPS_OBJ_NULL) {
            continue;
        }
        if (obj_is_class) {
            if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_classmethod)) {
                dest[0] = mps_obj_static_class_method_fun(member);
                dest[1] = obj;
            } else if (mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod)) {
                dest[0] = mps_obj_static_class_method_fun(member);
            } else {
                dest[0] = member;
            }
            return;
        }
        if (attr == MPS_QSTR___new__) {
            dest[0] = mps_obj_is_type_idx(member, MPS_TYPE_IDX_staticmethod) ? mps_obj_static_class_method_fun(member)
                                                                             : member;
            return;
        }
        mps_obj_t self = obj;
        const mps_obj_type_t *t = (const mps_obj_type_t *)MPS_OBJ_TO_PTR(is_static ? c : cls);
        if (is_static && c != MPS_OBJ_FROM_PTR(&mps_type_object) && member != MPS_OBJ_FROM_PTR(&mps_obj_native_init_obj)) {
            self = mps_obj_instance_native(obj);
        }
        bind_member(self, cls, t, member, dest);
        return;
    }
}

static void super_attr(mps_obj_t self_in, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // store/delete unsupported
    }
    mps_obj_super_t *self = MPS_OBJ_TO_PTR(self_in);
    super_lookup(self->type, self->obj, attr, dest);
}

const mps_obj_type_t mps_type_super = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};

void mps_obj_super_load_method(qstr attr, mps_obj_t *dest) {
    mps_obj_t type = dest[0];
    mps_obj_t obj = dest[1];
    dest[0] = MPS_OBJ_NULL;
    dest[1] = MPS_OBJ_NULL;
    super_lookup(type, obj, attr, dest);
    if (dest[0] == MPS_OBJ_NULL) {
        mps_raise_msg_varg(&mps_type_AttributeError, "'super' object has no attribute '%q'", attr);
    }
}
