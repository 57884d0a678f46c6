/* Unit tests of the GIL (concurrency/gil.c), with raw pthreads standing in
 * for Python threads: each worker spins like the eval loop, checking the
 * eval breaker and honouring drop requests.
 *   - mutual exclusion: a counter updated non-atomically by threads that
 *     hold the GIL (with the switch points outside the update, where the
 *     eval loop has them for a single instruction) loses no update;
 *   - fairness: two CPU-bound threads both make progress, through forced
 *     switches, not just one after the other;
 *   - latency: a waiter gets the GIL within two switch intervals (the
 *     median of several handoffs, so that one late wake-up of a loaded
 *     machine does not decide);
 *   - switch interval validation. */
#include <CUnit/Basic.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "concurrency/gil.h"

static int init_ok;

static int suite_init(void)
{
    init_ok = gp_runtime_init(NULL) == 0;
    return 0;
}

/* What the eval loop does between instructions. */
static void poll_breaker(GpThreadState *ts)
{
    GpInterp *in = ts->interp;
    unsigned bits = atomic_load_explicit(&in->eval_breaker, memory_order_relaxed);
    if (bits & GP_BREAK_GIL_DROP)
        gp_gil_breaker(ts, bits);
}

typedef struct {
    GpThreadState *ts;
    uint64_t run_ns;          /* how long to spin */
    long iterations;          /* counted while holding the GIL */
    long *shared;             /* non-atomic shared counter */
    uint64_t acquisitions, forced;
} Worker;

static void *worker_main(void *arg)
{
    Worker *w = arg;
    gp_tstate_bind(w->ts);
    gp_gil_take(w->ts);
    uint64_t end = gp_gil_now_ns() + w->run_ns;
    while (gp_gil_now_ns() < end) {
        for (int i = 0; i < 100; i++) {
            long v = *w->shared;   /* load and store with no switch point */
            *w->shared = v + 1;    /* between them: safe under the GIL */
            poll_breaker(w->ts);
        }
        w->iterations += 100;
    }
    GpGilStats *s = w->ts->gil_stats;
    w->acquisitions = s ? s->acquisitions : 0;
    w->forced = s ? s->forced_drops : 0;
    gp_gil_thread_exit(w->ts);
    return NULL;
}

/* Start n workers (the caller holds the GIL), let them run, join them. */
static void run_workers(Worker *w, int n)
{
    GpThreadState *me = gp_tstate_current;
    pthread_t th[8];
    for (int i = 0; i < n; i++) {
        w[i].ts = gp_tstate_new(me->interp);
        gp_gil_thread_started(w[i].ts);
        pthread_create(&th[i], NULL, worker_main, &w[i]);
    }
    GP_BEGIN_ALLOW_THREADS
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    GP_END_ALLOW_THREADS
}

static void test_exclusion_and_fairness(void)
{
    CU_ASSERT_FATAL(init_ok);
    CU_ASSERT_EQUAL(gp_gil_set_switch_interval(0.002), 0);
    long shared = 0;
    Worker w[2] = { { .run_ns = 300000000, .shared = &shared }, { .run_ns = 300000000, .shared = &shared } };
    run_workers(w, 2);
    /* mutual exclusion: no update lost although each one spans a switch point */
    CU_ASSERT_EQUAL(shared, w[0].iterations + w[1].iterations);
    /* fairness: both ran, and handed the GIL back and forth */
    CU_ASSERT(w[0].iterations > 0);
    CU_ASSERT(w[1].iterations > 0);
    CU_ASSERT(w[0].acquisitions >= 2);
    CU_ASSERT(w[1].acquisitions >= 2);
    CU_ASSERT(w[0].forced + w[1].forced >= 2);
    gp_gil_set_switch_interval(0.005);
}

/* Latency: the main thread waits for the GIL while a worker spins. */
typedef struct {
    GpThreadState *ts;
    _Atomic int stop;
    _Atomic int holding;
} Spinner;

static void *spinner_main(void *arg)
{
    Spinner *s = arg;
    gp_tstate_bind(s->ts);
    gp_gil_take(s->ts);
    while (!atomic_load(&s->stop)) {
        atomic_store(&s->holding, 1);
        poll_breaker(s->ts);
    }
    gp_gil_thread_exit(s->ts);
    return NULL;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void test_waiter_latency(void)
{
    CU_ASSERT_FATAL(init_ok);
    const double interval = 0.020;   /* long enough to dwarf wake-up noise */
    CU_ASSERT_EQUAL(gp_gil_set_switch_interval(interval), 0);
    GpThreadState *me = gp_tstate_current;
    Spinner s = { .ts = gp_tstate_new(me->interp) };
    gp_gil_thread_started(s.ts);
    pthread_t th;
    pthread_create(&th, NULL, spinner_main, &s);
    enum { N = 7 };
    uint64_t waits[N];
    for (int i = 0; i < N; i++) {
        /* give the GIL to the spinner and make sure it is running */
        atomic_store(&s.holding, 0);
        gp_gil_drop(me);
        while (!atomic_load(&s.holding))
            ;
        uint64_t t0 = gp_gil_now_ns();
        gp_gil_take(me);
        waits[i] = gp_gil_now_ns() - t0;
    }
    atomic_store(&s.stop, 1);
    GP_BEGIN_ALLOW_THREADS
    pthread_join(th, NULL);
    GP_END_ALLOW_THREADS
    qsort(waits, N, sizeof waits[0], cmp_u64);
    CU_ASSERT(waits[N / 2] < (uint64_t)(2 * interval * 1e9));
    gp_gil_set_switch_interval(0.005);
}

static void test_switch_interval(void)
{
    CU_ASSERT_FATAL(init_ok);
    CU_ASSERT_EQUAL(gp_gil_set_switch_interval(0.001), 0);
    CU_ASSERT_DOUBLE_EQUAL(gp_gil_get_switch_interval(), 0.001, 1e-9);
    CU_ASSERT_EQUAL(gp_gil_set_switch_interval(0.0), -1);   /* ValueError */
    CU_ASSERT(gp_err_occurred() != NULL);
    gp_err_clear();
    CU_ASSERT_EQUAL(gp_gil_set_switch_interval(-1.0), -1);
    gp_err_clear();
    CU_ASSERT_DOUBLE_EQUAL(gp_gil_get_switch_interval(), 0.001, 1e-9);
    CU_ASSERT(gp_gil_held());
    gp_gil_set_switch_interval(0.005);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("gil", suite_init, NULL);
    CU_add_test(s, "switch interval", test_switch_interval);
    CU_add_test(s, "mutual exclusion and fairness", test_exclusion_and_fairness);
    CU_add_test(s, "waiter latency", test_waiter_latency);
}
