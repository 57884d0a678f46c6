/* exceptions.c -- the built-in exception classes.
 *
 * The hierarchy, names and attributes are CPython 3.11's. Most classes add
 * nothing to BaseException's layout; the few that carry attributes (OSError,
 * SyntaxError, ImportError, StopIteration, SystemExit, NameError,
 * AttributeError, UnicodeError) have their own struct in exceptions.h.
 * OSError(errno, ...) picks the subclass for the errno (FileNotFoundError for
 * ENOENT, ...), as CPython does.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include "gilpy.h"

/* ---- BaseException ------------------------------------------------------- */

static GpObject *args_tuple(GpObject *const *args, size_t nargs)
{
    return gp_tuple_from_array(args, (gp_ssize)nargs);
}

static GpObject *base_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpBaseException *e = (GpBaseException *)gp_type_generic_alloc(t, 0);
    if (!e)
        return NULL;
    e->args = args_tuple(args, nargs);
    if (!e->args) {
        GP_DECREF(e);
        return NULL;
    }
    return (GpObject *)e;
}

static int base_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames) && GP_TYPE(self) == &GpExc_BaseException) {
        gp_err_format(&GpExc_TypeError, "%s() takes no keyword arguments", GP_TYPE(self)->name);
        return -1;
    }
    GpObject *t = args_tuple(args, nargs);
    if (!t)
        return -1;
    GP_SETREF(((GpBaseException *)self)->args, t);
    return 0;
}

static int base_clear(GpObject *o)
{
    GpBaseException *e = (GpBaseException *)o;
    GP_CLEAR(e->dict);
    GP_CLEAR(e->args);
    GP_CLEAR(e->notes);
    GP_CLEAR(e->traceback);
    GP_CLEAR(e->context);
    GP_CLEAR(e->cause);
    return 0;
}

static int base_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpBaseException *e = (GpBaseException *)o;
    GpObject *refs[] = { e->dict, e->args, e->notes, e->traceback, e->context, e->cause };
    for (size_t i = 0; i < 6; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static void base_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    base_clear(o);
    gp_obj_free(o);
}

static GpObject *base_str(GpObject *o)
{
    GpObject *a = ((GpBaseException *)o)->args;
    if (!a || GP_SIZE(a) == 0)
        return gp_str_empty();
    if (GP_SIZE(a) == 1)
        return gp_str(GP_TUPLE_GET(a, 0));
    return gp_str(a);
}

static GpObject *base_repr(GpObject *o)
{
    GpObject *a = ((GpBaseException *)o)->args;
    const char *name = gp_type_name(GP_TYPE(o));
    if (!a || GP_SIZE(a) == 0)
        return gp_str_from_format("%s()", name);
    if (GP_SIZE(a) == 1)
        return gp_str_from_format("%s(%R)", name, GP_TUPLE_GET(a, 0));
    return gp_str_from_format("%s%R", name, a);
}

