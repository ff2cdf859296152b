// SPDX-License-Identifier: MIT
// The REPL: the friendly mode (prompts, continuation, auto-indent, paste mode, GNU
// readline on a local terminal) and the raw mode with raw-paste, byte for byte as
// MicroPython's documentation describes, so that board tools can drive it.

#include "repl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "console.h"
#include "core/builtinevalexec.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objtype.h"
#include "core/parse.h"
#include "core/print.h"
#include "core/qstr.h"
#include "core/runtime.h"
#include "core/state.h"
#include "repl_readline.h"

#define CHAR_CTRL_A (1)
#define CHAR_CTRL_B (2)
#define CHAR_CTRL_C (3)
#define CHAR_CTRL_D (4)
#define CHAR_CTRL_E (5)

// Bytes the host may send in raw-paste mode before it must wait for a \x01.
#define RAW_PASTE_WINDOW (128)

typedef enum {
    NEXT_FRIENDLY, // go (back) to the friendly REPL
    NEXT_RAW,      // enter the raw REPL
    NEXT_RESET,    // soft reset, then the same mode again
    NEXT_EXIT,     // leave the REPL
} next_t;

// A growable host buffer for the text being entered (the REPL's own, not Python data).
typedef struct {
    char *data;
    size_t len, alloc;
} buf_t;

