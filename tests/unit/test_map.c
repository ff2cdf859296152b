// SPDX-License-Identifier: MIT
// Hash maps: lookups after growth and deletion, the ordered-while-small dict layout,
// and table sizes equal to a 32-bit MicroPython's.

#include <criterion/criterion.h>

#include "core/gc.h"
#include "core/map.h"
#include "core/objdict.h"
#include "support.h"

#define INT(i) MPS_OBJ_NEW_SMALL_INT(i)

Test(map, int_keys_survive_growth_and_deletion) {
    unit_interpreter(512 * 1024);
    mps_map_t m;
    mps_map_init(&m, 0);
    for (int i = 0; i < 3000; i++) {
        mps_map_lookup(&m, INT(i * 7), MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = INT(i);
    }
    cr_assert_eq(m.used, 3000);
    for (int i = 0; i < 3000; i += 2) {
        mps_map_elem_t *e = mps_map_lookup(&m, INT(i * 7), MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
        cr_assert_not_null(e);
        cr_assert_eq(e->value, INT(i));
    }
    cr_assert_eq(m.used, 1500);
    for (int i = 0; i < 3000; i++) {
        mps_map_elem_t *e = mps_map_lookup(&m, INT(i * 7), MPS_MAP_LOOKUP);
        cr_assert_eq(e == NULL, i % 2 == 0, "key %d", i * 7);
    }
    size_t cur = 0, n = 0;
    while (mps_map_next(&m, &cur)) {
        n++;
    }
    cr_assert_eq(n, 1500);
}

Test(map, table_sizes_follow_micropython) {
    unit_interpreter(512 * 1024);
    static const struct {
        int n;
        unsigned alloc;
    } expect[] = {{1, 2}, {3, 4}, {5, 6}, {13, 17}, {17, 17}, {18, 23}, {2161, 2161}, {2162, 3229}};
    mps_map_t m;
    mps_map_init(&m, 0);
    size_t k = 0;
    for (int i = 1; i <= 2162; i++) {
        mps_map_lookup(&m, INT(i), MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = INT(i);
        if (expect[k].n == i) {
            cr_assert_eq(m.alloc, expect[k].alloc, "n=%d", i);
            k++;
        }
    }
    cr_assert_eq(k, sizeof(expect) / sizeof(expect[0]));
}

Test(map, qstr_fast_path_finds_what_generic_lookup_added) {
    unit_interpreter(256 * 1024);
    mps_map_t m;
    mps_map_init(&m, 0);
    for (qstr q = 1; q < 200; q++) {
        mps_map_lookup(&m, MPS_OBJ_NEW_QSTR(q), MPS_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = INT(q);
    }
    cr_assert(m.all_keys_are_qstrs);
    for (qstr q = 1; q < 200; q++) {
        cr_assert_eq(mps_map_lookup_qstr(&m, q, MPS_MAP_LOOKUP)->value, INT(q));
    }
    cr_assert_null(mps_map_lookup_qstr(&m, 250, MPS_MAP_LOOKUP));
}

Test(map, dict_keeps_insertion_order_while_small) {
    unit_interpreter(256 * 1024);
    mps_obj_t d = mps_obj_new_dict(0);
    mps_map_t *m = mps_obj_dict_get_map(d);
    for (int i = MPS_MAP_ORDERED_MAX; i > 0; i--) {
        mps_obj_dict_store(d, INT(i), INT(-i));
    }
    cr_assert(m->is_ordered);
    mps_obj_dict_delete(d, INT(5));
    size_t cur = 0;
    int expect = MPS_MAP_ORDERED_MAX;
    for (mps_map_elem_t *e; (e = mps_map_next(m, &cur)) != NULL; expect--) {
        if (expect == 5) {
            expect--;
        }
        cr_assert_eq(e->key, INT(expect));
    }
    // One more than the ordered limit: a hash table of MicroPython's next size.
    mps_obj_dict_store(d, INT(5), INT(-5));
    mps_obj_dict_store(d, INT(100), INT(-100));
    cr_assert_not(m->is_ordered);
    cr_assert_eq(m->alloc, 17);
    for (int i = 1; i <= MPS_MAP_ORDERED_MAX; i++) {
        cr_assert_eq(mps_obj_dict_get(d, INT(i)), INT(-i));
    }
    cr_assert_eq(mps_obj_dict_get(d, INT(100)), INT(-100));
}

Test(map, dict_costs_what_micropython_does) {
    unit_interpreter(256 * 1024);
    gc_collect();
    gc_info_t before, after;
    gc_info(&before);
    mps_obj_t d = mps_obj_new_dict(0);
    for (int i = 0; i < 40; i++) {
        mps_obj_dict_store(d, INT(i), INT(i));
    }
    gc_info(&after);
    // 16-byte header + 47 entries of 8 bytes (376 -> 384), as measured on MicroPython.
    cr_assert_eq(after.used - before.used, 400);
}

Test(map, rom_table_lookup) {
    static const mps_rom_map_elem_t table[] = {
        { MPS_ROM_QSTR(MPS_QSTR_append), MPS_ROM_INT(1) },
        { MPS_ROM_QSTR(MPS_QSTR_pop), MPS_ROM_INT(2) },
    };
    cr_assert_eq(mps_rom_map_lookup(MPS_ROM_TABLE(table), MPS_QSTR_pop), INT(2));
    cr_assert_eq(mps_rom_map_lookup(MPS_ROM_TABLE(table), MPS_QSTR_sort), MPS_OBJ_NULL);
}
