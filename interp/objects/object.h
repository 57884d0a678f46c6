/* object.h -- the object model every part of gilpy is written against.
 *
 * Every object begins with the same header: a reference count and a pointer
 * to its type (seed 000). `id(x)` is the object's address and `is` compares
 * addresses. Reference counting is the primary memory manager: an object is
 * freed the moment its count reaches zero. Counts are plain (non-atomic)
 * integers: every change happens with the GIL held, which is the whole point
 * of the GIL (seed 003).
 *
 * Conventions used throughout the C code:
 *  - A function returning GpObject* returns a NEW reference, or NULL with an
 *    exception set in the current thread state. Functions documented as
 *    "borrowed" return a reference the caller does not own.
 *  - A function returning int returns 0 (or >= 0) on success and -1 with an
 *    exception set on failure. Predicates return 1/0, or -1 on error.
 *  - Arguments are borrowed unless documented as "steals".
 *  - Calls use one convention (vectorcall): positional arguments followed by
 *    keyword values in one array, plus an optional tuple of keyword names.
 *
 * Objects that can take part in reference cycles ("containers") are allocated
 * with a GC header in front of the object (see gp_obj_alloc / GP_TPFLAGS_HAVE_GC);
 * atomic objects (int, float, str, bytes) are not.
 */
#ifndef GP_OBJECT_H
#define GP_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdarg.h>
#include <sys/types.h>

typedef ssize_t gp_ssize;          /* signed size, like Py_ssize_t */
typedef intptr_t gp_hash;          /* hash values; -1 means "error" */
#define GP_SSIZE_MAX ((gp_ssize)(((size_t)-1) >> 1))

/* Hashing as in CPython, so that int/float/tuple hashes (and thus set and
 * dict iteration orders observable by scripts) are identical. */
#define GP_HASH_BITS 61
#define GP_HASH_MODULUS (((size_t)1 << GP_HASH_BITS) - 1)
#define GP_HASH_INF 314159

typedef struct GpType GpType;

typedef struct GpObject {
    gp_ssize refcnt;
    GpType *type;
} GpObject;

typedef struct GpVarObject {
    GpObject ob;
    gp_ssize size;                 /* number of items (tuple, int digits ...) */
} GpVarObject;

/* Statically allocated objects (types, None, small ints, interned constants)
 * start with a huge count so that they are never freed ("immortal"). */
#define GP_IMMORTAL_REFCNT ((gp_ssize)1 << 40)
#define GP_OBJECT_HEAD_INIT(type) { GP_IMMORTAL_REFCNT, (type) }
#define GP_VAR_HEAD_INIT(type, size) { GP_OBJECT_HEAD_INIT(type), (size) }

#define GP_TYPE(o)     (((GpObject *)(o))->type)
#define GP_REFCNT(o)   (((GpObject *)(o))->refcnt)
#define GP_SIZE(o)     (((GpVarObject *)(o))->size)
#define GP_OBJ(o)      ((GpObject *)(o))

void gp_dealloc(GpObject *o);      /* called when the count reaches zero */

static inline void gp_incref(GpObject *o) { o->refcnt++; }
static inline void gp_decref(GpObject *o)
{
    if (--o->refcnt == 0)
        gp_dealloc(o);
}
#define GP_INCREF(o)  gp_incref((GpObject *)(o))
#define GP_DECREF(o)  gp_decref((GpObject *)(o))
#define GP_XINCREF(o) do { GpObject *_xo = (GpObject *)(o); if (_xo) gp_incref(_xo); } while (0)
#define GP_XDECREF(o) do { GpObject *_xo = (GpObject *)(o); if (_xo) gp_decref(_xo); } while (0)
/* Drop the reference held in a variable and set it to NULL, in that order
 * safe against re-entrant code seeing the dead pointer. */
