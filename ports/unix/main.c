// SPDX-License-Identifier: MIT
// The `micropython` command: parses the command line, maps the heap, runs a script,
// a -c command, a -m module or the REPL.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "console.h"
#include "modos.h"
#include "core/builtinevalexec.h"
#include "core/gc.h"
#include "core/showbc.h"
#include "core/vm.h"
#include "core/hal.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objlist.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/parse.h"
#include "core/print.h"
#include "core/qstr.h"
#include "core/runtime.h"
#include "core/state.h"
#include "repl.h"
#include "heapviz/heapviz.h"

// Exit statuses, as MicroPython's unix port uses them.
#define EXIT_EXCEPTION (1)
#define EXIT_USAGE (2)
#define EXIT_KEYBOARD_INTERRUPT (130)
// Smallest heap that can hold the interpreter's own start-up objects.
#define HEAP_MIN (8 * 1024)
// sys.path after '' when MICROPYPATH is not set.
#define DEFAULT_PATH ".frozen:~/.micropython/lib:/usr/lib/micropython"

#define VERSION_TEXT "MicroPython 1.24 (mpsim 0.1.0) on linux; 32-bit heap"

typedef struct {
    size_t heap_size;
    const char *command; // -c
    const char *module;  // -m
    const char *script;  // FILE
    int first_arg;       // index in argv of the first argument after them
    bool inspect;        // -i or MICROPYINSPECT: REPL afterwards
    bool compile_only;   // -X compile-only
    const char *heapviz; // -X heapviz=
    bool pty;            // --pty: serve the REPL on a pseudo-terminal
    int verbose;
    int opt_level;
    int argc;
    char **argv;
    void *heap;
} options_t;

static options_t opts;

static void usage(FILE *f) {
    fprintf(f,
            "usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [args...]\n"
            "Options:\n"
            "--version : show version information\n"
            "-h : print this help message\n"
            "-i : enable inspection via REPL after running command/module/file\n"
            "-v : verbose: report compilation to stderr; -v -v also prints the bytecode\n"
            "-O[N] : apply bytecode optimizations of level N\n"
            "--pty : serve the REPL on a new pseudo-terminal (its path is printed) so that\n"
            "        board tools can connect to it like to a serial port\n"
            "\n"
            "Implementation specific options (-X):\n"
            "  compile-only                 -- parse and compile only\n"
            "  emit=bytecode                -- the code emitter (bytecode is the only one)\n"
            "  heapsize=<n>[kKmM]           -- heap size in bytes (default %u)\n"
            "\n"
            "Environment: MICROPYPATH (module search path, ':'-separated), MICROPYINSPECT (as -i)\n",
            opts.argv[0], (unsigned)MPS_CFG_HEAP_DEFAULT);
}

// Parses "N[kKmM]"; returns 0 when malformed.
static size_t parse_size(const char *s) {
    if (*s < '0' || *s > '9') {
        return 0;
    }
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
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

// Handles one -X option; returns false (after a message) for a bad one.
static bool implementation_option(const char *opt) {
    if (strncmp(opt, "heapsize=", 9) == 0) {
        opts.heap_size = parse_size(opt + 9);
        if (opts.heap_size < HEAP_MIN) {
            fprintf(stderr, "%s: bad heapsize '%s' (want a number of bytes >= %u, optionally with k/K/m/M)\n",
                    opts.argv[0], opt + 9, (unsigned)HEAP_MIN);
            return false;
        }
        return true;
    }
    if (strncmp(opt, "emit=", 5) == 0) {
        if (strcmp(opt + 5, "bytecode") != 0) {
            fprintf(stderr, "%s: emitter '%s' is not supported (only 'bytecode')\n", opts.argv[0], opt + 5);
            return false;
        }
        return true;
    }
    if (strncmp(opt, "heapviz=", 8) == 0) {
        opts.heapviz = opt + 8;
        return true;
    }
    if (strcmp(opt, "compile-only") == 0) {
        opts.compile_only = true;
        return true;
    }
    fprintf(stderr, "%s: unknown -X option '%s'\n", opts.argv[0], opt);
    return false;
}

// Parses the options before the program; returns false for a usage error.
static bool parse_args(void) {
    int argc = opts.argc;
    char **argv = opts.argv;
    opts.heap_size = MPS_CFG_HEAP_DEFAULT;
    opts.first_arg = argc;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--version") == 0) {
            printf("%s\n", VERSION_TEXT);
            exit(0);
        } else if (strcmp(a, "-i") == 0) {
            opts.inspect = true;
        } else if (strcmp(a, "--pty") == 0) {
            opts.pty = true;
        } else if (strcmp(a, "-v") == 0) {
            opts.verbose++;
        } else if (strncmp(a, "-O", 2) == 0) {
            // -O, -OO ... or -O<N>
            if (a[2] >= '0' && a[2] <= '9' && a[3] == '\0') {
                opts.opt_level = a[2] - '0';
            } else if (a[2 + strspn(a + 2, "O")] == '\0') {
                opts.opt_level = 1 + (int)strspn(a + 2, "O");
            } else {
                fprintf(stderr, "%s: bad option '%s'\n", argv[0], a);
                return false;
            }
        } else if (strcmp(a, "-X") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: -X needs an option\n", argv[0]);
                return false;
            }
            if (!implementation_option(argv[++i])) {
                return false;
            }
        } else if (strncmp(a, "-X", 2) == 0) {
            if (!implementation_option(a + 2)) {
                return false;
            }
        } else if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: %s needs an argument\n", argv[0], a);
                return false;
            }
            if (a[1] == 'c') {
                opts.command = argv[i + 1];
            } else {
                opts.module = argv[i + 1];
            }
            opts.first_arg = i + 2;
            return true;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "%s: unknown option '%s'\n", argv[0], a);
            return false;
        } else {
            opts.script = a;
            opts.first_arg = i + 1;
            return true;
        }
    }
    return true;
}

