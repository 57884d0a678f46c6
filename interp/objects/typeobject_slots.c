/* typeobject_slots.c -- the bridge between C slots and special methods.
 *
 * Two directions:
 *  - A built-in type's C slots appear in its __dict__ as slot wrappers
 *    (int.__add__ is a wrapper_descriptor around int's nb.add). The wrap_*
 *    functions below turn a Python-level call into the slot call.
 *  - A class defining __add__ in Python gets nb.add = slot_nb_add, a
 *    dispatcher that looks __add__/__radd__ up on the operands' types and
 *    calls them (CPython's slot_* functions).
 *
 * update_one_slot() decides, for one C slot of a heap type, between the two:
 * if every name mapping to the slot resolves (along the MRO) to a slot
 * wrapper of the same C function, the slot is that C function (so a plain
 * subclass of int keeps int's fast nb.add); otherwise the dispatcher.
 * It runs for every slot when a class is created and for the affected slots
 * when a dunder is assigned or deleted on a class later (C.__add__ = f),
 * recursively for subclasses.
 */
#include <string.h>
#include "gilpy.h"
#include "objects/typeobject.h"

#define ID(var, s)                              \
    static GpObject *var;                       \
    if (!var)                                   \
        var = gp_str_intern_cstr(s)

/* ======================================================================
 * calling special methods
 * ====================================================================== */

/* Look name up on type(self): new ref; *unbound = 1 when the result is a
 * method descriptor to be called with self first. NULL without exception
 * when absent. */
static GpObject *lookup_maybe_method(GpObject *self, GpObject *name, int *unbound)
{
    GpType *t = GP_TYPE(self);
    GpObject *res = gp_type_lookup(t, name);
    if (!res)
        return NULL;
    if (gp_type_has_flag(GP_TYPE(res), GP_TPFLAGS_METHOD_DESCRIPTOR)) {
        *unbound = 1;
        return gp_newref(res);
    }
    *unbound = 0;
    gp_descrgetfunc f = GP_TYPE(res)->descr_get;
    if (!f)
        return gp_newref(res);
    GP_INCREF(res);
    GpObject *r = f(res, self, (GpObject *)t);
    GP_DECREF(res);
    return r;
}

/* func(self, *args) or func(*args) when already bound; args may carry kwnames. */
static GpObject *call_maybe_unbound(GpObject *func, int unbound, GpObject *self, GpObject *const *args,
                                    size_t nargs, GpObject *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)GP_SIZE(kwnames) : 0);
    GpObject *small[8];
    GpObject **stack = small;
    if (total + 2 > 8) {
        stack = gp_mem_malloc((total + 2) * sizeof(GpObject *));
        if (!stack)
            return gp_err_no_memory();
    }
    stack[1] = self;
    for (size_t i = 0; i < total; i++)
        stack[i + 2] = args[i];
    GpObject *r;
    if (unbound)
        r = gp_call(func, stack + 1, (nargs + 1) | GP_CALL_ARGS_OFFSET, kwnames);
    else
        r = gp_call(func, stack + 2, nargs | GP_CALL_ARGS_OFFSET, kwnames);
    if (stack != small)
        gp_mem_free(stack);
    return r;
}

GpObject *gp_call_special(GpObject *self, GpObject *name, GpObject *const *args, size_t nargs, int *found)
{
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, name, &unbound);
    if (!func) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    GpObject *r = call_maybe_unbound(func, unbound, self, args, nargs, NULL);
    GP_DECREF(func);
    return r;
}

/* Call a method that must exist (AttributeError otherwise). */
static GpObject *vectorcall_method(GpObject *name, GpObject *self, GpObject *const *args, size_t nargs)
{
    int found;
    GpObject *r = gp_call_special(self, name, args, nargs, &found);
    if (!found && !gp_err_occurred())
        gp_err_set_object(&GpExc_AttributeError, name);
    return r;
}

/* Call a method if it exists, else NotImplemented. */
static GpObject *vectorcall_maybe(GpObject *name, GpObject *self, GpObject *const *args, size_t nargs)
{
    int found;
    GpObject *r = gp_call_special(self, name, args, nargs, &found);
    if (!found && !gp_err_occurred())
        GP_RETURN_NOTIMPLEMENTED;
    return r;
}

/* ======================================================================
 * Dispatchers: the slots of classes defined in Python
 * ====================================================================== */

static int method_is_overloaded(GpType *left, GpType *right, GpObject *name)
{
    GpObject *b = gp_type_lookup(right, name);
    if (!b)
        return 0;
    GpObject *a = gp_type_lookup(left, name);
    if (!a)
        return 1;
    if (a == b)
        return 0;
    return gp_richcompare_bool(a, b, GP_NE);
}

static inline void *nbslot_at(GpType *t, size_t off)
{
    return *(void **)((char *)&t->nb + off);
}

