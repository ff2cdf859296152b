// SPDX-License-Identifier: MIT
// The errno values MicroPython's errno module names (its unix port's set, with Linux's
// numbers, which the unix HAL reports). One list, so that errno.errorcode and the
// "[Errno 2] ENOENT" of OSError's message can agree.
#ifndef CORE_MODERRNO_H
#define CORE_MODERRNO_H

// X(name, value), in increasing value (the order errno.errorcode prints in).
#define MPS_ERRNO_LIST(X) \
    X(EPERM, 1) X(ENOENT, 2) X(EIO, 5) X(EBADF, 9) X(EAGAIN, 11) X(ENOMEM, 12) \
    X(EACCES, 13) X(EEXIST, 17) X(ENODEV, 19) X(EISDIR, 21) X(EINVAL, 22) \
    X(EOPNOTSUPP, 95) X(EADDRINUSE, 98) X(ECONNABORTED, 103) X(ECONNRESET, 104) \
    X(ENOBUFS, 105) X(ENOTCONN, 107) X(ETIMEDOUT, 110) X(ECONNREFUSED, 111) \
    X(EHOSTUNREACH, 113) X(EALREADY, 114) X(EINPROGRESS, 115)

#endif // CORE_MODERRNO_H
