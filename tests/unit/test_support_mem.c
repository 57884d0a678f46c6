/* test_support_mem.c -- CUnit tests of the small-object allocator
 * (interp/mem/obmalloc.c).
 *
 * The pool backend is selected explicitly unless GILPY_MALLOC is set in the
 * environment, so the pools are exercised even in the sanitizer build (whose
 * default backend is malloc).  Run with GILPY_MALLOC=malloc to check the
 * malloc backend: the tests that inspect pool internals then only check what
 * still holds (content, alignment, stats consistency). */
#include <CUnit/CUnit.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mem/gpmem.h"

static int pool_mode(void) { return gp_mem_backend() == GP_MEM_BACKEND_POOL; }

static void assert_heap_ok(void)
{
    const char *why = NULL;
    int rc = gp_mem_check(&why);
    if (rc != 0)
        fprintf(stderr, "\ngp_mem_check: %s\n", why ? why : "?");
    CU_ASSERT_EQUAL_FATAL(rc, 0);
}

static uintptr_t arena_base(const void *p)
{
    return (uintptr_t)p & ~(uintptr_t)(GP_MEM_ARENA_SIZE - 1);
}

/* xorshift64*: deterministic, so a failure can be replayed */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

/* ---- sizes, classes, alignment --------------------------------------------- */

static void test_every_class(void)
{
    for (size_t n = 1; n <= GP_MEM_SMALL_MAX; n++) {
        unsigned char *p = gp_mem_malloc(n);
        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        CU_ASSERT_EQUAL((uintptr_t)p % 16, 0);
        if (pool_mode()) {
            CU_ASSERT_TRUE(gp_mem_is_pool_block(p));
            CU_ASSERT_EQUAL(gp_mem_usable_size(p), ((n + 15) / 16) * 16);
        } else {
            CU_ASSERT_FALSE(gp_mem_is_pool_block(p));
        }
        CU_ASSERT_TRUE(gp_mem_usable_size(p) >= n);
        memset(p, 0xA5, gp_mem_usable_size(p));     /* whole block is ours */
        gp_mem_free(p);
    }
    /* 0 and > 512 bypass the pools */
    void *z = gp_mem_malloc(0), *big = gp_mem_malloc(GP_MEM_SMALL_MAX + 1);
    CU_ASSERT_PTR_NOT_NULL(z);
    CU_ASSERT_PTR_NOT_NULL(big);
    CU_ASSERT_FALSE(gp_mem_is_pool_block(z));
    CU_ASSERT_FALSE(gp_mem_is_pool_block(big));
    CU_ASSERT_EQUAL((uintptr_t)big % 16, 0);
    gp_mem_free(z);
    gp_mem_free(big);
    assert_heap_ok();
}

static void test_alignment_and_no_overlap(void)
{
    enum { N = 5000 };
    static unsigned char *ptr[N];
    static size_t len[N];
    for (int i = 0; i < N; i++) {
        len[i] = 1 + rnd() % 700;
        ptr[i] = gp_mem_malloc(len[i]);
        CU_ASSERT_PTR_NOT_NULL_FATAL(ptr[i]);
        CU_ASSERT_EQUAL((uintptr_t)ptr[i] % GP_MEM_ALIGNMENT, 0);
        memset(ptr[i], (unsigned char)i, len[i]);
    }
    /* every block still holds its own byte: nothing overlapped */
    for (int i = 0; i < N; i++) {
        size_t bad = 0;
        for (size_t k = 0; k < len[i]; k++)
            bad += ptr[i][k] != (unsigned char)i;
        CU_ASSERT_EQUAL(bad, 0);
    }
    assert_heap_ok();
    for (int i = 0; i < N; i++)
        gp_mem_free(ptr[i]);
    assert_heap_ok();
}

