/* ast_unparse.c -- expression AST -> source text, as CPython 3.11's C
 * unparser (Python/ast_unparse.c) writes it.  Used for PEP 563
 * (`from __future__ import annotations`): every annotation is stored as the
 * string this produces instead of being evaluated.
 *
 * Design: one recursive walk appending UTF-8 to a growable buffer.  Each
 * expression is written for a context "level" (the precedence of the
 * position it occupies); it parenthesises itself exactly when its own
 * precedence is lower than that level.  The text is CPython's, which is not
 * always the most compact or the same as Lib/ast.py's ast.unparse():
 *   - binary operators and comparisons get one space on each side, `**`
 *     is right-associative, a unary operand is written at the operator's
 *     own level (`-(-x)` -> "--x");
 *   - `(yield ...)` and `(yield from ...)` are always parenthesised;
 *   - a tuple is bare at tuple level (subscripts, comprehension targets)
 *     and parenthesised elsewhere; `()` for the empty one, `x,` for one;
 *   - `lambda` is followed by a space only when it has positional
 *     parameters ("lambda*a: 0" is what CPython writes);
 *   - an int constant before an attribute gets a space ("1 .real");
 *   - constants are written with repr() (so `0x10` -> "16", `1e400` ->
 *     "1e309" since repr would say "inf"), a 'u' prefix is kept;
 *   - an f-string is "f" + repr(body), where the body has literal braces
 *     doubled and every replacement field written as {expr!c:spec}, the
 *     expression at a level above `lambda`/ternary so those get parentheses,
 *     and "{ " when the expression itself starts with '{'.
 *
 * Like the rest of the front end this file knows no Python objects: the
 * repr() of constants (float formatting, str quoting and escapes) comes
 * from a callback supplied by the compiler.
 */
#include <stdlib.h>
#include <string.h>
#include "compile/ast.h"
#include "compile/ast_unparse.h"

/* Precedence levels, lowest first (a position's level is the lowest
 * precedence an expression may have there without parentheses). */
enum {
    PR_TUPLE,
    PR_TEST,   /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,   /* also '|' */
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR, /* unary + - ~ */
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};
#define PR_BOR PR_EXPR

typedef struct {
    char *buf;
    size_t len, cap;
    GpAstReprFn repr;
    void *ctx;
} UBuf;

static int put(UBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 64;
        while (nc < b->len + n + 1)
            nc *= 2;
        char *nb = realloc(b->buf, nc);
        if (!nb)
            return -1;
        b->buf = nb;
        b->cap = nc;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = 0;
    return 0;
}

static int puts_(UBuf *b, const char *s) { return put(b, s, strlen(s)); }

#define PUT(s) do { if (puts_(b, (s)) < 0) return -1; } while (0)
#define PUT_IF(cond, s) do { if ((cond) && puts_(b, (s)) < 0) return -1; } while (0)
#define EXPR(e, level) do { if (u_expr(b, (e), (level)) < 0) return -1; } while (0)

/* Append repr() of a constant.  For floats and complex numbers every "inf"
 * becomes "1e309", a literal that evaluates back to infinity. */
static int put_repr(UBuf *b, const GpAstConstant *k)
{
    size_t n;
    char *s = b->repr(b->ctx, k, &n);
    if (!s)
        return -1;
    int rc = 0;
    if (k->kind == GP_CONST_FLOAT || k->kind == GP_CONST_COMPLEX) {
        for (size_t i = 0; i < n && rc == 0;) {
            if (i + 3 <= n && memcmp(s + i, "inf", 3) == 0) {
                rc = put(b, "1e309", 5);
                i += 3;
            } else {
                rc = put(b, s + i, 1);
                i++;
            }
        }
    } else {
        rc = put(b, s, n);
    }
    free(s);
    return rc;
}

static int u_expr(UBuf *b, const GpAstExpr *e, int level);

/* ---- parameters (lambda) ------------------------------------------------- */

static int u_arg(UBuf *b, const GpAstArg *a)
{
    PUT(a->arg);
    if (a->annotation) {
        PUT(": ");
        EXPR(a->annotation, PR_TEST);
    }
    return 0;
}

