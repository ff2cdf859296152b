// SPDX-License-Identifier: MIT
// The collections module: deque (a fixed-size ring buffer, as MicroPython's),
// OrderedDict (a dict that never leaves insertion order) and namedtuple.

#include <string.h>

#include "core/mem.h"
#include "core/objboundmeth.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objiter.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objproperty.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/vstr.h"

// --- deque ---------------------------------------------------------------------------

extern const mps_obj_type_t mps_type_deque;

// A ring of [alloc] = maxlen + 1 slots: one slot stays empty so that head == tail
// means empty. 24 bytes (two blocks) plus the ring.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t alloc;
    mps_uint_t head; // first item
    mps_uint_t tail; // one past the last item
    mps_uint_t flags;
    mps_ref_t items;
} deque_t;

// flags bit 0: raise IndexError on overflow instead of dropping the oldest item.
#define DEQUE_CHECK_OVERFLOW (1)

static inline mps_obj_t *deque_items(deque_t *d) {
    return MPS_PTR(mps_obj_t, d->items);
}

static size_t deque_len(const deque_t *d) {
    return (d->tail + d->alloc - d->head) % d->alloc;
}

static mps_obj_t deque_append(mps_obj_t self, mps_obj_t item) {
    deque_t *d = MPS_OBJ_TO_PTR(self);
    size_t next = (d->tail + 1) % d->alloc;
    if (next == d->head) {
        if (d->flags & DEQUE_CHECK_OVERFLOW) {
            mps_raise_IndexError("full");
        }
        d->head = (d->head + 1) % d->alloc; // drop the oldest
    }
    deque_items(d)[d->tail] = item;
    d->tail = (mps_uint_t)next;
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(deque_append_obj, deque_append);

static mps_obj_t deque_appendleft(mps_obj_t self, mps_obj_t item) {
    deque_t *d = MPS_OBJ_TO_PTR(self);
    size_t prev = (d->head + d->alloc - 1) % d->alloc;
    if (prev == d->tail) {
        if (d->flags & DEQUE_CHECK_OVERFLOW) {
            mps_raise_IndexError("full");
        }
        d->tail = (d->tail + d->alloc - 1) % d->alloc; // drop the newest
    }
    deque_items(d)[prev] = item;
    d->head = (mps_uint_t)prev;
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(deque_appendleft_obj, deque_appendleft);

static mps_obj_t deque_extend(mps_obj_t self, mps_obj_t iterable) {
    if (mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_tuple) || mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_list)) {
        // Directly, without an iterator object. Index each time: appending to the
        // deque cannot change a tuple, and a list's items are re-read in case it moves.
        size_t n;
        mps_obj_t *items;
        mps_obj_get_array(iterable, &n, &items);
        for (size_t i = 0; i < n; i++) {
            mps_obj_get_array(iterable, &n, &items);
            if (i < n) {
                deque_append(self, items[i]);
            }
        }
        return mps_const_none;
    }
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(iterable, &buf);
    for (mps_obj_t x; (x = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        deque_append(self, x);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(deque_extend_obj, deque_extend);

static mps_obj_t deque_popleft(mps_obj_t self) {
    deque_t *d = MPS_OBJ_TO_PTR(self);
    if (d->head == d->tail) {
        mps_raise_IndexError("empty");
    }
    mps_obj_t x = deque_items(d)[d->head];
    deque_items(d)[d->head] = MPS_OBJ_NULL; // let the GC have it
    d->head = (d->head + 1) % d->alloc;
    return x;
}
static MPS_DEFINE_FUN_1(deque_popleft_obj, deque_popleft);

static mps_obj_t deque_pop(mps_obj_t self) {
    deque_t *d = MPS_OBJ_TO_PTR(self);
    if (d->head == d->tail) {
        mps_raise_IndexError("empty");
    }
    d->tail = (d->tail + d->alloc - 1) % d->alloc;
    mps_obj_t x = deque_items(d)[d->tail];
    deque_items(d)[d->tail] = MPS_OBJ_NULL;
    return x;
}
static MPS_DEFINE_FUN_1(deque_pop_obj, deque_pop);

// deque(iterable, maxlen[, flags]): MicroPython requires maxlen and takes no keywords.
static mps_obj_t deque_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 2, 3, false);
    mps_int_t maxlen = mps_obj_get_int(args[1]);
    if (maxlen < 0) {
        mps_raise(MPS_OBJ_FROM_PTR(&mps_type_ValueError)); // MicroPython gives no message
    }
    deque_t *d = mps_obj_new(deque_t, MPS_TYPE_IDX_deque);
    d->alloc = (mps_uint_t)maxlen + 1;
    d->head = d->tail = 0;
    d->flags = n_args > 2 ? (mps_uint_t)mps_obj_get_int(args[2]) : 0;
    d->items = MPS_REF(mps_mem_alloc(d->alloc * sizeof(mps_obj_t)));
    memset(deque_items(d), 0, d->alloc * sizeof(mps_obj_t));
    mps_obj_t self = MPS_OBJ_FROM_PTR(d);
    deque_extend(self, args[0]);
    return self;
}

static mps_obj_t deque_unary_op(mps_unary_op_t op, mps_obj_t self) {
    deque_t *d = MPS_OBJ_TO_PTR(self);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(d->head != d->tail);
        case MPS_UNARY_OP_LEN: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)deque_len(d));
        default: return MPS_OBJ_NULL;
    }
}

