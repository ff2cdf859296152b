// SPDX-License-Identifier: MIT
// The `heapviz` command on a recording made here: info, export as text and PNG, diff,
// and its answers to bad arguments. The command's path is in $HEAPVIZ_EXE.

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/gc.h"
#include "core/typelist.h"
#include "heapviz/model.h"
#include "heapviz/record.h"
#include "heapviz/render_text.h"
#include "hvt_support.h"

// Runs the command with [args]; returns its exit status, its stdout+stderr in [out].
static int run(const char *args, char *out, size_t len) {
    const char *exe = getenv("HEAPVIZ_EXE");
    if (exe == NULL) {
        cr_skip_test("HEAPVIZ_EXE is not set (run through meson test)");
    }
    char cmd[512];
    snprintf(cmd, sizeof(cmd), "%s %s 2>&1", exe, args);
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    size_t n = fread(out, 1, len - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Records: the known state, then a float into the hole at block 4 (frame 1).
static void make_recording(const char *path, char **text0, char **text1) {
    hvt_known_t k;
    hvt_known_heap(&k);
    hv_model_t m;
    cr_assert(hv_model_init_live(&m));
    hv_recorder_t *rec = malloc(sizeof(*rec));
    char err[200];
    cr_assert(hv_recorder_open(rec, path, &m, err, sizeof(err)), "%s", err);
    size_t len;
    FILE *f = open_memstream(text0, &len);
    hv_render_text(&m.snap, f);
    fclose(f);
    hv_model_attach(&m);
    gc_alloc(16, MPS_TYPE_IDX_float, false);
    hv_model_detach(&m);
    hv_model_refresh(&m, HV_FRAME_POLL);
    f = open_memstream(text1, &len);
    hv_render_text(&m.snap, f);
    fclose(f);
    cr_assert(hv_recorder_close(rec));
    free(rec);
    hv_model_free(&m);
}

Test(cli, info_export_and_diff) {
    char path[64], txt[64], png[64], args[256];
    static char out[65536];
    hvt_temp_path("cli.hvr", path, sizeof(path));
    hvt_temp_path("cli.txt", txt, sizeof(txt));
    hvt_temp_path("cli.png", png, sizeof(png));
    char *text0, *text1;
    make_recording(path, &text0, &text1);

    snprintf(args, sizeof(args), "info %s", path);
    cr_assert_eq(run(args, out, sizeof(out)), 0, "%s", out);
    cr_assert_not_null(strstr(out, "frames 2, events 1, allocations 1"), "%s", out);
    cr_assert_not_null(strstr(out, "disagree with the events before them: 0"), "%s", out);

    // Frame 0 as text is the map as it was; the default frame is the last.
    snprintf(args, sizeof(args), "export %s --frame 0 --text %s", path, txt);
    cr_assert_eq(run(args, out, sizeof(out)), 0, "%s", out);
    FILE *f = fopen(txt, "r");
    size_t n = fread(out, 1, sizeof(out) - 1, f);
    out[n] = '\0';
    fclose(f);
    cr_assert_eq(strncmp(out, text0, strlen(text0)), 0, "%s", out);
    cr_assert_not_null(strstr(out, "fragmentation: "), "%s", out);
    snprintf(args, sizeof(args), "export %s --text %s --png %s", path, txt, png);
    cr_assert_eq(run(args, out, sizeof(out)), 0, "%s", out);
    f = fopen(txt, "r");
    n = fread(out, 1, sizeof(out) - 1, f);
    out[n] = '\0';
    fclose(f);
    cr_assert_eq(strncmp(out, text1, strlen(text1)), 0, "%s", out);
    f = fopen(png, "rb");
    cr_assert_not_null(f);
    unsigned char sig[8];
    cr_assert_eq(fread(sig, 1, 8, f), 8);
    fclose(f);
    cr_assert_eq(memcmp(sig, "\x89PNG\r\n\x1a\n", 8), 0);

    snprintf(args, sizeof(args), "diff %s --frame 0 --frame 1", path);
    cr_assert_eq(run(args, out, sizeof(out)), 0, "%s", out);
    cr_assert_not_null(strstr(out, "00000000: LT==+D=.h===."), "%s", out);

    snprintf(args, sizeof(args), "export %s --frame 7 --text %s", path, txt);
    cr_assert_eq(run(args, out, sizeof(out)), 1);
    cr_assert_not_null(strstr(out, "no frame 7 (the recording has 2"), "%s", out);
    free(text0);
    free(text1);
    unlink(path);
    unlink(txt);
    unlink(png);
}

Test(cli, bad_arguments_are_usage_errors) {
    static char out[8192];
    cr_assert_eq(run("", out, sizeof(out)), 2);
    cr_assert_not_null(strstr(out, "usage: heapviz replay"), "%s", out);
    cr_assert_eq(run("frobnicate", out, sizeof(out)), 2);
    cr_assert_not_null(strstr(out, "unknown command 'frobnicate'"), "%s", out);
    cr_assert_eq(run("export /nonexistent.hvr --text /dev/null", out, sizeof(out)), 1);
    cr_assert_not_null(strstr(out, "cannot open recording"), "%s", out);
    cr_assert_eq(run("export x.hvr", out, sizeof(out)), 2);
    cr_assert_not_null(strstr(out, "needs --png OUT or --text OUT"), "%s", out);
}
