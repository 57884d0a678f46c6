/* str: immutable Unicode text. Stored as UTF-8 plus a code-point count, so
 * ASCII text (the common case) indexes in O(1) and non-ASCII text indexes
 * through a lazily built table of code-point -> byte offsets. */
#ifndef GP_STROBJECT_H
#define GP_STROBJECT_H
#include "objects/object.h"

typedef struct GpStr {
    GpVarObject ob;          /* ob.size = length in code points */
    gp_ssize nbytes;         /* UTF-8 length in bytes (== size when ascii) */
    gp_hash hash;            /* -1 until computed */
    uint8_t ascii;           /* every code point < 128 */
    uint8_t interned;
    uint8_t overalloc;       /* grown in place by `s += t`: block holds gp_str_grow_cap(nbytes) */
    uint32_t *cpindex;       /* non-ASCII only: byte offset of every 32nd code point, lazily built */
    char data[];             /* UTF-8, NUL-terminated (may contain NUL bytes) */
} GpStr;

extern GpType GpStr_Type;
#define GP_STR_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_STR_SUBCLASS)
#define GP_STR_CHECK_EXACT(o) (GP_TYPE(o) == &GpStr_Type)
#define GP_STR_DATA(o) (((GpStr *)(o))->data)         /* const char* UTF-8 */
#define GP_STR_NBYTES(o) (((GpStr *)(o))->nbytes)
#define GP_STR_LEN(o) GP_SIZE(o)                       /* code points */
#define GP_STR_IS_ASCII(o) (((GpStr *)(o))->ascii)

/* Construction. All return new references (NULL + exception on error). */
GpObject *gp_str_from_utf8(const char *s, gp_ssize nbytes);   /* validates; UnicodeDecodeError */
GpObject *gp_str_from_cstr(const char *s);                    /* NUL-terminated UTF-8 */
GpObject *gp_str_from_utf8_trusted(const char *s, gp_ssize nbytes, gp_ssize ncp, int ascii);
GpObject *gp_str_new_uninit(gp_ssize nbytes, gp_ssize ncp, int ascii); /* fill data, then use */
GpObject *gp_str_from_format(const char *fmt, ...);           /* see gp_err_format for codes */
GpObject *gp_str_from_formatv(const char *fmt, va_list ap);
GpObject *gp_str_from_codepoint(uint32_t cp);                 /* chr(); cached for < 256 */
GpObject *gp_str_empty(void);                                 /* new ref to '' */
/* Data capacity of a string grown in place (overalloc set): a power of two
 * at least nbytes + 1, so that repeated `s += t` reallocates O(log n) times
 * whatever the allocator does. */
static inline size_t gp_str_grow_cap(gp_ssize nbytes)
{
    size_t c = 64;
    while (c < (size_t)nbytes + 1)
        c <<= 1;
    return c;
}
GpObject *gp_str_concat(GpObject *a, GpObject *b);
GpObject *gp_str_join(GpObject *sep, GpObject *iterable);
GpObject *gp_str_substr(GpObject *s, gp_ssize start, gp_ssize end); /* code-point indices */
uint32_t gp_str_char_at(GpObject *s, gp_ssize index);          /* no bounds check */
const char *gp_str_utf8(GpObject *s);                          /* same as GP_STR_DATA */

/* Interning: identifier-like constants and attribute names are interned so
 * that comparisons are pointer compares. */
GpObject *gp_str_intern_cstr(const char *s);       /* new ref to the interned string */
void gp_str_intern_inplace(GpObject **ps);         /* replaces *ps by the interned equal string */
GpObject *gp_str_intern(GpObject *s);              /* sys.intern: new ref */

gp_hash gp_str_hash(GpObject *s);
int gp_str_eq(GpObject *a, GpObject *b);           /* exact str equality, no errors */
int gp_str_eq_cstr(GpObject *a, const char *s);
int gp_str_compare(GpObject *a, GpObject *b);      /* <0, 0, >0 by code point */
GpObject *gp_str_repr(GpObject *s);

