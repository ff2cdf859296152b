// SPDX-License-Identifier: MIT
// A known heap state for the heapviz tests.

#include "hvt_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/state.h"
#include "core/typelist.h"
#include "tests/unit/support.h"

size_t hvt_collect(void *const *roots, size_t n) {
    uint32_t words[16] = {0};
    for (size_t i = 0; i < n && i < 16; i++) {
        words[i] = (uint32_t)(uintptr_t)roots[i];
    }
    memset(&mps_state.root_start, 0, (char *)&mps_state.root_end - (char *)&mps_state.root_start);
    gc_collect_start();
    gc_collect_root((void **)words, sizeof(words));
    return gc_collect_end();
}

void hvt_known_heap(hvt_known_t *k) {
    unit_bare_heap(HVT_HEAP_BYTES);
    k->list = gc_alloc(16, MPS_TYPE_IDX_list, false);
    k->tuple = gc_alloc(48, MPS_TYPE_IDX_tuple, false);
    gc_alloc(16, MPS_KIND_RAW, false);
    k->dict = gc_alloc(32, MPS_TYPE_IDX_dict, false);
    gc_alloc(16, MPS_TYPE_IDX_str, false);
    k->raw4 = gc_alloc(64, MPS_KIND_RAW, false);
    void *roots[] = {k->list, k->tuple, k->dict, k->raw4};
    k->freed = hvt_collect(roots, 4);
    k->n_blocks = gc_num_blocks();
}

const char *hvt_temp_path(const char *tag, char *buf, size_t len) {
    snprintf(buf, len, "/tmp/hvt-%d-%s", (int)getpid(), tag);
    return buf;
}

// Decodes [path] with Python (chunk CRCs checked, IDAT inflated) and prints
// "W H" and the pixel at each (x, y) given.
static const char decoder[] =
    "import struct, sys, zlib\n"
    "d = open(sys.argv[1], 'rb').read()\n"
    "assert d[:8] == b'\\x89PNG\\r\\n\\x1a\\n'\n"
    "i, idat = 8, b''\n"
    "while i < len(d):\n"
    "    n, = struct.unpack('>I', d[i:i+4]); t = d[i+4:i+8]; body = d[i+8:i+8+n]\n"
    "    assert zlib.crc32(t + body) == struct.unpack('>I', d[i+8+n:i+12+n])[0], t\n"
    "    if t == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])\n"
    "    if t == b'IDAT': idat += body\n"
    "    i += 12 + n\n"
    "assert t == b'IEND' and depth == 8 and ctype == 2\n"
    "raw = zlib.decompress(idat)\n"
    "assert len(raw) == h * (1 + 3 * w)\n"
    "print(w, h)\n"
    "for a in sys.argv[2:]:\n"
    "    x, y = map(int, a.split(','))\n"
    "    o = y * (1 + 3 * w) + 1 + 3 * x\n"
    "    print('%02x%02x%02x' % tuple(raw[o:o+3]))\n";

bool hvt_png_decode(const char *png, const char *points, char *out, size_t len) {
    char script[64], cmd[256];
    hvt_temp_path("decode.py", script, sizeof(script));
    FILE *f = fopen(script, "w");
    fputs(decoder, f);
    fclose(f);
    snprintf(cmd, sizeof(cmd), "python3 %s %s %s 2>&1", script, png, points);
    FILE *p = popen(cmd, "r");
    if (p == NULL) {
        return false;
    }
    size_t n = fread(out, 1, len - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    unlink(script);
    return status == 0;
}

bool hvt_have_python(void) {
    return system("python3 -c 'import zlib' >/dev/null 2>&1") == 0;
}
