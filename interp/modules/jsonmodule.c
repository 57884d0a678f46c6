/* jsonmodule.c -- _json: the C accelerator behind the json package.
 *
 * Provides what json/decoder.py, json/scanner.py and json/encoder.py
 * optionally import (each falls back to pure Python when this module is
 * missing):
 *
 *   scanstring(s, end, strict=True) -> (str, end)
 *       decode the body of a JSON string whose opening quote is at end-1.
 *   encode_basestring(s), encode_basestring_ascii(s)
 *       a str as a quoted JSON string literal.
 *   make_scanner(context)   (the type _json.Scanner)
 *       scanner(string, idx) -> (value, end); StopIteration(idx) when no
 *       JSON value starts at idx. Hooks and strictness come from a
 *       JSONDecoder-like context object.
 *   make_encoder(markers, default, encoder, indent, key_separator,
 *                item_separator, sort_keys, skipkeys, allow_nan)
 *       (the type _json.Encoder) encoder(obj, level) -> [text].
 *
 * Positions. gilpy's str is UTF-8 with a code-point count, while every
 * position JSON exposes (idx, end, JSONDecodeError.pos) counts code points.
 * The scanner works on byte offsets throughout and converts only at the
 * boundary: the incoming idx through the string's code-point index, and the
 * returned end (or an error position) by counting the code points of the
 * bytes consumed -- each byte that is not a UTF-8 continuation byte starts
 * one. ASCII text (the common case) skips both conversions. Every position
 * the scanner can report sits on an ASCII character (a quote, a backslash,
 * a delimiter, the start of a token) or at the end of the text, so a byte
 * offset always names the start of a character.
 *
 * Semantics follow CPython 3.11's accelerator, which is what `json` observes
 * there: the same error messages and positions (the Python caller turns
 * StopIteration(idx) into "Expecting value"), StopIteration propagating out
 * of nested values, object keys shared through a memo dict during one call,
 * container snapshots when encoding dicts, list items read live. One
 * extension: a str `indent` is honoured by the encoder (CPython 3.11 ignores
 * it in C and lets json.encoder run the Python encoder for indented output;
 * json.encoder here sends indented one-shot encodes to C too -- the output
 * is the same).
 */
#include <string.h>
#include <math.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"
#include "support/utf8.h"
#include "support/numfmt.h"

/* json.decoder.JSONDecodeError, imported on the first error (json.decoder
 * imports this module, so it cannot be fetched at init time). */
static GpObject *json_decode_error;

/* Code points in p[0..n): bytes that do not continue a UTF-8 sequence. */
static gp_ssize count_cp(const char *p, gp_ssize n)
{
    gp_ssize c = 0;
    const unsigned char *u = (const unsigned char *)p;
    for (gp_ssize i = 0; i < n; i++)
        c += (u[i] & 0xC0) != 0x80;
    return c;
}

/* The code-point index of byte offset b of the str s. */
static gp_ssize byte_to_cp(GpObject *s, gp_ssize b)
{
    if (GP_STR_IS_ASCII(s))
        return b;
    return count_cp(GP_STR_DATA(s), b);
}

static GpObject *int_of(gp_ssize v) { return gp_int_from_ssize(v); }

/* Raise JSONDecodeError(msg, s, pos) with pos a byte offset into s. */
static void raise_errmsg(const char *msg, GpObject *s, gp_ssize bytepos)
{
    if (!json_decode_error) {
        GpObject *mod = gp_import("json.decoder");
        if (!mod)
            return;
        json_decode_error = gp_getattr_str(mod, "JSONDecodeError");   /* kept forever */
        GP_DECREF(mod);
        if (!json_decode_error)
            return;
    }
    GpObject *m = gp_str_from_cstr(msg);
    GpObject *pos = m ? int_of(byte_to_cp(s, bytepos)) : NULL;
    if (!pos) {
        GP_XDECREF(m);
        return;
    }
    GpObject *args[3] = { m, s, pos };
    GpObject *exc = gp_call(json_decode_error, args, 3, NULL);
    GP_DECREF(m);
    GP_DECREF(pos);
    if (exc)
        gp_err_set_object(GP_TYPE(exc), exc);
    GP_XDECREF(exc);
}

static void raise_stop(GpObject *s, gp_ssize bytepos)
{
    GpObject *v = int_of(byte_to_cp(s, bytepos));
    if (!v)
        return;
    GpObject *exc = gp_call1((GpObject *)&GpExc_StopIteration, v);
    GP_DECREF(v);
    if (exc)
        gp_err_set_object(GP_TYPE(exc), exc);
    GP_XDECREF(exc);
}

/* ======================================================================
 * A growable UTF-8 buffer that tracks its code-point count
 * ====================================================================== */

typedef struct {
    char *buf;
    gp_ssize len, cap;
    gp_ssize ncp;
    int nonascii;
    char small[256];   /* most decoded strings (keys, short values) fit */
} JBuf;

static void jb_init(JBuf *b)
{
    b->buf = b->small;
    b->len = 0;
    b->cap = (gp_ssize)sizeof b->small;
    b->ncp = 0;
    b->nonascii = 0;
}

static void jb_free(JBuf *b)
{
    if (b->buf != b->small)
        gp_mem_free(b->buf);
    b->buf = b->small;
}

