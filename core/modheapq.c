// SPDX-License-Identifier: MIT
// The heapq module: a binary min-heap kept in a list (heap[k] <= heap[2k+1], heap[2k+2]),
// with MicroPython's three functions. The sift steps are the classic ones, so a heap
// ends up in the same order as CPython's and MicroPython's.

#include "core/objfun.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/runtime.h"

static mps_obj_t heap_list(mps_obj_t heap) {
    if (!mps_obj_is_type_idx(heap, MPS_TYPE_IDX_list)) {
        mps_raise_TypeError("heap must be a list");
    }
    return heap;
}

static bool less(mps_obj_t a, mps_obj_t b) {
    return mps_obj_is_true(mps_binary_op(MPS_BINARY_OP_LESS, a, b));
}

// The items array is fetched again after each comparison: a comparison may run Python
// code (__lt__) that resizes the list under us.
static mps_obj_t *items_of(mps_obj_t heap, size_t need) {
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(heap, &len, &items);
    if (need > len) {
        mps_raise_RuntimeError("heap changed size during operation");
    }
    return items;
}

// Moves the item at [pos] up towards [start] while it is smaller than its parent.
static void sift_down(mps_obj_t heap, size_t start, size_t pos) {
    mps_obj_t item = items_of(heap, pos + 1)[pos];
    while (pos > start) {
        size_t parent = (pos - 1) / 2;
        mps_obj_t p = items_of(heap, pos + 1)[parent];
        if (!less(item, p)) {
            break;
        }
        items_of(heap, pos + 1)[pos] = p;
        pos = parent;
    }
    items_of(heap, pos + 1)[pos] = item;
}

// Moves the smaller child up until [pos] reaches a leaf, then sifts the item that was
// at [pos] back down into place (fewer comparisons than stopping early).
static void sift_up(mps_obj_t heap, size_t pos) {
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(heap, &len, &items);
    size_t start = pos;
    mps_obj_t item = items[pos];
    size_t child = 2 * pos + 1;
    while (child < len) {
        size_t right = child + 1;
        if (right < len && !less(items_of(heap, len)[child], items_of(heap, len)[right])) {
            child = right;
        }
        items = items_of(heap, len);
        items[pos] = items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    items_of(heap, len)[pos] = item;
    sift_down(heap, start, pos);
}

static mps_obj_t heapq_heappush(mps_obj_t heap, mps_obj_t item) {
    mps_obj_list_append(heap_list(heap), item);
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(heap, &len, &items);
    sift_down(heap, 0, len - 1);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(heapq_heappush_obj, heapq_heappush);

static mps_obj_t heapq_heappop(mps_obj_t heap) {
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(heap_list(heap), &len, &items);
    if (len == 0) {
        mps_raise_IndexError("empty heap");
    }
    mps_obj_t top = items[0];
    mps_obj_t last = items[len - 1];
    mps_obj_list_set_len(heap, len - 1);
    if (len > 1) {
        mps_obj_list_get(heap, &len, &items);
        items[0] = last;
        sift_up(heap, 0);
    }
    return top;
}
static MPS_DEFINE_FUN_1(heapq_heappop_obj, heapq_heappop);

static mps_obj_t heapq_heapify(mps_obj_t heap) {
    size_t len;
    mps_obj_t *items;
    mps_obj_list_get(heap_list(heap), &len, &items);
    for (size_t i = len / 2; i-- > 0;) {
        sift_up(heap, i);
    }
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(heapq_heapify_obj, heapq_heapify);

static const mps_rom_map_elem_t heapq_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_heapq)},
    {MPS_ROM_QSTR(MPS_QSTR_heappush), MPS_ROM_PTR(&heapq_heappush_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_heappop), MPS_ROM_PTR(&heapq_heappop_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_heapify), MPS_ROM_PTR(&heapq_heapify_obj)},
};

static const mps_module_def_t heapq_module_def = {
    .name = MPS_QSTR_heapq,
    .globals = heapq_globals,
    .n_globals = sizeof(heapq_globals) / sizeof(heapq_globals[0]),
};

const mps_obj_module_t mps_module_heapq = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &heapq_module_def,
};
