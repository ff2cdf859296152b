// SPDX-License-Identifier: MIT
// Build-time configuration of the core: every knob with its default.
// A port overrides any of these in its own config_port.h (found on the include path).
#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H

#include "config_port.h"

// 1: object references are 32-bit words and the arena sits below 4 GiB (the model of a
// Cortex-M). 0: the documented fallback for hosts where that cannot hold: references are
// host pointers, everything works, but heap figures are those of a 64-bit target.
#ifndef MPS_CFG_REF32
#define MPS_CFG_REF32 (1)
#endif

// Where the arena is mapped when MPS_CFG_REF32 is set: SRAM's address on a Cortex-M.
#ifndef MPS_CFG_ARENA_ADDR
#define MPS_CFG_ARENA_ADDR (0x20000000u)
#endif

// Default heap size in bytes when -X heapsize is not given (a mid-size board's heap).
#ifndef MPS_CFG_HEAP_DEFAULT
#define MPS_CFG_HEAP_DEFAULT (256 * 1024)
#endif

// Largest heap a user may ask for: the arena must end below the executable's image,
// which the build places at 1 GiB (see meson.build).
#ifndef MPS_CFG_HEAP_MAX
#define MPS_CFG_HEAP_MAX (256u * 1024 * 1024)
#endif

// Size of one GC block in bytes; 16 as on a 32-bit MicroPython target.
#ifndef MPS_CFG_BYTES_PER_BLOCK
#define MPS_CFG_BYTES_PER_BLOCK (16)
#endif

// Collect on every allocation (finds missing roots quickly; very slow).
#ifndef MPS_CFG_DEBUG_GC_STRESS
#define MPS_CFG_DEBUG_GC_STRESS (0)
#endif

// Print a line per collection to stderr.
#ifndef MPS_CFG_DEBUG_TRACE_GC
#define MPS_CFG_DEBUG_TRACE_GC (0)
#endif

// Whether gc.h's observer interface is compiled in (heapviz needs it). When it is and
// nothing listens, each event costs one predictable branch: benchmarks/gc_observer
// measures that against a build without it.
#ifndef MPS_CFG_GC_OBSERVER
#define MPS_CFG_GC_OBSERVER (1)
#endif

// Bytes of C stack the interpreter may use before raising RuntimeError.
#ifndef MPS_CFG_STACK_LIMIT
#define MPS_CFG_STACK_LIMIT (1024 * 1024)
#endif

// Bytes reserved for the emergency exception (MemoryError with no memory left).
#ifndef MPS_CFG_EMERGENCY_EXC_BUF
#define MPS_CFG_EMERGENCY_EXC_BUF (256)
#endif

// Whether the VM dispatches with computed goto (GCC/Clang labels-as-values).
#ifndef MPS_CFG_COMPUTED_GOTO
#if defined(__GNUC__)
#define MPS_CFG_COMPUTED_GOTO (1)
#else
#define MPS_CFG_COMPUTED_GOTO (0)
#endif
#endif

// Maximum nesting of Python calls before RuntimeError (in addition to the stack limit).
#ifndef MPS_CFG_MAX_CALL_DEPTH
#define MPS_CFG_MAX_CALL_DEPTH (2000)
#endif

#endif // CORE_CONFIG_H