static int jb_grow(JBuf *b, gp_ssize extra)
{
    gp_ssize need = b->len + extra;
    if (need <= b->cap)
        return 0;
    gp_ssize cap = b->cap * 2;
    while (cap < need)
        cap *= 2;
    char *nb;
    if (b->buf == b->small) {
        nb = gp_mem_malloc((size_t)cap);
        if (nb)
            memcpy(nb, b->buf, (size_t)b->len);
    } else {
        nb = gp_mem_realloc(b->buf, (size_t)cap);
    }
    if (!nb) {
        gp_err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

/* Append ASCII text. */
static inline int jb_ascii(JBuf *b, const char *s, gp_ssize n)
{
    if (b->len + n > b->cap && jb_grow(b, n) < 0)
        return -1;
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
    b->ncp += n;
    return 0;
}

static inline int jb_char(JBuf *b, char c)
{
    if (b->len + 1 > b->cap && jb_grow(b, 1) < 0)
        return -1;
    b->buf[b->len++] = c;
    b->ncp++;
    return 0;
}

/* Append UTF-8 bytes holding ncp code points. */
static inline int jb_utf8(JBuf *b, const char *s, gp_ssize n, gp_ssize ncp)
{
    if (b->len + n > b->cap && jb_grow(b, n) < 0)
        return -1;
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
    b->ncp += ncp;
    if (n != ncp)
        b->nonascii = 1;
    return 0;
}

static int jb_str(JBuf *b, GpObject *s)
{
    return jb_utf8(b, GP_STR_DATA(s), GP_STR_NBYTES(s), GP_STR_LEN(s));
}

static int jb_cp(JBuf *b, uint32_t cp)
{
    if (b->len + 4 > b->cap && jb_grow(b, 4) < 0)
        return -1;
    b->len += gp_utf8_encode(cp, b->buf + b->len);
    b->ncp++;
    if (cp >= 0x80)
        b->nonascii = 1;
    return 0;
}

static GpObject *jb_finish(JBuf *b)
{
    GpObject *r = gp_str_from_utf8_trusted(b->buf, b->len, b->ncp, !b->nonascii);
    jb_free(b);
    return r;
}

/* ======================================================================
 * Decoding
 * ====================================================================== */

/* stop_strict[c]: byte c ends a run of literal string characters in strict
 * mode (quote, backslash, control characters); stop_lax: quote, backslash. */
static unsigned char stop_strict[256], stop_lax[256];

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits at p[0..4): the value, or -1. */
static int hex4(const char *p)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval((unsigned char)p[k]);
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

/* Decode a JSON string body starting at byte `end` (just after the opening
 * quote) of the str s; *next receives the byte offset after the closing
 * quote. */
static GpObject *scan_string(GpObject *s, gp_ssize end, int strict, gp_ssize *next)
{
    const char *p = GP_STR_DATA(s);
    gp_ssize n = GP_STR_NBYTES(s);
    int ascii = GP_STR_IS_ASCII(s);
    const unsigned char *stop = strict ? stop_strict : stop_lax;
    gp_ssize begin = end - 1;
    gp_ssize j = end;
    while (j < n && !stop[(unsigned char)p[j]])
        j++;
    if (j < n && p[j] == '"') {          /* no escapes: one slice */
        gp_ssize len = j - end;
        *next = j + 1;
        if (ascii)
            return gp_str_from_utf8_trusted(p + end, len, len, 1);
        gp_ssize ncp = count_cp(p + end, len);
        return gp_str_from_utf8_trusted(p + end, len, ncp, ncp == len);
    }
    JBuf b;
    jb_init(&b);
    for (;;) {
        /* p[end..j) is literal text; p[j] is a stop byte or j == n */
        if (j > end &&
            jb_utf8(&b, p + end, j - end, ascii ? j - end : count_cp(p + end, j - end)) < 0)
            goto fail;
        if (j >= n) {
            raise_errmsg("Unterminated string starting at", s, begin);
            goto fail;
        }
        unsigned char c = (unsigned char)p[j];
        if (c == '"') {
            *next = j + 1;
            return jb_finish(&b);
        }
        if (c != '\\') {
            raise_errmsg("Invalid control character at", s, j);
            goto fail;
        }
        /* an escape: the backslash is at j */
        if (j + 1 >= n) {
            raise_errmsg("Unterminated string starting at", s, begin);
            goto fail;
        }
        c = (unsigned char)p[j + 1];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                raise_errmsg("Invalid \\escape", s, j);
                goto fail;
            }
            if (jb_char(&b, out) < 0)
                goto fail;
            end = j + 2;
        } else {
            /* \uXXXX: 'u' at j+1, digits at j+2..j+6 */
            gp_ssize upos = j + 1;
            if (j + 6 >= n) {
                raise_errmsg("Invalid \\uXXXX escape", s, upos);
                goto fail;
            }
            int cp = hex4(p + j + 2);
            if (cp < 0) {
                raise_errmsg("Invalid \\uXXXX escape", s, upos);
                goto fail;
            }
            end = j + 6;
            /* a high surrogate followed by an escaped low one makes one
             * code point (a text end right after the pair does not count:
             * it would be unterminated anyway) */
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < n &&
                p[end] == '\\' && p[end + 1] == 'u') {
                int cp2 = hex4(p + end + 2);
                if (cp2 < 0) {
                    raise_errmsg("Invalid \\uXXXX escape", s, end + 1);
                    goto fail;
                }
                if (cp2 >= 0xDC00 && cp2 <= 0xDFFF) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (cp2 - 0xDC00));
                    end += 6;
                }
            }
            if (jb_cp(&b, (uint32_t)cp) < 0)
                goto fail;
        }
        j = end;
        while (j < n && !stop[(unsigned char)p[j]])
            j++;
    }
fail:
    jb_free(&b);
    return NULL;
}

/* ---- the Scanner type ---------------------------------------------------- */

typedef struct {
    GpObject ob;
    char strict;
    GpObject *object_hook;
    GpObject *object_pairs_hook;
    GpObject *parse_float;
    GpObject *parse_int;
    GpObject *parse_constant;
    GpObject *memo;          /* dict: key text -> the key str shared by equal keys */
} Scanner;

extern GpType GpJsonScanner_Type, GpJsonEncoder_Type;

/* One parse: the text, its bytes and the scanner. */
typedef struct {
    Scanner *sc;
    GpObject *s;
    const char *p;
    gp_ssize n;
} Parse;

static inline gp_ssize skip_ws(const char *p, gp_ssize n, gp_ssize i)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    return i;
}

static GpObject *scan_once(Parse *ps, gp_ssize idx, gp_ssize *next);

/* The shared key object equal to key (steals key; new ref). */
static GpObject *memo_key(Parse *ps, GpObject *key)
{
    GpObject *k = gp_dict_setdefault(ps->sc->memo, key, key);
    if (!k) {
        GP_DECREF(key);
        return NULL;
    }
    GP_INCREF(k);
    GP_DECREF(key);
    return k;
}

