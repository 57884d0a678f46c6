/* compiler.h -- AST -> code object. Internal interface shared by
 * compiler.c (units, emission, assembler), compiler_stmt.c, compiler_expr.c
 * and symtable.c. The public entry point is gp_compile_source() declared in
 * objects/codeobject.h.
 *
 * Code generation emits a flat list of pseudo-instructions per code object
 * (a "unit"). Jumps name labels; a label is bound to an instruction index.
 * Exception handling follows CPython 3.11's zero-cost scheme: the compiler
 * keeps a lexical stack of active handlers; every instruction records the
 * innermost one. Pushing a handler emits a zero-width SETUP pseudo
 * instruction whose stack depth (found by the stack-depth analysis) becomes
 * the handler's `depth`. The assembler then lays out words (instruction +
 * cache word), resolves labels to absolute word indices, builds the
 * exception table from runs of equal handlers and the per-word line table.
 */
#ifndef GP_COMPILER_H
#define GP_COMPILER_H
#include "gilpy.h"
#include "objects/genobject.h"   /* GP_CO_COROUTINE .. */
#include "compile/opcodes.h"
#include "compile/ast.h"
#include "compile/ast_unparse.h"
#include "compile/symtable.h"

/* `from __future__ import` features: co_flags bits (CPython's values), also
 * the bits compile(flags=...) takes; GP_CF_FUTURE_MASK is CPython's
 * PyCF_MASK, the feature bits code objects carry and compile()/exec()/
 * eval() inherit.  In gp_compile_source(flags) these bits request the
 * features, the low bits are parser flags. */
#define GP_CO_FUTURE_BARRY_AS_BDFL 0x400000
#define GP_CO_FUTURE_ANNOTATIONS 0x1000000
#define GP_CF_FUTURE_MASK 0x1FE0000
/* gp_compile_source flag: the source is the main script read from a file
 * (GP_PARSE_FLAG_FILE_INPUT of parser.h, which cannot be included here). */
#define GP_COMPILE_FLAG_FILE_INPUT 0x2

/* Pseudo opcodes (never in the final code). */
enum {
    GP_PSEUDO_SETUP = 250,           /* arg: handler index; zero width */
};

typedef struct GpInstr {
    int op;
    int arg;                          /* for jumps: a label number until assembly */
    int lineno;
    int end_lineno, col, end_col;     /* source range (col -1: unknown) */
    int handler;                      /* index into unit handlers, -1 none */
} GpInstr;

typedef struct GpHandler {
    int label;                        /* where the handler code starts */
    int lasti;                        /* push the raising instruction's index */
    int setup;                        /* index of the SETUP pseudo instruction */
    int parent;                       /* enclosing handler (-1) */
    int depth;                        /* computed by stackdepth */
    int adjust;                       /* added to the depth at SETUP (-1 for `with`) */
} GpHandler;

/* Frame blocks: what break/continue/return must unwind through. */
typedef enum {
    GP_FB_WHILE, GP_FB_FOR, GP_FB_TRY_EXCEPT, GP_FB_FINALLY_TRY, GP_FB_FINALLY_END,
    GP_FB_WITH, GP_FB_HANDLER_CLEANUP, GP_FB_POP_VALUE, GP_FB_EXCEPTION_HANDLER,
    GP_FB_EXCEPTION_GROUP_HANDLER, GP_FB_ASYNC_WITH,
} GpFBlockKind;

typedef struct GpFBlock {
    GpFBlockKind kind;
    int block;                        /* loop: continue label */
    int exit;                         /* loop: break label */
    const void *datum;                /* FINALLY_TRY: the finalbody seq; HANDLER_CLEANUP: name; WITH: the stmt */
    int handler_outside;              /* the current handler outside this block */
} GpFBlock;

#define GP_MAX_FBLOCKS 64

/* Hash index over one of a unit's lists (names, varnames, consts...), so
 * that finding an entry is not a linear scan (a module with 100000
 * constants or names would compile in quadratic time). Built lazily once
 * the list is long enough; slots hold list index + 1, 0 is empty. */
typedef struct GpListIndex {
    int *slots;
    int cap;                          /* power of two, or 0 */
    int nindexed;                     /* list items [0, nindexed) are in slots */
} GpListIndex;

/* The constants of one compilation, merged across its code objects
 * (compiler_consts.c): objects[i] owns a reference, hashes[i] is its key
 * hash; open addressing, cap a power of two (or 0). */
