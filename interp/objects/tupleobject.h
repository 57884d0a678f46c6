#ifndef GP_TUPLEOBJECT_H
#define GP_TUPLEOBJECT_H
#include "objects/object.h"

typedef struct GpTuple {
    GpVarObject ob;
    GpObject *items[];
} GpTuple;

extern GpType GpTuple_Type, GpTupleIter_Type;
#define GP_TUPLE_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_TUPLE_SUBCLASS)
#define GP_TUPLE_CHECK_EXACT(o) (GP_TYPE(o) == &GpTuple_Type)
#define GP_TUPLE_ITEMS(o) (((GpTuple *)(o))->items)
#define GP_TUPLE_GET(o, i) (((GpTuple *)(o))->items[i])           /* borrowed */
#define GP_TUPLE_SET(o, i, v) (((GpTuple *)(o))->items[i] = (v))  /* steals, only on fresh tuples */

GpObject *gp_tuple_new(gp_ssize n);               /* items NULL; fill with GP_TUPLE_SET */
GpObject *gp_tuple_empty(void);                   /* new ref to the shared () */
GpObject *gp_tuple_from_array(GpObject *const *items, gp_ssize n);  /* increfs */
GpObject *gp_tuple_pack(gp_ssize n, ...);          /* increfs */
GpObject *gp_tuple_slice(GpObject *t, gp_ssize lo, gp_ssize hi);
int gp_tuple_resize(GpObject **pt, gp_ssize n);    /* fresh tuples only */
#endif
