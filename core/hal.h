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
// Sleeps; returns early (true) if interrupted by a pending KeyboardInterrupt.
bool mps_hal_delay_us(uint64_t us);

// Files, for import and open(): loads a whole file into memory the caller frees with
// mps_hal_free_file. Returns NULL if it does not exist / cannot be read.
char *mps_hal_load_file(const char *path, size_t *len);
void mps_hal_free_file(char *data);
// 0: missing, 1: file, 2: directory.
int mps_hal_stat_kind(const char *path);

// Random bytes for os.urandom / random seeding.
void mps_hal_random_bytes(uint8_t *buf, size_t len);

#endif // CORE_HAL_H
