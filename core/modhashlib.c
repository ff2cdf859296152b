// SPDX-License-Identifier: MIT
// The hashlib module: sha256, sha1 and md5 objects with update() and digest(), as
// MicroPython's (digest() finishes the hash: further calls raise ValueError).

#include "core/hashes.h"
#include "core/objfun.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/print.h"
#include "core/runtime.h"

// The object header, then the algorithm's context (core/hashes.h) in the same
// allocation: 112 bytes for sha256 (MicroPython needs 144), 96 for md5.
typedef struct {
    mps_obj_base_t base;
    mps_uint_t final; // digest() was called
} mps_obj_hash_t;

extern const mps_obj_type_t mps_type_sha256;
extern const mps_obj_type_t mps_type_sha1;
extern const mps_obj_type_t mps_type_md5;

static mps_hash_ctx_t *hash_ctx(mps_obj_hash_t *h) {
    return (mps_hash_ctx_t *)(h + 1); // 8-byte aligned: heap blocks are 16-aligned
}

// The type of a hash object names its algorithm through the protocol slot.
static const mps_hash_algo_t *hash_algo(mps_obj_t self) {
    return mps_obj_get_type(self)->protocol;
}

static unsigned hash_type_idx(const mps_obj_type_t *type) {
    return type == &mps_type_sha256 ? MPS_TYPE_IDX_sha256 : type == &mps_type_sha1 ? MPS_TYPE_IDX_sha1 : MPS_TYPE_IDX_md5;
}

static mps_obj_t hash_update(mps_obj_t self, mps_obj_t data) {
    mps_obj_hash_t *h = MPS_OBJ_TO_PTR(self);
    if (h->final) {
        mps_raise_ValueError("hash is final");
    }
    mps_buffer_info_t buf;
    mps_get_buffer_raise(data, &buf, MPS_BUFFER_READ);
    mps_hash_update(hash_algo(self), hash_ctx(h), buf.buf, buf.len);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(hash_update_obj, hash_update);

static mps_obj_t hash_digest(mps_obj_t self) {
    mps_obj_hash_t *h = MPS_OBJ_TO_PTR(self);
    if (h->final) {
        mps_raise_ValueError("hash is final");
    }
    const mps_hash_algo_t *algo = hash_algo(self);
    uint8_t digest[32];
    mps_hash_final(algo, hash_ctx(h), digest);
    h->final = 1;
    return mps_obj_new_bytes(digest, algo->digest_size);
}
static MPS_DEFINE_FUN_1(hash_digest_obj, hash_digest);

// sha256([data]) and the others: a fresh context, fed [data] when given.
static mps_obj_t hash_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    const mps_hash_algo_t *algo = type->protocol;
    mps_obj_hash_t *h = mps_obj_alloc(sizeof(mps_obj_hash_t) + mps_hash_ctx_size(algo), hash_type_idx(type));
    h->final = 0;
    mps_hash_init(algo, hash_ctx(h));
    if (n_args == 1) {
        hash_update(MPS_OBJ_FROM_PTR(h), args[0]);
    }
    return MPS_OBJ_FROM_PTR(h);
}

static void hash_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_printf(print, "<%q>", (qstr)mps_obj_get_type(o)->name);
}

static const mps_rom_map_elem_t hash_locals[] = {
    {MPS_ROM_QSTR(MPS_QSTR_update), MPS_ROM_PTR(&hash_update_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_digest), MPS_ROM_PTR(&hash_digest_obj)},
};

#define HASH_TYPE(algo_name)                                  \
    const mps_obj_type_t mps_type_##algo_name = {             \
        .base = MPS_BASE(MPS_TYPE_IDX_type),                  \
        .flags = MPS_TYPE_FLAG_BASETYPE,                      \
        .name = MPS_QSTR_##algo_name,                         \
        .print = hash_print,                                  \
        .make_new = hash_make_new,                            \
        .protocol = &mps_hash_##algo_name,                    \
        .locals = hash_locals,                                \
        .n_locals = sizeof(hash_locals) / sizeof(hash_locals[0]), \
    }
HASH_TYPE(sha256);
HASH_TYPE(sha1);
HASH_TYPE(md5);

static const mps_rom_map_elem_t hashlib_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_hashlib)},
    {MPS_ROM_QSTR(MPS_QSTR_sha256), MPS_ROM_PTR(&mps_type_sha256)},
    {MPS_ROM_QSTR(MPS_QSTR_sha1), MPS_ROM_PTR(&mps_type_sha1)},
    {MPS_ROM_QSTR(MPS_QSTR_md5), MPS_ROM_PTR(&mps_type_md5)},
};

static const mps_module_def_t hashlib_module_def = {
    .name = MPS_QSTR_hashlib,
    .globals = hashlib_globals,
    .n_globals = sizeof(hashlib_globals) / sizeof(hashlib_globals[0]),
};

const mps_obj_module_t mps_module_hashlib = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &hashlib_module_def,
};
