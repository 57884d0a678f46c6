/* obmalloc.c -- gilpy's small-object allocator.
 *
 * Why a special allocator
 * =======================
 * A Python program allocates and frees small objects at a furious rate: every
 * int result, every float, every bound method, frame, tuple of arguments and
 * short string is an object of a few dozen bytes that often lives for
 * microseconds.  A general-purpose malloc must cope with any size, any
 * thread and any lifetime, and it pays for that with per-block headers,
 * size-bin searches and locks.  We know much more: the sizes are small, the
 * caller always holds the GIL, and most objects die young.  So small requests
 * get a dedicated allocator whose fast path is a dozen instructions; big
 * requests are rare enough to leave to malloc.
 *
 * The three layers
 * ================
 *
 *   arena  256 KiB obtained from the OS with mmap, ALIGNED TO 256 KiB.
 *          It is cut into 64 pools.  Arenas are given back with munmap when
 *          every pool in them is free again.
 *
 *   pool   4 KiB, aligned to 4 KiB (it is a 4 KiB slice of an aligned arena).
 *          A pool serves exactly one size class while it is in use.  Its first
 *          48 bytes are a header (struct gp_pool); the rest is an array of
 *          equal blocks.  Because pools are aligned, the header of the pool
 *          holding any block p is at p & ~(4096-1): no per-block header.
 *
 *   block  the memory handed to the caller.  Size classes are the multiples
 *          of 16 from 16 to 512, so class = (n-1) >> 4 and 32 classes exist.
 *          16 is both the alignment the C ABI wants for max_align_t on
 *          64-bit targets and the quantum: a request wastes at most 15 bytes.
 *
 *   class  size   blocks/pool   tail waste          (4096 - 48 header bytes)
 *       0    16        253            0
 *       1    32        126           16
 *       3    64         63            0
 *      15   256         15          208
 *      31   512          7          464
 *
 * Blocks inside a pool
 * --------------------
 * A pool hands out blocks from two sources: a LIFO free list threaded through
 * the freed blocks themselves (the first word of a free block points to the
 * next one), and a bump pointer over the part of the pool that has never been
 * handed out.  Freed blocks are reused first: they are the most recently
 * touched memory, so they are likely still in cache.  The bump pointer means a
 * fresh pool costs nothing to set up (no loop building a free list) and pages
 * are only touched as they are needed.
 *
 * usedpools: the per-class list of pools with room
 * ------------------------------------------------
 * For each class, usedpools[class] heads a doubly linked list of the pools of
 * that class that have an available block (free-listed or bumpable).
 * Invariant: every pool of the class with 0 < nused < nblocks is on the list;
 * a full pool is on it only as its head; an empty pool goes back to its
 * arena.  Allocation always takes from the head, so:
 *
 *   malloc fast path   pool = usedpools[class]; if the pool has a free-listed
 *                      block pop it, else if the bump region has room bump;
 *                      else (the head is full, or there is no pool) take the
 *                      slow path, which unlinks the full head and uses the
 *                      next pool or a new one.
 *   free fast path     find the pool by masking; push the block on the pool's
 *                      free list; if the pool was full and is not the head,
 *                      link it at the head of its class list (it will be
 *                      refilled first -- we prefer to fill nearly-full pools so
 *                      that the others can drain); if it became empty, give it
 *                      back to the arena.
 *
 * Full pools are unlinked lazily, by the allocation that finds the head full,
 * not by the allocation that fills it.  The eager way (unlink on the last
 * block, relink on the first free) ping-pongs when frees and allocations of
 * one class alternate on a full pool -- the steady state of "free an old
 * object, make a new one" -- and a first version of this file measured 10
 * million unlink/relink pairs in 20 million operations of the churn benchmark
 * (benchmarks/c/alloc_bench.c), which made it slower than glibc.  Lazily, a
 * free into the full head costs one comparison.
 *
 * Arenas and the "fullest first" policy
 * -------------------------------------
 * An arena can only be unmapped when all 64 of its pools are free.  If new
 * pools were taken from arenas at random, long-lived objects would be sprinkled
 * over every arena and none would ever drain.  So when a class needs a new
 * pool we take it from the arena with the FEWEST free pools that still has
 * one.  Arenas with spare pools are kept in 64 buckets indexed by their number
 * of free pools, and a 64-bit mask says which buckets are non-empty: the
 * fullest usable arena is bucket[ctz(mask)+1], found in O(1) with no sorting.
 * (CPython keeps one list sorted by free-pool count instead; with 64 pools per
 * arena the bucket array is simpler and never needs a walk.)
 *
 * Inside an arena, pools that were used and freed are reused before untouched
 * ones are carved off the end (their pages are already resident).
 *
 * Empty arenas are unmapped at once, except that at most
 * MAX_CACHED_EMPTY_ARENAS (1) is kept mapped: a program that oscillates
 * around an arena boundary (build a temporary list, drop it, repeat) would
 * otherwise pay an mmap, a munmap and 64 page faults per cycle.  One spare
 * arena absorbs that oscillation; more would only hold memory the rest of the
 * process could use.  gp_mem_trim() releases the cached one.
 *
 * Is this pointer ours?  The arena map
 * ====================================
 * gp_mem_free receives both pool blocks and malloc'd blocks and must tell
 * them apart from the address alone.  CPython historically masked the address
 * down to its pool, read an arena index from that "pool header" and validated
 * it against the arena table.  That reads memory the pointer does not own
 * -- possibly an unmapped page, possibly bytes of a malloc'd neighbour that
 * happen to look valid -- which is why it needs careful reasoning and
 * sanitizer suppressions.  We use a radix tree over arena addresses instead:
 *
 *   key  = address >> 18            (one key per 256 KiB-aligned chunk)
 *   top  = arena_map[key >> 15]     (static array of 32768 leaf pointers)
 *   leaf = top[key & 0x7fff]        (struct gp_arena *, or NULL)
 *
 * Two dependent loads, no access to the memory at the pointer, exact answers:
 * because arenas are aligned to their size, each arena covers exactly one
 * chunk, and no malloc'd block can lie in a chunk owned by an arena (the whole
 * chunk is our mapping).  So a non-NULL leaf means "pool block" with no false
 * positives and no false negatives.  The key space covers 48-bit addresses
 * (the user half of x86-64 and arm64 with 4-level page tables); a pointer
 * above that is not ours, and an mmap result above it is refused (we would
 * fall back to malloc).  Leaves are 256 KiB of calloc'd zeroes, of which only
 * the touched pages become resident; a process needs one or two.
 *
 * Aligned arenas are obtained by mmapping 256 KiB and keeping it when it is
 * already aligned (usual after the first one: the kernel places consecutive
 * mappings next to each other), else mapping 512 KiB and unmapping the
 * misaligned head and tail.
 *
 * Large and zero-sized requests
 * =============================
 * More than 512 bytes: malloc.  Python objects of that size are buffers and
 * big containers whose cost is dominated by filling them, not allocating them.
 * Zero bytes: malloc(1), so the caller gets a unique pointer as CPython does.
 * gp_mem_realloc of a pool block to a larger class moves it (to a pool or to
 * malloc); to a much smaller class (less than half the block) it also moves;
 * otherwise the block stays.  gp_mem_realloc of a malloc'd block always stays
 * with realloc, even when it shrinks to a small size: we do not know its old
 * size portably, so we could not copy it into a pool block safely.
 *
 * Why there is no lock and no atomic operation
 * ============================================
 * Every structure in this file -- usedpools, the arena buckets and map, the
 * pool headers, the free lists threaded through free blocks, the counters
 * -- is read and written only by the thread that holds the GIL.  Two
 * properties make plain loads and stores enough:
 *
 *   - Mutual exclusion: only one thread holds the GIL, so no two allocator
 *     operations ever overlap; there is no data race to make atomic.
 *   - Visibility: taking and dropping the GIL are full memory barriers.  The
 *     GIL is a pthread mutex plus condition variable, and POSIX requires
 *     pthread_mutex_lock/unlock to synchronise memory; in C11 terms the
 *     release by the old holder happens-before the acquire by the new one.
 *     So every store the previous holder made to a pool header or free list
 *     is visible to the next holder before it touches them, and the compiler
 *     cannot move allocator accesses across the (opaque) lock calls.
 *
 * Atomics would add a locked instruction or fence to a fast path that is a
 * dozen plain instructions, for no benefit.  The flip side is the rule in
 * gpmem.h: code running WITHOUT the GIL (blocking sections, ZeroMQ threads,
 * signal handlers) must not call gp_mem_* at all, not even gp_mem_free.  The
 * reference counts in object headers follow the same reasoning (object.h).
 *
 * fork(): done by the GIL holder, so no other thread can be half-way
 * through an allocator operation; the child owns a consistent private copy
 * of every arena and needs no re-initialisation (details in gpmem.h).
 *
 * Debugging: build with -DGP_MEM_DEBUG to fill fresh blocks with 0xCB and
 * freed ones with 0xDB (after the free-list link), which makes reads of
 * uninitialised or freed object memory show up as obviously wrong values.
 */
