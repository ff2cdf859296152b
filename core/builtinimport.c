// SPDX-License-Identifier: MIT
// import: built-in modules first, then `name.py` files and `name/` packages along
// sys.path (and a package's __path__ for its submodules), with relative imports,
// sys.modules caching and `from m import *`.
#include "core/runtime.h"

#include <string.h>

#include "core/builtinevalexec.h"
#include "core/frozen.h"
#include "core/hal.h"
#include "core/map.h"
#include "core/nlr.h"
#include "core/objdict.h"
#include "core/objexcept.h"
#include "core/objlist.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/state.h"
#include "core/vstr.h"

noreturn static void no_module(qstr name) {
    mps_raise_msg_varg(&mps_type_ImportError, "no module named '%q'", name);
}

static mps_obj_t globals_lookup(mps_obj_t globals, qstr name) {
    mps_map_elem_t *e = mps_map_lookup_qstr(mps_obj_dict_get_map(globals), name, MPS_MAP_LOOKUP);
    return e == NULL ? MPS_OBJ_NULL : e->value;
}

// Paths under the '.frozen' entry of sys.path name modules frozen into the executable
// (core/frozen.h); all others go to the port's file system.
#define FROZEN_PREFIX ".frozen/"

static const char *frozen_path(const char *path) {
    return strncmp(path, FROZEN_PREFIX, sizeof(FROZEN_PREFIX) - 1) == 0 ? path + sizeof(FROZEN_PREFIX) - 1 : NULL;
}

static int stat_kind(const char *path) {
    const char *rel = frozen_path(path);
    return rel != NULL ? mps_frozen_stat(rel) : mps_hal_stat_kind(path);
}

// The source at [path]; *frozen tells whether it is static (not to be freed with
// free_source). NULL if it cannot be read.
static const char *load_source(const char *path, size_t *len, bool *frozen) {
    const char *rel = frozen_path(path);
    *frozen = rel != NULL;
    return rel != NULL ? mps_frozen_source(rel, len) : mps_hal_load_file(path, len);
}

static void free_source(const char *src, bool frozen) {
    if (!frozen) {
        mps_hal_free_file((char *)src);
    }
}

// Runs the file at [path] as the body of the new module [module] (already registered
// in sys.modules, so that an import cycle finds it instead of looping).
static void exec_file(mps_obj_t module, const char *path, qstr full_name) {
    size_t len;
    bool frozen;
    const char *src = load_source(path, &len, &frozen);
    if (src == NULL) {
        mps_obj_dict_delete(mps_state.loaded_modules, MPS_OBJ_NEW_QSTR(full_name));
        no_module(full_name);
    }
    mps_obj_t globals = mps_obj_module_get_globals(module);
    qstr file = qstr_from_str(path);
    mps_obj_dict_store(globals, MPS_OBJ_NEW_QSTR(MPS_QSTR___file__), MPS_OBJ_NEW_QSTR(file));
    mps_obj_t old_globals = mps_globals_get();
    mps_obj_t old_locals = mps_locals_get();
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_globals_set(globals);
        mps_locals_set(globals);
        mps_exec_module_source(src, len, file, globals);
        nlr_pop();
        mps_globals_set(old_globals);
        mps_locals_set(old_locals);
        free_source(src, frozen);
        return;
    }
    // A module that failed to run is not left half-made in sys.modules.
    mps_globals_set(old_globals);
    mps_locals_set(old_locals);
    free_source(src, frozen);
    mps_map_lookup_qstr(mps_obj_dict_get_map(mps_state.loaded_modules), full_name, MPS_MAP_LOOKUP_REMOVE_IF_FOUND);
    nlr_jump(nlr.ret_val);
}

// What a directory holds for a module name.
typedef enum {
    FOUND_NOTHING,
    FOUND_PACKAGE, // comp/ (path: the directory)
    FOUND_FILE,    // comp.py (path: the file)
} found_kind_t;

// Looks for [comp] in directory [dir] ("" is the current directory): a package
// directory first, then comp.py. Fills [path] (initialised by the caller).
static found_kind_t locate(const char *dir, size_t dir_len, const char *comp, size_t comp_len, vstr_t *path) {
    vstr_reset(path);
    if (dir_len > 0) {
        vstr_add_strn(path, dir, dir_len);
        vstr_add_byte(path, '/');
    }
    vstr_add_strn(path, comp, comp_len);
    if (stat_kind(vstr_str(path)) == 2) {
        return FOUND_PACKAGE;
    }
    vstr_add_str(path, ".py");
    if (stat_kind(vstr_str(path)) == 1) {
        return FOUND_FILE;
    }
    return FOUND_NOTHING;
}

