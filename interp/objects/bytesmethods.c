/* bytesmethods.c -- the methods bytes and bytearray share (the text-like
 * ones: find, split, strip, upper ... with ASCII-only semantics), the
 * bytearray-only mutators (append, extend, pop ...), bytes.hex/fromhex,
 * and `bytes % args`.
 *
 * A method returns an object of its receiver's kind: bytes methods give
 * bytes, bytearray methods give (new) bytearrays.
 */
#define _GNU_SOURCE
#include <string.h>
#include <stdio.h>
#include "gilpy.h"
#include "support/utf8.h"

#define BDATA(o) ((char *)gp_bytes_like_data(o))
#define BLEN(o) GP_SIZE(o)

/* ASCII classes as bytes methods see them (no \x1c..\x1f: bytes.isspace
 * is b' \t\n\r\x0b\x0c' only). */
static inline int b_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline int b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static inline int b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int b_isalnum(unsigned char c) { return b_isalpha(c) || b_isdigit(c); }
static inline unsigned char b_lower(unsigned char c) { return b_isupper(c) ? c + 32 : c; }
static inline unsigned char b_upper(unsigned char c) { return b_islower(c) ? c - 32 : c; }

/* ---- argument helpers ------------------------------------------------------- */

static int slice_index(GpObject *o, gp_ssize *out)
{
    if (!o || o == gp_None)
        return 0;
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) {
        *out = (gp_ssize)GP_INT_VAL(o);
        return 0;
    }
    if (GP_FLOAT_CHECK(o) || !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, NULL);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

static void adjust_range(gp_ssize len, gp_ssize *start, gp_ssize *end)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