// Fills sys.path: [script dir or ''] then MICROPYPATH (or the default), '~' expanded.
static void set_sys_path(void) {
    mps_obj_t path = mps_state.sys_path;
    mps_obj_list_set_len(path, 0);
    if (opts.script != NULL) {
        const char *slash = strrchr(opts.script, '/');
        if (slash == NULL) {
            mps_obj_list_append(path, MPS_OBJ_NEW_QSTR(MPS_QSTR_empty));
        } else {
            size_t n = slash == opts.script ? 1 : (size_t)(slash - opts.script);
            mps_obj_list_append(path, mps_obj_new_str(opts.script, n));
        }
    } else {
        mps_obj_list_append(path, MPS_OBJ_NEW_QSTR(MPS_QSTR_empty));
    }
    const char *mp = getenv("MICROPYPATH");
    if (mp == NULL) {
        mp = DEFAULT_PATH;
    }
    const char *home = getenv("HOME");
    while (*mp != '\0') {
        const char *end = strchr(mp, ':');
        size_t n = end ? (size_t)(end - mp) : strlen(mp);
        if (n > 0 && mp[0] == '~' && home != NULL) {
            char buf[1024];
            snprintf(buf, sizeof(buf), "%s%.*s", home, (int)(n - 1), mp + 1);
            mps_obj_list_append(path, mps_obj_new_str_cstr(buf));
        } else {
            mps_obj_list_append(path, mps_obj_new_str(mp, n));
        }
        mp += n + (end ? 1 : 0);
    }
}

static void set_sys_argv(void) {
    mps_obj_t argv = mps_state.sys_argv;
    mps_obj_list_set_len(argv, 0);
    if (opts.command != NULL) {
        mps_obj_list_append(argv, mps_obj_new_str_cstr("-c"));
    } else if (opts.module != NULL) {
        mps_obj_list_append(argv, mps_obj_new_str_cstr(opts.module));
    } else if (opts.script != NULL) {
        mps_obj_list_append(argv, mps_obj_new_str_cstr(opts.script));
    } else {
        mps_obj_list_append(argv, MPS_OBJ_NEW_QSTR(MPS_QSTR_empty));
    }
    for (int i = opts.first_arg; i < opts.argc; i++) {
        mps_obj_list_append(argv, mps_obj_new_str_cstr(opts.argv[i]));
    }
}

// Brings the interpreter up on a fresh heap: at start-up and at each soft reset.
static void boot(void) {
    mps_init(opts.heap, opts.heap_size);
    mps_state.opt_level = opts.opt_level;
    mps_state.kbd_intr_char = 3;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        set_sys_path();
        set_sys_argv();
        nlr_pop();
    } else {
        fprintf(stderr, "%s: heap too small to start\n", opts.argv[0]);
        exit(EXIT_USAGE);
    }
}

static void soft_reset(void) {
    mps_deinit();
    boot();
    heapviz_poll(); // a fresh heap sends no events: show it
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
    if (mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_KeyboardInterrupt))) {
        return EXIT_KEYBOARD_INTERRUPT;
    }
    return EXIT_EXCEPTION;
}

