// SPDX-License-Identifier: MIT
// A build with neither ncurses nor SDL2: asking for either front-end says why it is
// missing (this file is compiled with heapviz/frontend.c and both flags at 0).

#include <criterion/criterion.h>
#include <string.h>

#include "heapviz/frontend.h"

Test(missing, asking_for_an_absent_front_end_explains) {
    char err[256];
    cr_assert_str_eq(hv_frontend_available(), "none");
    cr_assert_null(hv_frontend_find("sdl", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "the sdl front-end is not in this build"), "%s", err);
    cr_assert_not_null(strstr(err, "libsdl2-dev"), "%s", err);
    cr_assert_null(hv_frontend_find("curses", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "the curses front-end is not in this build"), "%s", err);
    cr_assert_not_null(strstr(err, "libncurses-dev"), "%s", err);
}
