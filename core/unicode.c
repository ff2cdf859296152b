// SPDX-License-Identifier: MIT
// UTF-8 decoding, counting, indexing and validation, and the ASCII character classes
// used by the str methods.
#include "core/unicode.h"

#include "core/objstr.h"

// One bit per class for each ASCII code point: a table lookup is cheaper than a chain
// of comparisons in the hot loops of split/strip/isspace.
enum {
    C_SPACE = 0x01,
    C_DIGIT = 0x02,
    C_UPPER = 0x04,
    C_LOWER = 0x08,
    C_XDIGIT = 0x10,
    C_UNDER = 0x20,
};

static uint8_t class_of(mps_unichar_t c) {
    if (c >= 0x80) {
        return 0;
    }
    uint8_t k = 0;
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
        k |= C_SPACE;
    }
    if (c >= '0' && c <= '9') {
        k |= C_DIGIT | C_XDIGIT;
    } else if (c >= 'A' && c <= 'Z') {
        k |= C_UPPER;
        if (c <= 'F') {
            k |= C_XDIGIT;
        }
    } else if (c >= 'a' && c <= 'z') {
        k |= C_LOWER;
        if (c <= 'f') {
            k |= C_XDIGIT;
        }
    } else if (c == '_') {
        k |= C_UNDER;
    }
    return k;
}

bool mps_unichar_isspace(mps_unichar_t c) {
    return (class_of(c) & C_SPACE) != 0;
}

bool mps_unichar_isalpha(mps_unichar_t c) {
    return (class_of(c) & (C_UPPER | C_LOWER)) != 0;
}

bool mps_unichar_isdigit(mps_unichar_t c) {
    return (class_of(c) & C_DIGIT) != 0;
}

bool mps_unichar_isxdigit(mps_unichar_t c) {
    return (class_of(c) & C_XDIGIT) != 0;
}

bool mps_unichar_isupper(mps_unichar_t c) {
    return (class_of(c) & C_UPPER) != 0;
}

bool mps_unichar_islower(mps_unichar_t c) {
    return (class_of(c) & C_LOWER) != 0;
}

bool mps_unichar_isalnum(mps_unichar_t c) {
    return (class_of(c) & (C_UPPER | C_LOWER | C_DIGIT)) != 0;
}

bool mps_unichar_isident(mps_unichar_t c) {
    return (class_of(c) & (C_UPPER | C_LOWER | C_DIGIT | C_UNDER)) != 0;
}

mps_unichar_t mps_unichar_toupper(mps_unichar_t c) {
    return mps_unichar_islower(c) ? c - 0x20 : c;
}

mps_unichar_t mps_unichar_tolower(mps_unichar_t c) {
    return mps_unichar_isupper(c) ? c + 0x20 : c;
}

unsigned mps_unichar_xdigit_value(mps_unichar_t c) {
    if (c <= '9') {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
}

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
