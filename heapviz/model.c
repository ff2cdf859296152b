// SPDX-License-Identifier: MIT
// The heap view model: snapshots of the block table, figures, history, diffs. Reads
// the heap only through core/gc.h.

#include "heapviz/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/heapmap.h"
#include "core/typelist.h"

// Read the clock only every so many events: an allocation costs tens of nanoseconds,
// a clock read about as much, and a 50 ms throttle does not need finer resolution.
#define CLOCK_EVERY (64)

// --- snapshots ------------------------------------------------------------------------

bool hv_snapshot_init(hv_snapshot_t *s, size_t n_blocks, uint64_t pool_start) {
    *s = (hv_snapshot_t){.n_blocks = n_blocks, .pool_start = pool_start};
    s->state = calloc(n_blocks ? n_blocks : 1, 1);
    s->kind = calloc(n_blocks ? n_blocks : 1, 1);
    if (s->state == NULL || s->kind == NULL) {
        hv_snapshot_free(s);
        return false;
    }
    return true;
}

void hv_snapshot_free(hv_snapshot_t *s) {
    free(s->state);
    free(s->kind);
    s->state = s->kind = NULL;
    s->n_blocks = 0;
}

bool hv_snapshot_copy(hv_snapshot_t *dst, const hv_snapshot_t *src) {
    if (!hv_snapshot_init(dst, src->n_blocks, src->pool_start)) {
        return false;
    }
    memcpy(dst->state, src->state, src->n_blocks);
    memcpy(dst->kind, src->kind, src->n_blocks);
    dst->time_us = src->time_us;
    dst->alloc_count = src->alloc_count;
    return true;
}

void hv_snapshot_read_gc(hv_snapshot_t *s) {
    size_t n = gc_num_blocks();
    if (n > s->n_blocks) {
        n = s->n_blocks;
    }
    for (size_t b = 0; b < n; b++) {
        unsigned st = gc_block_state(b);
        s->state[b] = (uint8_t)st;
        s->kind[b] = (st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK) ? (uint8_t)gc_block_kind(b) : 0;
    }
}

bool hv_snapshot_same_blocks(const hv_snapshot_t *a, const hv_snapshot_t *b) {
    return a->n_blocks == b->n_blocks && memcmp(a->state, b->state, a->n_blocks) == 0 &&
           memcmp(a->kind, b->kind, a->n_blocks) == 0;
}

static void set_free(hv_snapshot_t *s, size_t block, size_t n) {
    if (block < s->n_blocks) {
        n = block + n <= s->n_blocks ? n : s->n_blocks - block;
        memset(s->state + block, GC_BLOCK_FREE, n);
        memset(s->kind + block, 0, n);
    }
}

void hv_snapshot_apply(hv_snapshot_t *s, const gc_event_t *ev) {
    size_t b = ev->block;
    size_t n = ev->n_blocks;
    switch (ev->kind) {
        case GC_EVENT_ALLOC:
            if (b >= s->n_blocks || n == 0) {
                return;
            }
            s->state[b] = GC_BLOCK_HEAD;
            s->kind[b] = (uint8_t)ev->obj_kind;
            for (size_t i = b + 1; i < b + n && i < s->n_blocks; i++) {
                s->state[i] = GC_BLOCK_TAIL;
                s->kind[i] = 0;
            }
            break;
        case GC_EVENT_FREE:
        case GC_EVENT_SWEEP_FREE:
            set_free(s, b, n);
            break;
        case GC_EVENT_REALLOC: {
            // n is the new size: grow over free blocks or give back the end.
            if (b >= s->n_blocks || n == 0) {
                return;
            }
            size_t have = hv_snapshot_alloc_blocks(s, b);
            for (size_t i = b + 1; i < b + n && i < s->n_blocks; i++) {
                s->state[i] = GC_BLOCK_TAIL;
                s->kind[i] = 0;
            }
            if (have > n) {
                set_free(s, b + n, have - n);
            }
            break;
        }
        default:
            break;
    }
}

char hv_snapshot_letter(const hv_snapshot_t *s, size_t block) {
    return mps_heapmap_letter(s->state[block], s->kind[block]);
}

