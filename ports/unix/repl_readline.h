// SPDX-License-Identifier: MIT
// Reading one line for the friendly REPL: GNU readline on a local terminal (editing,
// history kept in ~/.micropython.history, tab completion of names and attributes), a
// small echoing line editor elsewhere (pipes, a served pty).
#ifndef PORTS_UNIX_REPL_READLINE_H
#define PORTS_UNIX_REPL_READLINE_H

#include <stddef.h>

#include "repl.h"

typedef enum {
    REPL_LINE_TEXT,      // a line was entered
    REPL_LINE_EOF,       // Ctrl-D on an empty line, or end of input
    REPL_LINE_INTERRUPT, // Ctrl-C: drop the input
    REPL_LINE_RAW,       // Ctrl-A on an empty line: enter the raw REPL
    REPL_LINE_PASTE,     // Ctrl-E on an empty line: paste mode
    REPL_LINE_BANNER,    // Ctrl-B on an empty line: print the banner
} repl_line_event_t;

typedef struct {
    repl_line_event_t event;
    char *text; // always a string ("" for events); free with repl_free_line
} repl_line_t;

void repl_readline_init(const repl_options_t *options);
void repl_readline_deinit(void);
// Reads a line after [prompt], starting with [indent] spaces already typed.
void repl_read_line(const char *prompt, size_t indent, repl_line_t *line);
void repl_free_line(repl_line_t *line);

#endif // PORTS_UNIX_REPL_READLINE_H
