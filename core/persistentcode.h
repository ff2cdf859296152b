// SPDX-License-Identifier: MIT
// .mpy files: code objects (core/emitglue.h) saved to bytes and loaded back, for
// mpy-cross, importing compiled modules and freezing.
#ifndef CORE_PERSISTENTCODE_H
#define CORE_PERSISTENTCODE_H

#include "core/emitglue.h"
#include "core/vstr.h"

// Format (version MPS_MPY_VERSION), all counts and numbers as UINTs (core/bc.h):
//
//   'M' 'P' 'S' version  crc32 (4 bytes LE, of everything after it)
//   qstr table: n, then n x (length, bytes)
//   the module's code object, recursively:
//     name, file (qstr table indices), flags, n_pos_args, n_kwonly_args, n_locals,
//     n_stack, n_free, first_line, n_cells
//     bytecode (length, bytes; QSTR operands hold qstr table indices), line table
//     (length, bytes), exception table (length, bytes), arg names (indices), cell slots
//     constants: n, then per constant a tag byte and its payload:
//       N None  T True  F False  E Ellipsis  i small int (SINT)  I big int (decimal)
//       f float (8 bytes IEEE LE)  c complex (2 x 8 bytes)  q interned str (index)
//       s str (length, UTF-8)  b bytes (length, bytes)  t tuple (n, items)
//       C code object
//
// Qstr ids are private to a run, so operands and names are renumbered on load.

#define MPS_MPY_VERSION (1)

// Appends [rc] and everything it refers to, as .mpy bytes, to [vstr]. Raises
// ValueError for a constant that cannot be saved, MemoryError.
void mps_persistent_save(const mps_raw_code_t *rc, vstr_t *vstr);

// Builds the code objects stored in [len] bytes at [data]. A truncated, corrupted or
// foreign file raises ValueError ("invalid .mpy file" / "incompatible .mpy file"),
// never crashes: the checksum and the bytecode are checked. Raises MemoryError.
mps_raw_code_t *mps_persistent_load(const uint8_t *data, size_t len);

#endif // CORE_PERSISTENTCODE_H
