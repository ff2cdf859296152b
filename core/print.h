// SPDX-License-Identifier: MIT
// Output sinks and formatted printing for repr/str, tracebacks and messages.
#ifndef CORE_PRINT_H
#define CORE_PRINT_H

#include <stdarg.h>
#include <stddef.h>

#include "core/obj.h"

typedef void (*mps_print_strn_t)(void *data, const char *str, size_t len);

// Where printed text goes: a function and its data (a vstr, stdout, a file ...).
struct mps_print_s {
    void *data;
    mps_print_strn_t print_strn;
};

// Printer that writes to the port's stdout (hal).
extern const mps_print_t mps_plat_print;
// Printer that writes to the port's stderr.
extern const mps_print_t mps_stderr_print;

void mps_print_strn(const mps_print_t *print, const char *str, size_t len);
void mps_print_str(const mps_print_t *print, const char *str);

// Formatted printing. Supports %d %u %x %X %c %s %p %ld %lu %lx %zu %zd %f %g %e,
// widths, '-', '0' and '.prec'; plus %q (a qstr), %O (str() of an mps_obj_t) and
// %R (repr() of an mps_obj_t).
int mps_printf(const mps_print_t *print, const char *fmt, ...);
int mps_vprintf(const mps_print_t *print, const char *fmt, va_list args);

#endif // CORE_PRINT_H
