/* Argument binding and frame setup for calls of Python functions (call.c). */
#ifndef GP_CALL_H
#define GP_CALL_H
#include "gilpy.h"

int gp_bind_args(GpFunction *f, GpCode *co, GpObject **locals, GpObject *const *args,
                 gp_ssize npos, GpObject *kwnames, int steal);
int gp_frame_init_cells(GpFrame *fr, GpCode *co, GpObject *closure);
void gp_frame_release_space(GpThreadState *ts, GpFrame *f);
GpFrame *gp_frame_for_call_slow(GpThreadState *ts, GpFunction *func, GpObject *const *args,
                                gp_ssize npos, GpObject *kwnames, int steal);

/* Push a frame for func on the thread stack and bind the arguments. With
 * steal, the references to the arguments *and to func* pass to the frame
 * (they are released on failure too); otherwise both are borrowed.
 *
 * Inline here is the common case, which every Python-to-Python call pays
 * for: exactly the positional parameters are passed, there are no cells,
 * and the current chunk of the data stack has room. Then the header is
 * filled in field by field and only the locals past the arguments are
 * zeroed -- value stack slots are never read above the stack top, so that
 * part of the frame is left as it is. Everything else (keywords, defaults,
 * *args, cells, a new chunk) goes to gp_frame_for_call_slow(). */
static inline GpFrame *gp_frame_for_call(GpThreadState *ts, GpFunction *func,
                                         GpObject *const *args, gp_ssize npos,
                                         GpObject *kwnames, int steal)
{
    GpCode *co = (GpCode *)func->code;
    if (kwnames || npos != co->argcount || co->kwonlyargcount || co->ncells || co->nfrees ||
        (co->flags & (GP_CO_VARARGS | GP_CO_VARKEYWORDS)))
        return gp_frame_for_call_slow(ts, func, args, npos, kwnames, steal);
    gp_ssize nlocals = co->nlocals;
    size_t need = sizeof(GpFrame) + (size_t)(nlocals + co->stacksize) * sizeof(GpObject *);
    need = (need + 15) & ~(size_t)15;    /* the rounding gp_frame_push() uses */
    if (!ts->datastack_top || (size_t)(ts->datastack_limit - ts->datastack_top) < need)
        return gp_frame_for_call_slow(ts, func, args, npos, kwnames, steal);
    GpFrame *f = (GpFrame *)ts->datastack_top;
    ts->datastack_top += need;
    f->code = co;
    GP_INCREF(co);
    f->func = steal ? (GpObject *)func : gp_newref(func);
    f->globals = func->globals;      /* borrowed: see frame.h */
    f->builtins = func->builtins;
    f->locals = NULL;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->ip = co->code;
    f->stacktop = 0;
    f->owner = GP_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    f->state = GP_FRAME_CREATED;
    f->started = 0;
    f->borrows_globals = 1;
    GpObject **lp = f->localsplus;
    gp_ssize i = 0;
    if (steal)
        for (; i < npos; i++)
            lp[i] = args[i];
    else
        for (; i < npos; i++)
            lp[i] = gp_newref(args[i]);
    for (; i < nlocals; i++)
        lp[i] = NULL;
    return f;
}

/* Inline caches of [cache] instructions (one per slot, code->caches). */
typedef struct GpInlineCache {
    uint64_t v1, v2;       /* dict keys versions / type version */
    gp_ssize index;        /* dict entry index or slot offset */
    uint32_t kind;
    uint32_t aux;
    GpObject *ptr;         /* borrowed, valid while the versions match */
} GpInlineCache;
#endif