size_t hv_snapshot_head_of(const hv_snapshot_t *s, size_t block) {
    if (block >= s->n_blocks || s->state[block] == GC_BLOCK_FREE) {
        return SIZE_MAX;
    }
    while (block > 0 && s->state[block] == GC_BLOCK_TAIL) {
        block--;
    }
    return s->state[block] == GC_BLOCK_TAIL ? SIZE_MAX : block;
}

size_t hv_snapshot_alloc_blocks(const hv_snapshot_t *s, size_t head) {
    size_t n = 1;
    while (head + n < s->n_blocks && s->state[head + n] == GC_BLOCK_TAIL) {
        n++;
    }
    return n;
}

// --- figures --------------------------------------------------------------------------

static void close_alloc(hv_figures_t *f, size_t len) {
    if (len == 1) {
        f->num_1block++;
    } else if (len == 2) {
        f->num_2block++;
    }
    if (len > f->max_block) {
        f->max_block = len;
    }
}

void hv_figures_of(const hv_snapshot_t *s, hv_figures_t *f) {
    memset(f, 0, sizeof(*f));
    f->total = s->n_blocks * HV_BYTES_PER_BLOCK;
    size_t free_run = 0, alloc_len = 0, free_blocks = 0;
    for (size_t b = 0; b < s->n_blocks; b++) {
        unsigned st = s->state[b];
        if (st == GC_BLOCK_FREE) {
            free_blocks++;
            if (free_run++ == 0) {
                f->free_runs++;
            }
            if (free_run > f->max_free) {
                f->max_free = free_run;
            }
        } else {
            free_run = 0;
        }
        if (st == GC_BLOCK_TAIL && alloc_len > 0) {
            alloc_len++;
            continue;
        }
        if (alloc_len > 0) {
            close_alloc(f, alloc_len);
        }
        alloc_len = 0;
        if (st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK) {
            alloc_len = 1;
            f->n_objects++;
            f->kind_objects[s->kind[b]]++;
        }
    }
    if (alloc_len > 0) {
        close_alloc(f, alloc_len);
    }
    f->free = free_blocks * HV_BYTES_PER_BLOCK;
    f->used = f->total - f->free;
    f->fragmentation = free_blocks == 0 ? 0.0 : 1.0 - (double)f->max_free / (double)free_blocks;
}

// --- diffs ----------------------------------------------------------------------------

static bool allocated(const hv_snapshot_t *s, size_t b) {
    return b < s->n_blocks && s->state[b] != GC_BLOCK_FREE;
}

// Same allocation at [b] in both: same head block and the same kind there.
static bool same_alloc(const hv_snapshot_t *a, const hv_snapshot_t *b, size_t block) {
    size_t ha = hv_snapshot_head_of(a, block);
    size_t hb = hv_snapshot_head_of(b, block);
    return ha == hb && a->kind[ha] == b->kind[hb];
}

hv_diff_kind_t hv_diff_block(const hv_snapshot_t *a, const hv_snapshot_t *b, size_t block) {
    bool in_a = allocated(a, block), in_b = allocated(b, block);
    if (!in_a && !in_b) {
        return HV_DIFF_SAME;
    }
    if (!in_a) {
        return HV_DIFF_NEW;
    }
    if (!in_b) {
        return HV_DIFF_GONE;
    }
    // MARK and HEAD are the same allocation seen mid-collection.
    bool head_a = a->state[block] != GC_BLOCK_TAIL, head_b = b->state[block] != GC_BLOCK_TAIL;
    if (head_a != head_b || !same_alloc(a, b, block)) {
        return HV_DIFF_CHANGED;
    }
    return HV_DIFF_SAME;
}

static bool is_head(const hv_snapshot_t *s, size_t b) {
    return b < s->n_blocks && (s->state[b] == GC_BLOCK_HEAD || s->state[b] == GC_BLOCK_MARK);
}

void hv_diff(const hv_snapshot_t *a, const hv_snapshot_t *b, hv_diff_t *d) {
    memset(d, 0, sizeof(*d));
    size_t n = a->n_blocks > b->n_blocks ? a->n_blocks : b->n_blocks;
    for (size_t i = 0; i < n; i++) {
        switch (hv_diff_block(a, b, i)) {
            case HV_DIFF_NEW:
                d->new_blocks++;
                d->used_delta += HV_BYTES_PER_BLOCK;
                break;
            case HV_DIFF_GONE:
                d->gone_blocks++;
                d->used_delta -= HV_BYTES_PER_BLOCK;
                break;
            case HV_DIFF_CHANGED:
                d->changed_blocks++;
                break;
            default:
                break;
        }
        bool ha = is_head(a, i), hb = is_head(b, i);
        bool same_head = ha && hb && a->kind[i] == b->kind[i] &&
                         hv_snapshot_alloc_blocks(a, i) == hv_snapshot_alloc_blocks(b, i);
        if (hb && !same_head) {
            d->new_heads++;
        }
        if (ha && !same_head) {
            d->gone_heads++;
        }
    }
}

