/* fmtspec.c - format-spec mini-language parser and layout (see fmtspec.h). */
#include "support/fmtspec.h"
#include "support/numfmt.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char tl_msg[96];

/* ---- tiny UTF-8 helpers (valid input assumed) ---------------------------- */

static size_t u8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static uint32_t u8_decode(const char *s, size_t n, size_t *used)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t L = u8_len(p[0]);
    if (L > n)
        L = 1;
    *used = L;
    switch (L) {
    case 1: return p[0];
    case 2: return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3: return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
        return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
               ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
}

static int u8_encode(uint32_t cp, char *o)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ---- parsing ---------------------------------------------------------------- */

static int is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Read a run of decimal digits at spec[*pos]; returns 1 if any, -1 on
 * overflow, 0 if none. */
static int read_number(const char *spec, size_t n, size_t *pos, long *val)
{
    size_t i = *pos;
    long v = 0;
    int any = 0;
    while (i < n && spec[i] >= '0' && spec[i] <= '9') {
        int d = spec[i] - '0';
        if (v > (LONG_MAX - d) / 10)
            return -1;
        v = v * 10 + d;
        i++;
        any = 1;
    }
    *pos = i;
    if (any)
        *val = v;
    return any;
}

int gp_fmtspec_parse(const char *spec, size_t n, GpFormatSpec *out, const char **errmsg)
{
    GpFormatSpec f;
    f.fill = ' ';
    f.align = 0;
    f.sign = 0;
    f.no_neg_zero = 0;
    f.alternate = 0;
    f.zero_pad = 0;
    f.fill_specified = 0;
    f.width = -1;
    f.grouping = 0;
    f.precision = -1;
    f.type = 0;
    f.type_cp = 0;
    *errmsg = NULL;

    size_t pos = 0;
    if (n > 0) {
        size_t L;
        uint32_t cp = u8_decode(spec, n, &L);
        if (L < n && is_align(spec[L])) {
            f.fill = cp;
            f.fill_specified = 1;
            f.align = spec[L];
            pos = L + 1;
        } else if (is_align(spec[0])) {
            f.align = spec[0];
            pos = 1;
        }
    }
    if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        f.sign = spec[pos++];
    if (pos < n && spec[pos] == 'z') {
        f.no_neg_zero = 1;
        pos++;
    }
    if (pos < n && spec[pos] == '#') {
        f.alternate = 1;
        pos++;
    }
    if (pos < n && spec[pos] == '0' && !f.fill_specified) {
        f.zero_pad = 1;
        f.fill = '0';
        pos++;
    }
    int r = read_number(spec, n, &pos, &f.width);
    if (r < 0) {
        *errmsg = "Too many decimal digits in format string";
        return GP_FMT_EMSG;
    }
    if (pos < n && spec[pos] == ',') {
        f.grouping = ',';
        pos++;
    }
    if (pos < n && spec[pos] == '_') {
        if (f.grouping) {
            *errmsg = "Cannot specify both ',' and '_'.";
            return GP_FMT_EMSG;
        }
        f.grouping = '_';
        pos++;
    }
    if (pos < n && spec[pos] == ',' && f.grouping == '_') {
        *errmsg = "Cannot specify both ',' and '_'.";
        return GP_FMT_EMSG;
    }
    if (pos < n && spec[pos] == '.') {
        pos++;
        r = read_number(spec, n, &pos, &f.precision);
        if (r < 0) {
            *errmsg = "Too many decimal digits in format string";
            return GP_FMT_EMSG;
        }
        if (r == 0) {
            *errmsg = "Format specifier missing precision";
            return GP_FMT_EMSG;
        }
    }
    if (pos < n) {
        size_t L;
        uint32_t cp = u8_decode(spec + pos, n - pos, &L);
        if (pos + L != n) {
            *errmsg = "Invalid format specifier";
            return GP_FMT_EINVALID;
        }
        f.type_cp = cp;
        f.type = cp < 0x80 ? (char)cp : (char)0x7f;
    }
    if (f.grouping) {
        int ok;
        switch (f.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            ok = 1;
            break;
        case 'b': case 'o': case 'x': case 'X':
            ok = f.grouping == '_';
            break;
        default:
            ok = 0;
        }
        if (!ok) {
            if (f.type_cp < 0x80) {
                snprintf(tl_msg, sizeof tl_msg, "Cannot specify '%c' with '%c'.",
                         f.grouping, (char)f.type_cp);
            } else {
                char u[5] = {0};
                u8_encode(f.type_cp, u);
                snprintf(tl_msg, sizeof tl_msg, "Cannot specify '%c' with '%s'.",
                         f.grouping, u);
            }
            *errmsg = tl_msg;
            return GP_FMT_EMSG;
        }
    }
    *out = f;
    return GP_FMT_OK;
}

