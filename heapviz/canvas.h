// SPDX-License-Identifier: MIT
// An RGB framebuffer in host memory with rectangles, lines and a built-in 5x7 font:
// what the SDL front-end shows and what PNG export writes, with no display needed.
#ifndef HEAPVIZ_CANVAS_H
#define HEAPVIZ_CANVAS_H

#include <stdbool.h>
#include <stdint.h>

// A glyph is 5x7 pixels; text advances 6 pixels a character and 9 a line.
#define HV_GLYPH_W (5)
#define HV_GLYPH_H (7)
#define HV_CHAR_W (6)
#define HV_LINE_H (9)

typedef struct {
    uint32_t *px; // 0x00RRGGBB, row after row
    unsigned w, h;
} hv_canvas_t;

// Allocates a [w] x [h] canvas (black). False when out of host memory.
bool hv_canvas_init(hv_canvas_t *c, unsigned w, unsigned h);
void hv_canvas_free(hv_canvas_t *c);
// Clipped drawing; coordinates may lie outside the canvas.
void hv_canvas_fill(hv_canvas_t *c, int x, int y, int w, int h, uint32_t rgb);
void hv_canvas_line(hv_canvas_t *c, int x0, int y0, int x1, int y1, uint32_t rgb);
void hv_canvas_frame(hv_canvas_t *c, int x, int y, int w, int h, uint32_t rgb); // outline
// Draws [ch] with its top-left at (x, y), each font pixel [scale] pixels wide. Lower
// case letters other than 'h', 'm' and 'x' are drawn as capitals.
void hv_canvas_char(hv_canvas_t *c, int x, int y, char ch, uint32_t rgb, int scale);
// Draws [s] on one line in capitals; returns the x after its last character.
int hv_canvas_text(hv_canvas_t *c, int x, int y, const char *s, uint32_t rgb);
uint32_t hv_canvas_get(const hv_canvas_t *c, int x, int y);

#endif // HEAPVIZ_CANVAS_H
