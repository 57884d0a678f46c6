/* unraisable.c -- exceptions that cannot be raised: sys.unraisablehook.
 *
 * An exception escaping a __del__, a weakref or gc callback, a generator
 * being finalised, an atexit callback, a thread started by _thread, an
 * os.register_at_fork callable ... has no caller to go to. CPython hands it
 * to sys.unraisablehook as an UnraisableHookArgs structseq (exc_type,
 * exc_value, exc_traceback, err_msg, object); every such place in gilpy
 * calls gp_err_write_unraisable[_msg], which does the same:
 *
 *   - an exception without a traceback (raised by C code) gets one for the
 *     innermost running Python frame, as CPython's _PyErr_WriteUnraisableMsg;
 *   - sys.unraisablehook missing or None: the default writer below;
 *   - the hook raising: its own exception goes to the default writer with
 *     "Exception ignored in sys.unraisablehook: <hook repr>" and the
 *     original one is dropped (CPython does exactly this).
 *
 * The default writer (sys.__unraisablehook__) is not the ordinary
 * traceback printer: no chained exceptions, no notes, no "Did you mean",
 * and ": " is written even when str(exc) is empty. Its traceback lines are
 * the ordinary printer's (PyTraceBack_Print shares them in CPython): they
 * are produced by printing a bare BaseException carrying the traceback into
 * a capture object and cutting the final "BaseException" line.
 */
#include <string.h>
#include "gilpy.h"
#include "objects/structseq.h"

/* ---- the UnraisableHookArgs type ------------------------------------------- */

static GpType *hookargs_type;

GpType *gp_unraisable_args_type(void)
{
    static const char *const fields[] = { "exc_type", "exc_value", "exc_traceback",
                                          "err_msg", "object" };
    if (!hookargs_type)
        hookargs_type = gp_structseq_new_type("UnraisableHookArgs", fields, 5);
    return hookargs_type;
}

/* ---- a write()/flush() sink keeping what was written ----------------------- */

typedef struct {
    GpObject ob;
    GpObject *text;     /* the last string written, or NULL */
} GpCapture;

static GpObject *capture_write(GpObject *self, GpObject *s)
{
    GpCapture *c = (GpCapture *)self;
    if (!GP_STR_CHECK(s))
        return gp_err_format(&GpExc_TypeError, "write() argument must be str, not %T", s);
    if (c->text) {
        GpObject *joined = gp_str_concat(c->text, s);
        if (!joined)
            return NULL;
        GP_SETREF(c->text, joined);
    } else {
        c->text = gp_newref(s);
    }
    return gp_int_from_ssize(GP_STR_LEN(s));
}

static GpObject *capture_flush(GpObject *self, GpObject *u)
{
    (void)self;
    (void)u;
    GP_RETURN_NONE;
}

static void capture_dealloc(GpObject *o)
{
    GP_CLEAR(((GpCapture *)o)->text);
    gp_obj_free(o);
}

static const GpMethodDef capture_methods[] = {
    GP_METHOD("write", capture_write, GP_METH_O),
    GP_METHOD("flush", capture_flush, GP_METH_NOARGS),
    { NULL },
};

static GpType GpCapture_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_gilpy_unraisable_capture",
    .basicsize = sizeof(GpCapture),
    .dealloc = capture_dealloc,
    .methods = capture_methods,
};

/* The "Traceback (most recent call last):" block for tb, or NULL (nothing
 * to print, or a failure: the default writer then goes on without it). */
static GpObject *format_traceback(GpObject *tb)
{
    static const char tail[] = "BaseException\n";
    const gp_ssize ntail = (gp_ssize)sizeof tail - 1;
    if (!tb || GP_TYPE(tb) != &GpTraceback_Type)
        return NULL;
    if (!(GpCapture_Type.flags & GP_TPFLAGS_READY) && gp_type_ready(&GpCapture_Type) < 0)
        return NULL;
    GpObject *carrier = gp_call((GpObject *)&GpExc_BaseException, NULL, 0, NULL);
    GpCapture *cap = (GpCapture *)gp_obj_alloc(&GpCapture_Type, 0);
    if (!carrier || !cap) {
        GP_XDECREF(carrier);
        GP_XDECREF(cap);
        return NULL;
    }
    gp_exc_set_traceback(carrier, tb);
    gp_err_display_unchained(carrier, (GpObject *)cap);
    GP_DECREF(carrier);
    GpObject *text = cap->text;
    cap->text = NULL;
    GP_DECREF(cap);
    if (!text)
        return NULL;
    gp_ssize n = GP_STR_NBYTES(text);
    if (n <= ntail || memcmp(GP_STR_DATA(text) + n - ntail, tail, (size_t)ntail) != 0) {
        GP_DECREF(text);
        return NULL;
    }
    GpObject *r = gp_str_from_utf8(GP_STR_DATA(text), n - ntail);
    GP_DECREF(text);
    return r;
}