#define GP_CLEAR(var) do { GpObject *_co = (GpObject *)(var); if (_co) { (var) = NULL; gp_decref(_co); } } while (0)
/* Replace the reference in var by val (steals val), releasing the old one last. */
#define GP_SETREF(var, val) do { GpObject *_so = (GpObject *)(var); (var) = (val); GP_XDECREF(_so); } while (0)
static inline GpObject *gp_newref(void *o) { gp_incref((GpObject *)o); return (GpObject *)o; }
static inline GpObject *gp_xnewref(void *o) { if (o) gp_incref((GpObject *)o); return (GpObject *)o; }

/* ---- function types for the type slots ---------------------------------- */
typedef GpObject *(*gp_unaryfunc)(GpObject *);
typedef GpObject *(*gp_binaryfunc)(GpObject *, GpObject *);
typedef GpObject *(*gp_ternaryfunc)(GpObject *, GpObject *, GpObject *);
typedef int (*gp_inquiry)(GpObject *);
typedef gp_ssize (*gp_lenfunc)(GpObject *);
typedef int (*gp_objobjproc)(GpObject *, GpObject *);
typedef int (*gp_objobjargproc)(GpObject *, GpObject *, GpObject *);
typedef void (*gp_destructor)(GpObject *);
typedef gp_hash (*gp_hashfunc)(GpObject *);
typedef GpObject *(*gp_richcmpfunc)(GpObject *, GpObject *, int op);
typedef GpObject *(*gp_getattrofunc)(GpObject *, GpObject *name);
typedef int (*gp_setattrofunc)(GpObject *, GpObject *name, GpObject *value); /* value NULL: delete */
typedef GpObject *(*gp_descrgetfunc)(GpObject *descr, GpObject *obj, GpObject *type);
typedef int (*gp_descrsetfunc)(GpObject *descr, GpObject *obj, GpObject *value); /* NULL: delete */
typedef int (*gp_visitproc)(GpObject *, void *);
typedef int (*gp_traverseproc)(GpObject *, gp_visitproc, void *);

/* The one calling convention. args[0..nargs) are positional; if kwnames is a
 * non-empty tuple of str, the keyword values follow at args[nargs ..
 * nargs+len(kwnames)). If GP_CALL_ARGS_OFFSET is set in nargsf the callee may
 * temporarily overwrite args[-1] (used to prepend `self` without copying). */
typedef GpObject *(*gp_callfunc)(GpObject *callable, GpObject *const *args,
                                 size_t nargsf, GpObject *kwnames);
#define GP_CALL_ARGS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
#define GP_NARGS(nargsf) ((gp_ssize)((nargsf) & ~GP_CALL_ARGS_OFFSET))

/* type(...)(...) construction: __new__ and __init__ receive the same
 * vectorcall arguments. */
typedef GpObject *(*gp_newfunc)(GpType *type, GpObject *const *args, size_t nargs,
                                GpObject *kwnames);
typedef int (*gp_initfunc)(GpObject *self, GpObject *const *args, size_t nargs,
                           GpObject *kwnames);

/* Rich comparison operators (same numbering as CPython's Py_LT ...). */
enum { GP_LT = 0, GP_LE = 1, GP_EQ = 2, GP_NE = 3, GP_GT = 4, GP_GE = 5 };

/* ---- number protocol ---------------------------------------------------- */
/* Binary slots are called with the operands in source order; either one may
 * be of the slot's type (the reflected case), and a slot returns
 * gp_NotImplemented (new ref) when it does not handle the pair. */
typedef struct GpNumberMethods {
    gp_binaryfunc add, subtract, multiply, remainder, divmod;
    gp_ternaryfunc power;
    gp_unaryfunc negative, positive, absolute;
    gp_inquiry bool_;
    gp_unaryfunc invert;
    gp_binaryfunc lshift, rshift, and_, xor_, or_;
    gp_unaryfunc int_, float_;
    gp_binaryfunc inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
    gp_ternaryfunc inplace_power;
    gp_binaryfunc inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
    gp_binaryfunc floor_divide, true_divide, inplace_floor_divide, inplace_true_divide;
    gp_unaryfunc index;
    gp_binaryfunc matrix_multiply, inplace_matrix_multiply;
} GpNumberMethods;

