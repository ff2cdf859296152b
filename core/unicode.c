// SPDX-License-Identifier: MIT
// UTF-8 decoding, counting, indexing and validation, and the ASCII character classes
// used by the str methods.
#include "core/unicode.h"

#include "core/objstr.h"

// The classes of the 128 ASCII code points, one bit each (see unicode.h).
#define S MPS_UNICHAR_SPACE
#define D (MPS_UNICHAR_DIGIT | MPS_UNICHAR_XDIGIT)
#define UX (MPS_UNICHAR_UPPER | MPS_UNICHAR_XDIGIT)
#define U MPS_UNICHAR_UPPER
#define LX (MPS_UNICHAR_LOWER | MPS_UNICHAR_XDIGIT)
#define L MPS_UNICHAR_LOWER
const uint8_t mps_unichar_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S, S, 0, 0,         // \t \n \v \f \r
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,         // space
    D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,         // 0-9
    0, UX, UX, UX, UX, UX, UX, U, U, U, U, U, U, U, U, U,   // @ A-O
    U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, MPS_UNICHAR_UNDER, // P-Z _
    0, LX, LX, LX, LX, LX, LX, L, L, L, L, L, L, L, L, L,   // ` a-o
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0,         // p-z
};
#undef S
#undef D
#undef UX
#undef U
#undef LX
#undef L

size_t mps_utf8_seq_len(unsigned char b) {
    if (b < 0xc0) {
        return 1; // ASCII, or a stray continuation byte counted on its own
    }
    if (b < 0xe0) {
        return 2;
    }
    if (b < 0xf0) {
        return 3;
    }
    return 4;
}

mps_unichar_t mps_utf8_get_char(const char **p) {
    const unsigned char *s = (const unsigned char *)*p;
    mps_unichar_t c = *s++;
    if (c >= 0xc0) {
        size_t n = mps_utf8_seq_len((unsigned char)c);
        c &= 0x3f >> (n - 1);
        for (size_t i = 1; i < n && MPS_UTF8_IS_CONT(*s); ++i) {
            c = (c << 6) | (*s++ & 0x3f);
        }
    }
    *p = (const char *)s;
    return c;
}

size_t mps_utf8_encode(mps_unichar_t c, char *buf) {
    unsigned char *b = (unsigned char *)buf;
    if (c < 0x80) {
        b[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        b[0] = (unsigned char)(0xc0 | (c >> 6));
        b[1] = (unsigned char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        b[0] = (unsigned char)(0xe0 | (c >> 12));
        b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        b[2] = (unsigned char)(0x80 | (c & 0x3f));
        return 3;
    }
    b[0] = (unsigned char)(0xf0 | (c >> 18));
    b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
    b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
    b[3] = (unsigned char)(0x80 | (c & 0x3f));
    return 4;
}

bool mps_utf8_is_ascii(const char *data, size_t len) {
    for (size_t i = 0; i < len; ++i) {
        if ((unsigned char)data[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

bool mps_utf8_is_valid(const char *data, size_t len) {
    const unsigned char *s = (const unsigned char *)data;
    const unsigned char *end = s + len;
    while (s < end) {
        unsigned char b = *s;
        if (b < 0x80) {
            ++s;
            continue;
        }
        size_t n;
        mps_unichar_t min;
        if (b >= 0xc2 && b < 0xe0) {
            n = 2;
            min = 0x80;
        } else if (b >= 0xe0 && b < 0xf0) {
            n = 3;
            min = 0x800;
        } else if (b >= 0xf0 && b < 0xf5) {
            n = 4;
            min = 0x10000;
        } else {
            return false; // continuation byte first, overlong 0xc0/0xc1, or > U+10FFFF
        }
        if ((size_t)(end - s) < n) {
            return false;
        }
        mps_unichar_t c = b & (0x3f >> (n - 1));
        for (size_t i = 1; i < n; ++i) {
            if (!MPS_UTF8_IS_CONT(s[i])) {
                return false;
            }
            c = (c << 6) | (s[i] & 0x3f);
        }
        if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
            return false;
        }
        s += n;
    }
    return true;
}

size_t mps_utf8_charlen(const char *data, size_t len) {
    // Every code point has exactly one byte that is not a continuation byte.
    size_t n = 0;
    for (size_t i = 0; i < len; ++i) {
        n += !MPS_UTF8_IS_CONT(data[i]);
    }
    return n;
}

const char *mps_utf8_index(const char *data, size_t len, size_t char_index) {
    const char *s = data;
    const char *end = data + len;
    while (s < end) {
        if (!MPS_UTF8_IS_CONT(*s)) {
            if (char_index == 0) {
                return s;
            }
            --char_index;
        }
        ++s;
    }
    return end;
}

const char *mps_utf8_index_from_end(const char *data, size_t len, size_t char_index) {
    const char *s = data + len;
    while (s > data && char_index > 0) {
        --s;
        if (!MPS_UTF8_IS_CONT(*s)) {
            --char_index;
        }
    }
    return s;
}
