/* hashlibmodule.c -- `_hashlib`, message digests through OpenSSL's libcrypto.
 *
 * The hashing itself is OpenSSL 3's EVP API: a digest is fetched by name
 * (EVP_MD_fetch, cached per name for the process), a HASH object owns one
 * EVP_MD_CTX, update() feeds it, digest() finalises a *copy* of it (so the
 * object can go on being updated), copy() duplicates it (EVP_MD_CTX_copy).
 * interp/lib/hashlib.py builds the public module on top of this one.
 *
 * Names.  Python spells digests "sha3_256", "shake_128", "sha512_224",
 * "blake2b"; OpenSSL spells them "SHA3-256", "SHAKE128", "SHA512-224",
 * "BLAKE2B-512".  A small table maps the two ways; any other name is handed
 * to OpenSSL as is (its lookup ignores case, so new('SHA256') works), and
 * the name a HASH reports is the Python one, or for digests outside the
 * table the long name of the digest's NID ("md5-sha1", "sm3") -- which is
 * also how openssl_md_meth_names is built.
 *
 * Types.  HASH (fixed-size digests) and its subclass HASHXOF (shake_128/256:
 * digest(length)).  blake2b and blake2s are separate types named
 * `_blake2.blake2b`/`_blake2.blake2s` as in CPython, built on OpenSSL too:
 * without a key they are the plain BLAKE2B-512/BLAKE2S-256 digests; with a
 * key they are OpenSSL's BLAKE2BMAC/BLAKE2SMAC, which accept digest_size,
 * salt and person.  OpenSSL 3.0 has no way to set those parameters on an
 * unkeyed BLAKE2 digest nor any of the tree-hashing parameters, so
 * those combinations raise ValueError (documented in hashlib.py).
 *
 * Threads.  Hashing a large immutable bytes object releases the GIL, as
 * CPython does; each object has a mutex so that two threads never drive the
 * same EVP context at once.  The mutex is never held while waiting for the
 * GIL, so there is no lock-order problem.  Mutable buffers (bytearray,
 * memoryview) are hashed with the GIL held: another thread could resize
 * them otherwise.
 *
 * compare_digest (used by hmac and secrets) lives here too, as in CPython,
 * on top of CRYPTO_memcmp, which takes time independent of the contents.
 */
#include "gilpy.h"
#include "objects/typeobject.h"
#include "concurrency/gil.h"

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/objects.h>
#include <openssl/params.h>

#include <dlfcn.h>
#include <pthread.h>

/* libcrypto is loaded with dlopen when _hashlib is first imported, not
 * linked into gilpy: mapping and relocating its 4 MB at every start-up
 * would double gilpy's start-up time and add 1.5 MiB to the RSS of every
 * script, hashing or not. The functions used are bound once through dlsym;
 * the macros below redirect the OpenSSL names (including those that
 * OpenSSL's own macros expand to) to the bound pointers. */
#define GP_SSL_FUNCS(X) \
    X(EVP_MD_CTX_new) X(EVP_MD_CTX_free) X(EVP_DigestUpdate) X(EVP_MD_CTX_copy_ex) X(EVP_MD_CTX_copy) \
    X(CRYPTO_memcmp) X(PKCS5_PBKDF2_HMAC) X(OSSL_PARAM_construct_octet_string) X(EVP_MD_is_a) \
    X(EVP_MD_get_flags) X(EVP_MD_fetch) X(EVP_MAC_CTX_free) X(EVP_DigestInit_ex) X(EVP_DigestFinal_ex) \
    X(OSSL_PARAM_construct_size_t) X(OSSL_PARAM_construct_end) X(OPENSSL_cleanse) \
    X(EVP_default_properties_is_fips_enabled) X(EVP_MD_get_type) X(EVP_MD_get_size) X(EVP_MD_get0_name) \
    X(EVP_MD_free) X(EVP_MD_do_all_provided) X(EVP_MD_get_block_size) X(EVP_MD_CTX_get0_md) \
    X(EVP_MAC_update) X(EVP_MAC_init) X(EVP_MAC_free) X(EVP_MAC_final) X(EVP_MAC_fetch) \
    X(EVP_MAC_CTX_new) X(EVP_MAC_CTX_dup) X(EVP_DigestInit) X(EVP_DigestFinalXOF) X(OBJ_nid2ln) X(HMAC)

static struct {
#define GP_SSL_FIELD(f) __typeof__(f) *f;
    GP_SSL_FUNCS(GP_SSL_FIELD)
#undef GP_SSL_FIELD
} gp_ssl;

/* -1 with ImportError set when libcrypto or one of its functions is missing. */
static int gp_ssl_load(void)
{
    static int loaded;
    if (loaded)
        return 0;
    char soname[32];
    snprintf(soname, sizeof soname, "libcrypto.so.%d", (int)OPENSSL_VERSION_MAJOR);
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        gp_err_format(&GpExc_ImportError, "_hashlib: cannot load %s", soname);
        return -1;
    }
