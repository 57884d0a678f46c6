/* utf8.c - UTF-8 validation, counting, indexing, and CPython-exact case
 * transforms / predicates over whole strings.  See utf8.h. */
#include "support/utf8.h"
#include "support/unicodedb.h"

#include <stdlib.h>
#include <string.h>

#define HIGH_BITS 0x8080808080808080ULL

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* ---- validation --------------------------------------------------------- */

int gp_utf8_check(const char *s, size_t n, int allow_surrogates,
                  size_t *ncodepoints, gp_utf8_error *err)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, count = 0;
    const char *reason;
    size_t end;

    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            /* ASCII run: 8 bytes at a time, then the tail. */
            while (i + 8 <= n && !(load64(p + i) & HIGH_BITS)) {
                i += 8;
                count += 8;
            }
            while (i < n && p[i] < 0x80) {
                i++;
                count++;
            }
            continue;
        }
        size_t len;
        unsigned lo = 0x80, hi = 0xBF;   /* range of the second byte */
        if (c < 0xC2) {
            reason = "invalid start byte";
            end = i + 1;
            goto fail;
        } else if (c < 0xE0) {
            len = 2;
        } else if (c < 0xF0) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED && !allow_surrogates)
                hi = 0x9F;
        } else if (c < 0xF5) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            reason = "invalid start byte";
            end = i + 1;
            goto fail;
        }
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n) {
                reason = "unexpected end of data";
                end = n;
                goto fail;
            }
            unsigned b = p[i + k];
            if (k > 1) {
                lo = 0x80;
                hi = 0xBF;
            }
            if (b < lo || b > hi) {
                reason = "invalid continuation byte";
                end = i + k;
                goto fail;
            }
        }
        i += len;
        count++;
    }
    if (ncodepoints)
        *ncodepoints = count;
    return 1;

fail:
    if (ncodepoints)
        *ncodepoints = count;
    if (err) {
        err->start = i;
        err->end = end;
        err->reason = reason;
    }
    return 0;
}

int gp_utf8_validate(const char *s, size_t n, size_t *ncodepoints, size_t *error_pos)
{
    gp_utf8_error e;
    if (gp_utf8_check(s, n, 0, ncodepoints, &e))
        return 1;
    if (error_pos)
        *error_pos = e.start;
    return 0;
}

/* ---- counting / indexing ----------------------------------------------- */

size_t gp_utf8_count(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, cont = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w = load64(p + i);
        /* continuation byte: bit 7 set, bit 6 clear */
        uint64_t m = w & ~(w << 1) & HIGH_BITS;
        cont += (size_t)__builtin_popcountll(m);
    }
    for (; i < n; i++)
        cont += (p[i] & 0xC0) == 0x80;
    return n - cont;
}

size_t gp_utf8_offset(const char *s, size_t n, size_t index)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (index > 0 && i < n) {
        if (index >= 8 && i + 8 <= n && !(load64(p + i) & HIGH_BITS)) {
            i += 8;
            index -= 8;
            continue;
        }
        unsigned c = p[i];
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        index--;
    }
    return i < n ? i : n;
}

int gp_utf8_isascii(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        if (load64(p + i) & HIGH_BITS)
            return 0;
    for (; i < n; i++)
        if (p[i] & 0x80)
            return 0;
    return 1;
}

/* ---- Final_Sigma -------------------------------------------------------- */

