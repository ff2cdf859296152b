// SPDX-License-Identifier: MIT
// Drawing the heap view as an image (see render_image.h).

#include "heapviz/render_image.h"

#include <stdio.h>
#include <string.h>

#include "core/heapmap.h"

#define ROW (MPS_HEAPMAP_ROW_BLOCKS)
#define MARGIN (8)
#define RULER_CHARS (9)
#define PANEL_CHARS (36)
#define TIMELINE_H (120)

#define BG (0x101418u)
#define FG (0xd0d0d0u)
#define DIM_FG (0x808080u)
#define CURSOR (0xffffffu)

// Pixels per block at each zoom level, and from which one letters fit.
static const int cell_px[HV_ZOOM_MAX + 1] = {3, 5, 8, 11, 14};
#define LETTER_ZOOM (2)

uint32_t hv_image_letter_rgb(char letter) {
    switch (letter) {
        case '.': return 0x2a2e33u; // free
        case 'm': return 0xf0f0f0u; // marked, mid-collection
        case 'T': return 0x4e9a06u; // tuple
        case 'L': return 0x3465a4u; // list
        case 'D': return 0xc4a000u; // dict
        case 'S': return 0x75507bu; // str, bytes
        case 'A': return 0xad7fa8u; // bytearray
        case 'F': return 0x06989au; // float
        case 'B': return 0xcc0000u; // bytecode
        case 'M': return 0xf57900u; // module
        case 'C': return 0x8ae234u; // class
        case 'I': return 0x729fcfu; // instance
        case 'E': return 0xef2929u; // exception
        default: return 0x888a85u;  // 'h': anything else
    }
}

static uint32_t scale_rgb(uint32_t rgb, int num, int den) {
    uint32_t r = ((rgb >> 16) & 0xff) * num / den;
    uint32_t g = ((rgb >> 8) & 0xff) * num / den;
    uint32_t b = (rgb & 0xff) * num / den;
    return (r << 16) | (g << 8) | b;
}

// A letter readable on [bg]: dark on light colours, light on dark ones.
static uint32_t ink_for(uint32_t bg) {
    unsigned lum = ((bg >> 16) & 0xff) * 3 + ((bg >> 8) & 0xff) * 6 + (bg & 0xff);
    return lum > 1280 ? 0x000000u : 0xffffffu;
}

void hv_image_layout(const hv_snapshot_t *s, const hv_view_t *v, unsigned max_h,
                     hv_image_layout_t *lo) {
    memset(lo, 0, sizeof(*lo));
    int zoom = v->zoom < 0 ? 0 : v->zoom > HV_ZOOM_MAX ? HV_ZOOM_MAX : v->zoom;
    lo->cell = cell_px[zoom];
    lo->gap = lo->cell >= 5 ? 1 : 0;
    lo->letters = zoom >= LETTER_ZOOM;
    lo->map_x = MARGIN + RULER_CHARS * HV_CHAR_W + 4;
    lo->map_y = MARGIN + 2 * HV_LINE_H;
    size_t n_rows = (s->n_blocks + ROW - 1) / ROW;
    int panel_h = 24 * HV_LINE_H;
    int fixed = lo->map_y + MARGIN + TIMELINE_H + 2 * HV_LINE_H + MARGIN;
    size_t rows = n_rows;
    if (max_h > 0) {
        int room = (int)max_h - fixed;
        size_t fit = room > lo->cell ? (size_t)(room / lo->cell) : 1;
        rows = fit < n_rows ? fit : n_rows;
    }
    lo->rows = rows;
    lo->top_row = v->top_row + rows > n_rows ? (n_rows > rows ? n_rows - rows : 0) : v->top_row;
    lo->panel_x = lo->map_x + ROW * lo->cell + 2 * MARGIN;
    lo->panel_y = lo->map_y;
    int map_h = (int)rows * lo->cell;
    int body_h = map_h > panel_h ? map_h : panel_h;
    lo->tl_x = lo->map_x;
    lo->tl_y = lo->map_y + body_h + MARGIN + HV_LINE_H;
    lo->w = (unsigned)(lo->panel_x + PANEL_CHARS * HV_CHAR_W + MARGIN);
    lo->tl_w = (int)lo->w - lo->tl_x - MARGIN;
    lo->tl_h = TIMELINE_H - HV_LINE_H;
    lo->status_y = lo->tl_y + lo->tl_h + HV_LINE_H;
    lo->h = (unsigned)(lo->status_y + HV_LINE_H + MARGIN);
}

