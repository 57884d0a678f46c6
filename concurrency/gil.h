/* gil.h -- the global interpreter lock (concurrency/gil.c explains it).
 *
 * Only the thread that holds the GIL runs Python code or touches Python
 * objects. C code that is about to block (sleep, I/O, waiting on a lock or a
 * condition) releases it around the blocking part:
 *
 *     GP_BEGIN_ALLOW_THREADS
 *     n = read(fd, buf, size);        <- no Python objects here
 *     GP_END_ALLOW_THREADS
 *
 * Everything between the two macros must leave Python objects, the
 * allocator and the interpreter state alone.
 */
#ifndef GP_CONCURRENCY_GIL_H
#define GP_CONCURRENCY_GIL_H

#include <stdint.h>
#include "vm/state.h"

/* Per-thread statistics (ts->gil_stats), kept for the -X gil-stats table;
 * records outlive their thread (they stay on a global list). */
typedef struct GpGilStats {
    struct GpGilStats *next;
    unsigned long ident;             /* threading.get_ident() */
    unsigned long native_id;
    char name[64];                   /* threading's name, when it told us */
    uint64_t acquisitions;           /* times this thread took the GIL */
    uint64_t forced_drops;           /* drop requests honoured (forced switches) */
    uint64_t voluntary_drops;        /* releases around blocking calls */
    uint64_t drop_requests;          /* times this thread asked the holder to drop it */
    uint64_t held_ns, waited_ns, blocked_ns;
    uint64_t since_ns;               /* start of the current held/wait/blocked span */
    int alive;
} GpGilStats;

/* Create the GIL; the calling (main) thread takes it. `interval` in seconds
 * (<= 0: the default 0.005). Reads -X gil-stats / gil-trace / sched from
 * sys._xoptions when they are already known (see gp_gil_configure). */
int gp_gil_init(GpInterp *in, double interval);
int gp_gil_configure(GpInterp *in);   /* after sys._xoptions exists */

/* Take / drop the GIL for the calling thread's state. */
void gp_gil_take(GpThreadState *ts);
void gp_gil_drop(GpThreadState *ts);

/* Around a blocking call (the macros above). */
GpThreadState *gp_gil_release_for_blocking(void);
void gp_gil_reacquire_after_blocking(GpThreadState *ts);

#define GP_BEGIN_ALLOW_THREADS { GpThreadState *_gp_save = gp_gil_release_for_blocking();
#define GP_END_ALLOW_THREADS gp_gil_reacquire_after_blocking(_gp_save); }
/* For code that must re-acquire in the middle (e.g. to check signals). */
#define GP_BLOCK_THREADS gp_gil_reacquire_after_blocking(_gp_save);
#define GP_UNBLOCK_THREADS _gp_save = gp_gil_release_for_blocking();

/* Is the GIL currently held by the calling thread? */
int gp_gil_held(void);

/* The eval breaker hook (vm/signals.c calls it): honour a drop request. */
int gp_gil_breaker(GpThreadState *ts, unsigned bits);

/* sys.getswitchinterval / setswitchinterval */
double gp_gil_get_switch_interval(void);
int gp_gil_set_switch_interval(double seconds);

/* A new thread's life. The creator (holding the GIL) makes the state with
 * gp_tstate_new() and registers it with gp_gil_thread_started(); the new OS
 * thread calls gp_tstate_bind(ts) and gp_gil_take(ts), runs, and finally
 * gp_gil_thread_exit(ts), which frees the state (GIL held on entry) and then
 * releases the GIL without touching it. */
void gp_gil_thread_started(GpThreadState *ts);
void gp_gil_thread_exit(GpThreadState *ts);

/* Shutdown: from now on only `ts` may run Python; any other thread that
 * tries to take the GIL exits at once (abandoned daemon threads). */
void gp_gil_set_finalizing(GpThreadState *ts);
/* Print the -X gil-stats table / write the -X gil-trace file (at exit). */
void gp_gil_report(void);
/* Name shown for the calling thread in the statistics. */
void gp_gil_set_thread_name(const char *name);

/* In a forked child: the locks re-created, held by `ts` (fork.c). */
void gp_gil_after_fork_child(GpThreadState *ts);

/* sys._current_frames(): {ident: innermost frame} of every thread (threadframes.c). */
GpObject *gp_threads_current_frames(void);

/* Monotonic clock in nanoseconds. */
uint64_t gp_gil_now_ns(void);

#endif
