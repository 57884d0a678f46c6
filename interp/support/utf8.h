/* utf8.h - UTF-8 helpers for gilpy's str (UTF-8 text + code-point count).
 *
 * Internal representation: UTF-8 in which lone surrogates U+D800..U+DFFF
 * are allowed and encoded as ordinary 3-byte sequences (ED A0..BF xx), the
 * way "surrogatepass" would write them.  Decoders here assume such valid
 * input; gp_utf8_check/gp_utf8_validate are the strict entry points for
 * untrusted bytes.
 *
 * The whole-string transforms and predicates reproduce CPython 3.11's str
 * methods exactly (full case mappings, Final_Sigma, empty-string rules).
 */
#ifndef GP_SUPPORT_UTF8_H
#define GP_SUPPORT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* ---- one code point ----------------------------------------------------- */

/* Decode the code point starting at s[*i] and advance *i past it.
 * Assumes valid internal UTF-8 and *i < n. */
static inline uint32_t gp_utf8_decode(const char *s, size_t n, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    uint32_t c = p[0];
    (void)n;
    if (c < 0x80) {
        *i += 1;
        return c;
    }
    if (c < 0xE0) {
        *i += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *i += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *i += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Decode the code point that ends just before s[*i] and move *i back to its
 * first byte.  Assumes valid internal UTF-8 and *i > 0. */
static inline uint32_t gp_utf8_decode_prev(const char *s, size_t *i)
{
    size_t j = *i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    *i = j;
    size_t k = j;
    return gp_utf8_decode(s, 0, &k);
}

/* Number of bytes gp_utf8_encode writes for cp (1..4). */
static inline int gp_utf8_cplen(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Encode cp (0..0x10FFFF, surrogates included) into out; return 1..4. */
static inline int gp_utf8_encode(uint32_t cp, char out[4])
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ---- validation ----------------------------------------------------------- */

typedef struct {
    size_t start;        /* byte offset of the offending sequence          */
    size_t end;          /* one past its maximal valid prefix (CPython's
                            UnicodeDecodeError.end)                          */
    const char *reason;  /* "invalid start byte", "invalid continuation
                            byte" or "unexpected end of data"               */
} gp_utf8_error;

/* Check s[0..n) as UTF-8.  Strict (bytes.decode('utf-8')) when
 * allow_surrogates is 0; with 1, ED A0..BF xx (encoded surrogates) is also
 * accepted (the internal representation).  Returns 1 if valid (and sets
 * *ncodepoints if non-NULL), else 0 and fills *err (if non-NULL) with the
 * first error exactly as CPython reports it (start, end, reason); on error
 * *ncodepoints (if non-NULL) is the number of code points before err.start.
 * To resume after an error handler, continue from err.end. */
int gp_utf8_check(const char *s, size_t n, int allow_surrogates,
                  size_t *ncodepoints, gp_utf8_error *err);

/* Strict UTF-8 validation.  Returns 1 if valid (sets *ncodepoints), else 0
 * and sets *error_pos to the byte offset of the first invalid sequence.
 * Either out pointer may be NULL. */
int gp_utf8_validate(const char *s, size_t n, size_t *ncodepoints, size_t *error_pos);

/* ---- counting / indexing (valid internal UTF-8) -------------------------- */

/* Number of code points in s[0..n). */
size_t gp_utf8_count(const char *s, size_t n);

/* Byte offset of the index-th code point (index == count gives n; an index
 * beyond the end returns n). */
size_t gp_utf8_offset(const char *s, size_t n, size_t index);

/* 1 if every byte is < 0x80 (str.isascii; '' is ASCII). */
int gp_utf8_isascii(const char *s, size_t n);

/* Final_Sigma over UTF-8: s[i] starts a U+03A3; return U+03C2 if it is at a
 * word end in CPython's sense, else U+03C3.  (See gp_uni_lower_sigma.) */
uint32_t gp_utf8_lower_sigma(const char *s, size_t n, size_t i);

/* ---- whole-string case transforms --------------------------------------- */

typedef enum {
    GP_CASE_LOWER,      /* str.lower      (full mappings + Final_Sigma)       */
    GP_CASE_UPPER,      /* str.upper                                          */
    GP_CASE_CASEFOLD,   /* str.casefold                                       */
    GP_CASE_TITLE,      /* str.title                                          */
    GP_CASE_CAPITALIZE, /* str.capitalize (first titlecased, rest lowered)    */
    GP_CASE_SWAPCASE    /* str.swapcase                                       */
} gp_case_op;

/* Apply op to the valid internal UTF-8 s[0..n).  On success *out is a
 * malloc'd NUL-terminated UTF-8 buffer (caller frees), the return value is
 * its length in bytes, and *out_ncp (if non-NULL) its code-point count.
 * On allocation failure returns (size_t)-1 and sets *out = NULL. */
size_t gp_utf8_case(gp_case_op op, const char *s, size_t n, char **out, size_t *out_ncp);

size_t gp_utf8_lower(const char *s, size_t n, char **out);
size_t gp_utf8_upper(const char *s, size_t n, char **out);
size_t gp_utf8_casefold(const char *s, size_t n, char **out);
size_t gp_utf8_title(const char *s, size_t n, char **out);
size_t gp_utf8_capitalize(const char *s, size_t n, char **out);
size_t gp_utf8_swapcase(const char *s, size_t n, char **out);

/* ---- whole-string predicates (1/0), CPython 3.11 str.isX semantics ------ */
/* ''.isX() is False for all of these except isprintable and isascii.     */
int gp_utf8_isalpha(const char *s, size_t n);
int gp_utf8_isdecimal(const char *s, size_t n);
int gp_utf8_isdigit(const char *s, size_t n);
int gp_utf8_isnumeric(const char *s, size_t n);
int gp_utf8_isalnum(const char *s, size_t n);
int gp_utf8_isspace(const char *s, size_t n);
int gp_utf8_islower(const char *s, size_t n);   /* no upper/title, >=1 lower */
int gp_utf8_isupper(const char *s, size_t n);   /* no lower/title, >=1 upper */
int gp_utf8_istitle(const char *s, size_t n);
int gp_utf8_isprintable(const char *s, size_t n); /* '' -> True */
int gp_utf8_isidentifier(const char *s, size_t n); /* (XID_Start|'_') XID_Continue* */

#endif /* GP_SUPPORT_UTF8_H */
