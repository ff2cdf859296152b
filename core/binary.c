// SPDX-License-Identifier: MIT
// Packed binary values shared by struct, array, memoryview and uctypes.

#include "core/binary.h"

#include <math.h>
#include <string.h>

#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objint.h"
#include "core/objstr.h"
#include "core/runtime.h"

size_t mps_binary_get_size(char typecode, size_t *align) {
    size_t size;
    switch (typecode) {
        case 'b':
        case 'B':
        case 'x':
        case 's':
            size = 1;
            break;
        case 'h':
        case 'H':
        case 'e':
            size = 2;
            break;
        case 'i':
        case 'I':
        case 'l':
        case 'L':
        case 'f':
        case 'P':
        case 'O':
        case 'S':
            size = 4;
            break;
        case 'q':
        case 'Q':
        case 'd':
            size = 8;
            break;
        default:
            return 0;
    }
    if (align != NULL) {
        *align = size; // natural alignment on ARM EABI, 8 for long long and double
    }
    return size;
}

// Converts IEEE half precision to single and back (for 'e').
static float half_to_float(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    float v;
    if (exp == 0) {
        v = ldexpf((float)mant, -24);
    } else if (exp == 31) {
        v = mant ? NAN : INFINITY;
    } else {
        v = ldexpf((float)(mant | 0x400), exp - 25);
    }
    return (h & 0x8000) ? -v : v;
}

static uint16_t float_to_half(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    uint16_t sign = (uint16_t)((bits >> 16) & 0x8000);
    int exp = (int)((bits >> 23) & 0xff) - 127 + 15;
    uint32_t mant = bits & 0x7fffff;
    if (((bits >> 23) & 0xff) == 0xff) {
        return sign | 0x7c00 | (mant ? 0x200 : 0);
    }
    if (exp >= 31) {
        return sign | 0x7c00; // overflow to infinity
    }
    if (exp <= 0) {
        if (exp < -10) {
            return sign;
        }
        mant |= 0x800000;
        uint32_t shift = (uint32_t)(14 - exp);
        uint32_t half = mant >> shift;
        if ((mant >> (shift - 1)) & 1) {
            half++; // round half up
        }
        return sign | (uint16_t)half;
    }
    uint16_t half = sign | (uint16_t)(exp << 10) | (uint16_t)(mant >> 13);
    if (mant & 0x1000) {
        half++; // round; a carry into the exponent is still correct
    }
    return half;
}

// Reads an unsigned integer of [size] bytes in [big] or little byte order.
static uint64_t read_uint(const uint8_t *p, size_t size, bool big) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        v = (v << 8) | p[big ? i : size - 1 - i];
    }
    return v;
}

static void write_uint(uint8_t *p, size_t size, bool big, uint64_t v) {
    for (size_t i = 0; i < size; i++) {
        p[big ? size - 1 - i : i] = (uint8_t)v;
        v >>= 8;
    }
}

mps_obj_t mps_binary_get_val(mps_binary_order_t order, char typecode, const uint8_t *p) {
    bool big = order == MPS_BINARY_BIG;
    size_t size = mps_binary_get_size(typecode, NULL);
    uint64_t u = read_uint(p, size, big);
    switch (typecode) {
        case 'b':
            return MPS_OBJ_NEW_SMALL_INT((int8_t)u);
        case 'B':
            return MPS_OBJ_NEW_SMALL_INT((uint8_t)u);
        case 'h':
            return MPS_OBJ_NEW_SMALL_INT((int16_t)u);
        case 'H':
            return MPS_OBJ_NEW_SMALL_INT((uint16_t)u);
        case 'i':
        case 'l':
            return mps_obj_new_int((int32_t)u);
        case 'I':
        case 'L':
        case 'P':
            return mps_obj_new_int_from_uint((uint32_t)u);
        case 'q':
            return mps_obj_new_int_from_ll((long long)(int64_t)u);
        case 'Q':
            return mps_obj_new_int_from_ull(u);
        case 'e':
            return mps_obj_new_float(half_to_float((uint16_t)u));
        case 'f': {
            uint32_t b = (uint32_t)u;
            float f;
            memcpy(&f, &b, 4);
            return mps_obj_new_float(f);
        }
        case 'd': {
            double d;
            memcpy(&d, &u, 8);
            return mps_obj_new_float(d);
        }
        case 'O':
            return (mps_obj_t)u;
        case 'S': {
            const char *s = (const char *)(uintptr_t)(uint32_t)u;
            return mps_obj_new_str_cstr(s);
        }
        default:
            mps_raise_ValueError("bad typecode");
    }
}

void mps_binary_set_val(mps_binary_order_t order, char typecode, mps_obj_t val, uint8_t *p) {
    bool big = order == MPS_BINARY_BIG;
    size_t size = mps_binary_get_size(typecode, NULL);
    uint64_t u;
    switch (typecode) {
        case 'e':
            u = float_to_half((float)mps_obj_get_float(val));
            break;
        case 'f': {
            float f = (float)mps_obj_get_float(val);
            uint32_t b;
            memcpy(&b, &f, 4);
            u = b;
            break;
        }
        case 'd': {
            double d = mps_obj_get_float(val);
            memcpy(&u, &d, 8);
            break;
        }
        case 'O':
            u = (uint32_t)val;
            break;
        default:
            if (size == 0) {
                mps_raise_ValueError("bad typecode");
            }
            if (!mps_obj_is_int(val) && val != mps_const_true && val != mps_const_false) {
                mps_raise_msg_varg(&mps_type_TypeError, "can't convert %s to int", mps_obj_get_type_str(val));
            }
            if (MPS_OBJ_IS_SMALL_INT(val) || val == mps_const_true || val == mps_const_false) {
                u = (uint64_t)(int64_t)mps_obj_get_int(val);
            } else {
                // A big int: its low bytes, two's complement, as wide as the field.
                mps_obj_int_to_bytes(val, big, size, p);
                return;
            }
            break;
    }
    write_uint(p, size, big, u);
}

mps_obj_t mps_binary_get_item(char typecode, const void *base, size_t index) {
    size_t size = mps_binary_get_size(typecode, NULL);
    return mps_binary_get_val(MPS_BINARY_NATIVE, typecode, (const uint8_t *)base + index * size);
}

void mps_binary_set_item(char typecode, void *base, size_t index, mps_obj_t val) {
    size_t size = mps_binary_get_size(typecode, NULL);
    mps_binary_set_val(MPS_BINARY_NATIVE, typecode, val, (uint8_t *)base + index * size);
}
