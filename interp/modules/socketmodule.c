/* socketmodule.c -- _socket: BSD sockets, the C half of the socket module
 * (interp/lib/socket.py adds the Python layer: the socket class with
 * accept() returning socket objects, makefile(), create_connection, the
 * AddressFamily/SocketKind enums ...), modelled on CPython's.
 *
 * Blocking and the GIL
 * --------------------
 * Every call that can wait (accept, connect, send, recv, DNS lookups,
 * close) runs with the GIL released, so a thread blocked on a socket never
 * stops the others. Nothing between GP_BEGIN_ALLOW_THREADS and
 * GP_END_ALLOW_THREADS touches an object: the operation's inputs and
 * outputs travel in a small C struct, and errno is read only after the GIL
 * is back (the GIL layer preserves it).
 *
 * Timeouts (CPython's sock_call_ex)
 * ---------------------------------
 * A socket is in one of three modes, kept in `timeout` (nanoseconds):
 *   -1  blocking: the descriptor is blocking; the call simply waits;
 *    0  non-blocking: the descriptor has O_NONBLOCK; EAGAIN becomes
 *       BlockingIOError;
 *   >0  timeout: the descriptor has O_NONBLOCK too; before each attempt
 *       poll() waits (GIL released) for readiness until a deadline fixed
 *       at the first attempt, and when the deadline passes the call raises
 *       TimeoutError("timed out"). A spurious EAGAIN after a successful
 *       poll just loops.
 * A signal that interrupts a wait (EINTR) takes the GIL back, runs the
 * Python handlers (Ctrl-C raises KeyboardInterrupt here) and retries with
 * what is left of the timeout (PEP 475).
 *
 * A buffer a send reads from is an argument the caller keeps alive; a
 * bytearray's export count is raised around the call so that another thread
 * cannot resize it while the GIL is released.
 */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "objects/typeobject.h"
#include "objects/weakrefobject.h"
#include "iomodule.h"

typedef struct {
    GpObject ob;
    int fd;                   /* -1 once closed or detached */
    int family, type, proto;
    int64_t timeout;          /* ns: -1 blocking, 0 non-blocking, > 0 timeout */
    GpObject *weakreflist;
} Sock;

static GpType SockType;
static GpType *herror_type, *gaierror_type;
/* socket.setdefaulttimeout(): the mode of new sockets (ns, -1 = blocking) */
static int64_t default_timeout = -1;

/* CPython's default listen() backlog: SOMAXCONN, capped at 128 so that a
 * system with a huge SOMAXCONN does not reserve kernel memory for nothing. */
#define DEFAULT_BACKLOG (SOMAXCONN < 128 ? SOMAXCONN : 128)

#define SOCK(o) ((Sock *)(o))

/* ---- errors ---------------------------------------------------------------- */

static GpObject *sock_error(void)
{
    return gp_err_from_errno(&GpExc_OSError);
}

/* socket.gaierror(code, gai_strerror(code)); EAI_SYSTEM means errno. */
static GpObject *set_gaierror(int code)
{
    if (code == EAI_SYSTEM)
        return sock_error();
    GpObject *c = gp_int_from_i64(code), *msg = gp_str_from_cstr(gai_strerror(code));
    GpObject *args = c && msg ? gp_tuple_pack(2, c, msg) : NULL;
    GP_XDECREF(c);
    GP_XDECREF(msg);
    if (args) {
        gp_err_set_object(gaierror_type, args);
        GP_DECREF(args);
    }
    return NULL;
}

/* ---- small argument helpers ------------------------------------------------- */

