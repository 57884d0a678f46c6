/* iterobject.c -- the generic iterators and the lazy builtins.
 *
 *   iterator           iter(o) for objects with __getitem__ but no __iter__:
 *                      o[0], o[1], ... until IndexError or StopIteration
 *   callable_iterator  iter(f, sentinel): f() until it returns the sentinel
 *   enumerate, zip, map, filter, reversed: the builtin classes
 *
 * All of them drop what they hold as soon as they are exhausted, so an
 * exhausted iterator stays exhausted (and frees its source early).
 * enumerate counts in a C ssize and switches to an int object only when the
 * count would overflow or the start was already big.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

static GpObject *iter_self(GpObject *o) { return gp_newref(o); }

/* Allocate an instance of t (tracked by the GC when t is a GC type). */
static GpObject *alloc_iter(GpType *t)
{
    if (!(t->flags & GP_TPFLAGS_READY) && gp_type_ready(t) < 0)
        return NULL;
    return gp_type_generic_alloc(t, 0);
}

/* The "exhausted" errors: IndexError/StopIteration end a __getitem__ walk. */
static int clear_stop_or_index(void)
{
    if (gp_err_matches(&GpExc_IndexError) || gp_err_matches(&GpExc_StopIteration)) {
        gp_err_clear();
        return 1;
    }
    return 0;
}

/* ======================================================================
 * iterator (sequence iterator)
 * ====================================================================== */

typedef struct {
    GpObject ob;
    gp_ssize index;
    GpObject *seq;      /* NULL when exhausted */
} SeqIter;

GpObject *gp_seqiter_new(GpObject *seq)
{
    SeqIter *it = (SeqIter *)alloc_iter(&GpSeqIter_Type);
    if (!it)
        return NULL;
    it->index = 0;
    it->seq = gp_newref(seq);
    return (GpObject *)it;
}

static void seqiter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((SeqIter *)o)->seq);
    gp_obj_free(o);
}

static int seqiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((SeqIter *)o)->seq);
    return 0;
}

static GpObject *seqiter_next(GpObject *o)
{
    SeqIter *it = (SeqIter *)o;
    GpObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index == GP_SSIZE_MAX) {
        gp_err_set_string(&GpExc_OverflowError, "iter index too large");
        return NULL;
    }
    GpObject *i = gp_int_from_ssize(it->index);
    if (!i)
        return NULL;
    GpObject *r = gp_getitem(seq, i);
    GP_DECREF(i);
    if (r) {
        it->index++;
        return r;
    }
    if (clear_stop_or_index()) {
        it->seq = NULL;
        GP_DECREF(seq);
    }
    return NULL;
}

static GpObject *seqiter_length_hint(GpObject *o, GpObject *unused)
{
    SeqIter *it = (SeqIter *)o;
    if (!it->seq)
        return gp_int_from_ssize(0);
    if (!GP_TYPE(it->seq)->len)
        GP_RETURN_NOTIMPLEMENTED;
    gp_ssize n = gp_len(it->seq);
    if (n < 0)
        return NULL;
    n -= it->index;
    return gp_int_from_ssize(n < 0 ? 0 : n);
}

static const GpMethodDef seqiter_methods[] = {
    GP_METHOD("__length_hint__", seqiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

GpType GpSeqIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ======================================================================
 * callable_iterator
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *func;       /* both NULL when exhausted */
    GpObject *sentinel;
} CallIter;

GpObject *gp_calliter_new(GpObject *callable, GpObject *sentinel)
{
    CallIter *it = (CallIter *)alloc_iter(&GpCallIter_Type);
    if (!it)
        return NULL;
    it->func = gp_newref(callable);
    it->sentinel = gp_newref(sentinel);
    return (GpObject *)it;
}

static void calliter_dealloc(GpObject *o)
{
    CallIter *it = (CallIter *)o;
    gp_gc_untrack(o);
    GP_XDECREF(it->func);
    GP_XDECREF(it->sentinel);
    gp_obj_free(o);
}

static int calliter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    CallIter *it = (CallIter *)o;
    VISIT(it->func);
    VISIT(it->sentinel);
    return 0;
}