static GpObject *parse_object(Parse *ps, gp_ssize idx, gp_ssize *next)
{
    const char *p = ps->p;
    gp_ssize n = ps->n;
    Scanner *sc = ps->sc;
    int use_pairs = sc->object_pairs_hook != gp_None;
    GpObject *acc = use_pairs ? gp_list_new(0) : gp_dict_new();
    if (!acc)
        return NULL;
    idx = skip_ws(p, n, idx);
    if (idx >= n || p[idx] != '}') {
        for (;;) {
            if (idx >= n || p[idx] != '"') {
                raise_errmsg("Expecting property name enclosed in double quotes", ps->s, idx);
                goto fail;
            }
            gp_ssize after;
            GpObject *key = scan_string(ps->s, idx + 1, sc->strict, &after);
            if (!key)
                goto fail;
            key = memo_key(ps, key);
            if (!key)
                goto fail;
            idx = skip_ws(p, n, after);
            if (idx >= n || p[idx] != ':') {
                GP_DECREF(key);
                raise_errmsg("Expecting ':' delimiter", ps->s, idx);
                goto fail;
            }
            idx = skip_ws(p, n, idx + 1);
            GpObject *val = scan_once(ps, idx, &after);
            if (!val) {
                GP_DECREF(key);
                goto fail;
            }
            int rc;
            if (use_pairs) {
                GpObject *t = gp_tuple_new(2);
                if (!t) {
                    GP_DECREF(key);
                    GP_DECREF(val);
                    goto fail;
                }
                GP_TUPLE_SET(t, 0, key);
                GP_TUPLE_SET(t, 1, val);
                rc = gp_list_append(acc, t);
                GP_DECREF(t);
            } else {
                rc = gp_dict_setitem(acc, key, val);
                GP_DECREF(key);
                GP_DECREF(val);
            }
            if (rc < 0)
                goto fail;
            idx = skip_ws(p, n, after);
            if (idx < n && p[idx] == '}')
                break;
            if (idx >= n || p[idx] != ',') {
                raise_errmsg("Expecting ',' delimiter", ps->s, idx);
                goto fail;
            }
            idx = skip_ws(p, n, idx + 1);
        }
    }
    *next = idx + 1;
    if (use_pairs) {
        GpObject *r = gp_call1(sc->object_pairs_hook, acc);
        GP_DECREF(acc);
        return r;
    }
    if (sc->object_hook != gp_None) {
        GpObject *r = gp_call1(sc->object_hook, acc);
        GP_DECREF(acc);
        return r;
    }
    return acc;
fail:
    GP_DECREF(acc);
    return NULL;
}

static GpObject *parse_array(Parse *ps, gp_ssize idx, gp_ssize *next)
{
    const char *p = ps->p;
    gp_ssize n = ps->n;
    GpObject *list = gp_list_new(0);
    if (!list)
        return NULL;
    idx = skip_ws(p, n, idx);
    if (idx >= n || p[idx] != ']') {
        for (;;) {
            gp_ssize after;
            GpObject *val = scan_once(ps, idx, &after);
            if (!val)
                goto fail;
            int rc = gp_list_append(list, val);
            GP_DECREF(val);
            if (rc < 0)
                goto fail;
            idx = skip_ws(p, n, after);
            if (idx < n && p[idx] == ']')
                break;
            if (idx >= n || p[idx] != ',') {
                raise_errmsg("Expecting ',' delimiter", ps->s, idx);
                goto fail;
            }
            idx = skip_ws(p, n, idx + 1);
        }
    }
    *next = idx + 1;
    return list;
fail:
    GP_DECREF(list);
    return NULL;
}

/* Integers of at most this many digits are accumulated in an int64 (10**18
 * < 2**63); longer ones go through int's string conversion, which also
 * applies the int_max_str_digits limit as CPython's json does. */
#define FAST_INT_DIGITS 18

static GpObject *parse_number(Parse *ps, gp_ssize start, gp_ssize *next)
{
    const char *p = ps->p;
    gp_ssize n = ps->n;
    gp_ssize idx = start;
    int is_float = 0;
    if (p[idx] == '-') {
        idx++;
        if (idx >= n) {
            raise_stop(ps->s, start);
            return NULL;
        }
    }
    if (p[idx] >= '1' && p[idx] <= '9') {
        idx++;
        while (idx < n && p[idx] >= '0' && p[idx] <= '9')
            idx++;
    } else if (p[idx] == '0') {
        idx++;
    } else {
        raise_stop(ps->s, start);
        return NULL;
    }
    if (idx + 1 < n && p[idx] == '.' && p[idx + 1] >= '0' && p[idx + 1] <= '9') {
        is_float = 1;
        idx += 2;
        while (idx < n && p[idx] >= '0' && p[idx] <= '9')
            idx++;
    }
    if (idx + 1 < n && (p[idx] == 'e' || p[idx] == 'E')) {
        gp_ssize e = idx + 1;
        if (e + 1 < n && (p[e] == '+' || p[e] == '-'))
            e++;
        gp_ssize d = e;
        while (d < n && p[d] >= '0' && p[d] <= '9')
            d++;
        if (d > e) {
            is_float = 1;
            idx = d;
        }
    }
    *next = idx;
    gp_ssize len = idx - start;
    Scanner *sc = ps->sc;
    GpObject *hook = is_float ? sc->parse_float : sc->parse_int;
    if (hook != (is_float ? (GpObject *)&GpFloat_Type : (GpObject *)&GpInt_Type)) {
        GpObject *text = gp_str_from_utf8_trusted(p + start, len, len, 1);
        if (!text)
            return NULL;
        GpObject *r = gp_call1(hook, text);
        GP_DECREF(text);
        return r;
    }
    if (is_float) {
        double d;
        if (gp_parse_float(p + start, (size_t)len, &d) < 0)
            return gp_err_format(&GpExc_ValueError, "could not convert string to float");
        return gp_float_new(d);
    }
    gp_ssize digits = len - (p[start] == '-');
    if (digits <= FAST_INT_DIGITS) {
        int64_t v = 0;
        for (gp_ssize i = start + (p[start] == '-'); i < idx; i++)
            v = v * 10 + (p[i] - '0');
        return gp_int_from_i64(p[start] == '-' ? -v : v);
    }
    return gp_int_from_string(p + start, len, 10);
}

static GpObject *parse_constant(Parse *ps, const char *name, gp_ssize len, gp_ssize idx,
                                gp_ssize *next)
{
    GpObject *text = gp_str_from_utf8_trusted(name, len, len, 1);
    if (!text)
        return NULL;
    GpObject *r = gp_call1(ps->sc->parse_constant, text);
    GP_DECREF(text);
    *next = idx + len;
    return r;
}

static inline int has_word(Parse *ps, gp_ssize idx, const char *w, gp_ssize len)
{
    return idx + len <= ps->n && memcmp(ps->p + idx, w, (size_t)len) == 0;
}

