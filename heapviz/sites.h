// SPDX-License-Identifier: MIT
// Where allocations come from: the source file and line that was running when each
// head block was allocated, interned as numbered sites.
#ifndef HEAPVIZ_SITES_H
#define HEAPVIZ_SITES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Tells where the program is now: the source file and line. False when unknown (no
// Python code running). [file] must stay valid for the life of the program (a qstr or
// a static string), since sites remember it by address first.
typedef bool (*hv_locator_fun_t)(const char **file, unsigned *line);

// Site 0 is "unknown"; sites 1.. are (file, line) pairs, numbered in order of first
// use, so that a recording can name them once and refer to them by number.
typedef struct {
    uint32_t file; // index into files
    uint32_t line;
} hv_site_t;

typedef struct {
    uint32_t *of_block;  // site of each head block (0 elsewhere or unknown)
    size_t n_blocks;
    hv_site_t *sites;
    size_t n_sites, cap_sites;
    char **files;        // interned file names (host memory)
    size_t n_files, cap_files;
    // (file address, line) -> site, open addressing; cap is a power of two
    struct hv_site_slot_s {
        const char *file;
        uint32_t line, site;
    } *cache;
    size_t cache_cap, cache_used;
} hv_sites_t;

// Sets up an empty table for [n_blocks]. False when out of host memory.
bool hv_sites_init(hv_sites_t *t, size_t n_blocks);
void hv_sites_free(hv_sites_t *t);
// The site of ([file], [line]), made if new ([*is_new] then true). 0 when out of memory.
uint32_t hv_sites_intern(hv_sites_t *t, const char *file, unsigned line, bool *is_new);
// Defines site [site] as ([file] of [len] bytes, [line]) when reading a recording:
// sites must come in order. False otherwise or when out of memory.
bool hv_sites_define(hv_sites_t *t, uint32_t site, const char *file, size_t len, unsigned line);
// The file and line of [site]; NULL for 0 or an unknown site.
const char *hv_sites_where(const hv_sites_t *t, uint32_t site, unsigned *line);

#endif // HEAPVIZ_SITES_H
