// SPDX-License-Identifier: MIT
// list: growable arrays of objects, their methods, operators and iterator.
#include "core/objlist.h"

#include <string.h>

#include "core/mem.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objiter.h"
#include "core/objslice.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/sequence.h"

// First items array of a list that grows by appending: 4 items fill one block.
#define LIST_MIN_ALLOC (4)

static inline mps_obj_list_t *list_ptr(mps_obj_t o) {
    return MPS_OBJ_TO_PTR(o);
}

static inline mps_obj_t *items_of(const mps_obj_list_t *l) {
    return MPS_PTR(mps_obj_t, l->items);
}

// memmove of [n] items; an empty list has no items array (NULL), and C forbids passing
// NULL to memmove/memcpy even for zero bytes.
static inline void move_items(mps_obj_t *dst, const mps_obj_t *src, size_t n) {
    if (n > 0) {
        memmove(dst, src, n * sizeof(mps_obj_t));
    }
}

// Makes room for at least [n] items, growing to exactly [n].
static void reserve_exact(mps_obj_list_t *l, size_t n) {
    if (n > l->alloc) {
        mps_obj_t *items = mps_mem_realloc(items_of(l), n * sizeof(mps_obj_t));
        l->items = MPS_REF(items);
        l->alloc = (mps_uint_t)n;
    }
}

static mps_obj_list_t *list_new(size_t n) {
    mps_obj_list_t *l = mps_obj_new(mps_obj_list_t, MPS_TYPE_IDX_list);
    if (n) {
        l->items = MPS_REF(mps_mem_alloc(n * sizeof(mps_obj_t)));
        l->alloc = (mps_uint_t)n;
        l->len = (mps_uint_t)n;
    }
    return l;
}

mps_obj_t mps_obj_new_list(size_t n, const mps_obj_t *items) {
    mps_obj_list_t *l = list_new(n);
    mps_obj_t *dst = items_of(l);
    if (items) {
        move_items(dst, items, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            dst[i] = mps_const_none;
        }
    }
    return MPS_OBJ_FROM_PTR(l);
}

mps_obj_t mps_obj_list_append(mps_obj_t list, mps_obj_t item) {
    mps_obj_list_t *l = list_ptr(list);
    if (l->len >= l->alloc) {
        size_t n = l->alloc ? l->alloc * 2 : LIST_MIN_ALLOC;
        l->items = MPS_REF(mps_mem_realloc(items_of(l), n * sizeof(mps_obj_t)));
        l->alloc = (mps_uint_t)n;
    }
    items_of(l)[l->len++] = item;
    return mps_const_none;
}

void mps_obj_list_get(mps_obj_t list, size_t *len, mps_obj_t **items) {
    mps_obj_list_t *l = list_ptr(list);
    *len = l->len;
    *items = items_of(l);
}

void mps_obj_list_set_len(mps_obj_t list, size_t len) {
    mps_obj_list_t *l = list_ptr(list);
    reserve_exact(l, len);
    for (size_t i = l->len; i < len; i++) {
        items_of(l)[i] = mps_const_none;
    }
    l->len = (mps_uint_t)len;
}

// True for a list or tuple, whose items can be read as an array.
static bool is_array(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_list) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_tuple);
}

