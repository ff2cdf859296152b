// SPDX-License-Identifier: MIT
// The random module, as MicroPython's: getrandbits (up to 32 bits), randrange, randint,
// choice, random, uniform and seed. The generator is PCG32 (O'Neill's permuted
// congruential generator: a 64-bit LCG whose output is a rotated xorshift of the old
// state), with its state in mps_state so that seed(n) replays the same sequence.

#include "core/hal.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/runtime.h"
#include "core/state.h"

// The LCG multiplier of PCG's reference generator and a fixed odd increment.
#define PCG_MULT (6364136223846793005ULL)
#define PCG_INC (1442695040888963407ULL)

static uint32_t next32_raw(void) {
    uint64_t old = mps_state.random_state;
    mps_state.random_state = old * PCG_MULT + PCG_INC;
    uint32_t xorshifted = (uint32_t)(((old >> 18) ^ old) >> 27);
    unsigned rot = (unsigned)(old >> 59);
    return (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
}

static void seed_with(uint64_t seed) {
    // PCG's seeding: one step from zero, add the seed, one more step, so that nearby
    // seeds give unrelated sequences.
    mps_state.random_state = 0;
    next32_raw();
    mps_state.random_state += seed;
    next32_raw();
    mps_state.random_seeded = true;
}

static void seed_from_hal(void) {
    uint8_t b[8];
    mps_hal_random_bytes(b, sizeof(b));
    uint64_t seed = 0;
    for (size_t i = 0; i < sizeof(b); i++) {
        seed = seed << 8 | b[i];
    }
    seed_with(seed);
}

static uint32_t next32(void) {
    if (!mps_state.random_seeded) {
        seed_from_hal();
    }
    return next32_raw();
}

// A uniform value in [0, n) for 1 <= n <= 2**32: rejection from the smallest mask
// covering n - 1, so every value is equally likely.
static uint64_t below(uint64_t n) {
    if (n > 0xffffffffULL) {
        return next32();
    }
    uint32_t max = (uint32_t)(n - 1);
    uint32_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    uint32_t r;
    do {
        r = next32() & mask;
    } while (r > max);
    return r;
}

// MicroPython raises ValueError without a message for an empty range.
static noreturn void raise_empty_range(void) {
    mps_raise(MPS_OBJ_FROM_PTR(&mps_type_ValueError));
}

static mps_obj_t random_getrandbits(mps_obj_t n_in) {
    mps_int_t n = mps_obj_get_int(n_in);
    if (n < 0 || n > 32) {
        mps_raise_ValueError("bits must be 32 or less");
    }
    if (n == 0) {
        return MPS_OBJ_NEW_SMALL_INT(0);
    }
    return mps_obj_new_int_from_uint(next32() >> (32 - n));
}
static MPS_DEFINE_FUN_1(random_getrandbits_obj, random_getrandbits);

static mps_obj_t random_randrange(size_t n_args, const mps_obj_t *args) {
    long long start = 0, stop, step = 1;
    if (n_args == 1) {
        stop = mps_obj_get_int(args[0]);
    } else {
        start = mps_obj_get_int(args[0]);
        stop = mps_obj_get_int(args[1]);
        if (n_args == 3) {
            step = mps_obj_get_int(args[2]);
        }
    }
    long long n;
    if (step > 0) {
        n = (stop - start + step - 1) / step;
    } else if (step < 0) {
        n = (stop - start + step + 1) / step;
    } else {
        raise_empty_range();
    }
    if (n <= 0) {
        raise_empty_range();
    }
    return mps_obj_new_int_from_ll(start + step * (long long)below((uint64_t)n));
}
static MPS_DEFINE_FUN_VAR(random_randrange_obj, 1, 3, random_randrange);

static mps_obj_t random_randint(mps_obj_t a_in, mps_obj_t b_in) {
    long long a = mps_obj_get_int(a_in);
    long long b = mps_obj_get_int(b_in);
    if (a > b) {
        raise_empty_range();
    }
    return mps_obj_new_int_from_ll(a + (long long)below((uint64_t)(b - a + 1)));
}
static MPS_DEFINE_FUN_2(random_randint_obj, random_randint);

static mps_obj_t random_choice(mps_obj_t seq) {
    mps_int_t len = mps_obj_get_int(mps_obj_len(seq));
    if (len == 0) {
        mps_raise(MPS_OBJ_FROM_PTR(&mps_type_IndexError));
    }
    return mps_subscr_load(seq, mps_obj_new_int((mps_int_t)below((uint64_t)len)));
}
static MPS_DEFINE_FUN_1(random_choice_obj, random_choice);

// A float in [0.0, 1.0) with 53 random bits: every double of the form k / 2**53.
static mps_float_t random_unit(void) {
    uint32_t hi = next32() >> 5; // 27 bits
    uint32_t lo = next32() >> 6; // 26 bits
    return ((mps_float_t)hi * 67108864.0 + (mps_float_t)lo) * (1.0 / 9007199254740992.0);
}

static mps_obj_t random_random(void) {
    return mps_obj_new_float(random_unit());
}
static MPS_DEFINE_FUN_0(random_random_obj, random_random);

static mps_obj_t random_uniform(mps_obj_t a_in, mps_obj_t b_in) {
    mps_float_t a = mps_obj_get_float(a_in);
    mps_float_t b = mps_obj_get_float(b_in);
    return mps_obj_new_float(a + (b - a) * random_unit());
}
static MPS_DEFINE_FUN_2(random_uniform_obj, random_uniform);

// seed([n]): n an int (taken modulo 2**32, as MicroPython); None or nothing reseeds
// from the port's entropy source.
static mps_obj_t random_seed(size_t n_args, const mps_obj_t *args) {
    if (n_args == 0 || args[0] == mps_const_none) {
        seed_from_hal();
    } else {
        // Any int, taken modulo 2**32; a bool counts as 0 or 1; others raise TypeError.
        mps_obj_t n = args[0];
        seed_with(mps_obj_is_int(n) ? mps_obj_int_get_truncated(n) : (mps_uint_t)mps_obj_get_int(n));
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(random_seed_obj, 0, 1, random_seed);

// __init__(): MicroPython calls it on import to seed the generator; here seeding
// happens on first use, so this only seeds early if that has not happened yet.
static mps_obj_t random_init(void) {
    if (!mps_state.random_seeded) {
        seed_from_hal();
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_0(random_init_obj, random_init);

static const mps_rom_map_elem_t random_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_random)},
    {MPS_ROM_QSTR(MPS_QSTR___init__), MPS_ROM_PTR(&random_init_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_getrandbits), MPS_ROM_PTR(&random_getrandbits_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_seed), MPS_ROM_PTR(&random_seed_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_randrange), MPS_ROM_PTR(&random_randrange_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_randint), MPS_ROM_PTR(&random_randint_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_choice), MPS_ROM_PTR(&random_choice_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_random), MPS_ROM_PTR(&random_random_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_uniform), MPS_ROM_PTR(&random_uniform_obj)},
};

static const mps_module_def_t random_module_def = {
    .name = MPS_QSTR_random,
    .globals = random_globals,
    .n_globals = sizeof(random_globals) / sizeof(random_globals[0]),
};

const mps_obj_module_t mps_module_random = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &random_module_def,
};
