/* randommodule.c -- `_random`: the Mersenne Twister core of `random`.
 *
 * _random.Random is MT19937 (Matsumoto & Nishimura, 1998) seeded exactly as
 * CPython seeds it, so that a script gets the same numbers from gilpy as
 * from python3 for the same seed:
 *   - an int seed n: the 32-bit words of abs(n), least significant first
 *     (one zero word for 0), go through the reference init_by_array();
 *   - None: 624 words from the system's entropy source;
 *   - anything else: hash(x) read as an unsigned 64-bit number (random.py turns str and bytes
 *     into ints first, with _random._seed_bytes below).
 * random() builds a double with 53 random bits from two outputs (27 + 26
 * bits, as the reference genrand_res53), getrandbits(k) fills k bits from
 * 32-bit outputs, least significant word first.
 *
 * random.py's version-2 seeding of str/bytes needs SHA-512 (the seed is
 * int.from_bytes(a + sha512(a).digest(), 'big')); it is small enough to live
 * here as a private helper, _seed_bytes(b). Its round constants are not
 * typed in: they are the fractional bits of the cube roots (and, for the
 * initial hash, square roots) of the first primes, computed once with GMP.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include "gilpy.h"

/* ---- MT19937 --------------------------------------------------------- */

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU     /* the twist matrix's last row */
#define MT_UPPER 0x80000000U        /* most significant bit of a word */
#define MT_LOWER 0x7fffffffU        /* the other 31 */

typedef struct {
    GpObject ob;
    uint32_t mt[MT_N];
    int index;                      /* next word of mt to temper; MT_N: regenerate */
} GpRandom;

