/* listsort.c -- list.sort(): a stable natural merge sort.
 *
 * The algorithm is CPython 3.11's timsort, re-implemented from its published
 * description (Objects/listsort.txt): the input is cut into natural runs
 * (non-descending, or strictly descending and then reversed in place, which
 * keeps stability), short runs are extended to `minrun` items with a binary
 * insertion sort, runs are merged as the powersort policy says, and merges
 * switch to galloping (exponential search) when one run keeps winning.
 * Following the same steps matters beyond speed: a __lt__ that counts its
 * calls, or raises half way, sees exactly what it would see under CPython.
 *
 * Only `<` is used, through gp_richcompare_bool(x, y, GP_LT), as CPython
 * does: classes that only define __lt__ sort fine. When every key has the
 * same simple exact type (small int, float, str) a direct C comparison is
 * used instead, which gives the same answers without the dispatch.
 *
 * While sorting, the list looks empty to Python code (a key function or
 * __lt__ may look at it); if anything was stored into it meanwhile, the
 * sort fails with "list modified during sort" and those items are dropped.
 *
 * key=: keys are computed first, all of them, so an exception in the key
 * function leaves the list untouched. Values then travel with their keys.
 * reverse=True: reverse, sort forward, reverse again, which keeps equal
 * items in their original order, as CPython guarantees.
 */
#include <string.h>
#include "gilpy.h"

typedef int (*lt_func)(GpObject *, GpObject *);

typedef struct {
    GpObject **keys;
    GpObject **values;      /* NULL when sorting the items themselves */
    lt_func lt;
    GpObject **tmpk, **tmpv;
    gp_ssize tmpcap;
    gp_ssize min_gallop;
} SortState;

/* ---- comparisons: 1 true, 0 false, -1 error ---------------------------- */

static int lt_generic(GpObject *a, GpObject *b) { return gp_richcompare_bool(a, b, GP_LT); }
static int lt_int(GpObject *a, GpObject *b) { return GP_INT_VAL(a) < GP_INT_VAL(b); }
static int lt_float(GpObject *a, GpObject *b) { return GP_FLOAT_VAL(a) < GP_FLOAT_VAL(b); }
static int lt_str(GpObject *a, GpObject *b) { return gp_str_compare(a, b) < 0; }

static lt_func choose_lt(GpObject **keys, gp_ssize n)
{
    GpType *t = GP_TYPE(keys[0]);
    for (gp_ssize i = 1; i < n; i++)
        if (GP_TYPE(keys[i]) != t)
            return lt_generic;
    if (t == &GpInt_Type) {
        for (gp_ssize i = 0; i < n; i++)
            if (!GP_INT_IS_SMALL(keys[i]))
                return lt_generic;
        return lt_int;
    }
    if (t == &GpFloat_Type)
        return lt_float;
    if (t == &GpStr_Type)
        return lt_str;
    return lt_generic;
}

static void reverse_range(GpObject **a, gp_ssize lo, gp_ssize hi)   /* [lo, hi) */
{
    for (hi--; lo < hi; lo++, hi--) {
        GpObject *t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
    }
}

static void swap_reverse(SortState *s, gp_ssize lo, gp_ssize hi)
{
    reverse_range(s->keys, lo, hi);
    if (s->values)
        reverse_range(s->values, lo, hi);
}

