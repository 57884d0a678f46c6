/* code objects: the compiler's output, immutable once built.
 *
 * Fast locals layout of a frame ("localsplus"):
 *   [0, nlocals)                 local variables; the parameters come first
 *                                (positional, then keyword-only, then *args,
 *                                then **kwargs), as varnames lists them
 *   [nlocals, nlocals+ncells)    cells of variables captured by inner functions
 *   [.., +nfrees)                cells received from the enclosing function
 *   then the value stack (stacksize slots)
 * LOAD_DEREF i addresses localsplus[nlocals + i]. A cell variable that is
 * also a parameter is initialised from the argument (cell2arg).
 */
#ifndef GP_CODEOBJECT_H
#define GP_CODEOBJECT_H
#include "objects/object.h"

enum {                              /* co_flags, CPython's values */
    GP_CO_OPTIMIZED   = 0x0001,
    GP_CO_NEWLOCALS   = 0x0002,
    GP_CO_VARARGS     = 0x0004,
    GP_CO_VARKEYWORDS = 0x0008,
    GP_CO_NESTED      = 0x0010,
    GP_CO_GENERATOR   = 0x0020,
    GP_CO_NOFREE      = 0x0040,
};

typedef struct GpExcTableEntry {
    uint32_t start, end;           /* covered words [start, end) */
    uint32_t handler;              /* word index to jump to */
    uint16_t depth;                /* value stack depth to restore */
    uint16_t lasti;                /* push the raising instruction's index first */
} GpExcTableEntry;

typedef struct GpCode {
    GpObject ob;
    uint32_t *code;                /* instruction words (owned, malloc) */
    gp_ssize ncode;                /* number of words */
    GpObject *consts;              /* tuple */
    GpObject *names;               /* tuple of interned str: globals, attributes, imports */
    GpObject *varnames;            /* tuple of str: the nlocals fast locals */
    GpObject *cellvars;            /* tuple of str */
    GpObject *freevars;            /* tuple of str */
    GpObject *filename, *name, *qualname;   /* str */
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, ncells, nfrees;
    int stacksize;
    int flags;
    int firstlineno;
    int *cell2arg;                 /* ncells entries: parameter index or -1; NULL if none */
    int32_t *lines;                /* ncode entries: source line of each word (-1: none) */
    int32_t *positions;            /* 3 * ncode: end line, column, end column (-1: unknown) or NULL */
    GpExcTableEntry *exctable;     /* sorted by start; nested ranges are split so that
                                      ranges never overlap (innermost wins) */
    int nexctable;
    int ncaches;                   /* inline cache slots used by [cache] instructions */
    void *caches;                  /* allocated by the VM on first execution */
    GpObject *weakreflist;
    GpObject *docstring_unused;
} GpCode;

extern GpType GpCode_Type;
#define GP_CODE_CHECK(o) (GP_TYPE(o) == &GpCode_Type)

/* Takes ownership of code, cell2arg, lines and exctable (malloc'd); increfs
 * the objects. */
GpObject *gp_code_new(uint32_t *code, gp_ssize ncode, GpObject *consts, GpObject *names,
                      GpObject *varnames, GpObject *cellvars, GpObject *freevars,
                      GpObject *filename, GpObject *name, GpObject *qualname,
                      int argcount, int posonlyargcount, int kwonlyargcount,
                      int stacksize, int flags, int firstlineno, int *cell2arg,
                      int32_t *lines, GpExcTableEntry *exctable, int nexctable, int ncaches);
int gp_code_line_of(GpCode *co, gp_ssize word_index);

/* The compiler (compile/compiler.c). mode: "exec", "eval" or "single".
 * Raises SyntaxError/IndentationError/RecursionError/ValueError. */
GpObject *gp_compile_source(const char *src, gp_ssize len, GpObject *filename, const char *mode,
                            int flags, int optimize);
/* Source range of the instruction at word idx (0-based byte columns):
 * 1 if known, 0 if not. */
int gp_code_positions(GpCode *co, int idx, int *lineno, int *end_lineno, int *col, int *end_col);
#endif
