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
/* memoryview (memoryobject.c): a one-dimensional view of a bytes or
 * bytearray. gp_bytes_buffer accepts contiguous, unreleased views. */
extern GpType GpMemoryView_Type;
#define GP_MEMORYVIEW_CHECK(o) (GP_TYPE(o) == &GpMemoryView_Type)
int gp_memoryview_check_bytes_like(GpObject *o);   /* unreleased and contiguous */
int gp_memoryview_buffer(GpObject *o, const char **data, gp_ssize *len);
/* bytes, bytearray, or a usable memoryview: gp_bytes_buffer will succeed. */
/* Other C types whose contents are raw bytes (array.array) register here:
 * 1 and the bytes if o is one of theirs, 0 if not. The bytes are read at
 * once, with the GIL held (no exporting of a live buffer). */
extern int (*gp_buffer_export_hook)(GpObject *o, const char **data, gp_ssize *len);

static inline int gp_is_bytes_like(GpObject *o)
{
    const char *p;
    gp_ssize n;
    return GP_BYTES_CHECK(o) || GP_BYTEARRAY_CHECK(o) || gp_memoryview_check_bytes_like(o) ||
           (gp_buffer_export_hook && gp_buffer_export_hook(o, &p, &n) > 0);
}
int gp_bytes_init_types(void);
void gp_bytes_fini(void);

extern const GpMethodDef gp_bytes_methods[];
extern const GpMethodDef gp_bytearray_methods[];

#endif
