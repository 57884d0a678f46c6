/* signalmodule.c -- _signal: Python-level signal handlers (interp/lib/signal.py
 * wraps it with the Signals/Handlers/Sigmasks enums).
 *
 * A signal handler installed from Python never runs inside the C signal
 * handler. The C handler (on_signal) only records the signal in `tripped`,
 * writes its number to the wakeup fd if one is set, and sets the
 * GP_BREAK_SIGNALS bit of the eval breaker; the main thread's eval loop then
 * calls gp_signal_module_dispatch() (declared weak in vm/signals.c) between
 * two instructions, which calls the Python handlers with (signum, frame).
 * Blocking calls interrupted by the signal (EINTR) run the same dispatch.
 *
 * SIGINT: before this module is imported vm/signals.c's own handler turns
 * Ctrl-C into KeyboardInterrupt. On import, if that handler is in place,
 * the module takes SIGINT over with default_int_handler as its Python
 * handler, so getsignal(SIGINT) reports it and signal(SIGINT, f) replaces it,
 * as in CPython. Signals whose disposition was set outside Python report None.
 *
 * Only the main thread may install handlers or the wakeup fd (ValueError
 * otherwise), exactly as in CPython.
 *
 * Handlers live in a static array: the process has one set of signal
 * dispositions whatever the number of module objects (re-import reuses it).
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <fcntl.h>
#include <unistd.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "objects/typeobject.h"

/* Set by the C handler (async-signal-safe writes only). */
static volatile sig_atomic_t tripped[NSIG];
static volatile sig_atomic_t any_tripped;
static volatile sig_atomic_t wakeup_fd = -1;

/* Python-level handlers: SIG_DFL/SIG_IGN ints, callables, or NULL (= None,
 * "not installed from Python"). Strong references kept for the process. */
static GpObject *handlers[NSIG];
static int initialized;
static GpObject *dfl_handler, *ign_handler, *int_handler_obj;
static GpType *itimer_error;

static void on_signal(int sig)
{
    int saved = errno;   /* the interrupted code may be about to read errno */
    tripped[sig] = 1;
    any_tripped = 1;
    gp_breaker_set(&gp_interp_main, GP_BREAK_SIGNALS);
    int fd = wakeup_fd;
    if (fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(fd, &b, 1);   /* a full pipe just loses the byte */
        (void)r;
    }
    errno = saved;
}

/* ---- helpers ------------------------------------------------------------------ */

static int in_main_thread(void) { return gp_tstate() == gp_interp_main.main_thread; }

