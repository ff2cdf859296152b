// SPDX-License-Identifier: MIT
// Arbitrary-precision integers: magnitude algorithms on digit arrays (schoolbook and
// Karatsuba multiplication, Knuth's long division) and the signed operations on top.
#include "core/mpz.h"

#include <math.h>
#include <string.h>

#include "core/mem.h"
#include "core/typelist.h"

#define DIG_MASK ((mps_mpz_dbl_t)0xffffffffu)
// Temporaries up to this many digits live on the C stack instead of the heap.
#define STACK_DIGS (32)
// Below this many digits (of the shorter operand) schoolbook multiplication wins.
#define KARATSUBA_CUTOFF (48)

// --- magnitudes --------------------------------------------------------------------

static size_t norm(const mps_mpz_dig_t *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    return n;
}

static int mag_cmp(const mps_mpz_dig_t *a, size_t an, const mps_mpz_dig_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an-- > 0) {
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b; r has room for max(an, bn) + 1 digits; returns that. r may alias a.
static size_t mag_add(mps_mpz_dig_t *r, const mps_mpz_dig_t *a, size_t an, const mps_mpz_dig_t *b, size_t bn) {
    if (an < bn) {
        const mps_mpz_dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    mps_mpz_dbl_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (mps_mpz_dbl_t)a[i] + b[i];
        r[i] = (mps_mpz_dig_t)c;
        c >>= 32;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (mps_mpz_dig_t)c;
        c >>= 32;
    }
    r[an] = (mps_mpz_dig_t)c;
    return an + 1;
}

// r = a - b with |a| >= |b|; r has room for an digits; returns an. r may alias a.
static size_t mag_sub(mps_mpz_dig_t *r, const mps_mpz_dig_t *a, size_t an, const mps_mpz_dig_t *b, size_t bn) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        int64_t t = (int64_t)a[i] - b[i] + borrow;
        r[i] = (mps_mpz_dig_t)t;
        borrow = t >> 32; // 0 or -1
    }
    for (; i < an; i++) {
        int64_t t = (int64_t)a[i] + borrow;
        r[i] = (mps_mpz_dig_t)t;
        borrow = t >> 32;
    }
    return an;
}

// r += a * m at r (r must have room for an + 1 digits beyond its carry chain).
static mps_mpz_dig_t mag_mul_add_1(mps_mpz_dig_t *r, const mps_mpz_dig_t *a, size_t an, mps_mpz_dig_t m) {
    mps_mpz_dbl_t c = 0;
    for (size_t i = 0; i < an; i++) {
        c += (mps_mpz_dbl_t)a[i] * m + r[i];
        r[i] = (mps_mpz_dig_t)c;
        c >>= 32;
    }
    return (mps_mpz_dig_t)c;
}

// r = a * b, schoolbook; r (an + bn digits) must not alias a or b.
static void mag_mul_school(mps_mpz_dig_t *r, const mps_mpz_dig_t *a, size_t an, const mps_mpz_dig_t *b, size_t bn) {
    memset(r, 0, (an + bn) * sizeof(mps_mpz_dig_t));
    for (size_t j = 0; j < bn; j++) {
        if (b[j] != 0) {
            r[j + an] = mag_mul_add_1(r + j, a, an, b[j]);
        }
    }
}

// Adds [a] (an digits) into r at its start, propagating the carry through rn digits.
static void mag_add_into(mps_mpz_dig_t *r, size_t rn, const mps_mpz_dig_t *a, size_t an) {
    mps_mpz_dbl_t c = 0;
    size_t i = 0;
    for (; i < an; i++) {
        c += (mps_mpz_dbl_t)r[i] + a[i];
        r[i] = (mps_mpz_dig_t)c;
        c >>= 32;
    }
    for (; c != 0 && i < rn; i++) {
        c += r[i];
        r[i] = (mps_mpz_dig_t)c;
        c >>= 32;
    }
}

static void mag_sub_from(mps_mpz_dig_t *r, size_t rn, const mps_mpz_dig_t *a, size_t an) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < an; i++) {
        int64_t t = (int64_t)r[i] - a[i] + borrow;
        r[i] = (mps_mpz_dig_t)t;
        borrow = t >> 32;
    }
    for (; borrow != 0 && i < rn; i++) {
        int64_t t = (int64_t)r[i] + borrow;
        r[i] = (mps_mpz_dig_t)t;
        borrow = t >> 32;
    }
}

static void *tmp_alloc(size_t n, mps_mpz_dig_t *stack_buf, size_t stack_n) {
    if (n <= stack_n) {
        return stack_buf;
    }
    return mps_mem_alloc(n * sizeof(mps_mpz_dig_t));
}

