// SPDX-License-Identifier: MIT
// The sys module: interpreter facts (version, implementation, maxsize of a 32-bit
// target), the import state (path, modules), argv, exit, the console streams and
// exception helpers.
#include <stdint.h>

#include "core/hal.h"
#include "core/mem.h"
#include "core/modulelist.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"

// A static tuple of small ints, laid out as mps_obj_tuple_t.
#define STATIC_TUPLE(n) \
    struct { \
        mps_obj_base_t base; \
        mps_uint_t len; \
        mps_obj_t items[n]; \
    }

static const STATIC_TUPLE(3) sys_version_info_obj = {
    MPS_BASE(MPS_TYPE_IDX_tuple), 3,
    {MPS_OBJ_NEW_SMALL_INT(3), MPS_OBJ_NEW_SMALL_INT(4), MPS_OBJ_NEW_SMALL_INT(0)},
};

// mpsim's own version.
static const STATIC_TUPLE(3) sys_impl_version_obj = {
    MPS_BASE(MPS_TYPE_IDX_tuple), 3,
    {MPS_OBJ_NEW_SMALL_INT(0), MPS_OBJ_NEW_SMALL_INT(1), MPS_OBJ_NEW_SMALL_INT(0)},
};

// --- console streams ---------------------------------------------------------------------

// sys.stdin/stdout/stderr: minimal text streams over the port's console.
typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_sys_stdio
    mps_uint_t fd;
} sys_stdio_t;

static const sys_stdio_t sys_stdin_obj = {MPS_BASE(MPS_TYPE_IDX_sys_stdio), 0};
static const sys_stdio_t sys_stdout_obj = {MPS_BASE(MPS_TYPE_IDX_sys_stdio), 1};
static const sys_stdio_t sys_stderr_obj = {MPS_BASE(MPS_TYPE_IDX_sys_stdio), 2};

static void stdio_print(const mps_print_t *print, mps_obj_t self_in, mps_print_kind_t kind) {
    const sys_stdio_t *self = MPS_OBJ_TO_PTR(self_in);
    mps_printf(print, "<io.TextIOWrapper %u>", (unsigned)self->fd);
}

static mps_obj_t stdio_write(mps_obj_t self_in, mps_obj_t data) {
    const sys_stdio_t *self = MPS_OBJ_TO_PTR(self_in);
    size_t len;
    const char *buf;
    if (mps_obj_is_str(data) || mps_obj_is_bytes(data)) {
        buf = mps_obj_str_get_data(data, &len);
    } else {
        mps_buffer_info_t info;
        mps_get_buffer_raise(data, &info, MPS_BUFFER_READ);
        buf = info.buf;
        len = info.len;
    }
    if (self->fd == 2) {
        mps_hal_stderr_write(buf, len);
    } else if (self->fd == 1) {
        mps_hal_stdout_write(buf, len);
    } else {
        mps_raise_OSError(9); // EBADF: stdin is not writable
    }
    return MPS_OBJ_NEW_SMALL_INT(len);
}
static MPS_DEFINE_FUN_2(stdio_write_obj, stdio_write);

// Reads up to [max] bytes (all input when negative), stopping after a newline when
// [line] is set.
static mps_obj_t stdio_read_common(mps_obj_t self_in, mps_int_t max, bool line) {
    const sys_stdio_t *self = MPS_OBJ_TO_PTR(self_in);
    if (self->fd != 0) {
        mps_raise_OSError(9);
    }
    vstr_t vstr;
    vstr_init(&vstr, 16);
    while (max < 0 || (mps_int_t)vstr.len < max) {
        int c = mps_hal_stdin_read_char();
        if (c < 0) {
            break;
        }
        vstr_add_byte(&vstr, (unsigned char)c);
        if (line && c == '\n') {
            break;
        }
    }
    return mps_obj_new_str_from_vstr(&vstr);
}

