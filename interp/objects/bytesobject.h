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
/* Borrowed C-contiguous bytes of any buffer exporter (objects/buffer.c): 0
 * ok, -1 TypeError "a bytes-like object is required, not 'X'" (or the
 * exporter's error: released or non-contiguous memoryview). */
int gp_bytes_buffer(GpObject *o, const char **data, gp_ssize *len);

/* ---- additions (bytesobject.c / bytesmethods.c) ------------------------- */
#define GP_BYTES_CHECK_EXACT(o) (GP_TYPE(o) == &GpBytes_Type)
#define GP_BYTEARRAY_CHECK_EXACT(o) (GP_TYPE(o) == &GpByteArray_Type)
/* Contents of a bytes or bytearray (no other types): pointer and length. */
static inline const char *gp_bytes_like_data(GpObject *o)
{
    return GP_BYTES_CHECK(o) ? ((GpBytes *)o)->data : ((GpByteArray *)o)->data;
}
/* A new bytes (when like is a bytes) or bytearray (when like is a bytearray)
 * holding p[0..n). */
GpObject *gp_bytes_new_like(GpObject *like, const char *p, gp_ssize n);
GpObject *gp_bytes_concat(GpObject *a, GpObject *b);        /* bytes + buffer -> bytes */
GpObject *gp_bytes_join(GpObject *sep, GpObject *iterable);  /* sep: bytes or bytearray */
GpObject *gp_bytes_decode(GpObject *b, const char *encoding, const char *errors);
/* Convert an int-like (via __index__) to a byte value 0..255: 0 ok, -1
 * error (ValueError "byte must be in range(0, 256)"). */
int gp_bytes_byte_value(GpObject *o, int *out);
/* bytes(x) / bytearray(x) conversion of any object to a new bytes. */
GpObject *gp_bytes_from_object(GpObject *o);
int gp_bytearray_resize(GpObject *ba, gp_ssize n);          /* keeps contents */
GpObject *gp_bytes_percent_format(GpObject *fmt, GpObject *args); /* bytes % args */
/* memoryview (memoryobject.c): a view of any buffer exporter. */
extern GpType GpMemoryView_Type;
#define GP_MEMORYVIEW_CHECK(o) (GP_TYPE(o) == &GpMemoryView_Type)
/* A writable, C-contiguous buffer of o, borrowed like gp_bytes_buffer: 0, or
 * -1 with the exporter's error set (callers usually replace it with their
 * own "read-write bytes-like object" TypeError). */
int gp_bytes_writable_buffer(GpObject *o, char **data, gp_ssize *len);

/* Any buffer exporter (bytes, bytearray, memoryview, array.array ...):
 * gp_bytes_buffer will succeed unless the view is released/non-contiguous. */
static inline int gp_is_bytes_like(GpObject *o)
{
    return GP_BYTES_CHECK(o) || GP_BYTEARRAY_CHECK(o) || gp_object_check_buffer(o);
}
int gp_bytes_init_types(void);
void gp_bytes_fini(void);

extern const GpMethodDef gp_bytes_methods[];
extern const GpMethodDef gp_bytearray_methods[];

#endif