static mps_obj_t deque_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    if (value == MPS_OBJ_NULL) {
        return MPS_OBJ_NULL; // no deletion
    }
    deque_t *d = MPS_OBJ_TO_PTR(self);
    if (!mps_obj_is_int(index)) {
        mps_raise_msg_varg(&mps_type_TypeError, "deque indices must be integers, not %s",
                           mps_obj_get_type_str(index));
    }
    size_t i = mps_get_index(&mps_type_deque, deque_len(d), index, false);
    mps_obj_t *slot = &deque_items(d)[(d->head + i) % d->alloc];
    if (value == MPS_OBJ_SENTINEL) {
        return *slot;
    }
    *slot = value;
    return mps_const_none;
}

// The iterator walks the ring by position; it holds the deque, so it stays valid
// (though it may see changes made while iterating, as MicroPython's).
typedef struct {
    mps_obj_base_t base;
    mps_obj_t deque;
    mps_uint_t pos;
} deque_iter_t;

static mps_obj_t deque_iter_next(mps_obj_t self) {
    deque_iter_t *it = MPS_OBJ_TO_PTR(self);
    deque_t *d = MPS_OBJ_TO_PTR(it->deque);
    if (it->pos == d->tail) {
        return MPS_OBJ_STOP_ITERATION;
    }
    mps_obj_t x = deque_items(d)[it->pos];
    it->pos = (it->pos + 1) % d->alloc;
    return x;
}

const mps_obj_type_t mps_type_deque_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = deque_iter_next,
};

static mps_obj_t deque_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    deque_iter_t *it = iter_buf ? (deque_iter_t *)iter_buf : mps_obj_new(deque_iter_t, MPS_TYPE_IDX_deque_iter);
    it->base.type = MPS_TYPE_IDX_deque_iter;
    it->deque = self;
    it->pos = ((deque_t *)MPS_OBJ_TO_PTR(self))->head;
    return MPS_OBJ_FROM_PTR(it);
}

static void deque_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "<deque>");
}

static const mps_rom_map_elem_t deque_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_append), MPS_ROM_PTR(&deque_append_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_appendleft), MPS_ROM_PTR(&deque_appendleft_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_extend), MPS_ROM_PTR(&deque_extend_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_pop), MPS_ROM_PTR(&deque_pop_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_popleft), MPS_ROM_PTR(&deque_popleft_obj) },
};

const mps_obj_type_t mps_type_deque = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_deque,
    .print = deque_print,
    .make_new = deque_make_new,
    .unary_op = deque_unary_op,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals = MPS_ROM_TABLE(deque_locals_table),
};

// --- OrderedDict ---------------------------------------------------------------------
// An mps_obj_dict_t with its own type index whose map is ordered and stays so (not
// ordered_while_small, so it never turns into a hash table). dict's slots and methods
// work on it unchanged: they only use the map; the slots are reached through dict's
// type at run time because C cannot name another file's static slot functions.

static void odict_make_ordered(mps_obj_t self) {
    mps_map_t *map = mps_obj_dict_get_map(self);
    map->is_ordered = 1;
    map->ordered_while_small = 0;
}

static mps_obj_t odict_new(void) {
    mps_obj_dict_t *d = mps_obj_new(mps_obj_dict_t, MPS_TYPE_IDX_OrderedDict);
    mps_map_init_dict(&d->map, 0);
    mps_obj_t self = MPS_OBJ_FROM_PTR(d);
    odict_make_ordered(self);
    return self;
}

static mps_obj_t odict_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, true);
    mps_obj_t self = odict_new();
    if (n_args == 1) {
        mps_obj_dict_update(self, args[0]);
    }
    for (size_t i = 0; i < n_kw; i++) {
        mps_obj_dict_store(self, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    return self;
}

static void odict_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "OrderedDict(");
    mps_type_dict.print(print, self, kind);
    mps_print_str(print, ")");
}

