// SPDX-License-Identifier: MIT
// The help() built-in.
#ifndef CORE_BUILTINHELP_H
#define CORE_BUILTINHELP_H

#include "core/objfun.h"

// help(), help('modules'), help(obj): for the builtins table.
extern const mps_obj_fun_builtin_t mps_builtin_help_obj;

#endif // CORE_BUILTINHELP_H
