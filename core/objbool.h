// SPDX-License-Identifier: MIT
// bool: True and False are immediates (core/obj.h); this is their type, a subclass of int.
#ifndef CORE_OBJBOOL_H
#define CORE_OBJBOOL_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_bool;

#endif // CORE_OBJBOOL_H
