#ifndef GP_LISTOBJECT_H
#define GP_LISTOBJECT_H
#include "objects/object.h"

typedef struct GpList {
    GpVarObject ob;          /* ob.size = len */
    GpObject **items;
    gp_ssize allocated;
} GpList;

extern GpType GpList_Type, GpListIter_Type, GpListRevIter_Type;
#define GP_LIST_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_LIST_SUBCLASS)
#define GP_LIST_CHECK_EXACT(o) (GP_TYPE(o) == &GpList_Type)
#define GP_LIST_ITEMS(o) (((GpList *)(o))->items)
#define GP_LIST_GET(o, i) (((GpList *)(o))->items[i])            /* borrowed */
#define GP_LIST_SET(o, i, v) (((GpList *)(o))->items[i] = (v))   /* steals; no decref of old */

GpObject *gp_list_new(gp_ssize n);                 /* n NULL items (fill with GP_LIST_SET) */
/* Free every list object parked on the free list; returns how many. */
gp_ssize gp_list_freelist_clear(void);
GpObject *gp_list_from_array(GpObject *const *items, gp_ssize n);
int gp_list_append(GpObject *l, GpObject *v);      /* increfs v */
int gp_list_insert(GpObject *l, gp_ssize i, GpObject *v);
int gp_list_extend(GpObject *l, GpObject *iterable);
int gp_list_sort(GpObject *l);                     /* l.sort() */
int gp_list_reverse(GpObject *l);
GpObject *gp_list_as_tuple(GpObject *l);
GpObject *gp_list_slice(GpObject *l, gp_ssize lo, gp_ssize hi);
int gp_list_set_slice(GpObject *l, gp_ssize lo, gp_ssize hi, GpObject *v); /* v NULL: delete */
/* l.sort(key=key, reverse=reverse) (listsort.c); key may be NULL or None. */
int gp_list_sort_ex(GpObject *l, GpObject *key, int reverse);
/* Internal (listobject.c): make room for newsize items, keeping the items. */
int gp_list_resize(GpObject *l, gp_ssize newsize);
#endif
