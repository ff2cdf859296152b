// SPDX-License-Identifier: MIT
// Lookups in the table of frozen source files (see core/frozen.h).

#include "core/frozen.h"

#include <string.h>

int mps_frozen_stat(const char *path) {
    size_t len = strlen(path);
    for (size_t i = 0; i < mps_frozen_n_files; i++) {
        const char *p = mps_frozen_files[i].path;
        if (strcmp(p, path) == 0) {
            return 1;
        }
        if (len > 0 && strncmp(p, path, len) == 0 && p[len] == '/') {
            return 2;
        }
    }
    return 0;
}

const char *mps_frozen_source(const char *path, size_t *len) {
    for (size_t i = 0; i < mps_frozen_n_files; i++) {
        if (strcmp(mps_frozen_files[i].path, path) == 0) {
            *len = mps_frozen_files[i].len;
            return mps_frozen_files[i].source;
        }
    }
    return NULL;
}
