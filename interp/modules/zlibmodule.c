/* zlibmodule.c -- `zlib`: deflate/inflate and the crc32/adler32 checksums
 * over the system zlib (headers found with pkg-config; the library is
 * loaded with dlopen on first import, see zm_load).
 *
 * API.  CPython 3.11's: compress/decompress (one shot), compressobj and
 * decompressobj (streams, zlib.Compress/zlib.Decompress, which cannot be
 * instantiated directly), crc32/adler32 with running values, the Z_*
 * constants, ZLIB_VERSION/ZLIB_RUNTIME_VERSION and zlib.error.  The error
 * messages are CPython's ("Error -3 while decompressing data: incorrect
 * header check"): zlib's own stream message when it set one, else a fixed
 * wording per error code (zerror below).
 *
 * Identical output.  Both interpreters link the same libz, so the same
 * sequence of deflate()/inflate() calls gives the same bytes.  To make the
 * sequence the same too, the output buffer hands zlib room in the block
 * sizes CPython's blocks output buffer uses (32 KiB, 64 KiB, 256 KiB, ...),
 * clipped to max_length; the block only changes how much zlib may write per
 * call, and where a decompressor stops when max_length is reached (and so
 * what goes into unconsumed_tail).  The blocks live in one bytes object that
 * grows by realloc and is trimmed at the end, so no final join is needed.
 *
 * Threads.  deflate()/inflate() on a big input (or once the output has
 * outgrown its first block) run without the GIL, as in CPython, so threads
 * compressing different data overlap.  Only input that cannot change under
 * us is used that way: bytes (immutable), or a bytearray pinned for the call
 * by counting an export (a resize then raises BufferError, as CPython's
 * buffer export does).  Other buffers (memoryview, array) are read with the
 * GIL held.  The output buffer is a fresh object no other thread can see.
 * Each Compress/Decompress object has a mutex held for a whole method call,
 * since the call drops the GIL between zlib calls; it is taken with a try
 * first and, if busy, waited for with the GIL released, so a thread never
 * blocks on the mutex while holding the GIL (no lock-order deadlock).
 */
#include "gilpy.h"
#include "objects/typeobject.h"
#include "concurrency/gil.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <zlib.h>

/* libz is loaded when `zlib` is first imported, not linked: as with
 * libcrypto (hashlibmodule.c), a script that never compresses should not
 * pay for mapping and relocating the library at start-up (84 KiB of
 * `print('hello')`'s peak RSS). The functions used are bound once with
 * dlsym; the macros below send zlib's names -- including those its own
 * deflateInit2/inflateInit2 macros expand to -- to the bound pointers. */
#define ZM_FUNCS(X) \
    X(adler32) X(crc32) X(deflate) X(deflateCopy) X(deflateEnd) X(deflateInit2_) X(deflateSetDictionary) \
    X(inflate) X(inflateCopy) X(inflateEnd) X(inflateInit2_) X(inflateSetDictionary) X(zlibVersion)

static struct {
#define ZM_FIELD(f) __typeof__(f) *f;
    ZM_FUNCS(ZM_FIELD)
#undef ZM_FIELD
} zm;

