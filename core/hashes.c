// SPDX-License-Identifier: MIT
// SHA-256 and SHA-1 (FIPS 180-4) and MD5 (RFC 1321): the block framing once, then one
// compression function per algorithm.

#include "core/hashes.h"

#include <string.h>

static inline uint32_t rotl(uint32_t x, unsigned n) {
    return (x << n) | (x >> (32 - n));
}
static inline uint32_t rotr(uint32_t x, unsigned n) {
    return (x >> n) | (x << (32 - n));
}
static inline uint32_t load_be(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t load_le(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

// --- SHA-256 -------------------------------------------------------------------------

// First 32 bits of the fractional parts of the cube roots of the first 64 primes.
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// First 32 bits of the fractional parts of the square roots of the first 8 primes.
static const uint32_t sha256_init[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static void sha256_compress(uint32_t *h, const uint8_t *block) {
    uint32_t w[64];
    for (int t = 0; t < 16; t++) {
        w[t] = load_be(block + 4 * t);
    }
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + sha256_k[t] + w[t];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
}

const mps_hash_algo_t mps_hash_sha256 = {8, 32, 1, sha256_init, sha256_compress};

// --- SHA-1 ---------------------------------------------------------------------------

static const uint32_t sha1_init[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};

static void sha1_compress(uint32_t *h, const uint8_t *block) {
    // The schedule kept as a 16-word ring: W[t] depends only on the last 16 words.
    uint32_t w[16];
    for (int t = 0; t < 16; t++) {
        w[t] = load_be(block + 4 * t);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int t = 0; t < 80; t++) {
        if (t >= 16) {
            w[t & 15] = rotl(w[(t - 3) & 15] ^ w[(t - 8) & 15] ^ w[(t - 14) & 15] ^ w[t & 15], 1);
        }
        uint32_t f, k;
        if (t < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (t < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (t < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t tmp = rotl(a, 5) + f + e + k + w[t & 15];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

const mps_hash_algo_t mps_hash_sha1 = {5, 20, 1, sha1_init, sha1_compress};

// --- MD5 -----------------------------------------------------------------------------

// floor(abs(sin(i + 1)) * 2**32), as RFC 1321 defines them.
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

// Rotation amounts: four per round, repeated within the round.
static const uint8_t md5_s[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static const uint32_t md5_init[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

static void md5_compress(uint32_t *h, const uint8_t *block) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = load_le(block + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        int round = i >> 4;
        uint32_t f;
        int g;
        switch (round) {
            case 0:
                f = (b & c) | (~b & d);
                g = i;
                break;
            case 1:
                f = (d & b) | (~d & c);
                g = (5 * i + 1) & 15;
                break;
            case 2:
                f = b ^ c ^ d;
                g = (3 * i + 5) & 15;
                break;
            default:
                f = c ^ (b | ~d);
                g = (7 * i) & 15;
                break;
        }
        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_t[i] + x[g], md5_s[round][i & 3]);
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

const mps_hash_algo_t mps_hash_md5 = {4, 16, 0, md5_init, md5_compress};

// --- framing -------------------------------------------------------------------------

void mps_hash_init(const mps_hash_algo_t *algo, mps_hash_ctx_t *ctx) {
    ctx->n_bytes = 0;
    memcpy(ctx->h, algo->init, algo->state_words * sizeof(uint32_t));
}

void mps_hash_update(const mps_hash_algo_t *algo, mps_hash_ctx_t *ctx, const void *data, size_t len) {
    const uint8_t *p = data;
    size_t used = (size_t)(ctx->n_bytes & 63);
    ctx->n_bytes += len;
    if (used > 0) {
        size_t take = 64 - used < len ? 64 - used : len;
        memcpy(ctx->buf + used, p, take);
        p += take;
        len -= take;
        if (used + take < 64) {
            return;
        }
        algo->compress(ctx->h, ctx->buf);
    }
    for (; len >= 64; p += 64, len -= 64) {
        algo->compress(ctx->h, p);
    }
    memcpy(ctx->buf, p, len);
}

void mps_hash_final(const mps_hash_algo_t *algo, mps_hash_ctx_t *ctx, uint8_t *digest) {
    uint64_t bits = ctx->n_bytes * 8;
    size_t used = (size_t)(ctx->n_bytes & 63);
    ctx->buf[used++] = 0x80;
    if (used > 56) {
        memset(ctx->buf + used, 0, 64 - used);
        algo->compress(ctx->h, ctx->buf);
        used = 0;
    }
    memset(ctx->buf + used, 0, 56 - used);
    for (int i = 0; i < 8; i++) {
        int shift = algo->big_endian ? 8 * (7 - i) : 8 * i;
        ctx->buf[56 + i] = (uint8_t)(bits >> shift);
    }
    algo->compress(ctx->h, ctx->buf);
    for (size_t i = 0; i < algo->digest_size; i++) {
        uint32_t word = ctx->h[i / 4];
        int shift = algo->big_endian ? 8 * (3 - (int)(i & 3)) : 8 * (int)(i & 3);
        digest[i] = (uint8_t)(word >> shift);
    }
}
