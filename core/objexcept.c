// SPDX-License-Identifier: MIT
// Exceptions: the built-in hierarchy as static types, instances holding their args
// and a traceback of (file, line, block) entries recorded as they unwind.
#include "core/objexcept.h"

#include <stdarg.h>
#include <string.h>

#include "core/gc.h"
#include "core/mem.h"
#include "core/nlr.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/objtype.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"
#include "core/vstr.h"

// The header every class object shares (static type or class made at run time).
typedef struct {
    mps_obj_base_t base;
    uint16_t flags;
    uint16_t name;
} class_header_t;

static uint16_t class_flags(mps_obj_t cls) {
    return ((const class_header_t *)MPS_OBJ_TO_PTR(cls))->flags;
}

bool mps_obj_is_exception_instance(mps_obj_t o) {
    return MPS_OBJ_IS_OBJ(o) && (class_flags(mps_obj_get_class(o)) & MPS_TYPE_FLAG_IS_EXCEPTION) != 0;
}

bool mps_obj_is_exception_type(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_type) && (class_flags(o) & MPS_TYPE_FLAG_IS_EXCEPTION) != 0;
}

mps_obj_exception_t *mps_obj_exception_native(mps_obj_t o) {
    if (((const mps_obj_base_t *)MPS_OBJ_TO_PTR(o))->type >= MPS_TYPE_TABLE_SIZE) {
        o = mps_obj_instance_native(o); // an instance of a subclass made with `class`
    }
    return MPS_OBJ_TO_PTR(o);
}

static void get_args(mps_obj_t exc, size_t *n, mps_obj_t **items) {
    mps_obj_tuple_get(mps_obj_exception_native(exc)->args, n, items);
}

mps_obj_t mps_obj_exception_get_value(mps_obj_t exc) {
    size_t n;
    mps_obj_t *items;
    get_args(exc, &n, &items);
    return n == 0 ? mps_const_none : items[0];
}

// --- construction ----------------------------------------------------------------------

// The index of static type [type] in mps_type_table (exceptions first: the common case).
static unsigned type_index(const mps_obj_type_t *type) {
    for (unsigned i = MPS_TYPE_IDX_BaseException; i <= MPS_TYPE_IDX_UnicodeError; i++) {
        if (mps_type_table[i] == type) {
            return i;
        }
    }
    for (unsigned i = 1; i < MPS_TYPE_TABLE_SIZE; i++) {
        if (mps_type_table[i] == type) {
            return i;
        }
    }
    return MPS_TYPE_IDX_Exception;
}

// --- the emergency exception -------------------------------------------------------------
//
// One exception object stands in for any exception that cannot be allocated (heap full
// or locked): it takes the requested type, its message is written into a fixed buffer
// and its traceback recorded in the rest of that buffer. It lives in mps_state (a GC
// root, below 4 GiB like the heap), so it costs no heap, as MicroPython's static one.
//
//   buffer: [ message text or args tuple (EMERGENCY_MSG_BYTES) | traceback entries ]

#define EMERGENCY_MSG_BYTES (64)
#define TB_ENTRY_WORDS (3)

typedef struct {
    mps_obj_exception_t exc;
    mps_obj_str_t msg;
    struct {
        mps_obj_base_t base;
        mps_uint_t len;
        mps_obj_t items[1];
    } msg_tuple; // (msg,), laid out as mps_obj_tuple_t
    mps_uint_t buf[MPS_CFG_EMERGENCY_EXC_BUF / sizeof(mps_uint_t)];
} emergency_t;

_Static_assert(sizeof(emergency_t) <= sizeof(mps_state.emergency_exc_mem), "emergency_exc_mem too small");

static emergency_t *emergency(void) {
    return (emergency_t *)mps_state.emergency_exc_mem;
}

