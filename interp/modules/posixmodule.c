/* posixmodule.c -- posix: the operating-system calls under the `os` module
 * (interp/lib/os.py adds the portable layer: os.path, os.environ as a
 * mapping that writes through to putenv, makedirs, walk ...).
 *
 * Errors are OSError subclasses chosen by errno, with errno, strerror and
 * the filename(s) the caller passed, exactly as CPython reports them:
 *     FileNotFoundError: [Errno 2] No such file or directory: 'x'
 * Calls interrupted by a signal are retried after the signal handlers ran
 * (PEP 475). Calls that may block (read, write, open, close, stat of a
 * path, waitpid, system, fsync) release the GIL around the system call, as
 * CPython does; quick ones on a file descriptor (lseek, fstat) keep it.
 */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "objects/structseq.h"
#include "objects/descrobject.h"

extern char **environ;

/* Hooks of the concurrency layer around fork(): the GIL, thread states and
 * locks must be re-initialised in the child (weak: absent until written). */
void gp_fork_before(void) __attribute__((weak));
void gp_fork_after_parent(void) __attribute__((weak));
void gp_fork_after_child(void) __attribute__((weak));

static GpType *stat_result_type, *times_result_type, *uname_result_type, *terminal_size_type;

/* ---- argument helpers ------------------------------------------------------------- */

/* A filesystem path argument: str, bytes or os.PathLike. *out gets a new
 * reference to the str/bytes; *cpath points into it. 0 or -1. */
static int path_arg(const char *fname, const char *argname, GpObject *o, GpObject **out, const char **cpath)
{
    GpObject *p;
    if (GP_STR_CHECK(o) || GP_BYTES_CHECK(o)) {
        p = gp_newref(o);
    } else {
        GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__fspath__"));
        if (!meth) {
            if (!gp_err_occurred()) {
                /* functions that also take a file descriptor (and None) say so */
                static const char *const fd_ok[] = { "stat", "chdir", "chmod", "chown", "truncate",
                                                     "utime", "statvfs", "pathconf", "execve", NULL };
                const char *what = "string, bytes or os.PathLike";
                if (!strcmp(argname, "path")) {
                    if (!strcmp(fname, "listdir") || !strcmp(fname, "scandir"))
                        what = "string, bytes, os.PathLike, integer or None";
                    for (int i = 0; fd_ok[i]; i++)
                        if (!strcmp(fname, fd_ok[i]))
                            what = "string, bytes, os.PathLike or integer";
                }
                gp_err_format(&GpExc_TypeError, "%s: %s should be %s, not %T", fname, argname, what, o);
            }
            return -1;
        }
        p = gp_call0(meth);
        GP_DECREF(meth);
        if (!p)
            return -1;
        if (!GP_STR_CHECK(p) && !GP_BYTES_CHECK(p)) {
            gp_err_format(&GpExc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o, p);
            GP_DECREF(p);
            return -1;
        }
    }
    const char *s = GP_STR_CHECK(p) ? GP_STR_DATA(p) : GP_BYTES_DATA(p);
    gp_ssize n = GP_STR_CHECK(p) ? GP_STR_NBYTES(p) : GP_SIZE(p);
    if ((gp_ssize)strlen(s) != n) {
        int is_str = GP_STR_CHECK(p);
        GP_DECREF(p);
        if (is_str)
            gp_err_set_string(&GpExc_ValueError, "embedded null byte");
        else
            gp_err_format(&GpExc_ValueError, "%s: embedded null character in %s", fname, argname);
        return -1;
    }
    *out = p;
    *cpath = s;
    return 0;
}

