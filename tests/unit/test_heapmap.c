// SPDX-License-Identifier: MIT
// The text block map: letters per kind and MicroPython's row layout.

#include <criterion/criterion.h>
#include <string.h>

#include "core/gc.h"
#include "core/heapmap.h"
#include "core/typelist.h"
#include "support.h"

typedef struct {
    char buf[16384];
    size_t len;
} capture_t;

static void capture_strn(void *data, const char *str, size_t len) {
    capture_t *c = data;
    if (c->len + len < sizeof(c->buf)) {
        memcpy(c->buf + c->len, str, len);
        c->len += len;
        c->buf[c->len] = '\0';
    }
}

Test(heapmap, letters_for_states_and_kinds) {
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_FREE, 0), '.');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_TAIL, 0), '=');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_MARK, MPS_TYPE_IDX_list), 'm');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_HEAD, MPS_TYPE_IDX_tuple), 'T');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_HEAD, MPS_TYPE_IDX_list), 'L');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_HEAD, MPS_TYPE_IDX_dict), 'D');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_HEAD, MPS_TYPE_IDX_fun_bc), 'B');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_HEAD, MPS_TYPE_IDX_module), 'M');
    cr_assert_eq(mps_heapmap_letter(GC_BLOCK_HEAD, MPS_KIND_RAW), 'h');
}

Test(heapmap, dump_shows_known_state_and_abbreviates_free_rows) {
    unit_bare_heap(64 * 1024);
    gc_alloc(16, MPS_TYPE_IDX_list, false);
    gc_alloc(48, MPS_TYPE_IDX_tuple, false);
    gc_alloc(16, MPS_KIND_RAW, false);
    capture_t cap = {.len = 0};
    mps_print_t print = {&cap, capture_strn};
    mps_heapmap_dump(&print);
    // Header, first row, the free rows abbreviated, the last (partial) row.
    cr_assert(strncmp(cap.buf, "GC memory layout; from ", 23) == 0, "%s", cap.buf);
    cr_assert_not_null(strstr(cap.buf, "\n00000000: LT==h..........."), "%s", cap.buf);
    cr_assert_not_null(strstr(cap.buf, "lines all free)"), "%s", cap.buf);
    // Every full row is 64 letters.
    const char *row = strstr(cap.buf, "00000000: ") + 10;
    cr_assert_eq(strcspn(row, "\n"), 64);
}
