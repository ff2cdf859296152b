// SPDX-License-Identifier: MIT
// The builtins module: the built-in functions, and the table that names them together
// with the built-in types, exception classes and constants.
#include "core/modbuiltins.h"

#include "core/builtinhelp.h"
#include "core/modio.h"
#include "core/stream.h"

#include <math.h>
#include <string.h>

#include "core/builtinevalexec.h"
#include "core/hal.h"
#include "core/mem.h"
#include "core/nlr.h"
#include "core/objbool.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objfun.h"
#include "core/objfunbc.h"
#include "core/objint.h"
#include "core/objiter.h"
#include "core/objlist.h"
#include "core/objsingleton.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"

// Every static type, so that the table below can name any of them.
#define DECLARE_TYPE(name) extern const mps_obj_type_t mps_type_##name;
MPS_TYPE_LIST(DECLARE_TYPE)
#undef DECLARE_TYPE

// Looks up keyword argument [name] among [n_kw] (key, value) pairs; MPS_OBJ_NULL if
// absent. Raises TypeError for a keyword not in [allowed] (a 0-terminated list).
static mps_obj_t kw_get(size_t n_kw, const mps_obj_t *kws, qstr name, const uint16_t *allowed) {
    mps_obj_t value = MPS_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        qstr key = mps_obj_str_get_qstr(kws[2 * i]);
        bool known = false;
        for (const uint16_t *a = allowed; *a != 0; a++) {
            known |= *a == key;
        }
        if (!known) {
            mps_raise_msg_varg(&mps_type_TypeError, "unexpected keyword argument '%q'", key);
        }
        if (key == name) {
            value = kws[2 * i + 1];
        }
    }
    return value;
}

// --- functions of one object -------------------------------------------------------

static mps_obj_t builtin_abs(mps_obj_t x) {
    return mps_unary_op(MPS_UNARY_OP_ABS, x);
}
static MPS_DEFINE_FUN_1(builtin_abs_obj, builtin_abs);