static GpObject *calliter_next(GpObject *o)
{
    CallIter *it = (CallIter *)o;
    if (!it->func)
        return NULL;
    GpObject *r = gp_call0(it->func);
    if (r) {
        int eq = gp_richcompare_bool(it->sentinel, r, GP_EQ);
        if (eq == 0)
            return r;
        GP_DECREF(r);
        if (eq < 0)
            return NULL;
    } else if (!gp_err_matches(&GpExc_StopIteration)) {
        return NULL;
    } else {
        gp_err_clear();
    }
    GP_CLEAR(it->func);
    GP_CLEAR(it->sentinel);
    return NULL;
}

GpType GpCallIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = iter_self,
    .iternext = calliter_next,
};

/* ======================================================================
 * enumerate
 * ====================================================================== */

typedef struct {
    GpObject ob;
    gp_ssize index;       /* next count while longindex is NULL */
    GpObject *longindex;  /* next count once it no longer fits */
    GpObject *it;
} EnumObject;

static GpObject *enum_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    /* enumerate(iterable, start=0), with CPython's own messages */
    gp_ssize nargs = GP_NARGS(nargsf), nkw = kwnames ? GP_SIZE(kwnames) : 0;
    GpObject *a[2] = { NULL, NULL };
    if (nargs + nkw > 2)
        return gp_err_format(&GpExc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                             nargs + nkw);
    for (gp_ssize i = 0; i < nargs; i++)
        a[i] = args[i];
    for (gp_ssize k = 0; k < nkw; k++) {
        GpObject *name = GP_TUPLE_GET(kwnames, k);
        int slot = gp_str_eq_cstr(name, "iterable") ? 0 : gp_str_eq_cstr(name, "start") ? 1 : -1;
        if (slot < 0 || a[slot])
            return gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for enumerate()",
                                 name);
        a[slot] = args[nargs + k];
    }
    if (!a[0] && nkw > 0)   /* CPython words enumerate(start=1) this way */
        return gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for enumerate()",
                             GP_TUPLE_GET(kwnames, 0));
    if (!a[0]) {
        gp_err_set_string(&GpExc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    GpObject *start = NULL;
    gp_ssize idx = 0;
    if (a[1]) {
        start = gp_number_index(a[1]);
        if (!start)
            return NULL;
        int64_t v;
        if (GP_INT_IS_SMALL(start) && (v = GP_INT_VAL(start)) >= -GP_SSIZE_MAX && v <= GP_SSIZE_MAX) {
            idx = (gp_ssize)v;
            GP_CLEAR(start);
        }
    }
    GpObject *it = gp_iter(a[0]);
    if (!it) {
        GP_XDECREF(start);
        return NULL;
    }
    EnumObject *e = (EnumObject *)alloc_iter(type);
    if (!e) {
        GP_XDECREF(start);
        GP_DECREF(it);
        return NULL;
    }
    e->index = idx;
    e->longindex = start;
    e->it = it;
    return (GpObject *)e;
}

static GpObject *enum_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                 GpObject *kwnames)
{
    return enum_new((GpType *)callable, args, nargsf, kwnames);
}

static void enum_dealloc(GpObject *o)
{
    EnumObject *e = (EnumObject *)o;
    gp_gc_untrack(o);
    GP_XDECREF(e->longindex);
    GP_XDECREF(e->it);
    gp_obj_free(o);
}

static int enum_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    EnumObject *e = (EnumObject *)o;
    VISIT(e->longindex);
    VISIT(e->it);
    return 0;
}

