// SPDX-License-Identifier: MIT
// The `micropython` command: parses the command line, maps the heap, runs a script,
// a -c command or the REPL.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "core/builtinevalexec.h"
#include "core/gc.h"
#include "core/hal.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/parse.h"
#include "core/print.h"
#include "core/qstr.h"
#include "core/runtime.h"
#include "core/state.h"
#include "repl.h"

// Exit status for an uncaught exception, as MicroPython's unix port uses.
#define EXIT_EXCEPTION (1)
#define EXIT_USAGE (2)
// Smallest heap that can hold the interpreter's own start-up objects.
#define HEAP_MIN (4 * 1024)

typedef struct {
    size_t heap_size;
    const char *command;  // -c
    const char *script;   // FILE
    int first_arg;        // index in argv of sys.argv[0]
} options_t;

static void usage(const char *prog, FILE *f) {
    fprintf(f,
            "usage: %s [<opts>] [-X <implopt>] [-c <command> | <filename>]\n"
            "Options:\n"
            "-h : print this help message\n"
            "-c cmd : program passed in as string\n"
            "\n"
            "Implementation specific options (-X):\n"
            "  heapsize=<n>[kKmM] -- heap size in bytes (default %u)\n"
            "  emit=bytecode -- the emitter (bytecode is the only one)\n",
            prog, (unsigned)MPS_CFG_HEAP_DEFAULT);
}

// Parses "N[kKmM]"; returns 0 when malformed.
static size_t parse_size(const char *s) {
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
    if (end == s) {
        return 0;
    }
    if (*end == 'k' || *end == 'K') {
        n *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        n *= 1024 * 1024;
        end++;
    }
    if (*end != '\0' || n > MPS_CFG_HEAP_MAX) {
        return 0;
    }
    return (size_t)n;
}

// Handles one -X option; returns false for an unknown or malformed one.
static bool implementation_option(const char *opt, options_t *o) {
    if (strncmp(opt, "heapsize=", 9) == 0) {
        o->heap_size = parse_size(opt + 9);
        if (o->heap_size < HEAP_MIN) {
            fprintf(stderr, "mpsim: bad heapsize '%s' (want a number of bytes >= %u, with an optional k/K/m/M)\n",
                    opt + 9, (unsigned)HEAP_MIN);
            return false;
        }
        return true;
    }
    if (strncmp(opt, "emit=", 5) == 0) {
        if (strcmp(opt + 5, "bytecode") != 0) {
            fprintf(stderr, "mpsim: emitter '%s' is not supported (only 'bytecode')\n", opt + 5);
            return false;
        }
        return true;
    }
    fprintf(stderr, "mpsim: unknown -X option '%s'\n", opt);
    return false;
}

static bool parse_args(int argc, char **argv, options_t *o) {
    o->heap_size = MPS_CFG_HEAP_DEFAULT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(argv[0], stdout);
            exit(0);
        } else if (strcmp(a, "-X") == 0) {
            if (i + 1 >= argc || !implementation_option(argv[++i], o)) {
                return false;
            }
        } else if (strncmp(a, "-X", 2) == 0) {
            if (!implementation_option(a + 2, o)) {
                return false;
            }
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "mpsim: -c needs a command\n");
                return false;
            }
            o->command = argv[i + 1];
            o->first_arg = i; // sys.argv[0] is '-c'... as MicroPython gives
            return true;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "mpsim: unknown option '%s'\n", a);
            return false;
        } else {
            o->script = a;
            o->first_arg = i;
            return true;
        }
    }
    o->first_arg = argc;
    return true;
}

// Prints an uncaught exception and gives the process exit status for it.
static int report_exception(mps_obj_t exc) {
    if (mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_SystemExit))) {
        mps_obj_t code = mps_obj_exception_get_value(exc);
        if (code == mps_const_none) {
            return 0;
        }
        mps_int_t v;
        if (mps_obj_get_int_maybe(code, &v)) {
            return v & 0xff;
        }
        mps_obj_print(&mps_stderr_print, code, MPS_PRINT_STR);
        mps_print_str(&mps_stderr_print, "\n");
        return EXIT_EXCEPTION;
    }
    mps_obj_print_traceback(&mps_stderr_print, exc);
    return EXIT_EXCEPTION;
}

// Runs [len] bytes of [src] as __main__, named [file]. Returns the exit status.
static int run_source(const char *src, size_t len, const char *file) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_exec_source(src, len, qstr_from_str(file), MPS_PARSE_FILE_INPUT, mps_state.dict_main,
                        mps_state.dict_main);
        nlr_pop();
        return 0;
    }
    return report_exception(nlr.ret_val);
}

static int run_file(const char *path) {
    size_t len;
    char *src = mps_hal_load_file(path, &len);
    if (src == NULL) {
        fprintf(stderr, "micropython: can't open file '%s': [Errno 2] No such file or directory\n", path);
        return EXIT_USAGE;
    }
    int status = run_source(src, len, path);
    mps_hal_free_file(src);
    return status;
}

static void set_sys_argv(int argc, char **argv, int first) {
    for (int i = first; i < argc; i++) {
        mps_obj_list_append(mps_state.sys_argv, mps_obj_new_str_cstr(argv[i]));
    }
}

int main(int argc, char **argv) {
    char stack_top;
    options_t opts = {0};
    if (!parse_args(argc, argv, &opts)) {
        usage(argv[0], stderr);
        return EXIT_USAGE;
    }
    void *heap = arena_map(opts.heap_size);
    if (heap == NULL) {
        return EXIT_USAGE;
    }
    mps_state.stack_top = &stack_top;
    mps_state.stack_limit = MPS_CFG_STACK_LIMIT;
    gc_set_stack_top(&stack_top);
    mps_init(heap, opts.heap_size);

    int status;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (opts.command != NULL) {
            mps_obj_list_append(mps_state.sys_argv, mps_obj_new_str_cstr("-c"));
            set_sys_argv(argc, argv, opts.first_arg + 2);
        } else {
            set_sys_argv(argc, argv, opts.first_arg);
        }
        nlr_pop();
    } else {
        return report_exception(nlr.ret_val);
    }
    if (opts.command != NULL) {
        status = run_source(opts.command, strlen(opts.command), "<stdin>");
    } else if (opts.script != NULL) {
        status = run_file(opts.script);
    } else {
        status = repl_run();
    }
    mps_deinit();
    arena_unmap(heap, opts.heap_size);
    return status;
}