// --- the model ------------------------------------------------------------------------

static void tick(hv_model_t *m);

static uint64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t hv_model_clock_us(const hv_model_t *m) {
    return (mono_ns() - m->t0_ns) / 1000u;
}

bool hv_model_init(hv_model_t *m, hv_source_t source, size_t n_blocks, uint64_t pool_start) {
    memset(m, 0, sizeof(*m));
    m->source = source;
    m->interval_ms = HV_INTERVAL_DEFAULT_MS;
    m->t0_ns = mono_ns();
    m->history_cap = HV_HISTORY_DEFAULT;
    m->history = calloc(m->history_cap, sizeof(hv_collection_t));
    if (m->history == NULL || !hv_snapshot_init(&m->snap, n_blocks, pool_start)) {
        hv_model_free(m);
        return false;
    }
    hv_figures_of(&m->snap, &m->fig);
    return true;
}

bool hv_model_init_live(hv_model_t *m) {
    if (!hv_model_init(m, HV_SOURCE_LIVE, gc_num_blocks(), gc_arena_start())) {
        return false;
    }
    hv_snapshot_read_gc(&m->snap);
    hv_figures_of(&m->snap, &m->fig);
    return true;
}

void hv_model_free(hv_model_t *m) {
    if (m->sites != NULL) {
        hv_sites_free(m->sites);
        free(m->sites);
        m->sites = NULL;
    }
    free(m->history);
    m->history = NULL;
    hv_snapshot_free(&m->snap);
    if (m->failure.happened) {
        hv_snapshot_free(&m->failure.snap);
        m->failure.happened = false;
    }
}

bool hv_model_listen(hv_model_t *m, const hv_listener_t *l) {
    if (m->n_listeners == HV_MAX_LISTENERS) {
        return false;
    }
    m->listeners[m->n_listeners++] = *l;
    m->n_event_listeners += l->on_event != NULL;
    return true;
}

void hv_model_unlisten(hv_model_t *m, void *data) {
    size_t j = 0;
    m->n_event_listeners = 0;
    for (size_t i = 0; i < m->n_listeners; i++) {
        if (m->listeners[i].data != data) {
            m->n_event_listeners += m->listeners[i].on_event != NULL;
            m->listeners[j++] = m->listeners[i];
        }
    }
    m->n_listeners = j;
}

// The observer. Allocations and sweeps are most of the events: they are handled here
// without a call when nobody needs to see each event, which keeps the cost per
// allocation to a few stores (see heapviz/bench). Kinds are zero on every non-head
// block, so a new allocation only writes its head's.
static void observe(const gc_event_t *ev, void *data) {
    hv_model_t *m = data;
    size_t b = ev->block, n = ev->n_blocks;
    if (m->n_event_listeners == 0 && m->locator == NULL && b + n <= m->snap.n_blocks && n > 0) {
        if (ev->kind == GC_EVENT_ALLOC) {
            m->snap.state[b] = GC_BLOCK_HEAD;
            m->snap.kind[b] = (uint8_t)ev->obj_kind;
            for (size_t i = 1; i < n; i++) {
                m->snap.state[b + i] = GC_BLOCK_TAIL;
            }
            m->alloc_count++;
            m->event_count++;
            m->dirty = true;
            if (++m->since_clock >= CLOCK_EVERY && !m->collecting) {
                tick(m);
            }
            return;
        }
        if (ev->kind == GC_EVENT_SWEEP_FREE) {
            for (size_t i = 0; i < n; i++) { // most are a block or two: no memset call
                m->snap.state[b + i] = GC_BLOCK_FREE;
            }
            m->snap.kind[b] = 0;
            m->event_count++;
            return;
        }
    }
    hv_model_event(m, ev);
}

void hv_model_attach(hv_model_t *m) {
    gc_set_observer(observe, m);
}

