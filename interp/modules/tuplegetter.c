/* tuplegetter.c -- _collections._tuplegetter, the field descriptor that
 * collections.namedtuple puts in each generated class (Point.x).
 *
 * It is a data descriptor holding a field index and a docstring: on an
 * instance, __get__ returns instance[index] straight from the tuple's items;
 * on the class it returns itself; __set__/__delete__ always raise, which
 * makes the fields read-only and (being a data descriptor) keeps attribute
 * lookup from consulting an instance dict. Written in C because field reads
 * are the hot path of namedtuple code: a Python-level __get__ costs a frame
 * per `p.x`.
 *
 * Observable behaviour follows CPython 3.11: the constructor takes exactly
 * (index, doc) positionally, the type is final, __doc__ is writable,
 * __reduce__ rebuilds it from (index, doc), and the repr is
 * `_tuplegetter(index, doc)`. The module registers it from
 * gp_mod__collections_init (collectionsmodule.c).
 */
#include "gilpy.h"
#include "mem/gc.h"

typedef struct {
    GpObject ob;
    gp_ssize index;
    GpObject *doc;
} TupleGetter;

extern GpType GpTupleGetter_Type;

static GpObject *tg_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    size_t nargs = (size_t)GP_NARGS(nargsf);
    if (gp_args_no_kw("_tuplegetter", kwnames) < 0 || gp_args_count("_tuplegetter", nargs, 2, 2) < 0)
        return NULL;
    /* through __index__, with CPython's "n" conversion error on overflow */
    gp_ssize index;
    GpObject *i = gp_number_index(args[0]);
    if (!i)
        return NULL;
    int r = gp_int_as_ssize(i, &index);
    GP_DECREF(i);
    if (r < 0)
        return NULL;
    TupleGetter *g = (TupleGetter *)gp_obj_alloc(type, 0);
    if (!g)
        return NULL;
    g->index = index;
    g->doc = gp_newref(args[1]);
    gp_gc_track((GpObject *)g);
    return (GpObject *)g;
}

static void tg_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(((TupleGetter *)o)->doc);
    gp_obj_free(o);
}

static int tg_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *doc = ((TupleGetter *)o)->doc;
    return doc ? visit(doc, arg) : 0;
}

static int tg_clear(GpObject *o)
{
    GP_CLEAR(((TupleGetter *)o)->doc);
    return 0;
}

static GpObject *tg_get(GpObject *self, GpObject *obj, GpObject *type)
{
    (void)type;
    TupleGetter *g = (TupleGetter *)self;
    if (!obj)
        return gp_newref(self);
    if (!GP_TUPLE_CHECK(obj))
        return gp_err_format(&GpExc_TypeError,
                             "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                             g->index, GP_TYPE(obj)->name);
    if (g->index < 0 || g->index >= GP_SIZE(obj))
        return gp_err_format(&GpExc_IndexError, "tuple index out of range");
    return gp_newref(GP_TUPLE_ITEMS(obj)[g->index]);
}

static int tg_set(GpObject *self, GpObject *obj, GpObject *value)
{
    (void)self;
    (void)obj;
    gp_err_format(&GpExc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static GpObject *tg_repr(GpObject *self)
{
    TupleGetter *g = (TupleGetter *)self;
    return gp_str_from_format("%s(%zd, %R)", "_tuplegetter", g->index, g->doc);
}

static GpObject *tg_reduce(GpObject *self, GpObject *unused)
{
    (void)unused;
    TupleGetter *g = (TupleGetter *)self;
    GpObject *index = gp_int_from_ssize(g->index);
    if (!index)
        return NULL;
    GpObject *args = gp_tuple_pack(2, index, g->doc);
    GP_DECREF(index);
    if (!args)
        return NULL;
    GpObject *r = gp_tuple_pack(2, (GpObject *)GP_TYPE(self), args);
    GP_DECREF(args);
    return r;
}

static const GpMethodDef tg_methods[] = {
    GP_METHOD("__reduce__", tg_reduce, GP_METH_NOARGS),
    { NULL },
};

static const GpMemberDef tg_members[] = {
    { "__doc__", GP_T_OBJECT, offsetof(TupleGetter, doc), 0, NULL },
    { NULL },
};

GpType GpTupleGetter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TupleGetter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = tg_dealloc,
    .traverse = tg_traverse,
    .clear = tg_clear,
    .repr = tg_repr,
    .descr_get = tg_get,
    .descr_set = tg_set,
    .new_ = tg_new,
    .methods = tg_methods,
    .members = tg_members,
};
