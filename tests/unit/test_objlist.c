// SPDX-License-Identifier: MIT
// Lists: heap cost (header block + exact items), append growth as MicroPython, stable
// sorting, and sort keeping every item when a comparison raises.

#include <criterion/criterion.h>

#include "core/gc.h"
#include "core/nlr.h"
#include "core/objlist.h"
#include "support.h"

#define INT(i) MPS_OBJ_NEW_SMALL_INT(i)

static size_t used(void) {
    gc_info_t info;
    gc_info(&info);
    return info.used;
}

Test(objlist, empty_list_is_one_block) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    mps_obj_t l = mps_obj_new_list(0, NULL);
    cr_assert_eq(used() - before, 16);
    mps_obj_list_append(l, INT(1));
    cr_assert_eq(used() - before, 32);
}

Test(objlist, list_of_100_costs_header_plus_400_bytes) {
    unit_interpreter(256 * 1024);
    size_t before = used();
    mps_obj_t items[100];
    for (int i = 0; i < 100; i++) {
        items[i] = INT(i);
    }
    mps_obj_new_list(100, items);
    cr_assert_eq(used() - before, 16 + 400);
}

Test(objlist, append_grows_as_micropython) {
    unit_interpreter(256 * 1024);
    gc_disable();
    mps_obj_t l = mps_obj_new_list(0, NULL);
    mps_obj_list_t *p = MPS_OBJ_TO_PTR(l);
    static const unsigned expect[] = {4, 4, 4, 4, 8, 8, 8, 8, 16};
    for (int i = 0; i < 9; i++) {
        mps_obj_list_append(l, INT(i));
        cr_assert_eq(p->alloc, expect[i], "after %d appends", i + 1);
    }
    for (int i = 9; i < 100; i++) {
        mps_obj_list_append(l, INT(i));
    }
    cr_assert_eq(p->alloc, 128);
    gc_enable();
}

Test(objlist, sort_orders_small_ints) {
    unit_interpreter(256 * 1024);
    mps_obj_t l = mps_obj_new_list(0, NULL);
    for (int i = 0; i < 500; i++) {
        mps_obj_list_append(l, INT((i * 7919) % 503 - 250));
    }
    mps_obj_list_sort(l, MPS_OBJ_NULL, false);
    size_t n;
    mps_obj_t *items;
    mps_obj_list_get(l, &n, &items);
    for (size_t i = 1; i < n; i++) {
        cr_assert_leq(MPS_OBJ_SMALL_INT_VALUE(items[i - 1]), MPS_OBJ_SMALL_INT_VALUE(items[i]));
    }
    mps_obj_list_sort(l, MPS_OBJ_NULL, true);
    mps_obj_list_get(l, &n, &items);
    for (size_t i = 1; i < n; i++) {
        cr_assert_geq(MPS_OBJ_SMALL_INT_VALUE(items[i - 1]), MPS_OBJ_SMALL_INT_VALUE(items[i]));
    }
}

Test(objlist, failed_sort_keeps_every_item) {
    unit_interpreter(256 * 1024);
    mps_obj_t l = mps_obj_new_list(0, NULL);
    for (int i = 0; i < 64; i++) {
        mps_obj_list_append(l, INT(i * 37 % 64));
    }
    // None cannot be ordered against ints: the sort raises TypeError part-way.
    mps_obj_list_append(l, mps_const_none);
    nlr_buf_t nlr;
    bool raised = false;
    if (nlr_push(&nlr) == 0) {
        mps_obj_list_sort(l, MPS_OBJ_NULL, false);
        nlr_pop();
    } else {
        raised = true;
    }
    cr_assert(raised);
    size_t n;
    mps_obj_t *items;
    mps_obj_list_get(l, &n, &items);
    cr_assert_eq(n, 65);
    bool seen[64] = {false};
    int nones = 0;
    for (size_t i = 0; i < n; i++) {
        if (items[i] == mps_const_none) {
            nones++;
        } else {
            seen[MPS_OBJ_SMALL_INT_VALUE(items[i])] = true;
        }
    }
    cr_assert_eq(nones, 1);
    for (int i = 0; i < 64; i++) {
        cr_assert(seen[i], "item %d lost", i);
    }
}
