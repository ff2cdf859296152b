// SPDX-License-Identifier: MIT
// The platform module: what system, compiler and C library the interpreter was built
// for, answered as MicroPython's unix port does ("Linux-<version>-<arch>-with-glibc2.36").
// Everything is known at compile time, so the core makes no OS call for it.

#include <stdio.h>

#include "core/objfun.h"
#include "core/objmodule.h"
#include "core/objstr.h"
#include "core/objtuple.h"
#include "core/runtime.h"

#define STR_(x) #x
#define STR(x) STR_(x)

#if defined(__linux__)
#define PLATFORM_SYSTEM "Linux"
#elif defined(_WIN32)
#define PLATFORM_SYSTEM "Windows"
#elif defined(__APPLE__)
#define PLATFORM_SYSTEM "darwin"
#else
#define PLATFORM_SYSTEM "unknown"
#endif

#if defined(__x86_64__) || defined(__i386__)
#define PLATFORM_ARCH "x86"
#elif defined(__aarch64__) || defined(__arm__)
#define PLATFORM_ARCH "arm"
#else
#define PLATFORM_ARCH ""
#endif

#if defined(__clang__)
#define PLATFORM_COMPILER "Clang " __clang_version__
#elif defined(__GNUC__)
#define PLATFORM_COMPILER "GCC " STR(__GNUC__) "." STR(__GNUC_MINOR__) "." STR(__GNUC_PATCHLEVEL__)
#else
#define PLATFORM_COMPILER ""
#endif

// The C library's name and version (glibc defines its version macros in <features.h>,
// which <stdio.h> includes).
#if defined(__GLIBC__)
#define PLATFORM_LIBC "glibc"
#define PLATFORM_LIBC_VERSION STR(__GLIBC__) "." STR(__GLIBC_MINOR__)
#elif defined(__MINGW32__)
#define PLATFORM_LIBC "mingw"
#define PLATFORM_LIBC_VERSION ""
#else
#define PLATFORM_LIBC ""
#define PLATFORM_LIBC_VERSION ""
#endif

// mpsim's version stands where MicroPython puts its own (sys.implementation.version).
#define PLATFORM_STRING PLATFORM_SYSTEM "-0.1.0-" PLATFORM_ARCH "--with-" PLATFORM_LIBC PLATFORM_LIBC_VERSION

static mps_obj_t platform_platform(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    return mps_obj_new_str(PLATFORM_STRING, sizeof(PLATFORM_STRING) - 1);
}
static MPS_DEFINE_FUN_KW(platform_platform_obj, 0, platform_platform);

static mps_obj_t platform_python_compiler(void) {
    return mps_obj_new_str(PLATFORM_COMPILER, sizeof(PLATFORM_COMPILER) - 1);
}
static MPS_DEFINE_FUN_0(platform_python_compiler_obj, platform_python_compiler);

static mps_obj_t platform_libc_ver(size_t n_args, size_t n_kw, const mps_obj_t *args) {
    mps_obj_t items[2] = {
        mps_obj_new_str(PLATFORM_LIBC, sizeof(PLATFORM_LIBC) - 1),
        mps_obj_new_str(PLATFORM_LIBC_VERSION, sizeof(PLATFORM_LIBC_VERSION) - 1),
    };
    return mps_obj_new_tuple(2, items);
}
static MPS_DEFINE_FUN_KW(platform_libc_ver_obj, 0, platform_libc_ver);

static const mps_rom_map_elem_t platform_globals[] = {
    { MPS_ROM_QSTR(MPS_QSTR___name__), MPS_ROM_QSTR(MPS_QSTR_platform) },
    { MPS_ROM_QSTR(MPS_QSTR_platform), MPS_ROM_PTR(&platform_platform_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_python_compiler), MPS_ROM_PTR(&platform_python_compiler_obj) },
    { MPS_ROM_QSTR(MPS_QSTR_libc_ver), MPS_ROM_PTR(&platform_libc_ver_obj) },
};

static const mps_module_def_t platform_module_def = {
    .name = MPS_QSTR_platform,
    .globals = MPS_ROM_TABLE(platform_globals),
};

const mps_obj_module_t mps_module_platform = {
    .base = MPS_BASE(MPS_TYPE_IDX_module),
    .rom = &platform_module_def,
};
