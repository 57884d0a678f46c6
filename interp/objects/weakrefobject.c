/* weakrefobject.c -- weak references: weakref.ref (ReferenceType), the
 * proxies (ProxyType, CallableProxyType) and the hook that clears them.
 *
 * A weak reference points at its referent without owning it. The referent
 * keeps the refs in a doubly linked list whose head lives in the referent at
 * GP_TYPE(o)->weaklistoffset (see weakrefobject.h). When the referent dies,
 * its deallocator calls gp_weakref_clear_hook (set here, the first time a
 * weak reference is made), which unlinks every ref, points it at None, and
 * only then calls the callbacks, with the dead ref as argument. A ref that
 * dies first unlinks itself from its dealloc.
 *
 * The order of the list is CPython's, because scripts can see it (through
 * getweakrefs() and the order callbacks run in):
 *   - at most one "basic ref" (exact weakref.ref, no callback) and one "basic
 *     proxy" (no callback) exist per referent; they are shared: creating
 *     another such ref returns the existing one (`ref(o) is ref(o)`);
 *   - the basic ref is kept first, the basic proxy right after it;
 *   - every other ref is inserted right after the basic ones, so those run
 *     their callbacks in reverse order of creation.
 *
 * Proxies forward every operation to the referent (unwrapping both operands
 * of binary operators) and raise ReferenceError once it is gone. A proxy is
 * never hashable and cannot be subclassed; weakref.ref can.
 */
#include <stdlib.h>
#include "gilpy.h"
#include "objects/typeobject.h"
#include "objects/weakrefobject.h"

#define WR(o) ((GpWeakRef *)(o))

/* weakref.proxy(ob[, callback]); used by the _weakref module
 * (modules/weakrefmodule.c, which repeats this declaration). */
GpObject *gp_weakref_new_proxy(GpObject *ob, GpObject *callback);
/* The head of o's list of refs (static types included), or NULL. */
GpObject **gp_weakref_head(GpObject *o);

/* ======================================================================
 * The list of refs of a referent
 * ====================================================================== */

/* Static types (int, type, ...) are GpType structs without the list head
 * that heap types have at GpType_Type.weaklistoffset, yet CPython lets
 * them be weakly referenced (abc registries hold weak refs to int, str...).
 * Their heads live in this side table instead: one malloc'd node per type,
 * never moved or freed (static types are immortal), so a head pointer stays
 * valid across allocations that may run callbacks creating more nodes. */
typedef struct StaticHead {
    GpType *type;
    GpObject *head;
    struct StaticHead *next;
} StaticHead;
static StaticHead *static_heads;

static int is_static_type(GpObject *o)
{
    return GP_TYPE_CHECK_TYPE(o) && !(((GpType *)o)->flags & GP_TPFLAGS_HEAPTYPE);
}

/* The list head of o; NULL if o cannot be weakly referenced, or (create 0)
 * if a static type has no refs yet. create 1: may fail with MemoryError. */
static GpObject **list_head(GpObject *o, int create)
{
    if (!is_static_type(o))
        return gp_weakref_list_of(o);
    for (StaticHead *h = static_heads; h; h = h->next)
        if (h->type == (GpType *)o)
            return &h->head;
    if (!create)
        return NULL;
    StaticHead *h = calloc(1, sizeof *h);
    if (!h) {
        gp_err_no_memory();
        return NULL;
    }
    h->type = (GpType *)o;
    h->next = static_heads;
    static_heads = h;
    return &h->head;
}

GpObject **gp_weakref_head(GpObject *o)
{
    return list_head(o, 0);
}

/* Unlink wr from the list whose head is *list; wr becomes dead. */
static void unlink_from(GpWeakRef *wr, GpObject **list)
{
    if (list && *list == (GpObject *)wr)
        *list = (GpObject *)wr->next;
    if (wr->prev)
        wr->prev->next = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->object = gp_None;
}

void gp_weakref_clear_ref(GpWeakRef *wr)
{
    if (!wr->object || wr->object == gp_None)
        return;
    unlink_from(wr, list_head(wr->object, 0));
}

gp_ssize gp_weakref_count(GpObject *o)
{
    GpObject **list = list_head(o, 0);
    gp_ssize n = 0;
    for (GpWeakRef *w = list ? WR(*list) : NULL; w; w = w->next)
        n++;
    return n;
}

