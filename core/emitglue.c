// SPDX-License-Identifier: MIT
// Code objects: building them from the emitter's output, and reading their tables.
#include "core/emitglue.h"

#include <string.h>

#include "core/bc.h"
#include "core/print.h"

size_t mps_raw_code_n_arg_names(const mps_raw_code_t *rc) {
    return rc->n_pos_args + rc->n_kwonly_args + ((rc->flags & MPS_CODE_FLAG_VARARGS) ? 1 : 0) +
           ((rc->flags & MPS_CODE_FLAG_VARKW) ? 1 : 0);
}

mps_raw_code_t *mps_raw_code_new(const mps_raw_code_spec_t *s) {
    size_t n_names = s->n_pos_args + s->n_kwonly_args + ((s->flags & MPS_CODE_FLAG_VARARGS) ? 1 : 0) +
                     ((s->flags & MPS_CODE_FLAG_VARKW) ? 1 : 0);
    size_t size = sizeof(mps_raw_code_t) + s->n_consts * sizeof(mps_obj_t) + s->bc_len + s->line_len +
                  s->exc_len + 2 * n_names + 2 * s->n_cells;
    mps_raw_code_t *rc = mps_obj_alloc(size, MPS_TYPE_IDX_code);
    rc->name = (uint16_t)s->name;
    rc->source_file = (uint16_t)s->source_file;
    rc->flags = (uint16_t)s->flags;
    rc->n_pos_args = (uint8_t)s->n_pos_args;
    rc->n_kwonly_args = (uint8_t)s->n_kwonly_args;
    rc->n_locals = (uint16_t)s->n_locals;
    rc->n_stack = (uint16_t)s->n_stack;
    rc->n_consts = (uint16_t)s->n_consts;
    rc->n_cells = (uint16_t)s->n_cells;
    rc->n_free = (uint16_t)s->n_free;
    rc->first_line = (uint16_t)s->first_line;
    rc->bc_len = (uint32_t)s->bc_len;
    rc->line_len = (uint16_t)s->line_len;
    rc->exc_len = (uint16_t)s->exc_len;
    if (s->n_consts) {
        memcpy(rc->consts, s->consts, s->n_consts * sizeof(mps_obj_t));
    }
    uint8_t *p = (uint8_t *)&rc->consts[s->n_consts];
    memcpy(p, s->bc, s->bc_len);
    p += s->bc_len;
    if (s->line_len) {
        memcpy(p, s->lines, s->line_len);
    }
    p += s->line_len;
    if (s->exc_len) {
        memcpy(p, s->exc, s->exc_len);
    }
    p += s->exc_len;
    for (size_t i = 0; i < n_names; i++) {
        *p++ = s->arg_names[i] & 0xff;
        *p++ = s->arg_names[i] >> 8;
    }
    for (size_t i = 0; i < s->n_cells; i++) {
        *p++ = s->cells[i] & 0xff;
        *p++ = s->cells[i] >> 8;
    }
    return rc;
}

size_t mps_raw_code_line_of(const mps_raw_code_t *rc, size_t offset) {
    const uint8_t *p = mps_raw_code_lines(rc);
    const uint8_t *end = p + rc->line_len;
    size_t bc = 0;
    size_t line = rc->first_line;
    while (p < end) {
        size_t bc_delta;
        long line_delta;
        const uint8_t *q = p;
        if (*q & 0x80) {
            bc_delta = *q & 0x0f;
            unsigned ld = ((*q >> 4) & 7) << 8;
            ld |= (q + 1 < end) ? q[1] : 0;
            line_delta = (ld & 0x400) ? (long)ld - 0x800 : (long)ld;
            q += 2;
        } else {
            bc_delta = *q & 0x1f;
            line_delta = (*q >> 5) & 3;
            q += 1;
        }
        if (bc + bc_delta > offset) {
            break;
        }
        bc += bc_delta;
        line += line_delta;
        p = q;
    }
    return line;
}

bool mps_raw_code_find_handler(const mps_raw_code_t *rc, size_t offset, size_t *handler,
                               size_t *depth) {
    const uint8_t *p = mps_raw_code_exc_table(rc);
    const uint8_t *end = p + rc->exc_len;
    while (p < end) {
        size_t start = mps_bc_read_uint(&p);
        size_t stop = mps_bc_read_uint(&p);
        size_t h = mps_bc_read_uint(&p);
        size_t d = mps_bc_read_uint(&p);
        if (offset >= start && offset < stop) {
            *handler = h;
            *depth = d;
            return true;
        }
    }
    return false;
}

static void code_print(const mps_print_t *print, mps_obj_t o, mps_print_kind_t kind) {
    (void)o;
    (void)kind;
    mps_print_str(print, "<code>");
}

const mps_obj_type_t mps_type_code = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_code,
    .print = code_print,
};
