/* gc.c -- the cyclic garbage collector.
 *
 * Reference counting frees an object the moment nobody refers to it, but a
 * group of objects that refer to each other (a list containing itself, an
 * instance whose __dict__ holds a bound method of itself, a frame and the
 * traceback that points back at it) keeps every count above zero forever.
 * This collector finds such groups among the objects that can hold
 * references (containers: their types have GP_TPFLAGS_HAVE_GC and a traverse
 * slot) and frees them. It is CPython's algorithm, step for step, so that
 * what a script observes -- gc.collect()'s return value, the order in which
 * __del__ methods run, which weakref callbacks fire -- is CPython's.
 *
 * Generations
 * -----------
 * Tracked objects live on one of three doubly linked lists (mem/gc.h): new
 * ones on generation 0 (gp_gc_young, owned by objects/object.c so that
 * tracking is a few stores), survivors of a collection move one generation
 * up. Most objects die young, by refcount, so a collection usually looks only
 * at generation 0, which is small:
 *
 *   gen 0  collected when allocations minus deallocations of container
 *          objects since its last collection exceed threshold0 (700)
 *   gen 1  collected instead when gen 0 has been collected more than
 *          threshold1 (10) times since gen 1 last was
 *   gen 2  likewise after threshold2 (10) gen-1 collections, and only when
 *          the objects waiting for their first full collection
 *          (long_lived_pending) exceed a quarter of those that survived the
 *          last one (long_lived_total): without that rule, a program that
 *          builds a big structure would rescan all of it again and again,
 *          which is quadratic.
 *
 * A collection of generation g collects g and every younger generation.
 * gc.freeze() moves everything to a fourth, permanent list that is never
 * collected (for fork()ed servers: untouched objects keep their pages
 * shared).
 *
 * Finding garbage (deduce_unreachable)
 * ------------------------------------
 * Within the generation being collected:
 *   1. update_refs: copy each object's refcount into its GC head (`refs`)
 *      and mark it COLLECTING.
 *   2. subtract_refs: for every object, visit what it refers to (traverse)
 *      and decrement the `refs` of each COLLECTING referent. What is left in
 *      `refs` is the number of references from outside the generation:
 *      from older objects, from C variables, from running frames.
 *   3. move_unreachable: every object with refs > 0 is reachable; so is
 *      everything it refers to, transitively. One pass over the list does
 *      it: an object still at 0 when the scan reaches it is moved to the
 *      `unreachable` list tentatively (UNREACHABLE flag); when a reachable
 *      object's traverse meets a tentative one, it goes back to the tail of
 *      the generation where the scan will reach it again. Reachable objects
 *      lose COLLECTING once scanned, so traversals ignore them after.
 * Everything left on `unreachable` is referenced only from inside itself.
 *
 * Getting rid of it (PEP 442)
 * ---------------------------
 *   4. handle_weakrefs: weak references to garbage are cleared first, so no
 *      code can reach garbage through them; the callbacks of those weakrefs
 *      that are not garbage themselves are called now, while the garbage is
 *      intact.
 *   5. finalize_garbage: each object's finalizer (__del__) runs, at most
 *      once in the object's life (GP_GC_FLAG_FINALIZED).
 *   6. handle_resurrected: a finalizer may have stored a reference to
 *      garbage somewhere reachable. Steps 1-3 run again on the unreachable
 *      set alone; what is reachable now is resurrected and survives.
 *   7. delete_garbage: the type's clear slot drops each remaining object's
 *      references; that breaks the cycles and refcounting frees them all.
 *      (With DEBUG_SAVEALL they are appended to gc.garbage instead.)
 *
 * Safety
 * ------
 * The collector runs with the GIL held, from an allocation (the threshold
 * hook in gp_obj_alloc) or from gc.collect(); never while an error is set.
 * It may run Python code (finalizers, callbacks, gc.callbacks), which may
 * allocate: `collecting` keeps it from re-entering. A traverse function must
 * visit only references the object owns: one extra visit makes an object
 * look unreferenced and it would be freed while in use (the debug check in
 * move_unreachable refuses negative counts). A missed visit only keeps
 * garbage alive.
 */
#include "gilpy.h"
#include "mem/gc.h"
#include "mem/gpmem.h"
#include "objects/weakrefobject.h"

