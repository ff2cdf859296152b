// SPDX-License-Identifier: MIT
// The unix port's implementation of core/hal.h.

#include "core/hal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "console.h"
#include "core/state.h"

#if MPS_PORT_READLINE
#include <readline/readline.h>
#endif

void mps_hal_stdout_write(const char *str, size_t len) {
    console_write(str, len);
}

void mps_hal_stderr_write(const char *str, size_t len) {
    console_write_err(str, len);
}

int mps_hal_stdin_read_char(void) {
    return console_read_byte();
}

char *mps_hal_readline(const char *prompt) {
#if MPS_PORT_READLINE
    if (console_is_local_tty()) {
        return readline(prompt != NULL ? prompt : "");
    }
#endif
    if (prompt != NULL) {
        console_write(prompt, strlen(prompt));
    }
    size_t alloc = 128, len = 0;
    char *line = malloc(alloc);
    if (line == NULL) {
        return NULL;
    }
    for (;;) {
        int c = console_read_byte();
        if (c < 0) {
            if (len == 0) {
                free(line);
                return NULL;
            }
            break;
        }
        if (c == '\n' || c == '\r') {
            break;
        }
        if (len + 2 > alloc) {
            alloc *= 2;
            char *bigger = realloc(line, alloc);
            if (bigger == NULL) {
                free(line);
                return NULL;
            }
            line = bigger;
        }
        line[len++] = (char)c;
    }
    line[len] = '\0';
    return line;
}

void mps_hal_free_line(char *line) {
    free(line);
}

static uint64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t mps_hal_ticks_ms(void) {
    return clock_ns(CLOCK_MONOTONIC) / 1000000u;
}

uint64_t mps_hal_ticks_us(void) {
    return clock_ns(CLOCK_MONOTONIC) / 1000u;
}

uint64_t mps_hal_ticks_ns(void) {
    return clock_ns(CLOCK_MONOTONIC);
}

uint64_t mps_hal_time_ns(void) {
    return clock_ns(CLOCK_REALTIME);
}

long mps_hal_local_offset(long long secs, int *isdst) {
    time_t t = (time_t)secs;
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL) {
        *isdst = 0;
        return 0;
    }
    *isdst = tm.tm_isdst > 0;
    return tm.tm_gmtoff;
}

bool mps_hal_delay_us(uint64_t us) {
    uint64_t end = mps_hal_ticks_us() + us;
    for (;;) {
        uint64_t now = mps_hal_ticks_us();
        if (now >= end) {
            return false;
        }
        uint64_t left = end - now;
        struct timespec ts = {(time_t)(left / 1000000u), (long)(left % 1000000u) * 1000};
        // A signal (Ctrl-C) interrupts the sleep; let the caller raise it.
        if (nanosleep(&ts, NULL) != 0 && errno == EINTR && mps_state.sched_pending) {
            return true;
        }
    }
}

char *mps_hal_load_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    char *data = malloc(size + 1);
    if (data == NULL) {
        fclose(f);
        return NULL;
    }
    size_t got = fread(data, 1, size, f);
    fclose(f);
    data[got] = '\0';
    *len = got;
    return data;
}

void mps_hal_free_file(char *data) {
    free(data);
}

int mps_hal_stat_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : 1;
}

int mps_hal_file_open(const char *path, int flags) {
    int f = 0;
    if ((flags & MPS_HAL_O_READ) && (flags & MPS_HAL_O_WRITE)) {
        f = O_RDWR;
    } else if (flags & MPS_HAL_O_WRITE) {
        f = O_WRONLY;
    } else {
        f = O_RDONLY;
    }
    f |= (flags & MPS_HAL_O_CREATE ? O_CREAT : 0) | (flags & MPS_HAL_O_TRUNC ? O_TRUNC : 0) |
         (flags & MPS_HAL_O_APPEND ? O_APPEND : 0) | (flags & MPS_HAL_O_EXCL ? O_EXCL : 0) | O_CLOEXEC;
    int fd = open(path, f, 0644);
    if (fd >= 0) {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return -EISDIR;
        }
    }
    return fd >= 0 ? fd : -errno;
}

long mps_hal_file_read(int fd, void *buf, size_t len) {
    for (;;) {
        ssize_t n = read(fd, buf, len);
        if (n >= 0) {
            return (long)n;
        }
        if (errno != EINTR) {
            return -errno;
        }
    }
}

long mps_hal_file_write(int fd, const void *buf, size_t len) {
    for (;;) {
        ssize_t n = write(fd, buf, len);
        if (n >= 0) {
            return (long)n;
        }
        if (errno != EINTR) {
            return -errno;
        }
    }
}

long long mps_hal_file_seek(int fd, long long offset, int whence) {
    off_t r = lseek(fd, (off_t)offset, whence == 2 ? SEEK_END : whence == 1 ? SEEK_CUR : SEEK_SET);
    return r >= 0 ? (long long)r : -errno;
}

int mps_hal_file_close(int fd) {
    return close(fd) == 0 ? 0 : -errno;
}

void mps_hal_random_bytes(uint8_t *buf, size_t len) {
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = 0;
    if (f != NULL) {
        got = fread(buf, 1, len, f);
        fclose(f);
    }
    // Without /dev/urandom fall back to the clock: fine for seeding, not for secrets.
    uint64_t x = mps_hal_ticks_ns() ^ (uint64_t)getpid();
    for (size_t i = got; i < len; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        buf[i] = (uint8_t)x;
    }
}

int mps_hal_poll(mps_hal_pollfd_t *fds, size_t n, int timeout_ms) {
    // The MPS_HAL_POLL_* bits are Linux's own POLL* values; map them anyway so that
    // the port stays correct on a host where they differ.
    struct pollfd small[8];
    struct pollfd *p = n <= 8 ? small : malloc(n * sizeof(struct pollfd));
    if (p == NULL) {
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        p[i].fd = fds[i].fd;
        p[i].events = (short)(((fds[i].events & MPS_HAL_POLL_IN) ? POLLIN : 0) |
                              ((fds[i].events & MPS_HAL_POLL_OUT) ? POLLOUT : 0));
        p[i].revents = 0;
    }
    int r = poll(p, (nfds_t)n, timeout_ms);
    if (r < 0) {
        r = errno == EINTR ? 0 : -errno;
    }
    for (size_t i = 0; i < n; i++) {
        short re = r > 0 ? p[i].revents : 0;
        fds[i].revents = (uint16_t)(((re & POLLIN) ? MPS_HAL_POLL_IN : 0) | ((re & POLLOUT) ? MPS_HAL_POLL_OUT : 0) |
                                    ((re & POLLERR) ? MPS_HAL_POLL_ERR : 0) | ((re & POLLHUP) ? MPS_HAL_POLL_HUP : 0) |
                                    ((re & POLLNVAL) ? MPS_HAL_POLL_ERR : 0));
    }
    if (p != small) {
        free(p);
    }
    return r;
}