mps_obj_t mps_obj_list_extend(mps_obj_t list, mps_obj_t iterable) {
    mps_obj_list_t *l = list_ptr(list);
    if (is_array(iterable)) {
        size_t n;
        mps_obj_t *src;
        mps_obj_get_array(iterable, &n, &src);
        size_t len = l->len; // l.extend(l) reads the old length only
        reserve_exact(l, len + n);
        if (iterable == list) {
            src = items_of(l);
        }
        move_items(items_of(l) + len, src, n);
        l->len = (mps_uint_t)(len + n);
        return list;
    }
    mps_obj_iter_buf_t buf;
    mps_obj_t it = mps_getiter(iterable, &buf);
    for (mps_obj_t x; (x = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION;) {
        mps_obj_list_append(list, x);
    }
    return list;
}

// Gives back the tail of an array that is far larger than the list (after pops and
// deletions), as MicroPython does; shrinking in place never fails.
static void maybe_shrink(mps_obj_list_t *l) {
    if (l->alloc > LIST_MIN_ALLOC && l->alloc > 2 * l->len) {
        size_t n = l->alloc / 2;
        void *p = mps_mem_realloc_maybe(items_of(l), n * sizeof(mps_obj_t));
        if (p) {
            l->items = MPS_REF(p);
            l->alloc = (mps_uint_t)n;
        }
    }
}

mps_obj_t mps_obj_new_list_from_iter(mps_obj_t iterable) {
    if (is_array(iterable)) {
        size_t n;
        mps_obj_t *items;
        mps_obj_get_array(iterable, &n, &items);
        return mps_obj_new_list(n, items);
    }
    if (mps_obj_is_type_idx(iterable, MPS_TYPE_IDX_range)) {
        // Exact size and no iterator object: list(range(n)) costs its items only.
        size_t n = mps_obj_get_len(iterable);
        const mps_obj_range_t *r = MPS_OBJ_TO_PTR(iterable);
        if (n == 0 || (MPS_SMALL_INT_FITS(r->start) && MPS_SMALL_INT_FITS((int64_t)r->start + (int64_t)(n - 1) * r->step))) {
            mps_obj_list_t *l = list_new(n);
            mps_int_t v = r->start;
            for (size_t i = 0; i < n; i++, v += r->step) {
                items_of(l)[i] = MPS_OBJ_NEW_SMALL_INT(v);
            }
            return MPS_OBJ_FROM_PTR(l);
        }
    }
    mps_obj_t list = mps_obj_new_list(0, NULL);
    mps_obj_list_extend(list, iterable);
    // Built by appending: give back the unused tail so the list costs its items only.
    mps_obj_list_t *l = list_ptr(list);
    if (l->len == 0 && l->items) {
        mps_mem_free(items_of(l));
        l->items = 0;
        l->alloc = 0;
    } else if (l->len < l->alloc) {
        void *p = mps_mem_realloc_maybe(items_of(l), l->len * sizeof(mps_obj_t));
        if (p) {
            l->items = MPS_REF(p);
            l->alloc = l->len;
        }
    }
    return list;
}

// --- sorting ---------------------------------------------------------------------------

static inline bool less(mps_obj_t a, mps_obj_t b) {
    // Tagged small ints keep their order as plain 32-bit signed words.
    if (MPS_OBJ_IS_SMALL_INT(a) && MPS_OBJ_IS_SMALL_INT(b)) {
        return (mps_int_t)a < (mps_int_t)b;
    }
    return mps_obj_is_true(mps_binary_op(MPS_BINARY_OP_LESS, a, b));
}

// Records are [w] words (the sort key first); merging moves whole records. While a
// merge runs, [pending, pending_end) of tmp and the hole at [hole] of the array describe
// how to put the array back together if a comparison raises.
typedef struct {
    mps_obj_t *tmp;
    size_t w;
    size_t pending;
    size_t pending_end;
    mps_obj_t *hole;
} sort_ctx_t;

static void insertion_sort(mps_obj_t *a, size_t n, size_t w) {
    mps_obj_t rec[2];
    for (size_t i = 1; i < n; i++) {
        if (!less(a[i * w], a[(i - 1) * w])) {
            continue;
        }
        // Find the place first and shift after: every comparison (which may raise)
        // sees the array whole.
        memcpy(rec, &a[i * w], w * sizeof(mps_obj_t));
        size_t j = i - 1;
        while (j > 0 && less(rec[0], a[(j - 1) * w])) {
            j--;
        }
        memmove(&a[(j + 1) * w], &a[j * w], (i - j) * w * sizeof(mps_obj_t));
        memcpy(&a[j * w], rec, w * sizeof(mps_obj_t));
    }
}

static void merge_sort(sort_ctx_t *ctx, mps_obj_t *a, size_t n) {
    size_t w = ctx->w;
    if (n <= 8) {
        insertion_sort(a, n, w);
        return;
    }
    size_t h = n / 2;
    merge_sort(ctx, a, h);
    merge_sort(ctx, a + h * w, n - h);
    if (!less(a[h * w], a[(h - 1) * w])) {
        return; // already in order
    }
    mps_obj_t *tmp = ctx->tmp;
    memcpy(tmp, a, h * w * sizeof(mps_obj_t));
    size_t i = 0, j = h, k = 0;
    ctx->pending_end = h;
    while (i < h && j < n) {
        ctx->pending = i;
        ctx->hole = &a[k * w];
        // Take from the right run only when strictly smaller: keeps the sort stable.
        if (less(a[j * w], tmp[i * w])) {
            memcpy(&a[k * w], &a[j * w], w * sizeof(mps_obj_t));
            j++;
        } else {
            memcpy(&a[k * w], &tmp[i * w], w * sizeof(mps_obj_t));
            i++;
        }
        k++;
    }
    memcpy(&a[k * w], &tmp[i * w], (h - i) * w * sizeof(mps_obj_t));
    ctx->hole = NULL;
}

static void reverse_records(mps_obj_t *a, size_t n, size_t w) {
    mps_obj_t rec[2];
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        memcpy(rec, &a[i * w], w * sizeof(mps_obj_t));
        memcpy(&a[i * w], &a[j * w], w * sizeof(mps_obj_t));
        memcpy(&a[j * w], rec, w * sizeof(mps_obj_t));
    }
}

