/* refstats.c -- free-list clearing and the -X showrefcount report.
 *
 * Why N is computed by a walk and not kept as a running total
 * ===========================================================
 * CPython's debug builds keep _Py_RefTotal, a global incremented by every
 * Py_INCREF and decremented by every Py_DECREF, and print it with the number
 * of live pymalloc blocks at exit under -X showrefcount.  The same counter in
 * gp_incref/gp_decref (objects/object.h) was measured on benchmarks/workloads
 * (same source with and without the counter, runs interleaved, best of 11
 * by CPU time; Release build): +4.4% geometric mean, and worst on call- and
 * loop-heavy code: fib_recursive +17%, loops +14%, nqueens +9%, richards +8%
 * (a wall-clock run gave +5.1%).  Every incref becomes a read-modify-write
 * of one global besides the object's own count, and the increments no
 * longer fold away.  That is far above the 1% budget for a feature only -X
 * showrefcount uses, and a run-time "enabled" test in the hot path would
 * cost about as much as the increment.
 *
 * So the total is computed once, at exit, from the heap itself:
 *
 *   1. The type free lists are emptied (gp_mem_clear_freelists): parked
 *      objects are not live, and CPython's finalization clears its free
 *      lists before printing too.
 *   2. Every object tracked by the collector is a starting point (all
 *      generations, merged into gp_gc_young by gp_gc_merge_all_young).
 *   3. From each container, its referents are found with the type's traverse
 *      slot; a referent not seen yet is added (and traversed in turn if it is
 *      a container itself: untracked tuples and dicts are found this way).
 *      Atoms (str, int, float, bytes, static types) are leaves.  A pointer
 *      set makes each object count once.
 *   4. N = the sum of the reference counts of everything found.  An immortal
 *      object (None, True, small ints, static types, which start at
 *      GP_IMMORTAL_REFCNT) contributes only the references taken on it since
 *      startup -- what a running increment/decrement total would have seen.
 *
 * N therefore counts every reference held TO an object reachable from a
 * container.  It misses atoms referenced only from C variables (a str cached
 * in a static) and objects that are neither tracked nor referenced by a
 * tracked container.  A leak that matters -- a container kept alive, or an
 * atom with one reference too many in a live container -- shows.  M is exact:
 * the pool blocks in use plus the malloc'd blocks not yet freed (obmalloc's
 * counters), after the free lists were emptied.
 */
#include "mem/refstats.h"

#include <stdlib.h>
#include <string.h>

#include "gilpy.h"
#include "mem/gc.h"
#include "mem/gpmem.h"

int gp_mem_showrefcount = 0;

/* objects/intobject.c may keep a free list too; linked weakly so that this
 * file does not depend on it. */
gp_ssize gp_int_freelist_clear(void) __attribute__((weak));

void gp_mem_clear_freelists(void)
{
    gp_float_freelist_clear();
    gp_tuple_freelist_clear();
    gp_list_freelist_clear();
    gp_dict_freelist_clear();
    if (gp_int_freelist_clear)
        gp_int_freelist_clear();
}

/* ---- the walk --------------------------------------------------------------- */

/* Open-addressing set of object pointers (NULL = empty slot), plus the work
 * list of objects still to traverse.  Plain malloc: the walk must not change
 * the allocator statistics it reports. */
typedef struct {
    GpObject **slot;
    size_t mask, n;          /* capacity - 1, entries */
    GpObject **todo;
    size_t ntodo, captodo;
    int failed;              /* out of memory: totals are partial */
} Walk;

static size_t ptr_hash(const void *p)
{
    uintptr_t x = (uintptr_t)p >> 4;           /* blocks are 16-aligned */
    x *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(x ^ (x >> 29));
}

static int set_grow(Walk *w)
{
    size_t cap = w->slot ? (w->mask + 1) * 2 : 4096;
    GpObject **ns = calloc(cap, sizeof *ns);
    if (!ns)
        return -1;
    if (w->slot) {
        for (size_t i = 0; i <= w->mask; i++) {
            GpObject *o = w->slot[i];
            if (!o)
                continue;
            size_t j = ptr_hash(o) & (cap - 1);
            while (ns[j])
                j = (j + 1) & (cap - 1);
            ns[j] = o;
        }
        free(w->slot);
    }
    w->slot = ns;
    w->mask = cap - 1;
    return 0;
}

/* Add o; 1 if it was new, 0 if already there, -1 on memory exhaustion. */
static int set_add(Walk *w, GpObject *o)
{
    if (!w->slot || 2 * (w->n + 1) > w->mask + 1) {   /* load <= 1/2 */
        if (set_grow(w) < 0)
            return -1;
    }
    size_t j = ptr_hash(o) & w->mask;
    while (w->slot[j]) {
        if (w->slot[j] == o)
            return 0;
        j = (j + 1) & w->mask;
    }
    w->slot[j] = o;
    w->n++;
    return 1;
}

static void found(Walk *w, GpObject *o)
{
    int r = set_add(w, o);
    if (r < 0) {
        w->failed = 1;
        return;
    }
    if (r == 0 || !gp_obj_is_gc(o) || !GP_TYPE(o)->traverse)
        return;                                     /* seen, or a leaf */
    if (w->ntodo == w->captodo) {
        size_t cap = w->captodo ? 2 * w->captodo : 1024;
        GpObject **nt = realloc(w->todo, cap * sizeof *nt);
        if (!nt) {
            w->failed = 1;
            return;
        }
        w->todo = nt;
        w->captodo = cap;
    }
    w->todo[w->ntodo++] = o;
}

static int visit_found(GpObject *o, void *arg)
{
    found((Walk *)arg, o);
    return 0;
}

void gp_mem_ref_totals(gp_ssize *refs, gp_ssize *blocks)
{
    Walk w;
    memset(&w, 0, sizeof w);

    gp_mem_clear_freelists();
    gp_gc_merge_all_young();
    for (GpGCHead *g = gp_gc_young.next; g != &gp_gc_young; g = g->next)
        found(&w, GP_GC_OBJ(g));
    while (w.ntodo > 0) {
        GpObject *o = w.todo[--w.ntodo];
        GP_TYPE(o)->traverse(o, visit_found, &w);
    }

    gp_ssize total = 0;
    for (size_t i = 0; w.slot && i <= w.mask; i++) {
        GpObject *o = w.slot[i];
        if (!o)
            continue;
        gp_ssize rc = GP_REFCNT(o);
        if (rc >= GP_IMMORTAL_REFCNT / 2)
            rc -= GP_IMMORTAL_REFCNT;
        total += rc;
    }
    free(w.slot);
    free(w.todo);
    if (w.failed)
        fprintf(stderr, "gilpy: -X showrefcount: out of memory, the "
                        "reference total is partial\n");

    GpMemStats st;
    gp_mem_get_stats(&st);
    uint64_t nblocks = st.sys_malloc_calls - st.sys_free_calls;
    for (int c = 0; c < GP_MEM_NCLASSES; c++)
        nblocks += st.classes[c].blocks_used;

    *refs = total;
    *blocks = (gp_ssize)nblocks;
}

void gp_mem_print_refcount(FILE *out)
{
    if (!gp_mem_showrefcount)
        return;
    gp_ssize refs, blocks;
    gp_mem_ref_totals(&refs, &blocks);
    fprintf(out, "[%zd refs, %zd blocks]\n", refs, blocks);
    fflush(out);
}