static GpObject *exc_get_args(GpObject *o, void *c)
{
    GpObject *a = ((GpBaseException *)o)->args;
    return a ? gp_newref(a) : gp_tuple_empty();
}
static int exc_set_args(GpObject *o, GpObject *v, void *c)
{
    if (!v) {
        gp_err_set_string(&GpExc_TypeError, "args may not be deleted");
        return -1;
    }
    GpObject *t = gp_sequence_tuple(v);
    if (!t)
        return -1;
    GP_SETREF(((GpBaseException *)o)->args, t);
    return 0;
}
static GpObject *exc_get_tb(GpObject *o, void *c)
{
    GpObject *t = ((GpBaseException *)o)->traceback;
    return gp_newref(t ? t : gp_None);
}
static int exc_set_tb(GpObject *o, GpObject *v, void *c)
{
    if (!v) {
        gp_err_set_string(&GpExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != gp_None && GP_TYPE(v) != &GpTraceback_Type) {
        gp_err_set_string(&GpExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    GP_SETREF(((GpBaseException *)o)->traceback, v == gp_None ? NULL : gp_newref(v));
    return 0;
}
static GpObject *exc_get_context(GpObject *o, void *c)
{
    GpObject *t = ((GpBaseException *)o)->context;
    return gp_newref(t ? t : gp_None);
}
static int exc_set_context(GpObject *o, GpObject *v, void *c)
{
    if (!v) {
        gp_err_set_string(&GpExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != gp_None && !GP_EXC_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    GP_SETREF(((GpBaseException *)o)->context, v == gp_None ? NULL : gp_newref(v));
    return 0;
}
static GpObject *exc_get_cause(GpObject *o, void *c)
{
    GpObject *t = ((GpBaseException *)o)->cause;
    return gp_newref(t ? t : gp_None);
}
static int exc_set_cause(GpObject *o, GpObject *v, void *c)
{
    if (!v) {
        gp_err_set_string(&GpExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != gp_None && !GP_EXC_CHECK(v)) {
        gp_err_set_string(&GpExc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    GpBaseException *e = (GpBaseException *)o;
    GP_SETREF(e->cause, v == gp_None ? NULL : gp_newref(v));
    e->suppress_context = 1;
    return 0;
}
static GpObject *exc_get_suppress(GpObject *o, void *c)
{
    return gp_bool(((GpBaseException *)o)->suppress_context);
}
static int exc_set_suppress(GpObject *o, GpObject *v, void *c)
{
    int t = v ? gp_is_true(v) : 0;
    if (t < 0)
        return -1;
    ((GpBaseException *)o)->suppress_context = (char)t;
    return 0;
}
static GpObject *exc_get_dict(GpObject *o, void *c)
{
    GpBaseException *e = (GpBaseException *)o;
    if (!e->dict && !(e->dict = gp_dict_new()))
        return NULL;
    return gp_newref(e->dict);
}

static GpObject *exc_with_traceback(GpObject *self, GpObject *tb)
{
    if (exc_set_tb(self, tb, NULL) < 0)
        return NULL;
    return gp_newref(self);
}

static GpObject *exc_add_note(GpObject *self, GpObject *note)
{
    if (!GP_STR_CHECK(note)) {
        gp_err_format(&GpExc_TypeError, "note must be a str, not '%T'", note);
        return NULL;
    }
    GpObject *d = exc_get_dict(self, NULL);
    if (!d)
        return NULL;
    GpObject *notes = gp_dict_getitem_str(d, "__notes__");
    if (!notes) {
        notes = gp_list_new(0);
        if (!notes || gp_dict_setitem_str(d, "__notes__", notes) < 0) {
            GP_XDECREF(notes);
            GP_DECREF(d);
            return NULL;
        }
        GP_DECREF(notes);
    }
    GP_DECREF(d);
    if (!GP_LIST_CHECK(notes)) {
        gp_err_set_string(&GpExc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    if (gp_list_append(notes, note) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *exc_reduce(GpObject *self, GpObject *unused)
{
    GpBaseException *e = (GpBaseException *)self;
    if (e->dict && GP_DICT_LEN(e->dict))
        return gp_tuple_pack(3, GP_TYPE(self), e->args, e->dict);
    return gp_tuple_pack(2, GP_TYPE(self), e->args);
}

static GpObject *exc_setstate(GpObject *self, GpObject *state)
{
    if (state == gp_None)
        GP_RETURN_NONE;
    if (!GP_DICT_CHECK(state)) {
        gp_err_set_string(&GpExc_TypeError, "state is not a dictionary");
        return NULL;
    }
    GpObject *items = gp_call_method_str(state, "items", NULL, 0);
    GpObject *it = items ? gp_iter(items) : NULL;
    GP_XDECREF(items);
    if (!it)
        return NULL;
    GpObject *kv;
    while ((kv = gp_iter_next(it))) {
        int r = gp_setattr(self, GP_TUPLE_GET(kv, 0), GP_TUPLE_GET(kv, 1));
        GP_DECREF(kv);
        if (r < 0) {
            GP_DECREF(it);
            return NULL;
        }
    }
    GP_DECREF(it);
    if (gp_err_occurred())
        return NULL;
    GP_RETURN_NONE;
}

static const GpGetSetDef base_getsets[] = {
    { "args", exc_get_args, exc_set_args, NULL, NULL },
    { "__traceback__", exc_get_tb, exc_set_tb, NULL, NULL },
    { "__context__", exc_get_context, exc_set_context, NULL, NULL },
    { "__cause__", exc_get_cause, exc_set_cause, NULL, NULL },
    { "__suppress_context__", exc_get_suppress, exc_set_suppress, NULL, NULL },
    { "__dict__", exc_get_dict, NULL, NULL, NULL },
    { NULL },
};

static const GpMethodDef base_methods[] = {
    GP_METHOD("with_traceback", exc_with_traceback, GP_METH_O),
    GP_METHOD("add_note", exc_add_note, GP_METH_O),
    GP_METHOD("__reduce__", exc_reduce, GP_METH_NOARGS),
    GP_METHOD("__setstate__", exc_setstate, GP_METH_O),
    { NULL },
};

#define EXC_FLAGS (GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASE_EXC_SUBCLASS)

GpType GpExc_BaseException = {
    GP_TYPE_HEAD_INIT,
    .name = "BaseException",
    .doc = "Common base class for all exceptions",
    .basicsize = sizeof(GpBaseException),
    .flags = EXC_FLAGS,
    .dealloc = base_dealloc,
    .traverse = base_traverse,
    .clear = base_clear,
    .repr = base_repr,
    .str = base_str,
    .new_ = base_new,
    .init = base_init,
    .getsets = base_getsets,
    .methods = base_methods,
    .dictoffset = offsetof(GpBaseException, dict),
};

#define SIMPLE_EXC(NAME, BASE, DOC)                                   \
    GpType GpExc_##NAME = {                                           \
        GP_TYPE_HEAD_INIT,                                            \
        .name = #NAME,                                                \
        .doc = DOC,                                                   \
        .basicsize = sizeof(GpBaseException),                         \
        .flags = EXC_FLAGS,                                           \
        .base = &GpExc_##BASE,                                        \
    };

/* Subclasses with their own layout and attribute handling. */
#define COMPLEX_EXC(NAME, BASE, STRUCT, DOC, ...)                     \
    GpType GpExc_##NAME = {                                           \
        GP_TYPE_HEAD_INIT,                                            \
        .name = #NAME,                                                \
        .doc = DOC,                                                   \
        .basicsize = sizeof(STRUCT),                                  \
        .flags = EXC_FLAGS,                                           \
        .base = &GpExc_##BASE,                                        \
        __VA_ARGS__                                                   \
    };

/* ---- SystemExit ---------------------------------------------------------- */
static int sysexit_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    GpSystemExit *e = (GpSystemExit *)self;
    GP_SETREF(e->code, nargs == 0 ? NULL : nargs == 1 ? gp_newref(args[0])
                                               : gp_newref(e->base.args));
    return 0;
}
static int sysexit_clear(GpObject *o) { GP_CLEAR(((GpSystemExit *)o)->code); return base_clear(o); }
static void sysexit_dealloc(GpObject *o) { gp_gc_untrack(o); sysexit_clear(o); gp_obj_free(o); }
static int sysexit_traverse(GpObject *o, gp_visitproc v, void *a)
{
    GpObject *c = ((GpSystemExit *)o)->code;
    if (c && v(c, a))
        return 1;
    return base_traverse(o, v, a);
}
static const GpMemberDef sysexit_members[] = {
    { "code", GP_T_OBJECT, offsetof(GpSystemExit, code), 0, "exception code" },
    { NULL },
};

/* ---- StopIteration ------------------------------------------------------- */
static int stopiter_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    GP_SETREF(((GpStopIteration *)self)->value, nargs ? gp_newref(args[0]) : NULL);
    return 0;
}
static int stopiter_clear(GpObject *o) { GP_CLEAR(((GpStopIteration *)o)->value); return base_clear(o); }
static void stopiter_dealloc(GpObject *o) { gp_gc_untrack(o); stopiter_clear(o); gp_obj_free(o); }
static int stopiter_traverse(GpObject *o, gp_visitproc v, void *a)
{
    GpObject *c = ((GpStopIteration *)o)->value;
    if (c && v(c, a))
        return 1;
    return base_traverse(o, v, a);
}
static const GpMemberDef stopiter_members[] = {
    { "value", GP_T_OBJECT, offsetof(GpStopIteration, value), 0, "generator return value" },
    { NULL },
};

/* ---- ImportError ----------------------------------------------------------- */
static int importerr_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpImportError *e = (GpImportError *)self;
    GpObject *name = NULL, *path = NULL;
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        GpObject *k = GP_TUPLE_GET(kwnames, i);
        if (gp_str_eq_cstr(k, "name"))
            name = args[nargs + i];
        else if (gp_str_eq_cstr(k, "path"))
            path = args[nargs + i];
        else {
            gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                          gp_type_name(GP_TYPE(self)));
            return -1;
        }
    }
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    GP_SETREF(e->msg, nargs == 1 ? gp_newref(args[0]) : NULL);
    GP_SETREF(e->name, gp_xnewref(name));
    GP_SETREF(e->path, gp_xnewref(path));
    return 0;
}
static int importerr_clear(GpObject *o)
{
    GpImportError *e = (GpImportError *)o;
    GP_CLEAR(e->msg);
    GP_CLEAR(e->name);
    GP_CLEAR(e->path);
    return base_clear(o);
}
static void importerr_dealloc(GpObject *o) { gp_gc_untrack(o); importerr_clear(o); gp_obj_free(o); }
static int importerr_traverse(GpObject *o, gp_visitproc v, void *a)
{
    GpImportError *e = (GpImportError *)o;
    if ((e->msg && v(e->msg, a)) || (e->name && v(e->name, a)) || (e->path && v(e->path, a)))
        return 1;
    return base_traverse(o, v, a);
}
static GpObject *importerr_str(GpObject *o)
{
    GpImportError *e = (GpImportError *)o;
    if (e->msg && GP_STR_CHECK(e->msg))
        return gp_newref(e->msg);
    return base_str(o);
}
static const GpMemberDef importerr_members[] = {
    { "msg", GP_T_OBJECT, offsetof(GpImportError, msg), 0, NULL },
    { "name", GP_T_OBJECT, offsetof(GpImportError, name), 0, NULL },
    { "path", GP_T_OBJECT, offsetof(GpImportError, path), 0, NULL },
    { NULL },
};

/* ---- NameError / AttributeError (name=, obj=) ---------------------------- */
static int kw_only_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames,
                        const char *k1, GpObject **slot1, const char *k2, GpObject **slot2)
{
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    GpObject *v1 = NULL, *v2 = NULL;
    for (gp_ssize i = 0; i < nkw; i++) {
        GpObject *k = GP_TUPLE_GET(kwnames, i);
        if (k1 && gp_str_eq_cstr(k, k1))
            v1 = args[nargs + i];
        else if (k2 && gp_str_eq_cstr(k, k2))
            v2 = args[nargs + i];
        else {
            gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                          gp_type_name(GP_TYPE(self)));
            return -1;
        }
    }
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    if (slot1)
        GP_SETREF(*slot1, gp_xnewref(v1));
    if (slot2)
        GP_SETREF(*slot2, gp_xnewref(v2));
    return 0;
}
static int nameerr_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return kw_only_init(self, args, nargs, kwnames, "name", &((GpNameError *)self)->name, NULL, NULL);
}
static int nameerr_clear(GpObject *o) { GP_CLEAR(((GpNameError *)o)->name); return base_clear(o); }
static void nameerr_dealloc(GpObject *o) { gp_gc_untrack(o); nameerr_clear(o); gp_obj_free(o); }
static const GpMemberDef nameerr_members[] = {
    { "name", GP_T_OBJECT, offsetof(GpNameError, name), 0, NULL },
    { NULL },
};
static int attrerr_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpAttributeError *e = (GpAttributeError *)self;
    return kw_only_init(self, args, nargs, kwnames, "name", &e->name, "obj", &e->obj);
}
static int attrerr_clear(GpObject *o)
{
    GP_CLEAR(((GpAttributeError *)o)->name);
    GP_CLEAR(((GpAttributeError *)o)->obj);
    return base_clear(o);
}
static void attrerr_dealloc(GpObject *o) { gp_gc_untrack(o); attrerr_clear(o); gp_obj_free(o); }
static int attrerr_traverse(GpObject *o, gp_visitproc v, void *a)
{
    GpAttributeError *e = (GpAttributeError *)o;
    if ((e->name && v(e->name, a)) || (e->obj && v(e->obj, a)))
        return 1;
    return base_traverse(o, v, a);
}
static const GpMemberDef attrerr_members[] = {
    { "name", GP_T_OBJECT, offsetof(GpAttributeError, name), 0, NULL },
    { "obj", GP_T_OBJECT, offsetof(GpAttributeError, obj), 0, NULL },
    { NULL },
};

/* ---- KeyError: str() is the repr of a single key ------------------------- */
static GpObject *keyerr_str(GpObject *o)
{
    GpObject *a = ((GpBaseException *)o)->args;
    if (a && GP_SIZE(a) == 1)
        return gp_repr(GP_TUPLE_GET(a, 0));
    return base_str(o);
}

/* ---- OSError ------------------------------------------------------------- */
static GpType *errno_subclass(int e)
{
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &GpExc_BlockingIOError;
    case ECHILD: return &GpExc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &GpExc_BrokenPipeError;
    case ECONNABORTED: return &GpExc_ConnectionAbortedError;
    case ECONNREFUSED: return &GpExc_ConnectionRefusedError;
    case ECONNRESET: return &GpExc_ConnectionResetError;
    case EEXIST: return &GpExc_FileExistsError;
    case ENOENT: return &GpExc_FileNotFoundError;
    case EISDIR: return &GpExc_IsADirectoryError;
    case ENOTDIR: return &GpExc_NotADirectoryError;
    case EINTR: return &GpExc_InterruptedError;
    case EACCES: case EPERM: return &GpExc_PermissionError;
    case ESRCH: return &GpExc_ProcessLookupError;
    case ETIMEDOUT: return &GpExc_TimeoutError;
    default: return NULL;
    }
}

