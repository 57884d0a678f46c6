/* picklemodule.c -- _pickle: the C fast paths behind interp/lib/pickle.py.
 *
 * pickle.py is the whole implementation (every protocol, the reduce
 * protocol, persistent ids, dispatch tables, out-of-band buffers, the exact
 * error messages); this module only runs its two hot loops in C for the
 * builtin types and hands everything else back to Python.  pickle.py works
 * unchanged without it.  The two halves share their state through the
 * Python objects' attributes, so there is a single memo, a single output
 * buffer and a single stack at all times.
 *
 * Interface (the pickle.py side is _Pickler.save/_save_other/_commit_frame
 * and _Unpickler.load/_c_step):
 *
 *   save(pickler, obj)
 *       Pickle obj exactly as _Pickler.save does (without persistent ids:
 *       pickle.py only calls this when no persistent_id is in effect).
 *       Reads pickler._buf (the exact bytearray holding the current frame;
 *       C appends to it directly), pickler.memo (exact dict
 *       id(obj) -> (index, obj), shared with Python), pickler.proto,
 *       pickler.fast and pickler._framing.  None, bool, int, float, str,
 *       bytes, bytearray, tuple, list, dict, set and frozenset of the exact
 *       types are written here (recursing in C) when the protocol has a
 *       direct opcode for them; for anything else -- after the memo check --
 *       it calls pickler._save_other(obj), the Python dispatcher minus the
 *       memo check, whose nested saves come back here.  A frame is cut by
 *       calling pickler._commit_frame() at the start of a save once the
 *       buffer holds _FRAME_SIZE_TARGET bytes; payloads of that size or more
 *       (which go outside frames) are left to Python.
 *
 *   load(unpickler)
 *       Run _Unpickler.load's loop; the caller has reset stack, metastack
 *       and proto.  Opcodes are read from unpickler._buf (bytes) between
 *       _pos and _len.  An opcode whose argument is entirely in the buffer,
 *       whose preconditions hold (stack depth, MARK present, exact list/dict
 *       /set targets, memo entry present) and which is in the fast set below
 *       is executed here against the shared stack (a list), metastack (a
 *       list of the lists saved by MARK) and memo (a dict index -> obj).
 *       Any other case -- opcodes that need Python (globals, REDUCE, BUILD,
 *       NEWOBJ, PROTO, FRAME, protocol 0 text, persistent ids...), a
 *       buffer that runs out (file input), and every error -- is one call
 *       of unpickler._c_step(key) (key -1: read it from the file) after the
 *       C state is written back (_pos just past the opcode byte, stack,
 *       append); afterwards _buf/_pos/_len/stack/metastack/memo are read
 *       again.  _c_step returns a 1-tuple (value,) when it ran STOP.
 *       Leaving errors to Python keeps every message in one place: the C
 *       handlers check before they mutate anything.
 */
#include <string.h>
#include <stdio.h>
#include "gilpy.h"
#include "objects/intobject.h"

/* CPython's values, which the byte-identical output depends on: items per
 * MARK ... APPENDS/SETITEMS/ADDITEMS group, and the frame size (also the
 * payload size from which a bytes/str is written outside frames). */
#define BATCHSIZE 1000
#define FRAME_SIZE_TARGET (64 * 1024)

/* ---- the pickler ------------------------------------------------------ */

typedef struct {
    GpObject *self;     /* the Python _Pickler */
    GpObject *buf;      /* its _buf: exact bytearray */
    GpObject *memo;     /* its memo: exact dict */
    int proto, fast, framing;
} Saver;

static int w(Saver *s, const void *p, gp_ssize n)
{
    gp_ssize old = GP_SIZE(s->buf);
    if (gp_bytearray_resize(s->buf, old + n) < 0)
        return -1;
    memcpy(GP_BYTEARRAY_DATA(s->buf) + old, p, (size_t)n);
    return 0;
}

static int w1(Saver *s, unsigned char c) { return w(s, &c, 1); }

static void le32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void le64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static GpObject *call_self(Saver *s, const char *name, GpObject *const *args, size_t n)
{
    return gp_call_method_str(s->self, name, args, n);
}

static int save_other(Saver *s, GpObject *obj)
{
    GpObject *r = call_self(s, "_save_other", &obj, 1);
    if (!r)
        return -1;
    GP_DECREF(r);
    return 0;
}

static GpObject *memo_key(GpObject *obj) { return gp_int_from_u64((uint64_t)(uintptr_t)obj); }

/* The memo index of obj, -1 if absent, -2 on error. */
static gp_ssize memo_find(Saver *s, GpObject *key)
{
    GpObject *v = gp_dict_getitem_err(s->memo, key);     /* borrowed */
    if (!v)
        return gp_err_occurred() ? -2 : -1;
    gp_ssize idx = -1;
    if (GP_TUPLE_CHECK(v) && GP_SIZE(v) >= 1) {
        if (gp_int_as_ssize(GP_TUPLE_GET(v, 0), &idx) < 0)
            idx = -2;
    } else {
        gp_err_format(&GpExc_TypeError, "bad memo entry");
        idx = -2;
    }
    return idx;
}