static void tmp_free(void *p, mps_mpz_dig_t *stack_buf) {
    if (p != stack_buf) {
        mps_mem_free(p);
    }
}

// r = a * b (r: an + bn digits, not aliasing); an >= bn. Karatsuba on the balanced
// part: a = a1*B^h + a0, b = b1*B^h + b0, then a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0
// with z1 = (a0 + a1)(b0 + b1).
static void mag_mul(mps_mpz_dig_t *r, const mps_mpz_dig_t *a, size_t an, const mps_mpz_dig_t *b, size_t bn) {
    if (an < bn) {
        const mps_mpz_dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn < KARATSUBA_CUTOFF) {
        mag_mul_school(r, a, an, b, bn);
        return;
    }
    if (an >= 2 * bn) {
        // Unbalanced: multiply slices of a by b and accumulate.
        memset(r, 0, (an + bn) * sizeof(mps_mpz_dig_t));
        mps_mpz_dig_t *part = mps_mem_alloc(2 * bn * sizeof(mps_mpz_dig_t));
        for (size_t i = 0; i < an; i += bn) {
            size_t n = an - i < bn ? an - i : bn;
            mag_mul(part, a + i, n, b, bn);
            mag_add_into(r + i, an + bn - i, part, n + bn);
        }
        mps_mem_free(part);
        return;
    }
    size_t h = bn / 2;
    const mps_mpz_dig_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t a0n = norm(a0, h), a1n = an - h, b0n = norm(b0, h), b1n = bn - h;
    // z0 at r[0 .. 2h), z2 at r[2h .. an + bn)
    memset(r, 0, (an + bn) * sizeof(mps_mpz_dig_t));
    if (a0n && b0n) {
        mag_mul(r, a0, a0n, b0, b0n);
    }
    mag_mul(r + 2 * h, a1, a1n, b1, b1n);
    // sums
    size_t sa_n = a1n + 1, sb_n = b1n + 1;
    mps_mpz_dig_t *buf = mps_mem_alloc((sa_n + sb_n + sa_n + sb_n) * sizeof(mps_mpz_dig_t));
    mps_mpz_dig_t *sa = buf, *sb = buf + sa_n, *z1 = buf + sa_n + sb_n;
    sa_n = norm(sa, mag_add(sa, a1, a1n, a0, a0n));
    sb_n = norm(sb, mag_add(sb, b1, b1n, b0, b0n));
    size_t z1n = sa_n + sb_n;
    mag_mul(z1, sa, sa_n, sb, sb_n);
    z1n = norm(z1, z1n);
    // z1 -= z0 + z2
    size_t z0n = norm(r, 2 * h);
    size_t z2n = norm(r + 2 * h, an + bn - 2 * h);
    mag_sub_from(z1, z1n, r, z0n);
    mag_sub_from(z1, z1n, r + 2 * h, z2n);
    z1n = norm(z1, z1n);
    mag_add_into(r + h, an + bn - h, z1, z1n);
    mps_mem_free(buf);
}

// Divides a (an digits) in place by the single digit m; returns the remainder.
static mps_mpz_dig_t mag_divmod_1(mps_mpz_dig_t *q, const mps_mpz_dig_t *a, size_t an, mps_mpz_dig_t m) {
    mps_mpz_dbl_t rem = 0;
    for (size_t i = an; i-- > 0;) {
        mps_mpz_dbl_t cur = (rem << 32) | a[i];
        q[i] = (mps_mpz_dig_t)(cur / m);
        rem = cur % m;
    }
    return (mps_mpz_dig_t)rem;
}

static int clz32(mps_mpz_dig_t d) {
    return __builtin_clz(d);
}