size_t hv_image_block_at(const hv_image_layout_t *lo, const hv_snapshot_t *s, int x, int y) {
    if (x < lo->map_x || y < lo->map_y || x >= lo->map_x + ROW * lo->cell ||
        y >= lo->map_y + (int)lo->rows * lo->cell) {
        return SIZE_MAX;
    }
    size_t row = lo->top_row + (size_t)((y - lo->map_y) / lo->cell);
    size_t block = row * ROW + (size_t)((x - lo->map_x) / lo->cell);
    return block < s->n_blocks ? block : SIZE_MAX;
}

bool hv_image_block_centre(const hv_image_layout_t *lo, size_t block, int *x, int *y) {
    size_t row = block / ROW;
    if (row < lo->top_row || row >= lo->top_row + lo->rows) {
        return false;
    }
    *x = lo->map_x + (int)(block % ROW) * lo->cell + (lo->cell - lo->gap) / 2;
    *y = lo->map_y + (int)(row - lo->top_row) * lo->cell + (lo->cell - lo->gap) / 2;
    return true;
}

static void draw_map(hv_canvas_t *c, const hv_snapshot_t *s, const hv_view_t *v,
                     const hv_image_layout_t *lo) {
    size_t sel_head = v->cursor == SIZE_MAX ? SIZE_MAX : hv_snapshot_head_of(s, v->cursor);
    size_t sel_end = sel_head == SIZE_MAX ? 0 : sel_head + hv_snapshot_alloc_blocks(s, sel_head);
    // The colour of a tail is its head's, darker: find the head of the first row shown.
    size_t first = lo->top_row * ROW;
    size_t head = hv_snapshot_head_of(s, first);
    for (size_t r = 0; r < lo->rows; r++) {
        size_t row = lo->top_row + r;
        int y = lo->map_y + (int)r * lo->cell;
        if (row * ROW >= s->n_blocks) {
            break;
        }
        char ruler[16];
        snprintf(ruler, sizeof(ruler), "%08x", (unsigned)(row * ROW * HV_BYTES_PER_BLOCK));
        if (lo->cell >= HV_LINE_H - 1 || row % ((HV_LINE_H + lo->cell - 1) / lo->cell) == 0) {
            hv_canvas_text(c, MARGIN, y + (lo->cell - HV_GLYPH_H) / 2, ruler, DIM_FG);
        }
        for (size_t i = 0; i < ROW; i++) {
            size_t b = row * ROW + i;
            if (b >= s->n_blocks) {
                break;
            }
            unsigned st = s->state[b];
            if (st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK) {
                head = b;
            } else if (st == GC_BLOCK_FREE) {
                head = SIZE_MAX;
            }
            char letter = hv_snapshot_letter(s, b);
            char colour_of = st == GC_BLOCK_TAIL && head != SIZE_MAX ? hv_snapshot_letter(s, head) : letter;
            uint32_t rgb = hv_image_letter_rgb(colour_of);
            if (st == GC_BLOCK_TAIL) {
                rgb = scale_rgb(rgb, 7, 10);
            }
            if (v->highlight >= 0 && st != GC_BLOCK_FREE &&
                (head == SIZE_MAX || s->kind[head] != (unsigned)v->highlight)) {
                rgb = scale_rgb(rgb, 1, 4);
            }
            int x = lo->map_x + (int)i * lo->cell;
            int sz = lo->cell - lo->gap;
            hv_canvas_fill(c, x, y, sz, sz, rgb);
            if (lo->letters && st != GC_BLOCK_FREE) {
                int scale = sz >= 2 * HV_GLYPH_H + 2 ? 2 : 1;
                hv_canvas_char(c, x + (sz - HV_GLYPH_W * scale) / 2, y + (sz - HV_GLYPH_H * scale) / 2,
                               letter, ink_for(rgb), scale);
            }
            if (b >= sel_head && b < sel_end) {
                hv_canvas_frame(c, x, y, sz, sz, b == v->cursor ? CURSOR : 0xb0b0b0u);
            } else if (b == v->cursor) {
                hv_canvas_frame(c, x, y, sz, sz, CURSOR);
            }
        }
    }
}

