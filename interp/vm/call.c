/* call.c -- binding call arguments to a function's parameters, and setting up
 * frames for Python functions.
 *
 * Parameters occupy the first slots of the frame's fast locals in the order
 * positional (incl. positional-only), keyword-only, *args, **kwargs. A call
 * passes positional values and keyword values in one array plus a tuple of
 * keyword names (see object.h). The error messages are CPython 3.11's, and
 * they name the function by its __qualname__.
 */
#include <string.h>
#include "gilpy.h"
#include "vm/call.h"

static GpObject *qualname_of(GpFunction *f) { return f->qualname ? f->qualname : f->name; }

static void missing_args(GpFunction *f, GpCode *co, GpObject **locals, int start, int end,
                         int kwonly)
{
    /* collect the names of unset parameters in [start, end) */
    GpObject *names[64];
    int n = 0, total = 0;
    for (int i = start; i < end; i++) {
        if (locals[i] == NULL) {
            if (n < 64)
                names[n++] = GP_TUPLE_GET(co->varnames, i);
            total++;
        }
    }
    GpStrWriter w;
    gp_strw_init(&w);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            gp_strw_write_cstr(&w, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        GpObject *r = gp_repr(names[i]);
        if (r) {
            gp_strw_write_str(&w, r);
            GP_DECREF(r);
        }
    }
    GpObject *list = gp_strw_finish(&w);
    gp_err_format(&GpExc_TypeError, "%U() missing %d required %s argument%s: %U",
                  qualname_of(f), total, kwonly ? "keyword-only" : "positional",
                  total == 1 ? "" : "s", list);
    GP_XDECREF(list);
}

