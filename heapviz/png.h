// SPDX-License-Identifier: MIT
// A small PNG writer of our own: 8-bit RGB, zlib stream of stored (uncompressed)
// deflate blocks, CRC-32 and Adler-32. Enough to export a heapviz frame anywhere.
#ifndef HEAPVIZ_PNG_H
#define HEAPVIZ_PNG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// CRC-32 (ISO 3309, as PNG chunks use) of [n] bytes, continuing from [crc] (start with 0).
uint32_t hv_png_crc32(uint32_t crc, const uint8_t *p, size_t n);
// Adler-32 (RFC 1950) of [n] bytes, continuing from [adler] (start with 1).
uint32_t hv_png_adler32(uint32_t adler, const uint8_t *p, size_t n);

// Writes a [width] x [height] image whose pixels are 0x00RRGGBB words, row after row,
// [stride] words apart. Returns false if a write failed.
bool hv_png_write(FILE *f, const uint32_t *pixels, unsigned width, unsigned height, size_t stride);
// The same to a new file at [path].
bool hv_png_save(const char *path, const uint32_t *pixels, unsigned width, unsigned height,
                 size_t stride);

#endif // HEAPVIZ_PNG_H
