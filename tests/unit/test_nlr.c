// SPDX-License-Identifier: MIT
// Non-local return: regions nest, a jump lands in the innermost one with its value.

#include <criterion/criterion.h>

#include "core/nlr.h"
#include "core/state.h"

static void raise_value(mps_obj_t v) {
    nlr_jump(v);
}

Test(nlr, normal_completion_pops_the_region) {
    nlr_buf_t buf;
    nlr_buf_t *before = mps_state.nlr_top;
    if (nlr_push(&buf) == 0) {
        cr_assert_eq(mps_state.nlr_top, &buf);
        nlr_pop();
    } else {
        cr_assert_fail("jumped without a raise");
    }
    cr_assert_eq(mps_state.nlr_top, before);
}

Test(nlr, jump_returns_its_value_to_the_innermost_region) {
    nlr_buf_t outer, inner;
    volatile int landed = 0;
    if (nlr_push(&outer) == 0) {
        if (nlr_push(&inner) == 0) {
            raise_value(MPS_OBJ_NEW_SMALL_INT(42));
            nlr_pop();
        } else {
            landed = 1;
            cr_assert_eq(inner.ret_val, MPS_OBJ_NEW_SMALL_INT(42));
            // The inner region is closed: a second jump reaches the outer one.
            cr_assert_eq(mps_state.nlr_top, &outer);
            raise_value(MPS_OBJ_NEW_SMALL_INT(7));
        }
        nlr_pop();
        cr_assert_fail("no jump to the outer region");
    } else {
        cr_assert_eq(landed, 1);
        cr_assert_eq(outer.ret_val, MPS_OBJ_NEW_SMALL_INT(7));
    }
}
