/* coroobject.c -- the awaitables around coroutines and async generators.
 *
 * The coroutine and async_generator types themselves live in genobject.c,
 * next to the generator whose frame-running core they share. Here:
 *   coroutine_wrapper      what coroutine.__await__() returns: an iterator
 *                          that drives the coroutine (send/throw/close).
 *   async_generator_asend  what __anext__()/asend(v) return. The async
 *                          generator's frame yields two kinds of values: the
 *                          ones its `await`s pass through from below (handed
 *                          on to whoever drives the awaitable) and its own
 *                          `yield`s, which ASYNC_GEN_WRAP boxed in an
 *                          async_generator_wrapped_value: those end the
 *                          awaitable with StopIteration(value).
 *   async_generator_athrow what athrow()/aclose() return (aclose: args NULL).
 *   GET_AWAITABLE's lookup, and the sys.set_asyncgen_hooks storage.
 * The messages and state machines are CPython 3.11's.
 */
#include <stddef.h>
#include "gilpy.h"
#include "objects/genobject.h"
#include "objects/typeobject.h"   /* gp_class_getitem_def */

GpObject *gp_asyncgen_firstiter, *gp_asyncgen_finalizer;

/* ---- await ------------------------------------------------------------------ */

GpObject *gp_coro_get_awaitable_iter(GpObject *o)
{
    if (GP_CORO_CHECK(o) || gp_gen_is_iterable_coroutine(o))
        return gp_newref(o);
    GpObject *m = gp_lookup_special(o, gp_str_intern_cstr("__await__"));
    if (!m) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "object %T can't be used in 'await' expression", o);
        return NULL;
    }
    GpObject *res = gp_call0(m);
    GP_DECREF(m);
    if (!res)
        return NULL;
    if (GP_CORO_CHECK(res) || gp_gen_is_iterable_coroutine(res)) {
        /* PEP 492: __await__ must return an iterator, not a coroutine */
        gp_err_set_string(&GpExc_TypeError, "__await__() returned a coroutine");
        GP_DECREF(res);
        return NULL;
    }
    if (!GP_TYPE(res)->iternext) {
        gp_err_format(&GpExc_TypeError, "__await__() returned non-iterator of type '%T'", res);
        GP_DECREF(res);
        return NULL;
    }
    return res;
}

/* ---- coroutine_wrapper -------------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *coro;
} CoroWrapper;

GpObject *gp_coro_wrapper_new(GpObject *coro)
{
    CoroWrapper *w = (CoroWrapper *)gp_obj_alloc(&GpCoroWrapper_Type, 0);
    if (!w)
        return NULL;
    w->coro = gp_newref(coro);
    gp_gc_track((GpObject *)w);
    return (GpObject *)w;
}

static void cw_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(((CoroWrapper *)o)->coro);
    gp_obj_free(o);
}

static int cw_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *c = ((CoroWrapper *)o)->coro;
    return c && visit(c, arg);
}

static GpObject *cw_send(GpObject *o, GpObject *v) { return gp_gen_send_method(((CoroWrapper *)o)->coro, v); }
static GpObject *cw_next(GpObject *o) { return gp_gen_send_method(((CoroWrapper *)o)->coro, gp_None); }
static GpObject *cw_throw(GpObject *o, GpObject *const *args, size_t nargs)
{
    return gp_gen_throw_method(((CoroWrapper *)o)->coro, args, nargs);
}
static GpObject *cw_close(GpObject *o, GpObject *unused) { return gp_gen_close_ex(((CoroWrapper *)o)->coro); }
static GpObject *self_iter(GpObject *o) { return gp_newref(o); }
static GpObject *self_meth(GpObject *o, GpObject *unused) { return gp_newref(o); }

/* types.coroutine: mark a generator function's code CO_ITERABLE_COROUTINE.
 * (gilpy code objects have no replace(): the flag is set in place.) */
static GpObject *cw_mark_iterable(GpObject *unused, GpObject *code)
{
    if (!GP_CODE_CHECK(code)) {
        gp_err_set_string(&GpExc_TypeError, "code object expected");
        return NULL;
    }
    ((GpCode *)code)->flags |= GP_CO_ITERABLE_COROUTINE;
    GP_RETURN_NONE;
}

static const GpMethodDef cw_methods[] = {
    GP_METHOD("send", cw_send, GP_METH_O),
    GP_METHOD("throw", cw_throw, GP_METH_FAST),
    GP_METHOD("close", cw_close, GP_METH_NOARGS),
    GP_METHOD("_gilpy_mark_iterable_coroutine", cw_mark_iterable, GP_METH_O | GP_METH_STATIC),
    { NULL },
};

