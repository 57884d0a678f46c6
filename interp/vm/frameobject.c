/* frameobject.c -- frame lifetime and frame objects (sys._getframe, tracebacks). */
#include <string.h>
#include "gilpy.h"
#include "vm/call.h"
#include "vm/trace.h"

static gp_ssize nlocalsplus(GpCode *co) { return co->nlocals + co->ncells + co->nfrees; }

void gp_frame_clear(GpFrame *f)
{
    GpCode *co = f->code;
    gp_ssize n = nlocalsplus(co);
    for (gp_ssize i = 0; i < n + f->stacktop; i++)
        GP_CLEAR(f->localsplus[i]);
    f->stacktop = 0;
    if (f->borrows_globals) {
        /* borrowed from func (frame.h): forget them before func may go */
        f->globals = NULL;
        f->builtins = NULL;
        f->borrows_globals = 0;
    } else {
        GP_CLEAR(f->globals);
        GP_CLEAR(f->builtins);
    }
    GP_CLEAR(f->func);
    GP_CLEAR(f->locals);
    /* code last: frame objects may still read it */
    GpCode *c = f->code;
    f->code = NULL;
    GP_XDECREF(c);
}

/* Move the frame's contents into its frame object, which outlives it. */
static void take_frame(GpFrame *f)
{
    GpFrameObject *fo = f->frame_obj;
    GpFrame *copy = (GpFrame *)fo->_data;
    gp_ssize n = nlocalsplus(f->code);
    memcpy(copy, f, sizeof(GpFrame) + (size_t)n * sizeof(GpObject *));
    /* value stack items are dropped: only locals survive */
    for (gp_ssize i = n; i < n + f->stacktop; i++)
        GP_CLEAR(f->localsplus[i]);
    copy->stacktop = 0;
    if (copy->borrows_globals) {
        /* the copy outlives the call: it owns what the frame borrowed */
        GP_XINCREF(copy->globals);
        GP_XINCREF(copy->builtins);
        copy->borrows_globals = 0;
    }
    copy->owner = GP_FRAME_OWNED_BY_FRAME_OBJECT;
    copy->frame_obj = NULL;
    if (f->previous && !fo->back && f->owner == GP_FRAME_OWNED_BY_THREAD) {
        GpObject *b = gp_frame_get_object(f->previous);
        fo->back = (GpFrameObject *)b;
    }
    copy->previous = NULL;
    fo->frame = copy;
    fo->owns_data = 1;
    f->frame_obj = NULL;
    GP_DECREF(fo);
}

/* A frame whose execution is over lets go of everything it holds. */
void gp_frame_pop(GpThreadState *ts, GpFrame *f)
{
    if (f->frame_obj) {
        GpFrameObject *fo = f->frame_obj;
        if (GP_REFCNT(fo) > 1) {
            take_frame(f);
            if (f->owner == GP_FRAME_OWNED_BY_THREAD)
                gp_frame_release_space(ts, f);
            return;
        }
        f->frame_obj = NULL;
        fo->frame = NULL;
        GP_DECREF(fo);
    }
    gp_frame_clear(f);
    if (f->owner == GP_FRAME_OWNED_BY_THREAD)
        gp_frame_release_space(ts, f);
}

GpFrame *gp_frame_alloc_heap(GpCode *code)
{
    size_t size = sizeof(GpFrame) + (size_t)GP_FRAME_NSLOTS(code) * sizeof(GpObject *);
    GpFrame *f = gp_mem_malloc(size);
    if (!f) {
        gp_err_no_memory();
        return NULL;
    }
    memset(f, 0, size);
    f->code = code;
    GP_INCREF(code);
    f->owner = GP_FRAME_OWNED_BY_GENERATOR;
    return f;
}

/* Release a generator's frame (its owner is going away). */
void gp_frame_free_heap(GpFrame *f)
{
    if (f->frame_obj) {
        GpFrameObject *fo = f->frame_obj;
        if (GP_REFCNT(fo) > 1) {
            take_frame(f);
            gp_mem_free(f);
            return;
        }
        f->frame_obj = NULL;
        fo->frame = NULL;
        GP_DECREF(fo);
    }
    if (f->code)
        gp_frame_clear(f);
    gp_mem_free(f);
}

int gp_frame_lineno(GpFrame *f)
{
    GpCode *co = f->code;
    if (!co)
        return -1;
    gp_ssize idx = f->ip ? (f->ip - co->code) - 1 : -1;
    if (idx < 0)
        return co->firstlineno;
    if (idx >= co->ncode)
        idx = co->ncode - 1;
    int l = co->lines ? co->lines[idx] : -1;
    return l < 0 ? co->firstlineno : l;
}