char gp_fmtspec_align(const GpFormatSpec *spec, char default_align)
{
    if (spec->align)
        return spec->align;
    if (spec->zero_pad && default_align == '>')
        return '=';
    return default_align;
}

/* ---- grouping --------------------------------------------------------------- */

size_t gp_fmt_apply_grouping(const char *digits, size_t nd, char sep, int group,
                             size_t min_width, char *out)
{
    if (!sep) {
        size_t len = nd > min_width ? nd : min_width;
        if (out) {
            memset(out, '0', len - nd);
            memcpy(out + (len - nd), digits, nd);
        }
        return len;
    }
    if (nd == 0 && min_width == 0)
        return 0;
    /* First pass: how many characters.  Groups are emitted right to left; a
     * group is `group` chars unless fewer digits and less width remain (at
     * least one char); a separator goes between groups while digits or
     * width remain. */
    size_t total = 0;
    {
        long rem = (long)nd, mw = (long)min_width;
        for (;;) {
            long l = rem > mw ? rem : mw;
            if (l < 1)
                l = 1;
            if (l > group)
                l = group;
            total += (size_t)l;
            rem -= l < rem ? l : rem;
            mw -= l;
            if (rem <= 0 && mw <= 0)
                break;
            total += 1;
            mw -= 1;
        }
    }
    if (!out)
        return total;
    /* Second pass: write from the end. */
    char *w = out + total;
    long rem = (long)nd, mw = (long)min_width;
    const char *d = digits + nd;
    for (;;) {
        long l = rem > mw ? rem : mw;
        if (l < 1)
            l = 1;
        if (l > group)
            l = group;
        long take = l < rem ? l : rem;
        for (long i = 0; i < take; i++)
            *--w = *--d;
        for (long i = take; i < l; i++)
            *--w = '0';
        rem -= take;
        mw -= l;
        if (rem <= 0 && mw <= 0)
            break;
        *--w = sep;
        mw -= 1;
    }
    return total;
}

/* ---- padding ---------------------------------------------------------------- */

int gp_fmt_pad(const char *body, size_t blen, size_t body_cps,
               const char *sign_prefix, const GpFormatSpec *spec,
               char default_align, char **out, size_t *outlen)
{
    size_t plen = sign_prefix ? strlen(sign_prefix) : 0;
    size_t cps = plen + body_cps;
    size_t pad = (spec->width > 0 && (size_t)spec->width > cps) ? (size_t)spec->width - cps : 0;
    char fb[4];
    int fl = u8_encode(spec->fill, fb);
    char align = gp_fmtspec_align(spec, default_align);
    size_t left = 0, right = 0, mid = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    size_t total = plen + blen + pad * (size_t)fl;
    char *o = malloc(total + 1);
    if (!o)
        return GP_FMT_ENOMEM;
    char *w = o;
#define PUTFILL(k)                                                   \
    do {                                                             \
        if (fl == 1) {                                               \
            memset(w, fb[0], (k));                                   \
            w += (k);                                                \
        } else {                                                     \
            for (size_t i_ = 0; i_ < (k); i_++, w += fl)             \
                memcpy(w, fb, (size_t)fl);                           \
        }                                                            \
    } while (0)
    PUTFILL(left);
    memcpy(w, sign_prefix ? sign_prefix : "", plen);
    w += plen;
    PUTFILL(mid);
    memcpy(w, body, blen);
    w += blen;
    PUTFILL(right);
#undef PUTFILL
    *w = '\0';
    *out = o;
    *outlen = total;
    return GP_FMT_OK;
}

