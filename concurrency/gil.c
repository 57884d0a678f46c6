/* gil.c -- the global interpreter lock, CPython's "new GIL" (3.2+).
 *
 * Why a GIL
 * ---------
 * Reference counts, the small-object allocator, the collector's lists, dict
 * and list internals: none of it is thread-safe, and making each operation
 * atomic would slow down every single-threaded program. One lock around the
 * interpreter makes all of it safe at the price that only one thread runs
 * Python at a time. Threads still help programs that wait (I/O, sleep,
 * locks): a thread releases the GIL around every blocking call.
 *
 * The lock
 * --------
 * `locked` is a flag protected by `mutex`; threads that want the GIL sleep
 * on `cond`. Releasing sets locked = 0 and signals cond.
 *
 * Timed switching
 * ---------------
 * A thread running pure Python never blocks, so it would never release the
 * GIL by itself. A waiting thread therefore waits on `cond` for at most one
 * switch interval (default 5 ms, sys.setswitchinterval). If the interval
 * passes and no switch happened meanwhile (`switch_number` unchanged), it
 * sets the GIL drop request: a bit in the eval breaker, the word the eval
 * loop checks between instructions. The holder sees it at its next check,
 * drops the GIL, and asks for it again -- behind the waiter.
 *
 * Where the holder checks is a policy (vm/state.c gp_breaker_set):
 *   -X preempt=instruction  before any instruction (CPython <= 3.9), so a
 *                           thread can lose the GIL between the load and the
 *                           store of `balance += 1`: races become visible;
 *   -X preempt=backedge     only at loop back-edges and calls (CPython 3.10+).
 *
 * Forced switching
 * ----------------
 * Releasing and re-acquiring would let the releasing thread win again most
 * of the time (it is already running; the waiter must be woken up). So a
 * thread that drops the GIL because of a drop request then waits on
 * `switch_cond` until another thread has actually taken it (`last_holder`
 * changed). This is what makes the interval a real time slice.
 *
 * Convoy effect
 * -------------
 * Like CPython, a thread coming back from I/O must wait up to an interval
 * for a CPU-bound holder to honour the drop request; an I/O loop beside a
 * CPU-bound thread is slowed down accordingly (benchmarks/ shows it).
 *
 * Exit
 * ----
 * Once the interpreter is finalizing, any thread other than the finalizing
 * one that tries to take the GIL exits at once (pthread_exit): daemon
 * threads are abandoned and never run Python again.
 *
 * Observability
 * -------------
 * Every take/drop updates the thread's GpGilStats (two clock reads per
 * switch; a blocking call costs the same as its syscall's own clock work).
 * With -X gil-trace=FILE the same points also record events into a bounded
 * buffer, written as a Chrome trace-event timeline at exit.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "concurrency/giltrace.h"
#include "concurrency/sched.h"

/* CPython's default switch interval: 5 ms is short enough that a waiting
 * thread is not noticeably delayed and long enough that switching costs
 * (cache misses, syscalls) stay far below 1% of the time. */
#define GP_GIL_DEFAULT_INTERVAL_US 5000

typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    pthread_mutex_t switch_mutex;
    pthread_cond_t switch_cond;
    _Atomic int locked;
    _Atomic(GpThreadState *) last_holder;
    unsigned long switch_number;          /* protected by mutex */
    _Atomic long interval_us;
    _Atomic(GpThreadState *) finalizing;
    int created;
} Gil;

static Gil gil;
static GpGilStats *stats_head;            /* every thread's record, GIL-protected */
static int stats_on_exit;                 /* -X gil-stats */
static _Thread_local int holding;         /* does this OS thread hold the GIL? */

uint64_t gp_gil_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void init_locks(void)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&gil.mutex, NULL);
    pthread_cond_init(&gil.cond, &ca);
    pthread_mutex_init(&gil.switch_mutex, NULL);
    pthread_cond_init(&gil.switch_cond, &ca);
    pthread_condattr_destroy(&ca);
}

static GpGilStats *stats_of(GpThreadState *ts)
{
    if (!ts->gil_stats) {
        GpGilStats *s = calloc(1, sizeof *s);
        if (!s)
            return NULL;
        s->ident = ts->thread_id;
        s->native_id = ts->native_id;
        s->alive = 1;
        ts->gil_stats = s;
        /* linked by the GIL holder only: see gp_gil_thread_started */
    }
    return ts->gil_stats;
}

static void stats_link(GpGilStats *s)
{
    GpGilStats **p = &stats_head;
    while (*p)
        p = &(*p)->next;
    *p = s;
}

static int must_exit(GpThreadState *ts)
{
    GpThreadState *f = atomic_load_explicit(&gil.finalizing, memory_order_acquire);
    return f != NULL && f != ts;
}

