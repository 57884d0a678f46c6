/* buffer.c -- the buffer protocol: the consumer side and exporter helpers.
 *
 * A type exports memory through GpType.as_buffer (see object.h). Heap
 * subclasses (class B(bytearray)) leave the slot NULL, so the lookup walks
 * the chain of solid bases: the first exporter found serves the instance,
 * exactly like CPython's inherited tp_as_buffer.
 *
 * Every GpBuffer carries its own shape/strides arrays, so a view can be
 * copied by value (memoryview keeps the exporter's buffer and derives its
 * own geometry from it). The reference in view->obj keeps the exporter
 * alive; the exporter's own counter (bytearray, array) keeps it from
 * resizing until the matching gp_buffer_release.
 */
#include <string.h>
#include "gilpy.h"

static const GpBufferProcs *find_procs(GpType *t)
{
    for (; t; t = t->base)
        if (t->as_buffer)
            return t->as_buffer;
    return NULL;
}

int gp_object_check_buffer(GpObject *o)
{
    return find_procs(GP_TYPE(o)) != NULL;
}

int gp_object_get_buffer(GpObject *o, GpBuffer *view, int flags)
{
    const GpBufferProcs *p = find_procs(GP_TYPE(o));
    view->obj = NULL;
    if (!p) {
        gp_err_format(&GpExc_TypeError, "a bytes-like object is required, not '%T'", o);
        return -1;
    }
    if (p->getbuffer(o, view, flags) < 0) {
        view->obj = NULL;
        return -1;
    }
    return 0;
}

void gp_buffer_release(GpBuffer *view)
{
    GpObject *o = view->obj;
    if (!o)
        return;
    const GpBufferProcs *p = find_procs(GP_TYPE(o));
    if (p && p->releasebuffer)
        p->releasebuffer(o, view);
    view->obj = NULL;
    gp_decref(o);
}

int gp_buffer_fill_info(GpBuffer *view, GpObject *o, void *buf, gp_ssize len, int readonly,
                        int flags)
{
    if ((flags & GP_BUF_WRITABLE) && readonly) {
        gp_err_set_string(&GpExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = gp_newref(o);
    view->buf = buf;
    view->len = len;
    view->itemsize = 1;
    view->readonly = readonly;
    view->ndim = 1;
    view->format = "B";
    view->shape[0] = len;
    view->strides[0] = 1;
    return 0;
}

int gp_buffer_is_contiguous(const GpBuffer *v, char order)
{
    if (v->len == 0)
        return 1;
    if (order == 'C' || order == 'A') {
        gp_ssize sd = v->itemsize;
        int ok = 1;
        for (int i = v->ndim - 1; i >= 0; i--) {
            if (v->shape[i] > 1 && v->strides[i] != sd) {
                ok = 0;
                break;
            }
            sd *= v->shape[i];
        }
        if (ok)
            return 1;
        if (order == 'C')
            return 0;
    }
    gp_ssize sd = v->itemsize;
    for (int i = 0; i < v->ndim; i++) {
        if (v->shape[i] > 1 && v->strides[i] != sd)
            return 0;
        sd *= v->shape[i];
    }
    return 1;
}

/* Visit every item in C (row-major) or Fortran (column-major) order. */
void gp_buffer_to_contiguous(char *dst, const GpBuffer *v, char order)
{
    if (v->ndim == 0) {
        memcpy(dst, v->buf, (size_t)v->itemsize);
        return;
    }
    if (gp_buffer_is_contiguous(v, order == 'F' ? 'F' : 'C')) {
        memcpy(dst, v->buf, (size_t)v->len);
        return;
    }
    gp_ssize idx[GP_BUF_MAX_NDIM];
    int nd = v->ndim;
    for (int i = 0; i < nd; i++) {
        idx[i] = 0;
        if (v->shape[i] == 0)
            return;
    }
    gp_ssize n = v->len / v->itemsize;
    for (gp_ssize k = 0; k < n; k++) {
        const char *src = v->buf;
        for (int i = 0; i < nd; i++)
            src += idx[i] * v->strides[i];
        memcpy(dst, src, (size_t)v->itemsize);
        dst += v->itemsize;
        /* advance the multi-index: last axis fastest (C) or first (F) */
        if (order == 'F') {
            for (int i = 0; i < nd; i++) {
                if (++idx[i] < v->shape[i])
                    break;
                idx[i] = 0;
            }
        } else {
            for (int i = nd - 1; i >= 0; i--) {
                if (++idx[i] < v->shape[i])
                    break;
                idx[i] = 0;
            }
        }
    }
}
