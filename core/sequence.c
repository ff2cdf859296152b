// SPDX-License-Identifier: MIT
// Helpers shared by the sequence types: slices, repetition, comparison, count/index.
#include "core/sequence.h"

#include <string.h>

#include "core/objint.h"
#include "core/objtype.h"
#include "core/runtime.h"

size_t mps_seq_slice_len(const mps_bound_slice_t *s) {
    if (s->step > 0) {
        return s->start < s->stop ? (size_t)((s->stop - s->start - 1) / s->step + 1) : 0;
    }
    return s->stop < s->start ? (size_t)((s->start - s->stop - 1) / -s->step + 1) : 0;
}

size_t mps_seq_get_slice(size_t len, mps_obj_t index, mps_bound_slice_t *out) {
    mps_obj_slice_indices(index, len, out);
    return mps_seq_slice_len(out);
}

void mps_seq_slice_copy(const void *src, size_t item_size, const mps_bound_slice_t *s, void *dest) {
    size_t n = mps_seq_slice_len(s);
    if (n == 0) {
        return; // src and dest may be NULL (empty sequences), and start out of range
    }
    const char *from = (const char *)src + (size_t)s->start * item_size;
    if (s->step == 1) {
        memcpy(dest, from, n * item_size);
        return;
    }
    char *to = dest;
    ptrdiff_t stride = (ptrdiff_t)s->step * (ptrdiff_t)item_size;
    for (size_t i = 0; i < n; i++, to += item_size, from += stride) {
        memcpy(to, from, item_size);
    }
}

bool mps_seq_get_repeat(mps_obj_t n, size_t len, size_t *times) {
    mps_int_t count;
    if (MPS_OBJ_IS_SMALL_INT(n)) {
        count = MPS_OBJ_SMALL_INT_VALUE(n);
    } else if (mps_obj_is_int(n) || n == mps_const_true || n == mps_const_false) {
        if (mps_obj_is_int(n) && mps_obj_int_is_big(n)) {
            if (mps_obj_int_sign(n) < 0 || len == 0) {
                *times = 0;
                return true;
            }
            mps_raise_MemoryError();
        }
        count = mps_obj_get_int(n);
    } else {
        return false;
    }
    if (count <= 0 || len == 0) {
        *times = 0;
        return true;
    }
    // A 32-bit heap cannot hold more than 2^32 bytes, whatever the host could.
    if ((uint64_t)len * (uint64_t)count > (uint64_t)UINT32_MAX / 4) {
        mps_raise_MemoryError();
    }
    *times = (size_t)count;
    return true;
}

void mps_seq_multiply(const void *src, size_t item_size, size_t len, size_t times, void *dest) {
    size_t chunk = item_size * len;
    char *to = dest;
    for (size_t i = 0; i < times; i++, to += chunk) {
        memcpy(to, src, chunk);
    }
}

// The result of an ordering comparison once the first difference (or the lengths)
// decided it: [cmp] < 0, 0 or > 0.
static bool cmp_result(mps_binary_op_t op, int cmp) {
    switch (op) {
        case MPS_BINARY_OP_LESS: return cmp < 0;
        case MPS_BINARY_OP_MORE: return cmp > 0;
        case MPS_BINARY_OP_EQUAL: return cmp == 0;
        case MPS_BINARY_OP_LESS_EQUAL: return cmp <= 0;
        case MPS_BINARY_OP_MORE_EQUAL: return cmp >= 0;
        default: return cmp != 0;
    }
}

bool mps_seq_cmp_bytes(mps_binary_op_t op, const void *a, size_t a_len, const void *b, size_t b_len) {
    if ((op == MPS_BINARY_OP_EQUAL || op == MPS_BINARY_OP_NOT_EQUAL) && a_len != b_len) {
        return op == MPS_BINARY_OP_NOT_EQUAL;
    }
    size_t n = a_len < b_len ? a_len : b_len;
    int cmp = memcmp(a, b, n);
    if (cmp == 0) {
        cmp = a_len < b_len ? -1 : a_len > b_len ? 1 : 0;
    }
    return cmp_result(op, cmp);
}

bool mps_seq_cmp_objs(mps_binary_op_t op, const mps_obj_t *a, size_t a_len, const mps_obj_t *b,
                      size_t b_len) {
    if ((op == MPS_BINARY_OP_EQUAL || op == MPS_BINARY_OP_NOT_EQUAL) && a_len != b_len) {
        return op == MPS_BINARY_OP_NOT_EQUAL;
    }
    size_t n = a_len < b_len ? a_len : b_len;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == b[i] || mps_obj_equal(a[i], b[i])) {
            continue;
        }
        // First difference decides.
        if (op == MPS_BINARY_OP_EQUAL) {
            return false;
        }
        if (op == MPS_BINARY_OP_NOT_EQUAL) {
            return true;
        }
        return mps_obj_is_true(mps_binary_op(op, a[i], b[i]));
    }
    return cmp_result(op, a_len < b_len ? -1 : a_len > b_len ? 1 : 0);
}

mps_obj_t mps_seq_count_obj(const mps_obj_t *items, size_t len, mps_obj_t value) {
    mps_int_t count = 0;
    for (size_t i = 0; i < len; i++) {
        if (items[i] == value || mps_obj_equal(items[i], value)) {
            count++;
        }
    }
    return MPS_OBJ_NEW_SMALL_INT(count);
}

mps_obj_t mps_seq_index_obj(const mps_obj_type_t *type, const mps_obj_t *items, size_t len,
                            size_t n_args, const mps_obj_t *args) {
    size_t start = 0, stop = len;
    if (n_args >= 3 && args[2] != mps_const_none) {
        start = mps_get_index(type, len, args[2], true);
    }
    if (n_args >= 4 && args[3] != mps_const_none) {
        stop = mps_get_index(type, len, args[3], true);
    }
    mps_obj_t value = args[1];
    for (size_t i = start; i < stop; i++) {
        if (items[i] == value || mps_obj_equal(items[i], value)) {
            return MPS_OBJ_NEW_SMALL_INT((mps_int_t)i);
        }
    }
    mps_raise_ValueError("object not in sequence");
}

bool mps_seq_contains_obj(const mps_obj_t *items, size_t len, mps_obj_t value) {
    for (size_t i = 0; i < len; i++) {
        if (items[i] == value || mps_obj_equal(items[i], value)) {
            return true;
        }
    }
    return false;
}

mps_obj_t mps_seq_unwrap(mps_obj_t o) {
    if (MPS_OBJ_IS_OBJ(o) && ((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type >= MPS_TYPE_TABLE_SIZE) {
        return mps_obj_instance_native(o);
    }
    return o;
}