// Long division of magnitudes (Knuth, TAOCP vol. 2, 4.3.1 algorithm D), bn >= 2,
// an >= bn. q gets an - bn + 1 digits; r gets bn digits (either may be NULL).
static void mag_divmod_long(mps_mpz_dig_t *q, mps_mpz_dig_t *r, const mps_mpz_dig_t *a, size_t an,
                            const mps_mpz_dig_t *b, size_t bn) {
    mps_mpz_dig_t stack[STACK_DIGS];
    mps_mpz_dig_t *un = tmp_alloc(an + 1 + bn, stack, STACK_DIGS);
    mps_mpz_dig_t *vn = un + an + 1;
    // Normalise so that the divisor's top digit has its top bit set: then each
    // quotient-digit estimate is at most 2 too large.
    int s = clz32(b[bn - 1]);
    for (size_t i = bn - 1; i > 0; i--) {
        vn[i] = (b[i] << s) | (s ? (mps_mpz_dig_t)((mps_mpz_dbl_t)b[i - 1] >> (32 - s)) : 0);
    }
    vn[0] = b[0] << s;
    un[an] = s ? (mps_mpz_dig_t)((mps_mpz_dbl_t)a[an - 1] >> (32 - s)) : 0;
    for (size_t i = an - 1; i > 0; i--) {
        un[i] = (a[i] << s) | (s ? (mps_mpz_dig_t)((mps_mpz_dbl_t)a[i - 1] >> (32 - s)) : 0);
    }
    un[0] = a[0] << s;

    const mps_mpz_dbl_t base = (mps_mpz_dbl_t)1 << 32;
    mps_mpz_dig_t vtop = vn[bn - 1], vnext = vn[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        mps_mpz_dbl_t num = ((mps_mpz_dbl_t)un[j + bn] << 32) | un[j + bn - 1];
        mps_mpz_dbl_t qhat = num / vtop;
        mps_mpz_dbl_t rhat = num % vtop;
        while (qhat >= base || qhat * vnext > ((rhat << 32) | un[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= base) {
                break;
            }
        }
        // un[j .. j+bn] -= qhat * vn
        mps_mpz_dbl_t carry = 0;
        int64_t borrow = 0;
        for (size_t i = 0; i < bn; i++) {
            mps_mpz_dbl_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(p & DIG_MASK) + borrow;
            un[i + j] = (mps_mpz_dig_t)t;
            borrow = t >> 32;
        }
        int64_t t = (int64_t)un[j + bn] - (int64_t)carry + borrow;
        un[j + bn] = (mps_mpz_dig_t)t;
        if (t < 0) {
            // The estimate was one too large (rare): add the divisor back.
            qhat--;
            mps_mpz_dbl_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (mps_mpz_dbl_t)un[i + j] + vn[i];
                un[i + j] = (mps_mpz_dig_t)c;
                c >>= 32;
            }
            un[j + bn] += (mps_mpz_dig_t)c;
        }
        if (q != NULL) {
            q[j] = (mps_mpz_dig_t)qhat;
        }
    }
    if (r != NULL) {
        for (size_t i = 0; i < bn; i++) {
            r[i] = (un[i] >> s) | (s ? (mps_mpz_dig_t)((mps_mpz_dbl_t)un[i + 1] << (32 - s)) : 0);
        }
    }
    tmp_free(un, stack);
}

// --- destinations --------------------------------------------------------------------

void mps_mpz_init_view_ll(mps_mpz_t *z, mps_mpz_dig_t buf[2], long long v) {
    unsigned long long m = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
    buf[0] = (mps_mpz_dig_t)m;
    buf[1] = (mps_mpz_dig_t)(m >> 32);
    z->dig = buf;
    z->len = norm(buf, 2);
    z->neg = v < 0;
    z->head = 0;
    z->kind = MPS_KIND_RAW;
    z->block = NULL;
}

void mps_mpz_init_dest(mps_mpz_t *z, size_t head, unsigned kind) {
    z->dig = NULL;
    z->len = 0;
    z->neg = false;
    z->head = (uint16_t)head;
    z->kind = (uint16_t)kind;
    z->block = NULL;
}

void mps_mpz_free(mps_mpz_t *z) {
    if (z->block != NULL) {
        mps_mem_free(z->block);
    }
    z->block = NULL;
    z->dig = NULL;
    z->len = 0;
    z->neg = false;
}

// Allocates room for [cap] digits in destination [z] (always at least one digit, so a
// block exists for the caller to use).
static mps_mpz_dig_t *dest_alloc(mps_mpz_t *z, size_t cap) {
    if (cap == 0) {
        cap = 1;
    }
    uint8_t *b = mps_mem_alloc_kind(z->head + cap * sizeof(mps_mpz_dig_t), z->kind, false);
    z->block = b;
    z->dig = (mps_mpz_dig_t *)(b + z->head);
    return z->dig;
}

// Sets the length and sign of a destination filled up to [len] digits out of [cap],
// and gives back whole blocks the result does not need.
static void dest_finish(mps_mpz_t *z, size_t cap, size_t len, bool neg) {
    len = norm(z->dig, len);
    z->len = len;
    z->neg = neg && len != 0;
    size_t need = len ? len : 1;
    if (need < cap) {
        mps_mem_realloc_maybe(z->block, z->head + need * sizeof(mps_mpz_dig_t));
    }
}

