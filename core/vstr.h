// SPDX-License-Identifier: MIT
// Growable byte buffers in the GC heap, used to build strings.
#ifndef CORE_VSTR_H
#define CORE_VSTR_H

#include <stdbool.h>
#include <stddef.h>

#include "core/print.h"

// A vstr lives on the C stack (or inside an object); its buffer is a heap block, kept
// alive by the conservative stack scan. All growing functions raise MemoryError.
typedef struct {
    size_t alloc;
    size_t len;
    char *buf;
    bool fixed; // buffer supplied by the caller; never grows (overflow is truncated)
} vstr_t;

void vstr_init(vstr_t *vstr, size_t alloc);
void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf);
// A printer that appends to [vstr].
void vstr_init_print(vstr_t *vstr, size_t alloc, mps_print_t *print);
void vstr_clear(vstr_t *vstr); // frees the buffer
void vstr_reset(vstr_t *vstr); // len = 0
char *vstr_str(vstr_t *vstr);  // NUL-terminated contents
char *vstr_add_len(vstr_t *vstr, size_t len); // grows by len, returns where to write
char *vstr_extend(vstr_t *vstr, size_t size); // ensures room; returns end
void vstr_add_byte(vstr_t *vstr, unsigned char b);
void vstr_add_char(vstr_t *vstr, unsigned int codepoint); // UTF-8 encodes
void vstr_add_str(vstr_t *vstr, const char *str);
void vstr_add_strn(vstr_t *vstr, const char *str, size_t len);
void vstr_ins_byte(vstr_t *vstr, size_t pos, unsigned char b);
void vstr_cut_head_bytes(vstr_t *vstr, size_t n);
void vstr_cut_tail_bytes(vstr_t *vstr, size_t n);
void vstr_printf(vstr_t *vstr, const char *fmt, ...);

#endif // CORE_VSTR_H
