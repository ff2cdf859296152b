// SPDX-License-Identifier: MIT
// core/hal.h for the unit tests: plain stdio, no terminal handling.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/hal.h"

void mps_hal_stdout_write(const char *str, size_t len) {
    fwrite(str, 1, len, stdout);
}

void mps_hal_stderr_write(const char *str, size_t len) {
    fwrite(str, 1, len, stderr);
}

int mps_hal_stdin_read_char(void) {
    return -1;
}

char *mps_hal_readline(const char *prompt) {
    (void)prompt;
    return NULL;
}

void mps_hal_free_line(char *line) {
    free(line);
}

static uint64_t ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t mps_hal_ticks_ms(void) {
    return ns(CLOCK_MONOTONIC) / 1000000u;
}

uint64_t mps_hal_ticks_us(void) {
    return ns(CLOCK_MONOTONIC) / 1000u;
}

uint64_t mps_hal_ticks_ns(void) {
    return ns(CLOCK_MONOTONIC);
}

uint64_t mps_hal_time_ns(void) {
    return ns(CLOCK_REALTIME);
}

bool mps_hal_delay_us(uint64_t us) {
    usleep((useconds_t)us);
    return false;
}

char *mps_hal_load_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    if (data != NULL) {
        *len = fread(data, 1, (size_t)n, f);
        data[*len] = '\0';
    }
    fclose(f);
    return data;
}

void mps_hal_free_file(char *data) {
    free(data);
}

int mps_hal_stat_kind(const char *path) {
    return access(path, F_OK) == 0 ? 1 : 0;
}

void mps_hal_random_bytes(uint8_t *buf, size_t len) {
    for (size_t i = 0; i < len; i++) {
        buf[i] = (uint8_t)rand();
    }
}

int mps_hal_file_open(const char *path, int flags) {
    (void)path;
    (void)flags;
    return -2; // ENOENT: the unit tests use no files
}

long mps_hal_file_read(int fd, void *buf, size_t len) {
    return -9;
}

long mps_hal_file_write(int fd, const void *buf, size_t len) {
    return -9;
}

long long mps_hal_file_seek(int fd, long long offset, int whence) {
    return -9;
}

int mps_hal_file_close(int fd) {
    return -9;
}

long mps_hal_local_offset(long long secs, int *isdst) {
    *isdst = 0;
    return 0;
}
