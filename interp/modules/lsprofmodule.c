/* lsprofmodule.c -- _lsprof, the deterministic profiler behind cProfile
 * (CPython 3.11's API: Profiler(timer, timeunit, subcalls, builtins) with
 * enable/disable/clear/getstats).
 *
 * The profiler is the thread's profile function through the C hook of
 * vm/trace.c (gp_profile_set_hook): events reach prof_hook() without a
 * frame object or a Python call, which keeps the overhead to a clock read
 * and two hash lookups per call.
 *
 * Accounting (as CPython's): every function or builtin seen gets an Entry,
 * keyed by its code object (Python functions) or its GpMethodDef (C
 * functions, shown by a label such as "<built-in method builtins.len>").
 * A call pushes a Context (start time, time spent in subcalls); its return
 * pops it and charges the entry: inline time always, total time only when
 * the outermost activation of that entry ends (so recursion is not counted
 * twice; the other returns count as recursive calls). With subcalls on,
 * each entry also keeps one SubEntry per callee, accounted the same way.
 * Entries keep insertion order, so getstats() lists functions in the order
 * they were first called.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gilpy.h"
#include "objects/structseq.h"
#include "vm/trace.h"

/* ---- a pointer -> pointer hash map (open addressing) ------------------ */

typedef struct {
    void **keys, **vals;
    size_t cap, used;   /* cap: a power of two (or 0) */
} PtrMap;

static size_t ptr_hash(const void *p)
{
    uintptr_t h = (uintptr_t)p;
    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15ull;   /* Fibonacci hashing: spreads aligned pointers */
    return (size_t)(h ^ (h >> 29));
}

static void *map_get(const PtrMap *m, const void *key)
{
    if (!m->cap)
        return NULL;
    for (size_t i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

static int map_put(PtrMap *m, void *key, void *val);

static int map_grow(PtrMap *m)
{
    PtrMap n = { 0 };
    n.cap = m->cap ? m->cap * 2 : 8;   /* 8: most callers have few callees */
    n.keys = calloc(n.cap, sizeof(void *));
    n.vals = calloc(n.cap, sizeof(void *));
    if (!n.keys || !n.vals) {
        free(n.keys);
        free(n.vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i])
            map_put(&n, m->keys[i], m->vals[i]);
    free(m->keys);
    free(m->vals);
    *m = n;
    return 0;
}

static int map_put(PtrMap *m, void *key, void *val)
{
    /* load factor at most 1/2: probe sequences stay short */
    if ((m->used + 1) * 2 > m->cap && map_grow(m) < 0)
        return -1;
    size_t i = ptr_hash(key) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i])
        m->used++;
    m->keys[i] = key;
    m->vals[i] = val;
    return 0;
}

static void map_free(PtrMap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- profiler data --------------------------------------------------- */

typedef struct Entry Entry;

typedef struct {
    Entry *callee;
    int64_t tt, it;
    long callcount, reccallcount, recursion;
} SubEntry;

struct Entry {
    GpObject *userobj;   /* code object or label str (strong) */
    int64_t tt, it;      /* total and inline time, timer units */
    long callcount, reccallcount, recursion;
    PtrMap subs;         /* callee Entry* -> SubEntry* */
    SubEntry **sublist;  /* the same, in first-call order */
    size_t nsubs, subcap;
};

typedef struct Context {
    int64_t t0, subt;
    struct Context *previous;
    Entry *entry;
} Context;

enum { POF_ENABLED = 1, POF_SUBCALLS = 2, POF_BUILTINS = 4, POF_NOMEMORY = 8 };

typedef struct {
    GpObject ob;
    int flags;
    Context *current, *freelist;
    PtrMap index;        /* key (GpCode* or GpMethodDef*) -> Entry* */
    Entry **entries;     /* first-call order */
    size_t nentries, entcap;
    GpObject *timer;     /* external timer or NULL */
    double timeunit;
} Profiler;

extern GpType GpProfiler_Type;

/* ---- the timer --------------------------------------------------------- */

static int64_t call_timer(Profiler *p)
{
    if (!p->timer) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    }
    GpObject *o = gp_call(p->timer, NULL, 0, NULL);
    if (!o) {
        gp_err_write_unraisable(p->timer);
        return 0;
    }
    int64_t r;
    if (p->timeunit > 0.0) {
        /* an integer count of timeunit, scaled in getstats() */
        int overflow;
        r = GP_INT_CHECK(o) ? gp_int_as_i64_clamped(o, &overflow) : (int64_t)gp_float_as_double(o);
    } else {
        /* seconds as a float: kept as nanoseconds like the default timer */
        double d = gp_float_as_double(o);
        r = (int64_t)(d * 1e9);
    }
    GP_DECREF(o);
    if (gp_err_occurred()) {
        gp_err_write_unraisable(p->timer);
        return 0;
    }
    return r;
}

