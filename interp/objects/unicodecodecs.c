/* unicodecodecs.c -- the built-in text codecs: UTF-8, ASCII, Latin-1,
 * UTF-16, UTF-32 and the single-byte cp1252/cp437/cp850, with CPython's error handlers.
 *
 * str.encode, bytes.decode, str(b, enc) and file I/O come through here.
 * Decoding UTF-8 is a validation pass (support/utf8.c) followed by one copy:
 * str's internal form is UTF-8 already. Error handling follows the codec
 * rules of CPython: the handler is applied to the failing range
 * [start, end) reported by the decoder (for UTF-8: the maximal invalid
 * prefix), and the resulting UnicodeDecodeError/UnicodeEncodeError carries
 * (encoding, object, start, end, reason) so its message reads like
 * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
 */
#include <string.h>
#include <ctype.h>
#include "gilpy.h"
#include "support/utf8.h"
#include "support/unicodedb.h"

typedef enum {
    EH_STRICT, EH_IGNORE, EH_REPLACE, EH_SURROGATEESCAPE, EH_BACKSLASHREPLACE,
    EH_SURROGATEPASS, EH_XMLCHARREFREPLACE, EH_NAMEREPLACE, EH_UNKNOWN,
} ErrHandler;

static ErrHandler err_handler(const char *errors)
{
    if (!errors || !strcmp(errors, "strict"))
        return EH_STRICT;
    if (!strcmp(errors, "ignore"))
        return EH_IGNORE;
    if (!strcmp(errors, "replace"))
        return EH_REPLACE;
    if (!strcmp(errors, "surrogateescape"))
        return EH_SURROGATEESCAPE;
    if (!strcmp(errors, "backslashreplace"))
        return EH_BACKSLASHREPLACE;
    if (!strcmp(errors, "surrogatepass"))
        return EH_SURROGATEPASS;
    if (!strcmp(errors, "xmlcharrefreplace"))
        return EH_XMLCHARREFREPLACE;
    if (!strcmp(errors, "namereplace"))
        return EH_NAMEREPLACE;
    return EH_UNKNOWN;
}

static void unknown_handler(const char *errors)
{
    gp_err_format(&GpExc_LookupError, "unknown error handler name '%s'", errors);
}

/* an encode-only handler used while decoding */
static void bad_decode_handler(void)
{
    gp_err_format(&GpExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
}

/* ---- encoding names ---------------------------------------------------- */

static const struct { const char *alias, *canon; } codec_aliases[] = {
    {"utf_8_sig", "utf-8-sig"},
    {"utf_8", "utf-8"}, {"utf8", "utf-8"}, {"u8", "utf-8"}, {"utf", "utf-8"},
    {"cp65001", "utf-8"}, {"utf8_ucs2", "utf-8"}, {"utf8_ucs4", "utf-8"},
    {"ascii", "ascii"}, {"us_ascii", "ascii"}, {"646", "ascii"}, {"us", "ascii"},
    {"ansi_x3.4_1968", "ascii"}, {"ansi_x3_4_1968", "ascii"}, {"cp367", "ascii"},
    {"latin_1", "latin-1"}, {"latin1", "latin-1"}, {"iso_8859_1", "latin-1"},
    {"iso8859_1", "latin-1"}, {"8859", "latin-1"}, {"cp819", "latin-1"}, {"l1", "latin-1"},
    {"latin", "latin-1"}, {"iso_ir_100", "latin-1"}, {"iso_8859_1_1987", "latin-1"},
    {"csisolatin1", "latin-1"}, {"ibm819", "latin-1"},
    {"utf_16", "utf-16"}, {"utf16", "utf-16"}, {"u16", "utf-16"},
    {"utf_16_le", "utf-16-le"}, {"utf_16le", "utf-16-le"},
    {"utf_16_be", "utf-16-be"}, {"utf_16be", "utf-16-be"},
    {"utf_32", "utf-32"}, {"utf32", "utf-32"}, {"u32", "utf-32"},
    {"utf_32_le", "utf-32-le"}, {"utf_32le", "utf-32-le"},
    {"utf_32_be", "utf-32-be"}, {"utf_32be", "utf-32-be"},
    {"cp1252", "cp1252"}, {"windows_1252", "cp1252"}, {"1252", "cp1252"},
    {"cp437", "cp437"}, {"437", "cp437"}, {"ibm437", "cp437"}, {"cspc8codepage437", "cp437"},
    {"cp850", "cp850"}, {"850", "cp850"}, {"ibm850", "cp850"}, {"cspc850multilingual", "cp850"},
    {NULL, NULL},
};

const char *gp_codec_canonical(const char *encoding)
{
    if (!encoding)
        return "utf-8";
    /* fast exact matches */
    if (!strcmp(encoding, "utf-8") || !strcmp(encoding, "utf8"))
        return "utf-8";
    char norm[64];
    size_t k = 0;
    int pending = 0;
    for (const char *p = encoding; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (pending && k > 0 && k < sizeof norm - 1)
                norm[k++] = '_';
            pending = 0;
            if (k < sizeof norm - 1)
                norm[k++] = (char)tolower(c);
            else
                return NULL;
        } else {
            pending = 1;
        }
    }
    norm[k] = '\0';
    for (int i = 0; codec_aliases[i].alias; i++)
        if (!strcmp(norm, codec_aliases[i].alias))
            return codec_aliases[i].canon;
    return NULL;
}

