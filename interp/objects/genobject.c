/* genobject.c -- generators, coroutines and async generators.
 *
 * The three types share one layout and this file's frame-running core; they
 * differ in rules: a coroutine (`async def`) is awaited, not iterated, warns
 * when collected before it ever ran, and refuses to be resumed once
 * finished; an async generator is driven through the awaitables of
 * coroobject.c and hands itself to sys.set_asyncgen_hooks' finalizer.
 * `await` is GET_AWAITABLE + YIELD_FROM, so a coroutine suspended in an
 * await is delegating exactly like a generator in `yield from`. Coroutines
 * and async generators finalise through the PEP 442 finalize slot (also
 * used by the collector for cycles); generators keep their dealloc path.
 *
 * A generator owns a heap frame. Resuming it runs that frame in the eval loop
 * until YIELD_VALUE (the frame is left SUSPENDED) or a return (COMPLETED).
 * Values sent in are pushed on the frame's value stack, where YIELD_VALUE's
 * result belongs — except on the first resume, which starts the code.
 * `yield from` is the YIELD_FROM instruction: while it delegates, the frame
 * stays suspended *at* that instruction with the sub-iterator on top of its
 * stack, which is how throw() and close() find the delegate (gen_delegate).
 */
#include <stddef.h>
#include "gilpy.h"
#include "objects/typeobject.h"   /* gp_weakref_clear_hook */
#include "compile/opcodes.h"
#include "objects/genobject.h"

/* The kind of generator-like object, for messages ("coroutine already executing"). */
static const char *gen_kind(GpGen *g)
{
    return GP_CORO_CHECK(g) ? "coroutine" : GP_ASYNCGEN_CHECK(g) ? "async generator" : "generator";
}

static int ready_types(void)
{
    GpType *types[] = { &GpCoro_Type, &GpAsyncGen_Type, &GpCoroWrapper_Type, &GpAsyncGenASend_Type,
                        &GpAsyncGenAThrow_Type, &GpAsyncGenWrapped_Type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!(types[i]->flags & GP_TPFLAGS_READY) && gp_type_ready(types[i]) < 0)
            return -1;
    return 0;
}

GpObject *gp_gen_new(GpFrame *frame, GpFunction *func)
{
    int flags = frame->code->flags;
    GpType *t = (flags & GP_CO_COROUTINE) ? &GpCoro_Type
                : (flags & GP_CO_ASYNC_GENERATOR) ? &GpAsyncGen_Type : &GpGen_Type;
    if (t != &GpGen_Type && ready_types() < 0) {
        gp_frame_free_heap(frame);
        return NULL;
    }
    GpGen *g = (GpGen *)gp_obj_alloc(t, 0);
    if (!g) {
        gp_frame_free_heap(frame);
        return NULL;
    }
    g->frame = frame;
    g->code = gp_newref(frame->code);
    g->name = gp_newref(func->name);
    g->qualname = gp_newref(func->qualname);
    gp_gc_track((GpObject *)g);
    return (GpObject *)g;
}

static void gen_finish(GpGen *g)
{
    if (g->frame) {
        GpFrame *f = g->frame;
        g->frame = NULL;
        gp_frame_free_heap(f);
    }
}

static gp_ssize frame_nlocalsplus(GpFrame *f)
{
    return f->code->nlocals + f->code->ncells + f->code->nfrees;
}

/* The sub-iterator a suspended generator delegates to (borrowed) or NULL:
 * `yield from` and `await` both suspend at YIELD_FROM. */
static GpObject *gen_delegate(GpGen *g)
{
    GpFrame *f = g->frame;
    if (!f || f->state != GP_FRAME_SUSPENDED || !f->ip || f->stacktop < 1)
        return NULL;
    if (GP_INSTR_OP(*f->ip) != OP_YIELD_FROM)
        return NULL;
    return f->localsplus[frame_nlocalsplus(f) + f->stacktop - 1];
}

GpObject *gp_gen_yieldfrom(GpObject *gen)
{
    return gen_delegate((GpGen *)gen);
}

int gp_gen_is_iterable_coroutine(GpObject *o)
{
    return GP_GEN_CHECK(o) && (((GpCode *)((GpGen *)o)->code)->flags & GP_CO_ITERABLE_COROUTINE);
}