// Sorts [n] records of [w] words at [a] in place, stably.
static void sort_records(mps_obj_t *a, size_t n, size_t w, bool reverse) {
    if (n < 2) {
        return;
    }
    sort_ctx_t ctx = {.tmp = NULL, .w = w, .hole = NULL};
    if (n > 8) {
        ctx.tmp = mps_mem_alloc((n / 2) * w * sizeof(mps_obj_t));
    }
    // Reversing before and after a stable ascending sort gives a stable descending one.
    if (reverse) {
        reverse_records(a, n, w);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        merge_sort(&ctx, a, n);
        nlr_pop();
    } else {
        if (ctx.hole) {
            memcpy(ctx.hole, &ctx.tmp[ctx.pending * w], (ctx.pending_end - ctx.pending) * w * sizeof(mps_obj_t));
        }
        if (ctx.tmp) {
            mps_mem_free(ctx.tmp);
        }
        nlr_jump(nlr.ret_val);
    }
    if (reverse) {
        reverse_records(a, n, w);
    }
    if (ctx.tmp) {
        mps_mem_free(ctx.tmp);
    }
}

// Sorts [n] items at [items], which no list owns during the sort.
static void sort_detached(mps_obj_t *items, size_t n, mps_obj_t key_fn, bool reverse) {
    if (key_fn == MPS_OBJ_NULL || key_fn == mps_const_none) {
        sort_records(items, n, 1, reverse);
        return;
    }
    // (key, item) records, sorted apart from the items: a raise leaves them as they were.
    mps_obj_t *rec = mps_mem_alloc(n * 2 * sizeof(mps_obj_t));
    for (size_t i = 0; i < n; i++) {
        rec[2 * i + 1] = items[i];
        rec[2 * i] = mps_call_function_1(key_fn, items[i]);
    }
    sort_records(rec, n, 2, reverse);
    for (size_t i = 0; i < n; i++) {
        items[i] = rec[2 * i + 1];
    }
    mps_mem_free(rec);
}