static int int_arg(GpObject *o, gp_ssize *out)
{
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) {
        *out = (gp_ssize)GP_INT_VAL(o);
        return 0;
    }
    if (GP_FLOAT_CHECK(o) || !gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

static int old_count(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        gp_err_format(&GpExc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        gp_err_format(&GpExc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* A sub-sequence argument: an int (one byte) or a bytes-like object. */
typedef struct {
    const char *p;
    gp_ssize n;
    char byte;
    gp_ssize start, end;
} SubArg;

static int get_sub(GpObject *o, SubArg *s)
{
    if (GP_INT_CHECK(o) || (!GP_FLOAT_CHECK(o) && !GP_BYTES_CHECK(o) && !GP_BYTEARRAY_CHECK(o) &&
                            !gp_object_check_buffer(o) && !GP_STR_CHECK(o) && GP_TYPE(o)->nb.index)) {
        int v;
        if (gp_bytes_byte_value(o, &v) < 0)
            return -1;
        s->byte = (char)v;
        s->p = &s->byte;
        s->n = 1;
        return 0;
    }
    if (!gp_object_check_buffer(o)) {
        gp_err_format(&GpExc_TypeError,
                      "argument should be integer or bytes-like object, not '%T'", o);
        return -1;
    }
    return gp_bytes_buffer(o, &s->p, &s->n);
}

/* (sub[, start[, end]]): 1 = range starts past the end, 0 ok, -1 error */
static int parse_sub(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                     SubArg *s)
{
    if (old_count(name, nargs, 1, 3) < 0 || get_sub(args[0], s) < 0)
        return -1;
    s->start = 0;
    s->end = GP_SSIZE_MAX;
    if (nargs > 1 && slice_index(args[1], &s->start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], &s->end) < 0)
        return -1;
    adjust_range(BLEN(self), &s->start, &s->end);
    if (s->start > BLEN(self))
        return 1;
    if (s->end < s->start)
        s->end = s->start;
    return 0;
}

static int get_buf(GpObject *o, const char **p, gp_ssize *n)
{
    return gp_bytes_buffer(o, p, n);
}

static GpObject *like(GpObject *self, const char *p, gp_ssize n)
{
    return gp_bytes_new_like(self, p, n);
}

/* The receiver itself for an unchanged bytes, else a copy. */
static GpObject *same(GpObject *self)
{
    if (GP_BYTES_CHECK_EXACT(self))
        return gp_newref(self);
    return like(self, BDATA(self), BLEN(self));
}

static GpObject *new_uninit(GpObject *self, gp_ssize n)
{
    if (GP_BYTEARRAY_CHECK(self))
        return gp_bytearray_from(NULL, n);
    return gp_bytes_from(NULL, n);
}

/* ---- searching --------------------------------------------------------------- */

static gp_ssize bfind(const char *h, gp_ssize hn, const char *n, gp_ssize nn)
{
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    const char *r = nn == 1 ? memchr(h, n[0], (size_t)hn) : memmem(h, (size_t)hn, n, (size_t)nn);
    return r ? r - h : -1;
}

static gp_ssize brfind(const char *h, gp_ssize hn, const char *n, gp_ssize nn)
{
    if (nn == 0)
        return hn;
    if (nn > hn)
        return -1;
    if (nn == 1) {
        const char *r = memrchr(h, n[0], (size_t)hn);
        return r ? r - h : -1;
    }
    for (gp_ssize st = hn - nn; st >= 0; st--) {
        const char *r = memrchr(h, n[0], (size_t)st + 1);
        if (!r)
            return -1;
        st = r - h;
        if (memcmp(r, n, (size_t)nn) == 0)
            return st;
    }
    return -1;
}

static gp_ssize bcount(const char *h, gp_ssize hn, const char *n, gp_ssize nn, gp_ssize max)
{
    gp_ssize c = 0, i = 0;
    while (c < max) {
        gp_ssize k = bfind(h + i, hn - i, n, nn);
        if (k < 0)
            break;
        c++;
        i += k + nn;
    }
    return c;
}

static gp_ssize do_find(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                        int rev, int *err)
{
    SubArg s;
    int r = parse_sub(name, self, args, nargs, &s);
    *err = r < 0;
    if (r != 0)
        return -1;
    const char *h = BDATA(self) + s.start;
    gp_ssize k = rev ? brfind(h, s.end - s.start, s.p, s.n) : bfind(h, s.end - s.start, s.p, s.n);
    return k < 0 ? -1 : s.start + k;
}

static GpObject *b_find(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("find", self, args, nargs, 0, &err);
    return err ? NULL : gp_int_from_ssize(r);
}

static GpObject *b_rfind(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("rfind", self, args, nargs, 1, &err);
    return err ? NULL : gp_int_from_ssize(r);
}

static GpObject *b_index(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("index", self, args, nargs, 0, &err);
    if (err)
        return NULL;
    if (r < 0)
        return gp_err_format(&GpExc_ValueError, "subsection not found");
    return gp_int_from_ssize(r);
}

static GpObject *b_rindex(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("rindex", self, args, nargs, 1, &err);
    if (err)
        return NULL;
    if (r < 0)
        return gp_err_format(&GpExc_ValueError, "subsection not found");
    return gp_int_from_ssize(r);
}

static GpObject *b_count(GpObject *self, GpObject *const *args, size_t nargs)
{
    SubArg s;
    int r = parse_sub("count", self, args, nargs, &s);
    if (r < 0)
        return NULL;
    if (r == 1)
        return gp_int_from_ssize(0);
    if (s.n == 0)
        return gp_int_from_ssize(s.end - s.start + 1);
    return gp_int_from_ssize(bcount(BDATA(self) + s.start, s.end - s.start, s.p, s.n, GP_SSIZE_MAX));
}

static int tail_match(GpObject *self, const char *p, gp_ssize n, gp_ssize start, gp_ssize end,
                      int atend)
{
    gp_ssize len = BLEN(self);
    adjust_range(len, &start, &end);
    if (start > len || end - start < n)
        return 0;
    gp_ssize at = atend ? end - n : start;
    return n == 0 || memcmp(BDATA(self) + at, p, (size_t)n) == 0;
}

static GpObject *xwith(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                       int atend)
{
    if (old_count(name, nargs, 1, 3) < 0)
        return NULL;
    gp_ssize start = 0, end = GP_SSIZE_MAX;
    if (nargs > 1 && slice_index(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && slice_index(args[2], &end) < 0)
        return NULL;
    GpObject *x = args[0];
    const char *p;
    gp_ssize n;
    if (GP_TUPLE_CHECK(x)) {
        for (gp_ssize i = 0; i < GP_SIZE(x); i++) {
            GpObject *e = GP_TUPLE_GET(x, i);
            if (!gp_is_bytes_like(e))
                return gp_err_format(&GpExc_TypeError, "a bytes-like object is required, not '%T'", e);
            if (gp_bytes_buffer(e, &p, &n) < 0)
                return NULL;
            if (tail_match(self, p, n, start, end, atend))
                GP_RETURN_TRUE;
        }
        GP_RETURN_FALSE;
    }
    if (!gp_is_bytes_like(x))
        return gp_err_format(&GpExc_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
    if (gp_bytes_buffer(x, &p, &n) < 0)
        return NULL;
    return gp_bool(tail_match(self, p, n, start, end, atend));
}

static GpObject *b_startswith(GpObject *self, GpObject *const *args, size_t nargs)
{
    return xwith("startswith", self, args, nargs, 0);
}

static GpObject *b_endswith(GpObject *self, GpObject *const *args, size_t nargs)
{
    return xwith("endswith", self, args, nargs, 1);
}

/* ---- case and predicates -------------------------------------------------- */

static GpObject *map_bytes(GpObject *self, int op)
{
    gp_ssize n = BLEN(self);
    const unsigned char *p = (const unsigned char *)BDATA(self);
    GpObject *r = new_uninit(self, n);
    if (!r)
        return NULL;
    unsigned char *d = (unsigned char *)BDATA(r);
    int prev_cased = 0;
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = p[i];
        switch (op) {
        case 0: d[i] = b_lower(c); break;
        case 1: d[i] = b_upper(c); break;
        case 2: d[i] = b_isupper(c) ? b_lower(c) : b_upper(c); break;
        case 3: d[i] = i == 0 ? b_upper(c) : b_lower(c); break;
        case 4:
            d[i] = prev_cased ? b_lower(c) : b_upper(c);
            prev_cased = b_isalpha(c);
            break;
        }
    }
    return r;
}

static GpObject *b_lower_m(GpObject *self, GpObject *u) { return map_bytes(self, 0); }
static GpObject *b_upper_m(GpObject *self, GpObject *u) { return map_bytes(self, 1); }
static GpObject *b_swapcase(GpObject *self, GpObject *u) { return map_bytes(self, 2); }
static GpObject *b_capitalize(GpObject *self, GpObject *u) { return map_bytes(self, 3); }
static GpObject *b_title(GpObject *self, GpObject *u) { return map_bytes(self, 4); }

#define BPRED(name, test)                                                         \
    static GpObject *bm_##name(GpObject *self, GpObject *u)                        \
    {                                                                             \
        const unsigned char *p = (const unsigned char *)BDATA(self);              \
        gp_ssize n = BLEN(self);                                                  \
        if (n == 0)                                                               \
            GP_RETURN_FALSE;                                                      \
        for (gp_ssize i = 0; i < n; i++)                                          \
            if (!test(p[i]))                                                      \
                GP_RETURN_FALSE;                                                  \
        GP_RETURN_TRUE;                                                           \
    }
BPRED(isalnum, b_isalnum)
BPRED(isalpha, b_isalpha)
BPRED(isdigit, b_isdigit)
BPRED(isspace, b_isspace)
#undef BPRED

static GpObject *b_isascii(GpObject *self, GpObject *u)
{
    const unsigned char *p = (const unsigned char *)BDATA(self);
    for (gp_ssize i = 0; i < BLEN(self); i++)
        if (p[i] >= 0x80)
            GP_RETURN_FALSE;
    GP_RETURN_TRUE;
}

static GpObject *bm_islower(GpObject *self, GpObject *u)
{
    const unsigned char *p = (const unsigned char *)BDATA(self);
    int cased = 0;
    for (gp_ssize i = 0; i < BLEN(self); i++) {
        if (b_isupper(p[i]))
            GP_RETURN_FALSE;
        cased |= b_islower(p[i]);
    }
    return gp_bool(cased);
}

static GpObject *bm_isupper(GpObject *self, GpObject *u)
{
    const unsigned char *p = (const unsigned char *)BDATA(self);
    int cased = 0;
    for (gp_ssize i = 0; i < BLEN(self); i++) {
        if (b_islower(p[i]))
            GP_RETURN_FALSE;
        cased |= b_isupper(p[i]);
    }
    return gp_bool(cased);
}

static GpObject *b_istitle(GpObject *self, GpObject *u)
{
    const unsigned char *p = (const unsigned char *)BDATA(self);
    int cased = 0, prev = 0;
    for (gp_ssize i = 0; i < BLEN(self); i++) {
        unsigned char c = p[i];
        if (b_isupper(c)) {
            if (prev)
                GP_RETURN_FALSE;
            prev = cased = 1;
        } else if (b_islower(c)) {
            if (!prev)
                GP_RETURN_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return gp_bool(cased);
}

/* ---- strip ------------------------------------------------------------------ */

static GpObject *do_strip(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                          int which)
{
    if (gp_args_count(name, nargs, 0, 1) < 0)
        return NULL;
    unsigned char set[256];
    GpObject *chars = nargs ? args[0] : gp_None;
    if (chars == gp_None) {
        for (int i = 0; i < 256; i++)
            set[i] = (unsigned char)b_isspace((unsigned char)i);
    } else {
        const char *p;
        gp_ssize n;
        if (get_buf(chars, &p, &n) < 0)
            return NULL;
        memset(set, 0, sizeof set);
        for (gp_ssize i = 0; i < n; i++)
            set[(unsigned char)p[i]] = 1;
    }
    const unsigned char *p = (const unsigned char *)BDATA(self);
    gp_ssize lo = 0, hi = BLEN(self);
    if (which & 1)
        while (lo < hi && set[p[lo]])
            lo++;
    if (which & 2)
        while (hi > lo && set[p[hi - 1]])
            hi--;
    if (lo == 0 && hi == BLEN(self))
        return same(self);
    return like(self, (const char *)p + lo, hi - lo);
}

static GpObject *b_strip(GpObject *self, GpObject *const *a, size_t n) { return do_strip("strip", self, a, n, 3); }
static GpObject *b_lstrip(GpObject *self, GpObject *const *a, size_t n) { return do_strip("lstrip", self, a, n, 1); }
static GpObject *b_rstrip(GpObject *self, GpObject *const *a, size_t n) { return do_strip("rstrip", self, a, n, 2); }

/* ---- split ------------------------------------------------------------------- */

static int append_piece(GpObject *list, GpObject *self, const char *p, gp_ssize n)
{
    GpObject *s = (n == BLEN(self)) ? same(self) : like(self, p, n);
    if (!s)
        return -1;
    int r = gp_list_append(list, s);
    gp_decref(s);
    return r;
}

static int split_args(const char *name, GpObject *const *args, size_t nargs, GpObject *kwnames,
                      const char **sep, gp_ssize *sepn, gp_ssize *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse(name, args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return -1;
    *sep = NULL;
    *maxsplit = -1;
    if (a[1] && int_arg(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = GP_SSIZE_MAX;
    if (a[0] && a[0] != gp_None) {
        if (get_buf(a[0], sep, sepn) < 0)
            return -1;
        if (*sepn == 0) {
            gp_err_format(&GpExc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static GpObject *b_split(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    const char *sep;
    gp_ssize sn = 0, maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &sn, &maxsplit) < 0)
        return NULL;
    const char *p = BDATA(self);
    gp_ssize n = BLEN(self), i = 0;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    if (!sep) {
        while (i < n) {
            while (i < n && b_isspace((unsigned char)p[i]))
                i++;
            if (i >= n)
                break;
            if (maxsplit-- == 0) {
                /* the remainder keeps its trailing whitespace */
                if (append_piece(list, self, p + i, n - i) < 0)
                    goto fail;
                break;
            }
            gp_ssize j = i;
            while (j < n && !b_isspace((unsigned char)p[j]))
                j++;
            if (append_piece(list, self, p + i, j - i) < 0)
                goto fail;
            i = j;
        }
        return list;
    }
    while (maxsplit-- > 0) {
        gp_ssize k = bfind(p + i, n - i, sep, sn);
        if (k < 0)
            break;
        if (append_piece(list, self, p + i, k) < 0)
            goto fail;
        i += k + sn;
    }
    if (append_piece(list, self, p + i, n - i) < 0)
        goto fail;
    return list;
fail:
    gp_decref(list);
    return NULL;
}

static GpObject *b_rsplit(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    const char *sep;
    gp_ssize sn = 0, maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &sn, &maxsplit) < 0)
        return NULL;
    const char *p = BDATA(self);
    gp_ssize hi = BLEN(self);
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    if (!sep) {
        while (hi > 0) {
            while (hi > 0 && b_isspace((unsigned char)p[hi - 1]))
                hi--;
            if (hi == 0)
                break;
            if (maxsplit-- == 0) {
                /* the remainder keeps its leading whitespace */
                if (append_piece(list, self, p, hi) < 0)
                    goto fail;
                break;
            }
            gp_ssize lo = hi;
            while (lo > 0 && !b_isspace((unsigned char)p[lo - 1]))
                lo--;
            if (append_piece(list, self, p + lo, hi - lo) < 0)
                goto fail;
            hi = lo;
        }
    } else {
        while (maxsplit-- > 0) {
            gp_ssize k = brfind(p, hi, sep, sn);
            if (k < 0)
                break;
            if (append_piece(list, self, p + k + sn, hi - k - sn) < 0)
                goto fail;
            hi = k;
        }
        if (append_piece(list, self, p, hi) < 0)
            goto fail;
    }
    if (gp_list_reverse(list) < 0)
        goto fail;
    return list;
fail:
    gp_decref(list);
    return NULL;
}

static GpObject *b_splitlines(GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    GpObject *a[1] = {NULL};
    if (gp_args_parse("splitlines", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    int keep = 0;
    if (a[0]) {
        if (GP_FLOAT_CHECK(a[0]))
            return gp_err_format(&GpExc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        keep = gp_is_true(a[0]);
        if (keep < 0)
            return NULL;
    }
    const char *p = BDATA(self);
    gp_ssize n = BLEN(self), i = 0;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    while (i < n) {
        gp_ssize st = i;
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        gp_ssize eol = i;
        if (i < n) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
                i += 2;
            else
                i++;
        }
        if (append_piece(list, self, p + st, (keep ? i : eol) - st) < 0) {
            gp_decref(list);
            return NULL;
        }
    }
    return list;
}

static GpObject *partition_common(GpObject *self, GpObject *sepo, int rev)
{
    const char *sep;
    gp_ssize sn;
    if (get_buf(sepo, &sep, &sn) < 0)
        return NULL;
    if (sn == 0)
        return gp_err_format(&GpExc_ValueError, "empty separator");
    const char *p = BDATA(self);
    gp_ssize n = BLEN(self);
    gp_ssize k = rev ? brfind(p, n, sep, sn) : bfind(p, n, sep, sn);
    GpObject *a, *b, *c;
    if (k < 0) {
        GpObject *me = same(self);
        GpObject *e1 = like(self, "", 0), *e2 = like(self, "", 0);
        a = rev ? e1 : me;
        b = rev ? e2 : e1;
        c = rev ? me : e2;
    } else {
        a = like(self, p, k);
        b = like(self, sep, sn);
        c = like(self, p + k + sn, n - k - sn);
    }
    GpObject *t = (a && b && c) ? gp_tuple_pack(3, a, b, c) : NULL;
    GP_XDECREF(a);
    GP_XDECREF(b);
    GP_XDECREF(c);
    return t;
}

static GpObject *b_partition(GpObject *self, GpObject *sep) { return partition_common(self, sep, 0); }
static GpObject *b_rpartition(GpObject *self, GpObject *sep) { return partition_common(self, sep, 1); }

/* ---- join / replace ------------------------------------------------------------ */

GpObject *gp_bytes_join(GpObject *sep, GpObject *iterable)
{
    GpObject *seq = gp_sequence_list(iterable);
    if (!seq)
        return NULL;
    gp_ssize n = GP_SIZE(seq), total = 0, sn = BLEN(sep);
    GpObject *r = NULL;
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *it = GP_LIST_GET(seq, i);
        if (!gp_is_bytes_like(it)) {
            gp_err_format(&GpExc_TypeError,
                          "sequence item %zd: expected a bytes-like object, %T found", i, it);
            goto done;
        }
        const char *ip;
        gp_ssize in;
        if (gp_bytes_buffer(it, &ip, &in) < 0) {
            /* CPython reports any unusable buffer (released, strided) this way */
            gp_err_clear();
            gp_err_format(&GpExc_TypeError,
                          "sequence item %zd: expected a bytes-like object, %T found", i, it);
            goto done;
        }
        total += in;
    }
    if (n > 1)
        total += sn * (n - 1);
    if (n == 1 && GP_BYTES_CHECK_EXACT(GP_LIST_GET(seq, 0)) && GP_BYTES_CHECK(sep)) {
        r = gp_newref(GP_LIST_GET(seq, 0));
        goto done;
    }
    r = new_uninit(sep, total);
    if (!r)
        goto done;
    char *d = BDATA(r);
    const char *sp = BDATA(sep);
    for (gp_ssize i = 0; i < n; i++) {
        if (i) {
            memcpy(d, sp, (size_t)sn);
            d += sn;
        }
        const char *ip;
        gp_ssize in;
        gp_bytes_buffer(GP_LIST_GET(seq, i), &ip, &in);
        memcpy(d, ip, (size_t)in);
        d += in;
    }
done:
    gp_decref(seq);
    return r;
}

static GpObject *b_join(GpObject *self, GpObject *it) { return gp_bytes_join(self, it); }

static GpObject *b_replace(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("replace", nargs, 2, 3) < 0)
        return NULL;
    const char *op, *np;
    gp_ssize on, nn, maxc = -1;
    if (get_buf(args[0], &op, &on) < 0 || get_buf(args[1], &np, &nn) < 0)
        return NULL;
    if (nargs > 2 && int_arg(args[2], &maxc) < 0)
        return NULL;
    if (maxc < 0)
        maxc = GP_SSIZE_MAX;
    const char *p = BDATA(self);
    gp_ssize n = BLEN(self);
    gp_ssize count;
    if (on == 0) {
        count = n + 1 < maxc ? n + 1 : maxc;
    } else {
        count = bcount(p, n, op, on, maxc);
    }
    if (count == 0)
        return same(self);
    gp_ssize total = n + count * (nn - on);
    GpObject *r = new_uninit(self, total);
    if (!r)
        return NULL;
    char *d = BDATA(r);
    gp_ssize i = 0;
    for (gp_ssize c = 0; c < count; c++) {
        if (on == 0) {
            memcpy(d, np, (size_t)nn);
            d += nn;
            if (i < n)
                *d++ = p[i++];
        } else {
            gp_ssize k = bfind(p + i, n - i, op, on);
            memcpy(d, p + i, (size_t)k);
            d += k;
            memcpy(d, np, (size_t)nn);
            d += nn;
            i += k + on;
        }
    }
    memcpy(d, p + i, (size_t)(n - i));
    return r;
}

static GpObject *b_removeprefix(GpObject *self, GpObject *x)
{
    const char *p;
    gp_ssize n;
    if (get_buf(x, &p, &n) < 0)
        return NULL;
    if (n && n <= BLEN(self) && memcmp(BDATA(self), p, (size_t)n) == 0)
        return like(self, BDATA(self) + n, BLEN(self) - n);
    return same(self);
}

static GpObject *b_removesuffix(GpObject *self, GpObject *x)
{
    const char *p;
    gp_ssize n;
    if (get_buf(x, &p, &n) < 0)
        return NULL;
    gp_ssize len = BLEN(self);
    if (n && n <= len && memcmp(BDATA(self) + len - n, p, (size_t)n) == 0)
        return like(self, BDATA(self), len - n);
    return same(self);
}

/* ---- padding ----------------------------------------------------------------- */

static GpObject *pad(GpObject *self, gp_ssize left, gp_ssize right, char fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (!left && !right)
        return same(self);
    gp_ssize n = BLEN(self);
    GpObject *r = new_uninit(self, left + n + right);
    if (!r)
        return NULL;
    char *d = BDATA(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, BDATA(self), (size_t)n);
    memset(d + left + n, fill, (size_t)right);
    return r;
}

static int pad_args(const char *name, GpObject *const *args, size_t nargs, gp_ssize *w, char *fill)
{
    if (gp_args_count(name, nargs, 1, 2) < 0 || int_arg(args[0], w) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        GpObject *f = args[1];
        if ((!GP_BYTES_CHECK(f) && !GP_BYTEARRAY_CHECK(f)) || BLEN(f) != 1) {
            gp_err_format(&GpExc_TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %T", name, f);
            return -1;
        }
        *fill = BDATA(f)[0];
    }
    return 0;
}

static GpObject *b_ljust(GpObject *self, GpObject *const *a, size_t n)
{
    gp_ssize w;
    char f;
    if (pad_args("ljust", a, n, &w, &f) < 0)
        return NULL;
    return pad(self, 0, w - BLEN(self), f);
}

static GpObject *b_rjust(GpObject *self, GpObject *const *a, size_t n)
{
    gp_ssize w;
    char f;
    if (pad_args("rjust", a, n, &w, &f) < 0)
        return NULL;
    return pad(self, w - BLEN(self), 0, f);
}

static GpObject *b_center(GpObject *self, GpObject *const *a, size_t n)
{
    gp_ssize w;
    char f;
    if (pad_args("center", a, n, &w, &f) < 0)
        return NULL;
    gp_ssize marg = w - BLEN(self);
    if (marg <= 0)
        return same(self);
    gp_ssize left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}

static GpObject *b_zfill(GpObject *self, GpObject *arg)
{
    gp_ssize w;
    if (int_arg(arg, &w) < 0)
        return NULL;
    gp_ssize len = BLEN(self);
    if (w <= len)
        return same(self);
    GpObject *r = pad(self, w - len, 0, '0');
    if (!r)
        return NULL;
    char *d = BDATA(r);
    gp_ssize f = w - len;
    if (d[f] == '+' || d[f] == '-') {
        d[0] = d[f];
        d[f] = '0';
    }
    return r;
}

static GpObject *b_expandtabs(GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    GpObject *a[1] = {NULL};
    if (gp_args_parse("expandtabs", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    gp_ssize tab = 8;
    if (a[0] && int_arg(a[0], &tab) < 0)
        return NULL;
    const char *p = BDATA(self);
    gp_ssize n = BLEN(self), total = 0, col = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tab > 0) {
                total += tab - col % tab;
                col += tab - col % tab;
            }
        } else {
            total++;
            col = (p[i] == '\n' || p[i] == '\r') ? 0 : col + 1;
        }
    }
    GpObject *r = new_uninit(self, total);
    if (!r)
        return NULL;
    char *d = BDATA(r);
    col = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tab > 0) {
                gp_ssize k = tab - col % tab;
                memset(d, ' ', (size_t)k);
                d += k;
                col += k;
            }
        } else {
            *d++ = p[i];
            col = (p[i] == '\n' || p[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

/* ---- translate / maketrans --------------------------------------------------- */

static GpObject *b_translate(GpObject *self, GpObject *const *args, size_t nargs,
                             GpObject *kwnames)
{
    static const char *const kwlist[] = {"", "delete", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse("translate", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    const char *table = NULL, *del = NULL;
    gp_ssize tn = 0, dn = 0;
    if (a[0] != gp_None) {
        if (get_buf(a[0], &table, &tn) < 0)
            return NULL;
        if (tn != 256)
            return gp_err_format(&GpExc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && get_buf(a[1], &del, &dn) < 0)
        return NULL;
    unsigned char delset[256] = {0};
    for (gp_ssize i = 0; i < dn; i++)
        delset[(unsigned char)del[i]] = 1;
    const unsigned char *p = (const unsigned char *)BDATA(self);
    gp_ssize n = BLEN(self), k = 0;
    GpObject *r = new_uninit(self, n);
    if (!r)
        return NULL;
    unsigned char *d = (unsigned char *)BDATA(r);
    for (gp_ssize i = 0; i < n; i++) {
        if (delset[p[i]])
            continue;
        d[k++] = table ? (unsigned char)table[p[i]] : p[i];
    }
    if (k == n)
        return r;
    GpObject *r2 = like(self, (const char *)d, k);
    gp_decref(r);
    return r2;
}

static GpObject *b_maketrans(GpObject *unused, GpObject *const *args, size_t nargs);

static GpObject *b_maketrans_bytes(GpObject *unused, GpObject *const *args, size_t nargs,
                                   GpObject *kwnames)
{
    if (gp_args_no_kw("bytes.maketrans", kwnames) < 0)
        return NULL;
    return b_maketrans(unused, args, nargs);
}

static GpObject *b_maketrans_bytearray(GpObject *unused, GpObject *const *args, size_t nargs,
                                       GpObject *kwnames)
{
    if (gp_args_no_kw("bytearray.maketrans", kwnames) < 0)
        return NULL;
    return b_maketrans(unused, args, nargs);
}

static GpObject *b_maketrans(GpObject *unused, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("maketrans", nargs, 2, 2) < 0)
        return NULL;
    const char *f, *t;
    gp_ssize fn, tn;
    if (get_buf(args[0], &f, &fn) < 0 || get_buf(args[1], &t, &tn) < 0)
        return NULL;
    if (fn != tn)
        return gp_err_format(&GpExc_ValueError, "maketrans arguments must have same length");
    GpObject *r = gp_bytes_from(NULL, 256);
    if (!r)
        return NULL;
    char *d = GP_BYTES_DATA(r);
    for (int i = 0; i < 256; i++)
        d[i] = (char)i;
    for (gp_ssize i = 0; i < fn; i++)
        d[(unsigned char)f[i]] = t[i];
    return r;
}

/* ---- decode / hex / fromhex --------------------------------------------------- */

GpObject *gp_bytes_decode(GpObject *b, const char *encoding, const char *errors)
{
    return gp_str_decode(BDATA(b), BLEN(b), encoding ? encoding : "utf-8", errors);
}

static GpObject *b_decode(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse("decode", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    if (a[0] && !GP_STR_CHECK(a[0]))
        return gp_err_format(&GpExc_TypeError, "decode() argument 'encoding' must be str, not %T",
                             a[0]);
    if (a[1] && !GP_STR_CHECK(a[1]))
        return gp_err_format(&GpExc_TypeError, "decode() argument 'errors' must be str, not %T",
                             a[1]);
    return gp_bytes_decode(self, a[0] ? GP_STR_DATA(a[0]) : NULL, a[1] ? GP_STR_DATA(a[1]) : NULL);
}

static GpObject *b_hex(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    static const char hx[] = "0123456789abcdef";
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse("hex", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    char sep = 0;
    gp_ssize per = 1;
    if (a[0]) {
        const char *sp;
        gp_ssize sn;
        if (GP_STR_CHECK(a[0])) {
            sp = GP_STR_DATA(a[0]);
            sn = GP_STR_NBYTES(a[0]);
            if (GP_STR_LEN(a[0]) == 1 && !GP_STR_IS_ASCII(a[0]))
                return gp_err_format(&GpExc_ValueError, "sep must be ASCII.");
        } else if (GP_BYTES_CHECK(a[0])) {
            sp = GP_BYTES_DATA(a[0]);
            sn = GP_SIZE(a[0]);
        } else {
            /* CPython takes len(sep) first, then insists on str or bytes */
            gp_ssize l = gp_len(a[0]);
            if (l < 0)
                return NULL;
            if (l != 1)
                return gp_err_format(&GpExc_ValueError, "sep must be length 1.");
            return gp_err_format(&GpExc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1)
            return gp_err_format(&GpExc_ValueError, "sep must be length 1.");
        sep = sp[0];
        if ((unsigned char)sep >= 128)
            return gp_err_format(&GpExc_ValueError, "sep must be ASCII.");
    }
    if (a[1] && int_arg(a[1], &per) < 0)
        return NULL;
    const unsigned char *p = (const unsigned char *)BDATA(self);
    gp_ssize n = BLEN(self);
    gp_ssize ap = per < 0 ? -per : per;
    gp_ssize nseps = (sep && ap && n) ? (n - 1) / ap : 0;
    GpObject *r = gp_str_new_uninit(2 * n + nseps, 2 * n + nseps, 1);
    if (!r)
        return NULL;
    char *d = (char *)GP_STR_DATA(r);
    for (gp_ssize i = 0; i < n; i++) {
        if (i && nseps) {
            /* positive: separators counted from the right; negative: from the left */
            gp_ssize pos = per > 0 ? n - i : i;
            if (pos % ap == 0)
                *d++ = sep;
        }
        *d++ = hx[p[i] >> 4];
        *d++ = hx[p[i] & 15];
    }
    return r;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static GpObject *b_fromhex(GpObject *cls, GpObject *arg)
{
    if (!GP_STR_CHECK(arg))
        return gp_err_format(&GpExc_TypeError, "fromhex() argument must be str, not %T", arg);
    const unsigned char *s = (const unsigned char *)GP_STR_DATA(arg);
    gp_ssize n = GP_STR_NBYTES(arg), i = 0, k = 0;
    GpObject *ba = gp_bytearray_from(NULL, n / 2);
    if (!ba)
        return NULL;
    char *d = GP_BYTEARRAY_DATA(ba);
    while (i < n) {
        if (b_isspace(s[i])) {
            i++;
            continue;
        }
        int hi = hexval(s[i]);
        int lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            gp_ssize pos = (hi < 0) ? i : i + 1;
            gp_decref(ba);
            return gp_err_format(&GpExc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd",
                                 (gp_ssize)gp_utf8_count((const char *)s, (size_t)pos));
        }
        d[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    GpObject *r;
    if ((GpType *)cls == &GpByteArray_Type) {
        gp_bytearray_resize(ba, k);
        return ba;
    }
    r = gp_bytes_from(d, k);
    gp_decref(ba);
    if (r && (GpType *)cls != &GpBytes_Type && GP_TYPE_CHECK_TYPE(cls)) {
        GpObject *x = gp_call1(cls, r);
        gp_decref(r);
        return x;
    }
    return r;
}

/* ---- bytearray mutators ---------------------------------------------------------- */

static GpObject *ba_append(GpObject *self, GpObject *x)
{
    int v;
    if (gp_bytes_byte_value(x, &v) < 0)
        return NULL;
    gp_ssize n = BLEN(self);
    if (gp_bytearray_resize(self, n + 1) < 0)
        return NULL;
    GP_BYTEARRAY_DATA(self)[n] = (char)v;
    GP_RETURN_NONE;
}

static GpObject *ba_extend(GpObject *self, GpObject *x)
{
    const char *p;
    gp_ssize n;
    if (gp_is_bytes_like(x)) {
        if (gp_bytes_buffer(x, &p, &n) < 0)
            return NULL;
        GpObject *tmp = x == self ? gp_bytes_from(p, n) : NULL;
        if (tmp)
            p = GP_BYTES_DATA(tmp);
        gp_ssize old = BLEN(self);
        int r = gp_bytearray_resize(self, old + n);
        if (r == 0)
            memcpy(GP_BYTEARRAY_DATA(self) + old, p, (size_t)n);
        GP_XDECREF(tmp);
        if (r < 0)
            return NULL;
        GP_RETURN_NONE;
    }
    if (!GP_TYPE(x)->iter && !GP_TYPE(x)->getitem)
        return gp_err_format(&GpExc_TypeError, "can't extend bytearray with %T", x);
    GpObject *it = gp_iter(x);
    if (!it)
        return NULL;
    GpObject *v;
    while ((v = gp_iter_next(it)) != NULL) {
        GpObject *r = ba_append(self, v);
        gp_decref(v);
        if (!r) {
            gp_decref(it);
            return NULL;
        }
        gp_decref(r);
    }
    gp_decref(it);
    if (gp_err_occurred())
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *ba_pop(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("pop", nargs, 0, 1) < 0)
        return NULL;
    gp_ssize i = -1, n = BLEN(self);
    if (nargs && int_arg(args[0], &i) < 0)
        return NULL;
    if (n == 0)
        return gp_err_format(&GpExc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return gp_err_format(&GpExc_IndexError, "pop index out of range");
    char *d = GP_BYTEARRAY_DATA(self);
    unsigned char c = (unsigned char)d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (gp_bytearray_resize(self, n - 1) < 0)
        return NULL;
    return gp_int_from_i64(c);
}

static GpObject *ba_insert(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("insert", nargs, 2, 2) < 0)
        return NULL;
    gp_ssize i, n = BLEN(self);
    int v;
    if (int_arg(args[0], &i) < 0 || gp_bytes_byte_value(args[1], &v) < 0)
        return NULL;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    if (gp_bytearray_resize(self, n + 1) < 0)
        return NULL;
    char *d = GP_BYTEARRAY_DATA(self);
    memmove(d + i + 1, d + i, (size_t)(n - i));
    d[i] = (char)v;
    GP_RETURN_NONE;
}

static GpObject *ba_remove(GpObject *self, GpObject *x)
{
    int v;
    if (gp_bytes_byte_value(x, &v) < 0)
        return NULL;
    char *d = GP_BYTEARRAY_DATA(self);
    gp_ssize n = BLEN(self);
    char *q = memchr(d, v, (size_t)n);
    if (!q)
        return gp_err_format(&GpExc_ValueError, "value not found in bytearray");
    gp_ssize i = q - d;
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (gp_bytearray_resize(self, n - 1) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *ba_clear(GpObject *self, GpObject *u)
{
    if (gp_bytearray_resize(self, 0) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *ba_reverse(GpObject *self, GpObject *u)
{
    char *d = GP_BYTEARRAY_DATA(self);
    for (gp_ssize i = 0, j = BLEN(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    GP_RETURN_NONE;
}

static GpObject *ba_copy(GpObject *self, GpObject *u)
{
    return gp_bytearray_from(GP_BYTEARRAY_DATA(self), BLEN(self));
}

/* bytearray.__reduce_ex__(proto) as CPython: (type, (bytes,), state) for
 * protocol 3 and up, (type, (latin-1 str, 'latin-1'), state) below it (the
 * bytes type did not exist in protocols 0-2), (type, (), state) when empty;
 * state is what __getstate__ gives (None for an empty instance dict). */
static GpObject *ba_reduce_common(GpObject *self, int64_t proto)
{
    GpObject *state = gp_call_method_str(self, "__getstate__", NULL, 0);
    if (!state)
        return NULL;
    GpObject *args;
    if (BLEN(self) == 0) {
        args = gp_tuple_new(0);
    } else if (proto < 3) {
        GpObject *text = gp_str_from_latin1((const char *)GP_BYTEARRAY_DATA(self), BLEN(self));
        GpObject *enc = text ? gp_str_from_cstr("latin-1") : NULL;
        args = enc ? gp_tuple_pack(2, text, enc) : NULL;
        GP_XDECREF(text);
        GP_XDECREF(enc);
    } else {
        GpObject *b = gp_bytes_from((const char *)GP_BYTEARRAY_DATA(self), BLEN(self));
        args = b ? gp_tuple_pack(1, b) : NULL;
        GP_XDECREF(b);
    }
    GpObject *r = args ? gp_tuple_pack(3, (GpObject *)GP_TYPE(self), args, state) : NULL;
    GP_XDECREF(args);
    GP_DECREF(state);
    return r;
}

static GpObject *ba_reduce_ex(GpObject *self, GpObject *proto)
{
    int64_t p;
    if (gp_int_as_i64(proto, &p) < 0)
        return NULL;
    return ba_reduce_common(self, p);
}

static GpObject *ba_reduce(GpObject *self, GpObject *u)
{
    return ba_reduce_common(self, 0);
}

static GpObject *ba_alloc(GpObject *self, GpObject *u)
{
    return gp_int_from_ssize(((GpByteArray *)self)->allocated);
}

static GpObject *b_getnewargs(GpObject *self, GpObject *u)
{
    GpObject *b = gp_bytes_from(BDATA(self), BLEN(self));
    if (!b)
        return NULL;
    GpObject *t = gp_tuple_pack(1, b);
    gp_decref(b);
    return t;
}

static GpObject *b_bytes(GpObject *self, GpObject *u)
{
    if (GP_BYTES_CHECK_EXACT(self))
        return gp_newref(self);
    return gp_bytes_from(BDATA(self), BLEN(self));
}

static GpObject *b_sizeof(GpObject *self, GpObject *u)
{
    if (GP_BYTEARRAY_CHECK(self))
        return gp_int_from_ssize((gp_ssize)sizeof(GpByteArray) + ((GpByteArray *)self)->allocated);
    return gp_int_from_ssize((gp_ssize)sizeof(GpBytes) + BLEN(self) + 1);
}

/* ---- bytes % args ---------------------------------------------------------------- */

typedef struct {
    char *buf;
    gp_ssize len, cap;
} Out;

static int out_write(Out *o, const char *p, gp_ssize n)
{
    if (o->len + n > o->cap) {
        gp_ssize nc = o->cap * 2 + n + 64;
        char *nb = gp_mem_realloc(o->buf, (size_t)nc);
        if (!nb) {
            gp_err_no_memory();
            return -1;
        }
        o->buf = nb;
        o->cap = nc;
    }
    memcpy(o->buf + o->len, p, (size_t)n);
    o->len += n;
    return 0;
}

static int out_pad(Out *o, const char *p, gp_ssize n, int ljust, gp_ssize width)
{
    gp_ssize padn = width > n ? width - n : 0;
    for (gp_ssize i = 0; !ljust && i < padn; i++)
        if (out_write(o, " ", 1) < 0)
            return -1;
    if (out_write(o, p, n) < 0)
        return -1;
    for (gp_ssize i = 0; ljust && i < padn; i++)
        if (out_write(o, " ", 1) < 0)
            return -1;
    return 0;
}

GpObject *gp_bytes_percent_format(GpObject *fmt, GpObject *args)
{
    GpObject *cur = args, *keyval = NULL, *dict = NULL;
    gp_ssize arglen, argidx;
    if (GP_TUPLE_CHECK(args)) {
        arglen = GP_SIZE(args);
        argidx = 0;
    } else {
        arglen = -1;
        argidx = -2;
    }
    if (GP_TYPE(args)->getitem && !GP_TUPLE_CHECK(args) && !GP_BYTES_CHECK(args) &&
        !GP_BYTEARRAY_CHECK(args) && !GP_STR_CHECK(args))
        dict = args;
    const char *p = BDATA(fmt);
    gp_ssize n = BLEN(fmt), i = 0;
    Out o = {NULL, 0, 0};
#define NEXT_ARG(dst)                                                              \
    do {                                                                           \
        if (arglen < 0 && argidx == -2) {                                          \
            argidx = -1;                                                           \
            (dst) = cur;                                                           \
        } else if (arglen >= 0 && argidx < arglen) {                               \
            (dst) = GP_TUPLE_GET(cur, argidx++);                                   \
        } else {                                                                   \
            gp_err_format(&GpExc_TypeError, "not enough arguments for format string"); \
            goto fail;                                                             \
        }                                                                          \
    } while (0)
    while (i < n) {
        const char *pc = memchr(p + i, '%', (size_t)(n - i));
        gp_ssize lit = pc ? pc - (p + i) : n - i;
        if (lit && out_write(&o, p + i, lit) < 0)
            goto fail;
        i += lit;
        if (i >= n)
            break;
        i++;
        if (i < n && p[i] == '%') {
            if (out_write(&o, "%", 1) < 0)
                goto fail;
            i++;
            continue;
        }
        if (i < n && p[i] == '(') {
            if (!dict) {
                gp_err_format(&GpExc_TypeError, "format requires a mapping");
                goto fail;
            }
            gp_ssize depth = 1, ks = ++i;
            while (i < n && depth) {
                if (p[i] == '(')
                    depth++;
                else if (p[i] == ')')
                    depth--;
                i++;
            }
            if (depth) {
                gp_err_format(&GpExc_ValueError, "incomplete format key");
                goto fail;
            }
            GpObject *key = gp_bytes_from(p + ks, i - 1 - ks);
            if (!key)
                goto fail;
            GpObject *val = gp_getitem(dict, key);
            gp_decref(key);
            if (!val)
                goto fail;
            GP_XDECREF(keyval);
            keyval = cur = val;
            arglen = -1;
            argidx = -2;
        }
        char flags[8];
        int nf = 0, ljust = 0;
        while (i < n && strchr("-+ #0", p[i]) && p[i]) {
            if (p[i] == '-')
                ljust = 1;
            if (nf < 7)
                flags[nf++] = p[i];
            i++;
        }
        flags[nf] = 0;
        gp_ssize width = -1, prec = -1;
        if (i < n && p[i] == '*') {
            i++;
            GpObject *v;
            NEXT_ARG(v);
            if (!GP_INT_CHECK(v)) {
                gp_err_format(&GpExc_TypeError, "* wants int");
                goto fail;
            }
            if (gp_int_as_ssize(v, &width) < 0)
                goto fail;
            if (width < 0) {
                ljust = 1;
                width = -width;
                if (nf < 7) {
                    flags[nf++] = '-';
                    flags[nf] = 0;
                }
            }
        } else {
            while (i < n && p[i] >= '0' && p[i] <= '9')
                width = (width < 0 ? 0 : width) * 10 + (p[i++] - '0');
        }
        if (i < n && p[i] == '.') {
            i++;
            prec = 0;
            if (i < n && p[i] == '*') {
                i++;
                GpObject *v;
                NEXT_ARG(v);
                if (!GP_INT_CHECK(v)) {
                    gp_err_format(&GpExc_TypeError, "* wants int");
                    goto fail;
                }
                if (gp_int_as_ssize(v, &prec) < 0)
                    goto fail;
                if (prec < 0)
                    prec = 0;
            } else {
                while (i < n && p[i] >= '0' && p[i] <= '9')
                    prec = prec * 10 + (p[i++] - '0');
            }
        }
        while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L'))
            i++;
        if (i >= n) {
            gp_err_format(&GpExc_ValueError, "incomplete format");
            goto fail;
        }
        char conv = p[i++];
        GpObject *v;
        NEXT_ARG(v);
        switch (conv) {
        case 's': case 'b': {
            GpObject *b = NULL;
            if (GP_BYTES_CHECK(v) || GP_BYTEARRAY_CHECK(v)) {
                b = gp_newref(v);
            } else if (gp_is_bytes_like(v)) {
                const char *vp;
                gp_ssize vn;
                if (gp_bytes_buffer(v, &vp, &vn) < 0)
                    goto fail;
                b = gp_bytes_from(vp, vn);
                if (!b)
                    goto fail;
            } else {
                GpObject *m = gp_lookup_special(v, gp_str_intern_cstr("__bytes__"));
                if (m) {
                    b = gp_call0(m);
                    gp_decref(m);
                    if (b && !GP_BYTES_CHECK(b)) {
                        gp_err_format(&GpExc_TypeError, "__bytes__ returned non-bytes (type %T)", b);
                        GP_CLEAR(b);
                    }
                    if (!b)
                        goto fail;
                } else if (!gp_err_occurred()) {
                    gp_err_format(&GpExc_TypeError,
                                  "%%b requires a bytes-like object, or an object that implements "
                                  "__bytes__, not '%T'", v);
                    goto fail;
                } else {
                    goto fail;
                }
            }
            gp_ssize bn = BLEN(b);
            if (prec >= 0 && prec < bn)
                bn = prec;
            int r = out_pad(&o, BDATA(b), bn, ljust, width);
            gp_decref(b);
            if (r < 0)
                goto fail;
            break;
        }
        case 'r': case 'a': {
            GpObject *t = gp_ascii(v);
            if (!t)
                goto fail;
            gp_ssize tn = GP_STR_NBYTES(t);
            if (prec >= 0 && prec < tn)
                tn = prec;
            int r = out_pad(&o, GP_STR_DATA(t), tn, ljust, width);
            gp_decref(t);
            if (r < 0)
                goto fail;
            break;
        }
        case 'c': {
            char c;
            if ((GP_BYTES_CHECK(v) || GP_BYTEARRAY_CHECK(v)) && BLEN(v) == 1) {
                c = BDATA(v)[0];
            } else if (GP_INT_CHECK(v)) {
                int x;
                if (gp_bytes_byte_value(v, &x) < 0) {
                    gp_err_clear();
                    gp_err_format(&GpExc_OverflowError, "%%c arg not in range(256)");
                    goto fail;
                }
                c = (char)x;
            } else {
                gp_err_format(&GpExc_TypeError,
                              "%%c requires an integer in range(256) or a single byte");
                goto fail;
            }
            if (out_pad(&o, &c, 1, ljust, width) < 0)
                goto fail;
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            /* numbers format exactly as in str % args: delegate one spec */
            char spec[64];
            int k = snprintf(spec, sizeof spec, "%%%s", flags);
            if (width >= 0)
                k += snprintf(spec + k, sizeof spec - (size_t)k, "%zd", width);
            if (prec >= 0)
                k += snprintf(spec + k, sizeof spec - (size_t)k, ".%zd", prec);
            snprintf(spec + k, sizeof spec - (size_t)k, "%c", conv);
            GpObject *fs = gp_str_from_cstr(spec);
            GpObject *tup = fs ? gp_tuple_pack(1, v) : NULL;
            GpObject *t = tup ? gp_str_percent_format(fs, tup) : NULL;
            GP_XDECREF(fs);
            GP_XDECREF(tup);
            if (!t)
                goto fail;
            int r = out_write(&o, GP_STR_DATA(t), GP_STR_NBYTES(t));
            gp_decref(t);
            if (r < 0)
                goto fail;
            break;
        }
        default:
            if ((unsigned char)conv >= 32 && (unsigned char)conv < 127)
                gp_err_format(&GpExc_ValueError,
                              "unsupported format character '%c' (0x%x) at index %zd", conv,
                              (unsigned)(unsigned char)conv, i - 1);
            else
                gp_err_format(&GpExc_ValueError,
                              "unsupported format character '?' (0x%x) at index %zd",
                              (unsigned)(unsigned char)conv, i - 1);
            goto fail;
        }
    }
#undef NEXT_ARG
    if ((arglen >= 0 ? argidx < arglen : argidx == -2) && !dict) {
        gp_err_format(&GpExc_TypeError, "not all arguments converted during bytes formatting");
        goto fail;
    }
    GP_XDECREF(keyval);
    GpObject *r = gp_bytes_from(o.buf ? o.buf : "", o.len);
    gp_mem_free(o.buf);
    return r;
fail:
    GP_XDECREF(keyval);
    gp_mem_free(o.buf);
    return NULL;
}

#define COMMON_METHODS                                                     \
    GP_METHOD("capitalize", b_capitalize, GP_METH_NOARGS),                 \
    GP_METHOD("center", b_center, GP_METH_FAST),                           \
    GP_METHOD("count", b_count, GP_METH_FAST),                             \
    GP_METHOD("decode", b_decode, GP_METH_FASTKW),                         \
    GP_METHOD("endswith", b_endswith, GP_METH_FAST),                       \
    GP_METHOD("expandtabs", b_expandtabs, GP_METH_FASTKW),                 \
    GP_METHOD("find", b_find, GP_METH_FAST),                               \
    GP_METHOD("fromhex", b_fromhex, GP_METH_O | GP_METH_CLASS),            \
    GP_METHOD("hex", b_hex, GP_METH_FASTKW),                               \
    GP_METHOD("index", b_index, GP_METH_FAST),                             \
    GP_METHOD("isalnum", bm_isalnum, GP_METH_NOARGS),                       \
    GP_METHOD("isalpha", bm_isalpha, GP_METH_NOARGS),                       \
    GP_METHOD("isascii", b_isascii, GP_METH_NOARGS),                       \
    GP_METHOD("isdigit", bm_isdigit, GP_METH_NOARGS),                       \
    GP_METHOD("islower", bm_islower, GP_METH_NOARGS),                       \
    GP_METHOD("isspace", bm_isspace, GP_METH_NOARGS),                       \
    GP_METHOD("istitle", b_istitle, GP_METH_NOARGS),                       \
    GP_METHOD("isupper", bm_isupper, GP_METH_NOARGS),                       \
    GP_METHOD("join", b_join, GP_METH_O),                                  \
    GP_METHOD("ljust", b_ljust, GP_METH_FAST),                             \
    GP_METHOD("lower", b_lower_m, GP_METH_NOARGS),                         \
    GP_METHOD("lstrip", b_lstrip, GP_METH_FAST),                           \
    GP_METHOD("partition", b_partition, GP_METH_O),                        \
    GP_METHOD("removeprefix", b_removeprefix, GP_METH_O),                  \
    GP_METHOD("removesuffix", b_removesuffix, GP_METH_O),                  \
    GP_METHOD("replace", b_replace, GP_METH_FAST),                         \
    GP_METHOD("rfind", b_rfind, GP_METH_FAST),                             \
    GP_METHOD("rindex", b_rindex, GP_METH_FAST),                           \
    GP_METHOD("rjust", b_rjust, GP_METH_FAST),                             \
    GP_METHOD("rpartition", b_rpartition, GP_METH_O),                      \
    GP_METHOD("rsplit", b_rsplit, GP_METH_FASTKW),                         \
    GP_METHOD("rstrip", b_rstrip, GP_METH_FAST),                           \
    GP_METHOD("split", b_split, GP_METH_FASTKW),                           \
    GP_METHOD("splitlines", b_splitlines, GP_METH_FASTKW),                 \
    GP_METHOD("startswith", b_startswith, GP_METH_FAST),                   \
    GP_METHOD("strip", b_strip, GP_METH_FAST),                             \
    GP_METHOD("swapcase", b_swapcase, GP_METH_NOARGS),                     \
    GP_METHOD("title", b_title, GP_METH_NOARGS),                           \
    GP_METHOD("translate", b_translate, GP_METH_FASTKW),                   \
    GP_METHOD("upper", b_upper_m, GP_METH_NOARGS),                         \
    GP_METHOD("zfill", b_zfill, GP_METH_O),                                \
    GP_METHOD("__sizeof__", b_sizeof, GP_METH_NOARGS)

const GpMethodDef gp_bytes_methods[] = {
    COMMON_METHODS,
    GP_METHOD("maketrans", b_maketrans_bytes, GP_METH_FASTKW | GP_METH_STATIC),
    GP_METHOD("__getnewargs__", b_getnewargs, GP_METH_NOARGS),
    GP_METHOD("__bytes__", b_bytes, GP_METH_NOARGS),
    {NULL, NULL, 0, NULL},
};

const GpMethodDef gp_bytearray_methods[] = {
    COMMON_METHODS,
    GP_METHOD("maketrans", b_maketrans_bytearray, GP_METH_FASTKW | GP_METH_STATIC),
    GP_METHOD("append", ba_append, GP_METH_O),
    GP_METHOD("clear", ba_clear, GP_METH_NOARGS),
    GP_METHOD("copy", ba_copy, GP_METH_NOARGS),
    GP_METHOD("extend", ba_extend, GP_METH_O),
    GP_METHOD("insert", ba_insert, GP_METH_FAST),
    GP_METHOD("pop", ba_pop, GP_METH_FAST),
    GP_METHOD("remove", ba_remove, GP_METH_O),
    GP_METHOD("__reduce_ex__", ba_reduce_ex, GP_METH_O),
    GP_METHOD("__reduce__", ba_reduce, GP_METH_NOARGS),
    GP_METHOD("reverse", ba_reverse, GP_METH_NOARGS),
    GP_METHOD("__alloc__", ba_alloc, GP_METH_NOARGS),
    {NULL, NULL, 0, NULL},
};
