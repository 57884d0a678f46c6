/* gc.h -- the GC header placed in front of container objects.
 *
 * Objects of a type with GP_TPFLAGS_HAVE_GC are allocated by gp_obj_alloc()
 * with a GpGCHead immediately before the object:
 *
 *     [ optional pre-header: weaklist, dict ][ GpGCHead ][ GpObject ... ]
 *                                                         ^ the object pointer
 *
 * The heads of tracked objects form doubly linked circular lists whose
 * sentinels belong to the collector (mem/gc.c, written on top of this file).
 * gp_gc_track() links a new object into gp_gc_young (the collector's
 * generation 0); an untracked object has next == NULL.
 *
 * The head is two words, 16 bytes, as CPython's: `next`, and `prev` whose
 * low three bits are flags (heads are at least 8-byte aligned, so a
 * pointer's low bits are free). GP_GC_FLAG_FINALIZED (__del__ already ran,
 * PEP 442) lives there for the object's whole life, tracked or not; the
 * collector (mem/gc.c) uses the other two bits during a collection, and
 * while it holds an object's working reference count it keeps that count
 * in the upper bits of `prev` instead of the pointer (the lists are then
 * singly linked until it has put the pointers back). Outside a collection
 * every `prev` is a pointer: use gp_gc_prev()/gp_gc_set_prev(), which keep
 * the flag bits.
 *
 * The optional pre-header exists for heap types whose base is variable-sized
 * (class MyStr(str), MyInt(int), MyTuple(tuple)): their instance __dict__
 * and weakref list cannot live after a variable-length body, so they live in
 * front of the GC head and the type's dictoffset/weaklistoffset are negative
 * (address = (char *)o + offset, the same formula as positive offsets). A
 * type has a pre-header iff dictoffset < 0.
 */
#ifndef GP_MEM_GC_H
#define GP_MEM_GC_H

#include "objects/object.h"

typedef struct GpGCHead {
    struct GpGCHead *next;      /* NULL: not tracked */
    uintptr_t prev;             /* previous head | flag bits (GP_GC_FLAG_MASK) */
} GpGCHead;

enum {
    GP_GC_FLAG_FINALIZED = 1,   /* persistent */
    GP_GC_FLAG_MASK = 7,        /* bits 1 and 2 belong to the collector */
};

static inline GpGCHead *gp_gc_prev(const GpGCHead *g)
{
    return (GpGCHead *)(g->prev & ~(uintptr_t)GP_GC_FLAG_MASK);
}
static inline void gp_gc_set_prev(GpGCHead *g, GpGCHead *p)
{
    g->prev = (g->prev & GP_GC_FLAG_MASK) | (uintptr_t)p;
}
static inline int gp_gc_is_finalized(const GpGCHead *g) { return (g->prev & GP_GC_FLAG_FINALIZED) != 0; }
static inline void gp_gc_set_finalized(GpGCHead *g) { g->prev |= GP_GC_FLAG_FINALIZED; }
/* A head reused from a free list: unlinked, no flags. */
static inline void gp_gc_head_reset(GpGCHead *g) { g->next = NULL; g->prev = 0; }

#define GP_GC_HEAD(o) ((GpGCHead *)(o) - 1)
#define GP_GC_OBJ(g)  ((GpObject *)((GpGCHead *)(g) + 1))

/* Size of the pre-header (weaklist + dict pointers) of types with dictoffset < 0. */
#define GP_PREHEADER_SIZE (2 * sizeof(GpObject *))

/* Is this object allocated with a GC head? Type objects are the one
 * exception to "its type has GP_TPFLAGS_HAVE_GC": static (C) types have no
 * head, heap types do. Static instances of other GC types must not exist. */
static inline int gp_obj_is_gc(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (!(t->flags & GP_TPFLAGS_HAVE_GC))
        return 0;
    if (t->flags & GP_TPFLAGS_TYPE_SUBCLASS)
        return (((GpType *)o)->flags & GP_TPFLAGS_HEAPTYPE) != 0;
    return 1;
}

/* ---- the lists' primitives (shared by object.c, gc.c and the shutdown
 * pass in vm/runtime.c) ---- */

static inline void gp_gc_list_init(GpGCHead *l) { l->next = l; l->prev = (uintptr_t)l; }
static inline int gp_gc_list_empty(const GpGCHead *l) { return l->next == l; }