GpType GpCoroWrapper_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = cw_dealloc,
    .traverse = cw_traverse,
    .iter = self_iter,
    .iternext = cw_next,
    .methods = cw_methods,
};

/* ---- async_generator_wrapped_value -------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *val;
} Wrapped;

GpObject *gp_asyncgen_wrap_value(GpObject *v)
{
    Wrapped *w = (Wrapped *)gp_obj_alloc(&GpAsyncGenWrapped_Type, 0);
    if (!w) {
        GP_DECREF(v);
        return NULL;
    }
    w->val = v;
    gp_gc_track((GpObject *)w);
    return (GpObject *)w;
}

static void wrapped_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_CLEAR(((Wrapped *)o)->val);
    gp_obj_free(o);
}

static int wrapped_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *v = ((Wrapped *)o)->val;
    return v && visit(v, arg);
}

GpType GpAsyncGenWrapped_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(Wrapped),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = wrapped_dealloc,
    .traverse = wrapped_traverse,
};

/* ---- the async generator's side ---------------------------------------------------- */

enum { AW_INIT, AW_ITER, AW_CLOSED };   /* states of asend/athrow awaitables */

/* Run the hooks the first time the generator is iterated (CPython's
 * async_gen_init_hooks): remember the finalizer, call firstiter(gen). */
static int agen_init_hooks(GpAsyncGen *ag)
{
    if (ag->hooks_inited)
        return 0;
    ag->hooks_inited = 1;
    if (gp_asyncgen_finalizer)
        ag->finalizer = gp_newref(gp_asyncgen_finalizer);
    if (gp_asyncgen_firstiter) {
        GpObject *fi = gp_newref(gp_asyncgen_firstiter);
        GpObject *r = gp_call1(fi, (GpObject *)ag);
        GP_DECREF(fi);
        if (!r)
            return -1;
        GP_DECREF(r);
    }
    return 0;
}

/* The generator returned: that is StopAsyncIteration for an async generator. */
static GpObject *agen_result(GpObject *r, int is_return)
{
    if (r && is_return) {
        GP_DECREF(r);
        gp_err_set_none(&GpExc_StopAsyncIteration);
        return NULL;
    }
    return r;
}

static GpObject *agen_send(GpAsyncGen *ag, GpObject *v)
{
    int is_return = 0;
    GpObject *r = gp_gen_send_ex((GpObject *)ag, v, &is_return);
    return agen_result(r, is_return);
}

/* A yield of the generator ends the awaitable: StopIteration(value). A value
 * from one of its awaits goes on up. */
static GpObject *agen_unwrap(GpAsyncGen *ag, GpObject *r)
{
    if (!r) {
        if (!gp_err_occurred())
            gp_err_set_none(&GpExc_StopAsyncIteration);
        if (gp_err_matches(&GpExc_StopAsyncIteration) || gp_err_matches(&GpExc_GeneratorExit))
            ag->closed = 1;
        ag->running_async = 0;
        return NULL;
    }
    if (GP_TYPE(r) == &GpAsyncGenWrapped_Type) {
        GpObject *v = gp_newref(((Wrapped *)r)->val);
        GP_DECREF(r);
        ag->running_async = 0;
        return gp_gen_stop_iteration(v);
    }
    return r;
}

