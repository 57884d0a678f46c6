/* sched.c -- deterministic scheduling: -X sched=SEED.
 *
 * Under the normal GIL, which thread runs when depends on the OS clock and
 * the OS scheduler: a race shows up in one run out of fifty and never under
 * the debugger. With -X sched=SEED the GIL becomes a baton that this file
 * hands out, and every decision comes from one PRNG seeded with SEED:
 *
 *   - when to switch: the holder runs a slice of instructions whose length
 *     is drawn from the PRNG (uniform in 1..2*mean; mean 50 by default,
 *     -X sched=SEED:MEAN to change it), then the scheduler picks the next
 *     holder;
 *   - who runs next: one of the runnable threads, drawn from the PRNG; the
 *     candidates are listed in thread-creation order, so the draw means the
 *     same thing in every run;
 *   - waiting: a thread waiting for a lock or a timed wait does not sleep in
 *     the OS; it gives the baton away and becomes runnable again when its
 *     condition holds, as checked by the baton holder at a switch point;
 *   - time: sleeps and timeouts use a virtual clock, which advances 10 ns
 *     per instruction and jumps to the next deadline when every thread
 *     waits. time.sleep(0.1) costs no real time.
 *
 * Same script + same seed = same interleaving = same output; another seed
 * explores another interleaving. What it cannot make deterministic: real
 * I/O (a read from a pipe or socket blocks in the OS and comes back when
 * the data does), other processes, the real clocks (time.time() and
 * friends), and the order of signals. A thread in a blocking call keeps
 * the baton (short I/O such as a print does not disturb the schedule); if
 * the call blocks for long (a read from a pipe or socket waiting for its
 * data), a waiting thread takes the baton back after 50 ms of real time and
 * the blocked thread rejoins the schedule when its call returns -- from
 * then on the interleaving depends on real time.
 *
 * All of this state is protected by `mu`; only the baton holder runs
 * Python, so the predicates of waiting threads (lock states) are read by
 * the holder while the owners of those locks are parked.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "gilpy.h"
#include "concurrency/sched.h"

/* A thread in a blocking call keeps the baton (a print must not reshuffle
 * the schedule); only if the call lasts this long in real time does a
 * waiting thread take the baton back: 50 ms is far above any write to a
 * terminal or file, and short enough that threads blocked in accept() or
 * a pipe read do not stall the others noticeably. */
#define GP_SCHED_STEAL_NS 50000000LL

/* The virtual cost of one instruction: 10 ns is the order of what CPython
 * spends on a simple bytecode, so virtual sleeps keep roughly their real
 * proportion to the work done meanwhile. */
#define GP_SCHED_NS_PER_TICK 10

enum { ST_RUNNABLE, ST_WAITING, ST_OUTSIDE };

typedef struct SchedThread {
    struct SchedThread *next;   /* creation order */
    GpThreadState *ts;
    pthread_cond_t cv;
    int state;
    int (*ready)(void *);
    void *arg;
    int64_t deadline;           /* virtual ns, -1: none */
    int timed_out;
    int interrupted;            /* woken by a pending signal (main thread) */
    struct timespec outside_since; /* real time the current blocking call began */
} SchedThread;

int gp_sched_on;

static struct {
    pthread_mutex_t mu;
    SchedThread *threads, *current;
    uint64_t rng;
    uint64_t vclock;
    long mean, budget;
    int warned_deadlock;
} S = { .mu = PTHREAD_MUTEX_INITIALIZER };

/* splitmix64: tiny, and good enough that consecutive seeds give unrelated
 * schedules. */