static int u_arguments(UBuf *b, const GpAstArguments *a)
{
    int first = 1;
    int npos = a->posonlyargs.n, nargs = a->args.n, ndef = a->defaults.n;
    for (int i = 0; i < npos + nargs; i++) {
        PUT_IF(!first, ", ");
        first = 0;
        const GpAstArg *arg = i < npos ? a->posonlyargs.items[i] : a->args.items[i - npos];
        if (u_arg(b, arg) < 0)
            return -1;
        /* defaults belong to the last ndef positional parameters */
        int di = i - (npos + nargs - ndef);
        if (di >= 0) {
            PUT("=");
            EXPR(a->defaults.items[di], PR_TEST);
        }
        PUT_IF(npos && i + 1 == npos, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        PUT_IF(!first, ", ");
        first = 0;
        PUT("*");
        if (a->vararg && u_arg(b, a->vararg) < 0)
            return -1;
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        PUT_IF(!first, ", ");
        first = 0;
        if (u_arg(b, a->kwonlyargs.items[i]) < 0)
            return -1;
        int di = i - (a->kwonlyargs.n - a->kw_defaults.n);
        const GpAstExpr *d = di >= 0 ? a->kw_defaults.items[di] : NULL;
        if (d) {
            PUT("=");
            EXPR(d, PR_TEST);
        }
    }
    if (a->kwarg) {
        PUT_IF(!first, ", ");
        PUT("**");
        if (u_arg(b, a->kwarg) < 0)
            return -1;
    }
    return 0;
}

/* ---- displays and comprehensions ------------------------------------------ */

static int u_elts(UBuf *b, const GpAstSeq *elts)
{
    for (int i = 0; i < elts->n; i++) {
        PUT_IF(i > 0, ", ");
        EXPR(elts->items[i], PR_TEST);
    }
    return 0;
}

static int u_generators(UBuf *b, const GpAstSeq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        const GpAstComprehension *g = gens->items[i];
        PUT(g->is_async ? " async for " : " for ");
        EXPR(g->target, PR_TUPLE);
        PUT(" in ");
        EXPR(g->iter, PR_TEST + 1);
        for (int k = 0; k < g->ifs.n; k++) {
            PUT(" if ");
            EXPR(g->ifs.items[k], PR_TEST + 1);
        }
    }
    return 0;
}

static int u_genexp(UBuf *b, const GpAstExpr *e)
{
    PUT("(");
    EXPR(e->v.GeneratorExp.elt, PR_TEST);
    if (u_generators(b, &e->v.GeneratorExp.generators) < 0)
        return -1;
    PUT(")");
    return 0;
}

static int u_dict(UBuf *b, const GpAstExpr *e)
{
    PUT("{");
    for (int i = 0; i < e->v.Dict.values.n; i++) {
        PUT_IF(i > 0, ", ");
        const GpAstExpr *k = e->v.Dict.keys.items[i];
        if (k) {
            EXPR(k, PR_TEST);
            PUT(": ");
            EXPR(e->v.Dict.values.items[i], PR_TEST);
        } else {
            PUT("**");
            EXPR(e->v.Dict.values.items[i], PR_EXPR);
        }
    }
    PUT("}");
    return 0;
}

static int u_tuple(UBuf *b, const GpAstExpr *e, int level)
{
    int n = e->v.Tuple.elts.n;
    if (n == 0) {
        PUT("()");
        return 0;
    }
    PUT_IF(level > PR_TUPLE, "(");
    if (u_elts(b, &e->v.Tuple.elts) < 0)
        return -1;
    PUT_IF(n == 1, ",");
    PUT_IF(level > PR_TUPLE, ")");
    return 0;
}

/* ---- calls ------------------------------------------------------------------ */

static int u_call(UBuf *b, const GpAstExpr *e)
{
    EXPR(e->v.Call.func, PR_ATOM);
    const GpAstSeq *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    /* f(x for x in y): the generator's own parentheses are the call's */
    if (args->n == 1 && kws->n == 0 &&
        ((const GpAstExpr *)args->items[0])->kind == GP_AST_EXPR_GeneratorExp)
        return u_genexp(b, args->items[0]);
    PUT("(");
    int first = 1;
    for (int i = 0; i < args->n; i++) {
        PUT_IF(!first, ", ");
        first = 0;
        EXPR(args->items[i], PR_TEST);
    }
    for (int i = 0; i < kws->n; i++) {
        const GpAstKeyword *k = kws->items[i];
        PUT_IF(!first, ", ");
        first = 0;
        if (k->arg) {
            PUT(k->arg);
            PUT("=");
        } else {
            PUT("**");
        }
        EXPR(k->value, PR_TEST);
    }
    PUT(")");
    return 0;
}

/* ---- f-strings ------------------------------------------------------------ */

static int u_fstring_part(UBuf *b, const GpAstExpr *e, int is_spec);