/* Numbers: [sign][prefix][digit run][rest].  When the fill is '0' with '='
 * alignment the digit run itself is zero-filled (and grouped) to the width,
 * as CPython does; otherwise the grouped number is padded normally. */
static int layout_number(const char *sign_prefix, const char *run, size_t nrun,
                         const char *rest, size_t nrest, char sep, int group,
                         const GpFormatSpec *spec, char **out, size_t *outlen)
{
    size_t plen = strlen(sign_prefix);
    size_t minw = 0;
    if (spec->fill == '0' && gp_fmtspec_align(spec, '>') == '=' && spec->width > 0) {
        size_t other = plen + nrest;
        if ((size_t)spec->width > other)
            minw = (size_t)spec->width - other;
    }
    size_t glen = gp_fmt_apply_grouping(run, nrun, sep, group, minw, NULL);
    char *body = malloc(glen + nrest + 1);
    if (!body)
        return GP_FMT_ENOMEM;
    gp_fmt_apply_grouping(run, nrun, sep, group, minw, body);
    memcpy(body + glen, rest, nrest);
    size_t blen = glen + nrest;
    body[blen] = '\0';
    int rc = gp_fmt_pad(body, blen, blen, sign_prefix, spec, '>', out, outlen);
    free(body);
    return rc;
}

/* ---- float ------------------------------------------------------------------ */

int gp_format_double(double x, const GpFormatSpec *spec, char **out, size_t *outlen,
                     const char **errmsg)
{
    *errmsg = NULL;
    char type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
        break;
    default:
        return GP_FMT_EUNKNOWN;
    }
    if (spec->precision > INT_MAX) {
        *errmsg = "precision too big";
        return GP_FMT_EMSG;
    }
    int flags = 0;
    if (spec->alternate)
        flags |= GP_FF_ALT;
    if (spec->no_neg_zero)
        flags |= GP_FF_NO_NEG0;
    if (spec->sign == '+')
        flags |= GP_FF_SIGN;
    else if (spec->sign == ' ')
        flags |= GP_FF_SPACE;
    size_t len;
    char *txt = gp_float_format_alloc(x, type == 'n' ? 'g' : type,
                                       (int)spec->precision, flags, &len);
    if (!txt)
        return GP_FMT_ENOMEM;
    /* split: sign, digit run, rest */
    size_t sl = (len > 0 && (txt[0] == '-' || txt[0] == '+' || txt[0] == ' ')) ? 1 : 0;
    char sign_prefix[2] = {sl ? txt[0] : 0, 0};
    int rc;
    if (len > sl && (txt[sl] == 'i' || txt[sl] == 'n' || txt[sl] == 'I' || txt[sl] == 'N')) {
        /* inf / nan (also x*100 overflowing for '%'): no grouping */
        rc = gp_fmt_pad(txt + sl, len - sl, len - sl, sign_prefix, spec, '>', out, outlen);
    } else {
        size_t i = sl;
        while (i < len && txt[i] >= '0' && txt[i] <= '9')
            i++;
        char sep = type == 'n' ? 0 : spec->grouping;
        rc = layout_number(sign_prefix, txt + sl, i - sl, txt + i, len - i, sep, 3,
                           spec, out, outlen);
    }
    free(txt);
    return rc;
}

/* ---- int -------------------------------------------------------------------- */

int gp_fmtspec_int_base(const GpFormatSpec *spec)
{
    switch (spec->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'd': case 'n': case 0: return 10;
    case 'c': return 0;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return -1;
    default:
        return GP_FMT_EUNKNOWN;
    }
}

