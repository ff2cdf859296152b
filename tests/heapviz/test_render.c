// SPDX-License-Identifier: MIT
// The text map (the same as mem_info(1)'s), the image's colours, and PNG export of a
// known heap state.

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/heapmap.h"
#include "core/typelist.h"
#include "heapviz/export.h"
#include "heapviz/render_image.h"
#include "heapviz/render_text.h"
#include "hvt_support.h"

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

static char *text_of(const hv_snapshot_t *s) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    hv_render_text(s, f);
    fclose(f);
    return buf;
}

Test(render, text_map_is_mem_info_1) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    capture_t cap = {.len = 0};
    mps_print_t print = {&cap, capture_strn};
    mps_heapmap_dump(&print);
    char *ours = text_of(&m.snap);
    cr_assert_str_eq(ours, cap.buf);
    cr_assert_not_null(strstr(ours, "\n00000000: LT==.D=.h===...."), "%s", ours);
    free(ours);
    hv_model_free(&m);
}

Test(render, text_diff_marks_changes) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_snapshot_t a, b;
    hv_snapshot_init(&a, k.n_blocks, gc_arena_start());
    hv_snapshot_read_gc(&a);
    gc_alloc(16, MPS_TYPE_IDX_float, false);
    hv_snapshot_init(&b, k.n_blocks, gc_arena_start());
    hv_snapshot_read_gc(&b);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    hv_render_text_diff(&a, &b, f);
    fclose(f);
    cr_assert_not_null(strstr(buf, "\n00000000: LT==+D=.h===..."), "%s", buf);
    cr_assert_not_null(strstr(buf, "blocks allocated since: 1, freed since: 0"), "%s", buf);
    free(buf);
    hv_snapshot_free(&a);
    hv_snapshot_free(&b);
}

// The top-left pixel of [block]'s cell: the cell's colour (letters start one pixel in).
static uint32_t cell_rgb(const hv_canvas_t *c, const hv_image_layout_t *lo, size_t block) {
    int x = lo->map_x + (int)(block % MPS_HEAPMAP_ROW_BLOCKS) * lo->cell;
    int y = lo->map_y + (int)(block / MPS_HEAPMAP_ROW_BLOCKS - lo->top_row) * lo->cell;
    return hv_canvas_get(c, x, y);
}

Test(render, image_colours_follow_the_kinds) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    hv_view_t v;
    hv_view_init(&v);
    for (int zoom = 0; zoom <= HV_ZOOM_MAX; zoom++) {
        v.zoom = zoom;
        hv_image_layout_t lo;
        hv_image_layout(&m.snap, &v, 0, &lo);
        hv_canvas_t c;
        cr_assert(hv_canvas_init(&c, lo.w, lo.h));
        hv_render_image(&c, &m, &v, &lo, "test");
        cr_assert_eq(cell_rgb(&c, &lo, 0), hv_image_letter_rgb('L'), "zoom %d", zoom);
        cr_assert_eq(cell_rgb(&c, &lo, 1), hv_image_letter_rgb('T'));
        cr_assert_eq(cell_rgb(&c, &lo, 4), hv_image_letter_rgb('.'));
        cr_assert_eq(cell_rgb(&c, &lo, 5), hv_image_letter_rgb('D'));
        // A tail has its head's colour, darker.
        uint32_t t = cell_rgb(&c, &lo, 2), h = hv_image_letter_rgb('T');
        cr_assert_lt(t & 0xff00, h & 0xff00);
        cr_assert_neq(t, hv_image_letter_rgb('.'));
        // Clicking a cell finds its block.
        int x, y;
        cr_assert(hv_image_block_centre(&lo, 5, &x, &y));
        cr_assert_eq(hv_image_block_at(&lo, &m.snap, x, y), 5);
        hv_canvas_free(&c);
    }
    // Highlighting dicts dims the list.
    v.zoom = 2;
    v.highlight = MPS_TYPE_IDX_dict;
    hv_image_layout_t lo;
    hv_image_layout(&m.snap, &v, 0, &lo);
    hv_canvas_t c;
    hv_canvas_init(&c, lo.w, lo.h);
    hv_render_image(&c, &m, &v, &lo, "test");
    cr_assert_eq(cell_rgb(&c, &lo, 5), hv_image_letter_rgb('D'));
    cr_assert_neq(cell_rgb(&c, &lo, 0), hv_image_letter_rgb('L'));
    hv_canvas_free(&c);
    hv_model_free(&m);
}

Test(render, exported_png_shows_the_list_in_its_colour) {
    if (!hvt_have_python()) {
        cr_skip_test("python3 with zlib is needed to decode the PNG independently");
    }
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    hv_view_t v;
    hv_view_init(&v);
    char path[64], err[200], out[256], points[64];
    hvt_temp_path("export.png", path, sizeof(path));
    cr_assert(hv_export_png(&m, &v, path, err, sizeof(err)), "%s", err);
    hv_image_layout_t lo;
    hv_image_layout(&m.snap, &v, 0, &lo);
    snprintf(points, sizeof(points), "%d,%d %d,%d", lo.map_x, lo.map_y, lo.map_x + 4 * lo.cell, lo.map_y);
    cr_assert(hvt_png_decode(path, points, out, sizeof(out)), "%s", out);
    char expect[64];
    snprintf(expect, sizeof(expect), "%u %u\n%06x\n%06x\n", lo.w, lo.h, hv_image_letter_rgb('L'),
             hv_image_letter_rgb('.'));
    cr_assert_str_eq(out, expect);
    unlink(path);
    hv_model_free(&m);
}
