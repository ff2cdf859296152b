// SPDX-License-Identifier: MIT
// Saving code objects as .mpy bytes and loading them back, with every field checked.
#include "core/persistentcode.h"

#include <string.h>

#include "core/bc.h"
#include "core/mem.h"
#include "core/nlr.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objsingleton.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"

static uint32_t crc32(const uint8_t *p, size_t n) {
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
        }
    }
    return ~crc;
}

// --- saving ---------------------------------------------------------------------------

typedef struct {
    vstr_t out;     // the code section
    vstr_t qstrs;   // the qstr table's entries
    uint16_t *ids;  // qstr of each table index
    size_t n_ids, alloc_ids;
} saver_t;

static void put_uint(vstr_t *v, size_t n) {
    while (n >= 0x80) {
        vstr_add_byte(v, (uint8_t)(n | 0x80));
        n >>= 7;
    }
    vstr_add_byte(v, (uint8_t)n);
}

static size_t qstr_index(saver_t *s, qstr q) {
    for (size_t i = 0; i < s->n_ids; i++) {
        if (s->ids[i] == q) {
            return i;
        }
    }
    if (s->n_ids == s->alloc_ids) {
        s->alloc_ids = s->alloc_ids ? s->alloc_ids * 2 : 32;
        s->ids = mps_renew(uint16_t, s->ids, s->alloc_ids);
    }
    s->ids[s->n_ids] = (uint16_t)q;
    size_t len;
    const char *data = qstr_data(q, &len);
    put_uint(&s->qstrs, len);
    vstr_add_strn(&s->qstrs, data, len);
    return s->n_ids++;
}

static void save_code(saver_t *s, const mps_raw_code_t *rc);

static void save_const(saver_t *s, mps_obj_t o) {
    vstr_t *v = &s->out;
    if (o == mps_const_none) {
        vstr_add_byte(v, 'N');
    } else if (o == mps_const_true) {
        vstr_add_byte(v, 'T');
    } else if (o == mps_const_false) {
        vstr_add_byte(v, 'F');
    } else if (o == mps_const_ellipsis) {
        vstr_add_byte(v, 'E');
    } else if (MPS_OBJ_IS_SMALL_INT(o)) {
        mps_int_t i = MPS_OBJ_SMALL_INT_VALUE(o);
        vstr_add_byte(v, 'i');
        put_uint(v, i < 0 ? ((((size_t)-(i + 1)) << 1) | 1) : ((size_t)i << 1));
    } else if (MPS_OBJ_IS_QSTR(o)) {
        vstr_add_byte(v, 'q');
        put_uint(v, qstr_index(s, MPS_OBJ_QSTR_VALUE(o)));
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_str) || mps_obj_is_type_idx(o, MPS_TYPE_IDX_bytes)) {
        size_t len;
        const char *data = mps_obj_str_get_data(o, &len);
        vstr_add_byte(v, mps_obj_is_type_idx(o, MPS_TYPE_IDX_str) ? 's' : 'b');
        put_uint(v, len);
        vstr_add_strn(v, data, len);
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_int)) {
        vstr_t digits;
        mps_print_t print;
        vstr_init_print(&digits, 16, &print);
        mps_obj_print(&print, o, MPS_PRINT_STR);
        vstr_add_byte(v, 'I');
        put_uint(v, digits.len);
        vstr_add_strn(v, digits.buf, digits.len);
        vstr_clear(&digits);
    } else if (mps_obj_is_float(o)) {
        mps_float_t f = mps_obj_float_get(o);
        vstr_add_byte(v, 'f');
        vstr_add_strn(v, (const char *)&f, sizeof(f));
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_complex)) {
        mps_float_t re, im;
        mps_obj_complex_get(o, &re, &im);
        vstr_add_byte(v, 'c');
        vstr_add_strn(v, (const char *)&re, sizeof(re));
        vstr_add_strn(v, (const char *)&im, sizeof(im));
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_tuple)) {
        size_t n;
        mps_obj_t *items;
        mps_obj_tuple_get(o, &n, &items);
        vstr_add_byte(v, 't');
        put_uint(v, n);
        for (size_t i = 0; i < n; i++) {
            save_const(s, items[i]);
        }
    } else if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_code)) {
        vstr_add_byte(v, 'C');
        save_code(s, MPS_OBJ_TO_PTR(o));
    } else {
        mps_raise_ValueError("can't save this constant in a .mpy file");
    }
}