// all() and any(): stop at the first item whose truth is [stop_on].
static mps_obj_t all_any(mps_obj_t iterable, bool stop_on) {
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(iterable, &iter_buf);
    for (mps_obj_t item; (item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        if (mps_obj_is_true(item) == stop_on) {
            return mps_obj_new_bool(stop_on);
        }
    }
    return mps_obj_new_bool(!stop_on);
}

static mps_obj_t builtin_all(mps_obj_t iterable) {
    return all_any(iterable, false);
}
static MPS_DEFINE_FUN_1(builtin_all_obj, builtin_all);

static mps_obj_t builtin_any(mps_obj_t iterable) {
    return all_any(iterable, true);
}
static MPS_DEFINE_FUN_1(builtin_any_obj, builtin_any);

// The int value of [x] for bin/oct/hex: an int, a bool, or an object with __index__.
static mps_obj_t to_index(mps_obj_t x) {
    if (x == mps_const_false || x == mps_const_true) {
        return MPS_OBJ_NEW_SMALL_INT(x == mps_const_true);
    }
    if (mps_obj_is_int(x)) {
        return x;
    }
    mps_obj_t dest[2];
    if (mps_obj_get_type(x) == &mps_type_instance) {
        mps_load_method_maybe(x, MPS_QSTR___index__, dest);
        if (dest[0] != MPS_OBJ_NULL) {
            mps_obj_t r = mps_call_method_n_kw(0, 0, dest);
            if (mps_obj_is_int(r)) {
                return r;
            }
        }
    }
    mps_raise_msg_varg(&mps_type_TypeError, "can't convert %s to int", mps_obj_get_type_str(x));
}

static mps_obj_t builtin_bin(mps_obj_t x) {
    return mps_obj_int_format(to_index(x), 2, "0b", false);
}
static MPS_DEFINE_FUN_1(builtin_bin_obj, builtin_bin);

static mps_obj_t builtin_oct(mps_obj_t x) {
    return mps_obj_int_format(to_index(x), 8, "0o", false);
}
static MPS_DEFINE_FUN_1(builtin_oct_obj, builtin_oct);

static mps_obj_t builtin_hex(mps_obj_t x) {
    return mps_obj_int_format(to_index(x), 16, "0x", false);
}
static MPS_DEFINE_FUN_1(builtin_hex_obj, builtin_hex);

static mps_obj_t builtin_callable(mps_obj_t x) {
    return mps_obj_new_bool(mps_obj_is_callable(x));
}
static MPS_DEFINE_FUN_1(builtin_callable_obj, builtin_callable);

static mps_obj_t builtin_chr(mps_obj_t x) {
    mps_int_t c = mps_obj_get_int(x);
    if (c < 0 || c > 0x10ffff) {
        mps_raise_ValueError("chr() arg not in range(0x110000)");
    }
    vstr_t vstr;
    vstr_init(&vstr, 4);
    vstr_add_char(&vstr, (unsigned)c);
    return mps_obj_new_str_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(builtin_chr_obj, builtin_chr);

static mps_obj_t builtin_ord(mps_obj_t x) {
    size_t len;
    const uint8_t *s = (const uint8_t *)mps_obj_str_get_data(x, &len);
    if (!mps_obj_is_str(x)) {
        // bytes and bytearray: one byte
        if (len != 1) {
            mps_raise_msg_varg(&mps_type_TypeError, "ord() expected a character, but string of length %u found",
                               (unsigned)len);
        }
        return MPS_OBJ_NEW_SMALL_INT(s[0]);
    }
    size_t n_chars = mps_utf8_charlen((const char *)s, len);
    if (n_chars != 1) {
        mps_raise_msg_varg(&mps_type_TypeError, "ord() expected a character, but string of length %u found",
                           (unsigned)n_chars);
    }
    // Decode one UTF-8 sequence: the lead byte gives the length and the top bits.
    mps_uint_t c = s[0];
    if (c >= 0xc0) {
        unsigned extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        c &= 0x3f >> extra;
        for (unsigned i = 1; i <= extra && i < len; i++) {
            c = (c << 6) | (s[i] & 0x3f);
        }
    }
    return MPS_OBJ_NEW_SMALL_INT(c);
}
static MPS_DEFINE_FUN_1(builtin_ord_obj, builtin_ord);

static mps_obj_t builtin_divmod(mps_obj_t a, mps_obj_t b) {
    return mps_binary_op(MPS_BINARY_OP_DIVMOD, a, b);
}
static MPS_DEFINE_FUN_2(builtin_divmod_obj, builtin_divmod);

static mps_obj_t builtin_hash(mps_obj_t x) {
    return mps_obj_hash(x);
}
static MPS_DEFINE_FUN_1(builtin_hash_obj, builtin_hash);

// id() is the object's 32-bit address (or its tagged word for an immediate).
static mps_obj_t builtin_id(mps_obj_t x) {
    return mps_obj_new_int_from_uint((mps_uint_t)x);
}
static MPS_DEFINE_FUN_1(builtin_id_obj, builtin_id);

static mps_obj_t builtin_len(mps_obj_t x) {
    return mps_obj_len(x);
}
static MPS_DEFINE_FUN_1(builtin_len_obj, builtin_len);

static mps_obj_t builtin_repr(mps_obj_t x) {
    vstr_t vstr;
    mps_print_t pr;
    vstr_init_print(&vstr, 16, &pr);
    mps_obj_print(&pr, x, MPS_PRINT_REPR);
    return mps_obj_new_str_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(builtin_repr_obj, builtin_repr);

// format(value, spec=''): CPython's built-in (MicroPython lacks it); the format-spec
// mini-language is str.format's.
static mps_obj_t builtin_format(size_t n_args, const mps_obj_t *args) {
    return mps_obj_format_value(args[0], n_args > 1 ? args[1] : MPS_OBJ_NEW_QSTR(MPS_QSTR_empty));
}
static MPS_DEFINE_FUN_VAR(builtin_format_obj, 1, 2, builtin_format);

static mps_obj_t builtin_globals(void) {
    return mps_globals_get();
}
static MPS_DEFINE_FUN_0(builtin_globals_obj, builtin_globals);

static mps_obj_t builtin_locals(void) {
    return mps_locals_get();
}
static MPS_DEFINE_FUN_0(builtin_locals_obj, builtin_locals);

// --- attributes --------------------------------------------------------------------

// Loads o.name, or returns [dflt] if that raises AttributeError ([dflt] MPS_OBJ_NULL:
// re-raise).
static mps_obj_t load_attr_default(mps_obj_t o, qstr name, mps_obj_t dflt_in) {
    volatile mps_obj_t dflt = dflt_in;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t value = mps_load_attr(o, name);
        nlr_pop();
        return value;
    }
    if (dflt != MPS_OBJ_NULL && mps_obj_is_instance(nlr.ret_val, MPS_OBJ_FROM_PTR(&mps_type_AttributeError))) {
        return dflt;
    }
    nlr_jump(nlr.ret_val);
}

// Attribute names must be str: "can't convert 'int' object to str implicitly".
static qstr attr_name(mps_obj_t name) {
    if (!mps_obj_is_str(name)) {
        mps_raise_msg_varg(&mps_type_TypeError, "can't convert '%s' object to str implicitly",
                           mps_obj_get_type_str(name));
    }
    return mps_obj_str_get_qstr(name);
}

static mps_obj_t builtin_getattr(size_t n_args, const mps_obj_t *args) {
    return load_attr_default(args[0], attr_name(args[1]), n_args > 2 ? args[2] : MPS_OBJ_NULL);
}
static MPS_DEFINE_FUN_VAR(builtin_getattr_obj, 2, 3, builtin_getattr);

static mps_obj_t builtin_hasattr(mps_obj_t o, mps_obj_t name) {
    mps_obj_t absent = MPS_OBJ_STOP_ITERATION; // any value no attribute can have
    return mps_obj_new_bool(load_attr_default(o, attr_name(name), absent) != absent);
}
static MPS_DEFINE_FUN_2(builtin_hasattr_obj, builtin_hasattr);

static mps_obj_t builtin_setattr(mps_obj_t o, mps_obj_t name, mps_obj_t value) {
    mps_store_attr(o, attr_name(name), value);
    return mps_const_none;
}
static MPS_DEFINE_FUN_3(builtin_setattr_obj, builtin_setattr);

static mps_obj_t builtin_delattr(mps_obj_t o, mps_obj_t name) {
    mps_delete_attr(o, attr_name(name));
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(builtin_delattr_obj, builtin_delattr);

// A new list of the items of [iterable].
static mps_obj_t list_from(mps_obj_t iterable) {
    mps_obj_t list = mps_obj_new_list(0, NULL);
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(iterable, &iter_buf);
    for (mps_obj_t item; (item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        mps_obj_list_append(list, item);
    }
    return list;
}

// dir(): the sorted names of the current locals, or of an object's attributes: a
// module's globals, a class's MRO, an instance's members and its class's.
static void append_keys(mps_obj_t list, mps_obj_t dict) {
    mps_map_t *map = mps_obj_dict_get_map(dict);
    size_t cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        mps_obj_list_append(list, e->key);
    }
}

static mps_obj_t builtin_dir(size_t n_args, const mps_obj_t *args) {
    mps_obj_t list = mps_obj_new_list(0, NULL);
    if (n_args == 0) {
        append_keys(list, mps_locals_get());
    } else {
        mps_obj_t o = args[0];
        if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_module)) {
            const mps_obj_module_t *m = MPS_OBJ_TO_PTR(o);
            if (m->globals != MPS_OBJ_NULL) {
                append_keys(list, m->globals);
            } else {
                for (size_t i = 0; i < m->rom->n_globals; i++) {
                    mps_obj_list_append(list, (mps_obj_t)m->rom->globals[i].key);
                }
            }
        } else if (mps_obj_is_type(o)) {
            mps_obj_class_dir(o, list);
            mps_obj_list_append(list, MPS_OBJ_NEW_QSTR(MPS_QSTR___class__));
        } else {
            bool is_instance = mps_obj_get_type(o) == &mps_type_instance;
            if (is_instance && mps_obj_class_lookup(mps_obj_get_class(o), MPS_QSTR___dir__) != MPS_OBJ_NULL) {
                // A class's __dir__ decides (dir() still sorts what it returns).
                mps_obj_t dest[2];
                mps_load_method(o, MPS_QSTR___dir__, dest);
                list = list_from(mps_call_method_n_kw(0, 0, dest));
            } else {
                if (is_instance) {
                    mps_obj_instance_t *inst = MPS_OBJ_TO_PTR(o);
                    size_t cur = 0;
                    for (mps_map_elem_t *e; (e = mps_map_next(&inst->members, &cur)) != NULL;) {
                        mps_obj_list_append(list, e->key);
                    }
                }
                mps_obj_class_dir(mps_obj_get_class(o), list);
                mps_obj_list_append(list, MPS_OBJ_NEW_QSTR(MPS_QSTR___class__));
            }
        }
    }
    // Sort, then drop the duplicates a name defined at several MRO levels leaves.
    mps_obj_list_sort(list, mps_const_none, false);
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(list, &len, &items);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (n == 0 || !mps_obj_equal(items[n - 1], items[i])) {
            items[n++] = items[i];
        }
    }
    mps_obj_list_set_len(list, n);
    return list;
}
static MPS_DEFINE_FUN_VAR(builtin_dir_obj, 0, 1, builtin_dir);

