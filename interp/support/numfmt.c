/* numfmt.c - float/int <-> text conversions (see numfmt.h).
 *
 * Digits come from the C library: "%.*e" gives correctly rounded significant
 * digits and strtod reads them back correctly rounded, so the shortest
 * round-trip digits are the smallest precision whose text reads back as x.
 * The layout (when to use an exponent, ".0", '#', ...) is done here. */
#include "support/numfmt.h"

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* float() / int() strip only these ASCII spaces (not \x1c-\x1f, which
 * str.isspace() accepts). */
static int num_isspace(int c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
}

/* ---- digits --------------------------------------------------------------- */

/* "%.*e" text of ax with p significant digits into tmp (>= p + 32 bytes). */
static int sci_text(double ax, int p, char *tmp, size_t tmpsz)
{
    return snprintf(tmp, tmpsz, "%.*e", p - 1, ax);
}

/* Copy the digits of a "%e" text (no point) to dig, set *exp10 (the value is
 * d.ddd * 10**exp10); returns the number of digits. */
static int sci_split(const char *tmp, char *dig, int *exp10)
{
    int nd = 0;
    const char *q = tmp;
    for (; *q && *q != 'e'; q++)
        if (*q != '.')
            dig[nd++] = *q;
    dig[nd] = '\0';
    *exp10 = (*q == 'e') ? atoi(q + 1) : 0;
    return nd;
}

static int roundtrips(double ax, int p, char *tmp, size_t tmpsz)
{
    sci_text(ax, p, tmp, tmpsz);
    return strtod(tmp, NULL) == ax;
}

static int strip_zeros(char *dig, int nd)
{
    while (nd > 1 && dig[nd - 1] == '0')
        nd--;
    dig[nd] = '\0';
    return nd;
}

/* Round the digit string d[0..nd) (value 0.d * 10**decpt) to p digits, half
 * up, into out; adjusts *decpt on carry.  Returns 0 when d beyond p is
 * exactly "5000..." (then d itself may be a rounded value and the tie must be
 * decided on the exact binary value: caller asks snprintf instead). */
static int round_text(const char *d, int nd, int p, char *out, int *decpt)
{
    memcpy(out, d, (size_t)p);
    out[p] = '\0';
    if (p >= nd)
        return 1;
    if (d[p] == '5') {
        int rest = 0;
        for (int i = p + 1; i < nd; i++)
            if (d[i] != '0')
                rest = 1;
        if (!rest)
            return 0;
    }
    if (d[p] >= '5') {
        int i = p - 1;
        while (i >= 0 && out[i] == '9')
            out[i--] = '0';
        if (i >= 0) {
            out[i]++;
        } else {
            out[0] = '1'; /* 99..9 -> 100..0 */
            (*decpt)++;
        }
    }
    return 1;
}

/* Does 0.d[0..nd) * 10**decpt read back as ax? */
static int text_roundtrips(const char *d, int nd, int decpt, double ax)
{
    char t[48];
    int k = 0;
    t[k++] = d[0];
    t[k++] = '.';
    memcpy(t + k, d + 1, (size_t)nd - 1);
    k += nd - 1;
    snprintf(t + k, sizeof t - (size_t)k, "e%d", decpt - 1);
    return strtod(t, NULL) == ax;
}

/* Add one unit in the last place of d[0..p). */
static void bump_text(char *d, int p, int *decpt)
{
    int i = p - 1;
    while (i >= 0 && d[i] == '9')
        d[i--] = '0';
    if (i >= 0) {
        d[i]++;
    } else {
        d[0] = '1';
        (*decpt)++;
    }
}

/* Shortest round-trip digits of finite ax > 0; among the shortest, the one
 * nearest to ax. */
