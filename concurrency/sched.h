/* sched.h -- deterministic thread scheduling, -X sched=SEED (concurrency/sched.c). */
#ifndef GP_CONCURRENCY_SCHED_H
#define GP_CONCURRENCY_SCHED_H

#include <stdint.h>
#include "vm/state.h"

/* Non-zero when -X sched is on: the GIL is then a baton that the scheduler
 * hands from thread to thread (gil.c delegates to the functions below). */
extern int gp_sched_on;

int gp_sched_start(GpInterp *in, uint64_t seed, long mean_slice);
void gp_sched_register(GpThreadState *ts);      /* creator, baton held: a new runnable thread */
void gp_sched_take(GpThreadState *ts);          /* wait for the baton */
void gp_sched_release(GpThreadState *ts);       /* a blocking call starts: the baton is lent */
void gp_sched_tick(GpThreadState *ts);          /* an instruction boundary */
/* A thread ends: its state is already freed (with the baton held); drop
 * its bookkeeping and hand the baton on. */
void gp_sched_leave(void *handle);

/* Instead of an OS wait (locks, sleeps): give the baton away until
 * ready(arg) is true (checked by whoever holds the baton) or, if
 * timeout_ns >= 0, until the virtual clock passes the deadline. Called with
 * the baton held; returns with it held: 1 ready, 0 timed out, 2 woken
 * because a signal is pending for the main thread (the caller handles it
 * with gp_eval_handle_breaker and waits again). */
int gp_sched_wait(GpThreadState *ts, int (*ready)(void *), void *arg, int64_t timeout_ns);
/* time.sleep under -X sched: virtual time; -1 if a signal handler raised. */
int gp_sched_sleep(GpThreadState *ts, int64_t ns);
/* The virtual clock (ns since start): advances with instructions and sleeps. */
uint64_t gp_sched_vclock(void);

#endif
