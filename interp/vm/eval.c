/* eval.c -- the bytecode interpreter.
 *
 * One function, gp_eval_frame(), runs frames with computed-goto dispatch.
 * Calls from Python code to Python functions do not recurse in C: CALL
 * pushes the callee's frame on the thread's data stack and continues in
 * the same loop; RETURN_VALUE pops back to the caller. The C stack only grows
 * when C code (a type slot, a builtin such as sorted(key=...), a generator's
 * send) calls back into Python, and each such entry checks the C stack.
 *
 * The eval breaker. Two words in the interpreter state: `eval_breaker` is
 * read at loop back-edges and at calls, `eval_breaker_instr` before every
 * instruction. With -X preempt=instruction (the default: CPython <= 3.9's
 * behaviour) a GIL drop request sets both, so a thread can lose the GIL
 * between the LOAD and the STORE of `x += 1`; with -X preempt=backedge
 * (CPython >= 3.10) it sets only the first. Either check is one relaxed
 * load and a branch.
 *
 * Tracing (sys.settrace/setprofile, vm/trace.c) rides on the breaker: while
 * any thread has a trace or profile function GP_BREAK_TRACE is set in both
 * words, so every instruction goes through handle_breaker, which delivers
 * the 'line'/'opcode'/'return' events; frame entry tests the same word
 * ('call'). Only the error and unwinding paths test the thread state
 * directly. With no function set, the fast paths are unchanged.
 *
 * Frame state kept in locals while the loop runs: ip (next word), sp (value
 * stack top). frame->ip is kept equal to "one past the current instruction's
 * opcode word" so that tracebacks, f_lineno and the exception table can find
 * the current instruction at any time: index = frame->ip - code - 1.
 */
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "vm/call.h"
#include "vm/attrcache.h"
#include "vm/match.h"
#include "compile/opcodes.h"
#include "objects/typeobject.h"
#include "objects/genobject.h"
#include "vm/trace.h"

/* ---- helpers ------------------------------------------------------------- */

/* Whether iter() could work on o (for error messages only). */
static int gp_iter_check_has(GpObject *o)
{
    return GP_TYPE(o)->iter != NULL || GP_TYPE(o)->getitem != NULL;
}

static GpObject *name_error(GpObject *name)
{
    gp_err_format(&GpExc_NameError, "name '%U' is not defined", name);
    GpObject *exc = gp_err_occurred();
    if (exc && GP_TYPE_CHECK(exc, &GpExc_NameError)) {
        GpNameError *ne = (GpNameError *)exc;
        GP_SETREF(ne->name, gp_newref(name));
    }
    return NULL;
}

static void unbound_local(GpCode *co, int i)
{
    gp_err_format(&GpExc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  GP_TUPLE_GET(co->varnames, i));
}

static GpObject *deref_name(GpCode *co, int i)
{
    return i < co->ncells ? GP_TUPLE_GET(co->cellvars, i)
                          : GP_TUPLE_GET(co->freevars, i - co->ncells);
}

static void unbound_deref(GpCode *co, int i)
{
    if (i < co->ncells)
        gp_err_format(&GpExc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      deref_name(co, i));
    else
        gp_err_format(&GpExc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      deref_name(co, i));
}

/* LOAD_GLOBAL with a cache keyed on the keys versions of globals and builtins. */
static inline GpObject *load_global(GpObject *globals, GpObject *builtins, GpObject *name,
                                    GpInlineCache *c)
{
    GpDict *g = (GpDict *)globals, *b = (GpDict *)builtins;
    if (c->v1 == g->keys_version) {
        if (c->kind == 1) {
            GpObject *v = g->entries[c->index].value;
            if (v)
                return v;
        } else if (c->kind == 2 && c->v2 == b->keys_version) {
            GpObject *v = b->entries[c->index].value;
            if (v)
                return v;
        }
    }
    gp_hash h = ((GpStr *)name)->hash;
    if (h == -1)
        h = gp_str_hash(name);
    GpObject *v;
    if (GP_DICT_CHECK_EXACT(globals)) {
        gp_ssize ix = gp_dict_lookup_index(globals, name, h, &v);
        if (ix >= 0 && v) {
            c->kind = 1;
            c->v1 = g->keys_version;
            c->index = ix;
            return v;
        }
        if (gp_err_occurred())
            return NULL;
        if (GP_DICT_CHECK_EXACT(builtins)) {
            ix = gp_dict_lookup_index(builtins, name, h, &v);
            if (ix >= 0 && v) {
                c->kind = 2;
                c->v1 = g->keys_version;
                c->v2 = b->keys_version;
                c->index = ix;
                return v;
            }
            if (gp_err_occurred())
                return NULL;
            name_error(name);
            return NULL;
        }
    } else {
        v = gp_dict_getitem_err(globals, name);
        if (v)
            return v;
        if (gp_err_occurred())
            return NULL;
    }
    /* builtins may be a non-dict mapping in exotic cases */
    GpObject *r = gp_getitem(builtins, name);
    if (!r) {
        if (gp_err_matches(&GpExc_KeyError)) {
            gp_err_clear();
            name_error(name);
        }
        return NULL;
    }
    GP_DECREF(r);   /* builtins holds it */
    return r;
}

static GpObject *load_name(GpFrame *f, GpObject *name)
{
    GpObject *v;
    if (f->locals) {
        if (GP_DICT_CHECK_EXACT(f->locals)) {
            v = gp_dict_getitem_err(f->locals, name);
            if (v)
                return gp_newref(v);
            if (gp_err_occurred())
                return NULL;
        } else {
            v = gp_getitem(f->locals, name);
            if (v)
                return v;
            if (!gp_err_matches(&GpExc_KeyError))
                return NULL;
            gp_err_clear();
        }
    }
    v = gp_dict_getitem_err(f->globals, name);
    if (v)
        return gp_newref(v);
    if (gp_err_occurred())
        return NULL;
    v = gp_dict_getitem_err(f->builtins, name);
    if (v)
        return gp_newref(v);
    if (gp_err_occurred())
        return NULL;
    return name_error(name);
}

