/* abstract.c -- the generic object protocols: repr/str/format/hash,
 * comparisons, truth, attributes, calls, iteration, containers and the
 * number operators.
 *
 * Everything here dispatches through the type slots (object.h) and follows
 * CPython 3.11's rules to the letter, because scripts observe them: which
 * operand's method runs first, when NotImplemented falls back, and the exact
 * TypeError messages.
 *
 * Binary operators (binary_op1): with v op w, the left slot runs first unless
 * type(w) is a proper subclass of type(v) with a different slot, in which
 * case w's slot runs first; a slot returning NotImplemented passes the turn.
 * Heap types' slots are the dispatchers of typeobject_slots.c, which add the
 * "does the subclass really override __radd__" test.
 */
#include <string.h>
#include "gilpy.h"
#include "objects/instvalues.h"
#include "objects/typeobject.h"

static int ensure_ready(GpType *t)
{
    if (t->flags & GP_TPFLAGS_READY)
        return 0;
    return gp_type_ready(t);
}

/* ======================================================================
 * Recursion guard
 * ====================================================================== */

int gp_enter_recursive_call(const char *where)
{
    GpThreadState *ts = gp_tstate();
    if (!ts)
        return 0;
    char here;
    if (ts->c_stack_soft_limit && &here < ts->c_stack_soft_limit && !ts->recursion_headroom) {
        ts->recursion_headroom++;
        gp_err_format(&GpExc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        ts->recursion_headroom--;
        return -1;
    }
    int limit = ts->interp ? ts->interp->recursion_limit : 1000;
    if (limit <= 0)
        limit = 1000;
    if (++ts->recursion_depth > limit && !ts->recursion_headroom) {
        ts->recursion_depth--;
        ts->recursion_headroom++;
        gp_err_format(&GpExc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        ts->recursion_headroom--;
        return -1;
    }
    return 0;
}

void gp_leave_recursive_call(void)
{
    GpThreadState *ts = gp_tstate();
    if (ts)
        ts->recursion_depth--;
}

int gp_repr_enter(GpObject *o)
{
    GpThreadState *ts = gp_tstate();
    if (!ts->repr_list) {
        ts->repr_list = gp_list_new(0);
        if (!ts->repr_list)
            return -1;
    }
    GpObject *l = ts->repr_list;
    for (gp_ssize i = 0; i < GP_SIZE(l); i++)
        if (GP_LIST_GET(l, i) == o)
            return 1;
    if (gp_list_append(l, o) < 0)
        return -1;
    return 0;
}

void gp_repr_leave(GpObject *o)
{
    GpThreadState *ts = gp_tstate();
    GpObject *l = ts->repr_list;
    if (!l)
        return;
    GpObject *saved = gp_err_fetch();
    for (gp_ssize i = GP_SIZE(l) - 1; i >= 0; i--) {
        if (GP_LIST_GET(l, i) == o) {
            gp_list_set_slice(l, i, i + 1, NULL);
            break;
        }
    }
    gp_err_restore(saved);
}

/* ======================================================================
 * repr, str, ascii, format, hash
 * ====================================================================== */

GpObject *gp_repr(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (!t->repr) {
        if (!(t->flags & GP_TPFLAGS_READY) && ensure_ready(t) == 0 && t->repr)
            return gp_repr(o);
        return gp_object_default_repr(o);
    }
    if (gp_enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    GpObject *r = t->repr(o);
    gp_leave_recursive_call();
    if (r && !GP_STR_CHECK(r)) {
        gp_err_format(&GpExc_TypeError, "__repr__ returned non-string (type %s)", GP_TYPE(r)->name);
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

GpObject *gp_str(GpObject *o)
{
    if (GP_STR_CHECK_EXACT(o))
        return gp_newref(o);
    GpType *t = GP_TYPE(o);
    if (!t->str) {
        if (!(t->flags & GP_TPFLAGS_READY) && ensure_ready(t) == 0 && t->str)
            return gp_str(o);
        return gp_repr(o);
    }
    if (gp_enter_recursive_call(" while getting the str of an object") < 0)
        return NULL;
    GpObject *r = t->str(o);
    gp_leave_recursive_call();
    if (r && !GP_STR_CHECK(r)) {
        gp_err_format(&GpExc_TypeError, "__str__ returned non-string (type %s)", GP_TYPE(r)->name);
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

GpObject *gp_ascii(GpObject *o)
{
    GpObject *r = gp_repr(o);
    if (!r || GP_STR_IS_ASCII(r))
        return r;
    GpStrWriter w;
    gp_strw_init(&w);
    gp_ssize n = GP_STR_LEN(r);
    for (gp_ssize i = 0; i < n; i++) {
        uint32_t c = gp_str_char_at(r, i);
        char buf[16];
        int err;
        if (c < 128) {
            err = gp_strw_write_char(&w, c);
        } else {
            if (c <= 0xff)
                snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c <= 0xffff)
                snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                snprintf(buf, sizeof buf, "\\U%08x", c);
            err = gp_strw_write_cstr(&w, buf);
        }
        if (err < 0) {
            gp_strw_discard(&w);
            GP_DECREF(r);
            return NULL;
        }
    }
    GP_DECREF(r);
    return gp_strw_finish(&w);
}

GpObject *gp_format(GpObject *o, GpObject *spec)
{
    GpObject *empty = NULL;
    if (spec && !GP_STR_CHECK(spec))
        return gp_err_format(&GpExc_SystemError, "Format specifier must be a string, not %s",
                             GP_TYPE(spec)->name);
    if (!spec || GP_STR_LEN(spec) == 0) {
        if (GP_STR_CHECK_EXACT(o))
            return gp_newref(o);
        if (GP_INT_CHECK_EXACT(o))
            return gp_str(o);
    }
    if (!spec) {
        spec = empty = gp_str_empty();
        if (!spec)
            return NULL;
    }
    GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__format__"));
    if (!meth) {
        GP_XDECREF(empty);
        if (gp_err_occurred())
            return NULL;
        return gp_err_format(&GpExc_TypeError, "Type %s doesn't define __format__", GP_TYPE(o)->name);
    }
    GpObject *r = gp_call1(meth, spec);
    GP_DECREF(meth);
    GP_XDECREF(empty);
    if (r && !GP_STR_CHECK(r)) {
        gp_err_format(&GpExc_TypeError, "__format__ must return a str, not %s", GP_TYPE(r)->name);
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

gp_hash gp_hash_not_implemented(GpObject *o)
{
    gp_err_format(&GpExc_TypeError, "unhashable type: '%s'", GP_TYPE(o)->name);
    return -1;
}

gp_hash gp_hash_of(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t->hash)
        return t->hash(o);
    if (!(t->flags & GP_TPFLAGS_READY) && ensure_ready(t) == 0 && t->hash)
        return t->hash(o);
    return gp_hash_not_implemented(o);
}

/* ======================================================================
 * Rich comparison
 * ====================================================================== */

static const int swapped_op[] = { GP_GT, GP_GE, GP_EQ, GP_NE, GP_LT, GP_LE };
static const char *const opstrings[] = { "<", "<=", "==", "!=", ">", ">=" };

static GpObject *do_richcompare(GpObject *v, GpObject *w, int op)
{
    GpType *tv = GP_TYPE(v), *tw = GP_TYPE(w);
    int checked_reverse = 0;
    GpObject *res;
    if (tv != tw && tw->richcompare && gp_type_is_subtype(tw, tv)) {
        checked_reverse = 1;
        res = tw->richcompare(w, v, swapped_op[op]);
        if (res != gp_NotImplemented)
            return res;
        GP_DECREF(res);
    }
    if (tv->richcompare) {
        res = tv->richcompare(v, w, op);
        if (res != gp_NotImplemented)
            return res;
        GP_DECREF(res);
    }
    if (!checked_reverse && tw->richcompare) {
        res = tw->richcompare(w, v, swapped_op[op]);
        if (res != gp_NotImplemented)
            return res;
        GP_DECREF(res);
    }
    switch (op) {
    case GP_EQ:
        return gp_bool(v == w);
    case GP_NE:
        return gp_bool(v != w);
    default:
        return gp_err_format(&GpExc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             opstrings[op], tv->name, tw->name);
    }
}

GpObject *gp_richcompare(GpObject *a, GpObject *b, int op)
{
    if (gp_enter_recursive_call(" in comparison") < 0)
        return NULL;
    GpObject *r = do_richcompare(a, b, op);
    gp_leave_recursive_call();
    return r;
}

int gp_richcompare_bool(GpObject *a, GpObject *b, int op)
{
    if (a == b) {
        if (op == GP_EQ)
            return 1;
        if (op == GP_NE)
            return 0;
    }
    GpObject *r = gp_richcompare(a, b, op);
    if (!r)
        return -1;
    int t;
    if (r == gp_True)
        t = 1;
    else if (r == gp_False)
        t = 0;
    else
        t = gp_is_true(r);
    GP_DECREF(r);
    return t;
}

int gp_is_true(GpObject *o)
{
    if (o == gp_True)
        return 1;
    if (o == gp_False || o == gp_None)
        return 0;
    GpType *t = GP_TYPE(o);
    if (t->nb.bool_)
        return t->nb.bool_(o);
    if (t->len) {
        gp_ssize n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ======================================================================
 * Attributes
 * ====================================================================== */

GpObject **gp_obj_dict_slot(GpObject *o)
{
    gp_ssize off = GP_TYPE(o)->dictoffset;
    if (off == 0)
        return NULL;
    return (GpObject **)((char *)o + off);
}

GpObject **gp_obj_dict_ptr(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t->dictoffset == 0)
        return NULL;
    if ((t->flags & GP_TPFLAGS_INLINE_VALUES) && gp_inline_spill(o) < 0)
        return NULL;
    return (GpObject **)((char *)o + t->dictoffset);
}

static void fill_attribute_error(GpObject *o, GpObject *name)
{
    GpObject *exc = gp_err_occurred();
    if (!exc || !gp_type_is_subtype(GP_TYPE(exc), &GpExc_AttributeError))
        return;
    GpAttributeError *ae = (GpAttributeError *)exc;
    if (!ae->name)
        ae->name = gp_newref(name);
    if (!ae->obj)
        ae->obj = gp_newref(o);
}

GpObject *gp_err_no_attribute(GpObject *o, GpObject *name)
{
    if (GP_TYPE_CHECK_TYPE(o))
        gp_err_format(&GpExc_AttributeError, "type object '%s' has no attribute '%U'",
                      ((GpType *)o)->name, name);
    else
        gp_err_format(&GpExc_AttributeError, "'%s' object has no attribute '%U'",
                      GP_TYPE(o)->name, name);
    fill_attribute_error(o, name);
    return NULL;
}

/* object.__getattribute__: data descriptors on the type, then the instance
 * __dict__, then non-data descriptors and plain class attributes. With
 * suppress, a missing attribute returns NULL without an exception. */
static GpObject *generic_getattr_impl(GpObject *o, GpObject *name, int suppress)
{
    GpType *tp = GP_TYPE(o);
    if (!GP_STR_CHECK(name))
        return gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'",
                             GP_TYPE(name)->name);
    GpObject *descr = gp_type_lookup(tp, name);
    gp_descrgetfunc f = NULL;
    GpObject *res;
    if (descr) {
        GP_INCREF(descr);
        f = GP_TYPE(descr)->descr_get;
        if (f && GP_TYPE(descr)->descr_set) {
            res = f(descr, o, (GpObject *)tp);
            GP_DECREF(descr);
            if (!res && suppress && gp_err_matches(&GpExc_AttributeError))
                gp_err_clear();
            return res;
        }
    }
    if (tp->dictoffset) {
        GpObject *dict = *(GpObject **)((char *)o + tp->dictoffset);
        if (!dict && (tp->flags & GP_TPFLAGS_INLINE_VALUES) && gp_inline_is_valid(o)) {
            res = gp_inline_get(o, name);
            if (res) {
                GP_XDECREF(descr);
                return gp_newref(res);
            }
        } else if (dict) {
            GP_INCREF(dict);
            res = gp_dict_getitem_err(dict, name);
            if (res) {
                GP_INCREF(res);
                GP_DECREF(dict);
                GP_XDECREF(descr);
                return res;
            }
            GP_DECREF(dict);
            if (gp_err_occurred()) {
                GP_XDECREF(descr);
                return NULL;
            }
        }
    }
    if (f) {
        res = f(descr, o, (GpObject *)tp);
        GP_DECREF(descr);
        if (!res && suppress && gp_err_matches(&GpExc_AttributeError))
            gp_err_clear();
        return res;
    }
    if (descr)
        return descr;
    if (!suppress)
        gp_err_no_attribute(o, name);
    return NULL;
}

GpObject *gp_generic_getattr(GpObject *o, GpObject *name)
{
    return generic_getattr_impl(o, name, 0);
}

int gp_generic_setattr(GpObject *o, GpObject *name, GpObject *value)
{
    GpType *tp = GP_TYPE(o);
    if (!GP_STR_CHECK(name)) {
        gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(name)->name);
        return -1;
    }
    GpObject *descr = gp_type_lookup(tp, name);
    if (descr) {
        gp_descrsetfunc f = GP_TYPE(descr)->descr_set;
        if (f) {
            GP_INCREF(descr);
            int r = f(descr, o, value);
            GP_DECREF(descr);
            return r;
        }
    }
    if (tp->flags & GP_TPFLAGS_INLINE_VALUES) {
        int r = gp_inline_set(o, name, value);
        if (r <= 0)
            return r;
    }
    GpObject **dp = gp_obj_dict_slot(o);
    if (!dp) {
        if (descr)
            gp_err_format(&GpExc_AttributeError, "'%s' object attribute '%U' is read-only",
                          tp->name, name);
        else
            gp_err_no_attribute(o, name);
        return -1;
    }
    if (value) {
        if (!*dp) {
            /* heap-type instances keep their attributes in an inline-owned
             * dict (dictobject.h); other objects with a __dict__ slot
             * (functions, modules ...) get an ordinary one */
            *dp = (GP_TYPE(o)->flags & GP_TPFLAGS_HEAPTYPE) && !GP_TYPE_CHECK_TYPE(o) ? gp_dict_new_inline()
                                                                                     : gp_dict_new();
            if (!*dp)
                return -1;
        }
        GpObject *dict = *dp;
        GP_INCREF(dict);
        GP_INCREF(name);
        if (GP_STR_CHECK_EXACT(name))
            gp_str_intern_inplace(&name);
        int r = gp_dict_setitem(dict, name, value);
        GP_DECREF(name);
        GP_DECREF(dict);
        return r;
    }
    if (!*dp) {
        gp_err_no_attribute(o, name);
        return -1;
    }
    GpObject *dict = *dp;
    GP_INCREF(dict);
    int r = gp_dict_delitem(dict, name);
    GP_DECREF(dict);
    if (r < 0 && gp_err_matches(&GpExc_KeyError)) {
        gp_err_clear();
        gp_err_no_attribute(o, name);
    }
    return r;
}

static GpObject *no_getattro(GpObject *o, GpObject *name)
{
    GpType *t = GP_TYPE(o);
    if (!(t->flags & GP_TPFLAGS_READY) && ensure_ready(t) == 0 && t->getattro)
        return t->getattro(o, name);
    return gp_err_no_attribute(o, name);
}

GpObject *gp_getattr(GpObject *o, GpObject *name)
{
    if (!GP_STR_CHECK(name))
        return gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'",
                             GP_TYPE(name)->name);
    GpType *t = GP_TYPE(o);
    if (t->getattro)
        return t->getattro(o, name);
    return no_getattro(o, name);
}

GpObject *gp_getattr_str(GpObject *o, const char *name)
{
    GpObject *n = gp_str_intern_cstr(name);
    if (!n)
        return NULL;
    GpObject *r = gp_getattr(o, n);
    GP_DECREF(n);
    return r;
}

int gp_getattr_opt(GpObject *o, GpObject *name, GpObject **res)
{
    GpType *t = GP_TYPE(o);
    if (!GP_STR_CHECK(name)) {
        *res = NULL;
        gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(name)->name);
        return -1;
    }
    if (t->getattro == gp_generic_getattr) {
        *res = generic_getattr_impl(o, name, 1);
        if (*res)
            return 1;
        return gp_err_occurred() ? -1 : 0;
    }
    *res = gp_getattr(o, name);
    if (*res)
        return 1;
    if (gp_err_matches(&GpExc_AttributeError)) {
        gp_err_clear();
        return 0;
    }
    return -1;
}

int gp_setattr(GpObject *o, GpObject *name, GpObject *value)
{
    if (!GP_STR_CHECK(name)) {
        gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(name)->name);
        return -1;
    }
    GpType *t = GP_TYPE(o);
    if (!t->setattro && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->setattro) {
        GP_INCREF(name);
        if (GP_STR_CHECK_EXACT(name))
            gp_str_intern_inplace(&name);
        int r = t->setattro(o, name, value);
        GP_DECREF(name);
        return r;
    }
    if (t->getattro)
        gp_err_format(&GpExc_AttributeError, "'%s' object has only read-only attributes (%s .%U)",
                      t->name, value ? "assign to" : "del", name);
    else
        gp_err_format(&GpExc_AttributeError, "'%s' object has no attributes (%s .%U)", t->name,
                      value ? "assign to" : "del", name);
    return -1;
}

int gp_setattr_str(GpObject *o, const char *name, GpObject *value)
{
    GpObject *n = gp_str_intern_cstr(name);
    if (!n)
        return -1;
    int r = gp_setattr(o, n, value);
    GP_DECREF(n);
    return r;
}

int gp_hasattr(GpObject *o, GpObject *name)
{
    GpObject *r;
    int e = gp_getattr_opt(o, name, &r);
    GP_XDECREF(r);
    return e;
}

int gp_get_method(GpObject *obj, GpObject *name, GpObject **method)
{
    GpType *tp = GP_TYPE(obj);
    *method = NULL;
    if (tp->getattro != gp_generic_getattr || !GP_STR_CHECK(name)) {
        *method = gp_getattr(obj, name);
        return *method ? 0 : -1;
    }
    GpObject *descr = gp_type_lookup(tp, name);
    gp_descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr) {
        GP_INCREF(descr);
        if (gp_type_has_flag(GP_TYPE(descr), GP_TPFLAGS_METHOD_DESCRIPTOR)) {
            meth_found = 1;
        } else {
            f = GP_TYPE(descr)->descr_get;
            if (f && GP_TYPE(descr)->descr_set) {
                *method = f(descr, obj, (GpObject *)tp);
                GP_DECREF(descr);
                return *method ? 0 : -1;
            }
        }
    }
    GpObject **dp = gp_obj_dict_slot(obj);
    if (dp && !*dp && (tp->flags & GP_TPFLAGS_INLINE_VALUES) && gp_inline_is_valid(obj)) {
        GpObject *attr = gp_inline_get(obj, name);
        if (attr) {
            *method = gp_newref(attr);
            GP_XDECREF(descr);
            return 0;
        }
    } else if (dp && *dp) {
        GpObject *dict = *dp;
        GP_INCREF(dict);
        GpObject *attr = gp_dict_getitem_err(dict, name);
        if (attr) {
            *method = gp_newref(attr);
            GP_DECREF(dict);
            GP_XDECREF(descr);
            return 0;
        }
        GP_DECREF(dict);
        if (gp_err_occurred()) {
            GP_XDECREF(descr);
            return -1;
        }
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f) {
        *method = f(descr, obj, (GpObject *)tp);
        GP_DECREF(descr);
        return *method ? 0 : -1;
    }
    if (descr) {
        *method = descr;
        return 0;
    }
    gp_err_no_attribute(obj, name);
    return -1;
}

/* ======================================================================
 * Calls
 * ====================================================================== */

GpObject *gp_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpType *t = GP_TYPE(callable);
    gp_callfunc f = t->call;
    if (!f) {
        if (!(t->flags & GP_TPFLAGS_READY) && ensure_ready(t) == 0 && t->call)
            return gp_call(callable, args, nargsf, kwnames);
        return gp_err_format(&GpExc_TypeError, "'%s' object is not callable", t->name);
    }
    if (kwnames && GP_SIZE(kwnames) == 0)
        kwnames = NULL;
    /* As CPython: functions, bound methods and builtins are "vectorcall"
     * objects whose calls are not counted here (a Python frame counts
     * itself when it starts); other callables count one level. */
    int counted = t != &GpFunction_Type && t != &GpMethod_Type && t != &GpCFunction_Type;
    if (counted && gp_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    GpObject *r = f(callable, args, nargsf, kwnames);
    if (counted)
        gp_leave_recursive_call();
    if (!r && !gp_err_occurred())
        gp_err_format(&GpExc_SystemError, "%s returned NULL without setting an exception", t->name);
    return r;
}

GpObject *gp_call0(GpObject *callable)
{
    return gp_call(callable, NULL, 0, NULL);
}

GpObject *gp_call1(GpObject *callable, GpObject *a)
{
    GpObject *args[2] = { NULL, a };
    return gp_call(callable, args + 1, 1 | GP_CALL_ARGS_OFFSET, NULL);
}

GpObject *gp_call2(GpObject *callable, GpObject *a, GpObject *b)
{
    GpObject *args[3] = { NULL, a, b };
    return gp_call(callable, args + 1, 2 | GP_CALL_ARGS_OFFSET, NULL);
}

GpObject *gp_call_tuple_dict(GpObject *callable, GpObject *args_tuple, GpObject *kwargs)
{
    gp_ssize npos = args_tuple ? GP_SIZE(args_tuple) : 0;
    gp_ssize nkw = kwargs ? GP_DICT_LEN(kwargs) : 0;
    GpObject *small[9];
    GpObject **stack = small;
    if (npos + nkw + 1 > 9) {
        stack = gp_mem_malloc(sizeof(GpObject *) * (size_t)(npos + nkw + 1));
        if (!stack)
            return gp_err_no_memory();
    }
    GpObject **args = stack + 1;
    for (gp_ssize i = 0; i < npos; i++)
        args[i] = GP_TUPLE_GET(args_tuple, i);
    GpObject *kwnames = NULL, *res = NULL;
    if (nkw) {
        kwnames = gp_tuple_new(nkw);
        if (!kwnames)
            goto done;
        gp_ssize pos = 0, i = 0;
        GpObject *k, *v;
        while (gp_dict_next(kwargs, &pos, &k, &v)) {
            if (!GP_STR_CHECK(k)) {
                gp_err_set_string(&GpExc_TypeError, "keywords must be strings");
                goto done;
            }
            GP_TUPLE_SET(kwnames, i, gp_newref(k));
            args[npos + i] = v;
            i++;
        }
    }
    res = gp_call(callable, args, (size_t)npos | GP_CALL_ARGS_OFFSET, kwnames);
done:
    GP_XDECREF(kwnames);
    if (stack != small)
        gp_mem_free(stack);
    return res;
}

GpObject *gp_call_method(GpObject *obj, GpObject *name, GpObject *const *args, size_t nargs)
{
    GpObject *meth;
    int unbound = gp_get_method(obj, name, &meth);
    if (unbound < 0)
        return NULL;
    GpObject *small[9];
    GpObject **stack = small;
    if (nargs + 2 > 9) {
        stack = gp_mem_malloc(sizeof(GpObject *) * (nargs + 2));
        if (!stack) {
            GP_DECREF(meth);
            return gp_err_no_memory();
        }
    }
    stack[1] = obj;
    for (size_t i = 0; i < nargs; i++)
        stack[i + 2] = args[i];
    GpObject *r;
    if (unbound)
        r = gp_call(meth, stack + 1, (nargs + 1) | GP_CALL_ARGS_OFFSET, NULL);
    else
        r = gp_call(meth, stack + 2, nargs | GP_CALL_ARGS_OFFSET, NULL);
    if (stack != small)
        gp_mem_free(stack);
    GP_DECREF(meth);
    return r;
}

GpObject *gp_call_method_str(GpObject *obj, const char *name, GpObject *const *args, size_t nargs)
{
    GpObject *n = gp_str_intern_cstr(name);
    if (!n)
        return NULL;
    GpObject *r = gp_call_method(obj, n, args, nargs);
    GP_DECREF(n);
    return r;
}

GpObject *gp_lookup_special(GpObject *o, GpObject *name)
{
    GpType *t = GP_TYPE(o);
    if (!(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    GpObject *res = gp_type_lookup(t, name);
    if (!res)
        return NULL;
    gp_descrgetfunc f = GP_TYPE(res)->descr_get;
    if (!f)
        return gp_newref(res);
    GP_INCREF(res);
    GpObject *r = f(res, o, (GpObject *)t);
    GP_DECREF(res);
    return r;
}

int gp_callable(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (!t->call && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    return t->call != NULL;
}

/* ======================================================================
 * Iteration, len, items, containment
 * ====================================================================== */

GpObject *gp_iter(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (!(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->iter) {
        GpObject *r = t->iter(o);
        if (r && !GP_TYPE(r)->iternext) {
            if (!(GP_TYPE(r)->flags & GP_TPFLAGS_READY))
                ensure_ready(GP_TYPE(r));
            if (!GP_TYPE(r)->iternext) {
                gp_err_format(&GpExc_TypeError, "iter() returned non-iterator of type '%s'",
                              GP_TYPE(r)->name);
                GP_DECREF(r);
                return NULL;
            }
        }
        return r;
    }
    if (t->getitem && !GP_DICT_CHECK(o))
        return gp_seqiter_new(o);
    return gp_err_format(&GpExc_TypeError, "'%s' object is not iterable", t->name);
}

GpObject *gp_iter_next(GpObject *it)
{
    GpType *t = GP_TYPE(it);
    if (!t->iternext)
        return gp_err_format(&GpExc_TypeError, "'%s' object is not an iterator", t->name);
    GpObject *r = t->iternext(it);
    if (!r && gp_err_occurred() && gp_err_matches(&GpExc_StopIteration))
        gp_err_clear();
    return r;
}

gp_ssize gp_len(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (!t->len && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->len)
        return t->len(o);
    gp_err_format(&GpExc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

gp_ssize gp_len_hint(GpObject *o, gp_ssize dflt)
{
    if (GP_TYPE(o)->len) {
        gp_ssize n = GP_TYPE(o)->len(o);
        if (n >= 0)
            return n;
        if (!gp_err_matches(&GpExc_TypeError))
            return -1;
        gp_err_clear();
    }
    GpObject *hint = gp_lookup_special(o, gp_str_intern_cstr("__length_hint__"));
    if (!hint)
        return gp_err_occurred() ? -1 : dflt;
    GpObject *r = gp_call0(hint);
    GP_DECREF(hint);
    if (!r) {
        if (gp_err_matches(&GpExc_TypeError)) {
            gp_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == gp_NotImplemented) {
        GP_DECREF(r);
        return dflt;
    }
    if (!GP_INT_CHECK(r)) {
        gp_err_format(&GpExc_TypeError, "__length_hint__ must be an integer, not %s", GP_TYPE(r)->name);
        GP_DECREF(r);
        return -1;
    }
    gp_ssize n = gp_number_as_ssize(r, &GpExc_OverflowError);
    GP_DECREF(r);
    if (n == -1 && gp_err_occurred())
        return -1;
    if (n < 0) {
        gp_err_set_string(&GpExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

GpObject *gp_getitem(GpObject *o, GpObject *key)
{
    GpType *t = GP_TYPE(o);
    if (!t->getitem && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->getitem)
        return t->getitem(o, key);
    if (GP_TYPE_CHECK_TYPE(o)) {
        GpObject *meth;
        if (o == (GpObject *)&GpType_Type)
            return gp_generic_alias_new(o, key);
        if (gp_getattr_opt(o, gp_str_intern_cstr("__class_getitem__"), &meth) < 0)
            return NULL;
        if (meth) {
            GpObject *r = gp_call1(meth, key);
            GP_DECREF(meth);
            return r;
        }
        return gp_err_format(&GpExc_TypeError, "type '%s' is not subscriptable", ((GpType *)o)->name);
    }
    return gp_err_format(&GpExc_TypeError, "'%s' object is not subscriptable", t->name);
}

int gp_setitem(GpObject *o, GpObject *key, GpObject *value)
{
    GpType *t = GP_TYPE(o);
    if (!t->setitem && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->setitem)
        return t->setitem(o, key, value);
    gp_err_format(&GpExc_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int gp_delitem(GpObject *o, GpObject *key)
{
    GpType *t = GP_TYPE(o);
    if (!t->setitem && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->setitem)
        return t->setitem(o, key, NULL);
    gp_err_format(&GpExc_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int gp_contains(GpObject *container, GpObject *item)
{
    GpType *t = GP_TYPE(container);
    if (!t->contains && !(t->flags & GP_TPFLAGS_READY))
        ensure_ready(t);
    if (t->contains)
        return t->contains(container, item);
    if (!t->iter && !(t->getitem && !GP_DICT_CHECK(container))) {
        gp_err_format(&GpExc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    GpObject *it = gp_iter(container);
    if (!it)
        return -1;
    GpObject *x;
    int found = 0;
    while ((x = gp_iter_next(it))) {
        int c = gp_richcompare_bool(x, item, GP_EQ);
        GP_DECREF(x);
        if (c != 0) {
            found = c;
            break;
        }
    }
    GP_DECREF(it);
    if (found == 0 && gp_err_occurred())
        return -1;
    return found;
}

GpObject *gp_sequence_list(GpObject *iterable)
{
    GpObject *l = gp_list_new(0);
    if (!l)
        return NULL;
    if (gp_list_extend(l, iterable) < 0) {
        GP_DECREF(l);
        return NULL;
    }
    return l;
}

GpObject *gp_sequence_tuple(GpObject *iterable)
{
    if (GP_TUPLE_CHECK_EXACT(iterable))
        return gp_newref(iterable);
    if (GP_LIST_CHECK_EXACT(iterable))
        return gp_list_as_tuple(iterable);
    GpObject *l = gp_sequence_list(iterable);
    if (!l)
        return NULL;
    GpObject *t = gp_list_as_tuple(l);
    GP_DECREF(l);
    return t;
}

/* ======================================================================
 * Numbers
 * ====================================================================== */

static const char *const binop_symbols[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

const char *gp_binop_symbol(int op)
{
    if (op < 0 || op >= GP_BINOP_COUNT)
        return "?";
    return binop_symbols[op];
}

/* Offsets of the nb slot (and its in-place form) for each GpBinOp. */
#define NBOFF(f) offsetof(GpNumberMethods, f)
static const size_t binop_slot[GP_BINOP_INPLACE] = {
    NBOFF(add), NBOFF(and_), NBOFF(floor_divide), NBOFF(lshift), NBOFF(matrix_multiply),
    NBOFF(multiply), NBOFF(remainder), NBOFF(or_), NBOFF(power), NBOFF(rshift),
    NBOFF(subtract), NBOFF(true_divide), NBOFF(xor_),
};
static const size_t binop_islot[GP_BINOP_INPLACE] = {
    NBOFF(inplace_add), NBOFF(inplace_and), NBOFF(inplace_floor_divide), NBOFF(inplace_lshift),
    NBOFF(inplace_matrix_multiply), NBOFF(inplace_multiply), NBOFF(inplace_remainder),
    NBOFF(inplace_or), NBOFF(inplace_power), NBOFF(inplace_rshift), NBOFF(inplace_subtract),
    NBOFF(inplace_true_divide), NBOFF(inplace_xor),
};

static inline void *nb_slot(GpType *t, size_t off)
{
    return *(void **)((char *)&t->nb + off);
}

/* One binary slot call; power slots are ternary and get None as modulus. */
static inline GpObject *call_binslot(void *slot, int is_pow, GpObject *v, GpObject *w)
{
    if (is_pow)
        return ((gp_ternaryfunc)slot)(v, w, gp_None);
    return ((gp_binaryfunc)slot)(v, w);
}

static GpObject *binary_op1(GpObject *v, GpObject *w, size_t off, int is_pow)
{
    GpType *tv = GP_TYPE(v), *tw = GP_TYPE(w);
    void *slotv = nb_slot(tv, off);
    void *slotw = NULL;
    GpObject *x;
    if (tw != tv) {
        slotw = nb_slot(tw, off);
        if (slotw == slotv)
            slotw = NULL;
    }
    if (slotv) {
        if (slotw && gp_type_is_subtype(tw, tv)) {
            x = call_binslot(slotw, is_pow, v, w);
            if (x != gp_NotImplemented)
                return x;
            GP_DECREF(x);
            slotw = NULL;
        }
        x = call_binslot(slotv, is_pow, v, w);
        if (x != gp_NotImplemented)
            return x;
        GP_DECREF(x);
    }
    if (slotw) {
        x = call_binslot(slotw, is_pow, v, w);
        if (x != gp_NotImplemented)
            return x;
        GP_DECREF(x);
    }
    GP_RETURN_NOTIMPLEMENTED;
}

static GpObject *binop_type_error(GpObject *v, GpObject *w, int op)
{
    int base = op >= GP_BINOP_INPLACE ? op - GP_BINOP_INPLACE : op;
    if (base == GP_BINOP_POW && op < GP_BINOP_INPLACE)
        return gp_err_format(&GpExc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                             GP_TYPE(v)->name, GP_TYPE(w)->name);
    if (op == GP_BINOP_RSHIFT && GP_TYPE(v) == &GpCFunction_Type) {
        GpCFunction *f = (GpCFunction *)v;
        if (f->def && strcmp(f->def->name, "print") == 0)
            return gp_err_format(&GpExc_TypeError,
                                 "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean "
                                 "\"print(<message>, file=<output_stream>)\"?",
                                 GP_TYPE(v)->name, GP_TYPE(w)->name);
    }
    return gp_err_format(&GpExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         gp_binop_symbol(op), GP_TYPE(v)->name, GP_TYPE(w)->name);
}

GpObject *gp_binary_op(GpObject *v, GpObject *w, int op)
{
    GpObject *x;
    if (op >= GP_BINOP_INPLACE) {
        int base = op - GP_BINOP_INPLACE;
        int is_pow = base == GP_BINOP_POW;
        void *islot = nb_slot(GP_TYPE(v), binop_islot[base]);
        if (islot) {
            x = call_binslot(islot, is_pow, v, w);
            if (x != gp_NotImplemented)
                return x;
            GP_DECREF(x);
        }
        x = binary_op1(v, w, binop_slot[base], is_pow);
    } else {
        x = binary_op1(v, w, binop_slot[op], op == GP_BINOP_POW);
    }
    if (x != gp_NotImplemented)
        return x;
    GP_DECREF(x);
    return binop_type_error(v, w, op);
}

GpObject *gp_pow3(GpObject *v, GpObject *w, GpObject *z)
{
    if (z == gp_None)
        return gp_binary_op(v, w, GP_BINOP_POW);
    GpType *tv = GP_TYPE(v), *tw = GP_TYPE(w), *tz = GP_TYPE(z);
    gp_ternaryfunc slotv = tv->nb.power, slotw = NULL, slotz;
    GpObject *x;
    if (tw != tv) {
        slotw = tw->nb.power;
        if (slotw == slotv)
            slotw = NULL;
    }
    if (slotv) {
        if (slotw && gp_type_is_subtype(tw, tv)) {
            x = slotw(v, w, z);
            if (x != gp_NotImplemented)
                return x;
            GP_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != gp_NotImplemented)
            return x;
        GP_DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w, z);
        if (x != gp_NotImplemented)
            return x;
        GP_DECREF(x);
    }
    slotz = tz->nb.power;
    if (slotz && slotz != slotv && slotz != slotw) {
        x = slotz(v, w, z);
        if (x != gp_NotImplemented)
            return x;
        GP_DECREF(x);
    }
    return gp_err_format(&GpExc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         tv->name, tw->name, tz->name);
}

#define UNARY_OP(fname, slot, sym)                                                        \
    GpObject *fname(GpObject *o)                                                          \
    {                                                                                     \
        GpType *t = GP_TYPE(o);                                                           \
        if (t->nb.slot)                                                                   \
            return t->nb.slot(o);                                                         \
        return gp_err_format(&GpExc_TypeError, "bad operand type for " sym ": '%s'", t->name); \
    }
UNARY_OP(gp_negative, negative, "unary -")
UNARY_OP(gp_positive, positive, "unary +")
UNARY_OP(gp_invert, invert, "unary ~")
UNARY_OP(gp_absolute, absolute, "abs()")

int gp_index_check(GpObject *o)
{
    return GP_TYPE(o)->nb.index != NULL;
}

GpObject *gp_number_index(GpObject *o)
{
    if (GP_INT_CHECK_EXACT(o))
        return gp_newref(o);
    if (GP_INT_CHECK(o))
        return gp_newref(o);
    GpType *t = GP_TYPE(o);
    if (!t->nb.index)
        return gp_err_format(&GpExc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    GpObject *r = t->nb.index(o);
    if (!r || GP_INT_CHECK(r))
        return r;
    gp_err_format(&GpExc_TypeError, "__index__ returned non-int (type %s)", GP_TYPE(r)->name);
    GP_DECREF(r);
    return NULL;
}

gp_ssize gp_number_as_ssize(GpObject *o, GpType *overflow_exc)
{
    GpObject *v = gp_number_index(o);
    if (!v)
        return -1;
    int overflow = 0;
    int64_t x = gp_int_as_i64_clamped(v, &overflow);
    GP_DECREF(v);
    if (!overflow && x <= GP_SSIZE_MAX && x >= -GP_SSIZE_MAX - 1)
        return (gp_ssize)x;
    if (!overflow)
        overflow = x < 0 ? -1 : 1;
    if (!overflow_exc)
        return overflow < 0 ? -GP_SSIZE_MAX - 1 : GP_SSIZE_MAX;
    gp_err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", GP_TYPE(o)->name);
    return -1;
}

/* int(x) of an int subclass instance: an exact int with the same value. */
static GpObject *int_exact_copy(GpObject *r)
{
    if (GP_INT_IS_SMALL(r))
        return gp_int_from_i64(GP_INT_VAL(r));
    mpz_t z;
    mpz_init(z);
    gp_int_to_mpz(r, z);
    GpObject *x = gp_int_from_mpz(z);
    mpz_clear(z);
    return x;
}

GpObject *gp_number_int(GpObject *o)
{
    if (GP_INT_CHECK_EXACT(o))
        return gp_newref(o);
    GpType *t = GP_TYPE(o);
    if (t->nb.int_) {
        GpObject *r = t->nb.int_(o);
        if (!r || GP_INT_CHECK_EXACT(r))
            return r;
        if (!GP_INT_CHECK(r)) {
            gp_err_format(&GpExc_TypeError, "__int__ returned non-int (type %s)", GP_TYPE(r)->name);
            GP_DECREF(r);
            return NULL;
        }
        GpObject *x = int_exact_copy(r);
        GP_DECREF(r);
        return x;
    }
    if (t->nb.index) {
        GpObject *r = gp_number_index(o);
        if (!r || GP_INT_CHECK_EXACT(r))
            return r;
        GpObject *x = int_exact_copy(r);
        GP_DECREF(r);
        return x;
    }
    GpObject *trunc = gp_lookup_special(o, gp_str_intern_cstr("__trunc__"));
    if (trunc) {
        GpObject *r = gp_call0(trunc);
        GP_DECREF(trunc);
        if (!r || GP_INT_CHECK(r))
            return r;
        if (!gp_index_check(r)) {
            gp_err_format(&GpExc_TypeError, "__trunc__ returned non-Integral (type %s)", GP_TYPE(r)->name);
            GP_DECREF(r);
            return NULL;
        }
        GpObject *x = gp_number_index(r);
        GP_DECREF(r);
        return x;
    }
    if (gp_err_occurred())
        return NULL;
    if (GP_STR_CHECK(o))
        return gp_int_from_string(GP_STR_DATA(o), GP_STR_NBYTES(o), 10);
    if (GP_BYTES_CHECK(o) || GP_BYTEARRAY_CHECK(o)) {
        const char *d;
        gp_ssize n;
        if (gp_bytes_buffer(o, &d, &n) < 0)
            return NULL;
        return gp_int_from_string(d, n, 10);
    }
    return gp_err_format(&GpExc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         t->name);
}

GpObject *gp_number_float(GpObject *o)
{
    if (GP_FLOAT_CHECK_EXACT(o))
        return gp_newref(o);
    GpType *t = GP_TYPE(o);
    if (t->nb.float_) {
        GpObject *r = t->nb.float_(o);
        if (!r || GP_FLOAT_CHECK_EXACT(r))
            return r;
        if (!GP_FLOAT_CHECK(r)) {
            gp_err_format(&GpExc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                          GP_TYPE(r)->name);
            GP_DECREF(r);
            return NULL;
        }
        double d = GP_FLOAT_VAL(r);
        GP_DECREF(r);
        return gp_float_new(d);
    }
    if (t->nb.index) {
        GpObject *r = gp_number_index(o);
        if (!r)
            return NULL;
        double d = gp_int_as_double(r);
        GP_DECREF(r);
        if (d == -1.0 && gp_err_occurred())
            return NULL;
        return gp_float_new(d);
    }
    if (GP_FLOAT_CHECK(o))
        return gp_float_new(GP_FLOAT_VAL(o));
    if (GP_STR_CHECK(o))
        return gp_float_from_string(o);
    return gp_err_format(&GpExc_TypeError, "float() argument must be a string or a real number, not '%s'",
                         t->name);
}

/* ======================================================================
 * dir()
 * ====================================================================== */

GpObject *gp_dir(GpObject *o)
{
    GpObject *names;
    if (!o) {
        GpObject *locals = gp_eval_get_locals();
        if (!locals)
            return NULL;
        if (GP_DICT_CHECK(locals))
            names = gp_dict_keys(locals);
        else
            names = gp_sequence_list(locals);
        GP_DECREF(locals);
        if (!names)
            return NULL;
    } else {
        GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__dir__"));
        if (!meth) {
            if (!gp_err_occurred())
                gp_err_set_string(&GpExc_TypeError, "object does not provide __dir__");
            return NULL;
        }
        GpObject *r = gp_call0(meth);
        GP_DECREF(meth);
        if (!r)
            return NULL;
        names = gp_sequence_list(r);
        GP_DECREF(r);
        if (!names)
            return NULL;
    }
    if (gp_list_sort(names) < 0) {
        GP_DECREF(names);
        return NULL;
    }
    return names;
}