static int panel_line(hv_canvas_t *c, const hv_image_layout_t *lo, int line, uint32_t rgb,
                      const char *text) {
    hv_canvas_text(c, lo->panel_x, lo->panel_y + line * HV_LINE_H, text, rgb);
    return line + 1;
}

static void legend_entry(hv_canvas_t *c, const hv_figures_t *f, int x, int y, char letter) {
    size_t n = 0;
    for (int k = 0; k < HV_NUM_KINDS; k++) {
        if (f->kind_objects[k] && mps_heapmap_letter(GC_BLOCK_HEAD, (unsigned)k) == letter) {
            n += f->kind_objects[k];
        }
    }
    uint32_t rgb = hv_image_letter_rgb(letter);
    hv_canvas_fill(c, x, y - 1, 8, 9, rgb);
    hv_canvas_char(c, x + 2, y, letter, ink_for(rgb), 1);
    char t[24];
    snprintf(t, sizeof(t), "%zu", n);
    hv_canvas_text(c, x + 12, y, t, n ? FG : DIM_FG);
}

static void draw_panel(hv_canvas_t *c, const hv_model_t *m, const hv_snapshot_t *s,
                       const hv_image_layout_t *lo) {
    hv_figures_t f;
    hv_figures_of(s, &f);
    char t[64];
    int l = 0;
    snprintf(t, sizeof(t), "total %zu  used %zu", f.total, f.used);
    l = panel_line(c, lo, l, FG, t);
    snprintf(t, sizeof(t), "free %zu (%.1f%%)", f.free, f.total ? 100.0 * f.free / f.total : 0.0);
    l = panel_line(c, lo, l, FG, t);
    snprintf(t, sizeof(t), "objects %zu: 1-block %zu 2-block %zu", f.n_objects, f.num_1block, f.num_2block);
    l = panel_line(c, lo, l, FG, t);
    snprintf(t, sizeof(t), "largest object %zu blocks", f.max_block);
    l = panel_line(c, lo, l, FG, t);
    snprintf(t, sizeof(t), "largest free %zu blocks (%zu)", f.max_free, f.max_free * HV_BYTES_PER_BLOCK);
    l = panel_line(c, lo, l, FG, t);
    snprintf(t, sizeof(t), "fragmentation %.3f (%zu runs)", f.fragmentation, f.free_runs);
    l = panel_line(c, lo, l, FG, t);
    if (m->has_last_collect) {
        snprintf(t, sizeof(t), "gc.collect() freed %u", (unsigned)m->last_freed);
    } else {
        snprintf(t, sizeof(t), "no collection yet");
    }
    l = panel_line(c, lo, l, FG, t);
    snprintf(t, sizeof(t), "collections %llu allocs %llu", (unsigned long long)m->collect_count,
             (unsigned long long)m->alloc_count);
    l = panel_line(c, lo, l, FG, t);
    if (m->failure.happened) {
        snprintf(t, sizeof(t), "failed allocation: %u blocks,", (unsigned)m->failure.requested_blocks);
        l = panel_line(c, lo, l, 0xff5050u, t);
        snprintf(t, sizeof(t), "  largest free run then %u", (unsigned)m->failure.max_free);
        l = panel_line(c, lo, l, 0xff5050u, t);
    }
    l++;
    // Legend: each letter's colour and how many objects show it, two to a line.
    static const char letters[] = "TLDSAFBMCIEh";
    for (size_t i = 0; letters[i] != '\0'; i++) {
        int x = lo->panel_x + (int)(i % 2) * (PANEL_CHARS * HV_CHAR_W / 2);
        int y = lo->panel_y + (l + (int)(i / 2)) * HV_LINE_H;
        legend_entry(c, &f, x, y, letters[i]);
    }
}

