// SPDX-License-Identifier: MIT
// All mutable global state of the interpreter, in one struct, so that a soft reset or a
// unit test can start again from nothing.
#ifndef CORE_STATE_H
#define CORE_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/gc.h"
#include "core/nlr.h"
#include "core/obj.h"

// Words of the Python frame stack (compile area; the lead may move this to config.h).
#ifndef MPS_CFG_PYSTACK_WORDS
#define MPS_CFG_PYSTACK_WORDS (16 * 1024)
#endif

// One cached attribute lookup along a class's MRO (core/objtype.c).
#define MPS_CLASS_CACHE_SIZE (256)
typedef struct {
    mps_obj_t cls;
    uint32_t epoch;
    uint16_t attr;
    uint16_t user_only;
    mps_obj_t member;
    mps_obj_t where;
} mps_class_cache_entry_t;

// Fields between root_start and root_end are GC roots: every word there that points
// into the heap keeps its allocation alive. Put any heap reference that is not reachable
// from elsewhere (module registry, current exception ...) in that range.
typedef struct {
    // --- GC roots ---
    mps_obj_t root_start;
    mps_obj_t dict_main;        // __main__'s globals
    mps_obj_t main_module;      // __main__ itself (kept out of sys.modules, as MicroPython)
    mps_obj_t dict_globals;     // globals of the code running now
    mps_obj_t dict_locals;      // locals of the module / class body running now
    mps_obj_t loaded_modules;   // sys.modules (a dict)
    mps_obj_t sys_path;         // list
    mps_obj_t sys_argv;         // list
    mps_obj_t sys_exc_info;     // exception being handled (for sys.exc_info / bare raise)
    mps_obj_t builtins_override; // dict of user-set builtins, or NULL
    mps_obj_t emergency_exc;    // MemoryError instance made at start-up
    void *emergency_exc_buf;    // room to record a traceback without allocating
    // Storage of the emergency exception itself (its object, message and buffer live
    // here, not in the heap, as MicroPython's static one; core/objexcept.c).
    mps_uint_t emergency_exc_mem[(MPS_CFG_EMERGENCY_EXC_BUF + 128) / sizeof(mps_uint_t)];
    mps_obj_t pending_exception; // raised at the next check (KeyboardInterrupt ...)
    mps_obj_t sched_queue;      // list of (callback, arg) for micropython.schedule
    mps_obj_t qstr_last_pool;   // newest dynamic qstr pool (core/qstr.c)
    mps_obj_t qstr_chunk;       // heap chunk receiving new qstr bytes
    mps_obj_t repl_last_value;  // `_` in the REPL
    // Return value of a generator whose iternext just gave MPS_OBJ_STOP_ITERATION (or
    // NULL): next() raises StopIteration with it (core/objgenerator.c sets it).
    mps_obj_t stop_iteration_arg;
    mps_obj_t errno_errorcode;  // errno.errorcode, made on first use (core/moderrno.c)
    mps_obj_t port_roots[8];    // for ports and hal_sim (documented in their headers)
    // Frames of ordinary Python calls (core/objfunbc.h): a stack below 4 GiB so that
    // iterators kept in a frame have 32-bit addresses; scanned as a root, and popped
    // frames are zeroed so they keep nothing alive.
    mps_obj_t pystack[MPS_CFG_PYSTACK_WORDS];
    mps_obj_t root_end;

    // --- not roots ---
    gc_state_t gc;
    nlr_buf_t *nlr_top;
    void *vm_frame;             // innermost running mps_frame_t (core/vm.c), or NULL
    // Attribute lookups along a class's MRO, cached (core/objtype.c). An entry is good
    // while class_epoch is unchanged: it moves on any change to a class's dict and on
    // every new class. Not roots: what a live entry names is reachable from its class.
    uint32_t class_epoch;
    mps_class_cache_entry_t class_cache[MPS_CLASS_CACHE_SIZE];
    volatile int sched_pending; // set from signal handlers
    char *stack_top;            // where the C stack began (highest address)
    size_t stack_limit;         // bytes allowed below stack_top
    int call_depth;
    mps_obj_t *pystack_cur;     // first free word of pystack (NULL: not set up yet)
    // Lookup hints of LOAD_GLOBAL (core/vm.c): slot indices, checked before use, so
    // they never need resetting and hold no references.
    uint16_t global_hint[256];
    // A slice object (header, start, stop, step) that BUILD_SLICE fills instead of
    // allocating when a built-in sequence is subscripted with small-int bounds
    // (core/vm.c); it never holds references.
    mps_obj_t slice_scratch[4];
    uint16_t builtin_hint[128];
    int opt_level;              // micropython.opt_level(), -O
    int kbd_intr_char;          // micropython.kbd_intr(); -1 disables
    size_t qstr_last_chunk_used;
    size_t qstr_last_chunk_alloc;
    void *port_state;           // owned by the port
    // random module's generator (core/modrandom.c): seeded on first use unless seed() was called.
    uint64_t random_state;
    bool random_seeded;
} mps_state_t;

extern mps_state_t mps_state;

#endif // CORE_STATE_H