static void exit_abandoned_thread(void)
{
    /* The interpreter is going away: this (daemon) thread must never touch
     * it again. */
    pthread_exit(NULL);
}

static void set_drop_request(GpInterp *in)
{
    gp_breaker_set(in, GP_BREAK_GIL_DROP);
}

static void reset_drop_request(GpInterp *in)
{
    gp_breaker_clear(in, GP_BREAK_GIL_DROP);
}

static struct timespec deadline_after_us(long us)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += us / 1000000;
    t.tv_nsec += (us % 1000000) * 1000;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

/* ---- take / drop -------------------------------------------------------- */

void gp_gil_take(GpThreadState *ts)
{
    if (must_exit(ts))
        exit_abandoned_thread();
    GpGilStats *st = stats_of(ts);
    uint64_t t0 = gp_gil_now_ns();
    gp_giltrace_event(ts, GP_TRACE_WAIT_BEGIN, t0);
    if (gp_sched_on) {
        gp_sched_take(ts);
        holding = 1;
        if (must_exit(ts)) {
            gp_sched_release(ts);
            exit_abandoned_thread();
        }
        goto taken;
    }
    pthread_mutex_lock(&gil.mutex);
    while (atomic_load_explicit(&gil.locked, memory_order_relaxed)) {
        unsigned long saved = gil.switch_number;
        long us = atomic_load_explicit(&gil.interval_us, memory_order_relaxed);
        struct timespec dl = deadline_after_us(us >= 1 ? us : 1);
        int r = pthread_cond_timedwait(&gil.cond, &gil.mutex, &dl);
        /* Timed out and nobody switched meanwhile: ask the holder to drop it. */
        if (r == ETIMEDOUT && atomic_load_explicit(&gil.locked, memory_order_relaxed) &&
            gil.switch_number == saved) {
            if (must_exit(ts)) {
                pthread_mutex_unlock(&gil.mutex);
                exit_abandoned_thread();
            }
            set_drop_request(ts->interp);
            if (st)
                st->drop_requests++;
            gp_giltrace_event(ts, GP_TRACE_DROP_REQUEST, gp_gil_now_ns());
        }
    }
    /* switch_mutex must be held while last_holder changes: see gp_gil_drop */
    pthread_mutex_lock(&gil.switch_mutex);
    atomic_store_explicit(&gil.locked, 1, memory_order_relaxed);
    if (atomic_load_explicit(&gil.last_holder, memory_order_relaxed) != ts) {
        atomic_store_explicit(&gil.last_holder, ts, memory_order_relaxed);
        gil.switch_number++;
    }
    pthread_cond_signal(&gil.switch_cond);
    pthread_mutex_unlock(&gil.switch_mutex);
    holding = 1;
    if (must_exit(ts)) {
        pthread_mutex_unlock(&gil.mutex);
        gp_gil_drop(ts);
        exit_abandoned_thread();
    }
    /* A drop request meant for the previous holder is satisfied by this
     * switch; any other breaker bits (signals, async exceptions) stay. */
    reset_drop_request(ts->interp);
    if (ts->async_exc)
        gp_breaker_set(ts->interp, GP_BREAK_ASYNC_EXC);
    pthread_mutex_unlock(&gil.mutex);
taken:;
    uint64_t t1 = gp_gil_now_ns();
    if (st) {
        st->acquisitions++;
        st->waited_ns += t1 - t0;
        st->since_ns = t1;
    }
    gp_giltrace_event(ts, GP_TRACE_HOLD_BEGIN, t1);
}

/* Mark the GIL free and wake one waiter. */
static void unlock_gil(void)
{
    pthread_mutex_lock(&gil.mutex);
    atomic_store_explicit(&gil.locked, 0, memory_order_relaxed);
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mutex);
}

/* Release. `forced`: because of a drop request, so wait until another
 * thread has really taken the GIL (forced switching). */
static void drop_gil(GpThreadState *ts, int forced)
{
    GpGilStats *st = ts->gil_stats;
    uint64_t now = gp_gil_now_ns();
    if (st)
        st->held_ns += now - st->since_ns;
    gp_giltrace_event(ts, GP_TRACE_HOLD_END, now);
    holding = 0;
    if (gp_sched_on) {
        gp_sched_release(ts);
        return;
    }
    unlock_gil();
    if (forced) {
        pthread_mutex_lock(&gil.switch_mutex);
        /* not switched yet: wait (the drop request is ours to reset) */
        if (atomic_load_explicit(&gil.last_holder, memory_order_relaxed) == ts) {
            reset_drop_request(ts->interp);
            pthread_cond_wait(&gil.switch_cond, &gil.switch_mutex);
        }
        pthread_mutex_unlock(&gil.switch_mutex);
    }
}

void gp_gil_drop(GpThreadState *ts)
{
    drop_gil(ts, 0);
}

int gp_gil_held(void)
{
    return holding;
}

