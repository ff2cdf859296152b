// SPDX-License-Identifier: MIT
// UTF-8 helpers: decoding, encoding, counting, indexing and validation.

#include <criterion/criterion.h>
#include <string.h>

#include "core/objstr.h"
#include "core/unicode.h"

Test(unicode, encode_then_decode_round_trips_every_length) {
    const mps_unichar_t cps[] = {0x41, 0xe9, 0x20ac, 0x1f44c, 0x10ffff};
    const size_t lens[] = {1, 2, 3, 4, 4};
    for (size_t i = 0; i < 5; ++i) {
        char buf[4];
        size_t n = mps_utf8_encode(cps[i], buf);
        cr_assert_eq(n, lens[i]);
        cr_assert_eq(mps_utf8_seq_len((unsigned char)buf[0]), n);
        const char *p = buf;
        cr_assert_eq(mps_utf8_get_char(&p), cps[i]);
        cr_assert_eq(p, buf + n);
    }
}

Test(unicode, charlen_counts_code_points_not_bytes) {
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x91\x8c"; // a é € 👌
    cr_assert_eq(mps_utf8_charlen(s, strlen(s)), 4);
    cr_assert_eq(mps_utf8_charlen("", 0), 0);
}

Test(unicode, index_finds_the_nth_code_point_from_either_end) {
    const char *s = "a\xc3\xa9" "b\xe2\x82\xac";
    size_t len = strlen(s);
    cr_assert_eq(mps_utf8_index(s, len, 0), s);
    cr_assert_eq(mps_utf8_index(s, len, 1), s + 1);
    cr_assert_eq(mps_utf8_index(s, len, 2), s + 3);
    cr_assert_eq(mps_utf8_index(s, len, 3), s + 4);
    cr_assert_eq(mps_utf8_index(s, len, 9), s + len);
    cr_assert_eq(mps_utf8_index_from_end(s, len, 1), s + 4);
    cr_assert_eq(mps_utf8_index_from_end(s, len, 2), s + 3);
}

Test(unicode, validation_rejects_malformed_sequences) {
    cr_assert(mps_utf8_is_valid("plain", 5));
    cr_assert(mps_utf8_is_valid("\xc3\xa9\xf0\x9f\x91\x8c", 6));
    cr_assert_not(mps_utf8_is_valid("\xa1", 1));             // continuation first
    cr_assert_not(mps_utf8_is_valid("\xc0\x80", 2));         // overlong NUL
    cr_assert_not(mps_utf8_is_valid("\xe0\x80\x80", 3));     // overlong
    cr_assert_not(mps_utf8_is_valid("\xed\xa0\x80", 3));     // surrogate
    cr_assert_not(mps_utf8_is_valid("\xf4\x90\x80\x80", 4)); // above U+10FFFF
    cr_assert_not(mps_utf8_is_valid("\xc3", 1));             // truncated
    cr_assert_not(mps_utf8_is_valid("\xf8\x88\x80\x80", 4));
}

Test(unicode, classes_are_ascii_only_as_in_micropython) {
    cr_assert(mps_unichar_isspace(' ') && mps_unichar_isspace('\t') && mps_unichar_isspace('\r'));
    cr_assert_not(mps_unichar_isspace('x'));
    cr_assert(mps_unichar_isalpha('a') && mps_unichar_isalpha('Z'));
    cr_assert_not(mps_unichar_isalpha(0xe9));
    cr_assert(mps_unichar_isdigit('7') && !mps_unichar_isdigit('a'));
    cr_assert(mps_unichar_isxdigit('f') && mps_unichar_isxdigit('F') && !mps_unichar_isxdigit('g'));
    cr_assert_eq(mps_unichar_toupper('q'), 'Q');
    cr_assert_eq(mps_unichar_tolower('Q'), 'q');
    cr_assert_eq(mps_unichar_toupper(0xe9), 0xe9);
    cr_assert_eq(mps_unichar_xdigit_value('b'), 11);
    cr_assert(mps_unichar_isident('_') && !mps_unichar_isident('-'));
}
