// SPDX-License-Identifier: MIT
// The `heapviz` command: replay a recording, export its frames, diff two of them, or
// attach to an interpreter that publishes its heap.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "heapviz/export.h"
#include "heapviz/frontend.h"
#include "heapviz/model.h"
#include "heapviz/publish.h"
#include "heapviz/record.h"
#include "heapviz/render_text.h"

#define EXIT_USAGE (2)
// Replay shows at most this long between two frames, whatever the recording says.
#define MAX_FRAME_GAP_MS (250)
// How often attach looks at the channel.
#define ATTACH_POLL_MS (50)

static void usage(FILE *f) {
    fprintf(f,
            "usage: heapviz replay FILE [--curses|--sdl] [--speed X]\n"
            "       heapviz export FILE [--frame N] [--failure] [--zoom Z] (--png OUT | --text OUT)\n"
            "       heapviz diff FILE --frame A --frame B\n"
            "       heapviz info FILE\n"
            "       heapviz attach [PID] [--curses|--sdl]\n"
            "Recordings come from `micropython -X heapviz=none,record=FILE script.py`; attach to an\n"
            "interpreter started with `micropython -X heapviz=publish`. Front-ends in this build: %s.\n",
            hv_frontend_available());
}

typedef struct {
    const char *file;
    const char *frontend;
    const char *png, *text;
    long frames[2];
    int n_frames;
    int zoom;
    bool failure;
    double speed;
    unsigned pid;
} args_t;

static bool parse(int argc, char **argv, int first, args_t *a) {
    *a = (args_t){.frames = {-1, -1}, .zoom = 2, .speed = 1.0};
    for (int i = first; i < argc; i++) {
        const char *s = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(s, "--curses") == 0 || strcmp(s, "--sdl") == 0) {
            a->frontend = s + 2;
        } else if (strcmp(s, "--frame") == 0 && next && a->n_frames < 2) {
            a->frames[a->n_frames++] = strtol(next, NULL, 10);
            i++;
        } else if (strcmp(s, "--png") == 0 && next) {
            a->png = argv[++i];
        } else if (strcmp(s, "--text") == 0 && next) {
            a->text = argv[++i];
        } else if (strcmp(s, "--zoom") == 0 && next) {
            a->zoom = atoi(argv[++i]);
        } else if (strcmp(s, "--speed") == 0 && next) {
            a->speed = atof(argv[++i]);
        } else if (strcmp(s, "--failure") == 0) {
            a->failure = true;
        } else if (s[0] != '-' && a->file == NULL) {
            a->file = s;
        } else {
            fprintf(stderr, "heapviz: unexpected argument '%s'\n", s);
            return false;
        }
    }
    return true;
}

static const hv_frontend_class_t *pick_frontend(const args_t *a) {
    char err[256];
    const char *name = a->frontend;
    if (name == NULL) {
        name = HV_HAVE_CURSES ? "curses" : "sdl";
    }
    const hv_frontend_class_t *cls = hv_frontend_find(name, err, sizeof(err));
    if (cls == NULL) {
        fprintf(stderr, "%s\n", err);
    }
    return cls;
}

static hv_frontend_t *open_frontend(const hv_frontend_class_t *cls, const char *title) {
    char err[256];
    hv_frontend_opts_t fo = {.title = title, .tty = NULL};
    hv_frontend_t *fe = cls->open(&fo, err, sizeof(err));
    if (fe == NULL) {
        fprintf(stderr, "%s\n", err);
    }
    return fe;
}