#include <stdarg.h>
#include <stdlib.h>
#include <time.h>

/* Defined by the weakref and allocator modules; weak so that the collector
 * links (and simply skips those steps) without them. */
#pragma weak gp_weakref_clear_ref
#pragma weak GpWeakRef_RefType
#pragma weak GpWeakRef_ProxyType
#pragma weak GpWeakRef_CallableProxyType
void gp_mem_clear_freelists(void) __attribute__((weak));

#define NUM_GENERATIONS 3

/* Flag bits of GpGCHead.prev used during a collection (FINALIZED persists). */
enum {
    GC_COLLECTING = 2,   /* in the generation being collected */
    GC_UNREACHABLE = 4,  /* tentatively on the unreachable list */
};

/* The working reference count of a COLLECTING object that is not on the
 * unreachable list lives in the upper bits of its `prev` (mem/gc.h); its
 * list is singly linked meanwhile, and move_unreachable restores the
 * pointers. */
#define GC_REFS_SHIFT 3
static inline gp_ssize gc_refs(const GpGCHead *g) { return (gp_ssize)((intptr_t)g->prev >> GC_REFS_SHIFT); }
static inline void gc_set_refs(GpGCHead *g, gp_ssize n)
{
    g->prev = ((uintptr_t)n << GC_REFS_SHIFT) | (g->prev & GP_GC_FLAG_MASK);
}
static inline int gc_has(const GpGCHead *g, uintptr_t bit) { return (g->prev & bit) != 0; }
static inline void gc_clear_bit(GpGCHead *g, uintptr_t bit) { g->prev &= ~bit; }

typedef struct {
    GpGCHead *head;
    gp_ssize *count;       /* generation 0's count is object.c's counter */
    gp_ssize own_count;
    gp_ssize threshold;
} Generation;

typedef struct {
    gp_ssize collections, collected, uncollectable;
} GenStats;

static GpGCHead gen1_head = { &gen1_head, (uintptr_t)&gen1_head };
static GpGCHead gen2_head = { &gen2_head, (uintptr_t)&gen2_head };
static GpGCHead permanent_head = { &permanent_head, (uintptr_t)&permanent_head };

static struct {
    Generation gen[NUM_GENERATIONS];
    GenStats stats[NUM_GENERATIONS];
    int enabled;
    int collecting;
    int debug;
    gp_ssize long_lived_total;    /* objects that survived the last full collection */
    gp_ssize long_lived_pending;  /* objects that reached gen 2 since then */
    GpObject *garbage;            /* gc.garbage (list), owned */
    GpObject *callbacks;          /* gc.callbacks (list), owned */
} gcs = {
    .gen = {
        { &gp_gc_young, &gp_gc_young_count, 0, 700 },
        { &gen1_head, NULL, 0, 10 },
        { &gen2_head, NULL, 0, 10 },
    },
    .enabled = 1,
};

static gp_ssize *gen_count(int g)
{
    return gcs.gen[g].count ? gcs.gen[g].count : &gcs.gen[g].own_count;
}

/* ---- lists ------------------------------------------------------------- */

static gp_ssize list_size(GpGCHead *l)
{
    gp_ssize n = 0;
    for (GpGCHead *g = l->next; g != l; g = g->next)
        n++;
    return n;
}

/* ---- output ------------------------------------------------------------ */

/* DEBUG_* lines go to sys.stderr (CPython's PySys_WriteStderr), else C stderr. */
static void gc_stderr(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    GpInterp *in = gp_interp();
    GpObject *file = in && in->sysdict ? gp_dict_getitem_str(in->sysdict, "stderr") : NULL;
    GpObject *saved = gp_err_fetch();
    int done = 0;
    if (file && file != gp_None) {
        GpObject *s = gp_str_from_cstr(buf);
        GpObject *r = s ? gp_call_method_str(file, "write", &s, 1) : NULL;
        GP_XDECREF(s);
        if (r) {
            GP_DECREF(r);
            done = 1;
        }
        gp_err_clear();
    }
    if (!done)
        fputs(buf, stderr);
    gp_err_restore(saved);
}

/* ---- deduce_unreachable ------------------------------------------------ */

