/* boolobject.c -- bool, the int subclass with exactly two instances.
 *
 * True and False are statically allocated, immortal GpInt-layout objects
 * whose value field is 1 and 0, so every int operation works on them
 * unchanged (True + True == 2).  bool only adds its repr, the bool-preserving
 * & | ^, and a constructor that applies the truth protocol.  bool cannot be
 * subclassed (no GP_TPFLAGS_BASETYPE): "type 'bool' is not an acceptable base
 * type".
 */
#include "gilpy.h"

GpInt gp_True_obj = { GP_OBJECT_HEAD_INIT(&GpBool_Type), 1, 0 };
GpInt gp_False_obj = { GP_OBJECT_HEAD_INIT(&GpBool_Type), 0, 0 };

static GpObject *bool_repr(GpObject *o)
{
    return gp_str_intern_cstr(o == gp_True ? "True" : "False");
}

static GpObject *bool_new(GpType *t, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize n = GP_NARGS(nargsf);
    if (gp_args_no_kw("bool", kwnames) < 0 || gp_args_count("bool", (size_t)n, 0, 1) < 0)
        return NULL;
    if (n == 0)
        GP_RETURN_FALSE;
    int r = gp_is_true(args[0]);
    if (r < 0)
        return NULL;
    return gp_bool(r);
}

static GpObject *bool_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                 GpObject *kwnames)
{
    return bool_new((GpType *)callable, args, nargsf, kwnames);
}

#define BOOL_BINOP(name, op, slot)                                      \
    static GpObject *name(GpObject *a, GpObject *b)                     \
    {                                                                   \
        if (GP_BOOL_CHECK(a) && GP_BOOL_CHECK(b))                       \
            return gp_bool((a == gp_True) op (b == gp_True));           \
        return GpInt_Type.nb.slot(a, b);                                \
    }
BOOL_BINOP(bool_and, &, and_)
BOOL_BINOP(bool_or, |, or_)
BOOL_BINOP(bool_xor, ^, xor_)

GpType GpBool_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "bool",
    .doc = "bool(x) -> bool\n\n"
           "Returns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .basicsize = sizeof(GpInt),
    .itemsize = sizeof(__mpz_struct),
    .flags = GP_TPFLAGS_INT_SUBCLASS,
    .repr = bool_repr,
    .new_ = bool_new,
    .vectorcall = bool_vectorcall,
    .base = &GpInt_Type,
    .nb = { .and_ = bool_and, .or_ = bool_or, .xor_ = bool_xor },
};
