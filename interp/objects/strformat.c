/* strformat.c -- everything that turns values into text by a template:
 *
 *   gp_str_from_formatv   printf-like builder used by error messages
 *                         (%s %d ... plus %R %S %U %A %T for objects)
 *   gp_str_percent_format the `%` operator: 'fmt' % args
 *   gp_str_format_method  str.format / str.format_map (PEP 3101 fields)
 *   gp_str_format_spec    str.__format__ (the mini-language, via fmtspec.h)
 *
 * Error messages follow CPython 3.11 word for word; scripts and tests print
 * them.
 */
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "gilpy.h"
#include "support/utf8.h"
#include "support/unicodedb.h"
#include "support/fmtspec.h"
#include "support/numfmt.h"

/* ---- gp_str_from_formatv ------------------------------------------------ */

/* Write s[0..n) (UTF-8) keeping at most `prec` code points (prec < 0: all),
 * padded on the left to `width` code points. */
static int write_limited(GpStrWriter *w, const char *s, gp_ssize n, long width, long prec)
{
    gp_ssize ncp;
    if (prec >= 0) {
        size_t off = gp_utf8_offset(s, (size_t)n, (size_t)prec);
        n = (gp_ssize)off;
    }
    ncp = (gp_ssize)gp_utf8_count(s, (size_t)n);
    for (gp_ssize i = ncp; i < width; i++)
        if (gp_strw_write_ascii(w, " ", 1) < 0)
            return -1;
    return gp_strw_write(w, s, n);
}

/* A C string argument may be any bytes; invalid UTF-8 is shown with
 * U+FFFD so an error message never fails because of its input. */
static int write_cstr_lossy(GpStrWriter *w, const char *s, long width, long prec)
{
    size_t n = strlen(s);
    if (gp_utf8_validate(s, n, NULL, NULL))
        return write_limited(w, s, (gp_ssize)n, width, prec);
    GpObject *t = gp_str_decode_utf8(s, (gp_ssize)n, "replace");
    if (!t)
        return -1;
    int r = write_limited(w, GP_STR_DATA(t), GP_STR_NBYTES(t), width, prec);
    gp_decref(t);
    return r;
}

