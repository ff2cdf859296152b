// SPDX-License-Identifier: MIT
// The front-ends (terminal, window) behind one interface, and how to find one by name
// with a clear message when it was not built.
#ifndef HEAPVIZ_FRONTEND_H
#define HEAPVIZ_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>

#include "heapviz/model.h"
#include "heapviz/view.h"

// Set by heapviz/meson.build from what was found at configure time.
#ifndef HV_HAVE_CURSES
#define HV_HAVE_CURSES (0)
#endif
#ifndef HV_HAVE_SDL
#define HV_HAVE_SDL (0)
#endif

typedef struct hv_frontend_s hv_frontend_t; // each front-end's own state

typedef struct {
    const char *title; // window title / first line
    const char *tty;   // curses: the terminal to draw on (NULL: stdin/stdout)
} hv_frontend_opts_t;

typedef struct {
    const char *name;
    // Opens the display. On failure writes a message to [err] and returns NULL.
    hv_frontend_t *(*open)(const hv_frontend_opts_t *opts, char *err, size_t errlen);
    // Shows the model as the view says.
    void (*draw)(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v);
    // Waits up to [timeout_ms] (0: only what is pending) for input and applies it to
    // [v]; returns the action of the last key, HV_ACT_NONE when there was none.
    hv_action_t (*input)(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v, int timeout_ms);
    void (*close)(hv_frontend_t *fe);
    // False when nobody can be looking (SDL's offscreen or dummy driver): then a
    // program's end does not wait for the view to be closed.
    bool (*interactive)(hv_frontend_t *fe);
} hv_frontend_class_t;

// The front-end called [name] ("curses" or "sdl"). NULL, with a message in [err], for
// an unknown name or one that this build does not have (and why).
const hv_frontend_class_t *hv_frontend_find(const char *name, char *err, size_t errlen);
// The names of the front-ends this build has, e.g. "curses, sdl" (or "none").
const char *hv_frontend_available(void);

#endif // HEAPVIZ_FRONTEND_H