static int shortest_digits(double ax, char *digits, int *decpt)
{
    char tmp[64];
    char d17[24];
    int e10;
    snprintf(tmp, sizeof tmp, "%.16e", ax);
    sci_split(tmp, d17, &e10);
    int mexp;
    double m = frexp(ax, &mexp);
    if (ax < DBL_MIN) {
        /* subnormal: fewer bits, so several short decimals may fit; the
         * interval is symmetric, so "p digits work" is monotonic in p */
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (roundtrips(ax, mid, tmp, sizeof tmp))
                hi = mid;
            else
                lo = mid + 1;
        }
        sci_text(ax, lo, tmp, sizeof tmp);
        int nd = sci_split(tmp, digits, &e10);
        *decpt = e10 + 1;
        return strip_zeros(digits, nd);
    }
    if (m != 0.5) {
        /* The rounding interval is symmetric and narrower than the spacing
         * of 15-digit decimals, so: if the nearest 15-digit decimal reads
         * back it is the only <= 15-digit one (strip its zeros); else try
         * the nearest 16-digit one; else all 17 digits. */
        for (int p = 15; p <= 16; p++) {
            int dp = e10 + 1;
            if (!round_text(d17, 17, p, digits, &dp)) {
                /* a tie in the 17-digit text: let the C library round */
                char t2[64];
                snprintf(t2, sizeof t2, "%.*e", p - 1, ax);
                if (strtod(t2, NULL) == ax) {
                    int ee;
                    int nd = sci_split(t2, digits, &ee);
                    *decpt = ee + 1;
                    return strip_zeros(digits, nd);
                }
                continue;
            }
            if (text_roundtrips(digits, p, dp, ax)) {
                *decpt = dp;
                return strip_zeros(digits, p);
            }
        }
        memcpy(digits, d17, 18);
        *decpt = e10 + 1;
        return strip_zeros(digits, 17);
    }
    /* A power of two: the interval below ax is half as wide as above, so
     * the nearest p-digit decimal may fail while the next one up works.
     * Rare: search every length. */
    for (int p = 1; p <= 17; p++) {
        char t2[64];
        snprintf(t2, sizeof t2, "%.*e", p - 1, ax);
        int ee;
        int nd = sci_split(t2, digits, &ee);
        if (strtod(t2, NULL) == ax) {
            *decpt = ee + 1;
            return strip_zeros(digits, nd);
        }
        if (strtod(t2, NULL) < ax) {
            int dp = ee + 1;
            bump_text(digits, nd, &dp);
            if (text_roundtrips(digits, nd, dp, ax)) {
                *decpt = dp;
                return strip_zeros(digits, nd);
            }
        }
    }
    memcpy(digits, d17, 18);
    *decpt = e10 + 1;
    return strip_zeros(digits, 17);
}

int gp_float_digits(double x, int mode, int ndigits, char *digits, int *decpt)
{
    double ax = fabs(x);
    if (ax == 0.0 || !isfinite(ax)) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    if (mode == 0) {
        /* exact integers below 2**53: their own digits are the shortest */
        if (ax < 9007199254740992.0 && ax == floor(ax)) {
            uint64_t v = (uint64_t)ax;
            char rev[24];
            int n = 0;
            while (v) {
                rev[n++] = (char)('0' + v % 10);
                v /= 10;
            }
            for (int i = 0; i < n; i++)
                digits[i] = rev[n - 1 - i];
            digits[n] = '\0';
            *decpt = n;
            return strip_zeros(digits, n);
        }
        return shortest_digits(ax, digits, decpt);
    }
    /* mode 2 */
    int p = ndigits < 1 ? 1 : ndigits;
    size_t tsz = (size_t)p + 32;
    char sbuf[128];
    char *tmp = tsz <= sizeof sbuf ? sbuf : malloc(tsz);
    if (!tmp) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    sci_text(ax, p, tmp, tsz);
    int e10;
    int nd = sci_split(tmp, digits, &e10);
    if (tmp != sbuf)
        free(tmp);
    *decpt = e10 + 1;
    return strip_zeros(digits, nd);
}

/* ---- layout --------------------------------------------------------------- */

/* Growable output buffer. */
typedef struct {
    char *p;
    size_t len, cap;
    int oom;
} Sb;

