// SPDX-License-Identifier: MIT
// Exceptions: the built-in hierarchy, instances with args and a traceback.
#ifndef CORE_OBJEXCEPT_H
#define CORE_OBJEXCEPT_H

#include <stdarg.h>

#include "core/obj.h"

// An exception instance. The traceback is a flat array of (file qstr, line, block qstr)
// triples, newest last, grown as the exception unwinds through frames.
typedef struct {
    mps_obj_base_t base;
    mps_obj_t args;       // tuple
    mps_ref_t traceback;  // mps_uint_t[3 * traceback_alloc] or 0
    uint16_t traceback_alloc;
    uint16_t traceback_len; // in entries (triples)
} mps_obj_exception_t;

#define MPS_EXC_DECLARE(name) extern const mps_obj_type_t mps_type_##name;
MPS_EXC_DECLARE(BaseException)
MPS_EXC_DECLARE(SystemExit)
MPS_EXC_DECLARE(KeyboardInterrupt)
MPS_EXC_DECLARE(GeneratorExit)
MPS_EXC_DECLARE(Exception)
MPS_EXC_DECLARE(StopIteration)
MPS_EXC_DECLARE(StopAsyncIteration)
MPS_EXC_DECLARE(ArithmeticError)
MPS_EXC_DECLARE(OverflowError)
MPS_EXC_DECLARE(ZeroDivisionError)
MPS_EXC_DECLARE(AssertionError)
MPS_EXC_DECLARE(AttributeError)
MPS_EXC_DECLARE(EOFError)
MPS_EXC_DECLARE(ImportError)
MPS_EXC_DECLARE(LookupError)
MPS_EXC_DECLARE(IndexError)
MPS_EXC_DECLARE(KeyError)
MPS_EXC_DECLARE(MemoryError)
MPS_EXC_DECLARE(NameError)
MPS_EXC_DECLARE(OSError)
MPS_EXC_DECLARE(RuntimeError)
MPS_EXC_DECLARE(NotImplementedError)
MPS_EXC_DECLARE(SyntaxError)
MPS_EXC_DECLARE(IndentationError)
MPS_EXC_DECLARE(TypeError)
MPS_EXC_DECLARE(ValueError)
MPS_EXC_DECLARE(UnicodeError)
#undef MPS_EXC_DECLARE

// New instances. Raise MemoryError (except the _maybe forms, which return NULL).
mps_obj_t mps_obj_new_exception(const mps_obj_type_t *type);
mps_obj_t mps_obj_new_exception_arg1(const mps_obj_type_t *type, mps_obj_t arg);
mps_obj_t mps_obj_new_exception_args(const mps_obj_type_t *type, size_t n_args, const mps_obj_t *args);
mps_obj_t mps_obj_new_exception_msg(const mps_obj_type_t *type, const char *msg);
mps_obj_t mps_obj_new_exception_msg_varg(const mps_obj_type_t *type, const char *fmt, ...);
mps_obj_t mps_obj_new_exception_msg_vlist(const mps_obj_type_t *type, const char *fmt, va_list ap);

// Makes the emergency exception (mps_state.emergency_exc) that stands in for any
// exception when the heap is full or locked. Called by mps_init. Raises MemoryError.
void mps_obj_exception_init_emergency(void);
// The emergency exception turned into an instance of [type] with message [text]
// ([len] bytes, truncated to what the buffer holds). Never allocates.
mps_obj_t mps_obj_exception_emergency(const mps_obj_type_t *type, const char *text, size_t len);

// True if [o] is an instance of BaseException or a subclass (static or user class).
bool mps_obj_is_exception_instance(mps_obj_t o);
// True if [o] is BaseException or a subclass of it (a class object).
bool mps_obj_is_exception_type(mps_obj_t o);
// The native exception object inside [o] (itself, or the base part of a user subclass).
mps_obj_exception_t *mps_obj_exception_native(mps_obj_t o);
// args[0] or None (StopIteration.value, SystemExit.code).
mps_obj_t mps_obj_exception_get_value(mps_obj_t exc);

// Records a frame in the traceback; silently does nothing without memory.
void mps_obj_exception_add_traceback(mps_obj_t exc, qstr file, size_t line, qstr block);
void mps_obj_exception_clear_traceback(mps_obj_t exc);
// Prints "Traceback (most recent call last):" with each frame as
// '  File "x.py", line 3, in f' and then the exception, as MicroPython does.
void mps_obj_print_traceback(const mps_print_t *print, mps_obj_t exc);

#endif // CORE_OBJEXCEPT_H
