// SPDX-License-Identifier: MIT
// Interned strings: static ones cost no heap, new ones are interned once in the heap.

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/gc.h"
#include "core/qstr.h"
#include "support.h"

static size_t used(void) {
    gc_info_t info;
    gc_info(&info);
    return info.used;
}

Test(qstr, static_names_are_found_without_allocating) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    cr_assert_eq(qstr_find_strn("append", 6), MPS_QSTR_append);
    cr_assert_eq(qstr_from_str("__init__"), MPS_QSTR___init__);
    cr_assert_str_eq(qstr_str(MPS_QSTR_lt_module_gt), "<module>");
    cr_assert(qstr_is_static(MPS_QSTR_append));
    cr_assert_eq(used(), before);
}

Test(qstr, new_name_is_interned_once_in_the_heap) {
    unit_interpreter(256 * 1024);
    cr_assert_eq(qstr_find_strn("frobnicate", 10), MPS_QSTR_NULL);
    size_t before = used();
    qstr q = qstr_from_str("frobnicate");
    cr_assert_neq(q, MPS_QSTR_NULL);
    cr_assert_not(qstr_is_static(q));
    cr_assert_gt(used(), before);
    size_t after = used();
    cr_assert_eq(qstr_from_strn("frobnicate!", 10), q);
    cr_assert_eq(used(), after);
    cr_assert_str_eq(qstr_str(q), "frobnicate");
    cr_assert_eq(qstr_len(q), 10);
    cr_assert_eq(qstr_hash(q), qstr_compute_hash("frobnicate", 10));
}

Test(qstr, interned_names_survive_collection) {
    unit_interpreter(256 * 1024);
    qstr q = qstr_from_str("survivor_name");
    gc_collect();
    for (int i = 0; i < 100; i++) {
        char buf[32];
        snprintf(buf, sizeof(buf), "name_%d", i);
        qstr_from_str(buf);
    }
    gc_collect();
    cr_assert_str_eq(qstr_str(q), "survivor_name");
    cr_assert_eq(qstr_find_strn("name_42", 7) != MPS_QSTR_NULL, true);
    cr_assert_str_eq(qstr_str(qstr_find_strn("name_99", 7)), "name_99");
}

Test(qstr, pool_info_counts_dynamic_names) {
    unit_interpreter(256 * 1024);
    size_t n_pool, n_qstr, n_data, n_total;
    qstr_pool_info(&n_pool, &n_qstr, &n_data, &n_total);
    size_t base_q = n_qstr, base_data = n_data;
    qstr_from_str("zq_alpha_beta");
    qstr_from_str("zq_gamma");
    qstr_pool_info(&n_pool, &n_qstr, &n_data, &n_total);
    cr_assert_eq(n_qstr, base_q + 2);
    cr_assert_eq(n_data, base_data + 14 + 9);
    cr_assert_geq(n_pool, 1);
    cr_assert_gt(n_total, n_data);
}

Test(qstr, empty_string_is_static) {
    unit_interpreter(256 * 1024);
    cr_assert_eq(qstr_from_strn("", 0), MPS_QSTR_empty);
}