GpThreadState *gp_gil_release_for_blocking(void)
{
    GpThreadState *ts = gp_tstate_current;
    if (!ts || !holding)
        return NULL;
    if (ts->gil_stats)
        ((GpGilStats *)ts->gil_stats)->voluntary_drops++;
    drop_gil(ts, 0);
    uint64_t now = gp_gil_now_ns();
    if (ts->gil_stats)
        ((GpGilStats *)ts->gil_stats)->since_ns = now;
    gp_giltrace_event(ts, GP_TRACE_BLOCK_BEGIN, now);
    return ts;
}

void gp_gil_reacquire_after_blocking(GpThreadState *ts)
{
    if (!ts)
        return;
    int saved_errno = errno;
    uint64_t now = gp_gil_now_ns();
    if (ts->gil_stats)
        ((GpGilStats *)ts->gil_stats)->blocked_ns += now - ((GpGilStats *)ts->gil_stats)->since_ns;
    gp_giltrace_event(ts, GP_TRACE_BLOCK_END, now);
    gp_gil_take(ts);
    errno = saved_errno;
}

/* ---- the eval breaker --------------------------------------------------- */

int gp_gil_breaker(GpThreadState *ts, unsigned bits)
{
    if (bits & GP_BREAK_SCHED)
        gp_sched_tick(ts);
    if ((bits & GP_BREAK_GIL_DROP) && !gp_sched_on) {
        GpGilStats *st = ts->gil_stats;
        if (st)
            st->forced_drops++;
        gp_giltrace_event(ts, GP_TRACE_FORCED_SWITCH, gp_gil_now_ns());
        drop_gil(ts, 1);
        /* other threads run now */
        gp_gil_take(ts);
    }
    if (ts->async_exc) {
        GpObject *exc = ts->async_exc;
        ts->async_exc = NULL;
        gp_breaker_clear(ts->interp, GP_BREAK_ASYNC_EXC);
        if (GP_EXC_CLASS_CHECK(exc))
            gp_err_set_none((GpType *)exc);
        else
            gp_err_set_object(GP_TYPE(exc), exc);
        GP_DECREF(exc);
        return -1;
    }
    if (bits & GP_BREAK_ASYNC_EXC) {
        /* meant for another thread: keep the bit only if someone still has one */
        int any = 0;
        for (GpThreadState *t = ts->interp->threads; t; t = t->next)
            if (t->async_exc)
                any = 1;
        if (!any)
            gp_breaker_clear(ts->interp, GP_BREAK_ASYNC_EXC);
    }
    return 0;
}

/* ---- configuration ------------------------------------------------------ */

double gp_gil_get_switch_interval(void)
{
    return (double)atomic_load_explicit(&gil.interval_us, memory_order_relaxed) / 1e6;
}

int gp_gil_set_switch_interval(double seconds)
{
    if (!(seconds > 0)) {
        gp_err_set_string(&GpExc_ValueError, "switch interval must be strictly positive");
        return -1;
    }
    double us = seconds * 1e6;
    long v = us > 1e15 ? (long)1e15 : (long)us;
    atomic_store_explicit(&gil.interval_us, v < 1 ? 1 : v, memory_order_relaxed);
    return 0;
}

int gp_gil_init(GpInterp *in, double interval)
{
    if (!gil.created) {
        init_locks();
        gil.created = 1;
    }
    in->gil = &gil;
    atomic_store(&gil.interval_us, interval > 0 ? (long)(interval * 1e6) : GP_GIL_DEFAULT_INTERVAL_US);
    if (atomic_load(&gil.interval_us) < 1)
        atomic_store(&gil.interval_us, 1);
    atomic_store(&gil.locked, 0);
    atomic_store(&gil.finalizing, NULL);
    GpThreadState *ts = gp_tstate_current;
    if (ts) {
        gp_gil_thread_started(ts);
        gp_gil_take(ts);
    }
    return 0;
}

int gp_gil_configure(GpInterp *in)
{
    if (!in->xoptions)
        return 0;
    if (gp_dict_getitem_str(in->xoptions, "gil-stats"))
        stats_on_exit = 1;
    GpObject *sched = gp_dict_getitem_str(in->xoptions, "sched");
    if (sched) {
        /* -X sched=SEED or SEED:MEAN_SLICE (instructions) */
        const char *v = GP_STR_CHECK(sched) ? GP_STR_DATA(sched) : "0";
        char *end;
        unsigned long long seed = strtoull(v, &end, 10);
        long mean = 0;
        if (*end == ':')
            mean = strtol(end + 1, &end, 10);
        if (*end || end == v) {
            fprintf(stderr, "gilpy: -X sched expects SEED or SEED:SLICE (integers), got '%s'\n", v);
            return -1;
        }
        gp_sched_start(in, seed, mean);
        GpThreadState *ts = gp_tstate_current;
        if (ts) {
            gp_sched_register(ts);
            gp_sched_take(ts);   /* the baton is free: the only thread takes it */
        }
    }
    GpObject *trace = gp_dict_getitem_str(in->xoptions, "gil-trace");
    if (trace && GP_STR_CHECK(trace) && gp_giltrace_start(GP_STR_DATA(trace)) < 0) {
        fprintf(stderr, "gilpy: -X gil-trace: cannot record a trace\n");
        return -1;
    }
    return 0;
}

