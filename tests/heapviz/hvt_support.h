// SPDX-License-Identifier: MIT
// A known heap state for the heapviz tests, on a bare heap (gc only, no interpreter).
#ifndef TESTS_HEAPVIZ_HVT_SUPPORT_H
#define TESTS_HEAPVIZ_HVT_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HVT_HEAP_BYTES (64 * 1024)

// The state after hvt_known_heap(): a collection kept the list, tuple, dict and the
// 4-block raw buffer and freed the raw block and the str between them:
//
//   block  0    1 2 3   4   5 6   7   8 9 10 11   12 ...
//          L    T = =   .   D =   .   h = =  =    . ...
typedef struct {
    void *list, *tuple, *dict, *raw4;
    size_t freed;        // what the collection returned (2)
    size_t n_blocks;
} hvt_known_t;

// Makes a fresh bare heap of HVT_HEAP_BYTES and builds the state above in it.
void hvt_known_heap(hvt_known_t *k);
// A collection whose only roots are the [n] pointers at [roots]: no stack scan, so
// what is freed is exact.
size_t hvt_collect(void *const *roots, size_t n);
// A file name in the temporary directory, unique to this process: "/tmp/hvt-<pid>-<tag>".
const char *hvt_temp_path(const char *tag, char *buf, size_t len);

// Decodes the PNG at [path] with python3's zlib (an independent decoder: chunk CRCs
// checked, IDAT inflated) and writes to [out] "W H\n" and then "rrggbb\n" for each
// "x,y" in the space-separated [points]. False if decoding failed.
bool hvt_png_decode(const char *path, const char *points, char *out, size_t len);
bool hvt_have_python(void);

#endif // TESTS_HEAPVIZ_HVT_SUPPORT_H