/* ---- entries ----------------------------------------------------------- */

/* How a C function is shown (CPython's normalizeUserObj): a method by the
 * repr of what its type holds under that name, a module function as
 * "<built-in method module.name>". */
static GpObject *c_label(GpObject *fn)
{
    GpCFunction *c = (GpCFunction *)fn;
    const char *name = c->def->name;
    GpObject *self = c->self;
    if (self && !GP_MODULE_CHECK(self)) {
        GpObject *mo = gp_type_lookup_str(GP_TYPE(self), name);
        if (mo) {
            GpObject *r = gp_repr(mo);
            if (r)
                return r;
            gp_err_clear();
        }
    }
    const char *mod = NULL;
    if (c->module && GP_STR_CHECK(c->module))
        mod = GP_STR_DATA(c->module);
    else if (self && GP_MODULE_CHECK(self))
        mod = gp_module_name(self);
    if (mod)
        return gp_str_from_format("<built-in method %s.%s>", mod, name);
    return gp_str_from_format("<built-in method %s>", name);
}

static Entry *new_entry(Profiler *p, void *key, GpObject *fn, int is_c)
{
    if (p->nentries == p->entcap) {
        size_t cap = p->entcap ? p->entcap * 2 : 64;   /* 64: a typical program's hot set */
        Entry **ne = realloc(p->entries, cap * sizeof *ne);
        if (!ne)
            return NULL;
        p->entries = ne;
        p->entcap = cap;
    }
    Entry *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->userobj = is_c ? c_label(fn) : gp_newref(fn);
    if (!e->userobj) {
        gp_err_clear();
        free(e);
        return NULL;
    }
    if (map_put(&p->index, key, e) < 0) {
        GP_DECREF(e->userobj);
        free(e);
        return NULL;
    }
    p->entries[p->nentries++] = e;
    return e;
}

static SubEntry *get_subentry(Entry *caller, Entry *callee, int create)
{
    SubEntry *s = map_get(&caller->subs, callee);
    if (s || !create)
        return s;
    if (caller->nsubs == caller->subcap) {
        size_t cap = caller->subcap ? caller->subcap * 2 : 4;   /* 4: few callees per caller */
        SubEntry **nl = realloc(caller->sublist, cap * sizeof *nl);
        if (!nl)
            return NULL;
        caller->sublist = nl;
        caller->subcap = cap;
    }
    s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->callee = callee;
    if (map_put(&caller->subs, callee, s) < 0) {
        free(s);
        return NULL;
    }
    caller->sublist[caller->nsubs++] = s;
    return s;
}

static void free_entries(Profiler *p)
{
    for (size_t i = 0; i < p->nentries; i++) {
        Entry *e = p->entries[i];
        for (size_t j = 0; j < e->nsubs; j++)
            free(e->sublist[j]);
        free(e->sublist);
        map_free(&e->subs);
        GP_DECREF(e->userobj);
        free(e);
    }
    free(p->entries);
    p->entries = NULL;
    p->nentries = p->entcap = 0;
    map_free(&p->index);
    /* the contexts pointed into the entries: drop them all */
    while (p->current) {
        Context *c = p->current;
        p->current = c->previous;
        free(c);
    }
    while (p->freelist) {
        Context *c = p->freelist;
        p->freelist = c->previous;
        free(c);
    }
}

/* ---- call and return --------------------------------------------------- */

static void enter_call(Profiler *p, void *key, GpObject *fn, int is_c)
{
    Entry *e = map_get(&p->index, key);
    if (!e && !(e = new_entry(p, key, fn, is_c))) {
        p->flags |= POF_NOMEMORY;
        return;
    }
    Context *c = p->freelist;
    if (c)
        p->freelist = c->previous;
    else if (!(c = malloc(sizeof *c))) {
        p->flags |= POF_NOMEMORY;
        return;
    }
    c->entry = e;
    c->subt = 0;
    c->previous = p->current;
    p->current = c;
    e->recursion++;
    if ((p->flags & POF_SUBCALLS) && c->previous) {
        SubEntry *s = get_subentry(c->previous->entry, e, 1);
        if (s)
            s->recursion++;
        else
            p->flags |= POF_NOMEMORY;
    }
    c->t0 = call_timer(p);
}

