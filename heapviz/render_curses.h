// SPDX-License-Identifier: MIT
// The terminal front-end (ncurses): a letter per block with a colour pair per kind.
#ifndef HEAPVIZ_RENDER_CURSES_H
#define HEAPVIZ_RENDER_CURSES_H

#include "heapviz/frontend.h"

extern const hv_frontend_class_t hv_frontend_curses;

#endif // HEAPVIZ_RENDER_CURSES_H
