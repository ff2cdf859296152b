// SPDX-License-Identifier: MIT
// Arbitrary-precision integers for int: sign and magnitude, 32-bit digits (least
// significant first) in the GC heap, with Python's semantics for division, shifts and
// bitwise operations on negative values.
#ifndef CORE_MPZ_H
#define CORE_MPZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t mps_mpz_dig_t;
typedef uint64_t mps_mpz_dbl_t;
#define MPS_MPZ_DIG_BITS (32)

// A value, as the C code sees it (never stored in the heap as such: int objects keep
// their digits inline, see core/objint.h). Invariant: dig[len - 1] != 0, and zero is
// len == 0 with neg false.
//
// Results: every operation below writes its result into a *fresh* allocation made
// with the destination's [head] and [kind]: a heap block of `head` bytes followed by
// the digits, labelled `kind` (MPS_KIND_RAW for plain temporaries). [block] is set to
// the start of that block (NULL when the result needed no digits, i.e. is zero). This
// lets core/objint.c build an int object (header + digits) in one allocation, with no
// copy. Operands are only read, and may be views on any memory.
typedef struct {
    mps_mpz_dig_t *dig;
    size_t len;
    bool neg;
    // destination options (ignored for operands)
    uint16_t head;
    uint16_t kind;
    void *block;
} mps_mpz_t;

// Sets [z] to a view of the value [v] using [buf] (2 digits) as storage: no allocation.
void mps_mpz_init_view_ll(mps_mpz_t *z, mps_mpz_dig_t buf[2], long long v);
// Makes [z] a destination with [head] bytes before its digits, in a block of [kind].
void mps_mpz_init_dest(mps_mpz_t *z, size_t head, unsigned kind);
// Frees the block of a result that is no longer needed (also fine for zero).
void mps_mpz_free(mps_mpz_t *z);

// Setters: write a fresh result into [z] (a destination). Raise MemoryError.
void mps_mpz_set_ll(mps_mpz_t *z, long long v);
void mps_mpz_set_ull(mps_mpz_t *z, unsigned long long v, bool neg);
// Integer part of [d] (truncated); [d] must be finite.
void mps_mpz_set_double(mps_mpz_t *z, double d);
// Digits [str, str+len) in [base] 2..36; '_' is skipped, every other character must be a
// valid digit (the caller checks the syntax).
void mps_mpz_set_str(mps_mpz_t *z, const char *str, size_t len, unsigned base, bool neg);
// Two's complement [buf] of [len] bytes.
void mps_mpz_set_bytes(mps_mpz_t *z, const uint8_t *buf, size_t len, bool big_endian, bool is_signed);
void mps_mpz_copy(mps_mpz_t *z, const mps_mpz_t *a);

// Arithmetic: z = a op b. [z] must be a distinct destination. Raise MemoryError.
void mps_mpz_add(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b);
void mps_mpz_sub(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b);
void mps_mpz_mul(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b);
// Floor division and modulo (Python's // and %): either [q] or [r] may be NULL.
// [b] must be non-zero.
void mps_mpz_divmod(mps_mpz_t *q, mps_mpz_t *r, const mps_mpz_t *a, const mps_mpz_t *b);
// a ** e for e >= 0.
void mps_mpz_pow(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *e);
// (a ** e) % m with Python's sign of the result; e >= 0, m != 0.
void mps_mpz_pow_mod(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *e, const mps_mpz_t *m);
// a << n and a >> n (floor, so -1 >> n == -1).
void mps_mpz_shl(mps_mpz_t *z, const mps_mpz_t *a, size_t n);
void mps_mpz_shr(mps_mpz_t *z, const mps_mpz_t *a, size_t n);
// Bitwise operations on the infinite two's complement form of a and b.
void mps_mpz_and(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b);
void mps_mpz_or(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b);
void mps_mpz_xor(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b);
// Unary: -a, abs(a), ~a (== -a - 1).
void mps_mpz_neg(mps_mpz_t *z, const mps_mpz_t *a);
void mps_mpz_abs(mps_mpz_t *z, const mps_mpz_t *a);
void mps_mpz_invert(mps_mpz_t *z, const mps_mpz_t *a);

// Queries: no allocation, never raise.
int mps_mpz_cmp(const mps_mpz_t *a, const mps_mpz_t *b); // -1, 0, 1
static inline bool mps_mpz_is_zero(const mps_mpz_t *a) {
    return a->len == 0;
}
static inline bool mps_mpz_is_odd(const mps_mpz_t *a) {
    return a->len != 0 && (a->dig[0] & 1);
}
// Number of bits of |a| (0 for zero).
size_t mps_mpz_bit_length(const mps_mpz_t *a);
// false when the value does not fit.
bool mps_mpz_as_ll(const mps_mpz_t *a, long long *v);
bool mps_mpz_as_ull(const mps_mpz_t *a, unsigned long long *v);
// Low 32 bits of the two's complement form.
uint32_t mps_mpz_as_uint32_truncated(const mps_mpz_t *a);
// Correctly rounded (to nearest, ties to even); +-inf when too large.
double mps_mpz_as_double(const mps_mpz_t *a);
// Value modulo 2**30 - 1, negated for negative values: a hash that equals the value
// for |v| < 2**30 - 1 and can be computed from a float's exponent and mantissa too
// (see mps_float_hash in core/objfloat.h).
int32_t mps_mpz_hash(const mps_mpz_t *a);
#define MPS_MPZ_HASH_MODULUS ((1u << 30) - 1)

// Text: an upper bound on the characters of [a] in [base] (digits and sign only), and
// the conversion into [buf]; returns the length written (no NUL).
size_t mps_mpz_format_size(const mps_mpz_t *a, unsigned base);
size_t mps_mpz_format(const mps_mpz_t *a, unsigned base, bool upper, char *buf);

// Two's complement bytes, truncated to [len]. Returns false if the value does not fit
// (the buffer is filled with the truncated value anyway).
bool mps_mpz_to_bytes(const mps_mpz_t *a, bool big_endian, bool is_signed, size_t len, uint8_t *buf);

#endif // CORE_MPZ_H