static void update_refs(GpGCHead *containers)
{
    for (GpGCHead *g = containers->next; g != containers; g = g->next)
        g->prev = ((uintptr_t)GP_GC_OBJ(g)->refcnt << GC_REFS_SHIFT) | (g->prev & GP_GC_FLAG_FINALIZED) |
                  GC_COLLECTING;
}

static int visit_decref(GpObject *o, void *arg)
{
    (void)arg;
    if (gp_gc_tracked(o)) {
        GpGCHead *g = GP_GC_HEAD(o);
        if (gc_has(g, GC_COLLECTING))
            g->prev -= (uintptr_t)1 << GC_REFS_SHIFT;
    }
    return 0;
}

static void subtract_refs(GpGCHead *containers)
{
    for (GpGCHead *g = containers->next; g != containers; g = g->next) {
        GpObject *o = GP_GC_OBJ(g);
        if (GP_TYPE(o)->traverse)
            GP_TYPE(o)->traverse(o, visit_decref, NULL);
    }
}

static int visit_reachable(GpObject *o, void *arg)
{
    GpGCHead *young = arg;
    if (!gp_gc_tracked(o))
        return 0;
    GpGCHead *g = GP_GC_HEAD(o);
    if (!gc_has(g, GC_COLLECTING))
        return 0;   /* older generation, or already scanned */
    if (gc_has(g, GC_UNREACHABLE)) {
        /* it was tentatively unreachable: unlink it from that (doubly
         * linked) list and append it to the scan's, where it gets a count
         * again */
        GpGCHead *p = gp_gc_prev(g);
        p->next = g->next;
        gp_gc_set_prev(g->next, p);
        GpGCHead *last = gp_gc_prev(young);
        last->next = g;
        g->next = young;
        young->prev = (uintptr_t)g;
        g->prev = ((uintptr_t)1 << GC_REFS_SHIFT) | (g->prev & GP_GC_FLAG_FINALIZED) | GC_COLLECTING;
    } else if (gc_refs(g) == 0) {
        gc_set_refs(g, 1);   /* ahead of the scan: it will be traversed there */
    }
    return 0;
}

/* The scan. Objects before `prev` are reachable and have their prev
 * pointers back; `young`'s own prev stays the tail (appends go there). */
static void move_unreachable(GpGCHead *young, GpGCHead *unreachable)
{
    GpGCHead *prev = young;
    GpGCHead *g = young->next;
    while (g != young) {
        gp_ssize refs = gc_refs(g);
        if (refs > 0) {
            GpObject *o = GP_GC_OBJ(g);
            if (GP_TYPE(o)->traverse)
                GP_TYPE(o)->traverse(o, visit_reachable, young);
        }
        if (refs != 0) {
            /* reachable (refs < 0 would mean a traverse visits a reference
             * its object does not own; freeing on that evidence could free
             * a live object, so such objects are kept, untraversed) */
            g->prev = (uintptr_t)prev | (g->prev & GP_GC_FLAG_FINALIZED);
            prev = g;
        } else {
            prev->next = g->next;
            GpGCHead *last = gp_gc_prev(unreachable);
            last->next = g;
            g->prev = (uintptr_t)last | (g->prev & GP_GC_FLAG_FINALIZED) | GC_COLLECTING | GC_UNREACHABLE;
            g->next = unreachable;
            gp_gc_set_prev(unreachable, g);
        }
        g = prev->next;   /* read after traverse: it may have appended */
    }
    young->prev = (uintptr_t)prev;
}

/* Steps 1-3 over `base`; references held by discount[0..ndiscount) do not
 * count (the shutdown pass's stand-in for CPython's weakrefs). Afterwards
 * the objects on `unreachable` still carry COLLECTING (is_collecting);
 * those left on `base` do not. */
static void deduce_unreachable_discount(GpGCHead *base, GpGCHead *unreachable, GpObject *const *discount,
                                        gp_ssize ndiscount)
{
    update_refs(base);
    subtract_refs(base);
    for (gp_ssize i = 0; i < ndiscount; i++)
        if (discount[i])
            visit_decref(discount[i], NULL);
    gp_gc_list_init(unreachable);
    move_unreachable(base, unreachable);
    for (GpGCHead *g = unreachable->next; g != unreachable; g = g->next)
        gc_clear_bit(g, GC_UNREACHABLE);
}

static void deduce_unreachable(GpGCHead *base, GpGCHead *unreachable)
{
    deduce_unreachable_discount(base, unreachable, NULL, 0);
}