typedef struct GpConstCache {
    uint64_t *hashes;
    GpObject **objs;
    size_t cap, n;
} GpConstCache;

typedef struct GpUnit {
    GpSymScope *ste;
    struct GpUnit *parent;
    GpObject *name, *qualname;        /* str */
    GpInstr *instrs;
    int ninstrs, capinstrs;
    int *labels;                      /* label -> instruction index (-1 unbound) */
    int nlabels, caplabels;
    GpHandler *handlers;
    int nhandlers, caphandlers;
    int cur_handler;                  /* innermost active handler, -1 none */
    GpObject *consts;                 /* list */
    GpObject *names;                  /* list of str */
    GpObject *varnames;               /* list of str */
    GpObject *cellvars, *freevars;    /* lists of str (sorted) */
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    int lineno;                       /* current line for emission */
    int end_lineno, col, end_col;     /* current source range (col -1: unknown) */
    int ncaches;
    GpFBlock fblocks[GP_MAX_FBLOCKS];
    int nfblocks;
    int scope_type;                   /* GP_SCOPE_* */
    const char *private_name;         /* class name for __name mangling (inherited) */
    int in_class_body_of;             /* unused */
    GpListIndex consts_ix, names_ix, varnames_ix, cellvars_ix, freevars_ix;
} GpUnit;

typedef struct GpCompiler {
    GpSymtable *st;
    GpUnit *u;
    GpObject *filename;
    const char *src;
    gp_ssize srclen;
    int optimize;
    int interactive;
    int depth;                        /* recursion guard */
    const char *mode;
    GpArena *arena;                   /* the AST arena (mangled names) */
    int future_features;              /* GP_CO_FUTURE_* bits in effect (added to co_flags) */
    int future_lineno;                /* line of the last leading future import (-1: none) */
    GpConstCache const_cache;         /* constants shared by all the code objects */
} GpCompiler;

#define GP_C_MANGLE(c, name) gp_mangle_name((c)->arena, (c)->u->private_name, (name))

#define GP_COMPILER_MAX_DEPTH 1000

/* Parser bridge (compiler_parse.c): parser.h cannot be included together
 * with gilpy.h because both define a type named GpSyntaxError. */
typedef struct GpCompParseErr {
    int kind;                 /* 1 syntax, 2 indentation, 3 tab, 4 recursion, 5 null bytes, 6 memory */
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    char *text;               /* malloc'd or NULL */
} GpCompParseErr;
GpAstMod *gp_compiler_parse(GpArena *arena, const char *src, size_t len, const char *filename,
                            int mode, int flags, GpCompParseErr *out);

/* errors */
void gp_compiler_error(GpObject *filename, const char *src, gp_ssize srclen, int lineno,
                       int col, int end_lineno, int end_col, const char *fmt, ...);
int gp_compiler_recursion_error(void);
/* A SyntaxWarning through the warnings module; -1 with an exception set
 * when the filters make it an error (then a SyntaxError). */
int gp_compiler_warn(GpCompiler *c, int lineno, int col, int end_lineno, int end_col, const char *fmt,
                     ...);

/* emission (compiler.c) */
int gp_c_emit(GpCompiler *c, int op, int arg);
int gp_c_emit_jump(GpCompiler *c, int op, int label);
int gp_c_new_label(GpCompiler *c);
int gp_c_bind_label(GpCompiler *c, int label);
int gp_c_push_handler(GpCompiler *c, int label, int lasti);   /* returns the handler index */
int gp_c_jump_to(GpCompiler *c, int label);                 /* JUMP_FORWARD or JUMP_BACKWARD */
void gp_c_pop_handler(GpCompiler *c);
int gp_c_add_const(GpCompiler *c, GpObject *o);     /* steals o; index or -1 */
int gp_c_add_name(GpCompiler *c, const char *name); /* index into names */
int gp_c_load_const(GpCompiler *c, GpObject *o);    /* steals o */
int gp_c_load_none(GpCompiler *c);
int gp_c_last_op(GpCompiler *c);
int gp_c_enter_scope(GpCompiler *c, GpObject *name, const void *node, int lineno);
void gp_c_exit_scope(GpCompiler *c);
GpObject *gp_c_assemble(GpCompiler *c, int add_return_none);
int gp_c_push_fblock(GpCompiler *c, GpFBlockKind kind, int block, int exit, const void *datum);
void gp_c_pop_fblock(GpCompiler *c);
int gp_c_varname_index(GpUnit *u, const char *name);
int gp_c_deref_index(GpUnit *u, const char *name);

