// SPDX-License-Identifier: MIT
// heapviz inside the interpreter: what a port calls for `-X heapviz=...`. The view
// runs on the heap observer's events in the interpreter's own thread, throttled. It
// takes gc.h's one observer slot, and expects allocations from one thread at a time.
#ifndef HEAPVIZ_HEAPVIZ_H
#define HEAPVIZ_HEAPVIZ_H

#include <stdbool.h>
#include <stddef.h>

#include "heapviz/sites.h"

// Starts watching this process's heap (call after gc_init, before running code).
// [spec] is what follows "-X heapviz=":
//
//   FRONTEND[,OPTION...]   FRONTEND: curses | sdl | publish | none
//
//   curses       the terminal view, on /dev/tty (or tty=PATH) so stdout stays the script's
//   sdl          the window view
//   publish      no view here: publish the heap for `heapviz attach` in another terminal
//   none         no view (with record= or dump)
//   OPTIONS      record=FILE    also record the run (replay: heapviz replay FILE)
//                publish        also publish, with curses or sdl
//                interval=MS    refresh the view at most every MS ms (50); every
//                               collection still goes into the timeline
//                dump           on a failed allocation, write the map to stderr
//                pausefail      pause the view (and the program) when an allocation fails
//                hold / nohold  keep the view open at exit until q (default: hold
//                               for curses and sdl, except SDL without a display)
//                tty=PATH       the terminal for curses
//                where          track where each object was allocated (needs
//                               heapviz_set_locator; shown when a block is selected)
//
// Returns false with a message in [err] (a bad spec, a front-end this build lacks,
// no display ...); the interpreter should then exit with a usage error.
bool heapviz_start(const char *spec, char *err, size_t errlen);
// Refreshes the view if the heap changed since the last frame. Call when the program
// goes idle, e.g. before the REPL waits for a line, so attached views are current,
// and after a soft reset's gc_init (which sends no events) so the view starts again.
void heapviz_poll(void);
// Ends watching: a last frame, then (with hold) waits for the user to close the view;
// closes the recording and the published channel. Safe to call when not started.
void heapviz_stop(void);
// True between heapviz_start and heapviz_stop.
bool heapviz_active(void);
// Lets the view say where each object was allocated: [locator] tells the source file
// and line running now (the VM provides it). Takes effect with the `where` option,
// or at once if heapviz is running with it. Costs one call per allocation.
void heapviz_set_locator(hv_locator_fun_t locator);

// One line per option, for the port's --help.
extern const char heapviz_help[];

#endif // HEAPVIZ_HEAPVIZ_H
