// SPDX-License-Identifier: MIT
// The text form of the heap's block map, as micropython.mem_info(1) prints it; the
// letters are shared with heapviz.
#ifndef CORE_HEAPMAP_H
#define CORE_HEAPMAP_H

#include "core/print.h"

// Blocks shown per row: 64 blocks of 16 bytes = 0x400 bytes, as in MicroPython.
#define MPS_HEAPMAP_ROW_BLOCKS (64)

// The letter for a block in [state] (GC_BLOCK_*) whose head has [kind]:
// '.' free, '=' tail, 'm' marked, and for heads: 'T' tuple, 'L' list, 'D' dict,
// 'S' str/bytes, 'A' bytearray, 'F' float, 'B' bytecode (functions and code),
// 'M' module, 'C' class, 'I' instance, 'E' exception, 'h' anything else.
char mps_heapmap_letter(unsigned state, unsigned kind);

// Prints "GC memory layout; from ADDR:" and one row per 64 blocks; runs of two or more
// wholly free rows are abbreviated as "(N lines all free)".
void mps_heapmap_dump(const mps_print_t *print);

#endif // CORE_HEAPMAP_H
