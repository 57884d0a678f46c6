/* threadmodule.c -- the _thread module: OS threads, locks, re-entrant locks.
 *
 * Threads
 * -------
 * start_new_thread(f, args[, kwargs]) creates a thread state while holding
 * the GIL (gp_tstate_new + gp_gil_thread_started), then a detached pthread.
 * The new thread binds the state, takes the GIL, calls f, reports an
 * exception escaping f the way CPython's _thread does ("Exception ignored in
 * thread started by: ...", SystemExit ending the thread silently), clears its
 * per-thread dict, releases its sentinel lock (_set_sentinel, which
 * threading's Thread.join waits on) and ends with gp_gil_thread_exit, which
 * frees the state and releases the GIL without touching it again.
 *
 * Locks
 * -----
 * A lock is a flag protected by a pthread mutex, with a condition variable
 * (CLOCK_MONOTONIC deadlines) for waiters. The mutex is only ever held for a
 * few instructions and never while taking the GIL, so holding the GIL while
 * taking it cannot deadlock, and a daemon thread abandoned at exit (it exits
 * inside gp_gil_take) never leaves it locked.
 *
 * acquire() first tries without releasing the GIL (the common uncontended
 * case costs one mutex round trip). Otherwise it releases the GIL around the
 * wait, so that the holder of the lock can run and release it.
 *
 * Ctrl-C
 * ------
 * The SIGINT handler (vm/signals.c) only sets the GP_BREAK_SIGNALS bit of the
 * eval breaker, and the signal may be delivered to any thread, so the main
 * thread cannot rely on EINTR to leave a condition wait. Instead a wait in
 * the main thread wakes up every GP_LOCK_POLL_NS to look at that bit; when it
 * is set, the waiter re-takes the GIL, runs gp_eval_handle_breaker (which
 * raises KeyboardInterrupt or runs handlers) and, if nothing was raised,
 * waits again towards the same deadline. Other threads never handle signals,
 * so they wait without polling.
 *
 * RLock is the C re-entrant lock: an owner ident and a count on top of the
 * same raw lock; owner and count are only touched with the GIL held.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "concurrency/sched.h"
#include "objects/typeobject.h"
#include "objects/weakrefobject.h"

/* How often a waiting main thread looks for a pending signal: 20 ms makes
 * Ctrl-C feel immediate while costing only 50 wake-ups a second, and only
 * while the main thread is blocked on a contended lock. */
#define GP_LOCK_POLL_NS 20000000LL

/* CPython's PY_TIMEOUT_MAX for pthreads, in microseconds: the largest
 * timeout the platform wait accepts once converted to nanoseconds. */
#define GP_TIMEOUT_MAX_US (LLONG_MAX / 1000)

/* CPython's THREAD_STACK_MIN: smaller stacks cannot even hold the
 * interpreter's own C frames for one Python call. */
#define GP_THREAD_STACK_MIN 0x8000

#define NS_PER_SEC 1000000000LL

/* ---- the raw lock --------------------------------------------------------- */

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int locked;                      /* protected by mu */
} RawLock;

static void raw_init(RawLock *l)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&l->mu, NULL);
    pthread_cond_init(&l->cv, &ca);
    pthread_condattr_destroy(&ca);
    l->locked = 0;
}

static void raw_destroy(RawLock *l)
{
    pthread_cond_destroy(&l->cv);
    pthread_mutex_destroy(&l->mu);
}

static int raw_try(RawLock *l)
{
    int got = 0;
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        l->locked = 1;
        got = 1;
    }
    pthread_mutex_unlock(&l->mu);
    return got;
}

/* 1 released, 0 was not locked */
static int raw_release(RawLock *l)
{
    int was;
    pthread_mutex_lock(&l->mu);
    was = l->locked;
    l->locked = 0;
    pthread_mutex_unlock(&l->mu);
    /* Signal after unlocking: a waiter woken while we still held `mu`
     * would block on it at once (twice the context switches per hand-off).
     * The lock cannot go away meanwhile: release runs with the GIL held. */
    if (was)
        pthread_cond_signal(&l->cv);
    return was;
}

static int raw_is_locked(RawLock *l)
{
    pthread_mutex_lock(&l->mu);
    int v = l->locked;
    pthread_mutex_unlock(&l->mu);
    return v;
}

