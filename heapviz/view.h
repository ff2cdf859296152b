// SPDX-License-Identifier: MIT
// What the user is looking at and how keys change it, shared by the front-ends so that
// the terminal and the window behave alike.
#ifndef HEAPVIZ_VIEW_H
#define HEAPVIZ_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "heapviz/model.h"

// Keys beyond ASCII, as the front-ends translate them.
enum {
    HV_KEY_UP = 0x100,
    HV_KEY_DOWN,
    HV_KEY_LEFT,
    HV_KEY_RIGHT,
    HV_KEY_PGUP,
    HV_KEY_PGDN,
    HV_KEY_HOME,
    HV_KEY_END,
};

// Zoom levels: 0 shows the most blocks per screen cell, HV_ZOOM_MAX the fewest.
#define HV_ZOOM_MAX (4)

// What a key asks of the program driving the view (beyond the view's own state).
typedef enum {
    HV_ACT_NONE,
    HV_ACT_REDRAW,
    HV_ACT_QUIT,
    HV_ACT_NEXT_FRAME,  // replay: one frame on
    HV_ACT_EXPORT_PNG,  // 'e': write the frame as a PNG
    HV_ACT_EXPORT_TEXT, // 't': write the frame as the text map
} hv_action_t;

typedef struct {
    bool paused;
    bool step;            // run on to the next collection, then pause
    bool quit;
    bool show_failure;    // show the map of the last failed allocation
    bool pause_on_fail;   // pause when an allocation fails
    int zoom;
    size_t top_row;       // first map row shown
    int highlight;        // kind drawn highlighted (the others dimmed), or -1
    size_t cursor;        // the selected block, or SIZE_MAX
    bool prompting;       // reading an address after 'g'
    char input[24];
    size_t input_len;
    char message[200];    // the status line
} hv_view_t;

void hv_view_init(hv_view_t *v);
// Applies [key] (ASCII or HV_KEY_*); [rows] is how many map rows are visible.
// Keys: p pause/resume, n next collection, . next frame, + - zoom, g jump to address,
// h highlight the next kind, arrows select a block, PgUp/PgDn scroll, f the map when
// an allocation failed, e PNG, t text, q quit.
hv_action_t hv_view_key(hv_view_t *v, const hv_model_t *m, int key, size_t rows);
// Selects [block] (a click) and describes it in the status line.
void hv_view_select(hv_view_t *v, const hv_model_t *m, size_t block, size_t rows);
// Describes [block] of [s]: its address, state, and its object's kind and size.
void hv_view_describe(const hv_snapshot_t *s, size_t block, char *buf, size_t len);
// The snapshot the view shows (the live one, or the MemoryError map with 'f').
const hv_snapshot_t *hv_view_snapshot(const hv_view_t *v, const hv_model_t *m);
// Called when a frame arrives: ends a step at a collection, notes a failed allocation
// (pausing if pause_on_fail). Returns true if the view is (now) paused.
bool hv_view_frame(hv_view_t *v, hv_frame_reason_t why);

#endif // HEAPVIZ_VIEW_H
