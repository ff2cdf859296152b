// SPDX-License-Identifier: MIT
// Running source text: parse + compile + run as a module body, the REPL's single-input
// mode, and the builtins eval, exec and compile.
#ifndef CORE_BUILTINEVALEXEC_H
#define CORE_BUILTINEVALEXEC_H

#include "core/emitglue.h"
#include "core/objfun.h"
#include "core/parse.h"

// Runs a compiled module body [rc] with [globals] as its globals and [locals] as the
// namespace of LOAD_NAME/STORE_NAME (usually the same dict). Returns what the code
// returns (None, or an Expression's value). Raises what the code raises.
mps_obj_t mps_exec_raw_code(const mps_raw_code_t *rc, mps_obj_t globals, mps_obj_t locals);

// Parses, compiles and runs [len] bytes of [src]:
//   MPS_PARSE_FILE_INPUT:   a module (e.g. a script or an imported .py), returns None
//   MPS_PARSE_SINGLE_INPUT: a REPL entry; expression statements print their repr
//                           (unless None) and set `_`; returns None
//   MPS_PARSE_EVAL_INPUT:   an expression; returns its value
// [source_name] appears in tracebacks. Raises SyntaxError, MemoryError or whatever the
// code raises.
mps_obj_t mps_exec_source(const char *src, size_t len, qstr source_name, mps_parse_input_kind_t kind,
                       mps_obj_t globals, mps_obj_t locals);

// Runs a module's source (import of a .py): FILE_INPUT with [globals] as globals and
// locals.
void mps_exec_module_source(const char *src, size_t len, qstr file, mps_obj_t globals);

// Compiles without running; the code object is garbage once dropped.
mps_raw_code_t *mps_compile_source(const char *src, size_t len, qstr source_name, mps_parse_input_kind_t kind);

// eval(source, [globals, [locals]]), exec(source, [globals, [locals]]) and
// compile(source, filename, mode): for the builtins table.
extern const mps_obj_fun_builtin_t mps_builtin_eval_obj;
extern const mps_obj_fun_builtin_t mps_builtin_exec_obj;
extern const mps_obj_fun_builtin_t mps_builtin_compile_obj;

#endif // CORE_BUILTINEVALEXEC_H