// Runs [len] bytes of [src] as __main__, named [file]. Returns the exit status.
static int run_source(const char *src, size_t len, const char *file) {
    nlr_buf_t nlr;
    console_set_executing(true);
    int status = 0;
    if (nlr_push(&nlr) == 0) {
        qstr name = qstr_from_str(file);
        mps_raw_code_t *rc = mps_compile_source(src, len, name, MPS_PARSE_FILE_INPUT);
        if (opts.verbose >= 1) {
            gc_info_t info;
            gc_info(&info);
            mps_printf(&mps_stderr_print, "mpsim: compiled %s: %u bytes of bytecode, heap %u used / %u\n", file,
                       (unsigned)rc->bc_len, (unsigned)info.used, (unsigned)info.total);
        }
        if (opts.verbose >= 2) {
            mps_showbc_print(&mps_stderr_print, rc);
        }
        if (!opts.compile_only) {
            mps_exec_raw_code(rc, mps_state.dict_main, mps_state.dict_main);
            mps_handle_pending();
        }
        nlr_pop();
    } else {
        status = report_exception(nlr.ret_val);
    }
    console_set_executing(false);
    return status;
}

static int run_file(const char *path) {
    size_t len;
    char *src = mps_hal_load_file(path, &len);
    if (src == NULL) {
        fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", opts.argv[0], path);
        return EXIT_USAGE;
    }
    int status = run_source(src, len, path);
    mps_hal_free_file(src);
    return status;
}

// Reads all of standard input (a script piped in).
static int run_stdin(void) {
    size_t alloc = 4096, len = 0;
    char *src = malloc(alloc);
    for (;;) {
        if (src == NULL) {
            fprintf(stderr, "%s: out of memory reading stdin\n", opts.argv[0]);
            return EXIT_EXCEPTION;
        }
        ssize_t n = read(STDIN_FILENO, src + len, alloc - len - 1);
        if (n <= 0) {
            break;
        }
        len += (size_t)n;
        if (len + 1 == alloc) {
            alloc *= 2;
            src = realloc(src, alloc);
        }
    }
    src[len] = '\0';
    int status = run_source(src, len, "<stdin>");
    free(src);
    return status;
}

// -m MODULE: imports it with __name__ == '__main__'.
static int run_module(const char *name) {
    nlr_buf_t nlr;
    console_set_executing(true);
    int status = 0;
    if (nlr_push(&nlr) == 0) {
        mps_import_main_module(qstr_from_str(name));
        mps_handle_pending();
        nlr_pop();
    } else {
        status = report_exception(nlr.ret_val);
    }
    console_set_executing(false);
    return status;
}

static int run_repl(void) {
    repl_options_t ro = {
        .auto_indent = console_is_local_tty(),
        .ctrl_d_resets = opts.pty,
        .use_readline = true,
        .soft_reset = soft_reset,
        .before_input = heapviz_poll, // an attached view is current while the REPL waits
    };
    return repl_run(&ro);
}

int main(int argc, char **argv) {
    char stack_top;
    opts.argc = argc;
    opts.argv = argv;
    if (!parse_args()) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (getenv("MICROPYINSPECT") != NULL) {
        opts.inspect = true;
    }
    opts.heap = arena_map(opts.heap_size);
    if (opts.heap == NULL) {
        return EXIT_USAGE;
    }
    mps_state.stack_top = &stack_top;
    mps_state.stack_limit = MPS_CFG_STACK_LIMIT;
    gc_set_stack_top(&stack_top);
    console_use_stdio();
    console_install_sigint();
    mps_module_register_builtin(MPS_QSTR_os, &mps_module_os);
    mps_module_register_builtin(MPS_QSTR_uos, &mps_module_os);
    boot();
    if (opts.heapviz != NULL) {
        char err[256];
        heapviz_set_locator(mps_vm_current_location);
        if (!heapviz_start(opts.heapviz, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            return EXIT_USAGE;
        }
    }

    int status = 0;
    bool ran = true;
    if (opts.command != NULL) {
        status = run_source(opts.command, strlen(opts.command), "<stdin>");
    } else if (opts.module != NULL) {
        status = run_module(opts.module);
    } else if (opts.script != NULL) {
        status = run_file(opts.script);
    } else if (!opts.pty && !opts.inspect && !isatty(STDIN_FILENO)) {
        status = run_stdin();
    } else {
        ran = false;
    }
    if (!ran || opts.inspect) {
        if (opts.pty && !console_use_pty()) {
            return EXIT_USAGE;
        }
        if (!ran || status == 0 || opts.inspect) {
            status = run_repl();
        }
    }
    heapviz_stop();
    mps_deinit();
    arena_unmap(opts.heap, opts.heap_size);
    return status;
}
