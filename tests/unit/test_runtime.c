// SPDX-License-Identifier: MIT
// The runtime without the compiler: raising and catching, exception printing and
// tracebacks, operators, attributes, argument checks, sys and MemoryError on a full heap.
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/gc.h"
#include "core/mem.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"
#include "support.h"

static void setup(void) {
    unit_interpreter(64 * 1024);
}

TestSuite(runtime, .init = setup);

// Text of [o] as str() / repr() / a traceback would print it.
static char text_buf[512];
static const char *text(mps_obj_t o, mps_print_kind_t kind) {
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mps_obj_print(&print, o, kind);
    snprintf(text_buf, sizeof(text_buf), "%.*s", (int)vstr.len, vstr.buf);
    return text_buf;
}

static const char *traceback_text(mps_obj_t exc) {
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mps_obj_print_traceback(&print, exc);
    snprintf(text_buf, sizeof(text_buf), "%.*s", (int)vstr.len, vstr.buf);
    return text_buf;
}

// Runs [fn] and returns the exception it raised (MPS_OBJ_NULL if none).
static mps_obj_t catch(void (*fn)(void)) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        fn();
        nlr_pop();
        return MPS_OBJ_NULL;
    }
    return nlr.ret_val;
}

static const char *exc_message(mps_obj_t exc) {
    vstr_t vstr;
    mps_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mps_obj_print_exception(&print, exc);
    snprintf(text_buf, sizeof(text_buf), "%.*s", (int)vstr.len, vstr.buf);
    return text_buf;
}

static void raise_value_error(void) {
    mps_raise_ValueError("bad value");
}

Test(runtime, raise_and_print_exception) {
    mps_obj_t exc = catch(raise_value_error);
    cr_assert(mps_obj_is_exception_instance(exc));
    cr_assert_str_eq(text(exc, MPS_PRINT_STR), "bad value");
    cr_assert_str_eq(text(exc, MPS_PRINT_REPR), "ValueError('bad value',)");
    cr_assert_str_eq(exc_message(exc), "ValueError: bad value");
}

Test(runtime, exception_without_args_prints_name_only) {
    mps_obj_t exc = mps_obj_new_exception(&mps_type_KeyError);
    cr_assert_str_eq(exc_message(exc), "KeyError");
    cr_assert_str_eq(text(exc, MPS_PRINT_REPR), "KeyError()");
}

Test(runtime, traceback_is_printed_most_recent_call_last) {
    mps_obj_t exc = mps_obj_new_exception_msg(&mps_type_ValueError, "msg");
    // Frames are recorded innermost first, as the exception unwinds.
    mps_obj_exception_add_traceback(exc, qstr_from_str("t.py"), 3, qstr_from_str("f"));
    mps_obj_exception_add_traceback(exc, qstr_from_str("t.py"), 5, MPS_QSTR_lt_module_gt);
    cr_assert_str_eq(traceback_text(exc), "Traceback (most recent call last):\n"
                                          "  File \"t.py\", line 5, in <module>\n"
                                          "  File \"t.py\", line 3, in f\n"
                                          "ValueError: msg\n");
}

Test(runtime, os_error_prints_errno_name) {
    mps_obj_t args[2] = {MPS_OBJ_NEW_SMALL_INT(2), mps_obj_new_str_cstr("nf")};
    cr_assert_str_eq(text(mps_obj_new_exception_args(&mps_type_OSError, 1, args), MPS_PRINT_STR),
                     "[Errno 2] ENOENT");
    cr_assert_str_eq(text(mps_obj_new_exception_args(&mps_type_OSError, 2, args), MPS_PRINT_STR),
                     "[Errno 2] ENOENT: nf");
    mps_obj_t e = mps_obj_new_exception_args(&mps_type_OSError, 2, args);
    cr_assert_eq(mps_load_attr(e, MPS_QSTR_errno), MPS_OBJ_NEW_SMALL_INT(2));
}

Test(runtime, exception_match_class_and_tuple) {
    mps_obj_t exc = mps_obj_new_exception(&mps_type_KeyError);
    mps_obj_t lookup = MPS_OBJ_FROM_PTR(&mps_type_LookupError);
    mps_obj_t value = MPS_OBJ_FROM_PTR(&mps_type_ValueError);
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_EXCEPTION_MATCH, exc, lookup), mps_const_true);
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_EXCEPTION_MATCH, exc, value), mps_const_false);
    mps_obj_t both[2] = {value, lookup};
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_EXCEPTION_MATCH, exc, mps_obj_new_tuple(2, both)), mps_const_true);
}