// Makes module [full_name] from what [dir] holds for [comp] and runs it. Returns the
// module, or MPS_OBJ_NULL if there is nothing of that name.
static mps_obj_t find_in_dir(const char *dir, size_t dir_len, const char *comp, size_t comp_len,
                             qstr full_name) {
    vstr_t path;
    vstr_init(&path, dir_len + comp_len + 16);
    mps_obj_t module = MPS_OBJ_NULL;
    switch (locate(dir, dir_len, comp, comp_len, &path)) {
        case FOUND_PACKAGE: {
            // A package: its __path__ is the directory; __init__.py is optional.
            module = mps_obj_new_module(full_name);
            mps_obj_t globals = mps_obj_module_get_globals(module);
            mps_obj_dict_store(globals, MPS_OBJ_NEW_QSTR(MPS_QSTR___path__), mps_obj_new_str(path.buf, path.len));
            vstr_add_str(&path, "/__init__.py");
            if (stat_kind(vstr_str(&path)) == 1) {
                exec_file(module, vstr_str(&path), full_name);
            }
            break;
        }
        case FOUND_FILE:
            module = mps_obj_new_module(full_name);
            exec_file(module, vstr_str(&path), full_name);
            break;
        default:
            break;
    }
    vstr_clear(&path);
    return module;
}

// Imports one level of a dotted name: [full_name] is "a.b.c", [comp] is "c" and
// [parent] the module "a.b" (MPS_OBJ_NULL for a top-level name). Returns
// MPS_OBJ_NULL when no such module exists.
static mps_obj_t import_one(qstr full_name, const char *comp, size_t comp_len, mps_obj_t parent) {
    mps_obj_t module = mps_obj_dict_get(mps_state.loaded_modules, MPS_OBJ_NEW_QSTR(full_name));
    if (module != MPS_OBJ_NULL) {
        return module;
    }
    if (full_name == MPS_QSTR___main__) {
        return mps_state.main_module;
    }
    if (parent == MPS_OBJ_NULL) {
        module = mps_module_get_builtin(full_name);
        if (module != MPS_OBJ_NULL) {
            return module;
        }
        size_t n_dirs;
        mps_obj_t *dirs;
        mps_obj_list_get(mps_state.sys_path, &n_dirs, &dirs);
        for (size_t i = 0; i < n_dirs && module == MPS_OBJ_NULL; i++) {
            size_t dir_len;
            const char *dir = mps_obj_str_get_data(dirs[i], &dir_len);
            module = find_in_dir(dir, dir_len, comp, comp_len, full_name);
        }
        if (module == MPS_OBJ_NULL && comp_len > 1 && comp[0] == 'u') {
            // As MicroPython: `import uasyncio` falls back to asyncio when there is no
            // module of the u-prefixed name itself.
            module = import_one(qstr_from_strn(comp + 1, comp_len - 1), comp + 1, comp_len - 1, MPS_OBJ_NULL);
        }
        return module;
    }
    mps_obj_t parent_globals = mps_obj_module_get_globals(parent);
    mps_obj_t parent_path = parent_globals == MPS_OBJ_NULL ? MPS_OBJ_NULL
                                                           : globals_lookup(parent_globals, MPS_QSTR___path__);
    if (parent_path == MPS_OBJ_NULL) {
        return MPS_OBJ_NULL; // not a package: it has no submodules
    }
    size_t dir_len;
    const char *dir = mps_obj_str_get_data(parent_path, &dir_len);
    module = find_in_dir(dir, dir_len, comp, comp_len, full_name);
    if (module != MPS_OBJ_NULL) {
        // `import a.b` makes b an attribute of a.
        mps_obj_dict_store(parent_globals, MPS_OBJ_NEW_QSTR(qstr_from_strn(comp, comp_len)), module);
    }
    return module;
}

