/* strmethods.c -- the methods of str (CPython 3.11's full set).
 *
 * Searching works on the UTF-8 bytes: UTF-8 is self-synchronising, so a
 * byte-level match of a valid needle in valid text always starts on a code
 * point boundary, and memchr/memmem (glibc's two-way search) do the work.
 * Code-point positions (start/end arguments, results of find/index/count)
 * are converted to byte offsets at the edges only: free for ASCII text, and
 * through the str's code-point index otherwise.
 *
 * Every method has an ASCII fast path where the general path would decode;
 * case mapping and the isX predicates of non-ASCII text go through
 * support/utf8.h, which reproduces CPython's Unicode tables exactly.
 */
#define _GNU_SOURCE
#include <string.h>
#include <stdlib.h>
#include "gilpy.h"
#include "support/utf8.h"
#include "support/unicodedb.h"

/* str.isspace() for ASCII: \t \n \v \f \r, \x1c..\x1f and ' '. */
static const unsigned char ascii_space[128] = {
    ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

#define UTF8_LEN(c) ((unsigned char)(c) < 0x80 ? 1 : (unsigned char)(c) < 0xE0 ? 2 : \
                     (unsigned char)(c) < 0xF0 ? 3 : 4)

/* ---- argument helpers -------------------------------------------------- */

/* A start/end argument: None (keeps *out), an int or an __index__ object,
 * clamped to the gp_ssize range like CPython's slice indices. */