static void too_many_positional(GpFunction *f, GpCode *co, gp_ssize given, GpObject **locals)
{
    int argc = co->argcount;
    gp_ssize ndef = f->defaults ? GP_SIZE(f->defaults) : 0;
    int kwonly_given = 0;
    for (int i = argc; i < argc + co->kwonlyargcount; i++)
        if (locals[i])
            kwonly_given++;
    char sig[96];
    if (ndef)
        snprintf(sig, sizeof sig, "from %d to %d positional arguments", (int)(argc - ndef), argc);
    else
        snprintf(sig, sizeof sig, "%d positional argument%s", argc, argc == 1 ? "" : "s");
    if (kwonly_given) {
        char kw[96];
        snprintf(kw, sizeof kw, " positional argument%s (and %d keyword-only argument%s)",
                 given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
        gp_err_format(&GpExc_TypeError, "%U() takes %s but %zd%s were given",
                      qualname_of(f), sig, given, kw);
    } else {
        gp_err_format(&GpExc_TypeError, "%U() takes %s but %zd %s given", qualname_of(f), sig,
                      given, given == 1 ? "was" : "were");
    }
}

/* Bind args to locals[0 .. nparams). If steal, the references in args are
 * taken over (and released on error too); else they are borrowed.
 * Returns 0, or -1 with TypeError set (locals then hold whatever was bound;
 * the caller clears the frame). */
int gp_bind_args(GpFunction *f, GpCode *co, GpObject **locals, GpObject *const *args,
                 gp_ssize npos, GpObject *kwnames, int steal)
{
    int argc = co->argcount, kwonly = co->kwonlyargcount;
    int total_named = argc + kwonly;
    int has_varargs = (co->flags & GP_CO_VARARGS) != 0;
    int has_varkw = (co->flags & GP_CO_VARKEYWORDS) != 0;
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    GpObject *kwdict = NULL;
    gp_ssize i;

    if (has_varkw) {
        kwdict = gp_dict_new();
        if (!kwdict)
            goto fail_all;
        locals[total_named + has_varargs] = kwdict;
    }
    /* positional */
    gp_ssize n = npos < argc ? npos : argc;
    for (i = 0; i < n; i++)
        locals[i] = steal ? args[i] : gp_newref(args[i]);
    if (has_varargs) {
        GpObject *t = gp_tuple_new(npos > argc ? npos - argc : 0);
        if (!t)
            goto fail_from;
        for (gp_ssize j = n; j < npos; j++)
            GP_TUPLE_SET(t, j - n, steal ? args[j] : gp_newref(args[j]));
        locals[total_named] = t;
        n = npos;
    }
    /* keywords */
    for (gp_ssize k = 0; k < nkw; k++) {
        GpObject *name = GP_TUPLE_GET(kwnames, k);
        GpObject *value = args[npos + k];
        int j;
        for (j = co->posonlyargcount; j < total_named; j++) {
            GpObject *pn = GP_TUPLE_GET(co->varnames, j);
            if (pn == name)
                break;
        }
        if (j == total_named) {
            for (j = co->posonlyargcount; j < total_named; j++)
                if (gp_str_eq(GP_TUPLE_GET(co->varnames, j), name))
                    break;
        }
        if (j == total_named) {
            if (kwdict) {
                if (gp_dict_setitem(kwdict, name, value) < 0)
                    goto fail_kw;
                if (steal)
                    GP_DECREF(value);
                continue;
            }
            /* positional-only passed by keyword? */
            int posonly_hit = 0;
            for (int p = 0; p < co->posonlyargcount; p++)
                if (gp_str_eq(GP_TUPLE_GET(co->varnames, p), name))
                    posonly_hit = 1;
            if (posonly_hit) {
                /* every positional-only name given as a keyword, in parameter order */
                GpStrWriter w;
                gp_strw_init(&w);
                int first = 1;
                for (int p = 0; p < co->posonlyargcount; p++) {
                    GpObject *pn = GP_TUPLE_GET(co->varnames, p);
                    for (gp_ssize q = 0; q < nkw; q++) {
                        if (gp_str_eq(GP_TUPLE_GET(kwnames, q), pn)) {
                            if (!first)
                                gp_strw_write_cstr(&w, ", ");
                            gp_strw_write_str(&w, pn);
                            first = 0;
                            break;
                        }
                    }
                }
                GpObject *names = gp_strw_finish(&w);
                if (names) {
                    gp_err_format(&GpExc_TypeError,
                                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                                  qualname_of(f), names);
                    GP_DECREF(names);
                }
            } else
                gp_err_format(&GpExc_TypeError, "%U() got an unexpected keyword argument '%U'",
                              qualname_of(f), name);
            goto fail_kw;
        }
        if (locals[j]) {
            gp_err_format(&GpExc_TypeError, "%U() got multiple values for argument '%U'",
                          qualname_of(f), name);
            goto fail_kw;
        }
        locals[j] = steal ? value : gp_newref(value);
        continue;
    fail_kw:
        if (steal)
            for (gp_ssize r = k; r < nkw; r++)
                GP_DECREF(args[npos + r]);
        return -1;
    }
    if (npos > argc && !has_varargs) {
        too_many_positional(f, co, npos, locals);
        if (steal)
            for (gp_ssize j = argc; j < npos; j++)
                GP_DECREF(args[j]);
        return -1;
    }
    /* defaults for missing positional parameters */
    if (npos < argc) {
        gp_ssize ndef = f->defaults ? GP_SIZE(f->defaults) : 0;
        int first_default = argc - (int)ndef;
        for (int j = (int)npos; j < argc; j++) {
            if (locals[j] == NULL && j >= first_default)
                locals[j] = gp_newref(GP_TUPLE_GET(f->defaults, j - first_default));
        }
        for (int j = (int)npos; j < argc; j++)
            if (locals[j] == NULL) {
                missing_args(f, co, locals, (int)npos, argc, 0);
                return -1;
            }
    }
    /* keyword-only defaults */
    if (kwonly) {
        for (int j = argc; j < total_named; j++) {
            if (locals[j] == NULL && f->kwdefaults) {
                GpObject *d = gp_dict_getitem_err(f->kwdefaults, GP_TUPLE_GET(co->varnames, j));
                if (d)
                    locals[j] = gp_newref(d);
                else if (gp_err_occurred())
                    return -1;
            }
        }
        for (int j = argc; j < total_named; j++)
            if (locals[j] == NULL) {
                missing_args(f, co, locals, argc, total_named, 1);
                return -1;
            }
    }
    return 0;

fail_from:
    if (steal)
        for (gp_ssize j = n; j < npos + nkw; j++)
            GP_DECREF(args[j]);
    return -1;
fail_all:
    if (steal)
        for (gp_ssize j = 0; j < npos + nkw; j++)
            GP_DECREF(args[j]);
    return -1;
}

/* Create the cells and copy the free variables once parameters are bound. */
int gp_frame_init_cells(GpFrame *fr, GpCode *co, GpObject *closure)
{
    GpObject **lp = fr->localsplus;
    for (int i = 0; i < co->ncells; i++) {
        GpObject *init = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            init = lp[co->cell2arg[i]];     /* the cell takes over the argument */
            lp[co->cell2arg[i]] = NULL;
        }
        GpObject *cell = gp_cell_new(init);
        GP_XDECREF(init);
        if (!cell)
            return -1;
        lp[co->nlocals + i] = cell;
    }
    for (int i = 0; i < co->nfrees; i++)
        lp[co->nlocals + co->ncells + i] = gp_newref(GP_TUPLE_GET(closure, i));
    return 0;
}