static void set_mag(mps_mpz_t *z, const mps_mpz_dig_t *d, size_t n, bool neg) {
    mps_mpz_dig_t *r = dest_alloc(z, n);
    memcpy(r, d, n * sizeof(mps_mpz_dig_t));
    dest_finish(z, n, n, neg);
}

void mps_mpz_copy(mps_mpz_t *z, const mps_mpz_t *a) {
    set_mag(z, a->dig, a->len, a->neg);
}

void mps_mpz_set_ull(mps_mpz_t *z, unsigned long long v, bool neg) {
    mps_mpz_dig_t d[2] = {(mps_mpz_dig_t)v, (mps_mpz_dig_t)(v >> 32)};
    set_mag(z, d, norm(d, 2), neg);
}

void mps_mpz_set_ll(mps_mpz_t *z, long long v) {
    mps_mpz_set_ull(z, v < 0 ? -(unsigned long long)v : (unsigned long long)v, v < 0);
}

void mps_mpz_set_double(mps_mpz_t *z, double d) {
    bool neg = d < 0;
    d = trunc(fabs(d));
    if (d < 18446744073709551616.0) {
        mps_mpz_set_ull(z, (unsigned long long)d, neg);
        return;
    }
    int e;
    double f = frexp(d, &e); // d = f * 2**e, 0.5 <= f < 1, e > 64
    mps_mpz_dbl_t m = (mps_mpz_dbl_t)ldexp(f, 53);
    size_t shift = (size_t)e - 53;
    size_t idx = shift / 32, bit = shift % 32;
    size_t cap = idx + 3;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    memset(r, 0, cap * sizeof(mps_mpz_dig_t));
    mps_mpz_dbl_t t0 = (m & DIG_MASK) << bit, t1 = (m >> 32) << bit;
    r[idx] |= (mps_mpz_dig_t)t0;
    r[idx + 1] |= (mps_mpz_dig_t)(t0 >> 32);
    r[idx + 1] |= (mps_mpz_dig_t)t1;
    r[idx + 2] |= (mps_mpz_dig_t)(t1 >> 32);
    dest_finish(z, cap, cap, neg);
}

static unsigned digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return (unsigned)(c - '0');
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return (unsigned)(c - 'a' + 10);
    }
    return 99;
}

void mps_mpz_set_str(mps_mpz_t *z, const char *str, size_t len, unsigned base, bool neg) {
    // Chunks of k digits whose value fits one digit: base**k < 2**32.
    unsigned k = 0;
    mps_mpz_dbl_t pk = 1;
    while (pk * base <= DIG_MASK) {
        pk *= base;
        k++;
    }
    // bits needed <= len * log2(base) <= len * 6 (base 36 < 2**6)
    unsigned bits_per = 1;
    while ((1u << bits_per) < base) {
        bits_per++;
    }
    size_t cap = (len * bits_per) / 32 + 2;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    memset(r, 0, cap * sizeof(mps_mpz_dig_t));
    size_t n = 0;
    mps_mpz_dig_t chunk = 0;
    mps_mpz_dig_t mult = 1;
    for (size_t i = 0; i <= len; i++) {
        bool flush = i == len;
        if (!flush) {
            if (str[i] == '_') {
                continue;
            }
            chunk = chunk * base + digit_value(str[i]);
            mult *= base;
            flush = mult == pk;
        }
        if (flush && mult > 1) {
            // r = r * mult + chunk
            mps_mpz_dbl_t c = chunk;
            for (size_t j = 0; j < n; j++) {
                c += (mps_mpz_dbl_t)r[j] * mult;
                r[j] = (mps_mpz_dig_t)c;
                c >>= 32;
            }
            if (c != 0) {
                r[n++] = (mps_mpz_dig_t)c;
            }
            chunk = 0;
            mult = 1;
        }
    }
    dest_finish(z, cap, n, neg);
}

void mps_mpz_set_bytes(mps_mpz_t *z, const uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    size_t cap = (len + 3) / 4;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    memset(r, 0, cap * sizeof(mps_mpz_dig_t));
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = big_endian ? buf[len - 1 - i] : buf[i];
        r[i / 4] |= (mps_mpz_dig_t)byte << (8 * (i % 4));
    }
    bool neg = is_signed && len > 0 && ((big_endian ? buf[0] : buf[len - 1]) & 0x80);
    if (neg) {
        // magnitude = 2**(8 len) - raw = ~raw + 1 within 8 len bits
        mps_mpz_dbl_t c = 1;
        for (size_t i = 0; i < cap; i++) {
            c += (mps_mpz_dig_t)~r[i];
            r[i] = (mps_mpz_dig_t)c;
            c >>= 32;
        }
        if (len % 4) {
            r[cap - 1] &= ((mps_mpz_dig_t)1 << (8 * (len % 4))) - 1;
        }
    }
    dest_finish(z, cap, cap, neg);
}