/* ---- async_generator_asend ---------------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpAsyncGen *gen;
    GpObject *sendval;
    int state;
} ASend;

static GpObject *asend_new(GpAsyncGen *ag, GpObject *v)
{
    ASend *o = (ASend *)gp_obj_alloc(&GpAsyncGenASend_Type, 0);
    if (!o)
        return NULL;
    o->gen = (GpAsyncGen *)gp_newref((GpObject *)ag);
    o->sendval = gp_newref(v);
    o->state = AW_INIT;
    gp_gc_track((GpObject *)o);
    return (GpObject *)o;
}

static void asend_dealloc(GpObject *o)
{
    ASend *a = (ASend *)o;
    gp_gc_untrack(o);
    GP_CLEAR(a->gen);
    GP_CLEAR(a->sendval);
    gp_obj_free(o);
}

static int asend_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    ASend *a = (ASend *)o;
    if (a->gen && visit((GpObject *)a->gen, arg))
        return 1;
    return a->sendval && visit(a->sendval, arg);
}

static GpObject *asend_send(GpObject *self, GpObject *arg)
{
    ASend *o = (ASend *)self;
    if (o->state == AW_CLOSED) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (o->state == AW_INIT) {
        if (o->gen->running_async) {
            gp_err_set_string(&GpExc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == gp_None)
            arg = o->sendval;
        o->state = AW_ITER;
    }
    o->gen->running_async = 1;
    GpObject *r = agen_unwrap(o->gen, agen_send(o->gen, arg));
    if (!r)
        o->state = AW_CLOSED;
    return r;
}

static GpObject *asend_next(GpObject *self) { return asend_send(self, NULL); }

static GpObject *asend_throw(GpObject *self, GpObject *const *args, size_t nargs)
{
    ASend *o = (ASend *)self;
    if (o->state == AW_CLOSED) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (gp_args_count("throw", nargs, 1, 3) < 0)
        return NULL;
    int is_return = 0;
    GpObject *r = gp_gen_throw_ex((GpObject *)o->gen, 1, args[0], nargs > 1 ? args[1] : NULL,
                                  nargs > 2 ? args[2] : NULL, &is_return);
    r = agen_unwrap(o->gen, agen_result(r, is_return));
    if (!r)
        o->state = AW_CLOSED;
    return r;
}

static GpObject *asend_close(GpObject *self, GpObject *unused)
{
    ((ASend *)self)->state = AW_CLOSED;
    GP_RETURN_NONE;
}

static const GpMethodDef asend_methods[] = {
    GP_METHOD("send", asend_send, GP_METH_O),
    GP_METHOD("throw", asend_throw, GP_METH_FAST),
    GP_METHOD("close", asend_close, GP_METH_NOARGS),
    GP_METHOD("__await__", self_meth, GP_METH_NOARGS),
    { NULL },
};

GpType GpAsyncGenASend_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "async_generator_asend",
    .basicsize = sizeof(ASend),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .iter = self_iter,
    .iternext = asend_next,
    .methods = asend_methods,
};

/* ---- async_generator_athrow ------------------------------------------------------------ */

typedef struct {
    GpObject ob;
    GpAsyncGen *gen;
    GpObject *args;            /* tuple (typ[, val[, tb]]), or NULL for aclose() */
    int state;
} AThrow;

static GpObject *athrow_new(GpAsyncGen *ag, GpObject *args)
{
    AThrow *o = (AThrow *)gp_obj_alloc(&GpAsyncGenAThrow_Type, 0);
    if (!o)
        return NULL;
    o->gen = (GpAsyncGen *)gp_newref((GpObject *)ag);
    o->args = gp_xnewref(args);
    o->state = AW_INIT;
    gp_gc_track((GpObject *)o);
    return (GpObject *)o;
}

static void athrow_dealloc(GpObject *o)
{
    AThrow *a = (AThrow *)o;
    gp_gc_untrack(o);
    GP_CLEAR(a->gen);
    GP_CLEAR(a->args);
    gp_obj_free(o);
}

static int athrow_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    AThrow *a = (AThrow *)o;
    if (a->gen && visit((GpObject *)a->gen, arg))
        return 1;
    return a->args && visit(a->args, arg);
}