/* 0, or -1 with ImportError set. zlib's ABI has been libz.so.1 since 1.0. */
static int zm_load(void)
{
    static int loaded;
    if (loaded)
        return 0;
    void *h = dlopen("libz.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        gp_err_set_string(&GpExc_ImportError, "zlib: cannot load libz.so.1");
        return -1;
    }
#define ZM_BIND(f)                                                              \
    if (!(zm.f = (__typeof__(f) *)dlsym(h, #f))) {                              \
        gp_err_format(&GpExc_ImportError, "zlib: libz.so.1 lacks %s", #f);      \
        return -1;                                                              \
    }
    ZM_FUNCS(ZM_BIND)
#undef ZM_BIND
    loaded = 1;
    return 0;
}

#define adler32 zm.adler32
#define crc32 zm.crc32
#define deflate zm.deflate
#define deflateCopy zm.deflateCopy
#define deflateEnd zm.deflateEnd
#define deflateInit2_ zm.deflateInit2_
#define deflateSetDictionary zm.deflateSetDictionary
#define inflate zm.inflate
#define inflateCopy zm.inflateCopy
#define inflateEnd zm.inflateEnd
#define inflateInit2_ zm.inflateInit2_
#define inflateSetDictionary zm.inflateSetDictionary
#define zlibVersion zm.zlibVersion

/* CPython's defaults (zlibmodule.c, from zutil.h). */
#define ZM_DEFLATED 8
#define ZM_DEF_MEM_LEVEL 8
#define ZM_DEF_BUF_SIZE (16 * 1024)

/* Inputs at least this big are (de)compressed without the GIL.  Below it
 * the work is a few microseconds, less than what handing the GIL over and
 * back costs (clock reads, a condition variable when contended). */
#define ZM_GIL_MINSIZE 4096
/* crc32/adler32 release the GIL above the size CPython uses (5 KiB):
 * checksumming is ~10x faster than deflate, so the break-even is higher. */
#define ZM_CHECKSUM_GIL_MINSIZE (5 * 1024)

static GpObject *zlib_error_type;   /* zlib.error, created once, kept forever */

/* ------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

static GpObject *zerror(z_stream *zst, int err, const char *what)
{
    const char *zmsg = NULL;
    if (err == Z_VERSION_ERROR)
        zmsg = "library version mismatch";   /* zst->msg is not set then */
    if (!zmsg)
        zmsg = zst->msg;
    if (!zmsg) {
        if (err == Z_BUF_ERROR)
            zmsg = "incomplete or truncated stream";
        else if (err == Z_STREAM_ERROR)
            zmsg = "inconsistent stream state";
        else if (err == Z_DATA_ERROR)
            zmsg = "invalid input data";
    }
    if (!zmsg)
        return gp_err_format((GpType *)zlib_error_type, "Error %d %s", err, what);
    return gp_err_format((GpType *)zlib_error_type, "Error %d %s: %.200s", err, what, zmsg);
}

/* ------------------------------------------------------------------------
 * Arguments
 * ------------------------------------------------------------------------ */

/* A C int argument (CPython's "int" converter); absent: def. */
static int arg_int(GpObject *o, int def, int *out)
{
    if (!o) {
        *out = def;
        return 0;
    }
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int ovf = 0;
    int64_t v = gp_int_as_i64_clamped(i, &ovf);
    GP_DECREF(i);
    if (ovf || v > INT_MAX || v < INT_MIN) {
        gp_err_set_string(&GpExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A Py_ssize_t argument; absent: def. */
static int arg_ssize(GpObject *o, gp_ssize def, gp_ssize *out)
{
    if (!o) {
        *out = def;
        return 0;
    }
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    int r = gp_int_as_ssize(i, out);
    GP_DECREF(i);
    return r;
}

/* An unsigned int taken bitwise (any int, reduced modulo 2**32). */
static int arg_uint_mask(GpObject *o, unsigned def, unsigned *out)
{
    if (!o) {
        *out = def;
        return 0;
    }
    GpObject *i = gp_number_index(o);
    if (!i)
        return -1;
    if (GP_INT_IS_SMALL(i)) {
        *out = (unsigned)(uint64_t)GP_INT_VAL(i);
    } else {
        mpz_t z, r;
        mpz_init(z);
        mpz_init(r);
        gp_int_to_mpz(i, z);
        mpz_fdiv_r_2exp(r, z, 32);   /* floor remainder: two's complement low bits */
        *out = (unsigned)mpz_get_ui(r);
        mpz_clear(z);
        mpz_clear(r);
    }
    GP_DECREF(i);
    return 0;
}

/* Input data of a call: the bytes and whether they may be read without the
 * GIL (see "Threads" above).  inbuf_release undoes the bytearray pin. */
typedef struct {
    const Bytef *p;
    gp_ssize n;
    GpObject *pinned;   /* bytearray whose export count we raised, or NULL */
    int stable;         /* 1: the bytes cannot change while the GIL is dropped */
} InBuf;

static int inbuf_get(GpObject *o, InBuf *b)
{
    const char *p;
    gp_ssize n;
    b->pinned = NULL;
    b->stable = 0;
    if (gp_bytes_buffer(o, &p, &n) < 0)
        return -1;
    b->p = (const Bytef *)p;
    b->n = n;
    if (GP_BYTES_CHECK(o)) {
        b->stable = 1;
    } else if (GP_BYTEARRAY_CHECK(o)) {
        ((GpByteArray *)o)->exports++;
        b->pinned = o;
        b->stable = 1;
    }
    return 0;
}

static void inbuf_release(InBuf *b)
{
    if (b->pinned)
        ((GpByteArray *)b->pinned)->exports--;
    b->pinned = NULL;
}

/* ------------------------------------------------------------------------
 * Output buffer (see "Identical output" above)
 * ------------------------------------------------------------------------ */

#define KB ((gp_ssize)1024)
#define MB (1024 * KB)
/* CPython's blocks output buffer sizes, in order: small results stay small,
 * large ones grow about geometrically to a 256 MiB cap. */
static const gp_ssize block_sizes[] = {
    32 * KB, 64 * KB, 256 * KB, 1 * MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB,
    32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB,
};
#define NBLOCK_SIZES ((int)(sizeof block_sizes / sizeof block_sizes[0]))

typedef struct {
    GpObject *bytes;        /* the buffer: a fresh bytes object only we see */
    gp_ssize allocated;     /* its size */
    gp_ssize max_length;    /* -1: no limit */
    int nblocks;
} OutBuf;

/* Point zst at the free room after `used` bytes (at most UINT_MAX at once). */
static void out_window(OutBuf *ob, z_stream *zst, gp_ssize used)
{
    gp_ssize room = ob->allocated - used;
    zst->next_out = (Bytef *)GP_BYTES_DATA(ob->bytes) + used;
    zst->avail_out = (uInt)(room > (gp_ssize)UINT_MAX ? (gp_ssize)UINT_MAX : room);
}

static gp_ssize out_used(OutBuf *ob, z_stream *zst)
{
    return (gp_ssize)(zst->next_out - (Bytef *)GP_BYTES_DATA(ob->bytes));
}

/* First block: size `first` exactly (size >= 0), or the first standard block
 * clipped to max_length (size < 0). */
static int out_init(OutBuf *ob, z_stream *zst, gp_ssize max_length, gp_ssize size)
{
    ob->max_length = max_length;
    ob->nblocks = 1;
    if (size < 0)
        size = (max_length >= 0 && max_length < block_sizes[0]) ? max_length : block_sizes[0];
    ob->allocated = size;
    ob->bytes = gp_bytes_from(NULL, size);
    if (!ob->bytes)
        return -1;
    out_window(ob, zst, 0);
    return 0;
}

/* Room for more output: the rest of the current block beyond UINT_MAX, or a
 * new block.  Called when avail_out is 0. */
static int out_grow(OutBuf *ob, z_stream *zst)
{
    gp_ssize used = out_used(ob, zst);
    if (used < ob->allocated) {
        out_window(ob, zst, used);
        return 0;
    }
    gp_ssize block = block_sizes[ob->nblocks < NBLOCK_SIZES ? ob->nblocks : NBLOCK_SIZES - 1];
    if (ob->max_length >= 0 && block > ob->max_length - ob->allocated)
        block = ob->max_length - ob->allocated;
    if (block > GP_SSIZE_MAX - ob->allocated) {
        gp_err_no_memory();
        return -1;
    }
    GpObject *nb = gp_bytes_resize(ob->bytes, ob->allocated + block);
    if (!nb)
        return -1;
    ob->bytes = nb;
    ob->allocated += block;
    ob->nblocks++;
    out_window(ob, zst, used);
    return 0;
}

static GpObject *out_finish(OutBuf *ob, z_stream *zst)
{
    gp_ssize used = out_used(ob, zst);
    GpObject *r = ob->bytes;
    ob->bytes = NULL;
    if (used == ob->allocated)
        return r;
    GpObject *nr = gp_bytes_resize(r, used);
    if (!nr)
        GP_DECREF(r);
    return nr;
}

static void out_discard(OutBuf *ob)
{
    GP_XDECREF(ob->bytes);
    ob->bytes = NULL;
}

/* Whether the next zlib call should run without the GIL. */
static int want_nogil(const InBuf *in, const OutBuf *ob)
{
    return (in->stable && in->n >= ZM_GIL_MINSIZE) || ob->nblocks > 1;
}

static void take_input(z_stream *zst, gp_ssize *remains)
{
    zst->avail_in = (uInt)(*remains > (gp_ssize)UINT_MAX ? (gp_ssize)UINT_MAX : *remains);
    *remains -= zst->avail_in;
}

static int run_deflate(z_stream *zst, int flush, int nogil)
{
    int err;
    if (nogil) {
        GP_BEGIN_ALLOW_THREADS
        err = deflate(zst, flush);
        GP_END_ALLOW_THREADS
    } else {
        err = deflate(zst, flush);
    }
    return err;
}

static int run_inflate(z_stream *zst, int flush, int nogil)
{
    int err;
    if (nogil) {
        GP_BEGIN_ALLOW_THREADS
        err = inflate(zst, flush);
        GP_END_ALLOW_THREADS
    } else {
        err = inflate(zst, flush);
    }
    return err;
}

/* The data argument is positional-only: CPython words its absence this way
 * even when it was given by keyword. */
static int need_data(const char *fname, size_t nargs)
{
    if (GP_NARGS(nargs) >= 1)
        return 0;
    gp_err_format(&GpExc_TypeError, "%s() takes at least 1 positional argument (0 given)", fname);
    return -1;
}

/* ------------------------------------------------------------------------
 * One-shot functions
 * ------------------------------------------------------------------------ */

/* compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS) */
static GpObject *zm_compress(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "level", "wbits", NULL };
    GpObject *a[3];
    int level, wbits;
    if (need_data("compress", nargs) < 0 ||
        gp_args_parse("compress", args, nargs, kwnames, kwlist, 1, 3, a) < 0)
        return NULL;
    InBuf in;
    if (inbuf_get(a[0], &in) < 0)
        return NULL;
    if (arg_int(a[1], Z_DEFAULT_COMPRESSION, &level) < 0 || arg_int(a[2], MAX_WBITS, &wbits) < 0) {
        inbuf_release(&in);
        return NULL;
    }
    z_stream zst;
    memset(&zst, 0, sizeof zst);
    OutBuf ob;
    if (out_init(&ob, &zst, -1, -1) < 0) {
        inbuf_release(&in);
        return NULL;
    }
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, ZM_DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err != Z_OK) {
        if (err == Z_MEM_ERROR) {
            gp_err_set_string(&GpExc_MemoryError, "Out of memory while compressing data");
        } else if (err == Z_STREAM_ERROR) {
            gp_err_set_string((GpType *)zlib_error_type, "Bad compression level");
        } else {
            deflateEnd(&zst);
            zerror(&zst, err, "while compressing data");
        }
        goto fail;
    }
    zst.next_in = (Bytef *)in.p;
    gp_ssize remains = in.n;
    int flush;
    do {
        take_input(&zst, &remains);
        flush = remains == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zst.avail_out == 0 && out_grow(&ob, &zst) < 0) {
                deflateEnd(&zst);
                goto fail;
            }
            err = run_deflate(&zst, flush, want_nogil(&in, &ob));
            if (err == Z_STREAM_ERROR) {
                deflateEnd(&zst);
                zerror(&zst, err, "while compressing data");
                goto fail;
            }
        } while (zst.avail_out == 0);
    } while (flush != Z_FINISH);
    err = deflateEnd(&zst);
    if (err != Z_OK) {
        zerror(&zst, err, "while finishing compression");
        goto fail;
    }
    inbuf_release(&in);
    return out_finish(&ob, &zst);
fail:
    inbuf_release(&in);
    out_discard(&ob);
    return NULL;
}

/* decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE) */
static GpObject *zm_decompress(GpObject *m, GpObject *const *args, size_t nargs,
                               GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "wbits", "bufsize", NULL };
    GpObject *a[3];
    int wbits;
    gp_ssize bufsize;
    if (need_data("decompress", nargs) < 0 ||
        gp_args_parse("decompress", args, nargs, kwnames, kwlist, 1, 3, a) < 0)
        return NULL;
    InBuf in;
    if (inbuf_get(a[0], &in) < 0)
        return NULL;
    if (arg_int(a[1], MAX_WBITS, &wbits) < 0 || arg_ssize(a[2], ZM_DEF_BUF_SIZE, &bufsize) < 0) {
        inbuf_release(&in);
        return NULL;
    }
    if (bufsize < 0) {
        inbuf_release(&in);
        return gp_err_format(&GpExc_ValueError, "bufsize must be non-negative");
    }
    if (bufsize == 0)
        bufsize = 1;
    z_stream zst;
    memset(&zst, 0, sizeof zst);
    OutBuf ob;
    if (out_init(&ob, &zst, -1, bufsize) < 0) {
        inbuf_release(&in);
        return NULL;
    }
    zst.next_in = (Bytef *)in.p;
    zst.avail_in = 0;
    int err = inflateInit2(&zst, wbits);
    if (err != Z_OK) {
        if (err == Z_MEM_ERROR) {
            gp_err_set_string(&GpExc_MemoryError, "Out of memory while decompressing data");
        } else {
            inflateEnd(&zst);
            zerror(&zst, err, "while preparing to decompress data");
        }
        goto fail;
    }
    gp_ssize remains = in.n;
    do {
        take_input(&zst, &remains);
        int flush = remains == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zst.avail_out == 0 && out_grow(&ob, &zst) < 0) {
                inflateEnd(&zst);
                goto fail;
            }
            err = run_inflate(&zst, flush, want_nogil(&in, &ob));
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                inflateEnd(&zst);
                if (err == Z_MEM_ERROR)
                    gp_err_set_string(&GpExc_MemoryError, "Out of memory while decompressing data");
                else
                    zerror(&zst, err, "while decompressing data");
                goto fail;
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END && remains != 0);
    if (err != Z_STREAM_END) {
        inflateEnd(&zst);
        zerror(&zst, err, "while decompressing data");
        goto fail;
    }
    err = inflateEnd(&zst);
    if (err != Z_OK) {
        zerror(&zst, err, "while finishing decompression");
        goto fail;
    }
    inbuf_release(&in);
    return out_finish(&ob, &zst);
