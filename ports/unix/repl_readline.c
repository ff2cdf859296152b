// SPDX-License-Identifier: MIT
// Line input for the friendly REPL: GNU readline when the console is the local terminal,
// a minimal echoing editor otherwise.

#include "repl_readline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "console.h"
#include "core/map.h"
#include "core/nlr.h"
#include "core/objdict.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/runtime.h"
#include "core/builtinevalexec.h"
#include "core/state.h"

#if MPS_PORT_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

#define KEY_CTRL(c) ((c) & 0x1f)
#define HISTORY_FILE ".micropython.history"
#define HISTORY_MAX (1000)

static struct {
    bool readline;
    size_t indent;
    repl_line_event_t event;
    bool after_cr; // the last line ended with \r: a \n right after it is the same newline
    char history_path[1024];
} rl_state;

// --- the echoing editor (pipes, pty, or no readline) -----------------------------

static char *dup_str(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (d != NULL) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

static void simple_read_line(const char *prompt, size_t indent, repl_line_t *line) {
    char buf[4096];
    size_t len = 0;
    console_raw_mode(true);
    console_write_str(prompt);
    for (; len < indent && len < sizeof(buf) - 1; len++) {
        buf[len] = ' ';
    }
    console_write(buf, len);
    line->event = REPL_LINE_TEXT;
    for (;;) {
        int c = console_read_byte();
        if (c < 0) {
            line->event = len == indent ? REPL_LINE_EOF : REPL_LINE_TEXT;
            break;
        }
        bool empty = len == indent;
        if (c == '\n' && rl_state.after_cr) {
            rl_state.after_cr = false;
            continue;
        }
        rl_state.after_cr = c == '\r';
        if (c == '\r' || c == '\n') {
            console_write_str("\n");
            break;
        }
        if (c == KEY_CTRL('C')) {
            line->event = REPL_LINE_INTERRUPT;
            break;
        }
        if (empty && (c == KEY_CTRL('D') || c == KEY_CTRL('A') || c == KEY_CTRL('E') || c == KEY_CTRL('B'))) {
            line->event = c == KEY_CTRL('D') ? REPL_LINE_EOF
                          : c == KEY_CTRL('A') ? REPL_LINE_RAW
                          : c == KEY_CTRL('E') ? REPL_LINE_PASTE
                                           : REPL_LINE_BANNER;
            len = 0;
            break;
        }
        if (c == 0x7f || c == KEY_CTRL('H')) {
            if (len > 0) {
                len--;
                console_write_str("\b \b");
            }
            continue;
        }
        if (c == 0x1b) {
            // An escape sequence (arrow keys ...): skip it.
            int n = console_read_byte();
            if (n == '[' || n == 'O') {
                while ((n = console_read_byte()) >= 0 && !(n >= 0x40 && n <= 0x7e)) {
                }
            }
            continue;
        }
        if (c < 0x20 && c != '\t') {
            continue;
        }
        if (len < sizeof(buf) - 1) {
            buf[len++] = (char)c;
            char ch = (char)c;
            console_write(&ch, 1);
        }
    }
    console_raw_mode(false);
    line->text = dup_str(buf, line->event == REPL_LINE_TEXT ? len : 0);
}

#if MPS_PORT_READLINE

// --- GNU readline ------------------------------------------------------------------

// Ctrl-A/E/B: on an empty line, the REPL's mode keys; otherwise readline's editing.
static int key_ctrl_a(int count, int key) {
    if (rl_end == 0) {
        rl_state.event = REPL_LINE_RAW;
        rl_done = 1;
        return 0;
    }
    return rl_beg_of_line(count, key);
}

static int key_ctrl_e(int count, int key) {
    if (rl_end == 0) {
        rl_state.event = REPL_LINE_PASTE;
        rl_done = 1;
        return 0;
    }
    return rl_end_of_line(count, key);
}

static int key_ctrl_b(int count, int key) {
    if (rl_end == 0) {
        rl_state.event = REPL_LINE_BANNER;
        rl_done = 1;
        return 0;
    }
    return rl_backward_char(count, key);
}

// Reads a key; a Ctrl-C signal while waiting ends the line as an interrupt.
static int getc_interruptible(FILE *f) {
    for (;;) {
        // Checked before each read too: the signal may have come with keys typed
        // ahead of it, before readline asked for them.
        if (console_take_interrupt()) {
            rl_state.event = REPL_LINE_INTERRUPT;
            rl_replace_line("", 0);
            return '\n';
        }
        unsigned char c;
        ssize_t n = read(fileno(f), &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return EOF;
    }
}

static int insert_indent(void) {
    for (size_t i = 0; i < rl_state.indent; i++) {
        rl_insert_text(" ");
    }
    return 0;
}

// Completion: the names visible at the prompt, or the attributes of the object named
// before the last dot ("machine.U" completes from dir(machine)).
static mps_obj_t completion_candidates(const char *text, size_t *prefix_len) {
    const char *dot = strrchr(text, '.');
    mps_obj_t dir_fn = mps_load_builtin(MPS_QSTR_dir);
    if (dot == NULL) {
        *prefix_len = 0;
        mps_obj_t names = mps_obj_new_list(0, NULL);
        mps_map_t *map = mps_obj_dict_get_map(mps_state.dict_main);
        size_t cur = 0;
        for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
            mps_obj_list_append(names, e->key);
        }
        mps_obj_t builtins = mps_module_get_builtin(MPS_QSTR_builtins);
        if (builtins != MPS_OBJ_NULL && dir_fn != MPS_OBJ_NULL) {
            mps_obj_t more = mps_call_function_1(dir_fn, builtins);
            size_t n;
            mps_obj_t *items;
            mps_obj_list_get(more, &n, &items);
            for (size_t i = 0; i < n; i++) {
                mps_obj_list_append(names, items[i]);
            }
        }
        return names;
    }
    *prefix_len = (size_t)(dot - text) + 1;
    mps_obj_t obj = MPS_OBJ_NULL;
    if (text[0] == '\'' || text[0] == '"' || (text[0] >= '0' && text[0] <= '9')) {
        // A literal before the dot ('abc'.upp): evaluating it has no side effects.
        if (strpbrk(text, "()[]{}") != NULL) {
            return MPS_OBJ_NULL;
        }
        obj = mps_exec_source(text, (size_t)(dot - text), MPS_QSTR_lt_stdin_gt, MPS_PARSE_EVAL_INPUT,
                              mps_state.dict_main, mps_state.dict_main);
    }
    // Otherwise walk the dotted names from the globals (no code runs but attribute loads).
    const char *p = text;
    while (obj == MPS_OBJ_NULL && p < dot) {
        const char *q = memchr(p, '.', (size_t)(dot - p));
        size_t n = q ? (size_t)(q - p) : (size_t)(dot - p);
        qstr name = qstr_from_strn(p, n);
        obj = mps_obj_dict_get(mps_state.dict_main, MPS_OBJ_NEW_QSTR(name));
        if (obj == MPS_OBJ_NULL) {
            obj = mps_load_builtin(name);
        }
        if (obj == MPS_OBJ_NULL) {
            return MPS_OBJ_NULL;
        }
        p += n + 1;
        while (p < dot) {
            q = memchr(p, '.', (size_t)(dot - p));
            n = q ? (size_t)(q - p) : (size_t)(dot - p);
            obj = mps_load_attr(obj, qstr_from_strn(p, n));
            p += n + 1;
        }
    }
    if (obj == MPS_OBJ_NULL || dir_fn == MPS_OBJ_NULL) {
        return MPS_OBJ_NULL;
    }
    return dir_fn != MPS_OBJ_NULL ? mps_call_function_1(dir_fn, obj) : MPS_OBJ_NULL;
}

static char *complete_next(const char *text, int state) {
    static size_t index, prefix_len;
    static char **matches;
    static size_t n_matches;
    if (state == 0) {
        for (size_t i = 0; i < n_matches; i++) {
            free(matches[i]);
        }
        free(matches);
        matches = NULL;
        n_matches = index = 0;
        // Collect the matches into host memory at once: the candidate list is garbage
        // as soon as this call returns.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mps_obj_t candidates = completion_candidates(text, &prefix_len);
            size_t n = 0;
            mps_obj_t *items = NULL;
            if (candidates != MPS_OBJ_NULL) {
                mps_obj_list_get(candidates, &n, &items);
            }
            matches = calloc(n + 1, sizeof(char *));
            const char *part = text + prefix_len;
            size_t part_len = strlen(part);
            for (size_t i = 0; matches != NULL && i < n; i++) {
                size_t len;
                const char *s = mps_obj_str_get_data(items[i], &len);
                if (len >= part_len && strncmp(s, part, part_len) == 0 && (part_len > 0 || s[0] != '_')) {
                    bool dup = false;
                    for (size_t j = 0; j < n_matches && !dup; j++) {
                        dup = strlen(matches[j]) == prefix_len + len &&
                              memcmp(matches[j] + prefix_len, s, len) == 0;
                    }
                    if (!dup) {
                        char *m = malloc(prefix_len + len + 1);
                        if (m != NULL) {
                            memcpy(m, text, prefix_len);
                            memcpy(m + prefix_len, s, len);
                            m[prefix_len + len] = '\0';
                            matches[n_matches++] = m;
                        }
                    }
                }
            }
            nlr_pop();
        }
    }
    if (index < n_matches) {
        char *m = matches[index];
        matches[index++] = NULL;
        return m; // readline frees it
    }
    return NULL;
}

