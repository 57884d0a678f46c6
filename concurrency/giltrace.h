/* giltrace.h -- the -X gil-trace=FILE.json timeline (concurrency/giltrace.c). */
#ifndef GP_CONCURRENCY_GILTRACE_H
#define GP_CONCURRENCY_GILTRACE_H

#include <stdatomic.h>
#include <stdint.h>
#include "vm/state.h"

enum {
    GP_TRACE_HOLD_BEGIN, GP_TRACE_HOLD_END,     /* span: holding the GIL */
    GP_TRACE_WAIT_BEGIN,                        /* span: waiting (ends at HOLD_BEGIN) */
    GP_TRACE_BLOCK_BEGIN, GP_TRACE_BLOCK_END,   /* span: in a blocking call, GIL released */
    GP_TRACE_DROP_REQUEST,                      /* instant: asked the holder to drop */
    GP_TRACE_FORCED_SWITCH,                     /* instant: honoured a drop request */
};

extern _Atomic int gp_giltrace_on;
void gp_giltrace_record(GpThreadState *ts, int kind, uint64_t t_ns);

/* A branch when tracing is off. */
static inline void gp_giltrace_event(GpThreadState *ts, int kind, uint64_t t_ns)
{
    if (atomic_load_explicit(&gp_giltrace_on, memory_order_relaxed))
        gp_giltrace_record(ts, kind, t_ns);
}

struct GpGilStats;
int gp_giltrace_start(const char *path);   /* -1 if the buffer cannot be allocated */
/* Write the file (once); the statistics records name the threads' tracks. */
void gp_giltrace_finish(const struct GpGilStats *threads);

#endif