// Free bytes after each collection (a line) and freed heads (bars), against the
// allocation count: evenly spaced collections are gc.threshold() at work.
static void draw_timeline(hv_canvas_t *c, const hv_model_t *m, const hv_image_layout_t *lo) {
    hv_canvas_text(c, lo->tl_x, lo->tl_y - HV_LINE_H,
                   "collections: free after (line), freed heads (bars) vs allocations", DIM_FG);
    hv_canvas_frame(c, lo->tl_x, lo->tl_y, lo->tl_w, lo->tl_h, 0x404040u);
    size_t n = hv_model_history_count(m);
    if (n == 0) {
        return;
    }
    // Show as many of the latest collections as there are pixel columns / 2.
    size_t shown = n < (size_t)(lo->tl_w / 2) ? n : (size_t)(lo->tl_w / 2);
    size_t first = n - shown;
    uint64_t a0 = hv_model_history_at(m, first)->alloc_count;
    uint64_t a1 = m->alloc_count > a0 ? m->alloc_count : a0 + 1;
    uint32_t max_freed = 1;
    for (size_t i = first; i < n; i++) {
        uint32_t fr = hv_model_history_at(m, i)->freed_heads;
        max_freed = fr > max_freed ? fr : max_freed;
    }
    double total = m->snap.n_blocks ? (double)m->snap.n_blocks * HV_BYTES_PER_BLOCK : 1.0;
    int inner_h = lo->tl_h - 2;
    int px = -1, py = -1;
    for (size_t i = first; i < n; i++) {
        const hv_collection_t *h = hv_model_history_at(m, i);
        int x = lo->tl_x + 1 + (int)((double)(h->alloc_count - a0) / (double)(a1 - a0) * (lo->tl_w - 3));
        int bar = (int)((double)h->freed_heads / max_freed * inner_h / 2);
        hv_canvas_fill(c, x, lo->tl_y + lo->tl_h - 1 - bar, 2, bar, 0xf57900u);
        int y = lo->tl_y + 1 + (int)((1.0 - h->free_bytes / total) * (inner_h - 1));
        if (px >= 0) {
            hv_canvas_line(c, px, py, x, y, 0x73d216u);
        }
        hv_canvas_fill(c, x - 1, y - 1, 3, 3, 0x73d216u);
        px = x;
        py = y;
    }
    char t[64];
    snprintf(t, sizeof(t), "max freed %u", (unsigned)max_freed);
    hv_canvas_text(c, lo->tl_x + lo->tl_w - (int)strlen(t) * HV_CHAR_W - 4, lo->tl_y + 3, t, DIM_FG);
}

void hv_render_image(hv_canvas_t *c, const hv_model_t *m, const hv_view_t *v,
                     const hv_image_layout_t *lo, const char *title) {
    const hv_snapshot_t *s = hv_view_snapshot(v, m);
    hv_canvas_fill(c, 0, 0, (int)c->w, (int)c->h, BG);
    char t[160];
    snprintf(t, sizeof(t), "%s  heap %08lx, %zu blocks%s%s", title ? title : "heapviz",
             (unsigned long)s->pool_start, s->n_blocks, v->paused ? "  [paused]" : "",
             v->show_failure ? "  [at the failed allocation]" : "");
    hv_canvas_text(c, MARGIN, MARGIN, t, FG);
    draw_map(c, s, v, lo);
    draw_panel(c, m, s, lo);
    draw_timeline(c, m, lo);
    hv_canvas_text(c, MARGIN, lo->status_y, v->message, FG);
}
