/* binasciimodule.c -- binascii: conversions between binary data and ASCII
 * encodings (hex, base64, uuencode) plus the crc32 / crc_hqx checksums.
 *
 * Functions that produce ASCII ("b2a_*", hexlify, crc*) take any buffer
 * exporter (bytes, bytearray, memoryview, array.array: gp_bytes_buffer);
 * functions that decode ASCII ("a2b_*", unhexlify) also accept a str that
 * contains only ASCII characters, as in CPython.
 *
 * Errors are binascii.Error (a ValueError subclass); binascii.Incomplete
 * exists for compatibility and is never raised here, as in CPython 3.
 *
 * The base64 decoder follows CPython's rules exactly, because scripts see
 * them: in the default mode characters outside the alphabet are skipped and
 * a '=' that completes a quad ends decoding; strict_mode rejects leading,
 * interrupted or trailing padding and stray characters.
 */
#include <string.h>
#include "gilpy.h"
#include "objects/typeobject.h"

/* uuencode lines carry at most this many data bytes (the length character
 * can express 0..63, and the format fixes 45). */
#define UU_MAX_LINE 45

static GpObject *binascii_error, *binascii_incomplete;

static GpObject *berr(const char *msg)
{
    return gp_err_format((GpType *)binascii_error, "%s", msg);
}