// --- arithmetic ---------------------------------------------------------------------

// z = a + b where the signs are given separately (so that sub is add with b's flipped).
static void add_signed(mps_mpz_t *z, const mps_mpz_t *a, bool aneg, const mps_mpz_t *b, bool bneg) {
    if (mag_cmp(a->dig, a->len, b->dig, b->len) < 0) {
        const mps_mpz_t *t = a;
        a = b;
        b = t;
        bool tn = aneg;
        aneg = bneg;
        bneg = tn;
    }
    size_t cap = a->len + 1;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    if (aneg == bneg) {
        dest_finish(z, cap, mag_add(r, a->dig, a->len, b->dig, b->len), aneg);
    } else {
        dest_finish(z, cap, mag_sub(r, a->dig, a->len, b->dig, b->len), aneg);
    }
}

void mps_mpz_add(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b) {
    add_signed(z, a, a->neg, b, b->neg);
}

void mps_mpz_sub(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b) {
    add_signed(z, a, a->neg, b, b->len != 0 && !b->neg);
}

void mps_mpz_mul(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b) {
    if (a->len == 0 || b->len == 0) {
        dest_alloc(z, 1);
        dest_finish(z, 1, 0, false);
        return;
    }
    size_t cap = a->len + b->len;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    mag_mul(r, a->dig, a->len, b->dig, b->len);
    dest_finish(z, cap, cap, a->neg != b->neg);
}

void mps_mpz_divmod(mps_mpz_t *q, mps_mpz_t *r, const mps_mpz_t *a, const mps_mpz_t *b) {
    size_t an = a->len, bn = b->len;
    bool qneg = a->neg != b->neg;
    mps_mpz_dig_t stack[STACK_DIGS];
    // Remainder magnitude first (bn digits), in a temporary.
    mps_mpz_dig_t *rem = tmp_alloc(bn, stack, STACK_DIGS);
    size_t qcap = an >= bn ? an - bn + 2 : 2;
    mps_mpz_dig_t *qd = NULL;
    mps_mpz_t qtmp;
    if (q == NULL) {
        mps_mpz_init_dest(&qtmp, 0, MPS_KIND_RAW);
        q = &qtmp;
    }
    qd = dest_alloc(q, qcap);
    memset(qd, 0, qcap * sizeof(mps_mpz_dig_t));
    size_t remn;
    if (an < bn) {
        memcpy(rem, a->dig, an * sizeof(mps_mpz_dig_t));
        remn = an;
    } else if (bn == 1) {
        rem[0] = mag_divmod_1(qd, a->dig, an, b->dig[0]);
        remn = 1;
    } else {
        mag_divmod_long(qd, rem, a->dig, an, b->dig, bn);
        remn = bn;
    }
    remn = norm(rem, remn);
    size_t qn = norm(qd, qcap);
    if (qneg && remn != 0) {
        // Floor: the quotient moves one further from zero and the remainder becomes
        // |b| - rem with b's sign.
        mps_mpz_dig_t one = 1;
        qn = norm(qd, mag_add(qd, qd, qn, &one, 1));
        mag_sub(rem, b->dig, bn, rem, remn);
        remn = norm(rem, bn);
    }
    dest_finish(q, qcap, qn, qneg);
    if (q == &qtmp) {
        mps_mpz_free(&qtmp);
    }
    if (r != NULL) {
        set_mag(r, rem, remn, b->neg);
    }
    tmp_free(rem, stack);
}

// Replaces the temporary [*cur] (kind RAW) by [next], freeing the old one.
static void tmp_replace(mps_mpz_t *cur, mps_mpz_t *next) {
    mps_mpz_free(cur);
    *cur = *next;
}

void mps_mpz_pow(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *e) {
    bool neg = a->neg && mps_mpz_is_odd(e);
    if (e->len == 0) {
        mps_mpz_set_ull(z, 1, false);
        return;
    }
    if (a->len == 0 || (a->len == 1 && a->dig[0] == 1)) {
        mps_mpz_set_ull(z, a->len, neg);
        return;
    }
    mps_mpz_t acc;
    mps_mpz_init_dest(&acc, 0, MPS_KIND_RAW);
    mps_mpz_abs(&acc, a);
    size_t bits = mps_mpz_bit_length(e);
    for (size_t i = bits - 1; i-- > 0;) {
        mps_mpz_t t;
        mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
        mps_mpz_mul(&t, &acc, &acc);
        tmp_replace(&acc, &t);
        if ((e->dig[i / 32] >> (i % 32)) & 1) {
            mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
            mps_mpz_mul(&t, &acc, a);
            tmp_replace(&acc, &t);
        }
    }
    set_mag(z, acc.dig, acc.len, neg);
    mps_mpz_free(&acc);
}

