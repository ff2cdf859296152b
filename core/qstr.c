// SPDX-License-Identifier: MIT
// Interned strings: static ones in ROM, dynamic ones in heap pools (see core/qstr.h).

#include "core/qstr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/obj.h"
#include "core/runtime.h"
#include "core/state.h"

typedef struct {
    uint16_t len;
    const char *str;
} static_qstr_t;

static const static_qstr_t static_qstrs[] = {
    {0, ""}, // MPS_QSTR_NULL
#define Q(name) {sizeof(#name) - 1, #name},
#define QS(name, text) {sizeof(text) - 1, text},
#include "core/qstrdefs.h"
#undef Q
#undef QS
};

// A pool of dynamic qstrs in the GC heap: what each costs on the device. The strings'
// bytes are in heap chunks that the pool's data references keep alive.
typedef struct {
    mps_ref_t prev;     // older pool
    mps_uint_t first;   // id of entry 0
    mps_uint_t alloc;
    mps_uint_t len;
    struct {
        uint16_t hash;
        uint16_t len;
        mps_ref_t data;
    } entries[];
} qstr_pool_t;

// Host-side index over all qstrs (static and dynamic): costs no heap, only speed.
// It caches what the pools hold and is rebuilt from nothing at qstr_init.
typedef struct {
    uint32_t *hashes;    // per id
    uint32_t *lens;
    const char **strs;
    size_t n;            // ids in use
    size_t alloc;
    uint32_t *slots;     // open addressing: id + 1, 0 empty
    size_t n_slots;      // power of two
} qstr_index_t;

static qstr_index_t qindex; // host memory; reset by qstr_init

#define POOL_FIRST_ALLOC (16)
#define CHUNK_MIN (128)

uint32_t qstr_compute_hash(const char *data, size_t len) {
    // FNV-1a, folded to 30 bits so that hash() fits a small int; never 0 (0 = unset).
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (uint8_t)data[i];
        h *= 16777619u;
    }
    h = (h ^ (h >> 30)) & 0x3fffffffu;
    return h ? h : 1;
}

static void host_oom(void) {
    fprintf(stderr, "mpsim: out of host memory for the qstr index\n");
    exit(1);
}

static void index_insert_slot(qstr q) {
    size_t mask = qindex.n_slots - 1;
    size_t i = qindex.hashes[q] & mask;
    while (qindex.slots[i] != 0) {
        i = (i + 1) & mask;
    }
    qindex.slots[i] = q + 1;
}

static void index_grow_slots(void) {
    size_t n = qindex.n_slots ? qindex.n_slots * 2 : 1024;
    free(qindex.slots);
    qindex.slots = calloc(n, sizeof(uint32_t));
    if (qindex.slots == NULL) {
        host_oom();
    }
    qindex.n_slots = n;
    for (size_t q = 1; q < qindex.n; q++) {
        index_insert_slot((qstr)q);
    }
}

static qstr index_add(const char *str, size_t len, uint32_t hash) {
    if (qindex.n == qindex.alloc) {
        size_t n = qindex.alloc ? qindex.alloc * 2 : 1024;
        qindex.hashes = realloc(qindex.hashes, n * sizeof(uint32_t));
        qindex.lens = realloc(qindex.lens, n * sizeof(uint32_t));
        qindex.strs = realloc(qindex.strs, n * sizeof(char *));
        if (qindex.hashes == NULL || qindex.lens == NULL || qindex.strs == NULL) {
            host_oom();
        }
        qindex.alloc = n;
    }
    qstr q = (qstr)qindex.n++;
    qindex.hashes[q] = hash;
    qindex.lens[q] = (uint32_t)len;
    qindex.strs[q] = str;
    if (q != MPS_QSTR_NULL) {
        if (qindex.n * 2 > qindex.n_slots) {
            index_grow_slots(); // reinserts q too
        } else {
            index_insert_slot(q);
        }
    }
    return q;
}

void qstr_init(void) {
    qindex.n = 0;
    free(qindex.slots);
    qindex.slots = NULL;
    qindex.n_slots = 0;
    mps_state.qstr_last_pool = MPS_OBJ_NULL;
    mps_state.qstr_chunk = MPS_OBJ_NULL;
    mps_state.qstr_last_chunk_used = 0;
    mps_state.qstr_last_chunk_alloc = 0;
    for (size_t i = 0; i < MPS_QSTR_NUM_STATIC; i++) {
        const static_qstr_t *s = &static_qstrs[i];
        index_add(s->str, s->len, qstr_compute_hash(s->str, s->len));
    }
}