static void insert_head(GpWeakRef *wr, GpObject **list)
{
    GpWeakRef *head = WR(*list);
    wr->prev = NULL;
    wr->next = head;
    if (head)
        head->prev = wr;
    *list = (GpObject *)wr;
}

static void insert_after(GpWeakRef *wr, GpWeakRef *prev)
{
    wr->prev = prev;
    wr->next = prev->next;
    if (prev->next)
        prev->next->prev = wr;
    prev->next = wr;
}

/* The shared callback-less ref and proxy of a list (NULL when absent). */
static void basic_refs(GpObject **list, GpWeakRef **ref, GpWeakRef **proxy)
{
    GpWeakRef *w = WR(*list);
    *ref = *proxy = NULL;
    if (w && !w->callback && GP_TYPE(w) == &GpWeakRef_RefType) {
        *ref = w;
        w = w->next;
    }
    if (w && !w->callback &&
        (GP_TYPE(w) == &GpWeakRef_ProxyType || GP_TYPE(w) == &GpWeakRef_CallableProxyType))
        *proxy = w;
}

/* Link a new non-basic ref after the basic ones. */
static void insert_ordinary(GpWeakRef *wr, GpObject **list)
{
    GpWeakRef *ref, *proxy;
    basic_refs(list, &ref, &proxy);
    GpWeakRef *prev = proxy ? proxy : ref;
    if (prev)
        insert_after(wr, prev);
    else
        insert_head(wr, list);
}

/* Called by deallocators: clear every ref to o, then run the callbacks, most
 * recently linked first as the list is ordered. The callbacks are detached
 * from their refs (a dead ref's __callback__ is None). The pending
 * exception, if any, is preserved around the calls. */
static void clear_and_call_back(GpObject *o, GpObject **list)
{
    (void)o;
    if (!*list)
        return;
    /* room for the (ref, callback) pairs; most objects have one or two refs,
     * so a small array on the stack avoids a malloc in the common case */
    enum { ON_STACK = 8 };
    GpObject *stack_pairs[2 * ON_STACK];
    GpObject **pairs = stack_pairs;
    gp_ssize n = 0, count = 0;
    for (GpWeakRef *w = WR(*list); w; w = w->next)
        count++;
    if (count > ON_STACK) {
        pairs = malloc(sizeof(GpObject *) * 2 * (size_t)count);
        if (!pairs) {   /* no memory: clear without calling back */
            while (*list) {
                GpWeakRef *w = WR(*list);
                GpObject *cb = w->callback;
                w->callback = NULL;
                unlink_from(w, list);
                GP_XDECREF(cb);
            }
            return;
        }
    }
    while (*list) {
        GpWeakRef *w = WR(*list);
        GpObject *cb = w->callback;
        w->callback = NULL;
        unlink_from(w, list);
        if (cb && GP_REFCNT(w) > 0) {
            pairs[2 * n] = gp_newref(w);
            pairs[2 * n + 1] = cb;   /* the ref's reference moves here */
            n++;
        } else {
            GP_XDECREF(cb);
        }
    }
    if (n) {
        GpObject *saved = gp_err_fetch();
        for (gp_ssize i = 0; i < n; i++) {
            GpObject *r = gp_call1(pairs[2 * i + 1], pairs[2 * i]);
            if (r)
                GP_DECREF(r);
            else
                gp_err_write_unraisable(pairs[2 * i + 1]);
            GP_DECREF(pairs[2 * i + 1]);
            GP_DECREF(pairs[2 * i]);
        }
        gp_err_restore(saved);
    }
    if (pairs != stack_pairs)
        free(pairs);
}

static inline void ensure_hook(void)
{
    gp_weakref_clear_hook = clear_and_call_back;
}

/* The list head of a new ref's referent, or NULL with TypeError. */
static GpObject **referent_list(GpObject *ob)
{
    GpObject **list = list_head(ob, 1);
    if (!list && !gp_err_occurred())
        gp_err_format(&GpExc_TypeError, "cannot create weak reference to '%s' object",
                      GP_TYPE(ob)->name);
    return list;
}