GpObject *gp_frame_get_object(GpFrame *f)
{
    if (f->frame_obj)
        return gp_newref(f->frame_obj);
    gp_ssize nslots = nlocalsplus(f->code);
    size_t extra = sizeof(GpFrame) + (size_t)nslots * sizeof(GpObject *);
    gp_ssize nitems = (gp_ssize)((extra + sizeof(GpObject *) - 1) / sizeof(GpObject *));
    GpFrameObject *fo = (GpFrameObject *)gp_obj_alloc(&GpFrame_Type, nitems);
    if (!fo)
        return NULL;
    fo->frame = f;
    fo->lineno_cache = -1;
    fo->trace_lines = 1;
    f->frame_obj = fo;    /* the frame holds one reference */
    /* Tracked, so that cycles through a frame that outlived its execution
     * (exception -> traceback -> frame -> local holding the exception) are
     * collected. While the frame runs, the reference above, which the
     * collector cannot see, keeps the object reachable. */
    gp_gc_track((GpObject *)fo);
    return gp_newref(fo);
}

/* Set or remove name in the locals snapshot d according to v. */
static int sync_local(GpObject *d, GpObject *name, GpObject *v)
{
    if (v)
        return gp_dict_setitem(d, name, v);
    if (gp_dict_delitem(d, name) < 0) {
        if (!gp_err_matches(&GpExc_KeyError))
            return -1;
        gp_err_clear();
    }
    return 0;
}

/* locals(): for a function frame, a dict cached on the frame (f->locals,
 * unused otherwise by optimized code) refreshed from the fast locals, as
 * CPython's PyFrame_FastToLocals: names bound by exec() stay in it. */
GpObject *gp_frame_locals(GpFrame *f)
{
    GpCode *co = f->code;
    if (f->locals && !(co->flags & GP_CO_OPTIMIZED))
        return gp_newref(f->locals);
    if (!f->locals && !(f->locals = gp_dict_new()))
        return NULL;
    GpObject *d = f->locals;
    for (int i = 0; i < co->nlocals; i++)
        if (sync_local(d, GP_TUPLE_GET(co->varnames, i), f->localsplus[i]) < 0)
            return NULL;
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        GpObject *cell = f->localsplus[co->nlocals + i];
        GpObject *name = i < co->ncells ? GP_TUPLE_GET(co->cellvars, i)
                                        : GP_TUPLE_GET(co->freevars, i - co->ncells);
        GpObject *v = cell && GP_CELL_CHECK(cell) ? ((GpCell *)cell)->ref : NULL;
        if (sync_local(d, name, v) < 0)
            return NULL;
    }
    return gp_newref(d);
}

/* ---- the frame type ------------------------------------------------------ */

static void frameobj_dealloc(GpObject *o)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    gp_gc_untrack(o);
    if (fo->owns_data && fo->frame)
        gp_frame_clear(fo->frame);
    else if (fo->frame && fo->frame->frame_obj == fo)
        fo->frame->frame_obj = NULL;
    GP_CLEAR(fo->back);
    GP_CLEAR(fo->trace);
    GP_CLEAR(fo->locals_cache);
    gp_obj_free(o);
}

static int frameobj_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    if (fo->back && visit((GpObject *)fo->back, arg))
        return 1;
    if (fo->owns_data && fo->frame && fo->frame->code) {
        GpFrame *f = fo->frame;
        gp_ssize n = nlocalsplus(f->code);
        for (gp_ssize i = 0; i < n; i++)
            if (f->localsplus[i] && visit(f->localsplus[i], arg))
                return 1;
        if (f->globals && visit(f->globals, arg))
            return 1;
        if (f->locals && visit(f->locals, arg))
            return 1;
        if (f->func && visit(f->func, arg))
            return 1;
    }
    if (fo->trace && visit(fo->trace, arg))
        return 1;
    return fo->locals_cache ? visit(fo->locals_cache, arg) : 0;
}

/* The collector breaks cycles through a finished frame here: its locals
 * go (as frame.clear() does); code, globals and builtins stay readable. */
static int frameobj_clear(GpObject *o)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    GP_CLEAR(fo->back);
    GP_CLEAR(fo->trace);
    GP_CLEAR(fo->locals_cache);
    if (fo->owns_data && fo->frame && fo->frame->code) {
        GpFrame *f = fo->frame;
        gp_ssize n = nlocalsplus(f->code);
        for (gp_ssize i = 0; i < n; i++)
            GP_CLEAR(f->localsplus[i]);
        GP_CLEAR(f->locals);
    }
    return 0;
}