/* A tuple holding only untracked objects can never be part of a cycle:
 * CPython stops tracking it at the first collection that sees it. Returns
 * how many objects stay on the list (the survivors, counted in the same
 * walk). */
static gp_ssize untrack_tuples(GpGCHead *head)
{
    gp_ssize n = 0;
    GpGCHead *g = head->next;
    while (g != head) {
        n++;
        GpGCHead *next = g->next;
        GpObject *o = GP_GC_OBJ(g);
        if (GP_TUPLE_CHECK_EXACT(o)) {
            gp_ssize i;
            for (i = 0; i < GP_SIZE(o); i++) {
                GpObject *e = GP_TUPLE_GET(o, i);
                if (!e || gp_gc_tracked(e))
                    break;
            }
            if (i == GP_SIZE(o)) {
                gp_gc_untrack(o);
                n--;
            }
        }
        g = next;
    }
    return n;
}

/* ---- weakrefs, finalizers, deletion ----------------------------------- */

typedef struct {
    GpObject **items;
    gp_ssize n, cap;
} ObjVec;

static int vec_push(ObjVec *v, GpObject *o)
{
    if (v->n == v->cap) {
        gp_ssize nc = v->cap ? v->cap * 2 : 16;
        GpObject **ni = realloc(v->items, (size_t)nc * sizeof *ni);
        if (!ni)
            return -1;
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = o;
    return 0;
}

static int is_collecting(GpObject *o)
{
    return gp_gc_tracked(o) && gc_has(GP_GC_HEAD(o), GC_COLLECTING);
}

/* Clear every weakref to the garbage; call the callbacks of the weakrefs
 * that survive (the others would only see torn-down objects). */
static gp_ssize handle_weakrefs(GpGCHead *unreachable, GpGCHead *old)
{
    ObjVec calls = { 0 };
    gp_ssize freed = 0;
    (void)old;
    if (!gp_weakref_clear_ref)
        return 0;
    for (GpGCHead *g = unreachable->next; g != unreachable; g = g->next) {
        GpObject *o = GP_GC_OBJ(g);
        /* a weakref that is itself garbage must never call back later */
        if (GP_WEAKREF_CHECK(o))
            gp_weakref_clear_ref((GpWeakRef *)o);
        GpObject **list = gp_weakref_list_of(o);
        if (!list)
            continue;
        while (*list) {
            GpWeakRef *wr = (GpWeakRef *)*list;
            gp_weakref_clear_ref(wr);   /* unlinks wr: *list advances */
            if (!wr->callback || is_collecting((GpObject *)wr))
                continue;
            if (vec_push(&calls, (GpObject *)wr) == 0)
                GP_INCREF(wr);
        }
    }
    for (gp_ssize i = 0; i < calls.n; i++) {
        GpWeakRef *wr = (GpWeakRef *)calls.items[i];
        GpObject *cb = wr->callback;
        if (cb) {
            GP_INCREF(cb);
            GpObject *arg = (GpObject *)wr;
            GpObject *r = gp_call(cb, &arg, 1, NULL);
            if (r)
                GP_DECREF(r);
            else
                gp_err_write_unraisable(cb);
            GP_DECREF(cb);
        }
        /* CPython counts a weakref freed right after its callback (a
         * WeakValueDictionary entry removed by it) among the collected */
        if (((GpObject *)wr)->refcnt == 1)
            freed++;
        GP_DECREF(wr);
    }
    free(calls.items);
    return freed;
}

/* The number of garbage objects. (Instance attribute dicts that no Python
 * code has seen are no collector objects -- dictobject.h, "managed dicts"
 * as in CPython 3.11 -- so the count matches CPython's.) */
static gp_ssize count_garbage(GpGCHead *still)
{
    return list_size(still);
}

/* Run each finalizer once. Objects move to `seen` before their finalizer
 * runs: the finalizer may free or untrack anything still on the list. */
static void finalize_garbage(GpGCHead *collectable)
{
    GpGCHead seen;
    gp_gc_list_init(&seen);
    while (!gp_gc_list_empty(collectable)) {
        GpGCHead *g = collectable->next;
        GpObject *o = GP_GC_OBJ(g);
        gp_gc_list_move(g, &seen);
        GpType *t = GP_TYPE(o);
        if (!t->finalize || gp_gc_is_finalized(g))
            continue;
        gp_gc_set_finalized(g);
        GP_INCREF(o);
        t->finalize(o);
        if (gp_err_occurred())
            gp_err_write_unraisable(o);
        GP_DECREF(o);
    }
    gp_gc_list_merge(&seen, collectable);
}

/* After the finalizers: what they made reachable again survives (into
 * `old`); the rest is left in `still`. */
static void handle_resurrected(GpGCHead *unreachable, GpGCHead *still, GpGCHead *old)
{
    for (GpGCHead *g = unreachable->next; g != unreachable; g = g->next)
        gc_clear_bit(g, GC_COLLECTING);
    deduce_unreachable(unreachable, still);
    gp_gc_list_merge(unreachable, old);
}

static void delete_garbage(GpGCHead *collectable, GpGCHead *old)
{
    while (!gp_gc_list_empty(collectable)) {
        GpGCHead *g = collectable->next;
        GpObject *o = GP_GC_OBJ(g);
        if (gcs.debug & GP_GC_DEBUG_SAVEALL) {
            if (gcs.garbage && gp_list_append(gcs.garbage, o) < 0)
                gp_err_clear();
        } else if (GP_TYPE(o)->clear) {
            GP_INCREF(o);
            GP_TYPE(o)->clear(o);
            if (gp_err_occurred())
                gp_err_write_unraisable(o);
            GP_DECREF(o);
        }
        if (collectable->next == g) {
            /* still alive (nothing dropped its last reference): it may die later */
            gc_clear_bit(g, GC_COLLECTING);
            gp_gc_list_move(g, old);
        }
    }
}

/* ---- one collection ---------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void show_generations(void)
{
    gc_stderr("gc: objects in each generation: %zd %zd %zd\n"
              "gc: objects in permanent generation: %zd\n",
              list_size(gcs.gen[0].head), list_size(gcs.gen[1].head),
              list_size(gcs.gen[2].head), list_size(&permanent_head));
}

/* Collect `generation` and the younger ones; returns the number of
 * unreachable objects found. */
static gp_ssize collect(int generation)
{
    double t0 = 0;
    if (gcs.debug & GP_GC_DEBUG_STATS) {
        gc_stderr("gc: collecting generation %d...\n", generation);
        show_generations();
        t0 = now_seconds();
    }
    if (generation + 1 < NUM_GENERATIONS)
        (*gen_count(generation + 1))++;
    for (int i = 0; i <= generation; i++)
        *gen_count(i) = 0;
    for (int i = 0; i < generation; i++)
        gp_gc_list_merge(gcs.gen[i].head, gcs.gen[generation].head);

    GpGCHead *young = gcs.gen[generation].head;
    GpGCHead *old = generation < NUM_GENERATIONS - 1 ? gcs.gen[generation + 1].head : young;
    GpGCHead unreachable, still;
    deduce_unreachable(young, &unreachable);
    gp_ssize survivors = untrack_tuples(young);
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2)
            gcs.long_lived_pending += survivors;
        gp_gc_list_merge(young, old);
    } else {
        gcs.long_lived_pending = 0;
        gcs.long_lived_total = survivors;
    }

    if (gcs.debug & GP_GC_DEBUG_COLLECTABLE) {
        for (GpGCHead *g = unreachable.next; g != &unreachable; g = g->next) {
            GpObject *o = GP_GC_OBJ(g);
            gc_stderr("gc: collectable <%s %p>\n", GP_TYPE(o)->name, (void *)o);
        }
    }
    gp_ssize m = handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    handle_resurrected(&unreachable, &still, old);
    m += count_garbage(&still);
    delete_garbage(&still, old);

    if (gcs.debug & GP_GC_DEBUG_STATS)
        gc_stderr("gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n", m, (gp_ssize)0,
                  now_seconds() - t0);
    if (generation == NUM_GENERATIONS - 1 && gp_mem_clear_freelists)
        gp_mem_clear_freelists();
    gcs.stats[generation].collections++;
    gcs.stats[generation].collected += m;
    return m;
}