static void test_reuse_after_free(void)
{
    if (!pool_mode())
        return;
    void *keep = gp_mem_malloc(40);      /* keeps the pool alive */
    void *p = gp_mem_malloc(40);
    gp_mem_free(p);
    void *q = gp_mem_malloc(48);         /* same class (33..48): same block */
    CU_ASSERT_PTR_EQUAL(q, p);
    gp_mem_free(q);
    void *r = gp_mem_malloc(33);
    CU_ASSERT_PTR_EQUAL(r, p);
    void *s = gp_mem_malloc(32);         /* other class: another block */
    CU_ASSERT_PTR_NOT_EQUAL(s, p);
    gp_mem_free(r);
    gp_mem_free(s);
    gp_mem_free(keep);
    assert_heap_ok();
}

static void test_zero_and_null(void)
{
    void *a = gp_mem_malloc(0), *b = gp_mem_malloc(0);
    CU_ASSERT_PTR_NOT_NULL(a);
    CU_ASSERT_PTR_NOT_NULL(b);
    CU_ASSERT_PTR_NOT_EQUAL(a, b);
    void *c = gp_mem_realloc(a, 0);      /* never acts as free */
    CU_ASSERT_PTR_NOT_NULL(c);
    gp_mem_free(c);
    gp_mem_free(b);
    gp_mem_free(NULL);
    CU_ASSERT_EQUAL(gp_mem_usable_size(NULL), 0);
    CU_ASSERT_FALSE(gp_mem_is_pool_block(NULL));
    void *d = gp_mem_realloc(NULL, 24);  /* realloc(NULL) == malloc */
    CU_ASSERT_PTR_NOT_NULL(d);
    void *e = gp_mem_realloc(d, 0);
    CU_ASSERT_PTR_NOT_NULL(e);
    gp_mem_free(e);
    assert_heap_ok();
}

static void test_calloc(void)
{
    /* dirty a block of the class first so calloc must really clear it */
    unsigned char *p = gp_mem_malloc(96);
    memset(p, 0xFF, 96);
    gp_mem_free(p);
    unsigned char *q = gp_mem_calloc(12, 8);
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    size_t nz = 0;
    for (int i = 0; i < 96; i++)
        nz += q[i] != 0;
    CU_ASSERT_EQUAL(nz, 0);
    gp_mem_free(q);

    unsigned char *big = gp_mem_calloc(1000, 10);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    nz = 0;
    for (int i = 0; i < 10000; i++)
        nz += big[i] != 0;
    CU_ASSERT_EQUAL(nz, 0);
    gp_mem_free(big);

    volatile size_t huge = SIZE_MAX / 2;      /* volatile: no compile-time warning */
    CU_ASSERT_PTR_NULL(gp_mem_calloc(huge, 3));               /* overflow */
    void *z = gp_mem_calloc(0, 5);
    CU_ASSERT_PTR_NOT_NULL(z);
    gp_mem_free(z);
    assert_heap_ok();
}

/* ---- realloc ------------------------------------------------------------------ */

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(seed + i * 31);
}

static int intact(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed + i * 31))
            return 0;
    return 1;
}

static void test_realloc_across_boundary(void)
{
    /* small -> large: moves out of the pool, keeps content */
    unsigned char *p = gp_mem_malloc(500);
    fill(p, 500, 7);
    unsigned char *q = gp_mem_realloc(p, 5000);
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    CU_ASSERT_FALSE(gp_mem_is_pool_block(q));
    CU_ASSERT_TRUE(intact(q, 500, 7));
    fill(q, 5000, 9);
    /* large -> small: stays with realloc, keeps the prefix */
    unsigned char *r = gp_mem_realloc(q, 100);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_TRUE(intact(r, 100, 9));
    /* ... and back up */
    unsigned char *s = gp_mem_realloc(r, 3000);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_TRUE(intact(s, 100, 9));
    gp_mem_free(s);

    /* exactly at the boundary */
    p = gp_mem_malloc(512);
    fill(p, 512, 3);
    q = gp_mem_realloc(p, 513);
    CU_ASSERT_FALSE(gp_mem_is_pool_block(q));
    CU_ASSERT_TRUE(intact(q, 512, 3));
    gp_mem_free(q);
    assert_heap_ok();
}

