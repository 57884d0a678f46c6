/* genobject.h -- coroutines and async generators (PEP 492, PEP 525).
 *
 * Generators, coroutines and async generators are one object layout
 * (GpGen, funcobject.h) with three types: what differs is the rules (a
 * coroutine is awaited, not iterated; an async generator is driven through
 * the awaitables its __anext__/asend/athrow/aclose return). The async
 * generator extends the layout with its finalisation hooks and flags.
 * The bytecode side is in eval.c: GET_AWAITABLE, GET_AITER, GET_ANEXT,
 * END_ASYNC_FOR, BEFORE_ASYNC_WITH and ASYNC_GEN_WRAP.
 */
#ifndef GP_GENOBJECT_H
#define GP_GENOBJECT_H
#include "objects/object.h"
#include "objects/funcobject.h"

enum {                                /* co_flags of CPython, besides codeobject.h's */
    GP_CO_COROUTINE          = 0x0080,
    GP_CO_ITERABLE_COROUTINE = 0x0100,   /* a generator marked by types.coroutine */
    GP_CO_ASYNC_GENERATOR    = 0x0200,
};
/* A call of code with one of these flags returns a generator-like object. */
#define GP_CO_GENLIKE (GP_CO_GENERATOR | GP_CO_COROUTINE | GP_CO_ASYNC_GENERATOR)

typedef struct GpAsyncGen {
    GpGen gen;
    GpObject *finalizer;       /* sys.get_asyncgen_hooks().finalizer when first iterated */
    char hooks_inited;         /* firstiter called / finalizer recorded */
    char closed;               /* aclose() started or StopAsyncIteration seen */
    char running_async;        /* an asend/athrow awaitable is being iterated */
} GpAsyncGen;

extern GpType GpCoro_Type, GpAsyncGen_Type, GpCoroWrapper_Type;
extern GpType GpAsyncGenASend_Type, GpAsyncGenAThrow_Type, GpAsyncGenWrapped_Type;
#define GP_CORO_CHECK(o) (GP_TYPE(o) == &GpCoro_Type)
#define GP_ASYNCGEN_CHECK(o) (GP_TYPE(o) == &GpAsyncGen_Type)
/* any of the three frame-owning types */
#define GP_GENLIKE_CHECK(o) (GP_TYPE(o) == &GpGen_Type || GP_TYPE(o) == &GpCoro_Type || \
                             GP_TYPE(o) == &GpAsyncGen_Type)

/* What `await o` iterates (GET_AWAITABLE): a new reference, or NULL with
 * TypeError "object T can't be used in 'await' expression" (or the
 * __await__ misuse errors) set. */
GpObject *gp_coro_get_awaitable_iter(GpObject *o);
/* o is a generator whose code carries CO_ITERABLE_COROUTINE. */
int gp_gen_is_iterable_coroutine(GpObject *o);
/* The suspended generator's delegate (yield from / await target), borrowed, or NULL. */
GpObject *gp_gen_yieldfrom(GpObject *gen);
/* ASYNC_GEN_WRAP: a value yielded by an async generator, told apart from
 * what its awaits pass through. Steals v. */
GpObject *gp_asyncgen_wrap_value(GpObject *v);

/* ---- between genobject.c and coroobject.c ---- */
/* throw() into gen; is_return as gp_gen_send_ex. */
GpObject *gp_gen_throw_ex(GpObject *gen, int close_on_genexit, GpObject *typ, GpObject *val,
                          GpObject *tb, int *is_return);
GpObject *gp_gen_close_ex(GpObject *gen);                 /* close(): None or NULL */
GpObject *gp_gen_send_method(GpObject *gen, GpObject *value);   /* send(): StopIteration on return */
GpObject *gp_gen_throw_method(GpObject *gen, GpObject *const *args, size_t nargs);
GpObject *gp_gen_stop_iteration(GpObject *value);        /* raise StopIteration(value); steals; NULL */
GpObject *gp_coro_wrapper_new(GpObject *coro);           /* coroutine.__await__() */
extern const GpMethodDef gp_asyncgen_methods[];          /* __aiter__, __anext__, asend, athrow, aclose */

/* sys.set_asyncgen_hooks / get_asyncgen_hooks storage (borrowed; NULL unset) */
extern GpObject *gp_asyncgen_firstiter, *gp_asyncgen_finalizer;

#endif
