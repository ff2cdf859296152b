// SPDX-License-Identifier: MIT
// Non-local return: how exceptions travel through C code.
#ifndef CORE_NLR_H
#define CORE_NLR_H

#include <setjmp.h>
#include <stdnoreturn.h>

#include "core/obj.h"

// Theory of operation
// -------------------
// nlr_push(&buf) opens a region and returns 0. If code inside it calls nlr_jump(v)
// (normally through nlr_raise / mps_raise_*), control comes back out of that same
// nlr_push a second time, returning non-zero, with buf.ret_val = v; the region is then
// already closed. On normal completion the region must be closed with nlr_pop().
// Regions nest as a linked list whose top lives in mps_state. Locals modified inside a
// region and read after a jump must be volatile. Never `return` from inside a region.
//
//     nlr_buf_t nlr;
//     if (nlr_push(&nlr) == 0) {
//         ... code that may raise ...
//         nlr_pop();
//     } else {
//         ... handle (mps_obj_t)nlr.ret_val ...
//     }

typedef struct nlr_buf_s nlr_buf_t;
struct nlr_buf_s {
    nlr_buf_t *prev;
    mps_obj_t ret_val;
    jmp_buf jmpbuf;
};

// Links [buf] as the innermost region; used by the nlr_push macro.
void nlr_push_tail(nlr_buf_t *buf);
#define nlr_push(buf) (nlr_push_tail(buf), setjmp((buf)->jmpbuf))
// Closes the innermost region.
void nlr_pop(void);
// Jumps to the innermost region with [val]. With no region, calls the fatal handler.
noreturn void nlr_jump(mps_obj_t val);
#define nlr_raise(exc) nlr_jump(exc)

// Called when nothing catches: prints and aborts (set by the port, may be NULL).
typedef void (*nlr_fatal_fun_t)(mps_obj_t val);
void nlr_set_fatal(nlr_fatal_fun_t fun);

#endif // CORE_NLR_H