/* ---- a growable byte buffer -------------------------------------------- */

typedef struct {
    char *buf;
    gp_ssize len, cap;
    char small[256];
} ByteBuf;

static void bb_init(ByteBuf *b)
{
    b->buf = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

static int bb_reserve(ByteBuf *b, gp_ssize extra)
{
    if (b->len + extra <= b->cap)
        return 0;
    gp_ssize nc = b->cap * 2;
    if (nc < b->len + extra)
        nc = b->len + extra;
    char *nb = b->buf == b->small ? gp_mem_malloc((size_t)nc) : gp_mem_realloc(b->buf, (size_t)nc);
    if (!nb) {
        gp_err_no_memory();
        return -1;
    }
    if (b->buf == b->small)
        memcpy(nb, b->small, (size_t)b->len);
    b->buf = nb;
    b->cap = nc;
    return 0;
}

static int bb_write(ByteBuf *b, const void *p, gp_ssize n)
{
    if (bb_reserve(b, n) < 0)
        return -1;
    memcpy(b->buf + b->len, p, (size_t)n);
    b->len += n;
    return 0;
}

static void bb_free(ByteBuf *b)
{
    if (b->buf != b->small)
        gp_mem_free(b->buf);
}

static GpObject *bb_finish_bytes(ByteBuf *b)
{
    GpObject *r = gp_bytes_from(b->buf, b->len);
    bb_free(b);
    return r;
}

/* ---- raising the Unicode errors ---------------------------------------- */

static void raise_decode_error(const char *encoding, const char *s, gp_ssize n, gp_ssize start,
                               gp_ssize end, const char *reason)
{
    GpObject *a[5];
    a[0] = gp_str_from_cstr(encoding);
    a[1] = gp_bytes_from(s, n);
    a[2] = gp_int_from_ssize(start);
    a[3] = gp_int_from_ssize(end);
    a[4] = gp_str_from_cstr(reason);
    if (a[0] && a[1] && a[2] && a[3] && a[4]) {
        GpObject *exc = gp_exc_new(&GpExc_UnicodeDecodeError, a, 5);
        if (exc)
            gp_err_raise(exc);
    }
    for (int i = 0; i < 5; i++)
        GP_XDECREF(a[i]);
}

static void raise_encode_error(const char *encoding, GpObject *str, gp_ssize start, gp_ssize end,
                               const char *reason)
{
    GpObject *a[5];
    a[0] = gp_str_from_cstr(encoding);
    a[1] = gp_newref(str);
    a[2] = gp_int_from_ssize(start);
    a[3] = gp_int_from_ssize(end);
    a[4] = gp_str_from_cstr(reason);
    if (a[0] && a[2] && a[3] && a[4]) {
        GpObject *exc = gp_exc_new(&GpExc_UnicodeEncodeError, a, 5);
        if (exc)
            gp_err_raise(exc);
    }
    for (int i = 0; i < 5; i++)
        GP_XDECREF(a[i]);
}

static const char hexd[] = "0123456789abcdef";

/* Apply a decode error handler to the bad bytes s[start, end). */
static int decode_handle(GpStrWriter *w, ErrHandler eh, const char *s, gp_ssize start, gp_ssize end)
{
    switch (eh) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        return gp_strw_write_char(w, 0xFFFD);
    case EH_SURROGATEESCAPE:
        for (gp_ssize i = start; i < end; i++) {
            unsigned char c = (unsigned char)s[i];
            if (gp_strw_write_char(w, c < 128 ? c : 0xDC00 + c) < 0)
                return -1;
        }
        return 0;
    case EH_BACKSLASHREPLACE:
        for (gp_ssize i = start; i < end; i++) {
            unsigned char c = (unsigned char)s[i];
            char b[4] = {'\\', 'x', hexd[c >> 4], hexd[c & 15]};
            if (gp_strw_write_ascii(w, b, 4) < 0)
                return -1;
        }
        return 0;
    default:
        return -1;
    }
}

