// SPDX-License-Identifier: MIT
// The interactive REPL: prompts, continuation lines, line editing with GNU readline.

#include "repl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/builtinevalexec.h"
#include "core/hal.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objtype.h"
#include "core/parse.h"
#include "core/print.h"
#include "core/qstr.h"
#include "core/state.h"

#if MPS_PORT_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

// Reads a line with [prompt]; NULL at end of input. The caller frees it.
static char *read_line(const char *prompt) {
#if MPS_PORT_READLINE
    if (isatty(STDIN_FILENO)) {
        char *line = readline(prompt);
        if (line != NULL && *line != '\0') {
            add_history(line);
        }
        return line;
    }
#endif
    return mps_hal_readline(prompt);
}

static void free_line(char *line) {
#if MPS_PORT_READLINE
    if (isatty(STDIN_FILENO)) {
        free(line);
        return;
    }
#endif
    mps_hal_free_line(line);
}

// Runs one complete input in single-input mode (expression values are printed).
static void execute(const char *src, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_exec_source(src, len, MPS_QSTR_lt_stdin_gt, MPS_PARSE_SINGLE_INPUT, mps_state.dict_main,
                        mps_state.dict_main);
        nlr_pop();
    } else {
        mps_obj_t exc = nlr.ret_val;
        if (mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_SystemExit))) {
            // Leave the REPL like MicroPython's unix port does.
            mps_obj_t code = mps_obj_exception_get_value(exc);
            mps_int_t v = 0;
            exit(code == mps_const_none ? 0 : (mps_obj_get_int_maybe(code, &v) ? v : 1));
        }
        mps_obj_print_traceback(&mps_stderr_print, exc);
    }
}

int repl_run(void) {
    printf("MicroPython (mpsim 0.1.0) on linux; 32-bit heap of %u bytes\n"
           "Use Ctrl-D to exit, Ctrl-E for paste mode\n",
           (unsigned)(mps_state.gc.n_blocks * MPS_CFG_BYTES_PER_BLOCK));
    fflush(stdout);
    for (;;) {
        char *line = read_line(">>> ");
        if (line == NULL) {
            printf("\n");
            return 0;
        }
        size_t alloc = strlen(line) + 2, len = 0;
        char *src = malloc(alloc);
        if (src == NULL) {
            free_line(line);
            return 1;
        }
        memcpy(src, line, strlen(line));
        len = strlen(line);
        src[len++] = '\n';
        free_line(line);
        while (mps_parse_is_incomplete(src, len)) {
            char *more = read_line("... ");
            if (more == NULL) {
                break;
            }
            size_t n = strlen(more);
            if (len + n + 2 > alloc) {
                alloc = (len + n + 2) * 2;
                char *bigger = realloc(src, alloc);
                if (bigger == NULL) {
                    free(src);
                    free_line(more);
                    return 1;
                }
                src = bigger;
            }
            memcpy(src + len, more, n);
            len += n;
            src[len++] = '\n';
            bool empty = n == 0;
            free_line(more);
            if (empty) {
                break;
            }
        }
        execute(src, len);
        free(src);
        fflush(stdout);
    }
}
