// SPDX-License-Identifier: MIT
// The registry of front-ends: only those found at build time are linked in.

#include "heapviz/frontend.h"

#include <stdio.h>
#include <string.h>

#if HV_HAVE_CURSES
#include "heapviz/render_curses.h"
#endif
#if HV_HAVE_SDL
#include "heapviz/render_sdl.h"
#endif

const char *hv_frontend_available(void) {
    return HV_HAVE_CURSES && HV_HAVE_SDL ? "curses, sdl"
           : HV_HAVE_CURSES              ? "curses"
           : HV_HAVE_SDL                 ? "sdl"
                                         : "none";
}

const hv_frontend_class_t *hv_frontend_find(const char *name, char *err, size_t errlen) {
    if (strcmp(name, "curses") == 0) {
#if HV_HAVE_CURSES
        return &hv_frontend_curses;
#else
        snprintf(err, errlen,
                 "heapviz: the curses front-end is not in this build: ncurses was not found when it "
                 "was configured (install libncurses-dev and reconfigure); this build has: %s",
                 hv_frontend_available());
        return NULL;
#endif
    }
    if (strcmp(name, "sdl") == 0) {
#if HV_HAVE_SDL
        return &hv_frontend_sdl;
#else
        snprintf(err, errlen,
                 "heapviz: the sdl front-end is not in this build: SDL2 was not found when it was "
                 "configured (install libsdl2-dev and reconfigure); this build has: %s",
                 hv_frontend_available());
        return NULL;
#endif
    }
    snprintf(err, errlen, "heapviz: unknown front-end '%s' (choose curses or sdl)", name);
    return NULL;
}
