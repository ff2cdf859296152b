// SPDX-License-Identifier: MIT
// The view's state machine: pause, step, zoom, jump, highlight, select.

#include "heapviz/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/heapmap.h"

#define ROW (MPS_HEAPMAP_ROW_BLOCKS)

void hv_view_init(hv_view_t *v) {
    *v = (hv_view_t){.zoom = 2, .highlight = -1, .cursor = SIZE_MAX};
}

const hv_snapshot_t *hv_view_snapshot(const hv_view_t *v, const hv_model_t *m) {
    return v->show_failure && m->failure.happened ? &m->failure.snap : &m->snap;
}

void hv_view_describe(const hv_snapshot_t *s, size_t block, char *buf, size_t len) {
    if (block >= s->n_blocks) {
        snprintf(buf, len, "no block there");
        return;
    }
    unsigned long addr = (unsigned long)(s->pool_start + block * HV_BYTES_PER_BLOCK);
    size_t head = hv_snapshot_head_of(s, block);
    if (head == SIZE_MAX) {
        size_t a = block, b = block;
        while (a > 0 && s->state[a - 1] == GC_BLOCK_FREE) {
            a--;
        }
        while (b + 1 < s->n_blocks && s->state[b + 1] == GC_BLOCK_FREE) {
            b++;
        }
        snprintf(buf, len, "%08lx: free, in a run of %zu free blocks (%zu bytes)", addr, b - a + 1,
                 (b - a + 1) * HV_BYTES_PER_BLOCK);
        return;
    }
    char kbuf[32];
    size_t n = hv_snapshot_alloc_blocks(s, head);
    snprintf(buf, len, "%08lx: %s of a %s object at %08lx, %zu block%s (%zu bytes)", addr,
             head == block ? "head" : "tail", hv_kind_name(s->kind[head], kbuf, sizeof(kbuf)),
             (unsigned long)(s->pool_start + head * HV_BYTES_PER_BLOCK), n, n == 1 ? "" : "s",
             n * HV_BYTES_PER_BLOCK);
}

// Scrolls so that the cursor's row is visible.
static void follow_cursor(hv_view_t *v, size_t rows) {
    if (v->cursor == SIZE_MAX || rows == 0) {
        return;
    }
    size_t row = v->cursor / ROW;
    if (row < v->top_row) {
        v->top_row = row;
    } else if (row >= v->top_row + rows) {
        v->top_row = row - rows + 1;
    }
}

void hv_view_select(hv_view_t *v, const hv_model_t *m, size_t block, size_t rows) {
    const hv_snapshot_t *s = hv_view_snapshot(v, m);
    if (block >= s->n_blocks) {
        return;
    }
    v->cursor = block;
    follow_cursor(v, rows);
    hv_view_describe(s, block, v->message, sizeof(v->message));
    // Where it came from, when sites are tracked (they follow the current heap only).
    size_t head = hv_snapshot_head_of(s, block);
    unsigned line;
    const char *file = head == SIZE_MAX || v->show_failure ? NULL : hv_model_site_of(m, head, &line);
    if (file != NULL) {
        size_t len = strlen(v->message);
        snprintf(v->message + len, sizeof(v->message) - len, ", from %s:%u", file, line);
    }
}

// The next kind after v->highlight that has objects now; -1 after the last.
static int next_kind(const hv_view_t *v, const hv_model_t *m) {
    for (int k = v->highlight + 1; k < HV_NUM_KINDS; k++) {
        if (m->fig.kind_objects[k] > 0) {
            return k;
        }
    }
    return -1;
}

// Parses the 'g' input: an address in the heap (hex, with or without 0x) or an offset
// from the first block as the ruler shows it.
static void jump(hv_view_t *v, const hv_model_t *m, size_t rows) {
    const hv_snapshot_t *s = hv_view_snapshot(v, m);
    char *end;
    unsigned long long a = strtoull(v->input, &end, 16);
    if (v->input_len == 0 || *end != '\0') {
        snprintf(v->message, sizeof(v->message), "not a hex address: '%s'", v->input);
        return;
    }
    uint64_t off = a >= s->pool_start ? a - s->pool_start : a;
    size_t block = (size_t)(off / HV_BYTES_PER_BLOCK);
    if (block >= s->n_blocks) {
        snprintf(v->message, sizeof(v->message), "%llx is outside the heap", a);
        return;
    }
    hv_view_select(v, m, block, rows);
}

static hv_action_t prompt_key(hv_view_t *v, const hv_model_t *m, int key, size_t rows) {
    if (key == '\n' || key == '\r') {
        v->prompting = false;
        jump(v, m, rows);
    } else if (key == 27) {
        v->prompting = false;
        v->message[0] = '\0';
    } else if ((key == 8 || key == 127) && v->input_len > 0) {
        v->input[--v->input_len] = '\0';
    } else if (key < 0x80 && key > ' ' && v->input_len + 1 < sizeof(v->input)) {
        v->input[v->input_len++] = (char)key;
        v->input[v->input_len] = '\0';
    }
    if (v->prompting) {
        snprintf(v->message, sizeof(v->message), "jump to address: %s", v->input);
    }
    return HV_ACT_REDRAW;
}

