// SPDX-License-Identifier: MIT
// What a port implements: the core's only way to reach the outside world.
#ifndef CORE_HAL_H
#define CORE_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Console.
void mps_hal_stdout_write(const char *str, size_t len);
void mps_hal_stderr_write(const char *str, size_t len);
// Reads one byte of console input; -1 at end of input.
int mps_hal_stdin_read_char(void);
// Reads a line for input() with [prompt]; returns heap-free malloc'd text the caller
// frees with mps_hal_free_line, or NULL at end of input.
char *mps_hal_readline(const char *prompt);
void mps_hal_free_line(char *line);

// Time.
uint64_t mps_hal_ticks_ms(void);
uint64_t mps_hal_ticks_us(void);
uint64_t mps_hal_ticks_ns(void); // monotonic
uint64_t mps_hal_time_ns(void);  // since the Unix epoch
// Offset of local time from UTC in seconds at [secs] since the epoch; sets *isdst.
long mps_hal_local_offset(long long secs, int *isdst);
// Sleeps; returns early (true) if interrupted by a pending KeyboardInterrupt.
bool mps_hal_delay_us(uint64_t us);

// Files, for import and open(): loads a whole file into memory the caller frees with
// mps_hal_free_file. Returns NULL if it does not exist / cannot be read.
char *mps_hal_load_file(const char *path, size_t *len);
void mps_hal_free_file(char *data);
// 0: missing, 1: file, 2: directory.
int mps_hal_stat_kind(const char *path);

// Files for open(). Flags are MPS_HAL_O_*; each call returns a handle (>= 0), a count
// or a position, or -errno on failure.
#define MPS_HAL_O_READ (1)
#define MPS_HAL_O_WRITE (2)
#define MPS_HAL_O_CREATE (4)
#define MPS_HAL_O_TRUNC (8)
#define MPS_HAL_O_APPEND (16)
#define MPS_HAL_O_EXCL (32)
int mps_hal_file_open(const char *path, int flags);
long mps_hal_file_read(int fd, void *buf, size_t len);
long mps_hal_file_write(int fd, const void *buf, size_t len);
long long mps_hal_file_seek(int fd, long long offset, int whence);
int mps_hal_file_close(int fd);

// Random bytes for os.urandom / random seeding.
void mps_hal_random_bytes(uint8_t *buf, size_t len);

// Readiness of host file descriptors, for select.poll. Events are MPS_HAL_POLL_* bits
// (the Linux values, which MicroPython's select module exposes). Waits up to
// [timeout_ms] (0: do not wait, -1: forever) for one of [n] descriptors to be ready,
// fills each revents and returns how many are ready, or -errno. A port without
// descriptors returns -EINVAL (22).
#define MPS_HAL_POLL_IN (1)
#define MPS_HAL_POLL_OUT (4)
#define MPS_HAL_POLL_ERR (8)
#define MPS_HAL_POLL_HUP (16)
typedef struct {
    int fd;
    uint16_t events;
    uint16_t revents;
} mps_hal_pollfd_t;
int mps_hal_poll(mps_hal_pollfd_t *fds, size_t n, int timeout_ms);

#endif // CORE_HAL_H