#include "mem/gpmem.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#if defined(__GLIBC__)
#  include <malloc.h>           /* malloc_usable_size */
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define LIKELY(x)   __builtin_expect(!!(x), 1)
#  define UNLIKELY(x) __builtin_expect(!!(x), 0)
#  define NOINLINE    __attribute__((noinline))
#else
#  define LIKELY(x)   (x)
#  define UNLIKELY(x) (x)
#  define NOINLINE
#endif

/* ---- geometry ------------------------------------------------------------ */

#define ALIGN_SHIFT   4                          /* 16-byte quantum          */
#define SMALL_MAX     GP_MEM_SMALL_MAX
#define NCLASSES      GP_MEM_NCLASSES
#define POOL_SIZE     GP_MEM_POOL_SIZE
#define POOL_MASK     ((uintptr_t)POOL_SIZE - 1)
#define ARENA_BITS    18
#define ARENA_SIZE    ((size_t)1 << ARENA_BITS)
#define ARENA_MASK    ((uintptr_t)ARENA_SIZE - 1)
#define NPOOLS        ((unsigned)(ARENA_SIZE / POOL_SIZE))

_Static_assert(ARENA_SIZE == GP_MEM_ARENA_SIZE, "arena size mismatch");
_Static_assert(NPOOLS == 64, "the bucket mask is one 64-bit word");
_Static_assert(NCLASSES == 32, "32 size classes");

