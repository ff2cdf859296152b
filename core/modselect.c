// SPDX-License-Identifier: MIT
// The select module: poll() over streams that answer MPS_STREAM_POLL (hal_sim's UART,
// ...) and over host file descriptors (integers, the console's sys.stdin/stdout/stderr,
// objects with fileno()), which the port polls with mps_hal_poll.

#include "core/hal.h"
#include "core/mem.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objfun.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objtuple.h"
#include "core/print.h"
#include "core/runtime.h"
#include "core/stream.h"

extern const mps_obj_type_t mps_type_select_poll;

#define POLL_IN MPS_HAL_POLL_IN
#define POLL_OUT MPS_HAL_POLL_OUT
#define POLL_ERR MPS_HAL_POLL_ERR
#define POLL_HUP MPS_HAL_POLL_HUP

#define ENOENT_ (2)

// A poll object: registered object -> wanted events (a small int), in a dict so that
// results come back in registration order.
typedef struct {
    mps_obj_base_t base;
    mps_obj_t entries;
} poll_t;

// The host descriptor behind [o], or -1 if [o] is polled through its stream ioctl.
static int object_fd(mps_obj_t o) {
    if (MPS_OBJ_IS_SMALL_INT(o)) {
        return (int)MPS_OBJ_SMALL_INT_VALUE(o);
    }
    if (mps_obj_is_type_idx(o, MPS_TYPE_IDX_sys_stdio)) {
        // core/modsys.c's console streams keep their descriptor right after the header.
        return (int)((const mps_uint_t *)MPS_OBJ_TO_PTR(o))[1];
    }
    const mps_obj_type_t *type = mps_obj_get_type(o);
    const mps_stream_p_t *stream = type->protocol;
    if (type != &mps_type_instance && stream != NULL && stream->ioctl != NULL) {
        return -1;
    }
    mps_obj_t dest[2];
    mps_load_method_maybe(o, MPS_QSTR_fileno, dest);
    if (dest[0] != MPS_OBJ_NULL) {
        return (int)mps_obj_get_int(mps_call_method_n_kw(0, 0, dest));
    }
    mps_get_stream_raise(o, MPS_STREAM_OP_IOCTL); // raises: not pollable
    return -1;
}

static mps_obj_t poll_register(size_t n_args, const mps_obj_t *args) {
    poll_t *p = MPS_OBJ_TO_PTR(args[0]);
    object_fd(args[1]); // checks that it can be polled
    mps_int_t events = n_args > 2 ? mps_obj_get_int(args[2]) : POLL_IN | POLL_OUT;
    mps_obj_dict_store(p->entries, args[1], MPS_OBJ_NEW_SMALL_INT(events));
    return mps_const_none;
}
static MPS_DEFINE_FUN_VAR(poll_register_obj, 2, 3, poll_register);