enum { WAIT_TIMEOUT = 0, WAIT_ACQUIRED = 1, WAIT_SIGNAL = 2 };

static int signal_pending(GpInterp *in)
{
    return (atomic_load_explicit(&in->eval_breaker, memory_order_relaxed) & GP_BREAK_SIGNALS) != 0;
}

static struct timespec ns_to_timespec(int64_t ns)
{
    struct timespec t;
    t.tv_sec = (time_t)(ns / NS_PER_SEC);
    t.tv_nsec = (long)(ns % NS_PER_SEC);
    return t;
}

/* Wait without the GIL. deadline: CLOCK_MONOTONIC ns, < 0 = forever.
 * poll_in: the interpreter whose signal bit to watch (main thread only). */
static int raw_wait(RawLock *l, int64_t deadline, GpInterp *poll_in)
{
    int result = WAIT_TIMEOUT;
    pthread_mutex_lock(&l->mu);
    for (;;) {
        /* the state first: a waiter woken by a release must take the lock
         * even if its own deadline passed meanwhile, or the wake-up is lost */
        if (!l->locked) {
            l->locked = 1;
            result = WAIT_ACQUIRED;
            break;
        }
        if (poll_in && signal_pending(poll_in)) {
            result = WAIT_SIGNAL;
            break;
        }
        int64_t now = (int64_t)gp_gil_now_ns();
        if (deadline >= 0 && now >= deadline)
            break;
        if (!poll_in && deadline < 0) {
            pthread_cond_wait(&l->cv, &l->mu);
            continue;
        }
        int64_t until = deadline;
        if (poll_in) {
            int64_t p = now + GP_LOCK_POLL_NS;
            if (until < 0 || p < until)
                until = p;
        }
        struct timespec ts = ns_to_timespec(until);
        pthread_cond_timedwait(&l->cv, &l->mu, &ts);
    }
    pthread_mutex_unlock(&l->mu);
    return result;
}

/* -X sched: the waiting thread is runnable again once the lock is free
 * (read by the baton holder, the only thread running). */
static int sched_lock_free(void *arg)
{
    return !((RawLock *)arg)->locked;
}

/* Under -X sched a wait is a scheduling decision, in virtual time. */
static int sched_acquire(RawLock *l, int64_t timeout_ns)
{
    GpThreadState *ts = gp_tstate();
    int64_t deadline = timeout_ns >= 0 ? (int64_t)gp_sched_vclock() + timeout_ns : -1;
    while (!raw_try(l)) {
        int64_t left = deadline < 0 ? -1 : deadline - (int64_t)gp_sched_vclock();
        if (deadline >= 0 && left <= 0)
            return 0;
        int r = gp_sched_wait(ts, sched_lock_free, l, left);
        if (r == 2) {
            if (gp_eval_handle_breaker(ts) < 0)
                return -1;
        } else if (r == 0) {
            return raw_try(l);
        }
    }
    return 1;
}

/* Acquire with the GIL held. timeout_ns: < 0 forever, 0 try once.
 * 1 acquired, 0 timed out, -1 exception (KeyboardInterrupt) set. */
static int raw_acquire(RawLock *l, int64_t timeout_ns)
{
    if (raw_try(l))
        return 1;
    if (timeout_ns == 0)
        return 0;
    if (gp_sched_on)
        return sched_acquire(l, timeout_ns);
    int64_t deadline = -1;
    if (timeout_ns > 0) {
        int64_t now = (int64_t)gp_gil_now_ns();
        deadline = timeout_ns > INT64_MAX - now ? INT64_MAX : now + timeout_ns;
    }
    GpThreadState *ts = gp_tstate();
    GpInterp *poll_in = ts && ts == ts->interp->main_thread ? ts->interp : NULL;
    for (;;) {
        int r;
        GP_BEGIN_ALLOW_THREADS
        r = raw_wait(l, deadline, poll_in);
        GP_END_ALLOW_THREADS
        if (r != WAIT_SIGNAL)
            return r;
        if (gp_eval_handle_breaker(ts) < 0)
            return -1;
    }
}

/* ---- acquire() arguments ---------------------------------------------------- */

