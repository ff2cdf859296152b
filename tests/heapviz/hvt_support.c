// SPDX-License-Identifier: MIT
// A known heap state for the heapviz tests.

#include "hvt_support.h"

#include <stdio.h>
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
