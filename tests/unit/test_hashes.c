// SPDX-License-Identifier: MIT
// SHA-256, SHA-1 and MD5: the published test vectors, and the same digest however the
// message is split across update calls (every split around the 56/64-byte padding
// boundaries).

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/hashes.h"

// Digest of [len] bytes of [msg] fed in pieces of [step] bytes, as lowercase hex.
static void hex_digest(const mps_hash_algo_t *algo, const void *msg, size_t len, size_t step, char *hex) {
    uint64_t ctx_mem[(sizeof(mps_hash_ctx_t) + 8 * sizeof(uint32_t)) / 8 + 1];
    mps_hash_ctx_t *ctx = (mps_hash_ctx_t *)ctx_mem;
    mps_hash_init(algo, ctx);
    for (size_t i = 0; i < len; i += step) {
        mps_hash_update(algo, ctx, (const uint8_t *)msg + i, len - i < step ? len - i : step);
    }
    uint8_t d[32];
    mps_hash_final(algo, ctx, d);
    for (size_t i = 0; i < algo->digest_size; i++) {
        sprintf(hex + 2 * i, "%02x", d[i]);
    }
}

static const char two_blocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

Test(hashes, sha256_matches_fips_180_examples) {
    char hex[65];
    hex_digest(&mps_hash_sha256, "", 0, 1, hex);
    cr_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    hex_digest(&mps_hash_sha256, "abc", 3, 3, hex);
    cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    hex_digest(&mps_hash_sha256, two_blocks, strlen(two_blocks), 64, hex);
    cr_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

Test(hashes, sha1_and_md5_match_published_examples) {
    char hex[65];
    hex_digest(&mps_hash_sha1, "abc", 3, 3, hex);
    cr_assert_str_eq(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
    hex_digest(&mps_hash_sha1, two_blocks, strlen(two_blocks), 64, hex);
    cr_assert_str_eq(hex, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    hex_digest(&mps_hash_md5, "", 0, 1, hex);
    cr_assert_str_eq(hex, "d41d8cd98f00b204e9800998ecf8427e");
    hex_digest(&mps_hash_md5, "abc", 3, 3, hex);
    cr_assert_str_eq(hex, "900150983cd24fb0d6963f7d28e17f72");
}

Test(hashes, million_a_vector) {
    static char msg[1000000];
    memset(msg, 'a', sizeof(msg));
    char hex[65];
    hex_digest(&mps_hash_sha256, msg, sizeof(msg), 1000, hex);
    cr_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    hex_digest(&mps_hash_sha1, msg, sizeof(msg), 4096, hex);
    cr_assert_str_eq(hex, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    hex_digest(&mps_hash_md5, msg, sizeof(msg), 333, hex);
    cr_assert_str_eq(hex, "7707d6ae4e027c70eea2a935c2296f21");
}

Test(hashes, split_updates_give_the_whole_message_digest) {
    const mps_hash_algo_t *algos[] = {&mps_hash_sha256, &mps_hash_sha1, &mps_hash_md5};
    uint8_t msg[200];
    for (size_t i = 0; i < sizeof(msg); i++) {
        msg[i] = (uint8_t)(i * 31 + 7);
    }
    for (size_t a = 0; a < 3; a++) {
        for (size_t len = 50; len <= 130; len++) {
            char whole[65], split[65];
            hex_digest(algos[a], msg, len, len, whole);
            for (size_t step = 1; step <= 65; step++) {
                hex_digest(algos[a], msg, len, step, split);
                cr_assert_str_eq(split, whole, "algo %zu len %zu step %zu", a, len, step);
            }
        }
    }
}
