// SPDX-License-Identifier: MIT
// help(): the REPL's short guide, help('modules'), and help(obj) listing an object's
// members, as MicroPython's help does.

#include "core/builtinhelp.h"

#include <string.h>

#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"

static const char help_text[] =
    "Welcome to mpsim, a MicroPython that runs on your computer as if it were a\n"
    "32-bit microcontroller: the same language, heap and gc/micropython modules.\n"
    "\n"
    "Try: import gc, micropython; micropython.mem_info(1)\n"
    "\n"
    "Control commands:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, exit or do a soft reset\n"
    "  CTRL-E        -- on a blank line, enter paste mode\n"
    "\n"
    "For a list of available modules, type help('modules')\n"
    "For further help on a specific object, type help(obj)\n";

// Names of the built-in modules in columns, sorted, as MicroPython lists them.
static void print_modules(const mps_print_t *print) {
    mps_obj_t names = mps_obj_new_list(0, NULL);
    qstr q;
    for (size_t i = 0; mps_module_builtin_at(i, &q); i++) {
        if (q != MPS_QSTR_NULL) {
            mps_obj_list_append(names, MPS_OBJ_NEW_QSTR(q));
        }
    }
    mps_obj_list_sort(names, MPS_OBJ_NULL, false);
    size_t n;
    mps_obj_t *items;
    mps_obj_list_get(names, &n, &items);
    const size_t columns = 4, width = 18;
    size_t rows = (n + columns - 1) / columns;
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < columns; c++) {
            size_t i = c * rows + r;
            if (i >= n) {
                break;
            }
            size_t len;
            const char *s = mps_obj_str_get_data(items[i], &len);
            bool last = c + 1 == columns || (c + 1) * rows + r >= n;
            if (last) {
                mps_print_strn(print, s, len);
            } else {
                mps_printf(print, "%-*s", (int)width, s);
            }
        }
        mps_print_str(print, "\n");
    }
    mps_print_str(print, "Plus any modules on the filesystem\n");
}

// help(obj): its type, then (for modules, classes and other objects, through their
// class) each public member with what it is.
static void print_object(const mps_print_t *print, mps_obj_t obj) {
    mps_printf(print, "object %R is of type %q\n", obj, mps_obj_get_type_qstr(obj));
    mps_obj_t target = obj;
    if (!mps_obj_is_type(obj) && !mps_obj_is_type_idx(obj, MPS_TYPE_IDX_module)) {
        target = mps_obj_get_class(obj);
    }
    mps_obj_t dir_fn = mps_load_builtin(MPS_QSTR_dir);
    mps_obj_t names = mps_call_function_1(dir_fn, target);
    size_t n;
    mps_obj_t *items;
    mps_obj_list_get(names, &n, &items);
    for (size_t i = 0; i < n; i++) {
        qstr name = mps_obj_str_get_qstr(items[i]);
        size_t len;
        const char *s = qstr_data(name, &len);
        if (len >= 2 && s[0] == '_' && s[1] == '_' && name != MPS_QSTR___name__) {
            continue;
        }
        mps_obj_t dest[2];
        mps_load_method_maybe(target, name, dest);
        if (dest[0] == MPS_OBJ_NULL) {
            continue;
        }
        mps_printf(print, "  %q -- %R\n", name, dest[0]);
    }
}

static mps_obj_t builtin_help(size_t n_args, const mps_obj_t *args) {
    const mps_print_t *print = &mps_plat_print;
    if (n_args == 0) {
        mps_print_str(print, help_text);
    } else if (mps_obj_is_str(args[0]) && mps_obj_str_get_qstr(args[0]) == MPS_QSTR_modules) {
        print_modules(print);
    } else {
        print_object(print, args[0]);
    }
    return mps_const_none;
}
MPS_DEFINE_FUN_VAR(mps_builtin_help_obj, 0, 1, builtin_help);
