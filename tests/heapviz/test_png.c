// SPDX-License-Identifier: MIT
// The PNG writer: checksums against known values, and a file that an independent
// decoder (Python's zlib) reads back pixel for pixel.

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "heapviz/png.h"
#include "hvt_support.h"

Test(png, checksums_match_known_values) {
    const uint8_t *s = (const uint8_t *)"123456789";
    cr_assert_eq(hv_png_crc32(0, s, 9), 0xCBF43926u); // the CRC-32 check value
    const uint8_t *w = (const uint8_t *)"Wikipedia";
    cr_assert_eq(hv_png_adler32(1, w, 9), 0x11E60398u);
    // Continuing over pieces is the same as all at once.
    cr_assert_eq(hv_png_crc32(hv_png_crc32(0, s, 4), s + 4, 5), 0xCBF43926u);
    cr_assert_eq(hv_png_adler32(hv_png_adler32(1, w, 3), w + 3, 6), 0x11E60398u);
}

Test(png, a_written_image_decodes_to_the_same_pixels) {
    if (!hvt_have_python()) {
        cr_skip_test("python3 with zlib is needed to decode the PNG independently");
    }
    // Big enough for several stored deflate blocks (> 65535 bytes of raw data).
    unsigned w = 300, h = 100;
    uint32_t *px = malloc(w * h * sizeof(uint32_t));
    for (unsigned y = 0; y < h; y++) {
        for (unsigned x = 0; x < w; x++) {
            px[y * w + x] = (x * 255 / w) << 16 | (y * 255 / h) << 8 | ((x ^ y) & 0xff);
        }
    }
    char path[64], out[256];
    hvt_temp_path("t.png", path, sizeof(path));
    cr_assert(hv_png_save(path, px, w, h, w));
    cr_assert(hvt_png_decode(path, "0,0 299,0 123,45 299,99", out, sizeof(out)), "%s", out);
    char expect[256];
    snprintf(expect, sizeof(expect), "300 100\n%06x\n%06x\n%06x\n%06x\n", px[0], px[299], px[45 * w + 123],
             px[99 * w + 299]);
    cr_assert_str_eq(out, expect);
    free(px);
    unlink(path);
}

Test(png, a_one_pixel_image) {
    if (!hvt_have_python()) {
        cr_skip_test("python3 with zlib is needed to decode the PNG independently");
    }
    uint32_t px = 0x3465a4;
    char path[64], out[128];
    hvt_temp_path("one.png", path, sizeof(path));
    cr_assert(hv_png_save(path, &px, 1, 1, 1));
    cr_assert(hvt_png_decode(path, "0,0", out, sizeof(out)), "%s", out);
    cr_assert_str_eq(out, "1 1\n3465a4\n");
    unlink(path);
}
