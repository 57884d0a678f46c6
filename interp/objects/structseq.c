/* structseq.c -- named tuples implemented in C (sys.version_info,
 * time.struct_time, os.stat_result ...): a tuple subclass whose fields are
 * also attributes, with a repr like "sys.version_info(major=3, ...)". */
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "objects/structseq.h"

typedef struct {
    GpType type;
    const char *const *fields;
    int nfields;      /* named (and visible) fields */
} GpStructSeqType;

static GpObject *field_get(GpObject *self, void *closure)
{
    gp_ssize i = (gp_ssize)(intptr_t)closure;
    if (i >= GP_SIZE(self))
        GP_RETURN_NONE;
    return gp_newref(GP_TUPLE_GET(self, i));
}

static GpObject *structseq_repr(GpObject *self)
{
    GpStructSeqType *st = (GpStructSeqType *)GP_TYPE(self);
    GpStrWriter w;
    gp_strw_init(&w);
    gp_strw_write_cstr(&w, st->type.name);
    gp_strw_write_cstr(&w, "(");
    for (int i = 0; i < st->nfields && i < GP_SIZE(self); i++) {
        if (i)
            gp_strw_write_cstr(&w, ", ");
        gp_strw_write_cstr(&w, st->fields[i]);
        gp_strw_write_cstr(&w, "=");
        GpObject *r = gp_repr(GP_TUPLE_GET(self, i));
        if (!r) {
            gp_strw_discard(&w);
            return NULL;
        }
        gp_strw_write_str(&w, r);
        GP_DECREF(r);
    }
    gp_strw_write_cstr(&w, ")");
    return gp_strw_finish(&w);
}

static GpObject *structseq_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpStructSeqType *st = (GpStructSeqType *)t;
    if (nargs < 1) {
        gp_err_format(&GpExc_TypeError, "%s() missing required argument 'sequence' (pos 1)", t->name);
        return NULL;
    }
    GpObject *tup = gp_sequence_tuple(args[0]);
    if (!tup)
        return NULL;
    if (GP_SIZE(tup) != st->nfields) {
        gp_err_format(&GpExc_TypeError, "%s() takes a %d-sequence (%zd-sequence given)", t->name,
                      st->nfields, GP_SIZE(tup));
        GP_DECREF(tup);
        return NULL;
    }
    GpObject *r = gp_structseq_new((GpType *)st, GP_TUPLE_ITEMS(tup), GP_SIZE(tup));
    GP_DECREF(tup);
    return r;
}

GpType *gp_structseq_new_type(const char *name, const char *const *fields, int nfields)
{
    GpStructSeqType *st = calloc(1, sizeof *st);
    GpGetSetDef *gs = calloc((size_t)nfields + 1, sizeof *gs);
    if (!st || !gs) {
        free(st);
        free(gs);
        gp_err_no_memory();
        return NULL;
    }
    for (int i = 0; i < nfields; i++) {
        gs[i].name = fields[i];
        gs[i].get = field_get;
        gs[i].closure = (void *)(intptr_t)i;
    }
    GpType *t = &st->type;
    t->ob.ob.refcnt = GP_IMMORTAL_REFCNT;
    t->ob.ob.type = &GpType_Type;
    t->name = name;
    t->basicsize = GpTuple_Type.basicsize;
    t->itemsize = GpTuple_Type.itemsize;
    t->flags = GP_TPFLAGS_TUPLE_SUBCLASS | GP_TPFLAGS_HAVE_GC;
    t->base = &GpTuple_Type;
    t->repr = structseq_repr;
    t->new_ = structseq_new;
    t->getsets = gs;
    st->fields = fields;
    st->nfields = nfields;
    if (gp_type_ready(t) < 0)
        return NULL;
    /* the class attributes CPython's struct sequences have (a type with
     * hidden fields, like time.struct_time, overrides n_fields) */
    static const char *const counts[] = { "n_sequence_fields", "n_fields", "n_unnamed_fields" };
    for (int i = 0; i < 3; i++) {
        GpObject *v = gp_int_from_i64(i == 2 ? 0 : nfields);
        if (!v || gp_dict_setitem_str(t->dict, counts[i], v) < 0) {
            GP_XDECREF(v);
            return NULL;
        }
        GP_DECREF(v);
    }
    return t;
}

GpObject *gp_structseq_new(GpType *t, GpObject *const *items, gp_ssize n)
{
    GpObject *o = gp_obj_alloc(t, n);
    if (!o)
        return NULL;
    for (gp_ssize i = 0; i < n; i++)
        GP_TUPLE_SET(o, i, gp_newref(items[i]));
    gp_gc_track(o);
    return o;
}