/* gc.callbacks: each is called with ("start" | "stop", info dict). */
static void invoke_callbacks(const char *phase, int generation, gp_ssize collected)
{
    if (!gcs.callbacks || GP_SIZE(gcs.callbacks) == 0)
        return;
    GpObject *saved = gp_err_fetch();
    GpObject *info = gp_dict_new();
    GpObject *ph = gp_str_from_cstr(phase);
    GpObject *gen = gp_int_from_ssize(generation), *col = gp_int_from_ssize(collected),
             *unc = gp_int_from_ssize(0);
    if (!info || !ph || !gen || !col || !unc || gp_dict_setitem_str(info, "generation", gen) < 0 ||
        gp_dict_setitem_str(info, "collected", col) < 0 ||
        gp_dict_setitem_str(info, "uncollectable", unc) < 0) {
        gp_err_write_unraisable(NULL);
    } else {
        /* a snapshot: callbacks may change the list */
        GpObject *cbs = gp_list_as_tuple(gcs.callbacks);
        for (gp_ssize i = 0; cbs && i < GP_SIZE(cbs); i++) {
            GpObject *cb = GP_TUPLE_GET(cbs, i);
            GpObject *a[2] = { ph, info };
            GpObject *r = gp_call(cb, a, 2, NULL);
            if (r)
                GP_DECREF(r);
            else
                gp_err_write_unraisable(cb);
        }
        if (!cbs)
            gp_err_clear();
        GP_XDECREF(cbs);
    }
    GP_XDECREF(info);
    GP_XDECREF(ph);
    GP_XDECREF(gen);
    GP_XDECREF(col);
    GP_XDECREF(unc);
    gp_err_restore(saved);
}