static void test_realloc_within_pools(void)
{
    unsigned char *p = gp_mem_malloc(10);
    fill(p, 10, 1);
    unsigned char *q = gp_mem_realloc(p, 16);      /* same class: in place */
    CU_ASSERT_TRUE(intact(q, 10, 1));
    if (pool_mode())
        CU_ASSERT_PTR_EQUAL(q, p);
    fill(q, 16, 2);
    unsigned char *r = gp_mem_realloc(q, 300);     /* grows: moves */
    CU_ASSERT_TRUE(intact(r, 16, 2));
    if (pool_mode()) {
        CU_ASSERT_TRUE(gp_mem_is_pool_block(r));
        CU_ASSERT_EQUAL(gp_mem_usable_size(r), 304);
    }
    fill(r, 300, 4);
    unsigned char *s = gp_mem_realloc(r, 200);     /* shrinks a little: stays */
    CU_ASSERT_TRUE(intact(s, 200, 4));
    if (pool_mode())
        CU_ASSERT_PTR_EQUAL(s, r);
    unsigned char *t = gp_mem_realloc(s, 20);      /* shrinks a lot: moves */
    CU_ASSERT_TRUE(intact(t, 20, 4));
    if (pool_mode()) {
        CU_ASSERT_PTR_NOT_EQUAL(t, s);
        CU_ASSERT_EQUAL(gp_mem_usable_size(t), 32);
    }
    gp_mem_free(t);
    assert_heap_ok();
}

/* ---- blocks from malloc -------------------------------------------------------- */

static void test_large_and_foreign_blocks(void)
{
    GpMemStats a, b;
    gp_mem_get_stats(&a);
    void *big = gp_mem_malloc(1 << 20);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    CU_ASSERT_FALSE(gp_mem_is_pool_block(big));
    memset(big, 1, 1 << 20);
    gp_mem_free(big);
    gp_mem_get_stats(&b);
    CU_ASSERT_EQUAL(b.sys_malloc_calls - a.sys_malloc_calls, 1);
    CU_ASSERT_EQUAL(b.sys_free_calls - a.sys_free_calls, 1);
    CU_ASSERT_TRUE(b.sys_bytes_requested - a.sys_bytes_requested >= (1u << 20));

    /* pointers straight from the C library are recognised and freed */
    for (size_t n = 1; n < 5000; n = n * 3 + 1) {
        char *m = malloc(n);
        CU_ASSERT_PTR_NOT_NULL_FATAL(m);
        CU_ASSERT_FALSE(gp_mem_is_pool_block(m));
        memset(m, 'x', n);
        m = gp_mem_realloc(m, n + 100);
        CU_ASSERT_EQUAL(m[n - 1], 'x');
        gp_mem_free(m);
    }
    /* addresses that are not heap blocks at all are not claimed */
    int on_stack;
    CU_ASSERT_FALSE(gp_mem_is_pool_block(&on_stack));
    CU_ASSERT_FALSE(gp_mem_is_pool_block((void *)(uintptr_t)0x1000));
    CU_ASSERT_FALSE(gp_mem_is_pool_block((void *)~(uintptr_t)0xFFF));
    assert_heap_ok();
}

/* ---- arenas --------------------------------------------------------------------- */

