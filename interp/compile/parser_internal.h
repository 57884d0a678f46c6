/* parser_internal.h - shared state of the parser files (parser.c,
 * parser_expr.c, parser_stmt.c, parser_strings.c).  Not a public API.
 *
 * Error handling: every parse function either returns a valid node or does
 * not return at all: errors are recorded in p->err and the parser longjmps
 * to the entry point (p->jb).  Everything allocated meanwhile lives in the
 * arena, so nothing leaks.  Sub-parsers (f-string expressions) share the
 * error record and the jump buffer of their parent.
 *
 * Tokens are read lazily into p->toks, so a later tokenizer error never
 * hides an earlier syntax error; p->pos indexes the current token and any
 * earlier index can be revisited (used for small backtracking, e.g. when
 * deciding between a keyword argument and an expression).
 */
#ifndef GP_COMPILE_PARSER_INTERNAL_H
#define GP_COMPILE_PARSER_INTERNAL_H

#include <setjmp.h>
#include <stdint.h>

#include "compile/ast.h"
#include "compile/parser.h"
#include "compile/tokenizer.h"

typedef struct GpParser {
    GpArena *arena;
    GpTokenizer tok;
    GpToken *toks;     /* tokens read so far */
    int ntoks, cap;
    int toks_in_arena; /* sub-parser: toks allocated from the arena */
    int pos;           /* current token */
    GpSyntaxError *err;
    jmp_buf *jb;
    int depth;         /* current recursion depth (see GP_PARSE_MAX_DEPTH) */
    int fstring_depth; /* nesting of f-strings in format specs */
    int in_fstring;    /* this parser parses an f-string expression */
    const char *text_end; /* end of the source buffer (for error lines) */
    GpParseMode mode;
    int suppress_comma_hint; /* speculative parse: no nested hints */
    int err_fixed;     /* the recorded error already has f-string
                          expression coordinates (parser_strings.c) */
    int file_input;    /* the main script read from a file: CPython's file
                          tokenizer has no column for end-of-input errors */
} GpParser;

/* ---- token access (parser.c) ---------------------------------------------- */
GpToken *gp_p_peek_at(GpParser *p, int index);
static inline GpToken *gp_p_peek(GpParser *p) { return gp_p_peek_at(p, p->pos); }
static inline GpTokType gp_p_type(GpParser *p) { return gp_p_peek(p)->type; }
static inline GpTokType gp_p_type_at(GpParser *p, int off) { return gp_p_peek_at(p, p->pos + off)->type; }
GpToken *gp_p_next(GpParser *p); /* consume and return the current token */
int gp_p_accept(GpParser *p, GpTokType t); /* consume if t */
GpToken *gp_p_expect(GpParser *p, GpTokType t); /* consume or "invalid syntax" */
GpToken *gp_p_expect_msg(GpParser *p, GpTokType t, const char *msg); /* "expected ':'" */
GpToken *gp_p_last(GpParser *p); /* the last consumed token */
int gp_p_name_is(GpToken *t, const char *s);
const char *gp_p_name(GpParser *p, GpToken *t); /* NAME text, arena copy */

/* ---- errors (parser.c) ------------------------------------------------------ */
_Noreturn void gp_p_fail(GpParser *p); /* longjmp with the recorded error */
/* Raise at a token / a node range; fmt is printf-like. */
/* Does t stand for the end of the input (ENDMARKER, a DEDENT there)? */
int gp_p_is_eof_token(GpParser *p, GpToken *t);
/* An error located where CPython puts end-of-input errors: the end of the
 * last line (no column for file input), end_offset -1. */
_Noreturn void gp_p_error_eof(GpParser *p, GpSynErrKind kind, const char *msg);
_Noreturn void gp_p_error_tok(GpParser *p, GpSynErrKind kind, GpToken *t, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
_Noreturn void gp_p_error_range(GpParser *p, int lineno, int col, int end_lineno, int end_col,
                                const char *fmt, ...) __attribute__((format(printf, 6, 7)));
_Noreturn void gp_p_error_expr(GpParser *p, GpAstExpr *e, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Generic "invalid syntax" at the current token (or the tokenizer error
 * that stopped us there). */
_Noreturn void gp_p_invalid(GpParser *p);
void gp_p_enter(GpParser *p); /* depth++ or RecursionError */
static inline void gp_p_leave(GpParser *p) { p->depth--; }
/* Check a depth counter built by a loop (left-deep chains). */
void gp_p_check_depth(GpParser *p, int extra);

/* ---- node construction helpers ---------------------------------------------- */
GpAstExpr *gp_p_expr_at(GpParser *p, GpAstExprKind kind, GpToken *start);
GpAstExpr *gp_p_expr_from(GpParser *p, GpAstExprKind kind, GpAstExpr *start);
GpAstStmt *gp_p_stmt_at(GpParser *p, GpAstStmtKind kind, GpToken *start);
void gp_p_set_end(GpParser *p, int *end_lineno, int *end_col); /* from last token */
#define GP_P_END(p, node) gp_p_set_end((p), &(node)->end_lineno, &(node)->end_col_offset)

/* ---- expressions (parser_expr.c) ---------------------------------------------- */
GpAstExpr *gp_p_expression(GpParser *p);          /* expression (ternary, lambda) */
GpAstExpr *gp_p_named_expression(GpParser *p);    /* NAME := expr | expression */
GpAstExpr *gp_p_star_expressions(GpParser *p);    /* a, *b, c -> Tuple */
GpAstExpr *gp_p_star_named_expression(GpParser *p);
GpAstExpr *gp_p_disjunction(GpParser *p);
GpAstExpr *gp_p_bitwise_or(GpParser *p);
GpAstExpr *gp_p_yield_expr(GpParser *p);
GpAstExpr *gp_p_star_targets(GpParser *p);        /* for/with/comprehension targets */
GpAstExpr *gp_p_del_targets(GpParser *p);
GpAstExpr *gp_p_star_target(GpParser *p);         /* one target, context Store */
/* Inside brackets, `a b`: raise "invalid syntax. Perhaps you forgot a
 * comma?" if an expression follows a; otherwise return. */
void gp_p_comma_hint(GpParser *p, GpAstExpr *a);
GpAstArguments *gp_p_parameters(GpParser *p, GpTokType close, int annotations);
GpAstSeq gp_p_call_args(GpParser *p, GpAstSeq *keywords, GpToken *open);
int gp_p_starts_expression(GpParser *p, GpTokType t);
/* Set expression context (Store/Del) recursively; errors as CPython. */
void gp_p_set_context(GpParser *p, GpAstExpr *e, GpAstExprContext ctx, int assign_hint);
const char *gp_p_expr_name(GpAstExpr *e);

/* ---- statements (parser_stmt.c) ---------------------------------------------- */
GpAstSeq gp_p_file(GpParser *p);        /* statements until ENDMARKER */
GpAstSeq gp_p_interactive(GpParser *p); /* one statement (single mode) */

/* ---- strings (parser_strings.c) ------------------------------------------------ */
/* Parse consecutive STRING tokens from p->pos into a Constant or JoinedStr. */
GpAstExpr *gp_p_strings(GpParser *p);

/* ---- sub-parsers (parser.c) --------------------------------------------------- */
/* Parse the f-string expression text [start, end) located at lineno/line_start
 * (the real source line) as `(expr)`. The sub-parser shares arena/err/jb. */
void gp_p_sub_init(GpParser *sub, GpParser *parent, const char *start, const char *end,
                   int lineno, const char *line_start);

#endif /* GP_COMPILE_PARSER_INTERNAL_H */
