// SPDX-License-Identifier: MIT
// Shared set-up for the Criterion unit tests.
#ifndef TESTS_UNIT_SUPPORT_H
#define TESTS_UNIT_SUPPORT_H

#include <stddef.h>

// Maps the arena (once per process) and gives a fresh bare heap of [size] bytes:
// gc only, no interpreter. Returns the arena's start.
void *unit_bare_heap(size_t size);
// A fresh heap of [size] bytes with the whole interpreter initialised on it; the C
// stack is scanned from [stack_top] down (the test function's frame).
void unit_interpreter_from(size_t size, void *stack_top);
#define unit_interpreter(size) unit_interpreter_from((size), __builtin_frame_address(0))

#endif // TESTS_UNIT_SUPPORT_H