static int slice_index(GpObject *o, gp_ssize *out)
{
    if (!o || o == gp_None)
        return 0;
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) {
        *out = (gp_ssize)GP_INT_VAL(o);
        return 0;
    }
    if (!gp_index_check(o)) {
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

/* Old-style argument count errors: "find() takes at least 1 argument (0 given)". */
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

/* An integer argument through __index__ (width, count, tabsize ...). */
static int int_arg(GpObject *o, gp_ssize *out)
{
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) {
        *out = (gp_ssize)GP_INT_VAL(o);
        return 0;
    }
    if (GP_FLOAT_CHECK(o)) {
        gp_err_format(&GpExc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (!gp_index_check(o)) {
        gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    gp_ssize v = gp_number_as_ssize(o, &GpExc_OverflowError);
    if (v == -1 && gp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* Parse (sub[, start[, end]]) and resolve the range to byte offsets.
 * cstart and cend are the code-point range after adjustment. Returns 1 when
 * the range is empty-by-construction (start > len), 0 ok, -1 error. */
typedef struct {
    GpObject *sub;
    gp_ssize cstart, cend;     /* code points */
    gp_ssize bstart, bend;     /* bytes */
} SubArgs;

static int parse_sub_args(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                          SubArgs *a)
{
    if (old_count(name, nargs, 1, 3) < 0)
        return -1;
    a->sub = args[0];
    a->cstart = 0;
    a->cend = GP_SSIZE_MAX;
    if (nargs > 1 && slice_index(args[1], &a->cstart) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], &a->cend) < 0)
        return -1;
    gp_ssize len = GP_STR_LEN(self);
    adjust_range(len, &a->cstart, &a->cend);
    if (a->cstart > len)
        return 1;
    if (a->cend < a->cstart)
        a->cend = a->cstart;
    a->bstart = gp_str_byte_offset(self, a->cstart);
    a->bend = gp_str_byte_offset(self, a->cend);
    return 0;
}

static int need_str(GpObject *o)
{
    if (GP_STR_CHECK(o))
        return 0;
    gp_err_format(&GpExc_TypeError, "must be str, not %T", o);
    return -1;
}

/* ---- byte-level search ------------------------------------------------- */

static gp_ssize bfind(const char *h, gp_ssize hn, const char *n, gp_ssize nn)
{
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    const char *r;
    if (nn == 1)
        r = memchr(h, n[0], (size_t)hn);
    else
        r = memmem(h, (size_t)hn, n, (size_t)nn);
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
    gp_ssize lim = hn - nn;     /* last possible start */
    const char last = n[nn - 1];
    for (;;) {
        /* find the last occurrence of the needle's last byte that can end a match */
        const char *r = memrchr(h + nn - 1, last, (size_t)(lim + 1));
        if (!r)
            return -1;
        gp_ssize st = (r - h) - (nn - 1);
        if (memcmp(h + st, n, (size_t)nn) == 0)
            return st;
        if (st == 0)
            return -1;
        lim = st - 1;
    }
}

static gp_ssize bcount(const char *h, gp_ssize hn, const char *n, gp_ssize nn, gp_ssize max)
{
    gp_ssize c = 0, i = 0;
    if (nn == 0)
        return 0;   /* handled by callers */
    while (c < max) {
        gp_ssize k = bfind(h + i, hn - i, n, nn);
        if (k < 0)
            break;
        c++;
        i += k + nn;
    }
    return c;
}

/* code-point index of byte offset `b` (relative to bstart, code point cstart) */
static gp_ssize cp_index(GpObject *s, gp_ssize bstart, gp_ssize cstart, gp_ssize b)
{
    if (GP_STR_IS_ASCII(s))
        return cstart + b;
    return cstart + (gp_ssize)gp_utf8_count(GP_STR_DATA(s) + bstart, (size_t)b);
}

/* ---- find / index / count ---------------------------------------------- */

static gp_ssize do_find(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                        int reverse, int *err)
{
    SubArgs a;
    int r = parse_sub_args(name, self, args, nargs, &a);
    *err = 0;
    if (r < 0 || need_str(a.sub) < 0) {
        *err = 1;
        return -1;
    }
    if (r == 1)
        return -1;
    const char *d = GP_STR_DATA(self) + a.bstart;
    gp_ssize hn = a.bend - a.bstart;
    gp_ssize k = reverse ? brfind(d, hn, GP_STR_DATA(a.sub), GP_STR_NBYTES(a.sub))
                         : bfind(d, hn, GP_STR_DATA(a.sub), GP_STR_NBYTES(a.sub));
    if (k < 0)
        return -1;
    return cp_index(self, a.bstart, a.cstart, k);
}

static GpObject *str_find(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("find", self, args, nargs, 0, &err);
    return err ? NULL : gp_int_from_ssize(r);
}

static GpObject *str_rfind(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("rfind", self, args, nargs, 1, &err);
    return err ? NULL : gp_int_from_ssize(r);
}

static GpObject *str_index(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("index", self, args, nargs, 0, &err);
    if (err)
        return NULL;
    if (r < 0)
        return gp_err_format(&GpExc_ValueError, "substring not found");
    return gp_int_from_ssize(r);
}

static GpObject *str_rindex(GpObject *self, GpObject *const *args, size_t nargs)
{
    int err;
    gp_ssize r = do_find("rindex", self, args, nargs, 1, &err);
    if (err)
        return NULL;
    if (r < 0)
        return gp_err_format(&GpExc_ValueError, "substring not found");
    return gp_int_from_ssize(r);
}

static GpObject *str_count(GpObject *self, GpObject *const *args, size_t nargs)
{
    SubArgs a;
    int r = parse_sub_args("count", self, args, nargs, &a);
    if (r < 0 || need_str(a.sub) < 0)
        return NULL;
    if (r == 1)
        return gp_int_from_ssize(0);
    if (GP_STR_NBYTES(a.sub) == 0)
        return gp_int_from_ssize(a.cend - a.cstart + 1);
    return gp_int_from_ssize(bcount(GP_STR_DATA(self) + a.bstart, a.bend - a.bstart,
                                    GP_STR_DATA(a.sub), GP_STR_NBYTES(a.sub), GP_SSIZE_MAX));
}

/* ---- startswith / endswith --------------------------------------------- */

static int tail_match(GpObject *self, GpObject *sub, gp_ssize cstart, gp_ssize cend, int end)
{
    gp_ssize len = GP_STR_LEN(self);
    adjust_range(len, &cstart, &cend);
    if (cstart > len)
        return 0;
    if (cend - cstart < GP_STR_LEN(sub))
        return 0;
    gp_ssize nb = GP_STR_NBYTES(sub);
    if (nb == 0)
        return 1;
    gp_ssize b;
    if (end) {
        b = gp_str_byte_offset(self, cend) - nb;
        if (b < gp_str_byte_offset(self, cstart))
            return 0;
    } else {
        b = gp_str_byte_offset(self, cstart);
        if (b + nb > gp_str_byte_offset(self, cend))
            return 0;
    }
    return memcmp(GP_STR_DATA(self) + b, GP_STR_DATA(sub), (size_t)nb) == 0;
}

static GpObject *xwith(const char *name, GpObject *self, GpObject *const *args, size_t nargs,
                       int end)
{
    if (old_count(name, nargs, 1, 3) < 0)
        return NULL;
    gp_ssize cstart = 0, cend = GP_SSIZE_MAX;
    if (nargs > 1 && slice_index(args[1], &cstart) < 0)
        return NULL;
    if (nargs > 2 && slice_index(args[2], &cend) < 0)
        return NULL;
    GpObject *x = args[0];
    if (GP_TUPLE_CHECK(x)) {
        for (gp_ssize i = 0; i < GP_SIZE(x); i++) {
            GpObject *e = GP_TUPLE_GET(x, i);
            if (!GP_STR_CHECK(e))
                return gp_err_format(&GpExc_TypeError, "tuple for %s must only contain str, not %T",
                                     name, e);
            if (tail_match(self, e, cstart, cend, end))
                GP_RETURN_TRUE;
        }
        GP_RETURN_FALSE;
    }
    if (!GP_STR_CHECK(x))
        return gp_err_format(&GpExc_TypeError,
                             "%s first arg must be str or a tuple of str, not %T", name, x);
    return gp_bool(tail_match(self, x, cstart, cend, end));
}

static GpObject *str_startswith(GpObject *self, GpObject *const *args, size_t nargs)
{
    return xwith("startswith", self, args, nargs, 0);
}

static GpObject *str_endswith(GpObject *self, GpObject *const *args, size_t nargs)
{
    return xwith("endswith", self, args, nargs, 1);
}

/* ---- case mapping and predicates --------------------------------------- */

static GpObject *from_case_buffer(char *out, size_t n, size_t ncp)
{
    if (n == (size_t)-1 || !out) {
        free(out);
        return gp_err_no_memory();
    }
    GpObject *r = gp_str_from_utf8_trusted(out, (gp_ssize)n, (gp_ssize)ncp, n == ncp);
    free(out);
    return r;
}

static GpObject *case_op(GpObject *self, gp_case_op op)
{
    char *out = NULL;
    size_t ncp = 0;
    size_t n = gp_utf8_case(op, GP_STR_DATA(self), (size_t)GP_STR_NBYTES(self), &out, &ncp);
    return from_case_buffer(out, n, ncp);
}

static GpObject *ascii_map(GpObject *self, int upper)
{
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self);
    gp_ssize n = GP_STR_NBYTES(self), i;
    /* return self (exact) if nothing changes */
    for (i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            break;
    }
    if (i == n && GP_STR_CHECK_EXACT(self))
        return gp_newref(self);
    GpObject *r = gp_str_new_uninit(n, n, 1);
    if (!r)
        return NULL;
    unsigned char *d = (unsigned char *)GP_STR_DATA(r);
    memcpy(d, p, (size_t)i);
    for (; i < n; i++) {
        unsigned char c = p[i];
        if (upper)
            d[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        else
            d[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return r;
}

static GpObject *str_lower(GpObject *self, GpObject *unused)
{
    if (GP_STR_IS_ASCII(self))
        return ascii_map(self, 0);
    return case_op(self, GP_CASE_LOWER);
}

static GpObject *str_upper(GpObject *self, GpObject *unused)
{
    if (GP_STR_IS_ASCII(self))
        return ascii_map(self, 1);
    return case_op(self, GP_CASE_UPPER);
}

static GpObject *str_casefold(GpObject *self, GpObject *unused)
{
    if (GP_STR_IS_ASCII(self))
        return ascii_map(self, 0);
    return case_op(self, GP_CASE_CASEFOLD);
}

static GpObject *str_title(GpObject *self, GpObject *unused) { return case_op(self, GP_CASE_TITLE); }
static GpObject *str_capitalize(GpObject *self, GpObject *unused) { return case_op(self, GP_CASE_CAPITALIZE); }
static GpObject *str_swapcase(GpObject *self, GpObject *unused) { return case_op(self, GP_CASE_SWAPCASE); }

#define PRED(name, fn)                                                               \
    static GpObject *str_##name(GpObject *self, GpObject *unused)                    \
    {                                                                                \
        return gp_bool(fn(GP_STR_DATA(self), (size_t)GP_STR_NBYTES(self)));          \
    }
PRED(isalpha, gp_utf8_isalpha)
PRED(isdecimal, gp_utf8_isdecimal)
PRED(isdigit, gp_utf8_isdigit)
PRED(isnumeric, gp_utf8_isnumeric)
PRED(isalnum, gp_utf8_isalnum)
PRED(isspace, gp_utf8_isspace)
PRED(islower, gp_utf8_islower)
PRED(isupper, gp_utf8_isupper)
PRED(istitle, gp_utf8_istitle)
PRED(isprintable, gp_utf8_isprintable)
PRED(isidentifier, gp_utf8_isidentifier)
#undef PRED

static GpObject *str_isascii(GpObject *self, GpObject *unused)
{
    return gp_bool(GP_STR_IS_ASCII(self));
}

/* ---- strip ------------------------------------------------------------- */

typedef struct {
    int ascii_only;            /* all chars < 128: use the bitmap */
    uint8_t bits[16];          /* bitmap for chars < 128 */
    uint32_t *cps;             /* other code points (sorted not required) */
    gp_ssize ncps;
    uint32_t small[32];
} CharSet;

static int charset_init(CharSet *cs, GpObject *chars)
{
    memset(cs->bits, 0, sizeof cs->bits);
    cs->cps = cs->small;
    cs->ncps = 0;
    cs->ascii_only = 1;
    const char *p = GP_STR_DATA(chars);
    size_t n = (size_t)GP_STR_NBYTES(chars), i = 0;
    gp_ssize cap = 32;
    while (i < n) {
        uint32_t c = gp_utf8_decode(p, n, &i);
        if (c < 128) {
            cs->bits[c >> 3] |= (uint8_t)(1u << (c & 7));
            continue;
        }
        cs->ascii_only = 0;
        if (cs->ncps == cap) {
            uint32_t *nc = gp_mem_malloc(sizeof(uint32_t) * (size_t)cap * 2);
            if (!nc) {
                gp_err_no_memory();
                return -1;
            }
            memcpy(nc, cs->cps, sizeof(uint32_t) * (size_t)cap);
            if (cs->cps != cs->small)
                gp_mem_free(cs->cps);
            cs->cps = nc;
            cap *= 2;
        }
        cs->cps[cs->ncps++] = c;
    }
    return 0;
}

static void charset_free(CharSet *cs)
{
    if (cs->cps != cs->small)
        gp_mem_free(cs->cps);
}

static int charset_has(const CharSet *cs, uint32_t c)
{
    if (c < 128)
        return (cs->bits[c >> 3] >> (c & 7)) & 1;
    for (gp_ssize i = 0; i < cs->ncps; i++)
        if (cs->cps[i] == c)
            return 1;
    return 0;
}

/* which: 1 left, 2 right, 3 both. chars NULL: whitespace. */
static GpObject *do_strip(GpObject *self, GpObject *chars, int which)
{
    const char *p = GP_STR_DATA(self);
    size_t n = (size_t)GP_STR_NBYTES(self);
    size_t lo = 0, hi = n;
    gp_ssize clo = 0, chi = GP_STR_LEN(self);
    CharSet cs;
    if (chars && charset_init(&cs, chars) < 0)
        return NULL;
    if (which & 1) {
        while (lo < hi) {
            size_t k = lo;
            uint32_t c = (unsigned char)p[k] < 0x80 ? (unsigned char)p[k++] : gp_utf8_decode(p, n, &k);
            int hit = chars ? charset_has(&cs, c) : (c < 128 ? ascii_space[c] : gp_uni_isspace(c));
            if (!hit)
                break;
            lo = k;
            clo++;
        }
    }
    if (which & 2) {
        while (hi > lo) {
            size_t k = hi;
            uint32_t c;
            if ((unsigned char)p[k - 1] < 0x80)
                c = (unsigned char)p[--k];
            else
                c = gp_utf8_decode_prev(p, &k);
            int hit = chars ? charset_has(&cs, c) : (c < 128 ? ascii_space[c] : gp_uni_isspace(c));
            if (!hit)
                break;
            hi = k;
            chi--;
        }
    }
    if (chars)
        charset_free(&cs);
    if (lo == 0 && hi == n)
        return gp_str_exact(self);
    return gp_str_from_utf8_trusted(p + lo, (gp_ssize)(hi - lo), chi - clo,
                                    (gp_ssize)(hi - lo) == chi - clo);
}

static GpObject *strip_common(const char *name, GpObject *self, GpObject *const *args,
                              size_t nargs, int which)
{
    if (gp_args_count(name, nargs, 0, 1) < 0)
        return NULL;
    GpObject *chars = nargs ? args[0] : NULL;
    if (chars == gp_None)
        chars = NULL;
    if (chars && !GP_STR_CHECK(chars))
        return gp_err_format(&GpExc_TypeError, "%s arg must be None or str", name);
    return do_strip(self, chars, which);
}

static GpObject *str_strip(GpObject *self, GpObject *const *args, size_t nargs)
{
    return strip_common("strip", self, args, nargs, 3);
}
static GpObject *str_lstrip(GpObject *self, GpObject *const *args, size_t nargs)
{
    return strip_common("lstrip", self, args, nargs, 1);
}
static GpObject *str_rstrip(GpObject *self, GpObject *const *args, size_t nargs)
{
    return strip_common("rstrip", self, args, nargs, 2);
}

/* ---- split ------------------------------------------------------------- */

static int list_add_sub(GpObject *list, GpObject *self, const char *p, gp_ssize nb)
{
    GpObject *s;
    if (nb == GP_STR_NBYTES(self) && GP_STR_CHECK_EXACT(self))
        s = gp_newref(self);
    else if (GP_STR_IS_ASCII(self))
        s = gp_str_from_utf8_trusted(p, nb, nb, 1);
    else {
        gp_ssize ncp = (gp_ssize)gp_utf8_count(p, (size_t)nb);
        s = gp_str_from_utf8_trusted(p, nb, ncp, ncp == nb);
    }
    if (!s)
        return -1;
    int r = gp_list_append(list, s);
    gp_decref(s);
    return r;
}

/* is the code point at p[*i] whitespace? advances *i past it */
static inline int space_at(const char *p, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)p[*i];
    if (c < 0x80) {
        (*i)++;
        return ascii_space[c];
    }
    return gp_uni_isspace(gp_utf8_decode(p, n, i));
}

static GpObject *split_whitespace(GpObject *self, gp_ssize maxsplit)
{
    const char *p = GP_STR_DATA(self);
    size_t n = (size_t)GP_STR_NBYTES(self), i = 0;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    while (i < n) {
        /* skip whitespace */
        size_t k = i;
        while (k < n) {
            size_t t = k;
            if (!space_at(p, n, &t))
                break;
            k = t;
        }
        i = k;
        if (i >= n)
            break;
        if (maxsplit-- == 0) {
            /* the rest, as is (trailing whitespace kept, as CPython) */
            size_t hi = n;
            if (list_add_sub(list, self, p + i, (gp_ssize)(hi - i)) < 0)
                goto fail;
            return list;
        }
        size_t j = i;
        while (j < n) {
            size_t t = j;
            if (space_at(p, n, &t))
                break;
            j = t;
        }
        if (list_add_sub(list, self, p + i, (gp_ssize)(j - i)) < 0)
            goto fail;
        i = j;
    }
    return list;
fail:
    gp_decref(list);
    return NULL;
}

static GpObject *rsplit_whitespace(GpObject *self, gp_ssize maxsplit)
{
    const char *p = GP_STR_DATA(self);
    size_t n = (size_t)GP_STR_NBYTES(self), hi = n;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
#define PREV_SPACE(pos, newpos, res)                                                      \
    do {                                                                                  \
        size_t _t = (pos);                                                                \
        uint32_t _c = (unsigned char)p[_t - 1] < 0x80 ? (unsigned char)p[--_t]            \
                                                      : gp_utf8_decode_prev(p, &_t);      \
        (res) = _c < 128 ? ascii_space[_c] : gp_uni_isspace(_c);                          \
        (newpos) = _t;                                                                    \
    } while (0)
    while (hi > 0) {
        size_t t;
        int sp;
        while (hi > 0) {
            PREV_SPACE(hi, t, sp);
            if (!sp)
                break;
            hi = t;
        }
        if (hi == 0)
            break;
        if (maxsplit-- == 0) {
            size_t lo = 0;   /* the rest, leading whitespace kept */
            if (list_add_sub(list, self, p + lo, (gp_ssize)(hi - lo)) < 0)
                goto fail;
            break;
        }
        size_t lo = hi;
        while (lo > 0) {
            PREV_SPACE(lo, t, sp);
            if (sp)
                break;
            lo = t;
        }
        if (list_add_sub(list, self, p + lo, (gp_ssize)(hi - lo)) < 0)
            goto fail;
        hi = lo;
    }
#undef PREV_SPACE
    if (gp_list_reverse(list) < 0)
        goto fail;
    return list;
fail:
    gp_decref(list);
    return NULL;
}

static int split_args(const char *name, GpObject *const *args, size_t nargs, GpObject *kwnames,
                      GpObject **sep, gp_ssize *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse(name, args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return -1;
    *sep = (a[0] == gp_None) ? NULL : a[0];
    *maxsplit = -1;
    if (a[1] && int_arg(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = GP_SSIZE_MAX;
    if (*sep && !GP_STR_CHECK(*sep)) {
        gp_err_format(&GpExc_TypeError, "must be str or None, not %T", *sep);
        return -1;
    }
    if (*sep && GP_STR_NBYTES(*sep) == 0) {
        gp_err_format(&GpExc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static GpObject *str_split(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *sep;
    gp_ssize maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    if (!sep)
        return split_whitespace(self, maxsplit);
    const char *p = GP_STR_DATA(self), *sp = GP_STR_DATA(sep);
    gp_ssize n = GP_STR_NBYTES(self), sn = GP_STR_NBYTES(sep), i = 0;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    while (maxsplit-- > 0) {
        gp_ssize k = bfind(p + i, n - i, sp, sn);
        if (k < 0)
            break;
        if (list_add_sub(list, self, p + i, k) < 0)
            goto fail;
        i += k + sn;
    }
    if (list_add_sub(list, self, p + i, n - i) < 0)
        goto fail;
    return list;
fail:
    gp_decref(list);
    return NULL;
}

static GpObject *str_rsplit(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *sep;
    gp_ssize maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    if (!sep)
        return rsplit_whitespace(self, maxsplit);
    const char *p = GP_STR_DATA(self), *sp = GP_STR_DATA(sep);
    gp_ssize sn = GP_STR_NBYTES(sep), hi = GP_STR_NBYTES(self);
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    while (maxsplit-- > 0) {
        gp_ssize k = brfind(p, hi, sp, sn);
        if (k < 0)
            break;
        if (list_add_sub(list, self, p + k + sn, hi - k - sn) < 0)
            goto fail;
        hi = k;
    }
    if (list_add_sub(list, self, p, hi) < 0)
        goto fail;
    if (gp_list_reverse(list) < 0)
        goto fail;
    return list;
fail:
    gp_decref(list);
    return NULL;
}

static GpObject *str_splitlines(GpObject *self, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    GpObject *a[1] = {NULL};
    if (gp_args_parse("splitlines", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    int keepends = 0;
    if (a[0]) {
        if (GP_FLOAT_CHECK(a[0]))
            return gp_err_format(&GpExc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        keepends = gp_is_true(a[0]);
        if (keepends < 0)
            return NULL;
    }
    const char *p = GP_STR_DATA(self);
    size_t n = (size_t)GP_STR_NBYTES(self), i = 0;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    while (i < n) {
        size_t start = i, eol = n, next = n;
        while (i < n) {
            unsigned char c = (unsigned char)p[i];
            size_t k = i;
            uint32_t cp;
            if (c < 0x80) {
                k++;
                cp = c;
                if (c > '\r' && (c < 0x1c || c > 0x1e)) {
                    i = k;
                    continue;
                }
            } else {
                cp = gp_utf8_decode(p, n, &k);
            }
            if (gp_uni_is_linebreak(cp)) {
                eol = i;
                next = k;
                if (cp == '\r' && next < n && p[next] == '\n')
                    next++;
                break;
            }
            i = k;
        }
        if (i >= n) {
            eol = next = n;
        }
        if (list_add_sub(list, self, p + start, (gp_ssize)((keepends ? next : eol) - start)) < 0) {
            gp_decref(list);
            return NULL;
        }
        i = next;
    }
    return list;
}

/* ---- partition --------------------------------------------------------- */

static GpObject *partition_common(GpObject *self, GpObject *sep, int reverse)
{
    if (need_str(sep) < 0)
        return NULL;
    gp_ssize sn = GP_STR_NBYTES(sep), n = GP_STR_NBYTES(self);
    if (sn == 0)
        return gp_err_format(&GpExc_ValueError, "empty separator");
    const char *p = GP_STR_DATA(self);
    gp_ssize k = reverse ? brfind(p, n, GP_STR_DATA(sep), sn) : bfind(p, n, GP_STR_DATA(sep), sn);
    GpObject *a, *b, *c;
    if (k < 0) {
        GpObject *e = gp_str_empty(), *me = gp_str_exact(self);
        if (!e || !me) {
            GP_XDECREF(e);
            GP_XDECREF(me);
            return NULL;
        }
        GpObject *t = reverse ? gp_tuple_pack(3, e, e, me) : gp_tuple_pack(3, me, e, e);
        gp_decref(e);
        gp_decref(me);
        return t;
    }
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    if (list_add_sub(list, self, p, k) < 0 || gp_list_append(list, sep) < 0 ||
        list_add_sub(list, self, p + k + sn, n - k - sn) < 0) {
        gp_decref(list);
        return NULL;
    }
    a = GP_LIST_GET(list, 0);
    b = GP_LIST_GET(list, 1);
    c = GP_LIST_GET(list, 2);
    GpObject *sepx = GP_STR_CHECK_EXACT(b) ? gp_newref(b) : gp_str_exact(b);
    GpObject *t = sepx ? gp_tuple_pack(3, a, sepx, c) : NULL;
    GP_XDECREF(sepx);
    gp_decref(list);
    return t;
}

static GpObject *str_partition(GpObject *self, GpObject *sep) { return partition_common(self, sep, 0); }
static GpObject *str_rpartition(GpObject *self, GpObject *sep) { return partition_common(self, sep, 1); }

/* ---- join -------------------------------------------------------------- */

GpObject *gp_str_join(GpObject *sep, GpObject *iterable)
{
    GpObject *seq;
    if (GP_LIST_CHECK_EXACT(iterable) || GP_TUPLE_CHECK_EXACT(iterable))
        seq = gp_newref(iterable);
    else {
        GpObject *it = gp_iter(iterable);
        if (!it) {
            if (gp_err_matches(&GpExc_TypeError)) {
                gp_err_clear();
                gp_err_format(&GpExc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = gp_sequence_list(it);
        gp_decref(it);
        if (!seq)
            return NULL;
    }
    GpObject *const *items = GP_LIST_CHECK_EXACT(seq) ? GP_LIST_ITEMS(seq) : GP_TUPLE_ITEMS(seq);
    gp_ssize n = GP_SIZE(seq);
    GpObject *r = NULL;
    if (n == 0) {
        r = gp_str_empty();
        goto done;
    }
    if (n == 1 && GP_STR_CHECK_EXACT(items[0])) {
        r = gp_newref(items[0]);
        goto done;
    }
    gp_ssize sn = GP_STR_NBYTES(sep), total = 0, ncp = 0;
    int ascii = GP_STR_IS_ASCII(sep);
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *it = items[i];
        if (!GP_STR_CHECK(it)) {
            gp_err_format(&GpExc_TypeError, "sequence item %zd: expected str instance, %T found",
                          i, it);
            goto done;
        }
        gp_ssize nb = GP_STR_NBYTES(it);
        if (nb > GP_SSIZE_MAX - total - sn) {
            gp_err_format(&GpExc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
        total += nb;
        ncp += GP_STR_LEN(it);
        ascii &= GP_STR_IS_ASCII(it);
    }
    total += sn * (n - 1);
    ncp += GP_STR_LEN(sep) * (n - 1);
    r = gp_str_new_uninit(total, ncp, ascii);
    if (!r)
        goto done;
    char *d = GP_STR_DATA(r);
    const char *sp = GP_STR_DATA(sep);
    for (gp_ssize i = 0; i < n; i++) {
        if (i && sn) {
            if (sn == 1)
                *d++ = *sp;
            else {
                memcpy(d, sp, (size_t)sn);
                d += sn;
            }
        }
        gp_ssize nb = GP_STR_NBYTES(items[i]);
        memcpy(d, GP_STR_DATA(items[i]), (size_t)nb);
        d += nb;
    }
done:
    gp_decref(seq);
    return r;
}

static GpObject *str_join(GpObject *self, GpObject *iterable)
{
    return gp_str_join(self, iterable);
}

/* ---- replace ----------------------------------------------------------- */

static GpObject *str_replace(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("replace", nargs, 2, 3) < 0)
        return NULL;
    GpObject *old = args[0], *new_ = args[1];
    if (!GP_STR_CHECK(old))
        return gp_err_format(&GpExc_TypeError, "replace() argument 1 must be str, not %T", old);
    if (!GP_STR_CHECK(new_))
        return gp_err_format(&GpExc_TypeError, "replace() argument 2 must be str, not %T", new_);
    gp_ssize maxcount = -1;
    if (nargs > 2 && int_arg(args[2], &maxcount) < 0)
        return NULL;
    if (maxcount < 0)
        maxcount = GP_SSIZE_MAX;
    const char *p = GP_STR_DATA(self), *op = GP_STR_DATA(old), *np = GP_STR_DATA(new_);
    gp_ssize n = GP_STR_NBYTES(self), on = GP_STR_NBYTES(old), nn = GP_STR_NBYTES(new_);
    gp_ssize count;
    if (on == 0) {
        count = GP_STR_LEN(self) + 1;
        if (count > maxcount)
            count = maxcount;
    } else {
        count = bcount(p, n, op, on, maxcount);
    }
    if (count == 0 || (on == nn && memcmp(op, np, (size_t)on) == 0))
        return gp_str_exact(self);
    gp_ssize total;
    if (__builtin_mul_overflow(count, nn - on, &total) ||
        __builtin_add_overflow(total, n, &total))
        return gp_err_format(&GpExc_OverflowError, "replace string is too long");
    gp_ssize ncp = GP_STR_LEN(self) + count * (GP_STR_LEN(new_) - GP_STR_LEN(old));
    int ascii = GP_STR_IS_ASCII(self) && GP_STR_IS_ASCII(new_);
    GpObject *r = gp_str_new_uninit(total, ncp, ascii || total == ncp);
    if (!r)
        return NULL;
    char *d = GP_STR_DATA(r);
    gp_ssize i = 0;
    if (on == 0) {
        for (gp_ssize c = 0; c < count; c++) {
            memcpy(d, np, (size_t)nn);
            d += nn;
            if (i < n) {
                int cl = UTF8_LEN(p[i]);
                memcpy(d, p + i, (size_t)cl);
                d += cl;
                i += cl;
            }
        }
    } else {
        for (gp_ssize c = 0; c < count; c++) {
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

static GpObject *str_removeprefix(GpObject *self, GpObject *x)
{
    if (!GP_STR_CHECK(x))
        return gp_err_format(&GpExc_TypeError, "removeprefix() argument must be str, not %T", x);
    gp_ssize xn = GP_STR_NBYTES(x);
    if (xn && xn <= GP_STR_NBYTES(self) && memcmp(GP_STR_DATA(self), GP_STR_DATA(x), (size_t)xn) == 0)
        return gp_str_substr(self, GP_STR_LEN(x), GP_STR_LEN(self));
    return gp_str_exact(self);
}

static GpObject *str_removesuffix(GpObject *self, GpObject *x)
{
    if (!GP_STR_CHECK(x))
        return gp_err_format(&GpExc_TypeError, "removesuffix() argument must be str, not %T", x);
    gp_ssize xn = GP_STR_NBYTES(x), n = GP_STR_NBYTES(self);
    if (xn && xn <= n && memcmp(GP_STR_DATA(self) + n - xn, GP_STR_DATA(x), (size_t)xn) == 0)
        return gp_str_substr(self, 0, GP_STR_LEN(self) - GP_STR_LEN(x));
    return gp_str_exact(self);
}

/* ---- padding ----------------------------------------------------------- */

static GpObject *pad(GpObject *self, gp_ssize left, gp_ssize right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return gp_str_exact(self);
    char fb[4];
    int fl = gp_utf8_encode(fill, fb);
    gp_ssize nb = GP_STR_NBYTES(self);
    if (left + right > (GP_SSIZE_MAX - nb) / 4)
        return gp_err_no_memory();
    GpObject *r = gp_str_new_uninit(nb + (left + right) * fl, GP_STR_LEN(self) + left + right,
                                    GP_STR_IS_ASCII(self) && fill < 128);
    if (!r)
        return NULL;
    char *d = GP_STR_DATA(r);
    if (fl == 1) {
        memset(d, fb[0], (size_t)left);
        d += left;
    } else {
        for (gp_ssize i = 0; i < left; i++, d += fl)
            memcpy(d, fb, (size_t)fl);
    }
    memcpy(d, GP_STR_DATA(self), (size_t)nb);
    d += nb;
    if (fl == 1)
        memset(d, fb[0], (size_t)right);
    else
        for (gp_ssize i = 0; i < right; i++, d += fl)
            memcpy(d, fb, (size_t)fl);
    return r;
}

static int pad_args(const char *name, GpObject *const *args, size_t nargs, gp_ssize *width,
                    uint32_t *fill)
{
    if (gp_args_count(name, nargs, 1, 2) < 0)
        return -1;
    if (int_arg(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        GpObject *f = args[1];
        if (!GP_STR_CHECK(f)) {
            gp_err_format(&GpExc_TypeError,
                          "The fill character must be a unicode character, not %T", f);
            return -1;
        }
        if (GP_STR_LEN(f) != 1) {
            gp_err_format(&GpExc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = gp_str_char_at(f, 0);
    }
    return 0;
}

static GpObject *str_ljust(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize w;
    uint32_t f;
    if (pad_args("ljust", args, nargs, &w, &f) < 0)
        return NULL;
    return pad(self, 0, w - GP_STR_LEN(self), f);
}

static GpObject *str_rjust(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize w;
    uint32_t f;
    if (pad_args("rjust", args, nargs, &w, &f) < 0)
        return NULL;
    return pad(self, w - GP_STR_LEN(self), 0, f);
}

static GpObject *str_center(GpObject *self, GpObject *const *args, size_t nargs)
{
    gp_ssize w;
    uint32_t f;
    if (pad_args("center", args, nargs, &w, &f) < 0)
        return NULL;
    gp_ssize marg = w - GP_STR_LEN(self);
    if (marg <= 0)
        return gp_str_exact(self);
    /* odd margins put the extra character on the left when the width is odd */
    gp_ssize left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}

static GpObject *str_zfill(GpObject *self, GpObject *arg)
{
    gp_ssize w;
    if (int_arg(arg, &w) < 0)
        return NULL;
    gp_ssize len = GP_STR_LEN(self);
    if (w <= len)
        return gp_str_exact(self);
    GpObject *r = pad(self, w - len, 0, '0');
    if (!r)
        return NULL;
    char *d = GP_STR_DATA(r);
    gp_ssize fillb = w - len;
    if (d[fillb] == '+' || d[fillb] == '-') {
        d[0] = d[fillb];
        d[fillb] = '0';
    }
    return r;
}

/* ---- expandtabs -------------------------------------------------------- */

static GpObject *str_expandtabs(GpObject *self, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    GpObject *a[1] = {NULL};
    if (gp_args_parse("expandtabs", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    gp_ssize tab = 8;
    if (a[0] && int_arg(a[0], &tab) < 0)
        return NULL;
    const char *p = GP_STR_DATA(self);
    gp_ssize n = GP_STR_NBYTES(self);
    if (!memchr(p, '\t', (size_t)n))
        return gp_str_exact(self);
    GpStrWriter w;
    gp_strw_init(&w);
    gp_ssize col = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\t') {
            if (tab > 0) {
                gp_ssize k = tab - col % tab;
                for (gp_ssize j = 0; j < k; j++)
                    if (gp_strw_write_ascii(&w, " ", 1) < 0)
                        goto fail;
                col += k;
            }
            i++;
            continue;
        }
        int cl = UTF8_LEN(c);
        if (gp_strw_write(&w, p + i, cl) < 0)
            goto fail;
        i += cl;
        if (c == '\n' || c == '\r')
            col = 0;
        else
            col++;
    }
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

/* ---- translate / maketrans --------------------------------------------- */

static GpObject *str_maketrans(GpObject *unused, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    if (gp_args_no_kw("str.maketrans", kwnames) < 0)
        return NULL;
    if (gp_args_count("maketrans", nargs, 1, 3) < 0)
        return NULL;
    GpObject *d = gp_dict_new();
    if (!d)
        return NULL;
    if (nargs == 1) {
        GpObject *x = args[0];
        if (!GP_DICT_CHECK(x)) {
            gp_err_format(&GpExc_TypeError,
                          "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        gp_ssize pos = 0;
        GpObject *k, *v;
        while (gp_dict_next(x, &pos, &k, &v)) {
            if (GP_STR_CHECK(k)) {
                if (GP_STR_LEN(k) != 1) {
                    gp_err_format(&GpExc_ValueError,
                                  "string keys in translate table must be of length 1");
                    goto fail;
                }
                GpObject *ik = gp_int_from_i64(gp_str_char_at(k, 0));
                if (!ik)
                    goto fail;
                int r = gp_dict_setitem(d, ik, v);
                gp_decref(ik);
                if (r < 0)
                    goto fail;
            } else if (GP_INT_CHECK(k)) {
                if (gp_dict_setitem(d, k, v) < 0)
                    goto fail;
            } else {
                gp_err_format(&GpExc_TypeError,
                              "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    GpObject *x = args[0], *y = args[1];
    if (!GP_STR_CHECK(x)) {
        gp_err_format(&GpExc_TypeError,
                      "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    if (!GP_STR_CHECK(y)) {
        gp_err_format(&GpExc_TypeError, "maketrans() argument 2 must be str, not %T", y);
        goto fail;
    }
    if (GP_STR_LEN(x) != GP_STR_LEN(y)) {
        gp_err_format(&GpExc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    {
        size_t i = 0, j = 0;
        size_t xn = (size_t)GP_STR_NBYTES(x), yn = (size_t)GP_STR_NBYTES(y);
        while (i < xn) {
            uint32_t a = gp_utf8_decode(GP_STR_DATA(x), xn, &i);
            uint32_t b = gp_utf8_decode(GP_STR_DATA(y), yn, &j);
            GpObject *ka = gp_int_from_i64(a), *vb = gp_int_from_i64(b);
            int r = (ka && vb) ? gp_dict_setitem(d, ka, vb) : -1;
            GP_XDECREF(ka);
            GP_XDECREF(vb);
            if (r < 0)
                goto fail;
        }
    }
    if (nargs == 3) {
        GpObject *z = args[2];
        if (!GP_STR_CHECK(z)) {
            gp_err_format(&GpExc_TypeError, "maketrans() argument 3 must be str, not %T", z);
            goto fail;
        }
        size_t i = 0, zn = (size_t)GP_STR_NBYTES(z);
        while (i < zn) {
            uint32_t a = gp_utf8_decode(GP_STR_DATA(z), zn, &i);
            GpObject *ka = gp_int_from_i64(a);
            int r = ka ? gp_dict_setitem(d, ka, gp_None) : -1;
            GP_XDECREF(ka);
            if (r < 0)
                goto fail;
        }
    }
    return d;
fail:
    gp_decref(d);
    return NULL;
}

/* Look up one code point in the table. Returns 1 (mapped: *out new ref to
 * None / int / str), 0 (not mapped: keep), -1 error. */
static int translate_lookup(GpObject *table, uint32_t c, GpObject **out)
{
    GpObject *key = gp_int_from_i64(c);
    if (!key)
        return -1;
    GpObject *v = gp_getitem(table, key);
    gp_decref(key);
    if (!v) {
        if (gp_err_matches(&GpExc_LookupError)) {
            gp_err_clear();
            return 0;
        }
        return -1;
    }
    if (v != gp_None && !GP_INT_CHECK(v) && !GP_STR_CHECK(v)) {
        gp_decref(v);
        gp_err_format(&GpExc_TypeError, "character mapping must return integer, None or str");
        return -1;
    }
    *out = v;
    return 1;
}

static GpObject *str_translate(GpObject *self, GpObject *table)
{
    /* per-call cache of ASCII results: 0 unknown, 1 keep, 2 mapped */
    GpObject *cache[128];
    unsigned char state[128];
    memset(state, 0, sizeof state);
    GpStrWriter w;
    gp_strw_init(&w);
    const char *p = GP_STR_DATA(self);
    size_t n = (size_t)GP_STR_NBYTES(self), i = 0;
    while (i < n) {
        size_t st = i;
        uint32_t c = gp_utf8_decode(p, n, &i);
        GpObject *v = NULL;
        int r;
        if (c < 128 && state[c]) {
            r = state[c] == 2;
            v = cache[c];
        } else {
            r = translate_lookup(table, c, &v);
            if (r < 0)
                goto fail;
            if (c < 128) {
                state[c] = (unsigned char)(r ? 2 : 1);
                cache[c] = v;     /* owned by the cache */
            }
        }
        if (!r) {
            if (gp_strw_write(&w, p + st, (gp_ssize)(i - st)) < 0)
                goto fail_v;
        } else if (v == gp_None) {
            /* deleted */
        } else if (GP_INT_CHECK(v)) {
            int64_t x;
            if (gp_int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
                gp_err_clear();
                gp_err_format(&GpExc_ValueError, "character mapping must be in range(0x110000)");
                goto fail_v;
            }
            if (gp_strw_write_char(&w, (uint32_t)x) < 0)
                goto fail_v;
        } else {
            if (gp_strw_write_str(&w, v) < 0)
                goto fail_v;
        }
        if (r && c >= 128)
            gp_decref(v);
        continue;
    fail_v:
        if (r && c >= 128)
            gp_decref(v);
        goto fail;
    }
    for (int k = 0; k < 128; k++)
        if (state[k] == 2)
            gp_decref(cache[k]);
    return gp_strw_finish(&w);
fail:
    for (int k = 0; k < 128; k++)
        if (state[k] == 2)
            gp_decref(cache[k]);
    gp_strw_discard(&w);
    return NULL;
}

/* ---- encode, format and friends ---------------------------------------- */

static GpObject *str_encode(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (gp_args_parse("encode", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    if (a[0] && !GP_STR_CHECK(a[0]))
        return gp_err_format(&GpExc_TypeError, "encode() argument 'encoding' must be str, not %T",
                             a[0]);
    if (a[1] && !GP_STR_CHECK(a[1]))
        return gp_err_format(&GpExc_TypeError, "encode() argument 'errors' must be str, not %T",
                             a[1]);
    return gp_str_encode(self, a[0] ? GP_STR_DATA(a[0]) : NULL, a[1] ? GP_STR_DATA(a[1]) : NULL);
}

static GpObject *str_format(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    return gp_str_format_method(self, args, nargs, kwnames);
}

GpObject *gp_str_format_map(GpObject *self, GpObject *mapping);

static GpObject *str_format_map(GpObject *self, GpObject *mapping)
{
    return gp_str_format_map(self, mapping);
}

static GpObject *str___format__(GpObject *self, GpObject *spec)
{
    if (!GP_STR_CHECK(spec))
        return gp_err_format(&GpExc_TypeError, "__format__() argument must be str, not %T", spec);
    return gp_str_format_spec(self, spec);
}

static GpObject *str___getnewargs__(GpObject *self, GpObject *unused)
{
    GpObject *s = gp_str_exact(self);
    if (!s)
        return NULL;
    GpObject *t = gp_tuple_pack(1, s);
    gp_decref(s);
    return t;
}

static GpObject *str___sizeof__(GpObject *self, GpObject *unused)
{
    gp_ssize n = (gp_ssize)sizeof(GpStr) + GP_STR_NBYTES(self) + 1;
    if (((GpStr *)self)->cpindex)
        n += (GP_STR_LEN(self) + 31) / 32 * 4;
    return gp_int_from_ssize(n);
}

const GpMethodDef gp_str_methods[] = {
    GP_METHOD("capitalize", str_capitalize, GP_METH_NOARGS),
    GP_METHOD("casefold", str_casefold, GP_METH_NOARGS),
    GP_METHOD("center", str_center, GP_METH_FAST),
    GP_METHOD("count", str_count, GP_METH_FAST),
    GP_METHOD("encode", str_encode, GP_METH_FASTKW),
    GP_METHOD("endswith", str_endswith, GP_METH_FAST),
    GP_METHOD("expandtabs", str_expandtabs, GP_METH_FASTKW),
    GP_METHOD("find", str_find, GP_METH_FAST),
    GP_METHOD("format", str_format, GP_METH_FASTKW),
    GP_METHOD("format_map", str_format_map, GP_METH_O),
    GP_METHOD("index", str_index, GP_METH_FAST),
    GP_METHOD("isalnum", str_isalnum, GP_METH_NOARGS),
    GP_METHOD("isalpha", str_isalpha, GP_METH_NOARGS),
    GP_METHOD("isascii", str_isascii, GP_METH_NOARGS),
    GP_METHOD("isdecimal", str_isdecimal, GP_METH_NOARGS),
    GP_METHOD("isdigit", str_isdigit, GP_METH_NOARGS),
    GP_METHOD("isidentifier", str_isidentifier, GP_METH_NOARGS),
    GP_METHOD("islower", str_islower, GP_METH_NOARGS),
    GP_METHOD("isnumeric", str_isnumeric, GP_METH_NOARGS),
    GP_METHOD("isprintable", str_isprintable, GP_METH_NOARGS),
    GP_METHOD("isspace", str_isspace, GP_METH_NOARGS),
    GP_METHOD("istitle", str_istitle, GP_METH_NOARGS),
    GP_METHOD("isupper", str_isupper, GP_METH_NOARGS),
    GP_METHOD("join", str_join, GP_METH_O),
    GP_METHOD("ljust", str_ljust, GP_METH_FAST),
    GP_METHOD("lower", str_lower, GP_METH_NOARGS),
    GP_METHOD("lstrip", str_lstrip, GP_METH_FAST),
    GP_METHOD("maketrans", str_maketrans, GP_METH_FASTKW | GP_METH_STATIC),
    GP_METHOD("partition", str_partition, GP_METH_O),
    GP_METHOD("removeprefix", str_removeprefix, GP_METH_O),
    GP_METHOD("removesuffix", str_removesuffix, GP_METH_O),
    GP_METHOD("replace", str_replace, GP_METH_FAST),
    GP_METHOD("rfind", str_rfind, GP_METH_FAST),
    GP_METHOD("rindex", str_rindex, GP_METH_FAST),
    GP_METHOD("rjust", str_rjust, GP_METH_FAST),
    GP_METHOD("rpartition", str_rpartition, GP_METH_O),
    GP_METHOD("rsplit", str_rsplit, GP_METH_FASTKW),
    GP_METHOD("rstrip", str_rstrip, GP_METH_FAST),
    GP_METHOD("split", str_split, GP_METH_FASTKW),
    GP_METHOD("splitlines", str_splitlines, GP_METH_FASTKW),
    GP_METHOD("startswith", str_startswith, GP_METH_FAST),
    GP_METHOD("strip", str_strip, GP_METH_FAST),
    GP_METHOD("swapcase", str_swapcase, GP_METH_NOARGS),
    GP_METHOD("title", str_title, GP_METH_NOARGS),
    GP_METHOD("translate", str_translate, GP_METH_O),
    GP_METHOD("upper", str_upper, GP_METH_NOARGS),
    GP_METHOD("zfill", str_zfill, GP_METH_O),
    GP_METHOD("__format__", str___format__, GP_METH_O),
    GP_METHOD("__getnewargs__", str___getnewargs__, GP_METH_NOARGS),
    GP_METHOD("__sizeof__", str___sizeof__, GP_METH_NOARGS),
    {NULL, NULL, 0, NULL},
};