void hv_model_detach(hv_model_t *m) {
    gc_set_observer(NULL, NULL);
}

// Re-reads the heap (live) and recomputes the figures.
// The caller has set now_us.
static void update(hv_model_t *m) {
    if (m->source == HV_SOURCE_LIVE) {
        hv_snapshot_read_gc(&m->snap);
    }
    m->snap.time_us = m->now_us;
    m->snap.alloc_count = m->alloc_count;
    hv_figures_of(&m->snap, &m->fig);
    m->last_refresh_us = m->now_us;
    m->dirty = false;
}

static void notify_frame(hv_model_t *m, hv_frame_reason_t why) {
    for (size_t i = 0; i < m->n_listeners; i++) {
        if (m->listeners[i].on_frame != NULL) {
            m->listeners[i].on_frame(m, why, m->listeners[i].data);
        }
    }
}

void hv_model_refresh(hv_model_t *m, hv_frame_reason_t why) {
    if (m->source == HV_SOURCE_LIVE) {
        m->now_us = hv_model_clock_us(m);
    }
    update(m);
    notify_frame(m, why);
}

void hv_model_poll(hv_model_t *m) {
    if (m->dirty && !m->collecting) {
        hv_model_refresh(m, HV_FRAME_POLL);
    }
}

void hv_model_push_history(hv_model_t *m, const hv_collection_t *c) {
    m->history[m->history_len % m->history_cap] = *c;
    m->history_len++;
}

size_t hv_model_history_count(const hv_model_t *m) {
    return m->history_len < m->history_cap ? (size_t)m->history_len : m->history_cap;
}

const hv_collection_t *hv_model_history_at(const hv_model_t *m, size_t i) {
    uint64_t first = m->history_len - hv_model_history_count(m);
    return &m->history[(first + i) % m->history_cap];
}

static void record_failure(hv_model_t *m, const gc_event_t *ev) {
    hv_failure_t *f = &m->failure;
    if (f->happened) {
        hv_snapshot_free(&f->snap);
    }
    f->happened = hv_snapshot_copy(&f->snap, &m->snap);
    f->requested_blocks = (uint32_t)ev->n_blocks;
    f->max_free = (uint32_t)m->fig.max_free;
    f->free_bytes = (uint32_t)m->fig.free;
    f->kind = ev->obj_kind;
    f->alloc_count = m->alloc_count;
    f->time_us = m->now_us;
}

// Asks the locator where the allocation at [block] comes from.
static void locate(hv_model_t *m, size_t block) {
    const char *file;
    unsigned line;
    m->last_site = 0;
    m->last_site_new = false;
    if (m->locator(&file, &line) && file != NULL) {
        m->last_site = hv_sites_intern(m->sites, file, line, &m->last_site_new);
    }
    if (block < m->sites->n_blocks) {
        m->sites->of_block[block] = m->last_site;
    }
}

bool hv_model_track_sites(hv_model_t *m, hv_locator_fun_t locator) {
    if (m->sites == NULL) {
        m->sites = malloc(sizeof(hv_sites_t));
        if (m->sites == NULL || !hv_sites_init(m->sites, m->snap.n_blocks)) {
            free(m->sites);
            m->sites = NULL;
            return false;
        }
    }
    m->locator = locator;
    return true;
}

const char *hv_model_site_of(const hv_model_t *m, size_t head, unsigned *line) {
    if (m->sites == NULL || head >= m->sites->n_blocks) {
        return NULL;
    }
    return hv_sites_where(m->sites, m->sites->of_block[head], line);
}

// Free blocks and the longest run of them, for the history at each collection: a
// word at a time where the map is free, since this runs at every collection.
static void free_scan(const hv_snapshot_t *s, size_t *free_blocks, size_t *max_run) {
    size_t n = s->n_blocks, total = 0, best = 0, run = 0, b = 0;
    while (b < n) {
        uint64_t w;
        if (b + 8 <= n && (memcpy(&w, s->state + b, 8), w == 0)) {
            run += 8;
            total += 8;
            b += 8;
            continue;
        }
        if (s->state[b] == GC_BLOCK_FREE) {
            run++;
            total++;
        } else {
            best = run > best ? run : best;
            run = 0;
        }
        b++;
    }
    *free_blocks = total;
    *max_run = run > best ? run : best;
}

