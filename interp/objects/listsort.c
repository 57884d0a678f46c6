/* listsort.c -- list.sort(): a stable natural merge sort.
 *
 * The algorithm is in the timsort family: the input is cut into natural
 * runs (non-descending, or strictly descending and then reversed in place,
 * which keeps stability), short runs are extended to `minrun` items with a
 * binary insertion sort, and runs are merged pairwise from a stack whose
 * lengths keep the invariants  A > B + C  and  B > C  so that merges stay
 * balanced (O(n log n) worst case, O(n) on already ordered data). There is no
 * galloping mode: simpler, a little more comparisons on very clustered data.
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

static int ensure_tmp(SortState *s, gp_ssize need)
{
    if (need <= s->tmpcap)
        return 0;
    GpObject **nk = gp_mem_realloc(s->tmpk, need * sizeof(GpObject *));
    if (!nk)
        return -1;
    s->tmpk = nk;
    if (s->values) {
        GpObject **nv = gp_mem_realloc(s->tmpv, need * sizeof(GpObject *));
        if (!nv)
            return -1;
        s->tmpv = nv;
    }
    s->tmpcap = need;
    return 0;
}

/* Merge the adjacent sorted runs [lo, mid) and [mid, hi). On a comparison
 * error every item is still somewhere in the array. */
static int merge(SortState *s, gp_ssize lo, gp_ssize mid, gp_ssize hi)
{
    GpObject **k = s->keys, **v = s->values;
    /* skip the prefix of the left run already in place, and the suffix of
     * the right run: cheap and makes merging nearly sorted data fast */
    int c;
    while (lo < mid) {
        c = s->lt(k[mid], k[lo]);
        if (c < 0)
            return -1;
        if (c)
            break;
        lo++;
    }
    if (lo == mid)
        return 0;
    while (hi > mid) {
        /* the right run's tail that is >= the left run's last item is
         * already in place (ties stay after the left run: stable) */
        c = s->lt(k[hi - 1], k[mid - 1]);
        if (c < 0)
            return -1;
        if (c)
            break;
        hi--;
    }
    gp_ssize na = mid - lo, nb = hi - mid;
    if (na <= nb) {
        if (ensure_tmp(s, na) < 0) {
            gp_err_no_memory();
            return -1;
        }
        memcpy(s->tmpk, k + lo, na * sizeof(GpObject *));
        if (v)
            memcpy(s->tmpv, v + lo, na * sizeof(GpObject *));
        gp_ssize i = 0, j = mid, d = lo;
        while (i < na && j < hi) {
            c = s->lt(k[j], s->tmpk[i]);
            if (c < 0)
                goto fail_left;
            if (c) {
                if (v)
                    v[d] = v[j];
                k[d++] = k[j++];
            } else {
                if (v)
                    v[d] = s->tmpv[i];
                k[d++] = s->tmpk[i++];
            }
        }
        memcpy(k + d, s->tmpk + i, (na - i) * sizeof(GpObject *));
        if (v)
            memcpy(v + d, s->tmpv + i, (na - i) * sizeof(GpObject *));
        return 0;
fail_left:
        /* the unmerged left items go back into the gap */
        memcpy(k + d, s->tmpk + i, (na - i) * sizeof(GpObject *));
        if (v)
            memcpy(v + d, s->tmpv + i, (na - i) * sizeof(GpObject *));
        return -1;
    } else {
        if (ensure_tmp(s, nb) < 0) {
            gp_err_no_memory();
            return -1;
        }
        memcpy(s->tmpk, k + mid, nb * sizeof(GpObject *));
        if (v)
            memcpy(s->tmpv, v + mid, nb * sizeof(GpObject *));
        gp_ssize i = mid - 1, j = nb - 1, d = hi - 1;
        while (i >= lo && j >= 0) {
            c = s->lt(s->tmpk[j], k[i]);
            if (c < 0)
                goto fail_right;
            if (c) {
                if (v)
                    v[d] = v[i];
                k[d--] = k[i--];
            } else {
                if (v)
                    v[d] = s->tmpv[j];
                k[d--] = s->tmpk[j--];
            }
        }
        memcpy(k + lo, s->tmpk, (j + 1) * sizeof(GpObject *));
        if (v)
            memcpy(v + lo, s->tmpv, (j + 1) * sizeof(GpObject *));
        return 0;
fail_right:
        /* items [lo, i] are in place, the gap is (i, d]: j + 1 items */
        memcpy(k + i + 1, s->tmpk, (j + 1) * sizeof(GpObject *));
        if (v)
            memcpy(v + i + 1, s->tmpv, (j + 1) * sizeof(GpObject *));
        return -1;
    }
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

/* The run stack: 85 entries bound any array addressable in 64 bits under
 * the invariants (run lengths grow at least like Fibonacci numbers). */
#define MAX_RUNS 85

static int sort_slice(SortState *s, gp_ssize n)
{
    gp_ssize base[MAX_RUNS], len[MAX_RUNS];
    int nruns = 0;
    gp_ssize minrun = compute_minrun(n);
    gp_ssize lo = 0;
    while (lo < n) {
        gp_ssize r = count_run(s, lo, n);
        if (r < 0)
            return -1;
        if (r < minrun) {
            gp_ssize force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + r) < 0)
                return -1;
            r = force;
        }
        base[nruns] = lo;
        len[nruns] = r;
        nruns++;
        lo += r;
        /* restore the invariants */
        while (nruns > 1) {
            int m = nruns - 2;
            if ((m > 0 && len[m - 1] <= len[m] + len[m + 1]) ||
                (m > 1 && len[m - 2] <= len[m - 1] + len[m])) {
                if (len[m - 1] < len[m + 1])
                    m--;
            } else if (len[m] > len[m + 1]) {
                break;
            }
            if (merge(s, base[m], base[m + 1], base[m + 1] + len[m + 1]) < 0)
                return -1;
            len[m] += len[m + 1];
            for (int i = m + 1; i < nruns - 1; i++) {
                base[i] = base[i + 1];
                len[i] = len[i + 1];
            }
            nruns--;
        }
    }
    while (nruns > 1) {
        int m = nruns - 2;
        if (m > 0 && len[m - 1] < len[m + 1])
            m--;
        if (merge(s, base[m], base[m + 1], base[m + 1] + len[m + 1]) < 0)
            return -1;
        len[m] += len[m + 1];
        for (int i = m + 1; i < nruns - 1; i++) {
            base[i] = base[i + 1];
            len[i] = len[i + 1];
        }
        nruns--;
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
