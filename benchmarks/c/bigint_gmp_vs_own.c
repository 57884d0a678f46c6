/* bigint_gmp_vs_own.c - should gilpy's int use GMP or its own digit arrays?
 *
 * Build and run:   cc -O2 bigint_gmp_vs_own.c -lgmp -o bigbench && ./bigbench
 *                  (./bigbench --no-python skips the python3 column)
 *
 * The same work is done three ways and timed:
 *   own  - a small hand-written magnitude arithmetic with 30-bit digits in
 *          uint32_t (CPython's layout): schoolbook add/mul, Karatsuba above
 *          KARATSUBA_CUTOFF digits, Knuth's algorithm D for division, and
 *          decimal conversion by repeated division by 10**9 (quadratic);
 *   gmp  - mpz_* from libgmp;
 *   py   - python3 doing the same in Python (CPython 3.11 ints), measured
 *          by a child process through popen().
 * Every own result is checked against GMP's (as decimal text or digits).
 * Tasks:
 *   mul10k   a * b, two 10,000-decimal-digit numbers
 *   pow3     3 ** 100000 (square and multiply)
 *   fact2000 2000! as a loop of products by small ints
 *   str100k  str() of a 100,000-digit number
 *   shl3000  str(1 << 3000)
 *   small    1,000,000 x  a = (a * b + c) % m  with ~60-bit values
 *            (2-3 digits), plus the same with __int128 as "int64 fast path"
 */
#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SHIFT 30
#define BASE ((uint32_t)1 << SHIFT)
#define MASK (BASE - 1)
#define KARATSUBA_CUTOFF 70

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    return p;
}

/* ---- own magnitudes: little-endian 30-bit digits ------------------------ */

typedef struct {
    uint32_t *d;
    int n; /* used digits, no leading zero digits; 0 for zero */
} Big;

static int norm(const uint32_t *d, int n)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

static Big big_new(int cap)
{
    Big b = {xmalloc(sizeof(uint32_t) * (size_t)(cap > 0 ? cap : 1)), 0};
    return b;
}

static Big big_from_u64(uint64_t v)
{
    Big b = big_new(3);
    while (v) {
        b.d[b.n++] = (uint32_t)(v & MASK);
        v >>= SHIFT;
    }
    return b;
}