static GpObject *oserror_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (t == &GpExc_OSError && nargs >= 2 && GP_INT_CHECK(args[0])) {
        int64_t e;
        if (gp_int_as_i64(args[0], &e) == 0) {
            GpType *sub = errno_subclass((int)e);
            if (sub)
                t = sub;
        } else {
            gp_err_clear();
        }
    }
    GpOSError *o = (GpOSError *)base_new(t, args, nargs, kwnames);
    if (o)
        o->written = -1;
    return (GpObject *)o;
}

static int oserror_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames)) {
        gp_err_format(&GpExc_TypeError, "%s() takes no keyword arguments", gp_type_name(GP_TYPE(self)));
        return -1;
    }
    GpOSError *e = (GpOSError *)self;
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    if (nargs >= 2 && nargs <= 5) {
        GP_SETREF(e->myerrno, gp_newref(args[0]));
        GP_SETREF(e->strerror, gp_newref(args[1]));
        GpObject *fn = nargs >= 3 && args[2] != gp_None ? args[2] : NULL;
        if (fn && GP_TYPE(self) == &GpExc_BlockingIOError && gp_index_check(fn)) {
            /* BlockingIOError(errno, strerror, characters_written) */
            gp_ssize w = gp_number_as_ssize(fn, &GpExc_ValueError);
            if (w == -1 && gp_err_occurred())
                return -1;
            e->written = w;
        } else if (fn) {
            GP_SETREF(e->filename, gp_newref(fn));
            if (nargs >= 5 && args[4] != gp_None)
                GP_SETREF(e->filename2, gp_newref(args[4]));
            /* args keeps only (errno, strerror) once a filename is given */
            GpObject *t = gp_tuple_pack(2, args[0], args[1]);
            if (!t)
                return -1;
            GP_SETREF(e->base.args, t);
        }
    }
    return 0;
}

static int oserror_clear(GpObject *o)
{
    GpOSError *e = (GpOSError *)o;
    GP_CLEAR(e->myerrno);
    GP_CLEAR(e->strerror);
    GP_CLEAR(e->filename);
    GP_CLEAR(e->filename2);
    return base_clear(o);
}
static void oserror_dealloc(GpObject *o) { gp_gc_untrack(o); oserror_clear(o); gp_obj_free(o); }
static int oserror_traverse(GpObject *o, gp_visitproc v, void *a)
{
    GpOSError *e = (GpOSError *)o;
    GpObject *r[] = { e->myerrno, e->strerror, e->filename, e->filename2 };
    for (int i = 0; i < 4; i++)
        if (r[i] && v(r[i], a))
            return 1;
    return base_traverse(o, v, a);
}

static GpObject *oserror_str(GpObject *o)
{
    GpOSError *e = (GpOSError *)o;
    if (e->filename && e->filename2)
        return gp_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror, e->filename,
                                  e->filename2);
    if (e->filename)
        return gp_str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    if (e->myerrno && e->strerror)
        return gp_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(o);
}

static const GpMemberDef oserror_members[] = {
    { "errno", GP_T_OBJECT, offsetof(GpOSError, myerrno), 0, "POSIX exception code" },
    { "strerror", GP_T_OBJECT, offsetof(GpOSError, strerror), 0, "exception strerror" },
    { "filename", GP_T_OBJECT, offsetof(GpOSError, filename), 0, "exception filename" },
    { "filename2", GP_T_OBJECT, offsetof(GpOSError, filename2), 0, "second exception filename" },
    { NULL },
};

