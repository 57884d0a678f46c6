/* unicodedb.c - accessors over the generated Unicode tables (unicodedb_data.c).
 * See unicodedb.h for the contract. */
#include "support/unicodedb.h"
#include "support/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double gp_uni_numeric_value(uint32_t cp)
{
    const gp_uni_record *r = gp_uni_rec(cp);
    if (r->numeric == 0xFFFF)
        return -1.0;
    return gp_uni_numeric_values[r->numeric];
}

const char *gp_uni_category(uint32_t cp)
{
    return gp_uni_category_names[gp_uni_rec(cp)->category];
}

/* Shared body of the four full mappings: which selects the record field. */
static inline int map_full(uint32_t cp, int32_t field, unsigned flags, uint32_t out[3])
{
    if (!(flags & GP_UNI_EXTCASE)) {
        out[0] = (uint32_t)((int32_t)cp + field);
        return 1;
    }
    const uint32_t *p = &gp_uni_special_case[field];
    int n = (int)p[0];
    for (int k = 0; k < n; k++)
        out[k] = p[1 + k];
    return n;
}

int gp_uni_to_lower_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->lower, r->flags, out);
}

int gp_uni_to_upper_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->upper, r->flags, out);
}

int gp_uni_to_title_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->title, r->flags, out);
}

int gp_uni_to_fold_full(uint32_t cp, uint32_t out[3])
{
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const gp_uni_record *r = gp_uni_rec(cp);
    return map_full(cp, r->fold, r->flags, out);
}

uint32_t gp_uni_lower_sigma(const uint32_t *s, size_t n, size_t i)
{
    size_t j = i;
    while (j > 0) {
        uint32_t c = s[j - 1];
        if (!gp_uni_iscaseignorable(c))
            break;
        j--;
    }
    if (j == 0 || !gp_uni_iscased(s[j - 1]))
        return 0x3C3;
    j = i + 1;
    while (j < n && gp_uni_iscaseignorable(s[j]))
        j++;
    if (j < n && gp_uni_iscased(s[j]))
        return 0x3C3;
    return 0x3C2;
}

/* ==== unicodedata properties ============================================== */


static inline uint32_t decomp_index(uint32_t cp)
{
    if (cp > GP_UNI_MAX)
        return 0;
    uint32_t blk = gp_uni_decomp_index1[cp >> GP_UNI_DECOMP_SHIFT];
    return gp_uni_decomp_index2[(blk << GP_UNI_DECOMP_SHIFT) | (cp & ((1u << GP_UNI_DECOMP_SHIFT) - 1))];
}

int gp_uni_decomposition(uint32_t cp, uint32_t out[GP_UNI_DECOMP_MAX], const char **tag)
{
    uint32_t i = decomp_index(cp);
    if (!i) {
        if (tag)
            *tag = "";
        return 0;
    }
    uint32_t head = gp_uni_decomp_data[i];
    int n = (int)(head & 0xFF);
    if (tag)
        *tag = gp_uni_decomp_tags[head >> 8];
    for (int k = 0; k < n; k++)
        out[k] = gp_uni_decomp_data[i + 1 + k];
    return n;
}

size_t gp_uni_decomposition_str(uint32_t cp, char *buf, size_t bufsize)
{
    uint32_t d[GP_UNI_DECOMP_MAX];
    const char *tag;
    int n = gp_uni_decomposition(cp, d, &tag);
    size_t len = 0;
    if (bufsize == 0)
        return 0;
    buf[0] = '\0';
    if (n == 0)
        return 0;
    char tmp[16];
    size_t tl = strlen(tag);
    if (tl) {
        if (tl + 1 >= bufsize)
            return 0;
        memcpy(buf, tag, tl);
        len = tl;
    }
    for (int k = 0; k < n; k++) {
        static const char hex[] = "0123456789ABCDEF";
        int nd = d[k] > 0xFFFF ? (d[k] > 0xFFFFF ? 6 : 5) : 4;
        size_t t = 0;
        if (len)
            tmp[t++] = ' ';
        for (int s = nd - 1; s >= 0; s--)
            tmp[t++] = hex[(d[k] >> (4 * s)) & 15];
        if (len + t + 1 > bufsize)
            return 0;
        memcpy(buf + len, tmp, t);
        len += t;
    }
    buf[len] = '\0';
    return len;
}

/* ==== normalization ======================================================== */

