// SPDX-License-Identifier: MIT
// The curses front-end in a pseudo-terminal: what it writes, read back through a small
// terminal emulator, shows the letters and colours of a known heap state, and keys
// typed into the terminal drive it.

#include <criterion/criterion.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/typelist.h"
#include "heapviz/frontend.h"
#include "heapviz/render_image.h"
#include "hvt_support.h"
#include "vt.h"

#if HV_HAVE_CURSES
#include "heapviz/render_curses.h"

// The child: the known state in the curses view on the pty, until 'q'.
static void run_view(void) {
    setenv("TERM", "xterm-256color", 1);
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    if (!hv_model_init_live(&m)) {
        _exit(3);
    }
    hv_view_t v;
    hv_view_init(&v);
    char err[256];
    hv_frontend_opts_t fo = {.title = "test", .tty = NULL};
    hv_frontend_t *fe = hv_frontend_curses.open(&fo, err, sizeof(err));
    if (fe == NULL) {
        fprintf(stderr, "%s\n", err);
        _exit(4);
    }
    hv_frontend_curses.draw(fe, &m, &v);
    for (int i = 0; i < 100 && !v.quit; i++) {
        if (hv_frontend_curses.input(fe, &m, &v, 100) != HV_ACT_NONE) {
            hv_frontend_curses.draw(fe, &m, &v);
        }
    }
    hv_frontend_curses.close(fe);
    _exit(v.quit ? 0 : 5);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Feeds the terminal until [text] is on the screen (or NULL: until the child closes
// the pty). False after 10 seconds.
static bool read_until(int fd, vt_t *vt, const char *text) {
    double end = now() + 10;
    while (now() < end) {
        if (text != NULL && vt_contains(vt, text)) {
            return true;
        }
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 100) <= 0) {
            continue;
        }
        char buf[4096];
        ssize_t n = read(fd, buf, sizeof(buf));
        if (n <= 0) {
            return text == NULL;
        }
        vt_feed(vt, buf, (size_t)n);
    }
    return false;
}

// The xterm-256color index the front-end picks for a palette colour.
static int cube_index(uint32_t rgb) {
    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
    return 16 + 36 * ((r * 5 + 127) / 255) + 6 * ((g * 5 + 127) / 255) + (b * 5 + 127) / 255;
}

Test(curses, pty_screen_shows_the_known_state_and_obeys_keys) {
    struct winsize ws = {.ws_row = VT_ROWS, .ws_col = VT_COLS};
    int fd;
    pid_t pid = forkpty(&fd, NULL, NULL, &ws);
    cr_assert_neq(pid, -1, "forkpty failed");
    if (pid == 0) {
        run_view();
    }
    static vt_t vt;
    vt_init(&vt);
    cr_assert(read_until(fd, &vt, "00000000: "), "no map on the screen");
    cr_assert(read_until(fd, &vt, "free runs"), "no panel on the screen");
    const char *row1 = vt_row(&vt, 1);
    cr_assert_eq(strncmp(row1, "00000000: LT==.D=.h===......", 28), 0, "row 1: '%s'", row1);
    cr_assert(vt_contains(&vt, "objects 4: 1-block 1, 2-block 1"));
    cr_assert(vt_contains(&vt, "00000400: ......."), "the second row is free");
    // Heads are drawn on their kind's colour.
    cr_assert_eq(vt.bg[1][10], cube_index(hv_image_letter_rgb('L')));
    cr_assert_eq(vt.bg[1][11], cube_index(hv_image_letter_rgb('T')));
    cr_assert_eq(vt.bg[1][15], cube_index(hv_image_letter_rgb('D')));
    // Jump to an address: the status line describes the block there.
    cr_assert_eq(write(fd, "g5", 2), 2); // offset 5 is inside block 0
    cr_assert(read_until(fd, &vt, "jump to address: 5"));
    cr_assert_eq(write(fd, "\r", 1), 1);
    cr_assert(read_until(fd, &vt, "head of a list object"), "status: '%s'", vt_row(&vt, VT_ROWS - 1));
    cr_assert_eq(write(fd, "h", 1), 1);
    cr_assert(read_until(fd, &vt, "highlight: "));
    cr_assert_eq(write(fd, "q", 1), 1);
    read_until(fd, &vt, NULL);
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %d", status);
    close(fd);
}
#else
Test(curses, not_built) {
    char err[256];
    cr_assert_null(hv_frontend_find("curses", err, sizeof(err)));
    cr_assert_not_null(strstr(err, "ncurses was not found"), "%s", err);
    cr_skip_test("ncurses was not found at build time: the terminal front-end is not tested");
}
#endif
