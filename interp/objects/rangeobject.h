/* range, slice, enumerate/zip/map/filter/reversed and other builtin iterators. */
#ifndef GP_RANGEOBJECT_H
#define GP_RANGEOBJECT_H
#include "objects/object.h"

typedef struct GpSlice { GpObject ob; GpObject *start, *stop, *step; } GpSlice;

extern GpType GpRange_Type, GpRangeIter_Type, GpSlice_Type;
extern GpType GpEnumerate_Type, GpZip_Type, GpMap_Type, GpFilter_Type, GpReversed_Type;
extern GpType GpSeqIter_Type, GpCallIter_Type;
#define GP_SLICE_CHECK(o) (GP_TYPE(o) == &GpSlice_Type)

GpObject *gp_slice_new(GpObject *start, GpObject *stop, GpObject *step); /* NULL = None */
/* Resolve a slice against a length: CPython's PySlice_Unpack + AdjustIndices.
 * Returns the slice length, or -1 with an error. */
gp_ssize gp_slice_indices(GpObject *slice, gp_ssize length, gp_ssize *start, gp_ssize *stop, gp_ssize *step);
GpObject *gp_range_new_i64(int64_t start, int64_t stop, int64_t step);
GpObject *gp_seqiter_new(GpObject *seq);             /* __getitem__ iteration fallback */
GpObject *gp_calliter_new(GpObject *callable, GpObject *sentinel); /* iter(f, sentinel) */
#endif