#define SBASE 0xAC00u
#define LBASE 0x1100u
#define VBASE 0x1161u
#define TBASE 0x11A7u
#define LCOUNT 19u
#define VCOUNT 21u
#define TCOUNT 28u
#define NCOUNT (VCOUNT * TCOUNT)
#define SCOUNT (LCOUNT * NCOUNT)

int gp_uni_nform_parse(const char *s, size_t len)
{
    static const char *const names[] = { "NFC", "NFD", "NFKC", "NFKD" };
    for (int k = 0; k < 4; k++)
        if (strlen(names[k]) == len && memcmp(names[k], s, len) == 0)
            return k;
    return -1;
}

typedef struct {
    uint32_t *p;
    size_t n, cap;
} cpbuf;

static int cb_put(cpbuf *b, uint32_t c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        uint32_t *np = realloc(b->p, cap * sizeof *np);
        if (!np)
            return -1;
        b->p = np;
        b->cap = cap;
    }
    b->p[b->n++] = c;
    return 0;
}

static int decompose_into(cpbuf *b, uint32_t cp, int compat)
{
    if (cp - SBASE < SCOUNT) {
        uint32_t s = cp - SBASE;
        if (cb_put(b, LBASE + s / NCOUNT) < 0 || cb_put(b, VBASE + (s % NCOUNT) / TCOUNT) < 0)
            return -1;
        if (s % TCOUNT && cb_put(b, TBASE + s % TCOUNT) < 0)
            return -1;
        return 0;
    }
    uint32_t i = decomp_index(cp);
    if (i) {
        uint32_t head = gp_uni_decomp_data[i];
        if ((head >> 8) == 0 || compat) {
            uint32_t n = head & 0xFF;
            for (uint32_t k = 0; k < n; k++)
                if (decompose_into(b, gp_uni_decomp_data[i + 1 + k], compat) < 0)
                    return -1;
            return 0;
        }
    }
    return cb_put(b, cp);
}

static int compose_pair(uint32_t a, uint32_t b, uint32_t *out)
{
    if (a - LBASE < LCOUNT && b - VBASE < VCOUNT) {
        *out = SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
        return 1;
    }
    if (a - SBASE < SCOUNT && (a - SBASE) % TCOUNT == 0 && b - TBASE - 1 < TCOUNT - 1) {
        *out = a + (b - TBASE);
        return 1;
    }
    size_t lo = 0, hi = gp_uni_comp_npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const gp_uni_comp_pair *p = &gp_uni_comp_pairs[mid];
        if (p->first < a || (p->first == a && p->second < b))
            lo = mid + 1;
        else if (p->first == a && p->second == b) {
            *out = p->composite;
            return 1;
        } else
            hi = mid;
    }
    return 0;
}

static unsigned qc_flag(gp_uni_nform form)
{
    switch (form) {
    case GP_UNI_NFC: return GP_UNI_UCD_QC_NFC;
    case GP_UNI_NFD: return GP_UNI_UCD_QC_NFD;
    case GP_UNI_NFKC: return GP_UNI_UCD_QC_NFKC;
    default: return GP_UNI_UCD_QC_NFKD;
    }
}

/* 1 if every code point is stable in the form (so the text is normalized);
 * 0 means "maybe". */
static int quick_check(gp_uni_nform form, const uint32_t *in, size_t n)
{
    unsigned f = qc_flag(form);
    for (size_t i = 0; i < n; i++)
        if (in[i] >= 0x80 && !(gp_uni_ucd(in[i])->flags & f))
            return 0;
    return 1;
}