static int memo_get(Saver *s, gp_ssize idx)
{
    unsigned char b[5];
    if (s->proto >= 1) {
        if (idx < 256) {
            b[0] = 'h';
            b[1] = (unsigned char)idx;
            return w(s, b, 2);
        }
        if ((uint64_t)idx > 0xffffffffu) {
            GpObject *mod = gp_import("pickle");
            GpObject *exc = mod ? gp_getattr_str(mod, "PicklingError") : NULL;
            GP_XDECREF(mod);
            if (exc) {
                gp_err_set_string((GpType *)exc, "memo id too large for LONG_BINGET");
                GP_DECREF(exc);
            }
            return -1;
        }
        b[0] = 'j';
        le32(b + 1, (uint32_t)idx);
        return w(s, b, 5);
    }
    char t[32];
    int n = snprintf(t, sizeof t, "g%zd\n", (size_t)idx);
    return w(s, t, n);
}

static int memoize(Saver *s, GpObject *obj, GpObject *key)
{
    if (s->fast)
        return 0;
    gp_ssize idx = GP_DICT_LEN(s->memo);
    GpObject *i = gp_int_from_ssize(idx);
    if (!i)
        return -1;
    GpObject *pair = gp_tuple_pack(2, i, obj);
    GP_DECREF(i);
    if (!pair)
        return -1;
    int rc = gp_dict_setitem(s->memo, key, pair);
    GP_DECREF(pair);
    if (rc < 0)
        return -1;
    unsigned char b[5];
    if (s->proto >= 4)
        return w1(s, 0x94);
    if (s->proto >= 1) {
        if (idx < 256) {
            b[0] = 'q';
            b[1] = (unsigned char)idx;
            return w(s, b, 2);
        }
        b[0] = 'r';
        le32(b + 1, (uint32_t)idx);
        return w(s, b, 5);
    }
    char t[32];
    int n = snprintf(t, sizeof t, "p%zd\n", (size_t)idx);
    return w(s, t, n);
}

/* LONG1/LONG4 payload of a big int: little-endian two's complement, as
 * short as possible. */
static int save_big_long(Saver *s, GpObject *obj)
{
    GpIntView view;
    mpz_srcptr z = gp_int_view(obj, &view);
    int sign = mpz_sgn(z);
    size_t bits = mpz_sizeinbase(z, 2);          /* of |z| */
    size_t nbytes = (bits >> 3) + 1;
    unsigned char *data = gp_mem_malloc(nbytes + 1);
    if (!data) {
        gp_err_no_memory();
        return -1;
    }
    memset(data, 0, nbytes);
    mpz_t y;
    mpz_init(y);
    if (sign < 0) {
        mpz_ui_pow_ui(y, 2, (unsigned long)(8 * nbytes));
        mpz_add(y, y, z);
    } else {
        mpz_set(y, z);
    }
    size_t count = 0;
    mpz_export(data, &count, -1, 1, 0, 0, y);
    mpz_clear(y);
    if (sign < 0 && nbytes > 1 && data[nbytes - 1] == 0xff && (data[nbytes - 2] & 0x80))
        nbytes--;
    unsigned char h[5];
    int rc;
    if (nbytes < 256) {
        h[0] = 0x8a;
        h[1] = (unsigned char)nbytes;
        rc = w(s, h, 2);
    } else {
        h[0] = 0x8b;
        le32(h + 1, (uint32_t)nbytes);
        rc = w(s, h, 5);
    }
    if (rc == 0)
        rc = w(s, data, (gp_ssize)nbytes);
    gp_mem_free(data);
    return rc;
}

static int save_long(Saver *s, GpObject *obj)
{
    unsigned char b[12];
    if (GP_INT_IS_SMALL(obj)) {
        int64_t v = GP_INT_VAL(obj);
        if (v >= -0x80000000LL && v <= 0x7fffffffLL) {
            if (s->proto >= 1) {
                if (v >= 0 && v <= 0xff) {
                    b[0] = 'K';
                    b[1] = (unsigned char)v;
                    return w(s, b, 2);
                }
                if (v >= 0 && v <= 0xffff) {
                    b[0] = 'M';
                    b[1] = (unsigned char)v;
                    b[2] = (unsigned char)(v >> 8);
                    return w(s, b, 3);
                }
                b[0] = 'J';
                le32(b + 1, (uint32_t)(int32_t)v);
                return w(s, b, 5);
            }
            char t[32];
            int n = snprintf(t, sizeof t, "I%lld\n", (long long)v);
            return w(s, t, n);
        }
        if (s->proto >= 2) {
            uint64_t u = (uint64_t)v;
            uint64_t mag = v < 0 ? (uint64_t)0 - u : u;
            int bits = 64 - __builtin_clzll(mag);
            int nbytes = (bits >> 3) + 1;
            unsigned char d[9];
            for (int i = 0; i < 9; i++)
                d[i] = i < 8 ? (unsigned char)(u >> (8 * i)) : (v < 0 ? 0xff : 0);
            if (v < 0 && nbytes > 1 && d[nbytes - 1] == 0xff && (d[nbytes - 2] & 0x80))
                nbytes--;
            b[0] = 0x8a;
            b[1] = (unsigned char)nbytes;
            memcpy(b + 2, d, (size_t)nbytes);
            return w(s, b, 2 + nbytes);
        }
    } else if (s->proto >= 2) {
        return save_big_long(s, obj);
    }
    /* protocols 0 and 1 outside the 32-bit range: LONG with decimal text */
    GpObject *text = gp_int_decimal(obj);
    if (!text)
        return -1;
    int rc = w1(s, 'L');
    if (rc == 0)
        rc = w(s, GP_STR_DATA(text), GP_STR_NBYTES(text));
    if (rc == 0)
        rc = w(s, "L\n", 2);
    GP_DECREF(text);
    return rc;
}

