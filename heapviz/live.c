// SPDX-License-Identifier: MIT
// heapviz inside the interpreter (heapviz/heapviz.h): one live model on the heap
// observer, with a front-end, a recording and/or the attach channel listening to it.

#include "heapviz/heapviz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/gc.h"
#include "heapviz/export.h"
#include "heapviz/frontend.h"
#include "heapviz/model.h"
#include "heapviz/publish.h"
#include "heapviz/record.h"
#include "heapviz/render_text.h"

// How long a paused view waits for a key before looking again.
#define PAUSED_POLL_MS (100)

const char heapviz_help[] =
    "  heapviz=FRONTEND[,opt...]   -- watch the heap: curses, sdl, publish (for heapviz attach)\n"
    "                                 or none; opts: record=FILE publish interval=MS dump\n"
    "                                 pausefail hold nohold tty=PATH where\n";

// The process has one heap, so one session: it lives here rather than in mps_state
// because the core knows nothing of heapviz.
typedef struct {
    bool active;
    hv_model_t model;
    hv_view_t view;
    const hv_frontend_class_t *cls;
    hv_frontend_t *fe;
    hv_recorder_t rec;
    bool recording;
    hv_publisher_t pub;
    bool publishing;
    bool dump;
    bool hold;
    bool where;
} session_t;

static session_t session;
// Set by the port before or after heapviz_start; kept across sessions.
static hv_locator_fun_t locator;

void heapviz_set_locator(hv_locator_fun_t fun) {
    locator = fun;
    if (session.active && session.where) {
        hv_model_track_sites(&session.model, fun);
    }
}

static void close_frontend(session_t *s) {
    if (s->fe != NULL) {
        s->cls->close(s->fe);
        s->fe = NULL;
    }
}

// Acts on what a key asked for; false when the view was closed.
static bool act(session_t *s, hv_action_t a) {
    switch (a) {
        case HV_ACT_QUIT:
            close_frontend(s);
            fprintf(stderr, "heapviz: view closed; the program goes on\n");
            return false;
        case HV_ACT_EXPORT_PNG:
        case HV_ACT_EXPORT_TEXT:
            hv_export_key(&s->model, &s->view, a == HV_ACT_EXPORT_PNG);
            return true;
        default:
            return true;
    }
}

// Draws, reads keys, and while paused keeps the program waiting here (the frame comes
// from inside the allocator, so the program is stopped between two allocations).
static void show(session_t *s, hv_frame_reason_t why) {
    hv_model_t *m = &s->model;
    hv_view_frame(&s->view, why);
    s->cls->draw(s->fe, m, &s->view);
    hv_action_t a = s->cls->input(s->fe, m, &s->view, 0);
    if (!act(s, a)) {
        return;
    }
    while (s->view.paused) {
        if (a != HV_ACT_NONE) {
            s->cls->draw(s->fe, m, &s->view);
        }
        a = s->cls->input(s->fe, m, &s->view, PAUSED_POLL_MS);
        if (!act(s, a)) {
            return;
        }
    }
    if (a != HV_ACT_NONE) {
        s->cls->draw(s->fe, m, &s->view);
    }
    m->frame_every_collect = s->view.step; // so that the step ends at the next one
}

static void on_frame(hv_model_t *m, hv_frame_reason_t why, void *data) {
    session_t *s = data;
    if (why == HV_FRAME_FAIL && s->dump) {
        hv_render_text_failure(&m->failure, stderr);
    }
    if (s->fe != NULL) {
        show(s, why);
    }
}

// Parses one option of the spec; false with a message for a bad one.
static bool option(session_t *s, const char *opt, const char **record, const char **tty, bool *publish,
                   char *err, size_t errlen) {
    if (strncmp(opt, "record=", 7) == 0 && opt[7] != '\0') {
        *record = opt + 7;
    } else if (strcmp(opt, "publish") == 0) {
        *publish = true;
    } else if (strncmp(opt, "interval=", 9) == 0) {
        char *end;
        long ms = strtol(opt + 9, &end, 10);
        if (*end != '\0' || ms < 0 || ms > 60000) {
            snprintf(err, errlen, "heapviz: bad interval '%s' (milliseconds, 0 to 60000)", opt + 9);
            return false;
        }
        s->model.interval_ms = (uint32_t)ms;
    } else if (strcmp(opt, "dump") == 0) {
        s->dump = true;
    } else if (strcmp(opt, "pausefail") == 0) {
        s->view.pause_on_fail = true;
    } else if (strcmp(opt, "hold") == 0 || strcmp(opt, "nohold") == 0) {
        s->hold = opt[0] == 'h';
    } else if (strcmp(opt, "where") == 0) {
        s->where = true;
    } else if (strncmp(opt, "tty=", 4) == 0 && opt[4] != '\0') {
        *tty = opt + 4;
    } else {
        snprintf(err, errlen,
                 "heapviz: unknown option '%s' (record=FILE, publish, interval=MS, dump, pausefail, "
                 "hold, nohold, tty=PATH, where)",
                 opt);
        return false;
    }
    return true;
}

