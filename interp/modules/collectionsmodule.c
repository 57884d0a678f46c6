/* collectionsmodule.c -- _collections: the C half of the collections
 * package: the double-ended queue, collections.deque, here, and
 * namedtuple's field descriptor _tuplegetter (tuplegetter.c).
 *
 * Layout. A deque is a doubly linked chain of fixed-size blocks of item
 * pointers. The items occupy one contiguous run through the chain: from
 * slot `lefti` of `left` to slot `righti` of `right`, both inclusive. Pushing
 * at an end that has reached the edge of its block links a fresh block
 * there; popping the last item of an end block unlinks it. Both ends are
 * therefore O(1), and indexing walks blocks from whichever end is closer
 * (O(n / DQ_BLOCK)).
 *
 * Invariants:
 *  - there is always at least one block (new_ allocates it, so a subclass
 *    whose __init__ never calls deque.__init__ still has a valid deque);
 *  - an empty deque has left == right and lefti == righti + 1; it is
 *    "recentred" to the middle of its block whenever it becomes empty, so
 *    that alternating appends and appendlefts do not churn blocks;
 *  - `state` is bumped by every operation that adds, removes or moves items
 *    (not by d[i] = x). Iterators and the loops here that call out to Python
 *    (comparisons in count/index/remove/__contains__) remember it and raise
 *    "deque mutated during iteration" when it changes, before touching any
 *    block pointer that might be stale.
 *  - items are only released (decref'd) after the structure is consistent
 *    again, because a __del__ may run and look at the deque.
 *
 * maxlen < 0 means unbounded. A bounded deque that grows past maxlen drops
 * items at the opposite end, as CPython does.
 */
#include <string.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"
#include "objects/descrobject.h"

/* 64 slots: a block then is 66 words (528 bytes), big enough that the link
 * overhead is ~3% and small enough that a short deque wastes little. */
#define DQ_BLOCK 64
#define DQ_CENTER ((DQ_BLOCK - 1) / 2)
/* A few spare blocks are kept so that a queue hovering around a block edge
 * does not malloc/free on every operation. */
#define DQ_MAXFREE 16

#define VISIT(o) do { GpObject *_v = (GpObject *)(o); if (_v) { int _r = visit(_v, arg); if (_r) return _r; } } while (0)

typedef struct DqBlock {
    struct DqBlock *prev, *next;
    GpObject *data[DQ_BLOCK];
} DqBlock;

typedef struct Deque {
    GpVarObject ob;          /* ob.size = number of items */
    DqBlock *left, *right;
    int lefti, righti;       /* inclusive slot indexes of the first and last item */
    gp_ssize maxlen;         /* -1: unbounded */
    size_t state;            /* mutation counter */
    GpObject *weakreflist;
} Deque;

extern GpType GpDeque_Type, GpDequeIter_Type, GpDequeRevIter_Type, GpTupleGetter_Type;
#define DQ(o) ((Deque *)(o))
#define DQ_CHECK(o) GP_TYPE_CHECK(o, &GpDeque_Type)

static DqBlock *free_blocks[DQ_MAXFREE];
static int num_free_blocks;

static DqBlock *block_new(void)
{
    DqBlock *b;
    if (num_free_blocks)
        b = free_blocks[--num_free_blocks];
    else if (!(b = gp_mem_malloc(sizeof(DqBlock)))) {
        gp_err_no_memory();
        return NULL;
    }
    b->prev = b->next = NULL;
    return b;
}

static void block_free(DqBlock *b)
{
    if (num_free_blocks < DQ_MAXFREE)
        free_blocks[num_free_blocks++] = b;
    else
        gp_mem_free(b);
}

/* ---- the primitive operations ---------------------------------------- */

static void dq_recentre(Deque *d)
{
    d->lefti = DQ_CENTER + 1;
    d->righti = DQ_CENTER;
}

/* Push (stealing item). -1 only on MemoryError (item released). */
static int dq_push_right(Deque *d, GpObject *item)
{
    if (d->righti == DQ_BLOCK - 1) {
        DqBlock *b = block_new();
        if (!b) {
            GP_DECREF(item);
            return -1;
        }
        b->prev = d->right;
        d->right->next = b;
        d->right = b;
        d->righti = -1;
    }
    d->right->data[++d->righti] = item;
    d->ob.size++;
    d->state++;
    return 0;
}

static int dq_push_left(Deque *d, GpObject *item)
{
    if (d->lefti == 0) {
        DqBlock *b = block_new();
        if (!b) {
            GP_DECREF(item);
            return -1;
        }
        b->next = d->left;
        d->left->prev = b;
        d->left = b;
        d->lefti = DQ_BLOCK;
    }
    d->left->data[--d->lefti] = item;
    d->ob.size++;
    d->state++;
    return 0;
}