/* Data argument of the a2b_ functions: bytes-like or an ASCII-only str. */
static int ascii_data(GpObject *o, const char **p, gp_ssize *n)
{
    if (GP_STR_CHECK(o)) {
        if (!GP_STR_IS_ASCII(o)) {
            gp_err_set_string(&GpExc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *p = GP_STR_DATA(o);
        *n = GP_STR_NBYTES(o);
        return 0;
    }
    if (gp_bytes_buffer(o, p, n) < 0) {
        gp_err_clear();
        gp_err_format(&GpExc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                      GP_TYPE(o)->name);
        return -1;
    }
    return 0;
}

/* Parse `f(data, /, *, kwname=...)`: exactly one positional argument and
 * one optional keyword-only argument. */
static int one_pos_kw(const char *fname, GpObject *const *args, size_t nargsf, GpObject *kwnames,
                      const char *kwname, GpObject **data, GpObject **kw)
{
    gp_ssize nargs = GP_NARGS(nargsf);
    gp_ssize nkw = kwnames ? GP_SIZE(kwnames) : 0;
    *kw = NULL;
    if (nargs != 1) {
        gp_err_format(&GpExc_TypeError, "%s() takes exactly 1 positional argument (%zd given)", fname,
                      nargs);
        return -1;
    }
    for (gp_ssize k = 0; k < nkw; k++) {
        GpObject *name = GP_TUPLE_GET(kwnames, k);
        if (!kwname || !gp_str_eq_cstr(name, kwname)) {
            gp_err_format(&GpExc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        *kw = args[nargs + k];
    }
    *data = args[0];
    return 0;
}

/* ---- hex ------------------------------------------------------------------------ */

static const char hexdigits[] = "0123456789abcdef";

static GpObject *do_hexlify(GpObject *data, GpObject *sep, GpObject *bps)
{
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(data, &p, &n) < 0)
        return NULL;
    char sepc = 0;
    int have_sep = 0;
    if (sep) {
        gp_ssize sl = gp_len(sep);
        if (sl < 0)
            return NULL;
        if (sl != 1)
            return gp_err_format(&GpExc_ValueError, "sep must be length 1.");
        if (GP_STR_CHECK(sep)) {
            /* CPython takes any one-byte-wide character (Latin-1) as is */
            uint32_t c = gp_str_char_at(sep, 0);
            if (c > 0xFF)
                return gp_err_format(&GpExc_ValueError, "sep must be ASCII.");
            sepc = (char)c;
        } else if (GP_BYTES_CHECK(sep)) {
            sepc = GP_BYTES_DATA(sep)[0];
        } else {
            return gp_err_format(&GpExc_TypeError, "sep must be str or bytes.");
        }
        have_sep = 1;
    }
    gp_ssize group = 1;
    if (bps) {
        GpObject *i = gp_number_index(bps);
        if (!i)
            return NULL;
        int64_t v;
        int ovf = 0;
        v = gp_int_as_i64_clamped(i, &ovf);
        GP_DECREF(i);
        if (ovf || v > INT32_MAX || v < INT32_MIN)
            return gp_err_format(&GpExc_OverflowError, "Python int too large to convert to C int");
        group = (gp_ssize)v;
    }
    /* group > 0: separators counted from the right end; < 0: from the left */
    int from_left = group < 0;
    gp_ssize g = from_left ? -group : group;
    if (!have_sep || g == 0 || n == 0 || g >= n)
        have_sep = 0;
    gp_ssize nsep = have_sep ? (n - 1) / g : 0;
    if (n > (GP_SSIZE_MAX - nsep) / 2)
        return gp_err_no_memory();
    GpObject *r = gp_bytes_from(NULL, n * 2 + nsep);
    if (!r)
        return NULL;
    char *o = GP_BYTES_DATA(r);
    for (gp_ssize i = 0; i < n; i++) {
        if (have_sep && i > 0) {
            gp_ssize pos = from_left ? i : n - i;   /* bytes before (left) / after (right) the gap */
            if (pos % g == 0)
                *o++ = sepc;
        }
        unsigned char c = (unsigned char)p[i];
        *o++ = hexdigits[c >> 4];
        *o++ = hexdigits[c & 15];
    }
    return r;
}

static GpObject *b_hexlify_named(const char *fname, GpObject *const *args, size_t nargs,
                                 GpObject *kwnames)
{
    static const char *const kwlist[] = { "data", "sep", "bytes_per_sep", NULL };
    GpObject *a[3];
    if (gp_args_parse(fname, args, (size_t)GP_NARGS(nargs), kwnames, kwlist, 1, 3, a) < 0)
        return NULL;
    return do_hexlify(a[0], a[1], a[2]);
}

static GpObject *b_hexlify(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    return b_hexlify_named("hexlify", args, nargs, kwnames);
}

static GpObject *b_b2a_hex(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    return b_hexlify_named("b2a_hex", args, nargs, kwnames);
}

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

static GpObject *b_unhexlify(GpObject *m, GpObject *arg)
{
    (void)m;
    const char *p;
    gp_ssize n;
    if (ascii_data(arg, &p, &n) < 0)
        return NULL;
    if (n % 2)
        return berr("Odd-length string");
    GpObject *r = gp_bytes_from(NULL, n / 2);
    if (!r)
        return NULL;
    char *o = GP_BYTES_DATA(r);
    for (gp_ssize i = 0; i < n; i += 2) {
        int hi = hexval((unsigned char)p[i]), lo = hexval((unsigned char)p[i + 1]);
        if (hi < 0 || lo < 0) {
            GP_DECREF(r);
            return berr("Non-hexadecimal digit found");
        }
        *o++ = (char)(hi << 4 | lo);
    }
    return r;
}

/* ---- base64 ----------------------------------------------------------------------- */

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

static GpObject *b_b2a_base64(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    GpObject *data, *nl;
    if (one_pos_kw("b2a_base64", args, nargs, kwnames, "newline", &data, &nl) < 0)
        return NULL;
    int newline = 1;
    if (nl && (newline = gp_is_true(nl)) < 0)
        return NULL;
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(data, &p, &n) < 0)
        return NULL;
    if (n > (GP_SSIZE_MAX - 3) / 4 * 3)
        return gp_err_no_memory();
    gp_ssize outlen = (n + 2) / 3 * 4 + (newline ? 1 : 0);
    GpObject *r = gp_bytes_from(NULL, outlen);
    if (!r)
        return NULL;
    char *o = GP_BYTES_DATA(r);
    const unsigned char *s = (const unsigned char *)p;
    gp_ssize i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
        *o++ = b64chars[v >> 18];
        *o++ = b64chars[(v >> 12) & 63];
        *o++ = b64chars[(v >> 6) & 63];
        *o++ = b64chars[v & 63];
    }
    if (n - i == 1) {
        *o++ = b64chars[s[i] >> 2];
        *o++ = b64chars[(s[i] & 3) << 4];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        *o++ = b64chars[s[i] >> 2];
        *o++ = b64chars[(s[i] & 3) << 4 | s[i + 1] >> 4];
        *o++ = b64chars[(s[i + 1] & 15) << 2];
        *o++ = '=';
    }
    if (newline)
        *o++ = '\n';
    return r;
}

static GpObject *b_a2b_base64(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    GpObject *data, *sm;
    if (one_pos_kw("a2b_base64", args, nargs, kwnames, "strict_mode", &data, &sm) < 0)
        return NULL;
    int strict = 0;
    if (sm && (strict = gp_is_true(sm)) < 0)
        return NULL;
    const char *p;
    gp_ssize n;
    if (ascii_data(data, &p, &n) < 0)
        return NULL;
    GpObject *r = gp_bytes_from(NULL, n / 4 * 3 + 3);
    if (!r)
        return NULL;
    unsigned char *o = (unsigned char *)GP_BYTES_DATA(r), *o0 = o;
    int quad = 0, pads = 0, padding = 0;
    unsigned int acc = 0;
    const char *msg = NULL;
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '=') {
            padding = 1;
            if (strict && i == 0) {
                msg = "Leading padding not allowed";
                goto fail;
            }
            if (quad >= 2 && quad + ++pads >= 4) {
                /* the quad is complete: nothing after it is decoded */
                if (strict && i + 1 < n) {
                    msg = "Excess data after padding";
                    goto fail;
                }
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) {
                msg = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding) {
            msg = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        switch (quad) {
        case 0:
            acc = (unsigned)v;
            quad = 1;
            break;
        case 1:
            *o++ = (unsigned char)(acc << 2 | (unsigned)v >> 4);
            acc = (unsigned)v & 15;
            quad = 2;
            break;
        case 2:
            *o++ = (unsigned char)(acc << 4 | (unsigned)v >> 2);
            acc = (unsigned)v & 3;
            quad = 3;
            break;
        default:
            *o++ = (unsigned char)(acc << 6 | (unsigned)v);
            quad = 0;
            break;
        }
    }
    if (quad == 1) {
        gp_ssize nchars = (o - o0) / 3 * 4 + 1;
        GP_DECREF(r);
        return gp_err_format((GpType *)binascii_error,
                             "Invalid base64-encoded string: number of data characters (%zd) "
                             "cannot be 1 more than a multiple of 4", nchars);
    }
    if (quad != 0) {
        msg = "Incorrect padding";
        goto fail;
    }
done:
    return gp_bytes_resize(r, (gp_ssize)(o - o0));
fail:
    GP_DECREF(r);
    return berr(msg);
}

/* ---- uuencode ------------------------------------------------------------------------ */

static GpObject *b_b2a_uu(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    GpObject *data, *bt;
    if (one_pos_kw("b2a_uu", args, nargs, kwnames, "backtick", &data, &bt) < 0)
        return NULL;
    int backtick = 0;
    if (bt && (backtick = gp_is_true(bt)) < 0)
        return NULL;
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(data, &p, &n) < 0)
        return NULL;
    if (n > UU_MAX_LINE)
        return berr("At most 45 bytes at once");
    GpObject *r = gp_bytes_from(NULL, 1 + (n + 2) / 3 * 4 + 1);
    if (!r)
        return NULL;
    char *o = GP_BYTES_DATA(r);
#define UU_CHAR(v) ((char)(((v) == 0 && backtick) ? '`' : ' ' + (v)))
    *o++ = UU_CHAR((int)n);
    const unsigned char *s = (const unsigned char *)p;
    for (gp_ssize i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)s[i + 1] << 8;
        if (i + 2 < n)
            v |= s[i + 2];
        for (int k = 18; k >= 0; k -= 6)
            *o++ = UU_CHAR((int)((v >> k) & 63));
    }