static GpObject *scan_once(Parse *ps, gp_ssize idx, gp_ssize *next)
{
    if (idx >= ps->n) {
        raise_stop(ps->s, idx);
        return NULL;
    }
    GpObject *r;
    switch (ps->p[idx]) {
    case '"':
        return scan_string(ps->s, idx + 1, ps->sc->strict, next);
    case '{':
        if (gp_enter_recursive_call(" while decoding a JSON object from a unicode string") < 0)
            return NULL;
        r = parse_object(ps, idx + 1, next);
        gp_leave_recursive_call();
        return r;
    case '[':
        if (gp_enter_recursive_call(" while decoding a JSON array from a unicode string") < 0)
            return NULL;
        r = parse_array(ps, idx + 1, next);
        gp_leave_recursive_call();
        return r;
    case 'n':
        if (has_word(ps, idx, "null", 4)) {
            *next = idx + 4;
            GP_RETURN_NONE;
        }
        break;
    case 't':
        if (has_word(ps, idx, "true", 4)) {
            *next = idx + 4;
            GP_RETURN_TRUE;
        }
        break;
    case 'f':
        if (has_word(ps, idx, "false", 5)) {
            *next = idx + 5;
            GP_RETURN_FALSE;
        }
        break;
    case 'N':
        if (has_word(ps, idx, "NaN", 3))
            return parse_constant(ps, "NaN", 3, idx, next);
        break;
    case 'I':
        if (has_word(ps, idx, "Infinity", 8))
            return parse_constant(ps, "Infinity", 8, idx, next);
        break;
    case '-':
        if (has_word(ps, idx, "-Infinity", 9))
            return parse_constant(ps, "-Infinity", 9, idx, next);
        return parse_number(ps, idx, next);
    default:
        if (ps->p[idx] >= '0' && ps->p[idx] <= '9')
            return parse_number(ps, idx, next);
        break;
    }
    raise_stop(ps->s, idx);
    return NULL;
}

/* (value, end) with end converted back to a code-point index. */
static GpObject *pair_with_end(GpObject *s, GpObject *val, gp_ssize start_b, gp_ssize start_cp,
                               gp_ssize end_b)
{
    gp_ssize end_cp = GP_STR_IS_ASCII(s) ? end_b
                    : start_cp + count_cp(GP_STR_DATA(s) + start_b, end_b - start_b);
    GpObject *e = int_of(end_cp);
    if (!e) {
        GP_DECREF(val);
        return NULL;
    }
    GpObject *t = gp_tuple_new(2);
    if (!t) {
        GP_DECREF(val);
        GP_DECREF(e);
        return NULL;
    }
    GP_TUPLE_SET(t, 0, val);
    GP_TUPLE_SET(t, 1, e);
    return t;
}

static GpObject *scanner_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "context", NULL };
    GpObject *a[1];
    if (gp_args_parse("make_scanner", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    GpObject *ctx = a[0];
    Scanner *sc = (Scanner *)gp_type_generic_alloc(type, 0);
    if (!sc)
        return NULL;
    sc->memo = gp_dict_new();
    if (!sc->memo)
        goto fail;
    GpObject *v = gp_getattr_str(ctx, "strict");
    if (!v)
        goto fail;
    int t = gp_is_true(v);
    GP_DECREF(v);
    if (t < 0)
        goto fail;
    sc->strict = (char)t;
    if (!(sc->object_hook = gp_getattr_str(ctx, "object_hook")) ||
        !(sc->object_pairs_hook = gp_getattr_str(ctx, "object_pairs_hook")) ||
        !(sc->parse_float = gp_getattr_str(ctx, "parse_float")) ||
        !(sc->parse_int = gp_getattr_str(ctx, "parse_int")) ||
        !(sc->parse_constant = gp_getattr_str(ctx, "parse_constant")))
        goto fail;
    gp_gc_track((GpObject *)sc);
    return (GpObject *)sc;
fail:
    GP_DECREF(sc);
    return NULL;
}

static int scanner_clear(GpObject *o)
{
    Scanner *sc = (Scanner *)o;
    GP_CLEAR(sc->object_hook);
    GP_CLEAR(sc->object_pairs_hook);
    GP_CLEAR(sc->parse_float);
    GP_CLEAR(sc->parse_int);
    GP_CLEAR(sc->parse_constant);
    GP_CLEAR(sc->memo);
    return 0;
}

static void scanner_dealloc(GpObject *o)
{
    if (gp_gc_is_tracked(o))
        gp_gc_untrack(o);
    scanner_clear(o);
    gp_obj_free(o);
}

static int scanner_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    Scanner *sc = (Scanner *)o;
    GpObject *fields[] = { sc->object_hook, sc->object_pairs_hook, sc->parse_float,
                           sc->parse_int, sc->parse_constant, sc->memo };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static GpObject *scanner_call(GpObject *self, GpObject *const *args, size_t nargsf,
                              GpObject *kwnames)
{
    static const char *const kwlist[] = { "string", "idx", NULL };
    GpObject *a[2];
    if (gp_args_parse("scan_once", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 2, 2, a) < 0)
        return NULL;
    gp_ssize idx = gp_number_as_ssize(a[1], &GpExc_OverflowError);
    if (idx == -1 && gp_err_occurred())
        return NULL;
    GpObject *s = a[0];
    if (!GP_STR_CHECK(s))
        return gp_err_format(&GpExc_TypeError, "first argument must be a string, not %.80s",
                             gp_type_tpname(GP_TYPE(s)));
    if (idx < 0)
        return gp_err_format(&GpExc_ValueError, "idx cannot be negative");
    if (idx >= GP_STR_LEN(s)) {
        GpObject *v = int_of(idx);
        if (v) {
            GpObject *exc = gp_call1((GpObject *)&GpExc_StopIteration, v);
            GP_DECREF(v);
            if (exc)
                gp_err_set_object(GP_TYPE(exc), exc);
            GP_XDECREF(exc);
        }
        return NULL;
    }
    Scanner *sc = (Scanner *)self;
    gp_ssize start_b = GP_STR_IS_ASCII(s) ? idx : gp_str_byte_offset(s, idx);
    Parse ps = { sc, s, GP_STR_DATA(s), GP_STR_NBYTES(s) };
    gp_ssize end_b = 0;
    GpObject *val = scan_once(&ps, start_b, &end_b);
    gp_dict_clear(sc->memo);
    if (!val)
        return NULL;
    return pair_with_end(s, val, start_b, idx, end_b);
}

static const GpMemberDef scanner_members[] = {
    { "strict", GP_T_BOOL, offsetof(Scanner, strict), GP_MEMBER_READONLY, "strict" },
    { "object_hook", GP_T_OBJECT, offsetof(Scanner, object_hook), GP_MEMBER_READONLY, "object_hook" },
    { "object_pairs_hook", GP_T_OBJECT, offsetof(Scanner, object_pairs_hook), GP_MEMBER_READONLY, NULL },
    { "parse_float", GP_T_OBJECT, offsetof(Scanner, parse_float), GP_MEMBER_READONLY, "parse_float" },
    { "parse_int", GP_T_OBJECT, offsetof(Scanner, parse_int), GP_MEMBER_READONLY, "parse_int" },
    { "parse_constant", GP_T_OBJECT, offsetof(Scanner, parse_constant), GP_MEMBER_READONLY, "parse_constant" },
    { NULL },
};

GpType GpJsonScanner_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_json.Scanner",
    .doc = "JSON scanner object",
    .basicsize = sizeof(Scanner),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .getattro = gp_generic_getattr,
    .call = scanner_call,
    .new_ = scanner_new,
    .members = scanner_members,
};

