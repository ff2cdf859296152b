// SPDX-License-Identifier: MIT
// Growable strings in the heap and formatted printing into them.

#include <criterion/criterion.h>
#include <string.h>

#include "core/gc.h"
#include "core/print.h"
#include "core/vstr.h"
#include "support.h"

Test(vstr, grows_in_the_gc_heap) {
    unit_interpreter(64 * 1024);
    vstr_t v;
    vstr_init(&v, 4);
    for (int i = 0; i < 100; i++) {
        vstr_add_str(&v, "ab");
    }
    cr_assert_eq(v.len, 200);
    cr_assert(gc_is_in_heap(v.buf));
    cr_assert_eq(strncmp(vstr_str(&v), "abab", 4), 0);
    vstr_cut_tail_bytes(&v, 199);
    cr_assert_str_eq(vstr_str(&v), "a");
    vstr_clear(&v);
}

Test(vstr, utf8_encoding_of_code_points) {
    unit_interpreter(64 * 1024);
    vstr_t v;
    vstr_init(&v, 8);
    vstr_add_char(&v, 'A');
    vstr_add_char(&v, 0xe9);
    vstr_add_char(&v, 0x20ac);
    vstr_add_char(&v, 0x1f600);
    cr_assert_eq(v.len, 1 + 2 + 3 + 4);
    cr_assert_eq(memcmp(v.buf, "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 10), 0);
}

Test(vstr, printf_conversions) {
    unit_interpreter(64 * 1024);
    vstr_t v;
    vstr_init(&v, 16);
    vstr_printf(&v, "%d|%5d|%-4d|%05d|%u|%x|%X|%s|%.2s|%c|%%", -12, 34, 5, -7, 4000000000u, 255, 255, "str", "abc", 'z');
    cr_assert_str_eq(vstr_str(&v), "-12|   34|5   |-0007|4000000000|ff|FF|str|ab|z|%");
    vstr_reset(&v);
    vstr_printf(&v, "%q %lu %zu", MPS_QSTR_append, 123456789012ul, (size_t)42);
    cr_assert_str_eq(vstr_str(&v), "append 123456789012 42");
}

Test(vstr, fixed_buffer_truncates_instead_of_growing) {
    char buf[8];
    vstr_t v;
    vstr_init_fixed_buf(&v, sizeof(buf), buf);
    vstr_add_str(&v, "0123456789");
    cr_assert_eq(v.len, 7);
    cr_assert_str_eq(vstr_str(&v), "0123456");
}