bool heapviz_start(const char *spec, char *err, size_t errlen) {
    session_t *s = &session;
    if (s->active) {
        snprintf(err, errlen, "heapviz: already started");
        return false;
    }
    if (gc_num_blocks() == 0) {
        snprintf(err, errlen, "heapviz: the heap is not set up yet (start heapviz after gc_init)");
        return false;
    }
    char buf[512];
    if (strlen(spec) >= sizeof(buf)) {
        snprintf(err, errlen, "heapviz: option too long");
        return false;
    }
    strcpy(buf, spec);
    memset(s, 0, sizeof(*s));
    hv_view_init(&s->view);
    if (!hv_model_init_live(&s->model)) {
        snprintf(err, errlen, "heapviz: out of memory for the heap model");
        return false;
    }
    char *save = NULL;
    const char *front = strtok_r(buf, ",", &save);
    const char *record = NULL, *tty = "/dev/tty";
    bool publish = false;
    if (front == NULL) {
        snprintf(err, errlen, "heapviz: say which front-end: -X heapviz=curses|sdl|publish|none");
        goto fail;
    }
    s->hold = strcmp(front, "curses") == 0 || strcmp(front, "sdl") == 0;
    for (const char *opt; (opt = strtok_r(NULL, ",", &save)) != NULL;) {
        if (!option(s, opt, &record, &tty, &publish, err, errlen)) {
            goto fail;
        }
    }
    if (s->where && locator == NULL) {
        snprintf(err, errlen, "heapviz: this interpreter cannot tell where objects are allocated "
                 "(no locator), so 'where' is not available");
        goto fail;
    }
    if (s->where && !hv_model_track_sites(&s->model, locator)) {
        snprintf(err, errlen, "heapviz: out of memory for allocation sites");
        goto fail;
    }
    if (strcmp(front, "publish") == 0) {
        publish = true;
    } else if (strcmp(front, "none") != 0) {
        s->cls = hv_frontend_find(front, err, errlen);
        if (s->cls == NULL) {
            goto fail;
        }
        hv_frontend_opts_t fo = {.title = "mpsim heapviz", .tty = tty};
        s->fe = s->cls->open(&fo, err, errlen);
        if (s->fe == NULL) {
            goto fail;
        }
    }
    if (record != NULL) {
        if (!hv_recorder_open(&s->rec, record, &s->model, err, errlen)) {
            goto fail;
        }
        s->recording = true;
    }
    if (publish) {
        if (!hv_publish_open(&s->pub, &s->model, err, errlen)) {
            goto fail;
        }
        s->publishing = true;
    }
    hv_listener_t l = {.on_frame = on_frame, .data = s};
    hv_model_listen(&s->model, &l);
    hv_model_attach(&s->model);
    s->active = true;
    if (s->fe != NULL) {
        show(s, HV_FRAME_POLL);
    }
    return true;
fail:
    if (s->recording) {
        hv_recorder_close(&s->rec);
    }
    close_frontend(s);
    hv_model_free(&s->model);
    memset(s, 0, sizeof(*s));
    return false;
}

void heapviz_poll(void) {
    if (session.active) {
        hv_model_poll(&session.model);
    }
}

bool heapviz_active(void) {
    return session.active;
}

void heapviz_stop(void) {
    session_t *s = &session;
    if (!s->active) {
        return;
    }
    hv_model_detach(&s->model);
    hv_model_refresh(&s->model, HV_FRAME_POLL);
    if (s->fe != NULL && s->hold && s->cls->interactive(s->fe)) {
        s->view.paused = true;
        snprintf(s->view.message, sizeof(s->view.message), "the program has finished: q closes the view");
        while (s->fe != NULL) {
            s->cls->draw(s->fe, &s->model, &s->view);
            hv_action_t a = s->cls->input(s->fe, &s->model, &s->view, PAUSED_POLL_MS * 5);
            if (a == HV_ACT_QUIT) {
                break;
            }
            act(s, a);
        }
    }
    close_frontend(s);
    if (s->recording && !hv_recorder_close(&s->rec)) {
        fprintf(stderr, "heapviz: the recording could not be written completely\n");
    }
    if (s->publishing) {
        hv_publish_close(&s->pub);
    }
    hv_model_free(&s->model);
    memset(s, 0, sizeof(*s));
}