/* scanstring(s, end, strict=True) -> (str, end) */
static GpObject *mod_scanstring(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (kwnames && GP_SIZE(kwnames) > 0)
        return gp_err_format(&GpExc_TypeError, "scanstring() takes no keyword arguments");
    if (nargs < 2 || nargs > 3)
        return gp_err_format(&GpExc_TypeError,
                             nargs < 2 ? "scanstring() takes at least 2 arguments (%zd given)"
                                       : "scanstring() takes at most 3 arguments (%zd given)",
                             (gp_ssize)nargs);
    GpObject *s = args[0];
    gp_ssize end = gp_number_as_ssize(args[1], &GpExc_OverflowError);
    if (end == -1 && gp_err_occurred())
        return NULL;
    int strict = 1;
    if (nargs == 3 && (strict = gp_is_true(args[2])) < 0)
        return NULL;
    if (!GP_STR_CHECK(s))
        return gp_err_format(&GpExc_TypeError, "first argument must be a string, not %.80s",
                             gp_type_tpname(GP_TYPE(s)));
    if (end < 0 || end > GP_STR_LEN(s))
        return gp_err_format(&GpExc_ValueError, "end is out of bounds");
    gp_ssize start_b = GP_STR_IS_ASCII(s) ? end : gp_str_byte_offset(s, end);
    gp_ssize next_b;
    GpObject *r = scan_string(s, start_b, strict, &next_b);
    if (!r)
        return NULL;
    return pair_with_end(s, r, start_b, end, next_b);
}

/* ======================================================================
 * Encoding
 * ====================================================================== */

/* Bytes that encode_basestring_ascii copies as they are: printable ASCII
 * other than '"' and '\\'; encode_basestring also copies DEL and every byte
 * of a non-ASCII character. */
static unsigned char safe_ascii[256], safe_unicode[256];

static const char hexdigits[] = "0123456789abcdef";

/* The escape for an ASCII byte that is not safe: into out, returns length. */
static int escape_ascii_byte(unsigned char c, char *out)
{
    out[0] = '\\';
    switch (c) {
    case '"': out[1] = '"'; return 2;
    case '\\': out[1] = '\\'; return 2;
    case '\b': out[1] = 'b'; return 2;
    case '\f': out[1] = 'f'; return 2;
    case '\n': out[1] = 'n'; return 2;
    case '\r': out[1] = 'r'; return 2;
    case '\t': out[1] = 't'; return 2;
    default:
        out[1] = 'u';
        out[2] = '0';
        out[3] = '0';
        out[4] = hexdigits[c >> 4];
        out[5] = hexdigits[c & 15];
        return 6;
    }
}

static void put_u4(char *o, uint32_t v)
{
    o[0] = '\\';
    o[1] = 'u';
    o[2] = hexdigits[(v >> 12) & 15];
    o[3] = hexdigits[(v >> 8) & 15];
    o[4] = hexdigits[(v >> 4) & 15];
    o[5] = hexdigits[v & 15];
}

/* Append s as a quoted JSON string; ascii_only escapes every non-ASCII
 * character as \uXXXX (non-BMP ones as a surrogate pair). */
static int write_json_str(JBuf *b, GpObject *s, int ascii_only)
{
    const char *p = GP_STR_DATA(s);
    gp_ssize n = GP_STR_NBYTES(s);
    const unsigned char *safe = ascii_only ? safe_ascii : safe_unicode;
    gp_ssize i = 0;
    while (i < n && safe[(unsigned char)p[i]])
        i++;
    if (i == n) {                       /* nothing to escape */
        if (b->len + n + 2 > b->cap && jb_grow(b, n + 2) < 0)
            return -1;
        char *o = b->buf + b->len;
        o[0] = '"';
        memcpy(o + 1, p, (size_t)n);
        o[n + 1] = '"';
        b->len += n + 2;
        b->ncp += GP_STR_LEN(s) + 2;
        if (!GP_STR_IS_ASCII(s))
            b->nonascii = 1;
        return 0;
    }
    /* worst case: every byte becomes a 6-character escape */
    if (jb_grow(b, 6 * n + 2) < 0)
        return -1;
    char *o = b->buf + b->len;
    char *o0 = o;
    gp_ssize extra = 0;                 /* output code points beyond the input's */
    *o++ = '"';
    memcpy(o, p, (size_t)i);
    o += i;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (safe[c]) {
            *o++ = (char)c;
            i++;
        } else if (c < 0x80) {
            int k = escape_ascii_byte(c, o);
            o += k;
            extra += k - 1;
            i++;
        } else {                        /* non-ASCII, ascii_only */
            size_t k = (size_t)i;
            uint32_t cp = gp_utf8_decode(p, (size_t)n, &k);
            i = (gp_ssize)k;
            if (cp >= 0x10000) {
                uint32_t v = cp - 0x10000;
                put_u4(o, 0xD800 | (v >> 10));
                put_u4(o + 6, 0xDC00 | (v & 0x3FF));
                o += 12;
                extra += 11;
            } else {
                put_u4(o, cp);
                o += 6;
                extra += 5;
            }
        }
    }
    *o++ = '"';
    b->len += o - o0;
    if (ascii_only) {
        b->ncp += o - o0;
    } else {
        b->ncp += GP_STR_LEN(s) + 2 + extra;
        if (!GP_STR_IS_ASCII(s))
            b->nonascii = 1;
    }
    return 0;
}

static GpObject *encode_str_obj(GpObject *s, int ascii_only)
{
    if (!GP_STR_CHECK(s))
        return gp_err_format(&GpExc_TypeError, "first argument must be a string, not %.80s",
                             gp_type_tpname(GP_TYPE(s)));
    JBuf b;
    jb_init(&b);
    if (write_json_str(&b, s, ascii_only) < 0) {
        jb_free(&b);
        return NULL;
    }
    return jb_finish(&b);
}