static int save_float(Saver *s, GpObject *obj)
{
    if (s->proto >= 1) {
        double d = GP_FLOAT_VAL(obj);
        uint64_t u;
        memcpy(&u, &d, 8);
        unsigned char b[9];
        b[0] = 'G';
        for (int i = 0; i < 8; i++)
            b[1 + i] = (unsigned char)(u >> (8 * (7 - i)));
        return w(s, b, 9);
    }
    GpObject *text = gp_repr(obj);
    if (!text)
        return -1;
    int rc = w1(s, 'F');
    if (rc == 0)
        rc = w(s, GP_STR_DATA(text), GP_STR_NBYTES(text));
    if (rc == 0)
        rc = w1(s, '\n');
    GP_DECREF(text);
    return rc;
}

static int save(Saver *s, GpObject *obj);

/* The items of a tuple or frozenset were saved: if saving them memoized
 * the container (a cycle through a mutable object), drop the items and
 * fetch the memoized one. 1 done, 0 not memoized, -1 error. */
static int recursive_fixup(Saver *s, GpObject *key, gp_ssize n, int mark)
{
    gp_ssize idx = memo_find(s, key);
    if (idx == -2)
        return -1;
    if (idx < 0)
        return 0;
    if (mark && s->proto >= 1) {
        if (w1(s, '1') < 0)
            return -1;
    } else {
        for (gp_ssize i = 0; i < n + (mark ? 1 : 0); i++)
            if (w1(s, '0') < 0)
                return -1;
    }
    return memo_get(s, idx) < 0 ? -1 : 1;
}

static int save_tuple(Saver *s, GpObject *obj, GpObject *key)
{
    gp_ssize n = GP_SIZE(obj);
    if (n == 0)
        return s->proto >= 1 ? w1(s, ')') : w(s, "(t", 2);
    int small = n <= 3 && s->proto >= 2;
    if (!small && w1(s, '(') < 0)
        return -1;
    for (gp_ssize i = 0; i < n; i++)
        if (save(s, GP_TUPLE_GET(obj, i)) < 0)
            return -1;
    int r = recursive_fixup(s, key, n, !small);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (w1(s, small ? (unsigned char)(0x84 + n) : 't') < 0)
        return -1;
    return memoize(s, obj, key);
}

static int save_list(Saver *s, GpObject *obj, GpObject *key)
{
    if ((s->proto >= 1 ? w1(s, ']') : w(s, "(l", 2)) < 0 || memoize(s, obj, key) < 0)
        return -1;
    gp_ssize n = GP_SIZE(obj);
    if (n == 0)
        return 0;
    if (s->proto == 0 || n == 1) {
        for (gp_ssize i = 0; i < GP_SIZE(obj); i++) {
            GpObject *item = gp_newref(GP_LIST_GET(obj, i));
            int rc = save(s, item);
            GP_DECREF(item);
            if (rc < 0 || w1(s, 'a') < 0)
                return -1;
            if (s->proto != 0)
                break;
        }
        return 0;
    }
    gp_ssize total = 0;
    while (total < GP_SIZE(obj)) {
        if (w1(s, '(') < 0)
            return -1;
        gp_ssize batch = 0;
        while (total < GP_SIZE(obj)) {
            GpObject *item = gp_newref(GP_LIST_GET(obj, total));
            int rc = save(s, item);
            GP_DECREF(item);
            if (rc < 0)
                return -1;
            total++;
            if (++batch == BATCHSIZE)
                break;
        }
        if (w1(s, 'e') < 0)
            return -1;
    }
    return 0;
}

static int save_pair(Saver *s, GpObject *k, GpObject *v)
{
    gp_incref(k);
    gp_incref(v);
    int rc = save(s, k);
    if (rc == 0)
        rc = save(s, v);
    GP_DECREF(k);
    GP_DECREF(v);
    return rc;
}