static uint64_t rng_next(void)
{
    uint64_t z = (S.rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static long draw_slice(void)
{
    return 1 + (long)(rng_next() % (uint64_t)(2 * S.mean));
}

static SchedThread *me_of(GpThreadState *ts)
{
    return ts->sched;
}

uint64_t gp_sched_vclock(void)
{
    return S.vclock;
}

int gp_sched_start(GpInterp *in, uint64_t seed, long mean_slice)
{
    S.rng = seed;
    S.mean = mean_slice > 0 ? mean_slice : 50;
    S.budget = draw_slice();
    gp_sched_on = 1;
    /* every instruction boundary is a scheduling point */
    atomic_fetch_or(&in->eval_breaker, GP_BREAK_SCHED);
    atomic_fetch_or(&in->eval_breaker_instr, GP_BREAK_SCHED);
    return 0;
}

void gp_sched_register(GpThreadState *ts)
{
    SchedThread *t = calloc(1, sizeof *t);
    if (!t) {
        fprintf(stderr, "gilpy: -X sched: out of memory\n");
        abort();
    }
    pthread_cond_init(&t->cv, NULL);
    t->ts = ts;
    t->state = ST_RUNNABLE;
    t->deadline = -1;
    pthread_mutex_lock(&S.mu);
    SchedThread **p = &S.threads;
    while (*p)
        p = &(*p)->next;
    *p = t;
    ts->sched = t;
    pthread_mutex_unlock(&S.mu);
}

/* Waiting threads whose condition now holds become runnable. */
static void refresh_waiters(void)
{
    for (SchedThread *t = S.threads; t; t = t->next) {
        if (t->state != ST_WAITING)
            continue;
        GpInterp *in = t->ts->interp;
        if (t->ts == in->main_thread &&
            (atomic_load_explicit(&in->eval_breaker, memory_order_relaxed) & GP_BREAK_SIGNALS)) {
            /* Ctrl-C reaches a waiting main thread, as without -X sched */
            t->state = ST_RUNNABLE;
            t->interrupted = 1;
        } else if (t->ready && t->ready(t->arg)) {
            t->state = ST_RUNNABLE;
            t->timed_out = 0;
        } else if (t->deadline >= 0 && (uint64_t)t->deadline <= S.vclock) {
            t->state = ST_RUNNABLE;
            t->timed_out = 1;
        }
    }
}

/* Draw the next holder among the runnable threads; when none is runnable
 * but some wait with a deadline, jump the virtual clock to the earliest.
 * NULL: nobody can run now (all wait without deadline, or are outside). */
static SchedThread *pick_next(void)
{
    for (;;) {
        refresh_waiters();
        int n = 0;
        for (SchedThread *t = S.threads; t; t = t->next)
            n += t->state == ST_RUNNABLE;
        if (n > 0) {
            int k = (int)(rng_next() % (uint64_t)n);
            for (SchedThread *t = S.threads; t; t = t->next)
                if (t->state == ST_RUNNABLE && k-- == 0)
                    return t;
        }
        int64_t earliest = -1;
        for (SchedThread *t = S.threads; t; t = t->next)
            if (t->state == ST_WAITING && t->deadline >= 0 && (earliest < 0 || t->deadline < earliest))
                earliest = t->deadline;
        if (earliest < 0)
            return NULL;
        S.vclock = (uint64_t)earliest;
    }
}

static void hand_to(SchedThread *next)
{
    S.current = next;
    if (next) {
        pthread_cond_signal(&next->cv);
    } else {
        /* the baton is free: everyone waiting re-checks (and polls for
         * signals, see wait_for_baton) */
        for (SchedThread *t = S.threads; t; t = t->next)
            pthread_cond_signal(&t->cv);
    }
}

/* Wait on me's condition for at most `ms` milliseconds (S.mu held). */
static void wait_ms(SchedThread *me, long ms)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_nsec += ms * 1000000;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    pthread_cond_timedwait(&me->cv, &S.mu, &t);
}

static void wait_for_baton(SchedThread *me)
{
    while (S.current != me) {
        if (S.current == NULL) {
            /* the baton is free (its last holder left for real I/O or
             * exited): whoever notices hands it out by the usual draw */
            SchedThread *n = pick_next();
            if (n) {
                hand_to(n);
                continue;
            }
            int outside = 0;
            for (SchedThread *t = S.threads; t; t = t->next)
                outside += t->state == ST_OUTSIDE;
            if (!outside && !S.warned_deadlock) {
                S.warned_deadlock = 1;
                fprintf(stderr, "gilpy: -X sched: every thread is waiting (deadlock)\n");
            }
            /* A signal handler cannot take `mu` to hand the baton to the
             * main thread: nobody holds the baton, so poll (20 ms) for a
             * pending signal instead. */
            wait_ms(me, 20);
            continue;
        }
        if (S.current->state == ST_OUTSIDE) {
            /* the holder is in a blocking call: take the baton back only
             * if the call has lasted long (see GP_SCHED_STEAL_NS) */
            struct timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            long long ns = (now.tv_sec - S.current->outside_since.tv_sec) * 1000000000LL +
                           (now.tv_nsec - S.current->outside_since.tv_nsec);
            if (ns >= GP_SCHED_STEAL_NS) {
                SchedThread *n = pick_next();
                if (n) {
                    hand_to(n);
                    continue;
                }
            }
            wait_ms(me, 10);
            continue;
        }
        pthread_cond_wait(&me->cv, &S.mu);
    }
}

void gp_sched_take(GpThreadState *ts)
{
    SchedThread *me = me_of(ts);
    if (!me) {
        gp_sched_register(ts);
        me = me_of(ts);
    }
    pthread_mutex_lock(&S.mu);
    if (me->state == ST_OUTSIDE)
        me->state = ST_RUNNABLE;   /* back from a blocking call */
    wait_for_baton(me);           /* at once if the baton was only lent */
    pthread_mutex_unlock(&S.mu);
}

void gp_sched_leave(void *handle)
{
    SchedThread *me = handle;
    if (!me)
        return;
    pthread_mutex_lock(&S.mu);
    SchedThread **p = &S.threads;
    while (*p && *p != me)
        p = &(*p)->next;
    if (*p)
        *p = me->next;
    if (S.current == me)
        hand_to(pick_next());
    pthread_mutex_unlock(&S.mu);
    pthread_cond_destroy(&me->cv);
    free(me);
}

void gp_sched_release(GpThreadState *ts)
{
    SchedThread *me = me_of(ts);
    if (!me)
        return;
    pthread_mutex_lock(&S.mu);
    me->state = ST_OUTSIDE;
    clock_gettime(CLOCK_REALTIME, &me->outside_since);
    /* the baton stays lent to this thread; waiters start watching the
     * clock in case the call blocks for long */
    if (S.current == me)
        for (SchedThread *t = S.threads; t; t = t->next)
            if (t != me)
                pthread_cond_signal(&t->cv);
    pthread_mutex_unlock(&S.mu);
}

void gp_sched_tick(GpThreadState *ts)
{
    SchedThread *me = me_of(ts);
    S.vclock += GP_SCHED_NS_PER_TICK;
    if (!me || --S.budget > 0)
        return;
    pthread_mutex_lock(&S.mu);
    S.budget = draw_slice();
    SchedThread *next = pick_next();
    if (next && next != me) {
        hand_to(next);
        wait_for_baton(me);
    }
    pthread_mutex_unlock(&S.mu);
}

int gp_sched_wait(GpThreadState *ts, int (*ready)(void *), void *arg, int64_t timeout_ns)
{
    SchedThread *me = me_of(ts);
    if (!me)
        return ready(arg);
    pthread_mutex_lock(&S.mu);
    me->state = ST_WAITING;
    me->ready = ready;
    me->arg = arg;
    me->deadline = timeout_ns >= 0 ? (int64_t)S.vclock + timeout_ns : -1;
    me->timed_out = 0;
    me->interrupted = 0;
    hand_to(pick_next());
    wait_for_baton(me);
    int ok = me->interrupted ? 2 : !me->timed_out;
    me->ready = NULL;
    me->arg = NULL;
    me->deadline = -1;
    me->state = ST_RUNNABLE;
    S.budget = draw_slice();
    pthread_mutex_unlock(&S.mu);
    return ok;
}

static int never(void *arg)
{
    (void)arg;
    return 0;
}

int gp_sched_sleep(GpThreadState *ts, int64_t ns)
{
    int64_t deadline = (int64_t)S.vclock + (ns < 0 ? 0 : ns);
    for (;;) {
        int64_t left = deadline - (int64_t)S.vclock;
        if (gp_sched_wait(ts, never, NULL, left < 0 ? 0 : left) != 2)
            return 0;
        if (gp_eval_handle_breaker(ts) < 0)
            return -1;
    }
}
