// SPDX-License-Identifier: MIT
// UTF-8 helpers for str (which stores UTF-8) and the character classes of the str
// methods. Classes follow MicroPython: ASCII only, other code points are in no class.
#ifndef CORE_UNICODE_H
#define CORE_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t mps_unichar_t;

// True for a UTF-8 continuation byte (10xxxxxx).
#define MPS_UTF8_IS_CONT(b) ((((unsigned char)(b)) & 0xc0) == 0x80)

// Decodes the code point at *[p] (which must be valid UTF-8, as str data always is)
// and advances *[p] past it.
mps_unichar_t mps_utf8_get_char(const char **p);
// Writes [c] as UTF-8 to [buf] (room for 4 bytes); returns the number of bytes.
size_t mps_utf8_encode(mps_unichar_t c, char *buf);
// Bytes that the code point starting with byte [b] occupies (1 for a stray byte).
size_t mps_utf8_seq_len(unsigned char b);
// True if [len] bytes at [data] are well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF).
bool mps_utf8_is_valid(const char *data, size_t len);
// True if every byte is below 0x80 (then bytes and code points coincide).
bool mps_utf8_is_ascii(const char *data, size_t len);
// Start of the [char_index]-th code point counted back from the end of [data, len):
// 1 is the last code point; [data] when the text has fewer.
const char *mps_utf8_index_from_end(const char *data, size_t len, size_t char_index);

// ASCII character classes (MicroPython's: non-ASCII code points belong to none). A
// table and inline tests: the str methods call them once per byte.
#define MPS_UNICHAR_SPACE (0x01)
#define MPS_UNICHAR_DIGIT (0x02)
#define MPS_UNICHAR_UPPER (0x04)
#define MPS_UNICHAR_LOWER (0x08)
#define MPS_UNICHAR_XDIGIT (0x10)
#define MPS_UNICHAR_UNDER (0x20)
extern const uint8_t mps_unichar_class[128];

static inline unsigned mps_unichar_class_of(mps_unichar_t c) {
    return c < 128 ? mps_unichar_class[c] : 0;
}
static inline bool mps_unichar_isspace(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & MPS_UNICHAR_SPACE) != 0;
}
static inline bool mps_unichar_isalpha(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & (MPS_UNICHAR_UPPER | MPS_UNICHAR_LOWER)) != 0;
}
static inline bool mps_unichar_isdigit(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & MPS_UNICHAR_DIGIT) != 0;
}
static inline bool mps_unichar_isxdigit(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & MPS_UNICHAR_XDIGIT) != 0;
}
static inline bool mps_unichar_isupper(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & MPS_UNICHAR_UPPER) != 0;
}
static inline bool mps_unichar_islower(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & MPS_UNICHAR_LOWER) != 0;
}
static inline bool mps_unichar_isalnum(mps_unichar_t c) {
    return (mps_unichar_class_of(c) & (MPS_UNICHAR_UPPER | MPS_UNICHAR_LOWER | MPS_UNICHAR_DIGIT)) != 0;
}
// Letter, digit or '_'.
static inline bool mps_unichar_isident(mps_unichar_t c) {
    return (mps_unichar_class_of(c) &
            (MPS_UNICHAR_UPPER | MPS_UNICHAR_LOWER | MPS_UNICHAR_DIGIT | MPS_UNICHAR_UNDER)) != 0;
}
static inline mps_unichar_t mps_unichar_toupper(mps_unichar_t c) {
    return mps_unichar_islower(c) ? c - 0x20 : c;
}
static inline mps_unichar_t mps_unichar_tolower(mps_unichar_t c) {
    return mps_unichar_isupper(c) ? c + 0x20 : c;
}
// Value of a hex digit (any case); the caller checks mps_unichar_isxdigit first.
static inline unsigned mps_unichar_xdigit_value(mps_unichar_t c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

#endif // CORE_UNICODE_H
