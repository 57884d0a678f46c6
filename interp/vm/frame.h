/* Frames.
 *
 * A GpFrame is the execution record of one code object. Frames of running
 * functions are pushed on a per-thread data stack (contiguous chunks), so a
 * Python-to-Python call costs a pointer bump and no C recursion: the eval
 * loop switches to the callee frame and back. Generators own their frame in
 * the heap. A frame *object* (what sys._getframe() and tracebacks hold) is
 * created lazily; when the frame ends while a frame object still refers to
 * it, the frame's data is copied into the frame object ("taken").
 */
#ifndef GP_FRAME_H
#define GP_FRAME_H
#include "objects/object.h"
#include "objects/codeobject.h"

struct GpFrameObject;

enum { GP_FRAME_OWNED_BY_THREAD = 0, GP_FRAME_OWNED_BY_GENERATOR = 1, GP_FRAME_OWNED_BY_FRAME_OBJECT = 2 };

typedef struct GpFrame {
    GpCode *code;               /* strong */
    GpObject *func;             /* strong: the function, or NULL (module/exec code) */
    GpObject *globals;          /* strong */
    GpObject *builtins;         /* strong */
    GpObject *locals;           /* strong: dict for module/class/exec code, else NULL */
    struct GpFrame *previous;   /* caller (NULL for the outermost or a suspended generator) */
    struct GpFrameObject *frame_obj; /* lazily created frame object, or NULL */
    const uint32_t *ip;         /* next instruction to execute */
    int stacktop;               /* value stack depth when not executing */
    uint8_t owner;
    uint8_t is_entry;           /* returning from this frame returns from gp_eval_frame() */
    GpObject *localsplus[];     /* locals, cells, frees, value stack */
} GpFrame;

typedef struct GpFrameObject {
    GpObject ob;
    GpFrame *frame;             /* points into the thread stack, a generator, or _data */
    struct GpFrameObject *back; /* set when the frame is taken (caller's frame object) */
    int lineno_cache;
    GpObject *trace;
    GpObject *locals_cache;
    char owns_data;
    GpObject *_data[];          /* a copy of the frame when it outlived its execution */
} GpFrameObject;
extern GpType GpFrame_Type;

GpObject *gp_frame_get_object(GpFrame *f);     /* new ref to its frame object */
int gp_frame_lineno(GpFrame *f);
GpObject *gp_frame_locals(GpFrame *f);          /* locals() for this frame (new ref) */
#endif