/* ---- UTF-8 --------------------------------------------------------------- */

GpObject *gp_str_decode_utf8(const char *s, gp_ssize n, const char *errors)
{
    size_t ncp;
    gp_utf8_error err;
    if (gp_utf8_isascii(s, (size_t)n))
        return gp_str_from_utf8_trusted(s, n, n, 1);
    ErrHandler eh = err_handler(errors);
    int allow_sur = eh == EH_SURROGATEPASS;
    if (gp_utf8_check(s, (size_t)n, allow_sur, &ncp, &err))
        return gp_str_from_utf8_trusted(s, n, (gp_ssize)ncp, (gp_ssize)ncp == n);
    if (eh == EH_STRICT || eh == EH_SURROGATEPASS) {
        raise_decode_error("utf-8", s, n, (gp_ssize)err.start, (gp_ssize)err.end, err.reason);
        return NULL;
    }
    if (eh == EH_UNKNOWN || eh == EH_XMLCHARREFREPLACE || eh == EH_NAMEREPLACE) {
        if (eh == EH_UNKNOWN)
            unknown_handler(errors);
        else
            bad_decode_handler();
        return NULL;
    }
    GpStrWriter w;
    gp_strw_init(&w);
    gp_ssize pos = 0;
    for (;;) {
        if (gp_utf8_check(s + pos, (size_t)(n - pos), 0, &ncp, &err)) {
            if (gp_strw_write(&w, s + pos, n - pos) < 0)
                goto fail;
            break;
        }
        gp_ssize st = pos + (gp_ssize)err.start, en = pos + (gp_ssize)err.end;
        if (gp_strw_write(&w, s + pos, st - pos) < 0)
            goto fail;
        if (decode_handle(&w, eh, s, st, en) < 0)
            goto fail;
        pos = en;
    }
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

/* Encode one unencodable range [start, end) of code points (cps) with the
 * handler. Returns 0, or -1 (strict: error raised). `limit` is the highest
 * code point the target can hold directly (for surrogateescape). */
static int encode_handle(ByteBuf *b, ErrHandler eh, const char *errors, const char *encoding,
                         GpObject *str, const uint32_t *cps, gp_ssize start, gp_ssize end,
                         const char *reason)
{
    char tmp[16];
    switch (eh) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        for (gp_ssize i = start; i < end; i++)
            if (bb_write(b, "?", 1) < 0)
                return -1;
        return 0;
    case EH_BACKSLASHREPLACE:
        for (gp_ssize i = start; i < end; i++) {
            uint32_t c = cps[i - start];
            int k;
            if (c < 0x100)
                k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c < 0x10000)
                k = snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else
                k = snprintf(tmp, sizeof tmp, "\\U%08x", c);
            if (bb_write(b, tmp, k) < 0)
                return -1;
        }
        return 0;
    case EH_XMLCHARREFREPLACE:
        for (gp_ssize i = start; i < end; i++) {
            int k = snprintf(tmp, sizeof tmp, "&#%u;", cps[i - start]);
            if (bb_write(b, tmp, k) < 0)
                return -1;
        }
        return 0;
    case EH_NAMEREPLACE:
        for (gp_ssize i = start; i < end; i++) {
            uint32_t c = cps[i - start];
            char name[128];
            int k = gp_uni_name(c, name, sizeof name);
            if (k > 0) {
                if (bb_write(b, "\\N{", 3) < 0 || bb_write(b, name, k) < 0 ||
                    bb_write(b, "}", 1) < 0)
                    return -1;
                continue;
            }
            if (c < 0x100)
                k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c < 0x10000)
                k = snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else
                k = snprintf(tmp, sizeof tmp, "\\U%08x", c);
            if (bb_write(b, tmp, k) < 0)
                return -1;
        }
        return 0;
    case EH_SURROGATEESCAPE:
        for (gp_ssize i = start; i < end; i++) {
            uint32_t c = cps[i - start];
            if (c < 0xDC80 || c > 0xDCFF) {
                /* CPython reports the first code point the handler could not take */
                gp_ssize j = i + 1;
                raise_encode_error(encoding, str, i, j, reason);
                return -1;
            }
            char byte = (char)(c - 0xDC00);
            if (bb_write(b, &byte, 1) < 0)
                return -1;
        }
        return 0;
    case EH_UNKNOWN:
        unknown_handler(errors);
        return -1;
    case EH_STRICT:
    case EH_SURROGATEPASS:
    default:
        raise_encode_error(encoding, str, start, end, reason);
        return -1;
    }
}

