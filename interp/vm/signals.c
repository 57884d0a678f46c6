/* signals.c -- turning signals into Python exceptions at safe points.
 *
 * A C signal handler may only set flags: it records the signal and sets the
 * GP_BREAK_SIGNALS bit of the eval breaker; the main thread's eval loop
 * notices it at its next check and raises there (KeyboardInterrupt for
 * SIGINT), which is how Ctrl-C reaches a script even inside a loop. Blocking
 * calls that return EINTR run the same handler (errors.c).
 */
#include <signal.h>
#include <string.h>
#include "gilpy.h"
#include "vm/runtime.h"

static volatile sig_atomic_t sigint_pending;

static void on_sigint(int sig)
{
    (void)sig;
    sigint_pending = 1;
    gp_breaker_set(&gp_interp_main, GP_BREAK_SIGNALS);
}

void gp_signals_install(void)
{
    signal(SIGPIPE, SIG_IGN);
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    /* as CPython: a SIGINT ignored by whoever started us stays ignored
     * (nohup, background jobs of a non-interactive shell) */
    if (sigaction(SIGINT, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN)
        return;
    sigaction(SIGINT, &sa, NULL);
}

/* Hooks filled in by other layers (weak: absent until written). */
int gp_signal_module_dispatch(void) __attribute__((weak));   /* modules/_signal: Python handlers */
int gp_gil_breaker(GpThreadState *ts, unsigned bits) __attribute__((weak)); /* concurrency/: GIL drop */

int gp_eval_handle_breaker(GpThreadState *ts)
{
    GpInterp *in = ts->interp;
    unsigned bits = atomic_load_explicit(&in->eval_breaker, memory_order_relaxed) |
                    atomic_load_explicit(&in->eval_breaker_instr, memory_order_relaxed);
    if ((bits & ~GP_BREAK_SIGNALS) && gp_gil_breaker && gp_gil_breaker(ts, bits) < 0)
        return -1;
    if ((bits & GP_BREAK_SIGNALS) && ts == in->main_thread) {
        gp_breaker_clear(in, GP_BREAK_SIGNALS);
        /* Python handlers first; Ctrl-C caught before _signal took SIGINT
         * over (it does on import) still raises below */
        if (gp_signal_module_dispatch && gp_signal_module_dispatch() < 0)
            return -1;
        if (sigint_pending) {
            sigint_pending = 0;
            gp_err_set_none(&GpExc_KeyboardInterrupt);
            return -1;
        }
    }
    return 0;
}