GpObject *gp_str_from_formatv(const char *fmt, va_list ap)
{
    GpStrWriter w;
    gp_strw_init(&w);
    va_list vargs;
    va_copy(vargs, ap);
    const char *f = fmt;
    while (*f) {
        if (*f != '%') {
            const char *q = f;
            while (*q && *q != '%')
                q++;
            if (gp_strw_write(&w, f, q - f) < 0)
                goto fail;
            f = q;
            continue;
        }
        const char *spec = f++;
        if (*f == '%') {
            if (gp_strw_write_ascii(&w, "%", 1) < 0)
                goto fail;
            f++;
            continue;
        }
        /* flags, width, precision */
        int zero = 0, left = 0;
        while (*f == '0' || *f == '-') {
            if (*f == '0')
                zero = 1;
            else
                left = 1;
            f++;
        }
        long width = -1, prec = -1;
        if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9')
                width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            prec = 0;
            while (*f >= '0' && *f <= '9')
                prec = prec * 10 + (*f++ - '0');
        }
        int lng = 0, sz = 0;
        if (*f == 'l') {
            lng = 1;
            f++;
            if (*f == 'l') {
                lng = 2;
                f++;
            }
        } else if (*f == 'z') {
            sz = 1;
            f++;
        }
        char c = *f;
        if (!c)
            break;
        f++;
        char nb[64], cf[24];
        int k;
        switch (c) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            /* rebuild a C format spec of our own for snprintf */
            k = 0;
            cf[k++] = '%';
            if (left)
                cf[k++] = '-';
            if (zero)
                cf[k++] = '0';
            if (width >= 0)
                k += snprintf(cf + k, 8, "%ld", width > 9999 ? 9999 : width);
            if (prec >= 0)
                k += snprintf(cf + k, 8, ".%ld", prec > 9999 ? 9999 : prec);
            cf[k] = '\0';
            char conv = c == 'i' ? 'd' : c;
            char full[32];
            int unsign = c == 'u' || c == 'x' || c == 'X' || c == 'o';
            if (sz) {
                snprintf(full, sizeof full, "%sz%c", cf, conv);
                if (unsign)
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, size_t));
                else
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, gp_ssize));
            } else if (lng == 2) {
                snprintf(full, sizeof full, "%sll%c", cf, conv);
                if (unsign)
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, unsigned long long));
                else
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, long long));
            } else if (lng == 1) {
                snprintf(full, sizeof full, "%sl%c", cf, conv);
                if (unsign)
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, unsigned long));
                else
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, long));
            } else {
                snprintf(full, sizeof full, "%s%c", cf, conv);
                if (unsign)
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, unsigned int));
                else
                    k = snprintf(nb, sizeof nb, full, va_arg(vargs, int));
            }
            if (k >= (int)sizeof nb)
                k = (int)sizeof nb - 1;
            if (gp_strw_write_ascii(&w, nb, k) < 0)
                goto fail;
            break;
        }
        case 'c': {
            int cp = va_arg(vargs, int);
            if (gp_strw_write_char(&w, (uint32_t)cp & 0x1FFFFF) < 0)
                goto fail;
            break;
        }
        case 'p': {
            void *p = va_arg(vargs, void *);
            k = snprintf(nb, sizeof nb, "%p", p);
            /* CPython always writes 0x... */
            if (nb[0] != '0' && gp_strw_write_ascii(&w, "0x", 2) < 0)
                goto fail;
            if (gp_strw_write_ascii(&w, nb, k) < 0)
                goto fail;
            break;
        }
        case 's': {
            const char *s = va_arg(vargs, const char *);
            if (!s)
                s = "(null)";
            if (write_cstr_lossy(&w, s, width, prec) < 0)
                goto fail;
            break;
        }
        case 'U': case 'S': case 'R': case 'A': {
            GpObject *o = va_arg(vargs, GpObject *);
            GpObject *t;
            if (!o)
                t = gp_str_from_cstr("<NULL>");
            else if (c == 'U')
                t = gp_newref(o);
            else if (c == 'S')
                t = gp_str(o);
            else if (c == 'R')
                t = gp_repr(o);
            else
                t = gp_ascii(o);
            if (!t)
                goto fail;
            int r = write_limited(&w, GP_STR_DATA(t), GP_STR_NBYTES(t), width, prec);
            gp_decref(t);
            if (r < 0)
                goto fail;
            break;
        }
        case 'T': {
            GpObject *o = va_arg(vargs, GpObject *);
            const char *name = o ? gp_type_name(GP_TYPE(o)) : "NULL";
            if (write_cstr_lossy(&w, name, width, prec) < 0)
                goto fail;
            break;
        }
        default:
            /* unknown: copy the rest verbatim, as CPython does */
            if (gp_strw_write_cstr(&w, spec) < 0)
                goto fail;
            va_end(vargs);
            return gp_strw_finish(&w);
        }
    }
    va_end(vargs);
    return gp_strw_finish(&w);
fail:
    va_end(vargs);
    gp_strw_discard(&w);
    return NULL;
}

GpObject *gp_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    GpObject *r = gp_str_from_formatv(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- fmtspec error reporting -------------------------------------------- */

static GpObject *fmt_error(int rc, const char *errmsg, GpObject *spec, const GpFormatSpec *fs,
                           const char *tname)
{
    switch (rc) {
    case GP_FMT_EMSG:
        return gp_err_format(&GpExc_ValueError, "%s", errmsg);
    case GP_FMT_EOVERFLOW:
        return gp_err_format(&GpExc_OverflowError, "%s", errmsg);
    case GP_FMT_ENOMEM:
        return gp_err_no_memory();
    case GP_FMT_EINVALID:
        return gp_err_format(&GpExc_ValueError,
                             "Invalid format specifier '%U' for object of type '%s'", spec, tname);
    case GP_FMT_EUNKNOWN:
    default:
        if (fs->type_cp > 32 && fs->type_cp < 128)
            return gp_err_format(&GpExc_ValueError,
                                 "Unknown format code '%c' for object of type '%s'",
                                 (int)fs->type_cp, tname);
        return gp_err_format(&GpExc_ValueError,
                             "Unknown format code '\\x%x' for object of type '%s'",
                             (unsigned)fs->type_cp, tname);
    }
}

GpObject *gp_str_format_spec(GpObject *s, GpObject *spec)
{
    if (GP_STR_NBYTES(spec) == 0)   /* an empty spec means str(s) (subclasses' __str__) */
        return GP_STR_CHECK_EXACT(s) ? gp_newref(s) : gp_str(s);
    GpFormatSpec fs;
    const char *errmsg = NULL;
    int rc = gp_fmtspec_parse(GP_STR_DATA(spec), (size_t)GP_STR_NBYTES(spec), &fs, &errmsg);
    if (rc != GP_FMT_OK)
        return fmt_error(rc, errmsg, spec, &fs, "str");
    /* fast path: nothing to pad or truncate */
    if ((fs.type == 0 || fs.type == 's') && fs.width <= GP_STR_LEN(s) &&
        (fs.precision < 0 || fs.precision >= GP_STR_LEN(s)) && !fs.sign && !fs.alternate &&
        fs.align != '=' && !fs.no_neg_zero && !fs.grouping)
        return gp_str_exact(s);
    char *out = NULL;
    size_t outlen = 0;
    rc = gp_format_str(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), (size_t)GP_STR_LEN(s), &fs, &out,
                       &outlen, &errmsg);
    if (rc != GP_FMT_OK) {
        free(out);
        return fmt_error(rc, errmsg, spec, &fs, "str");
    }
    GpObject *r = gp_str_from_utf8(out, (gp_ssize)outlen);
    free(out);
    return r;
}