int gp_uni_normalize(gp_uni_nform form, const uint32_t *in, size_t n,
                     uint32_t **out, size_t *outn)
{
    cpbuf b = { NULL, 0, 0 };
    int compat = form == GP_UNI_NFKC || form == GP_UNI_NFKD;
    int compose = form == GP_UNI_NFC || form == GP_UNI_NFKC;
    if (quick_check(form, in, n)) {
        b.p = malloc((n ? n : 1) * sizeof *b.p);
        if (!b.p)
            return -1;
        if (n)
            memcpy(b.p, in, n * sizeof *in);
        *out = b.p;
        *outn = n;
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (decompose_into(&b, in[i], compat) < 0)
            goto oom;
    /* canonical ordering: stable sort of each run of non-starters */
    for (size_t i = 0; i < b.n;) {
        if (gp_uni_combining(b.p[i]) == 0) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b.n && gp_uni_combining(b.p[j]) != 0)
            j++;
        for (size_t k = i + 1; k < j; k++) {
            uint32_t c = b.p[k];
            int cc = gp_uni_combining(c);
            size_t m = k;
            while (m > i && gp_uni_combining(b.p[m - 1]) > cc) {
                b.p[m] = b.p[m - 1];
                m--;
            }
            b.p[m] = c;
        }
        i = j;
    }
    if (compose && b.n > 0) {
        size_t r = 1, st = 0;
        int have_starter = gp_uni_combining(b.p[0]) == 0;
        int last_cc = have_starter ? 0 : 256;
        for (size_t i = 1; i < b.n; i++) {
            uint32_t c = b.p[i];
            int cc = gp_uni_combining(c);
            uint32_t comp;
            if (have_starter && (r - 1 == st || (last_cc != 0 && last_cc < cc)) &&
                (gp_uni_ucd(c)->flags & GP_UNI_UCD_COMP_SECOND) &&
                compose_pair(b.p[st], c, &comp)) {
                b.p[st] = comp;
                continue;
            }
            if (cc == 0) {
                st = r;
                have_starter = 1;
            }
            last_cc = cc;
            b.p[r++] = c;
        }
        b.n = r;
    }
    if (!b.p && !(b.p = malloc(sizeof *b.p)))
        return -1;
    *out = b.p;
    *outn = b.n;
    return 0;
oom:
    free(b.p);
    return -1;
}

int gp_uni_is_normalized(gp_uni_nform form, const uint32_t *in, size_t n)
{
    if (quick_check(form, in, n))
        return 1;
    uint32_t *o;
    size_t on;
    if (gp_uni_normalize(form, in, n, &o, &on) < 0)
        return -1;
    int same = on == n && memcmp(o, in, n * sizeof *in) == 0;
    free(o);
    return same;
}

static uint32_t *utf8_to_cps(const char *s, size_t len, size_t *n)
{
    uint32_t *p = malloc((len ? len : 1) * sizeof *p);
    if (!p)
        return NULL;
    size_t i = 0, k = 0;
    while (i < len)
        p[k++] = gp_utf8_decode(s, len, &i);
    *n = k;
    return p;
}

static int utf8_quick(gp_uni_nform form, const char *s, size_t len)
{
    unsigned f = qc_flag(form);
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t c = gp_utf8_decode(s, len, &i);
        if (!(gp_uni_ucd(c)->flags & f))
            return 0;
    }
    return 1;
}

char *gp_uni_normalize_utf8(gp_uni_nform form, const char *s, size_t len,
                            size_t *outlen, size_t *outncp)
{
    char *r;
    if (utf8_quick(form, s, len)) {
        r = malloc(len + 1);
        if (!r)
            return NULL;
        memcpy(r, s, len);
        r[len] = '\0';
        *outlen = len;
        if (outncp)
            *outncp = gp_utf8_count(s, len);
        return r;
    }
    size_t n, on;
    uint32_t *cps = utf8_to_cps(s, len, &n), *o;
    if (!cps)
        return NULL;
    int rc = gp_uni_normalize(form, cps, n, &o, &on);
    free(cps);
    if (rc < 0)
        return NULL;
    r = malloc(on * 4 + 1);
    if (!r) {
        free(o);
        return NULL;
    }
    size_t bl = 0;
    for (size_t k = 0; k < on; k++)
        bl += (size_t)gp_utf8_encode(o[k], r + bl);
    r[bl] = '\0';
    free(o);
    *outlen = bl;
    if (outncp)
        *outncp = on;
    return r;
}

int gp_uni_utf8_is_normalized(gp_uni_nform form, const char *s, size_t len)
{
    if (utf8_quick(form, s, len))
        return 1;
    size_t n;
    uint32_t *cps = utf8_to_cps(s, len, &n);
    if (!cps)
        return -1;
    int rc = gp_uni_is_normalized(form, cps, n);
    free(cps);
    return rc;
}

/* ==== character names ====================================================== */
/* Tables in unicodedb_names.c; their layout is described in gen_names() of
 * gen_unicodedb.py. */
extern const unsigned gp_uni_name_lead, gp_uni_name_n1, gp_uni_name_nchars,
    gp_uni_name_naliases, gp_uni_name_nseqs, gp_uni_name_nentries,
    gp_uni_name_nruns, gp_uni_name_nlex, gp_uni_cjk_nranges;
extern const uint8_t gp_uni_lexicon[], gp_uni_phrasebook[];
extern const uint32_t gp_uni_lex_offsets[], gp_uni_name_offsets[],
    gp_uni_name_run_start[], gp_uni_alias_cp[], gp_uni_seq_data[];
