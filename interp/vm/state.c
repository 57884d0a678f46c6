/* state.c -- thread states, the interpreter struct, the eval breaker. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "gilpy.h"

GpInterp gp_interp_main;
_Thread_local GpThreadState *gp_tstate_current;

/* Frames are pushed on per-thread chunks of this size; a frame bigger than a
 * chunk gets a chunk of its own. 256 KiB holds ~2000 typical frames, so deep
 * recursion rarely crosses a chunk boundary. */
#define GP_DATASTACK_CHUNK (256 * 1024)

/* C stack kept in reserve below the soft limit: enough for the deepest chain
 * of C frames between two checks (printing a RecursionError traceback,
 * dealloc chains, the parser's own limited recursion). */
#define GP_C_STACK_MARGIN (192 * 1024)

GpThreadState *gp_tstate_new(GpInterp *interp)
{
    GpThreadState *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    ts->interp = interp;
    ts->exc_info = &ts->exc_state;
    ts->next = interp->threads;
    if (interp->threads)
        interp->threads->prev = ts;
    interp->threads = ts;
    return ts;
}

typedef struct GpDataChunk {
    struct GpDataChunk *previous;
    size_t size;
    char *saved_top;              /* top of the previous chunk when this one was entered */
    char data[];
} GpDataChunk;

void gp_tstate_delete(GpThreadState *ts)
{
    GpInterp *in = ts->interp;
    if (ts->prev)
        ts->prev->next = ts->next;
    else if (in->threads == ts)
        in->threads = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    GP_CLEAR(ts->curexc);
    GP_CLEAR(ts->exc_state.exc);
    GP_CLEAR(ts->dict);
    GP_CLEAR(ts->async_exc);
    GP_CLEAR(ts->repr_list);
    GP_CLEAR(ts->c_tracefunc);
    GP_CLEAR(ts->c_profilefunc);
    GpDataChunk *c = ts->datastack_chunk;
    while (c) {
        GpDataChunk *p = c->previous;
        free(c);
        c = p;
    }
    if (gp_tstate_current == ts)
        gp_tstate_current = NULL;
    free(ts->trash);
    free(ts);
}

void gp_tstate_bind(GpThreadState *ts)
{
    gp_tstate_current = ts;
    ts->thread_id = (unsigned long)pthread_self();
    ts->native_id = (unsigned long)syscall(SYS_gettid);
    pthread_attr_t attr;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &lo, &size);
        pthread_attr_destroy(&attr);
    }
    if (!lo || size < 2 * GP_C_STACK_MARGIN) {
        /* Unknown bounds: assume 1 MiB below the current position. */
        uintptr_t here = (uintptr_t)__builtin_frame_address(0);
        ts->c_stack_base = (char *)here;
        ts->c_stack_soft_limit = (char *)(here - (1024 * 1024 - GP_C_STACK_MARGIN));
    } else {
        ts->c_stack_base = (char *)lo + size;
        ts->c_stack_soft_limit = (char *)lo + GP_C_STACK_MARGIN;
    }
#ifdef GP_SANITIZE
    /* Sanitizers use much more stack per C frame: keep a wider reserve. */
    ts->c_stack_soft_limit += (size > 8 * GP_C_STACK_MARGIN) ? 2 * GP_C_STACK_MARGIN : 0;
#endif
}

void gp_breaker_set(GpInterp *in, unsigned bits)
{
    atomic_fetch_or_explicit(&in->eval_breaker, bits, memory_order_relaxed);
    if (in->preempt_every_instruction || (bits & ~GP_BREAK_GIL_DROP))
        atomic_fetch_or_explicit(&in->eval_breaker_instr, bits, memory_order_relaxed);
}

void gp_breaker_clear(GpInterp *in, unsigned bits)
{
    atomic_fetch_and_explicit(&in->eval_breaker, ~bits, memory_order_relaxed);
    atomic_fetch_and_explicit(&in->eval_breaker_instr, ~bits, memory_order_relaxed);
}

/* ---- the frame data stack ------------------------------------------------ */

static int push_chunk(GpThreadState *ts, size_t need)
{
    size_t size = need + sizeof(GpDataChunk) > GP_DATASTACK_CHUNK
                      ? need + sizeof(GpDataChunk) : GP_DATASTACK_CHUNK;
    GpDataChunk *c = malloc(size);
    if (!c)
        return -1;
    c->previous = ts->datastack_chunk;
    c->size = size;
    c->saved_top = ts->datastack_top;
    ts->datastack_chunk = c;
    ts->datastack_top = c->data;
    ts->datastack_limit = (char *)c + size;
    return 0;
}

GpFrame *gp_frame_push(GpThreadState *ts, GpCode *code, gp_ssize nslots)
{
    size_t need = sizeof(GpFrame) + (size_t)nslots * sizeof(GpObject *);
    need = (need + 15) & ~(size_t)15;
    if (ts->datastack_top == NULL || (size_t)(ts->datastack_limit - ts->datastack_top) < need) {
        if (push_chunk(ts, need) < 0) {
            gp_err_no_memory();
            return NULL;
        }
    }
    GpFrame *f = (GpFrame *)ts->datastack_top;
    ts->datastack_top += need;
    memset(f, 0, need);
    f->code = code;
    GP_INCREF(code);
    f->owner = GP_FRAME_OWNED_BY_THREAD;
    return f;
}

/* Release the stack space of the frame on top of the thread's data stack. */
void gp_frame_release_space(GpThreadState *ts, GpFrame *f)
{
    GpDataChunk *c = ts->datastack_chunk;
    ts->datastack_top = (char *)f;
    if (c && (char *)f == c->data) {
        /* leaving a chunk: free it unless it is the only one (keep one warm) */
        if (c->previous) {
            ts->datastack_chunk = c->previous;
            ts->datastack_top = c->saved_top;
            ts->datastack_limit = (char *)c->previous + c->previous->size;
            free(c);
        }
    }
}