static GpObject *enum_next(GpObject *o)
{
    EnumObject *e = (EnumObject *)o;
    if (!e->it)
        return NULL;
    GpObject *item = GP_TYPE(e->it)->iternext(e->it);
    if (!item)
        return NULL;
    GpObject *idx;
    if (!e->longindex && e->index == GP_SSIZE_MAX) {
        e->longindex = gp_int_from_ssize(GP_SSIZE_MAX);
        if (!e->longindex) {
            GP_DECREF(item);
            return NULL;
        }
    }
    if (e->longindex) {
        idx = gp_newref(e->longindex);
        GpObject *one = gp_int_from_i64(1);
        GpObject *n = one ? gp_int_add(e->longindex, one) : NULL;
        GP_XDECREF(one);
        if (!n) {
            GP_DECREF(idx);
            GP_DECREF(item);
            return NULL;
        }
        GP_SETREF(e->longindex, n);
    } else {
        idx = gp_int_from_ssize(e->index++);
        if (!idx) {
            GP_DECREF(item);
            return NULL;
        }
    }
    GpObject *t = gp_tuple_new(2);
    if (!t) {
        GP_DECREF(idx);
        GP_DECREF(item);
        return NULL;
    }
    GP_TUPLE_SET(t, 0, idx);
    GP_TUPLE_SET(t, 1, item);
    return t;
}

GpType GpEnumerate_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "enumerate",
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.",
    .basicsize = sizeof(EnumObject),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = enum_dealloc,
    .traverse = enum_traverse,
    .iter = iter_self,
    .iternext = enum_next,
    .new_ = enum_new,
    .vectorcall = enum_vectorcall,
};

/* ======================================================================
 * zip
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *its;        /* tuple of iterators */
    int strict;
} ZipObject;

static GpObject *zip_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    int strict = 0;
    if (kwnames && GP_SIZE(kwnames) > 0) {
        for (gp_ssize k = 0; k < GP_SIZE(kwnames); k++) {
            GpObject *name = GP_TUPLE_GET(kwnames, k);
            if (!gp_str_eq_cstr(name, "strict"))
                return gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for zip()",
                                     name);
            int t = gp_is_true(args[nargs + k]);
            if (t < 0)
                return NULL;
            strict = t;
        }
    }
    GpObject *its = gp_tuple_new(nargs);
    if (!its)
        return NULL;
    for (gp_ssize i = 0; i < nargs; i++) {
        GpObject *it = gp_iter(args[i]);
        if (!it) {
            GP_DECREF(its);
            return NULL;
        }
        GP_TUPLE_SET(its, i, it);
    }
    ZipObject *z = (ZipObject *)alloc_iter(type);
    if (!z) {
        GP_DECREF(its);
        return NULL;
    }
    z->its = its;
    z->strict = strict;
    return (GpObject *)z;
}

static GpObject *zip_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                GpObject *kwnames)
{
    return zip_new((GpType *)callable, args, nargsf, kwnames);
}

static void zip_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((ZipObject *)o)->its);
    gp_obj_free(o);
}

static int zip_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((ZipObject *)o)->its);
    return 0;
}

/* NULL with no error: the iterator is exhausted (StopIteration swallowed). */
static GpObject *next_of(GpObject *it)
{
    GpObject *r = GP_TYPE(it)->iternext(it);
    if (!r && gp_err_occurred() && gp_err_matches(&GpExc_StopIteration))
        gp_err_clear();
    return r;
}

static GpObject *zip_next(GpObject *o)
{
    ZipObject *z = (ZipObject *)o;
    if (!z->its)
        return NULL;
    gp_ssize n = GP_SIZE(z->its);
    if (n == 0)
        return NULL;
    GpObject *res = gp_tuple_new(n);
    if (!res)
        return NULL;
    gp_ssize i;
    for (i = 0; i < n; i++) {
        GpObject *item = next_of(GP_TUPLE_GET(z->its, i));
        if (!item) {
            GP_DECREF(res);
            if (gp_err_occurred())
                return NULL;
            goto exhausted;
        }
        GP_TUPLE_SET(res, i, item);
    }
    return res;
exhausted:
    if (!z->strict)
        return NULL;
    if (i > 0)
        return gp_err_format(&GpExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, i == 1 ? " " : "s 1-", i);
    for (i = 1; i < n; i++) {
        GpObject *item = next_of(GP_TUPLE_GET(z->its, i));
        if (item) {
            GP_DECREF(item);
            return gp_err_format(&GpExc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                 i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (gp_err_occurred())
            return NULL;
    }
    return NULL;
}

GpType GpZip_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "zip",
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .basicsize = sizeof(ZipObject),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
    .vectorcall = zip_vectorcall,
};

/* ======================================================================
 * map
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *func;
    GpObject *its;        /* tuple of iterators */
} MapObject;