extern const uint16_t gp_uni_name_run_len[], gp_uni_name_run_ord[],
    gp_uni_name_sorted[], gp_uni_seq_offsets[];
extern const uint32_t gp_uni_cjk_ranges[][2];

enum { TOK_END = 0, TOK_HYPHEN = 1, TOK_HEXSELF = 2, TOK_LEX = 3 };

static const char *const jamo_l[LCOUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
    "C", "K", "T", "P", "H" };
static const char *const jamo_v[VCOUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
    "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
static const char *const jamo_t[TCOUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
    "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
    "P", "H" };

static int is_cjk_unified(uint32_t cp)
{
    for (unsigned k = 0; k < gp_uni_cjk_nranges; k++)
        if (cp >= gp_uni_cjk_ranges[k][0] && cp <= gp_uni_cjk_ranges[k][1])
            return 1;
    return 0;
}

static const uint8_t *lex_word(unsigned idx)
{
    const uint8_t *p = gp_uni_lexicon + gp_uni_lex_offsets[idx / GP_UNI_NAME_LEX_STEP];
    for (unsigned k = idx % GP_UNI_NAME_LEX_STEP; k; k--)
        while (!(*p++ & 0x80))
            ;
    return p;
}

/* Write the name of entry ord (cp: its code point, for HEXSELF) to buf,
 * which has room for GP_UNI_NAME_MAXLEN bytes; return the length. */
static size_t render_entry(unsigned ord, uint32_t cp, char *buf)
{
    const uint8_t *p = gp_uni_phrasebook + gp_uni_name_offsets[ord / GP_UNI_NAME_BOOK_STEP];
    for (unsigned k = ord % GP_UNI_NAME_BOOK_STEP; k; k--) {
        unsigned b;
        while ((b = *p++) != TOK_END)
            if (b >= gp_uni_name_lead)
                p++;
    }
    size_t n = 0;
    int prev = -1;
    unsigned b;
    while ((b = *p++) != TOK_END) {
        if (b == TOK_HYPHEN) {
            buf[n++] = '-';
            prev = TOK_HYPHEN;
            continue;
        }
        if (prev >= 0 && prev != TOK_HYPHEN)
            buf[n++] = ' ';
        prev = (int)b;
        if (b == TOK_HEXSELF) {
            static const char hex[] = "0123456789ABCDEF";
            int nd = cp > 0xFFFF ? (cp > 0xFFFFF ? 6 : 5) : 4;
            for (int s = nd - 1; s >= 0; s--)
                buf[n++] = hex[(cp >> (4 * s)) & 15];
            continue;
        }
        unsigned idx = b - TOK_LEX;
        if (b >= gp_uni_name_lead)
            idx = gp_uni_name_n1 + ((b - gp_uni_name_lead) << 8 | *p++);
        const uint8_t *w = lex_word(idx);
        do
            buf[n++] = (char)(*w & 0x7F);
        while (!(*w++ & 0x80));
    }
    buf[n] = '\0';
    return n;
}

/* code point of a character entry (ord < gp_uni_name_nchars) */
static uint32_t entry_cp(unsigned ord)
{
    size_t lo = 0, hi = gp_uni_name_nruns;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (gp_uni_name_run_ord[mid] <= ord)
            lo = mid;
        else
            hi = mid;
    }
    return gp_uni_name_run_start[lo] + (ord - gp_uni_name_run_ord[lo]);
}

static uint32_t entry_hexcp(unsigned ord)
{
    return ord < gp_uni_name_nchars ? entry_cp(ord) : 0;
}

int gp_uni_name(uint32_t cp, char *buf, size_t bufsize)
{
    char tmp[GP_UNI_NAME_MAXLEN];
    size_t n = 0;
    if (cp - SBASE < SCOUNT) {
        uint32_t s = cp - SBASE;
        n = (size_t)snprintf(tmp, sizeof tmp, "HANGUL SYLLABLE %s%s%s", jamo_l[s / NCOUNT],
                             jamo_v[(s % NCOUNT) / TCOUNT], jamo_t[s % TCOUNT]);
    } else if (is_cjk_unified(cp)) {
        n = (size_t)snprintf(tmp, sizeof tmp, "CJK UNIFIED IDEOGRAPH-%04X", (unsigned)cp);
    } else {
        if (gp_uni_name_nruns == 0 || cp < gp_uni_name_run_start[0] || cp > GP_UNI_MAX)
            return 0;
        size_t lo = 0, hi = gp_uni_name_nruns;
        while (hi - lo > 1) {
            size_t mid = (lo + hi) / 2;
            if (gp_uni_name_run_start[mid] <= cp)
                lo = mid;
            else
                hi = mid;
        }
        uint32_t off = cp - gp_uni_name_run_start[lo];
        if (off >= gp_uni_name_run_len[lo])
            return 0;
        n = render_entry(gp_uni_name_run_ord[lo] + off, cp, tmp);
    }
    if (n == 0 || n + 1 > bufsize)
        return 0;
    memcpy(buf, tmp, n + 1);
    return (int)n;
}