static int int_arg(GpObject *o, int *out)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = gp_int_as_i64(i, &v);
    GP_DECREF(i);
    if (r < 0 || v > INT_MAX || v < INT_MIN) {
        if (r == 0 || gp_err_matches(&GpExc_OverflowError)) {
            gp_err_clear();
            gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int ssize_arg(GpObject *o, gp_ssize *out)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int r = gp_int_as_ssize(i, out);
    GP_DECREF(i);
    return r;
}

/* A timeout in seconds -> ns rounded up; None -> -1. CPython's messages. */
static int timeout_arg(GpObject *o, int64_t *out)
{
    if (o == gp_None) {
        *out = -1;
        return 0;
    }
    double d;
    if (GP_FLOAT_CHECK(o)) {
        d = gp_float_as_double(o);
        if (isnan(d)) {
            gp_err_set_string(&GpExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else {
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
    }
    if (d < 0) {
        gp_err_set_string(&GpExc_ValueError, "Timeout value out of range");
        return -1;
    }
    if (d * 1e9 >= 9.2e18) {
        gp_err_set_string(&GpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = (int64_t)ceil(d * 1e9);
    return 0;
}

/* Read access to any buffer exporter, held (the exporter pinned) until
 * buffer_release so the memory cannot move while the GIL is released. */
typedef struct {
    const char *p;
    gp_ssize n;
    GpBuffer view;
} Buffer;

static int buffer_get(GpObject *o, Buffer *b)
{
    if (gp_object_get_buffer(o, &b->view, GP_BUF_SIMPLE) < 0)
        return -1;
    b->p = b->view.buf ? b->view.buf : "";
    b->n = b->view.len;
    return 0;
}

static void buffer_release(Buffer *b)
{
    gp_buffer_release(&b->view);
}

/* ---- waiting and the generic call loop ----------------------------------------------- */

/* Wait until the socket is ready (GIL released). interval: ns, -1 forever.
 * 1 timed out, 0 ready, -1 error (errno; EINTR included). */
static int sock_wait(Sock *s, int writing, int64_t interval, int connect)
{
    /* a closed socket is "ready": the operation itself reports EBADF */
    if (s->fd < 0)
        return 0;
    struct pollfd p;
    p.fd = s->fd;
    p.events = writing ? POLLOUT : POLLIN;
    if (connect)
        p.events |= POLLERR;   /* a refused connection reports only an error */
    p.revents = 0;
    int ms = interval < 0 ? -1 : (int)((interval + 999999) / 1000000);
    int n;
    GP_BEGIN_ALLOW_THREADS
    n = poll(&p, 1, ms);
    GP_END_ALLOW_THREADS
    if (n < 0)
        return -1;
    return n == 0 ? 1 : 0;
}

/* One attempt of an operation, run without the GIL: 1 done, 0 failed (errno). */
typedef int (*sock_func)(Sock *s, void *data);

/* Run func until it succeeds, honouring the socket's mode (see the top
 * comment). With err != NULL, errors are returned there instead of raised
 * (connect_ex); exceptions from signal handlers are always raised.
 * 0 success, -1 failure. */
static int sock_call_ex(Sock *s, int writing, sock_func func, void *data, int connect, int *err,
                        int64_t timeout)
{
    int has_timeout = timeout > 0;
    uint64_t deadline = 0;
    int deadline_set = 0;
    for (;;) {
        if (has_timeout || connect) {
            int64_t interval = -1;
            if (has_timeout) {
                uint64_t now = gp_gil_now_ns();
                if (!deadline_set) {
                    deadline = now + (uint64_t)timeout;
                    deadline_set = 1;
                }
                interval = now >= deadline ? 0 : (int64_t)(deadline - now);
            }
            int r = sock_wait(s, writing, interval, connect);
            if (r < 0) {
                int e = errno;
                if (e == EINTR) {
                    if (gp_eval_handle_breaker(gp_tstate()) < 0)
                        return -1;
                    continue;
                }
                if (err) {
                    *err = e;
                    return -1;
                }
                errno = e;
                sock_error();
                return -1;
            }
            if (r == 1) {
                if (err) {
                    *err = EWOULDBLOCK;
                    return -1;
                }
                gp_err_set_string(&GpExc_TimeoutError, "timed out");
                return -1;
            }
        }
        int e;
        for (;;) {
            int ok;
            GP_BEGIN_ALLOW_THREADS
            ok = func(s, data);
            GP_END_ALLOW_THREADS
            if (ok) {
                if (err)
                    *err = 0;
                return 0;
            }
            e = errno;
            if (e != EINTR)
                break;
            if (gp_eval_handle_breaker(gp_tstate()) < 0)
                return -1;
        }
        if (s->timeout > 0 && (e == EWOULDBLOCK || e == EAGAIN))
            continue;
        if (err) {
            *err = e;
            return -1;
        }
        errno = e;
        sock_error();
        return -1;
    }
}

static int sock_call(Sock *s, int writing, sock_func func, void *data)
{
    return sock_call_ex(s, writing, func, data, 0, NULL, s->timeout);
}

/* ---- addresses ------------------------------------------------------------------- */

typedef struct {
    union {
        struct sockaddr sa;
        struct sockaddr_in in4;
        struct sockaddr_in6 in6;
        struct sockaddr_un un;
        struct sockaddr_storage st;
    } u;
    socklen_t len;
} SockAddr;

/* Resolve host (already UTF-8) for `family` into addr (port left 0).
 * '' is INADDR_ANY, '<broadcast>' INADDR_BROADCAST, numeric addresses are
 * parsed, anything else goes to getaddrinfo() without the GIL. */
static int resolve_host(const char *host, int family, SockAddr *out)
{
    memset(out, 0, sizeof *out);
    if (host[0] == '\0' && family != AF_INET6) {
        out->u.in4.sin_family = AF_INET;
        out->u.in4.sin_addr.s_addr = htonl(INADDR_ANY);
        out->len = sizeof out->u.in4;
        return 0;
    }
    if (host[0] == '\0' && family == AF_INET6) {
        out->u.in6.sin6_family = AF_INET6;
        out->u.in6.sin6_addr = in6addr_any;
        out->len = sizeof out->u.in6;
        return 0;
    }
    if (!strcmp(host, "<broadcast>") || !strcmp(host, "255.255.255.255")) {
        if (family != AF_INET && family != AF_UNSPEC) {
            gp_err_set_string(&GpExc_OSError, "address family mismatched");
            return -1;
        }
        out->u.in4.sin_family = AF_INET;
        out->u.in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        out->len = sizeof out->u.in4;
        return 0;
    }
    if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, host, &out->u.in4.sin_addr) == 1) {
        out->u.in4.sin_family = AF_INET;
        out->len = sizeof out->u.in4;
        return 0;
    }
    if ((family == AF_INET6 || family == AF_UNSPEC) && inet_pton(AF_INET6, host, &out->u.in6.sin6_addr) == 1) {
        out->u.in6.sin6_family = AF_INET6;
        out->len = sizeof out->u.in6;
        return 0;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    int rc;
    GP_BEGIN_ALLOW_THREADS   /* DNS: may take seconds */
    rc = getaddrinfo(host, NULL, &hints, &res);
    GP_END_ALLOW_THREADS
    if (rc != 0) {
        set_gaierror(rc);
        return -1;
    }
    size_t n = res->ai_addrlen <= sizeof out->u ? res->ai_addrlen : sizeof out->u;
    memcpy(&out->u, res->ai_addr, n);
    out->len = (socklen_t)n;
    freeaddrinfo(res);
    return 0;
}

/* host argument: str, bytes or bytearray -> UTF-8 (new ref in *keep). */
static const char *host_arg(GpObject *o, GpObject **keep)
{
    if (GP_STR_CHECK(o)) {
        *keep = gp_newref(o);
        return GP_STR_DATA(o);
    }
    if (GP_BYTES_CHECK(o) || GP_BYTEARRAY_CHECK(o)) {
        *keep = gp_bytes_from(gp_bytes_like_data(o), GP_SIZE(o));
        return *keep ? GP_BYTES_DATA(*keep) : NULL;
    }
    gp_err_format(&GpExc_TypeError, "str, bytes or bytearray expected, not %T", o);
    return NULL;
}

static int port_arg(GpObject *o, const char *caller, int *port)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = gp_int_as_i64(i, &v);
    GP_DECREF(i);
    if (r < 0) {
        if (!gp_err_matches(&GpExc_OverflowError))
            return -1;
        gp_err_clear();
        v = -1;
    }
    if (v < 0 || v > 65535) {
        gp_err_format(&GpExc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (int)v;
    return 0;
}

/* A Python address for the socket's family -> sockaddr (CPython's
 * getsockaddrarg, with its messages). */
static int sockaddr_arg(Sock *s, GpObject *addr, const char *caller, SockAddr *out)
{
    memset(out, 0, sizeof *out);
    switch (s->family) {
    case AF_UNIX: {
        GpObject *keep = NULL;
        const char *p;
        gp_ssize n;
        if (GP_STR_CHECK(addr)) {
            keep = gp_newref(addr);
            p = GP_STR_DATA(addr);
            n = GP_STR_NBYTES(addr);
        } else if (gp_bytes_buffer(addr, &p, &n) < 0) {
            return -1;
        }
        if ((size_t)n >= sizeof out->u.un.sun_path + (p[0] == 0 && n > 0)) {
            GP_XDECREF(keep);
            gp_err_set_string(&GpExc_OSError, "AF_UNIX path too long");
            return -1;
        }
        out->u.un.sun_family = AF_UNIX;
        memcpy(out->u.un.sun_path, p, (size_t)n);
        /* the abstract namespace (leading NUL) counts bytes, not a C string */
        out->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + (n > 0 && p[0] ? 1 : 0));
        GP_XDECREF(keep);
        return 0;
    }
    case AF_INET:
    case AF_INET6: {
        int six = s->family == AF_INET6;
        if (!GP_TUPLE_CHECK(addr)) {
            gp_err_format(&GpExc_TypeError, "%s(): %s address must be tuple, not %T", caller,
                          six ? "AF_INET6" : "AF_INET", addr);
            return -1;
        }
        gp_ssize n = GP_SIZE(addr);
        if (six ? (n < 2 || n > 4) : n != 2) {
            gp_err_set_string(&GpExc_TypeError, six ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                                                    : "AF_INET address must be a pair (host, port)");
            return -1;
        }
        GpObject *keep;
        const char *host = host_arg(GP_TUPLE_GET(addr, 0), &keep);
        if (!host)
            return -1;
        int port;
        if (port_arg(GP_TUPLE_GET(addr, 1), caller, &port) < 0) {
            GP_DECREF(keep);
            return -1;
        }
        unsigned flowinfo = 0, scope = 0;
        if (six) {
            for (gp_ssize k = 2; k < n; k++) {
                GpObject *i = gp_number_index(GP_TUPLE_GET(addr, k));
                int64_t v = 0;
                if (!i || gp_int_as_i64(i, &v) < 0) {
                    GP_XDECREF(i);
                    GP_DECREF(keep);
                    return -1;
                }
                GP_DECREF(i);
                if (k == 2 && (v < 0 || v > 0xfffff)) {
                    GP_DECREF(keep);
                    gp_err_format(&GpExc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
                    return -1;
                }
                if (k == 2)
                    flowinfo = (unsigned)v;
                else
                    scope = (unsigned)v;
            }
        }
        int r = resolve_host(host, s->family, out);
        GP_DECREF(keep);
        if (r < 0)
            return -1;
        if (six) {
            out->u.in6.sin6_port = htons((uint16_t)port);
            out->u.in6.sin6_flowinfo = htonl(flowinfo);
            out->u.in6.sin6_scope_id = scope;
        } else {
            out->u.in4.sin_port = htons((uint16_t)port);
        }
        return 0;
    }
    default:
        gp_err_format(&GpExc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* sockaddr -> the Python address. */
static GpObject *sockaddr_obj(const struct sockaddr *sa, socklen_t len)
{
    if (len == 0)
        GP_RETURN_NONE;
    char buf[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        GpObject *h = gp_str_from_cstr(buf), *p = gp_int_from_i64(ntohs(a->sin_port));
        GpObject *t = h && p ? gp_tuple_pack(2, h, p) : NULL;
        GP_XDECREF(h);
        GP_XDECREF(p);
        return t;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        GpObject *h = gp_str_from_cstr(buf), *p = gp_int_from_i64(ntohs(a->sin6_port));
        GpObject *f = gp_int_from_i64(ntohl(a->sin6_flowinfo)), *sc = gp_int_from_i64(a->sin6_scope_id);
        GpObject *t = h && p && f && sc ? gp_tuple_pack(4, h, p, f, sc) : NULL;
        GP_XDECREF(h);
        GP_XDECREF(p);
        GP_XDECREF(f);
        GP_XDECREF(sc);
        return t;
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const struct sockaddr_un *)sa;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        if (len <= off)
            return gp_str_from_cstr("");
        size_t n = len - off;
        if (a->sun_path[0] == 0)   /* abstract namespace: bytes, as CPython */
            return gp_bytes_from(a->sun_path, (gp_ssize)n);
        n = strnlen(a->sun_path, n);
        return gp_str_from_utf8(a->sun_path, (gp_ssize)n);
    }
    default: {
        GpObject *f = gp_int_from_i64(sa->sa_family), *d = gp_bytes_from(sa->sa_data, sizeof sa->sa_data);
        GpObject *t = f && d ? gp_tuple_pack(2, f, d) : NULL;
        GP_XDECREF(f);
        GP_XDECREF(d);
        return t;
    }
    }
}

/* ---- the socket object ---------------------------------------------------------- */

/* Put the descriptor in blocking or non-blocking mode for `timeout`. */
static int set_fd_mode(int fd, int64_t timeout)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    int nf = timeout >= 0 ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    if (nf != fl && fcntl(fd, F_SETFL, nf) < 0)
        return -1;
    return 0;
}

static int sock_set_timeout(Sock *s, int64_t t)
{
    s->timeout = t;
    if (set_fd_mode(s->fd, t) < 0) {   /* a closed socket reports EBADF here */
        sock_error();
        return -1;
    }
    return 0;
}

static GpObject *sock_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    Sock *s = (Sock *)gp_type_generic_alloc(t, 0);
    if (!s)
        return NULL;
    s->fd = -1;
    s->family = AF_INET;
    s->type = SOCK_STREAM;
    s->timeout = -1;
    return (GpObject *)s;
}

/* Fill s from a fresh descriptor (socket(), accept(), socketpair()). */
static int sock_setup(Sock *s, int fd, int family, int type, int proto)
{
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    int64_t t = (type & SOCK_NONBLOCK) ? 0 : default_timeout;
    s->timeout = t;
    if (t >= 0 && set_fd_mode(fd, t) < 0) {
        sock_error();
        return -1;
    }
    return 0;
}

static int sock_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "family", "type", "proto", "fileno", NULL };
    GpObject *a[4];
    if (gp_args_parse("socket", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 0, 4, a) < 0)
        return -1;
    Sock *s = SOCK(self);
    int family = -1, type = -1, proto = -1;
    if ((a[0] && a[0] != gp_None && int_arg(a[0], &family) < 0) ||
        (a[1] && a[1] != gp_None && int_arg(a[1], &type) < 0) ||
        (a[2] && a[2] != gp_None && int_arg(a[2], &proto) < 0))
        return -1;
    if (a[3] && a[3] != gp_None) {
        int fd;
        if (GP_FLOAT_CHECK(a[3])) {
            gp_err_set_string(&GpExc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        if (int_arg(a[3], &fd) < 0)
            return -1;
        if (fd < 0) {
            gp_err_set_string(&GpExc_ValueError, "negative file descriptor");
            return -1;
        }
        /* ask the kernel what the descriptor is, for what was not given */
        int v;
        socklen_t l = sizeof v;
        if (family == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &l) < 0) {
                sock_error();
                return -1;
            }
            family = v;
        }
        if (type == -1) {
            l = sizeof v;
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &l) < 0) {
                sock_error();
                return -1;
            }
            type = v;
        }
        if (proto == -1) {
            l = sizeof v;
            if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &l) < 0) {
                sock_error();
                return -1;
            }
            proto = v;
        }
        return sock_setup(s, fd, family, type, proto);
    }
    if (family == -1)
        family = AF_INET;
    if (type == -1)
        type = SOCK_STREAM;
    if (proto == -1)
        proto = 0;
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        sock_error();
        return -1;
    }
    if (sock_setup(s, fd, family, type, proto) < 0) {
        close(fd);
        s->fd = -1;
        return -1;
    }
    return 0;
}

