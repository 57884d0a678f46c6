/* genobject.c -- generators.
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

GpObject *gp_gen_new(GpFrame *frame, GpFunction *func)
{
    GpGen *g = (GpGen *)gp_obj_alloc(&GpGen_Type, 0);
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

/* The sub-iterator a suspended generator delegates to (borrowed) or NULL. */
static GpObject *gen_delegate(GpGen *g)
{
    GpFrame *f = g->frame;
    if (!f || f->state != GP_FRAME_SUSPENDED || !f->ip || f->stacktop < 1)
        return NULL;
    if (GP_INSTR_OP(*f->ip) != OP_YIELD_FROM)
        return NULL;
    return f->localsplus[frame_nlocalsplus(f) + f->stacktop - 1];
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
        gp_err_set_string(&GpExc_ValueError, "generator already executing");
        return NULL;
    }
    if (!f || f->state == GP_FRAME_COMPLETED) {
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
    if (gp_err_matches(&GpExc_StopIteration)) {
        GpObject *si = gp_err_fetch();
        gp_err_set_string(&GpExc_RuntimeError, "generator raised StopIteration");
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
        gp_err_set_string(&GpExc_TypeError, "can't send non-None value to a just-started generator");
        return NULL;
    }
    return gen_resume(g, value, 0, is_return);
}

static GpObject *stop_iteration_with(GpObject *value)
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

static GpObject *gen_throw_impl(GpGen *g, GpObject *typ, GpObject *val, GpObject *tb, int *is_return)
{
    *is_return = 0;
    GpObject *yf = gen_delegate(g);
    if (yf) {
        GP_INCREF(yf);
        GpObject *r = NULL;
        int handled = 0;
        if (typ == (GpObject *)&GpExc_GeneratorExit ||
            (GP_EXC_CHECK(typ) && GP_TYPE(typ) == &GpExc_GeneratorExit)) {
            /* close the delegate first, then raise in our frame */
            GpObject *cr;
            g->running = 1;
            if (GP_GEN_CHECK(yf)) {
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
        if (GP_GEN_CHECK(yf)) {
            int sub_ret;
            r = gen_throw_impl((GpGen *)yf, typ, val, tb, &sub_ret);
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
    GpObject *r = gen_throw_impl((GpGen *)self, args[0], nargs > 1 ? args[1] : NULL,
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
    GpObject *r = gen_throw_impl(g, (GpObject *)&GpExc_GeneratorExit, NULL, NULL, &is_return);
    if (r) {
        if (is_return) {
            GP_DECREF(r);
            GP_RETURN_NONE;
        }
        GP_DECREF(r);
        gp_err_set_string(&GpExc_RuntimeError, "generator ignored GeneratorExit");
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
