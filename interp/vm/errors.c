/* errors.c -- raising exceptions from C, implicit chaining, argument parsing. */
#include <errno.h>
#include <string.h>
#include <stdio.h>
#include "gilpy.h"

/* The innermost exception being handled (sys.exc_info()), borrowed. */
GpObject *gp_err_get_handled(void)
{
    GpThreadState *ts = gp_tstate();
    for (GpExcInfo *ei = ts->exc_info; ei; ei = ei->previous)
        if (ei->exc && ei->exc != gp_None)
            return ei->exc;
    return NULL;
}

/* Set __context__ of a newly raised exception to the exception being handled
 * (implicit chaining), cutting any cycle that would form. */
static void chain_context(GpObject *exc)
{
    GpObject *handled = gp_err_get_handled();
    if (!handled || handled == exc)
        return;
    GpObject *o = handled;
    int guard = 0;
    while (guard++ < 10000) {
        GpObject *ctx = gp_exc_get_context(o);
        if (!ctx)
            break;
        if (ctx == exc) {
            gp_exc_set_context(o, NULL);
            break;
        }
        o = ctx;
    }
    gp_exc_set_context(exc, gp_newref(handled));
}

void gp_err_raise(GpObject *exc)
{
    GpThreadState *ts = gp_tstate();
    chain_context(exc);
    GP_SETREF(ts->curexc, exc);
}

static GpObject *instantiate(GpType *type, GpObject *value)
{
    if (value && GP_EXC_CHECK(value) && GP_TYPE_CHECK(value, type))
        return gp_newref(value);
    if (!value)
        return gp_call0((GpObject *)type);
    if (GP_TUPLE_CHECK(value))
        return gp_call_tuple_dict((GpObject *)type, value, NULL);
    return gp_call1((GpObject *)type, value);
}