static void sock_dealloc(GpObject *o)
{
    Sock *s = SOCK(o);
    if (s->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &s->weakreflist);
    s->weakreflist = NULL;
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        GP_BEGIN_ALLOW_THREADS
        close(fd);
        GP_END_ALLOW_THREADS
    }
    gp_obj_free(o);
}

static GpObject *sock_repr(GpObject *o)
{
    Sock *s = SOCK(o);
    return gp_str_from_format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family,
                              s->type, s->proto);
}

/* ---- operations run without the GIL ---- */

typedef struct {
    char *buf;
    size_t len;
    int flags;
    ssize_t result;
    SockAddr addr;
    const SockAddr *to;
} IoCtx;

static int do_recv(Sock *s, void *d)
{
    IoCtx *c = d;
    c->result = recv(s->fd, c->buf, c->len, c->flags);
    return c->result >= 0;
}

static int do_recvfrom(Sock *s, void *d)
{
    IoCtx *c = d;
    c->addr.len = sizeof c->addr.u;
    c->result = recvfrom(s->fd, c->buf, c->len, c->flags, &c->addr.u.sa, &c->addr.len);
    return c->result >= 0;
}

static int do_send(Sock *s, void *d)
{
    IoCtx *c = d;
    c->result = send(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL);
    return c->result >= 0;
}