static int int_arg(GpObject *o, int *out)
{
    if (!GP_INT_CHECK(o)) {
        if (!gp_index_check(o)) {
            gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
            return -1;
        }
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    if (v > 0x7fffffff || v < -0x7fffffff - 1) {
        gp_err_set_string(&GpExc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static GpObject *posix_error(void)
{
    if (gp_err_occurred())
        return NULL;
    return gp_err_from_errno(&GpExc_OSError);
}

/* Run the pending signal handlers after EINTR: 0 retry, -1 a handler raised. */
static int eintr_retry(void)
{
    return gp_eval_handle_breaker(gp_tstate());
}

/* ---- process ------------------------------------------------------------------------ */

static GpObject *posix_getpid(GpObject *m, GpObject *u) { return gp_int_from_i64(getpid()); }
static GpObject *posix_getppid(GpObject *m, GpObject *u) { return gp_int_from_i64(getppid()); }
static GpObject *posix_getuid(GpObject *m, GpObject *u) { return gp_int_from_i64(getuid()); }
static GpObject *posix_geteuid(GpObject *m, GpObject *u) { return gp_int_from_i64(geteuid()); }
static GpObject *posix_getgid(GpObject *m, GpObject *u) { return gp_int_from_i64(getgid()); }
static GpObject *posix_getegid(GpObject *m, GpObject *u) { return gp_int_from_i64(getegid()); }
static GpObject *posix_getpgrp(GpObject *m, GpObject *u) { return gp_int_from_i64(getpgrp()); }

static GpObject *posix_setsid(GpObject *m, GpObject *u)
{
    if (setsid() < 0)
        return posix_error();
    GP_RETURN_NONE;
}

static GpObject *posix_exit(GpObject *m, GpObject *arg)
{
    int code;
    if (int_arg(arg, &code) < 0)
        return NULL;
    _exit(code);
}

static GpObject *posix_abort(GpObject *m, GpObject *u)
{
    abort();
}

static GpObject *posix_kill(GpObject *m, GpObject *const *args, size_t nargs)
{
    int pid, sig;
    if (gp_args_count("kill", nargs, 2, 2) < 0 || int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0)
        return NULL;
    if (kill(pid, sig) < 0)
        return posix_error();
    /* a signal sent to ourselves is handled before kill() returns in CPython */
    if (gp_eval_handle_breaker(gp_tstate()) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *posix_killpg(GpObject *m, GpObject *const *args, size_t nargs)
{
    int pg, sig;
    if (gp_args_count("killpg", nargs, 2, 2) < 0 || int_arg(args[0], &pg) < 0 || int_arg(args[1], &sig) < 0)
        return NULL;
    if (killpg(pg, sig) < 0)
        return posix_error();
    GP_RETURN_NONE;
}

/* ---- fork and os.register_at_fork ---------------------------------------------
 *
 * The callables registered with os.register_at_fork live in three lists.
 * os.fork() calls the "before" ones last registered first, then after the
 * fork those for the side it is on, first registered first, as CPython's
 * PyOS_BeforeFork / PyOS_AfterFork_Parent / PyOS_AfterFork_Child. An
 * exception from one is reported through sys.unraisablehook and the next one
 * still runs. Each run works on a copy: a callable may register more. */
static GpObject *forkers_before, *forkers_child, *forkers_parent;

static void run_forkers(GpObject *lst, int reverse)
{
    if (!lst)
        return;
    GpObject *saved = gp_err_fetch();
    GpObject *cpy = gp_list_slice(lst, 0, GP_SIZE(lst));
    if (!cpy || (reverse && gp_list_reverse(cpy) < 0)) {
        gp_err_write_unraisable(lst);
    } else {
        for (gp_ssize i = 0; i < GP_SIZE(cpy); i++) {
            GpObject *func = GP_LIST_GET(cpy, i);
            GpObject *r = gp_call(func, NULL, 0, NULL);
            if (r)
                GP_DECREF(r);
            else
                gp_err_write_unraisable(func);
        }
    }
    GP_XDECREF(cpy);
    gp_err_restore(saved);
}

static int add_forker(GpObject **lst, GpObject *func)
{
    if (!func)
        return 0;
    if (!*lst && !(*lst = gp_list_new(0)))
        return -1;
    return gp_list_append(*lst, func);
}

static GpObject *posix_register_at_fork(GpObject *m, GpObject *const *args, size_t nargs,
                                        GpObject *kwnames)
{
    static const char *const kwlist[] = { "$before", "after_in_child", "after_in_parent", NULL };
    static const char *const names[] = { "before", "after_in_child", "after_in_parent" };
    GpObject *a[3];
    if (gp_args_parse("register_at_fork", args, nargs, kwnames, kwlist, 0, 0, a) < 0)
        return NULL;
    if (!a[0] && !a[1] && !a[2]) {
        gp_err_set_string(&GpExc_TypeError, "At least one argument is required.");
        return NULL;
    }
    for (int i = 0; i < 3; i++)
        if (a[i] && !gp_callable(a[i]))
            return gp_err_format(&GpExc_TypeError, "'%s' must be callable, not %T", names[i], a[i]);
    if (add_forker(&forkers_before, a[0]) < 0 || add_forker(&forkers_child, a[1]) < 0 ||
        add_forker(&forkers_parent, a[2]) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *do_fork(int hooks)
{
    if (hooks)
        run_forkers(forkers_before, 1);
    if (gp_fork_before)
        gp_fork_before();
    pid_t pid = fork();
    int saved = errno;
    if (pid == 0) {
        if (gp_fork_after_child)
            gp_fork_after_child();
        if (hooks)
            run_forkers(forkers_child, 0);
    } else {
        if (gp_fork_after_parent)
            gp_fork_after_parent();
        if (hooks)
            run_forkers(forkers_parent, 0);
    }
    if (pid < 0) {
        errno = saved;
        return posix_error();
    }
    return gp_int_from_i64(pid);
}

static GpObject *posix_fork(GpObject *m, GpObject *u)
{
    return do_fork(1);
}

/* _fork_no_hooks(): os.fork() without the register_at_fork callables, for
 * subprocess, which runs them only when given a preexec_fn (CPython's
 * _posixsubprocess.fork_exec). */
static GpObject *posix_fork_no_hooks(GpObject *m, GpObject *u)
{
    return do_fork(0);
}

/* Blocks until the child changes state: without the GIL. */
static pid_t sys_waitpid(pid_t pid, int *status, int options)
{
    pid_t r;
    GP_BEGIN_ALLOW_THREADS
    r = waitpid(pid, status, options);
    GP_END_ALLOW_THREADS
    return r;
}

static GpObject *posix_waitpid(GpObject *m, GpObject *const *args, size_t nargs)
{
    int pid, options;
    if (gp_args_count("waitpid", nargs, 2, 2) < 0 || int_arg(args[0], &pid) < 0 || int_arg(args[1], &options) < 0)
        return NULL;
    int status = 0;
    pid_t r;
    while ((r = sys_waitpid(pid, &status, options)) < 0 && errno == EINTR)
        if (eintr_retry() < 0)
            return NULL;
    if (r < 0)
        return posix_error();
    GpObject *a = gp_int_from_i64(r), *b = gp_int_from_i64(status);
    GpObject *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    return t;
}

static GpObject *posix_wait(GpObject *m, GpObject *u)
{
    GpObject *args[2];
    args[0] = gp_int_from_i64(-1);
    args[1] = gp_int_from_i64(0);
    GpObject *r = posix_waitpid(m, args, 2);
    GP_DECREF(args[0]);
    GP_DECREF(args[1]);
    return r;
}

#define WAIT_MACRO(NAME, EXPR, ISBOOL)                                          \
    static GpObject *posix_##NAME(GpObject *m, GpObject *arg)                  \
    {                                                                           \
        int status;                                                             \
        if (int_arg(arg, &status) < 0)                                          \
            return NULL;                                                        \
        return ISBOOL ? gp_bool(EXPR) : gp_int_from_i64(EXPR);                  \
    }
WAIT_MACRO(WIFEXITED, WIFEXITED(status), 1)
WAIT_MACRO(WEXITSTATUS, WEXITSTATUS(status), 0)
WAIT_MACRO(WIFSIGNALED, WIFSIGNALED(status), 1)
WAIT_MACRO(WTERMSIG, WTERMSIG(status), 0)
WAIT_MACRO(WIFSTOPPED, WIFSTOPPED(status), 1)
WAIT_MACRO(WSTOPSIG, WSTOPSIG(status), 0)
WAIT_MACRO(WCOREDUMP, WCOREDUMP(status), 1)
WAIT_MACRO(WIFCONTINUED, WIFCONTINUED(status), 1)

static GpObject *posix_waitstatus_to_exitcode(GpObject *m, GpObject *arg)
{
    int status;
    if (int_arg(arg, &status) < 0)
        return NULL;
    if (WIFEXITED(status))
        return gp_int_from_i64(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return gp_int_from_i64(-WTERMSIG(status));
    return gp_err_format(&GpExc_ValueError, "invalid wait status: %d", status);
}

static GpObject *posix_system(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "command", NULL };
    GpObject *a[1];
    if (gp_args_parse("system", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    GpObject *keep;
    const char *cmd;
    if (path_arg("system", "command", a[0], &keep, &cmd) < 0)
        return NULL;
    int r;
    GP_BEGIN_ALLOW_THREADS
    r = system(cmd);
    GP_END_ALLOW_THREADS
    GP_DECREF(keep);
    return gp_int_from_i64(r);
}

static GpObject *posix_times(GpObject *m, GpObject *u)
{
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1)
        return posix_error();
    double tick = (double)sysconf(_SC_CLK_TCK);
    GpObject *items[5];
    items[0] = gp_float_new((double)t.tms_utime / tick);
    items[1] = gp_float_new((double)t.tms_stime / tick);
    items[2] = gp_float_new((double)t.tms_cutime / tick);
    items[3] = gp_float_new((double)t.tms_cstime / tick);
    items[4] = gp_float_new((double)c / tick);
    GpObject *r = NULL;
    if (items[0] && items[1] && items[2] && items[3] && items[4])
        r = gp_structseq_new(times_result_type, items, 5);
    for (int i = 0; i < 5; i++)
        GP_XDECREF(items[i]);
    return r;
}

static GpObject *posix_uname(GpObject *m, GpObject *u)
{
    struct utsname un;
    if (uname(&un) < 0)
        return posix_error();
    const char *f[5] = { un.sysname, un.nodename, un.release, un.version, un.machine };
    GpObject *items[5];
    int ok = 1;
    for (int i = 0; i < 5; i++)
        if (!(items[i] = gp_str_from_cstr(f[i])))
            ok = 0;
    GpObject *r = ok ? gp_structseq_new(uname_result_type, items, 5) : NULL;
    for (int i = 0; i < 5; i++)
        GP_XDECREF(items[i]);
    return r;
}

static GpObject *posix_cpu_count(GpObject *m, GpObject *u)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        GP_RETURN_NONE;
    return gp_int_from_i64(n);
}

static GpObject *posix_sched_getaffinity(GpObject *m, GpObject *arg)
{
    /* the set of CPUs the process may run on; here: all online ones */
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    GpObject *l = gp_list_new(0);
    for (long i = 0; l && i < (n < 1 ? 1 : n); i++) {
        GpObject *v = gp_int_from_i64(i);
        if (!v || gp_list_append(l, v) < 0) {
            GP_XDECREF(v);
            GP_DECREF(l);
            return NULL;
        }
        GP_DECREF(v);
    }
    if (!l)
        return NULL;
    GpObject *set_type = gp_dict_getitem_str(gp_interp()->builtins, "set");
    GpObject *s = set_type ? gp_call1(set_type, l) : NULL;
    GP_DECREF(l);
    return s;
}

static GpObject *posix_strerror(GpObject *m, GpObject *arg)
{
    int code;
    if (int_arg(arg, &code) < 0)
        return NULL;
    return gp_str_from_cstr(strerror(code));
}

static GpObject *posix_urandom(GpObject *m, GpObject *arg)
{
    int n;
    if (int_arg(arg, &n) < 0)
        return NULL;
    if (n < 0)
        return gp_err_format(&GpExc_ValueError, "negative argument not allowed");
    GpObject *b = gp_bytes_from(NULL, n);
    if (!b)
        return NULL;
    gp_ssize got = 0;
    while (got < n) {
        ssize_t r = getrandom(GP_BYTES_DATA(b) + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR) {
                if (eintr_retry() < 0) {
                    GP_DECREF(b);
                    return NULL;
                }
                continue;
            }
            GP_DECREF(b);
            return posix_error();
        }
        got += r;
    }
    return b;
}

static GpObject *posix_umask(GpObject *m, GpObject *arg)
{
    int mask;
    if (int_arg(arg, &mask) < 0)
        return NULL;
    return gp_int_from_i64(umask((mode_t)mask));
}

static GpObject *posix_get_terminal_size(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd = 1;
    if (gp_args_count("get_terminal_size", nargs, 0, 1) < 0 || (nargs && int_arg(args[0], &fd) < 0))
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return posix_error();
    GpObject *items[2] = { gp_int_from_i64(w.ws_col), gp_int_from_i64(w.ws_row) };
    GpObject *r = items[0] && items[1] ? gp_structseq_new(terminal_size_type, items, 2) : NULL;
    GP_XDECREF(items[0]);
    GP_XDECREF(items[1]);
    return r;
}

/* ---- environment ------------------------------------------------------------------- */

static GpObject *env_str_arg(GpObject *o, const char *what)
{
    if (GP_STR_CHECK(o))
        return gp_newref(o);
    if (GP_BYTES_CHECK(o))
        return gp_str_decode(GP_BYTES_DATA(o), GP_SIZE(o), "utf-8", "surrogateescape");
    return gp_err_format(&GpExc_TypeError, "str expected, not %T", o);
}

static GpObject *posix_putenv(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("putenv", nargs, 2, 2) < 0)
        return NULL;
    GpObject *k = env_str_arg(args[0], "name");
    GpObject *v = k ? env_str_arg(args[1], "value") : NULL;
    if (!v) {
        GP_XDECREF(k);
        return NULL;
    }
    GpObject *res = NULL;
    if (strchr(GP_STR_DATA(k), '=')) {
        gp_err_set_string(&GpExc_ValueError, "illegal environment variable name");
    } else if ((gp_ssize)strlen(GP_STR_DATA(k)) != GP_STR_NBYTES(k) ||
               (gp_ssize)strlen(GP_STR_DATA(v)) != GP_STR_NBYTES(v)) {
        gp_err_set_string(&GpExc_ValueError, "embedded null byte");
    } else if (setenv(GP_STR_DATA(k), GP_STR_DATA(v), 1) < 0) {
        posix_error();
    } else {
        res = gp_newref(gp_None);
    }
    GP_DECREF(k);
    GP_DECREF(v);
    return res;
}

static GpObject *posix_unsetenv(GpObject *m, GpObject *arg)
{
    GpObject *k = env_str_arg(arg, "name");
    if (!k)
        return NULL;
    GpObject *res = NULL;
    if (GP_STR_NBYTES(k) == 0 || strchr(GP_STR_DATA(k), '='))
        gp_err_set_string(&GpExc_ValueError, "illegal environment variable name");
    else if (unsetenv(GP_STR_DATA(k)) < 0)
        posix_error();
    else
        res = gp_newref(gp_None);
    GP_DECREF(k);
    return res;
}

static GpObject *build_environ(void)
{
    GpObject *d = gp_dict_new();
    if (!d)
        return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        GpObject *k = gp_str_decode(*e, eq - *e, "utf-8", "surrogateescape");
        GpObject *v = k ? gp_str_decode(eq + 1, (gp_ssize)strlen(eq + 1), "utf-8", "surrogateescape") : NULL;
        if (!v) {
            GP_XDECREF(k);
            GP_DECREF(d);
            return NULL;
        }
        /* the first definition wins, as in CPython */
        if (!gp_dict_getitem_err(d, k) && gp_dict_setitem(d, k, v) < 0) {
            GP_DECREF(k);
            GP_DECREF(v);
            GP_DECREF(d);
            return NULL;
        }
        GP_DECREF(k);
        GP_DECREF(v);
    }
    return d;
}

/* ---- files and directories ---------------------------------------------------------- */

static GpObject *posix_getcwd(GpObject *m, GpObject *u)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return posix_error();
    return gp_str_decode(buf, (gp_ssize)strlen(buf), "utf-8", "surrogateescape");
}

static GpObject *posix_getcwdb(GpObject *m, GpObject *u)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return posix_error();
    return gp_bytes_from(buf, (gp_ssize)strlen(buf));
}

static GpObject *posix_chdir(GpObject *m, GpObject *arg)
{
    GpObject *keep;
    const char *p;
    if (path_arg("chdir", "path", arg, &keep, &p) < 0)
        return NULL;
    int r = chdir(p);
    if (r < 0) {
        gp_err_from_errno_filename(&GpExc_OSError, arg);
        GP_DECREF(keep);
        return NULL;
    }
    GP_DECREF(keep);
    GP_RETURN_NONE;
}

/* Functions of one path argument returning None: unlink, rmdir. */
static GpObject *path1_call(const char *fname, GpObject *arg, int (*fn)(const char *))
{
    GpObject *keep;
    const char *p;
    if (path_arg(fname, "path", arg, &keep, &p) < 0)
        return NULL;
    if (fn(p) < 0) {
        gp_err_from_errno_filename(&GpExc_OSError, arg);
        GP_DECREF(keep);
        return NULL;
    }
    GP_DECREF(keep);
    GP_RETURN_NONE;
}

static GpObject *one_path_kw(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                             int (*fn)(const char *))
{
    static const char *const kwlist[] = { "path", "$dir_fd", NULL };
    GpObject *a[2];
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    return path1_call(fname, a[0], fn);
}
static GpObject *posix_unlink(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return one_path_kw("unlink", a, n, kw, unlink); }
static GpObject *posix_remove(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return one_path_kw("remove", a, n, kw, unlink); }
static GpObject *posix_rmdir(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return one_path_kw("rmdir", a, n, kw, rmdir); }

static GpObject *posix_mkdir(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "mode", "$dir_fd", NULL };
    GpObject *a[3];
    if (gp_args_parse("mkdir", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    int mode = 0777;
    if (a[1] && int_arg(a[1], &mode) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("mkdir", "path", a[0], &keep, &p) < 0)
        return NULL;
    if (mkdir(p, (mode_t)mode) < 0) {
        gp_err_from_errno_filename(&GpExc_OSError, a[0]);
        GP_DECREF(keep);
        return NULL;
    }
    GP_DECREF(keep);
    GP_RETURN_NONE;
}

static GpObject *two_paths(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                           int (*fn)(const char *, const char *))
{
    static const char *const kwlist[] = { "src", "dst", "$src_dir_fd", "dst_dir_fd", NULL };
    GpObject *a[4];
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 2, 2, a) < 0)
        return NULL;
    GpObject *k1, *k2;
    const char *p1, *p2;
    if (path_arg(fname, "src", a[0], &k1, &p1) < 0)
        return NULL;
    if (path_arg(fname, "dst", a[1], &k2, &p2) < 0) {
        GP_DECREF(k1);
        return NULL;
    }
    int r = fn(p1, p2);
    if (r < 0)
        gp_err_from_errno_filenames(&GpExc_OSError, a[0], a[1]);
    GP_DECREF(k1);
    GP_DECREF(k2);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}
static GpObject *posix_rename(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return two_paths("rename", a, n, kw, rename); }
static GpObject *posix_replace(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return two_paths("replace", a, n, kw, rename); }
static GpObject *posix_link(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return two_paths("link", a, n, kw, link); }
static GpObject *posix_symlink(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return two_paths("symlink", a, n, kw, symlink); }

static GpObject *posix_readlink(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "$dir_fd", NULL };
    GpObject *a[2];
    if (gp_args_parse("readlink", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("readlink", "path", a[0], &keep, &p) < 0)
        return NULL;
    char buf[4096];
    ssize_t n = readlink(p, buf, sizeof buf);
    if (n < 0) {
        gp_err_from_errno_filename(&GpExc_OSError, a[0]);
        GP_DECREF(keep);
        return NULL;
    }
    GpObject *r = GP_BYTES_CHECK(keep) ? gp_bytes_from(buf, n) : gp_str_decode(buf, n, "utf-8", "surrogateescape");
    GP_DECREF(keep);
    return r;
}

static GpObject *posix_chmod(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "mode", "$dir_fd", "follow_symlinks", NULL };
    GpObject *a[4];
    if (gp_args_parse("chmod", args, nargs, kwnames, kwlist, 2, 2, a) < 0)
        return NULL;
    int mode;
    if (int_arg(a[1], &mode) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("chmod", "path", a[0], &keep, &p) < 0)
        return NULL;
    int r = chmod(p, (mode_t)mode);
    if (r < 0)
        gp_err_from_errno_filename(&GpExc_OSError, a[0]);
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* uid/gid arguments: an int, -1 meaning "leave unchanged" (CPython's
 * _Py_Uid_Converter, without its unsigned range subtleties). */
static int id_arg(GpObject *o, long long *out)
{
    if (!GP_INT_CHECK(o) && !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "uid should be integer, not %T", o);
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    if (v < -1 || v > (gp_ssize)0xffffffffLL) {
        gp_err_set_string(&GpExc_OverflowError, v < 0 ? "uid is less than minimum" : "uid is greater than maximum");
        return -1;
    }
    *out = v;
    return 0;
}

/* chown/lchown: follow_symlinks=False or lchown use lchown(2). */
static GpObject *chown_impl(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                            int nofollow_default)
{
    static const char *const kwlist[] = { "path", "uid", "gid", "$dir_fd", "follow_symlinks", NULL };
    GpObject *a[5] = { NULL };
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 3, 3, a) < 0)
        return NULL;
    long long uid, gid;
    if (id_arg(a[1], &uid) < 0 || id_arg(a[2], &gid) < 0)
        return NULL;
    int nofollow = nofollow_default;
    if (a[4]) {
        int t = gp_is_true(a[4]);
        if (t < 0)
            return NULL;
        nofollow = !t;
    }
    GpObject *keep;
    const char *p;
    if (path_arg(fname, "path", a[0], &keep, &p) < 0)
        return NULL;
    int r = nofollow ? lchown(p, (uid_t)uid, (gid_t)gid) : chown(p, (uid_t)uid, (gid_t)gid);
    if (r < 0)
        gp_err_from_errno_filename(&GpExc_OSError, a[0]);
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *posix_chown(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return chown_impl("chown", args, nargs, kwnames, 0);
}

static GpObject *posix_lchown(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return chown_impl("lchown", args, nargs, kwnames, 1);
}

static GpObject *posix_fchown(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "fd", "uid", "gid", NULL };
    GpObject *a[3];
    if (gp_args_parse("fchown", args, nargs, kwnames, kwlist, 3, 3, a) < 0)
        return NULL;
    int fd;
    long long uid, gid;
    if (int_arg(a[0], &fd) < 0 || id_arg(a[1], &uid) < 0 || id_arg(a[2], &gid) < 0)
        return NULL;
    if (fchown(fd, (uid_t)uid, (gid_t)gid) < 0)
        return gp_err_from_errno(&GpExc_OSError);
    GP_RETURN_NONE;
}

