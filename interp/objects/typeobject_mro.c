/* typeobject_mro.c -- the method resolution order.
 *
 * C3 linearisation: L[C] = C + merge(L[B1], ..., L[Bn], [B1, ..., Bn]).
 * merge repeatedly takes the first head that appears in no list's tail;
 * when no head qualifies the hierarchy is inconsistent and the error names
 * the remaining heads, as CPython does ("... for bases A, B").
 *
 * A metaclass may override mro(); type(t).mro(t) is then called and its
 * result (any iterable of types) becomes __mro__.
 */
#include <string.h>
#include "gilpy.h"
#include "objects/typeobject.h"

static int tail_contains(GpObject *list, gp_ssize start, GpObject *o)
{
    for (gp_ssize i = start + 1; i < GP_SIZE(list); i++)
        if (GP_LIST_GET(list, i) == o)
            return 1;
    return 0;
}

static void set_mro_error(GpObject **lists, gp_ssize *idx, gp_ssize n)
{
    /* the distinct heads of the non-empty lists, in order */
    GpStrWriter w;
    gp_strw_init(&w);
    GpObject *seen[64];
    int nseen = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (idx[i] >= GP_SIZE(lists[i]))
            continue;
        GpObject *h = GP_LIST_GET(lists[i], idx[i]);
        int dup = 0;
        for (int j = 0; j < nseen; j++)
            if (seen[j] == h)
                dup = 1;
        if (dup)
            continue;
        if (nseen < 64)
            seen[nseen++] = h;
        if (nseen > 1)
            gp_strw_write_cstr(&w, ", ");
        GpObject *name;
        if (gp_getattr_opt(h, gp_str_intern_cstr("__name__"), &name) > 0 && GP_STR_CHECK(name))
            gp_strw_write_str(&w, name);
        else
            gp_strw_write_cstr(&w, "?");
        GP_XDECREF(name);
        gp_err_clear();
    }
    GpObject *s = gp_strw_finish(&w);
    if (s) {
        gp_err_format(&GpExc_TypeError,
                      "Cannot create a consistent method resolution\norder (MRO) for bases %U", s);
        GP_DECREF(s);
    }
}

GpObject *gp_type_mro_c3(GpType *t)
{
    GpObject *bases = t->bases;
    gp_ssize nb = bases ? GP_SIZE(bases) : 0;
    if (nb == 0)
        return gp_tuple_pack(1, (GpObject *)t);
    /* single inheritance: t + base's mro */
    if (nb == 1) {
        GpType *b = (GpType *)GP_TUPLE_GET(bases, 0);
        if (!b->mro) {
            gp_err_format(&GpExc_TypeError, "Cannot extend an incomplete type '%s'", b->name);
            return NULL;
        }
        gp_ssize n = GP_SIZE(b->mro);
        GpObject *r = gp_tuple_new(n + 1);
        if (!r)
            return NULL;
        GP_TUPLE_SET(r, 0, gp_newref(t));
        for (gp_ssize i = 0; i < n; i++)
            GP_TUPLE_SET(r, i + 1, gp_newref(GP_TUPLE_GET(b->mro, i)));
        return r;
    }
    /* duplicate bases */
    for (gp_ssize i = 0; i < nb; i++)
        for (gp_ssize j = i + 1; j < nb; j++)
            if (GP_TUPLE_GET(bases, i) == GP_TUPLE_GET(bases, j)) {
                GpObject *name = gp_getattr_str(GP_TUPLE_GET(bases, i), "__name__");
                if (name) {
                    gp_err_format(&GpExc_TypeError, "duplicate base class %U", name);
                    GP_DECREF(name);
                }
                return NULL;
            }
    gp_ssize nl = nb + 1;
    GpObject **lists = gp_mem_malloc(sizeof(GpObject *) * (size_t)nl);
    gp_ssize *idx = gp_mem_malloc(sizeof(gp_ssize) * (size_t)nl);
    GpObject *result = gp_list_new(0);
    GpObject *ret = NULL;
    gp_ssize made = 0;
    if (!lists || !idx || !result) {
        if (!gp_err_occurred())
            gp_err_no_memory();
        goto done;
    }
    for (gp_ssize i = 0; i < nb; i++) {
        GpType *b = (GpType *)GP_TUPLE_GET(bases, i);
        if (!b->mro) {
            gp_err_format(&GpExc_TypeError, "Cannot extend an incomplete type '%s'", b->name);
            goto done;
        }
        lists[i] = gp_sequence_list(b->mro);
        if (!lists[i])
            goto done;
        made++;
        idx[i] = 0;
    }
    lists[nb] = gp_sequence_list(bases);
    if (!lists[nb])
        goto done;
    made++;
    idx[nb] = 0;
    if (gp_list_append(result, (GpObject *)t) < 0)
        goto done;
    for (;;) {
        int empty = 1, progressed = 0;
        for (gp_ssize i = 0; i < nl; i++) {
            if (idx[i] >= GP_SIZE(lists[i]))
                continue;
            empty = 0;
            GpObject *cand = GP_LIST_GET(lists[i], idx[i]);
            int bad = 0;
            for (gp_ssize j = 0; j < nl && !bad; j++)
                if (idx[j] < GP_SIZE(lists[j]) && tail_contains(lists[j], idx[j], cand))
                    bad = 1;
            if (bad)
                continue;
            if (gp_list_append(result, cand) < 0)
                goto done;
            for (gp_ssize j = 0; j < nl; j++)
                if (idx[j] < GP_SIZE(lists[j]) && GP_LIST_GET(lists[j], idx[j]) == cand)
                    idx[j]++;
            progressed = 1;
            break;
        }
        if (empty)
            break;
        if (!progressed) {
            set_mro_error(lists, idx, nl);
            goto done;
        }
    }
    ret = gp_list_as_tuple(result);
done:
    for (gp_ssize i = 0; i < made; i++)
        GP_DECREF(lists[i]);
    gp_mem_free(lists);
    gp_mem_free(idx);
    GP_XDECREF(result);
    return ret;
}

/* type.mro(): the default, also callable from Python. */
GpObject *gp_type_mro_method(GpObject *self, GpObject *unused)
{
    GpObject *t = gp_type_mro_c3((GpType *)self);
    if (!t)
        return NULL;
    GpObject *l = gp_sequence_list(t);
    GP_DECREF(t);
    return l;
}

int gp_type_compute_mro(GpType *t)
{
    GpObject *mro;
    GpType *meta = GP_TYPE(t);
    if (meta == &GpType_Type || !(meta->flags & GP_TPFLAGS_HEAPTYPE)) {
        mro = gp_type_mro_c3(t);
    } else {
        GpObject *res = gp_call_method_str((GpObject *)t, "mro", NULL, 0);
        if (!res)
            return -1;
        mro = gp_sequence_tuple(res);
        GP_DECREF(res);
        if (!mro)
            return -1;
        /* custom MROs must contain types whose layout t extends */
        for (gp_ssize i = 0; i < GP_SIZE(mro); i++) {
            GpObject *c = GP_TUPLE_GET(mro, i);
            if (!GP_TYPE_CHECK_TYPE(c)) {
                gp_err_format(&GpExc_TypeError, "mro() returned a non-class ('%s')", GP_TYPE(c)->name);
                GP_DECREF(mro);
                return -1;
            }
        }
    }
    if (!mro)
        return -1;
    GP_SETREF(t->mro, mro);
    return 0;
}