static int do_sendto(Sock *s, void *d)
{
    IoCtx *c = d;
    c->result = sendto(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, &c->to->u.sa, c->to->len);
    return c->result >= 0;
}

typedef struct {
    SockAddr addr;
    int fd;
} AcceptCtx;

static int do_accept(Sock *s, void *d)
{
    AcceptCtx *c = d;
    c->addr.len = sizeof c->addr.u;
    c->fd = accept4(s->fd, &c->addr.u.sa, &c->addr.len, SOCK_CLOEXEC);
    return c->fd >= 0;
}

/* After a connect() in progress: the outcome is in SO_ERROR. */
static int do_connect_result(Sock *s, void *d)
{
    int e = 0;
    socklen_t l = sizeof e;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &e, &l) < 0)
        return 0;
    if (e == EISCONN)
        return 1;
    if (e) {
        errno = e;
        return 0;
    }
    return 1;
}

/* ---- methods ---- */

static GpObject *sock_recv(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("recv", nargs, 1, 2) < 0)
        return NULL;
    Sock *s = SOCK(self);
    gp_ssize n;
    int flags = 0;
    if (ssize_arg(args[0], &n) < 0 || (nargs > 1 && int_arg(args[1], &flags) < 0))
        return NULL;
    if (n < 0) {
        gp_err_set_string(&GpExc_ValueError, "negative buffersize in recv");
        return NULL;
    }
    GpObject *b = gp_bytes_from(NULL, n);
    if (!b)
        return NULL;
    IoCtx c = { .buf = GP_BYTES_DATA(b), .len = (size_t)n, .flags = flags };
    if (sock_call(s, 0, do_recv, &c) < 0) {
        GP_DECREF(b);
        return NULL;
    }
    if (c.result != n)
        return gp_bytes_resize(b, c.result);
    return b;
}

static GpObject *sock_recv_into(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "buffer", "nbytes", "flags", NULL };
    GpObject *a[3];
    if (gp_args_parse("recv_into", args, nargs, kwnames, kwlist, 1, 3, a) < 0)
        return NULL;
    Sock *s = SOCK(self);
    gp_ssize n = 0;
    int flags = 0;
    if ((a[1] && ssize_arg(a[1], &n) < 0) || (a[2] && int_arg(a[2], &flags) < 0))
        return NULL;
    /* the buffer is held across the call: the GIL is released meanwhile */
    GpBuffer view;
    if (gp_object_get_buffer(a[0], &view, GP_BUF_WRITABLE) < 0) {
        gp_err_clear();
        return gp_err_format(&GpExc_TypeError, "recv_into() argument 1 must be read-write bytes-like object, not %T", a[0]);
    }
    if (n < 0 || n > view.len) {
        gp_buffer_release(&view);
        if (n < 0)
            gp_err_set_string(&GpExc_ValueError, "negative buffersize in recv_into");
        else
            gp_err_set_string(&GpExc_ValueError, "buffer too small for requested bytes");
        return NULL;
    }
    if (n == 0)
        n = view.len;
    IoCtx c = { .buf = view.buf, .len = (size_t)n, .flags = flags };
    int r = sock_call(s, 0, do_recv, &c);
    gp_buffer_release(&view);
    if (r < 0)
        return NULL;
    return gp_int_from_ssize(c.result);
}

static GpObject *sock_recvfrom(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("recvfrom", nargs, 1, 2) < 0)
        return NULL;
    Sock *s = SOCK(self);
    gp_ssize n;
    int flags = 0;
    if (ssize_arg(args[0], &n) < 0 || (nargs > 1 && int_arg(args[1], &flags) < 0))
        return NULL;
    if (n < 0) {
        gp_err_set_string(&GpExc_ValueError, "negative buffersize in recvfrom");
        return NULL;
    }
    GpObject *b = gp_bytes_from(NULL, n);
    if (!b)
        return NULL;
    IoCtx c = { .buf = GP_BYTES_DATA(b), .len = (size_t)n, .flags = flags };
    if (sock_call(s, 0, do_recvfrom, &c) < 0) {
        GP_DECREF(b);
        return NULL;
    }
    if (c.result != n && !(b = gp_bytes_resize(b, c.result)))
        return NULL;
    GpObject *addr = sockaddr_obj(&c.addr.u.sa, c.addr.len);
    GpObject *t = addr ? gp_tuple_pack(2, b, addr) : NULL;
    GP_DECREF(b);
    GP_XDECREF(addr);
    return t;
}

static GpObject *sock_send(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("send", nargs, 1, 2) < 0)
        return NULL;
    Sock *s = SOCK(self);
    int flags = 0;
    Buffer b;
    if (buffer_get(args[0], &b) < 0)
        return NULL;
    if (nargs > 1 && int_arg(args[1], &flags) < 0) {
        buffer_release(&b);
        return NULL;
    }
    IoCtx c = { .buf = (char *)b.p, .len = (size_t)b.n, .flags = flags };
    int r = sock_call(s, 1, do_send, &c);
    buffer_release(&b);
    if (r < 0)
        return NULL;
    return gp_int_from_ssize(c.result);
}

static GpObject *sock_sendall(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("sendall", nargs, 1, 2) < 0)
        return NULL;
    Sock *s = SOCK(self);
    int flags = 0;
    Buffer b;
    if (buffer_get(args[0], &b) < 0)
        return NULL;
    if (nargs > 1 && int_arg(args[1], &flags) < 0) {
        buffer_release(&b);
        return NULL;
    }
    /* one deadline for the whole buffer */
    uint64_t deadline = s->timeout > 0 ? gp_gil_now_ns() + (uint64_t)s->timeout : 0;
    gp_ssize done = 0;
    int r = 0;
    while (done < b.n) {
        int64_t t = s->timeout;
        if (t > 0) {
            uint64_t now = gp_gil_now_ns();
            if (now >= deadline) {
                gp_err_set_string(&GpExc_TimeoutError, "timed out");
                r = -1;
                break;
            }
            t = (int64_t)(deadline - now);
        }
        IoCtx c = { .buf = (char *)b.p + done, .len = (size_t)(b.n - done), .flags = flags };
        if ((r = sock_call_ex(s, 1, do_send, &c, 0, NULL, t)) < 0)
            break;
        done += c.result;
        /* a long transfer still answers Ctrl-C between chunks */
        if (done < b.n && (r = gp_eval_handle_breaker(gp_tstate())) < 0)
            break;
    }
    buffer_release(&b);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sock_sendto(GpObject *self, GpObject *const *args, size_t nargs)
{
    Sock *s = SOCK(self);
    if (nargs != 2 && nargs != 3)
        return gp_err_format(&GpExc_TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
    int flags = 0;
    if (nargs == 3 && int_arg(args[1], &flags) < 0)
        return NULL;
    SockAddr to;
    if (sockaddr_arg(s, args[nargs - 1], "sendto", &to) < 0)
        return NULL;
    Buffer b;
    if (buffer_get(args[0], &b) < 0)
        return NULL;
    IoCtx c = { .buf = (char *)b.p, .len = (size_t)b.n, .flags = flags, .to = &to };
    int r = sock_call(s, 1, do_sendto, &c);
    buffer_release(&b);
    if (r < 0)
        return NULL;
    return gp_int_from_ssize(c.result);
}

static GpObject *sock_accept(GpObject *self, GpObject *u)
{
    Sock *s = SOCK(self);
    AcceptCtx c;
    if (sock_call(s, 0, do_accept, &c) < 0)
        return NULL;
    GpObject *fd = gp_int_from_i64(c.fd);
    GpObject *addr = sockaddr_obj(&c.addr.u.sa, c.addr.len);
    GpObject *t = fd && addr ? gp_tuple_pack(2, fd, addr) : NULL;
    if (!t)
        close(c.fd);
    GP_XDECREF(fd);
    GP_XDECREF(addr);
    return t;
}

static GpObject *sock_bind(GpObject *self, GpObject *addr)
{
    Sock *s = SOCK(self);
    SockAddr a;
    if (sockaddr_arg(s, addr, "bind", &a) < 0)
        return NULL;
    if (bind(s->fd, &a.u.sa, a.len) < 0)
        return sock_error();
    GP_RETURN_NONE;
}

static GpObject *sock_listen(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("listen", nargs, 0, 1) < 0)
        return NULL;
    int backlog = DEFAULT_BACKLOG;
    if (nargs && int_arg(args[0], &backlog) < 0)
        return NULL;
    if (backlog < 0)
        backlog = 0;   /* as CPython: a negative backlog means 0 */
    if (listen(SOCK(self)->fd, backlog) < 0)
        return sock_error();
    GP_RETURN_NONE;
}