/* ---- method, member and getset tables of built-in types ----------------- */
enum {
    GP_METH_NOARGS = 0x01,   /* GpObject *f(GpObject *self, GpObject *unused) */
    GP_METH_O      = 0x02,   /* GpObject *f(GpObject *self, GpObject *arg) */
    GP_METH_FAST   = 0x04,   /* GpObject *f(GpObject *self, GpObject *const *args, size_t nargs) */
    GP_METH_FASTKW = 0x08,   /* GpObject *f(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames) */
    GP_METH_CLASS  = 0x10,   /* bind to the type (classmethod) */
    GP_METH_STATIC = 0x20,   /* no self (staticmethod); self passed as NULL */
};
typedef GpObject *(*gp_cfunc)(GpObject *self, GpObject *arg);
typedef GpObject *(*gp_cfunc_fast)(GpObject *self, GpObject *const *args, size_t nargs);
typedef GpObject *(*gp_cfunc_fastkw)(GpObject *self, GpObject *const *args, size_t nargs,
                                     GpObject *kwnames);
typedef struct GpMethodDef {
    const char *name;
    void *func;              /* one of the gp_cfunc* signatures, per flags */
    int flags;
    const char *doc;
} GpMethodDef;
#define GP_METHOD(name, fn, flags) { name, (void *)(fn), flags, NULL }

enum {                         /* GpMemberDef.type */
    GP_T_OBJECT,               /* GpObject*, NULL reads as None */
    GP_T_OBJECT_EX,            /* GpObject*, NULL raises AttributeError */
    GP_T_INT, GP_T_LONG, GP_T_SSIZE, GP_T_BOOL, GP_T_DOUBLE, GP_T_UINT,
};
enum { GP_MEMBER_READONLY = 1 };
typedef struct GpMemberDef {
    const char *name;
    int type;
    gp_ssize offset;
    int flags;
    const char *doc;
} GpMemberDef;

typedef GpObject *(*gp_getter)(GpObject *self, void *closure);
typedef int (*gp_setter)(GpObject *self, GpObject *value, void *closure); /* NULL value: delete */
typedef struct GpGetSetDef {
    const char *name;
    gp_getter get;
    gp_setter set;
    const char *doc;
    void *closure;
} GpGetSetDef;

/* ---- type flags --------------------------------------------------------- */
enum {
    GP_TPFLAGS_HEAPTYPE        = 1u << 0,   /* created by a class statement / type() */
    GP_TPFLAGS_BASETYPE        = 1u << 1,   /* may be subclassed */
    GP_TPFLAGS_HAVE_GC         = 1u << 2,   /* instances carry a GC header */
    GP_TPFLAGS_READY           = 1u << 3,
    GP_TPFLAGS_READYING        = 1u << 4,
    GP_TPFLAGS_IS_ABSTRACT     = 1u << 5,
    GP_TPFLAGS_METHOD_DESCRIPTOR = 1u << 6, /* descr_get binds like a function (LOAD_METHOD may skip binding) */
    GP_TPFLAGS_IMMUTABLETYPE   = 1u << 7,   /* attributes cannot be set (built-in types) */
    GP_TPFLAGS_VALID_VERSION   = 1u << 8,
    GP_TPFLAGS_SEQUENCE_LIKE   = 1u << 9,
    GP_TPFLAGS_INLINE_VALUES   = 1u << 10,  /* instances keep attributes inline (objects/instvalues.h) */
    /* fast subclass checks, inherited by subclasses */
    GP_TPFLAGS_INT_SUBCLASS    = 1u << 20,
    GP_TPFLAGS_LIST_SUBCLASS   = 1u << 21,
    GP_TPFLAGS_TUPLE_SUBCLASS  = 1u << 22,
    GP_TPFLAGS_BYTES_SUBCLASS  = 1u << 23,
    GP_TPFLAGS_STR_SUBCLASS    = 1u << 24,
    GP_TPFLAGS_DICT_SUBCLASS   = 1u << 25,
    GP_TPFLAGS_BASE_EXC_SUBCLASS = 1u << 26,
    GP_TPFLAGS_TYPE_SUBCLASS   = 1u << 27,
    GP_TPFLAGS_FLOAT_SUBCLASS  = 1u << 28,
};

