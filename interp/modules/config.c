/* config.c -- the table of built-in (C) modules.
 *
 * Each module provides `int gp_mod_<name>_init(GpObject *module)`, which
 * fills the module's dict. The declarations are weak so that the table can
 * list modules whose implementation is being written: an entry whose init
 * function is not linked in is skipped by the importer.
 */
#include "gilpy.h"

#define GP_MODULE_LIST(X) \
    X(sys) X(builtins) X(_io) X(time) X(math) X(cmath) X(_random) X(posix) X(errno) \
    X(_thread) X(gc) X(atexit) X(_dis) X(_signal) X(select) X(_socket) X(_struct) X(array) \
    X(_string) X(_functools) X(_collections) X(itertools) X(_operator) X(_weakref) \
    X(_json) X(_sre) X(_heapq) X(_bisect) X(binascii) X(_hashlib) X(unicodedata) X(_datetime) \
    X(_stat) X(_warnings) X(_abc) X(marshal) X(_locale) X(_codecs) X(_ipc) X(_multiprocessing) X(_zmq) \
    X(_gilstats) X(_traceback) X(_pcre) X(_pickle) X(zlib) X(pwd) X(grp) X(_lsprof) X(_ast)

#define GP_DECL(name) int gp_mod_##name##_init(GpObject *m) __attribute__((weak));
GP_MODULE_LIST(GP_DECL)
#undef GP_DECL

const GpBuiltinModule gp_builtin_modules[] = {
#define GP_ENTRY(name) { #name, gp_mod_##name##_init },
    GP_MODULE_LIST(GP_ENTRY)
#undef GP_ENTRY
    { NULL, NULL },
};
