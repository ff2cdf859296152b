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
// Byte offset of the code point at [char_index] counted from the end of [data, len)
// when [from_end], e.g. char_index 1 from the end is the last code point.
const char *mps_utf8_index_from_end(const char *data, size_t len, size_t char_index);

// ASCII character classes (MicroPython's: non-ASCII code points belong to none).
bool mps_unichar_isspace(mps_unichar_t c);
bool mps_unichar_isalpha(mps_unichar_t c);
bool mps_unichar_isdigit(mps_unichar_t c);
bool mps_unichar_isxdigit(mps_unichar_t c);
bool mps_unichar_isupper(mps_unichar_t c);
bool mps_unichar_islower(mps_unichar_t c);
bool mps_unichar_isalnum(mps_unichar_t c);
bool mps_unichar_isident(mps_unichar_t c); // letter, digit or '_'
mps_unichar_t mps_unichar_toupper(mps_unichar_t c);
mps_unichar_t mps_unichar_tolower(mps_unichar_t c);
// Value of a hex digit (any case); the caller checks mps_unichar_isxdigit first.
unsigned mps_unichar_xdigit_value(mps_unichar_t c);

#endif // CORE_UNICODE_H