void mps_obj_exception_init_emergency(void) {
    emergency_t *em = emergency();
    memset(em, 0, sizeof(*em));
    em->msg.base.type = MPS_TYPE_IDX_str;
    em->msg.data = MPS_REF(em->buf);
    em->msg_tuple.base.type = MPS_TYPE_IDX_tuple;
    em->msg_tuple.len = 1;
    em->msg_tuple.items[0] = MPS_OBJ_FROM_PTR(&em->msg);
    em->exc.base.type = MPS_TYPE_IDX_MemoryError;
    em->exc.args = MPS_OBJ_FROM_PTR(&em->msg_tuple);
    em->exc.traceback = MPS_REF((char *)em->buf + EMERGENCY_MSG_BYTES);
    em->exc.traceback_alloc =
        (uint16_t)((MPS_CFG_EMERGENCY_EXC_BUF - EMERGENCY_MSG_BYTES) / (TB_ENTRY_WORDS * sizeof(mps_uint_t)));
    mps_state.emergency_exc_buf = em->buf;
    mps_state.emergency_exc = MPS_OBJ_FROM_PTR(&em->exc);
}

// An args tuple for the emergency exception, built in its message area (which then
// holds no message); the empty tuple when the args do not fit.
static mps_obj_t emergency_args(size_t n_args, const mps_obj_t *args) {
    if (mps_state.emergency_exc == MPS_OBJ_NULL ||
        sizeof(mps_obj_tuple_t) + n_args * sizeof(mps_obj_t) > EMERGENCY_MSG_BYTES) {
        return mps_const_empty_tuple();
    }
    mps_obj_tuple_t *t = (mps_obj_tuple_t *)emergency()->buf;
    t->base.type = MPS_TYPE_IDX_tuple;
    t->len = (mps_uint_t)n_args;
    memcpy(t->items, args, n_args * sizeof(mps_obj_t));
    return MPS_OBJ_FROM_PTR(t);
}

// The emergency exception as an instance of static type [idx] with [args], or (when
// [args] is MPS_OBJ_NULL) with the message [text] of [len] bytes.
static mps_obj_t emergency_exception(unsigned idx, mps_obj_t args, const char *text, size_t len) {
    if (mps_state.emergency_exc == MPS_OBJ_NULL) {
        // Before start-up there is no object to use: the class stands in.
        return MPS_OBJ_FROM_PTR(mps_type_table[idx]);
    }
    emergency_t *em = emergency();
    em->exc.base.type = idx;
    em->exc.traceback_len = 0;
    if (args != MPS_OBJ_NULL) {
        em->exc.args = args;
        return MPS_OBJ_FROM_PTR(&em->exc);
    }
    if (len >= EMERGENCY_MSG_BYTES) {
        len = EMERGENCY_MSG_BYTES - 1;
    }
    char *buf = (char *)em->buf;
    memmove(buf, text, len);
    buf[len] = '\0';
    em->msg.len = (mps_uint_t)len;
    em->msg.hash = 0;
    em->exc.args = MPS_OBJ_FROM_PTR(&em->msg_tuple);
    return MPS_OBJ_FROM_PTR(&em->exc);
}

mps_obj_t mps_obj_exception_emergency(const mps_obj_type_t *type, const char *text, size_t len) {
    return emergency_exception(type_index(type), MPS_OBJ_NULL, text, len);
}

// --- construction ------------------------------------------------------------------------
//
// Making an exception never raises MemoryError in place of the exception wanted: args
// that cannot be allocated are dropped (as MicroPython does) and an object that cannot
// be allocated is replaced by the emergency exception.

mps_obj_t mps_obj_new_exception_args(const mps_obj_type_t *type, size_t n_args, const mps_obj_t *args) {
    volatile mps_obj_t tuple = mps_const_empty_tuple();
    if (n_args > 0) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            tuple = mps_obj_new_tuple(n_args, args);
            nlr_pop();
        }
    }
    unsigned idx = type_index(type);
    mps_obj_exception_t *exc = gc_alloc(sizeof(mps_obj_exception_t), idx, false);
    if (exc == NULL) {
        if (tuple == mps_const_empty_tuple() && n_args > 0) {
            tuple = emergency_args(n_args, args);
        }
        return emergency_exception(idx, tuple, NULL, 0);
    }
    exc->base.type = idx;
    exc->args = tuple;
    return MPS_OBJ_FROM_PTR(exc);
}