static int save_dict(Saver *s, GpObject *obj, GpObject *key)
{
    if ((s->proto >= 1 ? w1(s, '}') : w(s, "(d", 2)) < 0 || memoize(s, obj, key) < 0)
        return -1;
    gp_ssize size = GP_DICT_LEN(obj);
    if (size == 0)
        return 0;
    gp_ssize pos = 0;
    GpObject *k, *v;
    if (s->proto == 0 || size == 1) {
        while (gp_dict_next(obj, &pos, &k, &v)) {
            if (save_pair(s, k, v) < 0 || w1(s, 's') < 0)
                return -1;
            if (GP_DICT_LEN(obj) != size) {
                gp_err_format(&GpExc_RuntimeError, "dictionary changed size during iteration");
                return -1;
            }
            if (s->proto != 0)
                break;
        }
        return 0;
    }
    for (;;) {
        if (w1(s, '(') < 0)
            return -1;
        int i = 0;
        while (i < BATCHSIZE && gp_dict_next(obj, &pos, &k, &v)) {
            if (save_pair(s, k, v) < 0)
                return -1;
            i++;
            if (GP_DICT_LEN(obj) != size) {
                gp_err_format(&GpExc_RuntimeError, "dictionary changed size during iteration");
                return -1;
            }
        }
        if (w1(s, 'u') < 0)
            return -1;
        if (i != BATCHSIZE)
            return 0;
    }
}

static int save_set(Saver *s, GpObject *obj, GpObject *key)
{
    if (w1(s, 0x8f) < 0 || memoize(s, obj, key) < 0)
        return -1;
    gp_ssize size = gp_set_size(obj);
    if (size == 0)
        return 0;
    gp_ssize pos = 0;
    GpObject *item;
    gp_hash h;
    for (;;) {
        if (w1(s, '(') < 0)
            return -1;
        int i = 0;
        while (i < BATCHSIZE && gp_set_next(obj, &pos, &item, &h)) {
            gp_incref(item);
            int rc = save(s, item);
            GP_DECREF(item);
            if (rc < 0)
                return -1;
            i++;
            if (gp_set_size(obj) != size) {
                gp_err_format(&GpExc_RuntimeError, "set changed size during iteration");
                return -1;
            }
        }
        if (w1(s, 0x90) < 0)
            return -1;
        if (i != BATCHSIZE)
            return 0;
    }
}

static int save_frozenset(Saver *s, GpObject *obj, GpObject *key)
{
    if (w1(s, '(') < 0)
        return -1;
    gp_ssize pos = 0;
    GpObject *item;
    gp_hash h;
    while (gp_set_next(obj, &pos, &item, &h)) {
        gp_incref(item);
        int rc = save(s, item);
        GP_DECREF(item);
        if (rc < 0)
            return -1;
    }
    int r = recursive_fixup(s, key, 0, 1);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (w1(s, 0x91) < 0)
        return -1;
    return memoize(s, obj, key);
}

static int save_str(Saver *s, GpObject *obj, GpObject *key)
{
    /* gilpy's str is UTF-8 with lone surrogates kept as their 3-byte
     * sequences: exactly encode('utf-8', 'surrogatepass'). */
    gp_ssize n = GP_STR_NBYTES(obj);
    unsigned char h[5];
    int rc;
    if (n <= 0xff && s->proto >= 4) {
        h[0] = 0x8c;
        h[1] = (unsigned char)n;
        rc = w(s, h, 2);
    } else {
        h[0] = 'X';
        le32(h + 1, (uint32_t)n);
        rc = w(s, h, 5);
    }
    if (rc < 0 || w(s, GP_STR_DATA(obj), n) < 0)
        return -1;
    return memoize(s, obj, key);
}

static int save_bytes(Saver *s, GpObject *obj, GpObject *key, int is_array)
{
    gp_ssize n = GP_SIZE(obj);
    const char *data = is_array ? GP_BYTEARRAY_DATA(obj) : GP_BYTES_DATA(obj);
    unsigned char h[9];
    int rc;
    if (is_array) {
        h[0] = 0x96;
        le64(h + 1, (uint64_t)n);
        rc = w(s, h, 9);
    } else if (n <= 0xff) {
        h[0] = 'C';
        h[1] = (unsigned char)n;
        rc = w(s, h, 2);
    } else {
        h[0] = 'B';
        le32(h + 1, (uint32_t)n);
        rc = w(s, h, 5);
    }
    if (rc < 0 || w(s, data, n) < 0)
        return -1;
    return memoize(s, obj, key);
}

static int save_container(Saver *s, GpObject *obj)
{
    GpType *t = GP_TYPE(obj);
    GpObject *key = memo_key(obj);
    if (!key)
        return -1;
    int rc;
    gp_ssize idx = memo_find(s, key);
    if (idx == -2) {
        rc = -1;
    } else if (idx >= 0) {
        rc = memo_get(s, idx);
    } else if (t == &GpStr_Type && s->proto >= 1 && GP_STR_NBYTES(obj) < FRAME_SIZE_TARGET) {
        rc = save_str(s, obj, key);
    } else if (t == &GpBytes_Type && s->proto >= 3 && GP_SIZE(obj) < FRAME_SIZE_TARGET) {
        rc = save_bytes(s, obj, key, 0);
    } else if (t == &GpByteArray_Type && s->proto >= 5 && GP_SIZE(obj) < FRAME_SIZE_TARGET) {
        rc = save_bytes(s, obj, key, 1);
    } else if (t == &GpTuple_Type || t == &GpList_Type || t == &GpDict_Type
               || (s->proto >= 4 && (t == &GpSet_Type || t == &GpFrozenSet_Type))) {
        if (gp_enter_recursive_call(" while pickling an object") < 0) {
            rc = -1;
        } else {
            if (t == &GpTuple_Type)
                rc = save_tuple(s, obj, key);
            else if (t == &GpList_Type)
                rc = save_list(s, obj, key);
            else if (t == &GpDict_Type)
                rc = save_dict(s, obj, key);
            else if (t == &GpSet_Type)
                rc = save_set(s, obj, key);
            else
                rc = save_frozenset(s, obj, key);
            gp_leave_recursive_call();
        }
    } else {
        rc = save_other(s, obj);
    }
    GP_DECREF(key);
    return rc;
}