/* ---- the buffer protocol (objects/buffer.c) ------------------------------ */
/* An object that exposes raw memory (bytes, bytearray, array.array,
 * memoryview) has a GpBufferProcs. A consumer asks for a GpBuffer with
 * gp_object_get_buffer and gives it back with gp_buffer_release; between
 * the two the memory stays put: an exporter whose storage can move
 * (bytearray, array) counts live exports and refuses to resize while any
 * is held. The exporter always describes the memory fully (format, item
 * size, shape, strides); the request flags only say what the consumer can
 * cope with, and an exporter that cannot satisfy them raises BufferError. */
#define GP_BUF_MAX_NDIM 64         /* CPython's PyBUF_MAX_NDIM: a limit scripts can observe */
enum {                             /* gp_object_get_buffer flags */
    GP_BUF_SIMPLE = 0,             /* read-only use of C-contiguous bytes */
    GP_BUF_WRITABLE = 1,           /* the consumer writes into the memory */
    GP_BUF_STRIDED = 2,            /* the consumer honours shape/strides (may be non-contiguous) */
};
typedef struct GpBuffer {
    void *buf;                     /* first byte of item 0 (of the first row) */
    GpObject *obj;                 /* owned reference to the exporter; NULL = no buffer */
    gp_ssize len;                  /* total bytes = product(shape) * itemsize */
    gp_ssize itemsize;
    int readonly;
    int ndim;                      /* 0 (a scalar) .. GP_BUF_MAX_NDIM */
    const char *format;            /* struct syntax ("B", "i", "w" ...), static or exporter-owned */
    gp_ssize shape[GP_BUF_MAX_NDIM];
    gp_ssize strides[GP_BUF_MAX_NDIM];
} GpBuffer;
typedef int (*gp_getbufferproc)(GpObject *o, GpBuffer *view, int flags);    /* 0 / -1 */
typedef void (*gp_releasebufferproc)(GpObject *o, GpBuffer *view);
typedef struct GpBufferProcs {
    gp_getbufferproc getbuffer;
    gp_releasebufferproc releasebuffer;   /* may be NULL: nothing to undo */
} GpBufferProcs;
/* 1 if o (or a base of its type) exports buffers. */
int gp_object_check_buffer(GpObject *o);
/* Fill *view from o's exporter: 0, or -1 with TypeError "a bytes-like object
 * is required, not 'X'" (no exporter) or the exporter's BufferError. */
int gp_object_get_buffer(GpObject *o, GpBuffer *view, int flags);
/* Undo gp_object_get_buffer (no-op when view->obj is NULL). */
void gp_buffer_release(GpBuffer *view);
/* For exporters of one contiguous run of bytes: fill a 1-D view with format
 * "B". Fails with BufferError "Object is not writable." when a writable
 * buffer is requested from read-only memory. */
int gp_buffer_fill_info(GpBuffer *view, GpObject *o, void *buf, gp_ssize len, int readonly,
                        int flags);
int gp_buffer_is_contiguous(const GpBuffer *view, char order);   /* 'C', 'F' or 'A' */
/* Copy the items of a (possibly strided) buffer to dst in C order (order
 * 'F': Fortran order); dst holds view->len bytes. */
void gp_buffer_to_contiguous(char *dst, const GpBuffer *view, char order);

/* ---- the type object ---------------------------------------------------- */
/* Static built-in types are defined with designated initialisers:
 *     GpType GpList_Type = { GP_TYPE_HEAD_INIT, .name = "list", ... };
 * and made usable by gp_type_ready(), which fills inherited slots, computes
 * the MRO and builds the type's __dict__ (methods, members, getsets and the
 * slot wrappers such as __add__/__len__ that expose C slots to Python).
 * Heap types (class statements) use the same struct with the ht_* fields. */
struct GpType {
    GpVarObject ob;
    const char *name;          /* "int", "collections.OrderedDict" (module prefix before the last dot) */
    const char *doc;
    gp_ssize basicsize, itemsize;
    unsigned long flags;

