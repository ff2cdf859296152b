// SPDX-License-Identifier: MIT
// The interactive REPL of the unix port.
#ifndef PORTS_UNIX_REPL_H
#define PORTS_UNIX_REPL_H

// Runs the REPL on the console until Ctrl-D on an empty line; returns the exit status.
int repl_run(void);

#endif // PORTS_UNIX_REPL_H