static void mt_init(GpRandom *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void mt_init_by_array(GpRandom *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    mt_init(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;   /* non-zero initial state guaranteed */
}

static inline uint32_t mt_twist(uint32_t a, uint32_t b, uint32_t far)
{
    uint32_t y = (a & MT_UPPER) | (b & MT_LOWER);
    return far ^ (y >> 1) ^ ((y & 1U) ? MT_MATRIX_A : 0U);
}

static uint32_t mt_next(GpRandom *r)
{
    uint32_t *mt = r->mt;
    if (r->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++)
            mt[k] = mt_twist(mt[k], mt[k + 1], mt[k + MT_M]);
        for (; k < MT_N - 1; k++)
            mt[k] = mt_twist(mt[k], mt[k + 1], mt[k + MT_M - MT_N]);
        mt[MT_N - 1] = mt_twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* ---- entropy --------------------------------------------------------- */

static int fill_random(void *buf, size_t n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        p += got;
        n -= (size_t)got;
    }
    if (n == 0)
        return 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    while (n > 0) {
        ssize_t got = read(fd, p, n);
        if (got <= 0) {
            if (got < 0 && errno == EINTR)
                continue;
            close(fd);
            return -1;
        }
        p += got;
        n -= (size_t)got;
    }
    close(fd);
    return 0;
}

/* ---- the Random type ------------------------------------------------- */

extern GpType GpRandom_Type;

static int seed_from_int(GpRandom *r, GpObject *n)
{
    mpz_t z;
    mpz_init(z);
    gp_int_to_mpz(n, z);
    mpz_abs(z, z);
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
    if (words == 0)
        words = 1;
    uint32_t *key = calloc(words, sizeof(uint32_t));
    if (!key) {
        mpz_clear(z);
        gp_err_no_memory();
        return -1;
    }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    mt_init_by_array(r, key, words);
    free(key);
    return 0;
}

static int random_seed_impl(GpRandom *r, GpObject *arg)
{
    if (!arg || arg == gp_None) {
        uint32_t key[MT_N];
        if (fill_random(key, sizeof key) < 0) {
            /* no entropy source: fall back on the time and the pid */
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            key[0] = (uint32_t)ts.tv_sec;
            key[1] = (uint32_t)ts.tv_nsec;
            key[2] = (uint32_t)getpid();
            clock_gettime(CLOCK_MONOTONIC, &ts);
            key[3] = (uint32_t)ts.tv_nsec;
            mt_init_by_array(r, key, 4);
            return 0;
        }
        mt_init_by_array(r, key, MT_N);
        return 0;
    }
    if (GP_INT_CHECK(arg))
        return seed_from_int(r, arg);
    gp_hash h = gp_hash_of(arg);
    if (h == -1)
        return -1;
    GpObject *n = gp_int_from_u64((uint64_t)h);   /* the hash as size_t, not abs() */
    if (!n)
        return -1;
    int rc = seed_from_int(r, n);
    GP_DECREF(n);
    return rc;
}

/* Seeding happens in __init__, as in CPython 3.11, so that a Python
 * subclass whose __init__ seeds differently (random.Random) is in charge. */
static GpObject *random_new(GpType *t, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    GpRandom *r = (GpRandom *)gp_type_generic_alloc(t, 0);
    if (!r)
        return NULL;
    mt_init(r, 19650218U);   /* a valid state even if __init__ never runs */
    return (GpObject *)r;
}

static int random_init(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (GP_TYPE(self) == &GpRandom_Type && gp_args_no_kw("Random", kwnames) < 0)
        return -1;
    if (nargs > 1) {
        gp_err_set_string(&GpExc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_impl((GpRandom *)self, nargs ? args[0] : NULL);
}

static void random_dealloc(GpObject *o) { gp_obj_free(o); }

static GpObject *random_seed(GpObject *self, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("seed", nargs, 0, 1) < 0)
        return NULL;
    if (random_seed_impl((GpRandom *)self, nargs ? args[0] : NULL) < 0)
        return NULL;
    GP_RETURN_NONE;
}

static GpObject *random_random(GpObject *self, GpObject *u)
{
    GpRandom *r = (GpRandom *)self;
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return gp_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static GpObject *random_getrandbits(GpObject *self, GpObject *arg)
{
    GpRandom *r = (GpRandom *)self;
    if (!GP_INT_CHECK(arg) && !gp_index_check(arg))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    gp_ssize k = gp_number_as_ssize(arg, &GpExc_OverflowError);
    if (k == -1 && gp_err_occurred())
        return NULL;
    if (k < 0) {
        gp_err_set_string(&GpExc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k == 0)
        return gp_int_from_i64(0);
    if (k <= 32)
        return gp_int_from_u64(mt_next(r) >> (32 - k));
    if (k <= 64) {
        uint64_t lo = mt_next(r);
        uint64_t hi = mt_next(r) >> (64 - k);
        return gp_int_from_u64(lo | (hi << 32));
    }
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *buf = malloc(words * sizeof(uint32_t));
    if (!buf)
        return gp_err_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = mt_next(r);
        if (k < 32)
            w >>= (32 - k);
        buf[i] = w;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    free(buf);
    GpObject *res = gp_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

static GpObject *random_getstate(GpObject *self, GpObject *u)
{
    GpRandom *r = (GpRandom *)self;
    GpObject *t = gp_tuple_new(MT_N + 1);
    if (!t)
        return NULL;
    for (int i = 0; i < MT_N; i++) {
        GpObject *v = gp_int_from_u64(r->mt[i]);
        if (!v) {
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, i, v);
    }
    GpObject *v = gp_int_from_i64(r->index);
    if (!v) {
        GP_DECREF(t);
        return NULL;
    }
    GP_TUPLE_SET(t, MT_N, v);
    return t;
}

static GpObject *random_setstate(GpObject *self, GpObject *state)
{
    GpRandom *r = (GpRandom *)self;
    if (!GP_TUPLE_CHECK(state))
        return gp_err_format(&GpExc_TypeError, "state vector must be a tuple");
    if (GP_SIZE(state) != MT_N + 1) {
        gp_err_set_string(&GpExc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        GpObject *o = GP_TUPLE_GET(state, i);
        if (!GP_INT_CHECK(o))
            return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        int ovf;
        int64_t v = gp_int_as_i64_clamped(o, &ovf);
        if (ovf || v < 0 || v > 0xffffffffLL) {
            gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C unsigned long");
            return NULL;
        }
        mt[i] = (uint32_t)v;
    }
    GpObject *io = GP_TUPLE_GET(state, MT_N);
    int ovf;
    int64_t idx = GP_INT_CHECK(io) ? gp_int_as_i64_clamped(io, &ovf) : -1;
    if (idx < 0 || idx > MT_N) {
        gp_err_set_string(&GpExc_ValueError, "invalid state");
        return NULL;
    }
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)idx;
    GP_RETURN_NONE;
}

static const GpMethodDef random_methods[] = {
    GP_METHOD("seed", random_seed, GP_METH_FAST),
    GP_METHOD("random", random_random, GP_METH_NOARGS),
    GP_METHOD("getrandbits", random_getrandbits, GP_METH_O),
    GP_METHOD("getstate", random_getstate, GP_METH_NOARGS),
    GP_METHOD("setstate", random_setstate, GP_METH_O),
    { NULL },
};

GpType GpRandom_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_random.Random",
    .doc = "Random() -> create a random number generator with its own internal state.",
    .basicsize = sizeof(GpRandom),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = random_dealloc,
    .getattro = gp_generic_getattr,
    .setattro = gp_generic_setattr,
    .methods = random_methods,
    .new_ = random_new,
    .init = random_init,
};

/* ---- SHA-512 (FIPS 180-4), for seeding from str and bytes ------------ */

static uint64_t sha_k[80], sha_h0[8];

static uint64_t root_bits(unsigned long p, unsigned long n)   /* frac(p ** (1/n)) * 2**64 */
{
    mpz_t z;
    mpz_init_set_ui(z, p);
    mpz_mul_2exp(z, z, 64 * n);
    mpz_root(z, z, n);
    mpz_fdiv_r_2exp(z, z, 64);   /* keep the fractional bits */
    uint64_t v = 0;
    mpz_export(&v, NULL, -1, sizeof v, 0, 0, z);
    mpz_clear(z);
    return v;
}

static void sha_init_constants(void)
{
    if (sha_k[0])
        return;
    unsigned long p = 2;
    for (int i = 0; i < 80; p++) {
        int prime = 1;
        for (unsigned long d = 2; d * d <= p; d++)
            if (p % d == 0) {
                prime = 0;
                break;
            }
        if (!prime)
            continue;
        if (i < 8)
            sha_h0[i] = root_bits(p, 2);
        sha_k[i++] = root_bits(p, 3);
    }
}

#define ROTR(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha_block(uint64_t h[8], const unsigned char *blk)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++)
            v = (v << 8) | blk[i * 8 + j];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROTR(w[i - 15], 1) ^ ROTR(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROTR(w[i - 2], 19) ^ ROTR(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROTR(e, 14) ^ ROTR(e, 18) ^ ROTR(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + sha_k[i] + w[i];
        uint64_t S0 = ROTR(a, 28) ^ ROTR(a, 34) ^ ROTR(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *msg, size_t len, unsigned char out[64])
{
    sha_init_constants();
    uint64_t h[8];
    memcpy(h, sha_h0, sizeof h);
    size_t full = len / 128;
    for (size_t i = 0; i < full; i++)
        sha_block(h, msg + i * 128);
    unsigned char tail[256];
    size_t rest = len - full * 128;
    memset(tail, 0, sizeof tail);
    memcpy(tail, msg + full * 128, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;   /* high 64 bits of the length stay 0 */
    for (int j = 0; j < 8; j++)
        tail[tlen - 1 - j] = (unsigned char)(bits >> (8 * j));
    sha_block(h, tail);
    if (tlen == 256)
        sha_block(h, tail + 128);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            out[i * 8 + j] = (unsigned char)(h[i] >> (56 - 8 * j));
}

/* _seed_bytes(b) == int.from_bytes(b + sha512(b).digest(), 'big') */
static GpObject *random_seed_bytes(GpObject *m, GpObject *arg)
{
    const char *data;
    gp_ssize n;
    if (gp_bytes_buffer(arg, &data, &n) < 0)
        return NULL;
    unsigned char *buf = malloc((size_t)n + 64);
    if (!buf)
        return gp_err_no_memory();
    memcpy(buf, data, (size_t)n);
    sha512((const unsigned char *)data, (size_t)n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)n + 64, 1, 1, 0, 0, buf);
    free(buf);
    GpObject *r = gp_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static GpObject *random_sha512(GpObject *m, GpObject *arg)
{
    const char *data;
    gp_ssize n;
    if (gp_bytes_buffer(arg, &data, &n) < 0)
        return NULL;
    unsigned char out[64];
    sha512((const unsigned char *)data, (size_t)n, out);
    return gp_bytes_from((const char *)out, 64);
}

static GpObject *random_urandom(GpObject *m, GpObject *arg)
{
    gp_ssize n = gp_number_as_ssize(arg, &GpExc_OverflowError);
    if (n == -1 && gp_err_occurred())
        return NULL;
    if (n < 0) {
        gp_err_set_string(&GpExc_ValueError, "negative argument not allowed");
        return NULL;
    }
    GpObject *b = gp_bytes_from(NULL, n);
    if (!b)
        return NULL;
    if (fill_random(GP_BYTES_DATA(b), (size_t)n) < 0) {
        GP_DECREF(b);
        return gp_err_from_errno(&GpExc_OSError);
    }
    return b;
}

static const GpMethodDef module_methods[] = {
    GP_METHOD("_seed_bytes", random_seed_bytes, GP_METH_O),
    GP_METHOD("_sha512_digest", random_sha512, GP_METH_O),
    GP_METHOD("_urandom", random_urandom, GP_METH_O),
    { NULL },
};

int gp_mod__random_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_type_ready(&GpRandom_Type) < 0)
        return -1;
    if (gp_dict_setitem_str(d, "Random", (GpObject *)&GpRandom_Type) < 0)
        return -1;
    return gp_add_functions(d, module_methods, gp_str_intern_cstr("_random"));
}