/* ---- table-driven single-byte codecs (cp1252, cp437, cp850) ------------
 * Bytes 0x00-0x7F are ASCII in all of them; a table gives the code point of
 * each byte 0x80-0xFF (0 = undefined, as in cp1252's five holes). Encoding
 * searches the table linearly: 128 entries is cheap next to the per-character
 * UTF-8 decoding, and these codecs are used for short strings (zip member
 * names, legacy files). */

static const uint16_t cp1252_high[128] = {
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
    /* 0xA0-0xFF: the same as Latin-1 */
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
    0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
    0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
    0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
    0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
    0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

static const uint16_t cp437_high[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7,
    0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5,
    0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192,
    0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba,
    0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510,
    0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b,
    0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4,
    0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6, 0x03b5, 0x2229,
    0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};

static const uint16_t cp850_high[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7,
    0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5,
    0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00f8, 0x00a3, 0x00d8, 0x00d7, 0x0192,
    0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba,
    0x00bf, 0x00ae, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00c1, 0x00c2, 0x00c0,
    0x00a9, 0x2563, 0x2551, 0x2557, 0x255d, 0x00a2, 0x00a5, 0x2510,
    0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x00e3, 0x00c3,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x00a4,
    0x00f0, 0x00d0, 0x00ca, 0x00cb, 0x00c8, 0x0131, 0x00cd, 0x00ce,
    0x00cf, 0x2518, 0x250c, 0x2588, 0x2584, 0x00a6, 0x00cc, 0x2580,
    0x00d3, 0x00df, 0x00d4, 0x00d2, 0x00f5, 0x00d5, 0x00b5, 0x00fe,
    0x00de, 0x00da, 0x00db, 0x00d9, 0x00fd, 0x00dd, 0x00af, 0x00b4,
    0x00ad, 0x00b1, 0x2017, 0x00be, 0x00b6, 0x00a7, 0x00f7, 0x00b8,
    0x00b0, 0x00a8, 0x00b7, 0x00b9, 0x00b3, 0x00b2, 0x25a0, 0x00a0,
};

/* The table of a single-byte canonical codec name, or NULL. */
static const uint16_t *charmap_table(const char *canon)
{
    if (!strcmp(canon, "cp1252"))
        return cp1252_high;
    if (!strcmp(canon, "cp437"))
        return cp437_high;
    if (!strcmp(canon, "cp850"))
        return cp850_high;
    return NULL;
}

/* The byte for code point c in table `high`, or -1. */
static int charmap_byte(const uint16_t *high, uint32_t c)
{
    if (c < 0x80)
        return (int)c;
    if (c > 0xFFFF)
        return -1;
    for (int k = 0; k < 128; k++)
        if (high[k] && high[k] == c)
            return 0x80 + k;
    return -1;
}

static GpObject *decode_charmap(const char *s, gp_ssize n, const char *errors,
                                const char *name, const uint16_t *high)
{
    ErrHandler eh = err_handler(errors);
    GpStrWriter w;
    gp_strw_init(&w);
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp = c < 0x80 ? c : high[c - 0x80];
        if (cp || c == 0) {
            if (gp_strw_write_char(&w, cp) < 0)
                goto fail;
            continue;
        }
        if (eh == EH_UNKNOWN) {
            unknown_handler(errors);
            goto fail;
        }
        if (eh == EH_XMLCHARREFREPLACE || eh == EH_NAMEREPLACE) {
            gp_err_format(&GpExc_TypeError, "decoding with '%s' codec failed (TypeError: "
                                            "don't know how to handle UnicodeDecodeError in error "
                                            "callback)", name);
            goto fail;
        }
        if (eh == EH_STRICT || eh == EH_SURROGATEPASS) {
            raise_decode_error("charmap", s, n, i, i + 1, "character maps to <undefined>");
            goto fail;
        }
        if (decode_handle(&w, eh, s, i, i + 1) < 0)
            goto fail;
    }
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

/* Generic encoder for ASCII / Latin-1 (limit 127 / 255) and UTF-8's
 * surrogate handling (limit 0: only surrogates fail). */
static GpObject *encode_generic(GpObject *str, const char *encoding, const char *errors,
                                int kind, const uint16_t *high)
{
    /* kind: 0 utf-8, 1 ascii, 2 latin-1, 3 a single-byte table `high` */
    uint32_t limit = kind == 1 ? 0x7F : 0xFF;
    const char *reason = kind == 0 ? "surrogates not allowed"
                       : kind == 1 ? "ordinal not in range(128)"
                       : kind == 2 ? "ordinal not in range(256)" : "character maps to <undefined>";
    ErrHandler eh = err_handler(errors);
    const char *p = GP_STR_DATA(str);
    size_t n = (size_t)GP_STR_NBYTES(str), i = 0;
    gp_ssize idx = 0;
    ByteBuf b;
    bb_init(&b);
    uint32_t run[64];
    while (i < n) {
        size_t st = i;
        uint32_t c = gp_utf8_decode(p, n, &i);
        int bad = kind == 0 ? (c >= 0xD800 && c <= 0xDFFF)
                : kind == 3 ? charmap_byte(high, c) < 0 : c > limit;
        if (!bad) {
            if (kind == 0) {
                if (bb_write(&b, p + st, (gp_ssize)(i - st)) < 0)
                    goto fail;
            } else {
                char ch = (char)(kind == 3 ? charmap_byte(high, c) : (int)c);
                if (bb_write(&b, &ch, 1) < 0)
                    goto fail;
            }
            idx++;
            continue;
        }
        if (kind == 0 && eh == EH_SURROGATEPASS) {
            if (bb_write(&b, p + st, (gp_ssize)(i - st)) < 0)
                goto fail;
            idx++;
            continue;
        }
        /* collect the run of unencodable code points (in chunks of 64) */
        gp_ssize rs = idx;
        int k = 0;
        run[k++] = c;
        idx++;
        while (i < n && k < 64) {
            size_t t = i;
            uint32_t d = gp_utf8_decode(p, n, &t);
            int bad2 = kind == 0 ? (d >= 0xD800 && d <= 0xDFFF)
                     : kind == 3 ? charmap_byte(high, d) < 0 : d > limit;
            if (!bad2)
                break;
            run[k++] = d;
            i = t;
            idx++;
        }
        if (encode_handle(&b, eh, errors, encoding, str, run, rs, idx, reason) < 0)
            goto fail;
    }
    return bb_finish_bytes(&b);
fail:
    bb_free(&b);
    return NULL;
}

static int has_surrogates(const char *p, gp_ssize n)
{
    const char *e = p + n;
    while (p < e) {
        const char *q = memchr(p, '\xED', (size_t)(e - p));
        if (!q)
            return 0;
        if (q + 1 < e && (unsigned char)q[1] >= 0xA0)
            return 1;
        p = q + 1;
    }
    return 0;
}

/* ---- UTF-16 / UTF-32 ----------------------------------------------------- */

static GpObject *encode_utf16_32(GpObject *str, int width, int order, const char *encoding,
                                 const char *errors)
{
    /* order: 0 native with BOM (little endian here), 1 le, 2 be */
    ErrHandler eh = err_handler(errors);
    ByteBuf b;
    bb_init(&b);
    int be = order == 2;
    unsigned char u[4];
#define PUT_UNIT(v)                                                                  \
    do {                                                                             \
        uint32_t _v = (v);                                                           \
        for (int _k = 0; _k < width; _k++)                                           \
            u[be ? width - 1 - _k : _k] = (unsigned char)(_v >> (8 * _k));           \
        if (bb_write(&b, u, width) < 0)                                              \
            goto fail;                                                               \
    } while (0)
    if (order == 0)
        PUT_UNIT(0xFEFF);
    const char *p = GP_STR_DATA(str);
    size_t n = (size_t)GP_STR_NBYTES(str), i = 0;
    gp_ssize idx = 0;
    while (i < n) {
        uint32_t c = gp_utf8_decode(p, n, &i);
        if (c >= 0xD800 && c <= 0xDFFF && eh != EH_SURROGATEPASS) {
            if (eh == EH_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF) {
                raise_encode_error(encoding, str, idx, idx + 1, "surrogates not allowed");
                goto fail;
            }
            ByteBuf tb;
            bb_init(&tb);
            if (encode_handle(&tb, eh == EH_SURROGATEESCAPE ? EH_STRICT : eh, errors, encoding, str,
                              &c, idx, idx + 1, "surrogates not allowed") < 0) {
                bb_free(&tb);
                goto fail;
            }
            /* the replacement text was written as ASCII bytes: one unit each */
            for (gp_ssize t = 0; t < tb.len; t++) {
                uint32_t _v = (unsigned char)tb.buf[t];
                for (int _k = 0; _k < width; _k++)
                    u[be ? width - 1 - _k : _k] = (unsigned char)(_v >> (8 * _k));
                if (bb_write(&b, u, width) < 0) {
                    bb_free(&tb);
                    goto fail;
                }
            }
            bb_free(&tb);
            idx++;
            continue;
        }
        if (width == 2 && c >= 0x10000) {
            c -= 0x10000;
            PUT_UNIT(0xD800 | (c >> 10));
            PUT_UNIT(0xDC00 | (c & 0x3FF));
        } else {
            PUT_UNIT(c);
        }
        idx++;
    }
#undef PUT_UNIT
    return bb_finish_bytes(&b);
fail:
    bb_free(&b);
    return NULL;
}

static GpObject *decode_utf16_32(const char *s, gp_ssize n, int width, int order,
                                 const char *encoding, const char *errors)
{
    ErrHandler eh = err_handler(errors);
    const unsigned char *p = (const unsigned char *)s;
    gp_ssize i = 0;
    int be = order == 2;
    if (order == 0) {
        be = 0;
        if (width == 2 && n >= 2) {
            if (p[0] == 0xFF && p[1] == 0xFE) i = 2;
            else if (p[0] == 0xFE && p[1] == 0xFF) { i = 2; be = 1; }
        } else if (width == 4 && n >= 4) {
            if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) i = 4;
            else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) { i = 4; be = 1; }
        }
    }
    /* without an explicit order, errors name the order actually used */
    char errname[16];
    if (order == 0)
        snprintf(errname, sizeof errname, "%s-%s", encoding, be ? "be" : "le");
    else
        snprintf(errname, sizeof errname, "%s", encoding);
    GpStrWriter w;
    gp_strw_init(&w);
