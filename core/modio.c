// SPDX-License-Identifier: MIT
// The io module: StringIO and BytesIO over a heap buffer, and the file objects open()
// returns (FileIO for binary, TextIOWrapper for text) over the port's files.

#include <errno.h>
#include <string.h>

#include "core/modio.h"

#include "core/gc.h"
#include "core/hal.h"
#include "core/mem.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/runtime.h"
#include "core/stream.h"
#include "core/vstr.h"

// --- StringIO / BytesIO --------------------------------------------------------------

// One 16-byte block; the buffer's capacity is its allocation's size (gc_nbytes).
typedef struct {
    mps_obj_base_t base;
    mps_ref_t buf;   // heap bytes, or 0 while empty
    mps_uint_t len;  // bytes of content
    mps_int_t pos;   // read/write position; -1 once closed
} mps_obj_stringio_t;

static mps_obj_stringio_t *open_stringio(mps_obj_t o, int *errcode) {
    mps_obj_stringio_t *s = MPS_OBJ_TO_PTR(o);
    if (s->pos < 0) {
        *errcode = EBADF;
        return NULL;
    }
    return s;
}

static size_t stringio_read(mps_obj_t o, void *buf, size_t size, int *errcode) {
    mps_obj_stringio_t *s = open_stringio(o, errcode);
    if (s == NULL) {
        return MPS_STREAM_ERROR;
    }
    size_t avail = (size_t)s->pos < s->len ? s->len - (size_t)s->pos : 0;
    size_t n = size < avail ? size : avail;
    memcpy(buf, MPS_PTR(char, s->buf) + s->pos, n);
    s->pos += (mps_int_t)n;
    return n;
}

static size_t stringio_write(mps_obj_t o, const void *buf, size_t size, int *errcode) {
    mps_obj_stringio_t *s = open_stringio(o, errcode);
    if (s == NULL) {
        return MPS_STREAM_ERROR;
    }
    size_t end = (size_t)s->pos + size;
    size_t cap = s->buf ? gc_nbytes(MPS_PTR(void, s->buf)) : 0;
    if (end > cap) {
        // Grow by half again: a log written line by line moves rarely.
        size_t want = end + end / 2 + 16;
        s->buf = MPS_REF(mps_mem_realloc(MPS_PTR(void, s->buf), want));
    }
    char *data = MPS_PTR(char, s->buf);
    if ((size_t)s->pos > s->len) {
        memset(data + s->len, 0, (size_t)s->pos - s->len); // writing past the end pads
    }
    memcpy(data + s->pos, buf, size);
    s->pos = (mps_int_t)end;
    if (end > s->len) {
        s->len = (mps_uint_t)end;
    }
    return size;
}

static size_t stringio_ioctl(mps_obj_t o, unsigned request, uintptr_t arg, int *errcode) {
    mps_obj_stringio_t *s = MPS_OBJ_TO_PTR(o);
    if (request == MPS_STREAM_CLOSE) {
        s->pos = -1;
        s->buf = 0;
        s->len = 0;
        return 0;
    }
    if (open_stringio(o, errcode) == NULL) {
        return MPS_STREAM_ERROR;
    }
    if (request == MPS_STREAM_FLUSH) {
        return 0;
    }
    if (request == MPS_STREAM_SEEK) {
        mps_stream_seek_t *seek = (mps_stream_seek_t *)arg;
        long long base = seek->whence == 1 ? s->pos : seek->whence == 2 ? (long long)s->len : 0;
        long long p = base + seek->offset;
        if (p < 0) {
            *errcode = EINVAL; // as a real file does
            return MPS_STREAM_ERROR;
        }
        s->pos = (mps_int_t)p;
        seek->offset = p;
        return 0;
    }
    *errcode = EINVAL;
    return MPS_STREAM_ERROR;
}

static const mps_stream_p_t stringio_stream = {stringio_read, stringio_write, stringio_ioctl, true};
static const mps_stream_p_t bytesio_stream = {stringio_read, stringio_write, stringio_ioctl, false};