void mps_mpz_pow_mod(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *e, const mps_mpz_t *m) {
    mps_mpz_t mabs = *m;
    mabs.neg = false;
    mps_mpz_t acc, x;
    mps_mpz_init_dest(&x, 0, MPS_KIND_RAW);
    mps_mpz_divmod(NULL, &x, a, &mabs); // 0 <= x < |m|
    mps_mpz_init_dest(&acc, 0, MPS_KIND_RAW);
    mps_mpz_set_ull(&acc, 1, false);
    size_t bits = mps_mpz_bit_length(e);
    for (size_t i = bits; i-- > 0;) {
        mps_mpz_t t, u;
        mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
        mps_mpz_mul(&t, &acc, &acc);
        mps_mpz_init_dest(&u, 0, MPS_KIND_RAW);
        mps_mpz_divmod(NULL, &u, &t, &mabs);
        mps_mpz_free(&t);
        tmp_replace(&acc, &u);
        if ((e->dig[i / 32] >> (i % 32)) & 1) {
            mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
            mps_mpz_mul(&t, &acc, &x);
            mps_mpz_init_dest(&u, 0, MPS_KIND_RAW);
            mps_mpz_divmod(NULL, &u, &t, &mabs);
            mps_mpz_free(&t);
            tmp_replace(&acc, &u);
        }
    }
    // acc = acc mod |m| already (also when e == 0 and |m| == 1)
    mps_mpz_t t;
    mps_mpz_init_dest(&t, 0, MPS_KIND_RAW);
    mps_mpz_divmod(NULL, &t, &acc, &mabs);
    tmp_replace(&acc, &t);
    if (m->neg && acc.len != 0) {
        mps_mpz_sub(z, &acc, &mabs);
    } else {
        mps_mpz_copy(z, &acc);
    }
    mps_mpz_free(&acc);
    mps_mpz_free(&x);
}

void mps_mpz_shl(mps_mpz_t *z, const mps_mpz_t *a, size_t n) {
    size_t dn = n / 32, bn = n % 32;
    size_t cap = a->len + dn + 1;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    memset(r, 0, cap * sizeof(mps_mpz_dig_t));
    for (size_t i = 0; i < a->len; i++) {
        mps_mpz_dbl_t t = (mps_mpz_dbl_t)a->dig[i] << bn;
        r[i + dn] |= (mps_mpz_dig_t)t;
        r[i + dn + 1] |= (mps_mpz_dig_t)(t >> 32);
    }
    dest_finish(z, cap, cap, a->neg);
}

void mps_mpz_shr(mps_mpz_t *z, const mps_mpz_t *a, size_t n) {
    size_t dn = n / 32, bn = n % 32;
    if (dn >= a->len) {
        // Everything shifted out: 0, or -1 for a negative value (floor).
        mps_mpz_set_ull(z, a->neg ? 1 : 0, a->neg);
        return;
    }
    bool lost = false;
    if (a->neg) {
        for (size_t i = 0; i < dn && !lost; i++) {
            lost = a->dig[i] != 0;
        }
        lost = lost || (bn && (a->dig[dn] & (((mps_mpz_dig_t)1 << bn) - 1)));
    }
    size_t cap = a->len - dn + 1;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    for (size_t i = dn; i < a->len; i++) {
        mps_mpz_dbl_t t = a->dig[i] >> bn;
        if (bn && i + 1 < a->len) {
            t |= ((mps_mpz_dbl_t)a->dig[i + 1] << (32 - bn)) & DIG_MASK;
        }
        r[i - dn] = (mps_mpz_dig_t)t;
    }
    size_t len = a->len - dn;
    r[len] = 0;
    if (lost) {
        mps_mpz_dig_t one = 1;
        len = mag_add(r, r, norm(r, len), &one, 1);
    }
    dest_finish(z, cap, len, a->neg);
}

// Iterates the digits of the infinite two's complement form of a value.
typedef struct {
    const mps_mpz_dig_t *dig;
    size_t len;
    bool neg;
    mps_mpz_dbl_t carry;
} twos_t;

