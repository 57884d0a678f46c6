/* Built-in functions/methods implemented in C, and bound methods. */
#ifndef GP_METHODOBJECT_H
#define GP_METHODOBJECT_H
#include "objects/object.h"

/* builtin_function_or_method: a GpMethodDef bound to self (module for module
 * functions, an instance for methods looked up on it). */
typedef struct GpCFunction {
    GpObject ob;
    const GpMethodDef *def;
    GpObject *self;            /* may be NULL (static) */
    GpObject *module;          /* __module__ (str) or NULL */
    GpObject *weakreflist;
} GpCFunction;
extern GpType GpCFunction_Type;
GpObject *gp_cfunction_new(const GpMethodDef *def, GpObject *self, GpObject *module);
/* Call a method def with an explicit self (used by method descriptors). */
GpObject *gp_methoddef_call(const GpMethodDef *def, GpObject *self, GpObject *const *args,
                            size_t nargsf, GpObject *kwnames);

/* method: a Python function bound to an instance. */
typedef struct GpMethod {
    GpObject ob;
    GpObject *func;
    GpObject *self;
    GpObject *weakreflist;
} GpMethod;
extern GpType GpMethod_Type;
#define GP_METHOD_CHECK(o) (GP_TYPE(o) == &GpMethod_Type)
GpObject *gp_method_new(GpObject *func, GpObject *self);

/* Add the functions of a NULL-terminated def table to a module dict. */
int gp_add_functions(GpObject *dict, const GpMethodDef *defs, GpObject *module_name);
#endif