static void sb_reserve(Sb *b, size_t extra)
{
    if (b->oom || b->len + extra + 1 <= b->cap)
        return;
    size_t nc = b->cap ? b->cap : 64;
    while (nc < b->len + extra + 1)
        nc *= 2;
    char *np = realloc(b->p, nc);
    if (!np) {
        b->oom = 1;
        return;
    }
    b->p = np;
    b->cap = nc;
}
static void sb_putc(Sb *b, char c)
{
    sb_reserve(b, 1);
    if (!b->oom)
        b->p[b->len++] = c;
}
static void sb_putn(Sb *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    if (!b->oom) {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
}
static void sb_rep(Sb *b, char c, size_t n)
{
    sb_reserve(b, n);
    if (!b->oom) {
        memset(b->p + b->len, c, n);
        b->len += n;
    }
}

/* Lay out digits dig[0..nd) (value 0.DIG * 10**decpt) padded with zeros to
 * at least mind digits, in exponent or fixed notation. */
static void lay_digits(Sb *b, const char *dig, int nd, int decpt, int mind,
                       int use_exp, int alt, int add_dot0)
{
    int total = nd > mind ? nd : mind;
    if (use_exp) {
        sb_putc(b, dig[0]);
        if (total > 1) {
            sb_putc(b, '.');
            sb_putn(b, dig + 1, (size_t)nd - 1);
            sb_rep(b, '0', (size_t)(total - nd));
        } else if (alt) {
            sb_putc(b, '.');
        }
        int e = decpt - 1;
        char eb[16];
        int k = snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        sb_putn(b, eb, (size_t)k);
        return;
    }
    if (decpt <= 0) {
        sb_putn(b, "0.", 2);
        sb_rep(b, '0', (size_t)-decpt);
        sb_putn(b, dig, (size_t)nd);
        sb_rep(b, '0', (size_t)(total - nd));
        return;
    }
    if (decpt >= total) {
        sb_putn(b, dig, (size_t)nd);
        sb_rep(b, '0', (size_t)(decpt - nd));
        if (add_dot0)
            sb_putn(b, ".0", 2);
        else if (alt)
            sb_putc(b, '.');
        return;
    }
    /* decpt in 1..total-1 */
    if (decpt <= nd) {
        sb_putn(b, dig, (size_t)decpt);
        sb_putc(b, '.');
        sb_putn(b, dig + decpt, (size_t)(nd - decpt));
        sb_rep(b, '0', (size_t)(total - nd));
    } else {
        sb_putn(b, dig, (size_t)nd);
        sb_rep(b, '0', (size_t)(decpt - nd));
        sb_putc(b, '.');
        sb_rep(b, '0', (size_t)(total - decpt));
    }
}

/* Does the number text (after any sign) show a zero value?  Only the
 * mantissa counts, not an exponent. */
static int shows_zero(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == 'e' || c == 'E' || c == '%')
            break;
        if (c >= '1' && c <= '9')
            return 0;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return 0; /* inf / nan */
    }
    return 1;
}

static int build_float(Sb *b, double x, char type, int precision, int flags)
{
    int upper = 0;
    int pct = 0;
    int alt = (flags & GP_FF_ALT) != 0;
    int add_dot0 = (flags & GP_FF_ADD_DOT0) != 0;

    switch (type) {
    case 'E': case 'F': case 'G':
        upper = 1;
        type = (char)(type + ('a' - 'A'));
        break;
    case 'e': case 'f': case 'g': case 'r':
        break;
    case 'n':
        type = 'g';
        break;
    case '%':
        pct = 1;
        type = 'f';
        x *= 100.0;
        break;
    case 0:
        add_dot0 = 1;
        if (precision < 0)
            type = 'r';
        else
            type = 'g';
        break;
    default:
        return -1;
    }
    if (type == 'r')
        add_dot0 = 1;
    else if (precision < 0)
        precision = 6;

    int neg = signbit(x) && !isnan(x);
    size_t sign_at = b->len;
    if (neg)
        sb_putc(b, '-');
    else if (flags & GP_FF_SIGN)
        sb_putc(b, '+');
    else if (flags & GP_FF_SPACE)
        sb_putc(b, ' ');
    size_t body_at = b->len;
    double ax = fabs(x);

    if (!isfinite(ax)) {
        sb_putn(b, isnan(ax) ? "nan" : "inf", 3);
    } else if (type == 'e' || type == 'f') {
        /* the C library does these exactly as CPython */
        const char *f = type == 'e' ? (alt ? "%#.*e" : "%.*e")
                                    : (alt ? "%#.*f" : "%.*f");
        char tmp[48];
        int need = snprintf(tmp, sizeof tmp, f, precision, ax);
        if (need < 0)
            return -1;
        if ((size_t)need < sizeof tmp) {
            sb_putn(b, tmp, (size_t)need);
        } else {
            sb_reserve(b, (size_t)need);
            if (b->oom)
                return -1;
            snprintf(b->p + b->len, (size_t)need + 1, f, precision, ax);
            b->len += (size_t)need;
        }
    } else {
        char sdig[40];
        char *dig = sdig;
        int nd, decpt, use_exp, mind;
        if (type == 'r') {
            nd = gp_float_digits(ax, 0, 0, dig, &decpt);
            use_exp = decpt <= -4 || decpt > 16;
            mind = 0;
        } else {
            int p = precision == 0 ? 1 : precision;
            if ((size_t)p + 8 > sizeof sdig) {
                dig = malloc((size_t)p + 8);
                if (!dig)
                    return -1;
            }
            nd = gp_float_digits(ax, 2, p, dig, &decpt);
            use_exp = decpt <= -4 || decpt > (add_dot0 ? p - 1 : p);
            mind = alt ? p : 0;
        }
        lay_digits(b, dig, nd, decpt, mind, use_exp, alt, add_dot0);
        if (dig != sdig)
            free(dig);
    }
    if (pct)
        sb_putc(b, '%');
    if (b->oom)
        return -1;
    if (upper)
        for (size_t i = body_at; i < b->len; i++)
            b->p[i] = (char)toupper((unsigned char)b->p[i]);
    if (neg && (flags & GP_FF_NO_NEG0) && shows_zero(b->p + body_at, b->len - body_at)) {
        /* 'z': -0.0 and negatives that round to zero print as positive */
        char repl = (flags & GP_FF_SIGN) ? '+' : (flags & GP_FF_SPACE) ? ' ' : 0;
        if (repl) {
            b->p[sign_at] = repl;
        } else {
            memmove(b->p + sign_at, b->p + sign_at + 1, b->len - sign_at - 1);
            b->len--;
        }
    }
    return 0;
}