static void save_code(saver_t *s, const mps_raw_code_t *rc) {
    vstr_t *v = &s->out;
    put_uint(v, qstr_index(s, rc->name));
    put_uint(v, qstr_index(s, rc->source_file));
    put_uint(v, rc->flags);
    put_uint(v, rc->n_pos_args);
    put_uint(v, rc->n_kwonly_args);
    put_uint(v, rc->n_locals);
    put_uint(v, rc->n_stack);
    put_uint(v, rc->n_free);
    put_uint(v, rc->first_line);
    put_uint(v, rc->n_cells);
    // bytecode with QSTR operands turned into qstr table indices
    const uint8_t *bc = mps_raw_code_bytecode(rc);
    put_uint(v, rc->bc_len);
    size_t start = v->len;
    vstr_add_strn(v, (const char *)bc, rc->bc_len);
    for (size_t pc = 0; pc < rc->bc_len;) {
        if (mps_bc_format[bc[pc]] == MPS_BC_FMT_QSTR) {
            size_t idx = qstr_index(s, bc[pc + 1] | (bc[pc + 2] << 8));
            v->buf[start + pc + 1] = (char)(idx & 0xff);
            v->buf[start + pc + 2] = (char)(idx >> 8);
        }
        pc += mps_bc_insn_size(bc + pc);
    }
    put_uint(v, rc->line_len);
    vstr_add_strn(v, (const char *)mps_raw_code_lines(rc), rc->line_len);
    put_uint(v, rc->exc_len);
    vstr_add_strn(v, (const char *)mps_raw_code_exc_table(rc), rc->exc_len);
    size_t n_names = mps_raw_code_n_arg_names(rc);
    for (size_t i = 0; i < n_names; i++) {
        put_uint(v, qstr_index(s, mps_raw_code_u16(mps_raw_code_arg_names(rc), i)));
    }
    for (size_t i = 0; i < rc->n_cells; i++) {
        put_uint(v, mps_raw_code_u16(mps_raw_code_cells(rc), i));
    }
    put_uint(v, rc->n_consts);
    for (size_t i = 0; i < rc->n_consts; i++) {
        save_const(s, rc->consts[i]);
    }
}

void mps_persistent_save(const mps_raw_code_t *rc, vstr_t *vstr) {
    saver_t s;
    memset(&s, 0, sizeof(s));
    vstr_init(&s.out, 256);
    vstr_init(&s.qstrs, 128);
    save_code(&s, rc);
    vstr_t body;
    vstr_init(&body, s.qstrs.len + s.out.len + 8);
    put_uint(&body, s.n_ids);
    vstr_add_strn(&body, s.qstrs.buf, s.qstrs.len);
    vstr_add_strn(&body, s.out.buf, s.out.len);
    uint32_t crc = crc32((const uint8_t *)body.buf, body.len);
    vstr_add_strn(vstr, "MPS", 3);
    vstr_add_byte(vstr, MPS_MPY_VERSION);
    for (int k = 0; k < 4; k++) {
        vstr_add_byte(vstr, (uint8_t)(crc >> (8 * k)));
    }
    vstr_add_strn(vstr, body.buf, body.len);
    vstr_clear(&body);
    vstr_clear(&s.out);
    vstr_clear(&s.qstrs);
    mps_mem_free(s.ids);
}

// --- loading --------------------------------------------------------------------------

typedef struct {
    const uint8_t *p, *end;
    qstr *qstrs;
    size_t n_qstrs;
    int depth;
} loader_t;

static noreturn void bad_file(void) {
    mps_raise_ValueError("invalid .mpy file");
}

static size_t get_uint(loader_t *l) {
    size_t v = 0;
    unsigned shift = 0;
    for (;;) {
        if (l->p >= l->end || shift > 28) {
            bad_file();
        }
        uint8_t b = *l->p++;
        v |= (size_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80)) {
            return v;
        }
    }
}

static const uint8_t *get_bytes(loader_t *l, size_t n) {
    if ((size_t)(l->end - l->p) < n) {
        bad_file();
    }
    const uint8_t *b = l->p;
    l->p += n;
    return b;
}

static qstr get_qstr(loader_t *l) {
    size_t i = get_uint(l);
    if (i >= l->n_qstrs) {
        bad_file();
    }
    return l->qstrs[i];
}

static size_t get_max(loader_t *l, size_t max) {
    size_t v = get_uint(l);
    if (v > max) {
        bad_file();
    }
    return v;
}

static mps_raw_code_t *load_code(loader_t *l);