static mps_obj_t odict_unary_op(mps_unary_op_t op, mps_obj_t self) {
    return mps_type_dict.unary_op(op, self);
}

static mps_obj_t odict_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if ((op == MPS_BINARY_OP_EQUAL || op == MPS_BINARY_OP_NOT_EQUAL) &&
        mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_OrderedDict)) {
        // Two OrderedDicts are equal when they hold equal pairs in the same order, as
        // in MicroPython and CPython.
        mps_map_t *a = mps_obj_dict_get_map(lhs), *b = mps_obj_dict_get_map(rhs);
        bool eq = a->used == b->used;
        size_t cur_a = 0, cur_b = 0;
        for (mps_map_elem_t *e; eq && (e = mps_map_next(a, &cur_a)) != NULL;) {
            mps_map_elem_t *f = mps_map_next(b, &cur_b);
            eq = f != NULL && mps_obj_equal(e->key, f->key) && mps_obj_equal(e->value, f->value);
        }
        return mps_obj_new_bool(eq == (op == MPS_BINARY_OP_EQUAL));
    }
    if (op == MPS_BINARY_OP_EQUAL) {
        return mps_const_false; // MicroPython: an OrderedDict never equals a plain dict
    }
    if (op == MPS_BINARY_OP_NOT_EQUAL) {
        return mps_const_true;
    }
    return mps_type_dict.binary_op(op, lhs, rhs);
}

static mps_obj_t odict_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    return mps_type_dict.subscr(self, index, value);
}

static mps_obj_t odict_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    return mps_type_dict.getiter(self, iter_buf);
}

// clear() and copy() are the only dict methods that would lose the ordering or the type.
static mps_obj_t odict_clear(mps_obj_t self) {
    mps_map_clear(mps_obj_dict_get_map(self));
    odict_make_ordered(self);
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(odict_clear_obj, odict_clear);

static mps_obj_t odict_copy(mps_obj_t self) {
    mps_obj_t copy = odict_new();
    mps_obj_dict_update(copy, self);
    return copy;
}
static MPS_DEFINE_FUN_1(odict_copy_obj, odict_copy);

static const mps_rom_map_elem_t odict_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_clear), MPS_ROM_PTR(&odict_clear_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_copy), MPS_ROM_PTR(&odict_copy_obj) },
};

const mps_obj_type_t mps_type_OrderedDict = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_OrderedDict,
    .parent = &mps_type_dict,
    .print = odict_print,
    .make_new = odict_make_new,
    .unary_op = odict_unary_op,
    .binary_op = odict_binary_op,
    .subscr = odict_subscr,
    .getiter = odict_getiter,
    .locals = MPS_ROM_TABLE(odict_locals_table),
};

// --- namedtuple ----------------------------------------------------------------------
// namedtuple(name, fields) makes a class derived from tuple: its dict holds _fields
// (a tuple of str), __new__ (checks the arguments against the fields), one read-only
// property per field, and __repr__, _asdict, _replace. Those three are Python-level
// methods made from built-ins: a built-in stored in a class does not bind to the
// instance, so each is a property whose getter returns the built-in bound to self.

static mps_obj_t nt_fields(mps_obj_t self, size_t *n, mps_obj_t **items) {
    mps_obj_t fields = mps_obj_class_lookup(mps_obj_get_class(self), MPS_QSTR__fields);
    mps_obj_tuple_get(fields, n, items);
    return fields;
}

static mps_obj_t nt_values(mps_obj_t self, size_t *n, mps_obj_t **items) {
    mps_obj_t t = mps_obj_instance_native(self);
    mps_obj_tuple_get(t, n, items);
    return t;
}

static qstr nt_name(mps_obj_t cls) {
    return mps_obj_type_name(cls);
}

// Instance of [cls] over a new tuple of [n] values.
static mps_obj_t nt_make(mps_obj_t cls, size_t n, const mps_obj_t *values) {
    mps_obj_t t = mps_obj_new_tuple(n, values);
    mps_obj_t new_fn = mps_obj_static_class_method_fun(MPS_OBJ_FROM_PTR(&mps_obj_native_new_obj));
    return mps_call_function_2(new_fn, cls, t);
}