static GpObject *binfull(GpObject *self, GpObject *other, size_t off, void *testfunc, GpObject *opname,
                         GpObject *ropname)
{
    GpType *ts = GP_TYPE(self), *to = GP_TYPE(other);
    int do_other = ts != to && nbslot_at(to, off) == testfunc;
    GpObject *r;
    if (nbslot_at(ts, off) == testfunc) {
        if (do_other && gp_type_is_subtype(to, ts)) {
            int ok = method_is_overloaded(ts, to, ropname);
            if (ok < 0)
                return NULL;
            if (ok) {
                r = vectorcall_maybe(ropname, other, &self, 1);
                if (r != gp_NotImplemented)
                    return r;
                GP_DECREF(r);
                do_other = 0;
            }
        }
        r = vectorcall_maybe(opname, self, &other, 1);
        if (r != gp_NotImplemented || to == ts)
            return r;
        GP_DECREF(r);
    }
    if (do_other)
        return vectorcall_maybe(ropname, other, &self, 1);
    GP_RETURN_NOTIMPLEMENTED;
}

#define SLOT_BINFULL(FUNC, FIELD, OP, ROP)                                                   \
    static GpObject *FUNC(GpObject *self, GpObject *other)                                   \
    {                                                                                        \
        ID(op_, OP);                                                                         \
        ID(rop_, ROP);                                                                       \
        return binfull(self, other, offsetof(GpNumberMethods, FIELD), (void *)FUNC, op_, rop_); \
    }

SLOT_BINFULL(slot_nb_add, add, "__add__", "__radd__")
SLOT_BINFULL(slot_nb_subtract, subtract, "__sub__", "__rsub__")
SLOT_BINFULL(slot_nb_multiply, multiply, "__mul__", "__rmul__")
SLOT_BINFULL(slot_nb_remainder, remainder, "__mod__", "__rmod__")
SLOT_BINFULL(slot_nb_divmod, divmod, "__divmod__", "__rdivmod__")
SLOT_BINFULL(slot_nb_lshift, lshift, "__lshift__", "__rlshift__")
SLOT_BINFULL(slot_nb_rshift, rshift, "__rshift__", "__rrshift__")
SLOT_BINFULL(slot_nb_and, and_, "__and__", "__rand__")
SLOT_BINFULL(slot_nb_xor, xor_, "__xor__", "__rxor__")
SLOT_BINFULL(slot_nb_or, or_, "__or__", "__ror__")
SLOT_BINFULL(slot_nb_floor_divide, floor_divide, "__floordiv__", "__rfloordiv__")
SLOT_BINFULL(slot_nb_true_divide, true_divide, "__truediv__", "__rtruediv__")
SLOT_BINFULL(slot_nb_matrix_multiply, matrix_multiply, "__matmul__", "__rmatmul__")

static GpObject *slot_nb_power_binary(GpObject *self, GpObject *other);
static GpObject *slot_nb_power(GpObject *self, GpObject *other, GpObject *mod)
{
    if (mod == gp_None)
        return slot_nb_power_binary(self, other);
    ID(pow_, "__pow__");
    if (GP_TYPE(self)->nb.power == slot_nb_power) {
        GpObject *args[2] = { other, mod };
        return vectorcall_maybe(pow_, self, args, 2);
    }
    GP_RETURN_NOTIMPLEMENTED;
}

static GpObject *slot_nb_power_binary(GpObject *self, GpObject *other)
{
    ID(op_, "__pow__");
    ID(rop_, "__rpow__");
    return binfull(self, other, offsetof(GpNumberMethods, power), (void *)slot_nb_power, op_, rop_);
}

#define SLOT0(FUNC, NAME)                                \
    static GpObject *FUNC(GpObject *self)                \
    {                                                    \
        ID(n_, NAME);                                    \
        return vectorcall_method(n_, self, NULL, 0);     \
    }
SLOT0(slot_nb_negative, "__neg__")
SLOT0(slot_nb_positive, "__pos__")
SLOT0(slot_nb_absolute, "__abs__")
SLOT0(slot_nb_invert, "__invert__")
SLOT0(slot_nb_int, "__int__")
SLOT0(slot_nb_float, "__float__")
SLOT0(slot_nb_index, "__index__")

#define SLOT1(FUNC, NAME)                                    \
    static GpObject *FUNC(GpObject *self, GpObject *other)   \
    {                                                        \
        ID(n_, NAME);                                        \
        return vectorcall_method(n_, self, &other, 1);       \
    }
SLOT1(slot_nb_inplace_add, "__iadd__")
SLOT1(slot_nb_inplace_subtract, "__isub__")
SLOT1(slot_nb_inplace_multiply, "__imul__")
SLOT1(slot_nb_inplace_remainder, "__imod__")
SLOT1(slot_nb_inplace_lshift, "__ilshift__")
SLOT1(slot_nb_inplace_rshift, "__irshift__")
SLOT1(slot_nb_inplace_and, "__iand__")
SLOT1(slot_nb_inplace_xor, "__ixor__")
SLOT1(slot_nb_inplace_or, "__ior__")
SLOT1(slot_nb_inplace_floor_divide, "__ifloordiv__")
SLOT1(slot_nb_inplace_true_divide, "__itruediv__")
SLOT1(slot_nb_inplace_matrix_multiply, "__imatmul__")
SLOT1(slot_mp_subscript, "__getitem__")

static GpObject *slot_nb_inplace_power(GpObject *self, GpObject *other, GpObject *mod)
{
    ID(n_, "__ipow__");
    return vectorcall_method(n_, self, &other, 1);
}

