#ifndef GP_MODULEOBJECT_H
#define GP_MODULEOBJECT_H
#include "objects/object.h"

typedef struct GpModule {
    GpObject ob;
    GpObject *dict;
    GpObject *weakreflist;
} GpModule;
extern GpType GpModule_Type;
#define GP_MODULE_CHECK(o) GP_TYPE_CHECK(o, &GpModule_Type)
#define GP_MODULE_DICT(o) (((GpModule *)(o))->dict)
GpObject *gp_module_new(const char *name);      /* sets __name__, __doc__ None, etc. */
GpObject *gp_module_new_obj(GpObject *name);
const char *gp_module_name(GpObject *m);

/* Built-in (C) modules: an init function filling the module's dict. */
typedef struct GpBuiltinModule {
    const char *name;
    int (*init)(GpObject *module);
} GpBuiltinModule;
extern const GpBuiltinModule gp_builtin_modules[];   /* modules/config.c, NULL-terminated */
#endif