#define CLASS_OF(n)      (((n) - 1) >> ALIGN_SHIFT)       /* n in 1..512    */
#define CLASS_SIZE(c)    ((size_t)((c) + 1) << ALIGN_SHIFT)

/* Keep at most this many entirely free arenas mapped (see the notes above:
 * one absorbs oscillation around an arena boundary; more would just hold
 * memory the rest of the process could use). */
#define MAX_CACHED_EMPTY_ARENAS 1

/* ---- data structures ----------------------------------------------------- */

typedef struct gp_block { struct gp_block *next; } gp_block;

struct gp_arena;

/* Header at the start of every pool in use.  48 bytes on 64-bit targets; the
 * first block starts at POOL_HDR (rounded up to the 16-byte quantum). */
typedef struct gp_pool {
    gp_block *freeblock;        /* LIFO list of freed blocks                 */
    char *bump;                 /* first never-handed-out block              */
    char *limit;                /* end of the last whole block               */
    struct gp_pool *next;       /* usedpools list, or arena's free pool list */
    struct gp_pool *prev;       /* usedpools list only                       */
    uint16_t nused;             /* blocks handed out and not freed           */
    uint16_t nblocks;           /* capacity for this size class              */
    uint16_t szidx;             /* size class, or POOL_IS_FREE               */
    uint16_t blocksize;
} gp_pool;

#define POOL_IS_FREE 0xFFFFu
#define POOL_HDR  ((sizeof(gp_pool) + GP_MEM_ALIGNMENT - 1) & ~(size_t)(GP_MEM_ALIGNMENT - 1))
#define POOL_OF(p) ((gp_pool *)((uintptr_t)(p) & ~POOL_MASK))

_Static_assert(sizeof(void *) != 8 || POOL_HDR == 48, "pool header layout changed:"
               " update the notes and the class table at the top");
_Static_assert((POOL_SIZE - POOL_HDR) / SMALL_MAX >= 2,
               "a pool must hold at least two blocks of the largest class: the"
               " free path assumes 'was full' and 'became empty' are distinct");

typedef struct gp_arena {
    uintptr_t base;             /* 256 KiB aligned                           */
    gp_pool *freepools;         /* used before, now free (linked by ->next)  */
    unsigned nfreepools;        /* free-listed + never carved                */
    unsigned ncarved;           /* pools [0, ncarved) have been handed out   */
    struct gp_arena *next;      /* bucket list (arenas with equal nfreepools)*/
    struct gp_arena *prev;
    struct gp_arena *all_next;  /* every mapped arena                        */
    struct gp_arena *all_prev;
} gp_arena;

/* The arena map: a two-level radix tree keyed by address >> ARENA_BITS. */
#if UINTPTR_MAX > 0xFFFFFFFFu
#  define ADDRESS_BITS 48
#else
#  define ADDRESS_BITS 32
#endif
#define MAP_KEY_BITS   (ADDRESS_BITS - ARENA_BITS)              /* 30       */
#define MAP_LEAF_BITS  (MAP_KEY_BITS / 2)                       /* 15       */
#define MAP_TOP_BITS   (MAP_KEY_BITS - MAP_LEAF_BITS)           /* 15       */
#define MAP_LEAF_LEN   ((size_t)1 << MAP_LEAF_BITS)
#define MAP_TOP_LEN    ((size_t)1 << MAP_TOP_BITS)