fail:
    inbuf_release(&in);
    out_discard(&ob);
    return NULL;
}

/* crc32(data, value=0, /) and adler32(data, value=1, /) */
static GpObject *checksum(const char *name, GpObject *const *args, size_t nargs, int is_crc)
{
    if (gp_args_count(name, nargs, 1, 2) < 0)
        return NULL;
    InBuf in;
    if (inbuf_get(args[0], &in) < 0)
        return NULL;
    unsigned value;
    if (arg_uint_mask(nargs > 1 ? args[1] : NULL, is_crc ? 0u : 1u, &value) < 0) {
        inbuf_release(&in);
        return NULL;
    }
    const Bytef *p = in.p;
    gp_ssize n = in.n;
    uLong v = value;
    int nogil = in.stable && n > ZM_CHECKSUM_GIL_MINSIZE;
    GpThreadState *save = nogil ? gp_gil_release_for_blocking() : NULL;
    while (n > 0) {
        uInt chunk = (uInt)(n > (gp_ssize)UINT_MAX ? (gp_ssize)UINT_MAX : n);
        v = is_crc ? crc32(v, p, chunk) : adler32(v, p, chunk);
        p += chunk;
        n -= chunk;
    }
    if (nogil)
        gp_gil_reacquire_after_blocking(save);
    inbuf_release(&in);
    return gp_int_from_u64((uint64_t)(v & 0xffffffffu));
}