#define GET_UNIT(at) (width == 2 ? (be ? (uint32_t)(p[at] << 8 | p[(at) + 1]) \
                                       : (uint32_t)(p[(at) + 1] << 8 | p[at])) \
                     : (be ? ((uint32_t)p[at] << 24 | (uint32_t)p[(at) + 1] << 16 | \
                              (uint32_t)p[(at) + 2] << 8 | p[(at) + 3]) \
                           : ((uint32_t)p[(at) + 3] << 24 | (uint32_t)p[(at) + 2] << 16 | \
                              (uint32_t)p[(at) + 1] << 8 | p[at])))
    while (i < n) {
        const char *reason = NULL;
        gp_ssize st = i, en;
        if (n - i < width) {
            reason = "truncated data";
            en = n;
        } else {
            uint32_t c = GET_UNIT(i);
            en = i + width;
            if (width == 4) {
                if (c > 0x10FFFF)
                    reason = "code point not in range(0x110000)";
                else if (c >= 0xD800 && c <= 0xDFFF && eh != EH_SURROGATEPASS)
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
            } else if (c >= 0xD800 && c <= 0xDBFF) {
                if (n - en < 2) {
                    reason = "unexpected end of data";
                    en = n;
                } else {
                    uint32_t d = GET_UNIT(en);
                    if (d >= 0xDC00 && d <= 0xDFFF) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                        en += 2;
                    } else if (eh != EH_SURROGATEPASS) {
                        reason = "illegal UTF-16 surrogate";
                    }
                }
            } else if (c >= 0xDC00 && c <= 0xDFFF && eh != EH_SURROGATEPASS) {
                reason = "illegal encoding";
            }
            if (!reason) {
                if (gp_strw_write_char(&w, c) < 0)
                    goto fail;
                i = en;
                continue;
            }
        }
        if (eh == EH_XMLCHARREFREPLACE || eh == EH_NAMEREPLACE) {
            bad_decode_handler();
            goto fail;
        }
        int ascii_in_range = 0;   /* surrogateescape cannot take bytes < 128 */
        for (gp_ssize k = st; k < en; k++)
            ascii_in_range |= p[k] < 0x80;
        if (eh == EH_STRICT || eh == EH_SURROGATEPASS || eh == EH_UNKNOWN ||
            (eh == EH_SURROGATEESCAPE && ascii_in_range)) {
            if (eh == EH_UNKNOWN)
                unknown_handler(errors);
            else
                raise_decode_error(errname, s, n, st, en, reason);
            goto fail;
        }
        if (decode_handle(&w, eh, s, st, en) < 0)
            goto fail;
        i = en;
    }