void mps_obj_list_sort(mps_obj_t list, mps_obj_t key_fn, bool reverse) {
    mps_obj_list_t *l = list_ptr(list);
    // As in CPython the list looks empty while it is sorted, so that a key function or
    // a comparison that changes it cannot pull the array from under the sort.
    mps_obj_list_t saved = *l;
    l->items = 0;
    l->len = 0;
    l->alloc = 0;
    nlr_buf_t nlr;
    volatile bool raised = false;
    if (nlr_push(&nlr) == 0) {
        if (saved.len > 1) {
            sort_detached(items_of(&saved), saved.len, key_fn, reverse);
        }
        nlr_pop();
    } else {
        raised = true;
    }
    bool modified = l->len != 0 || l->items != 0;
    if (l->items) {
        mps_mem_free(items_of(l));
    }
    *l = saved;
    if (raised) {
        nlr_jump(nlr.ret_val);
    }
    if (modified) {
        mps_raise_ValueError("list modified during sort");
    }
}

// --- methods ----------------------------------------------------------------------------

static mps_obj_t list_append(mps_obj_t self, mps_obj_t item) {
    return mps_obj_list_append(self, item);
}
static MPS_DEFINE_FUN_2(list_append_obj, list_append);

static mps_obj_t list_extend(mps_obj_t self, mps_obj_t iterable) {
    mps_obj_list_extend(self, iterable);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(list_extend_obj, list_extend);

static mps_obj_t list_insert(mps_obj_t self, mps_obj_t index, mps_obj_t item) {
    mps_obj_list_t *l = list_ptr(self);
    mps_int_t i = mps_obj_get_int(index);
    mps_int_t len = (mps_int_t)l->len;
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = 0;
        }
    } else if (i > len) {
        i = len;
    }
    mps_obj_list_append(self, mps_const_none); // grows the array as append does
    mps_obj_t *items = items_of(l);
    move_items(&items[i + 1], &items[i], (size_t)(len - i));
    items[i] = item;
    return mps_const_none;
}
static MPS_DEFINE_FUN_3(list_insert_obj, list_insert);

// Removes the item at [i] (a valid index) and returns it.
static mps_obj_t remove_at(mps_obj_list_t *l, size_t i) {
    mps_obj_t *items = items_of(l);
    mps_obj_t x = items[i];
    move_items(&items[i], &items[i + 1], l->len - i - 1);
    l->len--;
    items[l->len] = MPS_OBJ_NULL; // let the GC reclaim what it referred to
    maybe_shrink(l);
    return x;
}

static mps_obj_t list_pop(size_t n_args, const mps_obj_t *args) {
    mps_obj_list_t *l = list_ptr(args[0]);
    if (l->len == 0) {
        mps_raise_IndexError("pop from empty list");
    }
    size_t i = l->len - 1;
    if (n_args > 1) {
        i = mps_get_index(&mps_type_list, l->len, args[1], false);
    }
    return remove_at(l, i);
}
static MPS_DEFINE_FUN_VAR(list_pop_obj, 1, 2, list_pop);

static mps_obj_t list_remove(mps_obj_t self, mps_obj_t value) {
    mps_obj_list_t *l = list_ptr(self);
    for (size_t i = 0; i < l->len; i++) {
        mps_obj_t x = items_of(l)[i];
        if (x == value || mps_obj_equal(x, value)) {
            remove_at(l, i);
            return mps_const_none;
        }
    }
    mps_raise_ValueError("object not in sequence");
}
static MPS_DEFINE_FUN_2(list_remove_obj, list_remove);

static mps_obj_t list_index(size_t n_args, const mps_obj_t *args) {
    mps_obj_list_t *l = list_ptr(args[0]);
    return mps_seq_index_obj(&mps_type_list, items_of(l), l->len, n_args, args);
}
static MPS_DEFINE_FUN_VAR(list_index_obj, 2, 4, list_index);

static mps_obj_t list_count(mps_obj_t self, mps_obj_t value) {
    mps_obj_list_t *l = list_ptr(self);
    return mps_seq_count_obj(items_of(l), l->len, value);
}
static MPS_DEFINE_FUN_2(list_count_obj, list_count);

