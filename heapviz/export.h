// SPDX-License-Identifier: MIT
// Writing a frame to a file: the image as PNG, the map as text. Needs no display.
#ifndef HEAPVIZ_EXPORT_H
#define HEAPVIZ_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "heapviz/model.h"
#include "heapviz/view.h"

// Draws the whole map (every row, at the view's zoom) with panel and timeline, and
// writes it to [path] as PNG. False, with a message in [err], on failure.
bool hv_export_png(const hv_model_t *m, const hv_view_t *v, const char *path, char *err, size_t errlen);
// Writes the view's snapshot as mem_info(1)'s text map followed by its figures.
bool hv_export_text(const hv_model_t *m, const hv_view_t *v, const char *path, char *err, size_t errlen);
// For the 'e' and 't' keys: writes heapviz-<pid>-<n>.png or .txt in the current
// directory and says so in the view's status line.
void hv_export_key(const hv_model_t *m, hv_view_t *v, bool png);

#endif // HEAPVIZ_EXPORT_H
