// SPDX-License-Identifier: MIT
// The parser: source text to an abstract syntax tree (core/ast.h) in the GC heap.
#ifndef CORE_PARSE_H
#define CORE_PARSE_H

typedef enum {
    MPS_PARSE_SINGLE_INPUT, // one REPL statement (expression values are printed)
    MPS_PARSE_FILE_INPUT,   // a module
    MPS_PARSE_EVAL_INPUT,   // one expression (eval)
} mps_parse_input_kind_t;

#endif // CORE_PARSE_H
