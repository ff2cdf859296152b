// SPDX-License-Identifier: MIT
// A small backtracking regular-expression engine for the re module: patterns are
// compiled to a program of 32-bit words in the GC heap and run by a loop with an
// explicit backtrack stack (also in the heap), so no pattern can exhaust the C stack.
//
// Syntax: literals, . [] [^] ranges, \d \w \s \D \W \S (also inside []), \b \B \A \Z,
// \n \t \r \f \v \0 \xHH, ^ $, * + ? {m} {m,} {,n} {m,n} and their non-greedy forms,
// | alternation, (...) groups and (?:...). For a str pattern and subject, . and
// classes consume one code point (UTF-8); for bytes, one byte.
#ifndef CORE_REGEX_H
#define CORE_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/obj.h"

// A compiled pattern. Lives inside a heap object (the code is a heap block).
typedef struct {
    mps_ref_t code;    // int32_t[len]
    mps_uint_t len;
    uint16_t n_groups; // capturing groups, not counting group 0
    uint16_t n_regs;   // 2 * (n_groups + 1) capture slots, then loop marks
    mps_uint_t is_str; // matches str (UTF-8 aware) rather than bytes
} mps_regex_t;

// Compiles [pat] ([len] bytes). Raises ValueError("error in regex") for bad syntax and
// ValueError("regex too complex") when the pattern nests or repeats beyond the limits;
// MemoryError.
void mps_regex_compile(mps_regex_t *re, const char *pat, size_t len, bool is_str);

// Runs [re] over subject[0, len) starting at byte offset [pos]: anchored there, or
// trying each later position when [search]. On success fills caps[0, 2 * (n_groups
// + 1)) with byte offsets (-1 for a group that did not take part) and returns true.
// Raises MemoryError if the backtrack stack outgrows the heap, or what a pending
// KeyboardInterrupt raises.
bool mps_regex_exec(const mps_regex_t *re, const char *subject, size_t len, size_t pos, bool search,
                    int32_t *caps);

#endif // CORE_REGEX_H
