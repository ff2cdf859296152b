// SPDX-License-Identifier: MIT
// The table of allocation sites (see sites.h).

#include "heapviz/sites.h"

#include <stdlib.h>
#include <string.h>

// Sites are looked up at every allocation when tracking is on: a cache by the file
// name's address keeps that to a hash and a compare.
#define CACHE_START (1024)

bool hv_sites_init(hv_sites_t *t, size_t n_blocks) {
    memset(t, 0, sizeof(*t));
    t->n_blocks = n_blocks;
    t->of_block = calloc(n_blocks ? n_blocks : 1, sizeof(uint32_t));
    t->cache_cap = CACHE_START;
    t->cache = calloc(t->cache_cap, sizeof(*t->cache));
    t->cap_sites = 64;
    t->sites = calloc(t->cap_sites, sizeof(hv_site_t));
    t->n_sites = 1; // 0 is "unknown"
    if (t->of_block == NULL || t->cache == NULL || t->sites == NULL) {
        hv_sites_free(t);
        return false;
    }
    return true;
}

void hv_sites_free(hv_sites_t *t) {
    for (size_t i = 0; i < t->n_files; i++) {
        free(t->files[i]);
    }
    free(t->files);
    free(t->of_block);
    free(t->cache);
    free(t->sites);
    memset(t, 0, sizeof(*t));
}

static size_t hash(const char *file, unsigned line, size_t cap) {
    uintptr_t h = (uintptr_t)file * 0x9E3779B97F4A7C15u ^ (uintptr_t)line * 0x85EBCA6Bu;
    return (size_t)(h >> 16) & (cap - 1);
}

// The index of file name [name] ([len] bytes), added if new; SIZE_MAX when out of memory.
static size_t file_index(hv_sites_t *t, const char *name, size_t len) {
    for (size_t i = 0; i < t->n_files; i++) {
        if (strlen(t->files[i]) == len && memcmp(t->files[i], name, len) == 0) {
            return i;
        }
    }
    if (t->n_files == t->cap_files) {
        size_t cap = t->cap_files ? 2 * t->cap_files : 16;
        char **f = realloc(t->files, cap * sizeof(char *));
        if (f == NULL) {
            return SIZE_MAX;
        }
        t->files = f;
        t->cap_files = cap;
    }
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        return SIZE_MAX;
    }
    memcpy(copy, name, len);
    copy[len] = '\0';
    t->files[t->n_files] = copy;
    return t->n_files++;
}

static uint32_t add_site(hv_sites_t *t, size_t file, unsigned line) {
    if (t->n_sites == t->cap_sites) {
        hv_site_t *s = realloc(t->sites, 2 * t->cap_sites * sizeof(hv_site_t));
        if (s == NULL) {
            return 0;
        }
        t->sites = s;
        t->cap_sites *= 2;
    }
    t->sites[t->n_sites] = (hv_site_t){.file = (uint32_t)file, .line = line};
    return (uint32_t)t->n_sites++;
}

static bool grow_cache(hv_sites_t *t) {
    size_t cap = t->cache_cap * 2;
    struct hv_site_slot_s *c = calloc(cap, sizeof(*c));
    if (c == NULL) {
        return false;
    }
    for (size_t i = 0; i < t->cache_cap; i++) {
        if (t->cache[i].file != NULL) {
            size_t h = hash(t->cache[i].file, t->cache[i].line, cap);
            while (c[h].file != NULL) {
                h = (h + 1) & (cap - 1);
            }
            c[h] = t->cache[i];
        }
    }
    free(t->cache);
    t->cache = c;
    t->cache_cap = cap;
    return true;
}

uint32_t hv_sites_intern(hv_sites_t *t, const char *file, unsigned line, bool *is_new) {
    *is_new = false;
    size_t h = hash(file, line, t->cache_cap);
    while (t->cache[h].file != NULL) {
        if (t->cache[h].file == file && t->cache[h].line == line) {
            return t->cache[h].site;
        }
        h = (h + 1) & (t->cache_cap - 1);
    }
    // New to the cache: the same name may be known at another address.
    size_t fi = file_index(t, file, strlen(file));
    if (fi == SIZE_MAX) {
        return 0;
    }
    uint32_t site = 0;
    for (size_t s = 1; s < t->n_sites; s++) {
        if (t->sites[s].file == fi && t->sites[s].line == line) {
            site = (uint32_t)s;
            break;
        }
    }
    if (site == 0) {
        site = add_site(t, fi, line);
        *is_new = site != 0;
    }
    // Keep the cache at most half full so that probes stay short (and end).
    if (site != 0 && ((t->cache_used + 1) * 2 <= t->cache_cap || grow_cache(t))) {
        h = hash(file, line, t->cache_cap);
        while (t->cache[h].file != NULL) {
            h = (h + 1) & (t->cache_cap - 1);
        }
        t->cache[h] = (struct hv_site_slot_s){.file = file, .line = line, .site = site};
        t->cache_used++;
    }
    return site;
}

bool hv_sites_define(hv_sites_t *t, uint32_t site, const char *file, size_t len, unsigned line) {
    if (site != t->n_sites) {
        return false;
    }
    size_t fi = file_index(t, file, len);
    return fi != SIZE_MAX && add_site(t, fi, line) == site;
}

const char *hv_sites_where(const hv_sites_t *t, uint32_t site, unsigned *line) {
    if (site == 0 || site >= t->n_sites) {
        return NULL;
    }
    *line = t->sites[site].line;
    return t->files[t->sites[site].file];
}
