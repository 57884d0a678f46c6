/* gpmem.h -- gilpy's small-object allocator (implementation: obmalloc.c,
 * report formatting: memstats.c).
 *
 * Requests of 1..512 bytes are served from pools of equal-sized blocks carved
 * out of 256 KiB arenas; everything else (0 bytes, more than 512 bytes) goes
 * to the C library's malloc.  Every pointer returned is aligned to 16 bytes.
 * See the comment at the top of obmalloc.c for the design.
 *
 * Contract
 * --------
 *   - A pointer obtained from gp_mem_malloc/calloc/realloc must be released
 *     with gp_mem_free or resized with gp_mem_realloc, never with free() or
 *     realloc() (a pool block is not a malloc chunk).
 *   - gp_mem_free and gp_mem_realloc also accept pointers that came from the C
 *     library's malloc/calloc/realloc: they recognise them and hand them to
 *     free/realloc.  gp_mem_free(NULL) does nothing.
 *   - gp_mem_malloc(0) and gp_mem_realloc(p, 0) return a unique non-NULL
 *     pointer (backed by malloc(1)) unless memory is exhausted; realloc to 0
 *     never acts as free.
 *   - On failure the functions return NULL with errno set by the C library
 *     (ENOMEM); gp_mem_realloc then leaves the old block untouched.
 *
 * Threads: the GIL is the lock
 * ----------------------------
 * The allocator has no lock and no atomic operation.  That is sound because
 * every caller holds the GIL: the GIL is a mutex, so taking it gives the
 * acquiring thread a happens-before edge with everything the previous holder
 * did, including its updates to the pool lists.  Two consequences:
 *
 *   - Code that runs WITHOUT the GIL must not call any gp_mem_* function, not
 *     even gp_mem_free on a malloc'd pointer (the ownership test reads the
 *     arena map, which a GIL holder may be changing).  That means: the body
 *     of a blocking call between "release GIL" and "reacquire GIL" (I/O
 *     buffers, select sets), the GIL instrumentation/tracing code that runs
 *     while waiting for the GIL, ZeroMQ's background I/O threads and any
 *     callback they run, signal handlers, and helper threads that never take
 *     the GIL.  They use malloc/free.  Memory may cross the line only as
 *     malloc'd memory: a buffer malloc'd without the GIL can later be given
 *     to gp_mem_free by a GIL holder; the reverse (gp_mem_malloc'd block
 *     passed to free()) is always wrong.
 *   - fork() (multiprocessing) is done by the thread that holds the GIL, so no
 *     other thread can be half-way through an allocator operation: the child
 *     gets a consistent private copy of every arena and simply goes on using
 *     it.  Nothing needs re-initialising after fork.
 *
 * Choosing the allocator
 * ----------------------
 *   - Compile with -DGP_MEM_USE_MALLOC: every request goes to malloc; the pool
 *     code is never used (gp_mem_set_backend(GP_MEM_BACKEND_POOL) fails).
 *   - Built with GP_SANITIZE (the sanitizer build): the default backend is
 *     malloc, so ASan/TSan/valgrind see every object individually.
 *   - At run time, environment variable GILPY_MALLOC, read once at the first
 *     allocator call: "malloc" routes every request to malloc; "pool" (or
 *     "pymalloc") selects the pools even in a sanitizer build.
 *   - gp_mem_set_backend() switches at any time (e.g. from a -X option).
 *     Switching is safe with live blocks: gp_mem_free/realloc recognise pool
 *     blocks whichever backend is active; the backend only decides where NEW
 *     blocks come from.
 */
#ifndef GP_MEM_GPMEM_H
#define GP_MEM_GPMEM_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Geometry (fixed at compile time; documented in obmalloc.c). */
#define GP_MEM_ALIGNMENT   16          /* every block is 16-byte aligned     */
#define GP_MEM_SMALL_MAX   512         /* largest request served by a pool  */
#define GP_MEM_NCLASSES    (GP_MEM_SMALL_MAX / GP_MEM_ALIGNMENT)   /* 32    */
#define GP_MEM_POOL_SIZE   ((size_t)4 << 10)                       /* 4 KiB  */
#define GP_MEM_ARENA_SIZE  ((size_t)256 << 10)                     /* 256 KiB*/
#define GP_MEM_POOLS_PER_ARENA (GP_MEM_ARENA_SIZE / GP_MEM_POOL_SIZE) /* 64 */

#if defined(__GNUC__) || defined(__clang__)
#  define GP_MEM_ATTR_MALLOC(...) __attribute__((malloc, alloc_size(__VA_ARGS__)))
#  define GP_MEM_ATTR_SIZE(...)   __attribute__((alloc_size(__VA_ARGS__)))
#else
#  define GP_MEM_ATTR_MALLOC(...)
#  define GP_MEM_ATTR_SIZE(...)
#endif