static void twos_init(twos_t *t, const mps_mpz_t *a) {
    t->dig = a->dig;
    t->len = a->len;
    t->neg = a->neg;
    t->carry = 1;
}

static mps_mpz_dig_t twos_next(twos_t *t, size_t i) {
    mps_mpz_dig_t m = i < t->len ? t->dig[i] : 0;
    if (!t->neg) {
        return m;
    }
    // -m == ~m + 1
    mps_mpz_dbl_t s = (mps_mpz_dbl_t)(mps_mpz_dig_t)~m + t->carry;
    t->carry = s >> 32;
    return (mps_mpz_dig_t)s;
}

typedef enum { BIT_AND, BIT_OR, BIT_XOR } bitop_t;

static void bitwise(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b, bitop_t op) {
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    bool neg;
    switch (op) {
        case BIT_AND: neg = a->neg && b->neg; break;
        case BIT_OR: neg = a->neg || b->neg; break;
        default: neg = a->neg != b->neg; break;
    }
    mps_mpz_dig_t *r = dest_alloc(z, n);
    twos_t ta, tb;
    twos_init(&ta, a);
    twos_init(&tb, b);
    for (size_t i = 0; i < n; i++) {
        mps_mpz_dig_t x = twos_next(&ta, i), y = twos_next(&tb, i);
        r[i] = op == BIT_AND ? (x & y) : op == BIT_OR ? (x | y) : (x ^ y);
    }
    if (neg) {
        // back to a magnitude: -r == ~r + 1
        mps_mpz_dbl_t c = 1;
        for (size_t i = 0; i < n; i++) {
            c += (mps_mpz_dig_t)~r[i];
            r[i] = (mps_mpz_dig_t)c;
            c >>= 32;
        }
    }
    dest_finish(z, n, n, neg);
}

void mps_mpz_and(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b) {
    bitwise(z, a, b, BIT_AND);
}

void mps_mpz_or(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b) {
    bitwise(z, a, b, BIT_OR);
}

void mps_mpz_xor(mps_mpz_t *z, const mps_mpz_t *a, const mps_mpz_t *b) {
    bitwise(z, a, b, BIT_XOR);
}

void mps_mpz_neg(mps_mpz_t *z, const mps_mpz_t *a) {
    set_mag(z, a->dig, a->len, !a->neg);
}

void mps_mpz_abs(mps_mpz_t *z, const mps_mpz_t *a) {
    set_mag(z, a->dig, a->len, false);
}

void mps_mpz_invert(mps_mpz_t *z, const mps_mpz_t *a) {
    // ~a == -(a + 1)
    mps_mpz_dig_t one = 1;
    size_t cap = a->len + 2;
    mps_mpz_dig_t *r = dest_alloc(z, cap);
    if (!a->neg) {
        dest_finish(z, cap, mag_add(r, a->dig, a->len, &one, 1), true);
    } else {
        dest_finish(z, cap, mag_sub(r, a->dig, a->len, &one, 1), false);
    }
}

// --- queries ----------------------------------------------------------------------------

int mps_mpz_cmp(const mps_mpz_t *a, const mps_mpz_t *b) {
    if (a->neg != b->neg) {
        return a->neg ? -1 : 1;
    }
    int c = mag_cmp(a->dig, a->len, b->dig, b->len);
    return a->neg ? -c : c;
}

size_t mps_mpz_bit_length(const mps_mpz_t *a) {
    if (a->len == 0) {
        return 0;
    }
    return a->len * 32 - (size_t)clz32(a->dig[a->len - 1]);
}

bool mps_mpz_as_ull(const mps_mpz_t *a, unsigned long long *v) {
    if (a->neg || a->len > 2) {
        return false;
    }
    unsigned long long m = 0;
    for (size_t i = a->len; i-- > 0;) {
        m = (m << 32) | a->dig[i];
    }
    *v = m;
    return true;
}

bool mps_mpz_as_ll(const mps_mpz_t *a, long long *v) {
    mps_mpz_t m = *a;
    m.neg = false;
    unsigned long long u;
    if (!mps_mpz_as_ull(&m, &u)) {
        return false;
    }
    if (a->neg) {
        if (u > (unsigned long long)INT64_MAX + 1) {
            return false;
        }
        *v = (long long)(0 - u);
    } else {
        if (u > (unsigned long long)INT64_MAX) {
            return false;
        }
        *v = (long long)u;
    }
    return true;
}

uint32_t mps_mpz_as_uint32_truncated(const mps_mpz_t *a) {
    uint32_t m = a->len ? a->dig[0] : 0;
    return a->neg ? 0u - m : m;
}

