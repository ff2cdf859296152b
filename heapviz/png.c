// SPDX-License-Identifier: MIT
// PNG writing with stored deflate blocks: no compression, no external library. A heap
// map of a 256 KiB heap is well under a few megabytes this way, and it stays simple.

#include "heapviz/png.h"

#include <stdlib.h>
#include <string.h>

// A stored deflate block carries at most 65535 bytes.
#define STORED_MAX (65535u)

uint32_t hv_png_crc32(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) {
            // 0xEDB88320 is the reflected CRC-32 polynomial.
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

uint32_t hv_png_adler32(uint32_t adler, const uint8_t *p, size_t n) {
    // 65521 is the largest prime below 2^16 (RFC 1950).
    uint32_t a = adler & 0xffff, b = adler >> 16;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

static void put_be32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

// Writes a chunk: length, type, data, CRC of type and data.
static bool write_chunk(FILE *f, const char *type, const uint8_t *data, size_t len) {
    uint8_t head[8];
    put_be32(head, (uint32_t)len);
    memcpy(head + 4, type, 4);
    uint32_t crc = hv_png_crc32(0, head + 4, 4);
    crc = hv_png_crc32(crc, data, len);
    uint8_t tail[4];
    put_be32(tail, crc);
    return fwrite(head, 1, 8, f) == 8 && (len == 0 || fwrite(data, 1, len, f) == len) &&
           fwrite(tail, 1, 4, f) == 4;
}

bool hv_png_write(FILE *f, const uint32_t *pixels, unsigned width, unsigned height, size_t stride) {
    static const uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (width == 0 || height == 0 || fwrite(signature, 1, 8, f) != 8) {
        return false;
    }
    uint8_t ihdr[13];
    put_be32(ihdr, width);
    put_be32(ihdr + 4, height);
    ihdr[8] = 8;  // bits per channel
    ihdr[9] = 2;  // colour type: RGB
    ihdr[10] = 0; // deflate
    ihdr[11] = 0; // adaptive filtering (we use filter 0 on every row)
    ihdr[12] = 0; // no interlace
    if (!write_chunk(f, "IHDR", ihdr, sizeof(ihdr))) {
        return false;
    }
    // The raw data: each row is a filter byte (0) and 3 bytes per pixel.
    size_t row_len = 1 + (size_t)width * 3;
    size_t raw_len = row_len * height;
    size_t n_blocks = raw_len / STORED_MAX + 1;
    size_t z_len = 2 + raw_len + n_blocks * 5 + 4;
    uint8_t *z = malloc(z_len);
    uint8_t *raw = malloc(raw_len);
    if (z == NULL || raw == NULL) {
        free(z);
        free(raw);
        return false;
    }
    for (unsigned y = 0; y < height; y++) {
        uint8_t *r = raw + y * row_len;
        const uint32_t *px = pixels + y * stride;
        r[0] = 0;
        for (unsigned x = 0; x < width; x++) {
            r[1 + 3 * x] = (uint8_t)(px[x] >> 16);
            r[2 + 3 * x] = (uint8_t)(px[x] >> 8);
            r[3 + 3 * x] = (uint8_t)px[x];
        }
    }
    // zlib header: deflate with a 32 KiB window, no dictionary; 0x7801 is a multiple
    // of 31 as RFC 1950 requires.
    size_t o = 0;
    z[o++] = 0x78;
    z[o++] = 0x01;
    for (size_t done = 0; done < raw_len || done == 0;) {
        size_t n = raw_len - done < STORED_MAX ? raw_len - done : STORED_MAX;
        bool last = done + n == raw_len;
        z[o++] = last ? 1 : 0; // BFINAL, BTYPE=00 (stored)
        z[o++] = (uint8_t)n;
        z[o++] = (uint8_t)(n >> 8);
        z[o++] = (uint8_t)~n;
        z[o++] = (uint8_t)(~n >> 8);
        memcpy(z + o, raw + done, n);
        o += n;
        done += n;
        if (last) {
            break;
        }
    }
    put_be32(z + o, hv_png_adler32(1, raw, raw_len));
    o += 4;
    bool ok = write_chunk(f, "IDAT", z, o) && write_chunk(f, "IEND", NULL, 0);
    free(z);
    free(raw);
    return ok;
}

bool hv_png_save(const char *path, const uint32_t *pixels, unsigned width, unsigned height,
                 size_t stride) {
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        return false;
    }
    bool ok = hv_png_write(f, pixels, width, height, stride);
    return fclose(f) == 0 && ok;
}