    gp_destructor dealloc;
    gp_traverseproc traverse;  /* GC: visit every owned reference */
    gp_inquiry clear;          /* GC: drop owned references to break cycles */
    gp_destructor finalize;    /* __del__ (PEP 442: called at most once) */

    gp_unaryfunc repr, str;
    gp_hashfunc hash;          /* NULL after ready() = inherit; gp_hash_not_implemented = unhashable */
    gp_richcmpfunc richcompare;
    gp_getattrofunc getattro;
    gp_setattrofunc setattro;
    gp_callfunc call;          /* calling an instance */
    gp_unaryfunc iter;
    gp_unaryfunc iternext;     /* NULL result without exception set = exhausted */
    gp_descrgetfunc descr_get;
    gp_descrsetfunc descr_set;
    gp_newfunc new_;
    gp_initfunc init;
    gp_callfunc vectorcall;    /* optional fast path for calling the TYPE itself, e.g. int(x) */

    GpNumberMethods nb;
    gp_lenfunc len;            /* __len__ (sequence and mapping) */
    gp_binaryfunc getitem;     /* __getitem__ */
    gp_objobjargproc setitem;  /* __setitem__ / __delitem__ (value NULL) */
    gp_objobjproc contains;    /* __contains__: 1, 0 or -1 */

    const GpMethodDef *methods;
    const GpMemberDef *members;
    const GpGetSetDef *getsets;

    GpType *base;              /* the "solid" base used for layout */
    GpObject *bases;           /* tuple */
    GpObject *mro;             /* tuple */
    GpObject *dict;            /* the type's __dict__ (a dict) */
    GpObject *subclasses;      /* dict: id -> weakref-or-type, maintained by type.c */
    gp_ssize dictoffset;       /* offset of the instance __dict__ pointer, 0 if none */
    gp_ssize weaklistoffset;   /* offset of the weakref list head, 0 if none */
    unsigned int version_tag;  /* changes whenever the type or a base changes (attribute caches) */

    /* heap types only */
    GpObject *ht_name;         /* str */
    GpObject *ht_qualname;     /* str */
    GpObject *ht_slots;        /* tuple of __slots__ names or NULL */
    GpObject *ht_module;       /* unused for now */

    /* buffer protocol: NULL = look at the base (objects/buffer.c). Kept last
     * so that the positional layout above never shifts. */
    const GpBufferProcs *as_buffer;
};
#define GP_TYPE_HEAD_INIT .ob = GP_VAR_HEAD_INIT(&GpType_Type, 0)

extern GpType GpType_Type;        /* type */
extern GpType GpBaseObject_Type;  /* object */
extern GpType GpSuper_Type;

int gp_type_ready(GpType *t);
static inline int gp_type_has_flag(const GpType *t, unsigned long f) { return (t->flags & f) != 0; }
int gp_type_is_subtype(GpType *a, GpType *b);   /* walks the MRO */
/* Look a name up along the type's MRO (no descriptors invoked): borrowed or NULL (no exception). */
GpObject *gp_type_lookup(GpType *t, GpObject *name);
GpObject *gp_type_lookup_str(GpType *t, const char *name);
const char *gp_type_name(GpType *t);  /* short name: after the last '.' of name, or ht_name */
void gp_type_modified(GpType *t);     /* bump version tags of t and its subclasses */
gp_hash gp_hash_not_implemented(GpObject *o);   /* raises TypeError: unhashable type: 'X' */

#define GP_TYPE_CHECK(o, t) (GP_TYPE(o) == (t) || gp_type_is_subtype(GP_TYPE(o), (t)))
#define GP_TYPE_FAST_CHECK(o, flag) ((GP_TYPE(o)->flags & (flag)) != 0)
#define GP_TYPE_CHECK_TYPE(o) GP_TYPE_FAST_CHECK(o, GP_TPFLAGS_TYPE_SUBCLASS)