mps_obj_t mps_obj_new_exception(const mps_obj_type_t *type) {
    return mps_obj_new_exception_args(type, 0, NULL);
}

mps_obj_t mps_obj_new_exception_arg1(const mps_obj_type_t *type, mps_obj_t arg) {
    return mps_obj_new_exception_args(type, 1, &arg);
}

#if defined(__linux__)
// Bounds of the executable's code and initialised data, provided by the GNU linker.
extern const char __executable_start[];
extern const char edata[];
#endif

// A str for message [msg]. A message in the executable's read-only data (the usual
// string literal) is referenced in place, as on a device where it sits in flash:
// one block for the header and no copy.
static mps_obj_t message_str(const char *msg, size_t len) {
#if defined(__linux__) && MPS_CFG_REF32
    if ((uintptr_t)msg >= (uintptr_t)__executable_start && (uintptr_t)msg < (uintptr_t)edata) {
        mps_obj_str_t *s = mps_obj_new(mps_obj_str_t, MPS_TYPE_IDX_str);
        s->len = (mps_uint_t)len;
        s->data = MPS_REF(msg);
        return MPS_OBJ_FROM_PTR(s);
    }
#endif
    return mps_obj_new_str(msg, len);
}

// An exception with message [text]; the emergency exception when memory is short.
static mps_obj_t new_exception_text(const mps_obj_type_t *type, const char *text, size_t len, bool in_place) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_obj_t msg = in_place ? message_str(text, len) : mps_obj_new_str(text, len);
        mps_obj_t exc = mps_obj_new_exception_arg1(type, msg);
        nlr_pop();
        return exc;
    }
    return emergency_exception(type_index(type), MPS_OBJ_NULL, text, len);
}

mps_obj_t mps_obj_new_exception_msg(const mps_obj_type_t *type, const char *msg) {
    return new_exception_text(type, msg, strlen(msg), true);
}

// A printer into a fixed char buffer (truncating), for formatting without the heap.
typedef struct {
    char *buf;
    size_t len;
    size_t size;
} fixed_buf_t;

static void fixed_buf_strn(void *data, const char *str, size_t len) {
    fixed_buf_t *fb = data;
    size_t room = fb->size - fb->len;
    if (len > room) {
        len = room;
    }
    memcpy(fb->buf + fb->len, str, len);
    fb->len += len;
}

mps_obj_t mps_obj_new_exception_msg_vlist(const mps_obj_type_t *type, const char *fmt, va_list ap) {
    // Messages are short: format on the C stack, then make one str of the result.
    char text[256];
    fixed_buf_t fb = {text, 0, sizeof(text)};
    mps_print_t print = {&fb, fixed_buf_strn};
    mps_vprintf(&print, fmt, ap);
    return new_exception_text(type, text, fb.len, false);
}

mps_obj_t mps_obj_new_exception_msg_varg(const mps_obj_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mps_obj_t exc = mps_obj_new_exception_msg_vlist(type, fmt, ap);
    va_end(ap);
    return exc;
}

static mps_obj_t exception_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw,
                                    const mps_obj_t *args) {
    if (n_kw != 0) {
        mps_raise_TypeError("function doesn't take keyword arguments");
    }
    return mps_obj_new_exception_args(type, n_args, args);
}

// --- traceback ----------------------------------------------------------------------------

void mps_obj_exception_add_traceback(mps_obj_t exc, qstr file, size_t line, qstr block) {
    mps_obj_exception_t *self = mps_obj_exception_native(exc);
    bool is_emergency = MPS_OBJ_FROM_PTR(self) == mps_state.emergency_exc;
    if (!is_emergency && !gc_is_in_heap(self)) {
        return; // a static exception object cannot record anything
    }
    if (self->traceback_len >= self->traceback_alloc) {
        if (is_emergency) {
            return; // its traceback lives in the fixed emergency buffer
        }
        // Grow one entry at a time, as MicroPython does: most tracebacks are short.
        // Without memory the frame is simply not recorded.
        size_t n = (size_t)self->traceback_alloc + 1;
        if (n > UINT16_MAX) {
            return;
        }
        void *tb = self->traceback == 0
                       ? gc_alloc(n * TB_ENTRY_WORDS * sizeof(mps_uint_t), MPS_KIND_RAW, false)
                       : gc_realloc(MPS_PTR(void, self->traceback), n * TB_ENTRY_WORDS * sizeof(mps_uint_t), true);
        if (tb == NULL) {
            return;
        }
        self->traceback = MPS_REF(tb);
        self->traceback_alloc = (uint16_t)n;
    }
    mps_uint_t *entry = MPS_PTR(mps_uint_t, self->traceback) + self->traceback_len * TB_ENTRY_WORDS;
    entry[0] = file;
    entry[1] = (mps_uint_t)line;
    entry[2] = block;
    self->traceback_len++;
}

