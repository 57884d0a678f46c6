/* The Python-written modules of interp/lib/, embedded at build time. */
#ifndef GP_EMBEDDED_H
#define GP_EMBEDDED_H
#include <stddef.h>

typedef struct GpEmbeddedModule {
    const char *name;     /* dotted module name */
    int is_package;       /* came from NAME/__init__.py */
    const char *source;   /* UTF-8 source, NUL-terminated */
    size_t length;
} GpEmbeddedModule;

/* Terminated by an entry whose name is NULL. */
extern const GpEmbeddedModule gp_embedded_modules[];

/* (import.c) The entry of module `name` (n bytes), or NULL. */
const GpEmbeddedModule *gp_embedded_find(const char *name, size_t n);
/* (import.c) The embedded text behind a code filename "<frozen NAME>" (the
 * co_filename of every embedded module's code), NULL for any other name. */
const GpEmbeddedModule *gp_embedded_by_filename(const char *filename);

/* (import.c) The __loader__ of embedded modules, as CPython's
 * _frozen_importlib.FrozenImporter: the class itself, whose classmethods
 * get_source(name) / is_package(name) / get_code(name) read the table above
 * (linecache finds the lines of "<frozen NAME>" through get_source). */
struct GpType;
extern struct GpType GpFrozenImporter_Type;

#endif
