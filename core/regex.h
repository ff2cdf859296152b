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

// A compiled pattern: a header and its program, in one heap block (or embedded at the
// end of an object that copies it).
typedef struct {
    uint16_t len;      // bytes of code
    uint8_t n_groups;  // capturing groups, not counting group 0
    uint8_t is_str;    // matches str (UTF-8 aware) rather than bytes
    uint16_t n_regs;   // 2 * (n_groups + 1) capture slots, then loop marks
    uint16_t pad;
    uint8_t code[];
} mps_regex_t;

// Bytes taken by [re], header included.
static inline size_t mps_regex_size(const mps_regex_t *re) {
    return sizeof(mps_regex_t) + re->len;
}

// Compiles [pat] ([len] bytes) into a new heap block (free it with mps_mem_free once
// copied). Raises ValueError("error in regex") for bad syntax and ValueError("regex
// too complex") when the pattern nests, repeats or groups beyond the limits;
// MemoryError.
mps_regex_t *mps_regex_compile(const char *pat, size_t len, bool is_str);

// Runs [re] over subject[0, len) starting at byte offset [pos]: anchored there, or
// trying each later position when [search]. On success fills caps[0, 2 * (n_groups
// + 1)) with byte offsets (-1 for a group that did not take part) and returns true.
// Raises MemoryError if the backtrack stack outgrows the heap, or what a pending
// KeyboardInterrupt raises.
bool mps_regex_exec(const mps_regex_t *re, const char *subject, size_t len, size_t pos, bool search,
                    int32_t *caps);

#endif // CORE_REGEX_H
