// SPDX-License-Identifier: MIT
// The compiler: walks the syntax tree (core/ast.h) and emits a code object per module,
// function, lambda, class body and comprehension.
#ifndef CORE_COMPILE_H
#define CORE_COMPILE_H

#include "core/ast.h"
#include "core/emitglue.h"
#include "core/parse.h"

// Compiles [root] (Module, Interactive or Expression) into the code object of the
// module body: it returns None, or for an Expression the expression's value; for
// Interactive input each expression statement prints its value (PRINT_EXPR).
// All temporaries come from the GC heap and are garbage afterwards. Raises SyntaxError
// (with a traceback entry for the line) or MemoryError.
mps_raw_code_t *mps_compile(const mps_ast_t *root, qstr source_file);

#endif // CORE_COMPILE_H
