// SPDX-License-Identifier: MIT
// core/hal.h for the `heapviz` command. It runs no Python, but linking the core's
// block letters (core/heapmap.c) brings in the printer and with it the whole core, so
// the command needs a port interface: plain stdio, no console handling.

#include "core/hal.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void mps_hal_stdout_write(const char *str, size_t len) {
    fwrite(str, 1, len, stdout);
}

void mps_hal_stderr_write(const char *str, size_t len) {
    fwrite(str, 1, len, stderr);
}

int mps_hal_stdin_read_char(void) {
    int c = getchar();
    return c == EOF ? -1 : c;
}

char *mps_hal_readline(const char *prompt) {
    return NULL; // heapviz never asks for a line
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

bool mps_hal_delay_us(uint64_t us) {
    usleep((useconds_t)us);
    return false;
}

char *mps_hal_load_file(const char *path, size_t *len) {
    return NULL; // nothing to import
}

void mps_hal_free_file(char *data) {
    free(data);
}

int mps_hal_stat_kind(const char *path) {
    struct stat st;
    return stat(path, &st) != 0 ? 0 : S_ISDIR(st.st_mode) ? 2 : 1;
}

void mps_hal_random_bytes(uint8_t *buf, size_t len) {
    for (size_t i = 0; i < len; i++) {
        buf[i] = (uint8_t)rand();
    }
}

int mps_hal_poll(mps_hal_pollfd_t *fds, size_t n, int timeout_ms) {
    return -22; // EINVAL: the tool has no descriptors to offer scripts
}