// --- classes -----------------------------------------------------------------------

// isinstance/issubclass against a class or a (nested) tuple of classes.
static bool subclass_of_any(mps_obj_t cls, mps_obj_t classinfo) {
    if (mps_obj_is_type_idx(classinfo, MPS_TYPE_IDX_tuple)) {
        size_t len;
        mps_obj_t *items;
        mps_obj_tuple_get(classinfo, &len, &items);
        for (size_t i = 0; i < len; i++) {
            if (subclass_of_any(cls, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!mps_obj_is_type(classinfo)) {
        mps_raise_TypeError("issubclass() arg 2 must be a class or a tuple of classes");
    }
    return mps_obj_is_subclass(cls, classinfo);
}

static mps_obj_t builtin_isinstance(mps_obj_t o, mps_obj_t classinfo) {
    return mps_obj_new_bool(subclass_of_any(mps_obj_get_class(o), classinfo));
}
static MPS_DEFINE_FUN_2(builtin_isinstance_obj, builtin_isinstance);

static mps_obj_t builtin_issubclass(mps_obj_t cls, mps_obj_t classinfo) {
    if (!mps_obj_is_type(cls)) {
        mps_raise_TypeError("issubclass() arg 1 must be a class");
    }
    return mps_obj_new_bool(subclass_of_any(cls, classinfo));
}
static MPS_DEFINE_FUN_2(builtin_issubclass_obj, builtin_issubclass);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static mps_obj_t builtin___import__(size_t n_args, const mps_obj_t *args) {
    mps_obj_t fromlist = n_args > 3 ? args[3] : mps_const_none;
    mps_obj_t level = n_args > 4 ? args[4] : MPS_OBJ_NEW_SMALL_INT(0);
    return mps_import_name(mps_obj_str_get_qstr(args[0]), fromlist, level);
}
static MPS_DEFINE_FUN_VAR(builtin___import___obj, 1, 5, builtin___import__);

// --- iteration -------------------------------------------------------------------------

static mps_obj_t builtin_iter(size_t n_args, const mps_obj_t *args) {
    if (n_args == 1) {
        return mps_getiter(args[0], NULL);
    }
    return mps_obj_new_callable_iter(args[0], args[1]); // iter(callable, sentinel)
}
static MPS_DEFINE_FUN_VAR(builtin_iter_obj, 1, 2, builtin_iter);

static mps_obj_t builtin_next(size_t n_args, const mps_obj_t *args) {
    // Without a default, a StopIteration raised by __next__ propagates as it is (with
    // its value); with one, it is swallowed. A generator's return value comes back on
    // the side (mps_state.stop_iteration_arg), as C iterators never raise.
    mps_state.stop_iteration_arg = MPS_OBJ_NULL;
    mps_obj_t item = n_args > 1 ? mps_iternext(args[0]) : mps_iternext_allow_raise(args[0]);
    if (item == MPS_OBJ_STOP_ITERATION) {
        mps_obj_t value = mps_state.stop_iteration_arg;
        mps_state.stop_iteration_arg = MPS_OBJ_NULL;
        if (n_args > 1) {
            return args[1];
        }
        if (value != MPS_OBJ_NULL) {
            mps_raise_StopIteration(value);
        }
        mps_raise(MPS_OBJ_FROM_PTR(&mps_type_StopIteration));
    }
    return item;
}
static MPS_DEFINE_FUN_VAR(builtin_next_obj, 1, 2, builtin_next);

// max() and min(): [op] is MORE or LESS.
static mps_obj_t min_max(size_t n_args, size_t n_kw, const mps_obj_t *args, mps_binary_op_t op) {
    static const uint16_t allowed[] = {MPS_QSTR_key, MPS_QSTR_default, 0};
    mps_obj_t key = kw_get(n_kw, args + n_args, MPS_QSTR_key, allowed);
    mps_obj_t dflt = kw_get(n_kw, args + n_args, MPS_QSTR_default, allowed);
    if (key == mps_const_none) {
        key = MPS_OBJ_NULL;
    }
    mps_obj_t best = MPS_OBJ_NULL, best_key = MPS_OBJ_NULL;
    if (n_args == 1) {
        mps_obj_iter_buf_t iter_buf;
        mps_obj_t it = mps_getiter(args[0], &iter_buf);
        for (mps_obj_t item; (item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
            mps_obj_t k = key != MPS_OBJ_NULL ? mps_call_function_1(key, item) : item;
            if (best == MPS_OBJ_NULL || mps_obj_is_true(mps_binary_op(op, k, best_key))) {
                best = item;
                best_key = k;
            }
        }
        if (best == MPS_OBJ_NULL) {
            if (dflt == MPS_OBJ_NULL) {
                mps_raise_ValueError("arg is an empty sequence");
            }
            return dflt;
        }
        return best;
    }
    if (dflt != MPS_OBJ_NULL) {
        mps_raise_TypeError("default is only valid for a single iterable");
    }
    for (size_t i = 0; i < n_args; i++) {
        mps_obj_t k = key != MPS_OBJ_NULL ? mps_call_function_1(key, args[i]) : args[i];
        if (best == MPS_OBJ_NULL || mps_obj_is_true(mps_binary_op(op, k, best_key))) {
            best = args[i];
            best_key = k;
        }
    }
    return best;
}

static mps_obj_t builtin_max(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    return min_max(n_args, n_kw, args, MPS_BINARY_OP_MORE);
}
static MPS_DEFINE_FUN_KW(builtin_max_obj, 1, builtin_max);

static mps_obj_t builtin_min(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    return min_max(n_args, n_kw, args, MPS_BINARY_OP_LESS);
}
static MPS_DEFINE_FUN_KW(builtin_min_obj, 1, builtin_min);

static mps_obj_t builtin_sorted(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    if (n_args > 1) {
        mps_raise_TypeError("must use keyword argument for key function");
    }
    static const uint16_t allowed[] = {MPS_QSTR_key, MPS_QSTR_reverse, 0};
    mps_obj_t key = kw_get(n_kw, args + n_args, MPS_QSTR_key, allowed);
    mps_obj_t reverse = kw_get(n_kw, args + n_args, MPS_QSTR_reverse, allowed);
    mps_obj_t list = list_from(args[0]);
    mps_obj_list_sort(list, key == MPS_OBJ_NULL ? mps_const_none : key,
                      reverse != MPS_OBJ_NULL && mps_obj_is_true(reverse));
    return list;
}
static MPS_DEFINE_FUN_KW(builtin_sorted_obj, 1, builtin_sorted);

static mps_obj_t builtin_sum(size_t n_args, const mps_obj_t *args) {
    mps_obj_t total = n_args > 1 ? args[1] : MPS_OBJ_NEW_SMALL_INT(0);
    mps_obj_iter_buf_t iter_buf;
    mps_obj_t it = mps_getiter(args[0], &iter_buf);
    for (mps_obj_t item; (item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        total = mps_binary_op(MPS_BINARY_OP_ADD, total, item);
    }
    return total;
}
static MPS_DEFINE_FUN_VAR(builtin_sum_obj, 1, 2, builtin_sum);

// --- numbers -----------------------------------------------------------------------

static mps_obj_t builtin_pow(size_t n_args, const mps_obj_t *args) {
    if (n_args == 2 || args[2] == mps_const_none) {
        return mps_binary_op(MPS_BINARY_OP_POWER, args[0], args[1]);
    }
    for (size_t i = 0; i < 3; i++) {
        if (!mps_obj_is_int(args[i]) && args[i] != mps_const_true && args[i] != mps_const_false) {
            mps_raise_TypeError("pow() with 3 arguments requires integers");
        }
    }
    return mps_obj_int_pow3(args[0], args[1], args[2]);
}
static MPS_DEFINE_FUN_VAR(builtin_pow_obj, 2, 3, builtin_pow);

static mps_obj_t builtin_round(size_t n_args, const mps_obj_t *args) {
    mps_obj_t x = args[0];
    mps_obj_t ndigits = n_args > 1 ? args[1] : MPS_OBJ_NULL;
    if (mps_obj_is_int(x) || mps_obj_is_float(x) || x == mps_const_true || x == mps_const_false) {
        return mps_obj_number_round(x, ndigits);
    }
    mps_obj_t dest[3];
    mps_load_method_maybe(x, MPS_QSTR___round__, dest);
    if (dest[0] == MPS_OBJ_NULL) {
        mps_raise_msg_varg(&mps_type_TypeError, "type %s doesn't define __round__ method", mps_obj_get_type_str(x));
    }
    if (ndigits == MPS_OBJ_NULL || ndigits == mps_const_none) {
        return mps_call_method_n_kw(0, 0, dest);
    }
    dest[2] = ndigits;
    return mps_call_method_n_kw(1, 0, dest);
}
static MPS_DEFINE_FUN_VAR(builtin_round_obj, 1, 2, builtin_round);

// --- input and output ----------------------------------------------------------------

// print(*args, sep=' ', end='\n', file=None)
static mps_obj_t builtin_print(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const uint16_t allowed[] = {MPS_QSTR_sep, MPS_QSTR_end, MPS_QSTR_file, 0};
    mps_obj_t sep = kw_get(n_kw, args + n_args, MPS_QSTR_sep, allowed);
    mps_obj_t end = kw_get(n_kw, args + n_args, MPS_QSTR_end, allowed);
    mps_obj_t file = kw_get(n_kw, args + n_args, MPS_QSTR_file, allowed);
    const char *sep_data = " ", *end_data = "\n";
    size_t sep_len = 1, end_len = 1;
    if (sep != MPS_OBJ_NULL && sep != mps_const_none) {
        sep_data = mps_obj_str_get_data(sep, &sep_len);
    }
    if (end != MPS_OBJ_NULL && end != mps_const_none) {
        end_data = mps_obj_str_get_data(end, &end_len);
    }
    bool to_file = file != MPS_OBJ_NULL && file != mps_const_none;
    // To a stream (a file, StringIO, an io.IOBase subclass, a UART): straight through
    // its protocol, allocating nothing. To any other object with a write method: build
    // the text, then one call of that method.
    vstr_t vstr;
    mps_print_t vp;
    const mps_print_t *print = &mps_plat_print;
    if (to_file && mps_get_stream(file) != NULL) {
        mps_stream_print_init(&vp, &file);
        print = &vp;
        to_file = false;
    } else if (to_file) {
        vstr_init_print(&vstr, 32, &vp);
        print = &vp;
    }
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            mps_print_strn(print, sep_data, sep_len);
        }
        mps_obj_print(print, args[i], MPS_PRINT_STR);
    }
    mps_print_strn(print, end_data, end_len);
    if (to_file) {
        mps_obj_t dest[3];
        mps_load_method(file, MPS_QSTR_write, dest);
        dest[2] = mps_obj_new_str(vstr.buf, vstr.len);
        mps_call_method_n_kw(1, 0, dest);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_KW(builtin_print_obj, 0, builtin_print);

static mps_obj_t builtin_input(size_t n_args, const mps_obj_t *args) {
    const char *prompt = n_args > 0 ? mps_obj_str_get_str(args[0]) : "";
    char *line = mps_hal_readline(prompt);
    if (line == NULL) {
        mps_raise(MPS_OBJ_FROM_PTR(&mps_type_EOFError));
    }
    mps_obj_t s = mps_obj_new_str(line, strlen(line));
    mps_hal_free_line(line);
    return s;
}
static MPS_DEFINE_FUN_VAR(builtin_input_obj, 0, 1, builtin_input);

// --- the module --------------------------------------------------------------------------

#define TYPE_ENTRY(name) { MPS_ROM_QSTR(MPS_QSTR_##name), MPS_ROM_PTR(&mps_type_##name) },
#define FUN_ENTRY(name) { MPS_ROM_QSTR(MPS_QSTR_##name), MPS_ROM_PTR(&builtin_##name##_obj) },

static const mps_rom_map_elem_t builtins_globals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_builtins) },
    { MPS_ROM_QSTR(MPS_QSTR___build_class__), MPS_ROM_PTR(&mps_builtin_build_class_obj) },
    FUN_ENTRY(__import__)
    // functions
    FUN_ENTRY(abs) FUN_ENTRY(all) FUN_ENTRY(any) FUN_ENTRY(bin) FUN_ENTRY(callable) FUN_ENTRY(chr)
    FUN_ENTRY(delattr) FUN_ENTRY(dir) FUN_ENTRY(divmod) FUN_ENTRY(format) FUN_ENTRY(getattr) FUN_ENTRY(globals)
    FUN_ENTRY(hasattr) FUN_ENTRY(hash) FUN_ENTRY(hex) FUN_ENTRY(id) FUN_ENTRY(input) FUN_ENTRY(isinstance)
    FUN_ENTRY(issubclass) FUN_ENTRY(iter) FUN_ENTRY(len) FUN_ENTRY(locals) FUN_ENTRY(max) FUN_ENTRY(min)
    FUN_ENTRY(next) FUN_ENTRY(oct) FUN_ENTRY(ord) FUN_ENTRY(pow) FUN_ENTRY(print) FUN_ENTRY(repr)
    FUN_ENTRY(round) FUN_ENTRY(setattr) FUN_ENTRY(sorted) FUN_ENTRY(sum)
    { MPS_ROM_QSTR(MPS_QSTR_eval), MPS_ROM_PTR(&mps_builtin_eval_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_exec), MPS_ROM_PTR(&mps_builtin_exec_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_compile), MPS_ROM_PTR(&mps_builtin_compile_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_open), MPS_ROM_PTR(&mps_builtin_open_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_help), MPS_ROM_PTR(&mps_builtin_help_obj) },
    // types
    TYPE_ENTRY(object) TYPE_ENTRY(type) TYPE_ENTRY(int) TYPE_ENTRY(float) TYPE_ENTRY(complex)
    TYPE_ENTRY(bool) TYPE_ENTRY(str) TYPE_ENTRY(bytes) TYPE_ENTRY(bytearray) TYPE_ENTRY(memoryview)
    TYPE_ENTRY(tuple) TYPE_ENTRY(list) TYPE_ENTRY(dict) TYPE_ENTRY(set) TYPE_ENTRY(frozenset)
    TYPE_ENTRY(range) TYPE_ENTRY(slice) TYPE_ENTRY(enumerate) TYPE_ENTRY(zip) TYPE_ENTRY(map)
    TYPE_ENTRY(filter) TYPE_ENTRY(reversed) TYPE_ENTRY(property) TYPE_ENTRY(staticmethod)
    TYPE_ENTRY(classmethod) TYPE_ENTRY(super)
    // exceptions
    TYPE_ENTRY(BaseException) TYPE_ENTRY(SystemExit) TYPE_ENTRY(KeyboardInterrupt)
    TYPE_ENTRY(GeneratorExit) TYPE_ENTRY(Exception) TYPE_ENTRY(StopIteration)
    TYPE_ENTRY(StopAsyncIteration) TYPE_ENTRY(ArithmeticError) TYPE_ENTRY(OverflowError)
    TYPE_ENTRY(ZeroDivisionError) TYPE_ENTRY(AssertionError) TYPE_ENTRY(AttributeError)
    TYPE_ENTRY(EOFError) TYPE_ENTRY(ImportError) TYPE_ENTRY(LookupError) TYPE_ENTRY(IndexError)
    TYPE_ENTRY(KeyError) TYPE_ENTRY(MemoryError) TYPE_ENTRY(NameError) TYPE_ENTRY(OSError)
    TYPE_ENTRY(RuntimeError) TYPE_ENTRY(NotImplementedError) TYPE_ENTRY(SyntaxError)
    TYPE_ENTRY(IndentationError) TYPE_ENTRY(TypeError) TYPE_ENTRY(ValueError) TYPE_ENTRY(UnicodeError)
    // constants
    { MPS_ROM_QSTR(MPS_QSTR_NotImplemented), MPS_ROM_PTR(&mps_const_notimplemented_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_Ellipsis), MPS_ROM_PTR(&mps_const_ellipsis_obj) },
};

static const mps_module_def_t builtins_def = {
    .name = MPS_QSTR_builtins,
    .globals = MPS_ROM_TABLE(builtins_globals_table),
};

const mps_obj_module_t mps_module_builtins = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .globals = MPS_OBJ_NULL,
    .rom = &builtins_def,
};