/* ---- the default writer ------------------------------------------------------ */

static int write_str(GpObject *file, GpObject *s)
{
    if (!s)
        return -1;
    GpObject *r = gp_call_method_str(file, "write", &s, 1);
    GP_DECREF(s);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static int write_cstr(GpObject *file, const char *s)
{
    return write_str(file, gp_str_from_cstr(s));
}

/* str(o) (raw) or repr(o) written to file; -1 when computing it failed (the
 * exception is left set) or writing failed (-2). */
static int write_obj(GpObject *file, GpObject *o, int raw)
{
    GpObject *s = raw ? gp_str(o) : gp_repr(o);
    if (!s)
        return -1;
    return write_str(file, s) < 0 ? -2 : 0;
}

/* write_obj, writing `fallback` instead when computing the text failed. */
static int write_obj_or(GpObject *file, GpObject *o, int raw, const char *fallback)
{
    int r = write_obj(file, o, raw);
    if (r == -1) {
        gp_err_clear();
        return write_cstr(file, fallback);
    }
    return r;
}

/* CPython's write_unraisable_exc_file: 0, or -1 when a write failed or
 * there is no exception type (the caller decides what that means). */
static int write_unraisable_to(GpObject *file, GpObject *type, GpObject *value, GpObject *tb,
                               GpObject *err_msg, GpObject *obj)
{
    int has_msg = err_msg && err_msg != gp_None;
    if (obj && obj != gp_None) {
        if (has_msg) {
            if (write_obj(file, err_msg, 1) < 0 || write_cstr(file, ": ") < 0)
                return -1;
        } else if (write_cstr(file, "Exception ignored in: ") < 0) {
            return -1;
        }
        if (write_obj_or(file, obj, 0, "<object repr() failed>") < 0 || write_cstr(file, "\n") < 0)
            return -1;
    } else if (has_msg) {
        if (write_obj(file, err_msg, 1) < 0 || write_cstr(file, ":\n") < 0)
            return -1;
    }
    GpObject *tbtext = format_traceback(tb);
    gp_err_clear();   /* a traceback that cannot be printed is skipped */
    if (tbtext && write_str(file, tbtext) < 0)
        return -1;
    if (!type || type == gp_None)
        return -1;
    /* "module.Qualname" (nothing before it for builtins and __main__) */
    GpObject *mod = gp_getattr_str(type, "__module__");
    if (!mod || !GP_STR_CHECK(mod)) {
        GP_XDECREF(mod);
        gp_err_clear();
        if (write_cstr(file, "<unknown>") < 0)
            return -1;
    } else if (!gp_str_eq_cstr(mod, "builtins") && !gp_str_eq_cstr(mod, "__main__")) {
        if (write_str(file, mod) < 0 || write_cstr(file, ".") < 0)
            return -1;
    } else {
        GP_DECREF(mod);
    }
    if (GP_TYPE_CHECK_TYPE(type)) {
        GpType *t = (GpType *)type;
        GpObject *qn = t->ht_qualname && GP_STR_CHECK(t->ht_qualname) ? gp_newref(t->ht_qualname)
                                                                        : gp_str_from_cstr(gp_type_name(t));
        if (write_str(file, qn) < 0)
            return -1;
    } else if (write_cstr(file, "<unknown>") < 0) {
        return -1;
    }
    if (value && value != gp_None) {
        if (write_cstr(file, ": ") < 0 || write_obj_or(file, value, 1, "<exception str() failed>") < 0)
            return -1;
    }
    if (write_cstr(file, "\n") < 0)
        return -1;
    GpObject *r = gp_call_method_str(file, "flush", NULL, 0);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

/* To sys.stderr; nothing at all when there is none (CPython). 0 or -1. */
static int write_unraisable(GpObject *type, GpObject *value, GpObject *tb, GpObject *err_msg,
                            GpObject *obj)
{
    GpInterp *in = gp_interp();
    GpObject *file = in->sysdict ? gp_dict_getitem_str(in->sysdict, "stderr") : NULL;
    if (!file || file == gp_None)
        return 0;
    GP_INCREF(file);   /* the writes may replace sys.stderr */
    int r = write_unraisable_to(file, type, value, tb, err_msg, obj);
    GP_DECREF(file);
    return r;
}

/* sys.__unraisablehook__(args) */
GpObject *gp_unraisable_default_hook(GpObject *args)
{
    if (GP_TYPE(args) != gp_unraisable_args_type())
        return gp_err_format(&GpExc_TypeError,
                             "sys.unraisablehook argument type must be UnraisableHookArgs");
    GpObject *const *it = GP_TUPLE_ITEMS(args);
    if (write_unraisable(it[0], it[1], it[2], it[3], it[4]) < 0) {
        if (!gp_err_occurred())
            /* CPython 3.11 fails the same way (no exception set) */
            gp_err_set_string(&GpExc_SystemError, "<built-in function unraisablehook> "
                                                  "returned NULL without setting an exception");
        return NULL;
    }
    GP_RETURN_NONE;
}

/* ---- reporting ----------------------------------------------------------------- */

/* The default writer for an exception instance, errors ignored. */
static void write_exc_default(GpObject *exc, GpObject *err_msg, GpObject *obj)
{
    GpObject *tb = gp_exc_get_traceback(exc);
    write_unraisable((GpObject *)GP_TYPE(exc), exc, tb ? tb : gp_None, err_msg, obj);
    gp_err_clear();
}

void gp_err_write_unraisable_msg(const char *msg, GpObject *obj)
{
    GpThreadState *ts = gp_tstate();
    GpObject *cur = gp_err_occurred();
    if (!cur)
        return;
    /* raised by C code: the running Python frame is where it happened */
    if (GP_EXC_CHECK(cur) && !gp_exc_get_traceback(cur) && ts->frame) {
        GpObject *keep = gp_newref(cur);
        if (gp_traceback_here(ts->frame) < 0)
            gp_err_restore(keep);   /* report the original one, without it */
        else
            GP_DECREF(keep);
    }
    GpObject *exc = gp_err_fetch();
    GpObject *err_msg = NULL;
    if (msg && !(err_msg = gp_str_from_format("Exception ignored %s", msg)))
        gp_err_clear();
    GpObject *tb = gp_exc_get_traceback(exc);
    GpObject *items[5] = { (GpObject *)GP_TYPE(exc), exc, tb ? tb : gp_None,
                           err_msg ? err_msg : gp_None, obj ? obj : gp_None };
    GpType *t = gp_unraisable_args_type();
    GpObject *args = t ? gp_structseq_new(t, items, 5) : NULL;
    if (!args) {
        /* CPython: "Exception ignored on building sys.unraisablehook arguments" */
        GpObject *e2 = gp_err_fetch();
        GpObject *m2 = gp_str_from_cstr("Exception ignored on building sys.unraisablehook arguments");
        gp_err_clear();
        if (e2)
            write_exc_default(e2, m2, NULL);
        GP_XDECREF(e2);
        GP_XDECREF(m2);
        goto done;
    }
    GpInterp *in = gp_interp();
    GpObject *hook = in->sysdict ? gp_xnewref(gp_dict_getitem_str(in->sysdict, "unraisablehook")) : NULL;
    if (!hook || hook == gp_None) {
        write_exc_default(exc, err_msg, obj);
    } else {
        GpObject *r = gp_call(hook, &args, 1, NULL);
        if (r) {
            GP_DECREF(r);
        } else {
            /* the hook failed: report that instead (the original is lost) */
            GpObject *e2 = gp_err_fetch();
            GpObject *m2 = gp_str_from_cstr("Exception ignored in sys.unraisablehook");
            gp_err_clear();
            if (e2)
                write_exc_default(e2, m2, hook);
            GP_XDECREF(e2);
            GP_XDECREF(m2);
        }
    }
    GP_XDECREF(hook);
    GP_DECREF(args);
done:
    GP_XDECREF(err_msg);
    GP_DECREF(exc);
    gp_err_clear();
}

void gp_err_write_unraisable(GpObject *obj)
{
    gp_err_write_unraisable_msg(NULL, obj);
}