static mps_obj_t stdio_read(size_t n_args, const mps_obj_t *args) {
    return stdio_read_common(args[0], n_args > 1 && args[1] != mps_const_none ? mps_obj_get_int(args[1]) : -1,
                             false);
}
static MPS_DEFINE_FUN_VAR(stdio_read_obj, 1, 2, stdio_read);

static mps_obj_t stdio_readline(size_t n_args, const mps_obj_t *args) {
    return stdio_read_common(args[0], n_args > 1 && args[1] != mps_const_none ? mps_obj_get_int(args[1]) : -1,
                             true);
}
static MPS_DEFINE_FUN_VAR(stdio_readline_obj, 1, 2, stdio_readline);

static mps_obj_t stdio_flush(mps_obj_t self_in) {
    return mps_const_none; // the console is written through
}
static MPS_DEFINE_FUN_1(stdio_flush_obj, stdio_flush);

static const mps_rom_map_elem_t stdio_locals_table[] = {
    {MPS_ROM_QSTR(MPS_QSTR_write), MPS_ROM_PTR(&stdio_write_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_read), MPS_ROM_PTR(&stdio_read_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readline), MPS_ROM_PTR(&stdio_readline_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_flush), MPS_ROM_PTR(&stdio_flush_obj)},
};

const mps_obj_type_t mps_type_sys_stdio = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_TextIOWrapper,
    .print = stdio_print,
    .locals = stdio_locals_table,
    .n_locals = sizeof(stdio_locals_table) / sizeof(stdio_locals_table[0]),
};

// --- sys.implementation --------------------------------------------------------------------

typedef struct {
    mps_obj_base_t base; // MPS_TYPE_IDX_sys_impl
} sys_impl_t;

static const sys_impl_t sys_impl_obj = {MPS_BASE(MPS_TYPE_IDX_sys_impl)};

static const uint16_t sys_impl_fields[] = {MPS_QSTR_name, MPS_QSTR_version, MPS_QSTR__machine};

static mps_obj_t sys_impl_field(qstr attr) {
    switch (attr) {
        case MPS_QSTR_name:
            return MPS_OBJ_NEW_QSTR(MPS_QSTR_micropython);
        case MPS_QSTR_version:
            return MPS_OBJ_FROM_PTR(&sys_impl_version_obj);
        case MPS_QSTR__machine:
            return MPS_OBJ_NEW_QSTR(MPS_QSTR_sys_machine_str);
        default:
            return MPS_OBJ_NULL;
    }
}

static void sys_impl_print(const mps_print_t *print, mps_obj_t self_in, mps_print_kind_t kind) {
    // As MicroPython's attrtuple: (name='micropython', version=(0, 1, 0), ...)
    mps_print_str(print, "(");
    for (size_t i = 0; i < sizeof(sys_impl_fields) / sizeof(sys_impl_fields[0]); i++) {
        mps_printf(print, "%s%q=%R", i > 0 ? ", " : "", (qstr)sys_impl_fields[i],
                   sys_impl_field(sys_impl_fields[i]));
    }
    mps_print_str(print, ")");
}

static void sys_impl_attr(mps_obj_t self_in, qstr attr, mps_obj_t *dest) {
    if (dest[0] == MPS_OBJ_NULL) {
        dest[0] = sys_impl_field(attr);
    }
}

const mps_obj_type_t mps_type_sys_impl = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .name = MPS_QSTR_tuple,
    .print = sys_impl_print,
    .attr = sys_impl_attr,
};

// --- functions -------------------------------------------------------------------------------

static mps_obj_t sys_exit(size_t n_args, const mps_obj_t *args) {
    if (n_args == 0) {
        mps_raise(MPS_OBJ_FROM_PTR(&mps_type_SystemExit));
    }
    nlr_raise(mps_obj_new_exception_arg1(&mps_type_SystemExit, args[0]));
}
static MPS_DEFINE_FUN_VAR(sys_exit_obj, 0, 1, sys_exit);