#undef UU_CHAR
    *o++ = '\n';
    return r;
}

static GpObject *b_a2b_uu(GpObject *m, GpObject *arg)
{
    (void)m;
    const char *p;
    gp_ssize n;
    if (ascii_data(arg, &p, &n) < 0)
        return NULL;
    /* the first character is the byte count; an empty line reads as NUL,
     * which (like CPython) yields 32 zero bytes */
    unsigned char first = n > 0 ? (unsigned char)p[0] : 0;
    gp_ssize want = (first - ' ') & 63;
    const unsigned char *s = (const unsigned char *)p + (n > 0), *end = (const unsigned char *)p + n;
    GpObject *r = gp_bytes_from(NULL, want);
    if (!r)
        return NULL;
    unsigned char *o = (unsigned char *)GP_BYTES_DATA(r);
    unsigned int acc = 0;
    int bits = 0;
    gp_ssize left = want;
    while (left > 0) {
        unsigned int v = 0;
        if (s < end) {
            unsigned char c = *s++;
            if (c != '\n' && c != '\r') {
                if (c < ' ' || c > ' ' + 64) {
                    GP_DECREF(r);
                    return berr("Illegal char");
                }
                v = (c - ' ') & 63;
            }
        }
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
            left--;
        }
    }
    for (; s < end; s++) {
        /* only padding and line ends may follow the data */
        if (*s != ' ' && *s != ' ' + 64 && *s != '\n' && *s != '\r') {
            GP_DECREF(r);
            return berr("Trailing garbage");
        }
    }
    return r;
}

/* ---- checksums -------------------------------------------------------------------------- */

