/* remodule.c -- `_pcre`, the matching engine under the `re` module.
 *
 * The regular-expression engine is PCRE2 (libpcre2-8), a well-kept library
 * of the field; this file adapts it to CPython's re API.  The division of
 * labour with the Python layer (interp/lib/re/):
 *
 *   re/_translate.py  parses a Python pattern, raises re.error with CPython's
 *                     messages and positions, and writes an equivalent PCRE2
 *                     pattern that only uses numbered groups (names are kept
 *                     in groupindex, on our side);
 *   this file         compiles it (plus JIT), and runs the searches: the
 *                     Pattern and Match types, findall/finditer/split/sub.
 *
 * Offsets.  A gilpy str is UTF-8 with a code-point length (objects/
 * strobject.h), and PCRE2 in UTF mode reports byte offsets.  Python's
 * offsets are code points, so every byte offset is converted; when the
 * subject is ASCII both are the same and nothing is done.  In loops
 * (findall, sub, ...) a cursor (byte offset, code-point index) follows the
 * matches so the conversion costs O(length) for the whole loop, not per
 * match.  bytes patterns use PCRE2 without UTF: offsets are bytes already.
 *
 * Empty matches follow Python 3.7+: after an empty match the next search
 * starts at the same place but may not be empty there (PCRE2_NOTEMPTY_
 * ATSTART is exactly that rule); after a non-empty match an empty match
 * right at its end is allowed.
 *
 * lastindex.  Python reports the group that was *closed* last; PCRE2 only
 * tells the highest group number set.  The translator passes each group's
 * enclosing group, and the closed-last group is recovered from the offsets:
 * among the set groups ending furthest right, drop those nested in another
 * one, and take the highest number (siblings close left to right).
 */
#include "gilpy.h"
#include "objects/typeobject.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

/* libpcre2-8 is loaded when `re` is first imported (gp_mod__pcre_init), not
 * linked: scripts that never use a regular expression skip mapping and
 * relocating it at start-up (80 KiB of `print('hello')`'s peak RSS), the
 * way hashlib treats libcrypto. The functions are bound once with dlsym;
 * the macros below send the _8 names that pcre2.h's generic names expand to
 * to the bound pointers. */
#define PC_FUNCS(X) \
    X(pcre2_code_free_8) X(pcre2_compile_8) X(pcre2_compile_context_create_8) \
    X(pcre2_compile_context_free_8) X(pcre2_config_8) X(pcre2_get_error_message_8) \
    X(pcre2_get_ovector_count_8) X(pcre2_get_ovector_pointer_8) X(pcre2_jit_compile_8) \
    X(pcre2_jit_stack_assign_8) X(pcre2_jit_stack_create_8) X(pcre2_match_8) \
    X(pcre2_match_context_create_8) X(pcre2_match_data_create_from_pattern_8) \
    X(pcre2_match_data_free_8) X(pcre2_pattern_info_8) X(pcre2_set_bsr_8) X(pcre2_set_newline_8)

static struct {
#define PC_FIELD(f) __typeof__(f) *f;
    PC_FUNCS(PC_FIELD)
#undef PC_FIELD
} pc;

