// SPDX-License-Identifier: MIT
// The builtins module: built-in functions, types and exception classes by name, in a
// ROM table (no heap). Name lookup falls back to it after globals.
#ifndef CORE_MODBUILTINS_H
#define CORE_MODBUILTINS_H

#include "core/objmodule.h"

extern const mps_obj_module_t mps_module_builtins;

#endif // CORE_MODBUILTINS_H
