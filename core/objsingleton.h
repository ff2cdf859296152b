// SPDX-License-Identifier: MIT
// The singletons that are not immediates: NotImplemented and Ellipsis (static objects),
// and the type of None (an immediate, see core/obj.h).
#ifndef CORE_OBJSINGLETON_H
#define CORE_OBJSINGLETON_H

#include "core/obj.h"

extern const mps_obj_type_t mps_type_NoneType;
extern const mps_obj_type_t mps_type_NotImplementedType;
extern const mps_obj_type_t mps_type_ellipsis;

// The one instance of each; compare with == (identity).
extern const mps_obj_base_t mps_const_notimplemented_obj;
extern const mps_obj_base_t mps_const_ellipsis_obj;
#define mps_const_notimplemented MPS_OBJ_FROM_PTR(&mps_const_notimplemented_obj)
#define mps_const_ellipsis MPS_OBJ_FROM_PTR(&mps_const_ellipsis_obj)

#endif // CORE_OBJSINGLETON_H
