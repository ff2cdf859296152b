// SPDX-License-Identifier: MIT
// The core's built-in modules, as X-macro lists: X(name) means the file that
// implements module `name` defines `const mps_obj_module_t mps_module_<name>`.
// Ports add theirs at run time with mps_module_register_builtin (core/objmodule.h).
#ifndef CORE_MODULELIST_H
#define CORE_MODULELIST_H

#include "core/objmodule.h"

#define MPS_MODULE_LIST(X) \
    X(builtins)    /* core/modbuiltins.c */ \
    X(sys)         /* core/modsys.c */ \
    X(gc)          /* core/modgc.c */ \
    X(micropython) /* core/modmicropython.c */ \
    X(math)        /* core/modmath.c */ \
    X(cmath)       /* core/modcmath.c */ \
    X(struct)      /* core/modstruct.c */ \
    X(array)       /* core/objarray.c */ \
    X(io)          /* core/modio.c */ \
    X(json)        /* core/modjson.c */ \
    X(binascii)    /* core/modbinascii.c */ \
    X(hashlib)     /* core/modhashlib.c */ \
    X(heapq)       /* core/modheapq.c */ \
    X(random)      /* core/modrandom.c */ \
    X(errno)       /* core/moderrno.c */ \
    X(time)        /* core/modtime.c */ \
    X(collections) /* core/modcollections.c */ \
    X(re)          /* core/modre.c */ \
    X(uctypes)     /* core/moductypes.c */ \
    X(select)      /* core/modselect.c */ \
    X(platform)    /* core/modplatform.c */

// Other names a module answers to: A(alias, name). MicroPython keeps only `usys` of
// the old u-prefixed names among these modules.
#define MPS_MODULE_ALIAS_LIST(A) \
    A(usys, sys) \
    A(ustruct, struct) \
    A(uarray, array) \
    A(uio, io) \
    A(ujson, json) \
    A(ubinascii, binascii) \
    A(uhashlib, hashlib) \
    A(uheapq, heapq) \
    A(urandom, random) \
    A(uerrno, errno) \
    A(utime, time) \
    A(ucollections, collections) \
    A(ure, re) \
    A(uselect, select) \
    A(uplatform, platform)

#define MPS_MODULE_DECLARE(name) extern const mps_obj_module_t mps_module_##name;
MPS_MODULE_LIST(MPS_MODULE_DECLARE)
#undef MPS_MODULE_DECLARE

#endif // CORE_MODULELIST_H