static mps_obj_t stringio_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 1, false);
    bool text = type->protocol == &stringio_stream;
    mps_obj_stringio_t *s = mps_obj_new(mps_obj_stringio_t, text ? MPS_TYPE_IDX_stringio : MPS_TYPE_IDX_bytesio);
    if (n_args == 1) {
        mps_int_t n;
        if (mps_obj_get_int_maybe(args[0], &n)) {
            // StringIO(n) / BytesIO(n): pre-allocate room for n bytes (MicroPython).
            if (n > 0) {
                s->buf = MPS_REF(mps_mem_alloc((size_t)n));
            }
        } else {
            mps_buffer_info_t b;
            if (text && !mps_obj_is_str(args[0])) {
                mps_raise_TypeError("can't convert to str implicitly");
            }
            if (mps_obj_is_str(args[0])) {
                b.buf = (void *)mps_obj_str_get_data(args[0], &b.len);
            } else {
                mps_get_buffer_raise(args[0], &b, MPS_BUFFER_READ);
            }
            int err = 0;
            stringio_write(MPS_OBJ_FROM_PTR(s), b.buf, b.len, &err);
            s->pos = 0;
        }
    }
    return MPS_OBJ_FROM_PTR(s);
}

static mps_obj_t stringio_getvalue(mps_obj_t self) {
    int err = EBADF;
    mps_obj_stringio_t *s = open_stringio(self, &err);
    if (s == NULL) {
        mps_raise_OSError(err);
    }
    const char *data = s->buf ? MPS_PTR(char, s->buf) : "";
    if (mps_obj_get_type(self)->protocol == &stringio_stream) {
        return mps_obj_new_str(data, s->len);
    }
    return mps_obj_new_bytes((const uint8_t *)data, s->len);
}
static MPS_DEFINE_FUN_1(stringio_getvalue_obj, stringio_getvalue);

static const mps_rom_map_elem_t stringio_locals[] = {
    {MPS_ROM_QSTR(MPS_QSTR_read), MPS_ROM_PTR(&mps_stream_read_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readinto), MPS_ROM_PTR(&mps_stream_readinto_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readline), MPS_ROM_PTR(&mps_stream_readline_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readlines), MPS_ROM_PTR(&mps_stream_readlines_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_write), MPS_ROM_PTR(&mps_stream_write_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_seek), MPS_ROM_PTR(&mps_stream_seek_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tell), MPS_ROM_PTR(&mps_stream_tell_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_flush), MPS_ROM_PTR(&mps_stream_flush_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_close), MPS_ROM_PTR(&mps_stream_close_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_getvalue), MPS_ROM_PTR(&stringio_getvalue_obj)},
    {MPS_ROM_QSTR(MPS_QSTR___enter__), MPS_ROM_PTR(&mps_stream_enter_obj)},
    {MPS_ROM_QSTR(MPS_QSTR___exit__), MPS_ROM_PTR(&mps_stream_exit_obj)},
};

const mps_obj_type_t mps_type_stringio = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE | MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_StringIO,
    .make_new = stringio_make_new,
    .getiter = mps_stream_getiter,
    .iternext = mps_stream_iternext,
    .protocol = &stringio_stream,
    .locals = stringio_locals,
    .n_locals = sizeof(stringio_locals) / sizeof(stringio_locals[0]),
};

const mps_obj_type_t mps_type_bytesio = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE | MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_BytesIO,
    .make_new = stringio_make_new,
    .getiter = mps_stream_getiter,
    .iternext = mps_stream_iternext,
    .protocol = &bytesio_stream,
    .locals = stringio_locals,
    .n_locals = sizeof(stringio_locals) / sizeof(stringio_locals[0]),
};

// --- io.IOBase: streams written in Python ----------------------------------------------