/* connect and connect_ex: 0 connected, -1 (raise unless err is given). */
static int sock_connect_common(Sock *s, GpObject *addr, const char *caller, int *err)
{
    SockAddr a;
    if (sockaddr_arg(s, addr, caller, &a) < 0)
        return -1;
    int r, e;
    GP_BEGIN_ALLOW_THREADS
    r = connect(s->fd, &a.u.sa, a.len);
    GP_END_ALLOW_THREADS
    if (r == 0) {
        if (err)
            *err = 0;
        return 0;
    }
    e = errno;
    int wait;
    if (e == EINTR) {
        /* the connection goes on in the background: wait for it */
        if (gp_eval_handle_breaker(gp_tstate()) < 0)
            return -1;
        wait = s->timeout != 0;
    } else {
        wait = s->timeout > 0 && e == EINPROGRESS;
    }
    if (!wait) {
        if (err) {
            *err = e;
            return -1;
        }
        errno = e;
        sock_error();
        return -1;
    }
    return sock_call_ex(s, 1, do_connect_result, NULL, 1, err, s->timeout);
}

static GpObject *sock_connect(GpObject *self, GpObject *addr)
{
    if (sock_connect_common(SOCK(self), addr, "connect", NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sock_connect_ex(GpObject *self, GpObject *addr)
{
    int e = 0;
    if (sock_connect_common(SOCK(self), addr, "connect_ex", &e) < 0 && gp_err_occurred())
        return NULL;
    return gp_int_from_i64(e);
}

static GpObject *sock_shutdown(GpObject *self, GpObject *arg)
{
    int how;
    if (int_arg(arg, &how) < 0)
        return NULL;
    int r;
    int fd = SOCK(self)->fd;
    GP_BEGIN_ALLOW_THREADS
    r = shutdown(fd, how);
    GP_END_ALLOW_THREADS
    if (r < 0)
        return sock_error();
    GP_RETURN_NONE;
}

static GpObject *sock_close(GpObject *self, GpObject *u)
{
    Sock *s = SOCK(self);
    int fd = s->fd;
    if (fd < 0)
        GP_RETURN_NONE;
    s->fd = -1;
    int r;
    GP_BEGIN_ALLOW_THREADS   /* SO_LINGER can make close() wait */
    r = close(fd);
    GP_END_ALLOW_THREADS
    /* ECONNRESET: the peer already went away; the descriptor is closed */
    if (r < 0 && errno != ECONNRESET)
        return sock_error();
    GP_RETURN_NONE;
}

static GpObject *sock_detach(GpObject *self, GpObject *u)
{
    Sock *s = SOCK(self);
    int fd = s->fd;
    s->fd = -1;
    return gp_int_from_i64(fd);
}

static GpObject *sock_fileno(GpObject *self, GpObject *u)
{
    return gp_int_from_i64(SOCK(self)->fd);
}

static GpObject *sock_settimeout(GpObject *self, GpObject *arg)
{
    int64_t t;
    if (timeout_arg(arg, &t) < 0 || sock_set_timeout(SOCK(self), t) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *timeout_obj(int64_t t)
{
    if (t < 0)
        GP_RETURN_NONE;
    return gp_float_new((double)t / 1e9);
}

static GpObject *sock_gettimeout(GpObject *self, GpObject *u)
{
    return timeout_obj(SOCK(self)->timeout);
}

static GpObject *sock_setblocking(GpObject *self, GpObject *arg)
{
    int b = gp_is_true(arg);
    if (b < 0 || sock_set_timeout(SOCK(self), b ? -1 : 0) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *sock_getblocking(GpObject *self, GpObject *u)
{
    return gp_bool(SOCK(self)->timeout != 0);
}

static GpObject *sock_getname(Sock *s, int peer)
{
    SockAddr a;
    a.len = sizeof a.u;
    memset(&a.u, 0, sizeof a.u);
    int r = peer ? getpeername(s->fd, &a.u.sa, &a.len) : getsockname(s->fd, &a.u.sa, &a.len);
    if (r < 0)
        return sock_error();
    return sockaddr_obj(&a.u.sa, a.len);
}

static GpObject *sock_getsockname(GpObject *self, GpObject *u) { return sock_getname(SOCK(self), 0); }
static GpObject *sock_getpeername(GpObject *self, GpObject *u) { return sock_getname(SOCK(self), 1); }

static GpObject *sock_setsockopt(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (nargs != 3 && nargs != 4)
        return gp_err_format(&GpExc_TypeError, "setsockopt() takes exactly 3 or 4 arguments (%zu given)", nargs);
    int level, opt;
    if (int_arg(args[0], &level) < 0 || int_arg(args[1], &opt) < 0)
        return NULL;
    int r;
    if (nargs == 4) {   /* setsockopt(level, opt, None, optlen) */
        int optlen;
        if (args[2] != gp_None)
            return gp_err_format(&GpExc_TypeError, "setsockopt() argument 3 must be NoneType, not %T", args[2]);
        if (int_arg(args[3], &optlen) < 0)
            return NULL;
        r = setsockopt(SOCK(self)->fd, level, opt, NULL, (socklen_t)optlen);
    } else if (GP_INT_CHECK(args[2])) {
        int v;
        if (int_arg(args[2], &v) < 0)
            return NULL;
        r = setsockopt(SOCK(self)->fd, level, opt, &v, sizeof v);
    } else {
        const char *p;
        gp_ssize n;
        if (gp_bytes_buffer(args[2], &p, &n) < 0)
            return NULL;
        r = setsockopt(SOCK(self)->fd, level, opt, p, (socklen_t)n);
    }
    if (r < 0)
        return sock_error();
    GP_RETURN_NONE;
}

/* CPython's cap on getsockopt()'s buffer length */
#define GETSOCKOPT_MAX 1024

static GpObject *sock_getsockopt(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("getsockopt", nargs, 2, 3) < 0)
        return NULL;
    int level, opt, buflen = 0;
    if (int_arg(args[0], &level) < 0 || int_arg(args[1], &opt) < 0 ||
        (nargs == 3 && int_arg(args[2], &buflen) < 0))
        return NULL;
    if (buflen == 0) {
        int v = 0;
        socklen_t l = sizeof v;
        if (getsockopt(SOCK(self)->fd, level, opt, &v, &l) < 0)
            return sock_error();
        return gp_int_from_i64(v);
    }
    if (buflen < 0 || buflen > GETSOCKOPT_MAX) {
        gp_err_set_string(&GpExc_OSError, "getsockopt buflen out of range");
        return NULL;
    }
    GpObject *b = gp_bytes_from(NULL, buflen);
    if (!b)
        return NULL;
    memset(GP_BYTES_DATA(b), 0, (size_t)buflen);
    socklen_t l = (socklen_t)buflen;
    if (getsockopt(SOCK(self)->fd, level, opt, GP_BYTES_DATA(b), &l) < 0) {
        GP_DECREF(b);
        return sock_error();
    }
    return gp_bytes_resize(b, (gp_ssize)l);
}

static GpObject *sock_family_get(GpObject *self, void *c) { return gp_int_from_i64(SOCK(self)->family); }
static GpObject *sock_type_get(GpObject *self, void *c) { return gp_int_from_i64(SOCK(self)->type); }
static GpObject *sock_proto_get(GpObject *self, void *c) { return gp_int_from_i64(SOCK(self)->proto); }
static GpObject *sock_timeout_get(GpObject *self, void *c) { return timeout_obj(SOCK(self)->timeout); }

static const GpMethodDef sock_methods[] = {
    GP_METHOD("_accept", sock_accept, GP_METH_NOARGS),
    GP_METHOD("bind", sock_bind, GP_METH_O),
    GP_METHOD("listen", sock_listen, GP_METH_FAST),
    GP_METHOD("connect", sock_connect, GP_METH_O),
    GP_METHOD("connect_ex", sock_connect_ex, GP_METH_O),
    GP_METHOD("recv", sock_recv, GP_METH_FAST),
    GP_METHOD("recv_into", sock_recv_into, GP_METH_FASTKW),
    GP_METHOD("recvfrom", sock_recvfrom, GP_METH_FAST),
    GP_METHOD("send", sock_send, GP_METH_FAST),
    GP_METHOD("sendall", sock_sendall, GP_METH_FAST),
    GP_METHOD("sendto", sock_sendto, GP_METH_FAST),
    GP_METHOD("shutdown", sock_shutdown, GP_METH_O),
    GP_METHOD("close", sock_close, GP_METH_NOARGS),
    GP_METHOD("detach", sock_detach, GP_METH_NOARGS),
    GP_METHOD("fileno", sock_fileno, GP_METH_NOARGS),
    GP_METHOD("settimeout", sock_settimeout, GP_METH_O),
    GP_METHOD("gettimeout", sock_gettimeout, GP_METH_NOARGS),
    GP_METHOD("setblocking", sock_setblocking, GP_METH_O),
    GP_METHOD("getblocking", sock_getblocking, GP_METH_NOARGS),
    GP_METHOD("getsockname", sock_getsockname, GP_METH_NOARGS),
    GP_METHOD("getpeername", sock_getpeername, GP_METH_NOARGS),
    GP_METHOD("setsockopt", sock_setsockopt, GP_METH_FAST),
    GP_METHOD("getsockopt", sock_getsockopt, GP_METH_FAST),
    { NULL },
};

static const GpGetSetDef sock_getsets[] = {
    { "family", sock_family_get, NULL, "the socket family", NULL },
    { "type", sock_type_get, NULL, "the socket type", NULL },
    { "proto", sock_proto_get, NULL, "the socket protocol", NULL },
    { "timeout", sock_timeout_get, NULL, "the socket timeout", NULL },
    { NULL },
};

static GpType SockType = {
    GP_TYPE_HEAD_INIT,
    .name = "_socket.socket",
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object",
    .basicsize = sizeof(Sock),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = sock_dealloc,
    .repr = sock_repr,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .new_ = sock_new,
    .init = sock_init,
    .methods = sock_methods,
    .getsets = sock_getsets,
    .weaklistoffset = offsetof(Sock, weakreflist),
};

/* ---- module functions --------------------------------------------------------------- */

static GpObject *mod_socketpair(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("socketpair", nargs, 0, 3) < 0)
        return NULL;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if ((nargs > 0 && int_arg(args[0], &family) < 0) || (nargs > 1 && int_arg(args[1], &type) < 0) ||
        (nargs > 2 && int_arg(args[2], &proto) < 0))
        return NULL;
    int fds[2];
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0)
        return sock_error();
    Sock *a = (Sock *)sock_new(&SockType, NULL, 0, NULL);
    Sock *b = (Sock *)sock_new(&SockType, NULL, 0, NULL);
    if (!a || !b) {
        GP_XDECREF(a);
        GP_XDECREF(b);
        close(fds[0]);
        close(fds[1]);
        return NULL;
    }
    if (sock_setup(a, fds[0], family, type, proto) < 0 || sock_setup(b, fds[1], family, type, proto) < 0) {
        GP_DECREF(a);
        GP_DECREF(b);
        return NULL;
    }
    GpObject *t = gp_tuple_pack(2, (GpObject *)a, (GpObject *)b);
    GP_DECREF(a);
    GP_DECREF(b);
    return t;
}

static GpObject *mod_gethostname(GpObject *m, GpObject *u)
{
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0)
        return sock_error();
    buf[sizeof buf - 1] = 0;
    return gp_str_from_cstr(buf);
}

static GpObject *mod_gethostbyname(GpObject *m, GpObject *arg)
{
    GpObject *keep;
    const char *host = host_arg(arg, &keep);
    if (!host)
        return NULL;
    SockAddr a;
    int r = resolve_host(host, AF_INET, &a);
    GP_DECREF(keep);
    if (r < 0)
        return NULL;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &a.u.in4.sin_addr, buf, sizeof buf);
    return gp_str_from_cstr(buf);
}

static GpObject *mod_getaddrinfo(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "host", "port", "family", "type", "proto", "flags", NULL };
    GpObject *a[6];
    if (gp_args_parse("getaddrinfo", args, nargs, kwnames, kwlist, 2, 6, a) < 0)
        return NULL;
    int opts[4] = { 0, 0, 0, 0 };
    for (int i = 0; i < 4; i++)
        if (a[2 + i] && int_arg(a[2 + i], &opts[i]) < 0)
            return NULL;
    GpObject *hkeep = NULL, *pkeep = NULL;
    const char *host = NULL, *port = NULL;
    char portbuf[32];
    if (a[0] != gp_None) {
        if (GP_STR_CHECK(a[0]) || GP_BYTES_CHECK(a[0])) {
            host = host_arg(a[0], &hkeep);
            if (!host)
                return NULL;
        } else {
            return gp_err_format(&GpExc_TypeError, "getaddrinfo() argument 1 must be string or None");
        }
    }
    if (GP_INT_CHECK(a[1])) {
        int64_t v;
        if (gp_int_as_i64(a[1], &v) < 0) {
            GP_XDECREF(hkeep);
            return NULL;
        }
        snprintf(portbuf, sizeof portbuf, "%lld", (long long)v);
        port = portbuf;
    } else if (GP_STR_CHECK(a[1])) {
        pkeep = gp_newref(a[1]);
        port = GP_STR_DATA(a[1]);
    } else if (GP_BYTES_CHECK(a[1])) {
        pkeep = gp_newref(a[1]);
        port = GP_BYTES_DATA(a[1]);
    } else if (a[1] != gp_None) {
        GP_XDECREF(hkeep);
        gp_err_set_string(&GpExc_OSError, "Int or String expected");
        return NULL;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = opts[0];
    hints.ai_socktype = opts[1];
    hints.ai_protocol = opts[2];
    hints.ai_flags = opts[3];
    int rc;
    GP_BEGIN_ALLOW_THREADS   /* DNS: may take seconds */
    rc = getaddrinfo(host, port, &hints, &res);
    GP_END_ALLOW_THREADS
    GP_XDECREF(hkeep);
    GP_XDECREF(pkeep);
    if (rc != 0)
        return set_gaierror(rc);
    GpObject *list = gp_list_new(0);
    for (struct addrinfo *p = res; list && p; p = p->ai_next) {
        GpObject *f = gp_int_from_i64(p->ai_family), *t = gp_int_from_i64(p->ai_socktype);
        GpObject *pr = gp_int_from_i64(p->ai_protocol);
        GpObject *cn = gp_str_from_cstr(p->ai_canonname ? p->ai_canonname : "");
        GpObject *ad = sockaddr_obj(p->ai_addr, p->ai_addrlen);
        GpObject *item = f && t && pr && cn && ad ? gp_tuple_pack(5, f, t, pr, cn, ad) : NULL;
        GP_XDECREF(f);
        GP_XDECREF(t);
        GP_XDECREF(pr);
        GP_XDECREF(cn);
        GP_XDECREF(ad);
        if (!item || gp_list_append(list, item) < 0)
            GP_CLEAR(list);
        GP_XDECREF(item);
    }
    freeaddrinfo(res);
    return list;
}

static GpObject *mod_getnameinfo(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("getnameinfo", nargs, 2, 2) < 0)
        return NULL;
    int flags;
    if (int_arg(args[1], &flags) < 0)
        return NULL;
    GpObject *sa = args[0];
    if (!GP_TUPLE_CHECK(sa) || GP_SIZE(sa) < 2 || GP_SIZE(sa) > 4)
        return gp_err_format(&GpExc_TypeError, "getnameinfo() argument 1 must be a tuple");
    Sock tmp;
    memset(&tmp, 0, sizeof tmp);
    GpObject *keep;
    const char *h = host_arg(GP_TUPLE_GET(sa, 0), &keep);
    if (!h)
        return NULL;
    tmp.family = strchr(h, ':') ? AF_INET6 : AF_INET;
    GP_DECREF(keep);
    SockAddr a;
    if (tmp.family == AF_INET && GP_SIZE(sa) != 2) {
        gp_err_set_string(&GpExc_OSError, "IPv4 sockaddr must be 2 tuple");
        return NULL;
    }
    if (sockaddr_arg(&tmp, sa, "getnameinfo", &a) < 0)
        return NULL;
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    int rc;
    GP_BEGIN_ALLOW_THREADS   /* reverse DNS */
    rc = getnameinfo(&a.u.sa, a.len, host, sizeof host, serv, sizeof serv, flags);
    GP_END_ALLOW_THREADS
    if (rc != 0)
        return set_gaierror(rc);
    GpObject *x = gp_str_from_cstr(host), *y = gp_str_from_cstr(serv);
    GpObject *t = x && y ? gp_tuple_pack(2, x, y) : NULL;
    GP_XDECREF(x);
    GP_XDECREF(y);
    return t;
}

static GpObject *mod_inet_aton(GpObject *m, GpObject *arg)
{
    if (!GP_STR_CHECK(arg))
        return gp_err_format(&GpExc_TypeError, "inet_aton() argument 1 must be str, not %T", arg);
    struct in_addr a;
    if (inet_aton(GP_STR_DATA(arg), &a) == 0) {
        gp_err_set_string(&GpExc_OSError, "illegal IP address string passed to inet_aton");
        return NULL;
    }
    return gp_bytes_from((const char *)&a, 4);
}

static GpObject *mod_inet_ntoa(GpObject *m, GpObject *arg)
{
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(arg, &p, &n) < 0)
        return NULL;
    if (n != 4) {
        gp_err_set_string(&GpExc_OSError, "packed IP wrong length for inet_ntoa");
        return NULL;
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, p, buf, sizeof buf);
    return gp_str_from_cstr(buf);
}

