// SPDX-License-Identifier: MIT
// Frame export to PNG and text files.

#include "heapviz/export.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "heapviz/png.h"
#include "heapviz/render_image.h"
#include "heapviz/render_text.h"

bool hv_export_png(const hv_model_t *m, const hv_view_t *v, const char *path, char *err, size_t errlen) {
    hv_view_t all = *v;
    all.top_row = 0;
    hv_image_layout_t lo;
    hv_image_layout(hv_view_snapshot(&all, m), &all, 0, &lo);
    hv_canvas_t c;
    if (!hv_canvas_init(&c, lo.w, lo.h)) {
        snprintf(err, errlen, "heapviz: out of memory for a %ux%u image", lo.w, lo.h);
        return false;
    }
    hv_render_image(&c, m, &all, &lo, "heapviz");
    bool ok = hv_png_save(path, c.px, c.w, c.h, c.w);
    hv_canvas_free(&c);
    if (!ok) {
        snprintf(err, errlen, "heapviz: cannot write '%s': %s", path, strerror(errno));
    }
    return ok;
}

bool hv_export_text(const hv_model_t *m, const hv_view_t *v, const char *path, char *err, size_t errlen) {
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        snprintf(err, errlen, "heapviz: cannot create '%s': %s", path, strerror(errno));
        return false;
    }
    const hv_snapshot_t *s = hv_view_snapshot(v, m);
    hv_figures_t fig;
    hv_figures_of(s, &fig);
    hv_render_text(s, f);
    hv_render_text_figures(&fig, f);
    if (fclose(f) != 0) {
        snprintf(err, errlen, "heapviz: cannot write '%s': %s", path, strerror(errno));
        return false;
    }
    return true;
}

void hv_export_key(const hv_model_t *m, hv_view_t *v, bool png) {
    static unsigned n; // numbers the files of this process
    char path[64], err[160];
    snprintf(path, sizeof(path), "heapviz-%u-%u.%s", (unsigned)getpid(), n++, png ? "png" : "txt");
    bool ok = png ? hv_export_png(m, v, path, err, sizeof(err))
                  : hv_export_text(m, v, path, err, sizeof(err));
    if (ok) {
        snprintf(v->message, sizeof(v->message), "wrote %s", path);
    } else {
        snprintf(v->message, sizeof(v->message), "%s", err);
    }
}
