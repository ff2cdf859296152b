// SPDX-License-Identifier: MIT
// .mpy round trips: code compiled here, saved, loaded back and run gives the same
// results; truncated, damaged or foreign files raise ValueError.
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/builtinevalexec.h"
#include "core/nlr.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/persistentcode.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"
#include "support.h"

static void setup(void) {
    unit_interpreter(128 * 1024);
}

TestSuite(persistentcode, .init = setup);

static const char source[] =
    "import micropython\n"
    "_K = micropython.const(7)\n"
    "def f(a, b=2, *c, d=(1, 'x', b'y', 2.5, 10**20), **e):\n"
    "    return a + b + len(c) + len(d) + len(e)\n"
    "class C:\n"
    "    def m(self):\n"
    "        return [i * _K for i in range(3)]\n"
    "def g():\n"
    "    try:\n"
    "        yield 1\n"
    "    finally:\n"
    "        pass\n"
    "r = (f(1, 2, 3, z=4), C().m(), list(g()), 'long string ' * 2, 1j, ...)\n";

static mps_obj_t run_rc(const mps_raw_code_t *rc) {
    mps_obj_t globals = mps_obj_new_dict(4);
    mps_obj_dict_store(globals, MPS_OBJ_NEW_QSTR(MPS_QSTR___name__), MPS_OBJ_NEW_QSTR(MPS_QSTR___main__));
    mps_exec_raw_code(rc, globals, globals);
    return mps_obj_dict_get(globals, MPS_OBJ_NEW_QSTR(qstr_from_str("r")));
}

static const char *repr(mps_obj_t o, char *buf, size_t size) {
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mps_obj_print(&print, o, MPS_PRINT_REPR);
    snprintf(buf, size, "%.*s", (int)vstr.len, vstr.buf);
    return buf;
}

static void save(vstr_t *out) {
    mps_raw_code_t *rc = mps_compile_source(source, strlen(source), qstr_from_str("m.py"), MPS_PARSE_FILE_INPUT);
    vstr_init(out, 64);
    mps_persistent_save(rc, out);
}

Test(persistentcode, round_trip_runs_the_same) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_raw_code_t *rc = mps_compile_source(source, strlen(source), qstr_from_str("m.py"), MPS_PARSE_FILE_INPUT);
        char want[256], got[256];
        repr(run_rc(rc), want, sizeof(want));
        vstr_t out;
        vstr_init(&out, 64);
        mps_persistent_save(rc, &out);
        mps_raw_code_t *back = mps_persistent_load((const uint8_t *)out.buf, out.len);
        repr(run_rc(back), got, sizeof(got));
        cr_assert_str_eq(got, want);
        nlr_pop();
    } else {
        cr_assert_fail("raised %s", mps_obj_get_type_str(nlr.ret_val));
    }
}

static bool load_raises_value_error(const uint8_t *data, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_persistent_load(data, len);
        nlr_pop();
        return false;
    }
    return mps_obj_is_instance(nlr.ret_val, MPS_OBJ_FROM_PTR(&mps_type_ValueError));
}

Test(persistentcode, bad_files_raise_value_error) {
    vstr_t out;
    save(&out);
    // every truncation
    for (size_t n = 0; n < out.len; n += 7) {
        cr_assert(load_raises_value_error((const uint8_t *)out.buf, n), "truncated to %zu", n);
    }
    // a flipped bit anywhere
    for (size_t i = 0; i < out.len; i += 5) {
        out.buf[i] ^= 0x10;
        cr_assert(load_raises_value_error((const uint8_t *)out.buf, out.len), "byte %zu damaged", i);
        out.buf[i] ^= 0x10;
    }
    // a foreign version
    out.buf[3] = 99;
    cr_assert(load_raises_value_error((const uint8_t *)out.buf, out.len));
}
