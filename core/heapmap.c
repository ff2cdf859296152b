// SPDX-License-Identifier: MIT
// The heap's block map as text.

#include "core/heapmap.h"

#include "core/gc.h"
#include "core/typelist.h"

char mps_heapmap_letter(unsigned state, unsigned kind) {
    switch (state) {
        case GC_BLOCK_FREE:
            return '.';
        case GC_BLOCK_TAIL:
            return '=';
        case GC_BLOCK_MARK:
            return 'm';
        default:
            break;
    }
    switch (kind) {
        case MPS_TYPE_IDX_tuple:
            return 'T';
        case MPS_TYPE_IDX_list:
            return 'L';
        case MPS_TYPE_IDX_dict:
            return 'D';
        case MPS_TYPE_IDX_str:
        case MPS_TYPE_IDX_bytes:
            return 'S';
        case MPS_TYPE_IDX_bytearray:
            return 'A';
        case MPS_TYPE_IDX_float:
            return 'F';
        case MPS_TYPE_IDX_fun_bc:
        case MPS_TYPE_IDX_code:
            return 'B';
        case MPS_TYPE_IDX_module:
            return 'M';
        case MPS_TYPE_IDX_type:
            return 'C';
        case MPS_KIND_INSTANCE:
            return 'I';
        default:
            if (kind >= MPS_TYPE_IDX_BaseException && kind <= MPS_TYPE_IDX_UnicodeError) {
                return 'E';
            }
            return 'h';
    }
}

static bool row_is_free(size_t first, size_t n_blocks) {
    for (size_t b = first; b < first + MPS_HEAPMAP_ROW_BLOCKS && b < n_blocks; b++) {
        if (gc_block_state(b) != GC_BLOCK_FREE) {
            return false;
        }
    }
    return true;
}

void mps_heapmap_dump(const mps_print_t *print) {
    size_t n = gc_num_blocks();
    mps_printf(print, "GC memory layout; from %lx:", (unsigned long)gc_arena_start());
    size_t b = 0;
    while (b < n) {
        // Count whole free rows from here.
        size_t free_rows = 0;
        while (b + (free_rows + 1) * MPS_HEAPMAP_ROW_BLOCKS <= n &&
               row_is_free(b + free_rows * MPS_HEAPMAP_ROW_BLOCKS, n)) {
            free_rows++;
        }
        if (free_rows >= 2) {
            mps_printf(print, "\n       (%u lines all free)", (unsigned)free_rows);
            b += free_rows * MPS_HEAPMAP_ROW_BLOCKS;
            if (b >= n) {
                break;
            }
        }
        mps_printf(print, "\n%08x: ", (unsigned)(b * MPS_CFG_BYTES_PER_BLOCK));
        char row[MPS_HEAPMAP_ROW_BLOCKS];
        size_t len = 0;
        for (; len < MPS_HEAPMAP_ROW_BLOCKS && b < n; len++, b++) {
            row[len] = mps_heapmap_letter(gc_block_state(b), gc_block_kind(b));
        }
        mps_print_strn(print, row, len);
    }
    mps_print_str(print, "\n");
}