/* Stack space for a frame of co with a zeroed header and zeroed locals,
 * cells and frees; the value stack part is not touched (see call.h). A new
 * chunk is left to gp_frame_push(), which zeroes everything. */
static GpFrame *push_frame(GpThreadState *ts, GpCode *co)
{
    gp_ssize nlp = co->nlocals + co->ncells + co->nfrees;
    size_t head = sizeof(GpFrame) + (size_t)nlp * sizeof(GpObject *);
    size_t need = (head + (size_t)co->stacksize * sizeof(GpObject *) + 15) & ~(size_t)15;
    if (!ts->datastack_top || (size_t)(ts->datastack_limit - ts->datastack_top) < need)
        return gp_frame_push(ts, co, GP_FRAME_NSLOTS(co));
    GpFrame *f = (GpFrame *)ts->datastack_top;
    ts->datastack_top += need;
    memset(f, 0, head);
    f->code = co;
    GP_INCREF(co);
    f->owner = GP_FRAME_OWNED_BY_THREAD;
    return f;
}

/* The general case of gp_frame_for_call() (call.h). */
GpFrame *gp_frame_for_call_slow(GpThreadState *ts, GpFunction *func, GpObject *const *args,
                                gp_ssize npos, GpObject *kwnames, int steal)
{
    GpCode *co = (GpCode *)func->code;
    GpFrame *fr = push_frame(ts, co);
    if (!fr) {
        if (steal) {
            gp_ssize n = npos + (kwnames ? GP_SIZE(kwnames) : 0);
            for (gp_ssize i = 0; i < n; i++)
                GP_DECREF(args[i]);
            GP_DECREF(func);
        }
        return NULL;
    }
    fr->func = steal ? (GpObject *)func : gp_newref(func);
    fr->globals = func->globals;      /* borrowed: see frame.h */
    fr->builtins = func->builtins;
    fr->borrows_globals = 1;
    fr->ip = co->code;
    gp_ssize argc = co->argcount;
    gp_ssize ndef = func->defaults ? GP_SIZE(func->defaults) : 0;
    if (!kwnames && co->kwonlyargcount == 0 && !(co->flags & (GP_CO_VARARGS | GP_CO_VARKEYWORDS)) &&
        npos <= argc && npos >= argc - ndef) {
        /* positional arguments, the missing ones all have defaults */
        GpObject **lp = fr->localsplus;
        for (gp_ssize i = 0; i < npos; i++)
            lp[i] = steal ? args[i] : gp_newref(args[i]);
        for (gp_ssize i = npos; i < argc; i++)
            lp[i] = gp_newref(GP_TUPLE_GET(func->defaults, i - (argc - ndef)));
    } else if (gp_bind_args(func, co, fr->localsplus, args, npos, kwnames, steal) < 0) {
        gp_frame_pop(ts, fr);
        return NULL;
    }
    if ((co->ncells || co->nfrees) && gp_frame_init_cells(fr, co, func->closure) < 0) {
        gp_frame_pop(ts, fr);
        return NULL;
    }
    return fr;
}
