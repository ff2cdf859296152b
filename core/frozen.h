// SPDX-License-Identifier: MIT
// Python modules frozen into the executable as source text (the asyncio package ...):
// import finds them under the '.frozen' entry of sys.path, as MicroPython does. The
// table is generated at build time by tools/mkfrozen.py from the files in frozen/.
#ifndef CORE_FROZEN_H
#define CORE_FROZEN_H

#include <stddef.h>

typedef struct {
    const char *path;   // relative to the frozen root, '/'-separated: "asyncio/core.py"
    const char *source;
    size_t len;
} mps_frozen_file_t;

// The generated table (ends with an all-zero entry) and its length.
extern const mps_frozen_file_t mps_frozen_files[];
extern const size_t mps_frozen_n_files;

// What frozen [path] (relative to the root) is: 0 nothing, 1 a file, 2 a directory
// (the prefix of some file's path), like mps_hal_stat_kind.
int mps_frozen_stat(const char *path);

// The source text of frozen file [path] and its length, or NULL. Static data: never
// freed.
const char *mps_frozen_source(const char *path, size_t *len);

#endif // CORE_FROZEN_H
