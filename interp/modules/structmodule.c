/* structmodule.c -- _struct: conversion between Python values and C
 * structs packed into bytes (the engine behind struct.py).
 *
 * A format is compiled once into a Struct object: a flat array of "fields",
 * one per value that pack() consumes / unpack() produces ('x' pad bytes make
 * none; "5s" and "5p" make one), each with its code, byte offset and size.
 * pack/unpack then walk that array.
 *
 * Modes (the optional first character):
 *   '@' (default) native byte order, native sizes, native alignment: each
 *       numeric item starts at a multiple of its size (a trailing "0q"
 *       therefore pads to 8);
 *   '=' native byte order, standard sizes, no alignment;
 *   '<' little-endian, '>' and '!' big-endian: standard sizes, no alignment.
 * Standard sizes: c b B ? x s p 1, h H e 2, i I l L f 4, q Q d 8; n, N and P
 * exist only in native mode ("bad char in struct format" otherwise).
 *
 * Range errors reproduce CPython's wording, which depends on the internal
 * routine CPython picks for a code: b/B always, and h/H when the byte order
 * is the host's, say "byte/ubyte/short/ushort format requires ...";
 * other 1..4-byte integers say "'i' format requires lo <= number <= hi";
 * 8-byte ones say "argument out of range", except that 8-byte codes in
 * the non-host byte order say "int too large to convert". Every value that
 * does not fit a C long (or unsigned long for unsigned codes) is "argument
 * out of range".
 */
#include <string.h>
#include <math.h>
#include <float.h>
#include "gilpy.h"
#include "mem/gc.h"
#include "objects/typeobject.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define HOST_LITTLE 0
#else
#define HOST_LITTLE 1
#endif

/* The module caches compiled formats for the module-level functions; it is
 * emptied when it reaches this many entries (formats in a program are few). */
#define STRUCT_CACHE_MAX 100

static GpObject *struct_error;    /* struct.error, created once */
static GpObject *struct_cache;    /* format -> Struct */

typedef struct {
    char code;
    char native;          /* native sizes/alignment ('@') */
    char little;          /* byte order */
    gp_ssize offset;
    gp_ssize size;        /* item size; the string length for 's'/'p' */
} Field;

typedef struct {
    GpObject ob;
    GpObject *format;     /* str */
    gp_ssize size;
    gp_ssize nfields;
    Field *fields;
    GpObject *weakreflist;
} Struct;

extern GpType GpStruct_Type, GpUnpackIter_Type;
#define ST(o) ((Struct *)(o))

static GpObject *serr(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gp_err_formatv((GpType *)struct_error, fmt, ap);
    va_end(ap);
    return NULL;
}

/* ---- format compilation ----------------------------------------------- */

/* Item size and alignment of a code in a mode; 0 size = unknown code. */
static int code_size(char c, int native, gp_ssize *size, gp_ssize *align)
{
    gp_ssize s;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
        *size = 1;
        *align = 1;
        return 0;
    case 'h': case 'H': case 'e': s = 2; break;
    case 'i': case 'I': case 'f': s = 4; break;
    case 'l': case 'L': s = native ? (gp_ssize)sizeof(long) : 4; break;
    case 'q': case 'Q': case 'd': s = 8; break;
    case 'n': case 'N': s = (gp_ssize)sizeof(size_t); if (!native) return -1; break;
    case 'P': s = (gp_ssize)sizeof(void *); if (!native) return -1; break;
    default:
        return -1;
    }
    *size = s;
    *align = native ? s : 1;
    return 0;
}