// A class derived from io.IOBase is a stream when it defines readinto(buf), write(buf)
// and ioctl(request, arg): these call them with a bytearray holding a copy of the
// caller's bytes (the caller's buffer may be on the C stack, which a 32-bit reference
// cannot name). A method that claims more bytes than it was given fails with EIO, as
// MicroPython does; None means "try again later" (EAGAIN).
static size_t iobase_call(mps_obj_t o, qstr method, void *buf, size_t size, bool is_read, int *errcode) {
    mps_obj_t dest[3];
    mps_load_method_maybe(o, method, dest);
    if (dest[0] == MPS_OBJ_NULL) {
        *errcode = EOPNOTSUPP;
        return MPS_STREAM_ERROR;
    }
    mps_obj_t data = mps_obj_new_bytearray(size, is_read ? NULL : buf);
    dest[2] = data;
    mps_obj_t r = mps_call_method_n_kw(1, 0, dest);
    if (r == mps_const_none) {
        *errcode = EAGAIN;
        return MPS_STREAM_ERROR;
    }
    mps_int_t n = mps_obj_get_int(r);
    if (n < 0 || (size_t)n > size) {
        *errcode = EIO;
        return MPS_STREAM_ERROR;
    }
    if (is_read) {
        mps_buffer_info_t got;
        mps_get_buffer_raise(data, &got, MPS_BUFFER_READ);
        memcpy(buf, got.buf, (size_t)n < got.len ? (size_t)n : got.len);
    }
    return (size_t)n;
}

static size_t iobase_read(mps_obj_t o, void *buf, size_t size, int *errcode) {
    return iobase_call(o, MPS_QSTR_readinto, buf, size, true, errcode);
}

static size_t iobase_write(mps_obj_t o, const void *buf, size_t size, int *errcode) {
    return iobase_call(o, MPS_QSTR_write, (void *)buf, size, false, errcode);
}

static size_t iobase_ioctl(mps_obj_t o, unsigned request, uintptr_t arg, int *errcode) {
    mps_obj_t dest[4];
    mps_load_method_maybe(o, MPS_QSTR_ioctl, dest);
    if (dest[0] == MPS_OBJ_NULL) {
        *errcode = EINVAL;
        return MPS_STREAM_ERROR;
    }
    if (request == MPS_STREAM_SEEK) {
        // Seeking through a Python ioctl is not part of the protocol MicroPython offers.
        *errcode = EINVAL;
        return MPS_STREAM_ERROR;
    }
    dest[2] = MPS_OBJ_NEW_SMALL_INT(request);
    dest[3] = MPS_OBJ_NEW_SMALL_INT((mps_int_t)arg);
    mps_obj_t r = mps_call_method_n_kw(2, 0, dest);
    mps_int_t v = r == mps_const_none ? 0 : mps_obj_get_int(r);
    if (v < 0) {
        *errcode = (int)-v;
        return MPS_STREAM_ERROR;
    }
    return (size_t)v;
}

static const mps_stream_p_t iobase_stream = {iobase_read, iobase_write, iobase_ioctl, false};

static mps_obj_t iobase_make_new(const mps_obj_type_t *type, size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_arg_check_num(n_args, n_kw, 0, 0, false);
    return MPS_OBJ_FROM_PTR(mps_obj_new(mps_obj_base_t, MPS_TYPE_IDX_iobase));
}

const mps_obj_type_t mps_type_iobase = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_BASETYPE,
    .name = MPS_QSTR_IOBase,
    .make_new = iobase_make_new,
    .protocol = &iobase_stream,
};

// --- files ---------------------------------------------------------------------------

// A file from open(): the port's handle; closing it again is harmless.
typedef struct {
    mps_obj_base_t base;
    mps_int_t fd; // -1 once closed
} mps_obj_file_t;

static size_t file_result(long r, int *errcode) {
    if (r < 0) {
        *errcode = (int)-r;
        return MPS_STREAM_ERROR;
    }
    return (size_t)r;
}