static int slot_nb_bool(GpObject *self)
{
    ID(bool_, "__bool__");
    ID(len_, "__len__");
    int unbound = 0, using_len = 0;
    GpObject *func = lookup_maybe_method(self, bool_, &unbound);
    if (!func) {
        if (gp_err_occurred())
            return -1;
        func = lookup_maybe_method(self, len_, &unbound);
        if (!func)
            return gp_err_occurred() ? -1 : 1;
        using_len = 1;
    }
    GpObject *r = call_maybe_unbound(func, unbound, self, NULL, 0, NULL);
    GP_DECREF(func);
    if (!r)
        return -1;
    int result;
    if (using_len) {
        gp_ssize n = gp_number_as_ssize(r, &GpExc_OverflowError);
        GP_DECREF(r);
        if (n == -1 && gp_err_occurred())
            return -1;
        if (n < 0) {
            gp_err_set_string(&GpExc_ValueError, "__len__() should return >= 0");
            return -1;
        }
        return n > 0;
    }
    if (GP_BOOL_CHECK(r)) {
        result = r == gp_True;
    } else {
        gp_err_format(&GpExc_TypeError, "__bool__ should return bool, returned %s", GP_TYPE(r)->name);
        result = -1;
    }
    GP_DECREF(r);
    return result;
}

static gp_ssize slot_sq_length(GpObject *self)
{
    ID(len_, "__len__");
    GpObject *r = vectorcall_method(len_, self, NULL, 0);
    if (!r)
        return -1;
    gp_ssize n = gp_number_as_ssize(r, &GpExc_OverflowError);
    GP_DECREF(r);
    if (n == -1 && gp_err_occurred())
        return -1;
    if (n < 0) {
        gp_err_set_string(&GpExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int slot_mp_ass_subscript(GpObject *self, GpObject *key, GpObject *value)
{
    ID(set_, "__setitem__");
    ID(del_, "__delitem__");
    GpObject *r;
    if (value) {
        GpObject *args[2] = { key, value };
        r = vectorcall_method(set_, self, args, 2);
    } else {
        r = vectorcall_method(del_, self, &key, 1);
    }
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static int slot_sq_contains(GpObject *self, GpObject *value)
{
    ID(contains_, "__contains__");
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, contains_, &unbound);
    if (func == gp_None) {
        GP_DECREF(func);
        gp_err_format(&GpExc_TypeError, "'%s' object is not a container", GP_TYPE(self)->name);
        return -1;
    }
    if (func) {
        GpObject *r = call_maybe_unbound(func, unbound, self, &value, 1, NULL);
        GP_DECREF(func);
        if (!r)
            return -1;
        int t = gp_is_true(r);
        GP_DECREF(r);
        return t;
    }
    if (gp_err_occurred())
        return -1;
    /* iteration fallback */
    GpObject *it = gp_iter(self);
    if (!it)
        return -1;
    GpObject *x;
    int found = 0;
    while ((x = gp_iter_next(it))) {
        int c = gp_richcompare_bool(x, value, GP_EQ);
        GP_DECREF(x);
        if (c != 0) {
            found = c;
            break;
        }
    }
    GP_DECREF(it);
    if (!found && gp_err_occurred())
        return -1;
    return found;
}

static GpObject *slot_tp_repr(GpObject *self)
{
    ID(repr_, "__repr__");
    int found;
    GpObject *r = gp_call_special(self, repr_, NULL, 0, &found);
    if (!found && !gp_err_occurred())
        return gp_object_default_repr(self);
    return r;
}

static GpObject *slot_tp_str(GpObject *self)
{
    ID(str_, "__str__");
    return vectorcall_method(str_, self, NULL, 0);
}

static gp_hash slot_tp_hash(GpObject *self)
{
    ID(hash_, "__hash__");
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, hash_, &unbound);
    if (func == gp_None)
        GP_CLEAR(func);
    if (!func) {
        if (gp_err_occurred())
            return -1;
        return gp_hash_not_implemented(self);
    }
    GpObject *r = call_maybe_unbound(func, unbound, self, NULL, 0, NULL);
    GP_DECREF(func);
    if (!r)
        return -1;
    if (!GP_INT_CHECK(r)) {
        gp_err_set_string(&GpExc_TypeError, "__hash__ method should return an integer");
        GP_DECREF(r);
        return -1;
    }
    gp_hash h;
    if (GP_INT_IS_SMALL(r) && GP_INT_VAL(r) != -1 && GP_INT_VAL(r) == (gp_hash)GP_INT_VAL(r))
        h = (gp_hash)GP_INT_VAL(r);
    else
        h = gp_int_hash(r);
    GP_DECREF(r);
    if (h == -1 && !gp_err_occurred())
        h = -2;
    return h;
}

static const char *const richcmp_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

static GpObject *slot_tp_richcompare(GpObject *self, GpObject *other, int op)
{
    static GpObject *names[6];
    if (!names[op])
        names[op] = gp_str_intern_cstr(richcmp_names[op]);
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, names[op], &unbound);
    if (!func) {
        if (gp_err_occurred())
            return NULL;
        GP_RETURN_NOTIMPLEMENTED;
    }
    GpObject *r = call_maybe_unbound(func, unbound, self, &other, 1, NULL);
    GP_DECREF(func);
    return r;
}

static GpObject *slot_tp_getattro(GpObject *self, GpObject *name)
{
    ID(ga_, "__getattribute__");
    return vectorcall_method(ga_, self, &name, 1);
}

static GpObject *call_attribute(GpObject *self, GpObject *attr, GpObject *name)
{
    gp_descrgetfunc f = GP_TYPE(attr)->descr_get;
    GpObject *bound = NULL;
    if (f && !gp_type_has_flag(GP_TYPE(attr), GP_TPFLAGS_METHOD_DESCRIPTOR)) {
        bound = f(attr, self, (GpObject *)GP_TYPE(self));
        if (!bound)
            return NULL;
        GpObject *r = gp_call1(bound, name);
        GP_DECREF(bound);
        return r;
    }
    return gp_call2(attr, self, name);
}

static GpObject *slot_tp_getattr_hook(GpObject *self, GpObject *name)
{
    ID(ga_, "__getattribute__");
    ID(gattr_, "__getattr__");
    GpType *tp = GP_TYPE(self);
    GpObject *getattr = gp_type_lookup(tp, gattr_);
    if (!getattr) {
        /* no __getattr__ any more: plain __getattribute__ from now on */
        tp->getattro = slot_tp_getattro;
        return slot_tp_getattro(self, name);
    }
    GP_INCREF(getattr);
    GpObject *getattribute = gp_type_lookup(tp, ga_);
    GpObject *res;
    if (!getattribute ||
        (GP_TYPE(getattribute) == &GpWrapperDescr_Type &&
         ((GpWrapperDescr *)getattribute)->wrapped == (void *)gp_generic_getattr)) {
        res = gp_generic_getattr(self, name);
    } else {
        GP_INCREF(getattribute);
        res = call_attribute(self, getattribute, name);
        GP_DECREF(getattribute);
    }
    if (!res && gp_err_matches(&GpExc_AttributeError)) {
        gp_err_clear();
        res = call_attribute(self, getattr, name);
    }
    GP_DECREF(getattr);
    return res;
}

static int slot_tp_setattro(GpObject *self, GpObject *name, GpObject *value)
{
    ID(set_, "__setattr__");
    ID(del_, "__delattr__");
    GpObject *r;
    if (value) {
        GpObject *args[2] = { name, value };
        r = vectorcall_method(set_, self, args, 2);
    } else {
        r = vectorcall_method(del_, self, &name, 1);
    }
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static GpObject *slot_tp_call(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    ID(call_, "__call__");
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, call_, &unbound);
    if (!func) {
        if (!gp_err_occurred())
            gp_err_format(&GpExc_TypeError, "'%s' object is not callable", GP_TYPE(self)->name);
        return NULL;
    }
    GpObject *r = call_maybe_unbound(func, unbound, self, args, (size_t)GP_NARGS(nargsf), kwnames);
    GP_DECREF(func);
    return r;
}

static GpObject *slot_tp_iter(GpObject *self)
{
    ID(iter_, "__iter__");
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, iter_, &unbound);
    if (func == gp_None) {
        GP_DECREF(func);
        return gp_err_format(&GpExc_TypeError, "'%s' object is not iterable", GP_TYPE(self)->name);
    }
    if (!func) {
        if (gp_err_occurred())
            return NULL;
        return gp_err_format(&GpExc_TypeError, "'%s' object is not iterable", GP_TYPE(self)->name);
    }
    GpObject *r = call_maybe_unbound(func, unbound, self, NULL, 0, NULL);
    GP_DECREF(func);
    return r;
}