/* A new, unlinked ref of type t to ob (callback: owned reference taken). */
static GpWeakRef *alloc_ref(GpType *t, GpObject *ob, GpObject *callback)
{
    GpWeakRef *wr = (GpWeakRef *)gp_type_generic_alloc(t, 0);
    if (!wr)
        return NULL;
    wr->object = ob;
    wr->callback = gp_xnewref(callback);
    wr->hash = -1;
    wr->prev = wr->next = NULL;
    return wr;
}

/* ======================================================================
 * Common slots
 * ====================================================================== */

static void weakref_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    gp_weakref_clear_ref(WR(o));
    GP_CLEAR(WR(o)->callback);
    gp_obj_free(o);
}

static int weakref_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpObject *cb = WR(o)->callback;
    return cb ? visit(cb, arg) : 0;
}

static int weakref_clear(GpObject *o)
{
    gp_weakref_clear_ref(WR(o));
    GP_CLEAR(WR(o)->callback);
    return 0;
}

/* ======================================================================
 * weakref.ref
 * ====================================================================== */

static GpObject *ref_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    if (gp_args_no_kw("ref", kwnames) < 0 || gp_args_count("__new__", (size_t)nargs, 1, 2) < 0)
        return NULL;
    GpObject *ob = args[0];
    GpObject *callback = nargs > 1 && args[1] != gp_None ? args[1] : NULL;
    GpObject **list = referent_list(ob);
    if (!list)
        return NULL;
    ensure_hook();
    int basic = !callback && type == &GpWeakRef_RefType;
    if (basic) {
        GpWeakRef *ref, *proxy;
        basic_refs(list, &ref, &proxy);
        if (ref)
            return gp_newref(ref);
    }
    GpWeakRef *wr = alloc_ref(type, ob, callback);
    if (!wr)
        return NULL;
    /* allocating may have run the collector, which may have changed the list */
    if (basic)
        insert_head(wr, list);
    else
        insert_ordinary(wr, list);
    return (GpObject *)wr;
}

static int ref_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    (void)self;
    (void)args;
    (void)kwnames;
    return gp_args_count("__init__", (size_t)GP_NARGS(nargsf), 1, 2) < 0 ? -1 : 0;
}

static GpObject *ref_call(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    (void)args;
    if (gp_args_no_kw("weakref", kwnames) < 0 ||
        gp_args_count("weakref", (size_t)GP_NARGS(nargsf), 0, 0) < 0)
        return NULL;
    return gp_newref(WR(self)->object);
}

static gp_hash ref_hash(GpObject *self)
{
    GpWeakRef *wr = WR(self);
    if (wr->hash != -1)
        return wr->hash;
    if (wr->object == gp_None) {
        gp_err_set_string(&GpExc_TypeError, "weak object has gone away");
        return -1;
    }
    GpObject *ob = gp_newref(wr->object);
    gp_hash h = gp_hash_of(ob);
    GP_DECREF(ob);
    wr->hash = h;
    return h;
}

static GpObject *ref_repr(GpObject *self)
{
    GpObject *ob = WR(self)->object;
    if (ob == gp_None)
        return gp_str_from_format("<weakref at %p; dead>", (void *)self);
    GP_INCREF(ob);
    GpObject *name = NULL, *r;
    if (gp_getattr_opt(ob, gp_str_intern_cstr("__name__"), &name) < 0) {
        GP_DECREF(ob);
        return NULL;
    }
    if (name && GP_STR_CHECK(name))
        r = gp_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                               GP_TYPE(ob)->name, (void *)ob, name);
    else
        r = gp_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                               GP_TYPE(ob)->name, (void *)ob);
    GP_XDECREF(name);
    GP_DECREF(ob);
    return r;
}

/* == and != compare the referents while both live, identity otherwise. */
static GpObject *ref_richcompare(GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || !GP_WEAKREF_CHECK(a) || !GP_WEAKREF_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    GpObject *oa = WR(a)->object, *ob = WR(b)->object;
    if (oa == gp_None || ob == gp_None) {
        int same = a == b;
        return gp_bool(op == GP_EQ ? same : !same);
    }
    GP_INCREF(oa);
    GP_INCREF(ob);
    GpObject *r = gp_richcompare(oa, ob, op);
    GP_DECREF(oa);
    GP_DECREF(ob);
    return r;
}

static GpObject *ref_class_getitem(GpObject *cls, GpObject *item)
{
    return gp_generic_alias_new(cls, item);
}

