// SPDX-License-Identifier: MIT
// The interactive REPL of the unix port.
#ifndef PORTS_UNIX_REPL_H
#define PORTS_UNIX_REPL_H

#include <stdbool.h>

typedef struct {
    bool auto_indent;    // indent continuation lines (a person at a terminal)
    bool ctrl_d_resets;  // Ctrl-D on an empty friendly line soft-resets (a served pty)
    bool use_readline;   // GNU readline editing, history and completion
    void (*soft_reset)(void); // clears the heap and the interpreter state
    void (*before_input)(void); // called before each wait for input (may be NULL)
} repl_options_t;

// Runs the REPL on the console until it ends (Ctrl-D, end of input, SystemExit);
// returns the exit status.
int repl_run(const repl_options_t *options);

#endif // PORTS_UNIX_REPL_H