static bool open_recording(const char *file, hv_reader_t *r, hv_model_t *m) {
    char err[256];
    if (file == NULL) {
        fprintf(stderr, "heapviz: which recording?\n");
        return false;
    }
    if (!hv_reader_open(r, file, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return false;
    }
    if (!hv_reader_init_model(r, m)) {
        fprintf(stderr, "heapviz: out of memory\n");
        hv_reader_close(r);
        return false;
    }
    return true;
}

static int cmd_info(const args_t *a) {
    hv_reader_t r;
    hv_model_t m;
    if (!open_recording(a->file, &r, &m)) {
        return 1;
    }
    hv_rec_t k;
    while ((k = hv_reader_step(&r, &m)) != HV_REC_END && k != HV_REC_ERROR) {
    }
    printf("recording version %u, %u blocks from %08lx\n", (unsigned)r.version, (unsigned)r.n_blocks,
           (unsigned long)r.pool_start);
    printf("frames %zu, events %llu, allocations %llu, collections %llu, failed allocations: %s\n",
           r.n_frames,
           (unsigned long long)m.event_count, (unsigned long long)m.alloc_count,
           (unsigned long long)m.collect_count, m.failure.happened ? "yes" : "none");
    printf("frames that disagree with the events before them: %zu%s\n", r.mismatches,
           r.truncated ? " (the last record is truncated)" : "");
    if (k == HV_REC_ERROR) {
        fprintf(stderr, "heapviz: %s\n", r.err);
    }
    hv_model_free(&m);
    hv_reader_close(&r);
    return k == HV_REC_ERROR ? 1 : 0;
}

// Goes to frame [n] (negative: the last one).
static bool goto_frame(hv_reader_t *r, hv_model_t *m, long n) {
    size_t f = n < 0 ? (r->n_frames ? r->n_frames - 1 : 0) : (size_t)n;
    if (!hv_reader_goto_frame(r, m, f)) {
        fprintf(stderr, "heapviz: no frame %ld (the recording has %zu, numbered from 0)\n", n, r->n_frames);
        return false;
    }
    return true;
}

static int cmd_export(const args_t *a) {
    if (a->png == NULL && a->text == NULL) {
        fprintf(stderr, "heapviz: export needs --png OUT or --text OUT\n");
        return EXIT_USAGE;
    }
    hv_reader_t r;
    hv_model_t m;
    if (!open_recording(a->file, &r, &m)) {
        return 1;
    }
    int status = 0;
    char err[256];
    hv_view_t v;
    hv_view_init(&v);
    v.zoom = a->zoom;
    v.show_failure = a->failure;
    if (!goto_frame(&r, &m, a->frames[0])) {
        status = 1;
    } else if (a->failure && !m.failure.happened) {
        fprintf(stderr, "heapviz: no allocation failed up to that frame\n");
        status = 1;
    } else {
        if (a->png && !hv_export_png(&m, &v, a->png, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            status = 1;
        }
        if (a->text && !hv_export_text(&m, &v, a->text, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            status = 1;
        }
    }
    hv_model_free(&m);
    hv_reader_close(&r);
    return status;
}

static int cmd_diff(const args_t *a) {
    if (a->n_frames != 2) {
        fprintf(stderr, "heapviz: diff needs --frame A --frame B\n");
        return EXIT_USAGE;
    }
    hv_reader_t r;
    hv_model_t m;
    if (!open_recording(a->file, &r, &m)) {
        return 1;
    }
    hv_snapshot_t first;
    int status = 1;
    if (goto_frame(&r, &m, a->frames[0]) && hv_snapshot_copy(&first, &m.snap)) {
        if (goto_frame(&r, &m, a->frames[1])) {
            hv_render_text_diff(&first, &m.snap, stdout);
            status = 0;
        }
        hv_snapshot_free(&first);
    }
    hv_model_free(&m);
    hv_reader_close(&r);
    return status;
}

// Plays the recording frame by frame, at its own pace times [speed].
static int cmd_replay(const args_t *a) {
    const hv_frontend_class_t *cls = pick_frontend(a);
    hv_reader_t r;
    hv_model_t m;
    if (cls == NULL || !open_recording(a->file, &r, &m)) {
        return 1;
    }
    hv_frontend_t *fe = open_frontend(cls, "heapviz replay");
    if (fe == NULL) {
        hv_model_free(&m);
        hv_reader_close(&r);
        return 1;
    }
    hv_view_t v;
    hv_view_init(&v);
    uint64_t last_time = 0;
    bool collected = false, at_end = false, step_frame = false;
    while (!v.quit) {
        if (!at_end && (!v.paused || step_frame)) {
            hv_rec_t k = hv_reader_step(&r, &m);
            if (k == HV_REC_EVENT && r.last_event.kind == GC_EVENT_COLLECT_END) {
                collected = true;
            }
            if (k == HV_REC_END || k == HV_REC_ERROR) {
                at_end = true;
                v.paused = true;
                snprintf(v.message, sizeof(v.message), "%s",
                         k == HV_REC_ERROR ? r.err : "end of the recording (q quits)");
                cls->draw(fe, &m, &v);
            } else if (k == HV_REC_SNAPSHOT) {
                step_frame = false;
                hv_view_frame(&v, collected ? HV_FRAME_COLLECT : HV_FRAME_TICK);
                collected = false;
                if (v.message[0] == '\0' || strncmp(v.message, "frame ", 6) == 0) {
                    snprintf(v.message, sizeof(v.message), "frame %zu of %zu", r.frame - 1, r.n_frames);
                }
                cls->draw(fe, &m, &v);
                long gap = a->speed > 0 ? (long)((m.now_us - last_time) / 1000 / a->speed) : 0;
                last_time = m.now_us;
                gap = gap > MAX_FRAME_GAP_MS ? MAX_FRAME_GAP_MS : gap;
                hv_action_t act = cls->input(fe, &m, &v, (int)gap);
                if (act == HV_ACT_NEXT_FRAME) {
                    step_frame = true;
                } else if (act == HV_ACT_EXPORT_PNG || act == HV_ACT_EXPORT_TEXT) {
                    hv_export_key(&m, &v, act == HV_ACT_EXPORT_PNG);
                } else if (act != HV_ACT_NONE) {
                    cls->draw(fe, &m, &v);
                }
            }
            continue;
        }
        hv_action_t act = cls->input(fe, &m, &v, 100);
        if (act == HV_ACT_NEXT_FRAME) {
            step_frame = true;
        } else if (act == HV_ACT_EXPORT_PNG || act == HV_ACT_EXPORT_TEXT) {
            hv_export_key(&m, &v, act == HV_ACT_EXPORT_PNG);
            cls->draw(fe, &m, &v);
        } else if (act != HV_ACT_NONE) {
            cls->draw(fe, &m, &v);
        }
    }
    cls->close(fe);
    hv_model_free(&m);
    hv_reader_close(&r);
    return 0;
}

// Shows a publishing interpreter's heap until q or until it exits.
static int cmd_attach(const args_t *a, unsigned pid) {
    const hv_frontend_class_t *cls = pick_frontend(a);
    if (cls == NULL) {
        return 1;
    }
    char err[256];
    hv_subscriber_t sub;
    if (!hv_subscribe_open(&sub, pid, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    hv_model_t m;
    if (!hv_subscribe_init_model(&sub, &m)) {
        fprintf(stderr, "heapviz: out of memory\n");
        hv_subscribe_close(&sub);
        return 1;
    }
    char title[64];
    snprintf(title, sizeof(title), "heapviz: interpreter %u", (unsigned)sub.pid);
    hv_frontend_t *fe = open_frontend(cls, title);
    if (fe == NULL) {
        hv_model_free(&m);
        hv_subscribe_close(&sub);
        return 1;
    }
    hv_view_t v;
    hv_view_init(&v);
    bool gone = false;
    while (!v.quit) {
        // Paused, the view stays as it is while the interpreter runs on.
        uint64_t collections = m.collect_count;
        if (!v.paused && hv_subscribe_update(&sub, &m)) {
            hv_view_frame(&v, m.collect_count != collections ? HV_FRAME_COLLECT : HV_FRAME_TICK);
            cls->draw(fe, &m, &v);
        }
        if (!gone && hv_subscribe_closed(&sub)) {
            gone = true;
            hv_subscribe_update(&sub, &m);
            snprintf(v.message, sizeof(v.message), "interpreter %u has stopped publishing (q quits)",
                     (unsigned)sub.pid);
            cls->draw(fe, &m, &v);
        }
        hv_action_t act = cls->input(fe, &m, &v, ATTACH_POLL_MS);
        if (act == HV_ACT_EXPORT_PNG || act == HV_ACT_EXPORT_TEXT) {
            hv_export_key(&m, &v, act == HV_ACT_EXPORT_PNG);
        }
        if (act != HV_ACT_NONE) {
            cls->draw(fe, &m, &v);
        }
    }
    cls->close(fe);
    hv_model_free(&m);
    hv_subscribe_close(&sub);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    const char *cmd = argv[1];
    args_t a;
    int first = 2;
    unsigned pid = 0;
    if (strcmp(cmd, "attach") == 0 && argc > 2 && argv[2][0] >= '0' && argv[2][0] <= '9') {
        pid = (unsigned)strtoul(argv[2], NULL, 10);
        first = 3;
    }
    if (!parse(argc, argv, first, &a)) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(cmd, "replay") == 0) {
        return cmd_replay(&a);
    }
    if (strcmp(cmd, "export") == 0) {
        return cmd_export(&a);
    }
    if (strcmp(cmd, "diff") == 0) {
        return cmd_diff(&a);
    }
    if (strcmp(cmd, "info") == 0) {
        return cmd_info(&a);
    }
    if (strcmp(cmd, "attach") == 0) {
        return cmd_attach(&a, pid);
    }
    fprintf(stderr, "heapviz: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