static const GpMethodDef ref_methods[] = {
    { "__class_getitem__", (void *)ref_class_getitem, GP_METH_O | GP_METH_CLASS, "See PEP 585" },
    { NULL }
};

static const GpMemberDef ref_members[] = {
    { "__callback__", GP_T_OBJECT, offsetof(GpWeakRef, callback), GP_MEMBER_READONLY, NULL },
    { NULL }
};

GpType GpWeakRef_RefType = {
    GP_TYPE_HEAD_INIT,
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(GpWeakRef),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .new_ = ref_new,
    .init = ref_init,
    .methods = ref_methods,
    .members = ref_members,
};

/* ======================================================================
 * Proxies
 * ====================================================================== */

/* The referent of a live proxy (borrowed), or NULL with ReferenceError. */
static GpObject *proxy_target(GpObject *p)
{
    GpObject *o = WR(p)->object;
    if (o == gp_None) {
        gp_err_set_string(&GpExc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return o;
}

#define IS_PROXY(o) (GP_TYPE(o) == &GpWeakRef_ProxyType || GP_TYPE(o) == &GpWeakRef_CallableProxyType)

/* Replace a proxy operand by its referent (borrowed); 0 ok, -1 dead. */
static int unwrap(GpObject **o)
{
    if (IS_PROXY(*o)) {
        *o = proxy_target(*o);
        if (!*o)
            return -1;
    }
    return 0;
}

GpObject *gp_weakref_new_proxy(GpObject *ob, GpObject *callback)
{
    if (callback == gp_None)
        callback = NULL;
    GpObject **list = referent_list(ob);
    if (!list)
        return NULL;
    ensure_hook();
    GpWeakRef *ref, *proxy;
    basic_refs(list, &ref, &proxy);
    if (!callback && proxy)
        return gp_newref(proxy);
    GpType *t = gp_callable(ob) ? &GpWeakRef_CallableProxyType : &GpWeakRef_ProxyType;
    GpWeakRef *wr = alloc_ref(t, ob, callback);
    if (!wr)
        return NULL;
    basic_refs(list, &ref, &proxy);
    if (!callback) {
        if (proxy) {   /* made meanwhile (by code the allocation ran) */
            GP_DECREF(wr);
            return gp_newref(proxy);
        }
        if (ref)
            insert_after(wr, ref);
        else
            insert_head(wr, list);
    } else {
        insert_ordinary(wr, list);
    }
    return (GpObject *)wr;
}

static GpObject *proxy_repr(GpObject *self)
{
    GpObject *ob = WR(self)->object;
    return gp_str_from_format("<weakproxy at %p to %s at %p>", (void *)self, GP_TYPE(ob)->name,
                              (void *)ob);
}

/* Forwarders taking one object and returning a new reference. */
#define PROXY_UNARY(fname, call)                                                         \
    static GpObject *fname(GpObject *self)                                               \
    {                                                                                    \
        GpObject *o = proxy_target(self);                                                \
        if (!o)                                                                          \
            return NULL;                                                                 \
        GP_INCREF(o);                                                                    \
        GpObject *r = call(o);                                                           \
        GP_DECREF(o);                                                                    \
        return r;                                                                        \
    }

PROXY_UNARY(proxy_str, gp_str)
PROXY_UNARY(proxy_iter, gp_iter)
PROXY_UNARY(proxy_neg, gp_negative)
PROXY_UNARY(proxy_pos, gp_positive)
PROXY_UNARY(proxy_abs, gp_absolute)
PROXY_UNARY(proxy_invert, gp_invert)
PROXY_UNARY(proxy_int, gp_number_int)
PROXY_UNARY(proxy_float, gp_number_float)
PROXY_UNARY(proxy_index, gp_number_index)

/* Binary operators: either operand may be the proxy (reflected case). */
#define PROXY_BINARY(fname, opcode)                                                      \
    static GpObject *fname(GpObject *a, GpObject *b)                                     \
    {                                                                                    \
        if (unwrap(&a) < 0 || unwrap(&b) < 0)                                            \
            return NULL;                                                                 \
        GP_INCREF(a);                                                                    \
        GP_INCREF(b);                                                                    \
        GpObject *r = gp_binary_op(a, b, opcode);                                        \
        GP_DECREF(a);                                                                    \
        GP_DECREF(b);                                                                    \
        return r;                                                                        \
    }

#define PROXY_BINARY_PAIR(name, op)                                                      \
    PROXY_BINARY(proxy_##name, op)                                                       \
    PROXY_BINARY(proxy_i##name, (op) + GP_BINOP_INPLACE)

PROXY_BINARY_PAIR(add, GP_BINOP_ADD)
PROXY_BINARY_PAIR(sub, GP_BINOP_SUB)
PROXY_BINARY_PAIR(mul, GP_BINOP_MUL)
PROXY_BINARY_PAIR(mod, GP_BINOP_MOD)
PROXY_BINARY_PAIR(lshift, GP_BINOP_LSHIFT)
PROXY_BINARY_PAIR(rshift, GP_BINOP_RSHIFT)
PROXY_BINARY_PAIR(and, GP_BINOP_AND)
PROXY_BINARY_PAIR(xor, GP_BINOP_XOR)
PROXY_BINARY_PAIR(or, GP_BINOP_OR)
PROXY_BINARY_PAIR(floordiv, GP_BINOP_FLOORDIV)
PROXY_BINARY_PAIR(truediv, GP_BINOP_TRUEDIV)
PROXY_BINARY_PAIR(matmul, GP_BINOP_MATMUL)

static GpObject *proxy_pow(GpObject *a, GpObject *b, GpObject *m)
{
    if (unwrap(&a) < 0 || unwrap(&b) < 0 || unwrap(&m) < 0)
        return NULL;
    GP_INCREF(a);
    GP_INCREF(b);
    GP_INCREF(m);
    GpObject *r = gp_pow3(a, b, m);
    GP_DECREF(a);
    GP_DECREF(b);
    GP_DECREF(m);
    return r;
}

static GpObject *proxy_ipow(GpObject *a, GpObject *b, GpObject *m)
{
    (void)m;
    if (unwrap(&a) < 0 || unwrap(&b) < 0)
        return NULL;
    GP_INCREF(a);
    GP_INCREF(b);
    GpObject *r = gp_binary_op(a, b, GP_BINOP_POW + GP_BINOP_INPLACE);
    GP_DECREF(a);
    GP_DECREF(b);
    return r;
}

/* divmod() has no generic entry point: call the referents' __divmod__ and
 * __rdivmod__ the way the builtin does (left first, then reflected). */
static GpObject *proxy_divmod(GpObject *a, GpObject *b)
{
    if (unwrap(&a) < 0 || unwrap(&b) < 0)
        return NULL;
    GpObject *args[2] = { a, b };
    GpObject *divmod = gp_dict_getitem_str(gp_interp()->builtins, "divmod");
    if (!divmod)
        GP_RETURN_NOTIMPLEMENTED;
    GP_INCREF(a);
    GP_INCREF(b);
    GpObject *r = gp_call(divmod, args, 2, NULL);
    GP_DECREF(a);
    GP_DECREF(b);
    return r;
}

static int proxy_bool(GpObject *self)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return -1;
    GP_INCREF(o);
    int r = gp_is_true(o);
    GP_DECREF(o);
    return r;
}

static GpObject *proxy_iternext(GpObject *self)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return NULL;
    if (!GP_TYPE(o)->iternext)
        return gp_err_format(&GpExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                             GP_TYPE(o)->name);
    GP_INCREF(o);
    GpObject *r = GP_TYPE(o)->iternext(o);
    GP_DECREF(o);
    return r;
}

static GpObject *proxy_getattro(GpObject *self, GpObject *name)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return NULL;
    GP_INCREF(o);
    GpObject *r = gp_getattr(o, name);
    GP_DECREF(o);
    return r;
}

static int proxy_setattro(GpObject *self, GpObject *name, GpObject *value)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return -1;
    GP_INCREF(o);
    int r = gp_setattr(o, name, value);
    GP_DECREF(o);
    return r;
}