static gp_ssize collect_with_callbacks(int generation)
{
    invoke_callbacks("start", generation, 0);
    gp_ssize n = collect(generation);
    invoke_callbacks("stop", generation, n);
    return n;
}

/* The allocation hook: collect the oldest generation over its threshold. */
static void collect_generations(void)
{
    if (gcs.collecting || !gcs.enabled || gcs.gen[0].threshold == 0 || gp_err_occurred())
        return;
    gcs.collecting = 1;
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (*gen_count(i) > gcs.gen[i].threshold) {
            if (i == NUM_GENERATIONS - 1 && gcs.long_lived_pending < gcs.long_lived_total / 4)
                continue;
            collect_with_callbacks(i);
            break;
        }
    }
    gcs.collecting = 0;
}

static void update_hook(void)
{
    gp_gc_young_threshold = gcs.gen[0].threshold;
    gp_gc_collect_hook = gcs.enabled && gcs.gen[0].threshold > 0 ? collect_generations : NULL;
}

/* ---- the C interface (mem/gc.h) ---------------------------------------- */

int gp_gc_init(void)
{
    if (!gcs.garbage)
        gcs.garbage = gp_list_new(0);
    if (!gcs.callbacks)
        gcs.callbacks = gp_list_new(0);
    if (!gcs.garbage || !gcs.callbacks)
        return -1;
    /* GILPY_GC_THRESHOLD=N sets threshold0 at start-up: 1 collects at
     * (nearly) every container allocation, which is how the test suite
     * checks every traverse function against the collector. */
    const char *env = getenv("GILPY_GC_THRESHOLD");
    if (env && *env)
        gcs.gen[0].threshold = strtol(env, NULL, 10);
    update_hook();
    return 0;
}

gp_ssize gp_gc_collect(int generation)
{
    if (gcs.collecting)
        return 0;
    gcs.collecting = 1;
    GpObject *saved = gp_err_fetch();
    gp_ssize n = collect_with_callbacks(generation);
    gp_err_restore(saved);
    gcs.collecting = 0;
    return n;
}

gp_ssize gp_gc_collect_no_callbacks(void)
{
    if (gcs.collecting)
        return 0;
    gcs.collecting = 1;
    GpObject *saved = gp_err_fetch();
    gp_ssize n = collect(NUM_GENERATIONS - 1);
    gp_err_restore(saved);
    gcs.collecting = 0;
    return n;
}

void gp_gc_set_enabled(int on)
{
    gcs.enabled = on != 0;
    update_hook();
}

int gp_gc_is_enabled(void) { return gcs.enabled; }
int gp_gc_get_debug(void) { return gcs.debug; }
void gp_gc_set_debug(int flags) { gcs.debug = flags; }

