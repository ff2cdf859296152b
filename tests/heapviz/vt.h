// SPDX-License-Identifier: MIT
// A small terminal emulator for the curses tests: it reads what ncurses writes for
// TERM=xterm-256color and keeps the screen (characters and background colours).
#ifndef TESTS_HEAPVIZ_VT_H
#define TESTS_HEAPVIZ_VT_H

#include <stddef.h>

#define VT_ROWS (40)
#define VT_COLS (120)

typedef struct {
    char ch[VT_ROWS][VT_COLS];
    int bg[VT_ROWS][VT_COLS]; // background colour index, -1 for the default
    int row, col;
    int cur_bg;
    int top, bottom;          // scroll region
    int saved_row, saved_col;
    char last;                // for REP
    // parser state
    int state;
    char params[64];
    size_t n_params;
} vt_t;

void vt_init(vt_t *vt);
void vt_feed(vt_t *vt, const char *data, size_t len);
// Row [r] as a NUL-terminated string with trailing blanks removed (static buffer).
const char *vt_row(const vt_t *vt, int r);
// True if [text] appears anywhere on the screen.
int vt_contains(const vt_t *vt, const char *text);

#endif // TESTS_HEAPVIZ_VT_H