/* 0, or -1 with ImportError set. */
static int pc_load(void)
{
    static int loaded;
    if (loaded)
        return 0;
    void *h = dlopen("libpcre2-8.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        gp_err_set_string(&GpExc_ImportError, "re: cannot load libpcre2-8.so.0");
        return -1;
    }
#define PC_BIND(f)                                                                  \
    if (!(pc.f = (__typeof__(f) *)dlsym(h, #f))) {                                  \
        gp_err_format(&GpExc_ImportError, "re: libpcre2-8.so.0 lacks %s", #f);      \
        return -1;                                                                  \
    }
    PC_FUNCS(PC_BIND)
#undef PC_BIND
    loaded = 1;
    return 0;
}

#define pcre2_code_free_8 pc.pcre2_code_free_8
#define pcre2_compile_8 pc.pcre2_compile_8
#define pcre2_compile_context_create_8 pc.pcre2_compile_context_create_8
#define pcre2_compile_context_free_8 pc.pcre2_compile_context_free_8
#define pcre2_config_8 pc.pcre2_config_8
#define pcre2_get_error_message_8 pc.pcre2_get_error_message_8
#define pcre2_get_ovector_count_8 pc.pcre2_get_ovector_count_8
#define pcre2_get_ovector_pointer_8 pc.pcre2_get_ovector_pointer_8
#define pcre2_jit_compile_8 pc.pcre2_jit_compile_8
#define pcre2_jit_stack_assign_8 pc.pcre2_jit_stack_assign_8
#define pcre2_jit_stack_create_8 pc.pcre2_jit_stack_create_8
#define pcre2_match_8 pc.pcre2_match_8
#define pcre2_match_context_create_8 pc.pcre2_match_context_create_8
#define pcre2_match_data_create_from_pattern_8 pc.pcre2_match_data_create_from_pattern_8
#define pcre2_match_data_free_8 pc.pcre2_match_data_free_8
#define pcre2_pattern_info_8 pc.pcre2_pattern_info_8
#define pcre2_set_bsr_8 pc.pcre2_set_bsr_8
#define pcre2_set_newline_8 pc.pcre2_set_newline_8

/* Python's flag bits (re.RegexFlag values). */
enum {
    RE_TEMPLATE = 1, RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8,
    RE_DOTALL = 16, RE_UNICODE = 32, RE_VERBOSE = 64, RE_DEBUG = 128, RE_ASCII = 256,
};

typedef struct RePattern {
    GpObject ob;
    pcre2_code *code;
    pcre2_match_data *md_cache;   /* one reusable match block; NULL while lent out */
    GpObject *pattern;            /* the source, str or bytes (or None) */
    GpObject *groupindex;         /* dict name -> number */
    GpObject *indexgroup;         /* tuple: number -> name or None */
    GpObject *parents;            /* tuple: number -> enclosing group number (0: none) */
    gp_ssize groups;              /* capturing groups, not counting group 0 */
    long flags;
    int is_bytes;
    gp_hash hash;
    GpObject *weakreflist;        /* weak references (re's cache users keep them) */
} RePattern;

typedef struct ReMatch {
    GpVarObject ob;               /* ob.size: 4 * (groups + 1) offsets */
    RePattern *pat;
    GpObject *string;             /* the subject as given */
    GpObject *data;               /* str or bytes whose buffer the offsets index */
    gp_ssize pos, endpos;
    gp_ssize lastindex;           /* -1: None */
    gp_ssize ngroups;             /* groups + 1 */
    gp_ssize off[];               /* per group: cp start, cp end, byte start, byte end (-1: unset) */
} ReMatch;

typedef struct ReIter {
    GpObject ob;
    RePattern *pat;
    GpObject *string, *data;
    gp_ssize pos_b, pos_c, end_b, end_c, pos_arg;
    int must_advance, done;
} ReIter;

extern GpType RePattern_Type, ReMatch_Type, ReIter_Type;

static GpObject *template_hook;   /* re._compile_template(pattern, repl) -> list */
static GpObject *error_class;     /* re.error */
static pcre2_match_context *match_ctx;
static pcre2_jit_stack *jit_stack;

/* GILPY_RE_JIT=0 leaves patterns to PCRE2's interpreter. The JIT's vector
 * loads read a few bytes past the subject (harmless: same page), which
 * valgrind reports as errors; tests/check_leaks.sh --valgrind sets it. */
static int jit_enabled(void)
{
    static int on = -1;
    if (on < 0) {
        const char *e = getenv("GILPY_RE_JIT");
        on = !(e && strcmp(e, "0") == 0);
    }
    return on;
}

/* ---- subjects --------------------------------------------------------- */

/* What a search runs over: a borrowed view of a str or a bytes copy. */
typedef struct Subj {
    GpObject *obj;       /* as given (borrowed) */
    GpObject *data;      /* new ref: the str, or bytes holding the bytes-like content */
    const unsigned char *p;
    gp_ssize nbytes;     /* bytes */
    gp_ssize len;        /* code points (str) or bytes */
    int is_str, ascii;
} Subj;

static int subj_init(RePattern *pat, GpObject *o, Subj *s)
{
    memset(s, 0, sizeof *s);
    s->obj = o;
    if (GP_STR_CHECK(o)) {
        if (pat->is_bytes) {
            gp_err_set_string(&GpExc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        s->data = gp_newref(o);
        s->p = (const unsigned char *)GP_STR_DATA(o);
        s->nbytes = GP_STR_NBYTES(o);
        s->len = GP_STR_LEN(o);
        s->is_str = 1;
        s->ascii = GP_STR_IS_ASCII(o);
        if (!s->ascii) {
            /* Lone surrogates are stored as ED A0..BF xx: not UTF-8 for PCRE2. */
            const unsigned char *q = s->p, *e = s->p + s->nbytes;
            while ((q = memchr(q, 0xED, (size_t)(e - q))) != NULL) {
                if (q + 1 < e && q[1] >= 0xA0) {
                    GP_CLEAR(s->data);
                    gp_err_set_string(&GpExc_ValueError,
                                      "re: strings with lone surrogates are not supported");
                    return -1;
                }
                q++;
            }
        }
        return 0;
    }
    const char *d;
    gp_ssize n;
    if (GP_BYTES_CHECK(o)) {
        s->data = gp_newref(o);
        d = GP_BYTES_DATA(o);
        n = GP_SIZE(o);
    } else if (gp_is_bytes_like(o)) {
        if (gp_bytes_buffer(o, &d, &n) < 0)
            return -1;
        s->data = gp_bytes_from(d, n);   /* a snapshot: callbacks may mutate o */
        if (!s->data)
            return -1;
        d = GP_BYTES_DATA(s->data);
    } else {
        gp_err_format(&GpExc_TypeError, "expected string or bytes-like object, got '%T'", o);
        return -1;
    }
    if (!pat->is_bytes) {
        GP_CLEAR(s->data);
        gp_err_set_string(&GpExc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    s->p = (const unsigned char *)d;
    s->nbytes = s->len = n;
    s->ascii = 1;
    return 0;
}

static void subj_fini(Subj *s) { GP_CLEAR(s->data); }

/* Code points in p[from, to) (to >= from). */
static gp_ssize cp_count(const unsigned char *p, gp_ssize from, gp_ssize to)
{
    gp_ssize n = 0;
    for (gp_ssize i = from; i < to; i++)
        n += (p[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of code point index c (0 <= c <= len). */
static gp_ssize subj_byte_of(Subj *s, gp_ssize c)
{
    if (s->ascii)
        return c;
    return gp_str_byte_offset(s->obj, c);
}

/* Code point index of byte offset b, counting from a known (cb, cc) pair. */
static gp_ssize subj_cp_of(Subj *s, gp_ssize b, gp_ssize cb, gp_ssize cc)
{
    if (s->ascii)
        return b;
    if (b >= cb)
        return cc + cp_count(s->p, cb, b);
    return cc - cp_count(s->p, b, cb);
}

/* Clamp pos/endpos as CPython does. */
static void clamp_range(gp_ssize len, gp_ssize *pos, gp_ssize *endpos)
{
    if (*pos < 0)
        *pos = 0;
    if (*pos > len)
        *pos = len;
    if (*endpos < 0)
        *endpos = 0;
    if (*endpos > len)
        *endpos = len;
}

/* ---- running PCRE2 ---------------------------------------------------- */

static pcre2_match_data *md_take(RePattern *p)
{
    pcre2_match_data *md = p->md_cache;
    if (md) {
        p->md_cache = NULL;
        return md;
    }
    md = pcre2_match_data_create_from_pattern(p->code, NULL);
    if (!md)
        gp_err_no_memory();
    return md;
}

static void md_give(RePattern *p, pcre2_match_data *md)
{
    if (!md)
        return;
    if (!p->md_cache)
        p->md_cache = md;
    else
        pcre2_match_data_free(md);
}

static void raise_pcre_error(int rc)
{
    PCRE2_UCHAR buf[256];
    if (pcre2_get_error_message(rc, buf, sizeof buf) < 0)
        strcpy((char *)buf, "unknown error");
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        gp_err_format(&GpExc_RecursionError, "maximum recursion limit exceeded (%s)", (char *)buf);
    else
        gp_err_format(&GpExc_RuntimeError, "internal error in regular expression engine: %s",
                      (char *)buf);
}

/* One pcre2_match over s->p[0, end_b) from start_b. On a match, the number of
 * valid ovector pairs (>= 1); 0: no match; -1: error. */
static int re_exec(RePattern *p, Subj *s, gp_ssize start_b, gp_ssize end_b, uint32_t opts,
                   pcre2_match_data *md)
{
    if (s->is_str)
        opts |= PCRE2_NO_UTF_CHECK;
    int rc = pcre2_match(p->code, s->p, (PCRE2_SIZE)end_b, (PCRE2_SIZE)start_b, opts, md,
                         match_ctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(p->code, s->p, (PCRE2_SIZE)end_b, (PCRE2_SIZE)start_b,
                         opts | PCRE2_NO_JIT, md, match_ctx);
    if (rc > 0)
        return rc;      /* 1 + the highest group set; the pairs after it are stale */
    if (rc == 0)
        return (int)pcre2_get_ovector_count(md);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    raise_pcre_error(rc);
    return -1;
}

/* ---- Match objects ---------------------------------------------------- */

/* The group that closed last (see the header comment), or -1. */
static gp_ssize compute_lastindex(RePattern *p, const gp_ssize *off, gp_ssize ngroups)
{
    gp_ssize maxend = -1;
    for (gp_ssize g = 1; g < ngroups; g++)
        if (off[4 * g] >= 0 && off[4 * g + 3] > maxend)
            maxend = off[4 * g + 3];
    if (maxend < 0)
        return -1;
    gp_ssize best = -1;
    for (gp_ssize g = 1; g < ngroups; g++) {
        if (off[4 * g] < 0 || off[4 * g + 3] != maxend)
            continue;
        /* nested in another candidate? */
        int nested = 0;
        gp_ssize a = g;
        for (int guard = 0; guard < 1000 && !nested; guard++) {
            gp_ssize par = 0;
            if (p->parents && a < GP_SIZE(p->parents)) {
                GpObject *po = GP_TUPLE_GET(p->parents, a);
                par = GP_INT_CHECK(po) ? GP_INT_VAL(po) : 0;
            }
            if (par <= 0 || par >= a)
                break;
            if (off[4 * par] >= 0 && off[4 * par + 3] == maxend)
                nested = 1;
            a = par;
        }
        if (!nested)
            best = g;
    }
    return best;
}

/* Build a Match from the ovector. (cb, cc): a known byte/code-point pair. */
static GpObject *match_new(RePattern *p, Subj *s, pcre2_match_data *md, int rc, gp_ssize pos,
                           gp_ssize endpos, gp_ssize cb, gp_ssize cc)
{
    gp_ssize ng = p->groups + 1;
    ReMatch *m = (ReMatch *)gp_obj_alloc(&ReMatch_Type, 4 * ng);
    if (!m)
        return NULL;
    m->pat = (RePattern *)gp_newref(p);
    m->string = gp_newref(s->obj);
    m->data = gp_newref(s->data);
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups = ng;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t npairs = (uint32_t)rc;
    /* Convert the match start first, then the rest relative to it. */
    gp_ssize b0 = (gp_ssize)ov[0];
    gp_ssize c0 = subj_cp_of(s, b0, cb, cc);
    for (gp_ssize g = 0; g < ng; g++) {
        gp_ssize *o = &m->off[4 * g];
        if ((uint32_t)g >= npairs || ov[2 * g] == PCRE2_UNSET) {
            o[0] = o[1] = o[2] = o[3] = -1;
            continue;
        }
        gp_ssize bs = (gp_ssize)ov[2 * g], be = (gp_ssize)ov[2 * g + 1];
        o[2] = bs;
        o[3] = be;
        o[0] = subj_cp_of(s, bs, b0, c0);
        o[1] = be == bs ? o[0] : subj_cp_of(s, be, bs, o[0]);
    }
    m->lastindex = compute_lastindex(p, m->off, ng);
    return (GpObject *)m;
}

static void match_dealloc(GpObject *o)
{
    ReMatch *m = (ReMatch *)o;
    GP_XDECREF(m->pat);
    GP_XDECREF(m->string);
    GP_XDECREF(m->data);
    gp_obj_free(o);
}

/* Text of a slice of the subject, by offsets (byte and code point). */
static GpObject *slice_data(GpObject *data, GpObject *orig, gp_ssize bs, gp_ssize be,
                            gp_ssize cs, gp_ssize ce)
{
    if (GP_STR_CHECK(data)) {
        if (bs == 0 && be == GP_STR_NBYTES(data) && GP_STR_CHECK_EXACT(data))
            return gp_newref(data);
        return gp_str_from_utf8_trusted(GP_STR_DATA(data) + bs, be - bs, ce - cs,
                                        (be - bs) == (ce - cs));
    }
    (void)orig;   /* bytes-like subjects give bytes groups, as in CPython */
    if (bs == 0 && be == GP_SIZE(data) && GP_BYTES_CHECK_EXACT(data))
        return gp_newref(data);
    return gp_bytes_from(GP_BYTES_DATA(data) + bs, be - bs);
}

static GpObject *match_group_value(ReMatch *m, gp_ssize g, GpObject *dflt)
{
    gp_ssize *o = &m->off[4 * g];
    if (o[0] < 0)
        return gp_newref(dflt);
    return slice_data(m->data, m->string, o[2], o[3], o[0], o[1]);
}

/* Group number for an index or a name; -1 with IndexError. */
static gp_ssize match_index(ReMatch *m, GpObject *key)
{
    gp_ssize i = -1;
    if (GP_INT_CHECK(key)) {
        int ovf = 0;
        int64_t v = gp_int_as_i64_clamped(key, &ovf);
        if (!ovf && v >= 0 && v < m->ngroups)
            i = (gp_ssize)v;
    } else if (GP_STR_CHECK(key) || GP_BYTES_CHECK(key)) {
        GpObject *v = gp_dict_getitem_err(m->pat->groupindex, key);
        if (v && GP_INT_CHECK(v))
            i = (gp_ssize)GP_INT_VAL(v);
        else if (!v && gp_err_occurred())
            gp_err_clear();
        if (i >= m->ngroups)
            i = -1;
    } else if (gp_index_check(key)) {
        gp_ssize v = gp_number_as_ssize(key, NULL);
        if (v == -1 && gp_err_occurred())
            return -1;
        if (v >= 0 && v < m->ngroups)
            i = v;
    }
    if (i < 0)
        gp_err_set_string(&GpExc_IndexError, "no such group");
    return i;
}

static GpObject *match_group(GpObject *self, GpObject *const *args, size_t nargs)
{
    ReMatch *m = (ReMatch *)self;
    if (nargs == 0)
        return match_group_value(m, 0, gp_None);
    if (nargs == 1) {
        gp_ssize g = match_index(m, args[0]);
        return g < 0 ? NULL : match_group_value(m, g, gp_None);
    }
    GpObject *t = gp_tuple_new((gp_ssize)nargs);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        gp_ssize g = match_index(m, args[i]);
        GpObject *v = g < 0 ? NULL : match_group_value(m, g, gp_None);
        if (!v) {
            for (size_t j = i; j < nargs; j++)
                GP_TUPLE_SET(t, j, gp_newref(gp_None));
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, i, v);
    }
    return t;
}

static GpObject *match_getitem(GpObject *self, GpObject *key)
{
    ReMatch *m = (ReMatch *)self;
    gp_ssize g = match_index(m, key);
    return g < 0 ? NULL : match_group_value(m, g, gp_None);
}

static GpObject *match_groups(GpObject *self, GpObject *const *args, size_t nargs,
                              GpObject *kwnames)
{
    static const char *const kw[] = { "default", NULL };
    GpObject *a[1];
    if (gp_args_parse("groups", args, nargs, kwnames, kw, 0, 1, a) < 0)
        return NULL;
    ReMatch *m = (ReMatch *)self;
    GpObject *dflt = a[0] ? a[0] : gp_None;
    GpObject *t = gp_tuple_new(m->ngroups - 1);
    if (!t)
        return NULL;
    for (gp_ssize g = 1; g < m->ngroups; g++) {
        GpObject *v = match_group_value(m, g, dflt);
        if (!v) {
            for (gp_ssize j = g; j < m->ngroups; j++)
                GP_TUPLE_SET(t, j - 1, gp_newref(gp_None));
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, g - 1, v);
    }
    return t;
}

static GpObject *match_groupdict(GpObject *self, GpObject *const *args, size_t nargs,
                                 GpObject *kwnames)
{
    static const char *const kw[] = { "default", NULL };
    GpObject *a[1];
    if (gp_args_parse("groupdict", args, nargs, kwnames, kw, 0, 1, a) < 0)
        return NULL;
    ReMatch *m = (ReMatch *)self;
    GpObject *dflt = a[0] ? a[0] : gp_None;
    GpObject *d = gp_dict_new();
    if (!d)
        return NULL;
    gp_ssize pos = 0;
    GpObject *k, *v;
    while (gp_dict_next(m->pat->groupindex, &pos, &k, &v)) {
        gp_ssize g = GP_INT_CHECK(v) ? (gp_ssize)GP_INT_VAL(v) : -1;
        if (g < 0 || g >= m->ngroups)
            continue;
        GpObject *val = match_group_value(m, g, dflt);
        if (!val || gp_dict_setitem(d, k, val) < 0) {
            GP_XDECREF(val);
            GP_DECREF(d);
            return NULL;
        }
        GP_DECREF(val);
    }
    return d;
}

/* start/end/span share the optional group argument. */
static gp_ssize match_opt_group(ReMatch *m, const char *fname, GpObject *const *args, size_t nargs)
{
    if (gp_args_count(fname, nargs, 0, 1) < 0)
        return -1;
    return nargs ? match_index(m, args[0]) : 0;
}

static GpObject *match_start(GpObject *self, GpObject *const *args, size_t nargs)
{
    ReMatch *m = (ReMatch *)self;
    gp_ssize g = match_opt_group(m, "start", args, nargs);
    return g < 0 ? NULL : gp_int_from_ssize(m->off[4 * g]);
}

static GpObject *match_end(GpObject *self, GpObject *const *args, size_t nargs)
{
    ReMatch *m = (ReMatch *)self;
    gp_ssize g = match_opt_group(m, "end", args, nargs);
    return g < 0 ? NULL : gp_int_from_ssize(m->off[4 * g + 1]);
}

static GpObject *span_tuple(gp_ssize a, gp_ssize b)
{
    GpObject *x = gp_int_from_ssize(a), *y = x ? gp_int_from_ssize(b) : NULL;
    GpObject *t = y ? gp_tuple_pack(2, x, y) : NULL;
    GP_XDECREF(x);
    GP_XDECREF(y);
    return t;
}

static GpObject *match_span(GpObject *self, GpObject *const *args, size_t nargs)
{
    ReMatch *m = (ReMatch *)self;
    gp_ssize g = match_opt_group(m, "span", args, nargs);
    return g < 0 ? NULL : span_tuple(m->off[4 * g], m->off[4 * g + 1]);
}

/* Expand a compiled template (list: literal chunks and group numbers). */
static int expand_into(ReMatch *m, GpObject *tmpl, GpStrWriter *sw, GpObject *blist);
static GpObject *pattern_class_getitem(GpObject *cls, GpObject *arg);

static GpObject *compile_template(RePattern *p, GpObject *repl)
{
    if (!template_hook) {
        gp_err_set_string(&GpExc_RuntimeError, "re template hook not installed");
        return NULL;
    }
    return gp_call2(template_hook, (GpObject *)p, repl);
}

static GpObject *match_expand(GpObject *self, GpObject *tmpl)
{
    ReMatch *m = (ReMatch *)self;
    GpObject *t = compile_template(m->pat, tmpl);
    if (!t)
        return NULL;
    if (!GP_LIST_CHECK(t)) {
        GP_DECREF(t);
        gp_err_set_string(&GpExc_TypeError, "bad template");
        return NULL;
    }
    GpObject *res = NULL;
    if (m->pat->is_bytes) {
        GpObject *parts = gp_list_new(0);
        if (parts && expand_into(m, t, NULL, parts) == 0) {
            GpObject *empty = gp_bytes_from("", 0);
            if (empty) {
                res = gp_bytes_join(empty, parts);
                GP_DECREF(empty);
            }
        }
        GP_XDECREF(parts);
    } else {
        GpStrWriter w;
        gp_strw_init(&w);
        if (expand_into(m, t, &w, NULL) == 0)
            res = gp_strw_finish(&w);
        else
            gp_strw_discard(&w);
    }
    GP_DECREF(t);
    return res;
}

static GpObject *match_copy(GpObject *self, GpObject *unused) { return gp_newref(self); }

static GpObject *match_deepcopy(GpObject *self, GpObject *memo) { return gp_newref(self); }

static GpObject *match_repr(GpObject *self)
{
    ReMatch *m = (ReMatch *)self;
    GpObject *g0 = match_group_value(m, 0, gp_None);
    if (!g0)
        return NULL;
    GpObject *r = gp_str_from_format("<re.Match object; span=(%zd, %zd), match=%R>",
                                     m->off[0], m->off[1], g0);
    GP_DECREF(g0);
    return r;
}

static GpObject *match_get_string(GpObject *self, void *c) { return gp_newref(((ReMatch *)self)->string); }
static GpObject *match_get_re(GpObject *self, void *c) { return gp_newref(((ReMatch *)self)->pat); }
static GpObject *match_get_pos(GpObject *self, void *c) { return gp_int_from_ssize(((ReMatch *)self)->pos); }
static GpObject *match_get_endpos(GpObject *self, void *c) { return gp_int_from_ssize(((ReMatch *)self)->endpos); }

static GpObject *match_get_lastindex(GpObject *self, void *c)
{
    ReMatch *m = (ReMatch *)self;
    if (m->lastindex < 0)
        GP_RETURN_NONE;
    return gp_int_from_ssize(m->lastindex);
}

static GpObject *match_get_lastgroup(GpObject *self, void *c)
{
    ReMatch *m = (ReMatch *)self;
    GpObject *ig = m->pat->indexgroup;
    if (m->lastindex < 0 || !ig || !GP_TUPLE_CHECK(ig) || m->lastindex >= GP_SIZE(ig))
        GP_RETURN_NONE;
    return gp_newref(GP_TUPLE_GET(ig, m->lastindex));
}

static GpObject *match_get_regs(GpObject *self, void *c)
{
    ReMatch *m = (ReMatch *)self;
    GpObject *t = gp_tuple_new(m->ngroups);
    if (!t)
        return NULL;
    for (gp_ssize g = 0; g < m->ngroups; g++) {
        GpObject *s = span_tuple(m->off[4 * g], m->off[4 * g + 1]);
        if (!s) {
            for (gp_ssize j = g; j < m->ngroups; j++)
                GP_TUPLE_SET(t, j, gp_newref(gp_None));
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, g, s);
    }
    return t;
}

static const GpMethodDef match_methods[] = {
    GP_METHOD("group", match_group, GP_METH_FAST),
    GP_METHOD("groups", match_groups, GP_METH_FASTKW),
    GP_METHOD("groupdict", match_groupdict, GP_METH_FASTKW),
    GP_METHOD("start", match_start, GP_METH_FAST),
    GP_METHOD("end", match_end, GP_METH_FAST),
    GP_METHOD("span", match_span, GP_METH_FAST),
    GP_METHOD("expand", match_expand, GP_METH_O),
    GP_METHOD("__copy__", match_copy, GP_METH_NOARGS),
    GP_METHOD("__deepcopy__", match_deepcopy, GP_METH_O),
    GP_METHOD("__class_getitem__", pattern_class_getitem, GP_METH_O | GP_METH_CLASS),
    { NULL },
};

static const GpGetSetDef match_getsets[] = {
    { "string", match_get_string, NULL, NULL, NULL },
    { "re", match_get_re, NULL, NULL, NULL },
    { "pos", match_get_pos, NULL, NULL, NULL },
    { "endpos", match_get_endpos, NULL, NULL, NULL },
    { "lastindex", match_get_lastindex, NULL, NULL, NULL },
    { "lastgroup", match_get_lastgroup, NULL, NULL, NULL },
    { "regs", match_get_regs, NULL, NULL, NULL },
    { NULL },
};

GpType ReMatch_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "re.Match",
    .doc = "The result of re.match() and re.search().",
    .basicsize = sizeof(ReMatch),
    .itemsize = sizeof(gp_ssize),
    .flags = 0,
    .dealloc = match_dealloc,
    .repr = match_repr,
    .getattro = gp_generic_getattr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
};

/* ---- templates ---------------------------------------------------------- */

/* Append the expansion of tmpl for m: to sw (str) or as items of blist (bytes). */
static int expand_into(ReMatch *m, GpObject *tmpl, GpStrWriter *sw, GpObject *blist)
{
    gp_ssize n = GP_SIZE(tmpl);
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *it = GP_LIST_GET(tmpl, i);
        if (GP_INT_CHECK(it)) {
            gp_ssize g = GP_INT_VAL(it);
            if (g < 0 || g >= m->ngroups) {
                gp_err_format(error_class ? (GpType *)error_class : &GpExc_IndexError,
                              "invalid group reference %zd", g);
                return -1;
            }
            gp_ssize *o = &m->off[4 * g];
            if (o[0] < 0)
                continue;
            if (sw) {
                if (gp_strw_write(sw, GP_STR_DATA(m->data) + o[2], o[3] - o[2]) < 0)
                    return -1;
            } else {
                GpObject *b = gp_bytes_from(GP_BYTES_DATA(m->data) + o[2], o[3] - o[2]);
                if (!b || gp_list_append(blist, b) < 0) {
                    GP_XDECREF(b);
                    return -1;
                }
                GP_DECREF(b);
            }
        } else if (sw) {
            if (!GP_STR_CHECK(it)) {
                gp_err_set_string(&GpExc_TypeError, "bad template item");
                return -1;
            }
            if (gp_strw_write_str(sw, it) < 0)
                return -1;
        } else if (gp_list_append(blist, it) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- Pattern ------------------------------------------------------------ */

static void pattern_dealloc(GpObject *o)
{
    RePattern *p = (RePattern *)o;
    if (p->weakreflist && gp_weakref_clear_hook)
        gp_weakref_clear_hook(o, &p->weakreflist);
    if (p->md_cache)
        pcre2_match_data_free(p->md_cache);
    if (p->code)
        pcre2_code_free(p->code);
    GP_XDECREF(p->pattern);
    GP_XDECREF(p->groupindex);
    GP_XDECREF(p->indexgroup);
    GP_XDECREF(p->parents);
    gp_obj_free(o);
}

/* Parse (string, pos=0, endpos=maxsize) for match/search/fullmatch/findall/finditer. */
static int parse_spe(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                     GpObject **string, gp_ssize *pos, gp_ssize *endpos)
{
    static const char *const kw[] = { "string", "pos", "endpos", NULL };
    GpObject *a[3];
    if (gp_args_parse(fname, args, nargs, kwnames, kw, 1, 3, a) < 0)
        return -1;
    *string = a[0];
    *pos = 0;
    *endpos = GP_SSIZE_MAX;
    if (a[1]) {
        *pos = gp_number_as_ssize(a[1], NULL);
        if (*pos == -1 && gp_err_occurred())
            return -1;
    }
    if (a[2]) {
        *endpos = gp_number_as_ssize(a[2], NULL);
        if (*endpos == -1 && gp_err_occurred())
            return -1;
    }
    return 0;
}

static GpObject *pattern_do_match(GpObject *self, const char *fname, GpObject *const *args,
                                  size_t nargs, GpObject *kwnames, uint32_t opts)
{
    RePattern *p = (RePattern *)self;
    GpObject *string;
    gp_ssize pos, endpos;
    if (parse_spe(fname, args, nargs, kwnames, &string, &pos, &endpos) < 0)
        return NULL;
    Subj s;
    if (subj_init(p, string, &s) < 0)
        return NULL;
    clamp_range(s.len, &pos, &endpos);
    GpObject *res = NULL;
    if (endpos < pos) {
        res = gp_newref(gp_None);
        goto done;
    }
    pcre2_match_data *md = md_take(p);
    if (!md)
        goto done;
    gp_ssize pb = subj_byte_of(&s, pos), eb = subj_byte_of(&s, endpos);
    int rc = re_exec(p, &s, pb, eb, opts, md);
    if (rc > 0)
        res = match_new(p, &s, md, rc, pos, endpos, pb, pos);
    else if (rc == 0)
        res = gp_newref(gp_None);
    md_give(p, md);
done:
    subj_fini(&s);
    return res;
}

static GpObject *pattern_match(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return pattern_do_match(self, "match", args, nargs, kw, PCRE2_ANCHORED);
}

static GpObject *pattern_fullmatch(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return pattern_do_match(self, "fullmatch", args, nargs, kw, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}

static GpObject *pattern_search(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return pattern_do_match(self, "search", args, nargs, kw, 0);
}

/* The scanning loop shared by findall, finditer, split and sub. */
typedef struct Scan {
    RePattern *p;
    Subj *s;
    pcre2_match_data *md;
    gp_ssize pos_b, pos_c;     /* where the next search starts */
    gp_ssize end_b;
    int must_advance;
    gp_ssize ms_b, ms_c, me_b, me_c;   /* the last match */
    int rc;                            /* its valid ovector pairs */
} Scan;

/* 1: a match (ms/me set), 0: no more, -1: error. */
static int scan_next(Scan *sc)
{
    if (sc->pos_b > sc->end_b)
        return 0;
    int rc = re_exec(sc->p, sc->s, sc->pos_b, sc->end_b,
                     sc->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0, sc->md);
    if (rc <= 0)
        return rc;
    sc->rc = rc;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
    sc->ms_b = (gp_ssize)ov[0];
    sc->me_b = (gp_ssize)ov[1];
    sc->ms_c = subj_cp_of(sc->s, sc->ms_b, sc->pos_b, sc->pos_c);
    sc->me_c = subj_cp_of(sc->s, sc->me_b, sc->ms_b, sc->ms_c);
    sc->must_advance = sc->ms_b == sc->me_b;
    sc->pos_b = sc->me_b;
    sc->pos_c = sc->me_c;
    return 1;
}

/* Group g of the current scan match as an object (default for unset). */
static GpObject *scan_group(Scan *sc, gp_ssize g, GpObject *dflt)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
    if (g >= sc->rc || ov[2 * g] == PCRE2_UNSET)
        return gp_newref(dflt);
    gp_ssize bs = (gp_ssize)ov[2 * g], be = (gp_ssize)ov[2 * g + 1];
    gp_ssize cs = 0, ce = 0;
    if (sc->s->is_str && !sc->s->ascii) {
        cs = subj_cp_of(sc->s, bs, sc->ms_b, sc->ms_c);
        ce = cs + cp_count(sc->s->p, bs, be);
    } else {
        cs = bs;
        ce = be;
    }
    return slice_data(sc->s->data, sc->s->obj, bs, be, cs, ce);
}

static GpObject *empty_like(Subj *s)
{
    if (s->is_str)
        return gp_str_empty();
    return gp_bytes_from("", 0);
}

static GpObject *pattern_findall(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    RePattern *p = (RePattern *)self;
    GpObject *string;
    gp_ssize pos, endpos;
    if (parse_spe("findall", args, nargs, kw, &string, &pos, &endpos) < 0)
        return NULL;
    Subj s;
    if (subj_init(p, string, &s) < 0)
        return NULL;
    clamp_range(s.len, &pos, &endpos);
    GpObject *list = gp_list_new(0), *empty = NULL;
    pcre2_match_data *md = NULL;
    if (!list)
        goto fail;
    if (endpos < pos)
        goto out;
    empty = empty_like(&s);
    md = md_take(p);
    if (!empty || !md)
        goto fail;
    Scan sc = { p, &s, md, subj_byte_of(&s, pos), pos, subj_byte_of(&s, endpos), 0, 0, 0, 0, 0, 0 };
    for (;;) {
        int rc = scan_next(&sc);
        if (rc < 0)
            goto fail;
        if (rc == 0)
            break;
        GpObject *item;
        if (p->groups == 0) {
            item = scan_group(&sc, 0, empty);
        } else if (p->groups == 1) {
            item = scan_group(&sc, 1, empty);
        } else {
            item = gp_tuple_new(p->groups);
            if (item)
                for (gp_ssize g = 1; g <= p->groups; g++) {
                    GpObject *v = scan_group(&sc, g, empty);
                    if (!v) {
                        for (gp_ssize j = g; j <= p->groups; j++)
                            GP_TUPLE_SET(item, j - 1, gp_newref(gp_None));
                        GP_CLEAR(item);
                        break;
                    }
                    GP_TUPLE_SET(item, g - 1, v);
                }
        }
        if (!item)
            goto fail;
        int ok = gp_list_append(list, item);
        GP_DECREF(item);
        if (ok < 0)
            goto fail;
    }
out:
    md_give(p, md);
    GP_XDECREF(empty);
    subj_fini(&s);
    return list;
fail:
    md_give(p, md);
    GP_XDECREF(empty);
    GP_XDECREF(list);
    subj_fini(&s);
    return NULL;
}

static GpObject *pattern_finditer(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    RePattern *p = (RePattern *)self;
    GpObject *string;
    gp_ssize pos, endpos;
    if (parse_spe("finditer", args, nargs, kw, &string, &pos, &endpos) < 0)
        return NULL;
    Subj s;
    if (subj_init(p, string, &s) < 0)
        return NULL;
    clamp_range(s.len, &pos, &endpos);
    ReIter *it = (ReIter *)gp_obj_alloc(&ReIter_Type, 0);
    if (!it) {
        subj_fini(&s);
        return NULL;
    }
    it->pat = (RePattern *)gp_newref(p);
    it->string = gp_newref(string);
    it->data = gp_newref(s.data);
    it->pos_arg = pos;
    it->pos_c = pos;
    it->pos_b = subj_byte_of(&s, pos);
    it->end_c = endpos;
    it->end_b = subj_byte_of(&s, endpos);
    it->done = endpos < pos;
    subj_fini(&s);
    return (GpObject *)it;
}

/* Rebuild the subject view of an iterator (the data object is kept alive). */
static void iter_subj(ReIter *it, Subj *s)
{
    memset(s, 0, sizeof *s);
    s->obj = it->string;
    s->data = it->data;
    if (GP_STR_CHECK(it->data)) {
        s->p = (const unsigned char *)GP_STR_DATA(it->data);
        s->nbytes = GP_STR_NBYTES(it->data);
        s->len = GP_STR_LEN(it->data);
        s->is_str = 1;
        s->ascii = GP_STR_IS_ASCII(it->data);
    } else {
        s->p = (const unsigned char *)GP_BYTES_DATA(it->data);
        s->nbytes = s->len = GP_SIZE(it->data);
        s->ascii = 1;
    }
}

static GpObject *iter_next(GpObject *self)
{
    ReIter *it = (ReIter *)self;
    if (it->done)
        return NULL;
    Subj s;
    iter_subj(it, &s);
    pcre2_match_data *md = md_take(it->pat);
    if (!md)
        return NULL;
    Scan sc = { it->pat, &s, md, it->pos_b, it->pos_c, it->end_b, it->must_advance, 0, 0, 0, 0, 0 };
    int rc = scan_next(&sc);
    GpObject *res = NULL;
    if (rc > 0) {
        res = match_new(it->pat, &s, md, sc.rc, it->pos_arg, it->end_c, sc.ms_b, sc.ms_c);
        it->pos_b = sc.pos_b;
        it->pos_c = sc.pos_c;
        it->must_advance = sc.must_advance;
    } else {
        it->done = 1;
    }
    md_give(it->pat, md);
    return res;
}

static GpObject *iter_iter(GpObject *self) { return gp_newref(self); }

static void iter_dealloc(GpObject *o)
{
    ReIter *it = (ReIter *)o;
    GP_XDECREF(it->pat);
    GP_XDECREF(it->string);
    GP_XDECREF(it->data);
    gp_obj_free(o);
}

GpType ReIter_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "callable_iterator",
    .basicsize = sizeof(ReIter),
    .dealloc = iter_dealloc,
    .getattro = gp_generic_getattr,
    .iter = iter_iter,
    .iternext = iter_next,
};

static GpObject *pattern_split(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    static const char *const kwl[] = { "string", "maxsplit", NULL };
    GpObject *a[2];
    if (gp_args_parse("split", args, nargs, kw, kwl, 1, 2, a) < 0)
        return NULL;
    gp_ssize maxsplit = 0;
    if (a[1]) {
        maxsplit = gp_number_as_ssize(a[1], NULL);
        if (maxsplit == -1 && gp_err_occurred())
            return NULL;
    }
    RePattern *p = (RePattern *)self;
    Subj s;
    if (subj_init(p, a[0], &s) < 0)
        return NULL;
    GpObject *list = gp_list_new(0);
    pcre2_match_data *md = NULL;
    if (!list)
        goto fail;
    md = md_take(p);
    if (!md)
        goto fail;
    Scan sc = { p, &s, md, 0, 0, s.nbytes, 0, 0, 0, 0, 0, 0 };
    gp_ssize last_b = 0, last_c = 0, n = 0;
    if (maxsplit < 0)
        sc.pos_b = s.nbytes + 1;   /* a negative maxsplit splits nothing */
    while (maxsplit <= 0 || n < maxsplit) {
        int rc = scan_next(&sc);
        if (rc < 0)
            goto fail;
        if (rc == 0)
            break;
        GpObject *piece = slice_data(s.data, s.obj, last_b, sc.ms_b, last_c, sc.ms_c);
        if (!piece || gp_list_append(list, piece) < 0) {
            GP_XDECREF(piece);
            goto fail;
        }
        GP_DECREF(piece);
        for (gp_ssize g = 1; g <= p->groups; g++) {
            GpObject *v = scan_group(&sc, g, gp_None);
            if (!v || gp_list_append(list, v) < 0) {
                GP_XDECREF(v);
                goto fail;
            }
            GP_DECREF(v);
        }
        last_b = sc.me_b;
        last_c = sc.me_c;
        n++;
    }
    {
        GpObject *piece = slice_data(s.data, s.obj, last_b, s.nbytes, last_c, s.len);
        if (!piece || gp_list_append(list, piece) < 0) {
            GP_XDECREF(piece);
            goto fail;
        }
        GP_DECREF(piece);
    }
    md_give(p, md);
    subj_fini(&s);
    return list;
fail:
    md_give(p, md);
    GP_XDECREF(list);
    subj_fini(&s);
    return NULL;
}

/* A growing byte buffer for bytes results of sub(). */
typedef struct BBuf { char *p; gp_ssize n, cap; } BBuf;

static int bb_write(BBuf *b, const char *s, gp_ssize n)
{
    if (b->n + n > b->cap) {
        gp_ssize nc = b->cap ? b->cap : 256;
        while (nc < b->n + n)
            nc *= 2;
        char *q = realloc(b->p, (size_t)nc);
        if (!q) {
            gp_err_no_memory();
            return -1;
        }
        b->p = q;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, (size_t)n);
    b->n += n;
    return 0;
}

static GpObject *do_sub(RePattern *p, GpObject *repl, GpObject *string, gp_ssize count, int subn)
{
    Subj s;
    if (subj_init(p, string, &s) < 0)
        return NULL;
    GpObject *filter = NULL;      /* callable repl */
    GpObject *tmpl = NULL;        /* list template */
    GpObject *literal = NULL;     /* plain replacement text */
    int is_callable = 0;
    if (GP_STR_CHECK(repl) || GP_BYTES_CHECK(repl)) {
        const char *d = GP_STR_CHECK(repl) ? GP_STR_DATA(repl) : GP_BYTES_DATA(repl);
        gp_ssize n = GP_STR_CHECK(repl) ? GP_STR_NBYTES(repl) : GP_SIZE(repl);
        if (GP_STR_CHECK(repl) == !p->is_bytes && !memchr(d, '\\', (size_t)n)) {
            literal = gp_newref(repl);
        }
    } else if (gp_callable(repl)) {
        filter = repl;
        is_callable = 1;
    }
    if (!literal && !is_callable) {
        tmpl = compile_template(p, repl);
        if (!tmpl) {
            subj_fini(&s);
            return NULL;
        }
        if (!GP_LIST_CHECK(tmpl)) {
            GP_DECREF(tmpl);
            subj_fini(&s);
            gp_err_set_string(&GpExc_TypeError, "bad template");
            return NULL;
        }
        /* A template without group references is a literal. */
        if (GP_SIZE(tmpl) == 1 && !GP_INT_CHECK(GP_LIST_GET(tmpl, 0))) {
            literal = gp_newref(GP_LIST_GET(tmpl, 0));
            GP_CLEAR(tmpl);
        } else if (GP_SIZE(tmpl) == 0) {
            literal = empty_like(&s);
            GP_CLEAR(tmpl);
            if (!literal) {
                subj_fini(&s);
                return NULL;
            }
        }
    }
    GpStrWriter w;
    BBuf bb = { NULL, 0, 0 };
    GpObject *blist = NULL;       /* bytes pieces of a template expansion */
    if (s.is_str)
        gp_strw_init(&w);
    GpObject *result = NULL;
    pcre2_match_data *md = md_take(p);
    if (!md)
        goto fail;
    Scan sc = { p, &s, md, 0, 0, s.nbytes, 0, 0, 0, 0, 0, 0 };
    if (count < 0)
        sc.pos_b = s.nbytes + 1;   /* a negative count replaces nothing */
    gp_ssize last_b = 0, n = 0, npieces = 0;   /* npieces: for CPython's join error index */
    while (count <= 0 || n < count) {
        int rc = scan_next(&sc);
        if (rc < 0)
            goto fail;
        if (rc == 0)
            break;
        /* the text before the match */
        if (sc.ms_b > last_b) {
            npieces++;
            if (s.is_str ? gp_strw_write(&w, (const char *)s.p + last_b, sc.ms_b - last_b)
                         : bb_write(&bb, (const char *)s.p + last_b, sc.ms_b - last_b))
                goto fail;
        }
        if (literal) {
            if (s.is_str ? gp_strw_write_str(&w, literal)
                         : bb_write(&bb, GP_BYTES_DATA(literal), GP_SIZE(literal)))
                goto fail;
        } else {
            /* a Match object for the callable or the template */
            GpObject *m = match_new(p, &s, md, sc.rc, 0, s.len, sc.ms_b, sc.ms_c);
            if (!m)
                goto fail;
            if (is_callable) {
                GpObject *r = gp_call1(filter, m);
                GP_DECREF(m);
                if (!r)
                    goto fail;
                if (r != gp_None) {
                    int bad = 0;
                    if (s.is_str) {
                        if (!GP_STR_CHECK(r)) {
                            gp_err_format(&GpExc_TypeError, "sequence item %zd: expected str instance, %T found",
                                          npieces, r);
                            bad = 1;
                        } else if (gp_strw_write_str(&w, r) < 0) {
                            bad = 1;
                        }
                    } else {
                        const char *d;
                        gp_ssize dn;
                        if (!gp_is_bytes_like(r)) {
                            gp_err_format(&GpExc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                                          npieces, r);
                            bad = 1;
                        } else if (gp_bytes_buffer(r, &d, &dn) < 0 || bb_write(&bb, d, dn) < 0) {
                            bad = 1;
                        }
                    }
                    if (bad) {
                        GP_DECREF(r);
                        goto fail;
                    }
                    npieces++;
                }
                GP_DECREF(r);
            } else {
                int rc2;
                if (s.is_str) {
                    rc2 = expand_into((ReMatch *)m, tmpl, &w, NULL);
                } else {
                    if (!blist && !(blist = gp_list_new(0))) {
                        GP_DECREF(m);
                        goto fail;
                    }
                    rc2 = expand_into((ReMatch *)m, tmpl, NULL, blist);
                    for (gp_ssize i = 0; rc2 == 0 && i < GP_SIZE(blist); i++) {
                        GpObject *b = GP_LIST_GET(blist, i);
                        const char *d;
                        gp_ssize dn;
                        if (gp_bytes_buffer(b, &d, &dn) < 0 || bb_write(&bb, d, dn) < 0)
                            rc2 = -1;
                    }
                    if (gp_list_set_slice(blist, 0, GP_SIZE(blist), NULL) < 0)
                        rc2 = -1;
                }
                GP_DECREF(m);
                if (rc2 < 0)
                    goto fail;
            }
        }
        last_b = sc.me_b;
        n++;
    }
    if (n == 0 && (s.is_str ? GP_STR_CHECK_EXACT(string) : GP_BYTES_CHECK_EXACT(string))) {
        result = gp_newref(string);
        if (s.is_str)
            gp_strw_discard(&w);
    } else {
        if (s.is_str) {
            if (gp_strw_write(&w, (const char *)s.p + last_b, s.nbytes - last_b) < 0)
                goto fail;
            result = gp_strw_finish(&w);
        } else {
            if (bb_write(&bb, (const char *)s.p + last_b, s.nbytes - last_b) < 0)
                goto fail;
            result = gp_bytes_from(bb.p ? bb.p : "", bb.n);
        }
    }
    md_give(p, md);
    free(bb.p);
    GP_XDECREF(blist);
    GP_XDECREF(tmpl);
    GP_XDECREF(literal);
    subj_fini(&s);
    if (result && subn) {
        GpObject *cnt = gp_int_from_ssize(n);
        GpObject *t = cnt ? gp_tuple_pack(2, result, cnt) : NULL;
        GP_XDECREF(cnt);
        GP_DECREF(result);
        return t;
    }
    return result;
fail:
    md_give(p, md);
    if (s.is_str)
        gp_strw_discard(&w);
    free(bb.p);
    GP_XDECREF(blist);
    GP_XDECREF(tmpl);
    GP_XDECREF(literal);
    subj_fini(&s);
    return NULL;
}

static GpObject *pattern_sub_common(GpObject *self, const char *fname, GpObject *const *args,
                                    size_t nargs, GpObject *kw, int subn)
{
    static const char *const kwl[] = { "repl", "string", "count", NULL };
    GpObject *a[3];
    if (gp_args_parse(fname, args, nargs, kw, kwl, 2, 3, a) < 0)
        return NULL;
    gp_ssize count = 0;
    if (a[2]) {
        count = gp_number_as_ssize(a[2], NULL);
        if (count == -1 && gp_err_occurred())
            return NULL;
    }
    return do_sub((RePattern *)self, a[0], a[1], count, subn);
}

static GpObject *pattern_sub(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return pattern_sub_common(self, "sub", args, nargs, kw, 0);
}

static GpObject *pattern_subn(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kw)
{
    return pattern_sub_common(self, "subn", args, nargs, kw, 1);
}

static GpObject *pattern_copy(GpObject *self, GpObject *unused) { return gp_newref(self); }

static GpObject *pattern_deepcopy(GpObject *self, GpObject *memo) { return gp_newref(self); }

/* re.compile('a+', re.IGNORECASE|re.MULTILINE), in _sre's order of names. */
static GpObject *pattern_repr(GpObject *self)
{
    RePattern *p = (RePattern *)self;
    static const struct { const char *name; long bit; } names[] = {
        { "re.TEMPLATE", RE_TEMPLATE }, { "re.IGNORECASE", RE_IGNORECASE },
        { "re.LOCALE", RE_LOCALE }, { "re.MULTILINE", RE_MULTILINE },
        { "re.DOTALL", RE_DOTALL }, { "re.UNICODE", RE_UNICODE },
        { "re.VERBOSE", RE_VERBOSE }, { "re.DEBUG", RE_DEBUG }, { "re.ASCII", RE_ASCII },
    };
    GpObject *pr = gp_repr(p->pattern);
    if (!pr)
        return NULL;
    GpStrWriter w;
    gp_strw_init(&w);
    gp_strw_write_ascii(&w, "re.compile(", 11);
    if (GP_STR_LEN(pr) > 200) {
        GpObject *t = gp_str_substr(pr, 0, 200);
        if (!t) {
            GP_DECREF(pr);
            gp_strw_discard(&w);
            return NULL;
        }
        GP_SETREF(pr, t);
    }
    gp_strw_write_str(&w, pr);
    GP_DECREF(pr);
    long flags = p->flags;
    if (!p->is_bytes && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE)
        flags &= ~RE_UNICODE;
    if (flags) {
        gp_strw_write_ascii(&w, ", ", 2);
        int first = 1;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (flags & names[i].bit) {
                if (!first)
                    gp_strw_write_ascii(&w, "|", 1);
                gp_strw_write_cstr(&w, names[i].name);
                flags &= ~names[i].bit;
                first = 0;
            }
        if (flags) {
            char buf[32];
            snprintf(buf, sizeof buf, "%s0x%lx", first ? "" : "|", (unsigned long)flags);
            gp_strw_write_cstr(&w, buf);
        }
    }
    gp_strw_write_ascii(&w, ")", 1);
    return gp_strw_finish(&w);
}

static GpObject *pattern_richcompare(GpObject *a, GpObject *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || GP_TYPE(b) != &RePattern_Type)
        GP_RETURN_NOTIMPLEMENTED;
    RePattern *x = (RePattern *)a, *y = (RePattern *)b;
    int eq = 1;
    if (x != y) {
        eq = x->flags == y->flags && x->is_bytes == y->is_bytes;
        if (eq) {
            eq = gp_richcompare_bool(x->pattern, y->pattern, GP_EQ);
            if (eq < 0)
                return NULL;
        }
    }
    return gp_bool(op == GP_EQ ? eq : !eq);
}

static gp_hash pattern_hash(GpObject *self)
{
    RePattern *p = (RePattern *)self;
    if (p->hash != -1)
        return p->hash;
    gp_hash h = gp_hash_of(p->pattern);
    if (h == -1)
        return -1;
    h ^= (gp_hash)p->flags * 1000003;
    if (h == -1)
        h = -2;
    p->hash = h;
    return h;
}

/* re.Pattern[str] / re.Match[bytes]: a types.GenericAlias, as in CPython. */
static GpObject *pattern_class_getitem(GpObject *cls, GpObject *arg)
{
    return gp_generic_alias_new(cls, arg);
}

static const GpMethodDef pattern_methods[] = {
    GP_METHOD("match", pattern_match, GP_METH_FASTKW),
    GP_METHOD("fullmatch", pattern_fullmatch, GP_METH_FASTKW),
    GP_METHOD("search", pattern_search, GP_METH_FASTKW),
    GP_METHOD("findall", pattern_findall, GP_METH_FASTKW),
    GP_METHOD("finditer", pattern_finditer, GP_METH_FASTKW),
    GP_METHOD("split", pattern_split, GP_METH_FASTKW),
    GP_METHOD("sub", pattern_sub, GP_METH_FASTKW),
    GP_METHOD("subn", pattern_subn, GP_METH_FASTKW),
    GP_METHOD("__copy__", pattern_copy, GP_METH_NOARGS),
    GP_METHOD("__deepcopy__", pattern_deepcopy, GP_METH_O),
    GP_METHOD("__class_getitem__", pattern_class_getitem, GP_METH_O | GP_METH_CLASS),
    { NULL },
};

static GpObject *pattern_get_pattern(GpObject *self, void *c) { return gp_newref(((RePattern *)self)->pattern); }
static GpObject *pattern_get_flags(GpObject *self, void *c) { return gp_int_from_i64(((RePattern *)self)->flags); }
static GpObject *pattern_get_groups(GpObject *self, void *c) { return gp_int_from_ssize(((RePattern *)self)->groups); }
static GpObject *pattern_get_groupindex(GpObject *self, void *c)
{
    return gp_mappingproxy_new(((RePattern *)self)->groupindex);
}

static const GpGetSetDef pattern_getsets[] = {
    { "pattern", pattern_get_pattern, NULL, NULL, NULL },
    { "flags", pattern_get_flags, NULL, NULL, NULL },
    { "groups", pattern_get_groups, NULL, NULL, NULL },
    { "groupindex", pattern_get_groupindex, NULL, NULL, NULL },
    { NULL },
};

GpType RePattern_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "re.Pattern",
    .doc = "Compiled regular expression object.",
    .basicsize = sizeof(RePattern),
    .dealloc = pattern_dealloc,
    .weaklistoffset = offsetof(RePattern, weakreflist),
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .getattro = gp_generic_getattr,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};

/* ---- module functions --------------------------------------------------- */

/* compile(pattern, flags, code, groups, groupindex, indexgroup, parents, quirks)
 * code is the PCRE2 pattern (str for str patterns, bytes for bytes).
 * quirks: work-arounds for PCRE2 10.42 bugs the translator detected:
 *   1  no JIT: the JIT reports captures made inside an atomic group or a
 *      possessive repeat that was backtracked over ("(a)*+a|$" on "a");
 *   2  PCRE2_NO_START_OPTIMIZE: with a lookaround the start-up checks can
 *      reject subjects that match ("(?=a)b*a" on "a"). */
static GpObject *re_compile(GpObject *mod, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("compile", nargs, 8, 8) < 0)
        return NULL;
    GpObject *pattern = args[0], *code = args[2];
    int64_t flags, quirks;
    if (gp_int_as_i64(args[7], &quirks) < 0)
        return NULL;
    gp_ssize groups;
    if (gp_int_as_i64(args[1], &flags) < 0 || gp_int_as_ssize(args[3], &groups) < 0)
        return NULL;
    if (!GP_DICT_CHECK(args[4]) || !GP_TUPLE_CHECK(args[5]) || !GP_TUPLE_CHECK(args[6])) {
        gp_err_set_string(&GpExc_TypeError, "_pcre.compile: bad arguments");
        return NULL;
    }
    int is_bytes = !GP_STR_CHECK(code);
    const char *src;
    gp_ssize srclen;
    if (!is_bytes) {
        src = GP_STR_DATA(code);
        srclen = GP_STR_NBYTES(code);
    } else if (GP_BYTES_CHECK(code)) {
        src = GP_BYTES_DATA(code);
        srclen = GP_SIZE(code);
    } else {
        gp_err_set_string(&GpExc_TypeError, "_pcre.compile: code must be str or bytes");
        return NULL;
    }
    uint32_t opts = PCRE2_ALT_CIRCUMFLEX;
    if (!is_bytes) {
        opts |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
        if (!(flags & RE_ASCII))
            opts |= PCRE2_UCP;
    }
    if (flags & RE_IGNORECASE)
        opts |= PCRE2_CASELESS;
    if (flags & RE_MULTILINE)
        opts |= PCRE2_MULTILINE;
    if (flags & RE_DOTALL)
        opts |= PCRE2_DOTALL;
    if (quirks & 2)
        opts |= PCRE2_NO_START_OPTIMIZE;
    int err;
    PCRE2_SIZE erroff;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc)
        return gp_err_no_memory();
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(cc, PCRE2_BSR_UNICODE);
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, (PCRE2_SIZE)srclen, opts, &err, &erroff, cc);
    pcre2_compile_context_free(cc);
    if (!re) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(err, buf, sizeof buf);
        GpObject *msg = gp_str_from_cstr((const char *)buf);
        if (!msg)
            return NULL;
        GpObject *exc = gp_call2(error_class ? error_class : (GpObject *)&GpExc_ValueError,
                                 msg, pattern);
        GP_DECREF(msg);
        if (exc)
            gp_err_raise(exc);
        return NULL;
    }
    if (!(quirks & 1) && jit_enabled())
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   /* best effort: else the interpreter runs */
    RePattern *p = (RePattern *)gp_obj_alloc(&RePattern_Type, 0);
    if (!p) {
        pcre2_code_free(re);
        return NULL;
    }
    p->code = re;
    p->pattern = gp_newref(pattern);
    p->flags = (long)flags;
    p->groups = groups;
    p->groupindex = gp_newref(args[4]);
    p->indexgroup = gp_newref(args[5]);
    p->parents = gp_newref(args[6]);
    p->is_bytes = is_bytes;
    p->hash = -1;
    uint32_t cap = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &cap);
    if ((gp_ssize)cap != groups) {
        GP_DECREF(p);
        gp_err_format(&GpExc_RuntimeError, "_pcre.compile: group count mismatch (%zd vs %u)",
                      groups, (unsigned)cap);
        return NULL;
    }
    return (GpObject *)p;
}

/* set_hooks(compile_template, error) */
static GpObject *re_set_hooks(GpObject *mod, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("set_hooks", nargs, 2, 2) < 0)
        return NULL;
    GP_SETREF(template_hook, gp_newref(args[0]));
    GP_SETREF(error_class, gp_newref(args[1]));
    GP_RETURN_NONE;
}

static GpObject *re_version(GpObject *mod, GpObject *unused)
{
    char buf[64];
    pcre2_config(PCRE2_CONFIG_VERSION, buf);
    return gp_str_from_cstr(buf);
}

static const GpMethodDef module_methods[] = {
    GP_METHOD("compile", re_compile, GP_METH_FAST),
    GP_METHOD("set_hooks", re_set_hooks, GP_METH_FAST),
    GP_METHOD("version", re_version, GP_METH_NOARGS),
    { NULL },
};

int gp_mod__pcre_init(GpObject *m)
{
    if (pc_load() < 0)
        return -1;
    GpObject *d = GP_MODULE_DICT(m);
    if (gp_type_ready(&RePattern_Type) < 0 || gp_type_ready(&ReMatch_Type) < 0 ||
        gp_type_ready(&ReIter_Type) < 0)
        return -1;
    if (!match_ctx) {
        match_ctx = pcre2_match_context_create(NULL);
        /* JIT stack: 32 KiB to start, up to 4 MiB for deeply backtracking patterns. */
        jit_stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, NULL);
        if (match_ctx && jit_stack)
            pcre2_jit_stack_assign(match_ctx, NULL, jit_stack);
    }
    if (gp_dict_setitem_str(d, "Pattern", (GpObject *)&RePattern_Type) < 0 ||
        gp_dict_setitem_str(d, "Match", (GpObject *)&ReMatch_Type) < 0)
        return -1;
    return gp_add_functions(d, module_methods, gp_str_intern_cstr("_pcre"));
}