static GpObject *map_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (type == &GpMap_Type && gp_args_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2) {
        gp_err_set_string(&GpExc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    GpObject *its = gp_tuple_new(nargs - 1);
    if (!its)
        return NULL;
    for (gp_ssize i = 1; i < nargs; i++) {
        GpObject *it = gp_iter(args[i]);
        if (!it) {
            GP_DECREF(its);
            return NULL;
        }
        GP_TUPLE_SET(its, i - 1, it);
    }
    MapObject *m = (MapObject *)alloc_iter(type);
    if (!m) {
        GP_DECREF(its);
        return NULL;
    }
    m->func = gp_newref(args[0]);
    m->its = its;
    return (GpObject *)m;
}

static GpObject *map_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                GpObject *kwnames)
{
    return map_new((GpType *)callable, args, nargsf, kwnames);
}

static void map_dealloc(GpObject *o)
{
    MapObject *m = (MapObject *)o;
    gp_gc_untrack(o);
    GP_XDECREF(m->func);
    GP_XDECREF(m->its);
    gp_obj_free(o);
}

static int map_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    MapObject *m = (MapObject *)o;
    VISIT(m->func);
    VISIT(m->its);
    return 0;
}

/* Arguments for one call; more than this many iterators use the heap. */
#define MAP_SMALL_ARGS 8

static GpObject *map_next(GpObject *o)
{
    MapObject *m = (MapObject *)o;
    if (!m->its)
        return NULL;
    gp_ssize n = GP_SIZE(m->its);
    GpObject *small[MAP_SMALL_ARGS];
    GpObject **argv = small;
    if (n > MAP_SMALL_ARGS && !(argv = gp_mem_malloc(n * sizeof(GpObject *))))
        return gp_err_no_memory();
    GpObject *r = NULL;
    gp_ssize i;
    for (i = 0; i < n; i++) {
        argv[i] = next_of(GP_TUPLE_GET(m->its, i));
        if (!argv[i])
            goto done;
    }
    r = gp_call(m->func, argv, (size_t)n, NULL);
done:
    for (gp_ssize j = 0; j < i; j++)
        GP_DECREF(argv[j]);
    if (argv != small)
        gp_mem_free(argv);
    return r;
}

GpType GpMap_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "map",
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .basicsize = sizeof(MapObject),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new,
    .vectorcall = map_vectorcall,
};

/* ======================================================================
 * filter
 * ====================================================================== */

typedef struct {
    GpObject ob;
    GpObject *func;       /* None or bool: truth of the item itself */
    GpObject *it;
} FilterObject;

static GpObject *filter_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (type == &GpFilter_Type && gp_args_no_kw("filter", kwnames) < 0)
        return NULL;
    if (gp_args_count("filter", nargs, 2, 2) < 0)
        return NULL;
    GpObject *it = gp_iter(args[1]);
    if (!it)
        return NULL;
    FilterObject *f = (FilterObject *)alloc_iter(type);
    if (!f) {
        GP_DECREF(it);
        return NULL;
    }
    f->func = gp_newref(args[0]);
    f->it = it;
    return (GpObject *)f;
}

static GpObject *filter_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                   GpObject *kwnames)
{
    return filter_new((GpType *)callable, args, nargsf, kwnames);
}

static void filter_dealloc(GpObject *o)
{
    FilterObject *f = (FilterObject *)o;
    gp_gc_untrack(o);
    GP_XDECREF(f->func);
    GP_XDECREF(f->it);
    gp_obj_free(o);
}

static int filter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    FilterObject *f = (FilterObject *)o;
    VISIT(f->func);
    VISIT(f->it);
    return 0;
}