static int save(Saver *s, GpObject *obj)
{
    if (s->framing && GP_SIZE(s->buf) >= FRAME_SIZE_TARGET) {
        GpObject *r = call_self(s, "_commit_frame", NULL, 0);
        if (!r)
            return -1;
        GP_DECREF(r);
    }
    GpType *t = GP_TYPE(obj);
    if (obj == gp_None)
        return w1(s, 'N');
    if (t == &GpInt_Type)
        return save_long(s, obj);
    if (t == &GpFloat_Type)
        return save_float(s, obj);
    if (t == &GpBool_Type) {
        if (s->proto >= 2)
            return w1(s, obj == gp_True ? 0x88 : 0x89);
        return w(s, obj == gp_True ? "I01\n" : "I00\n", 4);
    }
    return save_container(s, obj);
}

static int attr_int(GpObject *o, const char *name, int *out)
{
    GpObject *v = gp_getattr_str(o, name);
    if (!v)
        return -1;
    int t = gp_is_true(v);
    if (t >= 0 && GP_INT_CHECK(v)) {
        int64_t x;
        if (gp_int_as_i64(v, &x) < 0)
            t = -1;
        else
            t = (int)x;
    }
    GP_DECREF(v);
    if (t < 0 && gp_err_occurred())
        return -1;
    *out = t;
    return 0;
}

static GpObject *mod_save(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (nargs != 2) {
        gp_err_format(&GpExc_TypeError, "save() takes exactly 2 arguments");
        return NULL;
    }
    Saver s = { args[0], NULL, NULL, 0, 0, 0 };
    GpObject *res = NULL;
    s.buf = gp_getattr_str(s.self, "_buf");
    if (!s.buf)
        goto done;
    s.memo = gp_getattr_str(s.self, "memo");
    if (!s.memo)
        goto done;
    if (!GP_BYTEARRAY_CHECK_EXACT(s.buf) || !GP_DICT_CHECK_EXACT(s.memo)) {
        gp_err_format(&GpExc_TypeError, "_pickle.save: unexpected pickler state");
        goto done;
    }
    if (attr_int(s.self, "proto", &s.proto) < 0 || attr_int(s.self, "fast", &s.fast) < 0
        || attr_int(s.self, "_framing", &s.framing) < 0)
        goto done;
    if (save(&s, args[1]) == 0)
        res = gp_newref(gp_None);
done:
    GP_XDECREF(s.buf);
    GP_XDECREF(s.memo);
    return res;
}

/* ---- the unpickler ---------------------------------------------------- */

typedef struct {
    GpObject *self;       /* the Python _Unpickler */
    GpObject *buf;        /* its _buf: bytes */
    const unsigned char *data;
    gp_ssize pos, len;
    GpObject *stack, *metastack, *memo;
    int dirty;            /* stack replaced since it was last stored */
} Loader;

static void loader_drop(Loader *l)
{
    GP_XDECREF(l->buf);
    GP_XDECREF(l->stack);
    GP_XDECREF(l->metastack);
    GP_XDECREF(l->memo);
    l->buf = l->stack = l->metastack = l->memo = NULL;
}

static int attr_ssize(GpObject *o, const char *name, gp_ssize *out)
{
    GpObject *v = gp_getattr_str(o, name);
    if (!v)
        return -1;
    int rc = gp_int_as_ssize(v, out);
    GP_DECREF(v);
    return rc;
}

/* (Re)read the state Python may have changed. */
static int loader_fetch(Loader *l)
{
    loader_drop(l);
    l->dirty = 0;
    if (!(l->buf = gp_getattr_str(l->self, "_buf")) || !(l->stack = gp_getattr_str(l->self, "stack"))
        || !(l->metastack = gp_getattr_str(l->self, "metastack"))
        || !(l->memo = gp_getattr_str(l->self, "memo")))
        return -1;
    if (attr_ssize(l->self, "_pos", &l->pos) < 0 || attr_ssize(l->self, "_len", &l->len) < 0)
        return -1;
    if (!GP_BYTES_CHECK_EXACT(l->buf) || !GP_LIST_CHECK_EXACT(l->stack)
        || !GP_LIST_CHECK_EXACT(l->metastack) || !GP_DICT_CHECK_EXACT(l->memo)
        || l->len > GP_SIZE(l->buf) || l->pos < 0) {
        gp_err_format(&GpExc_TypeError, "_pickle.load: unexpected unpickler state");
        return -1;
    }
    l->data = (const unsigned char *)GP_BYTES_DATA(l->buf);
    return 0;
}

