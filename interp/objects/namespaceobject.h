/* types.SimpleNamespace (sys.implementation's type). */
#ifndef GP_NAMESPACEOBJECT_H
#define GP_NAMESPACEOBJECT_H
#include "objects/object.h"
typedef struct GpNamespace { GpObject ob; GpObject *dict; } GpNamespace;
extern GpType GpNamespace_Type;
GpObject *gp_namespace_new(void);
#endif
