/* memoryview: a minimal one-dimensional view (format 'B', itemsize 1) over
 * the bytes of a bytes or bytearray object.
 *
 * A view holds its base object (never another view: views of views share
 * the underlying bytes/bytearray) plus a byte offset, an item count and a
 * step, so slices with a step are views too.  While a view of a bytearray is
 * alive (not released), the bytearray counts it in `exports` and refuses to
 * resize, as in CPython. */
#include <string.h>
#include "gilpy.h"

typedef struct {
    GpObject ob;
    GpObject *base;        /* bytes or bytearray; NULL once released */
    gp_ssize start;        /* byte offset of item 0 */
    gp_ssize len;          /* number of items */
    gp_ssize step;         /* byte distance between items (may be negative) */
    int readonly;
} MemView;

#define MV(o) ((MemView *)(o))

static GpObject *released_error(void)
{
    return gp_err_format(&GpExc_ValueError, "operation forbidden on released memoryview object");
}

static const char *mv_base_data(MemView *v)
{
    return GP_BYTES_CHECK(v->base) ? GP_BYTES_DATA(v->base) : GP_BYTEARRAY_DATA(v->base);
}

static GpObject *mv_make(GpObject *base, gp_ssize start, gp_ssize len, gp_ssize step, int readonly)
{
    MemView *v = (MemView *)gp_obj_alloc(&GpMemoryView_Type, 0);
    if (!v)
        return NULL;
    v->base = gp_newref(base);
    v->start = start;
    v->len = len;
    v->step = step;
    v->readonly = readonly;
    if (GP_BYTEARRAY_CHECK(base))
        ((GpByteArray *)base)->exports++;
    return (GpObject *)v;
}

static void mv_release_base(MemView *v)
{
    GpObject *b = v->base;
    if (!b)
        return;
    v->base = NULL;
    if (GP_BYTEARRAY_CHECK(b))
        ((GpByteArray *)b)->exports--;
    gp_decref(b);
}

static void mv_dealloc(GpObject *o)
{
    mv_release_base(MV(o));
    gp_obj_free(o);
}

int gp_memoryview_check_bytes_like(GpObject *o)
{
    return GP_TYPE(o) == &GpMemoryView_Type && MV(o)->base && MV(o)->step == 1;
}

int gp_memoryview_buffer(GpObject *o, const char **data, gp_ssize *len)
{
    MemView *v = MV(o);
    if (!v->base) {
        released_error();
        return -1;
    }
    if (v->step != 1) {
        gp_err_format(&GpExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *data = mv_base_data(v) + v->start;
    *len = v->len;
    return 0;
}

/* Copy the viewed bytes into a new bytes object. */
static GpObject *mv_to_bytes(MemView *v)
{
    if (!v->base)
        return released_error();
    const char *p = mv_base_data(v);
    if (v->step == 1)
        return gp_bytes_from(p + v->start, v->len);
    GpObject *r = gp_bytes_from(NULL, v->len);
    if (!r)
        return NULL;
    char *d = GP_BYTES_DATA(r);
    for (gp_ssize i = 0; i < v->len; i++)
        d[i] = p[v->start + i * v->step];
    return r;
}

static GpObject *mv_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"object", NULL};
    GpObject *a[1] = {NULL};
    (void)type;
    if (gp_args_parse("memoryview", args, nargs, kwnames, kwlist, 1, 1, a) < 0)
        return NULL;
    GpObject *o = a[0];
    if (GP_TYPE(o) == &GpMemoryView_Type) {
        MemView *s = MV(o);
        if (!s->base)
            return released_error();
        return mv_make(s->base, s->start, s->len, s->step, s->readonly);
    }
    if (GP_BYTES_CHECK(o))
        return mv_make(o, 0, GP_SIZE(o), 1, 1);
    if (GP_BYTEARRAY_CHECK(o))
        return mv_make(o, 0, GP_SIZE(o), 1, 0);
    return gp_err_format(&GpExc_TypeError,
                         "memoryview: a bytes-like object is required, not '%T'", o);
}

static GpObject *mv_repr(GpObject *o)
{
    return gp_str_from_format(MV(o)->base ? "<memory at %p>" : "<released memory at %p>", o);
}

static gp_ssize mv_len(GpObject *o)
{
    if (!MV(o)->base) {
        released_error();
        return -1;
    }
    return MV(o)->len;
}

