/* Unit tests of the cyclic collector (mem/gc.c).
 *
 * The randomised graph test: build a random directed graph of container
 * objects (a test type whose edges live in a list), keep references to a
 * random set of roots, drop every other reference, collect, and check that
 * exactly the nodes unreachable from the roots were freed -- computed
 * independently by a breadth-first search over the same edges in C. Then
 * drop the roots and check that everything goes. Repeated over many seeds,
 * graph sizes and densities (self-loops, long chains, dense tangles).
 *
 * Also: generation bookkeeping (survivors move up a generation; collecting
 * generation 1 takes generation 0 along) and freeze/unfreeze. */
#include <CUnit/Basic.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "mem/gc.h"

static int init_ok;

/* ---- the node type ------------------------------------------------------ */

#define MAX_NODES 400

typedef struct {
    GpObject ob;
    int id;
    GpObject *edges;        /* list of nodes, or NULL once cleared */
} Node;

static char freed[MAX_NODES];
static int nfreed;

static int node_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    Node *n = (Node *)o;
    return n->edges ? visit(n->edges, arg) : 0;
}

static int node_clear(GpObject *o)
{
    GP_CLEAR(((Node *)o)->edges);
    return 0;
}

static void node_dealloc(GpObject *o)
{
    Node *n = (Node *)o;
    gp_gc_untrack(o);
    if (n->id >= 0 && n->id < MAX_NODES) {
        freed[n->id]++;
        nfreed++;
    }
    GP_CLEAR(n->edges);
    gp_obj_free(o);
}

static GpType Node_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "gc_test_node",
    .basicsize = sizeof(Node),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
};

static Node *node_new(int id)
{
    Node *n = (Node *)gp_obj_alloc(&Node_Type, 0);
    if (!n)
        return NULL;
    n->id = id;
    n->edges = gp_list_new(0);
    gp_gc_track((GpObject *)n);
    return n;
}

static int suite_init(void)
{
    init_ok = gp_runtime_init(NULL) == 0 && gp_type_ready(&Node_Type) == 0;
    return 0;
}

/* ---- the randomised graph test -------------------------------------------- */

static unsigned rng_state;
static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

static int adj[MAX_NODES][MAX_NODES];   /* adj[i][j]: number of edges i -> j */

static void one_graph(unsigned seed, int n, int nedges, int nroots)
{
    rng_state = seed;
    memset(freed, 0, sizeof freed);
    memset(adj, 0, sizeof adj);
    nfreed = 0;
    gp_gc_collect(2);   /* start from a clean slate */
    Node *nodes[MAX_NODES];
    for (int i = 0; i < n; i++) {
        nodes[i] = node_new(i);
        CU_ASSERT_FATAL(nodes[i] != NULL);
    }
    for (int e = 0; e < nedges; e++) {
        int a = (int)rnd((unsigned)n), b = (int)rnd((unsigned)n);
        CU_ASSERT_FATAL(gp_list_append(nodes[a]->edges, (GpObject *)nodes[b]) == 0);
        adj[a][b]++;
    }
    char is_root[MAX_NODES] = { 0 };
    for (int r = 0; r < nroots; r++)
        is_root[rnd((unsigned)n)] = 1;
    /* expected: reachable from the roots */
    char reach[MAX_NODES] = { 0 };
    int queue[MAX_NODES], qh = 0, qt = 0;
    for (int i = 0; i < n; i++)
        if (is_root[i]) {
            reach[i] = 1;
            queue[qt++] = i;
        }
    while (qh < qt) {
        int a = queue[qh++];
        for (int b = 0; b < n; b++)
            if (adj[a][b] && !reach[b]) {
                reach[b] = 1;
                queue[qt++] = b;
            }
    }
    /* drop every reference but the roots' */
    for (int i = 0; i < n; i++)
        if (!is_root[i])
            GP_DECREF(nodes[i]);
    gp_gc_collect(2);
    int wrong = 0;
    for (int i = 0; i < n; i++) {
        if (freed[i] > 1)
            wrong++;                     /* freed twice */
        else if (freed[i] == reach[i])
            wrong++;                     /* reachable freed, or garbage kept */
    }
    CU_ASSERT_EQUAL(wrong, 0);
    /* now the roots go too */
    for (int i = 0; i < n; i++)
        if (is_root[i])
            GP_DECREF(nodes[i]);
    gp_gc_collect(2);
    CU_ASSERT_EQUAL(nfreed, n);
}

static void test_random_graphs(void)
{
    CU_ASSERT_FATAL(init_ok);
    unsigned seed = 1;
    static const struct { int n, edges, roots; } shapes[] = {
        { 1, 1, 0 },       /* a self-loop */
        { 10, 0, 3 },      /* no edges */
        { 50, 50, 1 },     /* sparse: chains, small cycles */
        { 100, 300, 5 },   /* dense tangle */
        { 200, 150, 20 },  /* mostly trees */
        { 400, 1200, 2 },  /* big and dense, few roots */
        { 400, 400, 0 },   /* everything is garbage */
    };
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        for (int rep = 0; rep < 6; rep++)
            one_graph(seed++, shapes[s].n, shapes[s].edges, shapes[s].roots);
}

/* ---- generations ------------------------------------------------------------ */

/* Which generation holds o? (-1: none of the three) */
static int generation_of(GpObject *o)
{
    for (int g = 0; g < 3; g++) {
        GpObject *l = gp_list_new(0);
        int found = 0;
        if (l && gp_gc_collect_objects(l, g, l) == 0)
            for (gp_ssize i = 0; i < GP_SIZE(l); i++)
                if (GP_LIST_GET(l, i) == o)
                    found = 1;
        GP_XDECREF(l);
        if (found)
            return g;
    }
    return -1;
}

static void test_generations(void)
{
    CU_ASSERT_FATAL(init_ok);
    Node *n = node_new(MAX_NODES);   /* an id outside the freed[] bookkeeping */
    CU_ASSERT_FATAL(n != NULL);
    CU_ASSERT_EQUAL(generation_of((GpObject *)n), 0);
    gp_gc_collect(0);
    CU_ASSERT_EQUAL(generation_of((GpObject *)n), 1);   /* survived: one up */
    gp_gc_collect(1);
    CU_ASSERT_EQUAL(generation_of((GpObject *)n), 2);
    gp_gc_collect(2);
    CU_ASSERT_EQUAL(generation_of((GpObject *)n), 2);   /* the oldest stays */
    gp_ssize counts[3];
    gp_gc_collect(2);
    gp_gc_get_counts(counts);
    CU_ASSERT_EQUAL(counts[1], 0);
    CU_ASSERT_EQUAL(counts[2], 0);
    /* freeze moves everything out of the generations */
    gp_gc_freeze();
    CU_ASSERT(gp_gc_freeze_count() > 0);
    CU_ASSERT_EQUAL(generation_of((GpObject *)n), -1);
    gp_gc_unfreeze();
    CU_ASSERT_EQUAL(gp_gc_freeze_count(), 0);
    CU_ASSERT_EQUAL(generation_of((GpObject *)n), 2);
    GP_DECREF(n);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("gc", suite_init, NULL);
    CU_add_test(s, "random object graphs", test_random_graphs);
    CU_add_test(s, "generations, freeze", test_generations);
}
