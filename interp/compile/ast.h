/* ast.h - gilpy's abstract syntax tree: plain C structs mirroring CPython
 * 3.11's `ast` module.
 *
 * A reader who knows Python's `ast` knows this file: every node class of the
 * ASDL (Parser/Python.asdl, as printed in the `ast` documentation) is a kind
 * constant GP_AST_<CATEGORY>_<PythonName>, and its fields live in the union
 * member of the same Python name with the same field names:
 *
 *     BinOp(expr left, operator op, expr right)
 *         -> e->kind == GP_AST_EXPR_BinOp, e->v.BinOp.left/.op/.right
 *
 * Conventions (invariants the compiler may rely on):
 *   - Every node, identifier and sequence is owned by one GpArena and freed
 *     with it; nothing in a tree is malloc'd individually.
 *   - `identifier` fields are NUL-terminated UTF-8 `const char *`.  Optional
 *     fields (`?` in the ASDL) are NULL when absent.
 *   - Sequences (`*` in the ASDL) are GpAstSeq values; an empty sequence is
 *     {0, NULL}.  Items are pointers to the element type (GpAstExpr *, ...),
 *     except Global/Nonlocal names (const char *) and kw_defaults, which may
 *     hold NULL items (no default for that keyword-only argument).
 *   - Locations: lineno/end_lineno are 1-based, col_offset/end_col_offset are
 *     0-based byte offsets into the UTF-8 source line (exactly CPython's).
 *   - expr_context is set on Name/Attribute/Subscript/Starred/List/Tuple:
 *     Store for assignment targets, Del for `del` targets, Load otherwise.
 *
 * No Python objects are involved: constants keep their literal text (ints,
 * floats) or their decoded bytes (str, bytes); the compiler builds objects.
 */
#ifndef GP_COMPILE_AST_H
#define GP_COMPILE_AST_H

#include <stddef.h>
#include <stdint.h>

/* ---- arena ---------------------------------------------------------------
 * Bump allocation in big chunks; everything is released by one
 * gp_arena_free.  Allocations are 16-byte aligned and zero-filled. */
typedef struct GpArena GpArena;

GpArena *gp_arena_new(void);
void gp_arena_free(GpArena *arena);
/* Returns zeroed memory; aborts the process on out-of-memory (the parser has
 * no way to recover halfway and an allocation failure here means the
 * machine is out of memory anyway). */
void *gp_arena_alloc(GpArena *arena, size_t size);
char *gp_arena_strndup(GpArena *arena, const char *s, size_t n);
/* Total bytes handed out so far (for statistics and tests). */
size_t gp_arena_used(const GpArena *arena);

/* ---- sequences ------------------------------------------------------------ */
typedef struct {
    int n;
    void **items;
} GpAstSeq;

#define GP_SEQ_LEN(s) ((s).n)
#define GP_SEQ_GET(s, i) ((s).items[(i)])
#define GP_SEQ_EXPR(s, i) ((GpAstExpr *)(s).items[(i)])
#define GP_SEQ_STMT(s, i) ((GpAstStmt *)(s).items[(i)])

/* A growable vector used while building sequences (arena-backed). */
typedef struct {
    int n, cap;
    void **items;
} GpAstVec;

void gp_vec_push(GpArena *arena, GpAstVec *vec, void *item);
GpAstSeq gp_vec_seq(GpAstVec *vec); /* the vector's items as a sequence */
GpAstSeq gp_seq_new(GpArena *arena, int n);

typedef struct GpAstExpr GpAstExpr;
typedef struct GpAstStmt GpAstStmt;
typedef struct GpAstPattern GpAstPattern;

/* ---- simple sum types ----------------------------------------------------- */
typedef enum { GP_AST_CTX_Load = 1, GP_AST_CTX_Store, GP_AST_CTX_Del } GpAstExprContext;

typedef enum { GP_AST_BOOL_And = 1, GP_AST_BOOL_Or } GpAstBoolOp;

typedef enum {
    GP_AST_OP_Add = 1, GP_AST_OP_Sub, GP_AST_OP_Mult, GP_AST_OP_MatMult,
    GP_AST_OP_Div, GP_AST_OP_Mod, GP_AST_OP_Pow, GP_AST_OP_LShift,
    GP_AST_OP_RShift, GP_AST_OP_BitOr, GP_AST_OP_BitXor, GP_AST_OP_BitAnd,
    GP_AST_OP_FloorDiv
} GpAstOperator;

typedef enum {
    GP_AST_UNARY_Invert = 1, GP_AST_UNARY_Not, GP_AST_UNARY_UAdd, GP_AST_UNARY_USub
} GpAstUnaryOp;