/* The ASCII text of a format argument (str or bytes), or TypeError. */
static int format_text(GpObject *fmt, const char **s, gp_ssize *n)
{
    if (GP_STR_CHECK(fmt)) {
        *s = GP_STR_DATA(fmt);
        *n = GP_STR_NBYTES(fmt);
        return 0;
    }
    if (GP_BYTES_CHECK(fmt)) {
        *s = GP_BYTES_DATA(fmt);
        *n = GP_SIZE(fmt);
        return 0;
    }
    gp_err_format(&GpExc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                  gp_type_name(GP_TYPE(fmt)));
    return -1;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Compile fmt into st (replacing what it held). */
static int struct_compile(Struct *st, GpObject *fmt)
{
    const char *s;
    gp_ssize n;
    if (format_text(fmt, &s, &n) < 0)
        return -1;
    const char *end = s + n, *p = s;
    int native = 1, little = HOST_LITTLE;
    if (p < end) {
        switch (*p) {
        case '@': p++; break;
        case '=': native = 0; p++; break;
        case '<': native = 0; little = 1; p++; break;
        case '>': case '!': native = 0; little = 0; p++; break;
        }
    }
    /* pass 1: size and field count; pass 2: fill the fields */
    Field *fields = NULL;
    gp_ssize nfields = 0, size = 0;
    for (int pass = 0; pass < 2; pass++) {
        gp_ssize fi = 0;
        size = 0;
        for (const char *q = p; q < end; q++) {
            char c = *q;
            if (is_space(c))
                continue;
            gp_ssize num = 1;
            if (c >= '0' && c <= '9') {
                num = 0;
                while (q < end && *q >= '0' && *q <= '9') {
                    int dg = *q - '0';
                    if (num > (GP_SSIZE_MAX - dg) / 10)
                        goto too_long;
                    num = num * 10 + dg;
                    q++;
                }
                if (q == end) {
                    serr("repeat count given without format specifier");
                    goto fail;
                }
                c = *q;
            }
            gp_ssize isz, al;
            if (code_size(c, native, &isz, &al) < 0) {
                serr("bad char in struct format");
                goto fail;
            }
            if (al > 1)
                size = (size + al - 1) / al * al;
            if (c == 's' || c == 'p') {
                if (pass && fields) {
                    Field f = { c, (char)native, (char)little, size, num };
                    fields[fi] = f;
                }
                fi++;
                if (num > GP_SSIZE_MAX - size)
                    goto too_long;
                size += num;
                continue;
            }
            if (num > (GP_SSIZE_MAX - size) / isz)
                goto too_long;
            if (c != 'x') {
                if (pass && fields) {
                    for (gp_ssize k = 0; k < num; k++) {
                        Field f = { c, (char)native, (char)little, size + k * isz, isz };
                        fields[fi + k] = f;
                    }
                }
                fi += num;
            }
            size += num * isz;
        }
        if (pass == 0) {
            nfields = fi;
            if ((size_t)nfields > (size_t)GP_SSIZE_MAX / sizeof(Field)) {
                gp_err_no_memory();
                return -1;
            }
            fields = gp_mem_malloc((size_t)(nfields ? nfields : 1) * sizeof(Field));
            if (!fields) {
                gp_err_no_memory();
                return -1;
            }
        }
    }
    GpObject *fstr = GP_STR_CHECK(fmt) ? gp_newref(fmt) : gp_str_from_utf8(s, n);
    if (!fstr)
        goto fail;
    GP_SETREF(st->format, fstr);
    gp_mem_free(st->fields);
    st->fields = fields;
    st->nfields = nfields;
    st->size = size;
    return 0;
too_long:
    serr("total struct size too long");
fail:
    gp_mem_free(fields);
    return -1;
}

/* ---- packing ------------------------------------------------------------- */

static void put_bits(char *p, uint64_t v, gp_ssize size, int little)
{
    for (gp_ssize i = 0; i < size; i++) {
        unsigned char b = (unsigned char)(v >> (8 * i));
        p[little ? i : size - 1 - i] = (char)b;
    }
}

static uint64_t get_bits(const char *p, gp_ssize size, int little)
{
    uint64_t v = 0;
    for (gp_ssize i = 0; i < size; i++) {
        unsigned char b = (unsigned char)p[little ? i : size - 1 - i];
        v |= (uint64_t)b << (8 * i);
    }
    return v;
}

/* The integer value of a pack argument (new ref), via __index__. */
static GpObject *int_arg(GpObject *o)
{
    if (GP_INT_CHECK(o))
        return gp_newref(o);
    if (gp_index_check(o))
        return gp_number_index(o);
    return serr("required argument is not an integer");
}

/* Classify an int: fits int64 (*s set, returns 1), or fits uint64 (*u
 * set, returns 2), or neither (0). Negative values below INT64_MIN: 0. */
static int int_fit(GpObject *v, int64_t *s, uint64_t *u)
{
    if (GP_INT_IS_SMALL(v)) {
        *s = GP_INT_VAL(v);
        *u = (uint64_t)*s;
        return 1;
    }
    if (gp_int_sign(v) < 0)
        return 0;
    GpIntView view;
    mpz_srcptr z = gp_int_view(v, &view);
    if (mpz_sizeinbase(z, 2) > 64)
        return 0;
    *u = (uint64_t)mpz_get_ui(z);
    return 2;
}

static const char *short_name(char c)
{
    switch (c) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
    }
}