/* Pop (the caller owns the result). The deque must not be empty. */
static GpObject *dq_pop_right(Deque *d)
{
    GpObject *item = d->right->data[d->righti--];
    d->ob.size--;
    d->state++;
    if (d->ob.size == 0) {
        dq_recentre(d);
    } else if (d->righti < 0) {
        DqBlock *b = d->right;
        d->right = b->prev;
        d->right->next = NULL;
        d->righti = DQ_BLOCK - 1;
        block_free(b);
    }
    return item;
}

static GpObject *dq_pop_left(Deque *d)
{
    GpObject *item = d->left->data[d->lefti++];
    d->ob.size--;
    d->state++;
    if (d->ob.size == 0) {
        dq_recentre(d);
    } else if (d->lefti == DQ_BLOCK) {
        DqBlock *b = d->left;
        d->left = b->next;
        d->left->prev = NULL;
        d->lefti = 0;
        block_free(b);
    }
    return item;
}

/* Drop items at the left (after an append) or right (after an appendleft)
 * until the deque fits its maxlen. */
static void dq_trim_left(Deque *d)
{
    while (d->maxlen >= 0 && d->ob.size > d->maxlen)
        GP_DECREF(dq_pop_left(d));
}

static void dq_trim_right(Deque *d)
{
    while (d->maxlen >= 0 && d->ob.size > d->maxlen)
        GP_DECREF(dq_pop_right(d));
}

static int dq_append(Deque *d, GpObject *item)   /* borrows item */
{
    if (dq_push_right(d, gp_newref(item)) < 0)
        return -1;
    dq_trim_left(d);
    return 0;
}

static int dq_appendleft(Deque *d, GpObject *item)
{
    if (dq_push_left(d, gp_newref(item)) < 0)
        return -1;
    dq_trim_right(d);
    return 0;
}

/* Address of the slot holding item i (0 <= i < size): walk from the nearer end. */
static GpObject **dq_slot(Deque *d, gp_ssize i)
{
    gp_ssize n = d->ob.size;
    if (i < n / 2) {
        gp_ssize pos = i + d->lefti;
        DqBlock *b = d->left;
        while (pos >= DQ_BLOCK) {
            b = b->next;
            pos -= DQ_BLOCK;
        }
        return &b->data[pos];
    }
    gp_ssize back = (n - 1 - i) + (DQ_BLOCK - 1 - d->righti);   /* slots from the block end */
    DqBlock *b = d->right;
    while (back >= DQ_BLOCK) {
        b = b->prev;
        back -= DQ_BLOCK;
    }
    return &b->data[DQ_BLOCK - 1 - back];
}

/* A cursor over the items, for loops that do not call out to Python
 * between steps (or re-check `state` when they do). */
typedef struct { DqBlock *b; int i; } DqPos;
static inline DqPos dq_begin(Deque *d) { DqPos p = { d->left, d->lefti }; return p; }
static inline DqPos dq_rbegin(Deque *d) { DqPos p = { d->right, d->righti }; return p; }
static inline GpObject *dq_next(DqPos *p)
{
    GpObject *o = p->b->data[p->i];
    if (++p->i == DQ_BLOCK) {
        p->b = p->b->next;
        p->i = 0;
    }
    return o;
}
static inline GpObject *dq_prev(DqPos *p)
{
    GpObject *o = p->b->data[p->i];
    if (--p->i < 0) {
        p->b = p->b->prev;
        p->i = DQ_BLOCK - 1;
    }
    return o;
}

/* Empty the deque; the items are released after it is consistent. */
static int dq_clear(Deque *d)
{
    gp_ssize n = d->ob.size;
    if (n == 0)
        return 0;
    GpObject **items = gp_mem_malloc((size_t)n * sizeof(GpObject *));
    if (!items) {
        /* release one at a time: slower but needs no memory */
        while (d->ob.size)
            GP_DECREF(dq_pop_right(d));
        return 0;
    }
    DqPos p = dq_begin(d);
    for (gp_ssize k = 0; k < n; k++)
        items[k] = dq_next(&p);
    DqBlock *b = d->left->next;
    while (b) {
        DqBlock *nx = b->next;
        block_free(b);
        b = nx;
    }
    d->left->next = NULL;
    d->right = d->left;
    d->ob.size = 0;
    d->state++;
    dq_recentre(d);
    for (gp_ssize k = 0; k < n; k++)
        GP_DECREF(items[k]);
    gp_mem_free(items);
    return 0;
}

/* Rotate right by n steps (left for negative n). */
static void dq_rotate(Deque *d, gp_ssize n)
{
    gp_ssize len = d->ob.size;
    if (len <= 1)
        return;
    d->state++;
    n %= len;
    if (n < 0)
        n += len;
    if (n > len / 2)
        n -= len;
    /* each step moves one pointer between ends; no refcounts change. A
     * push can fail only for lack of a block, and the pop before it freed
     * at most one block into the free list, so memory is available. */
    for (; n > 0; n--) {
        GpObject *o = dq_pop_right(d);
        if (dq_push_left(d, o) < 0)
            return;
    }
    for (; n < 0; n++) {
        GpObject *o = dq_pop_left(d);
        if (dq_push_right(d, o) < 0)
            return;
    }
}