qstr qstr_find_strn(const char *str, size_t len) {
    if (qindex.n_slots == 0) {
        return MPS_QSTR_NULL;
    }
    uint32_t h = qstr_compute_hash(str, len);
    size_t mask = qindex.n_slots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = qindex.slots[i];
        if (s == 0) {
            return len == 0 ? MPS_QSTR_empty : MPS_QSTR_NULL;
        }
        qstr q = s - 1;
        if (qindex.hashes[q] == h && qindex.lens[q] == len && memcmp(qindex.strs[q], str, len) == 0) {
            return q;
        }
    }
}

// Copies [len] bytes plus a NUL into the current heap chunk, starting a new chunk
// when it is full. Raises MemoryError.
static const char *store_bytes(const char *str, size_t len) {
    size_t need = len + 1;
    char *chunk = MPS_OBJ_TO_PTR(mps_state.qstr_chunk);
    if (chunk == NULL || mps_state.qstr_last_chunk_used + need > mps_state.qstr_last_chunk_alloc) {
        // Try to extend the chunk in place before starting another.
        size_t grow = mps_state.qstr_last_chunk_used + need;
        if (chunk != NULL && grow <= 4 * CHUNK_MIN && mps_mem_realloc_maybe(chunk, grow) != NULL) {
            mps_state.qstr_last_chunk_alloc = grow;
        } else {
            size_t n = need > CHUNK_MIN ? need : CHUNK_MIN;
            chunk = mps_mem_alloc(n);
            mps_state.qstr_chunk = MPS_OBJ_FROM_PTR(chunk);
            mps_state.qstr_last_chunk_used = 0;
            mps_state.qstr_last_chunk_alloc = n;
        }
    }
    char *dest = chunk + mps_state.qstr_last_chunk_used;
    memcpy(dest, str, len);
    dest[len] = '\0';
    mps_state.qstr_last_chunk_used += need;
    return dest;
}

qstr qstr_from_strn(const char *str, size_t len) {
    qstr q = qstr_find_strn(str, len);
    if (q != MPS_QSTR_NULL) {
        return q;
    }
    if (len > 0xffff) {
        mps_raise_RuntimeError("name too long");
    }
    qstr_pool_t *pool = MPS_OBJ_TO_PTR(mps_state.qstr_last_pool);
    if (pool == NULL || pool->len == pool->alloc) {
        size_t alloc = pool == NULL ? POOL_FIRST_ALLOC : pool->alloc * 2;
        qstr_pool_t *p = mps_mem_alloc(sizeof(qstr_pool_t) + alloc * sizeof(p->entries[0]));
        p->prev = MPS_REF(pool);
        p->first = (mps_uint_t)qindex.n;
        p->alloc = (mps_uint_t)alloc;
        mps_state.qstr_last_pool = MPS_OBJ_FROM_PTR(p);
        pool = p;
    }
    // The pool is rooted in mps_state, the source string is the caller's: store_bytes
    // may collect safely.
    const char *data = store_bytes(str, len);
    uint32_t h = qstr_compute_hash(data, len);
    pool->entries[pool->len].hash = (uint16_t)h;
    pool->entries[pool->len].len = (uint16_t)len;
    pool->entries[pool->len].data = MPS_REF(data);
    pool->len++;
    return index_add(data, len, h);
}

qstr qstr_from_str(const char *str) {
    return qstr_from_strn(str, strlen(str));
}

const char *qstr_str(qstr q) {
    return q < qindex.n ? qindex.strs[q] : "";
}

const char *qstr_data(qstr q, size_t *len) {
    if (q >= qindex.n) {
        *len = 0;
        return "";
    }
    *len = qindex.lens[q];
    return qindex.strs[q];
}

size_t qstr_len(qstr q) {
    return q < qindex.n ? qindex.lens[q] : 0;
}

uint32_t qstr_hash(qstr q) {
    return q < qindex.n ? qindex.hashes[q] : 0;
}

size_t qstr_count(void) {
    return qindex.n;
}

void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes) {
    *n_pool = *n_qstr = *n_str_data_bytes = *n_total_bytes = 0;
    for (qstr_pool_t *p = MPS_OBJ_TO_PTR(mps_state.qstr_last_pool); p != NULL; p = MPS_PTR(qstr_pool_t, p->prev)) {
        (*n_pool)++;
        *n_qstr += p->len;
        for (size_t i = 0; i < p->len; i++) {
            *n_str_data_bytes += p->entries[i].len + 1;
        }
        *n_total_bytes += sizeof(qstr_pool_t) + p->alloc * sizeof(p->entries[0]);
    }
    *n_total_bytes += *n_str_data_bytes;
}

bool qstr_is_static(qstr q) {
    return q < MPS_QSTR_NUM_STATIC;
}