/* r[0..max(an,bn)] = a + b; returns length */
static int add_mag(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *r)
{
    if (an < bn) {
        const uint32_t *t = a; a = b; b = t;
        int tn = an; an = bn; bn = tn;
    }
    uint32_t carry = 0;
    int i = 0;
    for (; i < bn; i++) {
        carry += a[i] + b[i];
        r[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = carry & MASK;
        carry >>= SHIFT;
    }
    r[i] = carry;
    return norm(r, an + 1);
}

/* x[0..xn) -= y[0..yn), requires x >= y */
static void sub_inplace(uint32_t *x, int xn, const uint32_t *y, int yn)
{
    int32_t borrow = 0;
    int i = 0;
    for (; i < yn; i++) {
        int32_t t = (int32_t)x[i] - (int32_t)y[i] - borrow;
        borrow = t < 0;
        x[i] = (uint32_t)t & MASK;
    }
    for (; borrow && i < xn; i++) {
        int32_t t = (int32_t)x[i] - borrow;
        borrow = t < 0;
        x[i] = (uint32_t)t & MASK;
    }
}

/* x[0..xn) += y[0..yn), x has room for the carry (xn >= yn) */
static void add_inplace(uint32_t *x, int xn, const uint32_t *y, int yn)
{
    uint32_t carry = 0;
    int i = 0;
    for (; i < yn; i++) {
        carry += x[i] + y[i];
        x[i] = carry & MASK;
        carry >>= SHIFT;
    }
    for (; carry && i < xn; i++) {
        carry += x[i];
        x[i] = carry & MASK;
        carry >>= SHIFT;
    }
}

/* r[0..an+bn) = a * b, schoolbook */
static void mul_school(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *r)
{
    memset(r, 0, sizeof(uint32_t) * (size_t)(an + bn));
    for (int i = 0; i < an; i++) {
        uint64_t ai = a[i], carry = 0;
        if (!ai)
            continue;
        uint32_t *rp = r + i;
        for (int j = 0; j < bn; j++) {
            carry += rp[j] + ai * b[j];
            rp[j] = (uint32_t)(carry & MASK);
            carry >>= SHIFT;
        }
        for (int j = bn; carry; j++) {
            carry += rp[j];
            rp[j] = (uint32_t)(carry & MASK);
            carry >>= SHIFT;
        }
    }
}

static void mul_mag(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *r);

/* Karatsuba for an >= bn > an/2 */
static void mul_kara(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *r)
{
    int h = (an + 1) / 2;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int a0n = norm(a0, h), a1n = an - h;
    int b0n = norm(b0, bn < h ? bn : h), b1n = bn - h;
    memset(r, 0, sizeof(uint32_t) * (size_t)(an + bn));
    /* z0 -> r[0..2h), z2 -> r[2h..) */
    if (a0n && b0n)
        mul_mag(a0, a0n, b0, b0n, r);
    if (a1n && b1n)
        mul_mag(a1, a1n, b1, b1n, r + 2 * h);
    uint32_t *z0 = xmalloc(sizeof(uint32_t) * (size_t)(2 * h + 1));
    uint32_t *z2 = xmalloc(sizeof(uint32_t) * (size_t)(an + bn - 2 * h + 1));
    memcpy(z0, r, sizeof(uint32_t) * (size_t)(2 * h));
    int z0n = norm(z0, 2 * h);
    memcpy(z2, r + 2 * h, sizeof(uint32_t) * (size_t)(an + bn - 2 * h));
    int z2n = norm(z2, an + bn - 2 * h);
    uint32_t *sa = xmalloc(sizeof(uint32_t) * (size_t)(h + 2));
    uint32_t *sb = xmalloc(sizeof(uint32_t) * (size_t)(h + 2));
    int san = add_mag(a0, a0n, a1, a1n, sa);
    int sbn = add_mag(b0, b0n, b1, b1n, sb);
    uint32_t *z1 = xmalloc(sizeof(uint32_t) * (size_t)(san + sbn + 1));
    int z1n = 0;
    if (san && sbn) {
        mul_mag(sa, san, sb, sbn, z1);
        z1n = norm(z1, san + sbn);
    }
    sub_inplace(z1, z1n, z0, z0n);
    sub_inplace(z1, z1n, z2, z2n);
    z1n = norm(z1, z1n);
    add_inplace(r + h, an + bn - h, z1, z1n);
    free(z0); free(z2); free(sa); free(sb); free(z1);
}

/* r[0..an+bn) = a * b (an, bn > 0) */
static void mul_mag(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *r)
{
    if (an < bn) {
        const uint32_t *t = a; a = b; b = t;
        int tn = an; an = bn; bn = tn;
    }
    if (bn < KARATSUBA_CUTOFF) {
        mul_school(a, an, b, bn, r);
        return;
    }
    if (2 * bn > an) {
        mul_kara(a, an, b, bn, r);
        return;
    }
    /* lopsided: slices of a of size bn */
    memset(r, 0, sizeof(uint32_t) * (size_t)(an + bn));
    uint32_t *t = xmalloc(sizeof(uint32_t) * (size_t)(2 * bn));
    for (int off = 0; off < an; off += bn) {
        int sl = an - off < bn ? an - off : bn;
        int sn = norm(a + off, sl);
        if (!sn)
            continue;
        mul_mag(a + off, sn, b, bn, t);
        add_inplace(r + off, an + bn - off, t, norm(t, sn + bn));
    }
    free(t);
}

static Big big_mul(Big a, Big b)
{
    Big r = big_new(a.n + b.n);
    if (!a.n || !b.n)
        return r;
    mul_mag(a.d, a.n, b.d, b.n, r.d);
    r.n = norm(r.d, a.n + b.n);
    return r;
}

/* in-place multiply by a small factor < 2**30 (needs one spare digit) */
static void big_mul_small(Big *a, uint32_t f)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        carry += (uint64_t)a->d[i] * f;
        a->d[i] = (uint32_t)(carry & MASK);
        carry >>= SHIFT;
    }
    while (carry) {
        a->d[a->n++] = (uint32_t)(carry & MASK);
        carry >>= SHIFT;
    }
}