static gp_arena **arena_map[MAP_TOP_LEN];

/* ---- global state (protected by the GIL) ---------------------------------- */

enum { STATE_UNDECIDED = 0, STATE_POOL = 1, STATE_MALLOC = 2 };
static int mem_state = STATE_UNDECIDED;

static gp_pool *usedpools[NCLASSES];

static gp_arena *bucket[NPOOLS + 1];  /* bucket[k]: arenas with k free pools */
static uint64_t bucket_mask;          /* bit k-1 set <=> bucket[k] != NULL   */
static gp_arena *all_arenas;
static size_t cached_empty;           /* arenas in bucket[NPOOLS]            */

static struct {
    uint64_t arenas_allocated, arenas_freed;
    size_t arenas_current, arenas_highwater;
    uint64_t sys_malloc, sys_realloc, sys_free, sys_bytes, sys_fallback;
} counters;

/* ---- backend selection ----------------------------------------------------- */

static void decide_backend(void)
{
#if defined(GP_MEM_USE_MALLOC)
    mem_state = STATE_MALLOC;
#else
#  if defined(GP_SANITIZE)
    int st = STATE_MALLOC;     /* let the sanitizer see every object */
#  else
    int st = STATE_POOL;
#  endif
    const char *e = getenv("GILPY_MALLOC");
    if (e && *e) {
        if (strcmp(e, "malloc") == 0)
            st = STATE_MALLOC;
        else if (strcmp(e, "pool") == 0 || strcmp(e, "pymalloc") == 0)
            st = STATE_POOL;
        else
            fprintf(stderr, "gilpy: GILPY_MALLOC=%s not understood "
                            "(expected malloc or pool); ignored\n", e);
    }
    mem_state = st;
#endif
}

GpMemBackend gp_mem_backend(void)
{
    if (mem_state == STATE_UNDECIDED)
        decide_backend();
    return mem_state == STATE_POOL ? GP_MEM_BACKEND_POOL : GP_MEM_BACKEND_MALLOC;
}

int gp_mem_set_backend(GpMemBackend b)
{
    if (b == GP_MEM_BACKEND_MALLOC) {
        mem_state = STATE_MALLOC;
        return 0;
    }
#if defined(GP_MEM_USE_MALLOC)
    return -1;
#else
    if (b != GP_MEM_BACKEND_POOL)
        return -1;
    mem_state = STATE_POOL;
    return 0;
#endif
}

/* ---- the arena map --------------------------------------------------------- */

static inline gp_arena *arena_of(const void *p)
{
    uintptr_t key = (uintptr_t)p >> ARENA_BITS;
    if (UNLIKELY(key >> MAP_KEY_BITS))
        return NULL;
    gp_arena **leaf = arena_map[key >> MAP_LEAF_BITS];
    return leaf ? leaf[key & (MAP_LEAF_LEN - 1)] : NULL;
}

/* Record (a != NULL) or erase the owner of the chunk at base.  Recording can
 * fail only when a leaf cannot be allocated. */
static int map_set(uintptr_t base, gp_arena *a)
{
    uintptr_t key = base >> ARENA_BITS;
    if (key >> MAP_KEY_BITS)
        return -1;
    gp_arena ***slot = &arena_map[key >> MAP_LEAF_BITS];
    if (*slot == NULL) {
        if (a == NULL)
            return 0;
        *slot = calloc(MAP_LEAF_LEN, sizeof(gp_arena *));
        if (*slot == NULL)
            return -1;
    }
    (*slot)[key & (MAP_LEAF_LEN - 1)] = a;
    return 0;
}

int gp_mem_is_pool_block(const void *p)
{
    return arena_of(p) != NULL;
}

/* ---- arenas ----------------------------------------------------------------- */

static void bucket_remove(gp_arena *a)
{
    unsigned k = a->nfreepools;
    if (k == 0)
        return;                                  /* full arenas are unlisted */
    if (a->prev)
        a->prev->next = a->next;
    else if ((bucket[k] = a->next) == NULL)
        bucket_mask &= ~((uint64_t)1 << (k - 1));
    if (a->next)
        a->next->prev = a->prev;
    a->next = a->prev = NULL;
}

static void bucket_insert(gp_arena *a)
{
    unsigned k = a->nfreepools;
    if (k == 0)
        return;
    a->prev = NULL;
    a->next = bucket[k];
    if (a->next)
        a->next->prev = a;
    bucket[k] = a;
    bucket_mask |= (uint64_t)1 << (k - 1);
}