void gp_gc_get_thresholds(gp_ssize t[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        t[i] = gcs.gen[i].threshold;
}

void gp_gc_set_thresholds(const gp_ssize *t, int n)
{
    for (int i = 0; i < n && i < NUM_GENERATIONS; i++)
        gcs.gen[i].threshold = t[i];
    update_hook();
}

void gp_gc_get_counts(gp_ssize c[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        c[i] = *gen_count(i);
}

void gp_gc_get_stats(gp_ssize collections[3], gp_ssize collected[3], gp_ssize uncollectable[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        collections[i] = gcs.stats[i].collections;
        collected[i] = gcs.stats[i].collected;
        uncollectable[i] = gcs.stats[i].uncollectable;
    }
}

GpObject *gp_gc_garbage(void) { return gcs.garbage; }
GpObject *gp_gc_callbacks(void) { return gcs.callbacks; }

void gp_gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gp_gc_list_merge(gcs.gen[i].head, &permanent_head);
        *gen_count(i) = 0;
    }
}

void gp_gc_unfreeze(void)
{
    gp_gc_list_merge(&permanent_head, gcs.gen[NUM_GENERATIONS - 1].head);
}

gp_ssize gp_gc_freeze_count(void) { return list_size(&permanent_head); }

/* Every tracked object of generation `generation` (-1: all three), except
 * `skip`, appended to the list `out`. */
int gp_gc_collect_objects(GpObject *out, int generation, GpObject *skip)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        if (generation >= 0 && i != generation)
            continue;
        GpGCHead *h = gcs.gen[i].head;
        for (GpGCHead *g = h->next; g != h; g = g->next) {
            GpObject *o = GP_GC_OBJ(g);
            if (o != skip && gp_list_append(out, o) < 0)
                return -1;
        }
    }
    return 0;
}

/* The objects of every generation whose traverse visits one of `targets`. */
typedef struct {
    GpObject *const *targets;
    gp_ssize n;
    int found;
} ReferrerSearch;

static int visit_find(GpObject *o, void *arg)
{
    ReferrerSearch *s = arg;
    for (gp_ssize i = 0; i < s->n; i++)
        if (s->targets[i] == o) {
            s->found = 1;
            return 1;
        }
    return 0;
}

int gp_gc_referrers(GpObject *out, GpObject *const *targets, gp_ssize n)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GpGCHead *h = gcs.gen[i].head;
        for (GpGCHead *g = h->next; g != h; g = g->next) {
            GpObject *o = GP_GC_OBJ(g);
            if (o == out || !GP_TYPE(o)->traverse)
                continue;
            ReferrerSearch s = { targets, n, 0 };
            GP_TYPE(o)->traverse(o, visit_find, &s);
            if (s.found && gp_list_append(out, o) < 0)
                return -1;
        }
    }
    return 0;
}

static int visit_append(GpObject *o, void *arg)
{
    return gp_list_append((GpObject *)arg, o) < 0 ? -1 : 0;
}

int gp_gc_referents(GpObject *out, GpObject *o)
{
    if (!gp_obj_is_gc(o) || !GP_TYPE(o)->traverse)
        return 0;
    return GP_TYPE(o)->traverse(o, visit_append, out) < 0 ? -1 : 0;
}

void gp_gc_find_unreachable(GpGCHead *base, GpGCHead *unreachable, GpObject *const *discount, gp_ssize n)
{
    deduce_unreachable_discount(base, unreachable, discount, n);
}

int gp_gc_found_unreachable(GpObject *o)
{
    return is_collecting(o);
}

void gp_gc_unmark(GpGCHead *list)
{
    for (GpGCHead *g = list->next; g != list; g = g->next)
        gc_clear_bit(g, GC_COLLECTING);
}

/* Shutdown: every generation back on generation 0's list, in age order
 * (the oldest first), so that the final pass sees all objects. */
void gp_gc_merge_all_young(void)
{
    GpGCHead all;
    gp_gc_list_init(&all);
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--)
        gp_gc_list_merge(gcs.gen[i].head, &all);
    gp_gc_list_merge(&all, gcs.gen[0].head);
}

/* Release the collector's own objects (at the very end of shutdown). */
void gp_gc_fini(void)
{
    gp_gc_collect_hook = NULL;
    GP_CLEAR(gcs.garbage);
    GP_CLEAR(gcs.callbacks);
}