/* ---- construction and destruction ------------------------------------ */

static GpObject *deque_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    DqBlock *b = block_new();
    if (!b)
        return NULL;
    Deque *d = (Deque *)gp_type_generic_alloc(type, 0);
    if (!d) {
        block_free(b);
        return NULL;
    }
    d->left = d->right = b;
    dq_recentre(d);
    d->maxlen = -1;
    d->ob.size = 0;
    return (GpObject *)d;
}

static int dq_extend(Deque *d, GpObject *iterable, int left);

static int deque_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "iterable", "maxlen", NULL };
    GpObject *a[2];
    if (gp_args_parse("deque", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 0, 2, a) < 0)
        return -1;
    Deque *d = DQ(self);
    gp_ssize maxlen = -1;
    if (a[1] && a[1] != gp_None) {
        if (!GP_INT_CHECK(a[1])) {
            gp_err_set_string(&GpExc_TypeError, "an integer is required");
            return -1;
        }
        if (gp_int_as_ssize(a[1], &maxlen) < 0)
            return -1;
        if (maxlen < 0) {
            gp_err_set_string(&GpExc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->ob.size && dq_clear(d) < 0)
        return -1;
    if (a[0])
        return dq_extend(d, a[0], 0);
    return 0;
}

static void deque_dealloc(GpObject *o)
{
    Deque *d = DQ(o);
    gp_gc_untrack(o);
    if (d->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &d->weakreflist);
    d->weakreflist = NULL;
    if (d->left) {
        dq_clear(d);
        block_free(d->left);
        d->left = d->right = NULL;
    }
    gp_obj_free(o);
}

static int deque_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    Deque *d = DQ(o);
    if (!d->left)
        return 0;
    DqPos p = dq_begin(d);
    for (gp_ssize k = d->ob.size; k > 0; k--)
        VISIT(dq_next(&p));
    return 0;
}

static int deque_clear_slot(GpObject *o)
{
    if (DQ(o)->left)
        dq_clear(DQ(o));
    return 0;
}

/* ---- methods ----------------------------------------------------------- */