static GpObject *frame_get_code(GpObject *o, void *c)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    return f && f->code ? gp_newref(f->code) : gp_newref(gp_None);
}
static GpObject *frame_get_globals(GpObject *o, void *c)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    return f && f->globals ? gp_newref(f->globals) : gp_dict_new();
}
static GpObject *frame_get_builtins(GpObject *o, void *c)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    return f && f->builtins ? gp_newref(f->builtins) : gp_dict_new();
}
static GpObject *frame_get_locals(GpObject *o, void *c)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    return f && f->code ? gp_frame_locals(f) : gp_dict_new();
}
static GpObject *frame_get_lineno(GpObject *o, void *c)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    /* module code that has not started (its 'call' trace event): CPython
     * reports line 0 there, the line of its RESUME */
    if (f && f->code && f->ip == f->code->code && f->state != GP_FRAME_COMPLETED &&
        !(f->code->flags & GP_CO_OPTIMIZED) && gp_str_eq_cstr(f->code->name, "<module>"))
        return gp_int_from_i64(0);
    return gp_int_from_i64(f && f->code ? gp_frame_lineno(f) : ((GpFrameObject *)o)->lineno_cache);
}
static GpObject *frame_get_lasti(GpObject *o, void *c)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    if (!f || !f->code || !f->ip)
        return gp_int_from_i64(-1);
    return gp_int_from_i64((f->ip - f->code->code - 1) * 4);
}
static GpObject *frame_get_back(GpObject *o, void *c)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    if (fo->back)
        return gp_newref(fo->back);
    if (fo->frame && !fo->owns_data && fo->frame->previous)
        return gp_frame_get_object(fo->frame->previous);
    GP_RETURN_NONE;
}
static GpObject *frame_get_trace(GpObject *o, void *c)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    return gp_newref(fo->trace ? fo->trace : gp_None);
}
static int frame_set_trace(GpObject *o, GpObject *v, void *c)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    GP_SETREF(fo->trace, gp_xnewref(v == gp_None ? NULL : v));
    return 0;
}

static GpObject *frame_get_trace_lines(GpObject *o, void *c)
{
    return gp_bool(((GpFrameObject *)o)->trace_lines);
}
static int frame_set_trace_lines(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_BOOL_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((GpFrameObject *)o)->trace_lines = v == gp_True;
    return 0;
}
static GpObject *frame_get_trace_opcodes(GpObject *o, void *c)
{
    return gp_bool(((GpFrameObject *)o)->trace_opcodes);
}
static int frame_set_trace_opcodes(GpObject *o, GpObject *v, void *c)
{
    if (!v || !GP_BOOL_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((GpFrameObject *)o)->trace_opcodes = v == gp_True;
    return 0;
}
/* Setting f_lineno: CPython's checks and messages; the jump itself (from
 * a 'line' event) is not implemented. */
static int frame_set_lineno(GpObject *o, GpObject *v, void *c)
{
    if (!v) {
        gp_err_set_string(&GpExc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (GP_TYPE(v) != &GpInt_Type) {
        gp_err_set_string(&GpExc_ValueError, "lineno must be an integer");
        return -1;
    }
    GpFrame *f = ((GpFrameObject *)o)->frame;
    switch (gp_trace_current_event()) {
    case GP_TRACE_EVENT_CALL:
        gp_err_set_string(&GpExc_ValueError, "can't jump from the 'call' trace event of a new frame");
        return -1;
    case GP_TRACE_EVENT_LINE:
        break;
    case GP_TRACE_EVENT_RETURN:
        if (f && f->state == GP_FRAME_SUSPENDED)
            break;
        /* fall through */
    default:
        gp_err_set_string(&GpExc_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (!((GpFrameObject *)o)->trace) {
        gp_err_set_string(&GpExc_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    gp_err_set_string(&GpExc_ValueError, "gilpy does not support jumping (setting f_lineno)");
    return -1;
}

static GpObject *frame_repr(GpObject *o)
{
    GpFrame *f = ((GpFrameObject *)o)->frame;
    if (!f || !f->code)
        return gp_str_from_format("<frame at %p>", (void *)o);
    return gp_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)o,
                              f->code->filename, gp_frame_lineno(f), f->code->name);
}

static GpObject *frame_clear_method(GpObject *o, GpObject *unused)
{
    GpFrameObject *fo = (GpFrameObject *)o;
    if (fo->owns_data && fo->frame && fo->frame->code) {
        GpFrame *f = fo->frame;
        gp_ssize n = nlocalsplus(f->code);
        for (gp_ssize i = 0; i < n; i++)
            GP_CLEAR(f->localsplus[i]);
    } else if (fo->frame && fo->frame->state != GP_FRAME_COMPLETED &&
               fo->frame->owner == GP_FRAME_OWNED_BY_THREAD) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    GP_RETURN_NONE;
}

static const GpGetSetDef frame_getsets[] = {
    { "f_code", frame_get_code, NULL, NULL, NULL },
    { "f_globals", frame_get_globals, NULL, NULL, NULL },
    { "f_builtins", frame_get_builtins, NULL, NULL, NULL },
    { "f_locals", frame_get_locals, NULL, NULL, NULL },
    { "f_lineno", frame_get_lineno, frame_set_lineno, NULL, NULL },
    { "f_lasti", frame_get_lasti, NULL, NULL, NULL },
    { "f_back", frame_get_back, NULL, NULL, NULL },
    { "f_trace", frame_get_trace, frame_set_trace, NULL, NULL },
    { "f_trace_lines", frame_get_trace_lines, frame_set_trace_lines, NULL, NULL },
    { "f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes, NULL, NULL },
    { NULL },
};

static const GpMethodDef frame_methods[] = {
    GP_METHOD("clear", frame_clear_method, GP_METH_NOARGS),
    { NULL },
};

GpType GpFrame_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "frame",
    .basicsize = sizeof(GpFrameObject),
    .itemsize = sizeof(GpObject *),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = frameobj_dealloc,
    .traverse = frameobj_traverse,
    .clear = frameobj_clear,
    .repr = frame_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};