/* ---- the % operator ----------------------------------------------------- */

typedef struct {
    GpObject *args;        /* the current argument source (tuple or single) */
    gp_ssize arglen;       /* tuple length, -1 for a single object */
    gp_ssize argidx;       /* next tuple index; -2 single unused, -1 single used */
    GpObject *dict;        /* mapping for %(key)s, or NULL */
    GpObject *keyval;      /* owned value of the last %(key) lookup */
} PctCtx;

static GpObject *pct_next(PctCtx *c)
{
    if (c->arglen < 0) {
        if (c->argidx == -2) {
            c->argidx = -1;
            return c->args;
        }
    } else if (c->argidx < c->arglen) {
        return GP_TUPLE_GET(c->args, c->argidx++);
    }
    gp_err_format(&GpExc_TypeError, "not enough arguments for format string");
    return NULL;
}

static int write_repeat(GpStrWriter *w, char ch, gp_ssize n)
{
    char buf[64];
    memset(buf, ch, sizeof buf);
    while (n > 0) {
        gp_ssize k = n > 64 ? 64 : n;
        if (gp_strw_write_ascii(w, buf, k) < 0)
            return -1;
        n -= k;
    }
    return 0;
}

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* Pad `body` (a str) to width with spaces (left or right). */
static int pct_write_padded(GpStrWriter *w, const char *body, gp_ssize nb, gp_ssize ncp,
                            int flags, gp_ssize width)
{
    gp_ssize padn = width > ncp ? width - ncp : 0;
    if (!(flags & F_LJUST) && write_repeat(w, ' ', padn) < 0)
        return -1;
    if (gp_strw_write(w, body, nb) < 0)
        return -1;
    if ((flags & F_LJUST) && write_repeat(w, ' ', padn) < 0)
        return -1;
    return 0;
}

/* Write a number given as sign + prefix + digits with %-format rules. */
static int pct_write_number(GpStrWriter *w, const char *sign, const char *prefix,
                            const char *digits, gp_ssize nd, int flags, gp_ssize width,
                            gp_ssize prec)
{
    gp_ssize ls = (gp_ssize)strlen(sign), lp = (gp_ssize)strlen(prefix);
    gp_ssize zeros = prec > nd ? prec - nd : 0;
    gp_ssize total = ls + lp + zeros + nd;
    gp_ssize padn = width > total ? width - total : 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO) && write_repeat(w, ' ', padn) < 0)
        return -1;
    if (gp_strw_write_ascii(w, sign, ls) < 0 || gp_strw_write_ascii(w, prefix, lp) < 0)
        return -1;
    if (!(flags & F_LJUST) && (flags & F_ZERO) && write_repeat(w, '0', padn) < 0)
        return -1;
    if (write_repeat(w, '0', zeros) < 0 || gp_strw_write_ascii(w, digits, nd) < 0)
        return -1;
    if ((flags & F_LJUST) && write_repeat(w, ' ', padn) < 0)
        return -1;
    return 0;
}

