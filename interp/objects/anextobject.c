/* anextobject.c -- the builtins aiter() and anext() (3.10+), and the
 * awaitable anext(it, default) returns.
 *
 * anext(it) is just it.__anext__(). With a default, the awaitable it
 * returns must turn the StopAsyncIteration that ends the iterator into the
 * default value: awaiting it drives the awaitable of __anext__ (through its
 * __await__ iterator, or directly when it is itself an iterator such as an
 * async generator's asend object) and, when that raises
 * StopAsyncIteration, finishes with StopIteration(default) -- that is,
 * `await anext(it, d)` evaluates to d.
 */
#include "gilpy.h"
#include "objects/genobject.h"

typedef struct {
    GpObject ob;
    GpObject *wrapped;      /* what __anext__ returned */
    GpObject *dflt;
    GpObject *iter;         /* the iterator being driven, once started */
} AnextAwaitable;

static GpObject *aiter_name, *anext_name;

static int names_ready(void)
{
    if (!aiter_name && !(aiter_name = gp_str_intern_cstr("__aiter__")))
        return -1;
    if (!anext_name && !(anext_name = gp_str_intern_cstr("__anext__")))
        return -1;
    return 0;
}

/* The iterator `await wrapped` drives (made once, kept). */
static GpObject *driven_iter(AnextAwaitable *a)
{
    if (!a->iter) {
        GpObject *aw = a->wrapped;
        if (GP_TYPE(aw)->iternext && !GP_CORO_CHECK(aw))
            a->iter = gp_newref(aw);
        else
            a->iter = gp_coro_get_awaitable_iter(aw);
    }
    return a->iter;
}

/* One step: send(arg) (arg NULL: __next__) or throw(args); StopAsyncIteration
 * from the wrapped awaitable becomes StopIteration(default). */
static GpObject *step(AnextAwaitable *a, GpObject *arg, GpObject *const *targs, size_t tnargs, int is_throw)
{
    GpObject *it = driven_iter(a);
    if (!it)
        return NULL;
    GpObject *r;
    if (GP_GENLIKE_CHECK(it)) {
        /* a coroutine (an `async def __anext__`) is driven by send/throw */
        r = is_throw ? gp_gen_throw_method(it, targs, tnargs) : gp_gen_send_method(it, arg ? arg : gp_None);
    } else if (is_throw) {
        GpObject *m = gp_getattr_str(it, "throw");
        r = m ? gp_call(m, targs, tnargs, NULL) : NULL;
        GP_XDECREF(m);
    } else if (arg && arg != gp_None) {
        r = gp_call_method_str(it, "send", &arg, 1);
    } else {
        r = GP_TYPE(it)->iternext ? GP_TYPE(it)->iternext(it) : gp_call_method_str(it, "__next__", NULL, 0);
        if (!r && !gp_err_occurred())
            gp_err_set_none(&GpExc_StopIteration);
    }
    if (!r && gp_err_matches(&GpExc_StopAsyncIteration)) {
        gp_err_clear();
        return gp_gen_stop_iteration(gp_newref(a->dflt));
    }
    return r;
}

static GpObject *aw_iternext(GpObject *self)
{
    GpObject *r = step((AnextAwaitable *)self, NULL, NULL, 0, 0);
    if (!r && gp_err_matches(&GpExc_StopIteration)) {
        /* keep StopIteration(value) for the awaiting YIELD_FROM: it reads
         * the value from the exception (a bare NULL would mean None) */
        return NULL;
    }
    return r;
}

static GpObject *aw_send(GpObject *self, GpObject *arg) { return step((AnextAwaitable *)self, arg, NULL, 0, 0); }

static GpObject *aw_throw(GpObject *self, GpObject *const *args, size_t nargs)
{
    return step((AnextAwaitable *)self, NULL, args, nargs, 1);
}

static GpObject *aw_close(GpObject *self, GpObject *u)
{
    AnextAwaitable *a = (AnextAwaitable *)self;
    GpObject *it = driven_iter(a);
    if (!it)
        return NULL;
    GpObject *m;
    int r = gp_getattr_opt(it, gp_str_intern_cstr("close"), &m);
    if (r <= 0)
        return r < 0 ? NULL : gp_newref(gp_None);
    GpObject *res = gp_call0(m);
    GP_DECREF(m);
    return res;
}

static GpObject *aw_await(GpObject *self, GpObject *u) { return gp_newref(self); }
static GpObject *aw_iter(GpObject *self) { return gp_newref(self); }

static int aw_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    AnextAwaitable *a = (AnextAwaitable *)o;
    if (a->wrapped && visit(a->wrapped, arg))
        return 1;
    if (a->dflt && visit(a->dflt, arg))
        return 1;
    return a->iter ? visit(a->iter, arg) : 0;
}

static int aw_clear(GpObject *o)
{
    AnextAwaitable *a = (AnextAwaitable *)o;
    GP_CLEAR(a->wrapped);
    GP_CLEAR(a->dflt);
    GP_CLEAR(a->iter);
    return 0;
}

static void aw_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    aw_clear(o);
    gp_obj_free(o);
}

static const GpMethodDef aw_methods[] = {
    GP_METHOD("send", aw_send, GP_METH_O),
    GP_METHOD("throw", aw_throw, GP_METH_FAST),
    GP_METHOD("close", aw_close, GP_METH_NOARGS),
    GP_METHOD("__await__", aw_await, GP_METH_NOARGS),
    { NULL }
};

GpType GpAnextAwaitable_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextAwaitable),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = aw_dealloc,
    .traverse = aw_traverse,
    .clear = aw_clear,
    .getattro = gp_generic_getattr,
    .iter = aw_iter,
    .iternext = aw_iternext,
    .methods = aw_methods,
};

GpObject *gp_builtin_aiter(GpObject *o)
{
    if (names_ready() < 0)
        return NULL;
    GpObject *m = gp_lookup_special(o, aiter_name);
    if (!m) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "'%T' object is not an async iterable", o);
        return NULL;
    }
    GpObject *it = gp_call0(m);
    GP_DECREF(m);
    if (it && !gp_type_lookup(GP_TYPE(it), anext_name)) {
        gp_err_format(&GpExc_TypeError, "aiter() returned not an async iterator of type '%T'", it);
        GP_CLEAR(it);
    }
    return it;
}

GpObject *gp_builtin_anext(GpObject *it, GpObject *dflt)
{
    if (names_ready() < 0)
        return NULL;
    GpObject *m = gp_lookup_special(it, anext_name);
    if (!m) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "'%T' object is not an async iterator", it);
        return NULL;
    }
    GpObject *aw = gp_call0(m);
    GP_DECREF(m);
    if (!aw || !dflt)
        return aw;
    if (!(GpAnextAwaitable_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpAnextAwaitable_Type) < 0) {
        GP_DECREF(aw);
        return NULL;
    }
    AnextAwaitable *a = (AnextAwaitable *)gp_obj_alloc(&GpAnextAwaitable_Type, 0);
    if (!a) {
        GP_DECREF(aw);
        return NULL;
    }
    a->wrapped = aw;
    a->dflt = gp_newref(dflt);
    gp_gc_track((GpObject *)a);
    return (GpObject *)a;
}