/* Longest jamo short name of the table that prefixes s[0..n). */
static int jamo_match(const char *const *tab, unsigned count, const char *s, size_t n, size_t *used)
{
    int best = -1;
    size_t bestlen = 0;
    for (unsigned k = 0; k < count; k++) {
        size_t l = strlen(tab[k]);
        if (l <= n && (best < 0 || l > bestlen) && memcmp(s, tab[k], l) == 0) {
            best = (int)k;
            bestlen = l;
        }
    }
    *used = bestlen;
    return best;
}

/* 0: not found; else the number of code points written to out. */
static int lookup(const char *name, size_t len, uint32_t out[GP_UNI_SEQ_MAX], int with_seq)
{
    if (len > 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0) {
        const char *s = name + 16;
        size_t n = len - 16, u;
        int l = jamo_match(jamo_l, LCOUNT, s, n, &u);
        s += u, n -= u;
        int v = jamo_match(jamo_v, VCOUNT, s, n, &u);
        s += u, n -= u;
        int t = jamo_match(jamo_t, TCOUNT, s, n, &u);
        n -= u;
        if (l < 0 || v < 0 || t < 0 || n != 0)
            return 0;
        out[0] = SBASE + ((uint32_t)l * VCOUNT + (uint32_t)v) * TCOUNT + (uint32_t)t;
        return 1;
    }
    if (len > 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        size_t n = len - 22;
        uint32_t v = 0;
        if (n != 4 && n != 5)
            return 0;
        for (size_t k = 22; k < len; k++) {
            char c = name[k];
            if (c >= '0' && c <= '9')
                v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'A' && c <= 'F')
                v = v * 16 + (uint32_t)(c - 'A' + 10);
            else
                return 0;
        }
        if (!is_cjk_unified(v))
            return 0;
        out[0] = v;
        return 1;
    }
    char key[GP_UNI_NAME_MAXLEN], cand[GP_UNI_NAME_MAXLEN];
    if (len == 0 || len >= GP_UNI_NAME_MAXLEN)
        return 0;
    for (size_t k = 0; k < len; k++) {
        char c = name[k];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (c == '\0' || (unsigned char)c >= 0x80)
            return 0;
        key[k] = c;
    }
    key[len] = '\0';
    size_t lo = 0, hi = gp_uni_name_nentries;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        unsigned ord = gp_uni_name_sorted[mid];
        render_entry(ord, entry_hexcp(ord), cand);
        int c = strcmp(cand, key);
        if (c < 0) {
            lo = mid + 1;
        } else if (c > 0) {
            hi = mid;
        } else {
            if (ord < gp_uni_name_nchars) {
                out[0] = entry_cp(ord);
                return 1;
            }
            ord -= gp_uni_name_nchars;
            if (ord < gp_uni_name_naliases) {
                out[0] = gp_uni_alias_cp[ord];
                return 1;
            }
            ord -= gp_uni_name_naliases;
            if (!with_seq)
                return 0;
            const uint32_t *p = &gp_uni_seq_data[gp_uni_seq_offsets[ord]];
            int cnt = (int)p[0];
            for (int k = 0; k < cnt && k < GP_UNI_SEQ_MAX; k++)
                out[k] = p[1 + k];
            return cnt;
        }
    }
    return 0;
}

int gp_uni_lookup_name(const char *name, size_t len, uint32_t *cp)
{
    uint32_t out[GP_UNI_SEQ_MAX];
    if (lookup(name, len, out, 0) != 1)
        return 0;
    *cp = out[0];
    return 1;
}

int gp_uni_lookup_name_seq(const char *name, size_t len, uint32_t out[GP_UNI_SEQ_MAX])
{
    return lookup(name, len, out, 1);
}