/* Writer for building strings piece by piece (used by repr/format/join). */
typedef struct GpStrWriter {
    char *buf;
    gp_ssize len, cap;
    gp_ssize ncp;          /* code points written */
    int ascii;
    char small[256];
} GpStrWriter;
void gp_strw_init(GpStrWriter *w);
int gp_strw_write(GpStrWriter *w, const char *utf8, gp_ssize nbytes);   /* counts code points */
int gp_strw_write_ascii(GpStrWriter *w, const char *s, gp_ssize n);
int gp_strw_write_cstr(GpStrWriter *w, const char *s);
int gp_strw_write_str(GpStrWriter *w, GpObject *str);
int gp_strw_write_char(GpStrWriter *w, uint32_t cp);
GpObject *gp_strw_finish(GpStrWriter *w);          /* frees the writer's buffer */
void gp_strw_discard(GpStrWriter *w);

/* Formatting (strformat.c): '%' operator, str.format, format-spec for str. */
GpObject *gp_str_percent_format(GpObject *fmt, GpObject *args);
GpObject *gp_str_format_method(GpObject *fmt, GpObject *const *args, size_t nargs, GpObject *kwnames);
GpObject *gp_str_format_spec(GpObject *s, GpObject *spec);    /* str.__format__ */
GpObject *gp_str_format_map(GpObject *fmt, GpObject *mapping); /* str.format_map */

/* str iterator and common well-known interned names (init at start-up). */
extern GpType GpStrIter_Type;
int gp_str_init_types(void);

/* ---- additions (strobject.c / strmethods.c / unicodecodecs.c) ---------- */
/* `left += right` for str: may resize *pleft in place when nobody else holds
 * it (refcount 1, exact str, not interned). On success *pleft holds the
 * result (the old reference was consumed) and 0 is returned; on failure the
 * old reference is dropped, *pleft is NULL and -1 is returned (TypeError for
 * a non-str right operand). */
int gp_str_concat_inplace(GpObject **pleft, GpObject *right);
/* Byte offset of code point `index` (0 <= index <= len) in s's UTF-8. */
gp_ssize gp_str_byte_offset(GpObject *s, gp_ssize index);
/* Fast 64-bit hash of a byte string (never -1); used by str and bytes. */
gp_hash gp_hash_bytes(const void *p, gp_ssize n);
/* str(obj), str(b, encoding, errors): the constructor as a C call. */
GpObject *gp_str_new_from_object(GpObject *o);
/* A str equal to s, of exact type str (s itself when exact): new ref. */
GpObject *gp_str_exact(GpObject *s);
/* Build an instance of a str subclass t holding the text of the str s. */
GpObject *gp_str_subtype_new(GpType *t, GpObject *s);
/* Repr of the text without checking the type: used by bytes.decode errors etc. */
GpObject *gp_str_from_latin1(const char *s, gp_ssize n);

/* Codecs (unicodecodecs.c). Known encodings: utf-8 (utf8, u8, utf_8),
 * ascii (us-ascii, 646), latin-1 (latin1, iso-8859-1, l1, ...), utf-16,
 * utf-32 (with BOM, -le, -be). Error handlers: strict, ignore, replace,
 * surrogateescape, backslashreplace, surrogatepass, xmlcharrefreplace
 * (encoding only), namereplace is not supported. NULL encoding/errors mean
 * "utf-8"/"strict". LookupError "unknown encoding: X" for other names. */
GpObject *gp_str_decode(const char *s, gp_ssize n, const char *encoding, const char *errors);
GpObject *gp_str_decode_utf8(const char *s, gp_ssize n, const char *errors);
GpObject *gp_str_encode(GpObject *str, const char *encoding, const char *errors);  /* -> bytes */
/* Canonical codec name for an encoding name ("utf-8", "ascii", "latin-1",
 * "utf-16", ...) or NULL if unknown (no exception). */
const char *gp_codec_canonical(const char *encoding);

/* Internal: tables and helpers shared between the str source files. */
extern const GpMethodDef gp_str_methods[];
void gp_str_fini(void);                            /* drop caches and interned strings at exit */

#endif