/* Pop context c (the current one) and charge its entry. */
static void stop_context(Profiler *p, Context *c)
{
    int64_t tt = call_timer(p) - c->t0;
    int64_t it = tt - c->subt;
    Entry *e = c->entry;
    if (c->previous)
        c->previous->subt += tt;
    p->current = c->previous;
    if (--e->recursion == 0)
        e->tt += tt;
    else
        e->reccallcount++;
    e->it += it;
    e->callcount++;
    if ((p->flags & POF_SUBCALLS) && c->previous) {
        SubEntry *s = get_subentry(c->previous->entry, e, 0);
        if (s) {
            if (--s->recursion == 0)
                s->tt += tt;
            else
                s->reccallcount++;
            s->it += it;
            s->callcount++;
        }
    }
    c->previous = p->freelist;
    p->freelist = c;
}

static void leave_call(Profiler *p, void *key)
{
    Context *c = p->current;
    if (!c)
        return;
    if (map_get(&p->index, key)) {
        stop_context(p, c);
    } else {
        /* a return we never saw the call of (CPython does the same) */
        p->current = c->previous;
        c->previous = p->freelist;
        p->freelist = c;
    }
}

static int prof_hook(GpObject *obj, GpFrame *f, int what, GpObject *arg)
{
    Profiler *p = (Profiler *)obj;
    switch (what) {
    case GP_TRACE_EVENT_CALL:
        enter_call(p, f->code, (GpObject *)f->code, 0);
        break;
    case GP_TRACE_EVENT_RETURN:
        leave_call(p, f->code);
        break;
    case GP_TRACE_EVENT_C_CALL:
        if ((p->flags & POF_BUILTINS) && arg && GP_TYPE(arg) == &GpCFunction_Type)
            enter_call(p, (void *)((GpCFunction *)arg)->def, arg, 1);
        break;
    case GP_TRACE_EVENT_C_RETURN:
    case GP_TRACE_EVENT_C_EXCEPTION:
        if ((p->flags & POF_BUILTINS) && arg && GP_TYPE(arg) == &GpCFunction_Type)
            leave_call(p, (void *)((GpCFunction *)arg)->def);
        break;
    default:
        break;
    }
    return 0;
}

/* Close the calls still open (disable() ends them now, as CPython). */
static void flush_unmatched(Profiler *p)
{
    while (p->current)
        stop_context(p, p->current);
}

/* ---- getstats -------------------------------------------------------------- */

static GpType *entry_type, *subentry_type;
static const char *const entry_fields[] = { "code", "callcount", "reccallcount", "totaltime", "inlinetime",
                                            "calls" };

static GpObject *make_stat(GpType *t, GpObject *code, long cc, long rcc, double tt, double it,
                           GpObject *calls)
{
    GpObject *items[6] = { code, gp_int_from_i64(cc), gp_int_from_i64(rcc), gp_float_new(tt),
                           gp_float_new(it), calls };
    int n = calls ? 6 : 5;
    GpObject *r = items[1] && items[2] && items[3] && items[4] ? gp_structseq_new(t, items, n) : NULL;
    for (int i = 1; i < 5; i++)
        GP_XDECREF(items[i]);
    return r;
}

static GpObject *profiler_getstats(GpObject *self, GpObject *u)
{
    Profiler *p = (Profiler *)self;
    if (p->flags & POF_NOMEMORY) {
        p->flags &= ~POF_NOMEMORY;
        gp_err_set_string(&GpExc_MemoryError, "memory was exhausted while profiling");
        return NULL;
    }
    double factor = p->timer && p->timeunit > 0.0 ? p->timeunit : 1e-9;
    GpObject *list = gp_list_new(0);
    for (size_t i = 0; list && i < p->nentries; i++) {
        Entry *e = p->entries[i];
        if (e->callcount == 0)
            continue;   /* still running, never finished */
        GpObject *calls;
        if (e->nsubs) {
            calls = gp_list_new(0);
            for (size_t j = 0; calls && j < e->nsubs; j++) {
                SubEntry *s = e->sublist[j];
                if (s->callcount == 0)
                    continue;
                GpObject *st = make_stat(subentry_type, s->callee->userobj, s->callcount, s->reccallcount,
                                         (double)s->tt * factor, (double)s->it * factor, NULL);
                if (!st || gp_list_append(calls, st) < 0)
                    GP_CLEAR(calls);
                GP_XDECREF(st);
            }
        } else {
            calls = gp_newref(gp_None);
        }
        GpObject *st = calls ? make_stat(entry_type, e->userobj, e->callcount, e->reccallcount,
                                         (double)e->tt * factor, (double)e->it * factor, calls)
                             : NULL;
        GP_XDECREF(calls);
        if (!st || gp_list_append(list, st) < 0)
            GP_CLEAR(list);
        GP_XDECREF(st);
    }
    return list;
}

/* ---- the Profiler type ----------------------------------------------------- */

