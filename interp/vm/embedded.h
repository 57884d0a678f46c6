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

#endif
