// SPDX-License-Identifier: MIT
// The time module: wall-clock time, interruptible sleeps, MicroPython's wrapping tick
// counters, and calendar conversion (gmtime/localtime/mktime).

#include <errno.h>

#include "core/hal.h"
#include "core/objexcept.h"
#include "core/objfloat.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/objtuple.h"
#include "core/runtime.h"
#include "core/state.h"

// Tick counters wrap at 2**30 so that they stay small ints: ticks_diff and ticks_add
// do the modular arithmetic, as on every MicroPython port.
#define TICKS_PERIOD (1u << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

static mps_obj_t time_time(void) {
    return mps_obj_new_float((mps_float_t)mps_hal_time_ns() / 1e9);
}
static MPS_DEFINE_FUN_0(time_time_obj, time_time);

static mps_obj_t time_time_ns(void) {
    return mps_obj_new_int_from_ull(mps_hal_time_ns());
}
static MPS_DEFINE_FUN_0(time_time_ns_obj, time_time_ns);

// Sleeps [us] microseconds; Ctrl-C ends the sleep with KeyboardInterrupt.
static mps_obj_t sleep_us(long long us) {
    if (us < 0) {
        mps_raise_OSError(EINVAL);
    }
    if (mps_hal_delay_us((uint64_t)us) || mps_state.sched_pending) {
        mps_handle_pending();
    }
    return mps_const_none;
}

static mps_obj_t time_sleep(mps_obj_t secs) {
    return sleep_us((long long)(mps_obj_get_float(secs) * 1e6));
}
static MPS_DEFINE_FUN_1(time_sleep_obj, time_sleep);

static mps_obj_t time_sleep_ms(mps_obj_t ms) {
    return sleep_us((long long)mps_obj_get_int(ms) * 1000);
}
static MPS_DEFINE_FUN_1(time_sleep_ms_obj, time_sleep_ms);

static mps_obj_t time_sleep_us(mps_obj_t us) {
    return sleep_us((long long)mps_obj_get_int(us));
}
static MPS_DEFINE_FUN_1(time_sleep_us_obj, time_sleep_us);

static mps_obj_t time_ticks_ms(void) {
    return MPS_OBJ_NEW_SMALL_INT(mps_hal_ticks_ms() & TICKS_MASK);
}
static MPS_DEFINE_FUN_0(time_ticks_ms_obj, time_ticks_ms);

static mps_obj_t time_ticks_us(void) {
    return MPS_OBJ_NEW_SMALL_INT(mps_hal_ticks_us() & TICKS_MASK);
}
static MPS_DEFINE_FUN_0(time_ticks_us_obj, time_ticks_us);

// The finest counter the host has: nanoseconds, wrapped like the others.
static mps_obj_t time_ticks_cpu(void) {
    return MPS_OBJ_NEW_SMALL_INT(mps_hal_ticks_ns() & TICKS_MASK);
}
static MPS_DEFINE_FUN_0(time_ticks_cpu_obj, time_ticks_cpu);

// ticks_diff(end, start): the signed distance, correct across one wrap.
static mps_obj_t time_ticks_diff(mps_obj_t end, mps_obj_t start) {
    mps_uint_t d = ((mps_uint_t)mps_obj_get_int(end) - (mps_uint_t)mps_obj_get_int(start) + TICKS_HALF) & TICKS_MASK;
    return MPS_OBJ_NEW_SMALL_INT((mps_int_t)d - (mps_int_t)TICKS_HALF);
}
static MPS_DEFINE_FUN_2(time_ticks_diff_obj, time_ticks_diff);

static mps_obj_t time_ticks_add(mps_obj_t ticks, mps_obj_t delta) {
    return MPS_OBJ_NEW_SMALL_INT(((mps_uint_t)mps_obj_get_int(ticks) + (mps_uint_t)mps_obj_get_int(delta)) & TICKS_MASK);
}
static MPS_DEFINE_FUN_2(time_ticks_add_obj, time_ticks_add);

// --- calendar (proleptic Gregorian, from days since 1970-01-01) ----------------------

static long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

