// SPDX-License-Identifier: MIT
// str and bytes objects: their heap layout and costs, and the interning rules.

#include <criterion/criterion.h>
#include <string.h>

#include "core/gc.h"
#include "core/objstr.h"
#include "core/runtime.h"
#include "support.h"

static size_t used(void) {
    gc_info_t info;
    gc_info(&info);
    return info.used;
}

Test(objstr, new_str_of_an_interned_name_is_the_qstr_and_costs_nothing) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    mps_obj_t o = mps_obj_new_str("append", 6);
    cr_assert(MPS_OBJ_IS_QSTR(o));
    cr_assert_eq(MPS_OBJ_QSTR_VALUE(o), MPS_QSTR_append);
    cr_assert_eq(used(), before);
}

Test(objstr, copied_str_is_one_allocation_of_header_and_data) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    mps_obj_t o = mps_obj_new_str("foobar-not-a-name", 17);
    cr_assert(mps_obj_is_type_idx(o, MPS_TYPE_IDX_str));
    // 16-byte header + 17 bytes + NUL = 34 bytes: 3 blocks, as MicroPython's 16 + 32.
    cr_assert_eq(used() - before, 48);
    size_t len;
    const char *d = mps_obj_str_get_data(o, &len);
    cr_assert_eq(len, 17);
    cr_assert_eq(d, (const char *)MPS_OBJ_TO_PTR(o) + sizeof(mps_obj_str_t));
    cr_assert_eq(d[len], '\0');
}

Test(objstr, str_from_vstr_takes_the_buffer_without_copying) {
    unit_interpreter(256 * 1024);
    vstr_t vstr;
    vstr_init(&vstr, 64);
    vstr_add_str(&vstr, "built piece by piece, longer than one block");
    char *buf = vstr.buf;
    mps_obj_t o = mps_obj_new_str_from_vstr(&vstr);
    size_t len;
    cr_assert_eq(mps_obj_str_get_data(o, &len), buf);
    cr_assert_eq(len, strlen("built piece by piece, longer than one block"));
    cr_assert_eq(gc_nbytes(buf), 48); // shrunk to fit the text and its NUL
    cr_assert_null(vstr.buf);
}

Test(objstr, one_ascii_character_and_empty_bytes_are_static) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    mps_obj_t a = mps_obj_new_str("z", 1);
    mps_obj_t b = mps_obj_new_str("z", 1);
    mps_obj_t e = mps_obj_new_bytes((const uint8_t *)"", 0);
    cr_assert_eq(a, b);
    cr_assert(mps_obj_is_type_idx(e, MPS_TYPE_IDX_bytes));
    cr_assert_eq(used(), before);
    cr_assert_str_eq(mps_obj_str_get_str(a), "z");
}

Test(objstr, heap_str_equals_and_hashes_like_the_qstr_of_its_text) {
    unit_interpreter(256 * 1024);
    vstr_t vstr;
    vstr_init(&vstr, 16);
    vstr_add_str(&vstr, "not interned yet");
    mps_obj_t heap = mps_obj_new_str_from_vstr(&vstr);
    mps_obj_t q = MPS_OBJ_NEW_QSTR(qstr_from_str("not interned yet"));
    cr_assert_neq(heap, q);
    cr_assert(mps_obj_str_equal(heap, q));
    cr_assert_eq(mps_obj_str_get_hash(heap), mps_obj_str_get_hash(q));
    cr_assert_not(mps_obj_str_equal(heap, mps_obj_new_bytes((const uint8_t *)"not interned yet", 16)));
}

Test(objstr, bytearray_100_costs_a_header_and_112_bytes) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    mps_obj_t o = mps_obj_new_bytearray(100, NULL);
    cr_assert_eq(used() - before, 16 + 112);
    mps_buffer_info_t bi;
    mps_get_buffer_raise(o, &bi, MPS_BUFFER_RW);
    cr_assert_eq(bi.len, 100);
}