// Imports every level of dotted [name] (len bytes). Sets *top to the first level and
// returns the last, or MPS_OBJ_NULL (with *missing set) when a level does not exist.
static mps_obj_t import_dotted(const char *name, size_t len, mps_obj_t *top, qstr *missing) {
    mps_obj_t parent = MPS_OBJ_NULL;
    *top = MPS_OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && name[i] != '.') {
            continue;
        }
        qstr full = qstr_from_strn(name, i);
        mps_obj_t module = import_one(full, name + start, i - start, parent);
        if (module == MPS_OBJ_NULL) {
            *missing = full;
            return MPS_OBJ_NULL;
        }
        if (*top == MPS_OBJ_NULL) {
            *top = module;
        }
        parent = module;
        start = i + 1;
    }
    return parent;
}

noreturn static void no_relative_import(void) {
    mps_raise_msg(&mps_type_ImportError, "can't perform relative import");
}

mps_obj_t mps_import_name(qstr name, mps_obj_t fromlist, mps_obj_t level_in) {
    mps_int_t level = level_in == MPS_OBJ_NULL ? 0 : mps_obj_get_int(level_in);
    size_t name_len;
    const char *name_str = qstr_data(name, &name_len);
    vstr_t full;
    vstr_init(&full, name_len + 16);
    if (level > 0) {
        // The package the running module belongs to: its own name if it is a package
        // (has __path__), else its name without the last component.
        mps_obj_t globals = mps_globals_get();
        mps_obj_t this_name = globals_lookup(globals, MPS_QSTR___name__);
        if (this_name == MPS_OBJ_NULL || mps_obj_equal(this_name, MPS_OBJ_NEW_QSTR(MPS_QSTR___main__))) {
            no_relative_import();
        }
        size_t pkg_len;
        const char *pkg = mps_obj_str_get_data(this_name, &pkg_len);
        mps_int_t strip = level - (globals_lookup(globals, MPS_QSTR___path__) != MPS_OBJ_NULL ? 1 : 0);
        for (; strip > 0; strip--) {
            const char *dot = NULL;
            for (size_t i = pkg_len; i-- > 0;) {
                if (pkg[i] == '.') {
                    dot = pkg + i;
                    break;
                }
            }
            if (dot == NULL) {
                no_relative_import();
            }
            pkg_len = (size_t)(dot - pkg);
        }
        vstr_add_strn(&full, pkg, pkg_len);
        if (name_len > 0) {
            vstr_add_byte(&full, '.');
        }
    }
    vstr_add_strn(&full, name_str, name_len);
    if (full.len == 0) {
        no_relative_import();
    }
    mps_obj_t top;
    qstr missing = MPS_QSTR_NULL;
    mps_obj_t leaf = import_dotted(full.buf, full.len, &top, &missing);
    vstr_clear(&full);
    if (leaf == MPS_OBJ_NULL) {
        no_module(missing);
    }
    bool has_fromlist = fromlist != MPS_OBJ_NULL && fromlist != mps_const_none && mps_obj_is_true(fromlist);
    return (has_fromlist || level > 0) ? leaf : top;
}

mps_obj_t mps_import_from(mps_obj_t module, qstr name) {
    mps_obj_t dest[2];
    mps_load_method_maybe(module, name, dest);
    if (dest[0] != MPS_OBJ_NULL) {
        return dest[1] == MPS_OBJ_NULL ? dest[0] : mps_load_attr(module, name);
    }
    // `from pkg import sub` may name a submodule not imported yet.
    mps_obj_t globals = mps_obj_is_type_idx(module, MPS_TYPE_IDX_module) ? mps_obj_module_get_globals(module)
                                                                         : MPS_OBJ_NULL;
    if (globals != MPS_OBJ_NULL && globals_lookup(globals, MPS_QSTR___path__) != MPS_OBJ_NULL) {
        size_t pkg_len;
        const char *pkg = mps_obj_str_get_data(globals_lookup(globals, MPS_QSTR___name__), &pkg_len);
        size_t name_len;
        const char *name_str = qstr_data(name, &name_len);
        vstr_t full;
        vstr_init(&full, pkg_len + 1 + name_len);
        vstr_add_strn(&full, pkg, pkg_len);
        vstr_add_byte(&full, '.');
        vstr_add_strn(&full, name_str, name_len);
        mps_obj_t sub = import_one(qstr_from_strn(full.buf, full.len), name_str, name_len, module);
        vstr_clear(&full);
        if (sub != MPS_OBJ_NULL) {
            return sub;
        }
    }
    mps_raise_msg_varg(&mps_type_ImportError, "can't import name %q", name);
}

static bool is_public(qstr name) {
    return qstr_str(name)[0] != '_';
}

