// SPDX-License-Identifier: MIT
// The console the REPL talks through: the process's terminal, its pipes, or a
// pseudo-terminal served to another program (a board tool) like a serial port.
#ifndef PORTS_UNIX_CONSOLE_H
#define PORTS_UNIX_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>

// Uses the process's stdin/stdout/stderr (the default).
void console_use_stdio(void);
// Opens a pseudo-terminal, prints its device path on stdout, and makes it the console
// for both input and output. A reader thread watches it so that Ctrl-C (0x03) raises
// KeyboardInterrupt in running code. Returns false with a message on failure.
bool console_use_pty(void);
// True when the console is this process's own terminal (readline can be used).
bool console_is_local_tty(void);

// Reads one byte; -1 at end of input. Ctrl-C typed while code ran is not returned.
int console_read_byte(void);
// Writes to the console's output (stdout, or the pty).
void console_write(const char *str, size_t len);
void console_write_str(const char *str);
// Where error output goes (stderr, or the pty).
void console_write_err(const char *str, size_t len);

// Marks whether Python code is running: then Ctrl-C (a SIGINT from the terminal, or
// the byte from a pty) raises KeyboardInterrupt; otherwise it is input for the REPL.
void console_set_executing(bool on);
// Installs the SIGINT handler that does the above.
void console_install_sigint(void);
// True (once) if Ctrl-C came as a signal while the REPL was waiting for input.
bool console_take_interrupt(void);

// Puts a local terminal in raw mode (no echo, byte at a time) and back, around the
// character-level modes (raw REPL, paste mode without readline).
void console_raw_mode(bool on);

#endif // PORTS_UNIX_CONSOLE_H
