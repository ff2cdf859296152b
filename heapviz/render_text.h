// SPDX-License-Identifier: MIT
// The plain-text block map of a model snapshot (live, replayed or published), in
// micropython.mem_info(1)'s layout, and a text diff of two snapshots.
#ifndef HEAPVIZ_RENDER_TEXT_H
#define HEAPVIZ_RENDER_TEXT_H

#include <stdio.h>

#include "heapviz/model.h"

// Writes "GC memory layout; from ADDR:" and 64 letters a row, abbreviating runs of two
// or more wholly free rows as "(N lines all free)": the same text as
// mps_heapmap_dump for the same heap.
void hv_render_text(const hv_snapshot_t *s, FILE *out);
// Writes the figures of [f] as "key: value" lines (the panel, for text users).
void hv_render_text_figures(const hv_figures_t *f, FILE *out);
// Writes the map of [b] against [a]: '+' block allocated since, '-' freed since, '~' a
// different allocation now, and the letter of [b] where nothing changed; then a summary.
void hv_render_text_diff(const hv_snapshot_t *a, const hv_snapshot_t *b, FILE *out);
// The MemoryError post-mortem: what was asked, the largest free run, then the map at
// the moment the allocation failed.
void hv_render_text_failure(const hv_failure_t *f, FILE *out);

#endif // HEAPVIZ_RENDER_TEXT_H