static GpObject *mod_inet_pton(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("inet_pton", nargs, 2, 2) < 0)
        return NULL;
    int af;
    if (int_arg(args[0], &af) < 0)
        return NULL;
    if (!GP_STR_CHECK(args[1]))
        return gp_err_format(&GpExc_TypeError, "inet_pton() argument 2 must be str, not %T", args[1]);
    unsigned char buf[sizeof(struct in6_addr)];
    int r = inet_pton(af, GP_STR_DATA(args[1]), buf);
    if (r < 0)
        return sock_error();
    if (r == 0) {
        gp_err_set_string(&GpExc_OSError, "illegal IP address string passed to inet_pton");
        return NULL;
    }
    return gp_bytes_from((const char *)buf, af == AF_INET ? 4 : 16);
}

static GpObject *mod_inet_ntop(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("inet_ntop", nargs, 2, 2) < 0)
        return NULL;
    int af;
    const char *p;
    gp_ssize n;
    if (int_arg(args[0], &af) < 0 || gp_bytes_buffer(args[1], &p, &n) < 0)
        return NULL;
    if (af == AF_INET ? n != 4 : af == AF_INET6 ? n != 16 : 0) {
        gp_err_set_string(&GpExc_ValueError, "invalid length of packed IP address string");
        return NULL;
    }
    if (af != AF_INET && af != AF_INET6) {
        gp_err_format(&GpExc_ValueError, "unknown address family %d", af);
        return NULL;
    }
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(af, p, buf, sizeof buf))
        return sock_error();
    return gp_str_from_cstr(buf);
}