static GpObject *mod_encode_basestring_ascii(GpObject *m, GpObject *s)
{
    (void)m;
    return encode_str_obj(s, 1);
}

static GpObject *mod_encode_basestring(GpObject *m, GpObject *s)
{
    (void)m;
    return encode_str_obj(s, 0);
}

/* ---- the Encoder type ---------------------------------------------------- */

typedef struct {
    GpObject ob;
    GpObject *markers;       /* dict id -> object, or None */
    GpObject *defaultfn;
    GpObject *encoder;
    GpObject *indent;        /* as given */
    GpObject *indent_str;    /* borrowed from indent when it is a str (see the file comment), else NULL */
    GpObject *key_separator;
    GpObject *item_separator;
    char sort_keys;
    char skipkeys;
    char allow_nan;
    int fast_encode;         /* 1: encoder is encode_basestring_ascii, 2: encode_basestring */
} Encoder;

static GpObject *encoder_new(GpType *type, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "markers", "default", "encoder", "indent",
                                          "key_separator", "item_separator", "sort_keys",
                                          "skipkeys", "allow_nan", NULL };
    GpObject *a[9];
    if (gp_args_parse("make_encoder", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 9, 9, a) < 0)
        return NULL;
    if (a[0] != gp_None && !GP_DICT_CHECK(a[0]))
        return gp_err_format(&GpExc_TypeError,
                             "make_encoder() argument 1 must be dict or None, not %.200s",
                             gp_type_tpname(GP_TYPE(a[0])));
    for (int k = 4; k <= 5; k++)
        if (!GP_STR_CHECK(a[k]))
            return gp_err_format(&GpExc_TypeError, "make_encoder() argument %d must be str, not %s",
                                 k + 1, gp_type_name(GP_TYPE(a[k])));
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = gp_is_true(a[6 + k])) < 0)
            return NULL;
    Encoder *e = (Encoder *)gp_type_generic_alloc(type, 0);
    if (!e)
        return NULL;
    e->markers = gp_newref(a[0]);
    e->defaultfn = gp_newref(a[1]);
    e->encoder = gp_newref(a[2]);
    e->indent = gp_newref(a[3]);
    e->indent_str = GP_STR_CHECK(a[3]) ? a[3] : NULL;
    e->key_separator = gp_newref(a[4]);
    e->item_separator = gp_newref(a[5]);
    e->sort_keys = (char)flags[0];
    e->skipkeys = (char)flags[1];
    e->allow_nan = (char)flags[2];
    e->fast_encode = 0;
    if (GP_TYPE(a[2]) == &GpCFunction_Type) {
        void *f = ((GpCFunction *)a[2])->def->func;
        if (f == (void *)mod_encode_basestring_ascii)
            e->fast_encode = 1;
        else if (f == (void *)mod_encode_basestring)
            e->fast_encode = 2;
    }
    gp_gc_track((GpObject *)e);
    return (GpObject *)e;
}

static int encoder_clear(GpObject *o)
{
    Encoder *e = (Encoder *)o;
    GP_CLEAR(e->markers);
    GP_CLEAR(e->defaultfn);
    GP_CLEAR(e->encoder);
    e->indent_str = NULL;
    GP_CLEAR(e->indent);
    GP_CLEAR(e->key_separator);
    GP_CLEAR(e->item_separator);
    return 0;
}

static void encoder_dealloc(GpObject *o)
{
    if (gp_gc_is_tracked(o))
        gp_gc_untrack(o);
    encoder_clear(o);
    gp_obj_free(o);
}

static int encoder_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    Encoder *e = (Encoder *)o;
    GpObject *fields[] = { e->markers, e->defaultfn, e->encoder, e->indent,
                           e->key_separator, e->item_separator };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int enc_obj(Encoder *e, JBuf *b, GpObject *o, gp_ssize level);

static int enc_string(Encoder *e, JBuf *b, GpObject *s)
{
    if (e->fast_encode)
        return write_json_str(b, s, e->fast_encode == 1);
    GpObject *r = gp_call1(e->encoder, s);
    if (!r)
        return -1;
    if (!GP_STR_CHECK(r)) {
        gp_err_format(&GpExc_TypeError, "encoder() must return a string, not %.80s",
                      gp_type_tpname(GP_TYPE(r)));
        GP_DECREF(r);
        return -1;
    }
    int rc = jb_str(b, r);
    GP_DECREF(r);
    return rc;
}