static int pct_format_int(GpStrWriter *w, GpObject *v, char conv, int flags, gp_ssize width,
                          gp_ssize prec)
{
    GpObject *num;
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (GP_INT_CHECK(v)) {
            num = gp_newref(v);
        } else if (GP_FLOAT_CHECK(v)) {
            num = gp_int_from_double(GP_FLOAT_VAL(v));
        } else if (GP_TYPE(v)->nb.index) {
            num = gp_number_index(v);
        } else if (GP_TYPE(v)->nb.int_ || GP_TYPE(v)->nb.float_) {
            num = gp_number_int(v);
        } else {
            gp_err_format(&GpExc_TypeError, "%%%c format: a real number is required, not %T",
                          conv, v);
            return -1;
        }
    } else {
        if (GP_INT_CHECK(v))
            num = gp_newref(v);
        else if (GP_TYPE(v)->nb.index)
            num = gp_number_index(v);
        else {
            gp_err_format(&GpExc_TypeError, "%%%c format: an integer is required, not %T", conv, v);
            return -1;
        }
    }
    if (!num)
        return -1;
    int base = (conv == 'x' || conv == 'X') ? 16 : conv == 'o' ? 8 : 10;
    GpObject *txt = gp_int_to_string(num, base);
    gp_decref(num);
    if (!txt)
        return -1;
    const char *d = GP_STR_DATA(txt);
    gp_ssize nd = GP_STR_NBYTES(txt);
    const char *sign = "";
    if (*d == '-') {
        sign = "-";
        d++;
        nd--;
    } else if (flags & F_SIGN) {
        sign = "+";
    } else if (flags & F_BLANK) {
        sign = " ";
    }
    if (base != 10 && nd >= 2 && d[0] == '0' && (d[1] == 'x' || d[1] == 'o' || d[1] == 'X')) {
        d += 2;
        nd -= 2;
    }
    const char *prefix = "";
    if (flags & F_ALT)
        prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    int r;
    if (conv == 'X') {
        char small[128];
        char *up = nd < (gp_ssize)sizeof small ? small : gp_mem_malloc((size_t)nd);
        if (!up) {
            gp_decref(txt);
            gp_err_no_memory();
            return -1;
        }
        for (gp_ssize i = 0; i < nd; i++)
            up[i] = (d[i] >= 'a' && d[i] <= 'f') ? (char)(d[i] - 32) : d[i];
        r = pct_write_number(w, sign, prefix, up, nd, flags, width, prec);
        if (up != small)
            gp_mem_free(up);
    } else {
        r = pct_write_number(w, sign, prefix, d, nd, flags, width, prec);
    }
    gp_decref(txt);
    return r;
}

static int pct_format_float(GpStrWriter *w, GpObject *v, char conv, int flags, gp_ssize width,
                            gp_ssize prec)
{
    double x;
    if (GP_FLOAT_CHECK(v))
        x = GP_FLOAT_VAL(v);
    else if (GP_INT_CHECK(v) || GP_TYPE(v)->nb.float_ || GP_TYPE(v)->nb.index) {
        x = gp_float_as_double(v);
        if (x == -1.0 && gp_err_occurred())
            return -1;
    } else {
        gp_err_format(&GpExc_TypeError, "must be real number, not %T", v);
        return -1;
    }
    if (prec < 0)
        prec = 6;
    int ff = 0;
    if (flags & F_ALT)
        ff |= GP_FF_ALT;
    if (flags & F_SIGN)
        ff |= GP_FF_SIGN;
    else if (flags & F_BLANK)
        ff |= GP_FF_SPACE;
    char small[128];
    char *buf = small;
    long n = gp_float_format(x, conv, (int)prec, ff, small, sizeof small);
    if (n < 0) {
        gp_err_no_memory();
        return -1;
    }
    if (n >= (long)sizeof small) {
        buf = gp_mem_malloc((size_t)n + 1);
        if (!buf) {
            gp_err_no_memory();
            return -1;
        }
        gp_float_format(x, conv, (int)prec, ff, buf, (size_t)n + 1);
    }
    /* split the sign from the digits for zero padding */
    char sign[2] = {0, 0};
    const char *d = buf;
    if (*d == '-' || *d == '+' || *d == ' ') {
        sign[0] = *d++;
    }
    int r = pct_write_number(w, sign, "", d, n - (d - buf), flags, width, -1);
    if (buf != small)
        gp_mem_free(buf);
    return r;
}