/* mkfifo(path, mode=0o666) and mknod(path, mode=0o600, device=0). */
static GpObject *posix_mkfifo(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "mode", "$dir_fd", NULL };
    GpObject *a[3] = { NULL };
    if (gp_args_parse("mkfifo", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    int mode = 0666;
    if (a[1] && int_arg(a[1], &mode) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("mkfifo", "path", a[0], &keep, &p) < 0)
        return NULL;
    int r = mkfifo(p, (mode_t)mode);
    if (r < 0)
        gp_err_from_errno(&GpExc_OSError);   /* CPython names no file here */
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *posix_mknod(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "mode", "device", "$dir_fd", NULL };
    GpObject *a[4] = { NULL };
    if (gp_args_parse("mknod", args, nargs, kwnames, kwlist, 1, 3, a) < 0)
        return NULL;
    int mode = 0600;
    if (a[1] && int_arg(a[1], &mode) < 0)
        return NULL;
    unsigned long long dev = 0;
    if (a[2]) {
        int ov = 0;
        int64_t v = gp_int_as_i64_clamped(a[2], &ov);
        if (v == -1 && gp_err_occurred())
            return NULL;
        dev = (unsigned long long)v;
    }
    GpObject *keep;
    const char *p;
    if (path_arg("mknod", "path", a[0], &keep, &p) < 0)
        return NULL;
    int r = mknod(p, (mode_t)mode, (dev_t)dev);
    if (r < 0)
        gp_err_from_errno(&GpExc_OSError);   /* CPython names no file here */
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *posix_makedev(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("makedev", nargs, 2, 2) < 0)
        return NULL;
    int ma, mi;
    if (int_arg(args[0], &ma) < 0 || int_arg(args[1], &mi) < 0)
        return NULL;
    return gp_int_from_u64((uint64_t)makedev((unsigned)ma, (unsigned)mi));
}

static int dev_arg(GpObject *o, uint64_t *out)
{
    int ov = 0;
    int64_t v = gp_int_as_i64_clamped(o, &ov);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = (uint64_t)v;
    return 0;
}

static GpObject *posix_major(GpObject *m, GpObject *o)
{
    uint64_t d;
    return dev_arg(o, &d) < 0 ? NULL : gp_int_from_i64((int64_t)major((dev_t)d));
}

static GpObject *posix_minor(GpObject *m, GpObject *o)
{
    uint64_t d;
    return dev_arg(o, &d) < 0 ? NULL : gp_int_from_i64((int64_t)minor((dev_t)d));
}

static GpObject *posix_access(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "mode", "$dir_fd", "effective_ids", "follow_symlinks", NULL };
    GpObject *a[5];
    if (gp_args_parse("access", args, nargs, kwnames, kwlist, 2, 2, a) < 0)
        return NULL;
    int mode;
    if (int_arg(a[1], &mode) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("access", "path", a[0], &keep, &p) < 0)
        return NULL;
    int r = access(p, mode);
    GP_DECREF(keep);
    return gp_bool(r == 0);
}

