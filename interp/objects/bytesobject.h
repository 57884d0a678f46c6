/* bytes and bytearray. */
#ifndef GP_BYTESOBJECT_H
#define GP_BYTESOBJECT_H
#include "objects/object.h"

typedef struct GpBytes {
    GpVarObject ob;          /* ob.size = length */
    gp_hash hash;            /* -1 until computed */
    char data[];             /* NUL-terminated */
} GpBytes;

typedef struct GpByteArray {
    GpVarObject ob;          /* ob.size = length */
    gp_ssize allocated;
    char *data;
    gp_ssize exports;        /* live memoryviews */
} GpByteArray;

extern GpType GpBytes_Type, GpByteArray_Type, GpBytesIter_Type, GpByteArrayIter_Type;
#define GP_BYTES_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_BYTES_SUBCLASS)
#define GP_BYTES_DATA(o) (((GpBytes *)(o))->data)
#define GP_BYTEARRAY_CHECK(o) GP_TYPE_CHECK(o, &GpByteArray_Type)
#define GP_BYTEARRAY_DATA(o) (((GpByteArray *)(o))->data)

GpObject *gp_bytes_from(const char *s, gp_ssize n);       /* s may be NULL: uninitialised */
GpObject *gp_bytes_resize(GpObject *b, gp_ssize n);       /* b must be fresh (refcnt 1) */
GpObject *gp_bytearray_from(const char *s, gp_ssize n);
GpObject *gp_bytes_repr(GpObject *b);
/* Buffer access for bytes-like objects (bytes, bytearray, memoryview):
 * 0 ok, -1 TypeError "a bytes-like object is required, not 'X'". */
int gp_bytes_buffer(GpObject *o, const char **data, gp_ssize *len);

#endif
