// SPDX-License-Identifier: MIT
// The core's static types, as an X-macro list: X(name) means `mps_type_<name>` exists
// (defined in the file that implements it) and gets index MPS_TYPE_IDX_<name>.
// Indices are what object headers store (see core/obj.h), so this list is the only
// place that numbers types. Keep each area's entries together.
#ifndef CORE_TYPELIST_H
#define CORE_TYPELIST_H

#define MPS_TYPE_LIST(X) \
    /* core/objtype.c, objobject.c, objnone.c, objbool.c */ \
    X(type) X(object) X(NoneType) X(bool) X(NotImplementedType) X(ellipsis) \
    X(super) X(property) X(staticmethod) X(classmethod) \
    /* numbers: objint.c, objfloat.c, objcomplex.c */ \
    X(int) X(float) X(complex) \
    /* text and bytes: objstr.c, objbytearray.c, objmemoryview.c */ \
    X(str) X(bytes) X(bytearray) X(memoryview) X(str_iter) X(bytes_iter) X(memoryview_iter) \
    /* containers: objtuple.c, objlist.c, objdict.c, objset.c, objrange.c, objslice.c */ \
    X(tuple) X(list) X(dict) X(set) X(frozenset) X(range) X(slice) \
    X(tuple_iter) X(list_iter) X(dict_view) X(dict_view_iter) X(set_iter) X(range_iter) \
    X(polymorph_iter) \
    /* iterator builtins: objiter.c */ \
    X(enumerate) X(zip) X(map) X(filter) X(reversed) X(callable_iter) \
    /* functions and code: objfun.c, objclosure.c, objboundmeth.c, objgenerator.c */ \
    X(fun_builtin) X(fun_bc) X(closure) X(bound_meth) X(cell) X(generator) X(gen_instance) \
    X(code) \
    /* modules: objmodule.c, modsys.c */ \
    X(module) X(sys_stdio) X(sys_impl) \
    /* library types: objarray.c, modio.c */ \
    X(array) X(array_iter) X(stringio) X(bytesio) X(fileio) X(textio) X(iobase) \
    X(sha256) X(sha1) X(md5) /* modhashlib.c */ \
    X(deque) X(deque_iter) X(OrderedDict) /* modcollections.c */ \
    X(re_pattern) X(re_match) X(uctypes_struct) X(select_poll) /* modre.c, moductypes.c, modselect.c */ \
    /* exceptions: objexcept.c */ \
    X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) X(Exception) \
    X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(OverflowError) \
    X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(EOFError) X(ImportError) \
    X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(NameError) X(OSError) \
    X(RuntimeError) X(NotImplementedError) X(SyntaxError) \
    X(IndentationError) X(TypeError) X(ValueError) X(UnicodeError)

enum {
#define MPS_TYPE_IDX_ENTRY(name) MPS_TYPE_IDX_##name,
    MPS_TYPE_IDX_INVALID = 0, // index 0 is never a type: zeroed memory is not an object
    MPS_TYPE_LIST(MPS_TYPE_IDX_ENTRY)
#undef MPS_TYPE_IDX_ENTRY
    MPS_TYPE_IDX_CORE_END,
};

// Ports and hal_sim register their static types from here on (mps_type_register).
#define MPS_TYPE_IDX_PORT_FIRST (192)

// Head blocks that hold no object header (raw buffers: list items, string data ...)
// are allocated with this kind.
#define MPS_KIND_RAW (0)
// Instances of classes made at run time.
#define MPS_KIND_INSTANCE (255)

#endif // CORE_TYPELIST_H