static mps_obj_t list_reverse(mps_obj_t self) {
    mps_obj_list_t *l = list_ptr(self);
    if (l->len > 1) {
        reverse_records(items_of(l), l->len, 1);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(list_reverse_obj, list_reverse);

static mps_obj_t list_copy(mps_obj_t self) {
    mps_obj_list_t *l = list_ptr(self);
    return mps_obj_new_list(l->len, items_of(l));
}
static MPS_DEFINE_FUN_1(list_copy_obj, list_copy);

static mps_obj_t list_clear(mps_obj_t self) {
    mps_obj_list_t *l = list_ptr(self);
    if (l->items) {
        mps_mem_free(items_of(l));
    }
    l->items = 0;
    l->alloc = 0;
    l->len = 0;
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(list_clear_obj, list_clear);

static mps_obj_t list_sort(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        { MPS_QSTR_key, MPS_ARG_KW_ONLY | MPS_ARG_OBJ, {.u_obj = mps_const_none} },
        { MPS_QSTR_reverse, MPS_ARG_KW_ONLY | MPS_ARG_BOOL, {.u_bool = false} },
    };
    mps_arg_val_t vals[2];
    mps_arg_parse_all(n_args - 1, args + 1, n_kw, args + n_args, 2, allowed, vals);
    mps_obj_list_sort(args[0], vals[0].u_obj, vals[1].u_bool);
    return mps_const_none;
}
static MPS_DEFINE_FUN_KW(list_sort_obj, 1, list_sort);

// --- slots -------------------------------------------------------------------------------

static void list_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_list_t *l = list_ptr(o);
    mps_print_str(print, "[");
    // Re-read len and items each time: printing an item may run code that changes us.
    for (size_t i = 0; i < l->len; i++) {
        if (i > 0) {
            mps_print_str(print, ", ");
        }
        mps_obj_print(print, items_of(l)[i], MPS_PRINT_REPR);
    }
    mps_print_str(print, "]");
}

static mps_obj_t list_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                               const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return mps_obj_new_list(0, NULL);
    }
    return mps_obj_new_list_from_iter(args[0]);
}

static mps_obj_t list_unary_op(mps_unary_op_t op, mps_obj_t o) {
    mps_obj_list_t *l = list_ptr(o);
    switch (op) {
        case MPS_UNARY_OP_BOOL: return mps_obj_new_bool(l->len != 0);
        case MPS_UNARY_OP_LEN: return MPS_OBJ_NEW_SMALL_INT((mps_int_t)l->len);
        case MPS_UNARY_OP_SIZEOF:
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)(sizeof(mps_obj_list_t) + l->alloc * sizeof(mps_obj_t)));
        default: return MPS_OBJ_NULL;
    }
}

