// SPDX-License-Identifier: MIT
// Arbitrary-precision integers: Python's semantics for signs, digit boundaries, long
// multiplication and division, conversions.

#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "core/gc.h"
#include "core/mpz.h"
#include "core/typelist.h"
#include "support.h"

static void setup(void) {
    // The whole interpreter: a collection may happen, and must see the stack.
    unit_interpreter(2 * 1024 * 1024);
}

TestSuite(mpz, .init = setup);

static mps_mpz_t num(const char *text) {
    mps_mpz_t z;
    mps_mpz_init_dest(&z, 0, MPS_KIND_RAW);
    bool neg = text[0] == '-';
    if (neg) {
        text++;
    }
    unsigned base = 10;
    if (text[0] == '0' && text[1] == 'x') {
        base = 16;
        text += 2;
    }
    mps_mpz_set_str(&z, text, strlen(text), base, neg);
    return z;
}

static const char *text(const mps_mpz_t *z, unsigned base) {
    static char buf[4096];
    cr_assert_lt(mps_mpz_format_size(z, base), sizeof(buf));
    size_t n = mps_mpz_format(z, base, false, buf);
    buf[n] = 0;
    return buf;
}

static mps_mpz_t dest(void) {
    mps_mpz_t z;
    mps_mpz_init_dest(&z, 0, MPS_KIND_RAW);
    return z;
}

Test(mpz, add_and_sub_carry_across_digits) {
    mps_mpz_t a = num("0xffffffffffffffff"), one = num("1"), r = dest(), s = dest();
    mps_mpz_add(&r, &a, &one);
    cr_assert_str_eq(text(&r, 16), "10000000000000000");
    mps_mpz_sub(&s, &one, &r);
    cr_assert_str_eq(text(&s, 16), "-ffffffffffffffff");
}

Test(mpz, zero_is_never_negative) {
    mps_mpz_t a = num("-12345678901234567890"), b = num("-12345678901234567890"), r = dest();
    mps_mpz_sub(&r, &a, &b);
    cr_assert_eq(r.len, 0);
    cr_assert_not(r.neg);
    cr_assert_str_eq(text(&r, 10), "0");
}