static GpObject *proxy_richcompare(GpObject *a, GpObject *b, int op)
{
    if (unwrap(&a) < 0 || unwrap(&b) < 0)
        return NULL;
    GP_INCREF(a);
    GP_INCREF(b);
    GpObject *r = gp_richcompare(a, b, op);
    GP_DECREF(a);
    GP_DECREF(b);
    return r;
}

static gp_ssize proxy_len(GpObject *self)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return -1;
    GP_INCREF(o);
    gp_ssize n = gp_len(o);
    GP_DECREF(o);
    return n;
}

static GpObject *proxy_getitem(GpObject *self, GpObject *key)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return NULL;
    GP_INCREF(o);
    GpObject *r = gp_getitem(o, key);
    GP_DECREF(o);
    return r;
}

static int proxy_setitem(GpObject *self, GpObject *key, GpObject *value)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return -1;
    GP_INCREF(o);
    int r = value ? gp_setitem(o, key, value) : gp_delitem(o, key);
    GP_DECREF(o);
    return r;
}

static int proxy_contains(GpObject *self, GpObject *item)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return -1;
    GP_INCREF(o);
    int r = gp_contains(o, item);
    GP_DECREF(o);
    return r;
}

static GpObject *proxy_call(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return NULL;
    GP_INCREF(o);
    GpObject *r = gp_call(o, args, nargsf, kwnames);
    GP_DECREF(o);
    return r;
}