static void *map_aligned_chunk(void)
{
    const int prot = PROT_READ | PROT_WRITE, flags = MAP_PRIVATE | MAP_ANONYMOUS;
    char *p = mmap(NULL, ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (((uintptr_t)p & ARENA_MASK) == 0)
        return p;
    munmap(p, ARENA_SIZE);
    p = mmap(NULL, 2 * ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    char *aligned = (char *)(((uintptr_t)p + ARENA_MASK) & ~ARENA_MASK);
    size_t head = (size_t)(aligned - p), tail = ARENA_SIZE - head;
    if (head)
        munmap(p, head);
    if (tail)
        munmap(aligned + ARENA_SIZE, tail);
    return aligned;
}

/* Map a new arena and list it in bucket[NPOOLS].  NULL on failure. */
static gp_arena *arena_new(void)
{
    gp_arena *a = malloc(sizeof *a);
    if (a == NULL)
        return NULL;
    void *mem = map_aligned_chunk();
    if (mem == NULL) {
        free(a);
        return NULL;
    }
    memset(a, 0, sizeof *a);
    a->base = (uintptr_t)mem;
    a->nfreepools = NPOOLS;
    if (map_set(a->base, a) != 0) {          /* out of memory, or above the
                                                 address range the map covers */
        munmap(mem, ARENA_SIZE);
        free(a);
        return NULL;
    }
    a->all_next = all_arenas;
    if (all_arenas)
        all_arenas->all_prev = a;
    all_arenas = a;
    bucket_insert(a);
    cached_empty++;
    counters.arenas_allocated++;
    if (++counters.arenas_current > counters.arenas_highwater)
        counters.arenas_highwater = counters.arenas_current;
    return a;
}

/* Unmap an entirely free arena that is not in any bucket. */
static void arena_release(gp_arena *a)
{
    map_set(a->base, NULL);
    if (a->all_prev)
        a->all_prev->all_next = a->all_next;
    else
        all_arenas = a->all_next;
    if (a->all_next)
        a->all_next->all_prev = a->all_prev;
    munmap((void *)a->base, ARENA_SIZE);
    free(a);
    counters.arenas_freed++;
    counters.arenas_current--;
}

size_t gp_mem_trim(void)
{
    size_t n = 0;
    while (bucket[NPOOLS]) {
        gp_arena *a = bucket[NPOOLS];
        bucket_remove(a);
        arena_release(a);
        cached_empty--;
        n++;
    }
    return n;
}

/* ---- pools ------------------------------------------------------------------- */

static void list_unlink(gp_pool *pool)
{
    if (pool->prev)
        pool->prev->next = pool->next;
    else
        usedpools[pool->szidx] = pool->next;
    if (pool->next)
        pool->next->prev = pool->prev;
    pool->next = pool->prev = NULL;
}

/* Link pool at the head of its class list.  A full pool may only sit at the
 * head, so a full head is dropped from the list first. */
static void list_push(gp_pool *pool)
{
    unsigned cls = pool->szidx;
    gp_pool *head = usedpools[cls];
    if (head && head->nused == head->nblocks) {
        list_unlink(head);
        head = usedpools[cls];
    }
    pool->prev = NULL;
    pool->next = head;
    if (head)
        head->prev = pool;
    usedpools[cls] = pool;
}

/* Take a pool from the fullest arena that has one, set it up for class cls,
 * link it at the head of usedpools[cls] and return it.  NULL if no arena could
 * be mapped. */
static gp_pool *pool_new(unsigned cls)
{
    if (bucket_mask == 0 && arena_new() == NULL)
        return NULL;
    unsigned k = (unsigned)__builtin_ctzll(bucket_mask) + 1;
    gp_arena *a = bucket[k];
    gp_pool *pool;

    bucket_remove(a);
    if (k == NPOOLS)
        cached_empty--;
    if (a->freepools) {
        pool = a->freepools;
        a->freepools = pool->next;
    } else {
        pool = (gp_pool *)(a->base + (uintptr_t)a->ncarved * POOL_SIZE);
        a->ncarved++;
    }
    a->nfreepools--;
    bucket_insert(a);

    size_t size = CLASS_SIZE(cls);
    pool->szidx = (uint16_t)cls;
    pool->blocksize = (uint16_t)size;
    pool->nblocks = (uint16_t)((POOL_SIZE - POOL_HDR) / size);
    pool->nused = 0;
    pool->freeblock = NULL;
    pool->bump = (char *)pool + POOL_HDR;
    pool->limit = pool->bump + (size_t)pool->nblocks * size;
    list_push(pool);
    return pool;
}

/* A full pool that is not on its list got a block back: put it at the head,
 * so that it is filled again before emptier pools (which may then drain). */
static NOINLINE void pool_relink(gp_pool *pool)
{
    list_push(pool);
}

/* A pool's last block came back: return the pool to its arena, and the arena
 * to the OS if it is now entirely free and the empty-arena cache is full. */
static NOINLINE void pool_now_empty(gp_pool *pool)
{
    list_unlink(pool);              /* it had room, so it was on the list */
    pool->szidx = POOL_IS_FREE;

    gp_arena *a = arena_of(pool);
    bucket_remove(a);
    pool->next = a->freepools;
    a->freepools = pool;
    a->nfreepools++;
    if (a->nfreepools == NPOOLS) {
        if (cached_empty >= MAX_CACHED_EMPTY_ARENAS) {
            arena_release(a);
            return;
        }
        /* Keep it, as if freshly mapped: carving restarts at the front. */
        a->freepools = NULL;
        a->ncarved = 0;
        cached_empty++;
    }
    bucket_insert(a);
}

/* ---- allocation ----------------------------------------------------------------- */

#ifdef GP_MEM_DEBUG
#  define DEBUG_FILL_NEW(p, n)  memset((p), 0xCB, (n))
#  define DEBUG_FILL_FREED(p, n) \
       memset((char *)(p) + sizeof(gp_block), 0xDB, (n) - sizeof(gp_block))
#else
#  define DEBUG_FILL_NEW(p, n)   ((void)0)
#  define DEBUG_FILL_FREED(p, n) ((void)0)
#endif

static void *sys_malloc(size_t n)
{
    counters.sys_malloc++;
    counters.sys_bytes += n;
    return malloc(n ? n : 1);
}

/* Everything gp_mem_malloc does not do inline: first call, malloc backend,
 * zero and large sizes, and small sizes whose list head is full or missing. */
static NOINLINE void *malloc_slow(size_t n)
{
    if (mem_state == STATE_UNDECIDED) {
        decide_backend();
        return gp_mem_malloc(n);
    }
    if (mem_state == STATE_POOL && n - 1 < SMALL_MAX) {
        unsigned cls = CLASS_OF(n);
        gp_pool *pool = usedpools[cls];
        if (pool != NULL && pool->nused == pool->nblocks) {
            /* The fast path found the head full: retire it lazily now.  Every
             * other pool on the list has room. */
            list_unlink(pool);
            pool = usedpools[cls];
        }
        if (pool == NULL && (pool = pool_new(cls)) == NULL) {
            counters.sys_fallback++;
            return sys_malloc(n);
        }
        gp_block *b = pool->freeblock;
        if (b != NULL) {
            pool->freeblock = b->next;
        } else {
            b = (gp_block *)pool->bump;
            pool->bump += pool->blocksize;
        }
        pool->nused++;
        DEBUG_FILL_NEW(b, pool->blocksize);
        return b;
    }
    return sys_malloc(n);
}

void *gp_mem_malloc(size_t n)
{
    /* n - 1 < SMALL_MAX: 1 <= n <= 512 (n == 0 wraps around). */
    if (LIKELY(n - 1 < SMALL_MAX && mem_state == STATE_POOL)) {
        gp_pool *pool = usedpools[CLASS_OF(n)];
        if (LIKELY(pool != NULL)) {
            gp_block *b = pool->freeblock;
            if (LIKELY(b != NULL)) {                 /* reuse a freed block */
                pool->freeblock = b->next;
                pool->nused++;
                DEBUG_FILL_NEW(b, pool->blocksize);
                return b;
            }
            if (LIKELY(pool->bump < pool->limit)) {  /* never-used block */
                b = (gp_block *)pool->bump;
                pool->bump += pool->blocksize;
                pool->nused++;
                DEBUG_FILL_NEW(b, pool->blocksize);
                return b;
            }
        }
    }
    return malloc_slow(n);
}

void *gp_mem_calloc(size_t nelem, size_t elsize)
{
    size_t total;
    if (__builtin_mul_overflow(nelem, elsize, &total)) {
        errno = ENOMEM;
        return NULL;
    }
    if (mem_state == STATE_UNDECIDED)
        decide_backend();
    if (total - 1 < SMALL_MAX && mem_state == STATE_POOL) {
        void *p = gp_mem_malloc(total);
        if (p)
            memset(p, 0, total);
        return p;
    }
    counters.sys_malloc++;
    counters.sys_bytes += total;
    return total ? calloc(nelem, elsize) : calloc(1, 1);
}

void gp_mem_free(void *p)
{
    if (LIKELY(arena_of(p) != NULL)) {
        gp_pool *pool = POOL_OF(p);
        gp_block *b = p;
        DEBUG_FILL_FREED(b, pool->blocksize);
        b->next = pool->freeblock;
        pool->freeblock = b;
        unsigned was = pool->nused--;
        if (UNLIKELY(was == pool->nblocks)) {
            /* A full pool is on its list only as the head. */
            if (usedpools[pool->szidx] != pool)
                pool_relink(pool);
        } else if (UNLIKELY(was == 1)) {
            pool_now_empty(pool);
        }
        return;
    }
    if (p != NULL) {
        counters.sys_free++;
        free(p);
    }
}

void *gp_mem_realloc(void *p, size_t n)
{
    if (p == NULL)
        return gp_mem_malloc(n);
    if (arena_of(p) != NULL) {
        gp_pool *pool = POOL_OF(p);
        size_t size = pool->blocksize;
        /* Stay put when the request still fits and would not leave more than
         * half of the block unused (or would land in the same class anyway). */
        if (n != 0 && n <= size &&
            (2 * n > size || CLASS_OF(n) == pool->szidx))
            return p;
        void *q = gp_mem_malloc(n);
        if (q == NULL)
            return NULL;
        memcpy(q, p, n < size ? n : size);
        gp_mem_free(p);
        return q;
    }
    counters.sys_realloc++;
    return realloc(p, n ? n : 1);
}

size_t gp_mem_usable_size(void *p)
{
    if (p == NULL)
        return 0;
    if (arena_of(p) != NULL)
        return POOL_OF(p)->blocksize;
#if defined(__GLIBC__)
    return malloc_usable_size(p);
#else
    return 0;
#endif
}

/* ---- statistics and consistency check ---------------------------------------- */

void gp_mem_get_stats(GpMemStats *st)
{
    memset(st, 0, sizeof *st);
    st->backend = gp_mem_backend();
    st->arenas_allocated = counters.arenas_allocated;
    st->arenas_freed = counters.arenas_freed;
    st->arenas_current = counters.arenas_current;
    st->arenas_highwater = counters.arenas_highwater;
    st->arenas_cached_empty = cached_empty;
    st->sys_malloc_calls = counters.sys_malloc;
    st->sys_realloc_calls = counters.sys_realloc;
    st->sys_free_calls = counters.sys_free;
    st->sys_bytes_requested = counters.sys_bytes;
    st->sys_fallback_calls = counters.sys_fallback;

    for (unsigned c = 0; c < NCLASSES; c++) {
        st->classes[c].block_size = CLASS_SIZE(c);
        st->classes[c].blocks_per_pool = (POOL_SIZE - POOL_HDR) / CLASS_SIZE(c);
    }
    for (gp_arena *a = all_arenas; a; a = a->all_next) {
        st->pools_untouched += NPOOLS - a->ncarved;
        st->pools_free += a->nfreepools - (NPOOLS - a->ncarved);
        for (unsigned i = 0; i < a->ncarved; i++) {
            gp_pool *pool = (gp_pool *)(a->base + (uintptr_t)i * POOL_SIZE);
            if (pool->szidx == POOL_IS_FREE)
                continue;
            GpMemClassStats *cs = &st->classes[pool->szidx];
            cs->pools++;
            cs->full_pools += pool->nused == pool->nblocks;
            cs->blocks_used += pool->nused;
            cs->blocks_free += (size_t)(pool->nblocks - pool->nused);
            st->pools_used++;
            st->bytes_pool_tail_waste +=
                POOL_SIZE - POOL_HDR - (size_t)pool->nblocks * pool->blocksize;
        }
    }
    for (unsigned c = 0; c < NCLASSES; c++) {
        st->bytes_in_used_blocks += st->classes[c].blocks_used * CLASS_SIZE(c);
        st->bytes_in_avail_blocks += st->classes[c].blocks_free * CLASS_SIZE(c);
    }
    st->bytes_in_free_pools = (st->pools_free + st->pools_untouched) * POOL_SIZE;
    st->bytes_pool_headers = st->pools_used * POOL_HDR;
    st->bytes_mapped = st->arenas_current * ARENA_SIZE;
}

#define CHECK(cond, msg) do { if (!(cond)) { if (why) *why = (msg); return -1; } } while (0)

static int check_pool(gp_pool *pool, gp_arena *a, const char **why)
{
    CHECK(arena_of(pool) == a, "pool not mapped to its arena");
    CHECK(pool->szidx < NCLASSES, "pool size class out of range");
    CHECK(pool->blocksize == CLASS_SIZE(pool->szidx), "pool block size does not match its class");
    CHECK(pool->nblocks == (POOL_SIZE - POOL_HDR) / pool->blocksize, "pool capacity wrong");
    CHECK(pool->nused >= 1 && pool->nused <= pool->nblocks, "pool in use with nused out of range");
    char *first = (char *)pool + POOL_HDR;
    char *end = first + (size_t)pool->nblocks * pool->blocksize;
    CHECK(pool->bump >= first && pool->bump <= end &&
          (size_t)(pool->bump - first) % pool->blocksize == 0, "pool bump pointer out of range");
    size_t nfree = 0;
    for (gp_block *b = pool->freeblock; b; b = b->next) {
        char *cb = (char *)b;
        CHECK(cb >= first && cb < pool->bump && (size_t)(cb - first) % pool->blocksize == 0,
              "free-listed block outside its pool or misaligned");
        CHECK(++nfree <= pool->nblocks, "pool free list too long (cycle?)");
    }
    size_t unbumped = (size_t)(end - pool->bump) / pool->blocksize;
    CHECK(pool->nused + nfree + unbumped == pool->nblocks,
          "pool blocks: used + free-listed + untouched != capacity");
    return 0;
}

int gp_mem_check(const char **why)
{
    size_t on_lists[NCLASSES] = {0}, with_room[NCLASSES] = {0};
    size_t narenas = 0, nempty = 0;

    for (unsigned c = 0; c < NCLASSES; c++) {
        gp_pool *prev = NULL;
        for (gp_pool *pool = usedpools[c]; pool; prev = pool, pool = pool->next) {
            CHECK(pool->prev == prev, "usedpools list: broken back link");
            CHECK(pool->szidx == c, "usedpools list holds a pool of another class");
            CHECK(pool->nused < pool->nblocks || prev == NULL,
                  "usedpools list holds a full pool that is not its head");
            CHECK(arena_of(pool) != NULL, "usedpools pool not in the arena map");
            CHECK(++on_lists[c] <= counters.arenas_current * NPOOLS,
                  "usedpools list too long (cycle?)");
        }
    }
    for (gp_arena *a = all_arenas; a; a = a->all_next) {
        CHECK(++narenas <= counters.arenas_current, "more arenas listed than mapped");
        CHECK((a->base & ARENA_MASK) == 0, "arena not aligned");
        CHECK(arena_of((void *)a->base) == a && arena_of((void *)(a->base + ARENA_MASK)) == a,
              "arena map does not point to the arena");
        CHECK(a->ncarved <= NPOOLS, "arena carved too many pools");
        size_t nfree = 0;
        for (gp_pool *pool = a->freepools; pool; pool = pool->next) {
            uintptr_t off = (uintptr_t)pool - a->base;
            CHECK(off < (uintptr_t)a->ncarved * POOL_SIZE && (off & POOL_MASK) == 0,
                  "free pool outside the carved part of its arena");
            CHECK(pool->szidx == POOL_IS_FREE, "free pool not marked free");
            CHECK(++nfree <= NPOOLS, "arena free pool list too long (cycle?)");
        }
        CHECK(a->nfreepools == nfree + (NPOOLS - a->ncarved), "arena free pool count wrong");
        for (unsigned i = 0; i < a->ncarved; i++) {
            gp_pool *pool = (gp_pool *)(a->base + (uintptr_t)i * POOL_SIZE);
            if (pool->szidx == POOL_IS_FREE)
                continue;
            if (check_pool(pool, a, why) != 0)
                return -1;
            if (pool->nused < pool->nblocks || usedpools[pool->szidx] == pool)
                with_room[pool->szidx]++;
        }
        /* bucket membership */
        int found = 0;
        if (a->nfreepools > 0)
            for (gp_arena *b = bucket[a->nfreepools]; b; b = b->next)
                if (b == a) { found = 1; break; }
        CHECK(found == (a->nfreepools > 0), "arena missing from (or wrongly in) its bucket");
        nempty += a->nfreepools == NPOOLS;
    }
    CHECK(narenas == counters.arenas_current, "fewer arenas listed than mapped");
    CHECK(nempty == cached_empty, "cached empty arena count wrong");
    CHECK(cached_empty <= MAX_CACHED_EMPTY_ARENAS, "too many empty arenas cached");
    for (unsigned c = 0; c < NCLASSES; c++)
        CHECK(on_lists[c] == with_room[c], "a pool with room is missing from usedpools");
    /* (with_room counts pools with room plus a full head, so equal counts and
     * the per-pool checks above mean list membership is exact) */
    for (unsigned k = 1; k <= NPOOLS; k++) {
        CHECK(((bucket_mask >> (k - 1)) & 1) == (bucket[k] != NULL), "bucket mask out of sync");
        for (gp_arena *b = bucket[k]; b; b = b->next)
            CHECK(b->nfreepools == k, "arena in the wrong bucket");
    }
    if (why)
        *why = NULL;
    return 0;
}