static Big big_pow(uint32_t base, unsigned e)
{
    Big r = big_from_u64(1);
    Big b = big_from_u64(base);
    int top = 31;
    while (top >= 0 && !((e >> top) & 1))
        top--;
    for (int i = top; i >= 0; i--) {
        Big s = big_mul(r, r);
        free(r.d);
        r = s;
        if ((e >> i) & 1) {
            Big m = big_mul(r, b);
            free(r.d);
            r = m;
        }
    }
    free(b.d);
    return r;
}

static int bitlen32(uint32_t x)
{
    int n = 0;
    while (x) {
        n++;
        x >>= 1;
    }
    return n;
}

/* Knuth D: q = u / v, r = u % v for un >= vn >= 2.  q has un - vn + 1
 * digits, r has vn digits. */
static void divrem_knuth(const uint32_t *u, int un, const uint32_t *v, int vn,
                         uint32_t *q, uint32_t *r, uint32_t *w /* un+1+vn scratch */)
{
    int s = SHIFT - bitlen32(v[vn - 1]);
    uint32_t *vv = w, *uu = w + vn;
    /* normalise: shift left by s so v's top digit has its top bit set */
    uint32_t carry = 0;
    for (int i = 0; i < vn; i++) {
        uint64_t t = ((uint64_t)v[i] << s) | carry;
        vv[i] = (uint32_t)(t & MASK);
        carry = (uint32_t)(t >> SHIFT);
    }
    carry = 0;
    for (int i = 0; i < un; i++) {
        uint64_t t = ((uint64_t)u[i] << s) | carry;
        uu[i] = (uint32_t)(t & MASK);
        carry = (uint32_t)(t >> SHIFT);
    }
    uu[un] = carry;
    uint64_t vtop = vv[vn - 1], vnext = vv[vn - 2];
    for (int j = un - vn; j >= 0; j--) {
        uint64_t num = ((uint64_t)uu[j + vn] << SHIFT) | uu[j + vn - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >= BASE || qhat * vnext > ((rhat << SHIFT) | uu[j + vn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= BASE)
                break;
        }
        /* uu[j..j+vn] -= qhat * vv */
        int64_t borrow = 0;
        uint64_t mc = 0;
        for (int i = 0; i < vn; i++) {
            uint64_t p = qhat * vv[i] + mc;
            mc = p >> SHIFT;
            int64_t t = (int64_t)uu[i + j] - (int64_t)(p & MASK) + borrow;
            uu[i + j] = (uint32_t)(t & MASK);
            borrow = t >> SHIFT; /* 0 or -1 (arithmetic shift) */
        }
        int64_t t = (int64_t)uu[j + vn] - (int64_t)mc + borrow;
        uu[j + vn] = (uint32_t)(t & MASK);
        if (t < 0) { /* qhat was one too big: add v back */
            qhat--;
            uint32_t c = 0;
            for (int i = 0; i < vn; i++) {
                c += uu[i + j] + vv[i];
                uu[i + j] = c & MASK;
                c >>= SHIFT;
            }
            uu[j + vn] = (uu[j + vn] + c) & MASK;
        }
        q[j] = (uint32_t)qhat;
    }
    /* remainder: uu[0..vn) >> s */
    for (int i = 0; i < vn; i++) {
        uint32_t hi = i + 1 < vn ? uu[i + 1] : 0;
        r[i] = ((uu[i] >> s) | (hi << (SHIFT - s))) & MASK;
    }
}

/* decimal text by repeated division by 10**9 (O(n**2)) */
static char *big_to_dec(Big a)
{
    if (!a.n) {
        char *s = xmalloc(2);
        strcpy(s, "0");
        return s;
    }
    uint32_t *t = xmalloc(sizeof(uint32_t) * (size_t)a.n);
    memcpy(t, a.d, sizeof(uint32_t) * (size_t)a.n);
    int n = a.n;
    size_t maxchunks = (size_t)a.n * 30 / 29 + 2; /* 10**9 > 2**29 */
    uint32_t *chunks = xmalloc(sizeof(uint32_t) * maxchunks);
    size_t nc = 0;
    while (n) {
        uint64_t rem = 0;
        for (int i = n - 1; i >= 0; i--) {
            uint64_t cur = (rem << SHIFT) | t[i];
            t[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks[nc++] = (uint32_t)rem;
        n = norm(t, n);
    }
    char *s = xmalloc(nc * 9 + 1);
    int k = sprintf(s, "%u", chunks[nc - 1]);
    for (size_t i = nc - 1; i-- > 0;)
        k += sprintf(s + k, "%09u", chunks[i]);
    free(t);
    free(chunks);
    return s;
}

/* a number from decimal text, via multiply-add by 10**9 (for the inputs) */
static Big big_from_dec(const char *s)
{
    size_t len = strlen(s);
    Big b = big_new((int)(len / 9 + 4));
    size_t first = len % 9 ? len % 9 : 9;
    size_t i = 0;
    while (i < len) {
        size_t take = i == 0 ? first : 9;
        uint32_t chunk = 0, mult = 1;
        for (size_t k = 0; k < take; k++) {
            chunk = chunk * 10 + (uint32_t)(s[i + k] - '0');
            mult *= 10;
        }
        big_mul_small(&b, mult);
        /* add chunk */
        uint32_t c = chunk;
        for (int k = 0; c; k++) {
            if (k == b.n)
                b.d[b.n++] = 0;
            c += b.d[k];
            b.d[k] = c & MASK;
            c >>= SHIFT;
        }
        i += take;
    }
    return b;
}

/* ---- the python3 column --------------------------------------------------- */

static const char *PY_SCRIPT =
    "import sys, time\n"
    "sys.set_int_max_str_digits(0)\n"
    "def t(f, n=1):\n"
    "    best = 1e9\n"
    "    for _ in range(3):\n"
    "        s = time.perf_counter(); f(); best = min(best, time.perf_counter() - s)\n"
    "    return best\n"
    "a = int('7' * 10000); b = int('3' * 10000)\n"
    "print('mul10k', t(lambda: a * b))\n"
    "print('pow3', t(lambda: 3 ** 100000))\n"
    "def fact():\n"
    "    r = 1\n"
    "    for i in range(2, 2001): r *= i\n"
    "    return r\n"
    "print('fact2000', t(fact))\n"
    "big = 7 ** 118329\n"
    "print('str100k', t(lambda: str(big)))\n"
    "print('shl3000', t(lambda: str(1 << 3000)))\n"
    "def small():\n"
    "    a = 123456789012345678; b = 987654321098765; c = 55555555555; m = (1 << 61) - 1\n"
    "    for _ in range(1000000): a = (a * b + c) % m\n"
    "    return a\n"
    "print('small', t(small))\n";

static double py_time[8];
static const char *TASKS[] = {"mul10k", "pow3", "fact2000", "str100k", "shl3000", "small"};

static void run_python(void)
{
    FILE *f = fopen("/tmp/gp_bigbench.py", "w");
    if (!f)
        return;
    fputs(PY_SCRIPT, f);
    fclose(f);
    FILE *p = popen("python3 /tmp/gp_bigbench.py", "r");
    if (!p)
        return;
    char name[32];
    double v;
    while (fscanf(p, "%31s %lf", name, &v) == 2)
        for (int i = 0; i < 6; i++)
            if (!strcmp(name, TASKS[i]))
                py_time[i] = v;
    pclose(p);
    remove("/tmp/gp_bigbench.py");
}

/* ---- benchmark ------------------------------------------------------------ */

static int failures;

static void check(const char *task, const char *own, const char *gmp)
{
    if (strcmp(own, gmp)) {
        printf("!! %s: own and gmp results differ\n", task);
        failures++;
    }
}

static void report(int i, double own, double gmp)
{
    printf("%-9s own %9.3f ms   gmp %9.3f ms   own/gmp %7.1fx", TASKS[i], own * 1e3,
           gmp * 1e3, own / gmp);
    if (py_time[i] > 0)
        printf("   python3 %9.3f ms   py/gmp %7.1fx", py_time[i] * 1e3, py_time[i] / gmp);
    printf("\n");
}

#define BEST3(var, ...)                                    \
    do {                                                   \
        var = 1e9;                                         \
        for (int rep_ = 0; rep_ < 3; rep_++) {             \
            double s_ = now();                             \
            __VA_ARGS__;                                   \
            double e_ = now() - s_;                        \
            if (e_ < var)                                  \
                var = e_;                                  \
        }                                                  \
    } while (0)

int main(int argc, char **argv)
{
    int with_py = !(argc > 1 && !strcmp(argv[1], "--no-python"));
    if (with_py)
        run_python();
    double to, tg;

    /* mul10k */
    {
        char *sa = xmalloc(10001), *sb = xmalloc(10001);
        memset(sa, '7', 10000); sa[10000] = 0;
        memset(sb, '3', 10000); sb[10000] = 0;
        Big a = big_from_dec(sa), b = big_from_dec(sb), r = {0, 0};
        mpz_t ga, gb, gr;
        mpz_init_set_str(ga, sa, 10); mpz_init_set_str(gb, sb, 10); mpz_init(gr);
        BEST3(to, { free(r.d); r = big_mul(a, b); });
        BEST3(tg, mpz_mul(gr, ga, gb));
        char *o = big_to_dec(r), *g = mpz_get_str(NULL, 10, gr);
        check("mul10k", o, g);
        report(0, to, tg);
        free(o); free(g); free(r.d); free(a.d); free(b.d); free(sa); free(sb);
        mpz_clears(ga, gb, gr, NULL);
    }
    /* pow3 */
    {
        Big r = {0, 0};
        mpz_t gr;
        mpz_init(gr);
        BEST3(to, { free(r.d); r = big_pow(3, 100000); });
        BEST3(tg, mpz_ui_pow_ui(gr, 3, 100000));
        char *o = big_to_dec(r), *g = mpz_get_str(NULL, 10, gr);
        check("pow3", o, g);
        report(1, to, tg);
        free(o); free(g); free(r.d);
        mpz_clear(gr);
    }
    /* fact2000 as a loop, like Python code would do it */
    {
        Big r = {0, 0};
        mpz_t gr;
        mpz_init(gr);
        BEST3(to, {
            free(r.d);
            r = big_new(1000);
            r.d[0] = 1; r.n = 1;
            for (uint32_t i = 2; i <= 2000; i++)
                big_mul_small(&r, i);
        });
        BEST3(tg, {
            mpz_set_ui(gr, 1);
            for (unsigned long i = 2; i <= 2000; i++)
                mpz_mul_ui(gr, gr, i);
        });
        char *o = big_to_dec(r), *g = mpz_get_str(NULL, 10, gr);
        check("fact2000", o, g);
        report(2, to, tg);
        free(o); free(g); free(r.d);
        mpz_clear(gr);
    }
    /* str100k: 7**118329 has 100,000 digits */
    {
        Big a = big_pow(7, 118329);
        mpz_t ga;
        mpz_init(ga);
        mpz_ui_pow_ui(ga, 7, 118329);
        char *o = NULL, *g = NULL;
        BEST3(to, { free(o); o = big_to_dec(a); });
        BEST3(tg, { free(g); g = mpz_get_str(NULL, 10, ga); });
        check("str100k", o, g);
        if (strlen(g) != 100000)
            printf("   (note: %zu digits)\n", strlen(g));
        report(3, to, tg);
        free(o); free(g); free(a.d);
        mpz_clear(ga);
    }
    /* shl3000 */
    {
        char *o = NULL, *g = NULL;
        mpz_t ga;
        mpz_init(ga);
        BEST3(to, {
            for (int k = 0; k < 100; k++) {
                Big a = big_new(3000 / SHIFT + 2);
                memset(a.d, 0, sizeof(uint32_t) * (3000 / SHIFT + 1));
                a.d[3000 / SHIFT] = (uint32_t)1 << (3000 % SHIFT);
                a.n = 3000 / SHIFT + 1;
                free(o);
                o = big_to_dec(a);
                free(a.d);
            }
        });
        BEST3(tg, {
            for (int k = 0; k < 100; k++) {
                mpz_set_ui(ga, 1);
                mpz_mul_2exp(ga, ga, 3000);
                free(g);
                g = mpz_get_str(NULL, 10, ga);
            }
        });
        check("shl3000", o, g);
        to /= 100; tg /= 100;
        report(4, to, tg);
        free(o); free(g);
        mpz_clear(ga);
    }
    /* small: 2-3 digit operands, operations allocate nothing (best case
       for both; a real int object would add allocation on top) */
    {
        const uint64_t A0 = 123456789012345678ull, B = 987654321098765ull, C = 55555555555ull;
        const uint64_t M = ((uint64_t)1 << 61) - 1;
        uint64_t res_own = 0, res_gmp = 0, res_native = 0;
        BEST3(to, {
            Big a = big_from_u64(A0), b = big_from_u64(B), c = big_from_u64(C), m = big_from_u64(M);
            uint32_t prod[8], sum[9], q[9], r[4], w[16];
            for (int it = 0; it < 1000000; it++) {
                mul_mag(a.d, a.n, b.d, b.n, prod);
                int pn = norm(prod, a.n + b.n);
                int sn = add_mag(prod, pn, c.d, c.n, sum);
                if (sn < m.n) {
                    memcpy(a.d, sum, sizeof(uint32_t) * (size_t)sn);
                    a.n = sn;
                } else {
                    divrem_knuth(sum, sn, m.d, m.n, q, r, w);
                    a.n = norm(r, m.n);
                    memcpy(a.d, r, sizeof(uint32_t) * (size_t)a.n);
                }
            }
            res_own = 0;
            for (int i = a.n - 1; i >= 0; i--)
                res_own = (res_own << SHIFT) | a.d[i];
            free(a.d); free(b.d); free(c.d); free(m.d);
        });
        BEST3(tg, {
            mpz_t a, b, c, m;
            mpz_init_set_ui(a, A0); mpz_init_set_ui(b, B); mpz_init_set_ui(c, C); mpz_init_set_ui(m, M);
            for (int it = 0; it < 1000000; it++) {
                mpz_mul(a, a, b);
                mpz_add(a, a, c);
                mpz_tdiv_r(a, a, m);
            }
            res_gmp = mpz_get_ui(a);
            mpz_clears(a, b, c, m, NULL);
        });
        double tn;
        BEST3(tn, {
            unsigned __int128 a = A0;
            for (int it = 0; it < 1000000; it++)
                a = (a * B + C) % M;
            res_native = (uint64_t)a;
        });
        if (res_own != res_gmp || res_own != res_native) {
            printf("!! small: results differ %llu %llu %llu\n", (unsigned long long)res_own,
                   (unsigned long long)res_gmp, (unsigned long long)res_native);
            failures++;
        }
        report(5, to, tg);
        printf("%-9s __int128 (fast path) %9.3f ms   gmp/native %5.1fx\n", "small", tn * 1e3, tg / tn);
    }
    printf(failures ? "RESULTS DIFFER\n" : "all own results match gmp\n");
    return failures != 0;
}