static GpObject *proxy_call_dunder(GpObject *self, const char *name)
{
    GpObject *o = proxy_target(self);
    if (!o)
        return NULL;
    GP_INCREF(o);
    GpObject *r = gp_call_method_str(o, name, NULL, 0);
    GP_DECREF(o);
    return r;
}

static GpObject *proxy_bytes(GpObject *self, GpObject *unused)
{
    (void)unused;
    return proxy_call_dunder(self, "__bytes__");
}

static GpObject *proxy_reversed(GpObject *self, GpObject *unused)
{
    (void)unused;
    return proxy_call_dunder(self, "__reversed__");
}

static const GpMethodDef proxy_methods[] = {
    GP_METHOD("__bytes__", proxy_bytes, GP_METH_NOARGS),
    GP_METHOD("__reversed__", proxy_reversed, GP_METH_NOARGS),
    { NULL }
};

#define PROXY_NUMBER_METHODS                                                             \
    {                                                                                    \
        .add = proxy_add, .subtract = proxy_sub, .multiply = proxy_mul,                  \
        .remainder = proxy_mod, .divmod = proxy_divmod, .power = proxy_pow,              \
        .negative = proxy_neg, .positive = proxy_pos, .absolute = proxy_abs,             \
        .bool_ = proxy_bool, .invert = proxy_invert, .lshift = proxy_lshift,             \
        .rshift = proxy_rshift, .and_ = proxy_and, .xor_ = proxy_xor, .or_ = proxy_or,   \
        .int_ = proxy_int, .float_ = proxy_float, .inplace_add = proxy_iadd,             \
        .inplace_subtract = proxy_isub, .inplace_multiply = proxy_imul,                  \
        .inplace_remainder = proxy_imod, .inplace_power = proxy_ipow,                    \
        .inplace_lshift = proxy_ilshift, .inplace_rshift = proxy_irshift,                \
        .inplace_and = proxy_iand, .inplace_xor = proxy_ixor, .inplace_or = proxy_ior,   \
        .floor_divide = proxy_floordiv, .true_divide = proxy_truediv,                    \
        .inplace_floor_divide = proxy_ifloordiv, .inplace_true_divide = proxy_itruediv,  \
        .index = proxy_index, .matrix_multiply = proxy_matmul,                           \
        .inplace_matrix_multiply = proxy_imatmul,                                        \
    }

GpType GpWeakRef_ProxyType = {
    GP_TYPE_HEAD_INIT,
    .name = "weakref.ProxyType",
    .basicsize = sizeof(GpWeakRef),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = gp_hash_not_implemented,
    .richcompare = proxy_richcompare,
    .getattro = proxy_getattro,
    .setattro = proxy_setattro,
    .iter = proxy_iter,
    .iternext = proxy_iternext,
    .nb = PROXY_NUMBER_METHODS,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .contains = proxy_contains,
    .methods = proxy_methods,
};

GpType GpWeakRef_CallableProxyType = {
    GP_TYPE_HEAD_INIT,
    .name = "weakref.CallableProxyType",
    .basicsize = sizeof(GpWeakRef),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = gp_hash_not_implemented,
    .richcompare = proxy_richcompare,
    .getattro = proxy_getattro,
    .setattro = proxy_setattro,
    .call = proxy_call,
    .iter = proxy_iter,
    .iternext = proxy_iternext,
    .nb = PROXY_NUMBER_METHODS,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .contains = proxy_contains,
    .methods = proxy_methods,
};