void mps_import_all(mps_obj_t module) {
    mps_obj_t globals = mps_obj_is_type_idx(module, MPS_TYPE_IDX_module) ? mps_obj_module_get_globals(module)
                                                                         : MPS_OBJ_NULL;
    if (globals == MPS_OBJ_NULL) {
        // A built-in module: every public entry of its table.
        const mps_obj_module_t *m = MPS_OBJ_TO_PTR(module);
        for (size_t i = 0; i < m->rom->n_globals; i++) {
            qstr name = MPS_OBJ_QSTR_VALUE((mps_obj_t)m->rom->globals[i].key);
            if (is_public(name)) {
                mps_store_name(name, (mps_obj_t)m->rom->globals[i].value);
            }
        }
        return;
    }
    mps_obj_t all = globals_lookup(globals, MPS_QSTR___all__);
    if (all != MPS_OBJ_NULL) {
        mps_obj_t it = mps_getiter(all, NULL);
        mps_obj_t item;
        while ((item = mps_iternext(it)) != MPS_OBJ_STOP_ITERATION) {
            qstr name = mps_obj_str_get_qstr(item);
            mps_store_name(name, mps_load_attr(module, name));
        }
        return;
    }
    mps_map_t *map = mps_obj_dict_get_map(globals);
    size_t cur = 0;
    mps_map_elem_t *e;
    while ((e = mps_map_next(map, &cur)) != NULL) {
        qstr name = mps_obj_str_get_qstr(e->key);
        if (is_public(name)) {
            mps_store_name(name, e->value);
        }
    }
}

void mps_import_main_module(qstr name) {
    size_t len;
    const char *str = qstr_data(name, &len);
    // Parent packages are imported as usual; the module itself runs as __main__.
    size_t comp_start = len;
    while (comp_start > 0 && str[comp_start - 1] != '.') {
        comp_start--;
    }
    mps_obj_t parent = MPS_OBJ_NULL;
    if (comp_start > 0) {
        mps_obj_t top;
        qstr missing = MPS_QSTR_NULL;
        parent = import_dotted(str, comp_start - 1, &top, &missing);
        if (parent == MPS_OBJ_NULL) {
            no_module(missing);
        }
    }
    vstr_t path;
    vstr_init(&path, 32);
    found_kind_t kind = FOUND_NOTHING;
    mps_obj_t parent_globals = parent == MPS_OBJ_NULL ? MPS_OBJ_NULL : mps_obj_module_get_globals(parent);
    if (parent == MPS_OBJ_NULL) {
        size_t n_dirs;
        mps_obj_t *dirs;
        mps_obj_list_get(mps_state.sys_path, &n_dirs, &dirs);
        for (size_t i = 0; i < n_dirs && kind == FOUND_NOTHING; i++) {
            size_t dir_len;
            const char *dir = mps_obj_str_get_data(dirs[i], &dir_len);
            kind = locate(dir, dir_len, str + comp_start, len - comp_start, &path);
        }
    } else if (parent_globals != MPS_OBJ_NULL && globals_lookup(parent_globals, MPS_QSTR___path__) != MPS_OBJ_NULL) {
        size_t dir_len;
        const char *dir = mps_obj_str_get_data(globals_lookup(parent_globals, MPS_QSTR___path__), &dir_len);
        kind = locate(dir, dir_len, str + comp_start, len - comp_start, &path);
    }
    if (kind == FOUND_PACKAGE) {
        vstr_add_str(&path, "/__init__.py");
        kind = stat_kind(vstr_str(&path)) == 1 ? FOUND_FILE : FOUND_NOTHING;
    }
    if (kind == FOUND_NOTHING) {
        no_module(name);
    }
    size_t src_len;
    bool frozen;
    const char *src = load_source(vstr_str(&path), &src_len, &frozen);
    if (src == NULL) {
        no_module(name);
    }
    mps_obj_t globals = mps_state.dict_main;
    qstr file = qstr_from_str(vstr_str(&path));
    vstr_clear(&path);
    mps_obj_dict_store(globals, MPS_OBJ_NEW_QSTR(MPS_QSTR___file__), MPS_OBJ_NEW_QSTR(file));
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mps_globals_set(globals);
        mps_locals_set(globals);
        mps_exec_module_source(src, src_len, file, globals);
        nlr_pop();
        free_source(src, frozen);
        return;
    }
    free_source(src, frozen);
    nlr_jump(nlr.ret_val);
}
