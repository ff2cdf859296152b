// SPDX-License-Identifier: MIT
// The window front-end: render_image.c draws the view into a canvas, which is blitted
// to the window's surface; clicks select blocks. No renderer or GPU is needed, so the
// offscreen and dummy video drivers work the same as a real window.

#include "heapviz/render_sdl.h"

#include <SDL.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heapviz/png.h"

// Height used when SDL cannot say how big the display is.
#define DEFAULT_MAX_H (900)

// SDL2 is loaded when a window is first asked for, not linked: it brings some fifty
// shared libraries, which would triple the interpreter's start-up time for everyone.
#define SDL_LIBRARY "libSDL2-2.0.so.0"
#define SDL_FUNCTIONS(X) \
    X(SDL_ConvertSurfaceFormat) X(SDL_CreateRGBSurfaceWithFormatFrom) X(SDL_CreateWindow) \
    X(SDL_DestroyWindow) X(SDL_FreeSurface) X(SDL_GetCurrentVideoDriver) \
    X(SDL_GetDisplayUsableBounds) X(SDL_GetError) X(SDL_GetRGB) X(SDL_GetWindowSurface) \
    X(SDL_InitSubSystem) X(SDL_LockSurface) X(SDL_PollEvent) X(SDL_QuitSubSystem) X(SDL_SetHint) \
    X(SDL_SetWindowSize) X(SDL_UnlockSurface) X(SDL_UpdateWindowSurface) X(SDL_WaitEventTimeout) \
    X(SDL_UpperBlit)

static struct {
    void *lib;
#define SDL_FIELD(name) __typeof__(name) *name;
    SDL_FUNCTIONS(SDL_FIELD)
#undef SDL_FIELD
} sdl;