void mps_obj_exception_clear_traceback(mps_obj_t exc) {
    mps_obj_exception_t *self = mps_obj_exception_native(exc);
    if (gc_is_in_heap(self) || MPS_OBJ_FROM_PTR(self) == mps_state.emergency_exc) {
        self->traceback_len = 0;
    }
}

void mps_obj_print_traceback(const mps_print_t *print, mps_obj_t exc) {
    if (mps_obj_is_exception_instance(exc)) {
        mps_obj_exception_t *self = mps_obj_exception_native(exc);
        if (self->traceback_len > 0) {
            mps_print_str(print, "Traceback (most recent call last):\n");
            const mps_uint_t *tb = MPS_PTR(const mps_uint_t, self->traceback);
            // Entries were added innermost first, as the exception unwound.
            for (size_t i = self->traceback_len; i-- > 0;) {
                const mps_uint_t *e = tb + i * TB_ENTRY_WORDS;
                mps_printf(print, "  File \"%q\", line %u", (qstr)e[0], (unsigned)e[1]);
                if (e[2] != MPS_QSTR_NULL) {
                    mps_printf(print, ", in %q", (qstr)e[2]);
                }
                mps_print_str(print, "\n");
            }
        }
    }
    mps_obj_print_exception(print, exc);
    mps_print_str(print, "\n");
}

// --- printing and attributes ---------------------------------------------------------------

// Symbolic names of the errno values MicroPython's errno module knows.
static const struct {
    uint8_t code;
    char name[13];
} errno_names[] = {
    {1, "EPERM"}, {2, "ENOENT"}, {5, "EIO"}, {9, "EBADF"}, {11, "EAGAIN"}, {12, "ENOMEM"},
    {13, "EACCES"}, {17, "EEXIST"}, {19, "ENODEV"}, {21, "EISDIR"}, {22, "EINVAL"},
    {95, "EOPNOTSUPP"}, {98, "EADDRINUSE"}, {103, "ECONNABORTED"}, {104, "ECONNRESET"},
    {105, "ENOBUFS"}, {107, "ENOTCONN"}, {110, "ETIMEDOUT"}, {111, "ECONNREFUSED"},
    {113, "EHOSTUNREACH"}, {114, "EALREADY"}, {115, "EINPROGRESS"},
};

static const char *errno_name(mps_obj_t code) {
    if (!MPS_OBJ_IS_SMALL_INT(code)) {
        return NULL;
    }
    mps_int_t v = MPS_OBJ_SMALL_INT_VALUE(code);
    for (size_t i = 0; i < sizeof(errno_names) / sizeof(errno_names[0]); i++) {
        if (errno_names[i].code == v) {
            return errno_names[i].name;
        }
    }
    return NULL;
}

static bool is_os_error(mps_obj_t o) {
    return mps_obj_is_type_idx(o, MPS_TYPE_IDX_OSError);
}