static void test_arenas_return_to_os(void)
{
    enum { N = 100000 };                 /* 100000 * 64 B ~ 26 arenas */
    static void *ptr[N];
    GpMemStats base, full, after, trimmed;

    gp_mem_trim();
    gp_mem_get_stats(&base);
    for (int i = 0; i < N; i++) {
        ptr[i] = gp_mem_malloc(64);
        CU_ASSERT_PTR_NOT_NULL_FATAL(ptr[i]);
        *(int *)ptr[i] = i;
    }
    assert_heap_ok();
    gp_mem_get_stats(&full);
    if (pool_mode()) {
        CU_ASSERT_TRUE(full.arenas_current >= base.arenas_current + 20);
        CU_ASSERT_TRUE(full.classes[3].blocks_used >= base.classes[3].blocks_used + N);
        CU_ASSERT_TRUE(full.arenas_highwater >= full.arenas_current);
    }
    /* free in a random order: pools and arenas empty at random moments */
    for (int i = N - 1; i > 0; i--) {
        int j = (int)(rnd() % (uint64_t)(i + 1));
        void *t = ptr[i]; ptr[i] = ptr[j]; ptr[j] = t;
    }
    for (int i = 0; i < N; i++) {
        gp_mem_free(ptr[i]);
        if (i % 20000 == 0)
            assert_heap_ok();
    }
    assert_heap_ok();
    gp_mem_get_stats(&after);
    CU_ASSERT_EQUAL(after.classes[3].blocks_used, base.classes[3].blocks_used);
    if (pool_mode()) {
        /* everything went back except at most the one cached empty arena */
        CU_ASSERT_TRUE(after.arenas_current <= base.arenas_current + 1);
        CU_ASSERT_TRUE(after.arenas_freed >= base.arenas_freed + 19);
        CU_ASSERT_TRUE(after.arenas_cached_empty <= 1);
    }
    gp_mem_trim();
    gp_mem_get_stats(&trimmed);
    CU_ASSERT_EQUAL(trimmed.arenas_cached_empty, 0);
    CU_ASSERT_TRUE(trimmed.arenas_current <= base.arenas_current);
    CU_ASSERT_EQUAL(trimmed.arenas_allocated - trimmed.arenas_freed, trimmed.arenas_current);
    assert_heap_ok();
}

/* New pools come from the arena with the fewest free pools, so that mostly
 * empty arenas can drain and be unmapped. */
static void test_fullest_arena_first(void)
{
    if (!pool_mode())
        return;
    enum { PER_POOL = 7, PER_ARENA = 7 * 64, N = 4 * PER_ARENA };
    static void *ptr[N];
    gp_mem_trim();
    for (int i = 0; i < N; i++)
        ptr[i] = gp_mem_malloc(512);            /* 7 blocks per pool */

    /* Two arenas that are entirely ours: A (to be nearly emptied) and B
     * (to be left nearly full). */
    uintptr_t A = 0, B = 0;
    for (int i = 0; i < N && !B; i++) {
        uintptr_t base = arena_base(ptr[i]);
        int count = 0;
        for (int j = 0; j < N; j++)
            count += arena_base(ptr[j]) == base;
        if (count == PER_ARENA) {
            if (!A) A = base;
            else if (base != A) B = base;
        }
    }
    CU_ASSERT_FATAL(A && B);
    /* A: keep 10 pools' worth; B: free 2 pools' worth. */
    int keptA = 0, freedB = 0;
    for (int i = 0; i < N; i++) {
        uintptr_t base = arena_base(ptr[i]);
        if (base == A) {
            if (keptA++ >= 10 * PER_POOL) { gp_mem_free(ptr[i]); ptr[i] = NULL; }
        } else if (base == B) {
            /* blocks of one pool are consecutive allocations */
            if (freedB++ < 2 * PER_POOL) { gp_mem_free(ptr[i]); ptr[i] = NULL; }
        }
    }
    assert_heap_ok();
    /* A fresh pool of an unused class must not come from A. */
    GpMemStats st;
    gp_mem_get_stats(&st);
    int cls = -1;
    for (int c = GP_MEM_NCLASSES - 2; c >= 0; c--)
        if (st.classes[c].pools == 0) { cls = c; break; }
    CU_ASSERT_FATAL(cls >= 0);
    void *fresh = gp_mem_malloc(16 * (size_t)(cls + 1));
    CU_ASSERT_NOT_EQUAL(arena_base(fresh), A);
    gp_mem_free(fresh);
    for (int i = 0; i < N; i++)
        gp_mem_free(ptr[i]);
    assert_heap_ok();
}