static GpObject *blocking_get_written(GpObject *o, void *c)
{
    GpOSError *e = (GpOSError *)o;
    if (e->written < 0) {
        gp_err_set_string(&GpExc_AttributeError, "characters_written");
        return NULL;
    }
    return gp_int_from_ssize(e->written);
}
static int blocking_set_written(GpObject *o, GpObject *v, void *c)
{
    GpOSError *e = (GpOSError *)o;
    if (!v) {
        e->written = -1;
        return 0;
    }
    return gp_int_as_ssize(v, &e->written);
}
static const GpGetSetDef blocking_getsets[] = {
    { "characters_written", blocking_get_written, blocking_set_written, NULL, NULL },
    { NULL },
};

/* ---- SyntaxError ------------------------------------------------------------ */
static int syntaxerr_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpSyntaxErrorObj *e = (GpSyntaxErrorObj *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1)
        GP_SETREF(e->msg, gp_newref(args[0]));
    if (nargs == 2) {
        GpObject *info = gp_sequence_tuple(args[1]);
        if (!info)
            return -1;
        gp_ssize n = GP_SIZE(info);
        if (n < 4 || n > 6) {
            GP_DECREF(info);
            gp_err_set_string(&GpExc_IndexError, "tuple index out of range");
            return -1;
        }
        GP_SETREF(e->filename, gp_newref(GP_TUPLE_GET(info, 0)));
        GP_SETREF(e->lineno, gp_newref(GP_TUPLE_GET(info, 1)));
        GP_SETREF(e->offset, gp_newref(GP_TUPLE_GET(info, 2)));
        GP_SETREF(e->text, gp_newref(GP_TUPLE_GET(info, 3)));
        if (n >= 5)
            GP_SETREF(e->end_lineno, gp_newref(GP_TUPLE_GET(info, 4)));
        if (n >= 6)
            GP_SETREF(e->end_offset, gp_newref(GP_TUPLE_GET(info, 5)));
        GP_DECREF(info);
    }
    return 0;
}
static int syntaxerr_clear(GpObject *o)
{
    GpSyntaxErrorObj *e = (GpSyntaxErrorObj *)o;
    GP_CLEAR(e->msg);
    GP_CLEAR(e->filename);
    GP_CLEAR(e->lineno);
    GP_CLEAR(e->offset);
    GP_CLEAR(e->text);
    GP_CLEAR(e->end_lineno);
    GP_CLEAR(e->end_offset);
    GP_CLEAR(e->print_file_and_line);
    return base_clear(o);
}
static void syntaxerr_dealloc(GpObject *o) { gp_gc_untrack(o); syntaxerr_clear(o); gp_obj_free(o); }
static GpObject *syntaxerr_str(GpObject *o)
{
    GpSyntaxErrorObj *e = (GpSyntaxErrorObj *)o;
    GpObject *msg = e->msg ? e->msg : gp_None;
    GpObject *base = NULL;
    if (e->filename && GP_STR_CHECK(e->filename)) {
        const char *f = GP_STR_DATA(e->filename);
        const char *slash = strrchr(f, '/');
        base = gp_str_from_cstr(slash ? slash + 1 : f);
        if (!base)
            return NULL;
    }
    int have_line = e->lineno && GP_INT_CHECK(e->lineno);
    GpObject *r;
    if (base && have_line)
        r = gp_str_from_format("%S (%U, line %S)", msg, base, e->lineno);
    else if (base)
        r = gp_str_from_format("%S (%U)", msg, base);
    else if (have_line)
        r = gp_str_from_format("%S (line %S)", msg, e->lineno);
    else
        r = gp_str(msg);
    GP_XDECREF(base);
    return r;
}
static const GpMemberDef syntaxerr_members[] = {
    { "msg", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, msg), 0, NULL },
    { "filename", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, filename), 0, NULL },
    { "lineno", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, lineno), 0, NULL },
    { "offset", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, offset), 0, NULL },
    { "text", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, text), 0, NULL },
    { "end_lineno", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, end_lineno), 0, NULL },
    { "end_offset", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, end_offset), 0, NULL },
    { "print_file_and_line", GP_T_OBJECT, offsetof(GpSyntaxErrorObj, print_file_and_line), 0, NULL },
    { NULL },
};

/* ---- UnicodeError family ------------------------------------------------------ */
static int unicodeerr_clear(GpObject *o)
{
    GpUnicodeError *e = (GpUnicodeError *)o;
    GP_CLEAR(e->encoding);
    GP_CLEAR(e->object);
    GP_CLEAR(e->start);
    GP_CLEAR(e->end);
    GP_CLEAR(e->reason);
    return base_clear(o);
}
static void unicodeerr_dealloc(GpObject *o) { gp_gc_untrack(o); unicodeerr_clear(o); gp_obj_free(o); }
/* UnicodeEncodeError(str encoding, str object, int start, int end, str reason),
 * UnicodeDecodeError(str, bytes-like, int, int, str),
 * UnicodeTranslateError(str object, int start, int end, str reason). */
