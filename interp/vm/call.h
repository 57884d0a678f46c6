/* Argument binding and frame setup for calls of Python functions (call.c). */
#ifndef GP_CALL_H
#define GP_CALL_H
#include "gilpy.h"

int gp_bind_args(GpFunction *f, GpCode *co, GpObject **locals, GpObject *const *args,
                 gp_ssize npos, GpObject *kwnames, int steal);
int gp_frame_init_cells(GpFrame *fr, GpCode *co, GpObject *closure);
GpFrame *gp_frame_for_call(GpThreadState *ts, GpFunction *func, GpObject *const *args,
                           gp_ssize npos, GpObject *kwnames, int steal);
void gp_frame_release_space(GpThreadState *ts, GpFrame *f);

/* Inline caches of [cache] instructions (one per slot, code->caches). */
typedef struct GpInlineCache {
    uint64_t v1, v2;       /* dict keys versions / type version */
    gp_ssize index;        /* dict entry index or slot offset */
    uint32_t kind;
    uint32_t aux;
    GpObject *ptr;         /* borrowed, valid while the versions match */
} GpInlineCache;
#endif