// Loads SDL2 once; false with a message if it is not there.
static bool load_sdl(char *err, size_t errlen) {
    if (sdl.lib != NULL) {
        return true;
    }
    void *lib = dlopen(SDL_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        snprintf(err, errlen, "heapviz: the SDL2 library cannot be loaded (%s); install SDL2's runtime "
                 "(e.g. libsdl2-2.0-0) or use curses", dlerror());
        return false;
    }
#define SDL_LOAD(name)                                                                                 \
    if ((*(void **)&sdl.name = dlsym(lib, #name)) == NULL) {                                           \
        snprintf(err, errlen, "heapviz: the SDL2 library has no %s (too old?)", #name);                \
        dlclose(lib);                                                                                  \
        return false;                                                                                  \
    }
    SDL_FUNCTIONS(SDL_LOAD)
#undef SDL_LOAD
    sdl.lib = lib;
    return true;
}

struct hv_frontend_s {
    SDL_Window *win;
    hv_canvas_t canvas;
    hv_image_layout_t lo;
    const hv_snapshot_t *shown;
    char title[128];
    unsigned max_h;
};

static hv_frontend_t *sdl_open(const hv_frontend_opts_t *opts, char *err, size_t errlen) {
    if (!load_sdl(err, errlen)) {
        return NULL;
    }
    // Inside the interpreter, Ctrl-C must stay a KeyboardInterrupt, not an SDL_QUIT.
    sdl.SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (sdl.SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen,
                 "heapviz: SDL cannot open a window: %s (no display? set DISPLAY, or "
                 "SDL_VIDEODRIVER=offscreen to draw without one)",
                 sdl.SDL_GetError());
        return NULL;
    }
    hv_frontend_t *fe = calloc(1, sizeof(*fe));
    if (fe == NULL) {
        sdl.SDL_QuitSubSystem(SDL_INIT_VIDEO);
        snprintf(err, errlen, "heapviz: out of memory");
        return NULL;
    }
    snprintf(fe->title, sizeof(fe->title), "%s", opts->title ? opts->title : "heapviz");
    SDL_Rect bounds;
    fe->max_h = sdl.SDL_GetDisplayUsableBounds(0, &bounds) == 0 && bounds.h > 200 ? (unsigned)bounds.h - 40
                                                                               : DEFAULT_MAX_H;
    fe->win = sdl.SDL_CreateWindow(fe->title, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 800, 600, 0);
    if (fe->win == NULL) {
        snprintf(err, errlen, "heapviz: SDL cannot create a window: %s", sdl.SDL_GetError());
        free(fe);
        sdl.SDL_QuitSubSystem(SDL_INIT_VIDEO);
        return NULL;
    }
    return fe;
}

static void sdl_close(hv_frontend_t *fe) {
    sdl.SDL_DestroyWindow(fe->win);
    hv_canvas_free(&fe->canvas);
    free(fe);
    sdl.SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

static void sdl_draw(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v) {
    fe->shown = hv_view_snapshot(v, m);
    hv_image_layout(fe->shown, v, fe->max_h, &fe->lo);
    v->top_row = fe->lo.top_row;
    if (fe->canvas.w != fe->lo.w || fe->canvas.h != fe->lo.h) {
        hv_canvas_free(&fe->canvas);
        if (!hv_canvas_init(&fe->canvas, fe->lo.w, fe->lo.h)) {
            return;
        }
        sdl.SDL_SetWindowSize(fe->win, (int)fe->lo.w, (int)fe->lo.h);
    }
    hv_render_image(&fe->canvas, m, v, &fe->lo, fe->title);
    SDL_Surface *dst = sdl.SDL_GetWindowSurface(fe->win);
    SDL_Surface *src = sdl.SDL_CreateRGBSurfaceWithFormatFrom(fe->canvas.px, (int)fe->canvas.w, (int)fe->canvas.h,
                                                          32, (int)fe->canvas.w * 4, SDL_PIXELFORMAT_RGB888);
    if (dst != NULL && src != NULL) {
        sdl.SDL_UpperBlit(src, NULL, dst, NULL);
        sdl.SDL_UpdateWindowSurface(fe->win);
    }
    sdl.SDL_FreeSurface(src);
}

static int translate(SDL_Keycode k) {
    switch (k) {
        case SDLK_UP: return HV_KEY_UP;
        case SDLK_DOWN: return HV_KEY_DOWN;
        case SDLK_LEFT: return HV_KEY_LEFT;
        case SDLK_RIGHT: return HV_KEY_RIGHT;
        case SDLK_PAGEUP: return HV_KEY_PGUP;
        case SDLK_PAGEDOWN: return HV_KEY_PGDN;
        case SDLK_HOME: return HV_KEY_HOME;
        case SDLK_END: return HV_KEY_END;
        case SDLK_RETURN: case SDLK_KP_ENTER: return '\n';
        case SDLK_ESCAPE: return 27;
        case SDLK_BACKSPACE: return 127;
        default: return -1; // printable keys arrive as text input
    }
}

// Applies one event to the view; returns what the driver must do.
static hv_action_t handle(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v, const SDL_Event *ev) {
    size_t rows = fe->lo.rows;
    switch (ev->type) {
        case SDL_QUIT:
            v->quit = true;
            return HV_ACT_QUIT;
        case SDL_KEYDOWN: {
            int key = translate(ev->key.keysym.sym);
            return key < 0 ? HV_ACT_NONE : hv_view_key(v, m, key, rows);
        }
        case SDL_TEXTINPUT: {
            hv_action_t act = HV_ACT_NONE;
            for (const char *p = ev->text.text; *p; p++) {
                act = hv_view_key(v, m, (unsigned char)*p, rows);
            }
            return act;
        }
        case SDL_MOUSEBUTTONDOWN: {
            if (fe->shown == NULL) {
                return HV_ACT_NONE;
            }
            size_t b = hv_image_block_at(&fe->lo, fe->shown, ev->button.x, ev->button.y);
            if (b != SIZE_MAX) {
                hv_view_select(v, m, b, rows);
                return HV_ACT_REDRAW;
            }
            return HV_ACT_NONE;
        }
        case SDL_MOUSEWHEEL:
            return hv_view_key(v, m, ev->wheel.y > 0 ? HV_KEY_UP : HV_KEY_DOWN, rows);
        case SDL_WINDOWEVENT:
            return HV_ACT_REDRAW;
        default:
            return HV_ACT_NONE;
    }
}

static hv_action_t sdl_input(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v, int timeout_ms) {
    hv_action_t act = HV_ACT_NONE;
    SDL_Event ev;
    int got = timeout_ms > 0 ? sdl.SDL_WaitEventTimeout(&ev, timeout_ms) : sdl.SDL_PollEvent(&ev);
    while (got) {
        hv_action_t a = handle(fe, m, v, &ev);
        if (a != HV_ACT_NONE && a != HV_ACT_REDRAW) {
            return a; // the driver acts on it before more events are read
        }
        act = a != HV_ACT_NONE ? a : act;
        got = sdl.SDL_PollEvent(&ev);
    }
    return act;
}

bool hv_sdl_read_pixel(hv_frontend_t *fe, int x, int y, uint32_t *rgb) {
    SDL_Surface *s = sdl.SDL_GetWindowSurface(fe->win);
    if (s == NULL || x < 0 || y < 0 || x >= s->w || y >= s->h) {
        return false;
    }
    sdl.SDL_LockSurface(s);
    const uint8_t *p =
        (const uint8_t *)s->pixels + (size_t)y * s->pitch + (size_t)x * s->format->BytesPerPixel;
    uint32_t pixel = 0;
    switch (s->format->BytesPerPixel) {
        case 4: pixel = *(const uint32_t *)p; break;
        case 3: pixel = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16; break;
        case 2: pixel = *(const uint16_t *)p; break;
        default: pixel = *p; break;
    }
    sdl.SDL_UnlockSurface(s);
    uint8_t r, g, b;
    sdl.SDL_GetRGB(pixel, s->format, &r, &g, &b);
    *rgb = (uint32_t)r << 16 | (uint32_t)g << 8 | b;
    return true;
}

const hv_image_layout_t *hv_sdl_layout(hv_frontend_t *fe) {
    return &fe->lo;
}

bool hv_sdl_save_png(hv_frontend_t *fe, const char *path) {
    SDL_Surface *s = sdl.SDL_GetWindowSurface(fe->win);
    SDL_Surface *rgb = s ? sdl.SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGB888, 0) : NULL;
    if (rgb == NULL) {
        return false;
    }
    sdl.SDL_LockSurface(rgb);
    bool ok = hv_png_save(path, rgb->pixels, (unsigned)rgb->w, (unsigned)rgb->h, (size_t)rgb->pitch / 4);
    sdl.SDL_UnlockSurface(rgb);
    sdl.SDL_FreeSurface(rgb);
    return ok;
}

static bool sdl_interactive(hv_frontend_t *fe) {
    const char *driver = sdl.SDL_GetCurrentVideoDriver();
    return driver == NULL || (strcmp(driver, "offscreen") != 0 && strcmp(driver, "dummy") != 0);
}

const hv_frontend_class_t hv_frontend_sdl = {
    .name = "sdl",
    .open = sdl_open,
    .draw = sdl_draw,
    .input = sdl_input,
    .close = sdl_close,
    .interactive = sdl_interactive,
};
