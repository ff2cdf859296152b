# errno's constants have Linux's values and errorcode maps them back to names.
import errno
names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV",
         "EISDIR", "EINVAL", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS",
         "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS"]
for name in names:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
# CPython names 95 ENOTSUP in errorcode; both have the constant.
print(errno.EOPNOTSUPP)
print(type(errno.errorcode), errno.errorcode is errno.errorcode)