void gp_err_set_object(GpType *type, GpObject *value)
{
    GpThreadState *ts = gp_tstate();
    /* don't let a pending exception leak into the constructor */
    GpObject *pending = ts->curexc;
    ts->curexc = NULL;
    GpObject *exc = instantiate(type, value);
    if (!exc) {
        GP_XDECREF(pending);
        return;   /* the constructor's error stands */
    }
    GP_XDECREF(pending);
    if (!GP_EXC_CHECK(exc)) {
        GP_DECREF(exc);
        gp_err_format(&GpExc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    gp_err_raise(exc);
}

void gp_err_set_none(GpType *type) { gp_err_set_object(type, NULL); }

void gp_err_set_string(GpType *type, const char *msg)
{
    GpObject *s = gp_str_from_cstr(msg);
    if (!s)
        return;
    gp_err_set_object(type, s);
    GP_DECREF(s);
}

GpObject *gp_err_formatv(GpType *type, const char *fmt, va_list ap)
{
    GpObject *s = gp_str_from_formatv(fmt, ap);
    if (!s)
        return NULL;
    gp_err_set_object(type, s);
    GP_DECREF(s);
    return NULL;
}

GpObject *gp_err_format(GpType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gp_err_formatv(type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* MemoryError without allocating when possible: one preallocated instance. */
GpObject *gp_err_no_memory(void)
{
    static GpObject *prealloc;
    GpThreadState *ts = gp_tstate();
    if (!prealloc)
        prealloc = gp_exc_new(&GpExc_MemoryError, NULL, 0);
    if (prealloc) {
        GP_SETREF(ts->curexc, gp_newref(prealloc));
        gp_exc_set_traceback(prealloc, NULL);
    }
    return NULL;
}

static GpObject *oserror_args(int err, GpObject *f1, GpObject *f2)
{
    GpObject *args[5];
    int n = 0;
    args[n++] = gp_int_from_i64(err);
    args[n++] = gp_str_from_cstr(strerror(err));
    if (f1) {
        args[n++] = gp_newref(f1);
        if (f2) {
            args[n++] = gp_int_from_i64(0);   /* winerror slot */
            args[n++] = gp_newref(f2);
        }
    }
    GpObject *t = gp_tuple_new(n);
    for (int i = 0; i < n; i++) {
        if (!args[i]) {
            for (int j = 0; j < n; j++)
                GP_XDECREF(args[j]);
            GP_XDECREF(t);
            return NULL;
        }
    }
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++)
        GP_TUPLE_SET(t, i, args[i]);
    return t;
}

GpObject *gp_err_from_errno_filenames(GpType *type, GpObject *f1, GpObject *f2)
{
    int err = errno;
    if (err == EINTR) {
        /* a signal interrupted the call: run its handler first */
        if (gp_eval_handle_breaker(gp_tstate()) < 0)
            return NULL;
    }
    if (err == ENOMEM)
        return gp_err_no_memory();
    GpObject *args = oserror_args(err, f1, f2);
    if (!args)
        return NULL;
    gp_err_set_object(type, args);
    GP_DECREF(args);
    return NULL;
}

GpObject *gp_err_from_errno(GpType *type) { return gp_err_from_errno_filenames(type, NULL, NULL); }
GpObject *gp_err_from_errno_filename(GpType *type, GpObject *f) { return gp_err_from_errno_filenames(type, f, NULL); }

void gp_err_set_syntax(GpType *type, const char *msg, GpObject *filename, int lineno, int offset,
                       int end_lineno, int end_offset, const char *text)
{
    GpObject *m = gp_str_from_cstr(msg);
    GpObject *t = text ? gp_str_from_utf8(text, (gp_ssize)strlen(text)) : gp_newref(gp_None);
    if (!t) {
        gp_err_clear();
        t = gp_newref(gp_None);
    }
    GpObject *fn = filename ? gp_newref(filename) : gp_newref(gp_None);
    GpObject *loc = gp_tuple_new(6);
    GpObject *args = gp_tuple_new(2);
    if (!m || !loc || !args) {
        GP_XDECREF(m);
        GP_XDECREF(t);
        GP_XDECREF(fn);
        GP_XDECREF(loc);
        GP_XDECREF(args);
        return;
    }
    GP_TUPLE_SET(loc, 0, fn);
    GP_TUPLE_SET(loc, 1, gp_int_from_i64(lineno));
    GP_TUPLE_SET(loc, 2, gp_int_from_i64(offset));
    GP_TUPLE_SET(loc, 3, t);
    GP_TUPLE_SET(loc, 4, gp_int_from_i64(end_lineno));
    GP_TUPLE_SET(loc, 5, gp_int_from_i64(end_offset));
    GP_TUPLE_SET(args, 0, m);
    GP_TUPLE_SET(args, 1, loc);
    gp_err_set_object(type, args);
    GP_DECREF(args);
}

int gp_err_bad_argument(void)
{
    gp_err_set_string(&GpExc_TypeError, "bad argument type for built-in operation");
    return -1;
}

GpObject *gp_err_bad_internal(const char *file, int line)
{
    return gp_err_format(&GpExc_SystemError, "%s:%d: bad argument to internal function", file, line);
}

GpObject *gp_err_occurred(void)
{
    GpThreadState *ts = gp_tstate();
    return ts ? ts->curexc : NULL;
}

int gp_err_given_matches(GpObject *exc, GpObject *match)
{
    if (!exc || !match)
        return 0;
    if (GP_TUPLE_CHECK(match)) {
        for (gp_ssize i = 0; i < GP_SIZE(match); i++)
            if (gp_err_given_matches(exc, GP_TUPLE_GET(match, i)))
                return 1;
        return 0;
    }
    GpType *t = GP_EXC_CHECK(exc) ? GP_TYPE(exc) : (GP_TYPE_CHECK_TYPE(exc) ? (GpType *)exc : NULL);
    if (!t || !GP_TYPE_CHECK_TYPE(match))
        return exc == match;
    return t == (GpType *)match || gp_type_is_subtype(t, (GpType *)match);
}

int gp_err_matches(GpType *type)
{
    GpObject *e = gp_err_occurred();
    return e && (GP_TYPE(e) == type || gp_type_is_subtype(GP_TYPE(e), type));
}

GpObject *gp_err_fetch(void)
{
    GpThreadState *ts = gp_tstate();
    GpObject *e = ts->curexc;
    ts->curexc = NULL;
    return e;
}

void gp_err_restore(GpObject *exc)
{
    GpThreadState *ts = gp_tstate();
    GP_SETREF(ts->curexc, exc);
}

void gp_err_clear(void)
{
    GpThreadState *ts = gp_tstate();
    if (ts)
        GP_CLEAR(ts->curexc);
}

void gp_err_print(void)
{
    GpObject *exc = gp_err_fetch();
    if (!exc)
        return;
    GpInterp *in = gp_interp();
    GpObject *hook = in->sysdict ? gp_dict_getitem_str(in->sysdict, "excepthook") : NULL;
    if (in->sysdict) {
        gp_dict_setitem_str(in->sysdict, "last_type", (GpObject *)GP_TYPE(exc));
        gp_dict_setitem_str(in->sysdict, "last_value", exc);
        GpObject *tb = gp_exc_get_traceback(exc);
        gp_dict_setitem_str(in->sysdict, "last_traceback", tb ? tb : gp_None);
        gp_err_clear();
    }
    if (hook && hook != gp_None) {
        GpObject *tb = gp_exc_get_traceback(exc);
        GpObject *args[3] = { (GpObject *)GP_TYPE(exc), exc, tb ? tb : gp_None };
        GpObject *r = gp_call(hook, args, 3, NULL);
        if (r) {
            GP_DECREF(r);
            GP_DECREF(exc);
            return;
        }
        /* the hook failed: show both */
        GpObject *e2 = gp_err_fetch();
        fputs("Error in sys.excepthook:\n", stderr);
        gp_err_display(e2, NULL);
        fputs("\nOriginal exception was:\n", stderr);
        GP_XDECREF(e2);
    }
    gp_err_display(exc, NULL);
    GP_DECREF(exc);
}

int gp_traceback_here(GpFrame *frame)
{
    GpThreadState *ts = gp_tstate();
    GpObject *exc = ts->curexc;
    if (!exc || !GP_EXC_CHECK(exc))
        return 0;
    GpObject *fo = gp_frame_get_object(frame);
    if (!fo)
        return -1;
    GpTraceback *tb = (GpTraceback *)gp_obj_alloc(&GpTraceback_Type, 0);
    if (!tb) {
        GP_DECREF(fo);
        return -1;
    }
    GpObject *old = gp_exc_get_traceback(exc);
    tb->next = (GpTraceback *)gp_xnewref(old);
    tb->frame = fo;
    tb->lasti = (int)(frame->ip - frame->code->code - 1);
    tb->lineno = gp_frame_lineno(frame);
    gp_gc_track((GpObject *)tb);
    gp_exc_set_traceback(exc, (GpObject *)tb);
    GP_DECREF(tb);
    return 0;
}

/* ---- argument parsing ----------------------------------------------------- */

int gp_args_no_kw(const char *fname, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames) > 0) {
        gp_err_format(&GpExc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int gp_args_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        if (min == max)
            gp_err_format(&GpExc_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                          min == 1 ? "" : "s", nargs);
        else
            gp_err_format(&GpExc_TypeError, "%s expected at least %zu argument%s, got %zu", fname,
                          min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        if (min == max)
            gp_err_format(&GpExc_TypeError, "%s expected %zu argument%s, got %zu", fname, max,
                          max == 1 ? "" : "s", nargs);
        else
            gp_err_format(&GpExc_TypeError, "%s expected at most %zu argument%s, got %zu", fname,
                          max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int gp_args_parse(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                  const char *const *kwlist, int min, int max_pos, GpObject **out)
{
    int n = 0, first_kwonly = -1, nposonly = 0;
    for (; kwlist[n]; n++) {
        if (kwlist[n][0] == '$' && first_kwonly < 0)
            first_kwonly = n;
        if (kwlist[n][0] == '\0')
            nposonly = n + 1;
    }
    for (int i = 0; i < n; i++)
        out[i] = NULL;
    gp_ssize ngiven = (gp_ssize)nargs + (kwnames ? GP_SIZE(kwnames) : 0);
    if (ngiven > n) {
        /* CPython checks the total first ("keyword " when only keywords came) */
        gp_err_format(&GpExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, n,
                      nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", ngiven);
        return -1;
    }
    if ((gp_ssize)nargs > max_pos) {
        if (max_pos == 0)
            gp_err_format(&GpExc_TypeError, "%s() takes no positional arguments", fname);
        else
            gp_err_format(&GpExc_TypeError, "%s() takes at most %d positional argument%s (%zu given)",
                          fname, max_pos, max_pos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    for (gp_ssize k = 0; k < nkw; k++) {
        GpObject *name = GP_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = nposonly; i < n; i++) {
            const char *kn = kwlist[i][0] == '$' ? kwlist[i] + 1 : kwlist[i];
            if (gp_str_eq_cstr(name, kn)) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for %s()", name,
                          fname);
            return -1;
        }
        if (out[found]) {
            gp_err_format(&GpExc_TypeError, "argument for %s() given by name ('%U') and position (%d)",
                          fname, name, found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (!out[i]) {
            const char *kn = kwlist[i][0] == '$' ? kwlist[i] + 1 : kwlist[i];
            if (i < nposonly || !kn[0])
                gp_err_format(&GpExc_TypeError, "%s() takes at least %d positional argument%s (%zu given)",
                              fname, min, min == 1 ? "" : "s", nargs);
            else if (first_kwonly >= 0 && i >= first_kwonly)
                gp_err_format(&GpExc_TypeError, "%s() missing required keyword-only argument '%s'",
                              fname, kn);
            else
                gp_err_format(&GpExc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                              kn, i + 1);
            return -1;
        }
    }
    return 0;
}