static mps_obj_t list_binary_op(mps_binary_op_t op, mps_obj_t lhs, mps_obj_t rhs) {
    if (op != MPS_BINARY_OP_CONTAINS) {
        rhs = mps_seq_unwrap(rhs);
    }
    mps_obj_list_t *l = list_ptr(lhs);
    switch (op) {
        case MPS_BINARY_OP_ADD: {
            if (!mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_list)) {
                return MPS_OBJ_NULL;
            }
            mps_obj_list_t *r = list_ptr(rhs);
            mps_obj_list_t *res = list_new(l->len + r->len);
            move_items(items_of(res), items_of(l), l->len);
            move_items(items_of(res) + l->len, items_of(r), r->len);
            return MPS_OBJ_FROM_PTR(res);
        }
        case MPS_BINARY_OP_INPLACE_ADD:
            return mps_obj_list_extend(lhs, rhs);
        case MPS_BINARY_OP_MULTIPLY:
        case MPS_BINARY_OP_REVERSE_MULTIPLY:
        case MPS_BINARY_OP_INPLACE_MULTIPLY: {
            size_t times;
            if (!mps_seq_get_repeat(rhs, l->len, &times)) {
                return MPS_OBJ_NULL;
            }
            size_t len = l->len;
            if (op == MPS_BINARY_OP_INPLACE_MULTIPLY) {
                if (times == 0) {
                    list_clear(lhs);
                    return lhs;
                }
                reserve_exact(l, len * times);
                mps_obj_t *items = items_of(l);
                for (size_t i = 1; i < times; i++) {
                    move_items(items + i * len, items, len);
                }
                l->len = (mps_uint_t)(len * times);
                return lhs;
            }
            mps_obj_list_t *res = list_new(len * times);
            mps_seq_multiply(items_of(l), sizeof(mps_obj_t), len, times, items_of(res));
            return MPS_OBJ_FROM_PTR(res);
        }
        case MPS_BINARY_OP_CONTAINS:
            return mps_obj_new_bool(mps_seq_contains_obj(items_of(l), l->len, rhs));
        case MPS_BINARY_OP_EQUAL:
        case MPS_BINARY_OP_NOT_EQUAL:
        case MPS_BINARY_OP_LESS:
        case MPS_BINARY_OP_LESS_EQUAL:
        case MPS_BINARY_OP_MORE:
        case MPS_BINARY_OP_MORE_EQUAL: {
            if (!mps_obj_is_type_idx(rhs, MPS_TYPE_IDX_list)) {
                if (op == MPS_BINARY_OP_EQUAL) {
                    return mps_const_false;
                }
                if (op == MPS_BINARY_OP_NOT_EQUAL) {
                    return mps_const_true;
                }
                return MPS_OBJ_NULL;
            }
            mps_obj_list_t *r = list_ptr(rhs);
            return mps_obj_new_bool(mps_seq_cmp_objs(op, items_of(l), l->len, items_of(r), r->len));
        }
        default:
            return MPS_OBJ_NULL;
    }
}

// The items of [value] for a slice assignment, as an array that stays valid while we
// write into [self]: a copy when the value is the list itself, a new list otherwise.
static void values_for_slice(mps_obj_t self, mps_obj_t value, size_t *n, mps_obj_t **items) {
    if (value != self && is_array(value)) {
        mps_obj_get_array(value, n, items);
        return;
    }
    mps_obj_t copy = mps_obj_new_list_from_iter(value);
    mps_obj_list_get(copy, n, items);
}

static void slice_store(mps_obj_list_t *l, mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    size_t m;
    mps_obj_t *src;
    values_for_slice(self, value, &m, &src);
    mps_bound_slice_t b;
    size_t slen = mps_seq_get_slice(l->len, index, &b);
    if (b.step == 1) {
        size_t start = (size_t)b.start;
        size_t len = l->len;
        size_t new_len = len - slen + m;
        reserve_exact(l, new_len);
        mps_obj_t *items = items_of(l);
        move_items(&items[start + m], &items[start + slen], len - start - slen);
        move_items(&items[start], src, m);
        for (size_t i = new_len; i < len; i++) {
            items[i] = MPS_OBJ_NULL;
        }
        l->len = (mps_uint_t)new_len;
        maybe_shrink(l);
        return;
    }
    if (m != slen) {
        mps_raise_msg_varg(&mps_type_ValueError,
                           "attempt to assign sequence of size %u to extended slice of size %u",
                           (unsigned)m, (unsigned)slen);
    }
    mps_obj_t *items = items_of(l);
    mps_int_t pos = b.start;
    for (size_t i = 0; i < m; i++, pos += b.step) {
        items[pos] = src[i];
    }
}