static int pack_int(const Field *f, GpObject *arg, char *p)
{
    GpObject *v = int_arg(arg);
    if (!v)
        return -1;
    int64_t sv = 0;
    uint64_t uv = 0;
    int fit = int_fit(v, &sv, &uv);
    int neg = gp_int_sign(v) < 0;
    GP_DECREF(v);
    char c = f->code;
    int is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    gp_ssize size = f->size;
    int host_order = f->native || f->little == HOST_LITTLE;

    if (c == 'P') {
        if (!fit) {
            serr("int too large to convert");
            return -1;
        }
        put_bits(p, uv, size, f->little);
        return 0;
    }
    if (size == 8) {
        int ok = is_unsigned ? (fit != 0 && !neg) : fit == 1;
        if (!ok) {
            serr(host_order ? "argument out of range" : "int too large to convert");
            return -1;
        }
        put_bits(p, uv, size, f->little);
        return 0;
    }
    int by_name = c == 'b' || c == 'B' || ((c == 'h' || c == 'H') && host_order);
    if (by_name) {
        /* CPython's byte/short routines read a C long first */
        if (fit != 1) {
            serr("argument out of range");
            return -1;
        }
        int64_t lo = is_unsigned ? 0 : -((int64_t)1 << (8 * size - 1));
        int64_t hi = is_unsigned ? ((int64_t)1 << (8 * size)) - 1 : ((int64_t)1 << (8 * size - 1)) - 1;
        if (sv < lo || sv > hi) {
            serr("%s format requires %lld <= number <= %lld", short_name(c), (long long)lo, (long long)hi);
            return -1;
        }
        put_bits(p, (uint64_t)sv, size, f->little);
        return 0;
    }
    if (is_unsigned) {
        if (!fit || neg) {
            serr("argument out of range");
            return -1;
        }
        uint64_t hi = ((uint64_t)1 << (8 * size)) - 1;
        if (uv > hi) {
            serr("'%c' format requires 0 <= number <= %llu", c, (unsigned long long)hi);
            return -1;
        }
        put_bits(p, uv, size, f->little);
        return 0;
    }
    if (fit != 1) {
        serr("argument out of range");
        return -1;
    }
    int64_t lo = -((int64_t)1 << (8 * size - 1)), hi = ((int64_t)1 << (8 * size - 1)) - 1;
    if (sv < lo || sv > hi) {
        serr("'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
        return -1;
    }
    put_bits(p, (uint64_t)sv, size, f->little);
    return 0;
}

/* IEEE binary16 from a double, rounding half to even: -1 on overflow. */
static int half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    x = fabs(x);
    if (x == 0.0) {
        *out = sign;
        return 0;
    }
    int e;
    double m = frexp(x, &e);    /* x = m * 2**e, 0.5 <= m < 1 */
    int E = e - 1;              /* x = (2m) * 2**E, 1 <= 2m < 2 */
    uint32_t bits;
    if (E < -14) {
        /* subnormal: a multiple of 2**-24 (rounding may yield the
         * smallest normal, whose encoding is the next integer) */
        bits = (uint32_t)nearbyint(ldexp(x, 24));
    } else {
        if (E > 15)
            return -1;
        double frac = (2.0 * m - 1.0) * 1024.0;   /* exact */
        bits = ((uint32_t)(E + 15) << 10) + (uint32_t)nearbyint(frac);
    }
    if (bits >= 0x7c00)
        return -1;
    *out = (uint16_t)(sign | bits);
    return 0;
}

static double half_value(uint16_t h)
{
    int sign = h >> 15, e = (h >> 10) & 0x1f, f = h & 0x3ff;
    double x;
    if (e == 0)
        x = ldexp((double)f, -24);
    else if (e == 31)
        x = f ? NAN : INFINITY;
    else
        x = ldexp((double)(f + 1024), e - 25);
    return sign ? -x : x;
}

