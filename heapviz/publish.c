// SPDX-License-Identifier: MIT
// The shared-memory channel of `heapviz attach` (layout in heapviz/publish.h).

#include "heapviz/publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

// Where Linux keeps POSIX shared-memory objects, to find publishers by name.
#define SHM_DIR "/dev/shm"

typedef struct {
    hv_shm_header_t *h;
    hv_collection_t *history;
    uint8_t *state, *kind, *fail_state, *fail_kind;
} shm_parts_t;

static size_t shm_size(size_t n_blocks, size_t history_cap) {
    return sizeof(hv_shm_header_t) + history_cap * sizeof(hv_collection_t) + 4 * n_blocks;
}

static shm_parts_t parts_of(void *map) {
    shm_parts_t p;
    p.h = map;
    p.history = (hv_collection_t *)((char *)map + sizeof(hv_shm_header_t));
    p.state = (uint8_t *)(p.history + p.h->history_cap);
    p.kind = p.state + p.h->n_blocks;
    p.fail_state = p.kind + p.h->n_blocks;
    p.fail_kind = p.fail_state + p.h->n_blocks;
    return p;
}

// --- writer -----------------------------------------------------------------------------

// The name to remove if the process exits without hv_publish_close (exit() from deep
// inside the program): a process-wide fact, so it lives here.
static char exit_unlink[48];

static void unlink_at_exit(void) {
    if (exit_unlink[0] != '\0') {
        shm_unlink(exit_unlink);
    }
}

static void publish_frame(hv_model_t *m, hv_frame_reason_t why, void *data) {
    hv_publisher_t *pub = data;
    shm_parts_t p = parts_of(pub->map);
    hv_shm_header_t *h = p.h;
    __atomic_store_n(&h->seq, h->seq + 1, __ATOMIC_RELAXED);
    __atomic_thread_fence(__ATOMIC_RELEASE);
    memcpy(p.state, m->snap.state, h->n_blocks);
    memcpy(p.kind, m->snap.kind, h->n_blocks);
    // Only the collections since the last frame: the ring is long.
    uint64_t first = pub->history_done;
    if (m->history_len - first > h->history_cap) {
        first = m->history_len - h->history_cap;
    }
    for (uint64_t i = first; i < m->history_len; i++) {
        p.history[i % h->history_cap] = m->history[i % m->history_cap];
    }
    pub->history_done = m->history_len;
    if (m->failure.happened && pub->fail_done != m->failure.alloc_count + 1) {
        memcpy(p.fail_state, m->failure.snap.state, h->n_blocks);
        memcpy(p.fail_kind, m->failure.snap.kind, h->n_blocks);
        pub->fail_done = m->failure.alloc_count + 1;
    }
    h->frames++;
    h->time_us = m->now_us;
    h->event_count = m->event_count;
    h->alloc_count = m->alloc_count;
    h->free_count = m->free_count;
    h->collect_count = m->collect_count;
    h->history_len = m->history_len;
    h->has_last_collect = m->has_last_collect;
    h->last_freed = m->last_freed;
    h->fail_happened = m->failure.happened;
    h->fail_requested = m->failure.requested_blocks;
    h->fail_max_free = m->failure.max_free;
    h->fail_free_bytes = m->failure.free_bytes;
    h->fail_kind = m->failure.kind;
    h->fail_alloc_count = m->failure.alloc_count;
    h->fail_time_us = m->failure.time_us;
    __atomic_thread_fence(__ATOMIC_RELEASE);
    __atomic_store_n(&h->seq, h->seq + 1, __ATOMIC_RELAXED);
}