static void readline_init(void) {
    rl_readline_name = "micropython";
    rl_catch_signals = 0;
    rl_getc_function = getc_interruptible;
    rl_startup_hook = insert_indent;
    rl_completion_entry_function = complete_next;
    rl_basic_word_break_characters = " \t\n\\`@$><=;|&{(,[+-*/%^~";
    rl_completion_append_character = '\0';
    // Pasted lines arrive one by one, as on a board's REPL (paste mode is the way to
    // paste blocks), so readline's bracketed paste stays off.
    rl_variable_bind("enable-bracketed-paste", "off");
    rl_bind_key(KEY_CTRL('A'), key_ctrl_a);
    rl_bind_key(KEY_CTRL('E'), key_ctrl_e);
    rl_bind_key(KEY_CTRL('B'), key_ctrl_b);
    const char *home = getenv("HOME");
    if (home != NULL) {
        snprintf(rl_state.history_path, sizeof(rl_state.history_path), "%s/%s", home, HISTORY_FILE);
        using_history();
        read_history(rl_state.history_path);
    }
}

static void readline_read_line(const char *prompt, size_t indent, repl_line_t *line) {
    rl_state.indent = indent;
    rl_state.event = REPL_LINE_TEXT;
    char *text = readline(prompt);
    if (text == NULL) {
        line->event = REPL_LINE_EOF;
        line->text = dup_str("", 0);
        return;
    }
    line->event = rl_state.event;
    if (line->event != REPL_LINE_TEXT) {
        free(text);
        text = dup_str("", 0);
    } else if (text[strspn(text, " ")] != '\0') {
        add_history(text);
        if (rl_state.history_path[0] != '\0') {
            // Appended at once, so that history survives a crash or a kill.
            FILE *f = fopen(rl_state.history_path, "a");
            if (f != NULL) {
                fclose(f);
                append_history(1, rl_state.history_path);
                history_truncate_file(rl_state.history_path, HISTORY_MAX);
            }
        }
    }
    line->text = text;
}

#endif // MPS_PORT_READLINE

void repl_readline_init(const repl_options_t *options) {
#if MPS_PORT_READLINE
    rl_state.readline = options->use_readline && console_is_local_tty();
    if (rl_state.readline) {
        readline_init();
    }
#else
    (void)options;
    rl_state.readline = false;
#endif
}

void repl_readline_deinit(void) {
}

void repl_read_line(const char *prompt, size_t indent, repl_line_t *line) {
#if MPS_PORT_READLINE
    if (rl_state.readline) {
        readline_read_line(prompt, indent, line);
        return;
    }
#endif
    simple_read_line(prompt, indent, line);
}

void repl_free_line(repl_line_t *line) {
    free(line->text);
    line->text = NULL;
}