static int pack_float(const Field *f, GpObject *arg, char *p)
{
    double x = gp_float_as_double(arg);
    if (x == -1.0 && gp_err_occurred()) {
        gp_err_clear();
        serr("required argument is not a float");
        return -1;
    }
    switch (f->code) {
    case 'd': {
        uint64_t b;
        memcpy(&b, &x, 8);
        put_bits(p, b, 8, f->little);
        return 0;
    }
    case 'f': {
        float y = (float)x;
        if (!f->native && isinf(y) && !isinf(x)) {
            gp_err_set_string(&GpExc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t b;
        memcpy(&b, &y, 4);
        put_bits(p, b, 4, f->little);
        return 0;
    }
    default: {   /* 'e' */
        uint16_t h;
        if (half_bits(x, &h) < 0) {
            gp_err_set_string(&GpExc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        put_bits(p, h, 2, f->little);
        return 0;
    }
    }
}

static int pack_field(const Field *f, GpObject *arg, char *p)
{
    switch (f->code) {
    case 'c': {
        if (GP_BYTES_CHECK(arg) && GP_SIZE(arg) == 1) {
            *p = GP_BYTES_DATA(arg)[0];
            return 0;
        }
        serr("char format requires a bytes object of length 1");
        return -1;
    }
    case 's': case 'p': {
        if (!GP_BYTES_CHECK(arg) && !GP_BYTEARRAY_CHECK(arg)) {
            serr("argument for '%c' must be a bytes object", f->code);
            return -1;
        }
        const char *data = gp_bytes_like_data(arg);
        gp_ssize n = GP_SIZE(arg);
        if (f->code == 's') {
            if (n > f->size)
                n = f->size;
            memcpy(p, data, (size_t)n);
            return 0;
        }
        if (f->size == 0)
            return 0;
        if (n > f->size - 1)
            n = f->size - 1;
        memcpy(p + 1, data, (size_t)n);
        p[0] = (char)(unsigned char)(n > 255 ? 255 : n);
        return 0;
    }
    case '?': {
        int t = gp_is_true(arg);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    case 'e': case 'f': case 'd':
        return pack_float(f, arg, p);
    default:
        return pack_int(f, arg, p);
    }
}

/* Pack args into buf (st->size bytes, zeroed by the caller). */
static int struct_pack_into_buf(Struct *st, GpObject *const *args, gp_ssize nargs, char *buf,
                                const char *who)
{
    if (nargs != st->nfields) {
        serr("%s expected %zd items for packing (got %zd)", who, st->nfields, nargs);
        return -1;
    }
    for (gp_ssize i = 0; i < nargs; i++)
        if (pack_field(&st->fields[i], args[i], buf + st->fields[i].offset) < 0)
            return -1;
    return 0;
}

/* ---- unpacking ------------------------------------------------------------- */

static GpObject *unpack_field(const Field *f, const char *p)
{
    char c = f->code;
    switch (c) {
    case 'c': return gp_bytes_from(p, 1);
    case 's': return gp_bytes_from(p, f->size);
    case 'p': {
        if (f->size == 0)
            return gp_bytes_from("", 0);
        gp_ssize n = (unsigned char)p[0];
        if (n > f->size - 1)
            n = f->size - 1;
        return gp_bytes_from(p + 1, n);
    }
    case '?': return gp_bool(*p != 0);
    case 'e': return gp_float_new(half_value((uint16_t)get_bits(p, 2, f->little)));
    case 'f': {
        uint32_t b = (uint32_t)get_bits(p, 4, f->little);
        float y;
        memcpy(&y, &b, 4);
        return gp_float_new((double)y);
    }
    case 'd': {
        uint64_t b = get_bits(p, 8, f->little);
        double x;
        memcpy(&x, &b, 8);
        return gp_float_new(x);
    }
    default: break;
    }
    uint64_t v = get_bits(p, f->size, f->little);
    int is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    if (is_unsigned)
        return gp_int_from_u64(v);
    if (f->size < 8 && (v >> (8 * f->size - 1)) & 1)
        v |= ~(uint64_t)0 << (8 * f->size);   /* sign-extend */
    return gp_int_from_i64((int64_t)v);
}

static GpObject *struct_unpack_buf(Struct *st, const char *buf)
{
    GpObject *t = gp_tuple_new(st->nfields);
    if (!t)
        return NULL;
    for (gp_ssize i = 0; i < st->nfields; i++) {
        GpObject *v = unpack_field(&st->fields[i], buf + st->fields[i].offset);
        if (!v) {
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, i, v);
    }
    return t;
}

/* A writable buffer for pack_into: any writable, C-contiguous exporter. */
static int writable_buffer(GpObject *o, char **data, gp_ssize *len)
{
    if (gp_bytes_writable_buffer(o, data, len) == 0)
        return 0;
    if (!gp_err_matches(&GpExc_TypeError) && !gp_err_matches(&GpExc_BufferError))
        return -1;
    gp_err_clear();
    gp_err_format(&GpExc_TypeError, "argument must be read-write bytes-like object, not %s",
                  gp_type_name(GP_TYPE(o)));
    return -1;
}

/* ---- Struct methods (shared by the module functions) ----------------------- */

static GpObject *st_pack(Struct *st, GpObject *const *args, gp_ssize nargs)
{
    GpObject *b = gp_bytes_from(NULL, st->size);
    if (!b)
        return NULL;
    memset(GP_BYTES_DATA(b), 0, (size_t)st->size);
    if (struct_pack_into_buf(st, args, nargs, GP_BYTES_DATA(b), "pack") < 0) {
        GP_DECREF(b);
        return NULL;
    }
    return b;
}

static GpObject *st_pack_into(Struct *st, GpObject *const *args, gp_ssize nargs)
{
    if (nargs < 1)
        return serr("pack_into expected buffer argument");
    if (nargs < 2)
        return serr("pack_into expected offset argument");
    if (nargs - 2 != st->nfields)
        return serr("pack_into expected %zd items for packing (got %zd)", st->nfields, nargs - 2);
    char *data;
    gp_ssize len;
    if (writable_buffer(args[0], &data, &len) < 0)
        return NULL;
    gp_ssize off = gp_number_as_ssize(args[1], &GpExc_OverflowError);
    if (off == -1 && gp_err_occurred())
        return NULL;
    if (off < 0) {
        if (off + st->size > 0)
            return serr("no space to pack %zd bytes at offset %zd", st->size, off);
        if (off + len < 0)
            return serr("offset %zd out of range for %zd-byte buffer", off, len);
        off += len;
    }
    if (len - off < st->size)
        return serr("pack_into requires a buffer of at least %zu bytes for packing %zd bytes at offset %zd (actual buffer size is %zd)",
                    (size_t)st->size + (size_t)off, st->size, off, len);
    /* pack into a scratch area first: a failing argument leaves the
     * buffer untouched, and no Python code runs while we hold `data` */
    char small[256];
    char *tmp = st->size <= (gp_ssize)sizeof small ? small : gp_mem_malloc((size_t)st->size);
    if (!tmp)
        return gp_err_no_memory();
    memset(tmp, 0, (size_t)st->size);
    int r = struct_pack_into_buf(st, args + 2, nargs - 2, tmp, "pack_into");
    if (r == 0) {
        /* an argument's __index__ may have resized the buffer */
        if (writable_buffer(args[0], &data, &len) < 0 || len - off < st->size)
            r = -1;
        if (r == 0) {
            memcpy(data + off, tmp, (size_t)st->size);   /* pad bytes become 0, as CPython */
        } else if (!gp_err_occurred()) {
            serr("buffer changed size during pack_into");
        }
    }
    if (tmp != small)
        gp_mem_free(tmp);
    if (r < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *st_unpack(Struct *st, GpObject *buffer)
{
    const char *data;
    gp_ssize len;
    if (gp_bytes_buffer(buffer, &data, &len) < 0)
        return NULL;
    if (len != st->size)
        return serr("unpack requires a buffer of %zd bytes", st->size);
    return struct_unpack_buf(st, data);
}

static GpObject *st_unpack_from(Struct *st, GpObject *buffer, GpObject *offset)
{
    const char *data;
    gp_ssize len, off = 0;
    if (offset) {
        off = gp_number_as_ssize(offset, &GpExc_OverflowError);
        if (off == -1 && gp_err_occurred())
            return NULL;
    }
    if (gp_bytes_buffer(buffer, &data, &len) < 0)
        return NULL;
    if (off < 0) {
        if (off + len < 0)
            return serr("offset %zd out of range for %zd-byte buffer", off, len);
        if (off + st->size > 0)
            return serr("not enough data to unpack %zd bytes at offset %zd", st->size, off);
        off += len;
    }
    if (len - off < st->size)
        return serr("unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at offset %zd (actual buffer size is %zd)",
                    (size_t)st->size + (size_t)off, st->size, off, len);
    return struct_unpack_buf(st, data + off);
}

/* ---- unpack_iterator --------------------------------------------------------- */

typedef struct {
    GpObject ob;
    Struct *st;
    GpObject *buffer;     /* NULL once exhausted */
    gp_ssize index;       /* byte offset of the next record */
} UnpackIter;

static GpObject *st_iter_unpack(Struct *st, GpObject *buffer)
{
    if (st->size == 0)
        return serr("cannot iteratively unpack with a struct of length 0");
    const char *data;
    gp_ssize len;
    if (gp_bytes_buffer(buffer, &data, &len) < 0)
        return NULL;
    if (len % st->size != 0)
        return serr("iterative unpacking requires a buffer of a multiple of %zd bytes", st->size);
    UnpackIter *it = (UnpackIter *)gp_obj_alloc(&GpUnpackIter_Type, 0);
    if (!it)
        return NULL;
    it->st = (Struct *)gp_newref(st);
    it->buffer = gp_newref(buffer);
    it->index = 0;
    gp_gc_track((GpObject *)it);
    return (GpObject *)it;
}

static void uiter_dealloc(GpObject *o)
{
    UnpackIter *it = (UnpackIter *)o;
    gp_gc_untrack(o);
    GP_XDECREF(it->st);
    GP_XDECREF(it->buffer);
    gp_obj_free(o);
}

static int uiter_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    UnpackIter *it = (UnpackIter *)o;
    if (it->st) {
        int r = visit((GpObject *)it->st, arg);
        if (r)
            return r;
    }
    if (it->buffer)
        return visit(it->buffer, arg);
    return 0;
}

static int uiter_clear(GpObject *o)
{
    GP_CLEAR(((UnpackIter *)o)->buffer);
    return 0;
}

static GpObject *uiter_next(GpObject *o)
{
    UnpackIter *it = (UnpackIter *)o;
    if (!it->buffer)
        return NULL;
    const char *data;
    gp_ssize len;
    if (gp_bytes_buffer(it->buffer, &data, &len) < 0)
        return NULL;
    if (len - it->index < it->st->size) {
        GP_CLEAR(it->buffer);
        return NULL;
    }
    GpObject *r = struct_unpack_buf(it->st, data + it->index);
    it->index += it->st->size;
    return r;
}

static GpObject *uiter_self(GpObject *o) { return gp_newref(o); }

static GpObject *uiter_length_hint(GpObject *o, GpObject *unused)
{
    (void)unused;
    UnpackIter *it = (UnpackIter *)o;
    gp_ssize n = 0;
    if (it->buffer) {
        const char *data;
        gp_ssize len;
        if (gp_bytes_buffer(it->buffer, &data, &len) < 0)
            return NULL;
        n = (len - it->index) / it->st->size;
        if (n < 0)
            n = 0;
    }
    return gp_int_from_ssize(n);
}

static const GpMethodDef uiter_methods[] = {
    GP_METHOD("__length_hint__", uiter_length_hint, GP_METH_NOARGS),
    { NULL },
};

GpType GpUnpackIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = uiter_dealloc,
    .traverse = uiter_traverse,
    .clear = uiter_clear,
    .iter = uiter_self,
    .iternext = uiter_next,
    .methods = uiter_methods,
};

/* ---- the Struct type ------------------------------------------------------ */

static GpObject *struct_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    Struct *st = (Struct *)gp_type_generic_alloc(type, 0);
    if (!st)
        return NULL;
    st->format = gp_str_empty();
    st->size = 0;
    st->nfields = 0;
    st->fields = NULL;
    return (GpObject *)st;
}

static int struct_init(GpObject *self, GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    static const char *const kwlist[] = { "format", NULL };
    GpObject *a[1];
    if (gp_args_parse("Struct", args, (size_t)GP_NARGS(nargsf), kwnames, kwlist, 1, 1, a) < 0)
        return -1;
    return struct_compile(ST(self), a[0]);
}

static void struct_dealloc(GpObject *o)
{
    Struct *st = ST(o);
    if (st->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &st->weakreflist);
    st->weakreflist = NULL;
    GP_XDECREF(st->format);
    gp_mem_free(st->fields);
    gp_obj_free(o);
}

static GpObject *Struct_pack(GpObject *self, GpObject *const *args, size_t nargs)
{
    return st_pack(ST(self), args, (gp_ssize)nargs);
}

static GpObject *Struct_pack_into(GpObject *self, GpObject *const *args, size_t nargs)
{
    return st_pack_into(ST(self), args, (gp_ssize)nargs);
}

static GpObject *Struct_unpack(GpObject *self, GpObject *buffer)
{
    return st_unpack(ST(self), buffer);
}

static GpObject *Struct_unpack_from(GpObject *self, GpObject *const *args, size_t nargs,
                                    GpObject *kwnames)
{
    static const char *const kwlist[] = { "buffer", "offset", NULL };
    GpObject *a[2];
    if (gp_args_parse("unpack_from", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    return st_unpack_from(ST(self), a[0], a[1]);
}

static GpObject *Struct_iter_unpack(GpObject *self, GpObject *buffer)
{
    return st_iter_unpack(ST(self), buffer);
}

static GpObject *Struct_sizeof(GpObject *self, GpObject *unused)
{
    (void)unused;
    return gp_int_from_ssize((gp_ssize)sizeof(Struct) + ST(self)->nfields * (gp_ssize)sizeof(Field));
}

static const GpMethodDef struct_methods[] = {
    { "pack", (void *)Struct_pack, GP_METH_FAST,
      "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings." },
    { "pack_into", (void *)Struct_pack_into, GP_METH_FAST,
      "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings." },
    { "unpack", (void *)Struct_unpack, GP_METH_O,
      "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size." },
    { "unpack_from", (void *)Struct_unpack_from, GP_METH_FASTKW,
      "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format." },
    { "iter_unpack", (void *)Struct_iter_unpack, GP_METH_O,
      "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from()." },
    { "__sizeof__", (void *)Struct_sizeof, GP_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" },
    { NULL },
};

static GpObject *struct_get_format(GpObject *self, void *c)
{
    (void)c;
    return gp_newref(ST(self)->format);
}

static GpObject *struct_get_size(GpObject *self, void *c)
{
    (void)c;
    return gp_int_from_ssize(ST(self)->size);
}

static const GpGetSetDef struct_getsets[] = {
    { "format", struct_get_format, NULL, "struct format string", NULL },
    { "size", struct_get_size, NULL, "struct size in bytes", NULL },
    { NULL },
};

GpType GpStruct_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_struct.Struct",
    .doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\n"
           "Return a new Struct object which writes and reads binary data according to\n"
           "the format string.\n\nSee help(struct) for more on format strings.",
    .basicsize = sizeof(Struct),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = struct_dealloc,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .new_ = struct_new,
    .init = struct_init,
    .methods = struct_methods,
    .getsets = struct_getsets,
    .weaklistoffset = offsetof(Struct, weakreflist),
};

/* ---- module functions --------------------------------------------------------- */

/* The compiled Struct for a format (borrowed from the cache: new ref). */
static Struct *cached_struct(GpObject *fmt)
{
    if (!GP_STR_CHECK(fmt) && !GP_BYTES_CHECK(fmt)) {
        gp_err_format(&GpExc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                      gp_type_name(GP_TYPE(fmt)));
        return NULL;
    }
    GpObject *hit = gp_dict_getitem_err(struct_cache, fmt);
    if (hit)
        return (Struct *)gp_newref(hit);
    if (gp_err_occurred())
        return NULL;
    Struct *st = (Struct *)struct_new(&GpStruct_Type, NULL, 0, NULL);
    if (!st)
        return NULL;
    if (struct_compile(st, fmt) < 0) {
        GP_DECREF(st);
        return NULL;
    }
    if (GP_DICT_LEN(struct_cache) >= STRUCT_CACHE_MAX)
        gp_dict_clear(struct_cache);
    if (gp_dict_setitem(struct_cache, fmt, (GpObject *)st) < 0) {
        GP_DECREF(st);
        return NULL;
    }
    return st;
}

static GpObject *mod_pack(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (nargs < 1)
        return gp_err_format(&GpExc_TypeError, "missing format argument");
    Struct *st = cached_struct(args[0]);
    if (!st)
        return NULL;
    GpObject *r = st_pack(st, args + 1, (gp_ssize)nargs - 1);
    GP_DECREF(st);
    return r;
}

static GpObject *mod_pack_into(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (nargs < 1)
        return gp_err_format(&GpExc_TypeError, "missing format argument");
    Struct *st = cached_struct(args[0]);
    if (!st)
        return NULL;
    GpObject *r = st_pack_into(st, args + 1, (gp_ssize)nargs - 1);
    GP_DECREF(st);
    return r;
}

static GpObject *mod_unpack(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (gp_args_count("unpack", nargs, 2, 2) < 0)
        return NULL;
    Struct *st = cached_struct(args[0]);
    if (!st)
        return NULL;
    GpObject *r = st_unpack(st, args[1]);
    GP_DECREF(st);
    return r;
}

static GpObject *mod_unpack_from(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "", "buffer", "offset", NULL };
    GpObject *a[3];
    if (gp_args_parse("unpack_from", args, nargs, kwnames, kwlist, 2, 3, a) < 0)
        return NULL;
    Struct *st = cached_struct(a[0]);
    if (!st)
        return NULL;
    GpObject *r = st_unpack_from(st, a[1], a[2]);
    GP_DECREF(st);
    return r;
}

static GpObject *mod_iter_unpack(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (gp_args_count("iter_unpack", nargs, 2, 2) < 0)
        return NULL;
    Struct *st = cached_struct(args[0]);
    if (!st)
        return NULL;
    GpObject *r = st_iter_unpack(st, args[1]);
    GP_DECREF(st);
    return r;
}

static GpObject *mod_calcsize(GpObject *m, GpObject *fmt)
{
    (void)m;
    Struct *st = cached_struct(fmt);
    if (!st)
        return NULL;
    GpObject *r = gp_int_from_ssize(st->size);
    GP_DECREF(st);
    return r;
}

static GpObject *mod_clearcache(GpObject *m, GpObject *unused)
{
    (void)m;
    (void)unused;
    gp_dict_clear(struct_cache);
    GP_RETURN_NONE;
}

static const GpMethodDef struct_functions[] = {
    { "pack", (void *)mod_pack, GP_METH_FAST,
      "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings." },
    { "pack_into", (void *)mod_pack_into, GP_METH_FAST,
      "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset." },
    { "unpack", (void *)mod_unpack, GP_METH_FAST,
      "Return a tuple containing values unpacked according to the format string." },
    { "unpack_from", (void *)mod_unpack_from, GP_METH_FASTKW,
      "Return a tuple containing values unpacked according to the format string." },
    { "iter_unpack", (void *)mod_iter_unpack, GP_METH_FAST,
      "Return an iterator yielding tuples unpacked from the buffer." },
    { "calcsize", (void *)mod_calcsize, GP_METH_O,
      "Return size in bytes of the struct described by the format string." },
    { "_clearcache", (void *)mod_clearcache, GP_METH_NOARGS, "Clear the internal cache." },
    { NULL },
};

static int make_error_class(void)
{
    if (struct_error)
        return 0;
    GpObject *name = gp_str_from_cstr("error");
    GpObject *bases = gp_tuple_pack(1, (GpObject *)&GpExc_Exception);
    GpObject *dict = gp_dict_new();
    GpObject *modname = gp_str_from_cstr("struct");
    int rc = -1;
    if (name && bases && dict && modname && gp_dict_setitem_str(dict, "__module__", modname) == 0) {
        struct_error = gp_type_new(&GpType_Type, name, bases, dict, NULL, NULL);   /* kept forever */
        if (struct_error)
            rc = 0;
    }
    GP_XDECREF(name);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(modname);
    return rc;
}

int gp_mod__struct_init(GpObject *m)
{
    if (gp_type_ready(&GpStruct_Type) < 0 || gp_type_ready(&GpUnpackIter_Type) < 0)
        return -1;
    if (make_error_class() < 0)
        return -1;
    if (!struct_cache && !(struct_cache = gp_dict_new()))
        return -1;
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *doc = gp_str_from_cstr(
        "Functions to convert between Python values and C structs.\n"
        "Python bytes objects are used to hold the data representing the C struct\n"
        "and also as format strings (explained below) to describe the layout of data\n"
        "in the C struct.\n");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    if (gp_dict_setitem_str(d, "Struct", (GpObject *)&GpStruct_Type) < 0 ||
        gp_dict_setitem_str(d, "error", struct_error) < 0)
        return -1;
    return gp_add_functions(d, struct_functions, gp_str_intern_cstr("_struct"));
}
