/* state.h -- interpreter-wide and per-thread execution state.
 *
 * Nothing about execution lives in static variables: per-thread state (the
 * current frame, the exception being raised, the exceptions being handled,
 * the recursion depth) is in a GpThreadState, one per OS thread running
 * Python, reached through a thread-local pointer; interpreter-wide state is in
 * the single GpInterp, which a forked child re-initialises (locks, GIL,
 * threads) in place.
 *
 * The eval breaker: the eval loop reads one word at a fixed set of points and
 * takes the slow path only when it is non-zero (a load and a branch). Bits
 * are set by other threads (GIL drop request), by signal handlers (pending
 * signals) and by pending calls. Where the loop checks is a policy
 * (-X preempt=instruction|backedge); see vm/eval.c.
 */
#ifndef GP_STATE_H
#define GP_STATE_H

#include <stdatomic.h>
#include <pthread.h>
#include "objects/object.h"

struct GpFrame;

enum {
    GP_BREAK_GIL_DROP   = 1u << 0,   /* another thread wants the GIL */
    GP_BREAK_SIGNALS    = 1u << 1,   /* a signal handler ran */
    GP_BREAK_PENDING    = 1u << 2,   /* pending calls */
    GP_BREAK_ASYNC_EXC  = 1u << 3,   /* an async exception for some thread */
    GP_BREAK_SCHED      = 1u << 4,   /* deterministic scheduler wants a switch point */
    GP_BREAK_TRACE      = 1u << 5,   /* some thread has a trace or profile function (vm/trace.c) */
};

/* An exception being handled (the `except` block's exception): the
 * except-blocks of the frames of one thread form a stack; generators carry
 * their own entry while they run. */
typedef struct GpExcInfo {
    GpObject *exc;                  /* the handled exception instance or NULL */
    struct GpExcInfo *previous;
} GpExcInfo;

typedef struct GpThreadState {
    struct GpInterp *interp;
    struct GpThreadState *prev, *next;   /* interp->threads list */

    struct GpFrame *frame;           /* innermost executing frame */
    GpObject *curexc;                /* exception being raised (instance), or NULL */
    GpExcInfo *exc_info;             /* top of the handled-exception stack */
    GpExcInfo exc_state;             /* base entry */

    int recursion_depth;             /* Python-level call depth */
    int recursion_headroom;          /* raised while handling a RecursionError */
    /* Trashcan (objects/object.c): nesting of deallocations, and the dead
     * objects parked when it gets too deep, freed by the outermost one. */
    int dealloc_depth;
    struct GpObject **trash;
    gp_ssize trash_n, trash_cap;
    char *c_stack_base;              /* highest address of this thread's C stack */
    char *c_stack_soft_limit;        /* below this: RecursionError */

    /* Frames live in a per-thread stack of chunks (cheap push/pop). */
    char *datastack_top, *datastack_limit;
    void *datastack_chunk;

    unsigned long thread_id;         /* pthread_self() as an integer */
    unsigned long native_id;         /* gettid() */
    GpObject *async_exc;             /* set by PyThreadState_SetAsyncExc-like calls */
    GpObject *dict;                  /* threading.local storage root */
    GpObject *sentinel;              /* _thread._set_sentinel's lock: released when the thread ends */
    void *boot;                      /* _thread's start record until the thread takes it (threadmodule.c) */
    void *gil_stats;                 /* concurrency/: per-thread GIL statistics */
    void *sched;                     /* concurrency/sched.c: -X sched bookkeeping */
    int repr_depth;
    GpObject *repr_list;             /* objects being repr'd (list) */
    /* sys.settrace / sys.setprofile for this thread (vm/trace.c) */
    GpObject *c_tracefunc;           /* global trace function or NULL */
    GpObject *c_profilefunc;         /* profile function or NULL */
    int tracing;                     /* > 0 while one of them runs: it is not traced */
} GpThreadState;

typedef struct GpInterp {
    GpThreadState *threads;          /* all thread states */
    GpThreadState *main_thread;

    GpObject *modules;               /* sys.modules (dict) */
    GpObject *builtins;              /* builtins module __dict__ */
    GpObject *sysdict;               /* sys module __dict__ */
    GpObject *builtins_module;
    GpObject *sys_module;
    GpObject *interned;              /* dict of interned strings */
    GpObject *xoptions;              /* dict: sys._xoptions */
    GpObject *atexit_callbacks;      /* list */

    int recursion_limit;             /* sys.getrecursionlimit() */
    _Atomic unsigned eval_breaker;   /* checked at back-edges and calls */
    _Atomic unsigned eval_breaker_instr; /* checked at every instruction (preempt=instruction) */
    int preempt_every_instruction;

    int flag_unbuffered, flag_inspect, flag_verbose, flag_dont_write_bytecode;
    int finalizing;
    void *gil;                       /* concurrency/gil.c */
} GpInterp;

extern GpInterp gp_interp_main;
extern _Thread_local GpThreadState *gp_tstate_current;

static inline GpThreadState *gp_tstate(void) { return gp_tstate_current; }
static inline GpInterp *gp_interp(void) { return &gp_interp_main; }

GpThreadState *gp_tstate_new(GpInterp *interp);   /* not yet current */
void gp_tstate_delete(GpThreadState *ts);
void gp_tstate_bind(GpThreadState *ts);            /* make current for this OS thread; records C stack bounds */

/* Set/clear a bit of the eval breaker (any thread, async-signal-safe). */
void gp_breaker_set(GpInterp *in, unsigned bits);
void gp_breaker_clear(GpInterp *in, unsigned bits);

#endif