static GpObject *filter_next(GpObject *o)
{
    FilterObject *f = (FilterObject *)o;
    if (!f->it)
        return NULL;
    int plain = f->func == gp_None || f->func == (GpObject *)&GpBool_Type;
    for (;;) {
        GpObject *item = GP_TYPE(f->it)->iternext(f->it);
        if (!item)
            return NULL;
        int ok;
        if (plain) {
            ok = gp_is_true(item);
        } else {
            GpObject *good = gp_call1(f->func, item);
            if (!good) {
                GP_DECREF(item);
                return NULL;
            }
            ok = gp_is_true(good);
            GP_DECREF(good);
        }
        if (ok > 0)
            return item;
        GP_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

GpType GpFilter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "filter",
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .basicsize = sizeof(FilterObject),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
    .vectorcall = filter_vectorcall,
};

/* ======================================================================
 * reversed
 * ====================================================================== */

typedef struct {
    GpObject ob;
    gp_ssize index;       /* next index to fetch; -1 when done */
    GpObject *seq;        /* NULL when exhausted */
} ReversedObject;

static GpObject *reversed_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (type == &GpReversed_Type && gp_args_no_kw("reversed", kwnames) < 0)
        return NULL;
    if (gp_args_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    GpObject *seq = args[0];
    GpObject *meth = gp_lookup_special(seq, gp_str_intern_cstr("__reversed__"));
    if (meth == gp_None) {
        GP_DECREF(meth);
        return gp_err_format(&GpExc_TypeError, "'%s' object is not reversible", GP_TYPE(seq)->name);
    }
    if (meth) {
        GpObject *r = gp_call0(meth);
        GP_DECREF(meth);
        return r;
    }
    if (gp_err_occurred())
        return NULL;
    GpType *st = GP_TYPE(seq);
    if (!st->getitem || GP_DICT_CHECK(seq))
        return gp_err_format(&GpExc_TypeError, "'%s' object is not reversible", st->name);
    gp_ssize n = gp_len(seq);
    if (n < 0)
        return NULL;
    ReversedObject *ro = (ReversedObject *)alloc_iter(type);
    if (!ro)
        return NULL;
    ro->index = n - 1;
    ro->seq = gp_newref(seq);
    return (GpObject *)ro;
}

static GpObject *reversed_vectorcall(GpObject *callable, GpObject *const *args, size_t nargsf,
                                     GpObject *kwnames)
{
    return reversed_new((GpType *)callable, args, nargsf, kwnames);
}

static void reversed_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((ReversedObject *)o)->seq);
    gp_obj_free(o);
}

static int reversed_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((ReversedObject *)o)->seq);
    return 0;
}

static GpObject *reversed_next(GpObject *o)
{
    ReversedObject *ro = (ReversedObject *)o;
    if (ro->index >= 0 && ro->seq) {
        GpObject *i = gp_int_from_ssize(ro->index);
        if (!i)
            return NULL;
        GpObject *item = gp_getitem(ro->seq, i);
        GP_DECREF(i);
        if (item) {
            ro->index--;
            return item;
        }
        if (!clear_stop_or_index())
            return NULL;
    }
    ro->index = -1;
    GP_CLEAR(ro->seq);
    return NULL;
}

static GpObject *reversed_length_hint(GpObject *o, GpObject *unused)
{
    ReversedObject *ro = (ReversedObject *)o;
    if (!ro->seq)
        return gp_int_from_ssize(0);
    gp_ssize n = gp_len(ro->seq);
    if (n < 0)
        return NULL;
    return gp_int_from_ssize(n < ro->index + 1 ? 0 : ro->index + 1);
}

static const GpMethodDef reversed_methods[] = {
    GP_METHOD("__length_hint__", reversed_length_hint, GP_METH_NOARGS),
    { NULL },
};

GpType GpReversed_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "reversed",
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .basicsize = sizeof(ReversedObject),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASETYPE,
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .iter = iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .vectorcall = reversed_vectorcall,
    .methods = reversed_methods,
};