static GpObject *zm_crc32(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames) && gp_args_no_kw("zlib.crc32", kwnames) < 0)
        return NULL;
    return checksum("crc32", args, nargs, 1);
}

static GpObject *zm_adler32(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    if (kwnames && GP_SIZE(kwnames) && gp_args_no_kw("zlib.adler32", kwnames) < 0)
        return NULL;
    return checksum("adler32", args, nargs, 0);
}

/* ------------------------------------------------------------------------
 * Compress and Decompress objects
 * ------------------------------------------------------------------------ */

typedef struct ZObj {
    GpObject ob;
    z_stream zst;
    GpObject *unused_data;       /* bytes (Decompress) */
    GpObject *unconsumed_tail;   /* bytes (Decompress) */
    GpObject *zdict;             /* Decompress: buffer object or NULL */
    char eof;                    /* Decompress: end of stream seen (a GP_T_BOOL member) */
    char initialised;            /* zst holds zlib state to be ended */
    pthread_mutex_t lock;        /* held for a whole method call */
} ZObj;

static GpType Compress_Type, Decompress_Type;

static void zobj_enter(ZObj *z)
{
    if (pthread_mutex_trylock(&z->lock) != 0) {
        GP_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&z->lock);
        GP_END_ALLOW_THREADS
    }
}

static void zobj_leave(ZObj *z)
{
    pthread_mutex_unlock(&z->lock);
}

static ZObj *zobj_new(GpType *t)
{
    ZObj *z = (ZObj *)gp_obj_alloc(t, 0);
    if (!z)
        return NULL;
    memset(&z->zst, 0, sizeof z->zst);
    z->zdict = NULL;
    z->eof = 0;
    z->initialised = 0;
    pthread_mutex_init(&z->lock, NULL);
    z->unused_data = gp_bytes_from("", 0);
    z->unconsumed_tail = gp_bytes_from("", 0);
    if (!z->unused_data || !z->unconsumed_tail) {
        GP_DECREF(z);
        return NULL;
    }
    return z;
}