/* htons/ntohs/htonl/ntohl: the conversion is its own inverse. */
static GpObject *byteswap(GpObject *arg, const char *name, int bits)
{
    if (!GP_INT_CHECK(arg))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    int64_t v;
    if (gp_int_as_i64(arg, &v) < 0 || v > (bits == 16 ? 0xffffLL : 0xffffffffLL)) {
        gp_err_clear();
        if (bits == 16)
            return gp_err_format(&GpExc_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name);
        return gp_err_format(&GpExc_OverflowError, "int larger than 32 bits");
    }
    if (v < 0) {
        if (bits == 16)
            return gp_err_format(&GpExc_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name);
        return gp_err_format(&GpExc_OverflowError, "can't convert negative value to unsigned int");
    }
    if (bits == 16)
        return gp_int_from_i64(htons((uint16_t)v));
    return gp_int_from_i64(htonl((uint32_t)v));
}

static GpObject *mod_htons(GpObject *m, GpObject *a) { return byteswap(a, "htons", 16); }
static GpObject *mod_ntohs(GpObject *m, GpObject *a) { return byteswap(a, "ntohs", 16); }
static GpObject *mod_htonl(GpObject *m, GpObject *a) { return byteswap(a, "htonl", 32); }
static GpObject *mod_ntohl(GpObject *m, GpObject *a) { return byteswap(a, "ntohl", 32); }