int gp_format_int_digits(const char *digits, size_t nd, int negative,
                         const GpFormatSpec *spec, char **out, size_t *outlen,
                         const char **errmsg)
{
    *errmsg = NULL;
    int base = gp_fmtspec_int_base(spec);
    if (base < 0)
        return GP_FMT_EUNKNOWN;
    if (spec->precision >= 0) {
        *errmsg = "Precision not allowed in integer format specifier";
        return GP_FMT_EMSG;
    }
    if (spec->no_neg_zero) {
        *errmsg = "Negative zero coercion (z) not allowed in integer format specifier";
        return GP_FMT_EMSG;
    }
    if (base == 0) {
        if (spec->sign) {
            *errmsg = "Sign not allowed with integer format specifier 'c'";
            return GP_FMT_EMSG;
        }
        if (spec->alternate) {
            *errmsg = "Alternate form (#) not allowed with integer format specifier 'c'";
            return GP_FMT_EMSG;
        }
        /* the character is laid out like a number but is one code point */
        size_t cps = 0;
        for (size_t i = 0; i < nd; i++)
            cps += ((unsigned char)digits[i] & 0xC0) != 0x80;
        return gp_fmt_pad(digits, nd, cps, "", spec, '>', out, outlen);
    }
    char prefix[8];
    size_t pl = 0;
    if (negative)
        prefix[pl++] = '-';
    else if (spec->sign == '+')
        prefix[pl++] = '+';
    else if (spec->sign == ' ')
        prefix[pl++] = ' ';
    if (spec->alternate && base != 10) {
        prefix[pl++] = '0';
        prefix[pl++] = spec->type; /* b o x X */
    }
    prefix[pl] = '\0';
    const char *run = digits;
    char *upper = NULL;
    if (spec->type == 'X') {
        upper = malloc(nd + 1);
        if (!upper)
            return GP_FMT_ENOMEM;
        for (size_t i = 0; i < nd; i++)
            upper[i] = (char)toupper((unsigned char)digits[i]);
        run = upper;
    }
    char sep = spec->type == 'n' ? 0 : spec->grouping;
    int group = base == 10 ? 3 : 4;
    int rc = layout_number(prefix, run, nd, "", 0, sep, group, spec, out, outlen);
    free(upper);
    return rc;
}

/* ---- str -------------------------------------------------------------------- */

int gp_format_str(const char *s, size_t n, size_t ncps, const GpFormatSpec *spec,
                  char **out, size_t *outlen, const char **errmsg)
{
    *errmsg = NULL;
    if (spec->type != 0 && spec->type != 's')
        return GP_FMT_EUNKNOWN;
    if (spec->grouping) {
        /* str's default type is 's', which takes no grouping */
        snprintf(tl_msg, sizeof tl_msg, "Cannot specify '%c' with 's'.", spec->grouping);
        *errmsg = tl_msg;
        return GP_FMT_EMSG;
    }
    if (spec->sign) {
        *errmsg = "Sign not allowed in string format specifier";
        return GP_FMT_EMSG;
    }
    if (spec->no_neg_zero) {
        *errmsg = "Negative zero coercion (z) not allowed in string format specifier";
        return GP_FMT_EMSG;
    }
    if (spec->alternate) {
        *errmsg = "Alternate form (#) not allowed in string format specifier";
        return GP_FMT_EMSG;
    }
    if (spec->align == '=') {
        *errmsg = "'=' alignment not allowed in string format specifier";
        return GP_FMT_EMSG;
    }
    if (spec->precision >= 0 && (size_t)spec->precision < ncps) {
        size_t i = 0;
        for (long k = 0; k < spec->precision; k++)
            i += u8_len((unsigned char)s[i]);
        n = i;
        ncps = (size_t)spec->precision;
    }
    return gp_fmt_pad(s, n, ncps, "", spec, '<', out, outlen);
}