double mps_mpz_as_double(const mps_mpz_t *a) {
    size_t bits = mps_mpz_bit_length(a);
    double d;
    if (bits <= 64) {
        unsigned long long u = 0;
        for (size_t i = a->len; i-- > 0;) {
            u = (u << 32) | a->dig[i];
        }
        d = (double)u;
    } else {
        // Top 64 bits, with a sticky low bit standing for every bit dropped below
        // them, round exactly as the whole value would.
        size_t shift = bits - 64;
        size_t dn = shift / 32, bn = shift % 32;
        mps_mpz_dbl_t lo = a->dig[dn] | ((mps_mpz_dbl_t)(dn + 1 < a->len ? a->dig[dn + 1] : 0) << 32);
        mps_mpz_dbl_t top = dn + 2 < a->len ? a->dig[dn + 2] : 0;
        unsigned long long u = bn ? (lo >> bn) | (top << (64 - bn)) : lo;
        bool sticky = bn && (a->dig[dn] & (((mps_mpz_dig_t)1 << bn) - 1));
        for (size_t i = 0; i < dn && !sticky; i++) {
            sticky = a->dig[i] != 0;
        }
        if (sticky) {
            u |= 1;
        }
        d = bits > 1100 ? INFINITY : ldexp((double)u, (int)shift);
    }
    return a->neg ? -d : d;
}

int32_t mps_mpz_hash(const mps_mpz_t *a) {
    // 2**32 == 4 (mod 2**30 - 1)
    mps_mpz_dbl_t h = 0;
    for (size_t i = a->len; i-- > 0;) {
        h = (h * 4 + a->dig[i]) % MPS_MPZ_HASH_MODULUS;
    }
    return a->neg ? -(int32_t)h : (int32_t)h;
}

// --- text -----------------------------------------------------------------------------------

size_t mps_mpz_format_size(const mps_mpz_t *a, unsigned base) {
    size_t bits = mps_mpz_bit_length(a);
    return (size_t)((double)bits / log2((double)base)) + 3;
}

size_t mps_mpz_format(const mps_mpz_t *a, unsigned base, bool upper, char *buf) {
    char *p = buf;
    if (a->len == 0) {
        *p++ = '0';
        return 1;
    }
    unsigned k = 0;
    mps_mpz_dbl_t pk = 1;
    while (pk * base <= DIG_MASK) {
        pk *= base;
        k++;
    }
    const char *digits = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    mps_mpz_dig_t stack[STACK_DIGS];
    mps_mpz_dig_t *t = tmp_alloc(a->len, stack, STACK_DIGS);
    memcpy(t, a->dig, a->len * sizeof(mps_mpz_dig_t));
    size_t n = a->len;
    // Digits come out least significant first; reversed at the end.
    while (n > 0) {
        mps_mpz_dig_t rem = mag_divmod_1(t, t, n, (mps_mpz_dig_t)pk);
        n = norm(t, n);
        for (unsigned i = 0; i < k && (n > 0 || rem != 0); i++) {
            *p++ = digits[rem % base];
            rem /= base;
        }
    }
    tmp_free(t, stack);
    if (a->neg) {
        *p++ = '-';
    }
    size_t len = (size_t)(p - buf);
    for (size_t i = 0; i < len / 2; i++) {
        char c = buf[i];
        buf[i] = buf[len - 1 - i];
        buf[len - 1 - i] = c;
    }
    return len;
}

bool mps_mpz_to_bytes(const mps_mpz_t *a, bool big_endian, bool is_signed, size_t len, uint8_t *buf) {
    twos_t t;
    twos_init(&t, a);
    mps_mpz_dig_t d = 0;
    for (size_t i = 0; i < len; i++) {
        if (i % 4 == 0) {
            d = twos_next(&t, i / 4);
        }
        buf[big_endian ? len - 1 - i : i] = (uint8_t)(d >> (8 * (i % 4)));
    }
    // Does it fit?
    size_t bits = mps_mpz_bit_length(a);
    size_t avail = 8 * len;
    if (!a->neg) {
        return bits <= (is_signed ? (avail ? avail - 1 : 0) : avail);
    }
    if (!is_signed || avail == 0) {
        return false;
    }
    // -2**(avail-1) <= a: |a| - 1 needs at most avail - 1 bits
    bool pow2 = (a->dig[a->len - 1] & (a->dig[a->len - 1] - 1)) == 0;
    for (size_t i = 0; i + 1 < a->len && pow2; i++) {
        pow2 = a->dig[i] == 0;
    }
    return (pow2 ? bits - 1 : bits) <= avail - 1;
}
