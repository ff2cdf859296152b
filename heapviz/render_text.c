// SPDX-License-Identifier: MIT
// The block map as text, from a snapshot rather than from the live heap, so that
// replayed and published frames export exactly like mem_info(1).

#include "heapviz/render_text.h"

#include "core/heapmap.h"

#define ROW (MPS_HEAPMAP_ROW_BLOCKS)

static bool row_is_free(const hv_snapshot_t *s, size_t first) {
    for (size_t b = first; b < first + ROW && b < s->n_blocks; b++) {
        if (s->state[b] != GC_BLOCK_FREE) {
            return false;
        }
    }
    return true;
}

// The map with one character per block from [letter]; rows of free blocks abbreviated.
static void write_map(const hv_snapshot_t *a, const hv_snapshot_t *s, FILE *out,
                      char (*letter)(const hv_snapshot_t *a, const hv_snapshot_t *s, size_t b)) {
    size_t n = s->n_blocks;
    fprintf(out, "GC memory layout; from %lx:", (unsigned long)s->pool_start);
    size_t b = 0;
    while (b < n) {
        size_t free_rows = 0;
        while (b + (free_rows + 1) * ROW <= n && row_is_free(s, b + free_rows * ROW) &&
               (a == NULL || row_is_free(a, b + free_rows * ROW))) {
            free_rows++;
        }
        if (free_rows >= 2) {
            fprintf(out, "\n       (%u lines all free)", (unsigned)free_rows);
            b += free_rows * ROW;
            if (b >= n) {
                break;
            }
        }
        fprintf(out, "\n%08x: ", (unsigned)(b * HV_BYTES_PER_BLOCK));
        for (size_t i = 0; i < ROW && b < n; i++, b++) {
            fputc(letter(a, s, b), out);
        }
    }
    fputc('\n', out);
}

static char plain_letter(const hv_snapshot_t *a, const hv_snapshot_t *s, size_t b) {
    return hv_snapshot_letter(s, b);
}

void hv_render_text(const hv_snapshot_t *s, FILE *out) {
    write_map(NULL, s, out, plain_letter);
}

void hv_render_text_figures(const hv_figures_t *f, FILE *out) {
    fprintf(out,
            "total: %zu\nused: %zu\nfree: %zu\nobjects: %zu\n1-blocks: %zu\n2-blocks: %zu\n"
            "largest object: %zu blocks (%zu bytes)\nlargest free run: %zu blocks (%zu bytes)\n"
            "free runs: %zu\nfragmentation: %.3f\n",
            f->total, f->used, f->free, f->n_objects, f->num_1block, f->num_2block, f->max_block,
            f->max_block * HV_BYTES_PER_BLOCK, f->max_free, f->max_free * HV_BYTES_PER_BLOCK,
            f->free_runs, f->fragmentation);
}

static char diff_letter(const hv_snapshot_t *a, const hv_snapshot_t *s, size_t b) {
    switch (hv_diff_block(a, s, b)) {
        case HV_DIFF_NEW:
            return '+';
        case HV_DIFF_GONE:
            return '-';
        case HV_DIFF_CHANGED:
            return '~';
        default:
            return hv_snapshot_letter(s, b);
    }
}

void hv_render_text_diff(const hv_snapshot_t *a, const hv_snapshot_t *b, FILE *out) {
    write_map(a, b, out, diff_letter);
    hv_diff_t d;
    hv_diff(a, b, &d);
    fprintf(out,
            "blocks allocated since: %zu, freed since: %zu, reused by another object: %zu\n"
            "objects new: %zu, gone: %zu, used bytes %+ld\n",
            d.new_blocks, d.gone_blocks, d.changed_blocks, d.new_heads, d.gone_heads, d.used_delta);
}

void hv_render_text_failure(const hv_failure_t *f, FILE *out) {
    char buf[32];
    fprintf(out,
            "heapviz: allocation of %u blocks (%u bytes) of kind %s failed (a MemoryError unless\n"
            "heapviz: the program copes); largest free run %u blocks (%u bytes), %u bytes free in all\n",
            (unsigned)f->requested_blocks, (unsigned)(f->requested_blocks * HV_BYTES_PER_BLOCK),
            hv_kind_name(f->kind, buf, sizeof(buf)), (unsigned)f->max_free,
            (unsigned)(f->max_free * HV_BYTES_PER_BLOCK), (unsigned)f->free_bytes);
    hv_render_text(&f->snap, out);
}
