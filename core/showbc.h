// SPDX-License-Identifier: MIT
// The disassembler: prints a code object's instructions, tables and child code.
#ifndef CORE_SHOWBC_H
#define CORE_SHOWBC_H

#include "core/emitglue.h"
#include "core/print.h"

// Prints [rc] and, recursively, the code objects among its constants. May raise
// (printing a constant's repr).
void mps_showbc_print(const mps_print_t *print, const mps_raw_code_t *rc);

#endif // CORE_SHOWBC_H
