// SPDX-License-Identifier: MIT
// Formatted output to a printer: used for repr/str, messages and tracebacks.

#include "core/print.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/hal.h"
#include "core/qstr.h"

static void stdout_strn(void *data, const char *str, size_t len) {
    (void)data;
    mps_hal_stdout_write(str, len);
}

static void stderr_strn(void *data, const char *str, size_t len) {
    (void)data;
    mps_hal_stderr_write(str, len);
}

const mps_print_t mps_plat_print = {NULL, stdout_strn};
const mps_print_t mps_stderr_print = {NULL, stderr_strn};

void mps_print_strn(const mps_print_t *print, const char *str, size_t len) {
    if (len > 0) {
        print->print_strn(print->data, str, len);
    }
}

void mps_print_str(const mps_print_t *print, const char *str) {
    mps_print_strn(print, str, strlen(str));
}

// Writes [len] bytes of [str] padded to [width] (left-justified if [left]) with [fill].
static int print_padded(const mps_print_t *print, const char *str, size_t len, int width, bool left,
                        char fill) {
    int pad = width > (int)len ? width - (int)len : 0;
    static const char spaces[] = "                ";
    static const char zeros[] = "0000000000000000";
    const char *fills = fill == '0' ? zeros : spaces;
    if (!left) {
        // Zero padding goes after a sign.
        if (fill == '0' && len > 0 && (str[0] == '-' || str[0] == '+')) {
            mps_print_strn(print, str, 1);
            str++;
            len--;
        }
        for (int p = pad; p > 0; p -= 16) {
            mps_print_strn(print, fills, p < 16 ? (size_t)p : 16);
        }
    }
    mps_print_strn(print, str, len);
    if (left) {
        for (int p = pad; p > 0; p -= 16) {
            mps_print_strn(print, spaces, p < 16 ? (size_t)p : 16);
        }
    }
    return (int)len + pad;
}

int mps_vprintf(const mps_print_t *print, const char *fmt, va_list args) {
    int chrs = 0;
    for (;;) {
        const char *f = fmt;
        while (*f != '\0' && *f != '%') {
            f++;
        }
        if (f > fmt) {
            mps_print_strn(print, fmt, f - fmt);
            chrs += (int)(f - fmt);
        }
        if (*f == '\0') {
            break;
        }
        f++; // the '%'
        bool left = false;
        char fill = ' ';
        bool plus = false;
        for (;; f++) {
            if (*f == '-') {
                left = true;
            } else if (*f == '0') {
                fill = '0';
            } else if (*f == '+') {
                plus = true;
            } else {
                break;
            }
        }
        int width = 0;
        if (*f == '*') {
            width = va_arg(args, int);
            f++;
        } else {
            while (*f >= '0' && *f <= '9') {
                width = width * 10 + (*f++ - '0');
            }
        }
        int prec = -1;
        if (*f == '.') {
            f++;
            prec = 0;
            if (*f == '*') {
                prec = va_arg(args, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9') {
                    prec = prec * 10 + (*f++ - '0');
                }
            }
        }
        int lng = 0; // 1: long, 2: long long / size_t
        if (*f == 'l') {
            lng = 1;
            f++;
            if (*f == 'l') {
                lng = 2;
                f++;
            }
        } else if (*f == 'z') {
            lng = 3;
            f++;
        }
        char buf[64];
        char spec[16];
        int n;
        switch (*f) {
            case '\0':
                return chrs;
            case '%':
                mps_print_strn(print, "%", 1);
                chrs++;
                break;
            case 'c': {
                char c = (char)va_arg(args, int);
                chrs += print_padded(print, &c, 1, width, left, ' ');
                break;
            }
            case 's': {
                const char *s = va_arg(args, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len = strlen(s);
                if (prec >= 0 && (size_t)prec < len) {
                    len = (size_t)prec;
                }
                chrs += print_padded(print, s, len, width, left, ' ');
                break;
            }
            case 'q': {
                size_t len;
                const char *s = qstr_data((qstr)va_arg(args, unsigned int), &len);
                chrs += print_padded(print, s, len, width, left, ' ');
                break;
            }
            case 'O':
            case 'R':
                mps_obj_print(print, va_arg(args, mps_obj_t),
                              *f == 'R' ? MPS_PRINT_REPR : MPS_PRINT_STR);
                break;
            case 'p':
                n = snprintf(buf, sizeof(buf), "%lx", (unsigned long)(uintptr_t)va_arg(args, void *));
                chrs += print_padded(print, buf, (size_t)n, width, left, fill);
                break;
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X': {
                char conv = *f == 'i' ? 'd' : *f;
                if (lng == 0) {
                    snprintf(spec, sizeof(spec), "%%%s%c", plus ? "+" : "", conv);
                    n = (conv == 'd') ? snprintf(buf, sizeof(buf), spec, va_arg(args, int))
                                      : snprintf(buf, sizeof(buf), spec, va_arg(args, unsigned int));
                } else if (lng == 1) {
                    snprintf(spec, sizeof(spec), "%s%%l%c", plus ? "+" : "", conv);
                    n = (conv == 'd') ? snprintf(buf, sizeof(buf), spec + 0, va_arg(args, long))
                                      : snprintf(buf, sizeof(buf), spec, va_arg(args, unsigned long));
                } else if (lng == 2) {
                    snprintf(spec, sizeof(spec), "%s%%ll%c", plus ? "+" : "", conv);
                    n = (conv == 'd') ? snprintf(buf, sizeof(buf), spec, va_arg(args, long long))
                                      : snprintf(buf, sizeof(buf), spec, va_arg(args, unsigned long long));
                } else {
                    snprintf(spec, sizeof(spec), "%s%%z%c", plus ? "+" : "", conv == 'd' ? 'd' : conv);
                    n = (conv == 'd') ? snprintf(buf, sizeof(buf), spec, va_arg(args, size_t))
                                      : snprintf(buf, sizeof(buf), spec, va_arg(args, size_t));
                }
                chrs += print_padded(print, buf, (size_t)n, width, left, fill);
                break;
            }
            case 'f':
            case 'g':
            case 'e': {
                snprintf(spec, sizeof(spec), "%%.%d%c", prec < 0 ? 6 : prec, *f);
                n = snprintf(buf, sizeof(buf), spec, va_arg(args, double));
                chrs += print_padded(print, buf, (size_t)n, width, left, fill);
                break;
            }
            default:
                // Unknown conversion: print it as is so the mistake is visible.
                mps_print_strn(print, f - 1, 2);
                chrs += 2;
                break;
        }
        fmt = f + 1;
    }
    return chrs;
}

int mps_printf(const mps_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = mps_vprintf(print, fmt, ap);
    va_end(ap);
    return n;
}