#define GP_SSL_BIND(f)                                                                  \
    if (!(gp_ssl.f = (__typeof__(f) *)dlsym(h, #f))) {                                  \
        gp_err_format(&GpExc_ImportError, "_hashlib: %s lacks %s", soname, #f);         \
        return -1;                                                                      \
    }
    GP_SSL_FUNCS(GP_SSL_BIND)
#undef GP_SSL_BIND
    loaded = 1;
    return 0;
}

#define EVP_MD_CTX_new gp_ssl.EVP_MD_CTX_new
#define EVP_MD_CTX_free gp_ssl.EVP_MD_CTX_free
#define EVP_DigestUpdate gp_ssl.EVP_DigestUpdate
#define EVP_MD_CTX_copy_ex gp_ssl.EVP_MD_CTX_copy_ex
#define EVP_MD_CTX_copy gp_ssl.EVP_MD_CTX_copy
#define CRYPTO_memcmp gp_ssl.CRYPTO_memcmp
#define PKCS5_PBKDF2_HMAC gp_ssl.PKCS5_PBKDF2_HMAC
#define OSSL_PARAM_construct_octet_string gp_ssl.OSSL_PARAM_construct_octet_string
#define EVP_MD_is_a gp_ssl.EVP_MD_is_a
#define EVP_MD_get_flags gp_ssl.EVP_MD_get_flags
#define EVP_MD_fetch gp_ssl.EVP_MD_fetch
#define EVP_MAC_CTX_free gp_ssl.EVP_MAC_CTX_free
#define EVP_DigestInit_ex gp_ssl.EVP_DigestInit_ex
#define EVP_DigestFinal_ex gp_ssl.EVP_DigestFinal_ex
#define OSSL_PARAM_construct_size_t gp_ssl.OSSL_PARAM_construct_size_t
#define OSSL_PARAM_construct_end gp_ssl.OSSL_PARAM_construct_end
#define OPENSSL_cleanse gp_ssl.OPENSSL_cleanse
#define EVP_default_properties_is_fips_enabled gp_ssl.EVP_default_properties_is_fips_enabled
#define EVP_MD_get_type gp_ssl.EVP_MD_get_type
#define EVP_MD_get_size gp_ssl.EVP_MD_get_size
#define EVP_MD_get0_name gp_ssl.EVP_MD_get0_name
#define EVP_MD_free gp_ssl.EVP_MD_free
#define EVP_MD_do_all_provided gp_ssl.EVP_MD_do_all_provided
#define EVP_MD_get_block_size gp_ssl.EVP_MD_get_block_size
#define EVP_MD_CTX_get0_md gp_ssl.EVP_MD_CTX_get0_md
#define EVP_MAC_update gp_ssl.EVP_MAC_update
#define EVP_MAC_init gp_ssl.EVP_MAC_init
#define EVP_MAC_free gp_ssl.EVP_MAC_free
#define EVP_MAC_final gp_ssl.EVP_MAC_final
#define EVP_MAC_fetch gp_ssl.EVP_MAC_fetch
#define EVP_MAC_CTX_new gp_ssl.EVP_MAC_CTX_new
#define EVP_MAC_CTX_dup gp_ssl.EVP_MAC_CTX_dup
#define EVP_DigestInit gp_ssl.EVP_DigestInit
#define EVP_DigestFinalXOF gp_ssl.EVP_DigestFinalXOF
#define OBJ_nid2ln gp_ssl.OBJ_nid2ln
#define HMAC gp_ssl.HMAC
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Below this many bytes hashing is quicker than handing the GIL over and
 * taking it back, so small updates keep it (CPython uses 2048 too). */
#define HASH_GIL_MINSIZE 2048

/* ------------------------------------------------------------------------
 * Names and the digest cache
 * ------------------------------------------------------------------------ */

static const struct { const char *py, *ossl; } name_table[] = {
    { "md5", "MD5" },           { "sha1", "SHA1" },
    { "sha224", "SHA224" },     { "sha256", "SHA256" },
    { "sha384", "SHA384" },     { "sha512", "SHA512" },
    { "sha512_224", "SHA512-224" }, { "sha512_256", "SHA512-256" },
    { "sha3_224", "SHA3-224" }, { "sha3_256", "SHA3-256" },
    { "sha3_384", "SHA3-384" }, { "sha3_512", "SHA3-512" },
    { "shake_128", "SHAKE128" }, { "shake_256", "SHAKE256" },
    { "blake2b", "BLAKE2B-512" }, { "blake2s", "BLAKE2S-256" },
    { "ripemd160", "RIPEMD160" }, { "md5-sha1", "MD5-SHA1" },
    { "sm3", "SM3" },
};
#define N_NAMES (sizeof name_table / sizeof name_table[0])

/* The Python name of a digest: from the table, else the NID's long name;
 * NULL for digests without an NID (KECCAK-KMAC). */
static const char *md_py_name(const EVP_MD *md)
{
    for (size_t i = 0; i < N_NAMES; i++)
        if (EVP_MD_is_a(md, name_table[i].ossl))
            return name_table[i].py;
    int nid = EVP_MD_get_type(md);
    if (nid == NID_undef)
        return NULL;
    return OBJ_nid2ln(nid);
}

/* Fetched digests with their Python names, kept for the life of the
 * process: fetching walks the provider tables and EVP_MD_is_a compares
 * names, both far slower than hashing a short message.  Only used with the
 * GIL held, which guards the list. */
typedef struct MdCacheEntry {
    struct MdCacheEntry *next;
    char *name;           /* as asked (lookups compare without case) */
    EVP_MD *md;           /* NULL: known to be unsupported */
    GpObject *pyname;     /* str, what .name reports (NULL when md is) */
} MdCacheEntry;
static MdCacheEntry *md_cache;

/* The cache entry for a digest name (its md NULL when OpenSSL has no such
 * digest); NULL only on memory exhaustion (MemoryError set). */
static const MdCacheEntry *md_lookup(const char *name)
{
    for (MdCacheEntry *e = md_cache; e; e = e->next)
        if (strcasecmp(e->name, name) == 0)
            return e;
    const char *ossl = name;
    for (size_t i = 0; i < N_NAMES; i++)
        if (strcmp(name_table[i].py, name) == 0) {
            ossl = name_table[i].ossl;
            break;
        }
    MdCacheEntry *e = calloc(1, sizeof *e);
    if (!e || !(e->name = strdup(name))) {
        free(e);
        gp_err_no_memory();
        return NULL;
    }
    e->md = EVP_MD_fetch(NULL, ossl, NULL);
    if (e->md) {
        const char *py = md_py_name(e->md);
        e->pyname = gp_str_from_cstr(py ? py : EVP_MD_get0_name(e->md));
        if (!e->pyname) {
            EVP_MD_free(e->md);
            free(e->name);
            free(e);
            return NULL;
        }
    }
    e->next = md_cache;
    md_cache = e;
    return e;
}

/* The EVP_MD for a Python digest name, or NULL (no exception set). */
static const EVP_MD *md_by_name(const char *name)
{
    const MdCacheEntry *e = md_lookup(name);
    if (!e) {
        gp_err_clear();
        return NULL;
    }
    return e->md;
}

/* ------------------------------------------------------------------------
 * Argument helpers
 * ------------------------------------------------------------------------ */

/* The bytes of a hashable object: 0 ok, -1 TypeError as CPython words it. */
static int get_data(GpObject *o, const char **data, gp_ssize *len)
{
    if (GP_STR_CHECK(o)) {
        gp_err_set_string(&GpExc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!gp_is_bytes_like(o)) {
        gp_err_set_string(&GpExc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return gp_bytes_buffer(o, data, len);
}

/* The bytes of a key/salt/password argument (any bytes-like object). */
static int get_buffer(GpObject *o, const char **data, gp_ssize *len)
{
    if (!gp_is_bytes_like(o)) {
        gp_err_format(&GpExc_TypeError, "a bytes-like object is required, not '%T'", o);
        return -1;
    }
    return gp_bytes_buffer(o, data, len);
}

static GpObject *hex_of(const unsigned char *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    GpObject *s = gp_str_new_uninit((gp_ssize)(2 * n), (gp_ssize)(2 * n), 1);
    if (!s)
        return NULL;
    char *out = (char *)GP_STR_DATA(s);
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = '\0';
    return s;
}

static GpObject *raise_openssl(const char *what)
{
    return gp_err_format(&GpExc_ValueError, "%s failed in OpenSSL", what);
}

/* ------------------------------------------------------------------------
 * HASH and HASHXOF
 * ------------------------------------------------------------------------ */

typedef struct HashObj {
    GpObject ob;
    EVP_MD_CTX *ctx;
    GpObject *name;          /* str: the Python name */
    pthread_mutex_t lock;    /* guards ctx (see "Threads" above) */
} HashObj;

extern GpType Hash_Type, HashXof_Type;

static HashObj *hash_alloc(const MdCacheEntry *e)
{
    GpType *t = (EVP_MD_get_flags(e->md) & EVP_MD_FLAG_XOF) ? &HashXof_Type : &Hash_Type;
    HashObj *h = (HashObj *)gp_obj_alloc(t, 0);
    if (!h)
        return NULL;
    pthread_mutex_init(&h->lock, NULL);
    h->name = gp_newref(e->pyname);
    h->ctx = EVP_MD_CTX_new();
    if (!h->ctx) {
        GP_DECREF(h);
        gp_err_no_memory();
        return NULL;
    }
    return h;
}

static void hash_dealloc(GpObject *o)
{
    HashObj *h = (HashObj *)o;
    if (h->ctx)
        EVP_MD_CTX_free(h->ctx);
    GP_XDECREF(h->name);
    pthread_mutex_destroy(&h->lock);
    gp_obj_free(o);
}

/* Feed data to an EVP context guarded by lock; owner keeps the buffer alive. */
static int ctx_update(EVP_MD_CTX *ctx, pthread_mutex_t *lock, GpObject *owner,
                      const char *data, gp_ssize len)
{
    int ok;
    if (len >= HASH_GIL_MINSIZE && GP_BYTES_CHECK_EXACT(owner)) {
        GP_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(lock);
        ok = EVP_DigestUpdate(ctx, data, (size_t)len);
        pthread_mutex_unlock(lock);
        GP_END_ALLOW_THREADS
    } else {
        pthread_mutex_lock(lock);
        ok = EVP_DigestUpdate(ctx, data, (size_t)len);
        pthread_mutex_unlock(lock);
    }
    if (!ok) {
        raise_openssl("EVP_DigestUpdate");
        return -1;
    }
    return 0;
}

static GpObject *hash_update(GpObject *self, GpObject *arg)
{
    HashObj *h = (HashObj *)self;
    const char *data;
    gp_ssize len;
    if (get_data(arg, &data, &len) < 0)
        return NULL;
    if (ctx_update(h->ctx, &h->lock, arg, data, len) < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* Finalise a copy of the context into out (size bytes for an XOF). */
static int hash_final(HashObj *h, unsigned char *out, size_t size, unsigned int *outlen)
{
    EVP_MD_CTX *tmp = EVP_MD_CTX_new();
    if (!tmp) {
        gp_err_no_memory();
        return -1;
    }
    pthread_mutex_lock(&h->lock);
    int ok = EVP_MD_CTX_copy_ex(tmp, h->ctx);
    pthread_mutex_unlock(&h->lock);
    if (ok) {
        if (size) {
            ok = EVP_DigestFinalXOF(tmp, out, size);
            *outlen = (unsigned int)size;
        } else {
            ok = EVP_DigestFinal_ex(tmp, out, outlen);
        }
    }
    EVP_MD_CTX_free(tmp);
    if (!ok) {
        raise_openssl("digest");
        return -1;
    }
    return 0;
}

static GpObject *hash_digest(GpObject *self, GpObject *unused)
{
    (void)unused;
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (hash_final((HashObj *)self, buf, 0, &n) < 0)
        return NULL;
    return gp_bytes_from((const char *)buf, n);
}

static GpObject *hash_hexdigest(GpObject *self, GpObject *unused)
{
    (void)unused;
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (hash_final((HashObj *)self, buf, 0, &n) < 0)
        return NULL;
    return hex_of(buf, n);
}

static GpObject *hash_copy(GpObject *self, GpObject *unused)
{
    (void)unused;
    HashObj *h = (HashObj *)self;
    HashObj *c = (HashObj *)gp_obj_alloc(GP_TYPE(self), 0);
    if (!c)
        return NULL;
    pthread_mutex_init(&c->lock, NULL);
    c->name = gp_newref(h->name);
    c->ctx = EVP_MD_CTX_new();
    if (!c->ctx) {
        GP_DECREF(c);
        return gp_err_no_memory();
    }
    pthread_mutex_lock(&h->lock);
    int ok = EVP_MD_CTX_copy_ex(c->ctx, h->ctx);
    pthread_mutex_unlock(&h->lock);
    if (!ok) {
        GP_DECREF(c);
        return raise_openssl("EVP_MD_CTX_copy");
    }
    return (GpObject *)c;
}

/* digest(length) / hexdigest(length) of HASHXOF. */
static GpObject *xof_final(GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames, const char *fname, int hex)
{
    static const char *const kwlist[] = { "length", NULL };
    GpObject *arg;
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 1, 1, &arg) < 0)
        return NULL;
    gp_ssize len;
    GpObject *idx = gp_number_index(arg);
    if (!idx)
        return NULL;
    int r = gp_int_as_ssize(idx, &len);
    GP_DECREF(idx);
    if (r < 0)
        return NULL;
    if (len < 0)   /* what CPython 3.11 reports, from deep inside */
        return gp_err_format(&GpExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
    if (len == 0)
        return hex ? gp_str_empty() : gp_bytes_from("", 0);
    unsigned char *buf = malloc((size_t)len);
    if (!buf)
        return gp_err_no_memory();
    unsigned int n;
    GpObject *res = NULL;
    if (hash_final((HashObj *)self, buf, (size_t)len, &n) == 0)
        res = hex ? hex_of(buf, (size_t)len) : gp_bytes_from((const char *)buf, len);
    free(buf);
    return res;
}

static GpObject *xof_digest(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return xof_final(self, args, nargs, kw, "digest", 0);
}

static GpObject *xof_hexdigest(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return xof_final(self, args, nargs, kw, "hexdigest", 1);
}

static GpObject *hash_get_name(GpObject *self, void *c)
{
    (void)c;
    return gp_newref(((HashObj *)self)->name);
}

static GpObject *hash_get_digest_size(GpObject *self, void *c)
{
    (void)c;
    return gp_int_from_ssize(EVP_MD_CTX_get_size(((HashObj *)self)->ctx));
}

static GpObject *xof_get_digest_size(GpObject *self, void *c)
{
    (void)self; (void)c;
    return gp_int_from_ssize(0);   /* an XOF has no fixed size */
}

static GpObject *hash_get_block_size(GpObject *self, void *c)
{
    (void)c;
    return gp_int_from_ssize(EVP_MD_CTX_get_block_size(((HashObj *)self)->ctx));
}

static GpObject *hash_repr(GpObject *self)
{
    return gp_str_from_format("<%U %s object @ %p>", ((HashObj *)self)->name,
                              GP_TYPE(self)->name, (void *)self);
}

static const GpMethodDef hash_methods[] = {
    GP_METHOD("update", hash_update, GP_METH_O),
    GP_METHOD("digest", hash_digest, GP_METH_NOARGS),
    GP_METHOD("hexdigest", hash_hexdigest, GP_METH_NOARGS),
    GP_METHOD("copy", hash_copy, GP_METH_NOARGS),
    { NULL, NULL, 0, NULL },
};

static const GpGetSetDef hash_getsets[] = {
    { "name", hash_get_name, NULL, NULL, NULL },
    { "digest_size", hash_get_digest_size, NULL, NULL, NULL },
    { "block_size", hash_get_block_size, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static const GpMethodDef xof_methods[] = {
    GP_METHOD("digest", xof_digest, GP_METH_FASTKW),
    GP_METHOD("hexdigest", xof_hexdigest, GP_METH_FASTKW),
    { NULL, NULL, 0, NULL },
};

static const GpGetSetDef xof_getsets[] = {
    { "digest_size", xof_get_digest_size, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

GpType Hash_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_hashlib.HASH",
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
    .basicsize = sizeof(HashObj),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .getattro = gp_generic_getattr,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

GpType HashXof_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_hashlib.HASHXOF",
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
    .basicsize = sizeof(HashObj),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .base = &Hash_Type,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .getattro = gp_generic_getattr,
    .methods = xof_methods,
    .getsets = xof_getsets,
};

/* A HASH for a cached digest, fed with data (may be NULL). */
static GpObject *hash_new_md(const MdCacheEntry *e, GpObject *data)
{
    const char *buf = NULL;
    gp_ssize len = 0;
    if (data && get_data(data, &buf, &len) < 0)
        return NULL;
    HashObj *h = hash_alloc(e);
    if (!h)
        return NULL;
    if (!EVP_DigestInit_ex(h->ctx, e->md, NULL)) {
        GP_DECREF(h);
        return raise_openssl("EVP_DigestInit");
    }
    if (len && ctx_update(h->ctx, &h->lock, data, buf, len) < 0) {
        GP_DECREF(h);
        return NULL;
    }
    return (GpObject *)h;
}

/* _hashlib.UnsupportedDigestmodError (a ValueError), created at init. */
static GpObject *unsupported_error;

/* What OpenSSL's error queue says when a digest cannot be fetched. */
static GpObject *raise_unsupported(void)
{
    gp_err_set_string((GpType *)unsupported_error, "[digital envelope routines] unsupported");
    return NULL;
}

static const EVP_MD *md_from_name_obj(GpObject *name)
{
    const EVP_MD *md = md_by_name(GP_STR_DATA(name));
    if (!md)
        raise_unsupported();
    return md;
}

/* _hashlib.new(name, string=b'', *, usedforsecurity=True) */
static GpObject *mod_new(GpObject *m, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "name", "string", "$usedforsecurity", NULL };
    GpObject *a[3];
    if (gp_args_parse("new", args, nargs, kwnames, kwlist, 1, 2, a) < 0)
        return NULL;
    if (!GP_STR_CHECK(a[0])) {
        gp_err_set_string(&GpExc_TypeError, "name must be a string");
        return NULL;
    }
    const MdCacheEntry *e = md_lookup(GP_STR_DATA(a[0]));
    if (!e)
        return NULL;
    if (!e->md)
        return raise_unsupported();
    return hash_new_md(e, a[1]);
}

/* The named constructors: openssl_md5(string=b'', *, usedforsecurity=True) ... */
static GpObject *named_ctor(const char *pyname, const char *fname, GpObject *const *args,
                            size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = { "string", "$usedforsecurity", NULL };
    GpObject *a[2];
    if (gp_args_parse(fname, args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    const MdCacheEntry *e = md_lookup(pyname);
    if (!e)
        return NULL;
    if (!e->md)
        return gp_err_format(&GpExc_ValueError, "unsupported hash type %s", pyname);
    return hash_new_md(e, a[0]);
}

#define NAMED_CTOR(py)                                                                  \
    static GpObject *mod_openssl_##py(GpObject *m, GpObject *const *args, size_t nargs, \
                                      GpObject *kwnames)                                \
    {                                                                                   \
        (void)m;                                                                        \
        return named_ctor(#py, "openssl_" #py, args, nargs, kwnames);                   \
    }
NAMED_CTOR(md5) NAMED_CTOR(sha1) NAMED_CTOR(sha224) NAMED_CTOR(sha256) NAMED_CTOR(sha384)
NAMED_CTOR(sha512) NAMED_CTOR(sha3_224) NAMED_CTOR(sha3_256) NAMED_CTOR(sha3_384)
NAMED_CTOR(sha3_512) NAMED_CTOR(shake_128) NAMED_CTOR(shake_256)
#undef NAMED_CTOR

/* ------------------------------------------------------------------------
 * blake2b / blake2s
 * ------------------------------------------------------------------------ */

typedef struct Blake2Obj {
    GpObject ob;
    EVP_MD_CTX *md;          /* unkeyed: the plain digest */
    EVP_MAC_CTX *mac;        /* keyed: BLAKE2[BS]MAC */
    int digest_size;
    pthread_mutex_t lock;
} Blake2Obj;

extern GpType Blake2b_Type, Blake2s_Type;

typedef struct Blake2Info {
    const char *name, *md_name, *mac_name;
    int max_digest, max_key, salt_size, person_size, block_size;
} Blake2Info;

static const Blake2Info blake2b_info = { "blake2b", "BLAKE2B-512", "BLAKE2BMAC", 64, 64, 16, 16, 128 };
static const Blake2Info blake2s_info = { "blake2s", "BLAKE2S-256", "BLAKE2SMAC", 32, 32, 8, 8, 64 };

static const Blake2Info *blake2_info(GpObject *o)
{
    return GP_TYPE_CHECK(o, &Blake2s_Type) ? &blake2s_info : &blake2b_info;
}

static void blake2_dealloc(GpObject *o)
{
    Blake2Obj *b = (Blake2Obj *)o;
    if (b->md)
        EVP_MD_CTX_free(b->md);
    if (b->mac)
        EVP_MAC_CTX_free(b->mac);
    pthread_mutex_destroy(&b->lock);
    gp_obj_free(o);
}

/* An integer argument within [lo, hi], else exc(msg). def_ if absent. */
static int int_arg_exc(GpObject *o, long lo, long hi, long def_, GpType *exc, const char *msg,
                       long *out)
{
    if (!o) {
        *out = def_;
        return 0;
    }
    GpObject *idx = gp_number_index(o);
    if (!idx)
        return -1;
    int64_t v;
    int r = gp_int_as_i64(idx, &v);
    GP_DECREF(idx);
    if (r < 0) {
        gp_err_clear();
        gp_err_set_string(exc, msg);
        return -1;
    }
    if (v < lo || v > hi) {
        gp_err_set_string(exc, msg);
        return -1;
    }
    *out = (long)v;
    return 0;
}

static int int_arg(GpObject *o, long lo, long hi, long def_, const char *msg, long *out)
{
    return int_arg_exc(o, lo, hi, def_, &GpExc_ValueError, msg, out);
}

static int blake2_update_locked(Blake2Obj *b, const char *data, size_t len)
{
    return b->md ? EVP_DigestUpdate(b->md, data, len)
                 : EVP_MAC_update(b->mac, (const unsigned char *)data, len);
}

static int blake2_feed(Blake2Obj *b, GpObject *owner, const char *data, gp_ssize len)
{
    int ok;
    if (len >= HASH_GIL_MINSIZE && GP_BYTES_CHECK_EXACT(owner)) {
        GP_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&b->lock);
        ok = blake2_update_locked(b, data, (size_t)len);
        pthread_mutex_unlock(&b->lock);
        GP_END_ALLOW_THREADS
    } else {
        pthread_mutex_lock(&b->lock);
        ok = blake2_update_locked(b, data, (size_t)len);
        pthread_mutex_unlock(&b->lock);
    }
    if (!ok) {
        raise_openssl("blake2 update");
        return -1;
    }
    return 0;
}

/* blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
 *         fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
 *         inner_size=0, last_node=False, usedforsecurity=True) */
static GpObject *blake2_new(GpType *type, GpObject *const *args, size_t nargs, GpObject *kwnames)
{
    static const char *const kwlist[] = {
        "", "$digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", NULL };
    const Blake2Info *info = gp_type_is_subtype(type, &Blake2s_Type) ? &blake2s_info : &blake2b_info;
    GpObject *a[13];
    if (gp_args_parse(info->name, args, nargs, kwnames, kwlist, 0, 1, a) < 0)
        return NULL;
    long digest_size, fanout, depth, leaf_size, node_offset, node_depth, inner_size;
    char msg[80];
    snprintf(msg, sizeof msg, "digest_size must be between 1 and %d bytes", info->max_digest);
    if (int_arg(a[1], 1, info->max_digest, info->max_digest, msg, &digest_size) < 0)
        return NULL;
    const char *key = "", *salt = "", *person = "";
    gp_ssize keylen = 0, saltlen = 0, personlen = 0;
    if (a[2] && get_buffer(a[2], &key, &keylen) < 0)
        return NULL;
    if (keylen > info->max_key)
        return gp_err_format(&GpExc_ValueError, "maximum key length is %d bytes", info->max_key);
    if (a[3] && get_buffer(a[3], &salt, &saltlen) < 0)
        return NULL;
    if (saltlen > info->salt_size)
        return gp_err_format(&GpExc_ValueError, "maximum salt length is %d bytes", info->salt_size);
    if (a[4] && get_buffer(a[4], &person, &personlen) < 0)
        return NULL;
    if (personlen > info->person_size)
        return gp_err_format(&GpExc_ValueError, "maximum person length is %d bytes",
                             info->person_size);
    if (int_arg(a[5], 0, 255, 1, "fanout must be between 0 and 255", &fanout) < 0 ||
        int_arg(a[6], 1, 255, 1, "depth must be between 1 and 255", &depth) < 0 ||
        int_arg_exc(a[7], 0, 0xffffffffL, 0, &GpExc_OverflowError, "leaf_size is too large",
                    &leaf_size) < 0 ||
        int_arg_exc(a[8], 0, info == &blake2s_info ? 0xffffffffffffL : INT64_MAX, 0,
                    &GpExc_OverflowError, "node_offset is too large", &node_offset) < 0 ||
        int_arg(a[9], 0, 255, 0, "node_depth must be between 0 and 255", &node_depth) < 0)
        return NULL;
    snprintf(msg, sizeof msg, "inner_size must be between 0 and is %d", info->max_digest);
    if (int_arg(a[10], 0, info->max_digest, 0, msg, &inner_size) < 0)
        return NULL;
    int last_node = 0;
    if (a[11] && (last_node = gp_is_true(a[11])) < 0)
        return NULL;
    if (fanout != 1 || depth != 1 || leaf_size || node_offset || node_depth || inner_size ||
        last_node)
        return gp_err_format(&GpExc_ValueError,
                             "%s: tree hashing parameters are not supported (OpenSSL backend)",
                             info->name);
    if (keylen == 0 && (digest_size != info->max_digest || saltlen || personlen))
        return gp_err_format(&GpExc_ValueError,
                             "%s: digest_size, salt and person need a key (OpenSSL backend)",
                             info->name);

    const char *data = NULL;
    gp_ssize datalen = 0;
    if (a[0] && get_data(a[0], &data, &datalen) < 0)
        return NULL;

    Blake2Obj *b = (Blake2Obj *)gp_obj_alloc(type, 0);
    if (!b)
        return NULL;
    pthread_mutex_init(&b->lock, NULL);
    b->digest_size = (int)digest_size;
    int ok;
    if (keylen == 0) {
        const EVP_MD *md = md_by_name(info->name);
        b->md = EVP_MD_CTX_new();
        ok = md && b->md && EVP_DigestInit_ex(b->md, md, NULL);
    } else {
        EVP_MAC *mac = EVP_MAC_fetch(NULL, info->mac_name, NULL);
        b->mac = mac ? EVP_MAC_CTX_new(mac) : NULL;
        EVP_MAC_free(mac);   /* the context keeps its own reference */
        size_t size = (size_t)digest_size;
        OSSL_PARAM params[4], *p = params;
        *p++ = OSSL_PARAM_construct_size_t(OSSL_MAC_PARAM_SIZE, &size);
        if (saltlen)
            *p++ = OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_SALT, (void *)salt,
                                                     (size_t)saltlen);
        if (personlen)
            *p++ = OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_CUSTOM, (void *)person,
                                                     (size_t)personlen);
        *p = OSSL_PARAM_construct_end();
        ok = b->mac && EVP_MAC_init(b->mac, (const unsigned char *)key, (size_t)keylen, params);
    }
    if (!ok) {
        GP_DECREF(b);
        return raise_openssl(info->name);
    }
    if (datalen && blake2_feed(b, a[0], data, datalen) < 0) {
        GP_DECREF(b);
        return NULL;
    }
    return (GpObject *)b;
}

static GpObject *blake2_update(GpObject *self, GpObject *arg)
{
    const char *data;
    gp_ssize len;
    if (get_data(arg, &data, &len) < 0)
        return NULL;
    if (blake2_feed((Blake2Obj *)self, arg, data, len) < 0)
        return NULL;
    GP_RETURN_NONE;
}

/* Duplicate the contexts of src into dst (both locked appropriately). */
static int blake2_dup(Blake2Obj *dst, Blake2Obj *src)
{
    int ok;
    pthread_mutex_lock(&src->lock);
    if (src->md) {
        dst->md = EVP_MD_CTX_new();
        ok = dst->md && EVP_MD_CTX_copy_ex(dst->md, src->md);
    } else {
        dst->mac = EVP_MAC_CTX_dup(src->mac);
        ok = dst->mac != NULL;
    }
    pthread_mutex_unlock(&src->lock);
    return ok;
}

static int blake2_final(Blake2Obj *b, unsigned char *out)
{
    Blake2Obj tmp;
    memset(&tmp, 0, sizeof tmp);
    int ok = blake2_dup(&tmp, b);
    if (ok) {
        if (tmp.md) {
            unsigned int n;
            ok = EVP_DigestFinal_ex(tmp.md, out, &n);
        } else {
            size_t n;
            ok = EVP_MAC_final(tmp.mac, out, &n, (size_t)b->digest_size);
        }
    }
    if (tmp.md)
        EVP_MD_CTX_free(tmp.md);
    if (tmp.mac)
        EVP_MAC_CTX_free(tmp.mac);
    if (!ok) {
        raise_openssl("blake2 digest");
        return -1;
    }
    return 0;
}

static GpObject *blake2_digest(GpObject *self, GpObject *unused)
{
    (void)unused;
    unsigned char buf[64];
    if (blake2_final((Blake2Obj *)self, buf) < 0)
        return NULL;
    return gp_bytes_from((const char *)buf, ((Blake2Obj *)self)->digest_size);
}

static GpObject *blake2_hexdigest(GpObject *self, GpObject *unused)
{
    (void)unused;
    unsigned char buf[64];
    if (blake2_final((Blake2Obj *)self, buf) < 0)
        return NULL;
    return hex_of(buf, (size_t)((Blake2Obj *)self)->digest_size);
}

static GpObject *blake2_copy(GpObject *self, GpObject *unused)
{
    (void)unused;
    Blake2Obj *b = (Blake2Obj *)self;
    Blake2Obj *c = (Blake2Obj *)gp_obj_alloc(GP_TYPE(self), 0);
    if (!c)
        return NULL;
    pthread_mutex_init(&c->lock, NULL);
    c->digest_size = b->digest_size;
    if (!blake2_dup(c, b)) {
        GP_DECREF(c);
        return raise_openssl("blake2 copy");
    }
    return (GpObject *)c;
}

static GpObject *blake2_get_name(GpObject *self, void *c)
{
    (void)c;
    return gp_str_from_cstr(blake2_info(self)->name);
}

static GpObject *blake2_get_digest_size(GpObject *self, void *c)
{
    (void)c;
    return gp_int_from_ssize(((Blake2Obj *)self)->digest_size);
}

static GpObject *blake2_get_block_size(GpObject *self, void *c)
{
    (void)c;
    return gp_int_from_ssize(blake2_info(self)->block_size);
}

static const GpMethodDef blake2_methods[] = {
    GP_METHOD("update", blake2_update, GP_METH_O),
    GP_METHOD("digest", blake2_digest, GP_METH_NOARGS),
    GP_METHOD("hexdigest", blake2_hexdigest, GP_METH_NOARGS),
    GP_METHOD("copy", blake2_copy, GP_METH_NOARGS),
    { NULL, NULL, 0, NULL },
};

static const GpGetSetDef blake2_getsets[] = {
    { "name", blake2_get_name, NULL, NULL, NULL },
    { "digest_size", blake2_get_digest_size, NULL, NULL, NULL },
    { "block_size", blake2_get_block_size, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

GpType Blake2b_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_blake2.blake2b",
    .doc = "Return a new BLAKE2b hash object.",
    .basicsize = sizeof(Blake2Obj),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = blake2_dealloc,
    .getattro = gp_generic_getattr,
    .new_ = blake2_new,
    .methods = blake2_methods,
    .getsets = blake2_getsets,
};

GpType Blake2s_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "_blake2.blake2s",
    .doc = "Return a new BLAKE2s hash object.",
    .basicsize = sizeof(Blake2Obj),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = blake2_dealloc,
    .getattro = gp_generic_getattr,
    .new_ = blake2_new,
    .methods = blake2_methods,
    .getsets = blake2_getsets,
};

/* ------------------------------------------------------------------------
 * pbkdf2_hmac, hmac_digest, compare_digest
 * ------------------------------------------------------------------------ */

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
static GpObject *mod_pbkdf2_hmac(GpObject *m, GpObject *const *args, size_t nargs,
                                 GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "hash_name", "password", "salt", "iterations",
                                          "dklen", NULL };
    GpObject *a[5];
    if (gp_args_parse("pbkdf2_hmac", args, nargs, kwnames, kwlist, 4, 5, a) < 0)
        return NULL;
    if (!GP_STR_CHECK(a[0]))
        return gp_err_format(&GpExc_TypeError,
                             "pbkdf2_hmac() argument 'hash_name' must be str, not %T", a[0]);
    const char *pw, *salt;
    gp_ssize pwlen, saltlen;
    if (get_buffer(a[1], &pw, &pwlen) < 0 ||
        get_buffer(a[2], &salt, &saltlen) < 0)
        return NULL;
    if (!gp_index_check(a[3]) || GP_TYPE_CHECK(a[3], &GpFloat_Type))
        return gp_err_format(&GpExc_TypeError, "'%T' object cannot be interpreted as an integer",
                             a[3]);
    int overflow = 0;
    GpObject *it = gp_number_index(a[3]);
    if (!it)
        return NULL;
    int64_t iterations = gp_int_as_i64_clamped(it, &overflow);
    GP_DECREF(it);
    if (overflow < 0 || (!overflow && iterations < 1))
        return gp_err_format(&GpExc_ValueError, "iteration value must be greater than 0.");
    if (overflow > 0 || iterations > 0x7fffffff)
        return gp_err_format(&GpExc_OverflowError, "iteration value is too great.");
    const EVP_MD *md = md_from_name_obj(a[0]);
    if (!md)
        return NULL;
    int64_t dklen = EVP_MD_get_size(md);
    if (a[4] && a[4] != gp_None) {
        GpObject *d = gp_number_index(a[4]);
        if (!d)
            return NULL;
        dklen = gp_int_as_i64_clamped(d, &overflow);
        GP_DECREF(d);
        if (overflow < 0 || (!overflow && dklen < 1))
            return gp_err_format(&GpExc_ValueError, "key length must be greater than 0.");
        if (overflow > 0 || dklen > 0x7fffffff)
            return gp_err_format(&GpExc_OverflowError, "key length is too great.");
    }
    /* The work can take seconds: run it without the GIL on private copies. */
    char *pwc = malloc((size_t)pwlen + 1), *saltc = malloc((size_t)saltlen + 1);
    GpObject *res = gp_bytes_from(NULL, (gp_ssize)dklen);
    if (!pwc || !saltc || !res) {
        free(pwc);
        free(saltc);
        GP_XDECREF(res);
        return gp_err_occurred() ? NULL : gp_err_no_memory();
    }
    memcpy(pwc, pw, (size_t)pwlen);
    memcpy(saltc, salt, (size_t)saltlen);
    unsigned char *out = (unsigned char *)GP_BYTES_DATA(res);
    int ok;
    GP_BEGIN_ALLOW_THREADS
    ok = PKCS5_PBKDF2_HMAC(pwc, (int)pwlen, (const unsigned char *)saltc, (int)saltlen,
                           (int)iterations, md, (int)dklen, out);
    GP_END_ALLOW_THREADS
    OPENSSL_cleanse(pwc, (size_t)pwlen);
    free(pwc);
    free(saltc);
    if (!ok) {
        GP_DECREF(res);
        return raise_openssl("PKCS5_PBKDF2_HMAC");
    }
    return res;
}

/* hmac_digest(key, msg, digest): one-shot HMAC for hmac.digest(). */
static GpObject *mod_hmac_digest(GpObject *m, GpObject *const *args, size_t nargs,
                                 GpObject *kwnames)
{
    (void)m;
    static const char *const kwlist[] = { "key", "msg", "digest", NULL };
    GpObject *a[3];
    if (gp_args_parse("hmac_digest", args, nargs, kwnames, kwlist, 3, 3, a) < 0)
        return NULL;
    const char *key, *msg;
    gp_ssize keylen, msglen;
    if (get_buffer(a[0], &key, &keylen) < 0 ||
        get_buffer(a[1], &msg, &msglen) < 0)
        return NULL;
    if (!GP_STR_CHECK(a[2]))
        return gp_err_format(&GpExc_TypeError,
                             "hmac_digest() argument 'digest' must be str, not %T", a[2]);
    const EVP_MD *md = md_by_name(GP_STR_DATA(a[2]));
    if (!md || (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF))
        return raise_unsupported();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!HMAC(md, key, (int)keylen, (const unsigned char *)msg, (size_t)msglen, out, &n))
        return raise_openssl("HMAC");
    return gp_bytes_from((const char *)out, n);
}

/* compare_digest(a, b): both ASCII str or both bytes-like; the time taken
 * depends on the lengths only. */
static GpObject *mod_compare_digest(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (gp_args_count("compare_digest", nargs, 2, 2) < 0)
        return NULL;
    GpObject *x = args[0], *y = args[1];
    const char *p, *q;
    gp_ssize lp, lq;
    if (GP_STR_CHECK(x) && GP_STR_CHECK(y)) {
        if (!GP_STR_IS_ASCII(x) || !GP_STR_IS_ASCII(y)) {
            gp_err_set_string(&GpExc_TypeError,
                              "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        p = GP_STR_DATA(x);
        lp = GP_STR_LEN(x);
        q = GP_STR_DATA(y);
        lq = GP_STR_LEN(y);
    } else {
        if (!gp_is_bytes_like(x) && !gp_is_bytes_like(y))
            return gp_err_format(&GpExc_TypeError,
                                 "unsupported operand types(s) or combination of types: "
                                 "'%T' and '%T'", x, y);
        /* one is bytes-like: the other gets "a bytes-like object is required" */
        if (gp_bytes_buffer(x, &p, &lp) < 0 || gp_bytes_buffer(y, &q, &lq) < 0)
            return NULL;
    }
    /* Different lengths: still spend the time of a full compare (of y with
     * itself), so the timing tells the length of y and nothing else. */
    int equal;
    if (lp == lq)
        equal = CRYPTO_memcmp(p, q, (size_t)lq) == 0;
    else
        equal = (CRYPTO_memcmp(q, q, (size_t)lq) == 0) && 0;
    return gp_bool(equal);
}

static GpObject *mod_get_fips_mode(GpObject *m, GpObject *unused)
{
    (void)m; (void)unused;
    return gp_int_from_ssize(EVP_default_properties_is_fips_enabled(NULL));
}

/* openssl_md_meth_names: every digest the default provider offers. */
static void collect_md(EVP_MD *md, void *arg)
{
    GpObject *set = arg;
    const char *name = md_py_name(md);
    if (!name || gp_err_occurred())
        return;
    GpObject *s = gp_str_from_cstr(name);
    if (!s)
        return;
    gp_set_add(set, s);
    GP_DECREF(s);
}

static const GpMethodDef module_methods[] = {
    GP_METHOD("new", mod_new, GP_METH_FASTKW),
    GP_METHOD("openssl_md5", mod_openssl_md5, GP_METH_FASTKW),
    GP_METHOD("openssl_sha1", mod_openssl_sha1, GP_METH_FASTKW),
    GP_METHOD("openssl_sha224", mod_openssl_sha224, GP_METH_FASTKW),
    GP_METHOD("openssl_sha256", mod_openssl_sha256, GP_METH_FASTKW),
    GP_METHOD("openssl_sha384", mod_openssl_sha384, GP_METH_FASTKW),
    GP_METHOD("openssl_sha512", mod_openssl_sha512, GP_METH_FASTKW),
    GP_METHOD("openssl_sha3_224", mod_openssl_sha3_224, GP_METH_FASTKW),
    GP_METHOD("openssl_sha3_256", mod_openssl_sha3_256, GP_METH_FASTKW),
    GP_METHOD("openssl_sha3_384", mod_openssl_sha3_384, GP_METH_FASTKW),
    GP_METHOD("openssl_sha3_512", mod_openssl_sha3_512, GP_METH_FASTKW),
    GP_METHOD("openssl_shake_128", mod_openssl_shake_128, GP_METH_FASTKW),
    GP_METHOD("openssl_shake_256", mod_openssl_shake_256, GP_METH_FASTKW),
    GP_METHOD("pbkdf2_hmac", mod_pbkdf2_hmac, GP_METH_FASTKW),
    GP_METHOD("hmac_digest", mod_hmac_digest, GP_METH_FASTKW),
    GP_METHOD("compare_digest", mod_compare_digest, GP_METH_FAST),
    GP_METHOD("get_fips_mode", mod_get_fips_mode, GP_METH_NOARGS),
    { NULL, NULL, 0, NULL },
};

static int set_int_attr(GpType *t, const char *name, long v)
{
    GpObject *o = gp_int_from_ssize(v);
    if (!o)
        return -1;
    int r = gp_dict_setitem_str(t->dict, name, o);
    GP_DECREF(o);
    return r;
}

static int make_unsupported_error(void)
{
    if (unsupported_error)
        return 0;
    GpObject *name = gp_str_from_cstr("UnsupportedDigestmodError");
    GpObject *bases = gp_tuple_pack(1, (GpObject *)&GpExc_ValueError);
    GpObject *dict = gp_dict_new();
    GpObject *modname = gp_str_from_cstr("_hashlib");
    if (name && bases && dict && modname && gp_dict_setitem_str(dict, "__module__", modname) == 0)
        unsupported_error = gp_type_new(&GpType_Type, name, bases, dict, NULL, NULL); /* kept forever */
    GP_XDECREF(name);
    GP_XDECREF(bases);
    GP_XDECREF(dict);
    GP_XDECREF(modname);
    return unsupported_error ? 0 : -1;
}

int gp_mod__hashlib_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_ssl_load() < 0)
        return -1;
    if (make_unsupported_error() < 0 ||
        gp_dict_setitem_str(d, "UnsupportedDigestmodError", unsupported_error) < 0)
        return -1;
    if (gp_type_ready(&Hash_Type) < 0 || gp_type_ready(&HashXof_Type) < 0 ||
        gp_type_ready(&Blake2b_Type) < 0 || gp_type_ready(&Blake2s_Type) < 0)
        return -1;
    const Blake2Info *infos[2] = { &blake2b_info, &blake2s_info };
    GpType *btypes[2] = { &Blake2b_Type, &Blake2s_Type };
    for (int i = 0; i < 2; i++) {
        if (set_int_attr(btypes[i], "SALT_SIZE", infos[i]->salt_size) < 0 ||
            set_int_attr(btypes[i], "PERSON_SIZE", infos[i]->person_size) < 0 ||
            set_int_attr(btypes[i], "MAX_KEY_SIZE", infos[i]->max_key) < 0 ||
            set_int_attr(btypes[i], "MAX_DIGEST_SIZE", infos[i]->max_digest) < 0)
            return -1;
        gp_type_modified(btypes[i]);
    }
    if (gp_dict_setitem_str(d, "HASH", (GpObject *)&Hash_Type) < 0 ||
        gp_dict_setitem_str(d, "HASHXOF", (GpObject *)&HashXof_Type) < 0 ||
        gp_dict_setitem_str(d, "blake2b", (GpObject *)&Blake2b_Type) < 0 ||
        gp_dict_setitem_str(d, "blake2s", (GpObject *)&Blake2s_Type) < 0)
        return -1;
    GpObject *names = gp_set_new(NULL);
    if (!names)
        return -1;
    EVP_MD_do_all_provided(NULL, collect_md, names);
    if (gp_err_occurred()) {
        GP_DECREF(names);
        return -1;
    }
    GpObject *frozen = gp_frozenset_new(names);
    GP_DECREF(names);
    if (!frozen || gp_dict_setitem_str(d, "openssl_md_meth_names", frozen) < 0) {
        GP_XDECREF(frozen);
        return -1;
    }
    GP_DECREF(frozen);
    return gp_add_functions(d, module_methods, gp_str_intern_cstr("_hashlib"));
}