static GpObject *posix_listdir(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", NULL };
    GpObject *a[1];
    if (gp_args_parse("listdir", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    GpObject *keep = NULL;
    const char *p = ".";
    int as_bytes = 0;
    if (a[0] && a[0] != gp_None) {
        if (path_arg("listdir", "path", a[0], &keep, &p) < 0)
            return NULL;
        as_bytes = GP_BYTES_CHECK(keep);
    }
    DIR *dir = opendir(p);
    if (!dir) {
        if (a[0] && a[0] != gp_None) {
            gp_err_from_errno_filename(&GpExc_OSError, a[0]);
        } else {
            GpObject *dot = gp_str_from_cstr(".");
            gp_err_from_errno_filename(&GpExc_OSError, dot);
            GP_XDECREF(dot);
        }
        GP_XDECREF(keep);
        return NULL;
    }
    GpObject *l = gp_list_new(0);
    struct dirent *de;
    errno = 0;
    while (l && (de = readdir(dir)) != NULL) {
        const char *n = de->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        GpObject *name = as_bytes ? gp_bytes_from(n, (gp_ssize)strlen(n))
                                  : gp_str_decode(n, (gp_ssize)strlen(n), "utf-8", "surrogateescape");
        if (!name || gp_list_append(l, name) < 0) {
            GP_XDECREF(name);
            GP_CLEAR(l);
            break;
        }
        GP_DECREF(name);
    }
    closedir(dir);
    GP_XDECREF(keep);
    return l;
}

/* ---- stat ----------------------------------------------------------------------------- */

static double ts_float(struct timespec ts) { return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9; }

/* os.stat_result: 10 visible items (the times as ints, as CPython) and,
 * past GP_SIZE, hidden items read through attributes: the float times, the
 * times in ns, st_blksize, st_blocks, st_rdev. */
enum { STAT_VISIBLE = 10, STAT_HIDDEN = 9 };
static const char *const stat_hidden_names[STAT_HIDDEN] = {
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
};

static GpObject *ts_ns(struct timespec ts)
{
    GpObject *sec = gp_int_from_i64((int64_t)ts.tv_sec);
    GpObject *giga = gp_int_from_i64(1000000000);
    GpObject *m = sec && giga ? gp_int_mul(sec, giga) : NULL;
    GpObject *ns = gp_int_from_i64((int64_t)ts.tv_nsec);
    GpObject *r = m && ns ? gp_int_add(m, ns) : NULL;
    GP_XDECREF(sec);
    GP_XDECREF(giga);
    GP_XDECREF(m);
    GP_XDECREF(ns);
    return r;
}

static GpObject *stat_to_result(const struct stat *st)
{
    GpObject *o = gp_obj_alloc(stat_result_type, STAT_VISIBLE + STAT_HIDDEN);
    if (!o)
        return NULL;
    GpObject *items[STAT_VISIBLE + STAT_HIDDEN];
    items[0] = gp_int_from_i64(st->st_mode);
    items[1] = gp_int_from_u64(st->st_ino);
    items[2] = gp_int_from_u64(st->st_dev);
    items[3] = gp_int_from_i64((int64_t)st->st_nlink);
    items[4] = gp_int_from_i64(st->st_uid);
    items[5] = gp_int_from_i64(st->st_gid);
    items[6] = gp_int_from_i64(st->st_size);
    items[7] = gp_int_from_i64((int64_t)st->st_atim.tv_sec);
    items[8] = gp_int_from_i64((int64_t)st->st_mtim.tv_sec);
    items[9] = gp_int_from_i64((int64_t)st->st_ctim.tv_sec);
    items[10] = gp_float_new(ts_float(st->st_atim));
    items[11] = gp_float_new(ts_float(st->st_mtim));
    items[12] = gp_float_new(ts_float(st->st_ctim));
    items[13] = ts_ns(st->st_atim);
    items[14] = ts_ns(st->st_mtim);
    items[15] = ts_ns(st->st_ctim);
    items[16] = gp_int_from_i64((int64_t)st->st_blksize);
    items[17] = gp_int_from_i64((int64_t)st->st_blocks);
    items[18] = gp_int_from_u64((uint64_t)st->st_rdev);
    int ok = 1;
    for (int i = 0; i < STAT_VISIBLE + STAT_HIDDEN; i++) {
        if (!items[i])
            ok = 0;
        GP_TUPLE_SET(o, i, items[i]);
    }
    ((GpVarObject *)o)->size = STAT_VISIBLE;
    gp_gc_track(o);
    if (!ok) {
        GP_DECREF(o);
        return NULL;
    }
    return o;
}

static void (*stat_tuple_dealloc)(GpObject *);

static void stat_result_dealloc(GpObject *o)
{
    GpObject **items = GP_TUPLE_ITEMS(o);
    for (int i = STAT_VISIBLE; i < STAT_VISIBLE + STAT_HIDDEN; i++)
        GP_XDECREF(items[i]);
    stat_tuple_dealloc(o);
}

static GpObject *stat_hidden_get(GpObject *self, void *closure)
{
    gp_ssize i = STAT_VISIBLE + (gp_ssize)(intptr_t)closure;
    GpObject *v = GP_TUPLE_ITEMS(self)[i];
    return v ? gp_newref(v) : gp_newref(gp_None);
}

static GpGetSetDef stat_hidden_getsets[STAT_HIDDEN];

/* Give os.stat_result its hidden fields (once, when the type is made). */
static int stat_result_setup(GpType *t)
{
    stat_tuple_dealloc = t->dealloc;
    t->dealloc = stat_result_dealloc;
    for (int i = 0; i < STAT_HIDDEN; i++) {
        stat_hidden_getsets[i].name = stat_hidden_names[i];
        stat_hidden_getsets[i].get = stat_hidden_get;
        stat_hidden_getsets[i].closure = (void *)(intptr_t)i;
        GpObject *d = gp_descr_new_getset(t, &stat_hidden_getsets[i]);
        if (!d || gp_dict_setitem_str(t->dict, stat_hidden_names[i], d) < 0) {
            GP_XDECREF(d);
            return -1;
        }
        GP_DECREF(d);
    }
    GpObject *nf = gp_int_from_i64(STAT_VISIBLE + STAT_HIDDEN);
    GpObject *ns = gp_int_from_i64(STAT_VISIBLE);
    GpObject *nu = gp_int_from_i64(3);
    int r = nf && ns && nu && gp_dict_setitem_str(t->dict, "n_fields", nf) == 0 &&
            gp_dict_setitem_str(t->dict, "n_sequence_fields", ns) == 0 &&
            gp_dict_setitem_str(t->dict, "n_unnamed_fields", nu) == 0 ? 0 : -1;
    GP_XDECREF(nf);
    GP_XDECREF(ns);
    GP_XDECREF(nu);
    gp_type_modified(t);
    return r;
}

static GpObject *do_stat(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames, int follow)
{
    static const char *const kwlist[] = { "path", "$dir_fd", "follow_symlinks", NULL };
    GpObject *a[3];
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    if (a[2]) {
        int f = gp_is_true(a[2]);
        if (f < 0)
            return NULL;
        follow = follow && f;
    }
    struct stat st;
    int r;
    if (GP_INT_CHECK(a[0]) && !GP_BOOL_CHECK(a[0])) {
        int fd;
        if (int_arg(a[0], &fd) < 0)
            return NULL;
        r = fstat(fd, &st);
        if (r < 0)
            return posix_error();
        return stat_to_result(&st);
    }
    GpObject *keep;
    const char *p;
    if (path_arg(fname, "path", a[0], &keep, &p) < 0)
        return NULL;
    GP_BEGIN_ALLOW_THREADS   /* a path lookup may wait on a slow filesystem */
    r = follow ? stat(p, &st) : lstat(p, &st);
    GP_END_ALLOW_THREADS
    if (r < 0) {
        gp_err_from_errno_filename(&GpExc_OSError, a[0]);
        GP_DECREF(keep);
        return NULL;
    }
    GP_DECREF(keep);
    return stat_to_result(&st);
}
static GpObject *posix_stat(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return do_stat("stat", a, n, kw, 1); }
static GpObject *posix_lstat(GpObject *m, GpObject *const *a, size_t n, GpObject *kw) { return do_stat("lstat", a, n, kw, 0); }

/* statvfs(path or fd): filesystem statistics (shutil.disk_usage needs them).
 * The result type is made on first use so that this function stays
 * self-contained; it is not exported as os.statvfs_result, and f_fsid (a
 * named-only field in CPython) is not provided. */
static GpType *statvfs_result_type;
static const char *const statvfs_fields[] = { "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail",
                                              "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax" };

static GpObject *posix_statvfs(GpObject *m, GpObject *arg)
{
    if (!statvfs_result_type) {
        statvfs_result_type = gp_structseq_new_type("os.statvfs_result", statvfs_fields, 10);
        if (!statvfs_result_type)
            return NULL;
    }
    struct statvfs st;
    int r;
    if (GP_INT_CHECK(arg) && !GP_BOOL_CHECK(arg)) {
        int fd;
        if (int_arg(arg, &fd) < 0)
            return NULL;
        r = fstatvfs(fd, &st);
        if (r < 0)
            return posix_error();
    } else {
        GpObject *keep;
        const char *p;
        if (path_arg("statvfs", "path", arg, &keep, &p) < 0)
            return NULL;
        GP_BEGIN_ALLOW_THREADS   /* may wait on a slow (network) filesystem */
        r = statvfs(p, &st);
        GP_END_ALLOW_THREADS
        if (r < 0)
            gp_err_from_errno_filename(&GpExc_OSError, arg);
        GP_DECREF(keep);
        if (r < 0)
            return NULL;
    }
    unsigned long long v[10] = { st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail,
                                 st.f_files, st.f_ffree, st.f_favail, st.f_flag, st.f_namemax };
    GpObject *items[10];
    int n = 0;
    for (; n < 10; n++) {
        items[n] = gp_int_from_u64(v[n]);
        if (!items[n])
            break;
    }
    GpObject *res = n == 10 ? gp_structseq_new(statvfs_result_type, items, 10) : NULL;
    for (int i = 0; i < n; i++)
        GP_DECREF(items[i]);
    return res;
}

static GpObject *posix_fstat(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0)
        return posix_error();
    return stat_to_result(&st);
}

/* ---- file descriptors ---------------------------------------------------------------- */

static GpObject *posix_open(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "flags", "mode", "$dir_fd", NULL };
    GpObject *a[4];
    if (gp_args_parse("open", args, nargs, kwnames, kwlist, 2, 3, a) < 0)
        return NULL;
    int flags, mode = 0777;
    if (int_arg(a[1], &flags) < 0 || (a[2] && int_arg(a[2], &mode) < 0))
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("open", "path", a[0], &keep, &p) < 0)
        return NULL;
    int fd;
    for (;;) {
        GP_BEGIN_ALLOW_THREADS   /* open() of a FIFO blocks until the other end opens */
        fd = open(p, flags | O_CLOEXEC, mode);
        GP_END_ALLOW_THREADS
        if (fd >= 0 || errno != EINTR)
            break;
        if (eintr_retry() < 0) {
            GP_DECREF(keep);
            return NULL;
        }
    }
    if (fd < 0)
        gp_err_from_errno_filename(&GpExc_OSError, a[0]);
    GP_DECREF(keep);
    if (fd < 0)
        return NULL;
    return gp_int_from_i64(fd);
}