static mps_obj_t poll_unregister(mps_obj_t self, mps_obj_t o) {
    poll_t *p = MPS_OBJ_TO_PTR(self);
    // As MicroPython: unregistering an object that is not registered is no error.
    mps_map_lookup(mps_obj_dict_get_map(p->entries), o, MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(poll_unregister_obj, poll_unregister);

static mps_obj_t poll_modify(mps_obj_t self, mps_obj_t o, mps_obj_t events) {
    poll_t *p = MPS_OBJ_TO_PTR(self);
    mps_map_elem_t *e = mps_map_lookup(mps_obj_dict_get_map(p->entries), o, MPS_MAP_LOOKUP);
    if (e == NULL) {
        mps_raise_OSError(ENOENT_);
    }
    e->value = MPS_OBJ_NEW_SMALL_INT(mps_obj_get_int(events));
    return mps_const_none;
}
static MPS_DEFINE_FUN_3(poll_modify_obj, poll_modify);

// One pass over the entries: [ready] gets (obj, revents) tuples; streams are asked
// now, descriptors waited for up to [wait_ms].
static void poll_once(poll_t *p, int wait_ms, mps_obj_t ready) {
    mps_map_t *map = mps_obj_dict_get_map(p->entries);
    size_t n = map->used, n_fds = 0;
    mps_hal_pollfd_t small[8];
    mps_hal_pollfd_t *fds = n <= 8 ? small : mps_mem_alloc(n * sizeof(mps_hal_pollfd_t));
    mps_obj_t fd_owner_small[8];
    mps_obj_t *fd_owner = n <= 8 ? fd_owner_small : mps_mem_alloc(n * sizeof(mps_obj_t));
    size_t cur = 0;
    for (mps_map_elem_t *e; (e = mps_map_next(map, &cur)) != NULL;) {
        mps_uint_t events = (mps_uint_t)MPS_OBJ_SMALL_INT_VALUE(e->value);
        int fd = object_fd(e->key);
        if (fd >= 0) {
            fds[n_fds].fd = fd;
            fds[n_fds].events = (uint16_t)events;
            fds[n_fds].revents = 0;
            fd_owner[n_fds++] = e->key;
            continue;
        }
        const mps_stream_p_t *stream = mps_obj_get_type(e->key)->protocol;
        int err = 0;
        size_t r = stream->ioctl(e->key, MPS_STREAM_POLL, events, &err);
        if (r == MPS_STREAM_ERROR) {
            mps_raise_OSError(err);
        }
        // Errors and hang-ups are reported whether asked for or not, as poll(2) does.
        r &= events | POLL_ERR | POLL_HUP;
        if (r != 0) {
            mps_obj_t item[2] = {e->key, MPS_OBJ_NEW_SMALL_INT((mps_int_t)r)};
            mps_obj_list_append(ready, mps_obj_new_tuple(2, item));
        }
    }
    if (n_fds > 0) {
        size_t len;
        mps_obj_t *items;
        mps_obj_list_get(ready, &len, &items);
        int r = mps_hal_poll(fds, n_fds, len > 0 ? 0 : wait_ms);
        if (r < 0) {
            mps_raise_OSError(-r);
        }
        for (size_t i = 0; i < n_fds && r > 0; i++) {
            if (fds[i].revents != 0) {
                mps_obj_t item[2] = {fd_owner[i], MPS_OBJ_NEW_SMALL_INT(fds[i].revents)};
                mps_obj_list_append(ready, mps_obj_new_tuple(2, item));
            }
        }
    }
    // (After an exception above the GC reclaims these instead.)
    if (fds != small) {
        mps_mem_free(fds);
        mps_mem_free(fd_owner);
    }
}

// Longest single wait, so that Ctrl-C and scheduled callbacks are seen while blocked
// and streams without descriptors are asked again.
#define POLL_SLICE_MS (10)

static mps_obj_t poll_common(size_t n_args, const mps_obj_t *args) {
    poll_t *p = MPS_OBJ_TO_PTR(args[0]);
    mps_int_t timeout = -1;
    if (n_args > 1 && args[1] != mps_const_none) {
        timeout = mps_obj_get_int(args[1]);
    }
    uint64_t start = mps_hal_ticks_ms();
    mps_obj_t ready = mps_obj_new_list(0, NULL);
    for (;;) {
        int wait = POLL_SLICE_MS;
        if (timeout >= 0) {
            uint64_t spent = mps_hal_ticks_ms() - start;
            wait = spent >= (uint64_t)timeout ? 0 : (int)((uint64_t)timeout - spent);
            if (wait > POLL_SLICE_MS) {
                wait = POLL_SLICE_MS;
            }
        }
        // Only descriptors can be waited on; with streams only, sleep between passes.
        bool any_fd = false;
        mps_map_t *map = mps_obj_dict_get_map(p->entries);
        size_t cur = 0;
        for (mps_map_elem_t *e; !any_fd && (e = mps_map_next(map, &cur)) != NULL;) {
            any_fd = object_fd(e->key) >= 0;
        }
        poll_once(p, any_fd ? wait : 0, ready);
        if (mps_obj_get_len(ready) > 0 || timeout == 0) {
            return ready;
        }
        if (timeout > 0 && mps_hal_ticks_ms() - start >= (uint64_t)timeout) {
            return ready;
        }
        if (!any_fd && wait > 0) {
            mps_hal_delay_us(1000); // streams only: look again in a millisecond
        }
        mps_handle_pending();
    }
}

static mps_obj_t poll_poll(size_t n_args, const mps_obj_t *args) {
    return poll_common(n_args, args);
}
static MPS_DEFINE_FUN_VAR(poll_poll_obj, 1, 2, poll_poll);

// ipoll(timeout=-1, flags=0): an iterator over the ready pairs; flags bit 0 (one-shot)
// stops polling an object once it has been reported, until modify() arms it again.
static mps_obj_t poll_ipoll(size_t n_args, const mps_obj_t *args) {
    mps_obj_t ready = poll_common(n_args > 2 ? 2 : n_args, args);
    if (n_args > 2 && (mps_obj_get_int(args[2]) & 1)) {
        poll_t *p = MPS_OBJ_TO_PTR(args[0]);
        size_t len;
        mps_obj_t *items;
        mps_obj_list_get(ready, &len, &items);
        for (size_t i = 0; i < len; i++) {
            size_t n;
            mps_obj_t *pair;
            mps_obj_tuple_get(items[i], &n, &pair);
            mps_obj_dict_store(p->entries, pair[0], MPS_OBJ_NEW_SMALL_INT(0));
        }
    }
    return mps_getiter(ready, NULL);
}
static MPS_DEFINE_FUN_VAR(poll_ipoll_obj, 1, 3, poll_ipoll);

static void poll_print(const mps_print_t *print, mps_obj_t self, mps_print_kind_t kind) {
    mps_print_str(print, "<poll>");
}

static const mps_rom_map_elem_t poll_locals_table[] = {
    { MPS_ROM_QSTR(MPS_QSTR_register), MPS_ROM_PTR(&poll_register_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_unregister), MPS_ROM_PTR(&poll_unregister_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_modify), MPS_ROM_PTR(&poll_modify_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_poll), MPS_ROM_PTR(&poll_poll_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_ipoll), MPS_ROM_PTR(&poll_ipoll_obj) },
};

const mps_obj_type_t mps_type_select_poll = {
    .base = MPS_BASE(MPS_TYPE_IDX_type),
    .flags = MPS_TYPE_FLAG_EQ_BY_IDENTITY,
    .name = MPS_QSTR_poll,
    .print = poll_print,
    .locals = MPS_ROM_TABLE(poll_locals_table),
};

static mps_obj_t select_poll(void) {
    poll_t *p = mps_obj_new(poll_t, MPS_TYPE_IDX_select_poll);
    p->entries = mps_obj_new_dict(0);
    return MPS_OBJ_FROM_PTR(p);
}
static MPS_DEFINE_FUN_0(select_poll_obj, select_poll);

static const mps_rom_map_elem_t select_globals[] = {
    { MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_select) },
    { MPS_ROM_QSTR(MPS_QSTR_poll), MPS_ROM_PTR(&select_poll_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_POLLIN), MPS_ROM_INT(POLL_IN) },
    { MPS_ROM_QSTR(MPS_QSTR_POLLOUT), MPS_ROM_INT(POLL_OUT) },
    { MPS_ROM_QSTR(MPS_QSTR_POLLERR), MPS_ROM_INT(POLL_ERR) },
    { MPS_ROM_QSTR(MPS_QSTR_POLLHUP), MPS_ROM_INT(POLL_HUP) },
};

static const mps_module_def_t select_module_def = {
    .name = MPS_QSTR_select,
    .globals = MPS_ROM_TABLE(select_globals),
};

const mps_obj_module_t mps_module_select = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &select_module_def,
};
