// SPDX-License-Identifier: MIT
// The micropython module: heap and qstr reports, heap locking, const, scheduling.

#include "core/gc.h"
#include "core/heapmap.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/state.h"

// Most callbacks that may wait in micropython.schedule's queue.
#define SCHED_QUEUE_MAX (32)

// Bytes of C stack used by the interpreter so far.
static size_t stack_used(void) {
    char here;
    return mps_state.stack_top != NULL ? (size_t)(mps_state.stack_top - &here) : 0;
}

// mem_info([verbose]): the summary, then with an argument the block map.
static mps_obj_t mp_mem_info(size_t n_args, const mps_obj_t *args) {
    const mps_print_t *print = &mps_plat_print;
    gc_info_t info;
    gc_info(&info);
    mps_printf(print, "mem: total=%u, current=%u, peak=%u\n", (unsigned)gc_stats_total_alloc(),
               (unsigned)info.used, (unsigned)info.peak_used);
    mps_printf(print, "stack: %u out of %u\n", (unsigned)stack_used(), (unsigned)mps_state.stack_limit);
    mps_printf(print, "GC: total: %u, used: %u, free: %u\n", (unsigned)info.total, (unsigned)info.used,
               (unsigned)info.free);
    mps_printf(print, " No. of 1-blocks: %u, 2-blocks: %u, max blk sz: %u, max free sz: %u\n",
               (unsigned)info.num_1block, (unsigned)info.num_2block, (unsigned)info.max_block,
               (unsigned)info.max_free);
    if (n_args == 1) {
        mps_heapmap_dump(print);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(mp_mem_info_obj, 0, 1, mp_mem_info);

// qstr_info([verbose]): pool figures, then with an argument one Q(...) line per qstr
// interned in the heap: the names a user would move to ROM.
static mps_obj_t mp_qstr_info(size_t n_args, const mps_obj_t *args) {
    const mps_print_t *print = &mps_plat_print;
    size_t n_pool, n_qstr, n_data, n_total;
    qstr_pool_info(&n_pool, &n_qstr, &n_data, &n_total);
    mps_printf(print, "qstr pool: n_pool=%u, n_qstr=%u, n_str_data_bytes=%u, n_total_bytes=%u\n",
               (unsigned)n_pool, (unsigned)n_qstr, (unsigned)n_data, (unsigned)n_total);
    if (n_args == 1) {
        for (qstr q = MPS_QSTR_NUM_STATIC; q < qstr_count(); q++) {
            mps_printf(print, "Q(%q)\n", q);
        }
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(mp_qstr_info_obj, 0, 1, mp_qstr_info);

static mps_obj_t mp_stack_use(void) {
    return mps_obj_new_int_from_uint((mps_uint_t)stack_used());
}
static MPS_DEFINE_FUN_0(mp_stack_use_obj, mp_stack_use);

static mps_obj_t mp_heap_lock(void) {
    gc_lock();
    return mps_const_none;
}
static MPS_DEFINE_FUN_0(mp_heap_lock_obj, mp_heap_lock);

// Returns the lock depth left, so nested locks can be checked.
static mps_obj_t mp_heap_unlock(void) {
    gc_unlock();
    return MPS_OBJ_NEW_SMALL_INT(mps_state.gc.lock_depth);
}
static MPS_DEFINE_FUN_0(mp_heap_unlock_obj, mp_heap_unlock);

static mps_obj_t mp_heap_locked(void) {
    return MPS_OBJ_NEW_SMALL_INT(mps_state.gc.lock_depth);
}
static MPS_DEFINE_FUN_0(mp_heap_locked_obj, mp_heap_locked);

// const(x) at run time is x: the compiler folds it where it can.
static mps_obj_t mp_const(mps_obj_t x) {
    return x;
}
static MPS_DEFINE_FUN_1(mp_const_obj, mp_const);

static mps_obj_t mp_opt_level(size_t n_args, const mps_obj_t *args) {
    if (n_args == 0) {
        return MPS_OBJ_NEW_SMALL_INT(mps_state.opt_level);
    }
    mps_state.opt_level = mps_obj_get_int(args[0]);
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(mp_opt_level_obj, 0, 1, mp_opt_level);

// The emergency exception is always allocated at start-up (MPS_CFG_EMERGENCY_EXC_BUF),
// so this only checks its argument, for scripts written for boards that need it.
static mps_obj_t mp_alloc_emergency_exception_buf(mps_obj_t size) {
    (void)mps_obj_get_int(size);
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(mp_alloc_emergency_exception_buf_obj, mp_alloc_emergency_exception_buf);

// kbd_intr(chr): which input character raises KeyboardInterrupt (-1: none).
static mps_obj_t mp_kbd_intr(mps_obj_t chr) {
    mps_state.kbd_intr_char = mps_obj_get_int(chr);
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(mp_kbd_intr_obj, mp_kbd_intr);

// schedule(func, arg): run func(arg) soon, between bytecodes of the main program.
static mps_obj_t mp_schedule(mps_obj_t func, mps_obj_t arg) {
    if (mps_state.sched_queue == MPS_OBJ_NULL) {
        mps_state.sched_queue = mps_obj_new_list(0, NULL);
    }
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(mps_state.sched_queue, &len, &items);
    if (len >= SCHED_QUEUE_MAX) {
        mps_raise_RuntimeError("schedule queue full");
    }
    mps_obj_t pair[2] = {func, arg};
    mps_obj_list_append(mps_state.sched_queue, mps_obj_new_tuple(2, pair));
    mps_state.sched_pending = 1;
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(mp_schedule_obj, mp_schedule);

static mps_obj_t mp_mem_total(void) {
    return mps_obj_new_int_from_uint((mps_uint_t)gc_stats_total_alloc());
}
static MPS_DEFINE_FUN_0(mp_mem_total_obj, mp_mem_total);

static mps_obj_t mp_mem_current(void) {
    gc_info_t info;
    gc_info(&info);
    return mps_obj_new_int_from_uint((mps_uint_t)info.used);
}
static MPS_DEFINE_FUN_0(mp_mem_current_obj, mp_mem_current);

static mps_obj_t mp_mem_peak(void) {
    gc_info_t info;
    gc_info(&info);
    return mps_obj_new_int_from_uint((mps_uint_t)info.peak_used);
}
static MPS_DEFINE_FUN_0(mp_mem_peak_obj, mp_mem_peak);

static const mps_rom_map_elem_t micropython_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_micropython)},
    {MPS_ROM_QSTR(MPS_QSTR_const), MPS_ROM_PTR(&mp_const_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_opt_level), MPS_ROM_PTR(&mp_opt_level_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_alloc_emergency_exception_buf), MPS_ROM_PTR(&mp_alloc_emergency_exception_buf_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mem_info), MPS_ROM_PTR(&mp_mem_info_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mem_total), MPS_ROM_PTR(&mp_mem_total_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mem_current), MPS_ROM_PTR(&mp_mem_current_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mem_peak), MPS_ROM_PTR(&mp_mem_peak_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_qstr_info), MPS_ROM_PTR(&mp_qstr_info_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_stack_use), MPS_ROM_PTR(&mp_stack_use_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_heap_lock), MPS_ROM_PTR(&mp_heap_lock_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_heap_unlock), MPS_ROM_PTR(&mp_heap_unlock_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_heap_locked), MPS_ROM_PTR(&mp_heap_locked_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_kbd_intr), MPS_ROM_PTR(&mp_kbd_intr_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_schedule), MPS_ROM_PTR(&mp_schedule_obj)},
};

static const mps_module_def_t micropython_module_def = {
    .name = MPS_QSTR_micropython,
    .globals = micropython_globals,
    .n_globals = sizeof(micropython_globals) / sizeof(micropython_globals[0]),
};

const mps_obj_module_t mps_module_micropython = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &micropython_module_def,
};