long gp_float_format(double x, char type, int precision, int flags,
                     char *out, size_t outsz)
{
    Sb b = {NULL, 0, 0, 0};
    if (build_float(&b, x, type, precision, flags) < 0) {
        free(b.p);
        return -1;
    }
    size_t len = b.len;
    if (outsz) {
        size_t c = len < outsz - 1 ? len : outsz - 1;
        if (c)
            memcpy(out, b.p, c);
        out[c] = '\0';
    }
    free(b.p);
    return (long)len;
}

char *gp_float_format_alloc(double x, char type, int precision, int flags, size_t *len)
{
    Sb b = {NULL, 0, 0, 0};
    if (build_float(&b, x, type, precision, flags) < 0) {
        free(b.p);
        return NULL;
    }
    sb_putc(&b, '\0');
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    *len = b.len - 1;
    return b.p;
}

char *gp_float_repr(double x, char *buf)
{
    if (isnan(x)) {
        strcpy(buf, "nan");
        return buf;
    }
    char *p = buf;
    if (signbit(x))
        *p++ = '-';
    double ax = fabs(x);
    if (isinf(ax)) {
        strcpy(p, "inf");
        return buf;
    }
    char dig[24];
    int decpt;
    int nd = gp_float_digits(ax, 0, 0, dig, &decpt);
    Sb b = {NULL, 0, 0, 0};
    char local[40];
    /* lay out into a small heap-free buffer: at most ~26 chars */
    b.p = local;
    b.cap = sizeof local;
    lay_digits(&b, dig, nd, decpt, 0, decpt <= -4 || decpt > 16, 0, 1);
    memcpy(p, local, b.len);
    p[b.len] = '\0';
    return buf;
}

/* ---- round ---------------------------------------------------------------- */