static GpObject *athrow_ignored_exit(AThrow *o)
{
    o->gen->running_async = 0;
    o->state = AW_CLOSED;
    gp_err_set_string(&GpExc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

/* The awaitable failed: aclose() finishing by StopAsyncIteration or
 * GeneratorExit is success (StopIteration). */
static GpObject *athrow_check_error(AThrow *o)
{
    o->gen->running_async = 0;
    o->state = AW_CLOSED;
    if (!o->args && (gp_err_matches(&GpExc_StopAsyncIteration) || gp_err_matches(&GpExc_GeneratorExit))) {
        gp_err_clear();
        gp_err_set_none(&GpExc_StopIteration);
    }
    return NULL;
}

static GpObject *athrow_send(GpObject *self, GpObject *arg)
{
    AThrow *o = (AThrow *)self;
    GpAsyncGen *ag = o->gen;
    GpGen *g = (GpGen *)ag;
    GpObject *r;
    int is_return = 0;
    if (!arg)
        arg = gp_None;
    if (o->state == AW_CLOSED) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (!g->frame || g->frame->state == GP_FRAME_COMPLETED) {
        o->state = AW_CLOSED;
        gp_err_set_none(&GpExc_StopIteration);
        return NULL;
    }
    if (o->state == AW_INIT) {
        if (ag->running_async) {
            o->state = AW_CLOSED;
            gp_err_set_string(&GpExc_RuntimeError, o->args
                              ? "athrow(): asynchronous generator is already running"
                              : "aclose(): asynchronous generator is already running");
            return NULL;
        }
        if (ag->closed) {
            o->state = AW_CLOSED;
            gp_err_set_none(&GpExc_StopAsyncIteration);
            return NULL;
        }
        if (arg != gp_None) {
            gp_err_set_string(&GpExc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        o->state = AW_ITER;
        ag->running_async = 1;
        if (!o->args) {
            ag->closed = 1;
            r = agen_result(gp_gen_throw_ex((GpObject *)ag, 0, (GpObject *)&GpExc_GeneratorExit, NULL,
                                            NULL, &is_return), is_return);
            if (r && GP_TYPE(r) == &GpAsyncGenWrapped_Type) {
                GP_DECREF(r);
                return athrow_ignored_exit(o);
            }
        } else {
            gp_ssize n = GP_SIZE(o->args);
            GpObject *const *a = GP_TUPLE_ITEMS(o->args);
            r = gp_gen_throw_ex((GpObject *)ag, 0, a[0], n > 1 ? a[1] : NULL, n > 2 ? a[2] : NULL,
                                &is_return);
            r = agen_unwrap(ag, agen_result(r, is_return));
        }
        return r ? r : athrow_check_error(o);
    }
    r = agen_send(ag, arg);
    if (o->args)
        return agen_unwrap(ag, r);
    if (!r)
        return athrow_check_error(o);
    if (GP_TYPE(r) == &GpAsyncGenWrapped_Type) {
        GP_DECREF(r);
        return athrow_ignored_exit(o);
    }
    return r;
}

static GpObject *athrow_next(GpObject *self) { return athrow_send(self, gp_None); }

static GpObject *athrow_throw(GpObject *self, GpObject *const *args, size_t nargs)
{
    AThrow *o = (AThrow *)self;
    if (o->state == AW_CLOSED) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (gp_args_count("throw", nargs, 1, 3) < 0)
        return NULL;
    int is_return = 0;
    GpObject *r = gp_gen_throw_ex((GpObject *)o->gen, 1, args[0], nargs > 1 ? args[1] : NULL,
                                  nargs > 2 ? args[2] : NULL, &is_return);
    r = agen_result(r, is_return);
    if (o->args)
        return agen_unwrap(o->gen, r);
    /* aclose() mode */
    if (r && GP_TYPE(r) == &GpAsyncGenWrapped_Type) {
        GP_DECREF(r);
        return athrow_ignored_exit(o);
    }
    if (!r && (gp_err_matches(&GpExc_StopAsyncIteration) || gp_err_matches(&GpExc_GeneratorExit))) {
        gp_err_clear();
        gp_err_set_none(&GpExc_StopIteration);
    }
    return r;
}

static GpObject *athrow_close(GpObject *self, GpObject *unused)
{
    ((AThrow *)self)->state = AW_CLOSED;
    GP_RETURN_NONE;
}

static const GpMethodDef athrow_methods[] = {
    GP_METHOD("send", athrow_send, GP_METH_O),
    GP_METHOD("throw", athrow_throw, GP_METH_FAST),
    GP_METHOD("close", athrow_close, GP_METH_NOARGS),
    GP_METHOD("__await__", self_meth, GP_METH_NOARGS),
    { NULL },
};

GpType GpAsyncGenAThrow_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrow),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .iter = self_iter,
    .iternext = athrow_next,
    .methods = athrow_methods,
};

/* ---- async_generator methods ------------------------------------------------------------ */

static GpObject *agen_anext(GpObject *self, GpObject *unused)
{
    if (agen_init_hooks((GpAsyncGen *)self) < 0)
        return NULL;
    return asend_new((GpAsyncGen *)self, gp_None);
}

static GpObject *agen_asend(GpObject *self, GpObject *v)
{
    if (agen_init_hooks((GpAsyncGen *)self) < 0)
        return NULL;
    return asend_new((GpAsyncGen *)self, v);
}

static GpObject *agen_athrow(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("athrow", nargs, 1, 3) < 0)
        return NULL;
    if (agen_init_hooks((GpAsyncGen *)self) < 0)
        return NULL;
    GpObject *t = gp_tuple_new((gp_ssize)nargs);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        GP_TUPLE_SET(t, i, gp_newref(args[i]));
    GpObject *r = athrow_new((GpAsyncGen *)self, t);
    GP_DECREF(t);
    return r;
}

static GpObject *agen_aclose(GpObject *self, GpObject *unused)
{
    if (agen_init_hooks((GpAsyncGen *)self) < 0)
        return NULL;
    return athrow_new((GpAsyncGen *)self, NULL);
}

const GpMethodDef gp_asyncgen_methods[] = {
    GP_METHOD("__aiter__", self_meth, GP_METH_NOARGS),
    GP_METHOD("__anext__", agen_anext, GP_METH_NOARGS),
    GP_METHOD("asend", agen_asend, GP_METH_O),
    GP_METHOD("athrow", agen_athrow, GP_METH_FAST),
    GP_METHOD("aclose", agen_aclose, GP_METH_NOARGS),
    { NULL },
};