static GpObject *profiler_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    Profiler *p = (Profiler *)gp_type_generic_alloc(t, 0);
    if (!p)
        return NULL;
    p->flags = POF_SUBCALLS | POF_BUILTINS;
    return (GpObject *)p;
}

static int profiler_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "timer", "timeunit", "subcalls", "builtins", NULL };
    GpObject *a[4];
    if (gp_args_parse("Profiler", args, nargs, kwnames, kwlist, 0, 4, a) < 0)
        return -1;
    Profiler *p = (Profiler *)self;
    double unit = 0.0;
    if (a[1] && (unit = gp_float_as_double(a[1])) == -1.0 && gp_err_occurred())
        return -1;
    int subcalls = 1, builtins = 1;
    if (a[2] && (subcalls = gp_is_true(a[2])) < 0)
        return -1;
    if (a[3] && (builtins = gp_is_true(a[3])) < 0)
        return -1;
    p->flags = (p->flags & ~(POF_SUBCALLS | POF_BUILTINS)) | (subcalls ? POF_SUBCALLS : 0) |
               (builtins ? POF_BUILTINS : 0);
    GpObject *timer = a[0] && a[0] != gp_None ? gp_newref(a[0]) : NULL;
    GP_SETREF(p->timer, timer);
    p->timeunit = unit;
    return 0;
}

static GpObject *profiler_enable(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "subcalls", "builtins", NULL };
    GpObject *a[2];
    if (gp_args_parse("enable", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    Profiler *p = (Profiler *)self;
    int subcalls = (p->flags & POF_SUBCALLS) != 0, builtins = (p->flags & POF_BUILTINS) != 0;
    if (a[0] && (subcalls = gp_is_true(a[0])) < 0)
        return NULL;
    if (a[1] && (builtins = gp_is_true(a[1])) < 0)
        return NULL;
    p->flags = (p->flags & ~(POF_SUBCALLS | POF_BUILTINS)) | (subcalls ? POF_SUBCALLS : 0) |
               (builtins ? POF_BUILTINS : 0) | POF_ENABLED;
    gp_profile_set_hook(gp_tstate(), prof_hook, self);
    GP_RETURN_NONE;
}

static GpObject *profiler_disable(GpObject *self, GpObject *u)
{
    Profiler *p = (Profiler *)self;
    if (p->flags & POF_ENABLED) {
        p->flags &= ~POF_ENABLED;
        GpThreadState *ts = gp_tstate();
        GP_INCREF(self);
        if (ts->c_profilefunc == self)
            gp_profile_set(ts, NULL);
        flush_unmatched(p);   /* after: a Python timer's calls are not profiled */
        GP_DECREF(self);
    }
    if (p->flags & POF_NOMEMORY) {
        p->flags &= ~POF_NOMEMORY;
        gp_err_set_string(&GpExc_MemoryError, "memory was exhausted while profiling");
        return NULL;
    }
    GP_RETURN_NONE;
}

static GpObject *profiler_clear(GpObject *self, GpObject *u)
{
    free_entries((Profiler *)self);
    GP_RETURN_NONE;
}

static void profiler_dealloc(GpObject *o)
{
    Profiler *p = (Profiler *)o;
    free_entries(p);
    GP_CLEAR(p->timer);
    gp_obj_free(o);
}

static const GpMethodDef profiler_methods[] = {
    GP_METHOD("getstats", profiler_getstats, GP_METH_NOARGS),
    GP_METHOD("enable", profiler_enable, GP_METH_FASTKW),
    GP_METHOD("disable", profiler_disable, GP_METH_NOARGS),
    GP_METHOD("clear", profiler_clear, GP_METH_NOARGS),
    { NULL },
};

GpType GpProfiler_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_lsprof.Profiler",
    .doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
           "    Builds a profiler object using the specified timer function.",
    .basicsize = sizeof(Profiler),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = profiler_dealloc,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .methods = profiler_methods,
    .new_ = profiler_new,
    .init = profiler_init,
};

int gp_mod__lsprof_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (!entry_type) {
        entry_type = gp_structseq_new_type("_lsprof.profiler_entry", entry_fields, 6);
        subentry_type = gp_structseq_new_type("_lsprof.profiler_subentry", entry_fields, 5);
        if (!entry_type || !subentry_type)
            return -1;
    }
    if (gp_type_ready(&GpProfiler_Type) < 0)
        return -1;
    if (gp_dict_setitem_str(d, "Profiler", (GpObject *)&GpProfiler_Type) < 0 ||
        gp_dict_setitem_str(d, "profiler_entry", (GpObject *)entry_type) < 0 ||
        gp_dict_setitem_str(d, "profiler_subentry", (GpObject *)subentry_type) < 0)
        return -1;
    return 0;
}