/* Resume the frame. push: value to push before resuming (NULL: push nothing).
 * throwflag: an exception is set and must be raised inside the frame. */
static GpObject *gen_resume(GpGen *g, GpObject *push, int throwflag, int *is_return)
{
    GpThreadState *ts = gp_tstate();
    GpFrame *f = g->frame;
    *is_return = 0;
    if (g->running) {
        if (throwflag)
            gp_err_clear();
        gp_err_format(&GpExc_ValueError, "%s already executing", gen_kind(g));
        return NULL;
    }
    if (!f || f->state == GP_FRAME_COMPLETED) {
        if (GP_CORO_CHECK(g)) {
            if (throwflag)
                gp_err_clear();
            gp_err_set_string(&GpExc_RuntimeError, "cannot reuse already awaited coroutine");
            return NULL;
        }
        if (throwflag)
            return NULL;   /* raise the thrown exception as is */
        *is_return = 1;
        return gp_newref(gp_None);
    }
    if (push && f->started)
        f->localsplus[frame_nlocalsplus(f) + f->stacktop++] = gp_newref(push);
    f->started = 1;
    g->exc_state.previous = ts->exc_info;
    ts->exc_info = &g->exc_state;
    g->running = 1;
    GpObject *r = gp_eval_frame(ts, f, throwflag);
    g->running = 0;
    ts->exc_info = g->exc_state.previous;
    g->exc_state.previous = NULL;
    if (f->state == GP_FRAME_SUSPENDED && r)
        return r;
    /* finished: returned or raised */
    GP_CLEAR(g->exc_state.exc);
    gen_finish(g);
    if (r) {
        *is_return = 1;
        return r;
    }
    const char *leak = NULL;
    if (gp_err_matches(&GpExc_StopIteration))
        leak = GP_CORO_CHECK(g) ? "coroutine raised StopIteration"
               : GP_ASYNCGEN_CHECK(g) ? "async generator raised StopIteration"
               : "generator raised StopIteration";
    else if (GP_ASYNCGEN_CHECK(g) && gp_err_matches(&GpExc_StopAsyncIteration))
        leak = "async generator raised StopAsyncIteration";
    if (leak) {
        GpObject *si = gp_err_fetch();
        gp_err_set_string(&GpExc_RuntimeError, leak);
        GpObject *re = gp_err_occurred();
        gp_exc_set_cause(re, si);
        gp_exc_set_context(re, gp_newref(si));
    }
    return NULL;
}