static mps_obj_t load_const(loader_t *l) {
    uint8_t tag = *get_bytes(l, 1);
    switch (tag) {
        case 'N':
            return mps_const_none;
        case 'T':
            return mps_const_true;
        case 'F':
            return mps_const_false;
        case 'E':
            return mps_const_ellipsis;
        case 'i': {
            size_t z = get_uint(l);
            mps_int_t i = (mps_int_t)(z >> 1) ^ -(mps_int_t)(z & 1);
            if (!MPS_SMALL_INT_FITS(i)) {
                bad_file();
            }
            return MPS_OBJ_NEW_SMALL_INT(i);
        }
        case 'q':
            return MPS_OBJ_NEW_QSTR(get_qstr(l));
        case 's':
        case 'b': {
            size_t n = get_uint(l);
            const uint8_t *data = get_bytes(l, n);
            return tag == 's' ? mps_obj_new_str((const char *)data, n) : mps_obj_new_bytes(data, n);
        }
        case 'I': {
            size_t n = get_uint(l);
            const uint8_t *data = get_bytes(l, n);
            return mps_obj_new_int_from_str_len((const char *)data, n, 10);
        }
        case 'f': {
            mps_float_t f;
            memcpy(&f, get_bytes(l, sizeof(f)), sizeof(f));
            return mps_obj_new_float(f);
        }
        case 'c': {
            mps_float_t re, im;
            memcpy(&re, get_bytes(l, sizeof(re)), sizeof(re));
            memcpy(&im, get_bytes(l, sizeof(im)), sizeof(im));
            return mps_obj_new_complex(re, im);
        }
        case 't': {
            size_t n = get_max(l, (size_t)(l->end - l->p));
            mps_obj_t t = mps_obj_new_tuple(n, NULL);
            size_t len;
            mps_obj_t *items;
            mps_obj_tuple_get(t, &len, &items);
            for (size_t i = 0; i < n; i++) {
                items[i] = load_const(l);
            }
            return t;
        }
        case 'C':
            return MPS_OBJ_FROM_PTR(load_code(l));
        default:
            bad_file();
    }
}

// Every instruction decodes inside the code, with operands in range.
static void check_bytecode(uint8_t *bc, size_t len, const mps_raw_code_spec_t *spec, const mps_obj_t *consts,
                           loader_t *l) {
    for (size_t pc = 0; pc < len;) {
        uint8_t op = bc[pc];
        if (op >= MPS_BC_NUM_OPCODES) {
            bad_file();
        }
        const uint8_t *p = bc + pc + 1;
        size_t arg = 0;
        switch (mps_bc_format[op]) {
            case MPS_BC_FMT_NONE:
                break;
            case MPS_BC_FMT_JUMP:
            case MPS_BC_FMT_QSTR:
                if (pc + 3 > len) {
                    bad_file();
                }
                p += 2;
                break;
            default: {
                unsigned shift = 0;
                uint8_t b;
                do {
                    if (p >= bc + len || shift > 28) {
                        bad_file();
                    }
                    b = *p++;
                    arg |= (size_t)(b & 0x7f) << shift;
                    shift += 7;
                } while (b & 0x80);
                break;
            }
        }
        size_t next = (size_t)(p - bc);
        if ((op >= MPS_BC_LOAD_FAST_0 && op <= MPS_BC_LOAD_FAST_15 && (size_t)(op - MPS_BC_LOAD_FAST_0) >= spec->n_locals) ||
            (op >= MPS_BC_STORE_FAST_0 && op <= MPS_BC_STORE_FAST_15 && (size_t)(op - MPS_BC_STORE_FAST_0) >= spec->n_locals)) {
            bad_file();
        }
        switch (mps_bc_format[op]) {
            case MPS_BC_FMT_QSTR: {
                size_t i = bc[pc + 1] | (bc[pc + 2] << 8);
                if (i >= l->n_qstrs) {
                    bad_file();
                }
                qstr q = l->qstrs[i];
                bc[pc + 1] = (uint8_t)(q & 0xff);
                bc[pc + 2] = (uint8_t)(q >> 8);
                break;
            }
            case MPS_BC_FMT_JUMP: {
                long target = (long)next + (int16_t)(uint16_t)(bc[pc + 1] | (bc[pc + 2] << 8));
                if (target < 0 || (size_t)target >= len) {
                    bad_file();
                }
                break;
            }
            case MPS_BC_FMT_CONST:
                if (arg >= spec->n_consts ||
                    (op == MPS_BC_MAKE_FUNCTION && !mps_obj_is_type_idx(consts[arg], MPS_TYPE_IDX_code))) {
                    bad_file();
                }
                break;
            default:
                switch (op) {
                    case MPS_BC_LOAD_FAST: case MPS_BC_STORE_FAST: case MPS_BC_DELETE_FAST:
                    case MPS_BC_LOAD_DEREF: case MPS_BC_STORE_DEREF: case MPS_BC_DELETE_DEREF:
                    case MPS_BC_LOAD_CELL:
                        if (arg >= spec->n_locals) {
                            bad_file();
                        }
                        break;
                    default:
                        break;
                }
                break;
        }
        pc = next;
    }
}