/* ---- statistics --------------------------------------------------------------------- */

static void test_stats_and_report(void)
{
    GpMemStats a, b;
    enum { K = 1000 };
    static void *ptr[K];
    gp_mem_get_stats(&a);
    for (int i = 0; i < K; i++)
        ptr[i] = gp_mem_malloc(200);              /* class 12: 208 bytes */
    gp_mem_get_stats(&b);
    if (pool_mode()) {
        CU_ASSERT_EQUAL(b.classes[12].block_size, 208);
        CU_ASSERT_EQUAL(b.classes[12].blocks_used - a.classes[12].blocks_used, K);
        CU_ASSERT_EQUAL(b.classes[12].blocks_per_pool, (4096 - 48) / 208);
        CU_ASSERT_TRUE(b.classes[12].pools >= K / b.classes[12].blocks_per_pool);
        CU_ASSERT_EQUAL(b.bytes_in_used_blocks - a.bytes_in_used_blocks, (size_t)K * 208);
        /* the byte accounting covers the mapped arenas exactly */
        CU_ASSERT_EQUAL(b.bytes_in_used_blocks + b.bytes_in_avail_blocks +
                        b.bytes_in_free_pools + b.bytes_pool_headers +
                        b.bytes_pool_tail_waste, b.bytes_mapped);
        CU_ASSERT_EQUAL(b.pools_used + b.pools_free + b.pools_untouched,
                        b.arenas_current * GP_MEM_POOLS_PER_ARENA);
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    gp_mem_print_stats(f);
    fclose(f);
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "class   size   num pools   blocks in use  avail blocks"));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "# arenas allocated total"));
    if (pool_mode())
        CU_ASSERT_PTR_NOT_NULL(strstr(buf, "   12    208 "));
    free(buf);
    for (int i = 0; i < K; i++)
        gp_mem_free(ptr[i]);
    assert_heap_ok();
}

static void test_backend_switch(void)
{
    GpMemBackend was = gp_mem_backend();
    void *before = gp_mem_malloc(64);
    CU_ASSERT_EQUAL(gp_mem_set_backend(GP_MEM_BACKEND_MALLOC), 0);
    void *m = gp_mem_malloc(64);
    CU_ASSERT_FALSE(gp_mem_is_pool_block(m));
    gp_mem_free(before);                 /* a pool block, freed under malloc */
    gp_mem_free(m);
    if (gp_mem_set_backend(GP_MEM_BACKEND_POOL) == 0) {
        void *p = gp_mem_malloc(64);
        CU_ASSERT_TRUE(gp_mem_is_pool_block(p));
        gp_mem_free(p);
    }
    gp_mem_set_backend(was);
    assert_heap_ok();
}

/* After fork the child owns a private copy of every arena and keeps using it;
 * the parent's heap is unaffected by what the child does. */
static void test_fork_child_uses_copy(void)
{
    enum { N = 2000 };
    static unsigned char *ptr[N];
    for (int i = 0; i < N; i++) {
        ptr[i] = gp_mem_malloc(1 + i % 300);
        memset(ptr[i], (unsigned char)i, 1 + i % 300);
    }
    fflush(NULL);
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        int bad = gp_mem_check(NULL) != 0;
        for (int i = 0; i < N; i += 2) {       /* free half, churn, re-check */
            bad |= ptr[i][0] != (unsigned char)i;
            gp_mem_free(ptr[i]);
        }
        for (int i = 0; i < 50000; i++)
            gp_mem_free(gp_mem_malloc(1 + i % 512));
        bad |= gp_mem_check(NULL) != 0;
        _exit(bad ? 1 : 0);
    }
    int status = 0;
    CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
    CU_ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    size_t bad = 0;
    for (int i = 0; i < N; i++) {                 /* parent: all still intact */
        for (int k = 0; k < 1 + i % 300; k++)
            bad += ptr[i][k] != (unsigned char)i;
        gp_mem_free(ptr[i]);
    }
    CU_ASSERT_EQUAL(bad, 0);
    assert_heap_ok();
}