/* The iternext slot of a class with __next__: NULL without an exception
 * means exhausted (the convention of every iterator consumer in gilpy), so
 * a StopIteration is cleared -- except through gp_next_keep_stop, which
 * builtin next() uses so that StopIteration(value) reaches the caller, as
 * in CPython. */
static GpObject *slot_next_call(GpObject *self)
{
    ID(next_, "__next__");
    return vectorcall_method(next_, self, NULL, 0);
}

static GpObject *slot_tp_iternext(GpObject *self)
{
    GpObject *r = slot_next_call(self);
    if (!r && gp_err_matches(&GpExc_StopIteration))
        gp_err_clear();
    return r;
}

GpObject *gp_next_keep_stop(GpObject *it)
{
    gp_unaryfunc f = GP_TYPE(it)->iternext;
    return f == slot_tp_iternext ? slot_next_call(it) : f(it);
}

static GpObject *slot_tp_descr_get(GpObject *self, GpObject *obj, GpObject *type)
{
    ID(get_, "__get__");
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, get_, &unbound);
    if (!func) {
        if (gp_err_occurred())
            return NULL;
        return gp_newref(self);
    }
    GpObject *args[2] = { obj ? obj : gp_None, type ? type : gp_None };
    GpObject *r = call_maybe_unbound(func, unbound, self, args, 2, NULL);
    GP_DECREF(func);
    return r;
}

static int slot_tp_descr_set(GpObject *self, GpObject *target, GpObject *value)
{
    ID(set_, "__set__");
    ID(del_, "__delete__");
    GpObject *r;
    if (value) {
        GpObject *args[2] = { target, value };
        r = vectorcall_method(set_, self, args, 2);
    } else {
        r = vectorcall_method(del_, self, &target, 1);
    }
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static int slot_tp_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    ID(init_, "__init__");
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, init_, &unbound);
    if (!func) {
        if (!gp_err_occurred())
            gp_err_set_object(&GpExc_AttributeError, init_);
        return -1;
    }
    GpObject *r = call_maybe_unbound(func, unbound, self, args, nargs, kwnames);
    GP_DECREF(func);
    if (!r)
        return -1;
    if (r != gp_None) {
        gp_err_format(&GpExc_TypeError, "__init__() should return None, not '%s'", GP_TYPE(r)->name);
        GP_DECREF(r);
        return -1;
    }
    GP_DECREF(r);
    return 0;
}

