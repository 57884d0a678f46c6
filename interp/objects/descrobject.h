/* Descriptors: method_descriptor, classmethod_descriptor, member and getset
 * descriptors, slot wrappers (wrapper_descriptor / method-wrapper),
 * classmethod, staticmethod, property. */
#ifndef GP_DESCROBJECT_H
#define GP_DESCROBJECT_H
#include "objects/object.h"

typedef struct GpMethodDescr {
    GpObject ob;
    GpType *owner;
    GpObject *name;
    const GpMethodDef *def;
} GpMethodDescr;

extern GpType GpMethodDescr_Type, GpClassMethodDescr_Type, GpMemberDescr_Type,
              GpGetSetDescr_Type, GpWrapperDescr_Type, GpMethodWrapper_Type,
              GpClassMethod_Type, GpStaticMethod_Type, GpProperty_Type;

GpObject *gp_descr_new_method(GpType *owner, const GpMethodDef *def);
GpObject *gp_descr_new_classmethod(GpType *owner, const GpMethodDef *def);
GpObject *gp_descr_new_member(GpType *owner, const GpMemberDef *def);
GpObject *gp_descr_new_getset(GpType *owner, const GpGetSetDef *def);
GpObject *gp_staticmethod_new(GpObject *callable);
GpObject *gp_classmethod_new(GpObject *callable);
/* data descriptor: its type has descr_set */
#define GP_DESCR_IS_DATA(d) (GP_TYPE(d)->descr_set != NULL)
#endif
