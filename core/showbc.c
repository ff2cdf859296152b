// SPDX-License-Identifier: MIT
// The disassembler, and the opcode tables derived from core/bc.h.
#include "core/showbc.h"

#include "core/bc.h"

const uint8_t mps_bc_format[MPS_BC_NUM_OPCODES] = {
#define MPS_BC_FMT_ENTRY(name, fmt) MPS_BC_FMT_##fmt,
    MPS_BC_OPCODES(MPS_BC_FMT_ENTRY)
#undef MPS_BC_FMT_ENTRY
};

const char *const mps_bc_name[MPS_BC_NUM_OPCODES] = {
#define MPS_BC_NAME_ENTRY(name, fmt) #name,
    MPS_BC_OPCODES(MPS_BC_NAME_ENTRY)
#undef MPS_BC_NAME_ENTRY
};

size_t mps_bc_insn_size(const uint8_t *ip) {
    const uint8_t *p = ip + 1;
    switch (mps_bc_format[*ip]) {
        case MPS_BC_FMT_NONE:
            break;
        case MPS_BC_FMT_JUMP:
        case MPS_BC_FMT_QSTR:
            p += 2;
            break;
        default:
            mps_bc_read_uint(&p);
            break;
    }
    return (size_t)(p - ip);
}

void mps_showbc_print(const mps_print_t *print, const mps_raw_code_t *rc) {
    const uint8_t *code = mps_raw_code_bytecode(rc);
    mps_printf(print, "code %q (file %q, line %u): flags 0x%x, args %u+%u, locals %u (cells %u, free %u), "
                      "stack %u, consts %u, bytecode %u bytes\n",
               rc->name, rc->source_file, rc->first_line, rc->flags, rc->n_pos_args, rc->n_kwonly_args,
               rc->n_locals, rc->n_cells, rc->n_free, rc->n_stack, rc->n_consts, (unsigned)rc->bc_len);
    size_t n_names = mps_raw_code_n_arg_names(rc);
    if (n_names) {
        mps_print_str(print, "  args:");
        for (size_t i = 0; i < n_names; i++) {
            mps_printf(print, " %q", mps_raw_code_u16(mps_raw_code_arg_names(rc), i));
        }
        mps_print_str(print, "\n");
    }
    size_t last_line = 0;
    for (const uint8_t *ip = code; ip < code + rc->bc_len;) {
        size_t off = (size_t)(ip - code);
        size_t line = mps_raw_code_line_of(rc, off);
        if (line != last_line) {
            mps_printf(print, "  line %u:\n", (unsigned)line);
            last_line = line;
        }
        uint8_t op = *ip;
        mps_printf(print, "  %5u %s", (unsigned)off, op < MPS_BC_NUM_OPCODES ? mps_bc_name[op] : "???");
        const uint8_t *p = ip + 1;
        switch (op < MPS_BC_NUM_OPCODES ? mps_bc_format[op] : MPS_BC_FMT_NONE) {
            case MPS_BC_FMT_UINT:
                mps_printf(print, " %u", (unsigned)mps_bc_read_uint(&p));
                break;
            case MPS_BC_FMT_SINT:
                mps_printf(print, " %d", (int)mps_bc_read_sint(&p));
                break;
            case MPS_BC_FMT_QSTR:
                mps_printf(print, " %q", (qstr)mps_bc_read_qstr(&p));
                break;
            case MPS_BC_FMT_CONST: {
                size_t i = mps_bc_read_uint(&p);
                mps_obj_t c = rc->consts[i];
                if (mps_obj_is_type_idx(c, MPS_TYPE_IDX_code)) {
                    mps_printf(print, " %u (code %q)", (unsigned)i, MPS_PTR(const mps_raw_code_t, c)->name);
                } else {
                    mps_printf(print, " %u (%R)", (unsigned)i, c);
                }
                break;
            }
            case MPS_BC_FMT_JUMP: {
                int rel = mps_bc_read_jump(&p);
                mps_printf(print, " -> %u", (unsigned)((long)(p - code) + rel));
                break;
            }
            default:
                break;
        }
        mps_print_str(print, "\n");
        ip = p;
    }
    const uint8_t *x = mps_raw_code_exc_table(rc);
    const uint8_t *end = x + rc->exc_len;
    while (x < end) {
        size_t a = mps_bc_read_uint(&x);
        size_t b = mps_bc_read_uint(&x);
        size_t h = mps_bc_read_uint(&x);
        size_t d = mps_bc_read_uint(&x);
        mps_printf(print, "  except [%u, %u) -> %u depth %u\n", (unsigned)a, (unsigned)b, (unsigned)h, (unsigned)d);
    }
    for (size_t i = 0; i < rc->n_consts; i++) {
        if (mps_obj_is_type_idx(rc->consts[i], MPS_TYPE_IDX_code)) {
            mps_showbc_print(print, MPS_PTR(const mps_raw_code_t, rc->consts[i]));
        }
    }
}
