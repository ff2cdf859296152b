// SPDX-License-Identifier: MIT
// The parser: source text to an abstract syntax tree (core/ast.h) in the GC heap.
#ifndef CORE_PARSE_H
#define CORE_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/ast.h"
#include "core/qstr.h"

typedef enum {
    MPS_PARSE_SINGLE_INPUT, // one REPL statement (expression values are printed)
    MPS_PARSE_FILE_INPUT,   // a module
    MPS_PARSE_EVAL_INPUT,   // one expression (eval)
} mps_parse_input_kind_t;

// Parses [len] bytes of UTF-8 source at [src] (not NUL-terminated; kept alive by the
// caller only for the duration of the call) and returns the tree's root:
//   FILE_INPUT   -> Module (mps_ast_module_t)
//   SINGLE_INPUT -> Interactive (mps_ast_interactive_t): one or more statements
//   EVAL_INPUT   -> Expression (mps_ast_expression_t); leading blanks are allowed
// The tree lives in the GC heap (see core/ast.h) and is garbage once dropped; the caller
// may give it back at once with mps_ast_free(). [source_name] is the file name used in
// error tracebacks.
//
// Raises SyntaxError / IndentationError with one traceback entry (the file and line; no
// block name for plain syntax errors, as MicroPython prints them; the enclosing
// function, class or <module> for the errors MicroPython finds while compiling: "can't
// assign to expression", "positional arg after keyword arg" ...), MemoryError,
// NotImplementedError for \N{...} escapes, and RuntimeError when the nesting is too
// deep for the C stack (mps_stack_check).
mps_ast_t *mps_parse(const char *src, size_t len, qstr source_name, mps_parse_input_kind_t kind);

// For the REPL: true if [len] bytes at [src] (the lines typed so far, joined with \n)
// are not finished and the REPL should ask for another line: an open bracket, an open
// triple-quoted string, a trailing backslash, a last line ending with ':', or a first
// line starting a compound statement (def, if, for, while, with, try, class, async, @)
// not yet closed by an empty line. Never raises and allocates nothing.
bool mps_parse_is_incomplete(const char *src, size_t len);

#endif // CORE_PARSE_H