// (year, month, mday, hour, minute, second, weekday, yearday, isdst) for [secs] since
// the epoch, as MicroPython's unix port gives it (weekday 0 is Monday).
static mps_obj_t make_time_tuple(long long secs, int isdst) {
    long long days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    long long rem = secs - days * 86400;
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = (long long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    long long yday = days - days_from_civil(y, 1, 1) + 1;
    int wday = (int)(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
    mps_obj_t items[9] = {
        mps_obj_new_int_from_ll(y),
        MPS_OBJ_NEW_SMALL_INT(m),
        MPS_OBJ_NEW_SMALL_INT(d),
        MPS_OBJ_NEW_SMALL_INT(rem / 3600),
        MPS_OBJ_NEW_SMALL_INT(rem / 60 % 60),
        MPS_OBJ_NEW_SMALL_INT(rem % 60),
        MPS_OBJ_NEW_SMALL_INT(wday),
        MPS_OBJ_NEW_SMALL_INT(yday),
        MPS_OBJ_NEW_SMALL_INT(isdst),
    };
    return mps_obj_new_tuple(9, items);
}

static long long secs_arg(size_t n_args, const mps_obj_t *args) {
    if (n_args == 0 || args[0] == mps_const_none) {
        return (long long)(mps_hal_time_ns() / 1000000000u);
    }
    return (long long)mps_obj_get_float(args[0]);
}

static mps_obj_t time_gmtime(size_t n_args, const mps_obj_t *args) {
    return make_time_tuple(secs_arg(n_args, args), 0);
}
static MPS_DEFINE_FUN_VAR(time_gmtime_obj, 0, 1, time_gmtime);

static mps_obj_t time_localtime(size_t n_args, const mps_obj_t *args) {
    long long secs = secs_arg(n_args, args);
    int isdst = 0;
    long offset = mps_hal_local_offset(secs, &isdst);
    return make_time_tuple(secs + offset, isdst);
}
static MPS_DEFINE_FUN_VAR(time_localtime_obj, 0, 1, time_localtime);

// mktime(tuple): seconds since the epoch for a local time; out-of-range fields carry
// over (month 13 is January of the next year) as C's mktime does.
static mps_obj_t time_mktime(mps_obj_t tuple) {
    size_t len;
    mps_obj_t *items;
    mps_obj_get_array(tuple, &len, &items);
    if (len < 8 || len > 9) {
        mps_raise_TypeError("mktime needs a tuple of length 8 or 9");
    }
    long long y = mps_obj_get_int(items[0]);
    long long mon = mps_obj_get_int(items[1]) - 1;
    y += mon >= 0 ? mon / 12 : -((-mon + 11) / 12);
    mon = ((mon % 12) + 12) % 12;
    long long days = days_from_civil(y, (unsigned)mon + 1, 1) + mps_obj_get_int(items[2]) - 1;
    long long secs = days * 86400 + (long long)mps_obj_get_int(items[3]) * 3600 +
                     (long long)mps_obj_get_int(items[4]) * 60 + mps_obj_get_int(items[5]);
    int isdst = 0;
    secs -= mps_hal_local_offset(secs, &isdst);
    return mps_obj_new_int_from_ll(secs);
}
static MPS_DEFINE_FUN_1(time_mktime_obj, time_mktime);

static const mps_rom_map_elem_t time_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_time)},
    {MPS_ROM_QSTR(MPS_QSTR_time), MPS_ROM_PTR(&time_time_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_time_ns), MPS_ROM_PTR(&time_time_ns_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sleep), MPS_ROM_PTR(&time_sleep_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sleep_ms), MPS_ROM_PTR(&time_sleep_ms_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_sleep_us), MPS_ROM_PTR(&time_sleep_us_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ticks_ms), MPS_ROM_PTR(&time_ticks_ms_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ticks_us), MPS_ROM_PTR(&time_ticks_us_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ticks_cpu), MPS_ROM_PTR(&time_ticks_cpu_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ticks_diff), MPS_ROM_PTR(&time_ticks_diff_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ticks_add), MPS_ROM_PTR(&time_ticks_add_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_gmtime), MPS_ROM_PTR(&time_gmtime_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_localtime), MPS_ROM_PTR(&time_localtime_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mktime), MPS_ROM_PTR(&time_mktime_obj)},
};

static const mps_module_def_t time_module_def = {
    .name = MPS_QSTR_time,
    .globals = time_globals,
    .n_globals = sizeof(time_globals) / sizeof(time_globals[0]),
};

const mps_obj_module_t mps_module_time = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &time_module_def,
};
