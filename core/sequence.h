// SPDX-License-Identifier: MIT
// Helpers shared by the sequence types (list, tuple, str, bytes, bytearray, range):
// slice resolution, repetition, lexicographic comparison, count and index.
#ifndef CORE_SEQUENCE_H
#define CORE_SEQUENCE_H

#include "core/objslice.h"

// Resolves [index] (a slice object) against a sequence of [len] items into
// [out] (as slice.indices() does). Returns the number of items the slice selects.
// Raises ValueError for a zero step.
size_t mps_seq_get_slice(size_t len, mps_obj_t index, mps_bound_slice_t *out);

// Number of items a resolved slice selects.
size_t mps_seq_slice_len(const mps_bound_slice_t *s);

// Copies the items selected by [s] (each [item_size] bytes, from [src]) to [dest],
// which must have room for mps_seq_slice_len(s) items.
void mps_seq_slice_copy(const void *src, size_t item_size, const mps_bound_slice_t *s, void *dest);

// The repeat count of `seq * n` from [n]: 0 for negative n. Returns false if [n] is not
// an int (the caller then returns MPS_OBJ_NULL for "unsupported"). Raises MemoryError
// (OverflowError for huge n) when [len] * n items would not fit the heap's address space.
bool mps_seq_get_repeat(mps_obj_t n, size_t len, size_t *times);

// Fills [dest] with [times] copies of [len] items of [item_size] bytes from [src].
void mps_seq_multiply(const void *src, size_t item_size, size_t len, size_t times, void *dest);

// Compares two byte strings with the comparison operator [op] (LESS .. NOT_EQUAL).
bool mps_seq_cmp_bytes(mps_binary_op_t op, const void *a, size_t a_len, const void *b, size_t b_len);

// Compares two arrays of objects lexicographically with [op] (LESS .. NOT_EQUAL) using
// == on items and then [op] on the first differing pair. May raise (from the items).
bool mps_seq_cmp_objs(mps_binary_op_t op, const mps_obj_t *a, size_t a_len, const mps_obj_t *b,
                      size_t b_len);

// seq.count(value) over an item array: a small int.
mps_obj_t mps_seq_count_obj(const mps_obj_t *items, size_t len, mps_obj_t value);

// seq.index(value[, start[, end]]) over an item array. [args] holds self, value and the
// optional bounds ([n_args] counts self). Raises ValueError when absent.
mps_obj_t mps_seq_index_obj(const mps_obj_type_t *type, const mps_obj_t *items, size_t len,
                            size_t n_args, const mps_obj_t *args);

// True if [value] == some item (the `in` operator).
bool mps_seq_contains_obj(const mps_obj_t *items, size_t len, mps_obj_t value);

// [o] itself, or the native object inside an instance of a class derived from a
// built-in type (so that `(1,) == MyTuple((1,))` compares the tuples).
mps_obj_t mps_seq_unwrap(mps_obj_t o);

// True when [op] is one of the six ordering/equality comparisons.
static inline bool mps_seq_is_comparison(mps_binary_op_t op) {
    return op <= MPS_BINARY_OP_NOT_EQUAL;
}

#endif // CORE_SEQUENCE_H