// __new__(cls, *args, **kwargs)
static mps_obj_t nt_new(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_t cls = args[0];
    size_t n_fields;
    mps_obj_t *fields;
    mps_obj_tuple_get(mps_obj_class_lookup(cls, MPS_QSTR__fields), &n_fields, &fields);
    size_t n_pos = n_args - 1;
    if (n_pos > n_fields) {
        mps_raise_msg_varg(&mps_type_TypeError, "%q() takes %u positional arguments but %u were given",
                           nt_name(cls), (unsigned)n_fields, (unsigned)n_pos);
    }
    mps_obj_t small[8];
    mps_obj_t *values = n_fields <= 8 ? small : mps_mem_alloc(n_fields * sizeof(mps_obj_t));
    for (size_t i = 0; i < n_fields; i++) {
        values[i] = i < n_pos ? args[1 + i] : MPS_OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        mps_obj_t key = args[n_args + 2 * k];
        size_t i = 0;
        while (i < n_fields && !mps_obj_equal(fields[i], key)) {
            i++;
        }
        if (i == n_fields) {
            mps_raise_msg_varg(&mps_type_TypeError, "unexpected keyword argument '%s'", mps_obj_str_get_str(key));
        }
        if (values[i] != MPS_OBJ_NULL) {
            mps_raise_msg_varg(&mps_type_TypeError, "function got multiple values for argument '%s'",
                               mps_obj_str_get_str(key));
        }
        values[i] = args[n_args + 2 * k + 1];
    }
    size_t given = n_pos + n_kw;
    for (size_t i = 0; i < n_fields; i++) {
        if (values[i] == MPS_OBJ_NULL) {
            mps_raise_msg_varg(&mps_type_TypeError, "%q() takes %u positional arguments but %u were given",
                               nt_name(cls), (unsigned)n_fields, (unsigned)given);
        }
    }
    return nt_make(cls, n_fields, values);
}
static MPS_DEFINE_FUN_KW(nt_new_fun_obj, 1, nt_new);
static MPS_DEFINE_STATICMETHOD(nt_new_obj, &nt_new_fun_obj);

static mps_obj_t nt_repr(mps_obj_t self) {
    size_t n, nv;
    mps_obj_t *fields, *values;
    nt_fields(self, &n, &fields);
    nt_values(self, &nv, &values);
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mps_printf(&print, "%q(", mps_obj_get_type_qstr(self));
    for (size_t i = 0; i < n && i < nv; i++) {
        if (i > 0) {
            mps_print_str(&print, ", ");
        }
        mps_obj_print(&print, fields[i], MPS_PRINT_STR);
        mps_print_str(&print, "=");
        mps_obj_print(&print, values[i], MPS_PRINT_REPR);
    }
    mps_print_str(&print, ")");
    return mps_obj_new_str_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(nt_repr_obj, nt_repr);

static mps_obj_t nt_asdict(mps_obj_t self) {
    size_t n, nv;
    mps_obj_t *fields, *values;
    nt_fields(self, &n, &fields);
    nt_values(self, &nv, &values);
    mps_obj_t d = mps_obj_new_dict(n);
    for (size_t i = 0; i < n && i < nv; i++) {
        mps_obj_dict_store(d, fields[i], values[i]);
    }
    return d;
}
static MPS_DEFINE_FUN_1(nt_asdict_obj, nt_asdict);

static mps_obj_t nt_replace(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_args != 1) {
        mps_raise_arg_count(0, n_args - 1);
    }
    size_t n, nv;
    mps_obj_t *fields, *values;
    nt_fields(args[0], &n, &fields);
    nt_values(args[0], &nv, &values);
    mps_obj_t t = mps_obj_new_tuple(nv, values);
    mps_obj_t *out;
    mps_obj_tuple_get(t, &nv, &out);
    for (size_t k = 0; k < n_kw; k++) {
        mps_obj_t key = args[1 + 2 * k];
        size_t i = 0;
        while (i < n && !mps_obj_equal(fields[i], key)) {
            i++;
        }
        if (i == n || i >= nv) {
            mps_raise_msg_varg(&mps_type_ValueError, "Got unexpected field names: ['%s']", mps_obj_str_get_str(key));
        }
        out[i] = args[2 + 2 * k];
    }
    return nt_make(mps_obj_get_class(args[0]), nv, out);
}
static MPS_DEFINE_FUN_KW(nt_replace_obj, 1, nt_replace);

// Getter of field [index] (a small int, bound first) of [self].
static mps_obj_t nt_field_get(mps_obj_t index, mps_obj_t self) {
    size_t n;
    mps_obj_t *values;
    nt_values(self, &n, &values);
    size_t i = (size_t)MPS_OBJ_SMALL_INT_VALUE(index);
    return i < n ? values[i] : mps_const_none;
}
static MPS_DEFINE_FUN_2(nt_field_get_obj, nt_field_get);

