/* Frames.
 *
 * A GpFrame is the execution record of one code object. Frames of running
 * functions are pushed on a per-thread data stack (contiguous chunks), so a
 * Python-to-Python call costs a pointer bump and no C recursion: the eval
 * loop switches to the callee frame and back. Generators own their frame in
 * the heap. A frame *object* (what sys._getframe() and tracebacks hold) is
 * created lazily; when the frame ends while a frame object still refers to
 * it, the frame's data is copied into the frame object ("taken").
 *
 * A frame that gp_frame_for_call() pushes on the thread stack borrows its
 * globals and builtins from its function (borrows_globals): the frame holds
 * the function, whose __globals__ and __builtins__ never change, so the two
 * references would only cost an incref and a decref per call. Frames that
 * outlive the call (taken into a frame object) and all others own them.
 */
#ifndef GP_FRAME_H
#define GP_FRAME_H
#include "objects/object.h"
#include "objects/codeobject.h"

struct GpThreadState;

struct GpFrameObject;

enum { GP_FRAME_CREATED = 0, GP_FRAME_RUNNING = 1, GP_FRAME_SUSPENDED = 2, GP_FRAME_COMPLETED = 3 };
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
    uint8_t state;              /* GP_FRAME_CREATED .. GP_FRAME_COMPLETED */
    uint8_t started;            /* a generator frame has run at least once */
    uint8_t borrows_globals;    /* globals and builtins are borrowed from func (see above) */
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
    char trace_lines;           /* f_trace_lines (default true) */
    char trace_opcodes;         /* f_trace_opcodes (default false) */
    GpObject *_data[];          /* a copy of the frame when it outlived its execution */
} GpFrameObject;
extern GpType GpFrame_Type;

/* Size in slots of localsplus for a code object (locals+cells+frees+stack). */
#define GP_FRAME_NSLOTS(co) ((co)->nlocals + (co)->ncells + (co)->nfrees + (co)->stacksize)
GpFrame *gp_frame_push(struct GpThreadState *ts, GpCode *code, gp_ssize nslots); /* on the thread stack; fields zeroed */
void gp_frame_pop(struct GpThreadState *ts, GpFrame *f);  /* clears references, takes it into its frame object if any */
void gp_frame_clear(GpFrame *f);                          /* drop all references held by the frame */
GpFrame *gp_frame_alloc_heap(GpCode *code);               /* for generators */
void gp_frame_free_heap(GpFrame *f);                       /* generator frame release */
GpObject *gp_frame_get_object(GpFrame *f);     /* new ref to its frame object */
int gp_frame_lineno(GpFrame *f);
GpObject *gp_frame_locals(GpFrame *f);          /* locals() for this frame (new ref) */
#endif
