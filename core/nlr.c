// SPDX-License-Identifier: MIT
// Non-local return over setjmp/longjmp: one implementation for every host.

#include "core/nlr.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/state.h"

static nlr_fatal_fun_t fatal_handler; // set once by the port; not interpreter state

void nlr_set_fatal(nlr_fatal_fun_t fun) {
    fatal_handler = fun;
}

void nlr_push_tail(nlr_buf_t *buf) {
    buf->prev = mps_state.nlr_top;
    buf->ret_val = MPS_OBJ_NULL;
    mps_state.nlr_top = buf;
}

void nlr_pop(void) {
    mps_state.nlr_top = mps_state.nlr_top->prev;
}

noreturn void nlr_jump(mps_obj_t val) {
    nlr_buf_t *top = mps_state.nlr_top;
    if (top == NULL) {
        if (fatal_handler != NULL) {
            fatal_handler(val);
        }
        fprintf(stderr, "mpsim: uncaught exception with no handler\n");
        abort();
    }
    top->ret_val = val;
    mps_state.nlr_top = top->prev;
    longjmp(top->jmpbuf, 1);
}
