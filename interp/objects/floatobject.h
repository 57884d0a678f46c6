/* float and complex. */
#ifndef GP_FLOATOBJECT_H
#define GP_FLOATOBJECT_H
#include "objects/object.h"

typedef struct GpFloat { GpObject ob; double v; } GpFloat;
typedef struct GpComplex { GpObject ob; double real, imag; } GpComplex;

extern GpType GpFloat_Type, GpComplex_Type;
#define GP_FLOAT_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_FLOAT_SUBCLASS)
#define GP_FLOAT_CHECK_EXACT(o) (GP_TYPE(o) == &GpFloat_Type)
#define GP_FLOAT_VAL(o) (((GpFloat *)(o))->v)
#define GP_COMPLEX_CHECK(o) GP_TYPE_CHECK(o, &GpComplex_Type)

GpObject *gp_float_new(double v);                 /* uses a free list */
/* Free every float parked on the free list; returns how many (called after a
 * full collection and before the -X showrefcount report, as CPython does). */
gp_ssize gp_float_freelist_clear(void);
double gp_float_as_double(GpObject *o);           /* float, int or __float__/__index__; -1.0 + error */
GpObject *gp_float_from_string(GpObject *s);      /* float("...") incl. Unicode digits/spaces */
gp_hash gp_float_hash_value(double v);            /* CPython's numeric hash */
GpObject *gp_complex_new(double real, double imag);

int gp_float_init_types(void);

/* ---- additions shared by floatobject.c and complexobject.c ------------- */
/* The text of a str mapped to ASCII for number parsing (Unicode spaces ->
 * ' ', Unicode decimal digits -> ASCII digits, other non-ASCII -> '?'):
 * malloc'd, NUL-terminated, length in *outn; NULL + MemoryError. */
char *gp_float_str_to_ascii(GpObject *s, size_t *outn);
/* The identity hash a nan float/complex uses (CPython 3.10+). */
gp_hash gp_float_identity_hash(GpObject *o);
/* Raise the exception for a support/fmtspec.h error code rc (type_cp: the
 * spec's type code point); always returns NULL. */
GpObject *gp_float_fmt_error(int rc, const char *errmsg, GpObject *spec, uint32_t type_cp,
                             const char *tname);
#endif