static void add_int_str(void) {
    mps_binary_op(MPS_BINARY_OP_ADD, MPS_OBJ_NEW_SMALL_INT(1), mps_obj_new_str_cstr("a"));
}

Test(runtime, binary_op_small_ints_and_type_error) {
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_ADD, MPS_OBJ_NEW_SMALL_INT(40), MPS_OBJ_NEW_SMALL_INT(2)),
                 MPS_OBJ_NEW_SMALL_INT(42));
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_LESS, MPS_OBJ_NEW_SMALL_INT(1), MPS_OBJ_NEW_SMALL_INT(2)),
                 mps_const_true);
    mps_obj_t exc = catch(add_int_str);
    cr_assert_str_eq(exc_message(exc), "TypeError: unsupported types for __add__: 'int', 'str'");
}

Test(runtime, in_operator_on_list) {
    mps_obj_t items[2] = {MPS_OBJ_NEW_SMALL_INT(1), MPS_OBJ_NEW_SMALL_INT(2)};
    mps_obj_t list = mps_obj_new_list(2, items);
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_IN, MPS_OBJ_NEW_SMALL_INT(2), list), mps_const_true);
    cr_assert_eq(mps_binary_op(MPS_BINARY_OP_IN, MPS_OBJ_NEW_SMALL_INT(3), list), mps_const_false);
}

static void int_attr(void) {
    mps_load_attr(MPS_OBJ_NEW_SMALL_INT(1), qstr_from_str("foo"));
}

Test(runtime, attribute_error_wording) {
    cr_assert_str_eq(exc_message(catch(int_attr)), "AttributeError: 'int' object has no attribute 'foo'");
}

Test(runtime, method_call_through_load_method) {
    mps_obj_t list = mps_obj_new_list(0, NULL);
    mps_obj_t dest[3];
    mps_load_method(list, MPS_QSTR_append, dest);
    cr_assert_eq(dest[1], list);
    dest[2] = MPS_OBJ_NEW_SMALL_INT(7);
    mps_call_method_n_kw(1, 0, dest);
    cr_assert_eq(mps_obj_get_len(list), 1);
    // As an attribute it becomes a bound method that remembers the list.
    mps_obj_t bound = mps_load_attr(list, MPS_QSTR_append);
    mps_call_function_1(bound, MPS_OBJ_NEW_SMALL_INT(8));
    cr_assert_eq(mps_obj_get_len(list), 2);
}

static void hash_list(void) {
    mps_obj_hash(mps_obj_new_list(0, NULL));
}

Test(runtime, list_is_unhashable) {
    cr_assert_str_eq(exc_message(catch(hash_list)), "TypeError: unsupported type for __hash__: 'list'");
}

static void call_int(void) {
    mps_call_function_0(MPS_OBJ_NEW_SMALL_INT(1));
}

static void too_many_args(void) {
    mps_arg_check_num(3, 0, 1, 2, false);
}

static void kw_not_taken(void) {
    mps_arg_check_num(1, 1, 1, 1, false);
}

Test(runtime, call_errors) {
    cr_assert_str_eq(exc_message(catch(call_int)), "TypeError: 'int' object isn't callable");
    cr_assert_str_eq(exc_message(catch(too_many_args)), "TypeError: function expected at most 2 arguments, got 3");
    cr_assert_str_eq(exc_message(catch(kw_not_taken)), "TypeError: function doesn't take keyword arguments");
}

static void undefined_name(void) {
    mps_load_name(qstr_from_str("nothere"));
}

Test(runtime, names_and_builtins) {
    mps_store_name(qstr_from_str("x"), MPS_OBJ_NEW_SMALL_INT(5));
    cr_assert_eq(mps_load_name(qstr_from_str("x")), MPS_OBJ_NEW_SMALL_INT(5));
    cr_assert_neq(mps_load_name(MPS_QSTR_len), MPS_OBJ_NULL);
    cr_assert_str_eq(exc_message(catch(undefined_name)), "NameError: name 'nothere' isn't defined");
}