#undef GET_UNIT
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

/* ---- entry points -------------------------------------------------------- */

static GpObject *unknown_encoding(const char *encoding)
{
    return gp_err_format(&GpExc_LookupError, "unknown encoding: %s", encoding);
}

GpObject *gp_str_decode(const char *s, gp_ssize n, const char *encoding, const char *errors)
{
    const char *c = gp_codec_canonical(encoding);
    if (!c)
        return unknown_encoding(encoding);
    if (!strcmp(c, "utf-8-sig")) {   /* UTF-8, minus a leading byte-order mark */
        if (n >= 3 && !memcmp(s, "\xef\xbb\xbf", 3)) {
            s += 3;
            n -= 3;
        }
        return gp_str_decode_utf8(s, n, errors);
    }
    if (c[0] == 'u' && c[3] == '-' && c[4] == '8')
        return gp_str_decode_utf8(s, n, errors);
    if (!strcmp(c, "ascii")) {
        if (gp_utf8_isascii(s, (size_t)n))
            return gp_str_from_utf8_trusted(s, n, n, 1);
        ErrHandler eh = err_handler(errors);
        GpStrWriter w;
        gp_strw_init(&w);
        gp_ssize i = 0;
        while (i < n) {
            gp_ssize st = i;
            while (i < n && (unsigned char)s[i] < 0x80)
                i++;
            if (gp_strw_write_ascii(&w, s + st, i - st) < 0)
                goto afail;
            if (i >= n)
                break;
            if (eh == EH_XMLCHARREFREPLACE || eh == EH_NAMEREPLACE) {
                bad_decode_handler();
                goto afail;
            }
            if (eh == EH_STRICT || eh == EH_SURROGATEPASS) {
                raise_decode_error("ascii", s, n, i, i + 1, "ordinal not in range(128)");
                goto afail;
            }
            if (eh == EH_UNKNOWN) {
                unknown_handler(errors);
                goto afail;
            }
            if (decode_handle(&w, eh, s, i, i + 1) < 0)
                goto afail;
            i++;
        }
        return gp_strw_finish(&w);
    afail:
        gp_strw_discard(&w);
        return NULL;
    }
    if (!strcmp(c, "latin-1"))
        return gp_str_from_latin1(s, n);
    const uint16_t *high = charmap_table(c);
    if (high)
        return decode_charmap(s, n, errors, c, high);
    int width = c[4] == '1' ? 2 : 4;
    int order = c[6] == '\0' ? 0 : c[7] == 'l' ? 1 : 2;
    return decode_utf16_32(s, n, width, order, c, errors);
}