/* The low `bits` bits of an int argument, two's complement for negatives. */
static int masked_arg(GpObject *o, unsigned bits, uint32_t *out)
{
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    mpz_t z, rz;
    mpz_init(z);
    mpz_init(rz);
    gp_int_to_mpz(i, z);
    mpz_fdiv_r_2exp(rz, z, bits);
    *out = (uint32_t)mpz_get_ui(rz);
    mpz_clear(z);
    mpz_clear(rz);
    GP_DECREF(i);
    return 0;
}

static uint32_t crc32_table[256];

static void crc32_init_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
    }
}

static GpObject *b_crc32(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (gp_args_no_kw("binascii.crc32", kwnames) < 0 ||
        gp_args_count("crc32", (size_t)GP_NARGS(nargs), 1, 2) < 0)
        return NULL;
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(args[0], &p, &n) < 0)
        return NULL;
    uint32_t crc = 0;
    if (GP_NARGS(nargs) > 1 && masked_arg(args[1], 32, &crc) < 0)
        return NULL;
    crc = ~crc;
    for (gp_ssize i = 0; i < n; i++)
        crc = crc32_table[(crc ^ (unsigned char)p[i]) & 0xFF] ^ (crc >> 8);
    return gp_int_from_u64(~crc & 0xFFFFFFFFu);
}

static GpObject *b_crc_hqx(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    if (gp_args_no_kw("binascii.crc_hqx", kwnames) < 0 ||
        gp_args_count("crc_hqx", (size_t)GP_NARGS(nargs), 2, 2) < 0)
        return NULL;
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(args[0], &p, &n) < 0)
        return NULL;
    uint32_t crc;
    if (masked_arg(args[1], 16, &crc) < 0)
        return NULL;
    /* CRC-CCITT (XModem polynomial 0x1021), bitwise, MSB first */
    for (gp_ssize i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)p[i] << 8;
        for (int k = 0; k < 8; k++)
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
    return gp_int_from_u64(crc);
}

/* ---- module ----------------------------------------------------------------------------- */

static const GpMethodDef binascii_functions[] = {
    { "hexlify", (void *)b_hexlify, GP_METH_FASTKW,
      "Hexadecimal representation of binary data." },
    { "b2a_hex", (void *)b_b2a_hex, GP_METH_FASTKW,
      "Hexadecimal representation of binary data." },
    { "unhexlify", (void *)b_unhexlify, GP_METH_O,
      "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case)." },
    { "a2b_hex", (void *)b_unhexlify, GP_METH_O,
      "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\"." },
    { "b2a_base64", (void *)b_b2a_base64, GP_METH_FASTKW, "Base64-code line of data." },
    { "a2b_base64", (void *)b_a2b_base64, GP_METH_FASTKW, "Decode a line of base64 data." },
    { "b2a_uu", (void *)b_b2a_uu, GP_METH_FASTKW, "Uuencode line of data." },
    { "a2b_uu", (void *)b_a2b_uu, GP_METH_O, "Decode a line of uuencoded data." },
    { "crc32", (void *)b_crc32, GP_METH_FASTKW, "Compute CRC-32 incrementally." },
    { "crc_hqx", (void *)b_crc_hqx, GP_METH_FASTKW, "Compute CRC-CCITT incrementally." },
    { NULL },
};

static GpObject *make_exc(const char *name, GpType *base)
{
    GpObject *n = gp_str_from_cstr(name);
    GpObject *bases = gp_tuple_pack(1, (GpObject *)base);
    GpObject *dict = gp_dict_new();
    GpObject *modname = gp_str_from_cstr("binascii");
    GpObject *r = NULL;
    if (n && bases && dict && modname && gp_dict_setitem_str(dict, "__module__", modname) == 0)
        r = gp_type_new(&GpType_Type, n, bases, dict, NULL, NULL);
    GP_XDECREF(n);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(modname);
    return r;
}

int gp_mod_binascii_init(GpObject *m)
{
    if (!binascii_error) {
        /* created once and kept for the life of the process */
        binascii_error = make_exc("Error", &GpExc_ValueError);
        binascii_incomplete = make_exc("Incomplete", &GpExc_Exception);
        if (!binascii_error || !binascii_incomplete)
            return -1;
        crc32_init_table();
    }
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *doc = gp_str_from_cstr("Conversion between binary data and ASCII");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    if (gp_dict_setitem_str(d, "Error", binascii_error) < 0 ||
        gp_dict_setitem_str(d, "Incomplete", binascii_incomplete) < 0)
        return -1;
    return gp_add_functions(d, binascii_functions, gp_str_intern_cstr("binascii"));
}