static int enc_float(Encoder *e, JBuf *b, GpObject *o)
{
    double d = GP_FLOAT_VAL(o);
    if (!isfinite(d)) {
        if (!e->allow_nan) {
            /* With an indent CPython encodes in Python (json.encoder's
             * floatstr), whose message names the value; its C encoder's
             * does not. */
            if (e->indent_str)
                gp_err_format(&GpExc_ValueError,
                              "Out of range float values are not JSON compliant: %s",
                              d > 0 ? "inf" : d < 0 ? "-inf" : "nan");
            else
                gp_err_format(&GpExc_ValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        if (d > 0)
            return jb_ascii(b, "Infinity", 8);
        if (d < 0)
            return jb_ascii(b, "-Infinity", 9);
        return jb_ascii(b, "NaN", 3);
    }
    char buf[40];
    gp_float_repr(d, buf);
    return jb_ascii(b, buf, (gp_ssize)strlen(buf));
}

static int enc_int(JBuf *b, GpObject *o)
{
    if (GP_INT_IS_SMALL(o)) {
        char buf[24];
        int64_t v = GP_INT_VAL(o);
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char *q = buf + sizeof buf;
        do {
            *--q = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--q = '-';
        return jb_ascii(b, q, buf + sizeof buf - q);
    }
    GpObject *r = GpInt_Type.repr(o);     /* int.__repr__: digit limit applies */
    if (!r)
        return -1;
    int rc = jb_str(b, r);
    GP_DECREF(r);
    return rc;
}

/* Register o in the markers dict (circular reference check); *ident gets
 * the key to remove afterwards (NULL when markers is None). */
static int markers_enter(Encoder *e, GpObject *o, GpObject **ident)
{
    *ident = NULL;
    if (e->markers == gp_None)
        return 0;
    GpObject *id = gp_int_from_u64((uint64_t)(uintptr_t)o);
    if (!id)
        return -1;
    int has = gp_dict_contains(e->markers, id);
    if (has) {
        if (has > 0)
            gp_err_format(&GpExc_ValueError, "Circular reference detected");
        GP_DECREF(id);
        return -1;
    }
    if (gp_dict_setitem(e->markers, id, o) < 0) {
        GP_DECREF(id);
        return -1;
    }
    *ident = id;
    return 0;
}

static int markers_leave(Encoder *e, GpObject *ident)
{
    if (!ident)
        return 0;
    int rc = gp_dict_delitem(e->markers, ident);
    GP_DECREF(ident);
    return rc;
}

/* "\n" + indent * level */
static int write_newline_indent(Encoder *e, JBuf *b, gp_ssize level)
{
    if (jb_char(b, '\n') < 0)
        return -1;
    for (gp_ssize i = 0; i < level; i++)
        if (jb_str(b, e->indent_str) < 0)
            return -1;
    return 0;
}

static int write_item_sep(Encoder *e, JBuf *b, gp_ssize level)
{
    if (jb_str(b, e->item_separator) < 0)
        return -1;
    if (e->indent_str)
        return write_newline_indent(e, b, level);
    return 0;
}

static int enc_list(Encoder *e, JBuf *b, GpObject *seq, gp_ssize level)
{
    if (GP_SIZE(seq) == 0)
        return jb_ascii(b, "[]", 2);
    GpObject *ident;
    if (markers_enter(e, seq, &ident) < 0)
        return -1;
    int indent = e->indent_str != NULL;
    if (jb_char(b, '[') < 0)
        goto fail;
    if (indent) {
        level++;
        if (write_newline_indent(e, b, level) < 0)
            goto fail;
    }
    int is_list = GP_LIST_CHECK(seq);
    /* a list is read live (its length can change while items are encoded) */
    for (gp_ssize i = 0; i < GP_SIZE(seq); i++) {
        GpObject *item = is_list ? GP_LIST_GET(seq, i) : GP_TUPLE_GET(seq, i);
        if (i > 0 && write_item_sep(e, b, level) < 0)
            goto fail;
        GP_INCREF(item);
        int rc = enc_obj(e, b, item, level);
        GP_DECREF(item);
        if (rc < 0)
            goto fail;
    }
    if (indent && write_newline_indent(e, b, level - 1) < 0)
        goto fail;
    if (jb_char(b, ']') < 0)
        goto fail;
    return markers_leave(e, ident);
fail:
    /* like CPython, the marker stays behind when encoding fails */
    GP_XDECREF(ident);
    return -1;
}

/* The key of a dict item as the str to encode; *skip set when skipkeys
 * drops it. */
static GpObject *dict_key_str(Encoder *e, GpObject *key, int *skip)
{
    *skip = 0;
    if (GP_STR_CHECK(key))
        return gp_newref(key);
    if (GP_FLOAT_CHECK(key)) {
        JBuf kb;
        jb_init(&kb);
        if (enc_float(e, &kb, key) < 0) {
            jb_free(&kb);
            return NULL;
        }
        return jb_finish(&kb);
    }
    if (key == gp_True)
        return gp_str_from_cstr("true");
    if (key == gp_False)
        return gp_str_from_cstr("false");
    if (key == gp_None)
        return gp_str_from_cstr("null");
    if (GP_INT_CHECK(key)) {
        JBuf kb;
        jb_init(&kb);
        if (enc_int(&kb, key) < 0) {
            jb_free(&kb);
            return NULL;
        }
        return jb_finish(&kb);
    }
    if (e->skipkeys) {
        *skip = 1;
        return NULL;
    }
    return gp_err_format(&GpExc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                         gp_type_tpname(GP_TYPE(key)));
}

/* Snapshot arrays of up to this many items live on the C stack. */
#define SMALL_DICT 16

static int enc_dict(Encoder *e, JBuf *b, GpObject *d, gp_ssize level)
{
    if (GP_DICT_LEN(d) == 0)
        return jb_ascii(b, "{}", 2);
    GpObject *ident;
    if (markers_enter(e, d, &ident) < 0)
        return -1;
    /* The items are a snapshot taken before any of them is encoded, as
     * CPython's dict.items() list: a plain dict is copied into a C array,
     * anything else goes through its items() method. */
    GpObject *small[2 * SMALL_DICT];
    GpObject **kv = NULL;
    GpObject *items = NULL;
    gp_ssize count = 0;
    int rc = -1;
    if (GP_DICT_CHECK_EXACT(d) && !e->sort_keys) {
        gp_ssize used = GP_DICT_LEN(d);
        kv = used <= SMALL_DICT ? small : gp_mem_malloc(sizeof(GpObject *) * 2 * (size_t)used);
        if (!kv) {
            gp_err_no_memory();
            GP_XDECREF(ident);
            return -1;
        }
        gp_ssize pos = 0;
        GpObject *k, *v;
        while (count < used && gp_dict_next(d, &pos, &k, &v)) {
            GP_INCREF(k);
            GP_INCREF(v);
            kv[2 * count] = k;
            kv[2 * count + 1] = v;
            count++;
        }
    } else {
        if (GP_DICT_CHECK_EXACT(d))
            items = gp_dict_items(d);
        else {
            GpObject *it = gp_call_method_str(d, "items", NULL, 0);
            if (it) {
                items = gp_sequence_list(it);
                GP_DECREF(it);
            }
        }
        if (!items)
            goto done;
        if (e->sort_keys && gp_list_sort(items) < 0)
            goto done;
    }
    int indent = e->indent_str != NULL;
    if (jb_char(b, '{') < 0)
        goto done;
    if (indent) {
        level++;
        if (write_newline_indent(e, b, level) < 0)
            goto done;
    }
    int first = 1;
    gp_ssize n = items ? GP_SIZE(items) : count;
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *key, *value;
        if (items) {
            GpObject *item = GP_LIST_GET(items, i);
            if (!GP_TUPLE_CHECK(item) || GP_SIZE(item) != 2) {
                gp_err_format(&GpExc_ValueError, "items must return 2-tuples");
                goto done;
            }
            key = GP_TUPLE_GET(item, 0);
            value = GP_TUPLE_GET(item, 1);
        } else {
            key = kv[2 * i];
            value = kv[2 * i + 1];
        }
        int skip;
        GpObject *ks = dict_key_str(e, key, &skip);
        if (!ks) {
            if (skip)
                continue;
            goto done;
        }
        if (!first && write_item_sep(e, b, level) < 0) {
            GP_DECREF(ks);
            goto done;
        }
        first = 0;
        int r = enc_string(e, b, ks);
        GP_DECREF(ks);
        if (r < 0 || jb_str(b, e->key_separator) < 0)
            goto done;
        GP_INCREF(value);
        r = enc_obj(e, b, value, level);
        GP_DECREF(value);
        if (r < 0)
            goto done;
    }
    if (indent && write_newline_indent(e, b, level - 1) < 0)
        goto done;
    if (jb_char(b, '}') < 0)
        goto done;
    rc = markers_leave(e, ident);
    ident = NULL;
done:
    if (rc < 0)
        GP_XDECREF(ident);   /* the marker stays behind, as in CPython */
    for (gp_ssize i = 0; i < 2 * count; i++)
        GP_DECREF(kv[i]);
    if (kv && kv != small)
        gp_mem_free(kv);
    GP_XDECREF(items);
    return rc;
}

static int enc_obj(Encoder *e, JBuf *b, GpObject *o, gp_ssize level)
{
    if (o == gp_None)
        return jb_ascii(b, "null", 4);
    if (o == gp_True)
        return jb_ascii(b, "true", 4);
    if (o == gp_False)
        return jb_ascii(b, "false", 5);
    if (GP_STR_CHECK(o))
        return enc_string(e, b, o);
    if (GP_INT_CHECK(o))
        return enc_int(b, o);
    if (GP_FLOAT_CHECK(o))
        return enc_float(e, b, o);
    int rc;
    if (GP_LIST_CHECK(o) || GP_TUPLE_CHECK(o)) {
        if (gp_enter_recursive_call(" while encoding a JSON object") < 0)
            return -1;
        rc = enc_list(e, b, o, level);
        gp_leave_recursive_call();
        return rc;
    }
    if (GP_DICT_CHECK(o)) {
        if (gp_enter_recursive_call(" while encoding a JSON object") < 0)
            return -1;
        rc = enc_dict(e, b, o, level);
        gp_leave_recursive_call();
        return rc;
    }
    GpObject *ident;
    if (markers_enter(e, o, &ident) < 0)
        return -1;
    GpObject *newobj = gp_call1(e->defaultfn, o);
    if (!newobj) {
        GP_XDECREF(ident);
        return -1;
    }
    if (gp_enter_recursive_call(" while encoding a JSON object") < 0) {
        GP_DECREF(newobj);
        GP_XDECREF(ident);
        return -1;
    }
    rc = enc_obj(e, b, newobj, level);
    gp_leave_recursive_call();
    GP_DECREF(newobj);
    if (rc < 0) {
        GP_XDECREF(ident);
        return -1;
    }
    return markers_leave(e, ident);
}

static GpObject *encoder_call(GpObject *self, GpObject *const *args, size_t nargsf,
                              GpObject *kwnames)
{
    static const char *const kwlist[] = { "obj", "_current_indent_level", NULL };
    GpObject *a[2];
    if (gp_args_parse("_iterencode", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 2, 2, a) < 0)
        return NULL;
    gp_ssize level = gp_number_as_ssize(a[1], &GpExc_OverflowError);
    if (level == -1 && gp_err_occurred())
        return NULL;
    Encoder *e = (Encoder *)self;
    JBuf b;
    jb_init(&b);
    /* documents are usually large: start with a heap buffer */
    if (jb_grow(&b, 4096) < 0)
        return NULL;
    if (enc_obj(e, &b, a[0], level) < 0) {
        jb_free(&b);
        return NULL;
    }
    GpObject *s = jb_finish(&b);
    if (!s)
        return NULL;
    GpObject *l = gp_list_new(1);
    if (!l) {
        GP_DECREF(s);
        return NULL;
    }
    GP_LIST_SET(l, 0, s);
    return l;
}

static const GpMemberDef encoder_members[] = {
    { "markers", GP_T_OBJECT, offsetof(Encoder, markers), GP_MEMBER_READONLY, "markers" },
    { "default", GP_T_OBJECT, offsetof(Encoder, defaultfn), GP_MEMBER_READONLY, "default" },
    { "encoder", GP_T_OBJECT, offsetof(Encoder, encoder), GP_MEMBER_READONLY, "encoder" },
    { "indent", GP_T_OBJECT, offsetof(Encoder, indent), GP_MEMBER_READONLY, "indent" },
    { "key_separator", GP_T_OBJECT, offsetof(Encoder, key_separator), GP_MEMBER_READONLY, "key_separator" },
    { "item_separator", GP_T_OBJECT, offsetof(Encoder, item_separator), GP_MEMBER_READONLY, "item_separator" },
    { "sort_keys", GP_T_BOOL, offsetof(Encoder, sort_keys), GP_MEMBER_READONLY, "sort_keys" },
    { "skipkeys", GP_T_BOOL, offsetof(Encoder, skipkeys), GP_MEMBER_READONLY, "skipkeys" },
    { NULL },
};

GpType GpJsonEncoder_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_json.Encoder",
    .doc = "_iterencode(obj, _current_indent_level) -> iterable",
    .basicsize = sizeof(Encoder),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = encoder_dealloc,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .getattro = gp_generic_getattr,
    .call = encoder_call,
    .new_ = encoder_new,
    .members = encoder_members,
};

/* ======================================================================
 * Module
 * ====================================================================== */

static const GpMethodDef json_functions[] = {
    { "encode_basestring_ascii", (void *)mod_encode_basestring_ascii, GP_METH_O,
      "encode_basestring_ascii(string) -> string\n\nThe string as a JSON literal, non-ASCII characters escaped." },
    { "encode_basestring", (void *)mod_encode_basestring, GP_METH_O,
      "encode_basestring(string) -> string\n\nThe string as a JSON literal." },
    { "scanstring", (void *)mod_scanstring, GP_METH_FASTKW,
      "scanstring(string, end, strict=True) -> (string, end)\n\n"
      "Decode the JSON string body starting at index end (after the opening quote)."},
    { NULL },
};

int gp_mod__json_init(GpObject *m)
{
    if (gp_type_ready(&GpJsonScanner_Type) < 0 || gp_type_ready(&GpJsonEncoder_Type) < 0)
        return -1;
    for (int c = 0; c < 256; c++) {
        stop_lax[c] = c == '"' || c == '\\';
        stop_strict[c] = stop_lax[c] || c < 0x20;
        safe_ascii[c] = c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
        safe_unicode[c] = c >= 0x20 && c != '"' && c != '\\';
    }
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *doc = gp_str_from_cstr("json speedups\n");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    if (gp_dict_setitem_str(d, "make_scanner", (GpObject *)&GpJsonScanner_Type) < 0 ||
        gp_dict_setitem_str(d, "make_encoder", (GpObject *)&GpJsonEncoder_Type) < 0)
        return -1;
    return gp_add_functions(d, json_functions, gp_str_intern_cstr("_json"));
}
