/* timemodule.c -- the `time` module: clocks, sleep, and broken-down time.
 *
 * Clocks come from clock_gettime(): time() is CLOCK_REALTIME, monotonic() and
 * perf_counter() are CLOCK_MONOTONIC (as CPython on Linux), process_time()
 * and thread_time() the CPU-time clocks. The *_ns variants return ints.
 *
 * sleep() waits with clock_nanosleep() on an absolute CLOCK_MONOTONIC
 * deadline, so a signal that interrupts the wait (EINTR) costs nothing: the
 * eval breaker is handled (Ctrl-C raises KeyboardInterrupt right there, as
 * in CPython, where PyErr_CheckSignals runs) and, if no exception came out of
 * it, the wait resumes towards the same deadline.
 *
 * time.struct_time is a structseq with nine visible (sequence) fields plus
 * two attribute-only ones, tm_zone and tm_gmtoff. The shared structseq
 * helper only knows visible fields, so instances are allocated with eleven
 * slots and their tuple size is then lowered to nine; our dealloc restores
 * the real size before handing the object to the tuple dealloc, which then
 * drops all eleven references. Only this file creates instances of the type
 * (its __new__ is ours too), so every instance has that layout. The hidden
 * items are str, int or None: never containers, so the collector need not
 * see them.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gilpy.h"
#include "concurrency/gil.h"
#include "concurrency/sched.h"
#include "objects/structseq.h"
#include "objects/namespaceobject.h"

#define NS_PER_SEC 1000000000LL

/* ---- clocks ---------------------------------------------------------- */

static int read_clock(clockid_t id, struct timespec *ts)
{
    if (clock_gettime(id, ts) != 0) {
        gp_err_from_errno(&GpExc_OSError);
        return -1;
    }
    return 0;
}