static int pct_format_char(GpStrWriter *w, GpObject *v, int flags, gp_ssize width)
{
    uint32_t cp;
    if (GP_STR_CHECK(v)) {
        if (GP_STR_LEN(v) != 1)
            goto bad;
        cp = gp_str_char_at(v, 0);
    } else if (GP_INT_CHECK(v) || (!GP_FLOAT_CHECK(v) && GP_TYPE(v)->nb.index)) {
        GpObject *iv = gp_number_index(v);
        if (!iv)
            return -1;
        int ovf = 0;
        int64_t x = gp_int_as_i64_clamped(iv, &ovf);
        gp_decref(iv);
        if (ovf || x < 0 || x > 0x10FFFF) {
            gp_err_format(&GpExc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        goto bad;
    }
    char b[4];
    int n = gp_utf8_encode(cp, b);
    return pct_write_padded(w, b, n, 1, flags, width);
bad:
    gp_err_format(&GpExc_TypeError, "%%c requires int or char");
    return -1;
}

GpObject *gp_str_percent_format(GpObject *fmt, GpObject *args)
{
    PctCtx c = {0};
    if (GP_TUPLE_CHECK(args)) {
        c.args = args;
        c.arglen = GP_SIZE(args);
        c.argidx = 0;
    } else {
        c.args = args;
        c.arglen = -1;
        c.argidx = -2;
    }
    if (GP_TYPE(args)->getitem && !GP_TUPLE_CHECK(args) && !GP_STR_CHECK(args))
        c.dict = args;

    const char *p = GP_STR_DATA(fmt);
    gp_ssize n = GP_STR_NBYTES(fmt), i = 0;
    GpStrWriter w;
    gp_strw_init(&w);
    while (i < n) {
        const char *pc = memchr(p + i, '%', (size_t)(n - i));
        gp_ssize lit = pc ? pc - (p + i) : n - i;
        if (lit && gp_strw_write(&w, p + i, lit) < 0)
            goto fail;
        i += lit;
        if (i >= n)
            break;
        gp_ssize spec_start = i;   /* index of '%' in bytes */
        i++;
        if (i < n && p[i] == '%') {
            if (gp_strw_write_ascii(&w, "%", 1) < 0)
                goto fail;
            i++;
            continue;
        }
        /* mapping key */
        if (i < n && p[i] == '(') {
            if (!c.dict) {
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
            GpObject *key = gp_str_from_utf8(p + ks, i - 1 - ks);
            if (!key)
                goto fail;
            GpObject *val = gp_getitem(c.dict, key);
            gp_decref(key);
            if (!val)
                goto fail;
            GP_XDECREF(c.keyval);
            c.keyval = val;
            c.args = val;
            c.arglen = -1;
            c.argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            char f = p[i];
            if (f == '-') flags |= F_LJUST;
            else if (f == '+') flags |= F_SIGN;
            else if (f == ' ') flags |= F_BLANK;
            else if (f == '#') flags |= F_ALT;
            else if (f == '0') flags |= F_ZERO;
            else break;
        }
        gp_ssize width = -1, prec = -1;
        if (i < n && p[i] == '*') {
            i++;
            GpObject *v = pct_next(&c);
            if (!v)
                goto fail;
            if (!GP_INT_CHECK(v)) {
                gp_err_format(&GpExc_TypeError, "* wants int");
                goto fail;
            }
            if (gp_int_as_ssize(v, &width) < 0)
                goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
        } else {
            while (i < n && p[i] >= '0' && p[i] <= '9') {
                if (width < 0)
                    width = 0;
                if (width > (GP_SSIZE_MAX - 9) / 10) {
                    gp_err_format(&GpExc_ValueError, "width too big");
                    goto fail;
                }
                width = width * 10 + (p[i++] - '0');
            }
        }
        if (i < n && p[i] == '.') {
            i++;
            prec = 0;
            if (i < n && p[i] == '*') {
                i++;
                GpObject *v = pct_next(&c);
                if (!v)
                    goto fail;
                if (!GP_INT_CHECK(v)) {
                    gp_err_format(&GpExc_TypeError, "* wants int");
                    goto fail;
                }
                if (gp_int_as_ssize(v, &prec) < 0)
                    goto fail;
                if (prec < 0)
                    prec = 0;
            } else {
                while (i < n && p[i] >= '0' && p[i] <= '9') {
                    if (prec > (GP_SSIZE_MAX - 9) / 10) {
                        gp_err_format(&GpExc_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (p[i++] - '0');
                }
            }
        }
        while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L'))
            i++;
        if (i >= n) {
            gp_err_format(&GpExc_ValueError, "incomplete format");
            goto fail;
        }
        /* the conversion character (may be non-ASCII: decode for the error) */
        size_t ci = (size_t)i;
        uint32_t conv = gp_utf8_decode(p, (size_t)n, &ci);
        i = (gp_ssize)ci;
        /* a '%' after flags/width is an ordinary (unsupported) conversion:
         * it takes an argument first, as in CPython */
        GpObject *v = pct_next(&c);
        if (!v)
            goto fail;
        int r;
        switch (conv) {
        case 's': case 'r': case 'a': {
            GpObject *t;
            if (conv == 's')
                t = GP_STR_CHECK_EXACT(v) ? gp_newref(v) : gp_str(v);
            else if (conv == 'r')
                t = gp_repr(v);
            else
                t = gp_ascii(v);
            if (!t)
                goto fail;
            gp_ssize nb = GP_STR_NBYTES(t), ncp = GP_STR_LEN(t);
            if (prec >= 0 && prec < ncp) {
                nb = gp_str_byte_offset(t, prec);
                ncp = prec;
            }
            r = pct_write_padded(&w, GP_STR_DATA(t), nb, ncp, flags, width);
            gp_decref(t);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            r = pct_format_int(&w, v, (char)conv, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            r = pct_format_float(&w, v, (char)conv, flags, width, prec);
            break;
        case 'c':
            r = pct_format_char(&w, v, flags, width);
            break;
        default: {
            gp_ssize idx = (gp_ssize)gp_utf8_count(p, (size_t)(i - gp_utf8_cplen(conv)));
            (void)spec_start;
            if (conv > 32 && conv < 127)
                gp_err_format(&GpExc_ValueError,
                              "unsupported format character '%c' (0x%x) at index %zd",
                              (int)conv, (unsigned)conv, idx);
            else
                gp_err_format(&GpExc_ValueError,
                              "unsupported format character '%c' (0x%x) at index %zd",
                              (int)conv, (unsigned)conv, idx);
            goto fail;
        }
        }
        if (r < 0)
            goto fail;
    }
    if (c.arglen >= 0 ? (c.argidx < c.arglen) : (c.argidx == -2)) {
        if (!c.dict) {
            gp_err_format(&GpExc_TypeError, "not all arguments converted during string formatting");
            goto fail;
        }
    }
    GP_XDECREF(c.keyval);
    return gp_strw_finish(&w);
fail:
    GP_XDECREF(c.keyval);
    gp_strw_discard(&w);
    return NULL;
}

/* ---- str.format ---------------------------------------------------------- */

typedef struct {
    GpObject *const *args;
    gp_ssize nargs;
    GpObject *kwnames;           /* tuple or NULL */
    GpObject *const *kwvals;
    GpObject *mapping;           /* format_map */
    int numbering;               /* 0 unknown, 1 automatic, 2 manual */
    gp_ssize next_auto;
} FmtCtx;

static int all_digits(const char *s, gp_ssize n)
{
    if (n == 0)
        return 0;
    for (gp_ssize i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int parse_index_digits(const char *s, gp_ssize n, gp_ssize *out)
{
    gp_ssize v = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (v > (GP_SSIZE_MAX - 9) / 10) {
            gp_err_format(&GpExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

static GpObject *fmt_positional(FmtCtx *c, gp_ssize idx)
{
    if (c->mapping) {
        gp_err_format(&GpExc_ValueError, "Format string contains positional fields");
        return NULL;
    }
    if (idx >= c->nargs)
        return gp_err_format(&GpExc_IndexError,
                             "Replacement index %zd out of range for positional args tuple", idx);
    return gp_newref(c->args[idx]);
}

static GpObject *fmt_keyword(FmtCtx *c, const char *name, gp_ssize n)
{
    GpObject *key = gp_str_from_utf8(name, n);
    if (!key)
        return NULL;
    if (c->mapping) {
        GpObject *v = gp_getitem(c->mapping, key);
        gp_decref(key);
        return v;
    }
    if (c->kwnames) {
        for (gp_ssize i = 0; i < GP_SIZE(c->kwnames); i++) {
            if (gp_str_eq(GP_TUPLE_GET(c->kwnames, i), key)) {
                gp_decref(key);
                return gp_newref(c->kwvals[i]);
            }
        }
    }
    gp_err_set_object(&GpExc_KeyError, key);
    gp_decref(key);
    return NULL;
}

/* Resolve a field name ("0", "name.attr[key]", "") to its object. */
static GpObject *fmt_get_field(FmtCtx *c, const char *s, gp_ssize n)
{
    gp_ssize i = 0;
    while (i < n && s[i] != '.' && s[i] != '[')
        i++;
    GpObject *obj;
    if (i == 0) {
        if (c->numbering == 2) {
            gp_err_format(&GpExc_ValueError,
                          "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        c->numbering = 1;
        obj = fmt_positional(c, c->next_auto++);
    } else if (all_digits(s, i)) {
        if (c->numbering == 1) {
            gp_err_format(&GpExc_ValueError,
                          "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        c->numbering = 2;
        gp_ssize idx;
        if (parse_index_digits(s, i, &idx) < 0)
            return NULL;
        obj = fmt_positional(c, idx);
    } else {
        obj = fmt_keyword(c, s, i);
    }
    if (!obj)
        return NULL;
    while (i < n) {
        if (s[i] == '.') {
            gp_ssize st = ++i;
            while (i < n && s[i] != '.' && s[i] != '[')
                i++;
            if (i == st) {
                gp_decref(obj);
                gp_err_format(&GpExc_ValueError, "Empty attribute in format string");
                return NULL;
            }
            GpObject *name = gp_str_from_utf8(s + st, i - st);
            if (!name) {
                gp_decref(obj);
                return NULL;
            }
            GpObject *nv = gp_getattr(obj, name);
            gp_decref(name);
            gp_decref(obj);
            if (!nv)
                return NULL;
            obj = nv;
        } else if (s[i] == '[') {
            gp_ssize st = ++i;
            while (i < n && s[i] != ']')
                i++;
            if (i >= n) {
                gp_decref(obj);
                gp_err_format(&GpExc_ValueError, "Missing ']' in format string");
                return NULL;
            }
            if (i == st) {
                gp_decref(obj);
                gp_err_format(&GpExc_ValueError, "Empty attribute in format string");
                return NULL;
            }
            GpObject *key;
            if (all_digits(s + st, i - st)) {
                gp_ssize idx;
                if (parse_index_digits(s + st, i - st, &idx) < 0) {
                    gp_decref(obj);
                    return NULL;
                }
                key = gp_int_from_ssize(idx);
            } else {
                key = gp_str_from_utf8(s + st, i - st);
            }
            i++;   /* past ']' */
            if (!key) {
                gp_decref(obj);
                return NULL;
            }
            GpObject *nv = gp_getitem(obj, key);
            gp_decref(key);
            gp_decref(obj);
            if (!nv)
                return NULL;
            obj = nv;
            if (i < n && s[i] != '.' && s[i] != '[') {
                gp_decref(obj);
                gp_err_format(&GpExc_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
                return NULL;
            }
        } else {
            break;
        }
    }
    return obj;
}

static int fmt_render(FmtCtx *c, const char *p, gp_ssize n, GpStrWriter *w, int depth);

/* Format one field whose text (between the braces) is p[0..n). */
static int fmt_field(FmtCtx *c, const char *p, gp_ssize n, GpStrWriter *w, int depth)
{
    /* field name: up to '!' or ':' outside brackets */
    gp_ssize i = 0;
    while (i < n && p[i] != '!' && p[i] != ':') {
        if (p[i] == '[') {
            while (i < n && p[i] != ']')
                i++;
            if (i >= n)
                break;
        }
        i++;
    }
    gp_ssize name_end = i;
    uint32_t conv = 0;
    const char *spec = NULL;
    gp_ssize specn = 0;
    if (i < n && p[i] == '!') {
        i++;
        if (i >= n) {
            gp_err_format(&GpExc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        size_t k = (size_t)i;
        conv = gp_utf8_decode(p, (size_t)n, &k);
        i = (gp_ssize)k;
        if (i < n && p[i] != ':') {
            gp_err_format(&GpExc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    if (i < n && p[i] == ':') {
        spec = p + i + 1;
        specn = n - i - 1;
    }
    GpObject *obj = fmt_get_field(c, p, name_end);
    if (!obj)
        return -1;
    if (conv) {
        GpObject *t;
        switch (conv) {
        case 'r': t = gp_repr(obj); break;
        case 's': t = gp_str(obj); break;
        case 'a': t = gp_ascii(obj); break;
        default:
            gp_decref(obj);
            if (conv < 128)
                gp_err_format(&GpExc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                gp_err_format(&GpExc_ValueError, "Unknown conversion specifier \\x%x",
                              (unsigned)conv);
            return -1;
        }
        gp_decref(obj);
        if (!t)
            return -1;
        obj = t;
    }
    int r;
    if (specn == 0 && GP_STR_CHECK_EXACT(obj)) {
        r = gp_strw_write_str(w, obj);
        gp_decref(obj);
        return r;
    }
    GpObject *specobj;
    if (specn == 0) {
        specobj = gp_str_empty();
    } else if (memchr(spec, '{', (size_t)specn)) {
        GpStrWriter sw;
        gp_strw_init(&sw);
        if (fmt_render(c, spec, specn, &sw, depth - 1) < 0) {
            gp_strw_discard(&sw);
            gp_decref(obj);
            return -1;
        }
        specobj = gp_strw_finish(&sw);
    } else {
        specobj = gp_str_from_utf8(spec, specn);
    }
    if (!specobj) {
        gp_decref(obj);
        return -1;
    }
    GpObject *t = gp_format(obj, specobj);
    gp_decref(specobj);
    gp_decref(obj);
    if (!t)
        return -1;
    r = gp_strw_write_str(w, t);
    gp_decref(t);
    return r;
}

static int fmt_render(FmtCtx *c, const char *p, gp_ssize n, GpStrWriter *w, int depth)
{
    if (depth <= 0) {
        gp_err_format(&GpExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    gp_ssize i = 0;
    while (i < n) {
        /* literal text up to the next brace */
        gp_ssize st = i;
        while (i < n && p[i] != '{' && p[i] != '}')
            i++;
        if (i > st && gp_strw_write(w, p + st, i - st) < 0)
            return -1;
        if (i >= n)
            break;
        if (p[i] == '}') {
            if (i + 1 < n && p[i + 1] == '}') {
                if (gp_strw_write_ascii(w, "}", 1) < 0)
                    return -1;
                i += 2;
                continue;
            }
            gp_err_format(&GpExc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        /* '{' */
        if (i + 1 < n && p[i + 1] == '{') {
            if (gp_strw_write_ascii(w, "{", 1) < 0)
                return -1;
            i += 2;
            continue;
        }
        if (i + 1 >= n) {
            gp_err_format(&GpExc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        /* find the end of the field, with CPython's parse_field rules: the
         * name runs to '}', ':' or '!' (brackets may hold anything); a
         * conversion is one character followed by '}' or ':'; a spec may
         * nest braces */
        gp_ssize fs = ++i;
        char stop = 0;
        while (i < n) {
            char ch = p[i++];
            if (ch == '{') {
                gp_err_format(&GpExc_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (ch == '[') {
                while (i < n && p[i] != ']')
                    i++;
                continue;
            }
            if (ch == '}' || ch == ':' || ch == '!') {
                stop = ch;
                break;
            }
        }
        int done = 0;
        if (stop == '!') {
            if (i >= n) {
                gp_err_format(&GpExc_ValueError,
                              "end of string while looking for conversion specifier");
                return -1;
            }
            i++;
            while (i < n && ((unsigned char)p[i] & 0xC0) == 0x80)
                i++;
            if (i < n) {
                char ch = p[i++];
                if (ch == '}') {
                    i--;
                    done = 1;
                } else if (ch != ':') {
                    gp_err_format(&GpExc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        } else if (stop == '}') {
            i--;
            done = 1;
        } else if (stop != ':') {
            gp_err_format(&GpExc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (!done) {
            int level = 1;
            while (i < n) {
                char ch = p[i];
                if (ch == '{') {
                    level++;
                } else if (ch == '}') {
                    if (--level == 0)
                        break;
                }
                i++;
            }
            if (i >= n) {
                gp_err_format(&GpExc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
        }
        if (fmt_field(c, p + fs, i - fs, w, depth) < 0)
            return -1;
        i++;   /* past '}' */
    }
    return 0;
}

GpObject *gp_str_format_method(GpObject *fmt, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    FmtCtx c = {0};
    c.args = args;
    c.nargs = (gp_ssize)nargs;
    if (kwnames && GP_SIZE(kwnames) > 0) {
        c.kwnames = kwnames;
        c.kwvals = args + nargs;
    }
    const char *p = GP_STR_DATA(fmt);
    gp_ssize n = GP_STR_NBYTES(fmt);
    if (!memchr(p, '{', (size_t)n) && !memchr(p, '}', (size_t)n))
        return gp_str_exact(fmt);
    GpStrWriter w;
    gp_strw_init(&w);
    if (fmt_render(&c, p, n, &w, 2) < 0) {
        gp_strw_discard(&w);
        return NULL;
    }
    return gp_strw_finish(&w);
}

GpObject *gp_str_format_map(GpObject *fmt, GpObject *mapping)
{
    FmtCtx c = {0};
    c.mapping = mapping;
    GpStrWriter w;
    gp_strw_init(&w);
    if (fmt_render(&c, GP_STR_DATA(fmt), GP_STR_NBYTES(fmt), &w, 2) < 0) {
        gp_strw_discard(&w);
        return NULL;
    }
    return gp_strw_finish(&w);
}