static GpObject *slot_tp_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    ID(new_, "__new__");
    GpObject *func = gp_getattr((GpObject *)type, new_);
    if (!func)
        return NULL;
    GpObject *r = call_maybe_unbound(func, 1, (GpObject *)type, args, nargs, kwnames);
    GP_DECREF(func);
    return r;
}

static void slot_tp_finalize(GpObject *self)
{
    ID(del_, "__del__");
    GpObject *saved = gp_err_fetch();
    int unbound = 0;
    GpObject *func = lookup_maybe_method(self, del_, &unbound);
    if (func) {
        GpObject *r = call_maybe_unbound(func, unbound, self, NULL, 0, NULL);
        if (r)
            GP_DECREF(r);
        else
            gp_err_write_unraisable(func);
        GP_DECREF(func);
    } else if (gp_err_occurred()) {
        gp_err_write_unraisable(self);
    }
    gp_err_restore(saved);
}

/* ======================================================================
 * Wrappers: C slots called from Python
 * ====================================================================== */

static int check_args(const GpSlotDef *sd, size_t nargs, GpObject *kwnames, size_t lo, size_t hi)
{
    if (kwnames && GP_SIZE(kwnames)) {
        gp_err_format(&GpExc_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
        return -1;
    }
    if (nargs < lo || nargs > hi) {
        if (lo == hi)
            gp_err_format(&GpExc_TypeError, "expected %d argument%s, got %zd", (int)lo, lo == 1 ? "" : "s",
                          (gp_ssize)nargs);
        else
            gp_err_format(&GpExc_TypeError, "expected %d or %d arguments, got %zd", (int)lo, (int)hi,
                          (gp_ssize)nargs);
        return -1;
    }
    return 0;
}

#define WRAPPER(name) \
    static GpObject *name(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames, void *w, const GpSlotDef *sd)

WRAPPER(wrap_unary)
{
    if (check_args(sd, nargs, kwnames, 0, 0) < 0)
        return NULL;
    return ((gp_unaryfunc)w)(self);
}

WRAPPER(wrap_binary_l)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    return ((gp_binaryfunc)w)(self, args[0]);
}

WRAPPER(wrap_binary_r)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    return ((gp_binaryfunc)w)(args[0], self);
}

WRAPPER(wrap_ternary)
{
    if (check_args(sd, nargs, kwnames, 1, 2) < 0)
        return NULL;
    return ((gp_ternaryfunc)w)(self, args[0], nargs > 1 ? args[1] : gp_None);
}

WRAPPER(wrap_ternary_r)
{
    if (check_args(sd, nargs, kwnames, 1, 2) < 0)
        return NULL;
    return ((gp_ternaryfunc)w)(args[0], self, nargs > 1 ? args[1] : gp_None);
}

WRAPPER(wrap_inquiry)
{
    if (check_args(sd, nargs, kwnames, 0, 0) < 0)
        return NULL;
    int r = ((gp_inquiry)w)(self);
    if (r < 0)
        return NULL;
    return gp_bool(r);
}

WRAPPER(wrap_len)
{
    if (check_args(sd, nargs, kwnames, 0, 0) < 0)
        return NULL;
    gp_ssize n = ((gp_lenfunc)w)(self);
    if (n < 0 && gp_err_occurred())
        return NULL;
    return gp_int_from_ssize(n);
}

WRAPPER(wrap_hash)
{
    if (check_args(sd, nargs, kwnames, 0, 0) < 0)
        return NULL;
    gp_hash h = ((gp_hashfunc)w)(self);
    if (h == -1 && gp_err_occurred())
        return NULL;
    return gp_int_from_i64((int64_t)h);
}

WRAPPER(wrap_richcmp)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    return ((gp_richcmpfunc)w)(self, args[0], sd->op);
}

WRAPPER(wrap_getattribute)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(args[0])->name);
    return ((gp_getattrofunc)w)(self, args[0]);
}

/* Refuse object.__setattr__(SomeType, ...) and similar: the C function must
 * be the one the object's nearest static type uses. */
static int hackcheck(GpObject *self, void *func, const char *what)
{
    GpType *t = GP_TYPE(self);
    while (t && (t->flags & GP_TPFLAGS_HEAPTYPE))
        t = t->base;
    if (t && (void *)t->setattro != func) {
        gp_err_format(&GpExc_TypeError, "can't apply this %s to %s object", what, t->name);
        return -1;
    }
    return 0;
}

