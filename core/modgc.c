// SPDX-License-Identifier: MIT
// The gc module: collection control and heap figures.

#include "core/gc.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objmodule.h"
#include "core/runtime.h"

// gc.collect(): the number of head blocks freed, as MicroPython's unix port returns.
static mps_obj_t gc_collect_fn(void) {
    return mps_obj_new_int_from_uint((mps_uint_t)gc_collect());
}
static MPS_DEFINE_FUN_0(gc_collect_obj, gc_collect_fn);

static mps_obj_t gc_enable_fn(void) {
    gc_enable();
    return mps_const_none;
}
static MPS_DEFINE_FUN_0(gc_enable_obj, gc_enable_fn);

static mps_obj_t gc_disable_fn(void) {
    gc_disable();
    return mps_const_none;
}
static MPS_DEFINE_FUN_0(gc_disable_obj, gc_disable_fn);

static mps_obj_t gc_isenabled_fn(void) {
    return mps_obj_new_bool(gc_is_enabled());
}
static MPS_DEFINE_FUN_0(gc_isenabled_obj, gc_isenabled_fn);

static mps_obj_t gc_mem_free_fn(void) {
    gc_info_t info;
    gc_info(&info);
    return mps_obj_new_int_from_uint((mps_uint_t)info.free);
}
static MPS_DEFINE_FUN_0(gc_mem_free_obj, gc_mem_free_fn);

static mps_obj_t gc_mem_alloc_fn(void) {
    gc_info_t info;
    gc_info(&info);
    return mps_obj_new_int_from_uint((mps_uint_t)info.used);
}
static MPS_DEFINE_FUN_0(gc_mem_alloc_obj, gc_mem_alloc_fn);

// gc.threshold(): the threshold in bytes, -1 when disabled; gc.threshold(n) sets it.
static mps_obj_t gc_threshold_fn(size_t n_args, const mps_obj_t *args) {
    if (n_args == 0) {
        return mps_obj_new_int_from_ll(gc_get_threshold());
    }
    // Kept in whole blocks, as MicroPython does: gc.threshold(1) reads back as 0.
    mps_int_t v = mps_obj_get_int(args[0]);
    gc_set_threshold(v < 0 ? -1 : (long)(v / MPS_CFG_BYTES_PER_BLOCK) * MPS_CFG_BYTES_PER_BLOCK);
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(gc_threshold_obj, 0, 1, gc_threshold_fn);

static const mps_rom_map_elem_t gc_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_gc)},
    {MPS_ROM_QSTR(MPS_QSTR_collect), MPS_ROM_PTR(&gc_collect_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_enable), MPS_ROM_PTR(&gc_enable_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_disable), MPS_ROM_PTR(&gc_disable_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_isenabled), MPS_ROM_PTR(&gc_isenabled_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mem_free), MPS_ROM_PTR(&gc_mem_free_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mem_alloc), MPS_ROM_PTR(&gc_mem_alloc_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_threshold), MPS_ROM_PTR(&gc_threshold_obj)},
};

static const mps_module_def_t gc_module_def = {
    .name = MPS_QSTR_gc,
    .globals = gc_globals,
    .n_globals = sizeof(gc_globals) / sizeof(gc_globals[0]),
};

const mps_obj_module_t mps_module_gc = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &gc_module_def,
};