static GpObject *posix_close(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    int r;
    GP_BEGIN_ALLOW_THREADS   /* closing a socket or a file on NFS can wait */
    r = close(fd);
    GP_END_ALLOW_THREADS
    if (r < 0 && errno != EINTR)
        return posix_error();
    GP_RETURN_NONE;
}

static GpObject *posix_closerange(GpObject *m, GpObject *const *args, size_t nargs)
{
    int lo, hi;
    if (gp_args_count("closerange", nargs, 2, 2) < 0 || int_arg(args[0], &lo) < 0 || int_arg(args[1], &hi) < 0)
        return NULL;
    for (int fd = lo; fd < hi; fd++)
        close(fd);
    GP_RETURN_NONE;
}

/* read/write on a pipe, socket or terminal can block for ever: without the
 * GIL (the buffers belong to objects the caller keeps alive). */
static ssize_t sys_fd_read(int fd, char *buf, size_t n)
{
    ssize_t r;
    GP_BEGIN_ALLOW_THREADS
    r = read(fd, buf, n);
    GP_END_ALLOW_THREADS
    return r;
}

static ssize_t sys_fd_write(int fd, const char *buf, size_t n)
{
    ssize_t r;
    GP_BEGIN_ALLOW_THREADS
    r = write(fd, buf, n);
    GP_END_ALLOW_THREADS
    return r;
}

