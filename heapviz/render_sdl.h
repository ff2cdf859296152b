// SPDX-License-Identifier: MIT
// The window front-end (SDL2): the image of render_image.h in a window, with mouse
// selection. Works offscreen (SDL_VIDEODRIVER=offscreen or dummy) for tests.
#ifndef HEAPVIZ_RENDER_SDL_H
#define HEAPVIZ_RENDER_SDL_H

#include <stdint.h>

#include "heapviz/frontend.h"
#include "heapviz/render_image.h"

extern const hv_frontend_class_t hv_frontend_sdl;

// The colour (0x00RRGGBB) of pixel (x, y) of the window as SDL shows it, read back
// from the window surface. False outside the window.
bool hv_sdl_read_pixel(hv_frontend_t *fe, int x, int y, uint32_t *rgb);
// The layout of the last frame drawn (where each block is).
const hv_image_layout_t *hv_sdl_layout(hv_frontend_t *fe);
// Saves the window's surface, as shown, as a PNG. False if that failed.
bool hv_sdl_save_png(hv_frontend_t *fe, const char *path);

#endif // HEAPVIZ_RENDER_SDL_H
