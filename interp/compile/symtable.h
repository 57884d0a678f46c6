/* symtable.h -- scopes and name resolution for the compiler.
 *
 * One GpSymScope per module, class body, function, lambda and comprehension
 * (list/set/dict comprehensions and generator expressions are functions of
 * their own in 3.11, with the first iterator passed as the parameter ".0").
 * Pass 1 walks the AST and records, per scope, how every name is used
 * (assigned, parameter, declared global/nonlocal, read). Pass 2 resolves each
 * name to one of the GP_SYM_* scopes below, top down, with the set of names
 * bound by enclosing *function* scopes (class bodies do not make their names
 * visible to the functions nested in them), and marks variables captured by
 * inner functions as cells on the way back up.
 *
 * The tables live in the compiler's memory (malloc) and point into the AST
 * arena for identifiers; gp_symtable_free releases them.
 */
#ifndef GP_SYMTABLE_H
#define GP_SYMTABLE_H
#include "compile/ast.h"

enum {                                 /* usage flags collected in pass 1 */
    GP_DEF_LOCAL    = 1 << 0,          /* assigned in this scope */
    GP_DEF_GLOBAL   = 1 << 1,          /* `global` statement */
    GP_DEF_NONLOCAL = 1 << 2,          /* `nonlocal` statement */
    GP_DEF_PARAM    = 1 << 3,          /* a parameter */
    GP_DEF_USE      = 1 << 4,          /* read */
    GP_DEF_FREE_CLASS = 1 << 5,        /* free in a method, passing through this class */
    GP_DEF_IMPORT   = 1 << 6,
    GP_DEF_ANNOT    = 1 << 7,          /* annotated */
    GP_DEF_COMP_ITER = 1 << 8,         /* comprehension iteration variable */
    GP_DEF_CHILD_FREE = 1 << 9,        /* a nested scope needs it from here (pass 2) */
};
#define GP_DEF_BOUND (GP_DEF_LOCAL | GP_DEF_PARAM | GP_DEF_IMPORT)

enum {                                 /* resolved scope of a name (pass 2) */
    GP_SYM_UNKNOWN = 0,
    GP_SYM_LOCAL,                      /* fast local (functions) or locals dict (module/class) */
    GP_SYM_GLOBAL_EXPLICIT,
    GP_SYM_GLOBAL_IMPLICIT,
    GP_SYM_FREE,
    GP_SYM_CELL,
};

typedef enum { GP_SCOPE_MODULE, GP_SCOPE_CLASS, GP_SCOPE_FUNCTION } GpScopeKind;

typedef struct GpSymbol {
    const char *name;
    int flags;
    int scope;                         /* GP_SYM_* after pass 2 */
    int lineno, col;                   /* first occurrence (error messages) */
    int end_lineno, end_col;
} GpSymbol;

typedef struct GpSymScope GpSymScope;
struct GpSymScope {
    GpScopeKind kind;
    const char *name;                  /* function/class name, "<lambda>", "<listcomp>", "top" */
    const void *node;                  /* AST node that opened the scope */
    int lineno;
    GpSymScope *parent;
    GpSymScope **children;             /* in source order */
    int nchildren, capchildren;
    GpSymbol *syms;                    /* in insertion order (varnames order for functions) */
    int nsyms, capsyms;
    int *hash;                         /* open addressing: index+1 into syms, 0 empty */
    int hashcap;
    unsigned is_generator : 1;
    unsigned is_coroutine : 1;         /* async def, or awaits (CPython's ste_coroutine) */
    unsigned is_async_def : 1;         /* the scope of an `async def` */
    unsigned is_lambda : 1;
    unsigned is_comprehension : 1;     /* list/set/dict comp or genexpr */
    unsigned is_genexpr : 1;
    unsigned has_varargs : 1;
    unsigned has_varkw : 1;
    unsigned needs_class_closure : 1;  /* class body creates the __class__ cell */
    unsigned has_annotations : 1;      /* annotated assignment at module/class level */
    unsigned returns_value : 1;
    unsigned in_comp_iter : 1;         /* pass 1 state: visiting a comprehension iterable */
    int comp_iter_target;              /* pass 1 state: visiting a comprehension target */
};

typedef struct GpSymtable {
    GpSymScope *top;
    GpSymScope *cur;
    const char *filename;              /* for error messages (borrowed C string) */
    void *filename_obj;                /* GpObject* str, borrowed */
    const char *src;                   /* source text (error lines), may be NULL */
    long srclen;
    GpArena *arena;                    /* the AST's arena (derived identifiers) */
    const char *private_name;          /* enclosing class name, for __name mangling */
    int depth;                         /* recursion guard */
    int error;
} GpSymtable;

/* Build the tables for a module/expression/interactive AST. Returns NULL with
 * a SyntaxError (or RecursionError/MemoryError) set. */
GpSymtable *gp_symtable_build(GpAstMod *mod, void *filename_obj);
GpSymtable *gp_symtable_build_src(GpAstMod *mod, void *filename_obj, const char *src,
                                  long srclen, GpArena *arena);
void gp_symtable_free(GpSymtable *st);
GpSymScope *gp_symtable_child(GpSymScope *parent, const void *node);
GpSymbol *gp_symscope_lookup(GpSymScope *s, const char *name);
int gp_symscope_resolve(GpSymScope *s, const char *name);   /* GP_SYM_*; unknown names: implicit global */

/* Private name mangling: inside class C, `__spam` (not ending in "__")
 * becomes `_C__spam` (leading underscores of the class name stripped).
 * Returns name itself or a string allocated in arena. */
const char *gp_mangle_name(GpArena *arena, const char *private_name, const char *name);

#endif