static GpObject *posix_read(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd, n;
    if (gp_args_count("read", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0)
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return posix_error();
    }
    GpObject *b = gp_bytes_from(NULL, n);
    if (!b)
        return NULL;
    ssize_t r;
    while ((r = sys_fd_read(fd, GP_BYTES_DATA(b), (size_t)n)) < 0 && errno == EINTR)
        if (eintr_retry() < 0) {
            GP_DECREF(b);
            return NULL;
        }
    if (r < 0) {
        GP_DECREF(b);
        return posix_error();
    }
    if (r != n)
        return gp_bytes_resize(b, r);
    return b;
}

static GpObject *posix_write(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd;
    if (gp_args_count("write", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0)
        return NULL;
    /* the buffer is held: the write releases the GIL and EINTR runs
     * signal handlers, either of which could otherwise resize the source */
    GpBuffer view;
    if (gp_object_get_buffer(args[1], &view, GP_BUF_SIMPLE) < 0)
        return NULL;
    ssize_t r;
    while ((r = sys_fd_write(fd, view.buf, (size_t)view.len)) < 0 && errno == EINTR)
        if (eintr_retry() < 0) {
            gp_buffer_release(&view);
            return NULL;
        }
    gp_buffer_release(&view);
    if (r < 0)
        return posix_error();
    return gp_int_from_i64(r);
}

static GpObject *posix_lseek(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd, how;
    int64_t pos;
    if (gp_args_count("lseek", nargs, 3, 3) < 0 || int_arg(args[0], &fd) < 0 || int_arg(args[2], &how) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[1]))
        return gp_err_format(&GpExc_TypeError, "an integer is required");
    if (gp_int_as_i64(args[1], &pos) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0)
        return posix_error();
    return gp_int_from_i64(r);
}

static GpObject *posix_ftruncate(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd;
    int64_t len;
    if (gp_args_count("ftruncate", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[1]))
        return gp_err_format(&GpExc_TypeError, "an integer is required");
    if (gp_int_as_i64(args[1], &len) < 0)
        return NULL;
    if (ftruncate(fd, (off_t)len) < 0)
        return posix_error();
    GP_RETURN_NONE;
}

static GpObject *posix_truncate(GpObject *m, GpObject *const *args, size_t nargs)
{
    int64_t len;
    if (gp_args_count("truncate", nargs, 2, 2) < 0)
        return NULL;
    if (!GP_INT_CHECK(args[1]))
        return gp_err_format(&GpExc_TypeError, "an integer is required");
    if (gp_int_as_i64(args[1], &len) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("truncate", "path", args[0], &keep, &p) < 0)
        return NULL;
    int r = truncate(p, (off_t)len);
    if (r < 0)
        gp_err_from_errno_filename(&GpExc_OSError, args[0]);
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *posix_fsync(GpObject *m, GpObject *arg)
{
    int fd;
    if (GP_INT_CHECK(arg)) {
        if (int_arg(arg, &fd) < 0)
            return NULL;
    } else {
        GpObject *r = gp_call_method_str(arg, "fileno", NULL, 0);
        if (!r)
            return NULL;
        int rc = int_arg(r, &fd);
        GP_DECREF(r);
        if (rc < 0)
            return NULL;
    }
    int r;
    GP_BEGIN_ALLOW_THREADS   /* waits for the disk */
    r = fsync(fd);
    GP_END_ALLOW_THREADS
    if (r < 0)
        return posix_error();
    GP_RETURN_NONE;
}

static GpObject *posix_pipe(GpObject *m, GpObject *u)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return posix_error();
    GpObject *a = gp_int_from_i64(fds[0]), *b = gp_int_from_i64(fds[1]);
    GpObject *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    return t;
}

static GpObject *posix_dup(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return posix_error();
    return gp_int_from_i64(r);
}

static GpObject *posix_dup2(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "fd", "fd2", "inheritable", NULL };
    GpObject *a[3];
    if (gp_args_parse("dup2", args, nargs, kwnames, kwlist, 2, 3, a) < 0)
        return NULL;
    int fd, fd2, inheritable = 1;
    if (int_arg(a[0], &fd) < 0 || int_arg(a[1], &fd2) < 0 || (a[2] && (inheritable = gp_is_true(a[2])) < 0))
        return NULL;
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0)
        return posix_error();
    return gp_int_from_i64(r);
}

static GpObject *posix_isatty(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    return gp_bool(isatty(fd));
}

static GpObject *posix_get_inheritable(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0)
        return posix_error();
    return gp_bool(!(fl & FD_CLOEXEC));
}

static GpObject *posix_set_inheritable(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd, inh;
    if (gp_args_count("set_inheritable", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0 ||
        (inh = gp_is_true(args[1])) < 0)
        return NULL;
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0 || fcntl(fd, F_SETFD, inh ? (fl & ~FD_CLOEXEC) : (fl | FD_CLOEXEC)) < 0)
        return posix_error();
    GP_RETURN_NONE;
}

static GpObject *posix_get_blocking(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return posix_error();
    return gp_bool(!(fl & O_NONBLOCK));
}

static GpObject *posix_set_blocking(GpObject *m, GpObject *const *args, size_t nargs)
{
    int fd, blocking;
    if (gp_args_count("set_blocking", nargs, 2, 2) < 0 || int_arg(args[0], &fd) < 0 ||
        (blocking = gp_is_true(args[1])) < 0)
        return NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, blocking ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK)) < 0)
        return posix_error();
    GP_RETURN_NONE;
}