static void exception_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_exception_t *self = mps_obj_exception_native(o);
    size_t n;
    mps_obj_t *args;
    mps_obj_tuple_get(self->args, &n, &args);
    if (kind == MPS_PRINT_REPR) {
        // Name then the args tuple, as MicroPython: ValueError('x',)
        mps_print_str(print, qstr_str(mps_obj_get_type_qstr(o)));
        mps_obj_print(print, self->args, MPS_PRINT_REPR);
        return;
    }
    if (n == 0) {
        return;
    }
    if (is_os_error(MPS_OBJ_FROM_PTR(self)) && n <= 2) {
        // "[Errno 2] ENOENT" and "[Errno 2] ENOENT: text" for the errno values known.
        const char *name = errno_name(args[0]);
        if (name != NULL) {
            mps_printf(print, "[Errno %d] %s", (int)MPS_OBJ_SMALL_INT_VALUE(args[0]), name);
            if (n == 2) {
                mps_printf(print, ": %O", args[1]);
            }
            return;
        }
    }
    if (n == 1) {
        mps_obj_print(print, args[0], MPS_PRINT_STR);
    } else {
        mps_obj_print(print, self->args, MPS_PRINT_STR);
    }
}

static void exception_attr(mps_obj_t o, qstr attr, mps_obj_t *dest) {
    if (dest[0] != MPS_OBJ_NULL) {
        return; // exceptions have no writable attributes of their own
    }
    mps_obj_exception_t *self = mps_obj_exception_native(o);
    mps_obj_t me = MPS_OBJ_FROM_PTR(self);
    size_t n;
    mps_obj_t *args;
    mps_obj_tuple_get(self->args, &n, &args);
    if (attr == MPS_QSTR_args) {
        dest[0] = self->args;
    } else if ((attr == MPS_QSTR_value && mps_obj_is_type_idx(me, MPS_TYPE_IDX_StopIteration)) ||
               (attr == MPS_QSTR_code && mps_obj_is_type_idx(me, MPS_TYPE_IDX_SystemExit)) ||
               (attr == MPS_QSTR_errno && is_os_error(me))) {
        dest[0] = n > 0 ? args[0] : mps_const_none;
    } else if (attr == MPS_QSTR_strerror && is_os_error(me)) {
        dest[0] = n > 1 ? args[1] : mps_const_none;
    }
}

// --- the hierarchy -----------------------------------------------------------------------

#define EXC_TYPE(name_, parent_) \
    const mps_obj_type_t mps_type_##name_ = { \
        .base = MPS_BASE(MPS_TYPE_IDX_type), \
        .flags = MPS_TYPE_FLAG_IS_EXCEPTION | MPS_TYPE_FLAG_BASETYPE, \
        .name = MPS_QSTR_##name_, \
        .parent = (parent_), \
        .print = exception_print, \
        .make_new = exception_make_new, \
        .attr = exception_attr, \
    };

EXC_TYPE(BaseException, NULL)
EXC_TYPE(SystemExit, &mps_type_BaseException)
EXC_TYPE(KeyboardInterrupt, &mps_type_BaseException)
EXC_TYPE(GeneratorExit, &mps_type_BaseException)
EXC_TYPE(Exception, &mps_type_BaseException)
EXC_TYPE(StopIteration, &mps_type_Exception)
EXC_TYPE(StopAsyncIteration, &mps_type_Exception)
EXC_TYPE(ArithmeticError, &mps_type_Exception)
EXC_TYPE(OverflowError, &mps_type_ArithmeticError)
EXC_TYPE(ZeroDivisionError, &mps_type_ArithmeticError)
EXC_TYPE(AssertionError, &mps_type_Exception)
EXC_TYPE(AttributeError, &mps_type_Exception)
EXC_TYPE(EOFError, &mps_type_Exception)
EXC_TYPE(ImportError, &mps_type_Exception)
EXC_TYPE(LookupError, &mps_type_Exception)
EXC_TYPE(IndexError, &mps_type_LookupError)
EXC_TYPE(KeyError, &mps_type_LookupError)
EXC_TYPE(MemoryError, &mps_type_Exception)
EXC_TYPE(NameError, &mps_type_Exception)
EXC_TYPE(OSError, &mps_type_Exception)
EXC_TYPE(RuntimeError, &mps_type_Exception)
EXC_TYPE(NotImplementedError, &mps_type_RuntimeError)
EXC_TYPE(SyntaxError, &mps_type_Exception)
EXC_TYPE(IndentationError, &mps_type_SyntaxError)
EXC_TYPE(TypeError, &mps_type_Exception)
EXC_TYPE(ValueError, &mps_type_Exception)
EXC_TYPE(UnicodeError, &mps_type_ValueError)
