// SPDX-License-Identifier: MIT
// Shared set-up for the Criterion unit tests.
#ifndef TESTS_UNIT_SUPPORT_H
#define TESTS_UNIT_SUPPORT_H

#include <stddef.h>

// Maps the arena (once per process) and gives a fresh bare heap of [size] bytes:
// gc only, no interpreter. Returns the arena's start.
void *unit_bare_heap(size_t size);
// A fresh heap of [size] bytes with the whole interpreter initialised on it.
void unit_interpreter(size_t size);

#endif // TESTS_UNIT_SUPPORT_H