/* ---- allocation --------------------------------------------------------- */
/* Allocate an object of type t (basicsize + nitems*itemsize bytes), with a GC
 * header in front when t has GP_TPFLAGS_HAVE_GC, refcount 1, type set (and
 * the type's refcount raised for heap types), the rest zeroed. Not yet
 * tracked by the collector: call gp_gc_track() once the object's fields are
 * valid. Returns NULL with MemoryError set on failure. */
GpObject *gp_obj_alloc(GpType *t, gp_ssize nitems);
/* The same with `extra` bytes after the body, left uninitialised (the
 * in-object table of small dicts, the inline attribute slots of instances).
 * gp_obj_free needs no size, so nothing else has to know. */
GpObject *gp_obj_alloc_extra(GpType *t, gp_ssize nitems, size_t extra);
/* Release the memory of an object (after its dealloc dropped its refs);
 * drops the reference the object held on a heap type. */
void gp_obj_free(GpObject *o);
/* Resize a var-sized object without a GC header (str, bytes, int). */
GpObject *gp_obj_resize(GpObject *o, gp_ssize nitems);
/* GC tracking (the collector is in mem/gc.c). */
void gp_gc_track(GpObject *o);
void gp_gc_untrack(GpObject *o);
int gp_gc_is_tracked(GpObject *o);
/* Default tp_new/alloc for subclassable types: allocates and, for heap types,
 * sets up __dict__ slots. */
GpObject *gp_type_generic_alloc(GpType *t, gp_ssize nitems);
/* Generic dealloc for heap-type instances (drops __dict__, slots, then calls
 * the base type's dealloc). */
void gp_subtype_dealloc(GpObject *o);

/* ---- singletons --------------------------------------------------------- */
extern GpObject gp_None_obj, gp_NotImplemented_obj, gp_Ellipsis_obj;
#define gp_None (&gp_None_obj)
#define gp_NotImplemented (&gp_NotImplemented_obj)
#define gp_Ellipsis (&gp_Ellipsis_obj)
extern GpType GpNone_Type, GpNotImplemented_Type, GpEllipsis_Type;
#define GP_RETURN_NONE return gp_newref(gp_None)
#define GP_RETURN_NOTIMPLEMENTED return gp_newref(gp_NotImplemented)

/* ---- the generic protocols (abstract.c) ---------------------------------- */
GpObject *gp_repr(GpObject *o);
GpObject *gp_str(GpObject *o);
GpObject *gp_ascii(GpObject *o);
GpObject *gp_format(GpObject *o, GpObject *spec);   /* format(o, spec); spec may be NULL */
gp_hash gp_hash_of(GpObject *o);                    /* -1 on error */
GpObject *gp_richcompare(GpObject *a, GpObject *b, int op);
int gp_richcompare_bool(GpObject *a, GpObject *b, int op); /* identity shortcut for EQ/NE */
int gp_is_true(GpObject *o);                        /* 1, 0, -1 */
GpObject *gp_getattr(GpObject *o, GpObject *name);
GpObject *gp_getattr_str(GpObject *o, const char *name);
/* 1 found (*res new ref), 0 AttributeError swallowed (*res NULL), -1 other error */
int gp_getattr_opt(GpObject *o, GpObject *name, GpObject **res);
int gp_setattr(GpObject *o, GpObject *name, GpObject *value); /* value NULL: delete */
int gp_setattr_str(GpObject *o, const char *name, GpObject *value);
int gp_hasattr(GpObject *o, GpObject *name);        /* 1, 0, -1 */
GpObject *gp_generic_getattr(GpObject *o, GpObject *name);     /* object.__getattribute__ */
int gp_generic_setattr(GpObject *o, GpObject *name, GpObject *value);
/* Address of the instance __dict__ slot or NULL. An instance keeping its
 * attributes inline (objects/instvalues.h) is first moved to a real dict,
 * so *result is the whole truth; hot paths that know about inline values
 * use gp_obj_dict_slot (the raw slot, NULL while the values are inline). */
GpObject **gp_obj_dict_ptr(GpObject *o);
GpObject **gp_obj_dict_slot(GpObject *o);
GpObject *gp_dir(GpObject *o);                      /* dir(o) as a sorted list; o NULL: locals */

