// SPDX-License-Identifier: MIT
// The io module: StringIO, BytesIO and file objects.
#ifndef CORE_MODIO_H
#define CORE_MODIO_H

#include "core/objfun.h"

extern const mps_obj_type_t mps_type_iobase;
extern const mps_obj_type_t mps_type_stringio;
extern const mps_obj_type_t mps_type_bytesio;
extern const mps_obj_type_t mps_type_fileio;
extern const mps_obj_type_t mps_type_textio;

// open(file, mode='r', ...): for the builtins table.
extern const mps_obj_fun_builtin_t mps_builtin_open_obj;

#endif // CORE_MODIO_H
