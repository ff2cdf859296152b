// SPDX-License-Identifier: MIT
// Interned strings (qstr): each distinct name is stored once and named by a small id.
#ifndef CORE_QSTR_H
#define CORE_QSTR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Theory of operation
// -------------------
// A qstr is an index. Static qstrs (core/qstrdefs.h) are compiled into the executable
// and cost no heap ("ROM"). Any other string interned at run time (names in a compiled
// module, attribute names made with setattr ...) goes to a pool in the GC heap, as on
// the device: a pool object holds the hashes, lengths and data pointers of its qstrs,
// and the bytes themselves live in heap chunks. Pools are never freed. The ids of
// dynamic qstrs follow the static ones. A host-side index speeds up lookups and costs
// no heap.

typedef uint32_t qstr;

enum {
#define Q(name) MPS_QSTR_##name,
#define QS(name, str) MPS_QSTR_##name,
    MPS_QSTR_NULL,
#include "core/qstrdefs.h"
#undef Q
#undef QS
    MPS_QSTR_NUM_STATIC
};

// Hash of [len] bytes at [data], as used for str and qstr (fits a small int).
uint32_t qstr_compute_hash(const char *data, size_t len);

// Sets up the static qstrs' index and forgets dynamic ones (heap must be fresh).
void qstr_init(void);

// Interns [len] bytes at [str] and returns its qstr. Raises MemoryError.
qstr qstr_from_strn(const char *str, size_t len);
qstr qstr_from_str(const char *str);
// The qstr of [str] if interned already, else MPS_QSTR_NULL. Never allocates.
qstr qstr_find_strn(const char *str, size_t len);

// NUL-terminated text of [q].
const char *qstr_str(qstr q);
// Bytes and length of [q].
const char *qstr_data(qstr q, size_t *len);
size_t qstr_len(qstr q);
uint32_t qstr_hash(qstr q);

// Figures for micropython.qstr_info(): pools, qstrs, bytes of string data, and heap
// bytes used by the pools and chunks together.
void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes);
// Number of qstrs in total (static + dynamic).
size_t qstr_count(void);
// True for the qstrs compiled into the executable (they cost no heap).
bool qstr_is_static(qstr q);

#endif // CORE_QSTR_H