typedef enum {
    GP_AST_CMP_Eq = 1, GP_AST_CMP_NotEq, GP_AST_CMP_Lt, GP_AST_CMP_LtE,
    GP_AST_CMP_Gt, GP_AST_CMP_GtE, GP_AST_CMP_Is, GP_AST_CMP_IsNot,
    GP_AST_CMP_In, GP_AST_CMP_NotIn
} GpAstCmpOp;

/* Python names of the enums above (index by value; [0] is NULL). */
extern const char *const gp_ast_operator_names[];
extern const char *const gp_ast_unaryop_names[];
extern const char *const gp_ast_cmpop_names[];
extern const char *const gp_ast_boolop_names[];
extern const char *const gp_ast_ctx_names[];

/* ---- constants ------------------------------------------------------------ */
typedef enum {
    GP_CONST_NONE = 1, GP_CONST_TRUE, GP_CONST_FALSE, GP_CONST_ELLIPSIS,
    GP_CONST_INT,     /* text: digits without prefix/underscores, in `base` */
    GP_CONST_FLOAT,   /* text: the literal without underscores; also dval   */
    GP_CONST_COMPLEX, /* text: the imaginary part without the 'j'; dval     */
    GP_CONST_STR,     /* str/len: decoded UTF-8 (may contain NUL; lone
                         surrogates from \ud800 escapes are encoded as 3-byte
                         sequences, the internal str representation)        */
    GP_CONST_BYTES    /* str/len: raw bytes                                 */
} GpConstKind;

typedef struct {
    GpConstKind kind;
    int base;          /* INT: 2, 8, 10 or 16 */
    const char *text;  /* INT/FLOAT/COMPLEX literal text (NUL-terminated)   */
    double dval;       /* FLOAT/COMPLEX: strtod(text) (inf on overflow)      */
    const char *str;   /* STR/BYTES: contents, NUL-terminated for convenience */
    size_t len;        /* STR/BYTES: length in bytes                         */
    int is_u;          /* STR: had a 'u' prefix (ast's Constant.kind == 'u')  */
} GpAstConstant;

/* ---- product types -------------------------------------------------------- */
typedef struct {
    const char *arg;
    GpAstExpr *annotation; /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
} GpAstArg;

typedef struct {
    GpAstSeq posonlyargs; /* GpAstArg * */
    GpAstSeq args;        /* GpAstArg * */
    GpAstArg *vararg;     /* may be NULL */
    GpAstSeq kwonlyargs;  /* GpAstArg * */
    GpAstSeq kw_defaults; /* GpAstExpr *, NULL items allowed; same length as kwonlyargs */
    GpAstArg *kwarg;      /* may be NULL */
    GpAstSeq defaults;    /* GpAstExpr *: for the last len(defaults) of posonlyargs+args */
} GpAstArguments;

typedef struct {
    const char *arg; /* NULL for **kwargs */
    GpAstExpr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
} GpAstKeyword;

typedef struct {
    const char *name;   /* dotted for `import a.b` */
    const char *asname; /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
} GpAstAlias;

typedef struct {
    GpAstExpr *context_expr;
    GpAstExpr *optional_vars; /* may be NULL */
} GpAstWithItem;

typedef struct {
    GpAstExpr *target;
    GpAstExpr *iter;
    GpAstSeq ifs; /* GpAstExpr * */
    int is_async;
} GpAstComprehension;

typedef struct {
    GpAstExpr *type;  /* may be NULL */
    const char *name; /* may be NULL */
    GpAstSeq body;    /* GpAstStmt * */
    int lineno, col_offset, end_lineno, end_col_offset;
} GpAstExceptHandler;

/* ---- expressions ---------------------------------------------------------- */
typedef enum {
    GP_AST_EXPR_BoolOp = 1, GP_AST_EXPR_NamedExpr, GP_AST_EXPR_BinOp,
    GP_AST_EXPR_UnaryOp, GP_AST_EXPR_Lambda, GP_AST_EXPR_IfExp,
    GP_AST_EXPR_Dict, GP_AST_EXPR_Set, GP_AST_EXPR_ListComp,
    GP_AST_EXPR_SetComp, GP_AST_EXPR_DictComp, GP_AST_EXPR_GeneratorExp,
    GP_AST_EXPR_Await, GP_AST_EXPR_Yield, GP_AST_EXPR_YieldFrom,
    GP_AST_EXPR_Compare, GP_AST_EXPR_Call, GP_AST_EXPR_FormattedValue,
    GP_AST_EXPR_JoinedStr, GP_AST_EXPR_Constant, GP_AST_EXPR_Attribute,
    GP_AST_EXPR_Subscript, GP_AST_EXPR_Starred, GP_AST_EXPR_Name,
    GP_AST_EXPR_List, GP_AST_EXPR_Tuple, GP_AST_EXPR_Slice
} GpAstExprKind;