/* ---- randomised: 1e6 operations against a shadow table ---------------------------- */

typedef struct { unsigned char *p; size_t n; unsigned seed; } Slot;

static size_t random_size(void)
{
    uint64_t r = rnd();
    switch (r % 16) {
    case 0:  return 0;
    case 1:  return 513 + (r >> 8) % 4000;              /* large            */
    case 2:  return 480 + (r >> 8) % 64;                /* around the limit */
    default: return 1 + (r >> 8) % 512;                 /* small            */
    }
}

static void test_random_operations(void)
{
    enum { SLOTS = 4096, OPS = 1000000 };
    static Slot slot[SLOTS];
    size_t corrupted = 0;
    memset(slot, 0, sizeof slot);

    for (int op = 0; op < OPS; op++) {
        Slot *s = &slot[rnd() % SLOTS];
        if (s->p == NULL) {
            s->n = random_size();
            s->seed = (unsigned)rnd();
            if (rnd() & 1) {
                s->p = gp_mem_malloc(s->n);
            } else {
                s->p = gp_mem_calloc(1, s->n);
                for (size_t i = 0; i < s->n; i++)
                    corrupted += s->p[i] != 0;
            }
            CU_ASSERT_PTR_NOT_NULL_FATAL(s->p);
            fill(s->p, s->n, s->seed);
            continue;
        }
        corrupted += !intact(s->p, s->n, s->seed);
        if (rnd() % 3 == 0) {
            gp_mem_free(s->p);
            s->p = NULL;
        } else {
            size_t n = random_size();
            unsigned char *q = gp_mem_realloc(s->p, n);
            CU_ASSERT_PTR_NOT_NULL_FATAL(q);
            corrupted += !intact(q, n < s->n ? n : s->n, s->seed);
            s->p = q;
            s->n = n;
            s->seed = (unsigned)rnd();
            fill(s->p, s->n, s->seed);
        }
        if (op % 100000 == 0)
            assert_heap_ok();
    }
    CU_ASSERT_EQUAL(corrupted, 0);
    assert_heap_ok();
    for (int i = 0; i < SLOTS; i++) {
        if (slot[i].p) {
            corrupted += !intact(slot[i].p, slot[i].n, slot[i].seed);
            gp_mem_free(slot[i].p);
        }
    }
    CU_ASSERT_EQUAL(corrupted, 0);
    assert_heap_ok();
    GpMemStats st;
    gp_mem_get_stats(&st);
    size_t live = 0;
    for (int c = 0; c < GP_MEM_NCLASSES; c++)
        live += st.classes[c].blocks_used;
    CU_ASSERT_EQUAL(live, 0);            /* every earlier test freed all too */
}

/* ---- randomised: statistics against a model ------------------------------------ */

/* Random batches of malloc/calloc/free (and realloc within or across
 * classes), mixed sizes including 0 and large ones.  After every batch the
 * statistics must agree with a model kept by the test: live blocks per size
 * class, live malloc'd blocks (sys_malloc_calls - sys_free_calls), the
 * per-pool identity used + free = pools * capacity, and the byte accounting
 * of the mapped arenas. */