static int mv_index(MemView *v, GpObject *key, gp_ssize *out)
{
    if (!GP_INT_CHECK(key) && (GP_FLOAT_CHECK(key) || !gp_index_check(key))) {
        gp_err_format(&GpExc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    gp_ssize i = gp_number_as_ssize(key, &GpExc_IndexError);
    if (i == -1 && gp_err_occurred())
        return -1;
    if (i < 0)
        i += v->len;
    if (i < 0 || i >= v->len) {
        gp_err_format(&GpExc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = v->start + i * v->step;
    return 0;
}

static GpObject *mv_getitem(GpObject *o, GpObject *key)
{
    MemView *v = MV(o);
    if (!v->base)
        return released_error();
    if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize n = gp_slice_indices(key, v->len, &start, &stop, &step);
        if (n < 0)
            return NULL;
        return mv_make(v->base, v->start + start * v->step, n, step * v->step, v->readonly);
    }
    if (key == gp_Ellipsis)
        return gp_newref(o);
    if (GP_TUPLE_CHECK(key))
        return gp_err_format(&GpExc_TypeError, "memoryview: invalid slice key");
    gp_ssize off;
    if (mv_index(v, key, &off) < 0)
        return NULL;
    return gp_int_from_i64((unsigned char)mv_base_data(v)[off]);
}

static int mv_setitem(GpObject *o, GpObject *key, GpObject *value)
{
    MemView *v = MV(o);
    if (!v->base) {
        released_error();
        return -1;
    }
    if (v->readonly) {
        gp_err_format(&GpExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        gp_err_format(&GpExc_TypeError, "cannot delete memory");
        return -1;
    }
    char *p = GP_BYTEARRAY_DATA(v->base);
    if (GP_SLICE_CHECK(key)) {
        gp_ssize start, stop, step;
        gp_ssize n = gp_slice_indices(key, v->len, &start, &stop, &step);
        if (n < 0)
            return -1;
        const char *src;
        gp_ssize sn;
        if (gp_bytes_buffer(value, &src, &sn) < 0)
            return -1;
        if (sn != n) {
            gp_err_format(&GpExc_ValueError,
                          "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        /* the source may overlap the target: copy it first */
        char small[64];
        char *tmp = sn <= (gp_ssize)sizeof small ? small : gp_mem_malloc((size_t)sn);
        if (!tmp) {
            gp_err_no_memory();
            return -1;
        }
        memcpy(tmp, src, (size_t)sn);
        for (gp_ssize i = 0; i < n; i++)
            p[v->start + (start + i * step) * v->step] = tmp[i];
        if (tmp != small)
            gp_mem_free(tmp);
        return 0;
    }
    gp_ssize off;
    if (mv_index(v, key, &off) < 0)
        return -1;
    if (!GP_INT_CHECK(value) && (GP_FLOAT_CHECK(value) || !gp_index_check(value))) {
        gp_err_format(&GpExc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    gp_ssize b = gp_number_as_ssize(value, NULL);
    if (b == -1 && gp_err_occurred())
        return -1;
    if (b < 0 || b > 255) {
        gp_err_format(&GpExc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    p[off] = (char)b;
    return 0;
}

static GpObject *mv_richcompare(GpObject *a, GpObject *b, int op)
{
    if (op != GP_EQ && op != GP_NE)
        GP_RETURN_NOTIMPLEMENTED;
    if (GP_TYPE(a) != &GpMemoryView_Type) {
        GpObject *t = a;
        a = b;
        b = t;
    }
    MemView *v = MV(a);
    if (a == b)
        return gp_bool(op == GP_EQ);
    int other_mv = GP_TYPE(b) == &GpMemoryView_Type;
    if (!other_mv && !GP_BYTES_CHECK(b) && !GP_BYTEARRAY_CHECK(b))
        GP_RETURN_NOTIMPLEMENTED;
    if (!v->base || (other_mv && !MV(b)->base))
        return gp_bool(op == GP_NE);
    GpObject *x = mv_to_bytes(v);
    if (!x)
        return NULL;
    GpObject *y = other_mv ? mv_to_bytes(MV(b)) : gp_newref(b);
    if (!y) {
        gp_decref(x);
        return NULL;
    }
    const char *py = GP_BYTES_CHECK(y) ? GP_BYTES_DATA(y) : GP_BYTEARRAY_DATA(y);
    int eq = GP_SIZE(x) == GP_SIZE(y) && memcmp(GP_BYTES_DATA(x), py, (size_t)GP_SIZE(x)) == 0;
    gp_decref(x);
    gp_decref(y);
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static gp_hash mv_hash(GpObject *o)
{
    MemView *v = MV(o);
    if (!v->base) {
        released_error();
        return -1;
    }
    if (!v->readonly) {
        gp_err_format(&GpExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    GpObject *b = mv_to_bytes(v);
    if (!b)
        return -1;
    gp_hash h = gp_hash_of(b);
    gp_decref(b);
    return h;
}

static GpObject *mv_iter(GpObject *o)
{
    if (!MV(o)->base)
        return released_error();
    return gp_seqiter_new(o);
}

/* ---- methods ----------------------------------------------------------- */

static GpObject *mv_tobytes(GpObject *o, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {"order", NULL};
    GpObject *a[1] = {NULL};
    if (gp_args_parse("tobytes", args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    return mv_to_bytes(MV(o));
}

static GpObject *mv_tolist(GpObject *o, GpObject *unused)
{
    (void)unused;
    MemView *v = MV(o);
    if (!v->base)
        return released_error();
    GpObject *l = gp_list_new(v->len);
    if (!l)
        return NULL;
    const char *p = mv_base_data(v);
    for (gp_ssize i = 0; i < v->len; i++) {
        GpObject *x = gp_int_from_i64((unsigned char)p[v->start + i * v->step]);
        if (!x) {
            gp_decref(l);
            return NULL;
        }
        GP_LIST_SET(l, i, x);
    }
    return l;
}

static GpObject *mv_hex(GpObject *o, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpObject *b = mv_to_bytes(MV(o));
    if (!b)
        return NULL;
    GpObject *m = gp_getattr_str(b, "hex");
    gp_decref(b);
    if (!m)
        return NULL;
    GpObject *r = gp_call(m, args, nargs, kwnames);
    gp_decref(m);
    return r;
}

static GpObject *mv_release(GpObject *o, GpObject *unused)
{
    (void)unused;
    mv_release_base(MV(o));
    GP_RETURN_NONE;
}

static GpObject *mv_toreadonly(GpObject *o, GpObject *unused)
{
    (void)unused;
    MemView *v = MV(o);
    if (!v->base)
        return released_error();
    return mv_make(v->base, v->start, v->len, v->step, 1);
}

static GpObject *mv_enter(GpObject *o, GpObject *unused)
{
    (void)unused;
    if (!MV(o)->base)
        return released_error();
    return gp_newref(o);
}

static GpObject *mv_exit(GpObject *o, GpObject *const *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    mv_release_base(MV(o));
    GP_RETURN_NONE;
}

static const GpMethodDef mv_methods[] = {
    GP_METHOD("tobytes", mv_tobytes, GP_METH_FASTKW),
    GP_METHOD("tolist", mv_tolist, GP_METH_NOARGS),
    GP_METHOD("hex", mv_hex, GP_METH_FASTKW),
    GP_METHOD("release", mv_release, GP_METH_NOARGS),
    GP_METHOD("toreadonly", mv_toreadonly, GP_METH_NOARGS),
    GP_METHOD("__enter__", mv_enter, GP_METH_NOARGS),
    GP_METHOD("__exit__", mv_exit, GP_METH_FAST),
    { NULL },
};

/* ---- attributes -------------------------------------------------------- */

static GpObject *mv_get_obj(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    return gp_newref(MV(o)->base);
}

static GpObject *mv_get_nbytes(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    return gp_int_from_ssize(MV(o)->len);
}

static GpObject *mv_get_readonly(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    return gp_bool(MV(o)->readonly);
}

static GpObject *mv_get_format(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    return gp_str_from_cstr("B");
}

static GpObject *mv_get_one(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    return gp_int_from_ssize(1);
}

static GpObject *mv_get_shape(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    GpObject *n = gp_int_from_ssize(MV(o)->len);
    if (!n)
        return NULL;
    GpObject *t = gp_tuple_pack(1, n);
    gp_decref(n);
    return t;
}

static GpObject *mv_get_strides(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    GpObject *n = gp_int_from_ssize(MV(o)->step);
    if (!n)
        return NULL;
    GpObject *t = gp_tuple_pack(1, n);
    gp_decref(n);
    return t;
}

static GpObject *mv_get_contiguous(GpObject *o, void *c)
{
    (void)c;
    if (!MV(o)->base)
        return released_error();
    return gp_bool(MV(o)->step == 1 || MV(o)->len <= 1);
}

static GpObject *mv_get_released(GpObject *o, void *c)
{
    (void)c;
    return gp_bool(MV(o)->base == NULL);
}

static const GpGetSetDef mv_getsets[] = {
    { "obj", mv_get_obj, NULL, NULL, NULL },
    { "nbytes", mv_get_nbytes, NULL, NULL, NULL },
    { "readonly", mv_get_readonly, NULL, NULL, NULL },
    { "format", mv_get_format, NULL, NULL, NULL },
    { "itemsize", mv_get_one, NULL, NULL, NULL },
    { "ndim", mv_get_one, NULL, NULL, NULL },
    { "shape", mv_get_shape, NULL, NULL, NULL },
    { "strides", mv_get_strides, NULL, NULL, NULL },
    { "contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "c_contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "f_contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "released", mv_get_released, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

GpType GpMemoryView_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "memoryview",
    .doc = "Create a new memoryview object which references the given object.",
    .basicsize = sizeof(MemView),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattro = gp_generic_getattr,
    .iter = mv_iter,
    .new_ = mv_new,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .methods = mv_methods,
    .getsets = mv_getsets,
};