/* constant merging (compiler_consts.c). gp_c_merge_const steals o and
 * returns a new reference to the canonical constant equal to it (same type,
 * same value, 0.0 apart from -0.0, a NaN only equal to itself; tuples and
 * frozensets by their items), interning identifier-like str; NULL on error
 * (also when o is NULL). gp_c_merge_const_tuple does the same for a tuple
 * whose items are already canonical (co_consts, co_names). */
GpObject *gp_c_merge_const(GpConstCache *cc, GpObject *o);
GpObject *gp_c_merge_const_tuple(GpConstCache *cc, GpObject *t);
void gp_c_const_cache_free(GpConstCache *cc);

/* statements / expressions */
/* `await`: [awaitable] -> [result]. where: GET_AWAITABLE's arg (0; 1/2 the
 * result of __aenter__/__aexit__). */
int gp_c_await(GpCompiler *c, int where);
int gp_c_stmt(GpCompiler *c, GpAstStmt *s);
int gp_c_stmts(GpCompiler *c, GpAstSeq *body);
int gp_c_expr(GpCompiler *c, GpAstExpr *e);
int gp_c_iter_expr(GpCompiler *c, GpAstExpr *e);   /* an iterable: [..] as tuple, {consts} as frozenset */
int gp_c_name_op(GpCompiler *c, const char *name, int ctx, int lineno, int col);
int gp_c_store_target(GpCompiler *c, GpAstExpr *t);
int gp_c_delete_target(GpCompiler *c, GpAstExpr *t);
int gp_c_jump_if(GpCompiler *c, GpAstExpr *e, int label, int cond);
int gp_c_body_with_docstring(GpCompiler *c, GpAstSeq *body, int is_module);
int gp_c_function(GpCompiler *c, GpAstStmt *s);     /* FunctionDef */
int gp_c_lambda(GpCompiler *c, GpAstExpr *e);
int gp_c_class(GpCompiler *c, GpAstStmt *s);
int gp_c_comprehension(GpCompiler *c, GpAstExpr *e);
int gp_c_make_closure(GpCompiler *c, GpObject *code, int flags, GpObject *qualname);
int gp_c_unwind_fblock_stack(GpCompiler *c, int preserve_tos, GpFBlock **loop);
int gp_c_match(GpCompiler *c, GpAstStmt *s);   /* compiler_match.c: the match statement */
GpObject *gp_c_constant_value(GpAstExpr *e);        /* new ref or NULL (not constant / error) */
GpObject *gp_c_qualname(GpCompiler *c, const char *name, int is_function_like);
int gp_c_check_forbidden(GpCompiler *c, const char *name, int lineno, int col, int end_lineno,
                         int end_col);

/* `from __future__` (compiler_future.c): collect the features named by the
 * leading future imports (SyntaxError for unknown ones and, under
 * `annotations`, for yield/await/walrus in annotations); reject a
 * future import after them. */
int gp_c_future_parse(GpCompiler *c, GpAstMod *mod);
int gp_c_future_check_import(GpCompiler *c, GpAstStmt *s);
/* PEP 563: the annotation as the str CPython stores (new ref or NULL). */
GpObject *gp_c_annotation_string(GpCompiler *c, GpAstExpr *e);

#define GP_C_CHECK(x) do { if ((x) < 0) return -1; } while (0)
#define GP_C_EMIT(c, op, arg) GP_C_CHECK(gp_c_emit((c), (op), (arg)))
#define GP_C_JUMP(c, op, label) GP_C_CHECK(gp_c_emit_jump((c), (op), (label)))
#define GP_C_BIND(c, label) GP_C_CHECK(gp_c_bind_label((c), (label)))

/* Set the source location of the instructions emitted next: a whole AST
 * node (expr or stmt: same field names), or only a line. */
#define GP_C_LOC(c, n) do { GpUnit *u_ = (c)->u; u_->lineno = (n)->lineno; \
        u_->end_lineno = (n)->end_lineno; u_->col = (n)->col_offset; u_->end_col = (n)->end_col_offset; \
    } while (0)
#define GP_C_LINE(c, l) do { GpUnit *u_ = (c)->u; u_->lineno = (l); u_->end_lineno = u_->lineno; \
        u_->col = -1; u_->end_col = -1; } while (0)

#endif