static int unicode_coding_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    int decode = GP_TYPE_CHECK(self, &GpExc_UnicodeDecodeError);
    int translate = GP_TYPE_CHECK(self, &GpExc_UnicodeTranslateError);
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        gp_err_format(&GpExc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    GpObject *const *a = translate ? args - 1 : args;   /* a[1..4]: object, start, end, reason */
    GpObject *enc = translate ? NULL : args[0];
    if (enc && !GP_STR_CHECK(enc)) {
        gp_err_format(&GpExc_TypeError, "argument 1 must be str, not %T", enc);
        return -1;
    }
    if (!decode && !GP_STR_CHECK(a[1])) {
        gp_err_format(&GpExc_TypeError, "argument %d must be str, not %T", translate ? 1 : 2, a[1]);
        return -1;
    }
    gp_ssize st, en;
    if ((st = gp_number_as_ssize(a[2], &GpExc_OverflowError)) == -1 && gp_err_occurred())
        return -1;
    if ((en = gp_number_as_ssize(a[3], &GpExc_OverflowError)) == -1 && gp_err_occurred())
        return -1;
    if (!GP_STR_CHECK(a[4])) {
        gp_err_format(&GpExc_TypeError, "argument %d must be str, not %T", translate ? 4 : 5, a[4]);
        return -1;
    }
    GpObject *obj;
    if (decode && !GP_BYTES_CHECK(a[1])) {
        const char *d;
        gp_ssize n;
        if (gp_bytes_buffer(a[1], &d, &n) < 0)
            return -1;
        obj = gp_bytes_from(d, n);
        if (!obj)
            return -1;
    } else {
        obj = gp_newref(a[1]);
    }
    GpObject *sto = gp_int_from_ssize(st), *eno = gp_int_from_ssize(en);
    if (!sto || !eno) {
        GP_XDECREF(sto);
        GP_XDECREF(eno);
        GP_DECREF(obj);
        return -1;
    }
    GpUnicodeError *e = (GpUnicodeError *)self;
    GP_SETREF(e->encoding, gp_xnewref(enc));
    GP_SETREF(e->object, obj);
    GP_SETREF(e->start, sto);
    GP_SETREF(e->end, eno);
    GP_SETREF(e->reason, gp_newref(a[4]));
    return 0;
}
static GpObject *unicode_decode_str(GpObject *o)
{
    GpUnicodeError *e = (GpUnicodeError *)o;
    if (!e->object || !e->start || !e->end)
        return base_str(o);
    gp_ssize s = 0, en = 0;
    gp_int_as_ssize(e->start, &s);
    gp_int_as_ssize(e->end, &en);
    if (GP_BYTES_CHECK(e->object) && en == s + 1 && s >= 0 && s < GP_SIZE(e->object))
        return gp_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                  e->encoding, (unsigned)(unsigned char)GP_BYTES_DATA(e->object)[s], s,
                                  e->reason);
    return gp_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", e->encoding,
                              s, en - 1, e->reason);
}
static GpObject *unicode_encode_str(GpObject *o)
{
    GpUnicodeError *e = (GpUnicodeError *)o;
    if (!e->object || !e->start || !e->end)
        return base_str(o);
    gp_ssize s = 0, en = 0;
    gp_int_as_ssize(e->start, &s);
    gp_int_as_ssize(e->end, &en);
    if (GP_STR_CHECK(e->object) && en == s + 1 && s >= 0 && s < GP_STR_LEN(e->object)) {
        uint32_t cp = gp_str_char_at(e->object, s);
        const char *fmt = cp < 0x100 ? "'%U' codec can't encode character '\\x%02x' in position %zd: %U"
                          : cp < 0x10000 ? "'%U' codec can't encode character '\\u%04x' in position %zd: %U"
                                         : "'%U' codec can't encode character '\\U%08x' in position %zd: %U";
        return gp_str_from_format(fmt, e->encoding, (unsigned)cp, s, e->reason);
    }
    return gp_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U",
                              e->encoding, s, en - 1, e->reason);
}
static GpObject *unicode_translate_str(GpObject *o)
{
    GpUnicodeError *e = (GpUnicodeError *)o;
    if (!e->object || !e->start || !e->end)
        return base_str(o);
    gp_ssize s = 0, en = 0;
    gp_int_as_ssize(e->start, &s);
    gp_int_as_ssize(e->end, &en);
    if (GP_STR_CHECK(e->object) && en == s + 1 && s >= 0 && s < GP_STR_LEN(e->object)) {
        uint32_t cp = gp_str_char_at(e->object, s);
        const char *fmt = cp < 0x100 ? "can't translate character '\\x%02x' in position %zd: %U"
                          : cp < 0x10000 ? "can't translate character '\\u%04x' in position %zd: %U"
                                         : "can't translate character '\\U%08x' in position %zd: %U";
        return gp_str_from_format(fmt, (unsigned)cp, s, e->reason);
    }
    return gp_str_from_format("can't translate characters in position %zd-%zd: %U", s, en - 1, e->reason);
}
static const GpMemberDef unicodeerr_members[] = {
    { "encoding", GP_T_OBJECT, offsetof(GpUnicodeError, encoding), 0, NULL },
    { "object", GP_T_OBJECT, offsetof(GpUnicodeError, object), 0, NULL },
    { "start", GP_T_OBJECT, offsetof(GpUnicodeError, start), 0, NULL },
    { "end", GP_T_OBJECT, offsetof(GpUnicodeError, end), 0, NULL },
    { "reason", GP_T_OBJECT, offsetof(GpUnicodeError, reason), 0, NULL },
    { NULL },
};

/* ---- BaseExceptionGroup / ExceptionGroup ---------------------------------- */
/* BaseExceptionGroup(message, exceptions) keeps the message and a tuple of the
 * sub-exceptions; args stay what the caller passed (so the repr shows a list
 * when a list was given). BaseExceptionGroup(...) of plain Exceptions builds
 * an ExceptionGroup, and ExceptionGroup refuses BaseExceptions, as in 3.11. */
static int eg_is_sequence(GpObject *o)
{
    return GP_TYPE(o)->getitem != NULL && !GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_DICT_SUBCLASS);
}

