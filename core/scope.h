// SPDX-License-Identifier: MIT
// Scopes: which names a module, class body, function, lambda or comprehension binds,
// and for each name where it lives (fast slot, cell, free variable, global, name dict).
#ifndef CORE_SCOPE_H
#define CORE_SCOPE_H

#include <stdbool.h>
#include <stdnoreturn.h>

#include "core/ast.h"

typedef enum {
    MPS_SCOPE_MODULE,
    MPS_SCOPE_CLASS,
    MPS_SCOPE_FUNCTION, // def, async def, lambda
    MPS_SCOPE_COMP,     // list/set/dict comprehension or generator expression
} mps_scope_kind_t;

// Where an identifier lives in one scope.
typedef enum {
    MPS_ID_UNKNOWN,
    MPS_ID_NAME,            // LOAD_NAME / STORE_NAME (module and class bodies)
    MPS_ID_GLOBAL_IMPLICIT, // LOAD_GLOBAL (read but never bound in a function)
    MPS_ID_GLOBAL_EXPLICIT, // `global x`
    MPS_ID_LOCAL,           // a fast slot
    MPS_ID_CELL,            // a fast slot holding a cell (captured by an inner scope)
    MPS_ID_FREE,            // a fast slot holding a cell of an enclosing scope
} mps_id_kind_t;

// Flags gathered while walking the tree.
#define MPS_ID_FLAG_BOUND (0x01)     // assigned, deleted, imported, def/class name, loop target
#define MPS_ID_FLAG_USED (0x02)      // read
#define MPS_ID_FLAG_PARAM (0x04)
#define MPS_ID_FLAG_GLOBAL (0x08)    // declared global
#define MPS_ID_FLAG_NONLOCAL (0x10)  // declared nonlocal
#define MPS_ID_FLAG_CAPTURED (0x20)  // an inner scope uses it as a free variable
#define MPS_ID_FLAG_PASS (0x40)      // class body passing an outer cell to its methods

typedef struct {
    uint16_t name;  // qstr
    uint8_t kind;   // mps_id_kind_t
    uint8_t flags;  // MPS_ID_FLAG_*
    uint16_t slot;  // fast slot for LOCAL, CELL and FREE
    uint16_t line;  // line of a nonlocal declaration (for its error)
} mps_id_info_t;

typedef struct mps_scope_s mps_scope_t;
struct mps_scope_s {
    mps_scope_t *parent;
    mps_scope_t **children;
    size_t n_children, alloc_children;
    const mps_ast_t *node; // FunctionDef, Lambda, ClassDef, comprehension node or the Module
    mps_scope_kind_t kind;
    qstr name;
    unsigned code_flags; // MPS_CODE_FLAG_* found by the walk (generator, varargs ...)
    mps_id_info_t *ids;
    size_t n_ids, alloc_ids;
    uint16_t n_pos_args, n_kwonly_args;
    uint16_t n_locals; // after mps_scope_resolve: every fast slot
    uint16_t n_free;
    uint16_t ret_slot; // hidden slot for a return value kept across finally/with exits
    bool has_try;      // contains try/with (needs ret_slot)
    bool needs_class_cell; // class whose methods use super() or __class__
};

// Builds the scope tree for a Module/Interactive/Expression root and resolves every
// name. Raises SyntaxError (with [source_file] and the line) for misplaced
// global/nonlocal. All memory is from the GC heap and becomes garbage with the tree.
mps_scope_t *mps_scope_build(const mps_ast_t *root, qstr source_file);

// Gives the whole tree's memory back to the heap. Never raises.
void mps_scope_free(mps_scope_t *scope);

// The child scope made for [node] (a def, lambda, class or comprehension) under [scope].
mps_scope_t *mps_scope_child(const mps_scope_t *scope, const mps_ast_t *node);

// Finds [name] in [scope]; NULL if the scope never mentions it.
mps_id_info_t *mps_scope_find(const mps_scope_t *scope, qstr name);

// Raises SyntaxError [msg] located at [line] of [file] in block [block].
noreturn void mps_scope_syntax_error(qstr file, size_t line, qstr block, const char *msg);

#endif // CORE_SCOPE_H
