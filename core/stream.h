// SPDX-License-Identifier: MIT
// Streams: one protocol (read, write, control) that files, StringIO/BytesIO, the console
// and hal_sim's UART implement, and the Python methods built on it once for all.
#ifndef CORE_STREAM_H
#define CORE_STREAM_H

#include <stddef.h>

#include "core/obj.h"
#include "core/objfun.h"
#include "core/print.h"

// Controls for the ioctl slot.
#define MPS_STREAM_FLUSH (1)
#define MPS_STREAM_SEEK (2)  // arg: mps_stream_seek_t *
#define MPS_STREAM_CLOSE (4)
#define MPS_STREAM_POLL (3)  // arg: events wanted; returns the events ready

#define MPS_STREAM_ERROR ((size_t)-1)

typedef struct {
    long long offset;
    int whence; // 0 start, 1 current, 2 end
} mps_stream_seek_t;

// A type's `protocol` points to one of these when its objects are streams. The
// functions return MPS_STREAM_ERROR and set *errcode (an errno value) on failure; they
// never raise, so that callers can decide (a non-blocking read may give EAGAIN).
typedef struct {
    size_t (*read)(mps_obj_t o, void *buf, size_t size, int *errcode);
    size_t (*write)(mps_obj_t o, const void *buf, size_t size, int *errcode);
    // Returns 0 (or a result, for SEEK the new position) or MPS_STREAM_ERROR.
    size_t (*ioctl)(mps_obj_t o, unsigned request, uintptr_t arg, int *errcode);
    bool is_text; // read() gives str, not bytes
} mps_stream_p_t;

// The stream protocol of [o] (for an instance of a class derived from a stream type,
// that type's), or NULL if it has none.
const mps_stream_p_t *mps_get_stream(mps_obj_t o);

// A printer that writes to [*stream] through its protocol (allocating nothing); raises
// OSError when a write fails. [stream] must outlive the printer.
void mps_stream_print_init(mps_print_t *print, mps_obj_t *stream);

// The stream protocol of [o]; raises OSError (EINVAL-like "stream operation not
// supported") if it has none or lacks the operation.
const mps_stream_p_t *mps_get_stream_raise(mps_obj_t o, unsigned need);
#define MPS_STREAM_OP_READ (1)
#define MPS_STREAM_OP_WRITE (2)
#define MPS_STREAM_OP_IOCTL (4)

// Writes all of [len] bytes to [stream]; raises OSError on failure.
void mps_stream_write_all(mps_obj_t stream, const void *buf, size_t len);

// The Python methods, as built-in function objects for the locals tables of stream
// types: read([n]), readinto(buf[, n]), readline([n]), readlines(), write(buf),
// seek(offset[, whence]), tell(), flush(), close(), __enter__(), __exit__(...),
// and getiter/iternext slot helpers that iterate lines.
extern const mps_obj_fun_builtin_t mps_stream_read_obj;
extern const mps_obj_fun_builtin_t mps_stream_readinto_obj;
extern const mps_obj_fun_builtin_t mps_stream_readline_obj;
extern const mps_obj_fun_builtin_t mps_stream_readlines_obj;
extern const mps_obj_fun_builtin_t mps_stream_write_obj;
extern const mps_obj_fun_builtin_t mps_stream_seek_obj;
extern const mps_obj_fun_builtin_t mps_stream_tell_obj;
extern const mps_obj_fun_builtin_t mps_stream_flush_obj;
extern const mps_obj_fun_builtin_t mps_stream_close_obj;
extern const mps_obj_fun_builtin_t mps_stream_enter_obj;
extern const mps_obj_fun_builtin_t mps_stream_exit_obj;
mps_obj_t mps_stream_getiter(mps_obj_t o, mps_obj_iter_buf_t *iter_buf);
mps_obj_t mps_stream_iternext(mps_obj_t o);

#endif // CORE_STREAM_H