// Getter that binds built-in [fun] (bound first) to [self]: makes a method property.
static mps_obj_t nt_bind(mps_obj_t fun, mps_obj_t self) {
    return mps_obj_new_bound_meth(fun, self);
}
static MPS_DEFINE_FUN_2(nt_bind_obj, nt_bind);

static mps_obj_t new_property(mps_obj_t getter, mps_obj_t bound_arg) {
    mps_obj_property_t *p = mps_obj_new(mps_obj_property_t, MPS_TYPE_IDX_property);
    p->proxy[0] = mps_obj_new_bound_meth(getter, bound_arg);
    p->proxy[1] = mps_const_none;
    p->proxy[2] = mps_const_none;
    return MPS_OBJ_FROM_PTR(p);
}

static void nt_add_method(mps_obj_t dict, qstr name, const mps_obj_fun_builtin_t *fun) {
    mps_obj_dict_store(dict, MPS_OBJ_NEW_QSTR(name),
                       new_property(MPS_OBJ_FROM_PTR(&nt_bind_obj), MPS_OBJ_FROM_PTR(fun)));
}

static bool is_field_sep(char c) {
    return c == ' ' || c == ',' || c == '\t' || c == '\n';
}

// The field names as a tuple of str: from a string split on spaces and commas, or
// from any iterable of str.
static mps_obj_t parse_fields(mps_obj_t spec) {
    mps_obj_t list = mps_obj_new_list(0, NULL);
    if (mps_obj_is_str(spec)) {
        size_t len;
        const char *s = mps_obj_str_get_data(spec, &len);
        const char *end = s + len;
        while (s < end) {
            while (s < end && is_field_sep(*s)) {
                s++;
            }
            const char *start = s;
            while (s < end && !is_field_sep(*s)) {
                s++;
            }
            if (s > start) {
                mps_obj_list_append(list, mps_obj_new_str_via_qstr(start, (size_t)(s - start)));
            }
        }
    } else {
        mps_obj_iter_buf_t buf;
        mps_obj_t it = mps_getiter(spec, &buf);
        for (mps_obj_t x; (x = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
            if (!mps_obj_is_str(x)) {
                mps_raise_TypeError("field names must be strings");
            }
            mps_obj_list_append(list, MPS_OBJ_NEW_QSTR(mps_obj_str_get_qstr(x)));
        }
    }
    return mps_obj_new_tuple_from_iter(list);
}

static mps_obj_t collections_namedtuple(mps_obj_t name, mps_obj_t field_spec) {
    qstr qname = mps_obj_str_get_qstr(name);
    mps_obj_t fields = parse_fields(field_spec);
    size_t n;
    mps_obj_t *items;
    mps_obj_tuple_get(fields, &n, &items);
    mps_obj_t dict = mps_obj_new_dict(n + 5);
    mps_obj_dict_store(dict, MPS_OBJ_NEW_QSTR(MPS_QSTR__fields), fields);
    mps_obj_dict_store(dict, MPS_OBJ_NEW_QSTR(MPS_QSTR___new__), MPS_OBJ_FROM_PTR(&nt_new_obj));
    for (size_t i = 0; i < n; i++) {
        mps_obj_dict_store(dict, items[i], new_property(MPS_OBJ_FROM_PTR(&nt_field_get_obj),
                                                        MPS_OBJ_NEW_SMALL_INT((mps_int_t)i)));
    }
    nt_add_method(dict, MPS_QSTR___repr__, &nt_repr_obj);
    nt_add_method(dict, MPS_QSTR__asdict, &nt_asdict_obj);
    nt_add_method(dict, MPS_QSTR__replace, &nt_replace_obj);
    mps_obj_t base = MPS_OBJ_FROM_PTR(&mps_type_tuple);
    return mps_obj_new_class(qname, mps_obj_new_tuple(1, &base), dict);
}
static MPS_DEFINE_FUN_2(collections_namedtuple_obj, collections_namedtuple);

// --- the module ------------------------------------------------------------------------

static const mps_rom_map_elem_t collections_globals[] = {
    { MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_collections) },
    { MPS_ROM_QSTR(MPS_QSTR_OrderedDict), MPS_ROM_PTR(&mps_type_OrderedDict) },
    { MPS_ROM_QSTR(MPS_QSTR_deque), MPS_ROM_PTR(&mps_type_deque) },
    { MPS_ROM_QSTR(MPS_QSTR_namedtuple), MPS_ROM_PTR(&collections_namedtuple_obj) },
};

static const mps_module_def_t collections_module_def = {
    .name = MPS_QSTR_collections,
    .globals = MPS_ROM_TABLE(collections_globals),
};

const mps_obj_module_t mps_module_collections = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &collections_module_def,
};