WRAPPER(wrap_setattr)
{
    if (check_args(sd, nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(args[0])->name);
    if (hackcheck(self, w, "__setattr__") < 0)
        return NULL;
    GpObject *name = gp_newref(args[0]);
    if (GP_STR_CHECK_EXACT(name))
        gp_str_intern_inplace(&name);
    int r = ((gp_setattrofunc)w)(self, name, args[1]);
    GP_DECREF(name);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_delattr)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(&GpExc_TypeError, "attribute name must be string, not '%s'", GP_TYPE(args[0])->name);
    if (hackcheck(self, w, "__delattr__") < 0)
        return NULL;
    if (((gp_setattrofunc)w)(self, args[0], NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_call)
{
    return ((gp_callfunc)w)(self, args, nargs, kwnames);
}

WRAPPER(wrap_next)
{
    if (check_args(sd, nargs, kwnames, 0, 0) < 0)
        return NULL;
    GpObject *r = ((gp_unaryfunc)w)(self);
    if (!r && !gp_err_occurred())
        gp_err_set_none(&GpExc_StopIteration);
    return r;
}

WRAPPER(wrap_descr_get)
{
    if (check_args(sd, nargs, kwnames, 1, 2) < 0)
        return NULL;
    GpObject *obj = args[0], *type = nargs > 1 ? args[1] : NULL;
    if (obj == gp_None)
        obj = NULL;
    if (type == gp_None)
        type = NULL;
    if (!obj && !type)
        return gp_err_format(&GpExc_TypeError, "__get__(None, None) is invalid");
    return ((gp_descrgetfunc)w)(self, obj, type);
}

WRAPPER(wrap_descr_set)
{
    if (check_args(sd, nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (((gp_descrsetfunc)w)(self, args[0], args[1]) < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_descr_delete)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (((gp_descrsetfunc)w)(self, args[0], NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_init)
{
    if (((gp_initfunc)w)(self, args, nargs, kwnames) < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_del)
{
    if (check_args(sd, nargs, kwnames, 0, 0) < 0)
        return NULL;
    ((gp_destructor)w)(self);
    if (gp_err_occurred())
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_setitem)
{
    if (check_args(sd, nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (((gp_objobjargproc)w)(self, args[0], args[1]) < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_delitem)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (((gp_objobjargproc)w)(self, args[0], NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

WRAPPER(wrap_contains)
{
    if (check_args(sd, nargs, kwnames, 1, 1) < 0)
        return NULL;
    int r = ((gp_objobjproc)w)(self, args[0]);
    if (r < 0)
        return NULL;
    return gp_bool(r);
}

WRAPPER(wrap_ipow)
{
    if (check_args(sd, nargs, kwnames, 1, 2) < 0)
        return NULL;
    return ((gp_ternaryfunc)w)(self, args[0], gp_None);
}

/* ======================================================================
 * The table
 * ====================================================================== */

#define TP(f) offsetof(GpType, f)
#define NB(f) (offsetof(GpType, nb) + offsetof(GpNumberMethods, f))
#define BIN(name, rname, field, disp) \
    { name, NB(field), (void *)disp, wrap_binary_l, 0, NULL }, \
    { rname, NB(field), (void *)disp, wrap_binary_r, 0, NULL }
#define UN(name, field, disp) { name, NB(field), (void *)disp, wrap_unary, 0, NULL }
#define IBIN(name, field, disp) { name, NB(field), (void *)disp, wrap_binary_l, 0, NULL }

static GpSlotDef slotdefs[] = {
    { "__getattribute__", TP(getattro), (void *)slot_tp_getattr_hook, wrap_getattribute, 0, NULL },
    { "__getattr__", TP(getattro), (void *)slot_tp_getattr_hook, NULL, 0, NULL },
    { "__setattr__", TP(setattro), (void *)slot_tp_setattro, wrap_setattr, 0, NULL },
    { "__delattr__", TP(setattro), (void *)slot_tp_setattro, wrap_delattr, 0, NULL },
    { "__repr__", TP(repr), (void *)slot_tp_repr, wrap_unary, 0, NULL },
    { "__hash__", TP(hash), (void *)slot_tp_hash, wrap_hash, 0, NULL },
    { "__call__", TP(call), (void *)slot_tp_call, wrap_call, 0, NULL },
    { "__str__", TP(str), (void *)slot_tp_str, wrap_unary, 0, NULL },
    { "__lt__", TP(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_LT, NULL },
    { "__le__", TP(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_LE, NULL },
    { "__eq__", TP(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_EQ, NULL },
    { "__ne__", TP(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_NE, NULL },
    { "__gt__", TP(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_GT, NULL },
    { "__ge__", TP(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_GE, NULL },
    { "__iter__", TP(iter), (void *)slot_tp_iter, wrap_unary, 0, NULL },
    { "__next__", TP(iternext), (void *)slot_tp_iternext, wrap_next, 0, NULL },
    { "__get__", TP(descr_get), (void *)slot_tp_descr_get, wrap_descr_get, 0, NULL },
    { "__set__", TP(descr_set), (void *)slot_tp_descr_set, wrap_descr_set, 0, NULL },
    { "__delete__", TP(descr_set), (void *)slot_tp_descr_set, wrap_descr_delete, 0, NULL },
    { "__init__", TP(init), (void *)slot_tp_init, wrap_init, 0, NULL },
    { "__new__", TP(new_), (void *)slot_tp_new, NULL, 0, NULL },
    { "__del__", TP(finalize), (void *)slot_tp_finalize, wrap_del, 0, NULL },

    BIN("__add__", "__radd__", add, slot_nb_add),
    BIN("__sub__", "__rsub__", subtract, slot_nb_subtract),
    BIN("__mul__", "__rmul__", multiply, slot_nb_multiply),
    BIN("__mod__", "__rmod__", remainder, slot_nb_remainder),
    BIN("__divmod__", "__rdivmod__", divmod, slot_nb_divmod),
    { "__pow__", NB(power), (void *)slot_nb_power, wrap_ternary, 0, NULL },
    { "__rpow__", NB(power), (void *)slot_nb_power, wrap_ternary_r, 0, NULL },
    UN("__neg__", negative, slot_nb_negative),
    UN("__pos__", positive, slot_nb_positive),
    UN("__abs__", absolute, slot_nb_absolute),
    { "__bool__", NB(bool_), (void *)slot_nb_bool, wrap_inquiry, 0, NULL },
    UN("__invert__", invert, slot_nb_invert),
    BIN("__lshift__", "__rlshift__", lshift, slot_nb_lshift),
    BIN("__rshift__", "__rrshift__", rshift, slot_nb_rshift),
    BIN("__and__", "__rand__", and_, slot_nb_and),
    BIN("__xor__", "__rxor__", xor_, slot_nb_xor),
    BIN("__or__", "__ror__", or_, slot_nb_or),
    UN("__int__", int_, slot_nb_int),
    UN("__float__", float_, slot_nb_float),
    IBIN("__iadd__", inplace_add, slot_nb_inplace_add),
    IBIN("__isub__", inplace_subtract, slot_nb_inplace_subtract),
    IBIN("__imul__", inplace_multiply, slot_nb_inplace_multiply),
    IBIN("__imod__", inplace_remainder, slot_nb_inplace_remainder),
    { "__ipow__", NB(inplace_power), (void *)slot_nb_inplace_power, wrap_ipow, 0, NULL },
    IBIN("__ilshift__", inplace_lshift, slot_nb_inplace_lshift),
    IBIN("__irshift__", inplace_rshift, slot_nb_inplace_rshift),
    IBIN("__iand__", inplace_and, slot_nb_inplace_and),
    IBIN("__ixor__", inplace_xor, slot_nb_inplace_xor),
    IBIN("__ior__", inplace_or, slot_nb_inplace_or),
    BIN("__floordiv__", "__rfloordiv__", floor_divide, slot_nb_floor_divide),
    BIN("__truediv__", "__rtruediv__", true_divide, slot_nb_true_divide),
    IBIN("__ifloordiv__", inplace_floor_divide, slot_nb_inplace_floor_divide),
    IBIN("__itruediv__", inplace_true_divide, slot_nb_inplace_true_divide),
    UN("__index__", index, slot_nb_index),
    BIN("__matmul__", "__rmatmul__", matrix_multiply, slot_nb_matrix_multiply),
    IBIN("__imatmul__", inplace_matrix_multiply, slot_nb_inplace_matrix_multiply),

    { "__len__", TP(len), (void *)slot_sq_length, wrap_len, 0, NULL },
    { "__getitem__", TP(getitem), (void *)slot_mp_subscript, wrap_binary_l, 0, NULL },
    { "__setitem__", TP(setitem), (void *)slot_mp_ass_subscript, wrap_setitem, 0, NULL },
    { "__delitem__", TP(setitem), (void *)slot_mp_ass_subscript, wrap_delitem, 0, NULL },
    { "__contains__", TP(contains), (void *)slot_sq_contains, wrap_contains, 0, NULL },
    { NULL }
};

#define NSLOTDEFS ((int)(sizeof slotdefs / sizeof slotdefs[0]) - 1)

int gp_slots_init(void)
{
    for (GpSlotDef *sd = slotdefs; sd->name; sd++) {
        if (sd->name_obj)
            continue;
        sd->name_obj = gp_str_intern_cstr(sd->name);
        if (!sd->name_obj)
            return -1;
    }
    return 0;
}

static inline void **slot_ptr(GpType *t, size_t off)
{
    return (void **)((char *)t + off);
}

/* ---- tp_new wrapper: T.__new__(S, ...) --------------------------------- */

static GpObject *tp_new_wrapper(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpType *type = (GpType *)self;
    if (nargs < 1)
        return gp_err_format(&GpExc_TypeError, "%s.__new__(): not enough arguments", type->name);
    GpObject *arg0 = args[0];
    if (!GP_TYPE_CHECK_TYPE(arg0))
        return gp_err_format(&GpExc_TypeError, "%s.__new__(X): X is not a type object (%s)", type->name,
                             GP_TYPE(arg0)->name);
    GpType *subtype = (GpType *)arg0;
    if (!gp_type_is_subtype(subtype, type))
        return gp_err_format(&GpExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->name,
                             subtype->name, subtype->name, type->name);
    /* the most derived static base must use this very __new__ */
    GpType *staticbase = subtype;
    while (staticbase && (staticbase->new_ == slot_tp_new))
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != type->new_)
        return gp_err_format(&GpExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type->name,
                             subtype->name, staticbase->name);
    if (!type->new_)
        return gp_err_format(&GpExc_TypeError, "cannot create '%s' instances", type->name);
    return type->new_(subtype, args + 1, nargs - 1, kwnames);
}

static const GpMethodDef tp_new_def = {
    "__new__", (void *)tp_new_wrapper, GP_METH_FASTKW,
    "Create and return a new object.  See help(type) for accurate signature."
};

GpObject *gp_tp_new_wrapper_new(GpType *t)
{
    return gp_cfunction_new(&tp_new_def, (GpObject *)t, NULL);
}

static int is_tp_new_wrapper(GpObject *o)
{
    return GP_TYPE(o) == &GpCFunction_Type && ((GpCFunction *)o)->def == &tp_new_def;
}

/* ---- add_operators: wrappers for a static type's own slots ------------- */

int gp_type_add_slot_wrappers(GpType *t)
{
    if (gp_slots_init() < 0)
        return -1;
    GpObject *dict = t->dict;
    for (GpSlotDef *sd = slotdefs; sd->name; sd++) {
        if (!sd->wrapper)
            continue;
        void *f = *slot_ptr(t, sd->offset);
        if (!f)
            continue;
        int has = gp_dict_contains(dict, sd->name_obj);
        if (has < 0)
            return -1;
        if (has)
            continue;
        GpObject *v;
        if (f == (void *)gp_hash_not_implemented)
            v = gp_newref(gp_None);
        else
            v = gp_descr_new_wrapper(t, sd, f);
        if (!v)
            return -1;
        int r = gp_dict_setitem(dict, sd->name_obj, v);
        GP_DECREF(v);
        if (r < 0)
            return -1;
    }
    if (t->new_) {
        int has = gp_dict_contains(dict, gp_str_intern_cstr("__new__"));
        if (has < 0)
            return -1;
        if (!has) {
            GpObject *f = gp_tp_new_wrapper_new(t);
            if (!f)
                return -1;
            int r = gp_dict_setitem_str(dict, "__new__", f);
            GP_DECREF(f);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

/* ---- update_one_slot ---------------------------------------------------- */

static void update_one_slot(GpType *t, size_t off)
{
    void **ptr = slot_ptr(t, off);
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    for (GpSlotDef *sd = slotdefs; sd->name; sd++) {
        if (sd->offset != off)
            continue;
        GpObject *descr = gp_type_lookup(t, sd->name_obj);
        if (!descr)
            continue;
        if (GP_TYPE(descr) == &GpWrapperDescr_Type && ((GpWrapperDescr *)descr)->sd->offset == off) {
            GpWrapperDescr *d = (GpWrapperDescr *)descr;
            generic = sd->dispatcher;
            if ((!specific || specific == d->wrapped) && d->sd->wrapper == sd->wrapper &&
                gp_type_is_subtype(t, d->owner))
                specific = d->wrapped;
            else
                use_generic = 1;
        } else if (off == offsetof(GpType, new_) && is_tp_new_wrapper(descr)) {
            GpType *owner = (GpType *)((GpCFunction *)descr)->self;
            specific = (void *)owner->new_;
        } else if (descr == gp_None && off == offsetof(GpType, hash)) {
            specific = (void *)gp_hash_not_implemented;
        } else {
            use_generic = 1;
            generic = sd->dispatcher;
        }
    }
    if (specific && !use_generic)
        *ptr = specific;
    else
        *ptr = generic;
    /* slots that must never be NULL on a ready type */
    if (!*ptr) {
        if (off == offsetof(GpType, getattro))
            *ptr = (void *)gp_generic_getattr;
        else if (off == offsetof(GpType, setattro))
            *ptr = (void *)gp_generic_setattr;
    }
}

int gp_type_fixup_slots(GpType *t)
{
    if (gp_slots_init() < 0)
        return -1;
    size_t done[NSLOTDEFS];
    int ndone = 0;
    for (GpSlotDef *sd = slotdefs; sd->name; sd++) {
        int seen = 0;
        for (int i = 0; i < ndone; i++)
            if (done[i] == sd->offset)
                seen = 1;
        if (seen)
            continue;
        done[ndone++] = sd->offset;
        update_one_slot(t, sd->offset);
    }
    return 0;
}

static int update_subclasses_rec(GpType *t, size_t *offs, int n, int depth)
{
    if (depth > 1000)
        return 0;
    for (int i = 0; i < n; i++)
        update_one_slot(t, offs[i]);
    if (!t->subclasses)
        return 0;
    gp_ssize pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(t->subclasses, &pos, &k, &v)) {
        gp_ssize addr;
        if (gp_int_as_ssize(k, &addr) < 0)
            return -1;
        GpType *sub = (GpType *)addr;
        if (sub->flags & GP_TPFLAGS_HEAPTYPE)
            update_subclasses_rec(sub, offs, n, depth + 1);
    }
    return 0;
}

int gp_type_update_slots_for_name(GpType *t, GpObject *name)
{
    if (gp_slots_init() < 0)
        return -1;
    size_t offs[8];
    int n = 0;
    for (GpSlotDef *sd = slotdefs; sd->name; sd++) {
        if (sd->name_obj == name || gp_str_eq(sd->name_obj, name)) {
            int seen = 0;
            for (int i = 0; i < n; i++)
                if (offs[i] == sd->offset)
                    seen = 1;
            if (!seen && n < 8)
                offs[n++] = sd->offset;
        }
    }
    if (!n)
        return 0;
    if (update_subclasses_rec(t, offs, n, 0) < 0)
        return -1;
    return 1;
}

int gp_type_update_slot(GpType *t, GpObject *name)
{
    return gp_type_update_slots_for_name(t, name);
}