static inline void gp_gc_list_remove(GpGCHead *g)
{
    GpGCHead *p = gp_gc_prev(g);
    p->next = g->next;
    gp_gc_set_prev(g->next, p);
}

/* Link g at the tail of the list `to`. */
static inline void gp_gc_list_append(GpGCHead *g, GpGCHead *to)
{
    GpGCHead *last = gp_gc_prev(to);
    gp_gc_set_prev(g, last);
    g->next = to;
    last->next = g;
    gp_gc_set_prev(to, g);
}

static inline void gp_gc_list_move(GpGCHead *g, GpGCHead *to)
{
    gp_gc_list_remove(g);
    gp_gc_list_append(g, to);
}

/* Append all of `from` to `to`; `from` ends empty. */
static inline void gp_gc_list_merge(GpGCHead *from, GpGCHead *to)
{
    if (gp_gc_list_empty(from))
        return;
    GpGCHead *first = from->next, *last = gp_gc_prev(from), *tail = gp_gc_prev(to);
    gp_gc_set_prev(first, tail);
    tail->next = first;
    last->next = to;
    gp_gc_set_prev(to, last);
    gp_gc_list_init(from);
}

/* Is o a container currently on one of the collector's lists? */
static inline int gp_gc_tracked(GpObject *o)
{
    return gp_obj_is_gc(o) && GP_GC_HEAD(o)->next != NULL;
}

/* The list gp_gc_track() links new objects into (generation 0). */
extern GpGCHead gp_gc_young;
/* GC allocations minus GC deallocations since the collector last reset it;
 * when it exceeds gp_gc_young_threshold and gp_gc_collect_hook is set,
 * gp_obj_alloc calls the hook (before allocating). The collector owns both
 * the threshold (default 700) and the hook. */
extern gp_ssize gp_gc_young_count, gp_gc_young_threshold;
extern void (*gp_gc_collect_hook)(void);

/* ---- the collector (mem/gc.c) ---- */

/* gc.set_debug() flags, CPython's values. */
enum {
    GP_GC_DEBUG_STATS = 1,
    GP_GC_DEBUG_COLLECTABLE = 2,
    GP_GC_DEBUG_UNCOLLECTABLE = 4,
    GP_GC_DEBUG_SAVEALL = 32,
    GP_GC_DEBUG_LEAK = 2 | 4 | 32,
};

int gp_gc_init(void);                       /* creates gc.garbage/callbacks, installs the hook */
void gp_gc_fini(void);
/* Collect `generation` (0..2) and the younger ones, with gc.callbacks;
 * returns the number of unreachable objects (0 if a collection is running). */
gp_ssize gp_gc_collect(int generation);
gp_ssize gp_gc_collect_no_callbacks(void);  /* full collection, for shutdown */
void gp_gc_set_enabled(int on);
int gp_gc_is_enabled(void);
int gp_gc_get_debug(void);
void gp_gc_set_debug(int flags);
void gp_gc_get_thresholds(gp_ssize t[3]);
void gp_gc_set_thresholds(const gp_ssize *t, int n);
void gp_gc_get_counts(gp_ssize c[3]);
void gp_gc_get_stats(gp_ssize collections[3], gp_ssize collected[3], gp_ssize uncollectable[3]);
GpObject *gp_gc_garbage(void);              /* borrowed: the gc.garbage list */
GpObject *gp_gc_callbacks(void);            /* borrowed: the gc.callbacks list */
void gp_gc_freeze(void);
void gp_gc_unfreeze(void);
gp_ssize gp_gc_freeze_count(void);
int gp_gc_collect_objects(GpObject *out, int generation, GpObject *skip);
int gp_gc_referrers(GpObject *out, GpObject *const *targets, gp_ssize n);
int gp_gc_referents(GpObject *out, GpObject *o);
void gp_gc_merge_all_young(void);           /* shutdown: all generations into gen 0 */
/* The collector's cycle detection over the list `base` (the shutdown pass
 * runs it over everything): what only garbage refers to moves to
 * `unreachable`, in CPython's order; the references held by discount[0..n)
 * do not count. The objects moved are marked (gp_gc_found_unreachable)
 * until gp_gc_unmark(unreachable). */
void gp_gc_find_unreachable(GpGCHead *base, GpGCHead *unreachable, GpObject *const *discount, gp_ssize n);
int gp_gc_found_unreachable(GpObject *o);
void gp_gc_unmark(GpGCHead *list);

#endif