static void move_cursor(hv_view_t *v, const hv_model_t *m, long delta, size_t rows) {
    const hv_snapshot_t *s = hv_view_snapshot(v, m);
    long c = v->cursor == SIZE_MAX ? (long)(v->top_row * ROW) : (long)v->cursor + delta;
    if (c < 0) {
        c = 0;
    }
    if ((size_t)c >= s->n_blocks) {
        c = (long)s->n_blocks - 1;
    }
    hv_view_select(v, m, (size_t)c, rows);
}

hv_action_t hv_view_key(hv_view_t *v, const hv_model_t *m, int key, size_t rows) {
    if (v->prompting) {
        return prompt_key(v, m, key, rows);
    }
    size_t n_rows = (hv_view_snapshot(v, m)->n_blocks + ROW - 1) / ROW;
    char kbuf[32];
    switch (key) {
        case 'q':
        case 'Q':
            v->quit = true;
            return HV_ACT_QUIT;
        case 'p':
        case ' ':
            v->paused = !v->paused;
            v->step = false;
            snprintf(v->message, sizeof(v->message), v->paused ? "paused" : "running");
            return HV_ACT_REDRAW;
        case 'n':
            v->paused = false;
            v->step = true;
            snprintf(v->message, sizeof(v->message), "running to the next collection");
            return HV_ACT_REDRAW;
        case '.':
            return HV_ACT_NEXT_FRAME;
        case '+':
        case '=':
            v->zoom = v->zoom < HV_ZOOM_MAX ? v->zoom + 1 : HV_ZOOM_MAX;
            return HV_ACT_REDRAW;
        case '-':
            v->zoom = v->zoom > 0 ? v->zoom - 1 : 0;
            return HV_ACT_REDRAW;
        case 'g':
            v->prompting = true;
            v->input_len = 0;
            v->input[0] = '\0';
            snprintf(v->message, sizeof(v->message), "jump to address: ");
            return HV_ACT_REDRAW;
        case 'h':
            v->highlight = next_kind(v, m);
            if (v->highlight < 0) {
                snprintf(v->message, sizeof(v->message), "highlight: none");
            } else {
                snprintf(v->message, sizeof(v->message), "highlight: %s (%c), %zu objects",
                         hv_kind_name((unsigned)v->highlight, kbuf, sizeof(kbuf)),
                         mps_heapmap_letter(GC_BLOCK_HEAD, (unsigned)v->highlight),
                         m->fig.kind_objects[v->highlight]);
            }
            return HV_ACT_REDRAW;
        case 'f':
            v->show_failure = !v->show_failure && m->failure.happened;
            snprintf(v->message, sizeof(v->message), "%s",
                     v->show_failure ? "showing the heap when the last allocation failed"
                     : m->failure.happened ? "showing the current heap"
                                           : "no allocation has failed so far");
            return HV_ACT_REDRAW;
        case 'e':
            return HV_ACT_EXPORT_PNG;
        case 't':
            return HV_ACT_EXPORT_TEXT;
        case HV_KEY_LEFT:
            move_cursor(v, m, -1, rows);
            return HV_ACT_REDRAW;
        case HV_KEY_RIGHT:
            move_cursor(v, m, 1, rows);
            return HV_ACT_REDRAW;
        case HV_KEY_UP:
            move_cursor(v, m, -ROW, rows);
            return HV_ACT_REDRAW;
        case HV_KEY_DOWN:
            move_cursor(v, m, ROW, rows);
            return HV_ACT_REDRAW;
        case HV_KEY_PGUP:
            v->top_row = v->top_row > rows ? v->top_row - rows : 0;
            return HV_ACT_REDRAW;
        case HV_KEY_PGDN:
            if (v->top_row + rows < n_rows) {
                v->top_row += rows;
            }
            return HV_ACT_REDRAW;
        case HV_KEY_HOME:
            v->top_row = 0;
            return HV_ACT_REDRAW;
        case HV_KEY_END:
            v->top_row = n_rows > rows ? n_rows - rows : 0;
            return HV_ACT_REDRAW;
        default:
            return HV_ACT_NONE;
    }
}

bool hv_view_frame(hv_view_t *v, hv_frame_reason_t why) {
    if (v->step && why == HV_FRAME_COLLECT) {
        v->step = false;
        v->paused = true;
        snprintf(v->message, sizeof(v->message), "paused after a collection (n: next, p: run)");
    }
    if (why == HV_FRAME_FAIL) {
        v->paused = v->paused || v->pause_on_fail;
        snprintf(v->message, sizeof(v->message), "an allocation failed%s (f: the map at that moment)",
                 v->paused ? ", paused" : "");
    }
    return v->paused;
}
