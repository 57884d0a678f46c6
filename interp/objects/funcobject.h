/* Python functions, cells, generators. */
#ifndef GP_FUNCOBJECT_H
#define GP_FUNCOBJECT_H
#include "objects/object.h"
#include "vm/state.h"

typedef struct GpFunction {
    GpObject ob;
    GpObject *code;            /* GpCode */
    GpObject *globals;         /* dict */
    GpObject *builtins;        /* dict */
    GpObject *name, *qualname; /* str */
    GpObject *defaults;        /* tuple or NULL */
    GpObject *kwdefaults;      /* dict or NULL */
    GpObject *closure;         /* tuple of cells or NULL */
    GpObject *doc;
    GpObject *dict;            /* __dict__ or NULL */
    GpObject *annotations;     /* dict or NULL */
    GpObject *module;          /* __module__ */
    GpObject *weakreflist;
} GpFunction;
extern GpType GpFunction_Type;
#define GP_FUNCTION_CHECK(o) (GP_TYPE(o) == &GpFunction_Type)
GpObject *gp_function_new(GpObject *code, GpObject *globals, GpObject *qualname);

typedef struct GpCell { GpObject ob; GpObject *ref; } GpCell;
extern GpType GpCell_Type;
#define GP_CELL_CHECK(o) (GP_TYPE(o) == &GpCell_Type)
GpObject *gp_cell_new(GpObject *v);   /* v may be NULL (empty cell) */

/* generator: owns a suspended frame. */
struct GpFrame;
typedef struct GpGen {
    GpObject ob;
    struct GpFrame *frame;     /* NULL once finished */
    GpObject *name, *qualname;
    GpObject *code;
    GpObject *weakreflist;
    GpExcInfo exc_state;       /* the generator's own handled-exception entry */
    char running;
    char started;
    char closed;
} GpGen;
extern GpType GpGen_Type;
#define GP_GEN_CHECK(o) (GP_TYPE(o) == &GpGen_Type)
/* Resume: send value (NULL = None). Returns a new reference to the yielded
 * value with *is_return = 0, or the return value with *is_return = 1, or
 * NULL with an exception. */
GpObject *gp_gen_new(struct GpFrame *frame, GpFunction *func);   /* steals the heap frame */
GpObject *gp_gen_send_ex(GpObject *gen, GpObject *value, int *is_return);

/* builtins that need the frame machinery */
GpObject *gp_build_class(GpObject *func, GpObject *name, GpObject *const *bases, gp_ssize nbases,
                         GpObject *kwargs);
#endif