GpObject *gp_call(GpObject *callable, GpObject *const *args, size_t nargsf, GpObject *kwnames);
GpObject *gp_call0(GpObject *callable);
GpObject *gp_call1(GpObject *callable, GpObject *a);
GpObject *gp_call2(GpObject *callable, GpObject *a, GpObject *b);
GpObject *gp_call_tuple_dict(GpObject *callable, GpObject *args_tuple, GpObject *kwargs_dict); /* f(*t, **d) */
/* obj.name(*args): looks up the method without creating a bound method when possible. */
GpObject *gp_call_method(GpObject *obj, GpObject *name, GpObject *const *args, size_t nargs);
GpObject *gp_call_method_str(GpObject *obj, const char *name, GpObject *const *args, size_t nargs);
/* Special-method lookup on the TYPE (as the interpreter does for dunders): new ref, or NULL without exception. */
GpObject *gp_lookup_special(GpObject *o, GpObject *name);
int gp_callable(GpObject *o);

GpObject *gp_iter(GpObject *o);
GpObject *gp_iter_next(GpObject *it);  /* NULL+no error: exhausted; NULL+error: error */
gp_ssize gp_len(GpObject *o);          /* -1 with TypeError if no len */
gp_ssize gp_len_hint(GpObject *o, gp_ssize dflt);
GpObject *gp_getitem(GpObject *o, GpObject *key);
int gp_setitem(GpObject *o, GpObject *key, GpObject *value);
int gp_delitem(GpObject *o, GpObject *key);
int gp_contains(GpObject *container, GpObject *item);  /* `item in container`: 1, 0, -1 */
GpObject *gp_sequence_list(GpObject *iterable);       /* list(iterable) */
GpObject *gp_sequence_tuple(GpObject *iterable);      /* tuple(iterable) */

/* Binary/unary operators: CPython's dispatch rules (subclass's reflected
 * method first, NotImplemented fallbacks, TypeError "unsupported operand
 * type(s) for +: 'int' and 'str'"). */
typedef enum {
    GP_BINOP_ADD, GP_BINOP_AND, GP_BINOP_FLOORDIV, GP_BINOP_LSHIFT, GP_BINOP_MATMUL,
    GP_BINOP_MUL, GP_BINOP_MOD, GP_BINOP_OR, GP_BINOP_POW, GP_BINOP_RSHIFT,
    GP_BINOP_SUB, GP_BINOP_TRUEDIV, GP_BINOP_XOR,
    GP_BINOP_INPLACE = 13,     /* add to an operator for its in-place form */
    GP_BINOP_COUNT = 26,
} GpBinOp;
GpObject *gp_binary_op(GpObject *a, GpObject *b, int op);   /* op: GpBinOp (maybe + INPLACE) */
const char *gp_binop_symbol(int op);                         /* "+", "+=", "**" ... */
GpObject *gp_pow3(GpObject *a, GpObject *b, GpObject *m);    /* pow(a, b, m) */
GpObject *gp_negative(GpObject *o);
GpObject *gp_positive(GpObject *o);
GpObject *gp_invert(GpObject *o);
GpObject *gp_absolute(GpObject *o);
GpObject *gp_number_index(GpObject *o);                  /* operator.index(o): an int */
gp_ssize gp_number_as_ssize(GpObject *o, GpType *overflow_exc); /* via __index__; exc NULL: clamp */
GpObject *gp_number_int(GpObject *o);                    /* int(o) */
GpObject *gp_number_float(GpObject *o);                  /* float(o) */
int gp_index_check(GpObject *o);                         /* has __index__ */

/* Recursion guard for C code that recurses on object structure (repr of
 * nested lists, comparisons, hashing): checks both the Python recursion limit
 * and the remaining C stack. 0 ok, -1 RecursionError set. */
int gp_enter_recursive_call(const char *where);
void gp_leave_recursive_call(void);
/* repr() of self-referencing containers: 1 if already being repr'd ("[...]"). */
int gp_repr_enter(GpObject *o);
void gp_repr_leave(GpObject *o);

#endif