bool hv_publish_open(hv_publisher_t *p, hv_model_t *m, char *err, size_t errlen) {
    memset(p, 0, sizeof(*p));
    snprintf(p->name, sizeof(p->name), HV_SHM_PREFIX "%u", (unsigned)getpid());
    p->model = m;
    p->size = shm_size(m->snap.n_blocks, m->history_cap);
    int fd = shm_open(p->name, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        snprintf(err, errlen, "heapviz: cannot create the shared memory %s: %s", p->name, strerror(errno));
        return false;
    }
    if (ftruncate(fd, (off_t)p->size) != 0) {
        snprintf(err, errlen, "heapviz: cannot size the shared memory %s: %s", p->name, strerror(errno));
        close(fd);
        shm_unlink(p->name);
        return false;
    }
    p->map = mmap(NULL, p->size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (p->map == MAP_FAILED) {
        snprintf(err, errlen, "heapviz: cannot map the shared memory %s: %s", p->name, strerror(errno));
        shm_unlink(p->name);
        return false;
    }
    hv_shm_header_t *h = p->map;
    memcpy(h->magic, HV_SHM_MAGIC, sizeof(HV_SHM_MAGIC));
    h->version = HV_SHM_VERSION;
    h->header_size = sizeof(hv_shm_header_t);
    h->pid = (uint32_t)getpid();
    h->bytes_per_block = HV_BYTES_PER_BLOCK;
    h->n_blocks = (uint32_t)m->snap.n_blocks;
    h->history_cap = (uint32_t)m->history_cap;
    h->pool_start = m->snap.pool_start;
    hv_listener_t l = {.on_frame = publish_frame, .data = p};
    if (!hv_model_listen(m, &l)) {
        snprintf(err, errlen, "heapviz: too many listeners on the heap model");
        hv_publish_close(p);
        return false;
    }
    publish_frame(m, HV_FRAME_POLL, p);
    static bool registered;
    if (!registered) {
        registered = atexit(unlink_at_exit) == 0;
    }
    memcpy(exit_unlink, p->name, sizeof(exit_unlink));
    return true;
}

void hv_publish_close(hv_publisher_t *p) {
    if (p->map == NULL) {
        return;
    }
    hv_model_unlisten(p->model, p);
    ((hv_shm_header_t *)p->map)->closed = 1;
    munmap(p->map, p->size);
    shm_unlink(p->name);
    exit_unlink[0] = '\0';
    p->map = NULL;
}

// --- reader -----------------------------------------------------------------------------

static bool process_exists(unsigned pid) {
    return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

// The pid of the only live publisher; 0 with a message otherwise.
static unsigned find_publisher(char *err, size_t errlen) {
    DIR *d = opendir(SHM_DIR);
    unsigned found = 0, n = 0;
    char list[128] = "";
    if (d != NULL) {
        size_t prefix = strlen(HV_SHM_PREFIX) - 1; // without the leading '/'
        for (struct dirent *e; (e = readdir(d)) != NULL;) {
            if (strncmp(e->d_name, HV_SHM_PREFIX + 1, prefix) != 0) {
                continue;
            }
            unsigned pid = (unsigned)strtoul(e->d_name + prefix, NULL, 10);
            if (pid == 0 || !process_exists(pid)) {
                continue;
            }
            found = pid;
            n++;
            size_t len = strlen(list);
            snprintf(list + len, sizeof(list) - len, " %u", pid);
        }
        closedir(d);
    }
    if (n == 1) {
        return found;
    }
    if (n == 0) {
        snprintf(err, errlen,
                 "heapviz: no interpreter is publishing its heap; start one with "
                 "`micropython -X heapviz=publish` (then attach from here)");
    } else {
        snprintf(err, errlen, "heapviz: several interpreters publish their heap (pids%s); say which: "
                 "heapviz attach PID", list);
    }
    return 0;
}

bool hv_subscribe_open(hv_subscriber_t *s, unsigned pid, char *err, size_t errlen) {
    memset(s, 0, sizeof(*s));
    if (pid == 0 && (pid = find_publisher(err, errlen)) == 0) {
        return false;
    }
    s->pid = pid;
    snprintf(s->name, sizeof(s->name), HV_SHM_PREFIX "%u", pid);
    int fd = shm_open(s->name, O_RDONLY, 0);
    if (fd < 0) {
        snprintf(err, errlen, "heapviz: interpreter %u does not publish its heap (%s: %s); start it "
                 "with -X heapviz=publish", pid, s->name, strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(hv_shm_header_t)) {
        snprintf(err, errlen, "heapviz: %s is not a heapviz channel", s->name);
        close(fd);
        return false;
    }
    s->size = (size_t)st.st_size;
    s->map = mmap(NULL, s->size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (s->map == MAP_FAILED) {
        s->map = NULL;
        snprintf(err, errlen, "heapviz: cannot map %s: %s", s->name, strerror(errno));
        return false;
    }
    const hv_shm_header_t *h = s->map;
    if (memcmp(h->magic, HV_SHM_MAGIC, sizeof(HV_SHM_MAGIC)) != 0 || h->version != HV_SHM_VERSION ||
        h->header_size != sizeof(hv_shm_header_t) || h->bytes_per_block != HV_BYTES_PER_BLOCK ||
        s->size < shm_size(h->n_blocks, h->history_cap)) {
        snprintf(err, errlen, "heapviz: %s was written by a different heapviz (version %u); "
                 "use the heapviz of that interpreter's build", s->name, (unsigned)h->version);
        hv_subscribe_close(s);
        return false;
    }
    if (!process_exists(pid)) {
        snprintf(err, errlen, "heapviz: interpreter %u has exited (its channel %s was left behind)", pid,
                 s->name);
        hv_subscribe_close(s);
        return false;
    }
    s->history_tmp = calloc(h->history_cap ? h->history_cap : 1, sizeof(hv_collection_t));
    if (s->history_tmp == NULL || !hv_snapshot_init(&s->tmp, h->n_blocks, h->pool_start) ||
        !hv_snapshot_init(&s->fail_tmp, h->n_blocks, h->pool_start)) {
        snprintf(err, errlen, "heapviz: out of memory");
        hv_subscribe_close(s);
        return false;
    }
    s->last_seq = UINT32_MAX;
    return true;
}

bool hv_subscribe_init_model(const hv_subscriber_t *s, hv_model_t *m) {
    const hv_shm_header_t *h = s->map;
    if (!hv_model_init(m, HV_SOURCE_EVENTS, h->n_blocks, h->pool_start)) {
        return false;
    }
    return true;
}

bool hv_subscribe_update(hv_subscriber_t *s, hv_model_t *m) {
    shm_parts_t p = parts_of((void *)s->map);
    uint32_t seq = __atomic_load_n(&p.h->seq, __ATOMIC_ACQUIRE);
    if ((seq & 1) != 0 || seq == s->last_seq) {
        return false;
    }
    hv_shm_header_t h;
    memcpy(&h, p.h, sizeof(h));
    memcpy(s->tmp.state, p.state, h.n_blocks);
    memcpy(s->tmp.kind, p.kind, h.n_blocks);
    uint64_t first = s->history_done;
    if (h.history_len - first > h.history_cap) {
        first = h.history_len - h.history_cap;
    }
    size_t n_new = (size_t)(h.history_len - first);
    for (size_t i = 0; i < n_new; i++) {
        s->history_tmp[i] = p.history[(first + i) % h.history_cap];
    }
    bool new_fail = h.fail_happened && s->fail_done != h.fail_alloc_count + 1;
    if (new_fail) {
        memcpy(s->fail_tmp.state, p.fail_state, h.n_blocks);
        memcpy(s->fail_tmp.kind, p.fail_kind, h.n_blocks);
    }
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    if (__atomic_load_n(&p.h->seq, __ATOMIC_RELAXED) != seq) {
        return false; // torn: the next poll will get it
    }
    s->last_seq = seq;
    s->history_done = h.history_len;
    for (size_t i = 0; i < n_new; i++) {
        hv_model_push_history(m, &s->history_tmp[i]);
    }
    if (new_fail) {
        s->fail_done = h.fail_alloc_count + 1;
        hv_failure_t *f = &m->failure;
        if (f->happened) {
            hv_snapshot_free(&f->snap);
        }
        f->happened = hv_snapshot_copy(&f->snap, &s->fail_tmp);
        f->requested_blocks = h.fail_requested;
        f->max_free = h.fail_max_free;
        f->free_bytes = h.fail_free_bytes;
        f->kind = h.fail_kind;
        f->alloc_count = h.fail_alloc_count;
        f->time_us = h.fail_time_us;
    }
    m->event_count = h.event_count;
    m->alloc_count = h.alloc_count;
    m->free_count = h.free_count;
    m->collect_count = h.collect_count;
    m->has_last_collect = h.has_last_collect;
    m->last_freed = h.last_freed;
    s->tmp.time_us = h.time_us;
    hv_model_load_snapshot(m, &s->tmp);
    return true;
}

bool hv_subscribe_closed(const hv_subscriber_t *s) {
    const hv_shm_header_t *h = s->map;
    return __atomic_load_n(&h->closed, __ATOMIC_ACQUIRE) != 0 || !process_exists(s->pid);
}

void hv_subscribe_close(hv_subscriber_t *s) {
    if (s->map != NULL) {
        munmap((void *)s->map, s->size);
    }
    s->map = NULL;
    free(s->history_tmp);
    s->history_tmp = NULL;
    hv_snapshot_free(&s->tmp);
    hv_snapshot_free(&s->fail_tmp);
}
