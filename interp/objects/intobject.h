/* int: arbitrary precision. Values that fit in int64 live inline; larger
 * ones in a GMP mpz. The ints -5..256 are preallocated and shared. */
#ifndef GP_INTOBJECT_H
#define GP_INTOBJECT_H
#include "objects/object.h"
#include <gmp.h>

typedef struct GpInt {
    GpObject ob;
    int64_t v;               /* the value when !is_big */
    intptr_t is_big;         /* 1: the value is z[0] (never fits int64) */
    __mpz_struct z[];        /* present only for big ints */
} GpInt;

extern GpType GpInt_Type, GpBool_Type;
#define GP_INT_CHECK(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_INT_SUBCLASS)
#define GP_INT_CHECK_EXACT(o) (GP_TYPE(o) == &GpInt_Type)
#define GP_INT_IS_SMALL(o) (((GpInt *)(o))->is_big == 0)
#define GP_INT_VAL(o) (((GpInt *)(o))->v)      /* valid when GP_INT_IS_SMALL */

#define GP_SMALL_INT_MIN (-5)
#define GP_SMALL_INT_MAX 256
extern GpInt gp_small_ints[GP_SMALL_INT_MAX - GP_SMALL_INT_MIN + 1];

GpObject *gp_int_from_i64(int64_t v);
GpObject *gp_int_from_u64(uint64_t v);
GpObject *gp_int_from_ssize(gp_ssize v);
GpObject *gp_int_from_double(double d);           /* int(3.7); OverflowError for inf, ValueError for nan */
GpObject *gp_int_from_mpz(const mpz_t z);         /* copies; normalises to inline when it fits */
GpObject *gp_int_from_string(const char *s, gp_ssize n, int base);  /* int(str, base) rules; ValueError */
/* Conversions: -1 with OverflowError ("Python int too large to convert to C ...") when out of range. */
int gp_int_as_i64(GpObject *o, int64_t *out);
int gp_int_as_ssize(GpObject *o, gp_ssize *out);
int64_t gp_int_as_i64_clamped(GpObject *o, int *overflow);  /* overflow: -1, 0, +1 */
double gp_int_as_double(GpObject *o);             /* -1.0 + OverflowError "int too large to convert to float" */
void gp_int_to_mpz(GpObject *o, mpz_t out);       /* out must be initialised */
int gp_int_sign(GpObject *o);                     /* -1, 0, 1 */
GpObject *gp_int_to_string(GpObject *o, int base); /* str in base 2/8/10/16 with prefix for 2/8/16 */
GpObject *gp_int_format(GpObject *o, GpObject *spec); /* int.__format__ */
int gp_int_compare(GpObject *a, GpObject *b);     /* both ints: -1, 0, 1 */
gp_hash gp_int_hash(GpObject *o);
size_t gp_int_bit_length(GpObject *o);

/* Arithmetic on two ints (no NotImplemented; used by the VM's fast paths). */
GpObject *gp_int_add(GpObject *a, GpObject *b);
GpObject *gp_int_sub(GpObject *a, GpObject *b);
GpObject *gp_int_mul(GpObject *a, GpObject *b);
GpObject *gp_int_floordiv(GpObject *a, GpObject *b);
GpObject *gp_int_mod(GpObject *a, GpObject *b);

/* bool */
extern GpInt gp_True_obj, gp_False_obj;
#define gp_True ((GpObject *)&gp_True_obj)
#define gp_False ((GpObject *)&gp_False_obj)
#define GP_BOOL_CHECK(o) (GP_TYPE(o) == &GpBool_Type)
static inline GpObject *gp_bool(int v) { GpObject *r = v ? gp_True : gp_False; gp_incref(r); return r; }
#define GP_RETURN_TRUE return gp_newref(gp_True)
#define GP_RETURN_FALSE return gp_newref(gp_False)

/* ---- internal: shared by intobject.c, intmethods.c and boolobject.c ---- */
/* A read-only mpz view of any int (no allocation for inline values): the
 * view lives in *v, which must outlive the returned pointer. */
typedef struct GpIntView { __mpz_struct z[1]; mp_limb_t limb; } GpIntView;
mpz_srcptr gp_int_view(GpObject *o, GpIntView *v);
GpObject *gp_int_from_mpz_steal(mpz_t z);          /* takes over z (cleared on return) */
GpObject *gp_int_exact(GpObject *o);               /* int(o) for an int instance: exact int */
GpObject *gp_int_subtype_from(GpType *t, GpObject *exact); /* instance of int subclass t */
GpObject *gp_int_new_impl(GpType *t, GpObject *x, GpObject *base); /* int(x, base); NULLs = absent */
GpObject *gp_int_decimal(GpObject *o);             /* str(o) of an int (digit limit applies) */
GpObject *gp_int_digits(GpObject *o, int base, int with_limit, int upper);  /* |o| digits */
extern int gp_int_max_str_digits;                  /* sys.set_int_max_str_digits (0 = no limit) */
extern const GpMethodDef gp_int_methods[];
extern const GpGetSetDef gp_int_getsets[];

int gp_int_init_types(void);
#endif
