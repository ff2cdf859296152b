// SPDX-License-Identifier: MIT
// The os module of the unix port: the host's file system as MicroPython's unix port
// presents it (stat tuples, ilistdir triples, errno-carrying OSError).

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/hal.h"
#include "core/objfun.h"
#include "core/objint.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/runtime.h"
#include "core/vstr.h"
#include "modos.h"

static void check(int r) {
    if (r != 0) {
        mps_raise_OSError(errno);
    }
}

static const char *path_arg(mps_obj_t o) {
    return mps_obj_str_get_str(o);
}

// stat(path): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime).
static mps_obj_t os_stat(mps_obj_t path) {
    struct stat st;
    check(stat(path_arg(path), &st));
    mps_obj_t items[10] = {
        mps_obj_new_int_from_uint(st.st_mode),
        mps_obj_new_int_from_ull(st.st_ino),
        mps_obj_new_int_from_ull(st.st_dev),
        mps_obj_new_int_from_ull(st.st_nlink),
        mps_obj_new_int_from_uint(st.st_uid),
        mps_obj_new_int_from_uint(st.st_gid),
        mps_obj_new_int_from_ll(st.st_size),
        mps_obj_new_int_from_ll(st.st_atime),
        mps_obj_new_int_from_ll(st.st_mtime),
        mps_obj_new_int_from_ll(st.st_ctime),
    };
    return mps_obj_new_tuple(10, items);
}
static MPS_DEFINE_FUN_1(os_stat_obj, os_stat);

static mps_obj_t os_remove(mps_obj_t path) {
    check(unlink(path_arg(path)));
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(os_remove_obj, os_remove);

static mps_obj_t os_rename(mps_obj_t from, mps_obj_t to) {
    check(rename(path_arg(from), path_arg(to)));
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(os_rename_obj, os_rename);

static mps_obj_t os_mkdir(mps_obj_t path) {
    check(mkdir(path_arg(path), 0777));
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(os_mkdir_obj, os_mkdir);

static mps_obj_t os_rmdir(mps_obj_t path) {
    check(rmdir(path_arg(path)));
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(os_rmdir_obj, os_rmdir);

static mps_obj_t os_chdir(mps_obj_t path) {
    check(chdir(path_arg(path)));
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(os_chdir_obj, os_chdir);

static mps_obj_t os_getcwd(void) {
    char buf[4096];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        mps_raise_OSError(errno);
    }
    return mps_obj_new_str_cstr(buf);
}
static MPS_DEFINE_FUN_0(os_getcwd_obj, os_getcwd);

// The entries of [path] (without . and ..): names only, or (name, type, inode) triples
// where type is 0x4000 for a directory and 0x8000 for a file, as MicroPython gives.
static mps_obj_t list_dir(size_t n_args, const mps_obj_t *args, bool triples) {
    const char *path = n_args > 0 ? path_arg(args[0]) : ".";
    DIR *d = opendir(path);
    if (d == NULL) {
        mps_raise_OSError(errno);
    }
    mps_obj_t result = mps_obj_new_list(0, NULL);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        mps_obj_t name = mps_obj_new_str_cstr(e->d_name);
        if (triples) {
            unsigned type = e->d_type == DT_DIR ? 0x4000 : 0x8000;
            mps_obj_t t[3] = {name, MPS_OBJ_NEW_SMALL_INT(type), mps_obj_new_int_from_ull(e->d_ino)};
            name = mps_obj_new_tuple(3, t);
        }
        mps_obj_list_append(result, name);
    }
    closedir(d);
    return result;
}

static mps_obj_t os_listdir(size_t n_args, const mps_obj_t *args) {
    return list_dir(n_args, args, false);
}
static MPS_DEFINE_FUN_VAR(os_listdir_obj, 0, 1, os_listdir);

static mps_obj_t os_ilistdir(size_t n_args, const mps_obj_t *args) {
    return mps_getiter(list_dir(n_args, args, true), NULL);
}
static MPS_DEFINE_FUN_VAR(os_ilistdir_obj, 0, 1, os_ilistdir);

static mps_obj_t os_getenv(size_t n_args, const mps_obj_t *args) {
    const char *v = getenv(path_arg(args[0]));
    if (v == NULL) {
        return n_args > 1 ? args[1] : mps_const_none;
    }
    return mps_obj_new_str_cstr(v);
}
static MPS_DEFINE_FUN_VAR(os_getenv_obj, 1, 2, os_getenv);

static mps_obj_t os_putenv(mps_obj_t key, mps_obj_t value) {
    check(setenv(path_arg(key), path_arg(value), 1));
    return mps_const_none;
}
static MPS_DEFINE_FUN_2(os_putenv_obj, os_putenv);

static mps_obj_t os_unsetenv(mps_obj_t key) {
    check(unsetenv(path_arg(key)));
    return mps_const_none;
}
static MPS_DEFINE_FUN_1(os_unsetenv_obj, os_unsetenv);

static mps_obj_t os_urandom(mps_obj_t n_in) {
    mps_int_t n = mps_obj_get_int(n_in);
    if (n < 0) {
        mps_raise_ValueError("negative length");
    }
    vstr_t vstr;
    vstr_init(&vstr, (size_t)n + 1);
    mps_hal_random_bytes((uint8_t *)vstr_add_len(&vstr, (size_t)n), (size_t)n);
    return mps_obj_new_bytes_from_vstr(&vstr);
}
static MPS_DEFINE_FUN_1(os_urandom_obj, os_urandom);

static const mps_rom_map_elem_t os_globals[] = {
    {MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_os)},
    {MPS_ROM_QSTR(MPS_QSTR_sep), MPS_ROM_QSTR(MPS_QSTR_slash)},
    {MPS_ROM_QSTR(MPS_QSTR_stat), MPS_ROM_PTR(&os_stat_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_remove), MPS_ROM_PTR(&os_remove_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_unlink), MPS_ROM_PTR(&os_remove_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_rename), MPS_ROM_PTR(&os_rename_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_mkdir), MPS_ROM_PTR(&os_mkdir_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_rmdir), MPS_ROM_PTR(&os_rmdir_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_chdir), MPS_ROM_PTR(&os_chdir_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_getcwd), MPS_ROM_PTR(&os_getcwd_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_listdir), MPS_ROM_PTR(&os_listdir_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_ilistdir), MPS_ROM_PTR(&os_ilistdir_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_getenv), MPS_ROM_PTR(&os_getenv_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_putenv), MPS_ROM_PTR(&os_putenv_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_unsetenv), MPS_ROM_PTR(&os_unsetenv_obj)},
    {MPS_ROM_QSTR(MPS_QSTR_urandom), MPS_ROM_PTR(&os_urandom_obj)},
};

static const mps_module_def_t os_module_def = {
    .name = MPS_QSTR_os,
    .globals = os_globals,
    .n_globals = sizeof(os_globals) / sizeof(os_globals[0]),
};

const mps_obj_module_t mps_module_os = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &os_module_def,
};