static void test_random_stats_model(void)
{
    enum { SLOTS = 3000, BATCHES = 60, OPS = 5000 };
    static struct { void *p; size_t n; } slot[SLOTS];
    long model_class[GP_MEM_NCLASSES] = {0};
    long model_sys = 0;            /* live blocks we got from malloc */
    GpMemStats base, st;
    memset(slot, 0, sizeof slot);
    gp_mem_get_stats(&base);

#define IS_SMALL(n) ((n) >= 1 && (n) <= GP_MEM_SMALL_MAX && pool_mode())
#define ACCOUNT(n, d) do { if (IS_SMALL(n)) model_class[((n) - 1) / 16] += (d); \
                           else model_sys += (d); } while (0)
    for (int b = 0; b < BATCHES; b++) {
        /* alternate growth-heavy and shrink-heavy phases so that pools and
         * arenas both fill and drain */
        unsigned free_bias = (b % 4 < 2) ? 3 : 7;          /* out of 10 */
        for (int op = 0; op < OPS; op++) {
            int i = (int)(rnd() % SLOTS);
            if (slot[i].p == NULL) {
                size_t n = random_size();
                slot[i].p = (rnd() & 1) ? gp_mem_malloc(n) : gp_mem_calloc(n ? n : 1, n ? 1 : 0);
                CU_ASSERT_PTR_NOT_NULL_FATAL(slot[i].p);
                /* calloc(1, 0) is a zero-sized request too */
                slot[i].n = n;
                ACCOUNT(n, +1);
            } else if (rnd() % 10 < free_bias) {
                gp_mem_free(slot[i].p);
                ACCOUNT(slot[i].n, -1);
                slot[i].p = NULL;
            } else {
                size_t n = random_size();
                void *q = gp_mem_realloc(slot[i].p, n);
                CU_ASSERT_PTR_NOT_NULL_FATAL(q);
                /* where the block lives now decides the accounting: a pool
                 * block may stay put (same or nearby class), move to another
                 * class or to malloc; a malloc'd block always stays malloc'd */
                ACCOUNT(slot[i].n, -1);
                if (gp_mem_is_pool_block(q))
                    model_class[(gp_mem_usable_size(q) - 1) / 16]++;
                else
                    model_sys++;
                slot[i].p = q;
                slot[i].n = gp_mem_is_pool_block(q) ? gp_mem_usable_size(q) : GP_MEM_SMALL_MAX + 1;
            }
        }
        assert_heap_ok();
        gp_mem_get_stats(&st);
        for (int c = 0; c < GP_MEM_NCLASSES; c++) {
            const GpMemClassStats *cs = &st.classes[c];
            CU_ASSERT_EQUAL((long)cs->blocks_used - (long)base.classes[c].blocks_used,
                            model_class[c]);
            CU_ASSERT_EQUAL(cs->blocks_used + cs->blocks_free, cs->pools * cs->blocks_per_pool);
            CU_ASSERT_TRUE(cs->full_pools <= cs->pools);
        }
        CU_ASSERT_EQUAL((long)(st.sys_malloc_calls - st.sys_free_calls) -
                        (long)(base.sys_malloc_calls - base.sys_free_calls), model_sys);
        CU_ASSERT_EQUAL(st.bytes_in_used_blocks + st.bytes_in_avail_blocks +
                        st.bytes_in_free_pools + st.bytes_pool_headers +
                        st.bytes_pool_tail_waste, st.bytes_mapped);
        CU_ASSERT_EQUAL(st.arenas_allocated - st.arenas_freed, st.arenas_current);
        CU_ASSERT_TRUE(st.arenas_highwater >= st.arenas_current);
        CU_ASSERT_TRUE(st.arenas_cached_empty <= 1);
    }
    for (int i = 0; i < SLOTS; i++) {
        if (slot[i].p) {
            gp_mem_free(slot[i].p);
            ACCOUNT(slot[i].n, -1);
        }
    }
#undef ACCOUNT
#undef IS_SMALL
    for (int c = 0; c < GP_MEM_NCLASSES; c++)
        CU_ASSERT_EQUAL(model_class[c], 0);
    CU_ASSERT_EQUAL(model_sys, 0);
    gp_mem_get_stats(&st);
    CU_ASSERT_EQUAL(st.sys_malloc_calls - st.sys_free_calls,
                    base.sys_malloc_calls - base.sys_free_calls);
    assert_heap_ok();
}