Test(runtime, sys_module) {
    mps_obj_t sys = mps_import_name(MPS_QSTR_sys, mps_const_none, MPS_OBJ_NEW_SMALL_INT(0));
    cr_assert_str_eq(text(sys, MPS_PRINT_REPR), "<module 'sys'>");
    cr_assert_str_eq(text(mps_load_attr(sys, MPS_QSTR_version_info), MPS_PRINT_REPR), "(3, 4, 0)");
    cr_assert_str_eq(text(mps_load_attr(sys, MPS_QSTR_maxsize), MPS_PRINT_REPR), "2147483647");
    mps_obj_t impl = mps_load_attr(sys, MPS_QSTR_implementation);
    cr_assert_str_eq(text(mps_load_attr(impl, MPS_QSTR_name), MPS_PRINT_STR), "micropython");
    cr_assert_eq(mps_load_attr(sys, MPS_QSTR_path), mps_state.sys_path);
    cr_assert_eq(mps_import_name(MPS_QSTR_usys, mps_const_none, MPS_OBJ_NEW_SMALL_INT(0)), sys);
}

static void import_missing(void) {
    mps_import_name(qstr_from_str("no_such_module_here"), mps_const_none, MPS_OBJ_NEW_SMALL_INT(0));
}

Test(runtime, import_missing_module) {
    cr_assert_str_eq(exc_message(catch(import_missing)), "ImportError: no module named 'no_such_module_here'");
}

Test(runtime, memory_error_with_full_heap) {
    // Keep everything reachable so that collection cannot help.
    mps_obj_t keep = mps_obj_new_list(0, NULL);
    mps_store_name(qstr_from_str("keep"), keep);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (;;) {
            mps_obj_list_append(keep, mps_obj_new_list(16, NULL));
        }
    }
    cr_assert(mps_obj_is_exception_instance(nlr.ret_val));
    cr_assert_eq(nlr.ret_val, mps_state.emergency_exc);
    // Recording a traceback needs no memory.
    mps_obj_exception_add_traceback(nlr.ret_val, qstr_from_str("t.py"), 1, MPS_QSTR_lt_module_gt);
    cr_assert_eq(mps_obj_exception_native(nlr.ret_val)->traceback_len, 1);
}

static void unpack_too_many(void) {
    mps_obj_t items[3] = {MPS_OBJ_NEW_SMALL_INT(1), MPS_OBJ_NEW_SMALL_INT(2), MPS_OBJ_NEW_SMALL_INT(3)};
    mps_obj_t out[2];
    mps_unpack_sequence(mps_obj_new_tuple(3, items), 2, out);
}

Test(runtime, unpack) {
    mps_obj_t items[3] = {MPS_OBJ_NEW_SMALL_INT(1), MPS_OBJ_NEW_SMALL_INT(2), MPS_OBJ_NEW_SMALL_INT(3)};
    mps_obj_t out[3];
    mps_unpack_sequence(mps_obj_new_tuple(3, items), 3, out);
    cr_assert_eq(out[0], MPS_OBJ_NEW_SMALL_INT(3)); // stack order: last item first
    cr_assert_eq(out[2], MPS_OBJ_NEW_SMALL_INT(1));
    mps_unpack_ex(mps_obj_new_tuple(3, items), 1, 0, out);
    cr_assert_eq(out[1], MPS_OBJ_NEW_SMALL_INT(1));
    cr_assert_str_eq(text(out[0], MPS_PRINT_REPR), "[2, 3]");
    cr_assert_str_eq(exc_message(catch(unpack_too_many)), "ValueError: too many values to unpack (expected 2)");
}

Test(runtime, exception_with_heap_locked_keeps_its_type) {
    qstr_from_str("nothere"); // interned now: the heap is locked below
    gc_lock();
    mps_obj_t exc = catch(undefined_name);
    cr_assert_eq(mps_obj_get_class(exc), MPS_OBJ_FROM_PTR(&mps_type_NameError));
    size_t len;
    const char *msg = mps_obj_str_get_data(mps_obj_exception_get_value(exc), &len);
    cr_assert_eq(len, strlen("name 'nothere' isn't defined"));
    cr_assert(memcmp(msg, "name 'nothere' isn't defined", len) == 0);
    // A few args fit in the emergency buffer; too many are dropped.
    mps_obj_t args[20];
    for (size_t i = 0; i < 20; i++) {
        args[i] = MPS_OBJ_NEW_SMALL_INT(i);
    }
    mps_obj_t exc2 = mps_obj_new_exception_args(&mps_type_Exception, 2, args);
    gc_unlock();
    cr_assert_str_eq(text(exc2, MPS_PRINT_REPR), "Exception(0, 1)");
    gc_lock();
    mps_obj_t exc3 = mps_obj_new_exception_args(&mps_type_Exception, 20, args);
    gc_unlock();
    cr_assert_str_eq(text(exc3, MPS_PRINT_REPR), "Exception()");
}