static size_t file_read(mps_obj_t o, void *buf, size_t size, int *errcode) {
    mps_obj_file_t *f = MPS_OBJ_TO_PTR(o);
    if (f->fd < 0) {
        *errcode = EBADF;
        return MPS_STREAM_ERROR;
    }
    return file_result(mps_hal_file_read(f->fd, buf, size), errcode);
}

static size_t file_write(mps_obj_t o, const void *buf, size_t size, int *errcode) {
    mps_obj_file_t *f = MPS_OBJ_TO_PTR(o);
    if (f->fd < 0) {
        *errcode = EBADF;
        return MPS_STREAM_ERROR;
    }
    return file_result(mps_hal_file_write(f->fd, buf, size), errcode);
}

static size_t file_ioctl(mps_obj_t o, unsigned request, uintptr_t arg, int *errcode) {
    mps_obj_file_t *f = MPS_OBJ_TO_PTR(o);
    if (request == MPS_STREAM_CLOSE) {
        if (f->fd >= 0) {
            mps_hal_file_close(f->fd);
            f->fd = -1;
        }
        return 0;
    }
    if (f->fd < 0) {
        *errcode = EBADF;
        return MPS_STREAM_ERROR;
    }
    if (request == MPS_STREAM_FLUSH) {
        return 0; // writes go straight to the OS
    }
    if (request == MPS_STREAM_SEEK) {
        mps_stream_seek_t *seek = (mps_stream_seek_t *)arg;
        long long r = mps_hal_file_seek(f->fd, seek->offset, seek->whence);
        if (r < 0) {
            *errcode = (int)-r;
            return MPS_STREAM_ERROR;
        }
        seek->offset = r;
        return 0;
    }
    *errcode = EINVAL;
    return MPS_STREAM_ERROR;
}

static const mps_stream_p_t fileio_stream = {file_read, file_write, file_ioctl, false};
static const mps_stream_p_t textio_stream = {file_read, file_write, file_ioctl, true};

static void file_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    mps_obj_file_t *f = MPS_OBJ_TO_PTR(o);
    mps_printf(print, "<io.%q %d>", mps_obj_get_type(o)->name, (int)f->fd);
}

// Closes a file nobody closed when the GC frees it (registered as its finaliser).
static mps_obj_t file_del(mps_obj_t self) {
    int err;
    file_ioctl(self, MPS_STREAM_CLOSE, 0, &err);
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(file_del_obj, file_del);

static const mps_rom_map_elem_t file_locals[] = {
    {MPS_ROM_QSTR(MPS_QSTR_read), MPS_ROM_PTR(&mps_stream_read_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readinto), MPS_ROM_PTR(&mps_stream_readinto_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readline), MPS_ROM_PTR(&mps_stream_readline_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_readlines), MPS_ROM_PTR(&mps_stream_readlines_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_write), MPS_ROM_PTR(&mps_stream_write_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_seek), MPS_ROM_PTR(&mps_stream_seek_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_tell), MPS_ROM_PTR(&mps_stream_tell_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_flush), MPS_ROM_PTR(&mps_stream_flush_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_close), MPS_ROM_PTR(&mps_stream_close_obj)},
    {MPS_ROM_QSTR(MPS_QSTR___del__), MPS_ROM_PTR(&file_del_obj)},
    {MPS_ROM_QSTR(MPS_QSTR___enter__), MPS_ROM_PTR(&mps_stream_enter_obj)},
    {MPS_ROM_QSTR(MPS_QSTR___exit__), MPS_ROM_PTR(&mps_stream_exit_obj)},
};

const mps_obj_type_t mps_type_fileio = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_FileIO,
    .print = file_print,
    .getiter = mps_stream_getiter,
    .iternext = mps_stream_iternext,
    .protocol = &fileio_stream,
    .locals = file_locals,
    .n_locals = sizeof(file_locals) / sizeof(file_locals[0]),
};

