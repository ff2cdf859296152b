// SPDX-License-Identifier: MIT
// Float formatting for the format-spec mini-language and %-formatting: 'e', 'f', 'g',
// '%' and the "no type" style, on top of the C library's correctly rounded printf.
#include "core/objfloat.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Copies [src] into [buf] (truncating to fit); returns the length copied.
static size_t put(char *buf, size_t buf_size, const char *src) {
    size_t n = strlen(src);
    if (buf_size == 0) {
        return 0;
    }
    if (n >= buf_size) {
        n = buf_size - 1;
    }
    memcpy(buf, src, n);
    buf[n] = 0;
    return n;
}

size_t mps_float_format(mps_float_t value, char *buf, size_t buf_size, char fmt, int prec, bool alt) {
    char tmp[400];
    bool upper = fmt == 'E' || fmt == 'F' || fmt == 'G';
    if (fmt == 'r' || (fmt == 0 && prec < 0)) {
        mps_float_format_repr(value, tmp, sizeof(tmp));
        return put(buf, buf_size, tmp);
    }
    if (!isfinite(value)) {
        const char *s = isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        snprintf(tmp, sizeof(tmp), "%s%s%s", signbit(value) && !isnan(value) ? "-" : "", s, fmt == '%' ? "%" : "");
        return put(buf, buf_size, tmp);
    }
    if (prec < 0) {
        prec = 6;
    }
    if (prec > 300) {
        prec = 300; // the buffer's limit; more digits are all zeros anyway for 'e'/'g'
    }
    if (fmt == 0) {
        // No type with a precision: like 'g', but scientific from exponent p - 1 on
        // (not p), and a fixed-point result keeps a digit after the point.
        int p = prec == 0 ? 1 : prec;
        snprintf(tmp, sizeof(tmp), alt ? "%#.*e" : "%.*e", p - 1, value);
        char *e = strchr(tmp, 'e');
        if (e != NULL && atoi(e + 1) >= p - 1) {
            if (!alt) {
                // drop trailing zeros of the mantissa (and a bare point)
                char *m = e;
                while (m > tmp && m[-1] == '0' && strchr(tmp, '.') != NULL && strchr(tmp, '.') < m - 1) {
                    m--;
                }
                if (m > tmp && m[-1] == '.') {
                    m--;
                }
                memmove(m, e, strlen(e) + 1);
            }
            return put(buf, buf_size, tmp);
        }
        prec = p;
    }
    char cfmt[8];
    char *c = cfmt;
    *c++ = '%';
    if (alt) {
        *c++ = '#';
    }
    *c++ = '.';
    *c++ = '*';
    switch (fmt) {
        case 'f': case 'F':
            // As MicroPython: fixed point from 1e32 on is written with an exponent
            // ('%.2f' % 8.888e32 is '8.89e+32'), not with 33 digits.
            *c++ = fabs(value) >= 1e32 ? (char)(fmt - 'f' + 'e') : fmt;
            break;
        case 'e': case 'E': case 'g': case 'G':
            *c++ = fmt;
            break;
        case '%':
            value *= 100;
            *c++ = fabs(value) >= 1e32 ? 'e' : 'f';
            break;
        default: // 'n' and the no-type style
            *c++ = 'g';
            if (prec == 0) {
                prec = 1;
            }
            break;
    }
    *c = 0;
    int n = snprintf(tmp, sizeof(tmp) - 2, cfmt, prec, value);
    if (n < 0) {
        n = 0;
    }
    if (n > (int)sizeof(tmp) - 3) {
        n = (int)sizeof(tmp) - 3;
    }
    if (fmt == '%') {
        tmp[n++] = '%';
        tmp[n] = 0;
    } else if (fmt == 0 && strpbrk(tmp, ".e") == NULL) {
        // no type: a fixed-point result keeps one digit after the point
        tmp[n++] = '.';
        tmp[n++] = '0';
        tmp[n] = 0;
    }
    return put(buf, buf_size, tmp);
}
