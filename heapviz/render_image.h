// SPDX-License-Identifier: MIT
// The heap view drawn into a canvas: the block map with its address ruler, the panel
// of figures with a colour legend, the timeline of collections and a status line. The
// SDL front-end shows this image; PNG export writes it.
#ifndef HEAPVIZ_RENDER_IMAGE_H
#define HEAPVIZ_RENDER_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "heapviz/canvas.h"
#include "heapviz/model.h"
#include "heapviz/view.h"

// Where everything goes, from the view's zoom and the room available.
typedef struct {
    int cell;             // pixels per block, gap included
    int gap;              // pixels between cells
    bool letters;         // cells big enough for a letter
    int map_x, map_y;     // top-left of the first block shown
    size_t top_row, rows; // map rows shown
    int panel_x, panel_y;
    int tl_x, tl_y, tl_w, tl_h; // timeline
    int status_y;
    unsigned w, h;        // the whole image
} hv_image_layout_t;

// The colour (0x00RRGGBB) of a block shown as [letter] (mps_heapmap_letter's).
uint32_t hv_image_letter_rgb(char letter);
// Lays out a view of [s]. [max_h] limits the height (a window); 0 shows every row.
void hv_image_layout(const hv_snapshot_t *s, const hv_view_t *v, unsigned max_h,
                     hv_image_layout_t *lo);
// Draws the view into [c] (at least lo->w x lo->h). [title] heads the image.
void hv_render_image(hv_canvas_t *c, const hv_model_t *m, const hv_view_t *v,
                     const hv_image_layout_t *lo, const char *title);
// The block under pixel (x, y), or SIZE_MAX.
size_t hv_image_block_at(const hv_image_layout_t *lo, const hv_snapshot_t *s, int x, int y);
// The centre of [block]'s cell, false if it is not shown.
bool hv_image_block_centre(const hv_image_layout_t *lo, size_t block, int *x, int *y);

#endif // HEAPVIZ_RENDER_IMAGE_H
