/* strwriter.c -- GpStrWriter: build a str piece by piece.
 *
 * The writer accumulates UTF-8 in a buffer that starts inside the writer
 * itself (`small`, so short results such as reprs and error messages never
 * touch the allocator until the final object) and grows geometrically on the
 * heap. It tracks the code-point count and whether everything written so far
 * is ASCII, so gp_strw_finish() can build the str without rescanning.
 */
#include <string.h>
#include "gilpy.h"
#include "support/utf8.h"

void gp_strw_init(GpStrWriter *w)
{
    w->buf = w->small;
    w->len = 0;
    w->cap = (gp_ssize)sizeof w->small;
    w->ncp = 0;
    w->ascii = 1;
}

/* Make room for `extra` more bytes. */
static int strw_grow(GpStrWriter *w, gp_ssize extra)
{
    if (w->len + extra <= w->cap)
        return 0;
    if (extra > GP_SSIZE_MAX / 2 - w->len) {
        gp_err_no_memory();
        return -1;
    }
    gp_ssize ncap = w->cap * 2;
    if (ncap < w->len + extra)
        ncap = w->len + extra;
    char *nb;
    if (w->buf == w->small) {
        nb = gp_mem_malloc((size_t)ncap);
        if (nb)
            memcpy(nb, w->buf, (size_t)w->len);
    } else {
        nb = gp_mem_realloc(w->buf, (size_t)ncap);
    }
    if (!nb) {
        gp_err_no_memory();
        return -1;
    }
    w->buf = nb;
    w->cap = ncap;
    return 0;
}

int gp_strw_write(GpStrWriter *w, const char *utf8, gp_ssize nbytes)
{
    if (nbytes <= 0)
        return 0;
    if (strw_grow(w, nbytes) < 0)
        return -1;
    memcpy(w->buf + w->len, utf8, (size_t)nbytes);
    w->len += nbytes;
    if (w->ascii && gp_utf8_isascii(utf8, (size_t)nbytes)) {
        w->ncp += nbytes;
    } else {
        w->ascii = 0;
        w->ncp += (gp_ssize)gp_utf8_count(utf8, (size_t)nbytes);
    }
    return 0;
}

int gp_strw_write_ascii(GpStrWriter *w, const char *s, gp_ssize n)
{
    if (n <= 0)
        return 0;
    if (strw_grow(w, n) < 0)
        return -1;
    memcpy(w->buf + w->len, s, (size_t)n);
    w->len += n;
    w->ncp += n;
    return 0;
}

int gp_strw_write_cstr(GpStrWriter *w, const char *s)
{
    return gp_strw_write(w, s, (gp_ssize)strlen(s));
}

int gp_strw_write_str(GpStrWriter *w, GpObject *str)
{
    gp_ssize n = GP_STR_NBYTES(str);
    if (n == 0)
        return 0;
    if (strw_grow(w, n) < 0)
        return -1;
    memcpy(w->buf + w->len, GP_STR_DATA(str), (size_t)n);
    w->len += n;
    w->ncp += GP_STR_LEN(str);
    if (!GP_STR_IS_ASCII(str))
        w->ascii = 0;
    return 0;
}

int gp_strw_write_char(GpStrWriter *w, uint32_t cp)
{
    if (strw_grow(w, 4) < 0)
        return -1;
    if (cp < 0x80) {
        w->buf[w->len++] = (char)cp;
    } else {
        w->len += gp_utf8_encode(cp, w->buf + w->len);
        w->ascii = 0;
    }
    w->ncp++;
    return 0;
}

GpObject *gp_strw_finish(GpStrWriter *w)
{
    GpObject *r = gp_str_from_utf8_trusted(w->buf, w->len, w->ncp, w->ascii);
    gp_strw_discard(w);
    return r;
}

void gp_strw_discard(GpStrWriter *w)
{
    if (w->buf != w->small)
        gp_mem_free(w->buf);
    w->buf = w->small;
    w->len = w->cap = 0;
    w->cap = (gp_ssize)sizeof w->small;
    w->ncp = 0;
    w->ascii = 1;
}
