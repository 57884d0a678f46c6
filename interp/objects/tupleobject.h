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
/* Free every tuple parked on the per-size free lists; returns how many. */
gp_ssize gp_tuple_freelist_clear(void);
GpObject *gp_tuple_empty(void);                   /* new ref to the shared () */
GpObject *gp_tuple_from_array(GpObject *const *items, gp_ssize n);  /* increfs */
GpObject *gp_tuple_pack(gp_ssize n, ...);          /* increfs */
GpObject *gp_tuple_slice(GpObject *t, gp_ssize lo, gp_ssize hi);
int gp_tuple_resize(GpObject **pt, gp_ssize n);    /* fresh tuples only */

/* ---- helpers shared by the container files (tuple, list, range, dict) --- */
/* Lexicographic rich comparison of two lists or two tuples (items are
 * re-read after every __eq__ call): new reference, NULL on error. */
GpObject *gp_seq_richcompare(GpObject *a, GpObject *b, int op);
/* open + repr(items) joined by ", " + close, for a list or tuple. */
GpObject *gp_seq_repr(GpObject *seq, const char *open, const char *close);
/* An index argument (o[i]) as gp_ssize; IndexError "cannot fit..." on
 * overflow. Raises TypeError "<what> indices must be integers or slices, not
 * X" when o is not an index. -1 with an error set on failure. */
gp_ssize gp_seq_index_arg(GpObject *o, const char *what);
/* start/stop arguments of index(): None or an int clamped to [-max, max]. */
int gp_seq_clamped_index(GpObject *o, gp_ssize *out);
/* Number of items of an already known-size sequence to repeat n times:
 * OverflowError for too big results. */
int gp_seq_repeat_size(gp_ssize len, gp_ssize n, gp_ssize *out);
#endif