static void collection_end(hv_model_t *m, const gc_event_t *ev) {
    size_t free_blocks, max_run;
    free_scan(&m->snap, &free_blocks, &max_run);
    hv_collection_t c = {
        .time_us = m->now_us,
        .alloc_count = m->alloc_count,
        .freed_heads = (uint32_t)ev->n_blocks,
        .free_bytes = (uint32_t)(free_blocks * HV_BYTES_PER_BLOCK),
        .max_free = (uint32_t)max_run,
    };
    hv_model_push_history(m, &c);
    // Collections can come every fraction of a millisecond: a frame for each only when
    // asked (stepping from collection to collection), else within the throttle.
    if (m->frame_every_collect || m->now_us - m->last_refresh_us >= (uint64_t)m->interval_ms * 1000u) {
        update(m);
        notify_frame(m, HV_FRAME_COLLECT);
    }
}

void hv_model_event(hv_model_t *m, const gc_event_t *ev) {
    m->event_count++;
    m->dirty = true;
    hv_snapshot_apply(&m->snap, ev);
    switch (ev->kind) {
        case GC_EVENT_ALLOC:
            m->alloc_count++;
            if (m->locator != NULL) {
                locate(m, ev->block);
            }
            break;
        case GC_EVENT_FREE:
            m->free_count++;
            break;
        case GC_EVENT_COLLECT_START:
            m->collecting = true;
            break;
        case GC_EVENT_COLLECT_END:
            m->collecting = false;
            m->collect_count++;
            m->has_last_collect = true;
            m->last_freed = (uint32_t)ev->n_blocks;
            break;
        default:
            break;
    }
    bool rare = ev->kind == GC_EVENT_COLLECT_END || ev->kind == GC_EVENT_ALLOC_FAIL;
    if (rare && m->source == HV_SOURCE_LIVE) {
        m->now_us = hv_model_clock_us(m); // a recorder writes this time before the event
    }
    // Listeners see the event before any frame it causes, so that a recording has the
    // event first and the snapshot after it.
    if (m->n_event_listeners > 0) {
        for (size_t i = 0; i < m->n_listeners; i++) {
            if (m->listeners[i].on_event != NULL) {
                m->listeners[i].on_event(m, ev, m->listeners[i].data);
            }
        }
    }
    if (rare) {
        if (ev->kind == GC_EVENT_COLLECT_END) {
            collection_end(m, ev);
        } else {
            update(m);
            record_failure(m, ev);
            notify_frame(m, HV_FRAME_FAIL);
        }
        return;
    }
    if (m->source == HV_SOURCE_LIVE && !m->collecting && ++m->since_clock >= CLOCK_EVERY) {
        tick(m);
    }
}

// Every CLOCK_EVERY events: a frame if the throttle interval has passed.
static void tick(hv_model_t *m) {
    m->since_clock = 0;
    if (m->source == HV_SOURCE_LIVE &&
        hv_model_clock_us(m) - m->last_refresh_us >= (uint64_t)m->interval_ms * 1000u) {
        hv_model_refresh(m, HV_FRAME_TICK);
    }
}

void hv_model_load_snapshot(hv_model_t *m, const hv_snapshot_t *s) {
    size_t n = s->n_blocks < m->snap.n_blocks ? s->n_blocks : m->snap.n_blocks;
    memcpy(m->snap.state, s->state, n);
    memcpy(m->snap.kind, s->kind, n);
    m->now_us = s->time_us;
    hv_model_refresh(m, HV_FRAME_SNAPSHOT);
}

// --- kind names -----------------------------------------------------------------------

static const char *const kind_names[] = {
#define KIND_NAME(name) [MPS_TYPE_IDX_##name] = #name,
    MPS_TYPE_LIST(KIND_NAME)
#undef KIND_NAME
};

const char *hv_kind_name(unsigned kind, char *buf, size_t len) {
    if (kind == MPS_KIND_RAW) {
        return "raw";
    }
    if (kind == MPS_KIND_INSTANCE) {
        return "instance";
    }
    if (kind < sizeof(kind_names) / sizeof(kind_names[0]) && kind_names[kind] != NULL) {
        return kind_names[kind];
    }
    snprintf(buf, len, "%s type %u", kind >= MPS_TYPE_IDX_PORT_FIRST ? "port" : "core", kind);
    return buf;
}