/* Exception table lookup: the entry covering word index i, or NULL. */
static const GpExcTableEntry *find_handler(GpCode *co, uint32_t i)
{
    int lo = 0, hi = co->nexctable - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const GpExcTableEntry *e = &co->exctable[mid];
        if (i < e->start)
            hi = mid - 1;
        else if (i >= e->end)
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

static int unpack_iterable(GpObject *v, int before, int after, GpObject **out_top)
{
    /* writes items so that the first is at out_top[-1]... caller layout: out_top
     * points one past where the LAST pushed item goes; items are stored in
     * reverse order (first item on top). */
    GpObject *it = gp_iter(v);
    if (!it) {
        if (gp_err_matches(&GpExc_TypeError) && !gp_iter_check_has(v)) {
            gp_err_clear();
            gp_err_format(&GpExc_TypeError, "cannot unpack non-iterable %T object", v);
        }
        return -1;
    }
    GpObject **sp = out_top;   /* we fill downward: first item at sp[-1] */
    int i = 0;
    for (; i < before; i++) {
        GpObject *w = gp_iter_next(it);
        if (!w) {
            if (!gp_err_occurred()) {
                if (after < 0)
                    gp_err_format(&GpExc_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    gp_err_format(&GpExc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
            }
            goto fail;
        }
        *--sp = w;
    }
    if (after < 0) {
        GpObject *w = gp_iter_next(it);
        if (w) {
            GP_DECREF(w);
            gp_err_format(&GpExc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (gp_err_occurred())
            goto fail;
        GP_DECREF(it);
        return 0;
    }
    GpObject *l = gp_sequence_list(it);
    if (!l)
        goto fail;
    *--sp = l;
    i++;
    gp_ssize ll = GP_SIZE(l);
    if (ll < after) {
        gp_err_format(&GpExc_ValueError,
                      "not enough values to unpack (expected at least %d, got %zd)",
                      before + after, before + ll);
        goto fail;
    }
    for (int j = after; j > 0; j--) {
        *--sp = GP_LIST_GET(l, ll - j);
        i++;
    }
    /* the tail items now belong to the stack: shrink the list */
    GP_SIZE(l) = ll - after;
    GP_DECREF(it);
    return 0;
fail:
    for (GpObject **p = out_top - 1; p >= sp && i > 0; p--, i--)
        GP_DECREF(*p);
    GP_DECREF(it);
    return -1;
}

static GpObject *format_value(GpObject *v, int conv, GpObject *spec)
{
    GpObject *s;
    switch (conv) {
    case 1: s = gp_str(v); break;
    case 2: s = gp_repr(v); break;
    case 3: s = gp_ascii(v); break;
    default: s = gp_newref(v);
    }
    if (!s)
        return NULL;
    if (GP_STR_CHECK_EXACT(s) && (!spec || GP_STR_LEN(spec) == 0))
        return s;
    GpObject *r = gp_format(s, spec);
    GP_DECREF(s);
    return r;
}

static int check_except_type(GpObject *t)
{
    if (GP_TUPLE_CHECK(t)) {
        for (gp_ssize i = 0; i < GP_SIZE(t); i++)
            if (!check_except_type(GP_TUPLE_GET(t, i)))
                return 0;
        return 1;
    }
    return GP_EXC_CLASS_CHECK(t);
}

/* Is t (an exception class or a tuple of them) or one of its members a
 * subclass of BaseExceptionGroup? except* refuses those. */
static int is_group_type(GpObject *t)
{
    if (GP_TUPLE_CHECK(t)) {
        for (gp_ssize i = 0; i < GP_SIZE(t); i++)
            if (is_group_type(GP_TUPLE_GET(t, i)))
                return 1;
        return 0;
    }
    return gp_type_is_subtype((GpType *)t, &GpExc_BaseExceptionGroup);
}

/* raise exc [from cause] */
static int do_raise(GpThreadState *ts, GpObject *exc, GpObject *cause)
{
    GpObject *value = NULL;
    if (exc == NULL) {
        /* bare raise: re-raise the exception being handled */
        GpExcInfo *ei = ts->exc_info;
        while (ei && (ei->exc == NULL || ei->exc == gp_None))
            ei = ei->previous;
        if (!ei) {
            gp_err_set_string(&GpExc_RuntimeError, "No active exception to reraise");
            return -1;
        }
        gp_err_restore(gp_newref(ei->exc));
        return 1;   /* keep the traceback as is */
    }
    if (GP_EXC_CLASS_CHECK(exc)) {
        value = gp_call0(exc);
        if (!value)
            goto fail;
        if (!GP_EXC_CHECK(value)) {
            gp_err_format(&GpExc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %T",
                          exc, value);
            goto fail;
        }
    } else if (GP_EXC_CHECK(exc)) {
        value = gp_newref(exc);
    } else {
        gp_err_set_string(&GpExc_TypeError, "exceptions must derive from BaseException");
        goto fail;
    }
    if (cause) {
        GpObject *fixed;
        if (GP_EXC_CLASS_CHECK(cause)) {
            fixed = gp_call0(cause);
            if (!fixed)
                goto fail;
            if (!GP_EXC_CHECK(fixed)) {
                gp_err_format(&GpExc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %T",
                              cause, fixed);
                GP_DECREF(fixed);
                goto fail;
            }
        } else if (GP_EXC_CHECK(cause)) {
            fixed = gp_newref(cause);
        } else if (cause == gp_None) {
            fixed = NULL;
        } else {
            gp_err_set_string(&GpExc_TypeError, "exception causes must derive from BaseException");
            goto fail;
        }
        gp_exc_set_cause(value, fixed);
    }
    gp_err_raise(value);
    return 0;
fail:
    GP_XDECREF(value);
    return -1;
}

static GpObject *import_from(GpObject *module, GpObject *name)
{
    GpObject *v;
    int r = gp_getattr_opt(module, name, &v);
    if (r > 0)
        return v;
    if (r < 0)
        return NULL;
    /* maybe a submodule imported circularly: sys.modules["pkg.name"] */
    GpObject *pkgname;
    if (gp_getattr_opt(module, gp_str_intern_cstr("__name__"), &pkgname) > 0 &&
        GP_STR_CHECK(pkgname)) {
        GpObject *full = gp_str_from_format("%U.%U", pkgname, name);
        if (full) {
            GpObject *m = gp_dict_getitem_err(gp_interp()->modules, full);
            GP_DECREF(full);
            if (m) {
                GP_DECREF(pkgname);
                return gp_newref(m);
            }
        }
        gp_err_clear();
        GpObject *file = NULL;
        if (gp_getattr_opt(module, gp_str_intern_cstr("__file__"), &file) > 0 && GP_STR_CHECK(file))
            gp_err_format(&GpExc_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                          pkgname, file);
        else
            gp_err_format(&GpExc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                          name, pkgname);
        GpObject *exc = gp_err_occurred();
        if (exc && GP_TYPE(exc) == &GpExc_ImportError) {
            GpImportError *ie = (GpImportError *)exc;
            GP_SETREF(ie->name, gp_newref(pkgname));
            if (file && GP_STR_CHECK(file))
                GP_SETREF(ie->path, gp_newref(file));
        }
        GP_XDECREF(file);
        GP_DECREF(pkgname);
    } else {
        gp_err_clear();
        gp_err_format(&GpExc_ImportError, "cannot import name '%U'", name);
    }
    return NULL;
}

static int import_star(GpFrame *f, GpObject *module)
{
    GpObject *locals = f->locals ? f->locals : f->globals;
    GpObject *all = NULL;
    int skip_private = 0;
    if (gp_getattr_opt(module, gp_str_intern_cstr("__all__"), &all) < 0)
        return -1;
    if (!all) {
        GpObject *d;
        if (gp_getattr_opt(module, gp_str_intern_cstr("__dict__"), &d) <= 0) {
            if (!gp_err_occurred())
                gp_err_set_string(&GpExc_ImportError,
                                  "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = gp_sequence_list(d);   /* keys */
        GP_DECREF(d);
        if (!all)
            return -1;
        skip_private = 1;
    }
    GpObject *it = gp_iter(all);
    GP_DECREF(all);
    if (!it)
        return -1;
    GpObject *name;
    int rc = 0;
    while ((name = gp_iter_next(it))) {
        if (skip_private && GP_STR_CHECK(name) && GP_STR_DATA(name)[0] == '_') {
            GP_DECREF(name);
            continue;
        }
        GpObject *v = gp_getattr(module, name);
        if (!v || gp_setitem(locals, name, v) < 0) {
            GP_XDECREF(v);
            GP_DECREF(name);
            rc = -1;
            break;
        }
        GP_DECREF(v);
        GP_DECREF(name);
    }
    GP_DECREF(it);
    if (rc == 0 && gp_err_occurred())
        rc = -1;
    return rc;
}


/* ---- s += t on strings (CPython's unicode_concatenate) --------------------
 * Building a string with `s += piece` in a loop would copy s every time.
 * When the instruction after the addition rebinds the variable that holds
 * s, that binding is dropped first; if the VM's stack reference is then the
 * only one, s is grown in place (realloc) instead of copied. As in CPython,
 * a global or class-body name is deleted from its dict and re-inserted by
 * the store, so it moves to the end of the dict's order. Returns 1 when the
 * binding was dropped (or there was none to drop), 0 to leave things be. */
static int unbind_for_concat(GpFrame *frame, GpObject **locals, GpObject *const *names,
                             GpCode *co, GpObject *a, uint32_t next)
{
    uint32_t arg = GP_INSTR_ARG(next);
    GpObject *dict = NULL;
    switch (GP_INSTR_OP(next)) {
    case OP_STORE_FAST:
        if (locals[arg] == a) {
            locals[arg] = NULL;
            GP_DECREF(a);
        }
        return 1;
    case OP_STORE_DEREF: {
        GpCell *cell = (GpCell *)locals[co->nlocals + arg];
        if (cell->ref == a) {
            cell->ref = NULL;
            GP_DECREF(a);
        }
        return 1;
    }
    case OP_STORE_NAME:
        dict = frame->locals;
        break;
    case OP_STORE_GLOBAL:
        dict = frame->globals;
        break;
    default:
        return 0;
    }
    if (!dict || !GP_DICT_CHECK_EXACT(dict))
        return 0;
    GpObject *cur = gp_dict_getitem_err(dict, names[arg]);
    if (cur != a) {
        gp_err_clear();
        return 0;
    }
    if (gp_dict_delitem(dict, names[arg]) < 0) {
        gp_err_clear();
        return 0;
    }
    return 1;
}

/* Append b to a, whose only reference the caller owns (consumed). */
static GpObject *str_append_inplace(GpObject *a, GpObject *b)
{
    GpStr *s = (GpStr *)a, *t = (GpStr *)b;
    if (t->nbytes == 0)
        return a;
    gp_ssize nb = s->nbytes + t->nbytes;
    if (nb < s->nbytes || nb >= GP_SSIZE_MAX - (gp_ssize)sizeof(GpStr) - 1) {
        GP_DECREF(a);
        return gp_err_no_memory();
    }
    if (s->cpindex) {
        gp_mem_free(s->cpindex);
        s->cpindex = NULL;
    }
    GpStr *ns = s;
    size_t have = s->overalloc ? gp_str_grow_cap(s->nbytes) : (size_t)s->nbytes + 1;
    if ((size_t)nb + 1 > have) {
        /* geometric growth: the capacity follows from nbytes, see strobject.h */
        ns = gp_mem_realloc(s, sizeof(GpStr) + gp_str_grow_cap(nb));
        if (!ns) {
            GP_DECREF(a);
            return gp_err_no_memory();
        }
        ns->overalloc = 1;
    }
    memcpy(ns->data + ns->nbytes, t->data, (size_t)t->nbytes);
    ns->data[nb] = '\0';
    ns->nbytes = nb;
    ns->ob.size += t->ob.size;
    ns->ascii = ns->ascii && t->ascii;
    ns->hash = -1;
    return (GpObject *)ns;
}

/* Describe a callable for error messages: "f()" */
static GpObject *func_desc(GpObject *callable)
{
    /* CPython's _PyObject_FunctionStr: "mod.qualname()" unless the module
     * is builtins, "type.method()" for methods of builtin types. */
    if (GP_METHOD_CHECK(callable))
        return func_desc(((GpMethod *)callable)->func);
    if (GP_TYPE(callable) == &GpCFunction_Type) {
        GpCFunction *cf = (GpCFunction *)callable;
        if (cf->self && !GP_MODULE_CHECK(cf->self))
            return gp_str_from_format("%s.%s()", gp_type_tpname(GP_TYPE(cf->self)), cf->def->name);
        return gp_str_from_format("%s()", cf->def->name);
    }
    GpObject *qualname = NULL, *module = NULL, *r = NULL;
    if (gp_getattr_opt(callable, gp_str_intern_cstr("__qualname__"), &qualname) <= 0 ||
        !GP_STR_CHECK(qualname)) {
        gp_err_clear();
        GP_XDECREF(qualname);
        return gp_str_from_format("%T object", callable);
    }
    if (gp_getattr_opt(callable, gp_str_intern_cstr("__module__"), &module) > 0 &&
        GP_STR_CHECK(module) && !gp_str_eq_cstr(module, "builtins"))
        r = gp_str_from_format("%U.%U()", module, qualname);
    else
        r = gp_str_from_format("%U()", qualname);
    gp_err_clear();
    GP_XDECREF(module);
    GP_DECREF(qualname);
    return r;
}

/* After a merge failed with AttributeError: 1 (and the error cleared) when
 * o has no keys() at all, i.e. it is not a mapping; 0 when the
 * AttributeError came from inside keys() and stays set. */
static int merge_failed_not_mapping(GpObject *o)
{
    GpObject *exc = gp_err_fetch(), *keys = NULL;
    int r = gp_getattr_opt(o, gp_str_intern_cstr("keys"), &keys);
    GP_XDECREF(keys);
    if (r > 0) {
        gp_err_restore(exc);
        return 0;
    }
    GP_XDECREF(exc);
    if (r < 0)
        return 0;   /* the lookup's own error is set */
    return 1;
}

static int dict_merge_for_call(GpObject *callable, GpObject *dict, GpObject *other)
{
    /* **other in a call: CPython's _PyDict_MergeEx(dict, other, 2) -- a
     * dict (or subclass keeping dict's iteration) is read directly, other
     * mappings through keys() and [] -- with its errors reworded */
    if (gp_dict_merge(dict, other, 2) < 0) {
        if (gp_err_matches(&GpExc_AttributeError)) {
            if (merge_failed_not_mapping(other)) {
                GpObject *d = func_desc(callable);
                gp_err_format(&GpExc_TypeError, "%U argument after ** must be a mapping, not %T",
                              d, other);
                GP_XDECREF(d);
            }
        } else if (gp_err_matches(&GpExc_KeyError)) {
            GpObject *exc = gp_err_fetch();
            GpObject *args = exc ? ((GpBaseException *)exc)->args : NULL;
            if (args && GP_TUPLE_CHECK(args) && GP_SIZE(args) == 1 &&
                GP_STR_CHECK(GP_TUPLE_GET(args, 0))) {
                GpObject *d = func_desc(callable);
                gp_err_format(&GpExc_TypeError, "%U got multiple values for keyword argument '%U'",
                              d, GP_TUPLE_GET(args, 0));
                GP_XDECREF(d);
                GP_DECREF(exc);
            } else {
                gp_err_restore(exc);
            }
        }
        return -1;
    }
    gp_ssize pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(dict, &pos, &k, &v)) {
        if (!GP_STR_CHECK(k)) {
            gp_err_set_string(&GpExc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return 0;
}

static GpObject *make_function(GpFrame *f, GpObject *code, int flags, GpObject **sp)
{
    GpFunction *fn = (GpFunction *)gp_function_new(code, f->globals, ((GpCode *)code)->qualname);
    if (!fn)
        return NULL;
    if (flags & 8)
        fn->closure = gp_newref(*--sp);
    if (flags & 4) {
        GpObject *ann = *--sp;
        GpObject *d = gp_dict_new();
        if (!d) {
            GP_DECREF(fn);
            return NULL;
        }
        if (GP_TUPLE_CHECK(ann)) {
            for (gp_ssize i = 0; i + 1 < GP_SIZE(ann); i += 2)
                gp_dict_setitem(d, GP_TUPLE_GET(ann, i), GP_TUPLE_GET(ann, i + 1));
        } else if (GP_DICT_CHECK(ann)) {
            gp_dict_update(d, ann);
        }
        fn->annotations = d;
    }
    if (flags & 2)
        fn->kwdefaults = gp_newref(*--sp);
    if (flags & 1)
        fn->defaults = gp_newref(*--sp);
    return (GpObject *)fn;
}

/* ---- the loop ------------------------------------------------------------ */

/* Release a finished frame of a Python-to-Python call (gp_frame_pop()'s
 * common case, inline): no frame object refers to it, it borrows globals
 * and builtins, and its value stack is already empty. The slots are not
 * reset, as nothing can reach the frame any more: it is unlinked from
 * ts->frame and has no frame object. */
static inline void pop_call_frame(GpThreadState *ts, GpFrame *f)
{
    if (f->frame_obj || !f->borrows_globals || f->owner != GP_FRAME_OWNED_BY_THREAD) {
        gp_frame_pop(ts, f);
        return;
    }
    GpCode *co = f->code;
    GpObject **lp = f->localsplus;
    gp_ssize n = co->nlocals + co->ncells + co->nfrees;
    for (gp_ssize i = 0; i < n; i++)
        GP_XDECREF(lp[i]);
    GP_DECREF(f->func);
    GP_DECREF(co);
    gp_frame_release_space(ts, f);
}

#define GP_CACHES(co) ((GpInlineCache *)(co)->caches)

static int ensure_caches(GpCode *co)
{
    if (co->caches || co->ncaches == 0)
        return 0;
    co->caches = calloc((size_t)co->ncaches, sizeof(GpInlineCache));
    if (!co->caches) {
        gp_err_no_memory();
        return -1;
    }
    return 0;
}

GpObject *gp_eval_frame(GpThreadState *ts, GpFrame *frame, int throwflag)
{
    static void *const targets[256] = {
#define GP_OP_TARGET(name) [OP_##name] = &&TARGET_##name,
        GP_OP_LIST(GP_OP_TARGET)
#undef GP_OP_TARGET
    };
    GpInterp *interp = ts->interp;
    GpCode *co;
    const uint32_t *ip;
    const uint32_t *code_base;
    GpObject **sp, **stack_base, **locals;
    GpObject *const *consts;
    GpObject *const *names;
    GpObject *kwnames = NULL;
    GpObject *retval = NULL;
    gp_ssize reraise_lasti = -1;   /* RERAISE restoring the frame's location */
    uint32_t word, oparg;
    char c_stack_probe;

    /* C stack guard for this (re-)entry from C */
    if (&c_stack_probe < ts->c_stack_soft_limit) {
        gp_err_set_string(&GpExc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    frame->is_entry = 1;
    frame->previous = ts->frame;
    ts->frame = frame;
    if (++ts->recursion_depth > interp->recursion_limit + ts->recursion_headroom) {
        ts->recursion_headroom++;   /* creating the exception calls into C */
        gp_err_set_string(&GpExc_RecursionError, "maximum recursion depth exceeded");
        ts->recursion_headroom--;
        goto exit_entry_error;
    }

resume_frame:
    co = frame->code;
    if (co->ncaches && !co->caches && ensure_caches(co) < 0)
        goto error;
    code_base = co->code;
    ip = frame->ip;
    locals = frame->localsplus;
    stack_base = locals + co->nlocals + co->ncells + co->nfrees;
    sp = stack_base + frame->stacktop;
    consts = GP_TUPLE_ITEMS(co->consts);
    names = GP_TUPLE_ITEMS(co->names);
    frame->state = GP_FRAME_RUNNING;
    if (throwflag) {
        throwflag = 0;
        /* tracing: throw() and close() resume the generator too ('call') */
        if (gp_trace_active(ts) && gp_trace_frame_entry(ts, frame) < 0)
            goto exit_unwind;
        goto error;
    }

#define NEXT() do { word = *ip++; frame->ip = ip; oparg = GP_INSTR_ARG(word); \
                    goto *targets[GP_INSTR_OP(word)]; } while (0)
#define DISPATCH() do { if (atomic_load_explicit(&interp->eval_breaker_instr, memory_order_relaxed)) { \
                            goto handle_breaker; } NEXT(); } while (0)
#define CHECK_BREAKER_BACKEDGE() do { if (atomic_load_explicit(&interp->eval_breaker, memory_order_relaxed)) \
                            goto handle_breaker; } while (0)
#define TARGET(name) TARGET_##name:
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(gp_ssize)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define CACHE() (&GP_CACHES(co)[*ip++])
#define JUMPTO(t) (ip = code_base + (t))
#define ERROR_IF(c) do { if (c) goto error; } while (0)

    /* same cost as DISPATCH(): tracing's 'call' event rides on the breaker */
    if (atomic_load_explicit(&interp->eval_breaker_instr, memory_order_relaxed))
        goto handle_breaker_entry;
    NEXT();

handle_breaker_entry:
    /* tracing: 'call' as the frame starts or resumes; if the function
     * fails, the frame unwinds without running (CPython) */
    if (gp_trace_active(ts) && gp_trace_frame_entry(ts, frame) < 0)
        goto exit_unwind;
handle_breaker: {
        unsigned bits = atomic_load_explicit(&interp->eval_breaker_instr, memory_order_relaxed) |
                        atomic_load_explicit(&interp->eval_breaker, memory_order_relaxed);
        if ((bits & GP_BREAK_TRACE) && gp_trace_active(ts)) {
            /* tracing: 'line', 'opcode', 'return' before the instruction */
            int r = gp_trace_instr(ts, frame, ip, sp, consts);
            if (r == -1)
                goto error_at_next;
            if (r == -2)
                goto exit_unwind;
        }
        if ((bits & ~GP_BREAK_TRACE) && gp_eval_handle_breaker(ts) < 0)
            goto error_at_next;
    }
    NEXT();

    TARGET(NOP) DISPATCH();
    TARGET(GEN_START) DISPATCH();
    TARGET(POP_TOP) { GpObject *v = POP(); GP_DECREF(v); DISPATCH(); }
    TARGET(PUSH_NULL) { PUSH(NULL); DISPATCH(); }
    TARGET(COPY) { GpObject *v = PEEK(oparg); PUSH(gp_xnewref(v)); DISPATCH(); }
    TARGET(SWAP) { GpObject *t = TOP(); SET_TOP(PEEK(oparg)); PEEK(oparg) = t; DISPATCH(); }
    TARGET(LOAD_CONST) { PUSH(gp_newref(consts[oparg])); DISPATCH(); }
    TARGET(RETURN_CONST) { retval = gp_newref(consts[oparg]); goto do_return; }
    TARGET(LOAD_FAST) {
        GpObject *v = locals[oparg];
        if (__builtin_expect(v == NULL, 0)) {
            unbound_local(co, (int)oparg);
            goto error;
        }
        PUSH(gp_newref(v));
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_FAST) {
        GpObject *a = locals[oparg & 0xFFF], *b = locals[oparg >> 12];
        if (__builtin_expect(a == NULL, 0)) { unbound_local(co, (int)(oparg & 0xFFF)); goto error; }
        if (__builtin_expect(b == NULL, 0)) { unbound_local(co, (int)(oparg >> 12)); goto error; }
        PUSH(gp_newref(a));
        PUSH(gp_newref(b));
        DISPATCH();
    }
    TARGET(STORE_FAST) { GpObject *v = POP(); GP_SETREF(locals[oparg], v); DISPATCH(); }
    TARGET(DELETE_FAST) {
        if (!locals[oparg]) { unbound_local(co, (int)oparg); goto error; }
        GP_CLEAR(locals[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        GpObject *v = load_name(frame, names[oparg]);
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        GpObject *v = POP();
        int r;
        if (!frame->locals) {
            gp_err_format(&GpExc_SystemError, "no locals found when storing %R", names[oparg]);
            GP_DECREF(v);
            goto error;
        }
        if (GP_DICT_CHECK_EXACT(frame->locals))
            r = gp_dict_setitem(frame->locals, names[oparg], v);
        else
            r = gp_setitem(frame->locals, names[oparg], v);
        GP_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        GpObject *ns = frame->locals ? frame->locals : frame->globals;
        if (gp_delitem(ns, names[oparg]) < 0) {
            if (gp_err_matches(&GpExc_KeyError)) {
                gp_err_clear();
                name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        GpInlineCache *c = CACHE();
        GpObject *v = load_global(frame->globals, frame->builtins, names[oparg], c);
        ERROR_IF(!v);
        PUSH(gp_newref(v));
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        GpObject *v = POP();
        int r = gp_dict_setitem(frame->globals, names[oparg], v);
        GP_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (gp_dict_delitem(frame->globals, names[oparg]) < 0) {
            if (gp_err_matches(&GpExc_KeyError)) {
                gp_err_clear();
                name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        GpObject *v = ((GpCell *)locals[co->nlocals + oparg])->ref;
        if (!v) { unbound_deref(co, (int)oparg); goto error; }
        PUSH(gp_newref(v));
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        GpObject *v = POP();
        GpCell *cell = (GpCell *)locals[co->nlocals + oparg];
        GP_SETREF(cell->ref, v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        GpCell *cell = (GpCell *)locals[co->nlocals + oparg];
        if (!cell->ref) { unbound_deref(co, (int)oparg); goto error; }
        GP_CLEAR(cell->ref);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        GpObject *name = deref_name(co, (int)oparg);
        if (frame->locals) {
            GpObject *v = gp_dict_getitem_err(frame->locals, name);
            if (v) { PUSH(gp_newref(v)); DISPATCH(); }
            ERROR_IF(gp_err_occurred());
        }
        GpObject *v = ((GpCell *)locals[co->nlocals + oparg])->ref;
        if (!v) { unbound_deref(co, (int)oparg); goto error; }
        PUSH(gp_newref(v));
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { PUSH(gp_newref(locals[co->nlocals + oparg])); DISPATCH(); }

    TARGET(LOAD_ATTR) {
        GpInlineCache *c = CACHE();
        GpObject *o = TOP();
        GpObject *v = gp_attrcache_load(c, o);
        if (v) {
            SET_TOP(gp_newref(v));
            GP_DECREF(o);
            DISPATCH();
        }
        v = gp_getattr(o, names[oparg]);
        ERROR_IF(!v);
        gp_attrcache_fill_load(c, o, names[oparg]);
        SET_TOP(v);
        GP_DECREF(o);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        GpInlineCache *c = CACHE();
        GpObject *o = TOP();
        GpObject *name = names[oparg];
        GpObject *m = c->kind == ATTR_MODULE ? NULL : gp_attrcache_method(c, o);
        if (m) {
            SET_TOP(gp_newref(m));
            PUSH(o);
            DISPATCH();
        }
        if (c->kind == ATTR_MODULE && (m = gp_attrcache_load(c, o))) {
            SET_TOP(NULL);
            PUSH(gp_newref(m));
            GP_DECREF(o);
            DISPATCH();
        }
        int found = gp_get_method(o, name, &m);
        ERROR_IF(found < 0);
        gp_attrcache_fill_method(c, o, name);
        if (found) {
            SET_TOP(m);
            PUSH(o);
        } else {
            SET_TOP(NULL);
            PUSH(m);
            GP_DECREF(o);
        }
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        GpInlineCache *c = CACHE();
        GpObject *o = POP(), *v = POP();
        if (gp_attrcache_store(c, o, v)) {
            GP_DECREF(o);
            DISPATCH();
        }
        int r = gp_setattr(o, names[oparg], v);
        if (r == 0)
            gp_attrcache_fill_store(c, o, names[oparg]);
        GP_DECREF(o);
        GP_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        GpObject *o = POP();
        int r = gp_setattr(o, names[oparg], NULL);
        GP_DECREF(o);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        GpObject *k = POP(), *c = TOP(), *r;
        if (GP_LIST_CHECK_EXACT(c) && GP_INT_CHECK_EXACT(k) && GP_INT_IS_SMALL(k)) {
            int64_t i = GP_INT_VAL(k);
            if (i < 0)
                i += GP_SIZE(c);
            if (i >= 0 && i < GP_SIZE(c)) {
                r = gp_newref(GP_LIST_GET(c, i));
                goto subscr_done;
            }
        } else if (GP_TUPLE_CHECK_EXACT(c) && GP_INT_CHECK_EXACT(k) && GP_INT_IS_SMALL(k)) {
            int64_t i = GP_INT_VAL(k);
            if (i < 0)
                i += GP_SIZE(c);
            if (i >= 0 && i < GP_SIZE(c)) {
                r = gp_newref(GP_TUPLE_GET(c, i));
                goto subscr_done;
            }
        }
        r = gp_getitem(c, k);
    subscr_done:
        GP_DECREF(k);
        ERROR_IF(!r);
        GP_DECREF(c);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        GpObject *k = POP(), *c = POP(), *v = POP();
        int r;
        if (GP_LIST_CHECK_EXACT(c) && GP_INT_CHECK_EXACT(k) && GP_INT_IS_SMALL(k) &&
            GP_INT_VAL(k) >= 0 && GP_INT_VAL(k) < GP_SIZE(c)) {
            GP_SETREF(GP_LIST_ITEMS(c)[GP_INT_VAL(k)], v);
            v = NULL;
            r = 0;
        } else if (GP_DICT_CHECK_EXACT(c)) {
            r = gp_dict_setitem(c, k, v);
        } else {
            r = gp_setitem(c, k, v);
        }
        GP_XDECREF(v);
        GP_DECREF(k);
        GP_DECREF(c);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        GpObject *k = POP(), *c = POP();
        int r = gp_delitem(c, k);
        GP_DECREF(k);
        GP_DECREF(c);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        ip++;
        GpObject *b = POP(), *a = TOP(), *r;
        if (GP_INT_CHECK_EXACT(a) && GP_INT_CHECK_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
            int64_t x = GP_INT_VAL(a), y = GP_INT_VAL(b), z;
            switch (oparg) {
            case GP_BINOP_ADD: case GP_BINOP_ADD + GP_BINOP_INPLACE:
                if (!__builtin_add_overflow(x, y, &z)) { r = gp_int_from_i64(z); goto binop_done; }
                break;
            case GP_BINOP_SUB: case GP_BINOP_SUB + GP_BINOP_INPLACE:
                if (!__builtin_sub_overflow(x, y, &z)) { r = gp_int_from_i64(z); goto binop_done; }
                break;
            case GP_BINOP_MUL: case GP_BINOP_MUL + GP_BINOP_INPLACE:
                if (!__builtin_mul_overflow(x, y, &z)) { r = gp_int_from_i64(z); goto binop_done; }
                break;
            case GP_BINOP_FLOORDIV: case GP_BINOP_FLOORDIV + GP_BINOP_INPLACE:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0)))
                        z--;
                    r = gp_int_from_i64(z);
                    goto binop_done;
                }
                break;
            case GP_BINOP_MOD: case GP_BINOP_MOD + GP_BINOP_INPLACE:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    z = x % y;
                    if (z != 0 && ((z < 0) != (y < 0)))
                        z += y;
                    r = gp_int_from_i64(z);
                    goto binop_done;
                }
                break;
            case GP_BINOP_AND: case GP_BINOP_AND + GP_BINOP_INPLACE:
                r = gp_int_from_i64(x & y); goto binop_done;
            case GP_BINOP_OR: case GP_BINOP_OR + GP_BINOP_INPLACE:
                r = gp_int_from_i64(x | y); goto binop_done;
            case GP_BINOP_XOR: case GP_BINOP_XOR + GP_BINOP_INPLACE:
                r = gp_int_from_i64(x ^ y); goto binop_done;
            default:
                break;
            }
        } else if (GP_FLOAT_CHECK_EXACT(a) && GP_FLOAT_CHECK_EXACT(b)) {
            double x = GP_FLOAT_VAL(a), y = GP_FLOAT_VAL(b);
            switch (oparg) {
            case GP_BINOP_ADD: case GP_BINOP_ADD + GP_BINOP_INPLACE:
                r = gp_float_new(x + y); goto binop_done;
            case GP_BINOP_SUB: case GP_BINOP_SUB + GP_BINOP_INPLACE:
                r = gp_float_new(x - y); goto binop_done;
            case GP_BINOP_MUL: case GP_BINOP_MUL + GP_BINOP_INPLACE:
                r = gp_float_new(x * y); goto binop_done;
            case GP_BINOP_TRUEDIV: case GP_BINOP_TRUEDIV + GP_BINOP_INPLACE:
                if (y != 0.0) { r = gp_float_new(x / y); goto binop_done; }
                break;
            default:
                break;
            }
        } else if (GP_STR_CHECK_EXACT(a) && GP_STR_CHECK_EXACT(b) &&
                   (oparg == GP_BINOP_ADD || oparg == GP_BINOP_ADD + GP_BINOP_INPLACE)) {
            if (GP_REFCNT(a) <= 2 && unbind_for_concat(frame, locals, names, co, a, *ip) &&
                GP_REFCNT(a) == 1) {
                /* s += t with s held by nobody else: grow s in place */
                r = str_append_inplace(a, b);
                GP_DECREF(b);
                if (!r) {
                    sp[-1] = NULL;   /* a was consumed */
                    goto error;
                }
                SET_TOP(r);
                DISPATCH();
            }
            r = gp_str_concat(a, b);
            goto binop_done;
        }
        r = gp_binary_op(a, b, (int)oparg);
    binop_done:
        GP_DECREF(b);
        ERROR_IF(!r);
        GP_DECREF(a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        GpObject *b = POP(), *a = TOP(), *r;
        if (GP_INT_CHECK_EXACT(a) && GP_INT_CHECK_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
            int64_t x = GP_INT_VAL(a), y = GP_INT_VAL(b);
            int c;
            switch (oparg) {
            case GP_LT: c = x < y; break;
            case GP_LE: c = x <= y; break;
            case GP_EQ: c = x == y; break;
            case GP_NE: c = x != y; break;
            case GP_GT: c = x > y; break;
            default: c = x >= y; break;
            }
            r = gp_bool(c);
        } else if (GP_FLOAT_CHECK_EXACT(a) && GP_FLOAT_CHECK_EXACT(b)) {
            double x = GP_FLOAT_VAL(a), y = GP_FLOAT_VAL(b);
            int c;
            switch (oparg) {
            case GP_LT: c = x < y; break;
            case GP_LE: c = x <= y; break;
            case GP_EQ: c = x == y; break;
            case GP_NE: c = x != y; break;
            case GP_GT: c = x > y; break;
            default: c = x >= y; break;
            }
            r = gp_bool(c);
        } else if (GP_STR_CHECK_EXACT(a) && GP_STR_CHECK_EXACT(b) && (oparg == GP_EQ || oparg == GP_NE)) {
            r = gp_bool(gp_str_eq(a, b) == (oparg == GP_EQ));
        } else {
            r = gp_richcompare(a, b, (int)oparg);
        }
        GP_DECREF(b);
        ERROR_IF(!r);
        GP_DECREF(a);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(IS_OP) {
        GpObject *b = POP(), *a = TOP();
        int c = (a == b) ^ (int)oparg;
        GP_DECREF(a);
        GP_DECREF(b);
        SET_TOP(gp_bool(c));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        GpObject *c = POP(), *item = TOP();
        int r = gp_contains(c, item);
        GP_DECREF(c);
        ERROR_IF(r < 0);
        GP_DECREF(item);
        SET_TOP(gp_bool(r ^ (int)oparg));
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        GpObject *v = TOP(), *r = gp_negative(v);
        ERROR_IF(!r);
        GP_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        GpObject *v = TOP(), *r = gp_positive(v);
        ERROR_IF(!r);
        GP_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        GpObject *v = TOP(), *r = gp_invert(v);
        ERROR_IF(!r);
        GP_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        GpObject *v = TOP();
        int t = gp_is_true(v);
        ERROR_IF(t < 0);
        GP_DECREF(v);
        SET_TOP(gp_bool(!t));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        GpObject *t = gp_tuple_new(oparg);
        ERROR_IF(!t);
        for (uint32_t i = oparg; i > 0; i--)
            GP_TUPLE_SET(t, i - 1, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        GpObject *l = gp_list_new(oparg);
        ERROR_IF(!l);
        for (uint32_t i = oparg; i > 0; i--)
            GP_LIST_SET(l, i - 1, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        GpObject *s = gp_set_new(NULL);
        ERROR_IF(!s);
        int err = 0;
        for (uint32_t i = oparg; i > 0; i--) {
            GpObject *v = PEEK(i);
            if (!err && gp_set_add(s, v) < 0)
                err = 1;
        }
        for (uint32_t i = 0; i < oparg; i++) {
            GpObject *v = POP();
            GP_DECREF(v);
        }
        if (err) { GP_DECREF(s); goto error; }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        GpObject *d = gp_dict_new_presized(oparg);
        ERROR_IF(!d);
        int err = 0;
        for (uint32_t i = oparg; i > 0; i--)
            if (!err && gp_dict_setitem(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0)
                err = 1;
        for (uint32_t i = 0; i < 2 * oparg; i++) {
            GpObject *v = POP();
            GP_DECREF(v);
        }
        if (err) { GP_DECREF(d); goto error; }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        GpObject *keys = POP();
        GpObject *d = gp_dict_new_presized(oparg);
        int err = !d;
        for (uint32_t i = 0; i < oparg && !err; i++)
            if (gp_dict_setitem(d, GP_TUPLE_GET(keys, i), PEEK(oparg - i)) < 0)
                err = 1;
        for (uint32_t i = 0; i < oparg; i++) {
            GpObject *v = POP();
            GP_DECREF(v);
        }
        GP_DECREF(keys);
        if (err) { GP_XDECREF(d); goto error; }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        GpStrWriter w;
        gp_strw_init(&w);
        int err = 0;
        for (uint32_t i = oparg; i > 0; i--)
            if (!err && gp_strw_write_str(&w, PEEK(i)) < 0)
                err = 1;
        for (uint32_t i = 0; i < oparg; i++) {
            GpObject *v = POP();
            GP_DECREF(v);
        }
        if (err) { gp_strw_discard(&w); goto error; }
        GpObject *s = gp_strw_finish(&w);
        ERROR_IF(!s);
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        GpObject *step = oparg == 3 ? POP() : NULL;
        GpObject *stop = POP(), *start = TOP();
        GpObject *s = gp_slice_new(start, stop, step);
        GP_XDECREF(step);
        GP_DECREF(stop);
        ERROR_IF(!s);
        GP_DECREF(start);
        SET_TOP(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        GpObject *v = POP();
        int r = gp_list_append(PEEK(oparg), v);
        GP_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        GpObject *v = POP();
        int r = gp_set_add(PEEK(oparg), v);
        GP_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        GpObject *v = POP(), *k = POP();
        int r = gp_dict_setitem(PEEK(oparg), k, v);
        GP_DECREF(k);
        GP_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        GpObject *it = POP();
        int r = gp_list_extend(PEEK(oparg), it);
        if (r < 0 && gp_err_matches(&GpExc_TypeError) && !gp_iter_check_has(it)) {
            gp_err_clear();
            gp_err_format(&GpExc_TypeError, "Value after * must be an iterable, not %T", it);
        }
        GP_DECREF(it);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        GpObject *it = POP();
        int r = gp_set_update(PEEK(oparg), it);   /* as set.update: table-order merge */
        GP_DECREF(it);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        GpObject *m = POP();
        int r = gp_dict_merge(PEEK(oparg), m, 1);   /* {**m}: mappings only */
        if (r < 0 && gp_err_matches(&GpExc_AttributeError)) {
            if (merge_failed_not_mapping(m))
                gp_err_format(&GpExc_TypeError, "'%T' object is not a mapping", m);
        }
        GP_DECREF(m);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        GpObject *m = POP();
        int r = dict_merge_for_call(PEEK(oparg + 2), PEEK(oparg), m);
        GP_DECREF(m);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        GpObject *l = TOP(), *t = gp_list_as_tuple(l);
        ERROR_IF(!t);
        GP_DECREF(l);
        SET_TOP(t);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        GpObject *seq = POP();
        if ((GP_TUPLE_CHECK_EXACT(seq) || GP_LIST_CHECK_EXACT(seq)) && GP_SIZE(seq) == (gp_ssize)oparg) {
            GpObject **items = GP_TUPLE_CHECK_EXACT(seq) ? GP_TUPLE_ITEMS(seq) : GP_LIST_ITEMS(seq);
            for (uint32_t i = oparg; i > 0; i--)
                PUSH(gp_newref(items[i - 1]));
            GP_DECREF(seq);
            DISPATCH();
        }
        if (GP_TUPLE_CHECK_EXACT(seq) || GP_LIST_CHECK_EXACT(seq)) {
            if (GP_SIZE(seq) < (gp_ssize)oparg)
                gp_err_format(&GpExc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                              (int)oparg, GP_SIZE(seq));
            else
                gp_err_format(&GpExc_ValueError, "too many values to unpack (expected %d)", (int)oparg);
            GP_DECREF(seq);
            goto error;
        }
        int r = unpack_iterable(seq, (int)oparg, -1, sp + oparg);
        GP_DECREF(seq);
        ERROR_IF(r < 0);
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = (int)(oparg & 0xFF), after = (int)(oparg >> 8);
        GpObject *seq = POP();
        int r = unpack_iterable(seq, before, after, sp + before + after + 1);
        GP_DECREF(seq);
        ERROR_IF(r < 0);
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        GpObject *spec = (oparg & 4) ? POP() : NULL;
        GpObject *v = TOP();
        GpObject *r = format_value(v, (int)(oparg & 3), spec);
        GP_XDECREF(spec);
        ERROR_IF(!r);
        GP_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) { JUMPTO(oparg); DISPATCH(); }
    TARGET(JUMP_BACKWARD) {
        JUMPTO(oparg);
        CHECK_BREAKER_BACKEDGE();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        GpObject *v = POP();
        if (v == gp_False) { JUMPTO(oparg); GP_DECREF(v); DISPATCH(); }
        if (v == gp_True) { GP_DECREF(v); DISPATCH(); }
        int t = gp_is_true(v);
        GP_DECREF(v);
        ERROR_IF(t < 0);
        if (!t)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        GpObject *v = POP();
        if (v == gp_True) { JUMPTO(oparg); GP_DECREF(v); DISPATCH(); }
        if (v == gp_False) { GP_DECREF(v); DISPATCH(); }
        int t = gp_is_true(v);
        GP_DECREF(v);
        ERROR_IF(t < 0);
        if (t)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        GpObject *v = POP();
        if (v == gp_None)
            JUMPTO(oparg);
        GP_DECREF(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        GpObject *v = POP();
        if (v != gp_None)
            JUMPTO(oparg);
        GP_DECREF(v);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        GpObject *v = TOP();
        int t = v == gp_True ? 1 : v == gp_False ? 0 : gp_is_true(v);
        ERROR_IF(t < 0);
        if (!t)
            JUMPTO(oparg);
        else {
            (void)POP();
            GP_DECREF(v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        GpObject *v = TOP();
        int t = v == gp_True ? 1 : v == gp_False ? 0 : gp_is_true(v);
        ERROR_IF(t < 0);
        if (t)
            JUMPTO(oparg);
        else {
            (void)POP();
            GP_DECREF(v);
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        GpObject *v = TOP(), *it = gp_iter(v);
        ERROR_IF(!it);
        GP_DECREF(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        GpObject *it = TOP();
        GpObject *v = GP_TYPE(it)->iternext(it);
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        if (gp_err_occurred()) {
            if (!gp_err_matches(&GpExc_StopIteration))
                goto error;
            if (ts->c_tracefunc)
                gp_trace_exception(ts, frame);   /* tracing: as CPython */
            gp_err_clear();
        }
        (void)POP();
        GP_DECREF(it);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(KW_NAMES) { kwnames = consts[oparg]; DISPATCH(); }
    TARGET(CALL) {
        const uint32_t *after = ip + 1;   /* skip the cache word */
        if (atomic_load_explicit(&interp->eval_breaker, memory_order_relaxed) &&
            gp_eval_handle_breaker(ts) < 0)
            goto error;
        /* [x, y, a1 .. an]: x NULL -> y is the callable; else x is the
         * callable and y its first argument */
        GpObject **base = sp - (int)oparg - 2;
        int is_meth = base[0] != NULL;
        GpObject *kwn = kwnames;
        kwnames = NULL;
        gp_ssize nkw = kwn ? GP_SIZE(kwn) : 0;
        if (!is_meth && GP_TYPE(base[1]) == &GpMethod_Type) {
            GpMethod *m = (GpMethod *)base[1];
            base[0] = gp_newref(m->func);
            base[1] = gp_newref(m->self);
            GP_DECREF(m);
            is_meth = 1;
        }
        GpObject *callable = base[!is_meth];
        GpObject **args = base + 1 + !is_meth;
        gp_ssize total = (gp_ssize)oparg + is_meth;
        if (GP_TYPE(callable) == &GpFunction_Type &&
            !(((GpCode *)((GpFunction *)callable)->code)->flags & GP_CO_GENLIKE)) {
            /* Python-to-Python call: switch frames without recursing in C. */
            frame->stacktop = (int)(base - stack_base);
            frame->ip = after - 1;   /* convention: one past the CALL opcode word */
            GpFrame *nf = gp_frame_for_call(ts, (GpFunction *)callable, args, total - nkw, kwn, 1);
            /* the callable and the arguments were moved into the frame (or released) */
            sp = base;
            if (!nf)
                goto error;
            if (++ts->recursion_depth > interp->recursion_limit + ts->recursion_headroom) {
                ts->recursion_depth--;
                gp_frame_pop(ts, nf);
                ts->recursion_headroom++;   /* creating the exception calls into C */
                gp_err_set_string(&GpExc_RecursionError, "maximum recursion depth exceeded");
                ts->recursion_headroom--;
                goto error;
            }
            nf->previous = frame;
            nf->is_entry = 0;
            ts->frame = nf;
            frame = nf;
            goto resume_frame;
        }
        GpObject *r;
        /* tracing: a profile function sees C calls (c_call/c_return) */
        if (__builtin_expect(atomic_load_explicit(&interp->eval_breaker, memory_order_relaxed) &
                             GP_BREAK_TRACE, 0))
            r = gp_trace_call_c(ts, frame, callable, args,
                                (size_t)(total - nkw) | GP_CALL_ARGS_OFFSET, kwn);
        else
            r = gp_call(callable, args, (size_t)(total - nkw) | GP_CALL_ARGS_OFFSET, kwn);
        for (gp_ssize i = 0; i < total; i++)
            GP_DECREF(args[i]);
        GP_DECREF(callable);
        sp = base;
        ip = after;
        ERROR_IF(!r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        GpObject *kw = (oparg & 1) ? POP() : NULL;
        GpObject *a = POP(), *callable = TOP();
        GpObject *r;
        if (!GP_TUPLE_CHECK_EXACT(a)) {
            GpObject *t = gp_sequence_tuple(a);
            if (!t) {
                if (gp_err_matches(&GpExc_TypeError) && !gp_iter_check_has(a)) {
                    gp_err_clear();
                    GpObject *d = func_desc(callable);
                    gp_err_format(&GpExc_TypeError, "%U argument after * must be an iterable, not %T",
                                  d, a);
                    GP_XDECREF(d);
                }
                GP_DECREF(a);
                GP_XDECREF(kw);
                goto error;
            }
            GP_DECREF(a);
            a = t;
        }
        if (__builtin_expect(ts->c_profilefunc != NULL, 0))   /* tracing: c_call events */
            r = gp_trace_call_c_tuple(ts, frame, callable, a, kw && GP_DICT_LEN(kw) ? kw : NULL);
        else
            r = gp_call_tuple_dict(callable, a, kw && GP_DICT_LEN(kw) ? kw : NULL);
        GP_DECREF(a);
        GP_XDECREF(kw);
        ERROR_IF(!r);
        GP_DECREF(callable);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        GpObject *code = POP();
        int nextra = !!(oparg & 1) + !!(oparg & 2) + !!(oparg & 4) + !!(oparg & 8);
        GpObject *fn = make_function(frame, code, (int)oparg, sp);
        GP_DECREF(code);
        for (int i = 0; i < nextra; i++) {
            GpObject *v = POP();
            GP_DECREF(v);
        }
        ERROR_IF(!fn);
        PUSH(fn);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        GpObject *bc = gp_dict_getitem_str(frame->builtins, "__build_class__");
        if (!bc) {
            gp_err_set_string(&GpExc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(gp_newref(bc));
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        GpObject *ns = frame->locals ? frame->locals : frame->globals;
        GpObject *key = gp_str_intern_cstr("__annotations__");
        int c = GP_DICT_CHECK(ns) ? gp_dict_contains(ns, key) : gp_contains(ns, key);
        ERROR_IF(c < 0);
        if (!c) {
            GpObject *d = gp_dict_new();
            ERROR_IF(!d);
            int r = gp_setitem(ns, key, d);
            GP_DECREF(d);
            ERROR_IF(r < 0);
        }
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        GpObject *fromlist = POP(), *level = TOP();
        int64_t lv = 0;
        if (GP_INT_CHECK(level))
            gp_int_as_i64(level, &lv);
        GpObject *m = gp_import_module_level(names[oparg], frame->globals,
                                             fromlist == gp_None ? NULL : fromlist, (int)lv);
        GP_DECREF(fromlist);
        ERROR_IF(!m);
        GP_DECREF(level);
        SET_TOP(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        GpObject *v = import_from(TOP(), names[oparg]);
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        GpObject *m = POP();
        int r = import_star(frame, m);
        GP_DECREF(m);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        GpObject *cause = oparg == 2 ? POP() : NULL;
        GpObject *exc = oparg >= 1 ? POP() : NULL;
        int r = do_raise(ts, exc, cause);
        GP_XDECREF(exc);
        GP_XDECREF(cause);
        if (r == 1)
            goto exception_unwind;   /* bare raise keeps the traceback */
        goto error;
    }
    TARGET(RERAISE) {
        GpObject *exc = POP();
        if (oparg) {
            /* as CPython, the frame's location (f_lineno, the next line
             * event) goes back to the instruction that raised; the
             * handler search still starts here */
            GpObject *lasti = POP();
            int64_t li;
            if (GP_INT_CHECK(lasti) && gp_int_as_i64(lasti, &li) == 0)
                reraise_lasti = (gp_ssize)li;
            GP_DECREF(lasti);
        }
        gp_err_restore(exc);
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        GpObject *exc = TOP();
        GpExcInfo *ei = ts->exc_info;
        GpObject *prev = ei->exc ? ei->exc : gp_newref(gp_None);
        ei->exc = gp_newref(exc);
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        GpObject *prev = POP();
        GpExcInfo *ei = ts->exc_info;
        GpObject *old = ei->exc;
        if (prev == gp_None) {
            GP_DECREF(prev);
            prev = NULL;
        }
        ei->exc = prev;
        GP_XDECREF(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        GpObject *t = POP(), *exc = TOP();
        if (!check_except_type(t)) {
            GP_DECREF(t);
            gp_err_set_string(&GpExc_TypeError,
                              "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        int m = gp_err_given_matches(exc, t);
        GP_DECREF(t);
        PUSH(gp_bool(m > 0));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        GpObject *t = POP(), *exc = TOP();
        if (!check_except_type(t)) {
            GP_DECREF(t);
            gp_err_set_string(&GpExc_TypeError,
                              "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        if (is_group_type(t)) {
            GP_DECREF(t);
            gp_err_set_string(&GpExc_TypeError,
                              "catching ExceptionGroup with except* is not allowed. Use except instead.");
            goto error;
        }
        GpObject *match, *rest;
        int r = gp_exc_group_match(exc, t, &match, &rest);
        GP_DECREF(t);
        ERROR_IF(r < 0);
        if (match == gp_None) {
            GP_DECREF(rest);
            PUSH(match);
        } else {
            /* [exc] -> [rest, match]; the clause handles `match` */
            SET_TOP(rest);
            GP_DECREF(exc);
            PUSH(match);
            GpExcInfo *ei = ts->exc_info;
            GP_SETREF(ei->exc, gp_newref(match));
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        GpObject *excs = POP(), *orig = POP();
        GpObject *v = gp_exc_prep_reraise_star(orig, excs);
        GP_DECREF(excs);
        GP_DECREF(orig);
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    /* ---- the match statement (helpers in vm/match.c) ---- */
    TARGET(GET_LEN) {
        gp_ssize n = gp_len(TOP());
        ERROR_IF(n < 0);
        GpObject *v = gp_int_from_ssize(n);
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        int r = gp_match_is_mapping(TOP());
        ERROR_IF(r < 0);
        PUSH(gp_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        int r = gp_match_is_sequence(TOP());
        ERROR_IF(r < 0);
        PUSH(gp_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        GpObject *v = gp_match_keys(SECOND(), TOP());
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        GpObject *names = POP(), *cls = POP(), *subject = TOP();
        GpObject *v = gp_match_class(subject, cls, (int)oparg, names);
        GP_DECREF(names);
        GP_DECREF(cls);
        ERROR_IF(!v);
        SET_TOP(v);
        GP_DECREF(subject);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH(gp_newref(&GpExc_AssertionError)); DISPATCH(); }
    TARGET(BEFORE_WITH) {
        GpObject *mgr = TOP();
        GpObject *enter = gp_lookup_special(mgr, gp_str_intern_cstr("__enter__"));
        if (!enter) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError,
                              "'%T' object does not support the context manager protocol", mgr);
            goto error;
        }
        GpObject *exit = gp_lookup_special(mgr, gp_str_intern_cstr("__exit__"));
        if (!exit) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError,
                              "'%T' object does not support the context manager protocol (missed __exit__ method)",
                              mgr);
            GP_DECREF(enter);
            goto error;
        }
        SET_TOP(exit);
        GP_DECREF(mgr);
        GpObject *r = gp_call0(enter);
        GP_DECREF(enter);
        ERROR_IF(!r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        GpObject *exc = TOP(), *exit = PEEK(4);
        GpObject *tb = gp_exc_get_traceback(exc);
        GpObject *args[3] = { (GpObject *)GP_TYPE(exc), exc, tb ? tb : gp_None };
        GpObject *r = gp_call(exit, args, 3, NULL);
        ERROR_IF(!r);
        PUSH(r);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        frame->ip = ip;
        frame->stacktop = (int)(sp - stack_base);
        frame->state = GP_FRAME_SUSPENDED;
        goto exit_yield;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        GpObject *v = TOP();
        if (GP_CORO_CHECK(v)) {
            if (!(co->flags & (GP_CO_COROUTINE | GP_CO_ITERABLE_COROUTINE))) {
                gp_err_set_string(&GpExc_TypeError,
                                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (!GP_GEN_CHECK(v)) {
            GpObject *it = gp_iter(v);
            ERROR_IF(!it);
            GP_DECREF(v);
            SET_TOP(it);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        GpObject *v = POP(), *it = TOP(), *r;
        int is_return = 0;
        /* tracing: CPython 3.11 reports the StopIteration that ends a
         * delegation as an 'exception' event, when one is raised */
        int stop_raised = 1;
        if (GP_GEN_CHECK(it) || GP_CORO_CHECK(it)) {
            r = gp_gen_send_ex(it, v, &is_return);
            stop_raised = v != gp_None || (r && r != gp_None);
        } else if (v == gp_None && GP_TYPE(it)->iternext &&
                   !gp_type_has_flag(GP_TYPE(it), GP_TPFLAGS_HEAPTYPE)) {
            /* (a class's __next__ goes through the send path below: its
             * iternext slot drops the StopIteration value) */
            r = GP_TYPE(it)->iternext(it);
            if (!r) {
                if (gp_err_occurred()) {
                    if (!gp_err_matches(&GpExc_StopIteration))
                        goto yf_error;
                    GpObject *e = gp_err_fetch();
                    r = gp_newref(gp_stopiteration_value(e));
                    GP_DECREF(e);
                } else {
                    r = gp_newref(gp_None);
                    stop_raised = 0;
                }
                is_return = 1;
            }
        } else {
            if (v == gp_None && GP_TYPE(it)->iternext) {
                GpObject *m = gp_lookup_special(it, gp_str_intern_cstr("__next__"));
                r = m ? gp_call0(m) : NULL;
                GP_XDECREF(m);
            } else {
                r = gp_call_method_str(it, "send", &v, 1);
            }
            if (!r) {
                if (!gp_err_matches(&GpExc_StopIteration))
                    goto yf_error;
                GpObject *e = gp_err_fetch();
                r = gp_newref(gp_stopiteration_value(e));
                GP_DECREF(e);
                is_return = 1;
            }
        }
        GP_DECREF(v);
        if (!r)
            goto error;
        if (is_return) {
            if (__builtin_expect(ts->c_tracefunc != NULL, 0) && stop_raised &&
                gp_trace_stop_iteration(ts, frame, r) < 0) {
                GP_DECREF(r);
                goto error;
            }
            (void)POP();
            GP_DECREF(it);
            PUSH(r);
            DISPATCH();
        }
        /* the sub-iterator yielded: yield its value, and re-run this
         * instruction with the next sent value when resumed */
        if (__builtin_expect(gp_trace_active(ts), 0) && gp_trace_return(ts, frame, r) < 0) {
            GP_DECREF(r);   /* tracing: 'return' as the frame suspends */
            goto exit_unwind;
        }
        retval = r;
        frame->ip = ip - 1;
        frame->stacktop = (int)(sp - stack_base);
        frame->state = GP_FRAME_SUSPENDED;
        goto exit_yield;
    yf_error:
        GP_DECREF(v);
        goto error;
    }
    TARGET(ASYNC_GEN_WRAP) {
        GpObject *w = gp_asyncgen_wrap_value(TOP());
        SET_TOP(NULL);
        if (!w) {
            (void)POP();
            goto error;
        }
        SET_TOP(w);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        GpObject *v = TOP();
        GpObject *it = gp_coro_get_awaitable_iter(v);
        if (!it && oparg && gp_err_matches(&GpExc_TypeError) &&
            !gp_type_lookup_str(GP_TYPE(v), "__await__")) {
            gp_err_clear();
            gp_err_format(&GpExc_TypeError,
                          oparg == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: %T"
                                     : "'async with' received an object from __aexit__ that does not implement __await__: %T",
                          v);
        }
        if (it && GP_CORO_CHECK(it) && gp_gen_yieldfrom(it)) {
            GP_DECREF(it);
            it = NULL;
            gp_err_set_string(&GpExc_RuntimeError, "coroutine is being awaited already");
        }
        ERROR_IF(!it);
        SET_TOP(it);
        GP_DECREF(v);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        GpObject *v = TOP();
        GpObject *m = gp_lookup_special(v, gp_str_intern_cstr("__aiter__"));
        if (!m) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError, "'async for' requires an object with __aiter__ method, got %T", v);
            goto error;
        }
        GpObject *it = gp_call0(m);
        GP_DECREF(m);
        ERROR_IF(!it);
        if (!gp_type_lookup_str(GP_TYPE(it), "__anext__")) {
            gp_err_format(&GpExc_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
            GP_DECREF(it);
            goto error;
        }
        SET_TOP(it);
        GP_DECREF(v);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        GpObject *ait = TOP();
        GpObject *m = gp_lookup_special(ait, gp_str_intern_cstr("__anext__"));
        if (!m) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError, "'async for' requires an iterator with __anext__ method, got %T",
                              ait);
            goto error;
        }
        GpObject *nx = gp_call0(m);
        GP_DECREF(m);
        ERROR_IF(!nx);
        if (GP_ASYNCGEN_CHECK(ait)) {
            PUSH(nx);   /* an asend object: awaitable already */
            DISPATCH();
        }
        GpObject *aw = gp_coro_get_awaitable_iter(nx);
        if (!aw) {
            GpObject *cause = gp_err_fetch();
            gp_err_format(&GpExc_TypeError, "'async for' received an invalid object from __anext__: %T", nx);
            GpObject *e = gp_err_occurred();
            gp_exc_set_context(e, gp_newref(cause));
            gp_exc_set_cause(e, cause);
            GP_DECREF(nx);
            goto error;
        }
        GP_DECREF(nx);
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        GpObject *exc = POP();
        if (GP_TYPE_CHECK(exc, &GpExc_StopAsyncIteration)) {
            GP_DECREF(exc);
            GpObject *ait = POP();
            GP_DECREF(ait);
            DISPATCH();
        }
        gp_err_restore(exc);
        goto exception_unwind;
    }
    TARGET(BEFORE_ASYNC_WITH) {
        GpObject *mgr = TOP();
        GpObject *enter = gp_lookup_special(mgr, gp_str_intern_cstr("__aenter__"));
        if (!enter) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError,
                              "'%T' object does not support the asynchronous context manager protocol", mgr);
            goto error;
        }
        GpObject *exit = gp_lookup_special(mgr, gp_str_intern_cstr("__aexit__"));
        if (!exit) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError,
                              "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                              mgr);
            GP_DECREF(enter);
            goto error;
        }
        SET_TOP(exit);
        GP_DECREF(mgr);
        GpObject *r = gp_call0(enter);
        GP_DECREF(enter);
        ERROR_IF(!r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        GpObject *v = POP();
        GpObject *hook = gp_dict_getitem_str(interp->sysdict, "displayhook");
        if (!hook) {
            GP_DECREF(v);
            gp_err_set_string(&GpExc_RuntimeError, "lost sys.displayhook");
            goto error;
        }
        GpObject *r = gp_call1(hook, v);
        GP_DECREF(v);
        ERROR_IF(!r);
        GP_DECREF(r);
        DISPATCH();
    }
    TARGET(DELETE_LOCALS_NAME)
    TARGET(SETUP_CLASSCELL)
    TARGET(END_FOR)
    {
        gp_err_format(&GpExc_SystemError, "unknown opcode %d", (int)GP_INSTR_OP(word));
        goto error;
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
    do_return:
        /* the stack must be empty here, except for our own bookkeeping */
        while (sp > stack_base) {
            GpObject *v = POP();
            GP_XDECREF(v);
        }
        frame->stacktop = 0;   /* nothing left for gp_frame_clear to release */
        frame->state = GP_FRAME_COMPLETED;
        ts->recursion_depth--;
        if (frame->is_entry)
            goto exit_return;
        /* return to the calling Python frame */
        GpFrame *caller = frame->previous;
        ts->frame = caller;
        pop_call_frame(ts, frame);
        frame = caller;
        co = frame->code;
        code_base = co->code;
        locals = frame->localsplus;
        stack_base = locals + co->nlocals + co->ncells + co->nfrees;
        sp = stack_base + frame->stacktop;
        consts = GP_TUPLE_ITEMS(co->consts);
        names = GP_TUPLE_ITEMS(co->names);
        ip = frame->ip + 1;   /* skip the CALL's cache word */
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }

error_at_next:
    /* an exception raised between instructions (breaker): attribute it to
     * the instruction about to run */
    frame->ip = ip + 1;
error:
    kwnames = NULL;
    if (!gp_err_occurred())
        gp_err_set_string(&GpExc_SystemError, "error return without exception set");
    gp_traceback_here(frame);
    if (__builtin_expect(ts->c_tracefunc != NULL, 0))
        gp_trace_exception(ts, frame);   /* tracing: 'exception' */
exception_unwind: {
        uint32_t idx = (uint32_t)(frame->ip - code_base - 1);
        if (reraise_lasti >= 0) {
            if (reraise_lasti < co->ncode)
                frame->ip = code_base + reraise_lasti + 1;
            reraise_lasti = -1;
        }
        const GpExcTableEntry *h = find_handler(co, idx);
        if (h) {
            GpObject **target = stack_base + h->depth;
            while (sp > target) {
                GpObject *v = POP();
                GP_XDECREF(v);
            }
            if (h->lasti)   /* as CPython: the frame's position, which a RERAISE may have restored */
                PUSH(gp_int_from_i64(frame->ip - code_base - 1));
            PUSH(gp_err_fetch());
            JUMPTO(h->handler);
            DISPATCH();
        }
        /* no handler: the exception leaves this frame */
        if (__builtin_expect(gp_trace_active(ts), 0))
            gp_trace_unwind(ts, frame);   /* tracing: 'return' None */
    exit_unwind:   /* (a trace function failed: leave without handlers) */
        while (sp > stack_base) {
            GpObject *v = POP();
            GP_XDECREF(v);
        }
        frame->stacktop = 0;   /* nothing left for gp_frame_clear to release */
        frame->state = GP_FRAME_COMPLETED;
        ts->recursion_depth--;
        if (frame->is_entry)
            goto exit_error;
        GpFrame *caller = frame->previous;
        ts->frame = caller;
        pop_call_frame(ts, frame);
        frame = caller;
        co = frame->code;
        code_base = co->code;
        locals = frame->localsplus;
        stack_base = locals + co->nlocals + co->ncells + co->nfrees;
        sp = stack_base + frame->stacktop;
        consts = GP_TUPLE_ITEMS(co->consts);
        names = GP_TUPLE_ITEMS(co->names);
        ip = frame->ip + 1;
        goto error;
    }

exit_yield:
    ts->recursion_depth--;
    ts->frame = frame->previous;
    return retval;

exit_return:
    ts->frame = frame->previous;
    return retval;

exit_error:
    ts->frame = frame->previous;
    return NULL;

exit_entry_error:
    ts->recursion_depth--;
    ts->frame = frame->previous;
    return NULL;
}

/* ---- entry points -------------------------------------------------------- */

GpFrame *gp_current_frame(void)
{
    GpThreadState *ts = gp_tstate();
    return ts ? ts->frame : NULL;
}

GpObject *gp_eval_get_globals(void)
{
    GpFrame *f = gp_current_frame();
    return f ? f->globals : NULL;
}

GpObject *gp_eval_get_builtins(void)
{
    GpFrame *f = gp_current_frame();
    return f ? f->builtins : gp_interp()->builtins;
}

GpObject *gp_eval_get_locals(void)
{
    GpFrame *f = gp_current_frame();
    if (!f) {
        gp_err_set_string(&GpExc_SystemError, "no current frame");
        return NULL;
    }
    return gp_frame_locals(f);
}

/* Run a code object with explicit globals/locals (module bodies, exec, eval,
 * class bodies with a closure). */
GpObject *gp_eval_code_ex(GpObject *code, GpObject *globals, GpObject *locals, GpObject *closure,
                          GpObject *func)
{
    GpThreadState *ts = gp_tstate();
    GpCode *co = (GpCode *)code;
    GpObject *builtins = gp_dict_getitem_str(globals, "__builtins__");
    if (builtins && GP_MODULE_CHECK(builtins))
        builtins = GP_MODULE_DICT(builtins);
    if (!builtins || !GP_DICT_CHECK(builtins)) {
        builtins = gp_interp()->builtins;
        if (!gp_dict_getitem_str(globals, "__builtins__") &&
            gp_dict_setitem_str(globals, "__builtins__", gp_interp()->builtins_module) < 0)
            return NULL;
    }
    GpFrame *f = gp_frame_push(ts, co, GP_FRAME_NSLOTS(co));
    if (!f)
        return NULL;
    f->globals = gp_newref(globals);
    f->builtins = gp_newref(builtins);
    f->locals = gp_xnewref(locals);
    f->func = gp_xnewref(func);
    f->ip = co->code;
    if ((co->ncells || co->nfrees) && gp_frame_init_cells(f, co, closure) < 0) {
        gp_frame_pop(ts, f);
        return NULL;
    }
    GpObject *r = gp_eval_frame(ts, f, 0);
    gp_frame_pop(ts, f);
    return r;
}

GpObject *gp_eval_code(GpObject *code, GpObject *globals, GpObject *locals)
{
    return gp_eval_code_ex(code, globals, locals, NULL, NULL);
}

/* The call slot of function objects. */
GpObject *gp_function_call(GpObject *func, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpThreadState *ts = gp_tstate();
    GpFunction *fn = (GpFunction *)func;
    GpCode *co = (GpCode *)fn->code;
    gp_ssize npos = GP_NARGS(nargsf);
    if (kwnames && GP_SIZE(kwnames) == 0)
        kwnames = NULL;
    if (co->flags & GP_CO_GENLIKE) {
        GpFrame *hf = gp_frame_alloc_heap(co);
        if (!hf)
            return NULL;
        hf->func = gp_newref(func);
        hf->globals = gp_newref(fn->globals);
        hf->builtins = gp_newref(fn->builtins);
        hf->ip = co->code;
        if (gp_bind_args(fn, co, hf->localsplus, args, npos, kwnames, 0) < 0 ||
            ((co->ncells || co->nfrees) && gp_frame_init_cells(hf, co, fn->closure) < 0)) {
            gp_frame_clear(hf);
            gp_mem_free(hf);
            return NULL;
        }
        return gp_gen_new(hf, fn);
    }
    GpFrame *f = gp_frame_for_call(ts, fn, args, npos, kwnames, 0);
    if (!f)
        return NULL;
    GpObject *r = gp_eval_frame(ts, f, 0);
    pop_call_frame(ts, f);
    return r;
}
