// SPDX-License-Identifier: MIT
// The SDL front-end drawn offscreen: the window's pixels show a known heap state.

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/heapmap.h"
#include "core/typelist.h"
#include "heapviz/frontend.h"
#include "heapviz/render_image.h"
#include "hvt_support.h"

#if HV_HAVE_SDL
#include "heapviz/render_sdl.h"

// Opens the window front-end with no display: the offscreen driver, else dummy.
static hv_frontend_t *open_offscreen(void) {
    char err[256];
    hv_frontend_opts_t fo = {.title = "test"};
    static const char *const drivers[] = {"offscreen", "dummy"};
    for (size_t i = 0; i < 2; i++) {
        setenv("SDL_VIDEODRIVER", drivers[i], 1);
        hv_frontend_t *fe = hv_frontend_sdl.open(&fo, err, sizeof(err));
        if (fe != NULL) {
            return fe;
        }
    }
    cr_skip_test("SDL has no offscreen video driver here: %s", err);
    return NULL;
}

static uint32_t window_cell(hv_frontend_t *fe, size_t block) {
    const hv_image_layout_t *lo = hv_sdl_layout(fe);
    uint32_t rgb = 0;
    int x = lo->map_x + (int)(block % MPS_HEAPMAP_ROW_BLOCKS) * lo->cell;
    int y = lo->map_y + (int)(block / MPS_HEAPMAP_ROW_BLOCKS - lo->top_row) * lo->cell;
    cr_assert(hv_sdl_read_pixel(fe, x, y, &rgb));
    return rgb;
}

Test(sdl, offscreen_window_shows_the_list_in_its_colour) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    hv_view_t v;
    hv_view_init(&v);
    hv_frontend_t *fe = open_offscreen();
    hv_frontend_sdl.draw(fe, &m, &v);
    cr_assert_eq(window_cell(fe, 0), hv_image_letter_rgb('L'));
    cr_assert_eq(window_cell(fe, 1), hv_image_letter_rgb('T'));
    cr_assert_eq(window_cell(fe, 4), hv_image_letter_rgb('.'));
    cr_assert_eq(window_cell(fe, 5), hv_image_letter_rgb('D'));
    // After a change and a redraw the window follows the heap.
    gc_alloc(16, MPS_TYPE_IDX_float, false); // into the hole at block 4
    hv_model_refresh(&m, HV_FRAME_POLL);
    hv_frontend_sdl.draw(fe, &m, &v);
    cr_assert_eq(window_cell(fe, 4), hv_image_letter_rgb('F'));
    // What SDL shows can be saved as PNG.
    char path[64], out[128], points[64];
    hvt_temp_path("sdl.png", path, sizeof(path));
    cr_assert(hv_sdl_save_png(fe, path));
    if (hvt_have_python()) {
        const hv_image_layout_t *lo = hv_sdl_layout(fe);
        snprintf(points, sizeof(points), "%d,%d", lo->map_x, lo->map_y);
        cr_assert(hvt_png_decode(path, points, out, sizeof(out)), "%s", out);
        char expect[64];
        snprintf(expect, sizeof(expect), "\n%06x\n", hv_image_letter_rgb('L'));
        cr_assert_not_null(strstr(out, expect), "%s", out);
    }
    unlink(path);
    hv_frontend_sdl.close(fe);
    hv_model_free(&m);
}

Test(sdl, no_input_means_no_action) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    hv_view_t v;
    hv_view_init(&v);
    hv_frontend_t *fe = open_offscreen();
    hv_frontend_sdl.draw(fe, &m, &v);
    hv_action_t a;
    while ((a = hv_frontend_sdl.input(fe, &m, &v, 0)) == HV_ACT_REDRAW) {
    }
    cr_assert_eq(a, HV_ACT_NONE);
    cr_assert(!v.quit);
    hv_frontend_sdl.close(fe);
    hv_model_free(&m);
}
#else
Test(sdl, not_built) {
    char err[256];
    cr_assert_null(hv_frontend_find("sdl", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "SDL2 was not found"), "%s", err);
    cr_skip_test("SDL2 was not found at build time: the window front-end is not tested");
}
#endif

Test(sdl, unknown_front_ends_are_named) {
    char err[256];
    cr_assert_null(hv_frontend_find("gtk", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "unknown front-end 'gtk'"), "%s", err);
}