static void slice_delete(mps_obj_list_t *l, mps_obj_t index) {
    mps_bound_slice_t b;
    size_t slen = mps_seq_get_slice(l->len, index, &b);
    if (slen == 0) {
        return;
    }
    // Walk upwards whatever the sign of the step.
    size_t start = (size_t)b.start, step = (size_t)b.step;
    if (b.step < 0) {
        start = (size_t)(b.start + (mps_int_t)(slen - 1) * b.step);
        step = (size_t)-b.step;
    }
    mps_obj_t *items = items_of(l);
    size_t len = l->len, dst = start;
    for (size_t src = start; src < len; src++) {
        if (src >= start && (src - start) % step == 0 && (src - start) / step < slen) {
            continue;
        }
        items[dst++] = items[src];
    }
    for (size_t i = dst; i < len; i++) {
        items[i] = MPS_OBJ_NULL;
    }
    l->len = (mps_uint_t)dst;
    maybe_shrink(l);
}

static mps_obj_t list_subscr(mps_obj_t self, mps_obj_t index, mps_obj_t value) {
    mps_obj_list_t *l = list_ptr(self);
    size_t i;
    if (MPS_OBJ_IS_SMALL_INT(index)) {
        mps_int_t v = MPS_OBJ_SMALL_INT_VALUE(index);
        if (v < 0) {
            v += (mps_int_t)l->len;
        }
        if ((mps_uint_t)v >= l->len) {
            mps_raise_IndexError("list index out of range");
        }
        i = (size_t)v;
    } else if (mps_obj_is_type_idx(index, MPS_TYPE_IDX_slice)) {
        if (value == MPS_OBJ_SENTINEL) {
            mps_bound_slice_t b;
            size_t n = mps_seq_get_slice(l->len, index, &b);
            mps_obj_list_t *res = list_new(n);
            mps_seq_slice_copy(items_of(l), sizeof(mps_obj_t), &b, items_of(res));
            return MPS_OBJ_FROM_PTR(res);
        }
        if (value == MPS_OBJ_NULL) {
            slice_delete(l, index);
        } else {
            slice_store(l, self, index, value);
        }
        return mps_const_none;
    } else {
        i = mps_get_index(&mps_type_list, l->len, index, false);
    }
    if (value == MPS_OBJ_SENTINEL) {
        return items_of(l)[i];
    }
    if (value == MPS_OBJ_NULL) {
        remove_at(l, i);
    } else {
        items_of(l)[i] = value;
    }
    return mps_const_none;
}

// --- iterator ----------------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base;
    mps_obj_t list;
    mps_uint_t cur;
} list_iter_t;

static mps_obj_t list_iter_next(mps_obj_t self) {
    list_iter_t *it = MPS_OBJ_TO_PTR(self);
    mps_obj_list_t *l = list_ptr(it->list);
    if (it->cur < l->len) {
        return items_of(l)[it->cur++];
    }
    return MPS_OBJ_STOP_ITERATION;
}

const mps_obj_type_t mps_type_list_iter = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF | MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_iterator,
    .getiter = mps_iter_self,
    .iternext = list_iter_next,
};

static mps_obj_t list_getiter(mps_obj_t self, mps_obj_iter_buf_t *iter_buf) {
    list_iter_t *it = iter_buf ? (list_iter_t *)iter_buf : mps_obj_new(list_iter_t, MPS_TYPE_IDX_list_iter);
    it->base.type = MPS_TYPE_IDX_list_iter;
    it->list = self;
    it->cur = 0;
    return MPS_OBJ_FROM_PTR(it);
}

static const mps_rom_map_elem_t list_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_append), MPS_ROM_PTR(&list_append_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_clear), MPS_ROM_PTR(&list_clear_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_copy), MPS_ROM_PTR(&list_copy_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_count), MPS_ROM_PTR(&list_count_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_extend), MPS_ROM_PTR(&list_extend_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_index), MPS_ROM_PTR(&list_index_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_insert), MPS_ROM_PTR(&list_insert_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_pop), MPS_ROM_PTR(&list_pop_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_remove), MPS_ROM_PTR(&list_remove_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_reverse), MPS_ROM_PTR(&list_reverse_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_sort), MPS_ROM_PTR(&list_sort_obj) },
};

const mps_obj_type_t mps_type_list = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals = MPS_ROM_TABLE(list_locals_table),
};
