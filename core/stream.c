// SPDX-License-Identifier: MIT
// The stream methods, written once over mps_stream_p_t.

#include "core/stream.h"

#include <errno.h>
#include <string.h>

#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objstr.h"
#include "core/objtype.h"
#include "core/runtime.h"
#include "core/vstr.h"

// Bytes read at a time when reading to the end.
#define READ_CHUNK (256)

const mps_stream_p_t *mps_get_stream(mps_obj_t o) {
    const mps_obj_type_t *type = mps_obj_get_type(o);
    if (type == &mps_type_instance) {
        // A class derived from a stream type (io.IOBase ...) streams through it.
        type = mps_obj_type_native(mps_obj_get_class(o));
    }
    return type->protocol;
}

static void stream_print_strn(void *data, const char *str, size_t len) {
    mps_stream_write_all(*(mps_obj_t *)data, str, len);
}

void mps_stream_print_init(mps_print_t *print, mps_obj_t *stream) {
    print->data = stream;
    print->print_strn = stream_print_strn;
}

const mps_stream_p_t *mps_get_stream_raise(mps_obj_t o, unsigned need) {
    const mps_stream_p_t *s = mps_get_stream(o);
    if (s == NULL || ((need & MPS_STREAM_OP_READ) && s->read == NULL) ||
        ((need & MPS_STREAM_OP_WRITE) && s->write == NULL) || ((need & MPS_STREAM_OP_IOCTL) && s->ioctl == NULL)) {
        mps_raise_msg(&mps_type_OSError, "stream operation not supported");
    }
    return s;
}

static bool is_text(mps_obj_t o) {
    const mps_stream_p_t *s = mps_get_stream(o);
    return s != NULL && s->is_text;
}