static GpObject *mod_getdefaulttimeout(GpObject *m, GpObject *u) { return timeout_obj(default_timeout); }

static GpObject *mod_setdefaulttimeout(GpObject *m, GpObject *arg)
{
    int64_t t;
    if (timeout_arg(arg, &t) < 0)
        return NULL;
    default_timeout = t;
    GP_RETURN_NONE;
}

static GpObject *mod_close(GpObject *m, GpObject *arg)
{
    int fd, r;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    GP_BEGIN_ALLOW_THREADS
    r = close(fd);
    GP_END_ALLOW_THREADS
    if (r < 0 && errno != ECONNRESET)
        return sock_error();
    GP_RETURN_NONE;
}

static GpObject *mod_dup(GpObject *m, GpObject *arg)
{
    int fd;
    if (int_arg(arg, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return sock_error();
    return gp_int_from_i64(r);
}

static const GpMethodDef socket_functions[] = {
    GP_METHOD("socketpair", mod_socketpair, GP_METH_FAST),
    GP_METHOD("gethostname", mod_gethostname, GP_METH_NOARGS),
    GP_METHOD("gethostbyname", mod_gethostbyname, GP_METH_O),
    GP_METHOD("getaddrinfo", mod_getaddrinfo, GP_METH_FASTKW),
    GP_METHOD("getnameinfo", mod_getnameinfo, GP_METH_FAST),
    GP_METHOD("inet_aton", mod_inet_aton, GP_METH_O),
    GP_METHOD("inet_ntoa", mod_inet_ntoa, GP_METH_O),
    GP_METHOD("inet_pton", mod_inet_pton, GP_METH_FAST),
    GP_METHOD("inet_ntop", mod_inet_ntop, GP_METH_FAST),
    GP_METHOD("htons", mod_htons, GP_METH_O),
    GP_METHOD("ntohs", mod_ntohs, GP_METH_O),
    GP_METHOD("htonl", mod_htonl, GP_METH_O),
    GP_METHOD("ntohl", mod_ntohl, GP_METH_O),
    GP_METHOD("getdefaulttimeout", mod_getdefaulttimeout, GP_METH_NOARGS),
    GP_METHOD("setdefaulttimeout", mod_setdefaulttimeout, GP_METH_O),
    GP_METHOD("close", mod_close, GP_METH_O),
    GP_METHOD("dup", mod_dup, GP_METH_O),
    { NULL },
};

static GpType *make_error(const char *name)
{
    GpObject *n = gp_str_from_cstr(name);
    GpObject *bases = gp_tuple_pack(1, (GpObject *)&GpExc_OSError);
    GpObject *dict = gp_dict_new();
    GpObject *mod = gp_str_from_cstr("socket");
    GpObject *t = NULL;
    if (n && bases && dict && mod && gp_dict_setitem_str(dict, "__module__", mod) == 0)
        t = gp_type_new(&GpType_Type, n, bases, dict, NULL, NULL);   /* kept forever */
    GP_XDECREF(n);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(mod);
    return (GpType *)t;
}

int gp_mod__socket_init(GpObject *module)
{
    if (gp_type_ready(&SockType) < 0)
        return -1;
    if (!herror_type && !(herror_type = make_error("herror")))
        return -1;
    if (!gaierror_type && !(gaierror_type = make_error("gaierror")))
        return -1;
    GpObject *d = GP_MODULE_DICT(module);
    GpObject *modname = gp_str_from_cstr("_socket");
    if (!modname)
        return -1;
    int r = gp_add_functions(d, socket_functions, modname);
    GP_DECREF(modname);
    if (r < 0 || gp_dict_setitem_str(d, "socket", (GpObject *)&SockType) < 0 ||
        gp_dict_setitem_str(d, "SocketType", (GpObject *)&SockType) < 0 ||
        gp_dict_setitem_str(d, "error", (GpObject *)&GpExc_OSError) < 0 ||
        gp_dict_setitem_str(d, "timeout", (GpObject *)&GpExc_TimeoutError) < 0 ||
        gp_dict_setitem_str(d, "herror", (GpObject *)herror_type) < 0 ||
        gp_dict_setitem_str(d, "gaierror", (GpObject *)gaierror_type) < 0 ||
        gp_dict_setitem_str(d, "has_ipv6", gp_True) < 0)
        return -1;
#define C(name) { #name, name }
    static const struct { const char *name; long value; } consts[] = {
        C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX),
        C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_RDM),
        C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
        C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_BROADCAST),
        C(SO_LINGER), C(SO_RCVBUF), C(SO_SNDBUF), C(SO_RCVLOWAT), C(SO_SNDLOWAT),
        C(SO_RCVTIMEO), C(SO_SNDTIMEO), C(SO_ERROR), C(SO_TYPE), C(SO_DOMAIN),
        C(SO_PROTOCOL), C(SO_ACCEPTCONN), C(SO_OOBINLINE), C(SO_DEBUG), C(SO_DONTROUTE),
        C(SOMAXCONN),
        C(IPPROTO_IP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMP),
        C(IPPROTO_RAW), C(SOL_TCP), { "SOL_UDP", IPPROTO_UDP }, C(SOL_IP),
        C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
        C(TCP_QUICKACK), C(TCP_USER_TIMEOUT), C(TCP_FASTOPEN), C(TCP_CORK),
        C(IP_TOS), C(IP_TTL), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IP_MULTICAST_IF),
        C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP), C(IPV6_V6ONLY), C(IPV6_UNICAST_HOPS),
        C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
        C(MSG_PEEK), C(MSG_OOB), C(MSG_DONTWAIT), C(MSG_WAITALL), C(MSG_NOSIGNAL),
        C(MSG_TRUNC), C(MSG_CTRUNC), C(MSG_DONTROUTE), C(MSG_EOR),
        C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV),
        C(AI_ADDRCONFIG), C(AI_V4MAPPED), C(AI_ALL),
        C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NAMEREQD), C(NI_NOFQDN), C(NI_DGRAM),
        C(NI_MAXHOST), C(NI_MAXSERV),
        C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY),
        C(EAI_NONAME), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM), C(EAI_OVERFLOW),
        C(EAI_NODATA), C(EAI_ADDRFAMILY),
        C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE),
    };
#undef C
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