struct GpAstExpr {
    GpAstExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    /* Where an enclosing node built from this one starts when it was
     * written in parentheses: the '(' (lineno 0: not parenthesised). */
    int paren_lineno, paren_col;
    union {
        struct { GpAstBoolOp op; GpAstSeq values; } BoolOp;
        struct { GpAstExpr *target, *value; } NamedExpr;
        struct { GpAstExpr *left; GpAstOperator op; GpAstExpr *right; } BinOp;
        struct { GpAstUnaryOp op; GpAstExpr *operand; } UnaryOp;
        struct { GpAstArguments *args; GpAstExpr *body; } Lambda;
        struct { GpAstExpr *test, *body, *orelse; } IfExp;
        /* keys may hold NULL items: {**d} */
        struct { GpAstSeq keys, values; } Dict;
        struct { GpAstSeq elts; } Set;
        struct { GpAstExpr *elt; GpAstSeq generators; } ListComp;
        struct { GpAstExpr *elt; GpAstSeq generators; } SetComp;
        struct { GpAstExpr *key, *value; GpAstSeq generators; } DictComp;
        struct { GpAstExpr *elt; GpAstSeq generators; } GeneratorExp;
        struct { GpAstExpr *value; } Await;
        struct { GpAstExpr *value; /* may be NULL */ } Yield;
        struct { GpAstExpr *value; } YieldFrom;
        /* ops: GpAstCmpOp values stored as (void *)(intptr_t) */
        struct { GpAstExpr *left; GpAstSeq ops; GpAstSeq comparators; } Compare;
        struct { GpAstExpr *func; GpAstSeq args; GpAstSeq keywords; } Call;
        /* conversion: -1, 's', 'r' or 'a'; format_spec: a JoinedStr or NULL */
        struct { GpAstExpr *value; int conversion; GpAstExpr *format_spec; } FormattedValue;
        struct { GpAstSeq values; } JoinedStr;
        GpAstConstant Constant;
        struct { GpAstExpr *value; const char *attr; GpAstExprContext ctx; } Attribute;
        struct { GpAstExpr *value, *slice; GpAstExprContext ctx; } Subscript;
        struct { GpAstExpr *value; GpAstExprContext ctx; } Starred;
        struct { const char *id; GpAstExprContext ctx; } Name;
        struct { GpAstSeq elts; GpAstExprContext ctx; } List;
        struct { GpAstSeq elts; GpAstExprContext ctx; } Tuple;
        struct { GpAstExpr *lower, *upper, *step; /* each may be NULL */ } Slice;
    } v;
};

#define GP_CMPOP_AT(seq, i) ((GpAstCmpOp)(intptr_t)(seq).items[(i)])

/* ---- patterns (the match statement) ---------------------------------------- */
typedef enum {
    GP_AST_PAT_MatchValue = 1, GP_AST_PAT_MatchSingleton, GP_AST_PAT_MatchSequence,
    GP_AST_PAT_MatchMapping, GP_AST_PAT_MatchClass, GP_AST_PAT_MatchStar,
    GP_AST_PAT_MatchAs, GP_AST_PAT_MatchOr
} GpAstPatternKind;

struct GpAstPattern {
    GpAstPatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { GpAstExpr *value; } MatchValue;
        /* value: GP_CONST_NONE, GP_CONST_TRUE or GP_CONST_FALSE */
        struct { GpConstKind value; } MatchSingleton;
        struct { GpAstSeq patterns; } MatchSequence;
        /* keys: GpAstExpr *; rest: the **name, may be NULL */
        struct { GpAstSeq keys, patterns; const char *rest; } MatchMapping;
        /* kwd_attrs: const char * */
        struct { GpAstExpr *cls; GpAstSeq patterns, kwd_attrs, kwd_patterns; } MatchClass;
        struct { const char *name; /* NULL for *_ */ } MatchStar;
        /* both NULL: the wildcard `_`; pattern NULL: a capture */
        struct { GpAstPattern *pattern; const char *name; } MatchAs;
        struct { GpAstSeq patterns; } MatchOr;
    } v;
};

typedef struct {
    GpAstPattern *pattern;
    GpAstExpr *guard; /* may be NULL */
    GpAstSeq body;    /* GpAstStmt * */
} GpAstMatchCase;