// Length of a UTF-8 sequence from its lead byte.
static size_t utf8_seq_len(uint8_t lead) {
    return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

static mps_obj_t make_result(mps_obj_t o, vstr_t *vstr) {
    return is_text(o) ? mps_obj_new_str_from_vstr(vstr) : mps_obj_new_bytes_from_vstr(vstr);
}

// Reads up to [size] bytes (all if SIZE_MAX) into [vstr]. Returns false on EAGAIN with
// nothing read; raises OSError on other errors.
static bool read_into_vstr(mps_obj_t o, const mps_stream_p_t *s, vstr_t *vstr, size_t size) {
    bool got = false;
    while (size > 0) {
        size_t want = size < READ_CHUNK ? size : READ_CHUNK;
        char *p = vstr_extend(vstr, want);
        int err;
        size_t n = s->read(o, p, want, &err);
        if (n == MPS_STREAM_ERROR) {
            if (err == EAGAIN && !got) {
                return false;
            }
            if (err == EAGAIN) {
                break;
            }
            mps_raise_OSError(err);
        }
        if (n == 0) {
            break;
        }
        got = true;
        vstr->len += n;
        if (size != SIZE_MAX) {
            size -= n;
        }
    }
    return true;
}

static mps_obj_t stream_read(size_t n_args, const mps_obj_t *args) {
    const mps_stream_p_t *s = mps_get_stream_raise(args[0], MPS_STREAM_OP_READ);
    mps_int_t size = -1;
    if (n_args > 1 && args[1] != mps_const_none) {
        size = mps_obj_get_int(args[1]);
    }
    vstr_t vstr;
    vstr_init(&vstr, size >= 0 ? (size_t)size + 1 : READ_CHUNK);
    if (!read_into_vstr(args[0], s, &vstr, size < 0 ? SIZE_MAX : (size_t)size)) {
        vstr_clear(&vstr);
        return mps_const_none;
    }
    if (s->is_text && size >= 0 && vstr.len > 0) {
        // Finish a character cut by the byte count.
        size_t i = vstr.len;
        while (i > 0 && ((uint8_t)vstr.buf[i - 1] & 0xc0) == 0x80) {
            i--;
        }
        if (i > 0) {
            size_t need = utf8_seq_len((uint8_t)vstr.buf[i - 1]) - (vstr.len - i + 1);
            if (need > 0 && need < 4) {
                read_into_vstr(args[0], s, &vstr, need);
            }
        }
    }
    return make_result(args[0], &vstr);
}
MPS_DEFINE_FUN_VAR(mps_stream_read_obj, 1, 2, stream_read);

// readinto(buf[, nbytes]): fills an existing buffer; allocates nothing.
static mps_obj_t stream_readinto(size_t n_args, const mps_obj_t *args) {
    const mps_stream_p_t *s = mps_get_stream_raise(args[0], MPS_STREAM_OP_READ);
    mps_buffer_info_t buf;
    mps_get_buffer_raise(args[1], &buf, MPS_BUFFER_WRITE);
    size_t len = buf.len;
    if (n_args > 2) {
        mps_int_t n = mps_obj_get_int(args[2]);
        if (n >= 0 && (size_t)n < len) {
            len = (size_t)n;
        }
    }
    size_t done = 0;
    while (done < len) {
        int err;
        size_t n = s->read(args[0], (uint8_t *)buf.buf + done, len - done, &err);
        if (n == MPS_STREAM_ERROR) {
            if (err == EAGAIN) {
                if (done == 0) {
                    return mps_const_none;
                }
                break;
            }
            mps_raise_OSError(err);
        }
        if (n == 0) {
            break;
        }
        done += n;
    }
    return mps_obj_new_int_from_uint((mps_uint_t)done);
}
MPS_DEFINE_FUN_VAR(mps_stream_readinto_obj, 2, 3, stream_readinto);

// One line (with its '\n'), at most [limit] bytes; empty at the end.
static mps_obj_t read_line(mps_obj_t o, mps_int_t limit) {
    const mps_stream_p_t *s = mps_get_stream_raise(o, MPS_STREAM_OP_READ);
    vstr_t vstr;
    vstr_init(&vstr, 32);
    while (limit < 0 || vstr.len < (size_t)limit) {
        char *p = vstr_extend(&vstr, 1);
        int err;
        size_t n = s->read(o, p, 1, &err);
        if (n == MPS_STREAM_ERROR) {
            if (err == EAGAIN) {
                if (vstr.len == 0) {
                    vstr_clear(&vstr);
                    return mps_const_none;
                }
                break;
            }
            mps_raise_OSError(err);
        }
        if (n == 0) {
            break;
        }
        vstr.len++;
        if (*p == '\n') {
            break;
        }
    }
    return make_result(o, &vstr);
}

static mps_obj_t stream_readline(size_t n_args, const mps_obj_t *args) {
    mps_int_t limit = -1;
    if (n_args > 1 && args[1] != mps_const_none) {
        limit = mps_obj_get_int(args[1]);
    }
    return read_line(args[0], limit);
}
MPS_DEFINE_FUN_VAR(mps_stream_readline_obj, 1, 2, stream_readline);

static mps_obj_t stream_readlines(mps_obj_t self) {
    mps_obj_t lines = mps_obj_new_list(0, NULL);
    for (;;) {
        mps_obj_t line = read_line(self, -1);
        if (line == mps_const_none || mps_obj_get_len(line) == 0) {
            break;
        }
        mps_obj_list_append(lines, line);
    }
    return lines;
}
MPS_DEFINE_FUN_1(mps_stream_readlines_obj, stream_readlines);

void mps_stream_write_all(mps_obj_t stream, const void *buf, size_t len) {
    const mps_stream_p_t *s = mps_get_stream_raise(stream, MPS_STREAM_OP_WRITE);
    const uint8_t *p = buf;
    while (len > 0) {
        int err;
        size_t n = s->write(stream, p, len, &err);
        if (n == MPS_STREAM_ERROR) {
            mps_raise_OSError(err);
        }
        if (n == 0) {
            break;
        }
        p += n;
        len -= n;
    }
}

// write(buf[, max[, offset]]): the number of bytes written.
static mps_obj_t stream_write(size_t n_args, const mps_obj_t *args) {
    const mps_stream_p_t *s = mps_get_stream_raise(args[0], MPS_STREAM_OP_WRITE);
    mps_buffer_info_t buf;
    if (mps_obj_is_str(args[1])) {
        if (!s->is_text) {
            mps_raise_TypeError("object with buffer protocol required");
        }
        buf.buf = (void *)mps_obj_str_get_data(args[1], &buf.len);
    } else {
        mps_get_buffer_raise(args[1], &buf, MPS_BUFFER_READ);
    }
    size_t off = 0, len = buf.len;
    if (n_args > 3) {
        off = (size_t)mps_obj_get_int(args[3]);
        if (off > buf.len) {
            off = buf.len;
        }
        len = buf.len - off;
    }
    if (n_args > 2) {
        mps_int_t max = mps_obj_get_int(args[2]);
        if (max >= 0 && (size_t)max < len) {
            len = (size_t)max;
        }
    }
    int err;
    size_t n = s->write(args[0], (const uint8_t *)buf.buf + off, len, &err);
    if (n == MPS_STREAM_ERROR) {
        if (err == EAGAIN) {
            return mps_const_none;
        }
        mps_raise_OSError(err);
    }
    return mps_obj_new_int_from_uint((mps_uint_t)n);
}
MPS_DEFINE_FUN_VAR(mps_stream_write_obj, 2, 4, stream_write);

static mps_obj_t do_seek(mps_obj_t o, long long offset, int whence) {
    const mps_stream_p_t *s = mps_get_stream_raise(o, MPS_STREAM_OP_IOCTL);
    mps_stream_seek_t seek = {offset, whence};
    int err;
    size_t r = s->ioctl(o, MPS_STREAM_SEEK, (uintptr_t)&seek, &err);
    if (r == MPS_STREAM_ERROR) {
        mps_raise_OSError(err);
    }
    return mps_obj_new_int_from_ll(seek.offset);
}

static mps_obj_t stream_seek(size_t n_args, const mps_obj_t *args) {
    int whence = n_args > 2 ? mps_obj_get_int(args[2]) : 0;
    return do_seek(args[0], mps_obj_int_get_ll_checked(args[1]), whence);
}
MPS_DEFINE_FUN_VAR(mps_stream_seek_obj, 2, 3, stream_seek);

static mps_obj_t stream_tell(mps_obj_t self) {
    return do_seek(self, 0, 1);
}
MPS_DEFINE_FUN_1(mps_stream_tell_obj, stream_tell);

static mps_obj_t simple_ioctl(mps_obj_t o, unsigned request) {
    const mps_stream_p_t *s = mps_get_stream_raise(o, MPS_STREAM_OP_IOCTL);
    int err;
    if (s->ioctl(o, request, 0, &err) == MPS_STREAM_ERROR) {
        mps_raise_OSError(err);
    }
    return mps_const_none;
}

static mps_obj_t stream_flush(mps_obj_t self) {
    return simple_ioctl(self, MPS_STREAM_FLUSH);
}
MPS_DEFINE_FUN_1(mps_stream_flush_obj, stream_flush);

static mps_obj_t stream_close(mps_obj_t self) {
    return simple_ioctl(self, MPS_STREAM_CLOSE);
}
MPS_DEFINE_FUN_1(mps_stream_close_obj, stream_close);

static mps_obj_t stream_enter(mps_obj_t self) {
    return self;
}
MPS_DEFINE_FUN_1(mps_stream_enter_obj, stream_enter);

static mps_obj_t stream_exit(size_t n_args, const mps_obj_t *args) {
    return simple_ioctl(args[0], MPS_STREAM_CLOSE);
}
MPS_DEFINE_FUN_VAR(mps_stream_exit_obj, 4, 4, stream_exit);

mps_obj_t mps_stream_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    return o;
}

mps_obj_t mps_stream_iternext(mps_obj_t o) {
    mps_obj_t line = read_line(o, -1);
    if (line == mps_const_none || mps_obj_get_len(line) == 0) {
        return MPS_OBJ_STOP_ITERATION;
    }
    return line;
}