static int timeout_overflow(void)
{
    gp_err_set_string(&GpExc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

/* Seconds (int or float) to nanoseconds, rounded away from zero as
 * CPython's _PyTime_ROUND_TIMEOUT does. */
static int seconds_to_ns(GpObject *o, int64_t *out)
{
    if (GP_FLOAT_CHECK(o)) {
        double d = gp_float_as_double(o);
        if (d == -1.0 && gp_err_occurred())
            return -1;
        if (isnan(d)) {
            gp_err_set_string(&GpExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return timeout_overflow();
        *out = (int64_t)d;
        return 0;
    }
    GpObject *v = gp_number_index(o);
    if (!v)
        return -1;
    int ovf = 0;
    int64_t s = gp_int_as_i64_clamped(v, &ovf);
    GP_DECREF(v);
    if (ovf || s > INT64_MAX / NS_PER_SEC || s < INT64_MIN / NS_PER_SEC)
        return timeout_overflow();
    *out = s * NS_PER_SEC;
    return 0;
}

/* (blocking=True, timeout=-1) -> *timeout_ns: -1 forever, 0 non-blocking. */
static int parse_acquire_args(GpObject *const *args, size_t nargs, GpObject *kwnames, int64_t *timeout_ns)
{
    static const char *const kwlist[] = { "blocking", "timeout", NULL };
    GpObject *a[2] = { NULL, NULL };
    if (gp_args_parse("acquire", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return -1;
    int blocking = 1;
    if (a[0]) {
        gp_ssize b = gp_number_as_ssize(a[0], &GpExc_OverflowError);
        if (b == -1 && gp_err_occurred())
            return -1;
        blocking = b != 0;
    }
    const int64_t unset = -NS_PER_SEC;
    int64_t t = unset;
    if (a[1] && seconds_to_ns(a[1], &t) < 0)
        return -1;
    if (!blocking && t != unset) {
        gp_err_set_string(&GpExc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != unset) {
        gp_err_set_string(&GpExc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (!blocking) {
        *timeout_ns = 0;
        return 0;
    }
    if (t == unset) {
        *timeout_ns = -1;
        return 0;
    }
    int64_t us = t / 1000 + (t % 1000 != 0);
    if (us > GP_TIMEOUT_MAX_US) {
        gp_err_set_string(&GpExc_OverflowError, "timeout value is too large");
        return -1;
    }
    *timeout_ns = t;
    return 0;
}

static unsigned long current_ident(void)
{
    return (unsigned long)pthread_self();
}

static const char *type_display_name(GpType *t)
{
    return gp_type_has_flag(t, GP_TPFLAGS_HEAPTYPE) ? gp_type_name(t) : t->name;
}

/* ---- _thread.lock ------------------------------------------------------------- */

typedef struct {
    GpObject ob;
    RawLock raw;
    GpObject *weakreflist;
} LockObject;

GpType GpThreadLock_Type;

static GpObject *lock_new_object(void)
{
    LockObject *l = (LockObject *)gp_obj_alloc(&GpThreadLock_Type, 0);
    if (!l)
        return NULL;
    raw_init(&l->raw);
    l->weakreflist = NULL;
    return (GpObject *)l;
}

static void lock_dealloc(GpObject *o)
{
    LockObject *l = (LockObject *)o;
    if (l->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &l->weakreflist);
    l->weakreflist = NULL;
    raw_destroy(&l->raw);
    gp_obj_free(o);
}

static GpObject *lock_acquire(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    int64_t timeout;
    if (parse_acquire_args(args, nargs, kwnames, &timeout) < 0)
        return NULL;
    int r = raw_acquire(&((LockObject *)self)->raw, timeout);
    if (r < 0)
        return NULL;
    return gp_bool(r);
}

static GpObject *lock_enter(GpObject *self, GpObject *u)
{
    (void)u;
    int r = raw_acquire(&((LockObject *)self)->raw, -1);
    if (r < 0)
        return NULL;
    return gp_bool(r);
}

static GpObject *lock_release(GpObject *self, GpObject *u)
{
    (void)u;
    if (!raw_release(&((LockObject *)self)->raw)) {
        gp_err_set_string(&GpExc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    GP_RETURN_NONE;
}

static GpObject *lock_exit(GpObject *self, GpObject *const *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return lock_release(self, NULL);
}

static GpObject *lock_locked(GpObject *self, GpObject *u)
{
    (void)u;
    return gp_bool(raw_is_locked(&((LockObject *)self)->raw));
}

static GpObject *lock_at_fork_reinit(GpObject *self, GpObject *u)
{
    (void)u;
    /* only the forking thread exists: whoever held the mutex is gone */
    raw_init(&((LockObject *)self)->raw);
    GP_RETURN_NONE;
}

static GpObject *lock_repr(GpObject *self)
{
    return gp_str_from_format("<%s %s object at %p>",
                              raw_is_locked(&((LockObject *)self)->raw) ? "locked" : "unlocked",
                              type_display_name(GP_TYPE(self)), (void *)self);
}

static const GpMethodDef lock_methods[] = {
    GP_METHOD("acquire_lock", lock_acquire, GP_METH_FASTKW),
    GP_METHOD("acquire", lock_acquire, GP_METH_FASTKW),
    GP_METHOD("release_lock", lock_release, GP_METH_NOARGS),
    GP_METHOD("release", lock_release, GP_METH_NOARGS),
    GP_METHOD("locked_lock", lock_locked, GP_METH_NOARGS),
    GP_METHOD("locked", lock_locked, GP_METH_NOARGS),
    GP_METHOD("__enter__", lock_enter, GP_METH_NOARGS),
    GP_METHOD("__exit__", lock_exit, GP_METH_FAST),
    GP_METHOD("_at_fork_reinit", lock_at_fork_reinit, GP_METH_NOARGS),
    { NULL },
};

GpType GpThreadLock_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_thread.lock",
    .doc = "A lock object is a synchronization primitive.",
    .basicsize = sizeof(LockObject),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .getattro = gp_generic_getattr,
    .methods = lock_methods,
    .weaklistoffset = offsetof(LockObject, weakreflist),
};

/* ---- _thread.RLock ------------------------------------------------------------ */

typedef struct {
    GpObject ob;
    RawLock raw;
    unsigned long owner;             /* ident of the owner; GIL-protected */
    unsigned long count;             /* 0: unowned; GIL-protected */
    GpObject *weakreflist;
} RLockObject;

#define RL(o) ((RLockObject *)(o))

static GpObject *rlock_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    RLockObject *r = (RLockObject *)gp_type_generic_alloc(type, 0);
    if (!r)
        return NULL;
    raw_init(&r->raw);
    r->owner = 0;
    r->count = 0;
    r->weakreflist = NULL;
    return (GpObject *)r;
}

static void rlock_dealloc(GpObject *o)
{
    RLockObject *r = RL(o);
    if (r->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &r->weakreflist);
    r->weakreflist = NULL;
    raw_destroy(&r->raw);
    gp_obj_free(o);
}

static GpObject *rlock_acquire(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    int64_t timeout;
    if (parse_acquire_args(args, nargs, kwnames, &timeout) < 0)
        return NULL;
    RLockObject *r = RL(self);
    unsigned long me = current_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ULONG_MAX) {
            gp_err_set_string(&GpExc_OverflowError, "Internal lock count overflowed");
            return NULL;
        }
        r->count++;
        GP_RETURN_TRUE;
    }
    int got = raw_acquire(&r->raw, timeout);
    if (got < 0)
        return NULL;
    if (got) {
        r->owner = me;
        r->count = 1;
    }
    return gp_bool(got);
}

static GpObject *rlock_enter(GpObject *self, GpObject *u)
{
    (void)u;
    return rlock_acquire(self, NULL, 0, NULL);
}

static GpObject *rlock_release(GpObject *self, GpObject *u)
{
    (void)u;
    RLockObject *r = RL(self);
    if (r->count == 0 || r->owner != current_ident()) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--r->count == 0) {
        r->owner = 0;
        raw_release(&r->raw);
    }
    GP_RETURN_NONE;
}

static GpObject *rlock_exit(GpObject *self, GpObject *const *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return rlock_release(self, NULL);
}

static GpObject *rlock_release_save(GpObject *self, GpObject *u)
{
    (void)u;
    RLockObject *r = RL(self);
    if (r->count == 0) {
        gp_err_set_string(&GpExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    GpObject *c = gp_int_from_u64(r->count);
    GpObject *o = c ? gp_int_from_u64(r->owner) : NULL;
    GpObject *t = o ? gp_tuple_pack(2, c, o) : NULL;
    GP_XDECREF(c);
    GP_XDECREF(o);
    if (!t)
        return NULL;
    r->count = 0;
    r->owner = 0;
    raw_release(&r->raw);
    return t;
}

/* PyArg "k": any int, taken modulo 2**64 (no __index__). */
static int as_ulong_item(GpObject *o, int item, unsigned long *out)
{
    if (!GP_INT_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "_acquire_restore() argument 1, item %d must be int, not %T",
                      item, o);
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    gp_int_to_mpz(o, z);
    mpz_fdiv_r_2exp(z, z, 64);
    *out = mpz_get_ui(z);
    mpz_clear(z);
    return 0;
}

static GpObject *rlock_acquire_restore(GpObject *self, GpObject *state)
{
    RLockObject *r = RL(self);
    /* "(kk)": a sequence of two ints */
    if (!GP_TUPLE_CHECK(state) && !GP_LIST_CHECK(state) && !GP_STR_CHECK(state))
        return gp_err_format(&GpExc_TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %T",
                             state);
    GpObject *t = gp_sequence_tuple(state);
    if (!t)
        return NULL;
    if (GP_SIZE(t) != 2) {
        gp_err_format(&GpExc_TypeError, "_acquire_restore() argument 1 must be sequence of length 2, not %zd",
                      GP_SIZE(t));
        GP_DECREF(t);
        return NULL;
    }
    unsigned long count, owner;
    if (as_ulong_item(GP_TUPLE_GET(t, 0), 0, &count) < 0 || as_ulong_item(GP_TUPLE_GET(t, 1), 1, &owner) < 0) {
        GP_DECREF(t);
        return NULL;
    }
    GP_DECREF(t);
    if (raw_acquire(&r->raw, -1) < 0)
        return NULL;
    r->owner = owner;
    r->count = count;
    GP_RETURN_NONE;
}

static GpObject *rlock_is_owned(GpObject *self, GpObject *u)
{
    (void)u;
    RLockObject *r = RL(self);
    return gp_bool(r->count > 0 && r->owner == current_ident());
}

static GpObject *rlock_recursion_count(GpObject *self, GpObject *u)
{
    (void)u;
    RLockObject *r = RL(self);
    return gp_int_from_u64(r->owner == current_ident() ? r->count : 0);
}

static GpObject *rlock_at_fork_reinit(GpObject *self, GpObject *u)
{
    (void)u;
    RLockObject *r = RL(self);
    raw_init(&r->raw);
    r->owner = 0;
    r->count = 0;
    GP_RETURN_NONE;
}

static GpObject *rlock_repr(GpObject *self)
{
    RLockObject *r = RL(self);
    return gp_str_from_format("<%s %s object owner=%lu count=%lu at %p>",
                              r->count ? "locked" : "unlocked", type_display_name(GP_TYPE(self)),
                              r->owner, r->count, (void *)self);
}

static const GpMethodDef rlock_methods[] = {
    GP_METHOD("acquire", rlock_acquire, GP_METH_FASTKW),
    GP_METHOD("release", rlock_release, GP_METH_NOARGS),
    GP_METHOD("_is_owned", rlock_is_owned, GP_METH_NOARGS),
    GP_METHOD("_recursion_count", rlock_recursion_count, GP_METH_NOARGS),
    GP_METHOD("_acquire_restore", rlock_acquire_restore, GP_METH_O),
    GP_METHOD("_release_save", rlock_release_save, GP_METH_NOARGS),
    GP_METHOD("_at_fork_reinit", rlock_at_fork_reinit, GP_METH_NOARGS),
    GP_METHOD("__enter__", rlock_enter, GP_METH_NOARGS),
    GP_METHOD("__exit__", rlock_exit, GP_METH_FAST),
    { NULL },
};

GpType GpThreadRLock_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_thread.RLock",
    .basicsize = sizeof(RLockObject),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .methods = rlock_methods,
    .new_ = rlock_new,
    .weaklistoffset = offsetof(RLockObject, weakreflist),
};

/* ---- threads ---------------------------------------------------------------------- */

static _Atomic long thread_count;          /* threads started here and still running */
static size_t thread_stack_size;           /* 0: the system default */

typedef struct {
    GpObject *func, *args, *kwargs;
    GpThreadState *ts;
} Boot;

static GpObject *std_stream(const char *name)
{
    GpInterp *in = gp_interp();
    return in->sysdict ? gp_dict_getitem_str(in->sysdict, name) : NULL;
}

static void flush_stream(GpObject *f)
{
    if (!f || f == gp_None)
        return;
    GpObject *r = gp_call_method_str(f, "flush", NULL, 0);
    if (r)
        GP_DECREF(r);
    else
        gp_err_clear();
}

/* CPython's _PyErr_WriteUnraisableMsg("in thread started by", func). */
static void report_thread_error(GpObject *func)
{
    if (!gp_err_occurred())
        return;
    GpObject *exc = gp_err_fetch();
    flush_stream(std_stream("stdout"));
    gp_err_restore(exc);
    gp_err_write_unraisable_msg("in thread started by", func);
}

static void *thread_main(void *arg)
{
    Boot *b = arg;
    GpThreadState *ts = b->ts;
    gp_tstate_bind(ts);
    gp_gil_take(ts);
    atomic_fetch_add(&thread_count, 1);
    GpObject *res = gp_call_tuple_dict(b->func, b->args, b->kwargs);
    if (res)
        GP_DECREF(res);
    else if (gp_err_matches(&GpExc_SystemExit))
        gp_err_clear();
    else
        report_thread_error(b->func);
    GP_DECREF(b->func);
    GP_DECREF(b->args);
    GP_XDECREF(b->kwargs);
    ts->boot = NULL;
    free(b);
    atomic_fetch_sub(&thread_count, 1);
    /* threading.local values die with the thread, before join() returns */
    GP_CLEAR(ts->dict);
    gp_err_clear();
    if (ts->sentinel) {
        GpObject *s = ts->sentinel;
        ts->sentinel = NULL;
        raw_release(&((LockObject *)s)->raw);
        GP_DECREF(s);
    }
    gp_gil_thread_exit(ts);
    return NULL;
}

static GpObject *thread_start_new_thread(GpObject *m, GpObject *const *args, size_t nargs,
                                         GpObject *kwnames)
{
    (void)m;
    if (gp_args_no_kw("start_new_thread", kwnames) < 0)
        return NULL;
    if (gp_args_count("start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    GpObject *func = args[0], *fargs = args[1], *kw = nargs > 2 ? args[2] : NULL;
    if (!gp_callable(func))
        return gp_err_format(&GpExc_TypeError, "first arg must be callable");
    if (!GP_TUPLE_CHECK(fargs))
        return gp_err_format(&GpExc_TypeError, "2nd arg must be a tuple");
    if (kw && !GP_DICT_CHECK(kw))
        return gp_err_format(&GpExc_TypeError, "optional 3rd arg must be a dictionary");
    GpInterp *in = gp_interp();
    if (in->finalizing)
        return gp_err_format(&GpExc_RuntimeError, "can't create new thread at interpreter shutdown");
    Boot *b = malloc(sizeof *b);
    if (!b)
        return gp_err_no_memory();
    GpThreadState *ts = gp_tstate_new(in);
    if (!ts) {
        free(b);
        return gp_err_no_memory();
    }
    gp_gil_thread_started(ts);
    b->func = gp_newref(func);
    b->args = gp_newref(fargs);
    b->kwargs = kw && GP_DICT_LEN(kw) ? gp_newref(kw) : NULL;
    b->ts = ts;
    /* reachable from the thread list until the thread takes it: a daemon
     * thread that never ran before exit must not look like a leak */
    ts->boot = b;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (thread_stack_size)
        pthread_attr_setstacksize(&attr, thread_stack_size);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        GP_DECREF(b->func);
        GP_DECREF(b->args);
        GP_XDECREF(b->kwargs);
        ts->boot = NULL;
        free(b);
        GpGilStats *st = ts->gil_stats;
        if (st)
            st->alive = 0;
        ts->gil_stats = NULL;   /* the record stays on the statistics list */
        gp_tstate_delete(ts);
        return gp_err_format(&GpExc_RuntimeError, "can't start new thread");
    }
    return gp_int_from_u64((uint64_t)(unsigned long)tid);
}

static GpObject *thread_exit(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    gp_err_set_none(&GpExc_SystemExit);
    return NULL;
}

static GpObject *thread_allocate_lock(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return lock_new_object();
}

static GpObject *thread_get_ident(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return gp_int_from_u64(current_ident());
}

static GpObject *thread_get_native_id(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    GpThreadState *ts = gp_tstate();
    return gp_int_from_u64(ts ? ts->native_id : 0);
}

static GpObject *thread_count_(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    return gp_int_from_i64(atomic_load(&thread_count));
}

static GpObject *thread_stack_size_(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (nargs > 1)
        return gp_err_format(&GpExc_TypeError, "stack_size() takes at most 1 argument (%zu given)", nargs);
    size_t old = thread_stack_size;
    /* as CPython: stack_size() without argument also resets to 0 */
    gp_ssize n = nargs ? gp_number_as_ssize(args[0], &GpExc_OverflowError) : 0;
    if (n == -1 && gp_err_occurred()) {
        if (gp_err_matches(&GpExc_OverflowError)) {
            gp_err_clear();
            gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return NULL;
    }
    if (n < 0) {
        gp_err_set_string(&GpExc_ValueError, "size must be 0 or a positive value");
        return NULL;
    }
    if (n != 0 && n < GP_THREAD_STACK_MIN)
        return gp_err_format(&GpExc_ValueError, "size not valid: %zd bytes", n);
    if (n != 0) {
        /* the platform must accept it (page multiples, limits) */
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        int rc = pthread_attr_setstacksize(&attr, (size_t)n);
        pthread_attr_destroy(&attr);
        if (rc != 0)
            return gp_err_format(&GpExc_ValueError, "size not valid: %zd bytes", n);
    }
    thread_stack_size = (size_t)n;
    return gp_int_from_u64(old);
}

static GpObject *thread_interrupt_main(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "signum", NULL };
    GpObject *a[1] = { NULL };
    if (gp_args_parse("interrupt_main", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    int signum = SIGINT;
    if (a[0]) {
        gp_ssize s = gp_number_as_ssize(a[0], &GpExc_OverflowError);
        if (s == -1 && gp_err_occurred())
            return NULL;
        if (s < 1 || s >= NSIG) {
            gp_err_set_string(&GpExc_ValueError, "signal number out of range");
            return NULL;
        }
        signum = (int)s;
    }
    /* As CPython: nothing happens for a signal Python does not handle. */
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) != 0 || sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN)
        GP_RETURN_NONE;
    /* Simulate the signal's arrival in the main thread: its handler sets the
     * breaker bit and a blocking call of the main thread returns EINTR. */
    GpThreadState *main_ts = gp_interp()->main_thread;
    if (main_ts)
        pthread_kill((pthread_t)main_ts->thread_id, signum);
    GP_RETURN_NONE;
}

static GpObject *thread_set_sentinel(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    GpObject *l = lock_new_object();
    if (!l)
        return NULL;
    /* returned unlocked: threading acquires it; the thread's end releases it.
     * A second call (after fork in CPython) replaces the old one unreleased */
    GpThreadState *ts = gp_tstate();
    GP_SETREF(ts->sentinel, gp_newref(l));
    return l;
}

static GpObject *thread_daemon_threads_allowed(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    GP_RETURN_TRUE;
}

/* gilpy: name shown for this thread by -X gil-stats. */
static GpObject *thread_set_gil_name(GpObject *m, GpObject *name)
{
    (void)m;
    GpObject *s = gp_str(name);
    if (!s)
        return NULL;
    gp_gil_set_thread_name(GP_STR_DATA(s));
    GP_DECREF(s);
    GP_RETURN_NONE;
}

/* gilpy: the calling thread's private dict (threading.local's storage),
 * cleared when the thread ends. */
static GpObject *thread_local_dict(GpObject *m, GpObject *u)
{
    (void)m;
    (void)u;
    GpThreadState *ts = gp_tstate();
    if (!ts->dict && !(ts->dict = gp_dict_new()))
        return NULL;
    return gp_newref(ts->dict);
}

/* _excepthook(args): args is threading.ExceptHookArgs, a 4-tuple
 * (exc_type, exc_value, exc_traceback, thread). Writes "Exception in thread
 * NAME:" and the traceback to sys.stderr (or thread._stderr). */
static GpObject *thread_excepthook(GpObject *m, GpObject *args)
{
    (void)m;
    if (!GP_TUPLE_CHECK(args) || GP_SIZE(args) != 4)
        return gp_err_format(&GpExc_TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
    GpObject *exc_type = GP_TUPLE_GET(args, 0), *exc_value = GP_TUPLE_GET(args, 1);
    GpObject *thread = GP_TUPLE_GET(args, 3);
    if (exc_type == (GpObject *)&GpExc_SystemExit)
        GP_RETURN_NONE;
    GpObject *file = std_stream("stderr");
    GpObject *owned = NULL;
    if (!file || file == gp_None) {
        if (thread == gp_None)
            GP_RETURN_NONE;
        if (gp_getattr_opt(thread, gp_str_intern_cstr("_stderr"), &owned) < 0)
            return NULL;
        file = owned;
        if (!file || file == gp_None) {
            GP_XDECREF(owned);
            GP_RETURN_NONE;
        }
    }
    GpObject *name = NULL;
    if (thread != gp_None && gp_getattr_opt(thread, gp_str_intern_cstr("name"), &name) < 0) {
        GP_XDECREF(owned);
        return NULL;
    }
    GpObject *label = NULL;
    if (name) {
        GpObject *s = gp_str(name);
        label = s ? gp_str_from_format("Exception in thread %s:\n", GP_STR_DATA(s)) : NULL;
        GP_XDECREF(s);
        GP_DECREF(name);
    } else {
        label = gp_str_from_format("Exception in thread %lu:\n", current_ident());
    }
    if (!label) {
        GP_XDECREF(owned);
        return NULL;
    }
    GpObject *r = gp_call_method_str(file, "write", &label, 1);
    GP_DECREF(label);
    if (!r) {
        GP_XDECREF(owned);
        return NULL;
    }
    GP_DECREF(r);
    flush_stream(file);
    if (GP_EXC_CHECK(exc_value)) {
        gp_err_display(exc_value, file);
    } else if (GP_EXC_CLASS_CHECK(exc_type)) {
        gp_err_set_none((GpType *)exc_type);
        GpObject *e = gp_err_fetch();
        gp_err_display(e, file);
        GP_XDECREF(e);
    }
    flush_stream(file);
    GP_XDECREF(owned);
    GP_RETURN_NONE;
}

static const GpMethodDef thread_methods[] = {
    GP_METHOD("start_new_thread", thread_start_new_thread, GP_METH_FASTKW),
    GP_METHOD("start_new", thread_start_new_thread, GP_METH_FASTKW),
    GP_METHOD("allocate_lock", thread_allocate_lock, GP_METH_NOARGS),
    GP_METHOD("allocate", thread_allocate_lock, GP_METH_NOARGS),
    GP_METHOD("exit", thread_exit, GP_METH_NOARGS),
    GP_METHOD("exit_thread", thread_exit, GP_METH_NOARGS),
    GP_METHOD("get_ident", thread_get_ident, GP_METH_NOARGS),
    GP_METHOD("get_native_id", thread_get_native_id, GP_METH_NOARGS),
    GP_METHOD("_count", thread_count_, GP_METH_NOARGS),
    GP_METHOD("stack_size", thread_stack_size_, GP_METH_FAST),
    GP_METHOD("interrupt_main", thread_interrupt_main, GP_METH_FASTKW),
    GP_METHOD("_set_sentinel", thread_set_sentinel, GP_METH_NOARGS),
    GP_METHOD("daemon_threads_allowed", thread_daemon_threads_allowed, GP_METH_NOARGS),
    GP_METHOD("_excepthook", thread_excepthook, GP_METH_O),
    GP_METHOD("_set_gil_name", thread_set_gil_name, GP_METH_O),
    GP_METHOD("_local_dict", thread_local_dict, GP_METH_NOARGS),
    { NULL },
};

int gp_mod__thread_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_type_ready(&GpThreadLock_Type) < 0 || gp_type_ready(&GpThreadRLock_Type) < 0)
        return -1;
    /* CPython floors PY_TIMEOUT_MAX (in microseconds) to whole seconds */
    GpObject *tmax = gp_float_new(floor((double)GP_TIMEOUT_MAX_US * 1e-6));
    if (!tmax)
        return -1;
    int rc = gp_dict_setitem_str(d, "TIMEOUT_MAX", tmax);
    GP_DECREF(tmax);
    if (rc < 0 || gp_dict_setitem_str(d, "LockType", (GpObject *)&GpThreadLock_Type) < 0 ||
        gp_dict_setitem_str(d, "RLock", (GpObject *)&GpThreadRLock_Type) < 0 ||
        gp_dict_setitem_str(d, "error", (GpObject *)&GpExc_RuntimeError) < 0)
        return -1;
    return gp_add_functions(d, thread_methods, gp_str_intern_cstr("_thread"));
}