/* An arena whose pools are all free is really given back to the kernel: the
 * address range is no longer mapped (mincore() fails with ENOMEM on an
 * unmapped page), not merely marked free in our tables. */
static void test_empty_arenas_unmapped(void)
{
    if (!pool_mode())
        return;
    enum { N = 40000 };                  /* 40000 * 48 B: ~8 arenas */
    static void *ptr[N];
    static uintptr_t bases[64];
    size_t nbases = 0;
    long page = sysconf(_SC_PAGESIZE);
    unsigned char vec[1];

    gp_mem_trim();
    for (int i = 0; i < N; i++) {
        ptr[i] = gp_mem_malloc(48);
        CU_ASSERT_PTR_NOT_NULL_FATAL(ptr[i]);
        uintptr_t a = arena_base(ptr[i]);
        size_t k = 0;
        while (k < nbases && bases[k] != a)
            k++;
        if (k == nbases && nbases < 64)
            bases[nbases++] = a;
    }
    CU_ASSERT_TRUE(nbases >= 5);
    for (size_t k = 0; k < nbases; k++) {     /* mapped while in use */
        CU_ASSERT_EQUAL(mincore((void *)bases[k], (size_t)page, vec), 0);
        CU_ASSERT_TRUE(gp_mem_is_pool_block((void *)(bases[k] + GP_MEM_POOL_SIZE)));
    }
    for (int i = 0; i < N; i++)
        gp_mem_free(ptr[i]);
    gp_mem_trim();
    assert_heap_ok();
    GpMemStats st;
    gp_mem_get_stats(&st);
    /* No earlier test leaves a live block behind, so nothing is mapped. */
    CU_ASSERT_EQUAL(st.arenas_current, 0);
    CU_ASSERT_EQUAL(st.arenas_cached_empty, 0);
    for (size_t k = 0; k < nbases; k++) {
        errno = 0;
        CU_ASSERT_EQUAL(mincore((void *)bases[k], (size_t)page, vec), -1);
        CU_ASSERT_EQUAL(errno, ENOMEM);
        CU_ASSERT_FALSE(gp_mem_is_pool_block((void *)bases[k]));
    }
}

void gp_cu_register(void)
{
    /* Test the pools even where malloc is the default (sanitizer build),
     * unless the environment explicitly chose a backend. */
    if (getenv("GILPY_MALLOC") == NULL)
        gp_mem_set_backend(GP_MEM_BACKEND_POOL);

    CU_pSuite s = CU_add_suite("mem", NULL, NULL);
    CU_add_test(s, "every size class", test_every_class);
    CU_add_test(s, "alignment, no overlap", test_alignment_and_no_overlap);
    CU_add_test(s, "reuse after free", test_reuse_after_free);
    CU_add_test(s, "zero sizes and NULL", test_zero_and_null);
    CU_add_test(s, "calloc", test_calloc);
    CU_add_test(s, "realloc across 512", test_realloc_across_boundary);
    CU_add_test(s, "realloc within pools", test_realloc_within_pools);
    CU_add_test(s, "large and foreign blocks", test_large_and_foreign_blocks);
    CU_add_test(s, "arenas return to the OS", test_arenas_return_to_os);
    CU_add_test(s, "fullest arena first", test_fullest_arena_first);
    CU_add_test(s, "stats and report", test_stats_and_report);
    CU_add_test(s, "backend switch", test_backend_switch);
    CU_add_test(s, "fork: child uses its copy", test_fork_child_uses_copy);
    CU_add_test(s, "1e6 random operations", test_random_operations);
    CU_add_test(s, "random batches vs a stats model", test_random_stats_model);
    CU_add_test(s, "empty arenas are unmapped", test_empty_arenas_unmapped);
}
