// SPDX-License-Identifier: MIT
// The unix port's os module.
#ifndef PORTS_UNIX_MODOS_H
#define PORTS_UNIX_MODOS_H

#include "core/objmodule.h"

extern const mps_obj_module_t mps_module_os;

#endif // PORTS_UNIX_MODOS_H