/* ---- statements ----------------------------------------------------------- */
typedef enum {
    GP_AST_STMT_FunctionDef = 1, GP_AST_STMT_AsyncFunctionDef,
    GP_AST_STMT_ClassDef, GP_AST_STMT_Return, GP_AST_STMT_Delete,
    GP_AST_STMT_Assign, GP_AST_STMT_AugAssign, GP_AST_STMT_AnnAssign,
    GP_AST_STMT_For, GP_AST_STMT_AsyncFor, GP_AST_STMT_While, GP_AST_STMT_If,
    GP_AST_STMT_With, GP_AST_STMT_AsyncWith, GP_AST_STMT_Match,
    GP_AST_STMT_Raise, GP_AST_STMT_Try, GP_AST_STMT_TryStar,
    GP_AST_STMT_Assert, GP_AST_STMT_Import, GP_AST_STMT_ImportFrom,
    GP_AST_STMT_Global, GP_AST_STMT_Nonlocal, GP_AST_STMT_Expr,
    GP_AST_STMT_Pass, GP_AST_STMT_Break, GP_AST_STMT_Continue
} GpAstStmtKind;

/* FunctionDef and AsyncFunctionDef share one layout (v.FunctionDef), as do
 * For/AsyncFor (v.For) and With/AsyncWith (v.With); the Async* members are
 * aliases so code can name them as Python does. */
typedef struct {
    const char *name;
    GpAstArguments *args;
    GpAstSeq body;           /* GpAstStmt * */
    GpAstSeq decorator_list; /* GpAstExpr * */
    GpAstExpr *returns;      /* may be NULL */
} GpAstFunctionDefFields;

typedef struct {
    GpAstExpr *target, *iter;
    GpAstSeq body, orelse;
} GpAstForFields;

typedef struct {
    GpAstSeq items; /* GpAstWithItem * */
    GpAstSeq body;
} GpAstWithFields;

typedef struct {
    GpAstSeq body;
    GpAstSeq handlers; /* GpAstExceptHandler * */
    GpAstSeq orelse, finalbody;
} GpAstTryFields;

struct GpAstStmt {
    GpAstStmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        GpAstFunctionDefFields FunctionDef;
        GpAstFunctionDefFields AsyncFunctionDef;
        struct {
            const char *name;
            GpAstSeq bases;    /* GpAstExpr * */
            GpAstSeq keywords; /* GpAstKeyword * */
            GpAstSeq body, decorator_list;
        } ClassDef;
        struct { GpAstExpr *value; /* may be NULL */ } Return;
        struct { GpAstSeq targets; } Delete;
        struct { GpAstSeq targets; GpAstExpr *value; } Assign;
        struct { GpAstExpr *target; GpAstOperator op; GpAstExpr *value; } AugAssign;
        /* simple: 1 for a bare Name target not in parentheses */
        struct { GpAstExpr *target, *annotation, *value; int simple; } AnnAssign;
        GpAstForFields For;
        GpAstForFields AsyncFor;
        struct { GpAstExpr *test; GpAstSeq body, orelse; } While;
        struct { GpAstExpr *test; GpAstSeq body, orelse; } If;
        GpAstWithFields With;
        GpAstWithFields AsyncWith;
        struct { GpAstExpr *subject; GpAstSeq cases; /* GpAstMatchCase * */ } Match;
        struct { GpAstExpr *exc, *cause; /* each may be NULL */ } Raise;
        GpAstTryFields Try;
        GpAstTryFields TryStar;
        struct { GpAstExpr *test, *msg; } Assert;
        struct { GpAstSeq names; /* GpAstAlias * */ } Import;
        struct { const char *module; /* may be NULL */ GpAstSeq names; int level; } ImportFrom;
        struct { GpAstSeq names; /* const char * */ } Global;
        struct { GpAstSeq names; } Nonlocal;
        struct { GpAstExpr *value; } Expr;
    } v;
};

/* ---- modules -------------------------------------------------------------- */
typedef enum { GP_AST_MOD_Module = 1, GP_AST_MOD_Interactive, GP_AST_MOD_Expression } GpAstModKind;

typedef struct {
    GpAstModKind kind;
    GpAstSeq body;   /* Module/Interactive: GpAstStmt * */
    GpAstExpr *expr; /* Expression: the body expression */
} GpAstMod;

/* ---- construction helpers (used by the parser) ---------------------------- */
GpAstExpr *gp_ast_expr_new(GpArena *arena, GpAstExprKind kind);
GpAstStmt *gp_ast_stmt_new(GpArena *arena, GpAstStmtKind kind);
GpAstPattern *gp_ast_pattern_new(GpArena *arena, GpAstPatternKind kind);

/* ---- dumping -------------------------------------------------------------- */
/* The text python3's ast.dump(tree) prints (annotate_fields=True, no
 * attributes, no indent).  Returns a malloc'd NUL-terminated string. */
char *gp_ast_dump(const GpAstMod *mod);
char *gp_ast_dump_expr(const GpAstExpr *e);

#endif /* GP_COMPILE_AST_H */
