/* set and frozenset: open addressing exactly as CPython lays it out (linear
 * probes then perturbation, same growth policy), so iteration order of sets
 * of ints matches what CPython prints. */
#ifndef GP_SETOBJECT_H
#define GP_SETOBJECT_H
#include "objects/object.h"

extern GpType GpSet_Type, GpFrozenSet_Type, GpSetIter_Type;
#define GP_SET_CHECK(o) GP_TYPE_CHECK(o, &GpSet_Type)
#define GP_FROZENSET_CHECK(o) GP_TYPE_CHECK(o, &GpFrozenSet_Type)
#define GP_ANYSET_CHECK(o) (GP_SET_CHECK(o) || GP_FROZENSET_CHECK(o))

GpObject *gp_set_new(GpObject *iterable);          /* iterable may be NULL */
GpObject *gp_frozenset_new(GpObject *iterable);
int gp_set_add(GpObject *s, GpObject *key);
int gp_set_update(GpObject *s, GpObject *iterable);  /* set.update(iterable): 0 / -1 */
int gp_set_discard(GpObject *s, GpObject *key);    /* 1 removed, 0 absent, -1 */
int gp_set_contains(GpObject *s, GpObject *key);
gp_ssize gp_set_size(GpObject *s);
int gp_set_next(GpObject *s, gp_ssize *pos, GpObject **key, gp_hash *hash); /* borrowed */
#endif