static GpObject *deque_append(GpObject *self, GpObject *x)
{
    if (dq_append(DQ(self), x) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *deque_appendleft(GpObject *self, GpObject *x)
{
    if (dq_appendleft(DQ(self), x) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *deque_pop(GpObject *self, GpObject *unused)
{
    (void)unused;
    if (GP_SIZE(self) == 0)
        return gp_err_format(&GpExc_IndexError, "pop from an empty deque");
    return dq_pop_right(DQ(self));
}

static GpObject *deque_popleft(GpObject *self, GpObject *unused)
{
    (void)unused;
    if (GP_SIZE(self) == 0)
        return gp_err_format(&GpExc_IndexError, "pop from an empty deque");
    return dq_pop_left(DQ(self));
}

static int dq_extend(Deque *d, GpObject *iterable, int left)
{
    if (iterable == (GpObject *)d) {
        /* d.extend(d): iterate over a snapshot */
        GpObject *snap = gp_sequence_list(iterable);
        if (!snap)
            return -1;
        int r = dq_extend(d, snap, left);
        GP_DECREF(snap);
        return r;
    }
    GpObject *it = gp_iter(iterable);
    if (!it)
        return -1;
    GpObject *x;
    while ((x = gp_iter_next(it))) {
        int r = left ? dq_push_left(d, x) : dq_push_right(d, x);
        if (r < 0) {
            GP_DECREF(it);
            return -1;
        }
        if (left)
            dq_trim_right(d);
        else
            dq_trim_left(d);
    }
    GP_DECREF(it);
    return gp_err_occurred() ? -1 : 0;
}

static GpObject *deque_extend(GpObject *self, GpObject *iterable)
{
    if (dq_extend(DQ(self), iterable, 0) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *deque_extendleft(GpObject *self, GpObject *iterable)
{
    if (dq_extend(DQ(self), iterable, 1) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *deque_clearm(GpObject *self, GpObject *unused)
{
    (void)unused;
    dq_clear(DQ(self));
    GP_RETURN_NONE;
}

static GpObject *deque_rotate(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("deque.rotate", nargs, 0, 1) < 0)
        return NULL;
    gp_ssize n = 1;
    if (nargs) {
        n = gp_number_as_ssize(args[0], &GpExc_OverflowError);
        if (n == -1 && gp_err_occurred())
            return NULL;
    }
    dq_rotate(DQ(self), n);
    GP_RETURN_NONE;
}

static GpObject *deque_reverse(GpObject *self, GpObject *unused)
{
    (void)unused;
    Deque *d = DQ(self);
    gp_ssize n = d->ob.size;
    DqPos a = dq_begin(d), b = dq_rbegin(d);
    for (gp_ssize k = n / 2; k > 0; k--) {
        GpObject **pa = &a.b->data[a.i], **pb = &b.b->data[b.i];
        GpObject *t = *pa;
        *pa = *pb;
        *pb = t;
        dq_next(&a);
        dq_prev(&b);
    }
    d->state++;
    GP_RETURN_NONE;
}

/* Copy of a deque: exact deques directly, subclasses via type(d)(d[, maxlen]). */
static GpObject *dq_copy(GpObject *self)
{
    Deque *d = DQ(self);
    if (GP_TYPE(self) == &GpDeque_Type) {
        Deque *r = (Deque *)deque_new(&GpDeque_Type, NULL, 0, NULL);
        if (!r)
            return NULL;
        r->maxlen = d->maxlen;
        DqPos p = dq_begin(d);
        for (gp_ssize k = d->ob.size; k > 0; k--) {
            if (dq_push_right(r, gp_newref(dq_next(&p))) < 0) {
                GP_DECREF(r);
                return NULL;
            }
        }
        return (GpObject *)r;
    }
    if (d->maxlen < 0)
        return gp_call1((GpObject *)GP_TYPE(self), self);
    GpObject *ml = gp_int_from_ssize(d->maxlen);
    if (!ml)
        return NULL;
    GpObject *r = gp_call2((GpObject *)GP_TYPE(self), self, ml);
    GP_DECREF(ml);
    return r;
}

static GpObject *deque_copy(GpObject *self, GpObject *unused)
{
    (void)unused;
    return dq_copy(self);
}

static GpObject *mutated_error(GpType *t)
{
    return gp_err_format(t, "deque mutated during iteration");
}

static GpObject *deque_count(GpObject *self, GpObject *v)
{
    Deque *d = DQ(self);
    size_t state = d->state;
    gp_ssize n = d->ob.size, count = 0;
    DqPos p = dq_begin(d);
    for (gp_ssize k = 0; k < n; k++) {
        GpObject *item = gp_newref(dq_next(&p));
        int c = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (c < 0)
            return NULL;
        count += c;
        if (d->state != state)
            return mutated_error(&GpExc_RuntimeError);
    }
    return gp_int_from_ssize(count);
}

static int deque_contains(GpObject *self, GpObject *v)
{
    Deque *d = DQ(self);
    size_t state = d->state;
    gp_ssize n = d->ob.size;
    DqPos p = dq_begin(d);
    for (gp_ssize k = 0; k < n; k++) {
        GpObject *item = gp_newref(dq_next(&p));
        int c = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (c != 0)
            return c;
        if (d->state != state) {
            mutated_error(&GpExc_RuntimeError);
            return -1;
        }
    }
    return 0;
}

static GpObject *deque_index(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("index", nargs, 1, 3) < 0)
        return NULL;
    Deque *d = DQ(self);
    gp_ssize n = d->ob.size, start = 0, stop = n;
    if (nargs > 1 && gp_seq_clamped_index(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && gp_seq_clamped_index(args[2], &stop) < 0)
        return NULL;
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0)
            stop = 0;
    }
    if (stop > n)
        stop = n;
    if (start > stop)
        start = stop;
    GpObject *v = args[0];
    size_t state = d->state;
    DqPos p = dq_begin(d);
    for (gp_ssize k = 0; k < start; k++)
        dq_next(&p);
    for (gp_ssize k = start; k < stop; k++) {
        GpObject *item = gp_newref(dq_next(&p));
        int c = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (c < 0)
            return NULL;
        if (c > 0)
            return gp_int_from_ssize(k);
        if (d->state != state)
            return mutated_error(&GpExc_RuntimeError);
    }
    return gp_err_format(&GpExc_ValueError, "%R is not in deque", v);
}

/* Remove item i (0 <= i < size), returning it: the shorter side is shifted
 * over the gap by rotation. */
static GpObject *dq_take(Deque *d, gp_ssize i)
{
    gp_ssize n = d->ob.size;
    if (i < n / 2) {
        dq_rotate(d, -i);
        GpObject *o = dq_pop_left(d);
        dq_rotate(d, i);
        return o;
    }
    gp_ssize j = n - 1 - i;
    dq_rotate(d, j);
    GpObject *o = dq_pop_right(d);
    dq_rotate(d, -j);
    return o;
}

static GpObject *deque_remove(GpObject *self, GpObject *v)
{
    Deque *d = DQ(self);
    size_t state = d->state;
    gp_ssize n = d->ob.size;
    DqPos p = dq_begin(d);
    for (gp_ssize k = 0; k < n; k++) {
        GpObject *item = gp_newref(dq_next(&p));
        int c = gp_richcompare_bool(item, v, GP_EQ);
        GP_DECREF(item);
        if (c < 0)
            return NULL;
        if (d->state != state)
            return mutated_error(&GpExc_IndexError);
        if (c > 0) {
            GP_DECREF(dq_take(d, k));
            GP_RETURN_NONE;
        }
    }
    return gp_err_format(&GpExc_ValueError, "%R is not in deque", v);
}

static GpObject *deque_insert(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (nargs != 2)
        return gp_err_format(&GpExc_TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
    Deque *d = DQ(self);
    gp_ssize i = gp_number_as_ssize(args[0], &GpExc_OverflowError);
    if (i == -1 && gp_err_occurred())
        return NULL;
    gp_ssize n = d->ob.size;
    if (d->maxlen == n)
        return gp_err_format(&GpExc_IndexError, "deque already at its maximum size");
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    GpObject *x = args[1];
    if (i <= n / 2) {
        dq_rotate(d, -i);
        if (dq_push_left(d, gp_newref(x)) < 0)
            return NULL;
        dq_rotate(d, i);
    } else {
        dq_rotate(d, n - i);
        if (dq_push_right(d, gp_newref(x)) < 0)
            return NULL;
        dq_rotate(d, -(n - i));
    }
    GP_RETURN_NONE;
}

static GpObject *deque_reduce(GpObject *self, GpObject *unused)
{
    (void)unused;
    Deque *d = DQ(self);
    GpObject *dict = NULL;
    if (gp_getattr_opt(self, gp_str_intern_cstr("__dict__"), &dict) < 0)
        return NULL;
    if (!dict)
        dict = gp_newref(gp_None);
    GpObject *it = gp_iter(self);
    if (!it) {
        GP_DECREF(dict);
        return NULL;
    }
    GpObject *args;
    if (d->maxlen < 0) {
        args = gp_tuple_empty();
    } else {
        GpObject *e = gp_tuple_empty(), *ml = gp_int_from_ssize(d->maxlen);
        args = e && ml ? gp_tuple_pack(2, e, ml) : NULL;
        GP_XDECREF(e);
        GP_XDECREF(ml);
    }
    GpObject *r = args ? gp_tuple_pack(4, (GpObject *)GP_TYPE(self), args, dict, it) : NULL;
    GP_XDECREF(args);
    GP_DECREF(dict);
    GP_DECREF(it);
    return r;
}

static GpObject *deque_sizeof(GpObject *self, GpObject *unused)
{
    (void)unused;
    Deque *d = DQ(self);
    gp_ssize blocks = (d->lefti + d->ob.size + DQ_BLOCK - 1) / DQ_BLOCK;
    if (blocks < 1)
        blocks = 1;
    return gp_int_from_ssize((gp_ssize)GP_TYPE(self)->basicsize + blocks * (gp_ssize)sizeof(DqBlock));
}

static GpObject *deque_reversed(GpObject *self, GpObject *unused);

static GpObject *deque_class_getitem(GpObject *cls, GpObject *item)
{
    return gp_generic_alias_new(cls, item);
}

static const GpMethodDef deque_methods[] = {
    { "append", (void *)deque_append, GP_METH_O, "Add an element to the right side of the deque." },
    { "appendleft", (void *)deque_appendleft, GP_METH_O, "Add an element to the left side of the deque." },
    { "clear", (void *)deque_clearm, GP_METH_NOARGS, "Remove all elements from the deque." },
    { "copy", (void *)deque_copy, GP_METH_NOARGS, "Return a shallow copy of a deque." },
    { "__copy__", (void *)deque_copy, GP_METH_NOARGS, "Return a shallow copy of a deque." },
    { "count", (void *)deque_count, GP_METH_O, "D.count(value) -- return number of occurrences of value" },
    { "extend", (void *)deque_extend, GP_METH_O, "Extend the right side of the deque with elements from the iterable" },
    { "extendleft", (void *)deque_extendleft, GP_METH_O, "Extend the left side of the deque with elements from the iterable" },
    { "index", (void *)deque_index, GP_METH_FAST,
      "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present." },
    { "insert", (void *)deque_insert, GP_METH_FAST, "D.insert(index, object) -- insert object before index" },
    { "pop", (void *)deque_pop, GP_METH_NOARGS, "Remove and return the rightmost element." },
    { "popleft", (void *)deque_popleft, GP_METH_NOARGS, "Remove and return the leftmost element." },
    { "remove", (void *)deque_remove, GP_METH_O, "D.remove(value) -- remove first occurrence of value." },
    { "reverse", (void *)deque_reverse, GP_METH_NOARGS, "D.reverse() -- reverse *IN PLACE*" },
    { "rotate", (void *)deque_rotate, GP_METH_FAST, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left." },
    { "__reduce__", (void *)deque_reduce, GP_METH_NOARGS, "Return state information for pickling." },
    { "__reversed__", (void *)deque_reversed, GP_METH_NOARGS, "D.__reversed__() -- return a reverse iterator over the deque" },
    { "__sizeof__", (void *)deque_sizeof, GP_METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes" },
    { "__class_getitem__", (void *)deque_class_getitem, GP_METH_O | GP_METH_CLASS, "See PEP 585" },
    { NULL },
};

static GpObject *deque_get_maxlen(GpObject *self, void *closure)
{
    (void)closure;
    if (DQ(self)->maxlen < 0)
        GP_RETURN_NONE;
    return gp_int_from_ssize(DQ(self)->maxlen);
}

static const GpGetSetDef deque_getsets[] = {
    { "maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL },
    { NULL },
};

/* ---- slots --------------------------------------------------------------- */

static gp_ssize deque_len(GpObject *self) { return GP_SIZE(self); }

static GpObject *deque_repr(GpObject *self)
{
    int r = gp_repr_enter(self);
    if (r != 0)
        return r > 0 ? gp_str_from_cstr("[...]") : NULL;
    GpObject *lst = gp_sequence_list(self);
    GpObject *s = NULL;
    if (lst) {
        const char *name = gp_type_name(GP_TYPE(self));
        if (DQ(self)->maxlen >= 0)
            s = gp_str_from_format("%s(%R, maxlen=%zd)", name, lst, DQ(self)->maxlen);
        else
            s = gp_str_from_format("%s(%R)", name, lst);
        GP_DECREF(lst);
    }
    gp_repr_leave(self);
    return s;
}

/* An index argument of d[i]: TypeError for non-integers, IndexError when
 * out of range (after adding len for negative values). */
static int dq_index_arg(Deque *d, GpObject *key, gp_ssize *out)
{
    gp_ssize i;
    if (GP_INT_CHECK_EXACT(key) && GP_INT_IS_SMALL(key)) {
        i = (gp_ssize)GP_INT_VAL(key);
    } else {
        if (!gp_index_check(key)) {
            gp_err_format(&GpExc_TypeError, "sequence index must be integer, not '%s'",
                          GP_TYPE(key)->name);
            return -1;
        }
        i = gp_number_as_ssize(key, &GpExc_IndexError);
        if (i == -1 && gp_err_occurred())
            return -1;
    }
    if (i < 0)
        i += d->ob.size;
    if (i < 0 || i >= d->ob.size) {
        gp_err_set_string(&GpExc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static GpObject *deque_getitem(GpObject *self, GpObject *key)
{
    gp_ssize i;
    if (dq_index_arg(DQ(self), key, &i) < 0)
        return NULL;
    return gp_newref(*dq_slot(DQ(self), i));
}

static int deque_setitem(GpObject *self, GpObject *key, GpObject *value)
{
    Deque *d = DQ(self);
    gp_ssize i;
    if (dq_index_arg(d, key, &i) < 0)
        return -1;
    if (!value) {
        GP_DECREF(dq_take(d, i));
        return 0;
    }
    GpObject **slot = dq_slot(d, i);
    GpObject *old = *slot;
    *slot = gp_newref(value);
    GP_DECREF(old);
    return 0;
}

static GpObject *deque_richcompare(GpObject *a, GpObject *b, int op)
{
    if (!DQ_CHECK(a) || !DQ_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    gp_ssize na = GP_SIZE(a), nb = GP_SIZE(b);
    if (op == GP_EQ || op == GP_NE) {
        if (a == b)
            return gp_bool(op == GP_EQ);
        if (na != nb)
            return gp_bool(op == GP_NE);
    }
    GpObject *ia = gp_iter(a), *ib = ia ? gp_iter(b) : NULL;
    GpObject *x = NULL, *y = NULL, *res = NULL;
    if (!ib)
        goto done;
    for (;;) {
        x = gp_iter_next(ia);
        if (!x && gp_err_occurred())
            goto done;
        y = gp_iter_next(ib);
        if (!y && gp_err_occurred())
            goto done;
        if (!x || !y)
            break;
        int eq = gp_richcompare_bool(x, y, GP_EQ);
        if (eq < 0)
            goto done;
        if (eq == 0) {
            res = gp_richcompare(x, y, op);
            goto done;
        }
        GP_CLEAR(x);
        GP_CLEAR(y);
    }
    int c = 0;
    switch (op) {
    case GP_LT: c = y != NULL; break;
    case GP_LE: c = x == NULL; break;
    case GP_EQ: c = x == y; break;
    case GP_NE: c = x != y; break;
    case GP_GT: c = x != NULL; break;
    case GP_GE: c = y == NULL; break;
    }
    res = gp_bool(c);
done:
    GP_XDECREF(x);
    GP_XDECREF(y);
    GP_XDECREF(ia);
    GP_XDECREF(ib);
    return res;
}

static GpObject *deque_add(GpObject *a, GpObject *b)
{
    if (!DQ_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (!DQ_CHECK(b)) {
        GpType *t = GP_TYPE(b);
        if ((t->flags & GP_TPFLAGS_HEAPTYPE) && gp_type_lookup_str(t, "__radd__"))
            GP_RETURN_NOTIMPLEMENTED;
        return gp_err_format(&GpExc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                             t->name);
    }
    GpObject *r = dq_copy(a);
    if (!r)
        return NULL;
    if (!DQ_CHECK(r)) {
        GP_DECREF(r);
        return gp_err_format(&GpExc_TypeError, "deque copy did not return a deque");
    }
    if (dq_extend(DQ(r), b, 0) < 0) {
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

static GpObject *deque_inplace_add(GpObject *a, GpObject *b)
{
    if (!DQ_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (dq_extend(DQ(a), b, 0) < 0)
        return NULL;
    return gp_newref(a);
}

/* d *= n, in place: the result is the last min(n*len, maxlen) items of
 * the n-fold repetition. */
static int dq_repeat_inplace(Deque *d, gp_ssize n)
{
    gp_ssize len = d->ob.size;
    if (n <= 0 || len == 0)
        return dq_clear(d);
    if (n == 1)
        return 0;
    gp_ssize total;
    int bounded = d->maxlen >= 0;
    if (len > GP_SSIZE_MAX / n) {
        if (!bounded) {
            gp_err_no_memory();
            return -1;
        }
        total = GP_SSIZE_MAX;   /* only "more than maxlen" matters */
    } else {
        total = len * n;
    }
    gp_ssize keep = bounded && d->maxlen < total ? d->maxlen : total;
    /* snapshot the original items */
    GpObject **items = gp_mem_malloc((size_t)len * sizeof(GpObject *));
    if (!items) {
        gp_err_no_memory();
        return -1;
    }
    DqPos p = dq_begin(d);
    for (gp_ssize k = 0; k < len; k++)
        items[k] = gp_newref(dq_next(&p));
    /* the kept run starts at repetition offset (total - keep) mod len,
     * (0 when unbounded) */
    gp_ssize off = (len - keep % len) % len;   /* total is a multiple of len */
    int rc = 0;
    if (keep <= len) {
        /* keep a suffix of (rotated) originals: rebuild from scratch */
        dq_clear(d);
        for (gp_ssize k = 0; k < keep && rc == 0; k++)
            rc = dq_push_right(d, gp_newref(items[(off + k) % len]));
    } else {
        /* the deque holds items[0..len); drop a prefix of it if the kept
         * run starts later, then append the rest */
        for (gp_ssize k = 0; k < off; k++)
            GP_DECREF(dq_pop_left(d));
        for (gp_ssize k = len - off; k < keep && rc == 0; k++)
            rc = dq_push_right(d, gp_newref(items[(off + k) % len]));
    }
    for (gp_ssize k = 0; k < len; k++)
        GP_DECREF(items[k]);
    gp_mem_free(items);
    return rc;
}

static int repeat_operand(GpObject *count, gp_ssize *n)
{
    *n = gp_number_as_ssize(count, &GpExc_OverflowError);
    if (*n == -1 && gp_err_occurred())
        return -1;
    return 0;
}

static GpObject *non_int_error(GpObject *count)
{
    return gp_err_format(&GpExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         GP_TYPE(count)->name);
}

static GpObject *deque_mul(GpObject *a, GpObject *b)
{
    GpObject *seq = a, *count = b;
    if (!DQ_CHECK(a)) {
        seq = b;
        count = a;
    }
    if (!gp_index_check(count)) {
        GpType *t = GP_TYPE(count);
        if (seq == a && (t->flags & GP_TPFLAGS_HEAPTYPE) && gp_type_lookup_str(t, "__rmul__"))
            GP_RETURN_NOTIMPLEMENTED;
        return non_int_error(count);
    }
    gp_ssize n;
    if (repeat_operand(count, &n) < 0)
        return NULL;
    GpObject *r = dq_copy(seq);
    if (!r)
        return NULL;
    if (!DQ_CHECK(r)) {
        GP_DECREF(r);
        return gp_err_format(&GpExc_TypeError, "deque copy did not return a deque");
    }
    if (dq_repeat_inplace(DQ(r), n) < 0) {
        GP_DECREF(r);
        return NULL;
    }
    return r;
}

static GpObject *deque_inplace_mul(GpObject *a, GpObject *b)
{
    if (!DQ_CHECK(a))
        GP_RETURN_NOTIMPLEMENTED;
    if (!gp_index_check(b)) {
        GpType *t = GP_TYPE(b);
        if ((t->flags & GP_TPFLAGS_HEAPTYPE) && gp_type_lookup_str(t, "__rmul__"))
            GP_RETURN_NOTIMPLEMENTED;
        return non_int_error(b);
    }
    gp_ssize n;
    if (repeat_operand(b, &n) < 0)
        return NULL;
    if (dq_repeat_inplace(DQ(a), n) < 0)
        return NULL;
    return gp_newref(a);
}

/* ---- iterators ------------------------------------------------------- */

typedef struct {
    GpObject ob;
    Deque *deque;            /* NULL after clear */
    DqPos pos;
    size_t state;
    gp_ssize counter;        /* items left */
} DequeIter;

static GpObject *dqiter_make(GpType *t, Deque *d, int reverse)
{
    DequeIter *it = (DequeIter *)gp_obj_alloc(t, 0);
    if (!it)
        return NULL;
    it->deque = (Deque *)gp_newref(d);
    it->pos = reverse ? dq_rbegin(d) : dq_begin(d);
    it->state = d->state;
    it->counter = d->ob.size;
    gp_gc_track((GpObject *)it);
    return (GpObject *)it;
}

static GpObject *deque_iter(GpObject *self) { return dqiter_make(&GpDequeIter_Type, DQ(self), 0); }

static GpObject *deque_reversed(GpObject *self, GpObject *unused)
{
    (void)unused;
    return dqiter_make(&GpDequeRevIter_Type, DQ(self), 1);
}

static void dqiter_dealloc(GpObject *o)
{
    gp_gc_untrack(o);
    GP_XDECREF(((DequeIter *)o)->deque);
    gp_obj_free(o);
}

static int dqiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    VISIT(((DequeIter *)o)->deque);
    return 0;
}

static int dqiter_clear(GpObject *o)
{
    GP_CLEAR(((DequeIter *)o)->deque);
    ((DequeIter *)o)->counter = 0;
    return 0;
}

static GpObject *dqiter_step(GpObject *o, int reverse)
{
    DequeIter *it = (DequeIter *)o;
    if (!it->deque)
        return NULL;
    if (it->deque->state != it->state) {
        it->counter = 0;
        return mutated_error(&GpExc_RuntimeError);
    }
    if (it->counter == 0)
        return NULL;
    it->counter--;
    return gp_newref(reverse ? dq_prev(&it->pos) : dq_next(&it->pos));
}

static GpObject *dqiter_next(GpObject *o) { return dqiter_step(o, 0); }
static GpObject *dqreviter_next(GpObject *o) { return dqiter_step(o, 1); }
static GpObject *dqiter_self(GpObject *o) { return gp_newref(o); }

static GpObject *dqiter_length_hint(GpObject *o, GpObject *unused)
{
    (void)unused;
    return gp_int_from_ssize(((DequeIter *)o)->counter);
}

static const GpMethodDef dqiter_methods[] = {
    GP_METHOD("__length_hint__", dqiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

GpType GpDequeIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dqiter_dealloc,
    .traverse = dqiter_traverse,
    .clear = dqiter_clear,
    .iter = dqiter_self,
    .iternext = dqiter_next,
    .methods = dqiter_methods,
};

GpType GpDequeRevIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dqiter_dealloc,
    .traverse = dqiter_traverse,
    .clear = dqiter_clear,
    .iter = dqiter_self,
    .iternext = dqreviter_next,
    .methods = dqiter_methods,
};

GpType GpDeque_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "collections.deque",
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .basicsize = sizeof(Deque),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_SEQUENCE_LIKE,
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .repr = deque_repr,
    .hash = gp_hash_not_implemented,
    .richcompare = deque_richcompare,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .iter = deque_iter,
    .new_ = deque_new,
    .init = deque_init,
    .nb = { .add = deque_add, .multiply = deque_mul,
            .inplace_add = deque_inplace_add, .inplace_multiply = deque_inplace_mul },
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .methods = deque_methods,
    .getsets = deque_getsets,
    .weaklistoffset = offsetof(Deque, weakreflist),
};

int gp_mod__collections_init(GpObject *m)
{
    if (gp_type_ready(&GpDeque_Type) < 0 || gp_type_ready(&GpDequeIter_Type) < 0 ||
        gp_type_ready(&GpDequeRevIter_Type) < 0 || gp_type_ready(&GpTupleGetter_Type) < 0)
        return -1;
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_dict_setitem_str(d, "deque", (GpObject *)&GpDeque_Type) < 0 ||
        gp_dict_setitem_str(d, "_deque_iterator", (GpObject *)&GpDequeIter_Type) < 0 ||
        gp_dict_setitem_str(d, "_deque_reverse_iterator", (GpObject *)&GpDequeRevIter_Type) < 0 ||
        gp_dict_setitem_str(d, "_tuplegetter", (GpObject *)&GpTupleGetter_Type) < 0)
        return -1;
    return 0;
}