GpObject *gp_str_encode(GpObject *str, const char *encoding, const char *errors)
{
    const char *c = gp_codec_canonical(encoding);
    if (!c)
        return unknown_encoding(encoding);
    const char *p = GP_STR_DATA(str);
    gp_ssize n = GP_STR_NBYTES(str);
    if (!strcmp(c, "utf-8-sig")) {   /* a byte-order mark, then UTF-8 */
        GpObject *body = gp_str_encode(str, "utf-8", errors);
        if (!body)
            return NULL;
        GpObject *bom = gp_bytes_from("\xef\xbb\xbf", 3);
        GpObject *r = bom ? gp_bytes_concat(bom, body) : NULL;
        GP_XDECREF(bom);
        GP_DECREF(body);
        return r;
    }
    if (c[0] == 'u' && c[3] == '-' && c[4] == '8') {
        if (GP_STR_IS_ASCII(str) || !has_surrogates(p, n))
            return gp_bytes_from(p, n);
        return encode_generic(str, "utf-8", errors, 0, NULL);
    }
    if (!strcmp(c, "ascii")) {
        if (GP_STR_IS_ASCII(str))
            return gp_bytes_from(p, n);
        return encode_generic(str, "ascii", errors, 1, NULL);
    }
    if (!strcmp(c, "latin-1")) {
        if (GP_STR_IS_ASCII(str))
            return gp_bytes_from(p, n);
        return encode_generic(str, "latin-1", errors, 2, NULL);
    }
    const uint16_t *high = charmap_table(c);
    if (high) {
        if (GP_STR_IS_ASCII(str))
            return gp_bytes_from(p, n);
        return encode_generic(str, "charmap", errors, 3, high);
    }
    int width = c[4] == '1' ? 2 : 4;
    int order = c[6] == '\0' ? 0 : c[7] == 'l' ? 1 : 2;
    return encode_utf16_32(str, width, order, c, errors);
}