static void buf_add(buf_t *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->alloc) {
        size_t a = (b->len + n + 1) * 2;
        char *d = realloc(b->data, a);
        if (d == NULL) {
            return;
        }
        b->data = d;
        b->alloc = a;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_free(buf_t *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->alloc = 0;
}

static const repl_options_t *opts;

// Runs [len] bytes of source; prints an uncaught exception's traceback to the console's
// error output, after [before_error] when given (the raw REPL's \x04 that ends the normal
// output). Returns false if the code raised SystemExit (the REPL then ends).
static bool execute_ex(const char *src, size_t len, mps_parse_input_kind_t kind, int *exit_code,
                       const char *before_error_in) {
    volatile bool go_on = true;
    const char *volatile before_error = before_error_in;
    nlr_buf_t nlr;
    console_set_executing(true);
    if (nlr_push(&nlr) == 0) {
        mps_exec_source(src, len, MPS_QSTR_lt_stdin_gt, kind, mps_state.dict_main, mps_state.dict_main);
        mps_handle_pending();
        nlr_pop();
    } else {
        mps_obj_t exc = nlr.ret_val;
        if (mps_obj_is_instance(exc, MPS_OBJ_FROM_PTR(&mps_type_SystemExit))) {
            mps_obj_t code = mps_obj_exception_get_value(exc);
            mps_int_t v = 0;
            *exit_code = code == mps_const_none ? 0 : (mps_obj_get_int_maybe(code, &v) ? v : 1);
            go_on = false;
        } else {
            if (before_error != NULL) {
                console_write_str(before_error);
                before_error = NULL;
            }
            mps_obj_print_traceback(&mps_stderr_print, exc);
        }
    }
    if (before_error != NULL) {
        console_write_str(before_error);
    }
    console_set_executing(false);
    return go_on;
}

static bool execute(const char *src, size_t len, mps_parse_input_kind_t kind, int *exit_code) {
    return execute_ex(src, len, kind, exit_code, NULL);
}

static void banner(void) {
    char text[200];
    snprintf(text, sizeof(text),
             "MicroPython 1.24 (mpsim 0.1.0) on linux; 32-bit heap of %u bytes\n"
             "Type \"help()\" for more information.\n",
             (unsigned)(mps_state.gc.n_blocks * MPS_CFG_BYTES_PER_BLOCK));
    console_write_str(text);
}

// --- the raw REPL ----------------------------------------------------------------

// Raw-paste: flow-controlled transfer, then compile and run. Protocol: we answer
// "R\x01", the window increment (uint16, little endian) and a first \x01; the host
// sends at most a window of bytes ahead of our \x01 acknowledgements and ends with
// \x04, which we echo before running the code.
static next_t raw_paste(int *exit_code) {
    char hdr[5] = {'R', 1, RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 1};
    console_write(hdr, sizeof(hdr));
    buf_t code = {0};
    size_t since_ack = 0;
    for (;;) {
        int c = console_read_byte();
        if (c < 0) {
            buf_free(&code);
            return NEXT_EXIT;
        }
        if (c == CHAR_CTRL_D) {
            break;
        }
        if (c == CHAR_CTRL_C) {
            // The host gave up: tell it to stop sending, drop what we have.
            console_write("\x04", 1);
            buf_free(&code);
            return NEXT_RAW;
        }
        char ch = (char)c;
        buf_add(&code, &ch, 1);
        if (++since_ack == RAW_PASTE_WINDOW) {
            since_ack = 0;
            console_write("\x01", 1);
        }
    }
    console_write("\x04", 1);
    bool go_on = execute_ex(code.data ? code.data : "", code.len, MPS_PARSE_FILE_INPUT, exit_code, "\x04");
    buf_free(&code);
    console_write("\x04", 1);
    return go_on ? NEXT_RAW : NEXT_EXIT;
}

static next_t raw_repl(int *exit_code) {
    console_raw_mode(true);
    console_write_str("raw REPL; CTRL-B to exit\n");
    next_t next = NEXT_RAW;
    while (next == NEXT_RAW) {
        if (opts->before_input != NULL) {
            opts->before_input();
        }
        console_write(">", 1);
        buf_t code = {0};
        for (;;) {
            int c = console_read_byte();
            if (c < 0) {
                next = NEXT_EXIT;
                break;
            }
            if (c == CHAR_CTRL_A) {
                // Asked again: start over, as a board does.
                buf_free(&code);
                console_write_str("\nraw REPL; CTRL-B to exit\n>");
                continue;
            }
            if (c == CHAR_CTRL_B) {
                console_write_str("\n");
                next = NEXT_FRIENDLY;
                break;
            }
            if (c == CHAR_CTRL_C) {
                code.len = 0;
                continue;
            }
            if (c == CHAR_CTRL_D) {
                if (code.len == 0) {
                    next = NEXT_RESET;
                    break;
                }
                console_write("OK", 2);
                // Output, \x04, the error if any, \x04: what board tools parse.
                bool go_on = execute_ex(code.data, code.len, MPS_PARSE_FILE_INPUT, exit_code, "\x04");
                console_write("\x04", 1);
                if (!go_on) {
                    next = NEXT_EXIT;
                }
                break;
            }
            if (c == CHAR_CTRL_E && code.len == 0) {
                int a = console_read_byte();
                int b = a == 'A' ? console_read_byte() : -1;
                if (a == 'A' && b == CHAR_CTRL_A) {
                    next = raw_paste(exit_code);
                    break;
                }
                // Not the raw-paste request: keep the bytes as code.
                char ch = (char)c;
                buf_add(&code, &ch, 1);
                if (a >= 0) {
                    ch = (char)a;
                    buf_add(&code, &ch, 1);
                }
                if (b >= 0) {
                    ch = (char)b;
                    buf_add(&code, &ch, 1);
                }
                continue;
            }
            char ch = (char)c;
            buf_add(&code, &ch, 1);
        }
        buf_free(&code);
    }
    console_raw_mode(false);
    return next;
}

// --- the friendly REPL -------------------------------------------------------------

// Paste mode: echo, "=== " prompts, Ctrl-C cancels, Ctrl-D compiles the lot as a file.
static next_t paste_mode(int *exit_code) {
    console_raw_mode(true);
    console_write_str("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    buf_t code = {0};
    int prev = 0;
    for (;;) {
        int c = console_read_byte();
        if (c < 0 || c == CHAR_CTRL_C) {
            console_write_str("\n");
            buf_free(&code);
            console_raw_mode(false);
            return c < 0 ? NEXT_EXIT : NEXT_FRIENDLY;
        }
        if (c == CHAR_CTRL_D) {
            console_write_str("\n");
            break;
        }
        if (c == '\n' && prev == '\r') {
            prev = c;
            continue; // the \n of a \n pair
        }
        prev = c;
        if (c == '\r' || c == '\n') {
            buf_add(&code, "\n", 1);
            console_write_str("\n=== ");
            continue;
        }
        char ch = (char)c;
        buf_add(&code, &ch, 1);
        console_write(&ch, 1);
    }
    console_raw_mode(false);
    bool go_on = execute(code.data ? code.data : "", code.len, MPS_PARSE_FILE_INPUT, exit_code);
    buf_free(&code);
    return go_on ? NEXT_FRIENDLY : NEXT_EXIT;
}

// Leading spaces of the last line of [b], plus 4 more if it ends with ':'.
static size_t next_indent(const buf_t *b) {
    size_t end = b->len;
    while (end > 0 && b->data[end - 1] == '\n') {
        end--;
    }
    size_t start = end;
    while (start > 0 && b->data[start - 1] != '\n') {
        start--;
    }
    size_t n = 0;
    while (start + n < end && b->data[start + n] == ' ') {
        n++;
    }
    if (end > 0 && b->data[end - 1] == ':') {
        n += 4;
    }
    return n;
}

static next_t friendly_repl(int *exit_code) {
    for (;;) {
        buf_t code = {0};
        const char *prompt = ">>> ";
        size_t indent = 0;
        for (;;) {
            repl_line_t line;
            if (opts->before_input != NULL) {
                opts->before_input();
            }
            repl_read_line(prompt, indent, &line);
            if (line.event == REPL_LINE_INTERRUPT) {
                console_write_str("\n");
                code.len = 0;
                break;
            }
            if (code.len == 0 && line.event != REPL_LINE_TEXT) {
                repl_free_line(&line);
                switch (line.event) {
                    case REPL_LINE_RAW:
                        buf_free(&code);
                        return NEXT_RAW;
                    case REPL_LINE_PASTE: {
                        buf_free(&code);
                        next_t next = paste_mode(exit_code);
                        if (next != NEXT_FRIENDLY) {
                            return next;
                        }
                        goto next_input;
                    }
                    case REPL_LINE_BANNER:
                        console_write_str("\n");
                        banner();
                        goto next_input;
                    default: // end of input
                        buf_free(&code);
                        return opts->ctrl_d_resets ? NEXT_RESET : NEXT_EXIT;
                }
            }
            if (line.event == REPL_LINE_EOF) {
                break; // run what we have, then the next read ends the REPL
            }
            buf_add(&code, line.text, strlen(line.text));
            buf_add(&code, "\n", 1);
            bool blank = line.text[strspn(line.text, " \t")] == '\0';
            repl_free_line(&line);
            // The check takes the lines without the newline that ends the last one.
            if (!mps_parse_is_incomplete(code.data, code.len - 1) || (blank && code.len > 1 && prompt[0] == '.')) {
                break;
            }
            prompt = "... ";
            indent = opts->auto_indent ? next_indent(&code) : 0;
        }
        if (code.len > 0 && code.data[strspn(code.data, " \t\n")] != '\0') {
            if (!execute(code.data, code.len, MPS_PARSE_SINGLE_INPUT, exit_code)) {
                buf_free(&code);
                return NEXT_EXIT;
            }
        }
    next_input:
        buf_free(&code);
    }
}

int repl_run(const repl_options_t *options) {
    opts = options;
    int exit_code = 0;
    next_t mode = NEXT_FRIENDLY;
    repl_readline_init(options);
    banner();
    for (;;) {
        next_t next = mode == NEXT_RAW ? raw_repl(&exit_code) : friendly_repl(&exit_code);
        if (next == NEXT_EXIT) {
            break;
        }
        if (next == NEXT_RESET) {
            options->soft_reset();
            console_write_str("MPY: soft reboot\n");
            if (mode == NEXT_FRIENDLY) {
                banner();
            }
            continue;
        }
        if (next == NEXT_FRIENDLY && mode == NEXT_RAW) {
            banner();
        }
        mode = next;
    }
    repl_readline_deinit();
    return exit_code;
}