const mps_obj_type_t mps_type_textio = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_ITER_IS_SELF,
    .name = MPS_QSTR_TextIOWrapper,
    .print = file_print,
    .getiter = mps_stream_getiter,
    .iternext = mps_stream_iternext,
    .protocol = &textio_stream,
    .locals = file_locals,
    .n_locals = sizeof(file_locals) / sizeof(file_locals[0]),
};

// open(file, mode='r', buffering=-1, encoding=None, ...): modes r w a x with + and b/t.
static mps_obj_t io_open(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    static const mps_arg_t allowed[] = {
        {MPS_QSTR_file, MPS_ARG_OBJ | MPS_ARG_REQUIRED, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_mode, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NEW_QSTR(MPS_QSTR_r)}},
        {MPS_QSTR_buffering, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
        {MPS_QSTR_encoding, MPS_ARG_OBJ, {.u_obj = MPS_OBJ_NULL}},
    };
    mps_arg_val_t v[4];
    mps_arg_parse_all(n_args, args, n_kw, args + n_args, 4, allowed, v);
    const char *path = mps_obj_str_get_str(v[0].u_obj);
    const char *mode = mps_obj_str_get_str(v[1].u_obj);
    int flags = 0;
    bool binary = false;
    int kinds = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
            case 'r':
                flags |= MPS_HAL_O_READ;
                kinds++;
                break;
            case 'w':
                flags |= MPS_HAL_O_WRITE | MPS_HAL_O_CREATE | MPS_HAL_O_TRUNC;
                kinds++;
                break;
            case 'a':
                flags |= MPS_HAL_O_WRITE | MPS_HAL_O_CREATE | MPS_HAL_O_APPEND;
                kinds++;
                break;
            case 'x':
                flags |= MPS_HAL_O_WRITE | MPS_HAL_O_CREATE | MPS_HAL_O_EXCL;
                kinds++;
                break;
            case '+':
                flags |= MPS_HAL_O_READ | MPS_HAL_O_WRITE;
                break;
            case 'b':
                binary = true;
                break;
            case 't':
                break;
            default:
                mps_raise_msg_varg(&mps_type_ValueError, "invalid mode: '%s'", mode);
        }
    }
    if (kinds != 1) {
        mps_raise_msg_varg(&mps_type_ValueError, "invalid mode: '%s'", mode);
    }
    // Allocate first, so that running out of heap cannot leak an open handle.
    mps_obj_file_t *f = mps_obj_alloc_with_finaliser(sizeof(mps_obj_file_t),
                                                     binary ? MPS_TYPE_IDX_fileio : MPS_TYPE_IDX_textio);
    f->fd = -1;
    int fd = mps_hal_file_open(path, flags);
    if (fd < 0) {
        mps_raise_OSError(-fd);
    }
    f->fd = fd;
    return MPS_OBJ_FROM_PTR(f);
}
MPS_DEFINE_FUN_KW(mps_builtin_open_obj, 1, io_open);

static const mps_rom_map_elem_t io_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_io)},
    {MPS_ROM_QSTR(MPS_QSTR_open), MPS_ROM_PTR(&mps_builtin_open_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_IOBase), MPS_ROM_PTR(&mps_type_iobase)},
    {MPS_ROM_QSTR(MPS_QSTR_StringIO), MPS_ROM_PTR(&mps_type_stringio)},
    {MPS_ROM_QSTR(MPS_QSTR_BytesIO), MPS_ROM_PTR(&mps_type_bytesio)},
    {MPS_ROM_QSTR(MPS_QSTR_FileIO), MPS_ROM_PTR(&mps_type_fileio)},
    {MPS_ROM_QSTR(MPS_QSTR_TextIOWrapper), MPS_ROM_PTR(&mps_type_textio)},
};

static const mps_module_def_t io_module_def = {
    .name = MPS_QSTR_io,
    .globals = io_globals,
    .n_globals = sizeof(io_globals) / sizeof(io_globals[0]),
};

const mps_obj_module_t mps_module_io = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &io_module_def,
};