static mps_raw_code_t *load_code(loader_t *l) {
    if (++l->depth > 64) {
        bad_file();
    }
    mps_raw_code_spec_t spec;
    memset(&spec, 0, sizeof(spec));
    spec.name = get_qstr(l);
    spec.source_file = get_qstr(l);
    spec.flags = (unsigned)get_max(l, 0xffff);
    spec.n_pos_args = (unsigned)get_max(l, 255);
    spec.n_kwonly_args = (unsigned)get_max(l, 255);
    spec.n_locals = (unsigned)get_max(l, 0xffff);
    spec.n_stack = (unsigned)get_max(l, 0xffff);
    spec.n_free = (unsigned)get_max(l, spec.n_locals);
    spec.first_line = (unsigned)get_max(l, 0xffff);
    spec.n_cells = get_max(l, spec.n_locals);
    if (spec.n_pos_args + spec.n_kwonly_args + 2 > spec.n_locals + 2) {
        bad_file();
    }
    spec.bc_len = get_uint(l);
    const uint8_t *bc_in = get_bytes(l, spec.bc_len);
    spec.line_len = get_max(l, 0xffff);
    spec.lines = get_bytes(l, spec.line_len);
    spec.exc_len = get_max(l, 0xffff);
    spec.exc = get_bytes(l, spec.exc_len);
    size_t n_names = spec.n_pos_args + spec.n_kwonly_args + ((spec.flags & MPS_CODE_FLAG_VARARGS) ? 1 : 0) +
                     ((spec.flags & MPS_CODE_FLAG_VARKW) ? 1 : 0);
    uint16_t *names = mps_new(uint16_t, n_names + 1);
    for (size_t i = 0; i < n_names; i++) {
        names[i] = (uint16_t)get_qstr(l);
    }
    uint16_t *cells = mps_new(uint16_t, spec.n_cells + 1);
    for (size_t i = 0; i < spec.n_cells; i++) {
        cells[i] = (uint16_t)get_max(l, spec.n_locals ? spec.n_locals - 1 : 0);
    }
    spec.n_consts = get_max(l, 0xffff);
    mps_obj_t *consts = mps_new(mps_obj_t, spec.n_consts + 1);
    for (size_t i = 0; i < spec.n_consts; i++) {
        consts[i] = load_const(l);
    }
    // the exception table's offsets must be instructions of this code
    const uint8_t *x = spec.exc;
    const uint8_t *xend = x + spec.exc_len;
    loader_t xl = {x, xend, l->qstrs, l->n_qstrs, 0};
    while (xl.p < xend) {
        size_t a = get_uint(&xl), b = get_uint(&xl), h = get_uint(&xl), d = get_uint(&xl);
        if (a > b || b > spec.bc_len || h >= spec.bc_len || d > spec.n_stack) {
            bad_file();
        }
    }
    uint8_t *bc = mps_mem_alloc(spec.bc_len + 1);
    memcpy(bc, bc_in, spec.bc_len);
    check_bytecode(bc, spec.bc_len, &spec, consts, l);
    spec.bc = bc;
    spec.consts = consts;
    spec.arg_names = names;
    spec.cells = cells;
    mps_raw_code_t *rc = mps_raw_code_new(&spec);
    mps_mem_free(bc);
    mps_mem_free(names);
    mps_mem_free(cells);
    mps_mem_free(consts);
    l->depth--;
    return rc;
}

mps_raw_code_t *mps_persistent_load(const uint8_t *data, size_t len) {
    if (len < 8 || memcmp(data, "MPS", 3) != 0) {
        bad_file();
    }
    if (data[3] != MPS_MPY_VERSION) {
        mps_raise_ValueError("incompatible .mpy file");
    }
    uint32_t crc = data[4] | (data[5] << 8) | (data[6] << 16) | ((uint32_t)data[7] << 24);
    if (crc32(data + 8, len - 8) != crc) {
        bad_file();
    }
    loader_t l = {data + 8, data + len, NULL, 0, 0};
    size_t n = get_max(&l, len);
    l.qstrs = mps_new(qstr, n + 1);
    for (size_t i = 0; i < n; i++) {
        size_t qlen = get_uint(&l);
        const uint8_t *qdata = get_bytes(&l, qlen);
        l.qstrs[i] = qstr_from_strn((const char *)qdata, qlen);
        if (l.qstrs[i] > 0xffff) {
            mps_raise_ValueError("too many names");
        }
    }
    l.n_qstrs = n;
    mps_raw_code_t *rc = load_code(&l);
    mps_mem_free(l.qstrs);
    return rc;
}