GpObject *gp_gen_send_ex(GpObject *gen, GpObject *value, int *is_return)
{
    GpGen *g = (GpGen *)gen;
    if (!value)
        value = gp_None;
    if (g->frame && !g->frame->started && value != gp_None) {
        *is_return = 0;
        gp_err_format(&GpExc_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
        return NULL;
    }
    return gen_resume(g, value, 0, is_return);
}

GpObject *gp_gen_stop_iteration(GpObject *value)
{
    if (value == gp_None) {
        GP_DECREF(value);
        gp_err_set_none(&GpExc_StopIteration);
        return NULL;
    }
    GpObject *exc = gp_exc_new(&GpExc_StopIteration, &value, 1);
    GP_DECREF(value);
    if (exc)
        gp_err_raise(exc);
    return NULL;
}
#define stop_iteration_with gp_gen_stop_iteration

static GpObject *gen_send(GpObject *gen, GpObject *value)
{
    int is_return;
    GpObject *r = gp_gen_send_ex(gen, value, &is_return);
    if (r && is_return)
        return stop_iteration_with(r);
    return r;
}

static GpObject *gen_iternext(GpObject *gen)
{
    int is_return;
    GpGen *g = (GpGen *)gen;
    if (!g->frame)
        return NULL;
    GpObject *r = gen_resume(g, gp_None, 0, &is_return);
    if (r && is_return) {
        /* a return value ends a for loop silently, but next() must report
         * it through StopIteration */
        if (r != gp_None) {
            stop_iteration_with(r);
            return NULL;
        }
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

/* Build the exception for throw(type[, value[, tb]]). 0 ok (set), -1 error. */
static int make_throw_exc(GpObject *typ, GpObject *val, GpObject *tb)
{
    if (tb == gp_None)
        tb = NULL;
    if (tb && GP_TYPE(tb) != &GpTraceback_Type) {
        gp_err_set_string(&GpExc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    GpObject *exc;
    if (GP_EXC_CLASS_CHECK(typ)) {
        if (val && GP_TYPE_CHECK(val, (GpType *)typ)) {
            exc = gp_newref(val);
        } else if (val && val != gp_None) {
            if (GP_TUPLE_CHECK(val))
                exc = gp_call_tuple_dict(typ, val, NULL);
            else
                exc = gp_call1(typ, val);
        } else {
            exc = gp_call0(typ);
        }
        if (!exc)
            return -1;
    } else if (GP_EXC_CHECK(typ)) {
        if (val && val != gp_None) {
            gp_err_set_string(&GpExc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = gp_newref(typ);
    } else {
        gp_err_format(&GpExc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %T", typ);
        return -1;
    }
    if (tb)
        gp_exc_set_traceback(exc, tb);
    gp_err_restore(exc);
    return 0;
}

static GpObject *gen_close_impl(GpGen *g);

/* The delegate is run directly (not through its methods) when it is one of ours. */
#define DIRECT_DELEGATE(yf) (GP_GEN_CHECK(yf) || GP_CORO_CHECK(yf))

/* close_on_genexit: GeneratorExit closes the delegate (close() of the
 * delegate) rather than being thrown into it (athrow() wants the latter). */
static GpObject *gen_throw_impl(GpGen *g, int close_on_genexit, GpObject *typ, GpObject *val,
                                GpObject *tb, int *is_return)
{
    *is_return = 0;
    GpObject *yf = gen_delegate(g);
    if (yf) {
        GP_INCREF(yf);
        GpObject *r = NULL;
        int handled = 0;
        if (close_on_genexit && (typ == (GpObject *)&GpExc_GeneratorExit ||
                                 (GP_EXC_CHECK(typ) && GP_TYPE(typ) == &GpExc_GeneratorExit))) {
            /* close the delegate first, then raise in our frame */
            GpObject *cr;
            g->running = 1;
            if (DIRECT_DELEGATE(yf)) {
                cr = gen_close_impl((GpGen *)yf);
            } else {
                GpObject *m;
                int h = gp_getattr_opt(yf, gp_str_intern_cstr("close"), &m);
                cr = h > 0 ? gp_call0(m) : (h == 0 ? gp_newref(gp_None) : NULL);
                if (h > 0)
                    GP_DECREF(m);
            }
            g->running = 0;
            GP_DECREF(yf);
            if (!cr)
                return gen_resume(g, NULL, 1, is_return);
            GP_DECREF(cr);
            goto throw_here;
        }
        g->running = 1;
        if (DIRECT_DELEGATE(yf)) {
            int sub_ret;
            r = gen_throw_impl((GpGen *)yf, close_on_genexit, typ, val, tb, &sub_ret);
            if (r && sub_ret) {
                /* delegate finished with a value: it is the yield from result */
                g->running = 0;
                handled = 1;
            }
            if (handled) {
                GpFrame *f = g->frame;
                gp_ssize top = frame_nlocalsplus(f) + f->stacktop - 1;
                GP_DECREF(f->localsplus[top]);
                f->localsplus[top] = r;
                f->ip++;   /* past YIELD_FROM */
                GP_DECREF(yf);
                return gen_resume(g, NULL, 0, is_return);
            }
        } else {
            GpObject *m;
            int h = gp_getattr_opt(yf, gp_str_intern_cstr("throw"), &m);
            if (h == 0) {
                g->running = 0;
                GP_DECREF(yf);
                goto throw_here;
            }
            if (h < 0) {
                g->running = 0;
                GP_DECREF(yf);
                return gen_resume(g, NULL, 1, is_return);
            }
            GpObject *args[3] = { typ, val ? val : gp_None, tb ? tb : gp_None };
            r = gp_call(m, args, tb ? 3 : (val ? 2 : 1), NULL);
            GP_DECREF(m);
        }
        g->running = 0;
        GP_DECREF(yf);
        if (r)
            return r;   /* the delegate yielded: so do we */
        if (gp_err_matches(&GpExc_StopIteration)) {
            GpObject *e = gp_err_fetch();
            GpObject *v = gp_newref(gp_stopiteration_value(e));
            GP_DECREF(e);
            GpFrame *f = g->frame;
            gp_ssize top = frame_nlocalsplus(f) + f->stacktop - 1;
            GP_DECREF(f->localsplus[top]);
            f->localsplus[top] = v;
            f->ip++;
            return gen_resume(g, NULL, 0, is_return);
        }
        return gen_resume(g, NULL, 1, is_return);
    }
throw_here:
    if (make_throw_exc(typ, val, tb) < 0)
        return NULL;
    return gen_resume(g, NULL, 1, is_return);
}

static GpObject *gen_throw(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("throw", nargs, 1, 3) < 0)
        return NULL;
    int is_return;
    GpObject *r = gen_throw_impl((GpGen *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                                 nargs > 2 ? args[2] : NULL, &is_return);
    if (r && is_return)
        return stop_iteration_with(r);
    return r;
}

static GpObject *gen_close_impl(GpGen *g)
{
    if (!g->frame || g->frame->state == GP_FRAME_COMPLETED)
        GP_RETURN_NONE;
    if (!g->frame->started) {
        gen_finish(g);
        GP_RETURN_NONE;
    }
    int is_return;
    GpObject *r = gen_throw_impl(g, 1, (GpObject *)&GpExc_GeneratorExit, NULL, NULL, &is_return);
    if (r) {
        GP_DECREF(r);
        if (is_return) {
            if (GP_ASYNCGEN_CHECK(g)) {
                /* CPython: an async generator's return is StopAsyncIteration here */
                gp_err_set_none(&GpExc_StopAsyncIteration);
                return NULL;
            }
            GP_RETURN_NONE;
        }
        gp_err_format(&GpExc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
        return NULL;
    }
    if (gp_err_matches(&GpExc_GeneratorExit) || gp_err_matches(&GpExc_StopIteration)) {
        gp_err_clear();
        GP_RETURN_NONE;
    }
    return NULL;
}

static GpObject *gen_close(GpObject *self, GpObject *unused)
{
    return gen_close_impl((GpGen *)self);
}

static void gen_dealloc(GpObject *o)
{
    GpGen *g = (GpGen *)o;
    gp_gc_untrack(o);
    if (g->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &g->weakreflist);
    if (g->frame && g->frame->started && g->frame->state == GP_FRAME_SUSPENDED) {
        /* finalise: close() the suspended generator (runs finally blocks) */
        GP_INCREF(o);
        GpObject *saved = gp_err_fetch();
        GpObject *r = gen_close_impl(g);
        if (!r)
            gp_err_write_unraisable(o);
        else
            GP_DECREF(r);
        gp_err_restore(saved);
        if (--o->refcnt > 0)
            return;   /* resurrected */
    }
    gen_finish(g);
    GP_CLEAR(g->exc_state.exc);
    GP_CLEAR(g->code);
    GP_CLEAR(g->name);
    GP_CLEAR(g->qualname);
    gp_obj_free(o);
}

static int gen_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpGen *g = (GpGen *)o;
    if (g->exc_state.exc && visit(g->exc_state.exc, arg))
        return 1;
    GpFrame *f = g->frame;
    if (f && f->code) {
        gp_ssize n = frame_nlocalsplus(f) + (f->state == GP_FRAME_SUSPENDED ? f->stacktop : 0);
        for (gp_ssize i = 0; i < n; i++)
            if (f->localsplus[i] && visit(f->localsplus[i], arg))
                return 1;
        if (f->func && visit(f->func, arg))
            return 1;
        if (f->globals && visit(f->globals, arg))
            return 1;
    }
    return 0;
}

static GpObject *gen_repr(GpObject *o)
{
    return gp_str_from_format("<generator object %U at %p>", ((GpGen *)o)->qualname, (void *)o);
}

static GpObject *gen_iter(GpObject *o) { return gp_newref(o); }

static GpObject *gen_get_frame(GpObject *o, void *c)
{
    GpGen *g = (GpGen *)o;
    if (!g->frame || g->frame->state == GP_FRAME_COMPLETED)
        GP_RETURN_NONE;
    return gp_frame_get_object(g->frame);
}
static GpObject *gen_get_running(GpObject *o, void *c) { return gp_bool(((GpGen *)o)->running); }
static GpObject *gen_get_suspended(GpObject *o, void *c)
{
    GpGen *g = (GpGen *)o;
    return gp_bool(g->frame && g->frame->started && g->frame->state == GP_FRAME_SUSPENDED);
}
static GpObject *gen_get_code(GpObject *o, void *c) { return gp_newref(((GpGen *)o)->code); }
static GpObject *gen_get_yieldfrom(GpObject *o, void *c)
{
    GpObject *yf = gen_delegate((GpGen *)o);
    return gp_newref(yf ? yf : gp_None);
}
static GpObject *gen_get_name(GpObject *o, void *c) { return gp_newref(((GpGen *)o)->name); }
static int gen_set_name(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_STR_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GP_SETREF(((GpGen *)o)->name, gp_newref(v));
    return 0;
}
static GpObject *gen_get_qualname(GpObject *o, void *c) { return gp_newref(((GpGen *)o)->qualname); }
static int gen_set_qualname(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_STR_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GP_SETREF(((GpGen *)o)->qualname, gp_newref(v));
    return 0;
}

static const GpGetSetDef gen_getsets[] = {
    { "gi_frame", gen_get_frame, NULL, NULL, NULL },
    { "gi_running", gen_get_running, NULL, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL, NULL },
    { "gi_code", gen_get_code, NULL, NULL, NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL },
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { NULL },
};

static const GpMethodDef gen_methods[] = {
    GP_METHOD("send", gen_send, GP_METH_O),
    GP_METHOD("throw", gen_throw, GP_METH_FAST),
    GP_METHOD("close", gen_close, GP_METH_NOARGS),
    { NULL },
};

GpType GpGen_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "generator",
    .basicsize = sizeof(GpGen),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
    .weaklistoffset = offsetof(GpGen, weakreflist),
};

/* ---- shared with coroobject.c ------------------------------------------------ */

GpObject *gp_gen_throw_ex(GpObject *gen, int close_on_genexit, GpObject *typ, GpObject *val,
                          GpObject *tb, int *is_return)
{
    return gen_throw_impl((GpGen *)gen, close_on_genexit, typ, val, tb, is_return);
}

GpObject *gp_gen_close_ex(GpObject *gen)
{
    return gen_close_impl((GpGen *)gen);
}

GpObject *gp_gen_send_method(GpObject *gen, GpObject *value) { return gen_send(gen, value); }
GpObject *gp_gen_throw_method(GpObject *gen, GpObject *const *args, size_t nargs)
{
    return gen_throw(gen, args, nargs);
}

/* ---- coroutines and async generators ------------------------------------------- */

/* "RuntimeWarning: coroutine 'f' was never awaited", through the warnings
 * module (as CPython's warnings._warn_unawaited_coroutine: the coroutine is
 * the warning's source). */
static void warn_unawaited(GpGen *g)
{
    GpObject *mod = gp_import("warnings");
    if (!mod)
        return;
    GpObject *msg = gp_str_from_format("coroutine '%U' was never awaited", g->qualname);
    GpObject *level = gp_int_from_i64(1);
    if (msg && level) {
        GpObject *args[4] = { msg, (GpObject *)&GpExc_RuntimeWarning, level, (GpObject *)g };
        GpObject *r = gp_call_method_str(mod, "warn", args, 4);
        GP_XDECREF(r);
    }
    GP_XDECREF(msg);
    GP_XDECREF(level);
    GP_DECREF(mod);
}

/* PEP 442 finaliser (CPython's _PyGen_Finalize): an async generator with a
 * finalizer hook is handed to it; a coroutine never started warns; anything
 * else suspended is closed (its finally blocks run). */
static void coro_finalize(GpObject *o)
{
    GpGen *g = (GpGen *)o;
    if (!g->frame || g->frame->state == GP_FRAME_COMPLETED)
        return;
    GpObject *saved = gp_err_fetch();
    GpObject *r = NULL;
    if (GP_ASYNCGEN_CHECK(o) && ((GpAsyncGen *)o)->finalizer && !((GpAsyncGen *)o)->closed) {
        r = gp_call1(((GpAsyncGen *)o)->finalizer, o);
    } else if (GP_CORO_CHECK(o) && !g->frame->started) {
        warn_unawaited(g);
    } else {
        r = gen_close_impl(g);
    }
    if (r)
        GP_DECREF(r);
    else if (gp_err_occurred())
        gp_err_write_unraisable(o);
    gp_err_restore(saved);
}

static int coro_clear(GpObject *o)
{
    GpGen *g = (GpGen *)o;
    gen_finish(g);
    GP_CLEAR(g->exc_state.exc);
    if (GP_ASYNCGEN_CHECK(o))
        GP_CLEAR(((GpAsyncGen *)o)->finalizer);
    return 0;
}

static void coro_dealloc(GpObject *o)
{
    GpGen *g = (GpGen *)o;
    if (g->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &g->weakreflist);
    if (gp_call_finalizer_from_dealloc(o) < 0)
        return;   /* resurrected */
    gp_gc_untrack(o);
    coro_clear(o);
    GP_CLEAR(g->code);
    GP_CLEAR(g->name);
    GP_CLEAR(g->qualname);
    gp_obj_free(o);
}

static int asyncgen_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpAsyncGen *ag = (GpAsyncGen *)o;
    if (ag->finalizer && visit(ag->finalizer, arg))
        return 1;
    return gen_traverse(o, visit, arg);
}

static GpObject *coro_repr(GpObject *o)
{
    return gp_str_from_format("<%s object %U at %p>", GP_TYPE(o)->name, ((GpGen *)o)->qualname,
                              (void *)o);
}

static GpObject *coro_await(GpObject *self, GpObject *unused)
{
    return gp_coro_wrapper_new(self);
}

static GpObject *get_none(GpObject *o, void *c) { GP_RETURN_NONE; }

static const GpGetSetDef coro_getsets[] = {
    { "cr_frame", gen_get_frame, NULL, NULL, NULL },
    { "cr_running", gen_get_running, NULL, NULL, NULL },
    { "cr_suspended", gen_get_suspended, NULL, NULL, NULL },
    { "cr_code", gen_get_code, NULL, NULL, NULL },
    { "cr_await", gen_get_yieldfrom, NULL, NULL, NULL },
    { "cr_origin", get_none, NULL, NULL, NULL },
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { NULL },
};

static const GpMethodDef coro_methods[] = {
    GP_METHOD("send", gen_send, GP_METH_O),
    GP_METHOD("throw", gen_throw, GP_METH_FAST),
    GP_METHOD("close", gen_close, GP_METH_NOARGS),
    GP_METHOD("__await__", coro_await, GP_METH_NOARGS),
    { NULL },
};

GpType GpCoro_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "coroutine",
    .basicsize = sizeof(GpGen),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = coro_dealloc,
    .traverse = gen_traverse,
    .clear = coro_clear,
    .finalize = coro_finalize,
    .repr = coro_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
    .weaklistoffset = offsetof(GpGen, weakreflist),
};

/* ag_running is "an asend/athrow is being iterated" (CPython's ag_running_async) */
static GpObject *asyncgen_get_running(GpObject *o, void *c)
{
    return gp_bool(((GpAsyncGen *)o)->running_async);
}

static const GpGetSetDef asyncgen_getsets[] = {
    { "ag_frame", gen_get_frame, NULL, NULL, NULL },
    { "ag_running", asyncgen_get_running, NULL, NULL, NULL },
    { "ag_code", gen_get_code, NULL, NULL, NULL },
    { "ag_await", gen_get_yieldfrom, NULL, NULL, NULL },
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { NULL },
};

GpType GpAsyncGen_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "async_generator",
    .basicsize = sizeof(GpAsyncGen),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = coro_dealloc,
    .traverse = asyncgen_traverse,
    .clear = coro_clear,
    .finalize = coro_finalize,
    .repr = coro_repr,
    .methods = gp_asyncgen_methods,
    .getsets = asyncgen_getsets,
    .weaklistoffset = offsetof(GpGen, weakreflist),
};