static GpObject *eg_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames)) {
        gp_err_format(&GpExc_TypeError, "%s() takes no keyword arguments", gp_type_name(t));
        return NULL;
    }
    if (nargs != 2) {
        gp_err_format(&GpExc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                      nargs);
        return NULL;
    }
    GpObject *msg = args[0], *seq = args[1];
    if (!GP_STR_CHECK(msg)) {
        gp_err_format(&GpExc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", msg);
        return NULL;
    }
    if (!eg_is_sequence(seq)) {
        gp_err_set_string(&GpExc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    GpObject *excs = gp_sequence_tuple(seq);
    if (!excs)
        return NULL;
    if (GP_SIZE(excs) == 0) {
        gp_err_set_string(&GpExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        GP_DECREF(excs);
        return NULL;
    }
    int nested_base = 0;
    for (gp_ssize i = 0; i < GP_SIZE(excs); i++) {
        GpObject *e = GP_TUPLE_GET(excs, i);
        if (!GP_EXC_CHECK(e)) {
            gp_err_format(&GpExc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
            GP_DECREF(excs);
            return NULL;
        }
        if (!GP_TYPE_CHECK(e, &GpExc_Exception))
            nested_base = 1;
    }
    if (t == &GpExc_BaseExceptionGroup) {
        if (!nested_base)
            t = &GpExc_ExceptionGroup;
    } else if (t == &GpExc_ExceptionGroup) {
        if (nested_base) {
            gp_err_set_string(&GpExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            GP_DECREF(excs);
            return NULL;
        }
    } else if (nested_base && gp_type_is_subtype(t, &GpExc_Exception)) {
        gp_err_format(&GpExc_TypeError, "Cannot nest BaseExceptions in '%s'", gp_type_name(t));
        GP_DECREF(excs);
        return NULL;
    }
    GpObject *self = base_new(t, args, nargs, NULL);
    if (!self) {
        GP_DECREF(excs);
        return NULL;
    }
    GpBaseExceptionGroup *g = (GpBaseExceptionGroup *)self;
    g->msg = gp_newref(msg);
    g->excs = excs;
    return self;
}

static int eg_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames)) {
        gp_err_format(&GpExc_TypeError, "%s() takes no keyword arguments", gp_type_name(GP_TYPE(self)));
        return -1;
    }
    return base_init(self, args, nargs, NULL);
}

static int eg_clear(GpObject *o)
{
    GP_CLEAR(((GpBaseExceptionGroup *)o)->msg);
    GP_CLEAR(((GpBaseExceptionGroup *)o)->excs);
    return base_clear(o);
}
static void eg_dealloc(GpObject *o) { gp_gc_untrack(o); eg_clear(o); gp_obj_free(o); }
static int eg_traverse(GpObject *o, gp_visitproc v, void *a)
{
    GpBaseExceptionGroup *g = (GpBaseExceptionGroup *)o;
    if ((g->msg && v(g->msg, a)) || (g->excs && v(g->excs, a)))
        return 1;
    return base_traverse(o, v, a);
}

static GpObject *eg_str(GpObject *o)
{
    GpBaseExceptionGroup *g = (GpBaseExceptionGroup *)o;
    gp_ssize n = g->excs ? GP_SIZE(g->excs) : 0;
    return gp_str_from_format("%S (%zd sub-exception%s)", g->msg ? g->msg : gp_None, n, n > 1 ? "s" : "");
}

static GpObject *eg_derive(GpObject *self, GpObject *excs)
{
    GpBaseExceptionGroup *g = (GpBaseExceptionGroup *)self;
    GpObject *a[2] = { g->msg ? g->msg : gp_None, excs };
    return gp_call((GpObject *)&GpExc_BaseExceptionGroup, a, 2, NULL);
}

enum { EG_MATCH_TYPE, EG_MATCH_PREDICATE, EG_MATCH_LEAF_IDS };

static int eg_matcher_kind(GpObject *m)
{
    if (gp_callable(m) && !GP_TYPE_CHECK_TYPE(m))
        return EG_MATCH_PREDICATE;
    if (GP_EXC_CLASS_CHECK(m))
        return EG_MATCH_TYPE;
    if (GP_TUPLE_CHECK(m)) {
        gp_ssize i;
        for (i = 0; i < GP_SIZE(m); i++)
            if (!GP_EXC_CLASS_CHECK(GP_TUPLE_GET(m, i)))
                break;
        if (i == GP_SIZE(m))
            return EG_MATCH_TYPE;
    }
    gp_err_set_string(&GpExc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int eg_matches(GpObject *exc, int kind, GpObject *m)
{
    if (kind == EG_MATCH_TYPE)
        return gp_err_given_matches(exc, m);
    if (kind == EG_MATCH_LEAF_IDS) {   /* m: a set of id()s of leaf exceptions */
        if (GP_TYPE_CHECK(exc, &GpExc_BaseExceptionGroup))
            return 0;
        GpObject *id = gp_int_from_ssize((gp_ssize)(uintptr_t)exc);
        if (!id)
            return -1;
        int r = gp_set_contains(m, id);
        GP_DECREF(id);
        return r;
    }
    GpObject *r = gp_call(m, &exc, 1, NULL);
    if (!r)
        return -1;
    int t = gp_is_true(r);
    GP_DECREF(r);
    return t;
}

/* A group like orig holding the exceptions of `keep` (a list), made by
 * orig.derive() and carrying orig's traceback, context, cause and notes.
 * *res is NULL when keep is empty. */
static int eg_subset(GpObject *orig, GpObject *keep, GpObject **res)
{
    *res = NULL;
    if (GP_SIZE(keep) == 0)
        return 0;
    GpObject *g = gp_call_method_str(orig, "derive", &keep, 1);
    if (!g)
        return -1;
    if (!GP_TYPE_CHECK(g, &GpExc_BaseExceptionGroup)) {
        gp_err_set_string(&GpExc_TypeError, "derive must return an instance of BaseExceptionGroup");
        GP_DECREF(g);
        return -1;
    }
    GpBaseException *src = (GpBaseException *)orig, *dst = (GpBaseException *)g;
    GP_SETREF(dst->traceback, gp_xnewref(src->traceback));
    GP_SETREF(dst->context, gp_xnewref(src->context));
    GP_SETREF(dst->cause, gp_xnewref(src->cause));
    dst->suppress_context = 1;
    GpObject *notes = NULL;
    if (gp_getattr_opt(orig, gp_str_intern_cstr("__notes__"), &notes) < 0) {
        GP_DECREF(g);
        return -1;
    }
    if (notes) {
        if (eg_is_sequence(notes)) {
            GpObject *copy = gp_sequence_list(notes);
            int bad = !copy || gp_setattr_str(g, "__notes__", copy) < 0;
            GP_XDECREF(copy);
            if (bad) {
                GP_DECREF(notes);
                GP_DECREF(g);
                return -1;
            }
        }
        GP_DECREF(notes);
    }
    *res = g;
    return 0;
}

/* Split exc by the matcher into the matching part and (if want_rest) the
 * rest; either result may be NULL (nothing there). */
static int eg_split_rec(GpObject *exc, int kind, GpObject *m, int want_rest, GpObject **match,
                        GpObject **rest)
{
    *match = *rest = NULL;
    int is = eg_matches(exc, kind, m);
    if (is < 0)
        return -1;
    if (is) {
        *match = gp_newref(exc);
        return 0;
    }
    if (!GP_TYPE_CHECK(exc, &GpExc_BaseExceptionGroup)) {
        if (want_rest)
            *rest = gp_newref(exc);
        return 0;
    }
    if (gp_enter_recursive_call(" in split") < 0)
        return -1;
    GpObject *excs = ((GpBaseExceptionGroup *)exc)->excs;
    GpObject *ml = gp_list_new(0), *rl = want_rest ? gp_list_new(0) : NULL;
    int rc = -1;
    if (!ml || (want_rest && !rl))
        goto done;
    for (gp_ssize i = 0; excs && i < GP_SIZE(excs); i++) {
        GpObject *sm, *sr;
        if (eg_split_rec(GP_TUPLE_GET(excs, i), kind, m, want_rest, &sm, &sr) < 0)
            goto done;
        int bad = (sm && gp_list_append(ml, sm) < 0) || (sr && gp_list_append(rl, sr) < 0);
        GP_XDECREF(sm);
        GP_XDECREF(sr);
        if (bad)
            goto done;
    }
    if (eg_subset(exc, ml, match) < 0)
        goto done;
    if (want_rest && eg_subset(exc, rl, rest) < 0) {
        GP_CLEAR(*match);
        goto done;
    }
    rc = 0;
done:
    gp_leave_recursive_call();
    GP_XDECREF(ml);
    GP_XDECREF(rl);
    return rc;
}

static GpObject *eg_split(GpObject *self, GpObject *m)
{
    int kind = eg_matcher_kind(m);
    if (kind < 0)
        return NULL;
    GpObject *match, *rest;
    if (eg_split_rec(self, kind, m, 1, &match, &rest) < 0)
        return NULL;
    GpObject *r = gp_tuple_pack(2, match ? match : gp_None, rest ? rest : gp_None);
    GP_XDECREF(match);
    GP_XDECREF(rest);
    return r;
}

static GpObject *eg_subgroup(GpObject *self, GpObject *m)
{
    int kind = eg_matcher_kind(m);
    if (kind < 0)
        return NULL;
    GpObject *match, *rest;
    if (eg_split_rec(self, kind, m, 0, &match, &rest) < 0)
        return NULL;
    return match ? match : gp_newref(gp_None);
}

/* --- except* support (the VM's CHECK_EG_MATCH and PREP_RERAISE_STAR) --- */

/* ExceptionGroup("", excs): the group except* makes around what it raises. */
static GpObject *unnamed_group(GpObject *excs)
{
    GpObject *msg = gp_str_from_cstr("");
    GpObject *a[2] = { msg, excs };
    GpObject *g = msg ? gp_call((GpObject *)&GpExc_ExceptionGroup, a, 2, NULL) : NULL;
    GP_XDECREF(msg);
    return g;
}

/* Split exc by the except* type: *match is what the clause handles (None
 * if nothing), *rest what is left for the next clauses (None if nothing).
 * A naked exception that matches is wrapped in ExceptionGroup("", (exc,)),
 * carrying exc's traceback. */
int gp_exc_group_match(GpObject *exc, GpObject *type, GpObject **match, GpObject **rest)
{
    *match = *rest = NULL;
    if (exc == gp_None) {
        *match = gp_newref(gp_None);
        *rest = gp_newref(gp_None);
        return 0;
    }
    int is_eg = GP_TYPE_CHECK(exc, &GpExc_BaseExceptionGroup);
    int m = gp_err_given_matches(exc, type);
    if (m < 0)
        return -1;
    if (m) {
        if (is_eg) {
            *match = gp_newref(exc);
        } else {
            GpObject *excs = gp_tuple_pack(1, exc);
            GpObject *g = excs ? unnamed_group(excs) : NULL;
            GP_XDECREF(excs);
            if (!g)
                return -1;
            gp_exc_set_traceback(g, gp_exc_get_traceback(exc));
            *match = g;
        }
        *rest = gp_newref(gp_None);
        return 0;
    }
    if (is_eg) {
        GpObject *pair = gp_call_method_str(exc, "split", &type, 1);
        if (!pair)
            return -1;
        if (!GP_TUPLE_CHECK(pair) || GP_SIZE(pair) != 2) {
            gp_err_format(&GpExc_TypeError, "%T.split must return a 2-tuple, got %T", exc, pair);
            GP_DECREF(pair);
            return -1;
        }
        *match = gp_newref(GP_TUPLE_GET(pair, 0));
        *rest = gp_newref(GP_TUPLE_GET(pair, 1));
        GP_DECREF(pair);
        return 0;
    }
    *match = gp_newref(gp_None);
    *rest = gp_newref(gp_None);
    return 0;
}

/* Was e produced by splitting orig (same traceback, cause, context, notes)? */
static int same_exception_metadata(GpObject *e, GpObject *orig)
{
    GpBaseException *a = (GpBaseException *)e, *b = (GpBaseException *)orig;
    return a->notes == b->notes && a->traceback == b->traceback && a->cause == b->cause &&
           a->context == b->context;
}

static int collect_leaf_ids(GpObject *exc, GpObject *ids)
{
    if (exc == gp_None)
        return 0;
    if (!GP_TYPE_CHECK(exc, &GpExc_BaseExceptionGroup)) {
        GpObject *id = gp_int_from_ssize((gp_ssize)(uintptr_t)exc);
        int r = id ? gp_set_add(ids, id) : -1;
        GP_XDECREF(id);
        return r;
    }
    if (gp_enter_recursive_call(" in except*") < 0)
        return -1;
    GpObject *excs = ((GpBaseExceptionGroup *)exc)->excs;
    int r = 0;
    for (gp_ssize i = 0; r == 0 && excs && i < GP_SIZE(excs); i++)
        r = collect_leaf_ids(GP_TUPLE_GET(excs, i), ids);
    gp_leave_recursive_call();
    return r;
}

/* The part of the group orig whose leaves occur in the exceptions of keep
 * (a list): orig's structure, only the re-raised leaves. NULL = nothing. */
static int eg_projection(GpObject *orig, GpObject *keep, GpObject **res)
{
    *res = NULL;
    if (GP_SIZE(keep) == 0)
        return 0;
    GpObject *ids = gp_set_new(NULL);
    if (!ids)
        return -1;
    for (gp_ssize i = 0; i < GP_SIZE(keep); i++)
        if (collect_leaf_ids(GP_LIST_GET(keep, i), ids) < 0) {
            GP_DECREF(ids);
            return -1;
        }
    GpObject *rest;
    int r = eg_split_rec(orig, EG_MATCH_LEAF_IDS, ids, 0, res, &rest);
    GP_DECREF(ids);
    return r;
}

/* What leaves a try/except* statement: orig is the exception that entered
 * it, excs the list of what each clause raised or re-raised plus the
 * unhandled rest (None entries for nothing). Exceptions re-raised from orig
 * keep orig's nesting; newly raised ones sit beside it in a new group. */
GpObject *gp_exc_prep_reraise_star(GpObject *orig, GpObject *excs)
{
    gp_ssize n = GP_SIZE(excs);
    if (n == 0)
        return gp_newref(gp_None);
    if (!GP_TYPE_CHECK(orig, &GpExc_BaseExceptionGroup))
        return gp_newref(GP_LIST_GET(excs, 0));   /* a naked exception: one clause ran at most */
    GpObject *raised = gp_list_new(0), *reraised = gp_list_new(0), *result = NULL, *eg = NULL;
    if (!raised || !reraised)
        goto done;
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *e = GP_LIST_GET(excs, i);
        if (e == gp_None)
            continue;
        if (gp_list_append(same_exception_metadata(e, orig) ? reraised : raised, e) < 0)
            goto done;
    }
    if (eg_projection(orig, reraised, &eg) < 0)
        goto done;
    if (eg && gp_list_append(raised, eg) < 0)
        goto done;
    if (GP_SIZE(raised) == 0) {
        result = gp_newref(gp_None);
    } else if (GP_SIZE(raised) == 1) {
        result = gp_newref(GP_LIST_GET(raised, 0));
    } else {
        result = unnamed_group(raised);
    }
done:
    GP_XDECREF(eg);
    GP_XDECREF(raised);
    GP_XDECREF(reraised);
    return result;
}

static const GpMemberDef eg_members[] = {
    { "message", GP_T_OBJECT, offsetof(GpBaseExceptionGroup, msg), GP_MEMBER_READONLY, "exception message" },
    { "exceptions", GP_T_OBJECT, offsetof(GpBaseExceptionGroup, excs), GP_MEMBER_READONLY,
      "nested exceptions" },
    { NULL },
};
static const GpMethodDef eg_methods[] = {
    GP_METHOD("derive", eg_derive, GP_METH_O),
    GP_METHOD("split", eg_split, GP_METH_O),
    GP_METHOD("subgroup", eg_subgroup, GP_METH_O),
    { NULL },
};

/* ---- the hierarchy --------------------------------------------------------- */
COMPLEX_EXC(SystemExit, BaseException, GpSystemExit, "Request to exit from the interpreter.",
            .init = sysexit_init, .dealloc = sysexit_dealloc, .clear = sysexit_clear,
            .traverse = sysexit_traverse, .members = sysexit_members)
SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.")
SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.")
SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.")
COMPLEX_EXC(StopIteration, Exception, GpStopIteration, "Signal the end from iterator.__next__().",
            .init = stopiter_init, .dealloc = stopiter_dealloc, .clear = stopiter_clear,
            .traverse = stopiter_traverse, .members = stopiter_members)
SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.")
SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.")
SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.")
SIMPLE_EXC(ZeroDivisionError, ArithmeticError, "Second argument to a division or modulo operation was zero.")
SIMPLE_EXC(AssertionError, Exception, "Assertion failed.")
COMPLEX_EXC(AttributeError, Exception, GpAttributeError, "Attribute not found.",
            .init = attrerr_init, .dealloc = attrerr_dealloc, .clear = attrerr_clear,
            .traverse = attrerr_traverse, .members = attrerr_members)
SIMPLE_EXC(BufferError, Exception, "Buffer error.")
SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.")
COMPLEX_EXC(ImportError, Exception, GpImportError, "Import can't find module, or can't find name in module.",
            .init = importerr_init, .dealloc = importerr_dealloc, .clear = importerr_clear,
            .traverse = importerr_traverse, .members = importerr_members, .str = importerr_str)
COMPLEX_EXC(ModuleNotFoundError, ImportError, GpImportError, "Module not found.")
SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.")
SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.")
COMPLEX_EXC(KeyError, LookupError, GpBaseException, "Mapping key not found.", .str = keyerr_str)
SIMPLE_EXC(MemoryError, Exception, "Out of memory.")
COMPLEX_EXC(NameError, Exception, GpNameError, "Name not found globally.",
            .init = nameerr_init, .dealloc = nameerr_dealloc, .clear = nameerr_clear,
            .members = nameerr_members)
COMPLEX_EXC(UnboundLocalError, NameError, GpNameError, "Local name referenced but not bound to a value.")
COMPLEX_EXC(OSError, Exception, GpOSError, "Base class for I/O related errors.",
            .new_ = oserror_new, .init = oserror_init, .dealloc = oserror_dealloc,
            .clear = oserror_clear, .traverse = oserror_traverse, .str = oserror_str,
            .members = oserror_members)
COMPLEX_EXC(BlockingIOError, OSError, GpOSError, "I/O operation would block.", .getsets = blocking_getsets)
COMPLEX_EXC(ChildProcessError, OSError, GpOSError, "Child process error.")
COMPLEX_EXC(ConnectionError, OSError, GpOSError, "Connection error.")
COMPLEX_EXC(BrokenPipeError, ConnectionError, GpOSError, "Broken pipe.")
COMPLEX_EXC(ConnectionAbortedError, ConnectionError, GpOSError, "Connection aborted.")
COMPLEX_EXC(ConnectionRefusedError, ConnectionError, GpOSError, "Connection refused.")
COMPLEX_EXC(ConnectionResetError, ConnectionError, GpOSError, "Connection reset.")
COMPLEX_EXC(FileExistsError, OSError, GpOSError, "File already exists.")
COMPLEX_EXC(FileNotFoundError, OSError, GpOSError, "File not found.")
COMPLEX_EXC(InterruptedError, OSError, GpOSError, "Interrupted by signal.")
COMPLEX_EXC(IsADirectoryError, OSError, GpOSError, "Operation doesn't work on directories.")
COMPLEX_EXC(NotADirectoryError, OSError, GpOSError, "Operation only works on directories.")
COMPLEX_EXC(PermissionError, OSError, GpOSError, "Not enough permissions.")
COMPLEX_EXC(ProcessLookupError, OSError, GpOSError, "Process not found.")
COMPLEX_EXC(TimeoutError, OSError, GpOSError, "Timeout expired.")
SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.")
SIMPLE_EXC(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.")
COMPLEX_EXC(SyntaxError, Exception, GpSyntaxErrorObj, "Invalid syntax.",
            .init = syntaxerr_init, .dealloc = syntaxerr_dealloc, .clear = syntaxerr_clear,
            .str = syntaxerr_str, .members = syntaxerr_members)
COMPLEX_EXC(IndentationError, SyntaxError, GpSyntaxErrorObj, "Improper indentation.")
COMPLEX_EXC(TabError, IndentationError, GpSyntaxErrorObj, "Improper mixture of spaces and tabs.")
SIMPLE_EXC(SystemError, Exception, "Internal error in the Python interpreter.")
SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.")
SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).")
COMPLEX_EXC(UnicodeError, ValueError, GpUnicodeError, "Unicode related error.",
            .dealloc = unicodeerr_dealloc, .clear = unicodeerr_clear, .members = unicodeerr_members)
COMPLEX_EXC(UnicodeDecodeError, UnicodeError, GpUnicodeError, "Unicode decoding error.",
            .init = unicode_coding_init, .str = unicode_decode_str)
COMPLEX_EXC(UnicodeEncodeError, UnicodeError, GpUnicodeError, "Unicode encoding error.",
            .init = unicode_coding_init, .str = unicode_encode_str)
COMPLEX_EXC(UnicodeTranslateError, UnicodeError, GpUnicodeError, "Unicode translation error.",
            .init = unicode_coding_init, .str = unicode_translate_str)
SIMPLE_EXC(Warning, Exception, "Base class for warning categories.")
SIMPLE_EXC(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
SIMPLE_EXC(PendingDeprecationWarning, Warning, "Base class for warnings about features which will be deprecated in the future.")
SIMPLE_EXC(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.")
SIMPLE_EXC(FutureWarning, Warning, "Base class for warnings about constructs that will change semantically in the future.")
SIMPLE_EXC(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")
SIMPLE_EXC(UnicodeWarning, Warning, "Base class for warnings about Unicode related problems, mostly related to conversion problems.")
SIMPLE_EXC(BytesWarning, Warning, "Base class for warnings about bytes and buffer related problems, mostly related to conversion from str or comparing to str.")
SIMPLE_EXC(ResourceWarning, Warning, "Base class for warnings about resource usage.")
SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.")
COMPLEX_EXC(BaseExceptionGroup, BaseException, GpBaseExceptionGroup, "A combination of multiple unrelated exceptions.",
            .new_ = eg_new, .init = eg_init, .dealloc = eg_dealloc, .clear = eg_clear,
            .traverse = eg_traverse, .str = eg_str, .members = eg_members, .methods = eg_methods)
COMPLEX_EXC(ExceptionGroup, BaseExceptionGroup, GpBaseExceptionGroup, NULL)

/* ---- helpers used by the VM ------------------------------------------------ */

GpObject *gp_exc_new(GpType *type, GpObject *const *args, gp_ssize nargs)
{
    return gp_call((GpObject *)type, args, (size_t)nargs, NULL);
}

GpObject *gp_exc_get_traceback(GpObject *exc)
{
    return GP_EXC_CHECK(exc) ? ((GpBaseException *)exc)->traceback : NULL;
}

void gp_exc_set_traceback(GpObject *exc, GpObject *tb)
{
    if (GP_EXC_CHECK(exc))
        GP_SETREF(((GpBaseException *)exc)->traceback, gp_xnewref(tb == gp_None ? NULL : tb));
}

void gp_exc_set_context(GpObject *exc, GpObject *ctx)
{
    if (GP_EXC_CHECK(exc))
        GP_SETREF(((GpBaseException *)exc)->context, ctx);
    else
        GP_XDECREF(ctx);
}

void gp_exc_set_cause(GpObject *exc, GpObject *cause)
{
    if (GP_EXC_CHECK(exc)) {
        GP_SETREF(((GpBaseException *)exc)->cause, cause);
        ((GpBaseException *)exc)->suppress_context = 1;
    } else {
        GP_XDECREF(cause);
    }
}

GpObject *gp_exc_get_context(GpObject *exc)
{
    return GP_EXC_CHECK(exc) ? ((GpBaseException *)exc)->context : NULL;
}

GpObject *gp_stopiteration_value(GpObject *exc)
{
    if (GP_TYPE_CHECK(exc, &GpExc_StopIteration)) {
        GpObject *v = ((GpStopIteration *)exc)->value;
        return v ? v : gp_None;
    }
    return gp_None;
}

int gp_exceptions_init(GpObject *builtins)
{
    /* ExceptionGroup(BaseExceptionGroup, Exception) */
    if (!GpExc_ExceptionGroup.bases) {
        GpExc_ExceptionGroup.bases = gp_tuple_pack(2, &GpExc_BaseExceptionGroup, &GpExc_Exception);
        if (!GpExc_ExceptionGroup.bases)
            return -1;
    }
#define GP_EXC_READY(name)                                                  \
    if (gp_type_ready(&GpExc_##name) < 0 ||                                 \
        gp_dict_setitem_str(builtins, #name, (GpObject *)&GpExc_##name) < 0) \
        return -1;
    GP_EXC_LIST(GP_EXC_READY)
#undef GP_EXC_READY
    if (gp_dict_setitem_str(builtins, "EnvironmentError", (GpObject *)&GpExc_OSError) < 0 ||
        gp_dict_setitem_str(builtins, "IOError", (GpObject *)&GpExc_OSError) < 0)
        return -1;
    return 0;
}