static GpObject *clock_float(clockid_t id)
{
    struct timespec ts;
    if (read_clock(id, &ts) < 0)
        return NULL;
    return gp_float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static GpObject *clock_ns(clockid_t id)
{
    struct timespec ts;
    if (read_clock(id, &ts) < 0)
        return NULL;
    return gp_int_from_i64((int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec);
}

static GpObject *time_time(GpObject *m, GpObject *u) { return clock_float(CLOCK_REALTIME); }
static GpObject *time_time_ns(GpObject *m, GpObject *u) { return clock_ns(CLOCK_REALTIME); }
static GpObject *time_monotonic(GpObject *m, GpObject *u) { return clock_float(CLOCK_MONOTONIC); }
static GpObject *time_monotonic_ns(GpObject *m, GpObject *u) { return clock_ns(CLOCK_MONOTONIC); }
static GpObject *time_process_time(GpObject *m, GpObject *u) { return clock_float(CLOCK_PROCESS_CPUTIME_ID); }
static GpObject *time_process_time_ns(GpObject *m, GpObject *u) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
static GpObject *time_thread_time(GpObject *m, GpObject *u) { return clock_float(CLOCK_THREAD_CPUTIME_ID); }
static GpObject *time_thread_time_ns(GpObject *m, GpObject *u) { return clock_ns(CLOCK_THREAD_CPUTIME_ID); }

static GpObject *time_get_clock_info(GpObject *m, GpObject *name)
{
    if (!GP_TYPE_FAST_CHECK(name, GP_TPFLAGS_STR_SUBCLASS))
        return gp_err_format(&GpExc_TypeError, "get_clock_info() argument must be str, not %T", name);
    const char *n = gp_str_utf8(name);
    const char *impl;
    clockid_t id;
    int mono = 1, adjustable = 0;
    if (strcmp(n, "time") == 0) {
        impl = "clock_gettime(CLOCK_REALTIME)"; id = CLOCK_REALTIME; mono = 0; adjustable = 1;
    } else if (strcmp(n, "monotonic") == 0 || strcmp(n, "perf_counter") == 0) {
        impl = "clock_gettime(CLOCK_MONOTONIC)"; id = CLOCK_MONOTONIC;
    } else if (strcmp(n, "process_time") == 0) {
        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; id = CLOCK_PROCESS_CPUTIME_ID;
    } else if (strcmp(n, "thread_time") == 0) {
        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; id = CLOCK_THREAD_CPUTIME_ID;
    } else {
        gp_err_set_string(&GpExc_ValueError, "unknown clock");
        return NULL;
    }
    struct timespec res;
    double resolution = 1e-9;
    if (clock_getres(id, &res) == 0)
        resolution = (double)res.tv_sec + (double)res.tv_nsec * 1e-9;
    GpObject *ns = gp_namespace_new();
    if (!ns)
        return NULL;
    GpObject *d = ((GpNamespace *)ns)->dict;
    GpObject *s = gp_str_from_cstr(impl), *r = gp_float_new(resolution);
    if (!s || !r || gp_dict_setitem_str(d, "implementation", s) < 0 ||
        gp_dict_setitem_str(d, "monotonic", mono ? gp_True : gp_False) < 0 ||
        gp_dict_setitem_str(d, "adjustable", adjustable ? gp_True : gp_False) < 0 ||
        gp_dict_setitem_str(d, "resolution", r) < 0) {
        GP_XDECREF(s);
        GP_XDECREF(r);
        GP_DECREF(ns);
        return NULL;
    }
    GP_DECREF(s);
    GP_DECREF(r);
    return ns;
}

/* ---- sleep ----------------------------------------------------------- */

/* A duration argument as CPython's _PyTime_FromObject reads it: a float, or
 * anything with __index__. */
static int duration_arg(GpObject *o, double *out)
{
    if (GP_FLOAT_CHECK(o)) {
        double d = GP_FLOAT_VAL(o);
        if (isnan(d)) {
            gp_err_set_string(&GpExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        *out = d;
        return 0;
    }
    if (!GP_INT_CHECK(o) && !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int64_t v;
    int rc = gp_int_as_i64(i, &v);
    GP_DECREF(i);
    if (rc < 0) {
        if (gp_err_matches(&GpExc_OverflowError)) {
            gp_err_clear();
            gp_err_set_string(&GpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
        return -1;
    }
    *out = (double)v;
    return 0;
}

static GpObject *time_sleep(GpObject *m, GpObject *arg)
{
    double secs;
    if (duration_arg(arg, &secs) < 0)
        return NULL;
    if (secs < 0) {
        gp_err_set_string(&GpExc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    /* _PyTime_t is int64 nanoseconds: about 292 years */
    if (secs > 9.2e9) {
        gp_err_set_string(&GpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return NULL;
    }
    if (gp_sched_on) {
        /* -X sched: a wait in virtual time, ordered by the scheduler */
        if (gp_sched_sleep(gp_tstate(), (int64_t)(secs * 1e9)) < 0)
            return NULL;
        GP_RETURN_NONE;
    }
    struct timespec deadline;
    if (read_clock(CLOCK_MONOTONIC, &deadline) < 0)
        return NULL;
    double whole = floor(secs);
    long nsec = (long)((secs - whole) * 1e9);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += nsec;
    if (deadline.tv_nsec >= NS_PER_SEC) {
        deadline.tv_sec++;
        deadline.tv_nsec -= NS_PER_SEC;
    }
    for (;;) {
        int err;
        /* other threads run while this one sleeps; the GIL is back before
         * any signal handler runs */
        GP_BEGIN_ALLOW_THREADS
        err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        GP_END_ALLOW_THREADS
        if (err == 0)
            break;
        if (err != EINTR) {
            errno = err;
            return gp_err_from_errno(&GpExc_OSError);
        }
        /* a signal arrived: run its Python handler (or raise
         * KeyboardInterrupt), then keep waiting for what is left */
        if (gp_eval_handle_breaker(gp_tstate()) < 0)
            return NULL;
    }
    GP_RETURN_NONE;
}

/* PyArg_ParseTuple's wording, which CPython's time functions use. */
static int count_args(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min)
        gp_err_format(&GpExc_TypeError, "%s() takes at least %zu argument%s (%zu given)", fname, min,
                      min == 1 ? "" : "s", nargs);
    else if (nargs > max)
        gp_err_format(&GpExc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, max,
                      max == 1 ? "" : "s", nargs);
    else
        return 0;
    return -1;
}

/* ---- struct_time ----------------------------------------------------- */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst",
};
#define ST_VISIBLE 9
#define ST_ALL 11          /* + tm_zone, tm_gmtoff */

static GpType *struct_time_type;
static gp_destructor tuple_dealloc_fn;

static void struct_time_dealloc(GpObject *o)
{
    GP_SIZE(o) = ST_ALL;   /* the hidden items are dropped by the tuple dealloc */
    tuple_dealloc_fn(o);
}

static GpObject *struct_time_hidden(GpObject *self, void *closure)
{
    return gp_newref(GP_TUPLE_ITEMS(self)[(intptr_t)closure]);
}

static const GpGetSetDef struct_time_hidden_defs[] = {
    { "tm_zone", struct_time_hidden, NULL, "abbreviation of timezone name", (void *)(intptr_t)9 },
    { "tm_gmtoff", struct_time_hidden, NULL, "offset from UTC in seconds", (void *)(intptr_t)10 },
    { NULL },
};

/* items[0..n) with 9 <= n <= 11; missing hidden ones are None */
static GpObject *struct_time_make(GpObject *const *items, gp_ssize n)
{
    GpObject *o = gp_obj_alloc(struct_time_type, ST_ALL);
    if (!o)
        return NULL;
    for (gp_ssize i = 0; i < ST_ALL; i++)
        GP_TUPLE_SET(o, i, gp_newref(i < n ? items[i] : gp_None));
    GP_SIZE(o) = ST_VISIBLE;
    gp_gc_track(o);
    return o;
}

static GpObject *struct_time_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "sequence", "dict", NULL };
    GpObject *a[2];
    if (gp_args_parse("struct_time", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    GpObject *tup = gp_sequence_tuple(a[0]);
    if (!tup) {
        if (gp_err_matches(&GpExc_TypeError)) {
            gp_err_clear();
            gp_err_set_string(&GpExc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    gp_ssize n = GP_SIZE(tup);
    GpObject *r = NULL;
    if (n < ST_VISIBLE)
        gp_err_format(&GpExc_TypeError, "time.struct_time() takes an at least 9-sequence (%zd-sequence given)", n);
    else if (n > ST_ALL)
        gp_err_format(&GpExc_TypeError, "time.struct_time() takes an at most 11-sequence (%zd-sequence given)", n);
    else
        r = struct_time_make(GP_TUPLE_ITEMS(tup), n);
    GP_DECREF(tup);
    return r;
}

static GpObject *tm_to_struct_time(const struct tm *tm, const char *zone, long gmtoff)
{
    int v[ST_VISIBLE] = {
        tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
        (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst,
    };
    GpObject *items[ST_ALL] = { 0 };
    GpObject *r = NULL;
    for (int i = 0; i < ST_VISIBLE; i++)
        if (!(items[i] = gp_int_from_i64(v[i])))
            goto done;
    if (!(items[9] = zone ? gp_str_from_cstr(zone) : gp_newref(gp_None)))
        goto done;
    if (!(items[10] = gp_int_from_i64(gmtoff)))
        goto done;
    r = struct_time_make(items, ST_ALL);
done:
    for (int i = 0; i < ST_ALL; i++)
        GP_XDECREF(items[i]);
    return r;
}

/* A time_t argument, None meaning now (CPython rounds floats toward -inf). */
static int time_t_arg(GpObject *o, time_t *out)
{
    if (!o || o == gp_None) {
        *out = time(NULL);
        return 0;
    }
    if (GP_FLOAT_CHECK(o)) {
        double d = GP_FLOAT_VAL(o);
        if (isnan(d)) {
            gp_err_set_string(&GpExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            gp_err_set_string(&GpExc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    if (!GP_INT_CHECK(o) && !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int64_t v;
    int rc = gp_int_as_i64(i, &v);
    GP_DECREF(i);
    if (rc < 0) {
        if (gp_err_matches(&GpExc_OverflowError)) {
            gp_err_clear();
            gp_err_set_string(&GpExc_OverflowError, "timestamp out of range for platform time_t");
        }
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static GpObject *time_gmtime(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (count_args("gmtime", nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    struct tm tm;
    errno = 0;
    if (!gmtime_r(&t, &tm)) {
        if (errno == 0)
            errno = EINVAL;
        return gp_err_from_errno(&GpExc_OSError);
    }
    return tm_to_struct_time(&tm, tm.tm_zone, 0);   /* glibc calls it "GMT", as CPython shows */
}

static int local_tm(time_t t, struct tm *tm)
{
    errno = 0;
    if (!localtime_r(&t, tm)) {
        if (errno == 0)
            errno = EINVAL;
        gp_err_from_errno(&GpExc_OSError);
        return -1;
    }
    return 0;
}

static GpObject *time_localtime(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (count_args("localtime", nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    struct tm tm;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0 || local_tm(t, &tm) < 0)
        return NULL;
    return tm_to_struct_time(&tm, tm.tm_zone, tm.tm_gmtoff);
}

/* A 9-tuple or struct_time as a struct tm (C conventions: month 0-11,
 * Sunday = 0, yday 0-365). The zone string, when there is one, must stay
 * alive while tm is used: it points into the struct_time's tm_zone. */
static int tuple_to_tm(const char *fname, GpObject *t, struct tm *tm)
{
    if (!GP_TUPLE_CHECK(t)) {
        gp_err_set_string(&GpExc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (GP_SIZE(t) != ST_VISIBLE) {
        gp_err_format(&GpExc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    long v[ST_VISIBLE];
    for (int i = 0; i < ST_VISIBLE; i++) {
        gp_ssize x = gp_number_as_ssize(GP_TUPLE_GET(t, i), &GpExc_OverflowError);
        if (x == -1 && gp_err_occurred())
            return -1;
        if (x < -2147483647L || x > 2147483647L) {
            gp_err_set_string(&GpExc_OverflowError, "signed integer is greater than maximum");
            return -1;
        }
        v[i] = (long)x;
    }
    memset(tm, 0, sizeof *tm);
    if (v[0] < -2147483647L + 1900) {
        gp_err_set_string(&GpExc_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    if (GP_TYPE(t) == struct_time_type) {
        GpObject *zone = GP_TUPLE_ITEMS(t)[9], *off = GP_TUPLE_ITEMS(t)[10];
        if (GP_TYPE_FAST_CHECK(zone, GP_TPFLAGS_STR_SUBCLASS))
            tm->tm_zone = gp_str_utf8(zone);
        if (GP_INT_CHECK(off)) {
            int64_t g;
            if (gp_int_as_i64(off, &g) < 0)
                return -1;
            tm->tm_gmtoff = (long)g;
        }
    }
    return 0;
}

/* Range checks shared by strftime and asctime (zeros mean "first"). */
static int check_tm(struct tm *tm)
{
    const char *msg = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        msg = "month out of range";
    if (!msg) {
        if (tm->tm_mday == 0)
            tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31)
            msg = "day of month out of range";
    }
    if (!msg && (tm->tm_hour < 0 || tm->tm_hour > 23))
        msg = "hour out of range";
    if (!msg && (tm->tm_min < 0 || tm->tm_min > 59))
        msg = "minute out of range";
    if (!msg && (tm->tm_sec < 0 || tm->tm_sec > 61))
        msg = "seconds out of range";
    if (!msg && tm->tm_wday < 0)
        msg = "day of week out of range";
    if (!msg) {
        if (tm->tm_yday == -1)
            tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365)
            msg = "day of year out of range";
    }
    if (msg) {
        gp_err_set_string(&GpExc_ValueError, msg);
        return -1;
    }
    return 0;
}

static int now_or_tuple(const char *fname, GpObject *arg, struct tm *tm)
{
    if (!arg || arg == gp_None)
        return local_tm(time(NULL), tm);
    if (tuple_to_tm(fname, arg, tm) < 0 || check_tm(tm) < 0)
        return -1;
    return 0;
}

static GpObject *time_strftime(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (count_args("strftime", nargs, 1, 2) < 0)
        return NULL;
    if (!GP_TYPE_FAST_CHECK(args[0], GP_TPFLAGS_STR_SUBCLASS))
        return gp_err_format(&GpExc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (now_or_tuple("strftime", nargs > 1 ? args[1] : NULL, &tm) < 0)
        return NULL;
    if (tm.tm_isdst < -1)
        tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1)
        tm.tm_isdst = 1;
    const char *fmt = gp_str_utf8(args[0]);
    size_t fmtlen = strlen(fmt);
    if (fmtlen != (size_t)GP_SIZE(args[0]) && memchr(fmt, 0, (size_t)GP_SIZE(args[0]))) {
        gp_err_set_string(&GpExc_ValueError, "embedded null character");
        return NULL;
    }
    if (fmtlen == 0)
        return gp_str_empty();
    /* strftime() returns 0 both for "buffer too small" and for an empty
     * result: grow up to 256 bytes per format byte, then accept "". */
    for (size_t cap = 1024;; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf)
            return gp_err_no_memory();
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap >= 256 * fmtlen) {
            GpObject *r = gp_str_decode(buf, (gp_ssize)n, "utf-8", "surrogateescape");
            free(buf);
            return r;
        }
        free(buf);
    }
}

static const char *const wday_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const mon_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static GpObject *format_asctime(const struct tm *tm)
{
    return gp_str_from_format("%s %s%3d %.2d:%.2d:%.2d %d", wday_names[tm->tm_wday % 7],
                              mon_names[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
                              tm->tm_sec, 1900 + tm->tm_year);
}

static GpObject *time_asctime(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("asctime", nargs, 0, 1) < 0)
        return NULL;
    struct tm tm;
    if (now_or_tuple("asctime", nargs ? args[0] : NULL, &tm) < 0)
        return NULL;
    return format_asctime(&tm);
}

static GpObject *time_ctime(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (count_args("ctime", nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    struct tm tm;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0 || local_tm(t, &tm) < 0)
        return NULL;
    return format_asctime(&tm);
}

static GpObject *time_mktime(GpObject *m, GpObject *arg)
{
    struct tm tm;
    if (tuple_to_tm("mktime", arg, &tm) < 0)
        return NULL;
    tm.tm_wday = -1;   /* mktime() sets it on success: tells -1 the time from -1 the error */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        gp_err_set_string(&GpExc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return gp_float_new((double)t);
}

/* ---- time zone ------------------------------------------------------- */

/* timezone, altzone, daylight and tzname from the offsets in force on
 * January 1st and July 1st of the current year, as CPython computes them. */
static int set_zone_attrs(GpObject *d)
{
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    if (local_tm(now, &tm) < 0)
        return -1;
    int year = tm.tm_year;
    struct tm jan = { .tm_year = year, .tm_mon = 0, .tm_mday = 1, .tm_isdst = -1 };
    struct tm jul = { .tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1 };
    time_t tj = timegm(&jan), tl = timegm(&jul);
    struct tm lj, ll;
    if (local_tm(tj, &lj) < 0 || local_tm(tl, &ll) < 0)
        return -1;
    long janoff = -lj.tm_gmtoff, juloff = -ll.tm_gmtoff;
    char janname[16], julname[16];
    snprintf(janname, sizeof janname, "%s", lj.tm_zone ? lj.tm_zone : "");
    snprintf(julname, sizeof julname, "%s", ll.tm_zone ? ll.tm_zone : "");
    long tz = janoff, alt = juloff;
    const char *n0 = janname, *n1 = julname;
    if (janoff < juloff) {   /* southern hemisphere: DST in January */
        tz = juloff;
        alt = janoff;
        n0 = julname;
        n1 = janname;
    }
    GpObject *a = gp_int_from_i64(tz), *b = gp_int_from_i64(alt);
    GpObject *c = gp_int_from_i64(janoff != juloff);
    GpObject *s0 = gp_str_from_cstr(n0), *s1 = gp_str_from_cstr(n1);
    GpObject *names = (s0 && s1) ? gp_tuple_pack(2, s0, s1) : NULL;
    int rc = -1;
    if (a && b && c && names && gp_dict_setitem_str(d, "timezone", a) == 0 &&
        gp_dict_setitem_str(d, "altzone", b) == 0 && gp_dict_setitem_str(d, "daylight", c) == 0 &&
        gp_dict_setitem_str(d, "tzname", names) == 0)
        rc = 0;
    GP_XDECREF(a);
    GP_XDECREF(b);
    GP_XDECREF(c);
    GP_XDECREF(s0);
    GP_XDECREF(s1);
    GP_XDECREF(names);
    return rc;
}

static GpObject *time_tzset(GpObject *m, GpObject *u)
{
    (void)m;   /* NULL: module functions get no self (gp_add_functions) */
    (void)u;
    GpObject *mod = gp_import("time");
    if (!mod)
        return NULL;
    int rc = set_zone_attrs(GP_MODULE_DICT(mod));
    GP_DECREF(mod);
    if (rc < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* strptime(string[, format]) is written in Python: _strptime._strptime_time
 * does the parsing and builds the struct_time. */
static GpObject *time_strptime(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    GpObject *mod = gp_import("_strptime");
    if (!mod)
        return NULL;
    GpObject *func = gp_getattr_str(mod, "_strptime_time");
    GP_DECREF(mod);
    if (!func)
        return NULL;
    GpObject *r = gp_call(func, args, nargs, NULL);
    GP_DECREF(func);
    return r;
}

static const GpMethodDef time_methods[] = {
    GP_METHOD("time", time_time, GP_METH_NOARGS),
    GP_METHOD("time_ns", time_time_ns, GP_METH_NOARGS),
    GP_METHOD("monotonic", time_monotonic, GP_METH_NOARGS),
    GP_METHOD("monotonic_ns", time_monotonic_ns, GP_METH_NOARGS),
    GP_METHOD("perf_counter", time_monotonic, GP_METH_NOARGS),
    GP_METHOD("perf_counter_ns", time_monotonic_ns, GP_METH_NOARGS),
    GP_METHOD("process_time", time_process_time, GP_METH_NOARGS),
    GP_METHOD("process_time_ns", time_process_time_ns, GP_METH_NOARGS),
    GP_METHOD("thread_time", time_thread_time, GP_METH_NOARGS),
    GP_METHOD("thread_time_ns", time_thread_time_ns, GP_METH_NOARGS),
    GP_METHOD("get_clock_info", time_get_clock_info, GP_METH_O),
    GP_METHOD("sleep", time_sleep, GP_METH_O),
    GP_METHOD("gmtime", time_gmtime, GP_METH_FAST),
    GP_METHOD("localtime", time_localtime, GP_METH_FAST),
    GP_METHOD("strftime", time_strftime, GP_METH_FAST),
    GP_METHOD("strptime", time_strptime, GP_METH_FAST),
    GP_METHOD("asctime", time_asctime, GP_METH_FAST),
    GP_METHOD("ctime", time_ctime, GP_METH_FAST),
    GP_METHOD("mktime", time_mktime, GP_METH_O),
    GP_METHOD("tzset", time_tzset, GP_METH_NOARGS),
    { NULL },
};

static int make_struct_time_type(void)
{
    if (struct_time_type)
        return 0;
    GpType *t = gp_structseq_new_type("time.struct_time", struct_time_fields, ST_VISIBLE);
    if (!t)
        return -1;
    tuple_dealloc_fn = t->dealloc;
    t->dealloc = struct_time_dealloc;
    t->new_ = struct_time_new;
    for (const GpGetSetDef *g = struct_time_hidden_defs; g->name; g++) {
        GpObject *descr = gp_descr_new_getset(t, g);
        if (!descr || gp_dict_setitem_str(t->dict, g->name, descr) < 0) {
            GP_XDECREF(descr);
            return -1;
        }
        GP_DECREF(descr);
    }
    GpObject *n = gp_int_from_i64(ST_VISIBLE), *f = gp_int_from_i64(ST_ALL), *u = gp_int_from_i64(0);
    int rc = (n && f && u && gp_dict_setitem_str(t->dict, "n_sequence_fields", n) == 0 &&
              gp_dict_setitem_str(t->dict, "n_fields", f) == 0 &&
              gp_dict_setitem_str(t->dict, "n_unnamed_fields", u) == 0) ? 0 : -1;
    GP_XDECREF(n);
    GP_XDECREF(f);
    GP_XDECREF(u);
    gp_type_modified(t);
    struct_time_type = t;
    return rc;
}

int gp_mod_time_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_add_functions(d, time_methods, gp_str_intern_cstr("time")) < 0)
        return -1;
    if (make_struct_time_type() < 0)
        return -1;
    if (gp_dict_setitem_str(d, "struct_time", (GpObject *)struct_time_type) < 0)
        return -1;
    static const struct { const char *name; int value; } consts[] = {
        { "CLOCK_REALTIME", CLOCK_REALTIME }, { "CLOCK_MONOTONIC", CLOCK_MONOTONIC },
        { "CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW },
        { "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID },
        { "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID },
        { "CLOCK_BOOTTIME", CLOCK_BOOTTIME },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        GpObject *v = gp_int_from_i64(consts[i].value);
        if (!v || gp_dict_setitem_str(d, consts[i].name, v) < 0) {
            GP_XDECREF(v);
            return -1;
        }
        GP_DECREF(v);
    }
    return set_zone_attrs(d);
}