static void zobj_dealloc(GpObject *o)
{
    ZObj *z = (ZObj *)o;
    if (z->initialised) {
        if (GP_TYPE(o) == &Compress_Type)
            deflateEnd(&z->zst);
        else
            inflateEnd(&z->zst);
    }
    GP_XDECREF(z->unused_data);
    GP_XDECREF(z->unconsumed_tail);
    GP_XDECREF(z->zdict);
    pthread_mutex_destroy(&z->lock);
    gp_obj_free(o);
}

/* compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=8,
 *             strategy=Z_DEFAULT_STRATEGY, zdict=<absent>): an explicit None is a TypeError */
static GpObject *zm_compressobj(GpObject *m, GpObject *const *args, size_t nargs,
                                GpObject *kwnames)
{
    static const char *const kwlist[] = { "level", "method", "wbits", "memLevel", "strategy",
                                          "zdict", NULL };
    GpObject *a[6];
    int level, method, wbits, memlevel, strategy;
    if (gp_args_parse("compressobj", args, nargs, kwnames, kwlist, 0, 6, a) < 0)
        return NULL;
    if (arg_int(a[0], Z_DEFAULT_COMPRESSION, &level) < 0 ||
        arg_int(a[1], ZM_DEFLATED, &method) < 0 || arg_int(a[2], MAX_WBITS, &wbits) < 0 ||
        arg_int(a[3], ZM_DEF_MEM_LEVEL, &memlevel) < 0 ||
        arg_int(a[4], Z_DEFAULT_STRATEGY, &strategy) < 0)
        return NULL;
    const char *zd = NULL;
    gp_ssize zdlen = 0;
    if (a[5]) {   /* None is refused too, as in CPython */
        if (gp_bytes_buffer(a[5], &zd, &zdlen) < 0)
            return NULL;
        if ((size_t)zdlen > UINT_MAX)
            return gp_err_format(&GpExc_OverflowError,
                                 "zdict length does not fit in an unsigned int");
    }
    ZObj *z = zobj_new(&Compress_Type);
    if (!z)
        return NULL;
    int err = deflateInit2(&z->zst, level, method, wbits, memlevel, strategy);
    if (err == Z_OK) {
        z->initialised = 1;
        if (!zd)
            return (GpObject *)z;
        err = deflateSetDictionary(&z->zst, (const Bytef *)zd, (uInt)zdlen);
        if (err == Z_OK)
            return (GpObject *)z;
        gp_err_set_string(&GpExc_ValueError,
                          err == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
    } else if (err == Z_MEM_ERROR) {
        gp_err_set_string(&GpExc_MemoryError, "Can't allocate memory for compression object");
    } else if (err == Z_STREAM_ERROR) {
        gp_err_set_string(&GpExc_ValueError, "Invalid initialization option");
    } else {
        zerror(&z->zst, err, "while creating compression object");
    }
    GP_DECREF(z);
    return NULL;
}

static int set_inflate_zdict(ZObj *z)
{
    const char *p;
    gp_ssize n;
    if (gp_bytes_buffer(z->zdict, &p, &n) < 0)
        return -1;
    if ((size_t)n > UINT_MAX) {
        gp_err_set_string(&GpExc_OverflowError, "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(&z->zst, (const Bytef *)p, (uInt)n);
    if (err != Z_OK) {
        zerror(&z->zst, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* decompressobj(wbits=MAX_WBITS, zdict=b'') */
static GpObject *zm_decompressobj(GpObject *m, GpObject *const *args, size_t nargs,
                                  GpObject *kwnames)
{
    static const char *const kwlist[] = { "wbits", "zdict", NULL };
    GpObject *a[2];
    int wbits;
    if (gp_args_parse("decompressobj", args, nargs, kwnames, kwlist, 0, 2, a) < 0)
        return NULL;
    if (arg_int(a[0], MAX_WBITS, &wbits) < 0)
        return NULL;
    if (a[1] && !gp_is_bytes_like(a[1]))
        return gp_err_format(&GpExc_TypeError, "zdict argument must support the buffer protocol");
    ZObj *z = zobj_new(&Decompress_Type);
    if (!z)
        return NULL;
    z->zdict = a[1] ? gp_newref(a[1]) : NULL;
    int err = inflateInit2(&z->zst, wbits);
    if (err == Z_OK) {
        z->initialised = 1;
        /* a raw stream has no header asking for the dictionary: set it now */
        if (z->zdict && wbits < 0 && set_inflate_zdict(z) < 0) {
            GP_DECREF(z);
            return NULL;
        }
        return (GpObject *)z;
    }
    if (err == Z_STREAM_ERROR)
        gp_err_set_string(&GpExc_ValueError, "Invalid initialization option");
    else if (err == Z_MEM_ERROR)
        gp_err_set_string(&GpExc_MemoryError, "Can't allocate memory for decompression object");
    else
        zerror(&z->zst, err, "while creating decompression object");
    GP_DECREF(z);
    return NULL;
}

/* Compress.compress(data, /) */
static GpObject *comp_compress(GpObject *self, GpObject *data)
{
    ZObj *z = (ZObj *)self;
    InBuf in;
    if (inbuf_get(data, &in) < 0)
        return NULL;
    OutBuf ob;
    GpObject *r = NULL;
    zobj_enter(z);
    z->zst.next_in = (Bytef *)in.p;
    gp_ssize remains = in.n;
    if (out_init(&ob, &z->zst, -1, -1) < 0)
        goto done;
    do {
        take_input(&z->zst, &remains);
        do {
            if (z->zst.avail_out == 0 && out_grow(&ob, &z->zst) < 0)
                goto fail;
            int err = run_deflate(&z->zst, Z_NO_FLUSH, want_nogil(&in, &ob));
            if (err == Z_STREAM_ERROR) {
                zerror(&z->zst, err, "while compressing data");
                goto fail;
            }
        } while (z->zst.avail_out == 0);
    } while (remains != 0);
    r = out_finish(&ob, &z->zst);
    goto done;
fail:
    out_discard(&ob);
done:
    zobj_leave(z);
    inbuf_release(&in);
    return r;
}

/* Compress.flush(mode=Z_FINISH, /) */
static GpObject *comp_flush(GpObject *self, GpObject *const *args, size_t nargs,
                            GpObject *kwnames)
{
    static const char *const kwlist[] = { "", NULL };
    ZObj *z = (ZObj *)self;
    GpObject *a[1];
    int mode;
    if (gp_args_parse("flush", args, nargs, kwnames, kwlist, 0, 1, a) < 0 ||
        arg_int(a[0], Z_FINISH, &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)   /* nothing to do, as in CPython */
        return gp_bytes_from("", 0);
    OutBuf ob;
    GpObject *r = NULL;
    InBuf none = { NULL, 0, NULL, 0 };
    int err = Z_OK;
    zobj_enter(z);
    z->zst.avail_in = 0;
    if (out_init(&ob, &z->zst, -1, -1) < 0)
        goto done;
    do {
        if (z->zst.avail_out == 0 && out_grow(&ob, &z->zst) < 0)
            goto fail;
        err = run_deflate(&z->zst, mode, want_nogil(&none, &ob));
        if (err == Z_STREAM_ERROR) {
            zerror(&z->zst, err, "while flushing");
            goto fail;
        }
    } while (z->zst.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&z->zst);
        if (err != Z_OK) {
            zerror(&z->zst, err, "while finishing compression");
            goto fail;
        }
        z->initialised = 0;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        /* Z_BUF_ERROR: the buffer was exactly full and there was no more */
        zerror(&z->zst, err, "while flushing");
        goto fail;
    }
    r = out_finish(&ob, &z->zst);
    goto done;
fail:
    out_discard(&ob);
done:
    zobj_leave(z);
    return r;
}

/* Keep what decompress()/flush() did not consume: after the end of the
 * stream it is appended to unused_data; otherwise (max_length reached) it
 * becomes unconsumed_tail, which is emptied once all input is consumed. */
static int save_unconsumed(ZObj *z, const Bytef *start, gp_ssize len, int err)
{
    const Bytef *end = start + len;
    if (err == Z_STREAM_END && z->zst.avail_in > 0) {
        gp_ssize old = GP_SIZE(z->unused_data);
        gp_ssize left = (gp_ssize)(end - z->zst.next_in);
        if (left > GP_SSIZE_MAX - old) {
            gp_err_no_memory();
            return -1;
        }
        GpObject *nd = gp_bytes_from(NULL, old + left);
        if (!nd)
            return -1;
        memcpy(GP_BYTES_DATA(nd), GP_BYTES_DATA(z->unused_data), (size_t)old);
        memcpy(GP_BYTES_DATA(nd) + old, z->zst.next_in, (size_t)left);
        GP_DECREF(z->unused_data);
        z->unused_data = nd;
        z->zst.avail_in = 0;
    }
    if (z->zst.avail_in > 0 || GP_SIZE(z->unconsumed_tail) > 0) {
        gp_ssize left = (gp_ssize)(end - z->zst.next_in);
        GpObject *nt = gp_bytes_from((const char *)z->zst.next_in, left);
        if (!nt)
            return -1;
        GP_DECREF(z->unconsumed_tail);
        z->unconsumed_tail = nt;
    }
    return 0;
}

/* Decompress.decompress(data, /, max_length=0) */
static GpObject *decomp_decompress(GpObject *self, GpObject *const *args, size_t nargs,
                                   GpObject *kwnames)
{
    static const char *const kwlist[] = { "", "max_length", NULL };
    ZObj *z = (ZObj *)self;
    GpObject *a[2];
    gp_ssize max_length;
    if (need_data("decompress", nargs) < 0 ||
        gp_args_parse("decompress", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    InBuf in;
    if (inbuf_get(a[0], &in) < 0)
        return NULL;
    if (arg_ssize(a[1], 0, &max_length) < 0) {
        inbuf_release(&in);
        return NULL;
    }
    if (max_length < 0) {
        inbuf_release(&in);
        return gp_err_format(&GpExc_ValueError, "max_length must be non-negative");
    }
    if (max_length == 0)
        max_length = -1;
    OutBuf ob;
    GpObject *r = NULL;
    int err = Z_OK;
    zobj_enter(z);
    z->zst.next_in = (Bytef *)in.p;
    gp_ssize remains = in.n;
    if (out_init(&ob, &z->zst, max_length, -1) < 0)
        goto done;
    do {
        take_input(&z->zst, &remains);
        do {
            if (z->zst.avail_out == 0) {
                if (out_used(&ob, &z->zst) == max_length)
                    goto save;
                if (out_grow(&ob, &z->zst) < 0)
                    goto fail;
            }
            err = run_inflate(&z->zst, Z_SYNC_FLUSH, want_nogil(&in, &ob));
            if (err == Z_NEED_DICT && z->zdict) {
                if (set_inflate_zdict(z) < 0)
                    goto fail;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                goto save;
            }
        } while (z->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && remains != 0);
save:
    if (save_unconsumed(z, in.p, in.n, err) < 0)
        goto fail;
    if (err == Z_STREAM_END) {
        z->eof = 1;   /* inflateEnd waits for flush(), as in CPython */
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        zerror(&z->zst, err, "while decompressing data");
        goto fail;
    }
    r = out_finish(&ob, &z->zst);
    goto done;
fail:
    out_discard(&ob);
done:
    zobj_leave(z);
    inbuf_release(&in);
    return r;
}

/* Decompress.flush(length=DEF_BUF_SIZE, /): decompress unconsumed_tail. */
static GpObject *decomp_flush(GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const kwlist[] = { "", NULL };
    ZObj *z = (ZObj *)self;
    GpObject *a[1];
    gp_ssize length;
    if (gp_args_parse("flush", args, nargs, kwnames, kwlist, 0, 1, a) < 0 ||
        arg_ssize(a[0], ZM_DEF_BUF_SIZE, &length) < 0)
        return NULL;
    if (length <= 0)
        return gp_err_format(&GpExc_ValueError, "length must be greater than zero");
    OutBuf ob;
    GpObject *r = NULL;
    int err = Z_OK;
    zobj_enter(z);
    GpObject *tail = gp_newref(z->unconsumed_tail);   /* bytes: stable without the GIL */
    InBuf in = { (const Bytef *)GP_BYTES_DATA(tail), GP_SIZE(tail), NULL, 1 };
    z->zst.next_in = (Bytef *)in.p;
    gp_ssize remains = in.n;
    if (out_init(&ob, &z->zst, -1, length) < 0)
        goto done;
    do {
        take_input(&z->zst, &remains);
        int flush = remains == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (z->zst.avail_out == 0 && out_grow(&ob, &z->zst) < 0)
                goto fail;
            err = run_inflate(&z->zst, flush, want_nogil(&in, &ob));
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                goto save;
        } while (z->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && remains != 0);
save:
    if (save_unconsumed(z, in.p, in.n, err) < 0)
        goto fail;
    if (err == Z_STREAM_END) {
        /* end of stream: free zlib's memory now */
        z->eof = 1;
        z->initialised = 0;
        err = inflateEnd(&z->zst);
        if (err != Z_OK) {
            zerror(&z->zst, err, "while finishing decompression");
            goto fail;
        }
    }
    r = out_finish(&ob, &z->zst);
    goto done;
fail:
    out_discard(&ob);
done:
    zobj_leave(z);
    GP_DECREF(tail);
    return r;
}

static GpObject *zobj_copy(GpObject *self, GpObject *unused)
{
    ZObj *z = (ZObj *)self;
    int is_comp = GP_TYPE(self) == &Compress_Type;
    ZObj *c = zobj_new(GP_TYPE(self));
    if (!c)
        return NULL;
    zobj_enter(z);
    int err = is_comp ? deflateCopy(&c->zst, &z->zst) : inflateCopy(&c->zst, &z->zst);
    if (err != Z_OK) {
        if (err == Z_STREAM_ERROR)
            gp_err_set_string(&GpExc_ValueError, "Inconsistent stream state");
        else if (err == Z_MEM_ERROR)
            gp_err_set_string(&GpExc_MemoryError,
                              is_comp ? "Can't allocate memory for compression object"
                                      : "Can't allocate memory for decompression object");
        else
            zerror(&z->zst, err,
                   is_comp ? "while copying compression object" : "while copying decompression object");
        zobj_leave(z);
        GP_DECREF(c);
        return NULL;
    }
    c->initialised = 1;
    GP_DECREF(c->unused_data);
    c->unused_data = gp_newref(z->unused_data);
    GP_DECREF(c->unconsumed_tail);
    c->unconsumed_tail = gp_newref(z->unconsumed_tail);
    c->zdict = z->zdict ? gp_newref(z->zdict) : NULL;
    c->eof = z->eof;
    zobj_leave(z);
    return (GpObject *)c;
}

static GpObject *zobj_deepcopy(GpObject *self, GpObject *memo)
{
    return zobj_copy(self, NULL);
}

static const GpMethodDef comp_methods[] = {
    { "compress", (void *)comp_compress, GP_METH_O,
      "Returns a bytes object containing compressed data." },
    { "flush", (void *)comp_flush, GP_METH_FASTKW,
      "Return a bytes object containing any remaining compressed data." },
    { "copy", (void *)zobj_copy, GP_METH_NOARGS, "Return a copy of the compression object." },
    GP_METHOD("__copy__", zobj_copy, GP_METH_NOARGS),
    GP_METHOD("__deepcopy__", zobj_deepcopy, GP_METH_O),
    { NULL, NULL, 0, NULL },
};

static const GpMethodDef decomp_methods[] = {
    { "decompress", (void *)decomp_decompress, GP_METH_FASTKW,
      "Return a bytes object containing the decompressed version of the data." },
    { "flush", (void *)decomp_flush, GP_METH_FASTKW,
      "Return a bytes object containing any remaining decompressed data." },
    { "copy", (void *)zobj_copy, GP_METH_NOARGS, "Return a copy of the decompression object." },
    GP_METHOD("__copy__", zobj_copy, GP_METH_NOARGS),
    GP_METHOD("__deepcopy__", zobj_deepcopy, GP_METH_O),
    { NULL, NULL, 0, NULL },
};

static const GpMemberDef decomp_members[] = {
    { "unused_data", GP_T_OBJECT, offsetof(ZObj, unused_data), GP_MEMBER_READONLY, NULL },
    { "unconsumed_tail", GP_T_OBJECT, offsetof(ZObj, unconsumed_tail), GP_MEMBER_READONLY, NULL },
    { "eof", GP_T_BOOL, offsetof(ZObj, eof), GP_MEMBER_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static GpType Compress_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "zlib.Compress",
    .basicsize = sizeof(ZObj),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = zobj_dealloc,
    .getattro = gp_generic_getattr,
    .methods = comp_methods,
};

static GpType Decompress_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "zlib.Decompress",
    .basicsize = sizeof(ZObj),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = zobj_dealloc,
    .getattro = gp_generic_getattr,
    .methods = decomp_methods,
    .members = decomp_members,
};

/* ------------------------------------------------------------------------
 * Module
 * ------------------------------------------------------------------------ */

static const GpMethodDef zlib_functions[] = {
    { "adler32", (void *)zm_adler32, GP_METH_FASTKW, "Compute an Adler-32 checksum of data." },
    { "compress", (void *)zm_compress, GP_METH_FASTKW,
      "Returns a bytes object containing compressed data." },
    { "compressobj", (void *)zm_compressobj, GP_METH_FASTKW, "Return a compressor object." },
    { "crc32", (void *)zm_crc32, GP_METH_FASTKW, "Compute a CRC-32 checksum of data." },
    { "decompress", (void *)zm_decompress, GP_METH_FASTKW,
      "Returns a bytes object containing the uncompressed data." },
    { "decompressobj", (void *)zm_decompressobj, GP_METH_FASTKW, "Return a decompressor object." },
    { NULL, NULL, 0, NULL },
};

static GpObject *make_error_type(void)
{
    GpObject *n = gp_str_from_cstr("error");
    GpObject *bases = gp_tuple_pack(1, (GpObject *)&GpExc_Exception);
    GpObject *dict = gp_dict_new();
    GpObject *modname = gp_str_from_cstr("zlib");
    GpObject *r = NULL;
    if (n && bases && dict && modname && gp_dict_setitem_str(dict, "__module__", modname) == 0)
        r = gp_type_new(&GpType_Type, n, bases, dict, NULL, NULL);
    GP_XDECREF(n);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(modname);
    return r;
}

static int set_int(GpObject *d, const char *name, long v)
{
    GpObject *o = gp_int_from_i64(v);
    if (!o)
        return -1;
    int r = gp_dict_setitem_str(d, name, o);
    GP_DECREF(o);
    return r;
}

static int set_str(GpObject *d, const char *name, const char *v)
{
    GpObject *o = gp_str_from_cstr(v);
    if (!o)
        return -1;
    int r = gp_dict_setitem_str(d, name, o);
    GP_DECREF(o);
    return r;
}

int gp_mod_zlib_init(GpObject *m)
{
    if (zm_load() < 0)
        return -1;
    if (!zlib_error_type && !(zlib_error_type = make_error_type()))
        return -1;
    if (gp_type_ready(&Compress_Type) < 0 || gp_type_ready(&Decompress_Type) < 0)
        return -1;
    GpObject *d = GP_MODULE_DICT(m);
    static const struct { const char *name; long value; } ints[] = {
        { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", ZM_DEFLATED },
        { "DEF_MEM_LEVEL", ZM_DEF_MEM_LEVEL }, { "DEF_BUF_SIZE", ZM_DEF_BUF_SIZE },
        { "Z_NO_COMPRESSION", Z_NO_COMPRESSION }, { "Z_BEST_SPEED", Z_BEST_SPEED },
        { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION },
        { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION },
        { "Z_FILTERED", Z_FILTERED }, { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE },
        { "Z_FIXED", Z_FIXED }, { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY },
        { "Z_NO_FLUSH", Z_NO_FLUSH }, { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH },
        { "Z_SYNC_FLUSH", Z_SYNC_FLUSH }, { "Z_FULL_FLUSH", Z_FULL_FLUSH },
        { "Z_FINISH", Z_FINISH }, { "Z_BLOCK", Z_BLOCK }, { "Z_TREES", Z_TREES },
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (set_int(d, ints[i].name, ints[i].value) < 0)
            return -1;
    if (gp_dict_setitem_str(d, "error", zlib_error_type) < 0 ||
        set_str(d, "ZLIB_VERSION", ZLIB_VERSION) < 0 ||
        set_str(d, "ZLIB_RUNTIME_VERSION", zlibVersion()) < 0 ||
        set_str(d, "__version__", "1.0") < 0 ||
        set_str(d, "__doc__",
                "The functions in this module allow compression and decompression using the\n"
                "zlib library, which is based on GNU zip.\n"
                "\n"
                "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
                "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
                "compressobj([level[, ...]]) -- Return a compressor object.\n"
                "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
                "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
                "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n"
                "\n"
                "'wbits' is window buffer size and container format.\n"
                "Compressor objects support compress() and flush() methods; decompressor\n"
                "objects support decompress() and flush().") < 0)
        return -1;
    return gp_add_functions(d, zlib_functions, gp_str_intern_cstr("zlib"));
}