/* Store the C state for Python: _pos, and stack/append when replaced. */
static int loader_store(Loader *l, gp_ssize pos)
{
    GpObject *p = gp_int_from_ssize(pos);
    if (!p)
        return -1;
    int rc = gp_setattr_str(l->self, "_pos", p);
    GP_DECREF(p);
    if (rc < 0)
        return -1;
    if (l->dirty) {
        if (gp_setattr_str(l->self, "stack", l->stack) < 0)
            return -1;
        GpObject *app = gp_getattr_str(l->stack, "append");
        if (!app)
            return -1;
        rc = gp_setattr_str(l->self, "append", app);
        GP_DECREF(app);
        if (rc < 0)
            return -1;
        l->dirty = 0;
    }
    return 0;
}

/* Push, stealing v (NULL: the error is passed on). */
static int push(Loader *l, GpObject *v)
{
    if (!v)
        return -1;
    int rc = gp_list_append(l->stack, v);
    GP_DECREF(v);
    return rc;
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static GpObject *decode_long(const unsigned char *p, gp_ssize n)
{
    if (n == 0)
        return gp_int_from_i64(0);
    if (n <= 8) {
        uint64_t u = 0;
        for (gp_ssize i = 0; i < n; i++)
            u |= (uint64_t)p[i] << (8 * i);
        if (n < 8 && (p[n - 1] & 0x80))
            u |= ~(uint64_t)0 << (8 * n);
        return gp_int_from_i64((int64_t)u);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)n, -1, 1, 0, 0, p);
    if (p[n - 1] & 0x80) {
        mpz_t t;
        mpz_init(t);
        mpz_ui_pow_ui(t, 2, (unsigned long)(8 * n));
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    return gp_int_from_mpz_steal(z);
}

/* Drop the stack's top items down to depth n (lists do not release the
 * items a shrink cuts off, so this does). */
static void stack_truncate(Loader *l, gp_ssize n)
{
    while (GP_SIZE(l->stack) > n) {
        gp_ssize i = GP_SIZE(l->stack) - 1;
        GpObject *v = GP_LIST_GET(l->stack, i);
        GP_SIZE(l->stack) = i;
        GP_DECREF(v);
    }
}

/* Pop the items above the last MARK (a new reference to that list). The
 * metastack's reference to the saved stack passes to l->stack. */
static GpObject *pop_mark(Loader *l)
{
    gp_ssize n = GP_SIZE(l->metastack);
    GpObject *items = l->stack;
    l->stack = GP_LIST_GET(l->metastack, n - 1);
    GP_SIZE(l->metastack) = n - 1;
    l->dirty = 1;
    return items;
}

/* The object the MARK-ed items are added to: top of the saved stack. */
static GpObject *mark_target(Loader *l)
{
    gp_ssize n = GP_SIZE(l->metastack);
    if (n == 0)
        return NULL;
    GpObject *below = GP_LIST_GET(l->metastack, n - 1);
    if (GP_SIZE(below) == 0)
        return NULL;
    return GP_LIST_GET(below, GP_SIZE(below) - 1);
}

static int memo_put(Loader *l, gp_ssize idx)
{
    GpObject *k = gp_int_from_ssize(idx);
    if (!k)
        return -1;
    int rc = gp_dict_setitem(l->memo, k, GP_LIST_GET(l->stack, GP_SIZE(l->stack) - 1));
    GP_DECREF(k);
    return rc;
}

/* 1 pushed, 0 absent (left to Python for the error), -1 error. */
static int memo_push(Loader *l, gp_ssize idx)
{
    GpObject *k = gp_int_from_ssize(idx);
    if (!k)
        return -1;
    GpObject *v = gp_dict_getitem_err(l->memo, k);
    GP_DECREF(k);
    if (!v)
        return gp_err_occurred() ? -1 : 0;
    return push(l, gp_newref(v)) < 0 ? -1 : 1;
}

/* Run one opcode at l->pos in C. 1 done, 0 leave it to Python, -1 error. */
static int step(Loader *l)
{
    const unsigned char *p = l->data + l->pos;
    gp_ssize avail = l->len - l->pos - 1;     /* argument bytes present */
    gp_ssize depth = GP_SIZE(l->stack);
    gp_ssize n;
    int r;
    switch (p[0]) {
    case '(': {
        if (gp_list_append(l->metastack, l->stack) < 0)
            return -1;
        GpObject *fresh = gp_list_new(0);
        if (!fresh)
            return -1;
        GP_DECREF(l->stack);
        l->stack = fresh;
        l->dirty = 1;
        l->pos += 1;
        return 1;
    }
    case 'N':
        r = push(l, gp_newref(gp_None));
        n = 0;
        break;
    case 0x88:
    case 0x89:
        r = push(l, gp_newref(p[0] == 0x88 ? gp_True : gp_False));
        n = 0;
        break;
    case 'K':
        if (avail < 1)
            return 0;
        r = push(l, gp_int_from_i64(p[1]));
        n = 1;
        break;
    case 'M':
        if (avail < 2)
            return 0;
        r = push(l, gp_int_from_i64(p[1] | p[2] << 8));
        n = 2;
        break;
    case 'J':
        if (avail < 4)
            return 0;
        r = push(l, gp_int_from_i64((int32_t)rd32(p + 1)));
        n = 4;
        break;
    case 0x8a:
        if (avail < 1 || avail < 1 + p[1])
            return 0;
        r = push(l, decode_long(p + 2, p[1]));
        n = 1 + p[1];
        break;
    case 'G': {
        if (avail < 8)
            return 0;
        uint64_t u = 0;
        for (int i = 0; i < 8; i++)
            u = u << 8 | p[1 + i];
        double d;
        memcpy(&d, &u, 8);
        r = push(l, gp_float_new(d));
        n = 8;
        break;
    }
    case 0x8c:
        if (avail < 1 || avail < 1 + p[1])
            return 0;
        r = push(l, gp_str_decode_utf8((const char *)p + 2, p[1], "surrogatepass"));
        n = 1 + p[1];
        break;
    case 'X': {
        if (avail < 4)
            return 0;
        uint32_t k = rd32(p + 1);
        if ((uint64_t)avail < 4 + (uint64_t)k)
            return 0;
        r = push(l, gp_str_decode_utf8((const char *)p + 5, (gp_ssize)k, "surrogatepass"));
        n = 4 + (gp_ssize)k;
        break;
    }
    case 'C':
        if (avail < 1 || avail < 1 + p[1])
            return 0;
        r = push(l, gp_bytes_from((const char *)p + 2, p[1]));
        n = 1 + p[1];
        break;
    case 'B': {
        if (avail < 4)
            return 0;
        uint32_t k = rd32(p + 1);
        if ((uint64_t)avail < 4 + (uint64_t)k)
            return 0;
        r = push(l, gp_bytes_from((const char *)p + 5, (gp_ssize)k));
        n = 4 + (gp_ssize)k;
        break;
    }
    case ')':
        r = push(l, gp_tuple_empty());
        n = 0;
        break;
    case ']':
        r = push(l, gp_list_new(0));
        n = 0;
        break;
    case '}':
        r = push(l, gp_dict_new());
        n = 0;
        break;
    case 0x8f:
        r = push(l, gp_set_new(NULL));
        n = 0;
        break;
    case 0x85:
    case 0x86:
    case 0x87: {
        gp_ssize k = p[0] - 0x84;
        if (depth < k)
            return 0;
        GpObject *t = gp_tuple_from_array(GP_LIST_ITEMS(l->stack) + depth - k, k);
        if (!t)
            return -1;
        stack_truncate(l, depth - k);
        r = push(l, t);
        n = 0;
        break;
    }
    case 't':
    case 'l':
    case 0x91: {
        if (GP_SIZE(l->metastack) == 0)
            return 0;
        GpObject *items = pop_mark(l);
        if (!items)
            return -1;
        GpObject *v;
        if (p[0] == 't')
            v = gp_list_as_tuple(items);
        else if (p[0] == 'l')
            v = gp_newref(items);
        else
            v = gp_frozenset_new(items);
        GP_DECREF(items);
        r = push(l, v);
        n = 0;
        break;
    }
    case 'd':
    case 'u': {
        GpObject *d = NULL;
        if (GP_SIZE(l->metastack) == 0 || GP_SIZE(l->stack) % 2)
            return 0;
        if (p[0] == 'u') {
            d = mark_target(l);
            if (!d || !GP_DICT_CHECK_EXACT(d))
                return 0;
        }
        GpObject *items = pop_mark(l);
        if (!items)
            return -1;
        if (!d) {
            d = gp_dict_new_presized(GP_SIZE(items) / 2);
            if (!d) {
                GP_DECREF(items);
                return -1;
            }
            if (gp_list_append(l->stack, d) < 0) {
                GP_DECREF(d);
                GP_DECREF(items);
                return -1;
            }
            GP_DECREF(d);
        }
        r = 0;
        for (gp_ssize i = 0; r == 0 && i < GP_SIZE(items); i += 2)
            r = gp_dict_setitem(d, GP_LIST_GET(items, i), GP_LIST_GET(items, i + 1));
        GP_DECREF(items);
        n = 0;
        break;
    }
    case 0x90: {
        GpObject *st = mark_target(l);
        if (!st || !GP_SET_CHECK(st) || GP_TYPE(st) != &GpSet_Type)
            return 0;
        GpObject *items = pop_mark(l);
        if (!items)
            return -1;
        r = gp_set_update(st, items);
        GP_DECREF(items);
        n = 0;
        break;
    }
    case 'e': {
        GpObject *lst = mark_target(l);
        if (!lst || !GP_LIST_CHECK_EXACT(lst))
            return 0;
        GpObject *items = pop_mark(l);
        if (!items)
            return -1;
        r = gp_list_extend(lst, items);
        GP_DECREF(items);
        n = 0;
        break;
    }
    case 'a': {
        if (depth < 2 || !GP_LIST_CHECK_EXACT(GP_LIST_GET(l->stack, depth - 2)))
            return 0;
        GpObject *v = GP_LIST_GET(l->stack, depth - 1);
        r = gp_list_append(GP_LIST_GET(l->stack, depth - 2), v);
        if (r == 0)
            stack_truncate(l, depth - 1);
        n = 0;
        break;
    }
    case 's': {
        if (depth < 3 || !GP_DICT_CHECK_EXACT(GP_LIST_GET(l->stack, depth - 3)))
            return 0;
        r = gp_dict_setitem(GP_LIST_GET(l->stack, depth - 3), GP_LIST_GET(l->stack, depth - 2),
                            GP_LIST_GET(l->stack, depth - 1));
        if (r == 0)
            stack_truncate(l, depth - 2);
        n = 0;
        break;
    }
    case '0':
        if (depth == 0)
            return 0;
        stack_truncate(l, depth - 1);
        r = 0;
        n = 0;
        break;
    case '1': {
        if (GP_SIZE(l->metastack) == 0)
            return 0;
        GpObject *items = pop_mark(l);
        if (!items)
            return -1;
        GP_DECREF(items);
        r = 0;
        n = 0;
        break;
    }
    case '2':
        if (depth == 0)
            return 0;
        r = push(l, gp_newref(GP_LIST_GET(l->stack, depth - 1)));
        n = 0;
        break;
    case 'h':
        if (avail < 1)
            return 0;
        r = memo_push(l, p[1]);
        if (r <= 0)
            return r;
        r = 0;
        n = 1;
        break;
    case 'j':
        if (avail < 4)
            return 0;
        r = memo_push(l, (gp_ssize)rd32(p + 1));
        if (r <= 0)
            return r;
        r = 0;
        n = 4;
        break;
    case 'q':
        if (avail < 1 || depth == 0)
            return 0;
        r = memo_put(l, p[1]);
        n = 1;
        break;
    case 'r':
        if (avail < 4 || depth == 0)
            return 0;
        r = memo_put(l, (gp_ssize)rd32(p + 1));
        n = 4;
        break;
    case 0x94:
        if (depth == 0)
            return 0;
        r = memo_put(l, GP_DICT_LEN(l->memo));
        n = 0;
        break;
    default:
        return 0;
    }
    if (r < 0)
        return -1;
    l->pos += 1 + n;
    return 1;
}

static GpObject *mod_load(GpObject *m, GpObject *arg)
{
    (void)m;
    Loader l;
    memset(&l, 0, sizeof l);
    l.self = arg;
    GpObject *res = NULL;
    if (loader_fetch(&l) < 0)
        goto done;
    for (;;) {
        long key = -1;
        if (l.pos < l.len) {
            key = l.data[l.pos];
            if (key == '.' && GP_SIZE(l.stack) > 0) {
                gp_ssize depth = GP_SIZE(l.stack);
                res = gp_newref(GP_LIST_GET(l.stack, depth - 1));
                stack_truncate(&l, depth - 1);
                if (loader_store(&l, l.pos + 1) < 0)
                    GP_CLEAR(res);
                goto done;
            }
            int r = step(&l);
            if (r < 0)
                goto done;
            if (r > 0)
                continue;
        }
        /* Python runs this opcode (or reads the next one from the file). */
        if (loader_store(&l, key >= 0 ? l.pos + 1 : l.pos) < 0)
            goto done;
        GpObject *k = gp_int_from_i64(key);
        if (!k)
            goto done;
        GpObject *r = gp_call_method_str(l.self, "_c_step", &k, 1);
        GP_DECREF(k);
        if (!r)
            goto done;
        if (GP_TUPLE_CHECK_EXACT(r) && GP_SIZE(r) == 1) {
            res = gp_newref(GP_TUPLE_GET(r, 0));
            GP_DECREF(r);
            goto done;
        }
        GP_DECREF(r);
        if (loader_fetch(&l) < 0)
            goto done;
    }
done:
    loader_drop(&l);
    return res;
}

static const GpMethodDef pickle_functions[] = {
    { "save", (void *)mod_save, GP_METH_FAST,
      "save(pickler, obj)\n\nPickle obj into pickler's buffer (see pickle.py)." },
    { "load", (void *)mod_load, GP_METH_O,
      "load(unpickler) -> object\n\nRun the unpickler's opcode loop (see pickle.py)." },
    { NULL },
};

int gp_mod__pickle_init(GpObject *m)
{
    GpObject *d = GP_MODULE_DICT(m);
    GpObject *doc = gp_str_from_cstr("C fast paths of the pickle module\n");
    if (!doc || gp_dict_setitem_str(d, "__doc__", doc) < 0) {
        GP_XDECREF(doc);
        return -1;
    }
    GP_DECREF(doc);
    return gp_add_functions(d, pickle_functions, gp_str_intern_cstr("_pickle"));
}
