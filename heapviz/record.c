// SPDX-License-Identifier: MIT
// The recording format's writer and reader (layout in heapviz/record.h).

#include "heapviz/record.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define TAG_SNAPSHOT (0x01)
#define TAG_TIME (0x02)
#define TAG_SITE (0x03)
#define TAG_ALLOC_AT (0x20)
// A file name longer than this in a SITE record means a corrupt file.
#define MAX_FILE_NAME (4096)
#define TAG_EVENT (0x10)
#define EVENT_KINDS (GC_EVENT_ALLOC_FAIL + 1)

static const uint8_t magic[8] = {0x89, 'H', 'V', 'R', '\r', '\n', 0x1a, '\n'};

// --- little-endian fields ---------------------------------------------------------------

static void put_le(uint8_t *p, uint64_t v, int n) {
    for (int i = 0; i < n; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

static uint64_t get_le(const uint8_t *p, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

// --- writer ---------------------------------------------------------------------------

static void flush(hv_recorder_t *r) {
    if (!r->failed && r->len > 0 && fwrite(r->buf, 1, r->len, r->f) != r->len) {
        r->failed = true;
    }
    r->len = 0;
}

static void write_bytes(hv_recorder_t *r, const void *p, size_t n) {
    if (r->len + n > sizeof(r->buf)) {
        flush(r);
        if (n > sizeof(r->buf)) {
            if (!r->failed && fwrite(p, 1, n, r->f) != n) {
                r->failed = true;
            }
            return;
        }
    }
    memcpy(r->buf + r->len, p, n);
    r->len += n;
}

static size_t put_leb(uint8_t *p, uint64_t v) {
    size_t n = 0;
    do {
        p[n++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        v >>= 7;
    } while (v != 0);
    return n;
}

static void write_time(hv_recorder_t *r, uint64_t t) {
    uint8_t rec[9] = {TAG_TIME};
    put_le(rec + 1, t, 8);
    write_bytes(r, rec, sizeof(rec));
}

void hv_recorder_snapshot(hv_recorder_t *r, const hv_snapshot_t *s) {
    size_t n_heads = 0;
    for (size_t b = 0; b < s->n_blocks; b++) {
        n_heads += s->state[b] == GC_BLOCK_HEAD || s->state[b] == GC_BLOCK_MARK;
    }
    uint8_t head[21] = {TAG_SNAPSHOT};
    put_le(head + 1, s->time_us, 8);
    put_le(head + 9, s->alloc_count, 8);
    put_le(head + 17, n_heads, 4);
    write_bytes(r, head, sizeof(head));
    // States packed four to a byte, then the kinds of the heads: a mostly free heap
    // costs a quarter byte per block.
    uint8_t buf[256];
    size_t len = 0;
    for (size_t b = 0; b < s->n_blocks; b += 4) {
        uint8_t byte = 0;
        for (size_t i = 0; i < 4 && b + i < s->n_blocks; i++) {
            byte |= (uint8_t)((s->state[b + i] & 3) << (2 * i));
        }
        buf[len++] = byte;
        if (len == sizeof(buf)) {
            write_bytes(r, buf, len);
            len = 0;
        }
    }
    for (size_t b = 0; b < s->n_blocks; b++) {
        if (s->state[b] == GC_BLOCK_HEAD || s->state[b] == GC_BLOCK_MARK) {
            buf[len++] = s->kind[b];
            if (len == sizeof(buf)) {
                write_bytes(r, buf, len);
                len = 0;
            }
        }
    }
    write_bytes(r, buf, len);
    r->n_snapshots++;
}

// A site seen for the first time: its number, line and file name.
static void write_site(hv_recorder_t *r, const hv_model_t *m) {
    unsigned line;
    const char *file = hv_sites_where(m->sites, m->last_site, &line);
    size_t len = strlen(file);
    uint8_t rec[1 + 3 * 10];
    rec[0] = TAG_SITE;
    size_t n = 1 + put_leb(rec + 1, m->last_site);
    n += put_leb(rec + n, line);
    n += put_leb(rec + n, len);
    write_bytes(r, rec, n);
    write_bytes(r, file, len);
}

static void on_event(hv_model_t *m, const gc_event_t *ev, void *data) {
    hv_recorder_t *r = data;
    if (ev->kind == GC_EVENT_COLLECT_END || ev->kind == GC_EVENT_ALLOC_FAIL) {
        write_time(r, m->now_us);
    }
    bool with_site = ev->kind == GC_EVENT_ALLOC && m->locator != NULL;
    if (with_site && m->last_site_new) {
        write_site(r, m);
    }
    uint8_t rec[2 + 3 * 10];
    rec[0] = (uint8_t)(with_site ? TAG_ALLOC_AT : TAG_EVENT + ev->kind);
    rec[1] = (uint8_t)ev->obj_kind;
    size_t n = 2 + put_leb(rec + 2, ev->block);
    n += put_leb(rec + n, ev->n_blocks);
    if (with_site) {
        n += put_leb(rec + n, m->last_site);
    }
    write_bytes(r, rec, n);
    r->n_events++;
}

static void on_frame(hv_model_t *m, hv_frame_reason_t why, void *data) {
    hv_recorder_snapshot(data, &m->snap);
}

bool hv_recorder_open(hv_recorder_t *r, const char *path, hv_model_t *m, char *err, size_t errlen) {
    r->model = m;
    r->failed = false;
    r->n_events = r->n_snapshots = 0;
    r->len = 0;
    r->f = fopen(path, "wb");
    if (r->f == NULL) {
        snprintf(err, errlen, "heapviz: cannot create recording '%s': %s", path, strerror(errno));
        return false;
    }
    uint8_t h[HV_RECORD_HEADER_LEN] = {0};
    memcpy(h, magic, 8);
    put_le(h + 8, HV_RECORD_VERSION, 2);
    put_le(h + 10, HV_RECORD_HEADER_LEN, 2);
    put_le(h + 12, HV_BYTES_PER_BLOCK, 4);
    put_le(h + 16, m->snap.n_blocks, 4);
    put_le(h + 24, m->snap.pool_start, 8);
    write_bytes(r, h, sizeof(h));
    hv_recorder_snapshot(r, &m->snap);
    hv_listener_t l = {.on_event = on_event, .on_frame = on_frame, .data = r};
    flush(r);
    if (r->failed || !hv_model_listen(m, &l)) {
        snprintf(err, errlen, "heapviz: cannot record to '%s'%s", path,
                 r->failed ? ": write failed" : ": too many listeners");
        fclose(r->f);
        r->f = NULL;
        return false;
    }
    return true;
}

bool hv_recorder_close(hv_recorder_t *r) {
    if (r->f == NULL) {
        return false;
    }
    hv_model_unlisten(r->model, r);
    flush(r);
    if (fclose(r->f) != 0) {
        r->failed = true;
    }
    r->f = NULL;
    return !r->failed;
}

// --- reader ---------------------------------------------------------------------------

static bool read_exact(hv_reader_t *r, void *p, size_t n) {
    return fread(p, 1, n, r->f) == n;
}

static bool read_leb(hv_reader_t *r, uint64_t *v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        int c = fgetc(r->f);
        if (c == EOF) {
            return false;
        }
        *v |= (uint64_t)(c & 0x7f) << shift;
        if ((c & 0x80) == 0) {
            return true;
        }
    }
    return false;
}

// Reads an event record's fields (the tag is read); [site] gets an ALLOC_AT's site.
static bool read_event(hv_reader_t *r, int tag, gc_event_t *ev, uint64_t *site) {
    int kind = fgetc(r->f);
    uint64_t block, n;
    *site = 0;
    if (kind == EOF || !read_leb(r, &block) || !read_leb(r, &n) ||
        (tag == TAG_ALLOC_AT && !read_leb(r, site))) {
        return false;
    }
    *ev = (gc_event_t){
        .kind = tag == TAG_ALLOC_AT ? GC_EVENT_ALLOC : (gc_event_kind_t)(tag - TAG_EVENT),
        .obj_kind = (unsigned)kind,
        .block = (size_t)block,
        .n_blocks = (size_t)n,
    };
    return true;
}

// Reads a snapshot record's fields (the tag is read) into r->tmp.
static bool read_snapshot(hv_reader_t *r) {
    uint8_t h[20];
    if (!read_exact(r, h, sizeof(h))) {
        return false;
    }
    hv_snapshot_t *s = &r->tmp;
    s->time_us = get_le(h, 8);
    s->alloc_count = get_le(h + 8, 8);
    size_t n_heads = (size_t)get_le(h + 16, 4);
    uint8_t buf[256];
    size_t packed = (s->n_blocks + 3) / 4;
    for (size_t done = 0; done < packed;) {
        size_t n = packed - done < sizeof(buf) ? packed - done : sizeof(buf);
        if (!read_exact(r, buf, n)) {
            return false;
        }
        for (size_t i = 0; i < n; i++) {
            for (size_t j = 0; j < 4 && (done + i) * 4 + j < s->n_blocks; j++) {
                s->state[(done + i) * 4 + j] = (buf[i] >> (2 * j)) & 3;
            }
        }
        done += n;
    }
    memset(s->kind, 0, s->n_blocks);
    size_t b = 0;
    for (size_t k = 0; k < n_heads; k++) {
        int c = fgetc(r->f);
        while (b < s->n_blocks && s->state[b] != GC_BLOCK_HEAD && s->state[b] != GC_BLOCK_MARK) {
            b++;
        }
        if (c == EOF || b == s->n_blocks) {
            return false;
        }
        s->kind[b++] = (uint8_t)c;
    }
    return true;
}

// Reads a SITE record's fields (the tag is read) and defines the site in [m] if given.
static bool read_site(hv_reader_t *r, hv_model_t *m) {
    uint64_t site, line, len;
    char name[MAX_FILE_NAME];
    if (!read_leb(r, &site) || !read_leb(r, &line) || !read_leb(r, &len) || len >= sizeof(name) ||
        !read_exact(r, name, (size_t)len)) {
        return false;
    }
    if (m != NULL && (m->sites != NULL || hv_model_track_sites(m, NULL))) {
        hv_sites_define(m->sites, (uint32_t)site, name, (size_t)len, (unsigned)line);
    }
    return true;
}

// Skips over one record at the current position; returns its tag or -1 at the end.
static int skip_record(hv_reader_t *r) {
    int tag = fgetc(r->f);
    if (tag == EOF) {
        return -1;
    }
    if (tag == TAG_SNAPSHOT) {
        return read_snapshot(r) ? tag : -1;
    }
    if ((tag >= TAG_EVENT && tag < TAG_EVENT + EVENT_KINDS) || tag == TAG_ALLOC_AT) {
        gc_event_t ev;
        uint64_t site;
        return read_event(r, tag, &ev, &site) ? tag : -1;
    }
    if (tag == TAG_SITE) {
        return read_site(r, NULL) ? tag : -1;
    }
    if (tag != TAG_TIME) {
        return -2;
    }
    uint8_t buf[8];
    return read_exact(r, buf, 8) ? tag : -1;
}

bool hv_reader_open(hv_reader_t *r, const char *path, char *err, size_t errlen) {
    memset(r, 0, sizeof(*r));
    r->f = fopen(path, "rb");
    if (r->f == NULL) {
        snprintf(err, errlen, "heapviz: cannot open recording '%s': %s", path, strerror(errno));
        return false;
    }
    uint8_t h[HV_RECORD_HEADER_LEN];
    if (!read_exact(r, h, sizeof(h)) || memcmp(h, magic, 8) != 0) {
        snprintf(err, errlen, "heapviz: '%s' is not a heapviz recording", path);
        goto fail;
    }
    r->version = (uint32_t)get_le(h + 8, 2);
    unsigned header_len = (unsigned)get_le(h + 10, 2);
    if (r->version != HV_RECORD_VERSION || header_len < HV_RECORD_HEADER_LEN) {
        snprintf(err, errlen, "heapviz: '%s' is a version %u recording; this heapviz reads version %u",
                 path, (unsigned)r->version, HV_RECORD_VERSION);
        goto fail;
    }
    if (get_le(h + 12, 4) != HV_BYTES_PER_BLOCK) {
        snprintf(err, errlen, "heapviz: '%s' has %u-byte blocks; this heapviz shows %u-byte blocks",
                 path, (unsigned)get_le(h + 12, 4), (unsigned)HV_BYTES_PER_BLOCK);
        goto fail;
    }
    r->n_blocks = (uint32_t)get_le(h + 16, 4);
    r->pool_start = get_le(h + 24, 8);
    r->data_start = (long)header_len;
    if (fseek(r->f, r->data_start, SEEK_SET) != 0 ||
        !hv_snapshot_init(&r->tmp, r->n_blocks, r->pool_start)) {
        snprintf(err, errlen, "heapviz: cannot read '%s'", path);
        goto fail;
    }
    // Index the frames.
    size_t cap = 0;
    for (;;) {
        long at = ftell(r->f);
        int tag = skip_record(r);
        if (tag == -2) {
            snprintf(err, errlen, "heapviz: '%s' is corrupt (unknown record at offset %ld)", path, at);
            goto fail;
        }
        if (tag < 0) {
            break;
        }
        if (tag == TAG_SNAPSHOT) {
            if (r->n_frames == cap) {
                cap = cap ? cap * 2 : 64;
                long *p = realloc(r->frame_offsets, cap * sizeof(long));
                if (p == NULL) {
                    snprintf(err, errlen, "heapviz: out of memory indexing '%s'", path);
                    goto fail;
                }
                r->frame_offsets = p;
            }
            r->frame_offsets[r->n_frames++] = at;
        }
    }
    fseek(r->f, r->data_start, SEEK_SET);
    return true;
fail:
    hv_reader_close(r);
    return false;
}

void hv_reader_close(hv_reader_t *r) {
    if (r->f != NULL) {
        fclose(r->f);
    }
    free(r->frame_offsets);
    hv_snapshot_free(&r->tmp);
    r->f = NULL;
    r->frame_offsets = NULL;
}

bool hv_reader_init_model(hv_reader_t *r, hv_model_t *m) {
    fseek(r->f, r->data_start, SEEK_SET);
    r->frame = 0;
    r->mismatches = 0;
    r->truncated = false;
    return hv_model_init(m, HV_SOURCE_EVENTS, r->n_blocks, r->pool_start);
}

hv_rec_t hv_reader_step(hv_reader_t *r, hv_model_t *m) {
    int tag = fgetc(r->f);
    if (tag == EOF) {
        return HV_REC_END;
    }
    if (tag == TAG_SNAPSHOT) {
        if (!read_snapshot(r)) {
            r->truncated = true;
            return HV_REC_END;
        }
        // The first snapshot is where the recording began; later ones must agree with
        // the events before them.
        if (r->frame > 0 && !hv_snapshot_same_blocks(&r->tmp, &m->snap)) {
            r->mismatches++;
        }
        r->frame++;
        hv_model_load_snapshot(m, &r->tmp);
        return HV_REC_SNAPSHOT;
    }
    if (tag == TAG_TIME) {
        uint8_t b[8];
        if (!read_exact(r, b, 8)) {
            r->truncated = true;
            return HV_REC_END;
        }
        m->now_us = get_le(b, 8);
        return HV_REC_TIME;
    }
    if ((tag >= TAG_EVENT && tag < TAG_EVENT + EVENT_KINDS) || tag == TAG_ALLOC_AT) {
        uint64_t site;
        if (!read_event(r, tag, &r->last_event, &site)) {
            r->truncated = true;
            return HV_REC_END;
        }
        hv_model_event(m, &r->last_event);
        if (tag == TAG_ALLOC_AT && (m->sites != NULL || hv_model_track_sites(m, NULL)) &&
            r->last_event.block < m->sites->n_blocks) {
            m->sites->of_block[r->last_event.block] = (uint32_t)site;
        }
        return HV_REC_EVENT;
    }
    if (tag == TAG_SITE) {
        if (!read_site(r, m)) {
            r->truncated = true;
            return HV_REC_END;
        }
        return HV_REC_TIME; // no frame, no event: like a TIME record
    }
    snprintf(r->err, sizeof(r->err), "corrupt recording: unknown record 0x%02x at offset %ld", tag,
             ftell(r->f) - 1);
    return HV_REC_ERROR;
}

bool hv_reader_goto_frame(hv_reader_t *r, hv_model_t *m, size_t frame) {
    if (frame >= r->n_frames) {
        return false;
    }
    // Keep the listeners (a front-end) but start the model's state again.
    hv_listener_t saved[HV_MAX_LISTENERS];
    size_t n_saved = m->n_listeners;
    memcpy(saved, m->listeners, sizeof(saved));
    m->n_listeners = 0;
    hv_model_free(m);
    if (!hv_reader_init_model(r, m)) {
        return false;
    }
    for (;;) {
        hv_rec_t k = hv_reader_step(r, m);
        if (k == HV_REC_END || k == HV_REC_ERROR) {
            break;
        }
        if (k == HV_REC_SNAPSHOT && r->frame == frame + 1) {
            break;
        }
    }
    memcpy(m->listeners, saved, sizeof(saved));
    m->n_listeners = n_saved;
    return r->frame == frame + 1;
}