static GpObject *posix_fspath(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", NULL };
    GpObject *a[1];
    if (gp_args_parse("fspath", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    GpObject *o = a[0];
    if (GP_STR_CHECK(o) || GP_BYTES_CHECK(o))
        return gp_newref(o);
    GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__fspath__"));
    if (!meth) {
        if (gp_err_occurred())
            return NULL;
        return gp_err_format(&GpExc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
    }
    GpObject *p = gp_call0(meth);
    GP_DECREF(meth);
    if (p && !GP_STR_CHECK(p) && !GP_BYTES_CHECK(p)) {
        gp_err_format(&GpExc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o, p);
        GP_DECREF(p);
        return NULL;
    }
    return p;
}

static GpObject *posix_utime(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "times", "$ns", "dir_fd", "follow_symlinks", NULL };
    GpObject *a[5];
    if (gp_args_parse("utime", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (a[1] && a[1] != gp_None) {
        if (!GP_TUPLE_CHECK(a[1]) || GP_SIZE(a[1]) != 2)
            return gp_err_format(&GpExc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++) {
            GpObject *f = gp_number_float(GP_TUPLE_GET(a[1], i));
            if (!f)
                return NULL;
            double d = gp_float_as_double(f);
            GP_DECREF(f);
            ts[i].tv_sec = (time_t)d;
            ts[i].tv_nsec = (long)((d - (double)ts[i].tv_sec) * 1e9);
        }
        tsp = ts;
    }
    GpObject *keep;
    const char *p;
    if (path_arg("utime", "path", a[0], &keep, &p) < 0)
        return NULL;
    int r = utimensat(AT_FDCWD, p, tsp, 0);
    if (r < 0)
        gp_err_from_errno(&GpExc_OSError);      /* CPython names no file here */
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *posix_sched_yield(GpObject *m, GpObject *u)
{
    GP_BEGIN_ALLOW_THREADS   /* yielding while holding the GIL would let nobody run */
    sched_yield();
    GP_END_ALLOW_THREADS
    GP_RETURN_NONE;
}

static GpObject *posix_getloadavg(GpObject *m, GpObject *u)
{
    double l[3];
    if (getloadavg(l, 3) != 3)
        return gp_err_format(&GpExc_OSError, "Load averages are unobtainable");
    GpObject *a = gp_float_new(l[0]), *b = gp_float_new(l[1]), *c = gp_float_new(l[2]);
    GpObject *t = a && b && c ? gp_tuple_pack(3, a, b, c) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    GP_XDECREF(c);
    return t;
}

static GpObject *posix_execv(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("execv", nargs, 2, 2) < 0)
        return NULL;
    GpObject *keep;
    const char *p;
    if (path_arg("execv", "path", args[0], &keep, &p) < 0)
        return NULL;
    GpObject *seq = gp_sequence_tuple(args[1]);
    if (!seq) {
        GP_DECREF(keep);
        return NULL;
    }
    gp_ssize n = GP_SIZE(seq);
    if (n < 1) {
        GP_DECREF(keep);
        GP_DECREF(seq);
        return gp_err_format(&GpExc_ValueError, "execv() arg 2 must not be empty");
    }
    char **argv = calloc((size_t)n + 1, sizeof(char *));
    GpObject **keeps = calloc((size_t)n + 1, sizeof(GpObject *));
    int ok = argv && keeps;
    for (gp_ssize i = 0; ok && i < n; i++)
        if (path_arg("execv", "args", GP_TUPLE_GET(seq, i), &keeps[i], (const char **)&argv[i]) < 0)
            ok = 0;
    if (ok) {
        execv(p, argv);
        posix_error();
    } else if (!gp_err_occurred()) {
        gp_err_no_memory();
    }
    for (gp_ssize i = 0; keeps && i < n; i++)
        GP_XDECREF(keeps[i]);
    free(argv);
    free(keeps);
    GP_DECREF(seq);
    GP_DECREF(keep);
    return NULL;
}

/* An argv or environment string of execve(): CPython's FSConverter error. */
static int fs_arg(GpObject *o, GpObject **out, const char **c)
{
    if (!GP_STR_CHECK(o) && !GP_BYTES_CHECK(o)) {
        GpObject *meth = gp_lookup_special(o, gp_str_intern_cstr("__fspath__"));
        if (!meth) {
            if (!gp_err_occurred())
                gp_err_format(&GpExc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
            return -1;
        }
        GP_DECREF(meth);
    }
    return path_arg("execve", "argument", o, out, c);
}

/* "KEY=VALUE" for execve's environment: a new bytes object or NULL. */
static GpObject *env_entry(GpObject *key, GpObject *value)
{
    GpObject *kk, *vk;
    const char *k, *v;
    if (fs_arg(key, &kk, &k) < 0)
        return NULL;
    if (fs_arg(value, &vk, &v) < 0) {
        GP_DECREF(kk);
        return NULL;
    }
    GpObject *res = NULL;
    if (!*k || strchr(k, '=')) {
        gp_err_set_string(&GpExc_ValueError, "illegal environment variable name");
    } else {
        size_t kl = strlen(k), vl = strlen(v);
        res = gp_bytes_from(NULL, (gp_ssize)(kl + 1 + vl));
        if (res) {
            memcpy(GP_BYTES_DATA(res), k, kl);
            GP_BYTES_DATA(res)[kl] = '=';
            memcpy(GP_BYTES_DATA(res) + kl + 1, v, vl);
        }
    }
    GP_DECREF(kk);
    GP_DECREF(vk);
    return res;
}

/* execve(path, argv, env): argv a non-empty tuple or list, env a mapping.
 * The strings are converted before anything is executed; on failure the
 * error names the path, as in CPython. */
static GpObject *posix_execve(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "path", "argv", "env", NULL };
    GpObject *a[3];
    if (gp_args_parse("execve", args, nargs, kwnames, kwlist, 3, 3, a) < 0)
        return NULL;
    GpObject *keep, *seq = NULL, *keys = NULL, *entries = NULL, **keeps = NULL;
    char **argv = NULL, **envp = NULL;
    const char *p;
    gp_ssize n = 0, ne = 0;
    if (path_arg("execve", "path", a[0], &keep, &p) < 0)
        return NULL;
    if (!GP_TUPLE_CHECK(a[1]) && !GP_LIST_CHECK(a[1])) {
        gp_err_set_string(&GpExc_TypeError, "execve: argv must be a tuple or list");
        goto done;
    }
    if (!(seq = gp_sequence_tuple(a[1])))
        goto done;
    n = GP_SIZE(seq);
    if (n < 1) {
        gp_err_set_string(&GpExc_ValueError, "execve: argv must not be empty");
        goto done;
    }
    if (!gp_getattr_opt(a[2], gp_str_intern_cstr("keys"), &keys) || !keys) {
        if (!gp_err_occurred())
            gp_err_set_string(&GpExc_TypeError, "execve: environment must be a mapping object");
        goto done;
    }
    argv = calloc((size_t)n + 1, sizeof(char *));
    keeps = calloc((size_t)n + 1, sizeof(GpObject *));
    if (!argv || !keeps) {
        gp_err_no_memory();
        goto done;
    }
    for (gp_ssize i = 0; i < n; i++)
        if (fs_arg(GP_TUPLE_GET(seq, i), &keeps[i], (const char **)&argv[i]) < 0)
            goto done;
    if (!argv[0][0]) {
        gp_err_set_string(&GpExc_ValueError, "execve: argv first element cannot be empty");
        goto done;
    }
    GpObject *klist = gp_call0(keys);
    GpObject *kt = klist ? gp_sequence_tuple(klist) : NULL;
    GP_XDECREF(klist);
    if (!kt)
        goto done;
    ne = GP_SIZE(kt);
    entries = gp_tuple_new(ne);
    envp = calloc((size_t)ne + 1, sizeof(char *));
    if (!entries || !envp) {
        GP_DECREF(kt);
        if (!gp_err_occurred())
            gp_err_no_memory();
        goto done;
    }
    for (gp_ssize i = 0; i < ne; i++) {
        GpObject *v = gp_getitem(a[2], GP_TUPLE_GET(kt, i));
        GpObject *e = v ? env_entry(GP_TUPLE_GET(kt, i), v) : NULL;
        GP_XDECREF(v);
        if (!e) {
            GP_DECREF(kt);
            goto done;
        }
        GP_TUPLE_SET(entries, i, e);
        envp[i] = GP_BYTES_DATA(e);
    }
    GP_DECREF(kt);
    execve(p, argv, envp);
    gp_err_from_errno_filename(&GpExc_OSError, a[0]);
done:
    for (gp_ssize i = 0; keeps && i < n; i++)
        GP_XDECREF(keeps[i]);
    free(argv);
    free(keeps);
    free(envp);
    GP_XDECREF(entries);
    GP_XDECREF(keys);
    GP_XDECREF(seq);
    GP_DECREF(keep);
    return NULL;
}

/* ---- the module ------------------------------------------------------------------------ */

#define KW GP_METH_FASTKW
static const GpMethodDef posix_functions[] = {
    GP_METHOD("getpid", posix_getpid, GP_METH_NOARGS),
    GP_METHOD("getppid", posix_getppid, GP_METH_NOARGS),
    GP_METHOD("getuid", posix_getuid, GP_METH_NOARGS),
    GP_METHOD("geteuid", posix_geteuid, GP_METH_NOARGS),
    GP_METHOD("getgid", posix_getgid, GP_METH_NOARGS),
    GP_METHOD("getegid", posix_getegid, GP_METH_NOARGS),
    GP_METHOD("getpgrp", posix_getpgrp, GP_METH_NOARGS),
    GP_METHOD("setsid", posix_setsid, GP_METH_NOARGS),
    GP_METHOD("_exit", posix_exit, GP_METH_O),
    GP_METHOD("abort", posix_abort, GP_METH_NOARGS),
    GP_METHOD("kill", posix_kill, GP_METH_FAST),
    GP_METHOD("killpg", posix_killpg, GP_METH_FAST),
    GP_METHOD("fork", posix_fork, GP_METH_NOARGS),
    GP_METHOD("register_at_fork", posix_register_at_fork, GP_METH_FASTKW),
    GP_METHOD("_fork_no_hooks", posix_fork_no_hooks, GP_METH_NOARGS),
    GP_METHOD("wait", posix_wait, GP_METH_NOARGS),
    GP_METHOD("waitpid", posix_waitpid, GP_METH_FAST),
    GP_METHOD("WIFEXITED", posix_WIFEXITED, GP_METH_O),
    GP_METHOD("WEXITSTATUS", posix_WEXITSTATUS, GP_METH_O),
    GP_METHOD("WIFSIGNALED", posix_WIFSIGNALED, GP_METH_O),
    GP_METHOD("WTERMSIG", posix_WTERMSIG, GP_METH_O),
    GP_METHOD("WIFSTOPPED", posix_WIFSTOPPED, GP_METH_O),
    GP_METHOD("WSTOPSIG", posix_WSTOPSIG, GP_METH_O),
    GP_METHOD("WCOREDUMP", posix_WCOREDUMP, GP_METH_O),
    GP_METHOD("WIFCONTINUED", posix_WIFCONTINUED, GP_METH_O),
    GP_METHOD("waitstatus_to_exitcode", posix_waitstatus_to_exitcode, GP_METH_O),
    GP_METHOD("system", posix_system, KW),
    GP_METHOD("times", posix_times, GP_METH_NOARGS),
    GP_METHOD("uname", posix_uname, GP_METH_NOARGS),
    GP_METHOD("cpu_count", posix_cpu_count, GP_METH_NOARGS),
    GP_METHOD("sched_getaffinity", posix_sched_getaffinity, GP_METH_O),
    GP_METHOD("sched_yield", posix_sched_yield, GP_METH_NOARGS),
    GP_METHOD("getloadavg", posix_getloadavg, GP_METH_NOARGS),
    GP_METHOD("strerror", posix_strerror, GP_METH_O),
    GP_METHOD("urandom", posix_urandom, GP_METH_O),
    GP_METHOD("umask", posix_umask, GP_METH_O),
    GP_METHOD("get_terminal_size", posix_get_terminal_size, GP_METH_FAST),
    GP_METHOD("putenv", posix_putenv, GP_METH_FAST),
    GP_METHOD("unsetenv", posix_unsetenv, GP_METH_O),
    GP_METHOD("getcwd", posix_getcwd, GP_METH_NOARGS),
    GP_METHOD("getcwdb", posix_getcwdb, GP_METH_NOARGS),
    GP_METHOD("chdir", posix_chdir, GP_METH_O),
    GP_METHOD("unlink", posix_unlink, KW),
    GP_METHOD("remove", posix_remove, KW),
    GP_METHOD("rmdir", posix_rmdir, KW),
    GP_METHOD("mkdir", posix_mkdir, KW),
    GP_METHOD("rename", posix_rename, KW),
    GP_METHOD("replace", posix_replace, KW),
    GP_METHOD("link", posix_link, KW),
    GP_METHOD("symlink", posix_symlink, KW),
    GP_METHOD("readlink", posix_readlink, KW),
    GP_METHOD("chmod", posix_chmod, KW),
    GP_METHOD("chown", posix_chown, KW),
    GP_METHOD("lchown", posix_lchown, KW),
    GP_METHOD("fchown", posix_fchown, KW),
    GP_METHOD("mkfifo", posix_mkfifo, KW),
    GP_METHOD("mknod", posix_mknod, KW),
    GP_METHOD("makedev", posix_makedev, GP_METH_FAST),
    GP_METHOD("major", posix_major, GP_METH_O),
    GP_METHOD("minor", posix_minor, GP_METH_O),
    GP_METHOD("access", posix_access, KW),
    GP_METHOD("listdir", posix_listdir, KW),
    GP_METHOD("stat", posix_stat, KW),
    GP_METHOD("lstat", posix_lstat, KW),
    GP_METHOD("fstat", posix_fstat, GP_METH_O),
    GP_METHOD("open", posix_open, KW),
    GP_METHOD("close", posix_close, GP_METH_O),
    GP_METHOD("closerange", posix_closerange, GP_METH_FAST),
    GP_METHOD("read", posix_read, GP_METH_FAST),
    GP_METHOD("write", posix_write, GP_METH_FAST),
    GP_METHOD("lseek", posix_lseek, GP_METH_FAST),
    GP_METHOD("ftruncate", posix_ftruncate, GP_METH_FAST),
    GP_METHOD("truncate", posix_truncate, GP_METH_FAST),
    GP_METHOD("fsync", posix_fsync, GP_METH_O),
    GP_METHOD("pipe", posix_pipe, GP_METH_NOARGS),
    GP_METHOD("dup", posix_dup, GP_METH_O),
    GP_METHOD("dup2", posix_dup2, KW),
    GP_METHOD("isatty", posix_isatty, GP_METH_O),
    GP_METHOD("get_inheritable", posix_get_inheritable, GP_METH_O),
    GP_METHOD("set_inheritable", posix_set_inheritable, GP_METH_FAST),
    GP_METHOD("get_blocking", posix_get_blocking, GP_METH_O),
    GP_METHOD("set_blocking", posix_set_blocking, GP_METH_FAST),
    GP_METHOD("fspath", posix_fspath, KW),
    GP_METHOD("utime", posix_utime, KW),
    GP_METHOD("statvfs", posix_statvfs, GP_METH_O),
    GP_METHOD("execv", posix_execv, GP_METH_FAST),
    GP_METHOD("execve", posix_execve, KW),
    { NULL },
};

static const char *const stat_fields[] = { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                                           "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime" };
static const char *const times_fields[] = { "user", "system", "children_user", "children_system", "elapsed" };
static const char *const uname_fields[] = { "sysname", "nodename", "release", "version", "machine" };
static const char *const termsize_fields[] = { "columns", "lines" };

int gp_mod_posix_init(GpObject *module)
{
    GpObject *d = GP_MODULE_DICT(module);
    GpObject *modname = gp_str_from_cstr("posix");
    if (!modname)
        return -1;
    int r = gp_add_functions(d, posix_functions, modname);
    GP_DECREF(modname);
    if (r < 0)
        return -1;
    if (!stat_result_type) {
        stat_result_type = gp_structseq_new_type("os.stat_result", stat_fields, 10);
        times_result_type = gp_structseq_new_type("posix.times_result", times_fields, 5);
        uname_result_type = gp_structseq_new_type("posix.uname_result", uname_fields, 5);
        terminal_size_type = gp_structseq_new_type("os.terminal_size", termsize_fields, 2);
        if (!stat_result_type || !times_result_type || !uname_result_type || !terminal_size_type)
            return -1;
        if (stat_result_setup(stat_result_type) < 0)
            return -1;
    }
    if (gp_dict_setitem_str(d, "stat_result", (GpObject *)stat_result_type) < 0 ||
        gp_dict_setitem_str(d, "times_result", (GpObject *)times_result_type) < 0 ||
        gp_dict_setitem_str(d, "uname_result", (GpObject *)uname_result_type) < 0 ||
        gp_dict_setitem_str(d, "terminal_size", (GpObject *)terminal_size_type) < 0)
        return -1;
    GpObject *env = build_environ();
    if (!env || gp_dict_setitem_str(d, "environ", env) < 0) {
        GP_XDECREF(env);
        return -1;
    }
    GP_DECREF(env);
    static const struct { const char *name; long value; } consts[] = {
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "O_APPEND", O_APPEND }, { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL },
        { "O_TRUNC", O_TRUNC }, { "O_NONBLOCK", O_NONBLOCK }, { "O_NDELAY", O_NDELAY },
        { "O_SYNC", O_SYNC }, { "O_DSYNC", O_DSYNC }, { "O_NOCTTY", O_NOCTTY },
        { "O_CLOEXEC", O_CLOEXEC }, { "O_DIRECTORY", O_DIRECTORY }, { "O_NOFOLLOW", O_NOFOLLOW },
        { "O_ACCMODE", O_ACCMODE },
        { "SEEK_SET", SEEK_SET }, { "SEEK_CUR", SEEK_CUR }, { "SEEK_END", SEEK_END },
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
        { "WNOHANG", WNOHANG }, { "WUNTRACED", WUNTRACED }, { "WCONTINUED", WCONTINUED },
        { "EX_OK", 0 }, { "EX_USAGE", 64 }, { "EX_SOFTWARE", 70 },
        { "F_GETFD", F_GETFD }, { "F_SETFD", F_SETFD }, { "F_GETFL", F_GETFL }, { "F_SETFL", F_SETFL },
        { "FD_CLOEXEC", FD_CLOEXEC },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        GpObject *v = gp_int_from_i64(consts[i].value);
        if (!v || gp_dict_setitem_str(d, consts[i].name, v) < 0) {
            GP_XDECREF(v);
            return -1;
        }
        GP_DECREF(v);
    }
    return 0;
}