/* ---- threads ------------------------------------------------------------ */

void gp_gil_thread_started(GpThreadState *ts)
{
    GpGilStats *s = stats_of(ts);
    if (s && !s->next && stats_head != s) {
        /* The creator holds the GIL (or this is the main thread at start). */
        stats_link(s);
    }
    if (gp_sched_on && !ts->sched)
        gp_sched_register(ts);
}

void gp_gil_thread_exit(GpThreadState *ts)
{
    GpGilStats *s = ts->gil_stats;
    uint64_t now = gp_gil_now_ns();
    if (s) {
        s->held_ns += now - s->since_ns;
        s->alive = 0;
    }
    gp_giltrace_event(ts, GP_TRACE_HOLD_END, now);
    ts->gil_stats = NULL;   /* the record stays on the list for the report */
    void *sched = ts->sched;
    ts->sched = NULL;
    gp_tstate_delete(ts);   /* with the GIL: it unlinks from interp->threads */
    holding = 0;
    if (gp_sched_on) {
        gp_sched_leave(sched);   /* hands the baton on; the OS thread just ends */
        return;
    }
    unlock_gil();
}

void gp_gil_set_thread_name(const char *name)
{
    GpThreadState *ts = gp_tstate_current;
    GpGilStats *s = ts ? stats_of(ts) : NULL;
    if (s) {
        snprintf(s->name, sizeof s->name, "%s", name);
    }
}

void gp_gil_set_finalizing(GpThreadState *ts)
{
    atomic_store_explicit(&gil.finalizing, ts, memory_order_release);
}

/* ---- the report ---------------------------------------------------------- */

static void print_row(FILE *f, const char *label, const GpGilStats *s)
{
    fprintf(f, "%-22.22s %10llu %10.3f %10.3f %10.3f %8llu %8llu %8llu\n", label,
            (unsigned long long)s->acquisitions, s->held_ns / 1e6, s->waited_ns / 1e6,
            s->blocked_ns / 1e6, (unsigned long long)s->forced_drops,
            (unsigned long long)s->voluntary_drops, (unsigned long long)s->drop_requests);
}

void gp_gil_report(void)
{
    GpThreadState *ts = gp_tstate_current;
    if (ts && ts->gil_stats && holding) {
        /* close the main thread's running span */
        GpGilStats *s = ts->gil_stats;
        uint64_t now = gp_gil_now_ns();
        s->held_ns += now - s->since_ns;
        s->since_ns = now;
    }
    gp_giltrace_finish(stats_head);
    if (!stats_on_exit)
        return;
    FILE *f = stderr;
    fprintf(f, "\nGIL statistics (switch interval %.3f ms, preempt=%s)\n",
            gp_gil_get_switch_interval() * 1e3,
            gp_interp()->preempt_every_instruction ? "instruction" : "backedge");
    fprintf(f, "%-22s %10s %10s %10s %10s %8s %8s %8s\n", "thread", "acquired", "held ms",
            "waited ms", "blocked ms", "forced", "volunt.", "requests");
    GpGilStats total;
    memset(&total, 0, sizeof total);
    int n = 0;
    for (GpGilStats *s = stats_head; s; s = s->next, n++) {
        char label[64];
        if (s->name[0])
            snprintf(label, sizeof label, "%s", s->name);
        else
            snprintf(label, sizeof label, n == 0 ? "MainThread" : "thread-%lu", s->native_id);
        print_row(f, label, s);
        total.acquisitions += s->acquisitions;
        total.held_ns += s->held_ns;
        total.waited_ns += s->waited_ns;
        total.blocked_ns += s->blocked_ns;
        total.forced_drops += s->forced_drops;
        total.voluntary_drops += s->voluntary_drops;
        total.drop_requests += s->drop_requests;
    }
    print_row(f, "total", &total);
    fflush(f);
}

/* ---- fork ------------------------------------------------------------------ */

/* In the child only the forking thread exists: it holds the GIL; the locks
 * are re-created (another thread may have held the mutexes at fork time). */
void gp_gil_after_fork_child(GpThreadState *ts)
{
    init_locks();
    atomic_store(&gil.locked, 1);
    atomic_store(&gil.last_holder, ts);
    gil.switch_number = 0;
    holding = 1;
    reset_drop_request(ts->interp);
}