/* The body of an f-string (or of a format spec): literal text with braces
 * doubled, replacement fields in braces. */
static int u_fstring_body(UBuf *b, const GpAstSeq *values, int is_spec)
{
    for (int i = 0; i < values->n; i++)
        if (u_fstring_part(b, values->items[i], is_spec) < 0)
            return -1;
    return 0;
}

static int u_formatted_value(UBuf *b, const GpAstExpr *e)
{
    UBuf inner = { NULL, 0, 0, b->repr, b->ctx };
    /* above PR_TEST: a lambda's ':' or a ternary must be parenthesised */
    if (u_expr(&inner, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
        free(inner.buf);
        return -1;
    }
    int rc = puts_(b, inner.len && inner.buf[0] == '{' ? "{ " : "{");
    if (rc == 0)
        rc = put(b, inner.buf, inner.len);
    free(inner.buf);
    if (rc < 0)
        return -1;
    switch (e->v.FormattedValue.conversion) {
    case 'a': PUT("!a"); break;
    case 'r': PUT("!r"); break;
    case 's': PUT("!s"); break;
    default: break;
    }
    if (e->v.FormattedValue.format_spec) {
        PUT(":");
        if (u_fstring_part(b, e->v.FormattedValue.format_spec, 1) < 0)
            return -1;
    }
    PUT("}");
    return 0;
}

static int u_joined_str(UBuf *b, const GpAstExpr *e, int is_spec)
{
    if (is_spec)
        return u_fstring_body(b, &e->v.JoinedStr.values, 1);
    UBuf body = { NULL, 0, 0, b->repr, b->ctx };
    int rc = u_fstring_body(&body, &e->v.JoinedStr.values, 0);
    if (rc == 0)
        rc = puts_(b, "f");
    if (rc == 0) {
        GpAstConstant k = { 0 };
        k.kind = GP_CONST_STR;
        k.str = body.buf ? body.buf : "";
        k.len = body.len;
        rc = put_repr(b, &k);
    }
    free(body.buf);
    return rc;
}

static int u_fstring_part(UBuf *b, const GpAstExpr *e, int is_spec)
{
    switch (e->kind) {
    case GP_AST_EXPR_Constant: {
        const GpAstConstant *k = &e->v.Constant;
        if (k->kind != GP_CONST_STR)
            break;
        for (size_t i = 0; i < k->len; i++) {
            char ch = k->str[i];
            if ((ch == '{' || ch == '}') && put(b, &ch, 1) < 0)
                return -1;
            if (put(b, &ch, 1) < 0)
                return -1;
        }
        return 0;
    }
    case GP_AST_EXPR_JoinedStr:
        return u_joined_str(b, e, is_spec);
    case GP_AST_EXPR_FormattedValue:
        return u_formatted_value(b, e);
    default:
        break;
    }
    return -1;   /* not produced by the parser */
}

/* ---- constants -------------------------------------------------------------- */

static int u_constant(UBuf *b, const GpAstExpr *e)
{
    const GpAstConstant *k = &e->v.Constant;
    switch (k->kind) {
    case GP_CONST_ELLIPSIS:
        PUT("...");
        return 0;
    case GP_CONST_NONE: PUT("None"); return 0;
    case GP_CONST_TRUE: PUT("True"); return 0;
    case GP_CONST_FALSE: PUT("False"); return 0;
    case GP_CONST_STR:
        PUT_IF(k->is_u, "u");
        break;
    default:
        break;
    }
    return put_repr(b, k);
}

/* ---- operators ---------------------------------------------------------------- */

static const char *binop_text(GpAstOperator op, int *pr)
{
    switch (op) {
    case GP_AST_OP_Add: *pr = PR_ARITH; return " + ";
    case GP_AST_OP_Sub: *pr = PR_ARITH; return " - ";
    case GP_AST_OP_Mult: *pr = PR_TERM; return " * ";
    case GP_AST_OP_MatMult: *pr = PR_TERM; return " @ ";
    case GP_AST_OP_Div: *pr = PR_TERM; return " / ";
    case GP_AST_OP_Mod: *pr = PR_TERM; return " % ";
    case GP_AST_OP_FloorDiv: *pr = PR_TERM; return " // ";
    case GP_AST_OP_LShift: *pr = PR_SHIFT; return " << ";
    case GP_AST_OP_RShift: *pr = PR_SHIFT; return " >> ";
    case GP_AST_OP_BitOr: *pr = PR_BOR; return " | ";
    case GP_AST_OP_BitXor: *pr = PR_BXOR; return " ^ ";
    case GP_AST_OP_BitAnd: *pr = PR_BAND; return " & ";
    case GP_AST_OP_Pow: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ATOM;
    return " ? ";
}

static const char *cmpop_text(GpAstCmpOp op)
{
    switch (op) {
    case GP_AST_CMP_Eq: return " == ";
    case GP_AST_CMP_NotEq: return " != ";
    case GP_AST_CMP_Lt: return " < ";
    case GP_AST_CMP_LtE: return " <= ";
    case GP_AST_CMP_Gt: return " > ";
    case GP_AST_CMP_GtE: return " >= ";
    case GP_AST_CMP_Is: return " is ";
    case GP_AST_CMP_IsNot: return " is not ";
    case GP_AST_CMP_In: return " in ";
    case GP_AST_CMP_NotIn: return " not in ";
    }
    return " ? ";
}

static int u_binop(UBuf *b, const GpAstExpr *e, int level)
{
    int pr;
    const char *op = binop_text(e->v.BinOp.op, &pr);
    int rassoc = e->v.BinOp.op == GP_AST_OP_Pow;
    PUT_IF(level > pr, "(");
    EXPR(e->v.BinOp.left, pr + rassoc);
    PUT(op);
    EXPR(e->v.BinOp.right, pr + !rassoc);
    PUT_IF(level > pr, ")");
    return 0;
}

static int u_unaryop(UBuf *b, const GpAstExpr *e, int level)
{
    const char *op;
    int pr = PR_FACTOR;
    switch (e->v.UnaryOp.op) {
    case GP_AST_UNARY_Not: op = "not "; pr = PR_NOT; break;
    case GP_AST_UNARY_Invert: op = "~"; break;
    case GP_AST_UNARY_UAdd: op = "+"; break;
    default: op = "-"; break;
    }
    PUT_IF(level > pr, "(");
    PUT(op);
    EXPR(e->v.UnaryOp.operand, pr);
    PUT_IF(level > pr, ")");
    return 0;
}

static int u_boolop(UBuf *b, const GpAstExpr *e, int level)
{
    int pr = e->v.BoolOp.op == GP_AST_BOOL_And ? PR_AND : PR_OR;
    const char *op = e->v.BoolOp.op == GP_AST_BOOL_And ? " and " : " or ";
    PUT_IF(level > pr, "(");
    for (int i = 0; i < e->v.BoolOp.values.n; i++) {
        PUT_IF(i > 0, op);
        EXPR(e->v.BoolOp.values.items[i], pr + 1);
    }
    PUT_IF(level > pr, ")");
    return 0;
}

static int u_compare(UBuf *b, const GpAstExpr *e, int level)
{
    PUT_IF(level > PR_CMP, "(");
    EXPR(e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        PUT(cmpop_text(GP_CMPOP_AT(e->v.Compare.ops, i)));
        EXPR(e->v.Compare.comparators.items[i], PR_CMP + 1);
    }
    PUT_IF(level > PR_CMP, ")");
    return 0;
}

/* ---- the dispatcher ------------------------------------------------------------ */

static int u_expr(UBuf *b, const GpAstExpr *e, int level)
{
    switch (e->kind) {
    case GP_AST_EXPR_BoolOp:
        return u_boolop(b, e, level);
    case GP_AST_EXPR_NamedExpr:
        PUT_IF(level > PR_TUPLE, "(");
        EXPR(e->v.NamedExpr.target, PR_ATOM);
        PUT(" := ");
        EXPR(e->v.NamedExpr.value, PR_ATOM);
        PUT_IF(level > PR_TUPLE, ")");
        return 0;
    case GP_AST_EXPR_BinOp:
        return u_binop(b, e, level);
    case GP_AST_EXPR_UnaryOp:
        return u_unaryop(b, e, level);
    case GP_AST_EXPR_Lambda: {
        const GpAstArguments *a = e->v.Lambda.args;
        PUT_IF(level > PR_TEST, "(");
        /* CPython adds the space only before positional parameters */
        PUT(a->posonlyargs.n + a->args.n ? "lambda " : "lambda");
        if (u_arguments(b, a) < 0)
            return -1;
        PUT(": ");
        EXPR(e->v.Lambda.body, PR_TEST);
        PUT_IF(level > PR_TEST, ")");
        return 0;
    }
    case GP_AST_EXPR_IfExp:
        PUT_IF(level > PR_TEST, "(");
        EXPR(e->v.IfExp.body, PR_TEST + 1);
        PUT(" if ");
        EXPR(e->v.IfExp.test, PR_TEST + 1);
        PUT(" else ");
        EXPR(e->v.IfExp.orelse, PR_TEST);
        PUT_IF(level > PR_TEST, ")");
        return 0;
    case GP_AST_EXPR_Dict:
        return u_dict(b, e);
    case GP_AST_EXPR_Set:
        PUT("{");
        if (u_elts(b, &e->v.Set.elts) < 0)
            return -1;
        PUT("}");
        return 0;
    case GP_AST_EXPR_ListComp:
        PUT("[");
        EXPR(e->v.ListComp.elt, PR_TEST);
        if (u_generators(b, &e->v.ListComp.generators) < 0)
            return -1;
        PUT("]");
        return 0;
    case GP_AST_EXPR_SetComp:
        PUT("{");
        EXPR(e->v.SetComp.elt, PR_TEST);
        if (u_generators(b, &e->v.SetComp.generators) < 0)
            return -1;
        PUT("}");
        return 0;
    case GP_AST_EXPR_DictComp:
        PUT("{");
        EXPR(e->v.DictComp.key, PR_TEST);
        PUT(": ");
        EXPR(e->v.DictComp.value, PR_TEST);
        if (u_generators(b, &e->v.DictComp.generators) < 0)
            return -1;
        PUT("}");
        return 0;
    case GP_AST_EXPR_GeneratorExp:
        return u_genexp(b, e);
    case GP_AST_EXPR_Await:
        PUT_IF(level > PR_AWAIT, "(");
        PUT("await ");
        EXPR(e->v.Await.value, PR_ATOM);
        PUT_IF(level > PR_AWAIT, ")");
        return 0;
    case GP_AST_EXPR_Yield:
        if (!e->v.Yield.value) {
            PUT("(yield)");
            return 0;
        }
        PUT("(yield ");
        EXPR(e->v.Yield.value, PR_TEST);
        PUT(")");
        return 0;
    case GP_AST_EXPR_YieldFrom:
        PUT("(yield from ");
        EXPR(e->v.YieldFrom.value, PR_TEST);
        PUT(")");
        return 0;
    case GP_AST_EXPR_Compare:
        return u_compare(b, e, level);
    case GP_AST_EXPR_Call:
        return u_call(b, e);
    case GP_AST_EXPR_FormattedValue:
        return u_formatted_value(b, e);
    case GP_AST_EXPR_JoinedStr:
        return u_joined_str(b, e, 0);
    case GP_AST_EXPR_Constant:
        return u_constant(b, e);
    case GP_AST_EXPR_Attribute: {
        const GpAstExpr *v = e->v.Attribute.value;
        EXPR(v, PR_ATOM);
        /* "1.real" would lex as the float "1." followed by a name */
        PUT(v->kind == GP_AST_EXPR_Constant && v->v.Constant.kind == GP_CONST_INT ? " ." : ".");
        PUT(e->v.Attribute.attr);
        return 0;
    }
    case GP_AST_EXPR_Subscript:
        EXPR(e->v.Subscript.value, PR_ATOM);
        PUT("[");
        EXPR(e->v.Subscript.slice, PR_TUPLE);
        PUT("]");
        return 0;
    case GP_AST_EXPR_Starred:
        PUT("*");
        EXPR(e->v.Starred.value, PR_EXPR);
        return 0;
    case GP_AST_EXPR_Name:
        PUT(e->v.Name.id);
        return 0;
    case GP_AST_EXPR_List:
        PUT("[");
        if (u_elts(b, &e->v.List.elts) < 0)
            return -1;
        PUT("]");
        return 0;
    case GP_AST_EXPR_Tuple:
        return u_tuple(b, e, level);
    case GP_AST_EXPR_Slice:
        if (e->v.Slice.lower)
            EXPR(e->v.Slice.lower, PR_TEST);
        PUT(":");
        if (e->v.Slice.upper)
            EXPR(e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            PUT(":");
            EXPR(e->v.Slice.step, PR_TEST);
        }
        return 0;
    }
    return -1;   /* not an expression kind */
}

char *gp_ast_unparse_expr(const GpAstExpr *e, GpAstReprFn repr, void *ctx, size_t *len)
{
    UBuf b = { NULL, 0, 0, repr, ctx };
    if (u_expr(&b, e, PR_TEST) < 0 || put(&b, "", 0) < 0) {
        free(b.buf);
        return NULL;
    }
    *len = b.len;
    return b.buf;
}