double gp_float_round(double x, int ndigits, int *ok)
{
    *ok = 1;
    if (!isfinite(x) || x == 0.0)
        return x;
    if (ndigits > 330)
        return x;
    if (ndigits < -330)
        return 0.0 * x;
    if (ndigits >= 0) {
        char buf[720];
        snprintf(buf, sizeof buf, "%.*f", ndigits, x);
        return strtod(buf, NULL);
    }
    /* negative ndigits: round the exact decimal expansion ourselves,
       half to even, at position 10**(-ndigits) */
    char ex[800];
    snprintf(ex, sizeof ex, "%.770e", fabs(x)); /* exact: doubles need <= 767 */
    char dig[780];
    int e10;
    int nd = sci_split(ex, dig, &e10);
    /* value = 0.DIG * 10**(e10+1); keep the digits with weight >= 10**k */
    int k = -ndigits;
    int keep = e10 + 1 - k; /* number of digits kept */
    char out[800];
    int on = 0;
    int round_up;
    if (keep < 0) {
        round_up = 0;
    } else {
        /* first dropped digit and whether anything after it is non-zero */
        int first = keep < nd ? dig[keep] - '0' : 0;
        int rest = 0;
        for (int i = keep + 1; i < nd; i++)
            if (dig[i] != '0') {
                rest = 1;
                break;
            }
        int last_odd = keep > 0 ? ((dig[keep - 1] - '0') & 1) : 0;
        round_up = first > 5 || (first == 5 && (rest || last_odd));
        memcpy(out, dig, (size_t)keep);
        on = keep;
    }
    if (round_up) {
        int i = on - 1;
        while (i >= 0 && out[i] == '9')
            out[i--] = '0';
        if (i >= 0) {
            out[i]++;
        } else {
            memmove(out + 1, out, (size_t)on);
            out[0] = '1';
            on++; /* 99.. -> 100..: same unit weight 10**k */
        }
    }
    if (on == 0) {
        out[on++] = '0';
    }
    char txt[860];
    snprintf(txt, sizeof txt, "%s%.*se%d", signbit(x) ? "-" : "", on, out, k);
    double r = strtod(txt, NULL);
    if (isinf(r))
        *ok = 0;
    return r;
}

/* ---- hex ------------------------------------------------------------------ */

char *gp_float_hex(double x, char *buf)
{
    if (isnan(x)) {
        strcpy(buf, "nan");
        return buf;
    }
    if (isinf(x)) {
        strcpy(buf, x < 0 ? "-inf" : "inf");
        return buf;
    }
    char *p = buf;
    if (signbit(x))
        *p++ = '-';
    double ax = fabs(x);
    if (ax == 0.0) {
        strcpy(p, "0x0.0p+0");
        return buf;
    }
    uint64_t bits;
    memcpy(&bits, &ax, sizeof bits);
    int bexp = (int)(bits >> 52);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int lead, e;
    if (bexp == 0) { /* subnormal: 0x0.<frac>p-1022 */
        lead = 0;
        e = -1022;
    } else {
        lead = 1;
        e = bexp - 1023;
    }
    sprintf(p, "0x%d.%013llxp%+d", lead, (unsigned long long)frac, e);
    return buf;
}