/* Sort [lo, hi) given that [lo, start) is already sorted. */
static int binary_insertion(SortState *s, gp_ssize lo, gp_ssize hi, gp_ssize start)
{
    GpObject **k = s->keys, **v = s->values;
    for (; start < hi; start++) {
        GpObject *pivot = k[start];
        GpObject *pv = v ? v[start] : NULL;
        gp_ssize l = lo, r = start;
        while (l < r) {
            gp_ssize m = l + ((r - l) >> 1);
            int c = s->lt(pivot, k[m]);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(k + l + 1, k + l, (start - l) * sizeof(GpObject *));
        k[l] = pivot;
        if (v) {
            memmove(v + l + 1, v + l, (start - l) * sizeof(GpObject *));
            v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (at most hi - lo); descending runs are
 * reversed in place. -1 on error. */
static gp_ssize count_run(SortState *s, gp_ssize lo, gp_ssize hi)
{
    GpObject **k = s->keys;
    if (lo + 1 >= hi)
        return hi - lo;
    gp_ssize n = 2;
    int c = s->lt(k[lo + 1], k[lo]);
    if (c < 0)
        return -1;
    if (c) {
        for (; lo + n < hi; n++) {
            c = s->lt(k[lo + n], k[lo + n - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        swap_reverse(s, lo, lo + n);
    } else {
        for (; lo + n < hi; n++) {
            c = s->lt(k[lo + n], k[lo + n - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return n;
}

/* ---- merging: CPython 3.11's policy, so that the sequence of comparisons
 * (and the state of the list when one of them fails) is the same --------- */

#define MIN_GALLOP 7

/* A position in the keys array, with the matching position in the values
 * array when there is one. */
typedef struct {
    GpObject **k;
    GpObject **v;
} Slice;

static void sl_adv(Slice *x, gp_ssize n)
{
    x->k += n;
    if (x->v)
        x->v += n;
}

static void sl_copy(Slice d, gp_ssize di, Slice src, gp_ssize si, gp_ssize n)
{
    memcpy(d.k + di, src.k + si, n * sizeof(GpObject *));
    if (d.v)
        memcpy(d.v + di, src.v + si, n * sizeof(GpObject *));
}

static void sl_move(Slice d, gp_ssize di, Slice src, gp_ssize si, gp_ssize n)
{
    memmove(d.k + di, src.k + si, n * sizeof(GpObject *));
    if (d.v)
        memmove(d.v + di, src.v + si, n * sizeof(GpObject *));
}

static void sl_put(Slice d, gp_ssize di, Slice src, gp_ssize si)
{
    d.k[di] = src.k[si];
    if (d.v)
        d.v[di] = src.v[si];
}

static int ensure_tmp(SortState *s, gp_ssize need)
{
    if (need <= s->tmpcap)
        return 0;
    GpObject **nk = gp_mem_realloc(s->tmpk, need * sizeof(GpObject *));
    if (!nk)
        goto nomem;
    s->tmpk = nk;
    if (s->values) {
        GpObject **nv = gp_mem_realloc(s->tmpv, need * sizeof(GpObject *));
        if (!nv)
            goto nomem;
        s->tmpv = nv;
    }
    s->tmpcap = need;
    return 0;
nomem:
    gp_err_no_memory();
    return -1;
}

/* Leftmost position in the sorted a[0:n] where key can go (every a[i] before
 * it is < key), searching exponentially outwards from a[hint]. -1: error. */
static gp_ssize gallop_left(SortState *s, GpObject *key, GpObject **a, gp_ssize n, gp_ssize hint)
{
    gp_ssize last = 0, ofs = 1;
    int c = s->lt(a[hint], key);
    if (c < 0)
        return -1;
    if (c) {
        /* a[hint] < key: look right until a[hint+last] < key <= a[hint+ofs] */
        gp_ssize maxofs = n - hint;
        while (ofs < maxofs) {
            c = s->lt(a[hint + ofs], key);
            if (c < 0)
                return -1;
            if (!c)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        last += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: look left until a[hint-ofs] < key <= a[hint-last] */
        gp_ssize maxofs = hint + 1;
        while (ofs < maxofs) {
            c = s->lt(a[hint - ofs], key);
            if (c < 0)
                return -1;
            if (c)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        gp_ssize t = last;
        last = hint - ofs;
        ofs = hint - t;
    }
    /* a[last] < key <= a[ofs]: binary search in between */
    last++;
    while (last < ofs) {
        gp_ssize m = last + ((ofs - last) >> 1);
        c = s->lt(a[m], key);
        if (c < 0)
            return -1;
        if (c)
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* Rightmost position in the sorted a[0:n] where key can go (every a[i]
 * before it is <= key). -1: error. */
static gp_ssize gallop_right(SortState *s, GpObject *key, GpObject **a, gp_ssize n, gp_ssize hint)
{
    gp_ssize last = 0, ofs = 1;
    int c = s->lt(key, a[hint]);
    if (c < 0)
        return -1;
    if (c) {
        /* key < a[hint]: look left until a[hint-ofs] <= key < a[hint-last] */
        gp_ssize maxofs = hint + 1;
        while (ofs < maxofs) {
            c = s->lt(key, a[hint - ofs]);
            if (c < 0)
                return -1;
            if (!c)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        gp_ssize t = last;
        last = hint - ofs;
        ofs = hint - t;
    } else {
        /* a[hint] <= key: look right until a[hint+last] <= key < a[hint+ofs] */
        gp_ssize maxofs = n - hint;
        while (ofs < maxofs) {
            c = s->lt(key, a[hint + ofs]);
            if (c < 0)
                return -1;
            if (c)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        last += hint;
        ofs += hint;
    }
    last++;
    while (last < ofs) {
        gp_ssize m = last + ((ofs - last) >> 1);
        c = s->lt(key, a[m]);
        if (c < 0)
            return -1;
        if (c)
            ofs = m;
        else
            last = m + 1;
    }
    return ofs;
}

/* Merge run a (na items) with the run b that follows it (nb items), na <= nb,
 * a[0] > b[0] and a[na-1] > b[nb-1]. Run a goes to the temp area; the merge
 * fills from the left. On error every item is still in the array. */
static int merge_lo(SortState *s, Slice a, gp_ssize na, Slice b, gp_ssize nb)
{
    if (ensure_tmp(s, na) < 0)
        return -1;
    Slice tmp = { s->tmpk, s->values ? s->tmpv : NULL };
    sl_copy(tmp, 0, a, 0, na);
    Slice dest = a;
    a = tmp;
    int result = -1;
    gp_ssize k;

    sl_put(dest, 0, b, 0);
    sl_adv(&dest, 1);
    sl_adv(&b, 1);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;

    gp_ssize min_gallop = s->min_gallop;
    for (;;) {
        gp_ssize acount = 0, bcount = 0;
        /* one item at a time until a run wins min_gallop times in a row */
        for (;;) {
            int c = s->lt(b.k[0], a.k[0]);
            if (c < 0)
                goto fail;
            if (c) {
                sl_put(dest, 0, b, 0);
                sl_adv(&dest, 1);
                sl_adv(&b, 1);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                sl_put(dest, 0, a, 0);
                sl_adv(&dest, 1);
                sl_adv(&a, 1);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* galloping mode, while it keeps paying off */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = gallop_right(s, b.k[0], a.k, na, 0);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                sl_copy(dest, 0, a, 0, k);
                sl_adv(&dest, k);
                sl_adv(&a, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0)    /* only with an inconsistent __lt__ */
                    goto succeed;
            }
            sl_put(dest, 0, b, 0);
            sl_adv(&dest, 1);
            sl_adv(&b, 1);
            if (--nb == 0)
                goto succeed;

            k = gallop_left(s, a.k[0], b.k, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                sl_move(dest, 0, b, 0, k);
                sl_adv(&dest, k);
                sl_adv(&b, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            sl_put(dest, 0, a, 0);
            sl_adv(&dest, 1);
            sl_adv(&a, 1);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        sl_copy(dest, 0, a, 0, na);
    return result;
copy_b:
    /* the last item of a goes after everything left in b */
    sl_move(dest, 0, b, 0, nb);
    sl_put(dest, nb, a, 0);
    return 0;
}

/* The mirror image: na > nb, run b goes to the temp area and the merge fills
 * from the right. */
static int merge_hi(SortState *s, Slice a, gp_ssize na, Slice b, gp_ssize nb)
{
    if (ensure_tmp(s, nb) < 0)
        return -1;
    Slice tmp = { s->tmpk, s->values ? s->tmpv : NULL };
    Slice dest = b;
    sl_adv(&dest, nb - 1);
    sl_copy(tmp, 0, b, 0, nb);
    Slice basea = a, baseb = tmp;
    b = tmp;
    sl_adv(&b, nb - 1);
    sl_adv(&a, na - 1);
    int result = -1;
    gp_ssize k;

    sl_put(dest, 0, a, 0);
    sl_adv(&dest, -1);
    sl_adv(&a, -1);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;

    gp_ssize min_gallop = s->min_gallop;
    for (;;) {
        gp_ssize acount = 0, bcount = 0;
        for (;;) {
            int c = s->lt(b.k[0], a.k[0]);
            if (c < 0)
                goto fail;
            if (c) {
                sl_put(dest, 0, a, 0);
                sl_adv(&dest, -1);
                sl_adv(&a, -1);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                sl_put(dest, 0, b, 0);
                sl_adv(&dest, -1);
                sl_adv(&b, -1);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = gallop_right(s, b.k[0], basea.k, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                sl_adv(&dest, -k);
                sl_adv(&a, -k);
                sl_move(dest, 1, a, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            sl_put(dest, 0, b, 0);
            sl_adv(&dest, -1);
            sl_adv(&b, -1);
            if (--nb == 1)
                goto copy_a;

            k = gallop_left(s, a.k[0], baseb.k, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                sl_adv(&dest, -k);
                sl_adv(&b, -k);
                sl_copy(dest, 1, b, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)    /* only with an inconsistent __lt__ */
                    goto succeed;
            }
            sl_put(dest, 0, a, 0);
            sl_adv(&dest, -1);
            sl_adv(&a, -1);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        sl_copy(dest, -(nb - 1), baseb, 0, nb);
    return result;
copy_a:
    /* the first item of b goes before everything left in a */
    sl_move(dest, 1 - na, a, 1 - na, na);
    sl_adv(&dest, -na);
    sl_adv(&a, -na);
    sl_put(dest, 0, b, 0);
    return 0;
}

typedef struct {
    gp_ssize base, len;
    int power;
} Run;

/* The run stack: powersort keeps its depth logarithmic in n. */
#define MAX_RUNS 85

typedef struct {
    Run run[MAX_RUNS];
    int n;
} RunStack;

/* Merge runs i and i+1 of the stack. */
static int merge_at(SortState *s, RunStack *st, int i)
{
    gp_ssize na = st->run[i].len, nb = st->run[i + 1].len;
    Slice a = { s->keys + st->run[i].base, s->values ? s->values + st->run[i].base : NULL };
    Slice b = { s->keys + st->run[i + 1].base,
                s->values ? s->values + st->run[i + 1].base : NULL };
    st->run[i].len = na + nb;
    if (i == st->n - 3)
        st->run[i + 1] = st->run[i + 2];
    st->n--;

    /* the head of a that is <= b[0] is already in place */
    gp_ssize k = gallop_right(s, b.k[0], a.k, na, 0);
    if (k < 0)
        return -1;
    sl_adv(&a, k);
    na -= k;
    if (na == 0)
        return 0;
    /* so is the tail of b that is >= a[na-1] */
    nb = gallop_left(s, a.k[na - 1], b.k, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    if (na <= nb)
        return merge_lo(s, a, na, b, nb);
    return merge_hi(s, a, na, b, nb);
}

/* The powersort "power" of the boundary between the run [s1, s1+n1) and the
 * run of n2 items after it, in an array of n items: the depth of the first
 * bit where the binary expansions of the two runs' midpoints (as fractions
 * of n) differ. */
static int powerloop(gp_ssize s1, gp_ssize n1, gp_ssize n2, gp_ssize n)
{
    int result = 0;
    gp_ssize a = 2 * s1 + n1;   /* twice the midpoints, to stay integral */
    gp_ssize b = a + n1 + n2;
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static gp_ssize compute_minrun(gp_ssize n)
{
    gp_ssize r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_slice(SortState *s, gp_ssize n)
{
    RunStack st;
    st.n = 0;
    s->min_gallop = MIN_GALLOP;
    gp_ssize minrun = compute_minrun(n);
    gp_ssize lo = 0;
    while (lo < n) {
        gp_ssize r = count_run(s, lo, n);
        if (r < 0)
            return -1;
        if (r < minrun) {
            gp_ssize force = n - lo <= minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + r) < 0)
                return -1;
            r = force;
        }
        if (st.n > 0) {
            Run *top = &st.run[st.n - 1];
            int power = powerloop(top->base, top->len, r, n);
            while (st.n > 1 && st.run[st.n - 2].power > power)
                if (merge_at(s, &st, st.n - 2) < 0)
                    return -1;
            st.run[st.n - 1].power = power;
        }
        st.run[st.n].base = lo;
        st.run[st.n].len = r;
        st.run[st.n].power = 0;
        st.n++;
        lo += r;
    }
    while (st.n > 1) {
        int i = st.n - 2;
        if (i > 0 && st.run[i - 1].len < st.run[i + 1].len)
            i--;
        if (merge_at(s, &st, i) < 0)
            return -1;
    }
    return 0;
}

int gp_list_sort_ex(GpObject *o, GpObject *key, int reverse)
{
    GpList *l = (GpList *)o;
    if (key == gp_None)
        key = NULL;
    /* take the items away: the list is empty while we work */
    GpObject **items = l->items;
    gp_ssize n = GP_SIZE(l), allocated = l->allocated;
    l->items = NULL;
    l->ob.size = 0;
    l->allocated = -1;

    int result = 0;
    GpObject **keys = NULL;
    SortState s = { 0 };
    if (key && n > 0) {
        keys = gp_mem_malloc(n * sizeof(GpObject *));
        if (!keys) {
            gp_err_no_memory();
            result = -1;
            goto done;
        }
        for (gp_ssize i = 0; i < n; i++) {
            keys[i] = gp_call1(key, items[i]);
            if (!keys[i]) {
                for (gp_ssize j = 0; j < i; j++)
                    GP_DECREF(keys[j]);
                gp_mem_free(keys);
                keys = NULL;
                result = -1;
                goto done;
            }
        }
    }
    if (n > 1) {
        s.keys = keys ? keys : items;
        s.values = keys ? items : NULL;
        s.lt = choose_lt(s.keys, n);
        if (reverse)
            swap_reverse(&s, 0, n);
        result = sort_slice(&s, n);
        if (reverse)
            swap_reverse(&s, 0, n);
        gp_mem_free(s.tmpk);
        gp_mem_free(s.tmpv);
    }
    if (keys) {
        for (gp_ssize i = 0; i < n; i++)
            GP_DECREF(keys[i]);
        gp_mem_free(keys);
    }
done:
    if (l->allocated != -1 && result == 0) {
        gp_err_set_string(&GpExc_ValueError, "list modified during sort");
        result = -1;
    }
    /* put the items back, dropping whatever was stored meanwhile */
    GpObject **stray = l->items;
    gp_ssize nstray = GP_SIZE(l);
    l->items = items;
    l->ob.size = n;
    l->allocated = allocated;
    if (stray) {
        for (gp_ssize i = nstray - 1; i >= 0; i--)
            GP_XDECREF(stray[i]);
        gp_mem_free(stray);
    }
    return result;
}