uint32_t gp_utf8_lower_sigma(const char *s, size_t n, size_t i)
{
    size_t j = i;
    uint32_t c = 0;
    int found = 0;
    while (j > 0) {
        c = gp_utf8_decode_prev(s, &j);
        if (!gp_uni_iscaseignorable(c)) {
            found = 1;
            break;
        }
    }
    if (!found || !gp_uni_iscased(c))
        return 0x3C3;
    j = i;
    gp_utf8_decode(s, n, &j);       /* skip the sigma itself */
    while (j < n) {
        c = gp_utf8_decode(s, n, &j);
        if (!gp_uni_iscaseignorable(c))
            return gp_uni_iscased(c) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

/* ---- case transforms ---------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap, ncp;
} obuf;

static int ob_reserve(obuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap * 2;
    if (cap < b->len + extra + 1)
        cap = b->len + extra + 1;
    char *nb = realloc(b->buf, cap);
    if (!nb)
        return 0;
    b->buf = nb;
    b->cap = cap;
    return 1;
}

static inline void ob_put(obuf *b, uint32_t cp)
{
    b->len += (size_t)gp_utf8_encode(cp, b->buf + b->len);
    b->ncp++;
}

/* Lowercase of the code point at byte offset at, with Final_Sigma. */
static inline int lower_ctx(const char *s, size_t n, size_t at, uint32_t cp, uint32_t out[3])
{
    if (cp == 0x3A3) {
        out[0] = gp_utf8_lower_sigma(s, n, at);
        return 1;
    }
    return gp_uni_to_lower_full(cp, out);
}

size_t gp_utf8_case(gp_case_op op, const char *s, size_t n, char **out, size_t *out_ncp)
{
    obuf b = {0};
    b.cap = n + n / 4 + 16;
    b.buf = malloc(b.cap);
    if (!b.buf)
        goto nomem;

    int prev_cased = 0;          /* title */
    size_t i = 0;
    while (i < n) {
        unsigned char a = (unsigned char)s[i];
        if (a < 0x80) {
            /* ASCII: mappings stay ASCII and 1:1 (cap reserved >= n+1). */
            if (!ob_reserve(&b, 1))
                goto nomem;
            unsigned char r = a;
            int up = a >= 'A' && a <= 'Z', lo = a >= 'a' && a <= 'z';
            switch (op) {
            case GP_CASE_LOWER:
            case GP_CASE_CASEFOLD:
                if (up) r = a + 32;
                break;
            case GP_CASE_UPPER:
                if (lo) r = a - 32;
                break;
            case GP_CASE_SWAPCASE:
                if (up) r = a + 32;
                else if (lo) r = a - 32;
                break;
            case GP_CASE_TITLE:
                if (prev_cased) {
                    if (up) r = a + 32;
                } else if (lo) {
                    r = a - 32;
                }
                prev_cased = up || lo;
                break;
            case GP_CASE_CAPITALIZE:
                if (i == 0) {
                    if (lo) r = a - 32;
                } else if (up) {
                    r = a + 32;
                }
                break;
            }
            b.buf[b.len++] = (char)r;
            b.ncp++;
            i++;
            continue;
        }
        size_t at = i;
        uint32_t cp = gp_utf8_decode(s, n, &i);
        uint32_t m[3];
        int k;
        switch (op) {
        case GP_CASE_LOWER:
            k = lower_ctx(s, n, at, cp, m);
            break;
        case GP_CASE_UPPER:
            k = gp_uni_to_upper_full(cp, m);
            break;
        case GP_CASE_CASEFOLD:
            k = gp_uni_to_fold_full(cp, m);
            break;
        case GP_CASE_SWAPCASE:
            if (gp_uni_isupper(cp))
                k = lower_ctx(s, n, at, cp, m);
            else if (gp_uni_islower(cp))
                k = gp_uni_to_upper_full(cp, m);
            else {
                m[0] = cp;
                k = 1;
            }
            break;
        case GP_CASE_TITLE:
            if (prev_cased)
                k = lower_ctx(s, n, at, cp, m);
            else
                k = gp_uni_to_title_full(cp, m);
            prev_cased = gp_uni_iscased(cp);
            break;
        case GP_CASE_CAPITALIZE:
        default:
            if (at == 0)
                k = gp_uni_to_title_full(cp, m);
            else
                k = lower_ctx(s, n, at, cp, m);
            break;
        }
        if (!ob_reserve(&b, 12))
            goto nomem;
        for (int t = 0; t < k; t++)
            ob_put(&b, m[t]);
    }
    b.buf[b.len] = '\0';
    *out = b.buf;
    if (out_ncp)
        *out_ncp = b.ncp;
    return b.len;

nomem:
    free(b.buf);
    *out = NULL;
    if (out_ncp)
        *out_ncp = 0;
    return (size_t)-1;
}

size_t gp_utf8_lower(const char *s, size_t n, char **out)
{
    return gp_utf8_case(GP_CASE_LOWER, s, n, out, NULL);
}
size_t gp_utf8_upper(const char *s, size_t n, char **out)
{
    return gp_utf8_case(GP_CASE_UPPER, s, n, out, NULL);
}
size_t gp_utf8_casefold(const char *s, size_t n, char **out)
{
    return gp_utf8_case(GP_CASE_CASEFOLD, s, n, out, NULL);
}
size_t gp_utf8_title(const char *s, size_t n, char **out)
{
    return gp_utf8_case(GP_CASE_TITLE, s, n, out, NULL);
}
size_t gp_utf8_capitalize(const char *s, size_t n, char **out)
{
    return gp_utf8_case(GP_CASE_CAPITALIZE, s, n, out, NULL);
}
size_t gp_utf8_swapcase(const char *s, size_t n, char **out)
{
    return gp_utf8_case(GP_CASE_SWAPCASE, s, n, out, NULL);
}

/* ---- predicates --------------------------------------------------------- */

/* 1 if n > 0 and every code point has flag. */
static int all_have(const char *s, size_t n, unsigned flag)
{
    if (n == 0)
        return 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp = gp_utf8_decode(s, n, &i);
        if (!(gp_uni_flags(cp) & flag))
            return 0;
    }
    return 1;
}

int gp_utf8_isalpha(const char *s, size_t n)   { return all_have(s, n, GP_UNI_ALPHA); }
int gp_utf8_isdecimal(const char *s, size_t n) { return all_have(s, n, GP_UNI_DECIMAL); }
int gp_utf8_isdigit(const char *s, size_t n)   { return all_have(s, n, GP_UNI_DIGIT); }
int gp_utf8_isnumeric(const char *s, size_t n) { return all_have(s, n, GP_UNI_NUMERIC); }
int gp_utf8_isalnum(const char *s, size_t n)   { return all_have(s, n, GP_UNI_ALNUM); }
int gp_utf8_isspace(const char *s, size_t n)   { return all_have(s, n, GP_UNI_SPACE); }

int gp_utf8_isprintable(const char *s, size_t n)
{
    return n == 0 || all_have(s, n, GP_UNI_PRINTABLE);
}

int gp_utf8_islower(const char *s, size_t n)
{
    int cased = 0;
    size_t i = 0;
    while (i < n) {
        unsigned f = gp_uni_flags(gp_utf8_decode(s, n, &i));
        if (f & (GP_UNI_UPPER | GP_UNI_TITLE))
            return 0;
        if (f & GP_UNI_LOWER)
            cased = 1;
    }
    return cased;
}

int gp_utf8_isupper(const char *s, size_t n)
{
    int cased = 0;
    size_t i = 0;
    while (i < n) {
        unsigned f = gp_uni_flags(gp_utf8_decode(s, n, &i));
        if (f & (GP_UNI_LOWER | GP_UNI_TITLE))
            return 0;
        if (f & GP_UNI_UPPER)
            cased = 1;
    }
    return cased;
}

int gp_utf8_istitle(const char *s, size_t n)
{
    int cased = 0, prev_cased = 0;
    size_t i = 0;
    while (i < n) {
        unsigned f = gp_uni_flags(gp_utf8_decode(s, n, &i));
        if (f & (GP_UNI_UPPER | GP_UNI_TITLE)) {
            if (prev_cased)
                return 0;
            prev_cased = cased = 1;
        } else if (f & GP_UNI_LOWER) {
            if (!prev_cased)
                return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return cased;
}

int gp_utf8_isidentifier(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    size_t i = 0;
    uint32_t cp = gp_utf8_decode(s, n, &i);
    if (cp != '_' && !gp_uni_isxid_start(cp))
        return 0;
    while (i < n) {
        cp = gp_utf8_decode(s, n, &i);
        if (!gp_uni_isxid_continue(cp))
            return 0;
    }
    return 1;
}