void *gp_mem_malloc(size_t n) GP_MEM_ATTR_MALLOC(1);
void *gp_mem_calloc(size_t nelem, size_t elsize) GP_MEM_ATTR_MALLOC(1, 2);
void *gp_mem_realloc(void *p, size_t n) GP_MEM_ATTR_SIZE(2);
void  gp_mem_free(void *p);

/* Bytes usable at p: the block size of its size class for a pool block
 * (16, 32, ..., 512); for a malloc'd block malloc_usable_size() where the C
 * library has it (glibc), else 0.  0 for NULL. */
size_t gp_mem_usable_size(void *p);

/* 1 if p points into a block handed out by a pool (a live one or not), 0 for
 * malloc'd pointers, NULL and any other address.  Never touches memory at p. */
int gp_mem_is_pool_block(const void *p);

typedef enum {
    GP_MEM_BACKEND_POOL = 1,     /* small requests from pools (default)     */
    GP_MEM_BACKEND_MALLOC = 2    /* everything from malloc                  */
} GpMemBackend;

/* The active backend (decides it from GILPY_MALLOC if nothing was decided). */
GpMemBackend gp_mem_backend(void);
/* Select the backend for future allocations.  Returns 0, or -1 if the pool
 * was compiled out (GP_MEM_USE_MALLOC) and POOL was asked for. */
int gp_mem_set_backend(GpMemBackend b);

/* Give every cached empty arena back to the OS (see MAX_CACHED_EMPTY_ARENAS
 * in obmalloc.c).  Returns the number of arenas released. */
size_t gp_mem_trim(void);

/* Walk every arena and pool and verify the allocator's invariants (block
 * counts, free lists inside their pool, list membership, arena buckets).
 * Returns 0 when consistent; otherwise -1 and, if why != NULL, *why points to
 * a static description of the first violation.  Cost: proportional to the
 * number of pools plus free blocks; meant for tests and debugging. */
int gp_mem_check(const char **why);

/* ---- statistics ---------------------------------------------------------- */

typedef struct {
    size_t block_size;      /* 16 * (class + 1)                              */
    size_t pools;           /* pools currently serving this class            */
    size_t full_pools;      /* ... of which have no available block          */
    size_t blocks_per_pool; /* capacity of one pool of this class            */
    size_t blocks_used;     /* blocks handed out and not freed               */
    size_t blocks_free;     /* available blocks in this class's pools        */
} GpMemClassStats;

typedef struct {
    GpMemBackend backend;
    /* arenas */
    uint64_t arenas_allocated;     /* mmap'ed since start                     */
    uint64_t arenas_freed;         /* munmap'ed since start                   */
    size_t   arenas_current;       /* mapped now                              */
    size_t   arenas_highwater;     /* largest arenas_current seen             */
    size_t   arenas_cached_empty;  /* mapped, entirely free, kept for reuse   */
    /* pools, over all current arenas */
    size_t   pools_used;           /* serving some size class                 */
    size_t   pools_free;           /* used before, now back in their arena    */
    size_t   pools_untouched;      /* never carved out of their arena yet     */
    /* bytes, over all current arenas */
    size_t   bytes_in_used_blocks;     /* sum of block sizes of live blocks   */
    size_t   bytes_in_avail_blocks;    /* free blocks inside used pools       */
    size_t   bytes_in_free_pools;      /* (pools_free + pools_untouched) * 4K */
    size_t   bytes_pool_headers;       /* header of every used pool           */
    size_t   bytes_pool_tail_waste;    /* pool bytes too short for a block    */
    size_t   bytes_mapped;             /* arenas_current * arena size         */
    /* requests served by the C library (large, zero-sized, fallback, and
     * everything under the malloc backend).  Counted per call: no header is
     * added to these blocks (it would cost their 16-byte alignment), so the
     * live amount of bytes is unknown; sys_malloc_calls - sys_free_calls is
     * the number of live blocks when all of them go through gp_mem_*. */
    uint64_t sys_malloc_calls;     /* malloc + calloc                          */
    uint64_t sys_realloc_calls;
    uint64_t sys_free_calls;       /* non-NULL pointers handed to free()       */
    uint64_t sys_bytes_requested;  /* sum of sizes passed to malloc/calloc     */
    uint64_t sys_fallback_calls;   /* small requests sent to malloc because an
                                      arena could not be mapped                */
    GpMemClassStats classes[GP_MEM_NCLASSES];
} GpMemStats;

/* Fill *st.  Walks the arenas (cost proportional to the number of pools). */
void gp_mem_get_stats(GpMemStats *st);

/* Print a report in the spirit of CPython's sys._debugmallocstats(): one line
 * per size class in use (class, size, pools, blocks in use, available blocks)
 * followed by arena and byte totals. */
void gp_mem_print_stats(FILE *out);

#ifdef __cplusplus
}
#endif
#endif /* GP_MEM_GPMEM_H */
