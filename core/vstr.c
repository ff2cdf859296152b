// SPDX-License-Identifier: MIT
// Growable byte buffers in the GC heap.

#include "core/vstr.h"

#include <stdio.h>
#include <string.h>

#include "core/mem.h"

void vstr_init(vstr_t *vstr, size_t alloc) {
    if (alloc < 1) {
        alloc = 1;
    }
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = mps_mem_alloc(alloc);
    vstr->fixed = false;
}

void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf) {
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = buf;
    vstr->fixed = true;
}

static void vstr_print_strn(void *data, const char *str, size_t len) {
    vstr_add_strn((vstr_t *)data, str, len);
}

void vstr_init_print(vstr_t *vstr, size_t alloc, mps_print_t *print) {
    vstr_init(vstr, alloc);
    print->data = vstr;
    print->print_strn = vstr_print_strn;
}

void vstr_clear(vstr_t *vstr) {
    if (!vstr->fixed) {
        mps_mem_free(vstr->buf);
    }
    vstr->buf = NULL;
    vstr->alloc = 0;
    vstr->len = 0;
}

void vstr_reset(vstr_t *vstr) {
    vstr->len = 0;
}

// Makes room for [size] more bytes (plus a NUL); returns false for a full fixed buffer.
static bool ensure(vstr_t *vstr, size_t size) {
    size_t need = vstr->len + size + 1;
    if (need <= vstr->alloc) {
        return true;
    }
    if (vstr->fixed) {
        return false;
    }
    // Grow by half again: fewer moves than +16, less waste than doubling on a small heap.
    size_t n = vstr->alloc + vstr->alloc / 2;
    if (n < need) {
        n = need;
    }
    if (n < 16) {
        n = 16;
    }
    vstr->buf = mps_mem_realloc(vstr->buf, n);
    vstr->alloc = n;
    return true;
}

char *vstr_extend(vstr_t *vstr, size_t size) {
    if (!ensure(vstr, size)) {
        return NULL;
    }
    return vstr->buf + vstr->len;
}

char *vstr_add_len(vstr_t *vstr, size_t len) {
    if (!ensure(vstr, len)) {
        return NULL;
    }
    char *p = vstr->buf + vstr->len;
    vstr->len += len;
    return p;
}

char *vstr_str(vstr_t *vstr) {
    if (vstr->buf == NULL || (vstr->len >= vstr->alloc && !ensure(vstr, 0))) {
        if (vstr->fixed && vstr->alloc > 0) {
            vstr->buf[vstr->alloc - 1] = '\0';
            return vstr->buf;
        }
        vstr_init(vstr, 1);
    }
    vstr->buf[vstr->len] = '\0';
    return vstr->buf;
}

void vstr_add_byte(vstr_t *vstr, unsigned char b) {
    char *p = vstr_add_len(vstr, 1);
    if (p != NULL) {
        *p = (char)b;
    }
}

void vstr_add_char(vstr_t *vstr, unsigned int c) {
    char enc[4];
    size_t n;
    if (c < 0x80) {
        enc[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        enc[0] = (char)(0xc0 | (c >> 6));
        enc[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        enc[0] = (char)(0xe0 | (c >> 12));
        enc[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        enc[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        enc[0] = (char)(0xf0 | ((c >> 18) & 0x07));
        enc[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        enc[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        enc[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    vstr_add_strn(vstr, enc, n);
}

void vstr_add_str(vstr_t *vstr, const char *str) {
    vstr_add_strn(vstr, str, strlen(str));
}

void vstr_add_strn(vstr_t *vstr, const char *str, size_t len) {
    if (!ensure(vstr, len)) {
        // A fixed buffer keeps what fits.
        size_t room = vstr->alloc > vstr->len + 1 ? vstr->alloc - vstr->len - 1 : 0;
        len = len < room ? len : room;
    }
    memmove(vstr->buf + vstr->len, str, len);
    vstr->len += len;
}

void vstr_ins_byte(vstr_t *vstr, size_t pos, unsigned char b) {
    if (pos > vstr->len || !ensure(vstr, 1)) {
        return;
    }
    memmove(vstr->buf + pos + 1, vstr->buf + pos, vstr->len - pos);
    vstr->buf[pos] = (char)b;
    vstr->len++;
}

void vstr_cut_head_bytes(vstr_t *vstr, size_t n) {
    if (n >= vstr->len) {
        vstr->len = 0;
        return;
    }
    memmove(vstr->buf, vstr->buf + n, vstr->len - n);
    vstr->len -= n;
}

void vstr_cut_tail_bytes(vstr_t *vstr, size_t n) {
    vstr->len = n >= vstr->len ? 0 : vstr->len - n;
}

void vstr_printf(vstr_t *vstr, const char *fmt, ...) {
    mps_print_t print = {vstr, vstr_print_strn};
    va_list ap;
    va_start(ap, fmt);
    mps_vprintf(&print, fmt, ap);
    va_end(ap);
}