int gp_float_fromhex(const char *s, size_t n, double *out)
{
    size_t i = 0, j = n;
    while (i < j && num_isspace((unsigned char)s[i]))
        i++;
    while (j > i && num_isspace((unsigned char)s[j - 1]))
        j--;
    if (memchr(s + i, '\0', j - i))
        return -1;
    int neg = 0;
    size_t k = i;
    if (k < j && (s[k] == '+' || s[k] == '-'))
        neg = s[k++] == '-';
    size_t rem = j - k;
    if ((rem == 3 && strncasecmp(s + k, "inf", 3) == 0) ||
        (rem == 8 && strncasecmp(s + k, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (rem == 3 && strncasecmp(s + k, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (rem >= 2 && s[k] == '0' && (s[k + 1] == 'x' || s[k + 1] == 'X'))
        k += 2;
    /* [hex*][.hex*] with at least one hex digit, then optional p[+-]dec+ */
    size_t m = k;
    int nh = 0;
    while (m < j && isxdigit((unsigned char)s[m]))
        m++, nh++;
    if (m < j && s[m] == '.') {
        m++;
        while (m < j && isxdigit((unsigned char)s[m]))
            m++, nh++;
    }
    if (nh == 0)
        return -1;
    if (m < j && (s[m] == 'p' || s[m] == 'P')) {
        m++;
        if (m < j && (s[m] == '+' || s[m] == '-'))
            m++;
        if (m >= j || !isdigit((unsigned char)s[m]))
            return -1;
        while (m < j && isdigit((unsigned char)s[m]))
            m++;
    }
    if (m != j)
        return -1;
    /* glibc's strtod reads C99 hex floats, correctly rounded */
    size_t len = j - k;
    char *t = malloc(len + 8);
    if (!t)
        return -1;
    size_t tl = 0;
    t[tl++] = '0';
    t[tl++] = 'x';
    memcpy(t + tl, s + k, len);
    tl += len;
    t[tl] = '\0';
    errno = 0;
    double v = strtod(t, NULL);
    int err = errno;
    free(t);
    if (isinf(v) && err == ERANGE)
        return -2;
    *out = neg ? -v : v;
    return 0;
}

/* ---- text -> float ---------------------------------------------------------- */

/* digits with single underscores between digits; returns end or NULL if no
 * digit at p.  Copies the digits to *w. */
static const char *scan_digits(const char *p, const char *end, char **w)
{
    if (p >= end || !isdigit((unsigned char)*p))
        return NULL;
    while (p < end) {
        if (isdigit((unsigned char)*p)) {
            *(*w)++ = *p++;
        } else if (*p == '_' && p + 1 < end && isdigit((unsigned char)p[1])) {
            p++;
        } else {
            break;
        }
    }
    return p;
}

int gp_parse_float(const char *s, size_t n, double *out)
{
    const char *p = s, *end = s + n;
    while (p < end && num_isspace((unsigned char)*p))
        p++;
    while (end > p && num_isspace((unsigned char)end[-1]))
        end--;
    if (p == end)
        return -1;
    int neg = 0;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    size_t rem = (size_t)(end - p);
    if ((rem == 3 && strncasecmp(p, "inf", 3) == 0) ||
        (rem == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (rem == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    char sbuf[128];
    char *buf = rem + 4 <= sizeof sbuf ? sbuf : malloc(rem + 4);
    if (!buf)
        return -1;
    char *w = buf;
    if (neg)
        *w++ = '-';
    const char *q = scan_digits(p, end, &w);
    int have_int = q != NULL;
    if (!q)
        q = p;
    int have_frac = 0;
    if (q < end && *q == '.') {
        *w++ = '.';
        q++;
        const char *r = scan_digits(q, end, &w);
        if (r) {
            have_frac = 1;
            q = r;
        }
    }
    int ok = have_int || have_frac;
    if (ok && q < end && (*q == 'e' || *q == 'E')) {
        *w++ = 'e';
        q++;
        if (q < end && (*q == '+' || *q == '-'))
            *w++ = *q++;
        const char *r = scan_digits(q, end, &w);
        if (!r)
            ok = 0;
        else
            q = r;
    }
    if (q != end)
        ok = 0;
    if (ok) {
        *w = '\0';
        *out = strtod(buf, NULL);
    }
    if (buf != sbuf)
        free(buf);
    return ok ? 0 : -1;
}

/* ---- text -> int ------------------------------------------------------------ */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

int gp_int_text_normalize(const char *s, size_t n, int base, char *digits_out,
                          int *negative, int *base_out)
{
    if (base != 0 && (base < 2 || base > 36))
        return -2;
    const char *p = s, *end = s + n;
    while (p < end && num_isspace((unsigned char)*p))
        p++;
    while (end > p && num_isspace((unsigned char)end[-1]))
        end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    int b = base;
    int prefixed = 0;
    if (end - p >= 2 && p[0] == '0') {
        int c = tolower((unsigned char)p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            prefixed = 1;
            p += 2;
        }
    }
    if (b == 0)
        b = 10;
    /* after a prefix one underscore may come before the first digit */
    if (prefixed && p < end && *p == '_')
        p++;
    if (p >= end)
        return -1;
    char *w = digits_out;
    int prev_us = 1; /* forbid a leading underscore */
    int nonzero_seen = 0, any = 0;
    int first_zero = 0;
    for (; p < end; p++) {
        int c = (unsigned char)*p;
        if (c == '_') {
            if (prev_us)
                return -1;
            prev_us = 1;
            continue;
        }
        int v = digit_value(c);
        if (v >= b)
            return -1;
        prev_us = 0;
        if (!any)
            first_zero = v == 0;
        any = 1;
        if (v != 0 || nonzero_seen) {
            nonzero_seen = 1;
            *w++ = (char)tolower(c);
        }
    }
    if (prev_us || !any)
        return -1;
    /* base 0 without prefix: "010" is an error, "000" / "0_0" is zero */
    if (base == 0 && !prefixed && first_zero && nonzero_seen)
        return -1;
    if (!nonzero_seen)
        *w++ = '0';
    *w = '\0';
    *negative = neg;
    *base_out = b;
    return 0;
}