// A printer that sends text to any object with a write() method.
static void print_to_stream(void *data, const char *str, size_t len) {
    mps_obj_t stream = *(mps_obj_t *)data;
    mps_obj_t dest[3];
    mps_load_method(stream, MPS_QSTR_write, dest);
    dest[2] = mps_obj_new_str(str, len);
    mps_call_method_n_kw(1, 0, dest);
}

static mps_obj_t sys_print_exception(size_t n_args, const mps_obj_t *args) {
    mps_obj_t stream = n_args > 1 ? args[1] : MPS_OBJ_FROM_PTR(&sys_stdout_obj);
    if (stream == MPS_OBJ_FROM_PTR(&sys_stdout_obj)) {
        mps_obj_print_traceback(&mps_plat_print, args[0]);
    } else if (stream == MPS_OBJ_FROM_PTR(&sys_stderr_obj)) {
        mps_obj_print_traceback(&mps_stderr_print, args[0]);
    } else {
        mps_print_t print = {&stream, print_to_stream};
        mps_obj_print_traceback(&print, args[0]);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(sys_print_exception_obj, 1, 2, sys_print_exception);

static mps_obj_t sys_exc_info(void) {
    mps_obj_t exc = mps_state.sys_exc_info;
    mps_obj_t t[3] = {mps_const_none, mps_const_none, mps_const_none};
    if (exc != MPS_OBJ_NULL && exc != mps_const_none) {
        t[0] = mps_obj_get_class(exc);
        t[1] = exc;
    }
    return mps_obj_new_tuple(3, t);
}
static MPS_DEFINE_FUN_0(sys_exc_info_obj, sys_exc_info);

// Attributes that live in mps_state or are made on demand.
static void sys_attr(mps_obj_t module, qstr attr, mps_obj_t *dest) {
    mps_obj_t *slot = NULL;
    switch (attr) {
        case MPS_QSTR_argv:
            slot = &mps_state.sys_argv;
            break;
        case MPS_QSTR_path:
            slot = &mps_state.sys_path;
            break;
        case MPS_QSTR_modules:
            slot = &mps_state.loaded_modules;
            break;
        case MPS_QSTR_maxsize:
            if (dest[0] == MPS_OBJ_NULL) {
                dest[0] = mps_obj_new_int(INT32_MAX); // sys.maxsize of a 32-bit target
            }
            return;
        default:
            return;
    }
    if (dest[0] == MPS_OBJ_NULL) {
        dest[0] = *slot;
    } else if (dest[1] != MPS_OBJ_NULL && attr != MPS_QSTR_modules) {
        // sys.path = [...] and sys.argv = [...] replace the lists.
        *slot = dest[1];
        dest[0] = MPS_OBJ_NULL;
    }
}

static const mps_rom_map_elem_t sys_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_sys)},
    {MPS_ROM_QSTR(MPS_QSTR_version), MPS_ROM_QSTR(MPS_QSTR_sys_version_str)},
    {MPS_ROM_QSTR(MPS_QSTR_version_info), MPS_ROM_PTR(&sys_version_info_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_implementation), MPS_ROM_PTR(&sys_impl_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_platform), MPS_ROM_QSTR(MPS_QSTR_linux)},
    {MPS_ROM_QSTR(MPS_QSTR_byteorder), MPS_ROM_QSTR(MPS_QSTR_little)},
    {MPS_ROM_QSTR(MPS_QSTR_stdin), MPS_ROM_PTR(&sys_stdin_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_stdout), MPS_ROM_PTR(&sys_stdout_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_stderr), MPS_ROM_PTR(&sys_stderr_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_exit), MPS_ROM_PTR(&sys_exit_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_print_exception), MPS_ROM_PTR(&sys_print_exception_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_exc_info), MPS_ROM_PTR(&sys_exc_info_obj)},
};

static const mps_module_def_t sys_module_def = {
    .name = MPS_QSTR_sys,
    .globals = sys_globals,
    .n_globals = sizeof(sys_globals) / sizeof(sys_globals[0]),
    .attr = sys_attr,
};

const mps_obj_module_t mps_module_sys = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &sys_module_def,
};