static int int_arg(GpObject *o, int *out)
{
    if (!GP_INT_CHECK(o) && !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    if (v > 0x7fffffff || v < -0x7fffffff - 1) {
        gp_err_set_string(&GpExc_OverflowError, v > 0 ? "signed integer is greater than maximum"
                                                       : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A signal number argument in [1, NSIG). */
static int signum_arg(GpObject *o, int *out)
{
    if (int_arg(o, out) < 0)
        return -1;
    if (*out < 1 || *out >= NSIG) {
        gp_err_set_string(&GpExc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

/* Does `h` equal the SIG_DFL/SIG_IGN int `ref`? Only ints compare (CPython). */
static int is_handler(GpObject *h, GpObject *ref)
{
    if (!h || !GP_INT_CHECK(h))
        return 0;
    return gp_richcompare_bool(h, ref, GP_EQ);
}

/* Run the Python handlers of the signals that arrived. Main thread only
 * (vm/signals.c calls it from the eval breaker). 0, or -1 with the
 * handler's exception; signals not yet handled stay pending. */
int gp_signal_module_dispatch(void)
{
    if (!any_tripped || !in_main_thread())
        return 0;
    any_tripped = 0;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);   /* see `tripped` after the flag */
    for (int i = 1; i < NSIG; i++) {
        if (!tripped[i])
            continue;
        tripped[i] = 0;
        GpObject *h = handlers[i];
        if (!h || h == gp_None || GP_INT_CHECK(h))
            continue;   /* SIG_DFL/SIG_IGN: the kernel's business */
        GpFrame *f = gp_current_frame();
        GpObject *frame = f ? gp_frame_get_object(f) : gp_newref(gp_None);
        GpObject *num = gp_int_from_i64(i);
        GpObject *r = NULL;
        if (frame && num) {
            GP_INCREF(h);   /* the handler may replace itself */
            GpObject *args[2] = { num, frame };
            r = gp_call(h, args, 2, NULL);
            GP_DECREF(h);
        }
        GP_XDECREF(frame);
        GP_XDECREF(num);
        if (!r) {
            any_tripped = 1;   /* the other pending signals: at the next check */
            gp_breaker_set(&gp_interp_main, GP_BREAK_SIGNALS);
            return -1;
        }
        GP_DECREF(r);
    }
    return 0;
}

/* After a call that may have delivered a signal to this process. */
static int check_signals(void)
{
    return gp_eval_handle_breaker(gp_tstate());
}

static GpObject *oserror(void)
{
    return gp_err_from_errno(&GpExc_OSError);
}

/* ---- signal / getsignal ------------------------------------------------------------ */

static int install(int sig, void (*func)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = func;
    sa.sa_flags = SA_ONSTACK;   /* no SA_RESTART: blocking calls see EINTR (PEP 475) */
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

static GpObject *sig_signal(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "", NULL };
    GpObject *a[2];
    if (gp_args_parse("signal", args, nargs, kwnames, kwlist, 2, 2, a) < 0)
        return NULL;
    int sig;
    if (int_arg(a[0], &sig) < 0)
        return NULL;
    if (!in_main_thread())
        return gp_err_format(&GpExc_ValueError, "signal only works in main thread of the main interpreter");
    if (sig < 1 || sig >= NSIG)
        return gp_err_format(&GpExc_ValueError, "signal number out of range");
    GpObject *h = a[1];
    void (*func)(int);
    if (gp_callable(h)) {
        func = on_signal;
    } else {
        int ign = is_handler(h, ign_handler), dfl = 0;
        if (ign < 0 || (!ign && (dfl = is_handler(h, dfl_handler)) < 0))
            return NULL;
        if (!ign && !dfl)
            return gp_err_format(&GpExc_TypeError,
                                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        func = ign ? SIG_IGN : SIG_DFL;
    }
    if (check_signals() < 0)   /* pending ones go to the old handler */
        return NULL;
    if (install(sig, func) < 0)
        return oserror();
    GpObject *old = handlers[sig];
    handlers[sig] = gp_newref(h);
    return old ? old : gp_newref(gp_None);
}

static GpObject *sig_getsignal(GpObject *m, GpObject *arg)
{
    int sig;
    if (signum_arg(arg, &sig) < 0)
        return NULL;
    return gp_newref(handlers[sig] ? handlers[sig] : gp_None);
}

static GpObject *sig_default_int_handler(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("default_int_handler", nargs, 2, 2) < 0)
        return NULL;
    int sig;
    if (int_arg(args[0], &sig) < 0)
        return NULL;
    gp_err_set_none(&GpExc_KeyboardInterrupt);
    return NULL;
}

/* ---- sending and waiting ---------------------------------------------------------- */

static GpObject *sig_raise_signal(GpObject *m, GpObject *arg)
{
    int sig;
    if (int_arg(arg, &sig) < 0)
        return NULL;
    if (raise(sig) != 0)   /* the kernel judges the number (EINVAL) */
        return oserror();
    if (check_signals() < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sig_strsignal(GpObject *m, GpObject *arg)
{
    int sig;
    if (signum_arg(arg, &sig) < 0)
        return NULL;
    const char *s = strsignal(sig);
    if (!s || strstr(s, "Unknown signal"))
        GP_RETURN_NONE;
    return gp_str_from_cstr(s);
}

static GpObject *sig_alarm(GpObject *m, GpObject *arg)
{
    int secs;
    if (int_arg(arg, &secs) < 0)
        return NULL;
    return gp_int_from_i64(alarm((unsigned)secs));
}

static GpObject *sig_pause(GpObject *m, GpObject *u)
{
    GP_BEGIN_ALLOW_THREADS
    pause();
    GP_END_ALLOW_THREADS
    if (check_signals() < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sig_pthread_kill(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("pthread_kill", nargs, 2, 2) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[0]) && !gp_index_check(args[0]))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t tid;   /* pthread_t values of Linux fit (they are addresses) */
    if (gp_int_as_i64(args[0], &tid) < 0)
        return NULL;
    int sig;
    if (int_arg(args[1], &sig) < 0)
        return NULL;
    int err = pthread_kill((pthread_t)tid, sig);
    if (err) {
        errno = err;
        return oserror();
    }
    if (check_signals() < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* ---- signal sets ------------------------------------------------------------------- */

static GpObject *set_from_sigset(const sigset_t *s)
{
    GpObject *res = gp_set_new(NULL);
    if (!res)
        return NULL;
    for (int i = 1; i < NSIG; i++) {
        if (sigismember(s, i) != 1)
            continue;
        GpObject *v = gp_int_from_i64(i);
        if (!v || gp_set_add(res, v) < 0) {
            GP_XDECREF(v);
            GP_DECREF(res);
            return NULL;
        }
        GP_DECREF(v);
    }
    return res;
}

static int sigset_from_iterable(GpObject *iterable, sigset_t *s)
{
    sigemptyset(s);
    GpObject *it = gp_iter(iterable);
    if (!it)
        return -1;
    GpObject *item;
    while ((item = gp_iter_next(it))) {
        int sig;
        int r = int_arg(item, &sig);
        GP_DECREF(item);
        if (r < 0)
            goto fail;
        if (sig < 1 || sig >= NSIG) {
            gp_err_format(&GpExc_ValueError, "signal number %d out of range [1; %d]", sig, NSIG - 1);
            goto fail;
        }
        sigaddset(s, sig);   /* glibc refuses 32/33 (its own): ignored, as in CPython */
    }
    if (gp_err_occurred())
        goto fail;
    GP_DECREF(it);
    return 0;
fail:
    GP_DECREF(it);
    return -1;
}

static GpObject *sig_pthread_sigmask(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("pthread_sigmask", nargs, 2, 2) < 0)
        return NULL;
    int how;
    sigset_t mask, old;
    if (int_arg(args[0], &how) < 0 || sigset_from_iterable(args[1], &mask) < 0)
        return NULL;
    int err = pthread_sigmask(how, &mask, &old);
    if (err) {
        errno = err;
        return oserror();
    }
    if (check_signals() < 0)   /* unblocking may have delivered some */
        return NULL;
    return set_from_sigset(&old);
}

static GpObject *sig_sigpending(GpObject *m, GpObject *u)
{
    sigset_t s;
    if (sigpending(&s) < 0)
        return oserror();
    return set_from_sigset(&s);
}

static GpObject *sig_sigwait(GpObject *m, GpObject *arg)
{
    sigset_t s;
    if (sigset_from_iterable(arg, &s) < 0)
        return NULL;
    int sig = 0, err;
    GP_BEGIN_ALLOW_THREADS
    err = sigwait(&s, &sig);
    GP_END_ALLOW_THREADS
    if (err) {
        errno = err;
        return oserror();
    }
    return gp_int_from_i64(sig);
}

static GpObject *sig_valid_signals(GpObject *m, GpObject *u)
{
    sigset_t s;
    if (sigfillset(&s) < 0)
        return oserror();
    return set_from_sigset(&s);
}

/* ---- itimers ----------------------------------------------------------------------- */

/* Seconds (int or float) -> timeval, rounded up as CPython does. */
static int timeval_arg(GpObject *o, struct timeval *tv)
{
    if (!o) {
        tv->tv_sec = 0;
        tv->tv_usec = 0;
        return 0;
    }
    double d;
    if (GP_FLOAT_CHECK(o)) {
        d = GP_FLOAT_VAL(o);
        if (isnan(d)) {
            gp_err_set_string(&GpExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else {
        if (!GP_INT_CHECK(o) && !gp_index_check(o)) {
            gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
            return -1;
        }
        int64_t v;
        if (gp_int_as_i64(o, &v) < 0) {
            if (gp_err_matches(&GpExc_OverflowError)) {
                gp_err_clear();
                gp_err_set_string(&GpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
            return -1;
        }
        tv->tv_sec = (time_t)v;
        tv->tv_usec = 0;
        return 0;
    }
    double us = ceil(d * 1e6);
    if (!(fabs(us) < 9.2e18)) {
        gp_err_set_string(&GpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    int64_t t = (int64_t)us;
    int64_t sec = t / 1000000, usec = t % 1000000;
    if (usec < 0) {
        usec += 1000000;
        sec -= 1;
    }
    tv->tv_sec = (time_t)sec;
    tv->tv_usec = (suseconds_t)usec;
    return 0;
}

static GpObject *itimer_tuple(const struct itimerval *v)
{
    GpObject *a = gp_float_new((double)v->it_value.tv_sec + (double)v->it_value.tv_usec * 1e-6);
    GpObject *b = gp_float_new((double)v->it_interval.tv_sec + (double)v->it_interval.tv_usec * 1e-6);
    GpObject *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    return t;
}

static GpObject *sig_setitimer(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("setitimer", nargs, 2, 3) < 0)
        return NULL;
    int which;
    struct itimerval nv, old;
    if (int_arg(args[0], &which) < 0 || timeval_arg(args[1], &nv.it_value) < 0 ||
        timeval_arg(nargs > 2 ? args[2] : NULL, &nv.it_interval) < 0)
        return NULL;
    if (setitimer(which, &nv, &old) != 0)
        return gp_err_from_errno(itimer_error);
    return itimer_tuple(&old);
}

static GpObject *sig_getitimer(GpObject *m, GpObject *arg)
{
    int which;
    struct itimerval v;
    if (int_arg(arg, &which) < 0)
        return NULL;
    if (getitimer(which, &v) != 0)
        return gp_err_from_errno(itimer_error);
    return itimer_tuple(&v);
}

/* ---- wakeup fd, siginterrupt ------------------------------------------------------- */

static GpObject *sig_set_wakeup_fd(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "$warn_on_full_buffer", NULL };
    GpObject *a[2];
    if (gp_args_parse("set_wakeup_fd", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    int fd;
    if (int_arg(a[0], &fd) < 0 || (a[1] && gp_is_true(a[1]) < 0))
        return NULL;
    if (!in_main_thread())
        return gp_err_format(&GpExc_ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        struct stat st;
        if (fstat(fd, &st) != 0)
            return oserror();
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0)
            return oserror();
        if (!(fl & O_NONBLOCK))
            return gp_err_format(&GpExc_ValueError, "the fd %d must be in non-blocking mode", fd);
    }
    int old = wakeup_fd;
    wakeup_fd = fd;
    return gp_int_from_i64(old);
}

static GpObject *sig_siginterrupt(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("siginterrupt", nargs, 2, 2) < 0)
        return NULL;
    int sig, flag;
    if (signum_arg(args[0], &sig) < 0 || int_arg(args[1], &flag) < 0)
        return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0)
        return oserror();
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0)
        return oserror();
    GP_RETURN_NONE;
}

/* _restore_defaults(signums): SIG_DFL for each, from any thread, without
 * touching the Python-level table. For subprocess's forked child, which is
 * about to exec (CPython does this in C in _posixsubprocess). */
static GpObject *sig_restore_defaults(GpObject *m, GpObject *arg)
{
    sigset_t s;
    if (sigset_from_iterable(arg, &s) < 0)
        return NULL;
    for (int i = 1; i < NSIG; i++)
        if (sigismember(&s, i) == 1 && install(i, SIG_DFL) < 0)
            return oserror();
    GP_RETURN_NONE;
}

/* ---- the module ---------------------------------------------------------------------- */

static const GpMethodDef signal_functions[] = {
    GP_METHOD("signal", sig_signal, GP_METH_FASTKW),
    GP_METHOD("getsignal", sig_getsignal, GP_METH_O),
    GP_METHOD("default_int_handler", sig_default_int_handler, GP_METH_FAST),
    GP_METHOD("raise_signal", sig_raise_signal, GP_METH_O),
    GP_METHOD("strsignal", sig_strsignal, GP_METH_O),
    GP_METHOD("alarm", sig_alarm, GP_METH_O),
    GP_METHOD("pause", sig_pause, GP_METH_NOARGS),
    GP_METHOD("pthread_kill", sig_pthread_kill, GP_METH_FAST),
    GP_METHOD("pthread_sigmask", sig_pthread_sigmask, GP_METH_FAST),
    GP_METHOD("sigpending", sig_sigpending, GP_METH_NOARGS),
    GP_METHOD("sigwait", sig_sigwait, GP_METH_O),
    GP_METHOD("valid_signals", sig_valid_signals, GP_METH_NOARGS),
    GP_METHOD("setitimer", sig_setitimer, GP_METH_FAST),
    GP_METHOD("getitimer", sig_getitimer, GP_METH_O),
    GP_METHOD("set_wakeup_fd", sig_set_wakeup_fd, GP_METH_FASTKW),
    GP_METHOD("siginterrupt", sig_siginterrupt, GP_METH_FAST),
    GP_METHOD("_restore_defaults", sig_restore_defaults, GP_METH_O),
    { NULL },
};

static GpType *make_itimer_error(void)
{
    GpObject *n = gp_str_from_cstr("itimer_error");
    GpObject *bases = gp_tuple_pack(1, (GpObject *)&GpExc_OSError);
    GpObject *dict = gp_dict_new();
    GpObject *mod = gp_str_from_cstr("signal");
    GpObject *t = NULL;
    if (n && bases && dict && mod && gp_dict_setitem_str(dict, "__module__", mod) == 0)
        t = gp_type_new(&GpType_Type, n, bases, dict, NULL, NULL);   /* kept forever */
    GP_XDECREF(n);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(mod);
    return (GpType *)t;
}

/* First import: the handlers as the process has them now. */
static int init_handlers(GpObject *d)
{
    dfl_handler = gp_int_from_i64((intptr_t)SIG_DFL);
    ign_handler = gp_int_from_i64((intptr_t)SIG_IGN);
    int_handler_obj = gp_dict_getitem_str(d, "default_int_handler");
    if (!dfl_handler || !ign_handler || !int_handler_obj)
        return -1;
    GP_INCREF(int_handler_obj);
    if (!(itimer_error = make_itimer_error()))
        return -1;
    for (int i = 1; i < NSIG; i++) {
        struct sigaction sa;
        if (sigaction(i, NULL, &sa) < 0)
            continue;
        if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_DFL)
            handlers[i] = gp_newref(dfl_handler);
        else if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_IGN)
            handlers[i] = gp_newref(ign_handler);
    }
    /* SIGINT caught by the runtime (vm/signals.c): KeyboardInterrupt through
     * default_int_handler from now on */
    if (!handlers[SIGINT]) {
        handlers[SIGINT] = gp_newref(int_handler_obj);
        if (install(SIGINT, on_signal) < 0)
            return -1;
    }
    initialized = 1;
    return 0;
}

static int add_int(GpObject *d, const char *name, long v)
{
    GpObject *o = gp_int_from_i64(v);
    int r = o ? gp_dict_setitem_str(d, name, o) : -1;
    GP_XDECREF(o);
    return r;
}

int gp_mod__signal_init(GpObject *module)
{
    GpObject *d = GP_MODULE_DICT(module);
    GpObject *modname = gp_str_from_cstr("_signal");
    if (!modname)
        return -1;
    int r = gp_add_functions(d, signal_functions, modname);
    GP_DECREF(modname);
    if (r < 0)
        return -1;
    if (!initialized && init_handlers(d) < 0)
        return -1;
    /* a re-import shares the handler getsignal(SIGINT) reports */
    if (gp_dict_setitem_str(d, "default_int_handler", int_handler_obj) < 0)
        return -1;
    static const struct { const char *name; int value; } consts[] = {
        { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT }, { "SIGILL", SIGILL },
        { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT }, { "SIGIOT", SIGIOT }, { "SIGBUS", SIGBUS },
        { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL }, { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV },
        { "SIGUSR2", SIGUSR2 }, { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
        { "SIGSTKFLT", SIGSTKFLT }, { "SIGCHLD", SIGCHLD }, { "SIGCLD", SIGCHLD }, { "SIGCONT", SIGCONT },
        { "SIGSTOP", SIGSTOP }, { "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU },
        { "SIGURG", SIGURG }, { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ }, { "SIGVTALRM", SIGVTALRM },
        { "SIGPROF", SIGPROF }, { "SIGWINCH", SIGWINCH }, { "SIGIO", SIGIO }, { "SIGPOLL", SIGPOLL },
        { "SIGPWR", SIGPWR }, { "SIGSYS", SIGSYS },
        { "SIG_BLOCK", SIG_BLOCK }, { "SIG_UNBLOCK", SIG_UNBLOCK }, { "SIG_SETMASK", SIG_SETMASK },
        { "ITIMER_REAL", ITIMER_REAL }, { "ITIMER_VIRTUAL", ITIMER_VIRTUAL }, { "ITIMER_PROF", ITIMER_PROF },
        { "NSIG", NSIG },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (add_int(d, consts[i].name, consts[i].value) < 0)
            return -1;
    if (add_int(d, "SIGRTMIN", SIGRTMIN) < 0 || add_int(d, "SIGRTMAX", SIGRTMAX) < 0 ||
        gp_dict_setitem_str(d, "SIG_DFL", dfl_handler) < 0 ||
        gp_dict_setitem_str(d, "SIG_IGN", ign_handler) < 0 ||
        gp_dict_setitem_str(d, "ItimerError", (GpObject *)itimer_error) < 0)
        return -1;
    return 0;
}