Test(mpz, divmod_floors_toward_minus_infinity) {
    static const struct {
        const char *a, *b, *q, *r;
    } cases[] = {
        {"7", "2", "3", "1"},
        {"-7", "2", "-4", "1"},
        {"7", "-2", "-4", "-1"},
        {"-7", "-2", "3", "-1"},
        {"-100000000000000000000", "3", "-33333333333333333334", "2"},
        {"100000000000000000000", "-30000000000", "-3333333334", "-20000000000"},
        {"5", "100000000000000000000", "0", "5"},
        {"-5", "100000000000000000000", "-1", "99999999999999999995"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        mps_mpz_t a = num(cases[i].a), b = num(cases[i].b), q = dest(), r = dest();
        mps_mpz_divmod(&q, &r, &a, &b);
        cr_assert_str_eq(text(&q, 10), cases[i].q, "%s // %s", cases[i].a, cases[i].b);
        cr_assert_str_eq(text(&r, 10), cases[i].r, "%s %% %s", cases[i].a, cases[i].b);
    }
}

Test(mpz, long_division_inverts_multiplication) {
    // (2**1000 - 1) * (3**300 + 7) // (3**300 + 7) == 2**1000 - 1, remainder 0;
    // sizes above the Karatsuba cut-off exercise both multiplications.
    mps_mpz_t two = num("2"), three = num("3"), e1000 = num("1000"), e300 = num("300");
    mps_mpz_t p2 = dest(), p3 = dest(), one = num("1"), seven = num("7"), a = dest(), b = dest();
    mps_mpz_pow(&p2, &two, &e1000);
    mps_mpz_pow(&p3, &three, &e300);
    mps_mpz_sub(&a, &p2, &one);
    mps_mpz_add(&b, &p3, &seven);
    mps_mpz_t big = dest(), prod = dest(), q = dest(), r = dest();
    mps_mpz_mul(&big, &a, &a);   // 2000 bits each side of a Karatsuba split
    mps_mpz_mul(&prod, &big, &b);
    mps_mpz_divmod(&q, &r, &prod, &b);
    cr_assert_eq(mps_mpz_cmp(&q, &big), 0);
    cr_assert_eq(r.len, 0);
    // (2**1000 - 1)**2 == 2**2000 - 2**1001 + 1
    mps_mpz_t e2000 = num("2000"), e1001 = num("1001"), x = dest(), y = dest(), t = dest(), u = dest();
    mps_mpz_pow(&x, &two, &e2000);
    mps_mpz_pow(&y, &two, &e1001);
    mps_mpz_sub(&t, &x, &y);
    mps_mpz_add(&u, &t, &one);
    cr_assert_eq(mps_mpz_cmp(&u, &big), 0);
}

Test(mpz, text_round_trips_in_every_base) {
    const char *dec = "-123456789012345678901234567890123456789";
    mps_mpz_t a = num(dec);
    cr_assert_str_eq(text(&a, 10), dec);
    for (unsigned base = 2; base <= 36; base++) {
        char buf[512];
        size_t n = mps_mpz_format(&a, base, true, buf);
        mps_mpz_t b = dest();
        mps_mpz_set_str(&b, buf + 1, n - 1, base, true);
        cr_assert_eq(mps_mpz_cmp(&a, &b), 0, "base %u", base);
    }
    mps_mpz_t u = dest();
    mps_mpz_set_str(&u, "1_000_000", 9, 10, false);
    cr_assert_str_eq(text(&u, 10), "1000000");
}

Test(mpz, shifts_of_negative_values_floor) {
    mps_mpz_t a = num("-0x100000000000000000001"), r = dest(), s = dest(), t = dest();
    mps_mpz_shr(&r, &a, 4);
    cr_assert_str_eq(text(&r, 16), "-10000000000000000001"); // floor(-x / 16)
    mps_mpz_t m1 = num("-1");
    mps_mpz_shr(&s, &m1, 1000);
    cr_assert_str_eq(text(&s, 10), "-1");
    mps_mpz_shl(&t, &a, 36);
    cr_assert_str_eq(text(&t, 16), "-100000000000000000001000000000");
}

Test(mpz, bitwise_ops_use_twos_complement) {
    mps_mpz_t a = num("-0x10000000000000000"), b = num("0xffffffffffffffffff"), r = dest(), s = dest(), t = dest();
    mps_mpz_and(&r, &a, &b);
    cr_assert_str_eq(text(&r, 16), "ff0000000000000000");
    mps_mpz_or(&s, &a, &b);
    cr_assert_str_eq(text(&s, 16), "-1");
    mps_mpz_xor(&t, &a, &b);
    cr_assert_str_eq(text(&t, 16), "-ff0000000000000001");
    mps_mpz_t inv = dest();
    mps_mpz_invert(&inv, &b);
    cr_assert_str_eq(text(&inv, 16), "-1000000000000000000");
}

Test(mpz, pow_mod_takes_the_sign_of_the_modulus) {
    mps_mpz_t a = num("3"), e = num("1000"), m = num("-1000000007"), r = dest();
    mps_mpz_pow_mod(&r, &a, &e, &m);
    cr_assert_str_eq(text(&r, 10), "-943111814"); // as CPython's pow(3, 1000, -1000000007)
}

Test(mpz, conversion_to_double_rounds_to_nearest_even) {
    mps_mpz_t a = num("9007199254740993"); // 2**53 + 1: a tie, rounds to even 2**53
    cr_assert_eq(mps_mpz_as_double(&a), 9007199254740992.0);
    mps_mpz_t b = num("9007199254740995"); // 2**53 + 3: tie, rounds up to 2**53 + 4
    cr_assert_eq(mps_mpz_as_double(&b), 9007199254740996.0);
    // 2**80 + 2**27 + 1: above the tie at bit 27, so it rounds up
    mps_mpz_t c = num("0x100000000000008000001");
    cr_assert_eq(mps_mpz_as_double(&c), ldexp(1.0, 80) + ldexp(1.0, 28));
    mps_mpz_t two = num("2"), e = num("1024"), big = dest();
    mps_mpz_pow(&big, &two, &e);
    cr_assert(isinf(mps_mpz_as_double(&big)));
}

Test(mpz, double_to_integer_is_exact) {
    mps_mpz_t z = dest();
    mps_mpz_set_double(&z, -1e22);
    cr_assert_str_eq(text(&z, 10), "-10000000000000000000000");
    mps_mpz_set_double(&z, 123.9);
    cr_assert_str_eq(text(&z, 10), "123");
}

Test(mpz, bytes_round_trip_with_sign) {
    mps_mpz_t a = num("-0x123456789abcdef01"), b = dest();
    uint8_t buf[12];
    cr_assert(mps_mpz_to_bytes(&a, true, true, sizeof(buf), buf));
    cr_assert_eq(buf[0], 0xff);
    mps_mpz_set_bytes(&b, buf, sizeof(buf), true, true);
    cr_assert_eq(mps_mpz_cmp(&a, &b), 0);
    cr_assert_not(mps_mpz_to_bytes(&a, true, true, 8, buf), "does not fit 8 bytes");
    mps_mpz_t m = num("-128");
    cr_assert(mps_mpz_to_bytes(&m, false, true, 1, buf));
    cr_assert_eq(buf[0], 0x80);
    mps_mpz_t p = num("128");
    cr_assert_not(mps_mpz_to_bytes(&p, false, true, 1, buf));
    cr_assert(mps_mpz_to_bytes(&p, false, false, 1, buf));
}

Test(mpz, hash_is_value_modulo_2_pow_30_minus_1) {
    mps_mpz_t a = num("1073741823"); // 2**30 - 1
    cr_assert_eq(mps_mpz_hash(&a), 0);
    mps_mpz_t b = num("-1073741825"); // -(2**30 + 1) == -2
    cr_assert_eq(mps_mpz_hash(&b), -2);
    mps_mpz_t c = num("0x1000000000000000000000000"); // 2**96 == 2**(96 mod 30) = 2**6
    cr_assert_eq(mps_mpz_hash(&c), 64);
}

Test(mpz, destination_reserves_a_header) {
    mps_mpz_t a = num("0x123456789abcdef0123"), z;
    mps_mpz_init_dest(&z, 8, MPS_KIND_RAW);
    mps_mpz_copy(&z, &a);
    cr_assert_eq((char *)z.dig - (char *)z.block, 8);
    cr_assert_eq(mps_mpz_cmp(&a, &z), 0);
    mps_mpz_free(&z);
    cr_assert_null(z.block);
}
