/* ast_unparse.h -- expression AST -> CPython 3.11's source text for it
 * (what `from __future__ import annotations` stores; see ast_unparse.c).
 * Part of the object-free front end: the caller supplies repr(). */
#ifndef GP_COMPILE_AST_UNPARSE_H
#define GP_COMPILE_AST_UNPARSE_H

#include <stddef.h>
#include "compile/ast.h"

/* repr() of constant k as malloc'd UTF-8 (length in *len), or NULL on
 * failure (the callback reports the error its own way).  Also called with a
 * synthesized STR constant for the body of an f-string. */
typedef char *(*GpAstReprFn)(void *ctx, const GpAstConstant *k, size_t *len);

/* The text of e as malloc'd NUL-terminated UTF-8 (length in *len), or NULL
 * when repr failed or memory ran out. */
char *gp_ast_unparse_expr(const GpAstExpr *e, GpAstReprFn repr, void *ctx, size_t *len);

#endif /* GP_COMPILE_AST_UNPARSE_H */
