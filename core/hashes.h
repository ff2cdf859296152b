// SPDX-License-Identifier: MIT
// The message digests of hashlib: SHA-256 and SHA-1 (FIPS 180-4) and MD5 (RFC 1321),
// written from the published specifications. Plain C over caller-owned memory: no
// allocation, no Python objects, never raises.
#ifndef CORE_HASHES_H
#define CORE_HASHES_H

#include <stddef.h>
#include <stdint.h>

// All three take 64-byte blocks, padded the same way (a 0x80 byte, zeros, then the
// message length in bits as 8 bytes); they differ in the compression function, the
// chaining state's size and byte order. One context layout serves them all, with
// the state last so that each algorithm allocates only the words it uses.
typedef struct {
    uint64_t n_bytes; // message length so far
    uint8_t buf[64];  // partial block: n_bytes % 64 bytes are pending
    uint32_t h[];     // chaining state: mps_hash_algo_t.state_words words
} mps_hash_ctx_t;

typedef struct {
    uint8_t state_words; // 8 (SHA-256), 5 (SHA-1), 4 (MD5)
    uint8_t digest_size; // bytes
    uint8_t big_endian;  // SHA: words and length are big-endian; MD5: little-endian
    const uint32_t *init;
    void (*compress)(uint32_t *h, const uint8_t *block);
} mps_hash_algo_t;

extern const mps_hash_algo_t mps_hash_sha256;
extern const mps_hash_algo_t mps_hash_sha1;
extern const mps_hash_algo_t mps_hash_md5;

// Bytes a context for [algo] needs.
static inline size_t mps_hash_ctx_size(const mps_hash_algo_t *algo) {
    return sizeof(mps_hash_ctx_t) + algo->state_words * sizeof(uint32_t);
}

void mps_hash_init(const mps_hash_algo_t *algo, mps_hash_ctx_t *ctx);
void mps_hash_update(const mps_hash_algo_t *algo, mps_hash_ctx_t *ctx, const void *data, size_t len);
// Pads, writes algo->digest_size bytes to [digest]; [ctx] is spent afterwards.
void mps_hash_final(const mps_hash_algo_t *algo, mps_hash_ctx_t *ctx, uint8_t *digest);

#endif // CORE_HASHES_H
