/* selectmodule.c -- the select module: select.select() and select.poll().
 *
 * Both wait for file descriptors to become ready, so both release the GIL
 * around the system call (other threads run meanwhile). The descriptor sets
 * are built from Python objects before the GIL is released and read back
 * after it is taken again: nothing between the two touches an object.
 *
 * Signals (PEP 475): a wait interrupted by a signal (EINTR) takes the GIL
 * back, runs the Python signal handlers -- which may raise, e.g.
 * KeyboardInterrupt -- and then waits again for what is left of the
 * timeout, recomputed from a monotonic deadline.
 *
 * Timeouts follow CPython: select() takes seconds (float or int, None =
 * forever), poll() milliseconds (None or negative = forever); both round
 * up (a timeout that is not zero never becomes a busy poll).
 */
#define _GNU_SOURCE 1   /* POLLRDHUP */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include "gilpy.h"
#include "concurrency/gil.h"

/* ---- shared helpers --------------------------------------------------------- */

/* The file descriptor of an int or of an object with fileno(), with
 * CPython's errors (PyObject_AsFileDescriptor). 0 or -1. */
static int fd_from_object(GpObject *o, int *fd)
{
    GpObject *v;
    if (GP_INT_CHECK(o)) {
        v = gp_newref(o);
    } else {
        GpObject *meth;
        int r = gp_getattr_opt(o, gp_str_intern_cstr("fileno"), &meth);
        if (r < 0)
            return -1;
        if (r == 0) {
            gp_err_set_string(&GpExc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = gp_call0(meth);
        GP_DECREF(meth);
        if (!v)
            return -1;
        if (!GP_INT_CHECK(v)) {
            GP_DECREF(v);
            gp_err_set_string(&GpExc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t x;
    int r = gp_int_as_i64(v, &x);
    GP_DECREF(v);
    if (r < 0 || x > INT_MAX || x < INT_MIN) {
        if (r == 0 || gp_err_matches(&GpExc_OverflowError)) {
            gp_err_clear();
            gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (x < 0) {
        gp_err_format(&GpExc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)x);
        return -1;
    }
    *fd = (int)x;
    return 0;
}

/* Seconds as a float or int -> nanoseconds rounded up; None -> -1 (no
 * timeout). 0 or -1 with an exception. `what` picks the TypeError text. */
static int timeout_ns(GpObject *o, double scale, const char *typemsg, int64_t *out)
{
    if (o == gp_None) {
        *out = -1;
        return 0;
    }
    double d;
    if (GP_FLOAT_CHECK(o)) {
        d = gp_float_as_double(o);
    } else if (GP_INT_CHECK(o) || gp_index_check(o)) {
        GpObject *i = gp_number_index(o);
        if (!i)
            return -1;
        d = gp_int_as_double(i);
        GP_DECREF(i);
        if (d == -1.0 && gp_err_occurred()) {
            gp_err_clear();
            gp_err_set_string(&GpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
    } else {
        gp_err_set_string(&GpExc_TypeError, typemsg);
        return -1;
    }
    if (isnan(d)) {
        gp_err_set_string(&GpExc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    d *= scale;
    if (d < 0) {
        *out = -2;            /* negative: the caller decides */
        return 0;
    }
    if (d >= 9.2e18) {
        gp_err_set_string(&GpExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (int64_t)ceil(d);
    return 0;
}

/* ---- select.select ------------------------------------------------------------ */

/* One of the three lists: its objects and their descriptors. */
typedef struct {
    GpObject *seq;      /* a list (new ref) */
    int *fds;
} FdList;

static int fdlist_build(FdList *l, GpObject *arg, fd_set *set, int *maxfd)
{
    l->seq = NULL;
    l->fds = NULL;
    /* a private copy: fileno() methods cannot change it under us */
    l->seq = gp_sequence_list(arg);
    if (!l->seq && gp_err_matches(&GpExc_TypeError)) {
        gp_err_clear();
        gp_err_set_string(&GpExc_TypeError, "arguments 1-3 must be sequences");
    }
    if (!l->seq)
        return -1;
    gp_ssize n = GP_SIZE(l->seq);
    l->fds = malloc(sizeof(int) * (size_t)(n ? n : 1));
    if (!l->fds) {
        gp_err_no_memory();
        return -1;
    }
    for (gp_ssize i = 0; i < GP_SIZE(l->seq); i++) {
        int fd;
        if (fd_from_object(GP_LIST_GET(l->seq, i), &fd) < 0)
            return -1;
        if (fd >= FD_SETSIZE) {
            gp_err_set_string(&GpExc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        l->fds[i] = fd;
        FD_SET(fd, set);
        if (fd > *maxfd)
            *maxfd = fd;
    }
    return 0;
}

static void fdlist_free(FdList *l)
{
    GP_XDECREF(l->seq);
    free(l->fds);
}

/* The objects of l whose descriptor is in set, in order. */
static GpObject *fdlist_ready(FdList *l, fd_set *set)
{
    GpObject *r = gp_list_new(0);
    if (!r)
        return NULL;
    gp_ssize n = GP_SIZE(l->seq);
    for (gp_ssize i = 0; i < n; i++) {
        if (FD_ISSET(l->fds[i], set) && gp_list_append(r, GP_LIST_GET(l->seq, i)) < 0) {
            GP_DECREF(r);
            return NULL;
        }
    }
    return r;
}

static GpObject *select_select(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("select", nargs, 3, 4) < 0)
        return NULL;
    int64_t tmo = -1;
    if (nargs == 4) {
        if (timeout_ns(args[3], 1e9, "timeout must be a float or None", &tmo) < 0)
            return NULL;
        if (tmo == -2) {
            gp_err_set_string(&GpExc_ValueError, "timeout must be non-negative");
            return NULL;
        }
    }
    fd_set sets[3], work[3];
    FdList lists[3] = { { NULL, NULL }, { NULL, NULL }, { NULL, NULL } };
    int maxfd = -1;
    GpObject *result = NULL;
    for (int k = 0; k < 3; k++) {
        FD_ZERO(&sets[k]);
        if (fdlist_build(&lists[k], args[k], &sets[k], &maxfd) < 0)
            goto done;
    }
    uint64_t deadline = tmo >= 0 ? gp_gil_now_ns() + (uint64_t)tmo : 0;
    int n;
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (tmo >= 0) {
            tv.tv_sec = (time_t)(tmo / 1000000000);
            tv.tv_usec = (suseconds_t)((tmo % 1000000000 + 999) / 1000);
            if (tv.tv_usec >= 1000000) {
                tv.tv_sec++;
                tv.tv_usec -= 1000000;
            }
            tvp = &tv;
        }
        memcpy(work, sets, sizeof work);
        GP_BEGIN_ALLOW_THREADS
        n = select(maxfd + 1, &work[0], &work[1], &work[2], tvp);
        GP_END_ALLOW_THREADS
        if (n >= 0 || errno != EINTR)
            break;
        /* interrupted: run the signal handlers, then wait for the rest */
        if (gp_eval_handle_breaker(gp_tstate()) < 0)
            goto done;
        if (tmo >= 0) {
            uint64_t now = gp_gil_now_ns();
            tmo = now >= deadline ? 0 : (int64_t)(deadline - now);
        }
    }
    if (n < 0) {
        gp_err_from_errno(&GpExc_OSError);
        goto done;
    }
    GpObject *r[3] = { NULL, NULL, NULL };
    for (int k = 0; k < 3; k++) {
        if (!(r[k] = fdlist_ready(&lists[k], &work[k]))) {
            GP_XDECREF(r[0]);
            GP_XDECREF(r[1]);
            goto done;
        }
    }
    result = gp_tuple_new(3);
    if (result) {
        for (int k = 0; k < 3; k++)
            GP_TUPLE_SET(result, k, r[k]);
    } else {
        for (int k = 0; k < 3; k++)
            GP_DECREF(r[k]);
    }
done:
    for (int k = 0; k < 3; k++)
        fdlist_free(&lists[k]);
    return result;
}

/* ---- select.poll ---------------------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *fds;          /* dict: fd -> event mask */
    struct pollfd *ufds;    /* built from fds before each poll() */
    int nufds;
    int ufds_stale;         /* fds changed since ufds was built */
    int running;            /* a poll() is in progress (GIL released) */
} PollObject;

static GpType PollType;

static int events_arg(GpObject *o, unsigned short *out)
{
    int64_t v;
    if (!GP_INT_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    if (gp_int_as_i64(o, &v) < 0)
        return -1;
    if (v < 0) {
        gp_err_set_string(&GpExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (v > USHRT_MAX) {
        gp_err_set_string(&GpExc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

static GpObject *poll_set(PollObject *p, int fd, unsigned short ev)
{
    GpObject *k = gp_int_from_i64(fd), *v = gp_int_from_i64(ev);
    int r = k && v ? gp_dict_setitem(p->fds, k, v) : -1;
    GP_XDECREF(k);
    GP_XDECREF(v);
    if (r < 0)
        return NULL;
    p->ufds_stale = 1;
    GP_RETURN_NONE;
}

static GpObject *poll_register(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("register", nargs, 1, 2) < 0)
        return NULL;
    int fd;
    unsigned short ev = POLLIN | POLLPRI | POLLOUT;
    if (fd_from_object(args[0], &fd) < 0 || (nargs > 1 && events_arg(args[1], &ev) < 0))
        return NULL;
    return poll_set((PollObject *)self, fd, ev);
}

static GpObject *poll_modify(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("modify", nargs, 2, 2) < 0)
        return NULL;
    PollObject *p = (PollObject *)self;
    int fd;
    unsigned short ev;
    if (fd_from_object(args[0], &fd) < 0 || events_arg(args[1], &ev) < 0)
        return NULL;
    GpObject *k = gp_int_from_i64(fd);
    if (!k)
        return NULL;
    int has = gp_dict_contains(p->fds, k);
    GP_DECREF(k);
    if (has < 0)
        return NULL;
    if (!has) {
        errno = ENOENT;
        return gp_err_from_errno(&GpExc_OSError);
    }
    return poll_set(p, fd, ev);
}

static GpObject *poll_unregister(GpObject *self, GpObject *arg)
{
    PollObject *p = (PollObject *)self;
    int fd;
    if (fd_from_object(arg, &fd) < 0)
        return NULL;
    GpObject *k = gp_int_from_i64(fd);
    if (!k)
        return NULL;
    int r = gp_dict_delitem(p->fds, k);   /* KeyError(fd) when absent */
    GP_DECREF(k);
    if (r < 0)
        return NULL;
    p->ufds_stale = 1;
    GP_RETURN_NONE;
}

static int poll_build(PollObject *p)
{
    gp_ssize n = gp_len(p->fds);
    if (n < 0)
        return -1;
    struct pollfd *u = realloc(p->ufds, sizeof *u * (size_t)(n ? n : 1));
    if (!u) {
        gp_err_no_memory();
        return -1;
    }
    p->ufds = u;
    gp_ssize pos = 0;
    GpObject *k, *v;
    int i = 0;
    while (gp_dict_next(p->fds, &pos, &k, &v) && i < n) {
        int64_t fd, ev;
        if (gp_int_as_i64(k, &fd) < 0 || gp_int_as_i64(v, &ev) < 0)
            return -1;
        u[i].fd = (int)fd;
        u[i].events = (short)ev;
        u[i].revents = 0;
        i++;
    }
    p->nufds = i;
    p->ufds_stale = 0;
    return 0;
}

static GpObject *poll_poll(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("poll", nargs, 0, 1) < 0)
        return NULL;
    PollObject *p = (PollObject *)self;
    int64_t tmo = -1;   /* ns; -1 = forever */
    if (nargs == 1) {
        if (timeout_ns(args[0], 1e6, "timeout must be an integer or None", &tmo) < 0)
            return NULL;
        if (tmo == -2)
            tmo = -1;
        else if (tmo / 1000000 > INT_MAX) {
            gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
    }
    if (p->running) {
        gp_err_set_string(&GpExc_RuntimeError, "concurrent poll() invocation");
        return NULL;
    }
    if (p->ufds_stale && poll_build(p) < 0)
        return NULL;
    uint64_t deadline = tmo >= 0 ? gp_gil_now_ns() + (uint64_t)tmo : 0;
    int n;
    p->running = 1;
    for (;;) {
        int ms = tmo < 0 ? -1 : (int)((tmo + 999999) / 1000000);
        struct pollfd *u = p->ufds;
        int nu = p->nufds;
        GP_BEGIN_ALLOW_THREADS
        n = poll(u, (nfds_t)nu, ms);
        GP_END_ALLOW_THREADS
        if (n >= 0 || errno != EINTR)
            break;
        if (gp_eval_handle_breaker(gp_tstate()) < 0) {
            p->running = 0;
            return NULL;
        }
        if (tmo >= 0) {
            uint64_t now = gp_gil_now_ns();
            tmo = now >= deadline ? 0 : (int64_t)(deadline - now);
        }
    }
    p->running = 0;
    if (n < 0)
        return gp_err_from_errno(&GpExc_OSError);
    GpObject *r = gp_list_new(0);
    if (!r)
        return NULL;
    for (int i = 0; i < p->nufds && n > 0; i++) {
        if (!p->ufds[i].revents)
            continue;
        n--;
        GpObject *a = gp_int_from_i64(p->ufds[i].fd);
        GpObject *b = gp_int_from_i64(p->ufds[i].revents & 0xffff);
        GpObject *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
        GP_XDECREF(a);
        GP_XDECREF(b);
        if (!t || gp_list_append(r, t) < 0) {
            GP_XDECREF(t);
            GP_DECREF(r);
            return NULL;
        }
        GP_DECREF(t);
        p->ufds[i].revents = 0;
    }
    return r;
}

static void poll_dealloc(GpObject *o)
{
    PollObject *p = (PollObject *)o;
    GP_XDECREF(p->fds);
    free(p->ufds);
    gp_obj_free(o);
}

static GpObject *poll_type_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_err_format(&GpExc_TypeError, "cannot create '%s' instances", t->name);
}

static const GpMethodDef poll_methods[] = {
    GP_METHOD("register", poll_register, GP_METH_FAST),
    GP_METHOD("modify", poll_modify, GP_METH_FAST),
    GP_METHOD("unregister", poll_unregister, GP_METH_O),
    GP_METHOD("poll", poll_poll, GP_METH_FAST),
    { NULL },
};

static GpType PollType = {
    GP_TYPE_HEAD_INIT,
    .name = "select.poll",
    .basicsize = sizeof(PollObject),
    .dealloc = poll_dealloc,
    .getattro = gp_generic_getattr,
    .new_ = poll_type_new,
    .methods = poll_methods,
};

static GpObject *select_poll(GpObject *m, GpObject *u)
{
    PollObject *p = (PollObject *)gp_obj_alloc(&PollType, 0);
    if (!p)
        return NULL;
    p->fds = gp_dict_new();
    if (!p->fds) {
        GP_DECREF(p);
        return NULL;
    }
    p->ufds_stale = 1;
    return (GpObject *)p;
}

/* ---- the module ------------------------------------------------------------------ */

static const GpMethodDef select_functions[] = {
    GP_METHOD("select", select_select, GP_METH_FAST),
    GP_METHOD("poll", select_poll, GP_METH_NOARGS),
    { NULL },
};

int gp_mod_select_init(GpObject *module)
{
    if (gp_type_ready(&PollType) < 0)
        return -1;
    GpObject *d = GP_MODULE_DICT(module);
    GpObject *modname = gp_str_from_cstr("select");
    if (!modname)
        return -1;
    int r = gp_add_functions(d, select_functions, modname);
    GP_DECREF(modname);
    if (r < 0 || gp_dict_setitem_str(d, "error", (GpObject *)&GpExc_OSError) < 0)
        return -1;
    static const struct { const char *name; long value; } consts[] = {
        { "POLLIN", POLLIN }, { "POLLPRI", POLLPRI }, { "POLLOUT", POLLOUT },
        { "POLLERR", POLLERR }, { "POLLHUP", POLLHUP }, { "POLLNVAL", POLLNVAL },
        { "POLLRDNORM", POLLRDNORM }, { "POLLRDBAND", POLLRDBAND },
        { "POLLWRNORM", POLLWRNORM }, { "POLLWRBAND", POLLWRBAND },
        { "POLLMSG", POLLMSG }, { "POLLRDHUP", POLLRDHUP },
        { "PIPE_BUF", PIPE_BUF },
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
