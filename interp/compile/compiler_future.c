/* compiler_future.c -- `from __future__ import ...` (CPython 3.11 rules).
 *
 * A future statement is a `from __future__ import` among the first
 * statements of a module: only a docstring and other future statements may
 * precede it.  gp_c_future_parse() runs after parsing and before the
 * symbol table: it walks those leading statements and collects their
 * features into c->future_features, remembering the line of the last one.
 * Any later `from __future__ import` (anywhere, also inside a def) is
 * rejected by gp_c_future_check_import() when its statement is compiled;
 * like CPython the test is by line number, so a second future import on
 * the line of the last leading one passes (it is then an ordinary import),
 * while one on the same line as the first other statement is caught by
 * gp_c_future_parse() (with a different location, again as CPython).
 *
 * The module level is CPython's (`from .__future__ import x` counts too:
 * only the module name is compared).  Features:
 *   annotations      PEP 563: annotations become strings (ast_unparse.c);
 *                    yield, await and := are then errors inside them, as
 *                    CPython's symbol table reports them from its separate
 *                    annotation scope (checked here, before our symtable,
 *                    which would report "'yield' outside function").
 *   barry_as_FLUFL   sets its co_flags bit (inherited by compile()/exec());
 *                    the parser does not act on it (see the report).
 *   the others       accepted, no effect (already the behaviour of 3.x).
 *   braces           "not a chance".
 */
#include <string.h>
#include "compile/compiler.h"

static const struct {
    const char *name;
    int flag;
} features[] = {
    { "nested_scopes", 0 },    { "generators", 0 },       { "division", 0 },
    { "absolute_import", 0 },  { "with_statement", 0 },   { "print_function", 0 },
    { "unicode_literals", 0 }, { "barry_as_FLUFL", GP_CO_FUTURE_BARRY_AS_BDFL },
    { "generator_stop", 0 },   { "annotations", GP_CO_FUTURE_ANNOTATIONS },
};

static int is_future_import(const GpAstStmt *s)
{
    return s->kind == GP_AST_STMT_ImportFrom && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

/* CPython locates these errors at the statement's start only: end_lineno
 * is the same line and end_offset is None.  col: the 0-based column whose
 * 1-based offset is reported. */
static int future_error(GpCompiler *c, const GpAstStmt *s, int col, const char *fmt,
                        const char *arg)
{
    gp_compiler_error(c->filename, c->src, c->srclen, s->lineno, col, s->lineno, 0, fmt, arg);
    GpObject *exc = gp_err_fetch();
    if (exc && gp_setattr_str(exc, "end_offset", gp_None) < 0)
        gp_err_clear();
    gp_err_restore(exc);
    return -1;
}

static int check_features(GpCompiler *c, const GpAstStmt *s)
{
    for (int i = 0; i < s->v.ImportFrom.names.n; i++) {
        const GpAstAlias *a = s->v.ImportFrom.names.items[i];
        size_t k = 0, nfeat = sizeof features / sizeof features[0];
        while (k < nfeat && strcmp(features[k].name, a->name) != 0)
            k++;
        if (k < nfeat) {
            c->future_features |= features[k].flag;
            continue;
        }
        if (strcmp(a->name, "braces") == 0)
            return future_error(c, s, s->col_offset, "not a chance", NULL);
        return future_error(c, s, s->col_offset, "future feature %.100s is not defined", a->name);
    }
    return 0;
}

/* ---- yield / await / := inside annotations (under `annotations`) --------- */

static int ann_expr(GpCompiler *c, const GpAstExpr *e);

static int ann_seq(GpCompiler *c, const GpAstSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i] && ann_expr(c, seq->items[i]) < 0)
            return -1;
    return 0;
}

static int ann_error(GpCompiler *c, const GpAstExpr *e, const char *what)
{
    gp_compiler_error(c->filename, c->src, c->srclen, e->lineno, e->col_offset, e->end_lineno,
                      e->end_col_offset, "'%s' can not be used within an annotation", what);
    return -1;
}

/* Only what runs in the annotation's own scope: a lambda body and the
 * inside of a comprehension (except its first iterable) are scopes of
 * their own. */
static int ann_expr(GpCompiler *c, const GpAstExpr *e)
{
    if (!e)
        return 0;
    switch (e->kind) {
    case GP_AST_EXPR_Yield:
    case GP_AST_EXPR_YieldFrom:
        return ann_error(c, e, "yield expression");
    case GP_AST_EXPR_Await:
        return ann_error(c, e, "await expression");
    case GP_AST_EXPR_NamedExpr:
        return ann_error(c, e, "named expression");
    case GP_AST_EXPR_BoolOp:
        return ann_seq(c, &e->v.BoolOp.values);
    case GP_AST_EXPR_BinOp:
        GP_C_CHECK(ann_expr(c, e->v.BinOp.left));
        return ann_expr(c, e->v.BinOp.right);
    case GP_AST_EXPR_UnaryOp:
        return ann_expr(c, e->v.UnaryOp.operand);
    case GP_AST_EXPR_Lambda:
        GP_C_CHECK(ann_seq(c, &e->v.Lambda.args->defaults));
        return ann_seq(c, &e->v.Lambda.args->kw_defaults);
    case GP_AST_EXPR_IfExp:
        GP_C_CHECK(ann_expr(c, e->v.IfExp.test));
        GP_C_CHECK(ann_expr(c, e->v.IfExp.body));
        return ann_expr(c, e->v.IfExp.orelse);
    case GP_AST_EXPR_Dict:
        GP_C_CHECK(ann_seq(c, &e->v.Dict.keys));
        return ann_seq(c, &e->v.Dict.values);
    case GP_AST_EXPR_Set:
        return ann_seq(c, &e->v.Set.elts);
    case GP_AST_EXPR_ListComp:
    case GP_AST_EXPR_SetComp:
    case GP_AST_EXPR_DictComp:
    case GP_AST_EXPR_GeneratorExp: {
        const GpAstSeq *g = e->kind == GP_AST_EXPR_ListComp  ? &e->v.ListComp.generators
                            : e->kind == GP_AST_EXPR_SetComp ? &e->v.SetComp.generators
                            : e->kind == GP_AST_EXPR_DictComp ? &e->v.DictComp.generators
                                                              : &e->v.GeneratorExp.generators;
        return g->n ? ann_expr(c, ((const GpAstComprehension *)g->items[0])->iter) : 0;
    }
    case GP_AST_EXPR_Compare:
        GP_C_CHECK(ann_expr(c, e->v.Compare.left));
        return ann_seq(c, &e->v.Compare.comparators);
    case GP_AST_EXPR_Call:
        GP_C_CHECK(ann_expr(c, e->v.Call.func));
        GP_C_CHECK(ann_seq(c, &e->v.Call.args));
        for (int i = 0; i < e->v.Call.keywords.n; i++)
            GP_C_CHECK(ann_expr(c, ((const GpAstKeyword *)e->v.Call.keywords.items[i])->value));
        return 0;
    case GP_AST_EXPR_FormattedValue:
        GP_C_CHECK(ann_expr(c, e->v.FormattedValue.value));
        return ann_expr(c, e->v.FormattedValue.format_spec);
    case GP_AST_EXPR_JoinedStr:
        return ann_seq(c, &e->v.JoinedStr.values);
    case GP_AST_EXPR_Attribute:
        return ann_expr(c, e->v.Attribute.value);
    case GP_AST_EXPR_Subscript:
        GP_C_CHECK(ann_expr(c, e->v.Subscript.value));
        return ann_expr(c, e->v.Subscript.slice);
    case GP_AST_EXPR_Starred:
        return ann_expr(c, e->v.Starred.value);
    case GP_AST_EXPR_List:
        return ann_seq(c, &e->v.List.elts);
    case GP_AST_EXPR_Tuple:
        return ann_seq(c, &e->v.Tuple.elts);
    case GP_AST_EXPR_Slice:
        GP_C_CHECK(ann_expr(c, e->v.Slice.lower));
        GP_C_CHECK(ann_expr(c, e->v.Slice.upper));
        return ann_expr(c, e->v.Slice.step);
    default:
        return 0;
    }
}

static int ann_args(GpCompiler *c, const GpAstSeq *args)
{
    for (int i = 0; i < args->n; i++)
        GP_C_CHECK(ann_expr(c, ((const GpAstArg *)args->items[i])->annotation));
    return 0;
}

static int ann_stmts(GpCompiler *c, const GpAstSeq *body);

/* Every annotation in s and the statements nested in it, in source order. */
static int ann_stmt(GpCompiler *c, const GpAstStmt *s)
{
    switch (s->kind) {
    case GP_AST_STMT_FunctionDef:
    case GP_AST_STMT_AsyncFunctionDef: {
        const GpAstArguments *a = s->v.FunctionDef.args;
        GP_C_CHECK(ann_args(c, &a->posonlyargs));
        GP_C_CHECK(ann_args(c, &a->args));
        if (a->vararg)
            GP_C_CHECK(ann_expr(c, a->vararg->annotation));
        GP_C_CHECK(ann_args(c, &a->kwonlyargs));
        if (a->kwarg)
            GP_C_CHECK(ann_expr(c, a->kwarg->annotation));
        GP_C_CHECK(ann_expr(c, s->v.FunctionDef.returns));
        return ann_stmts(c, &s->v.FunctionDef.body);
    }
    case GP_AST_STMT_ClassDef:
        return ann_stmts(c, &s->v.ClassDef.body);
    case GP_AST_STMT_AnnAssign:
        return ann_expr(c, s->v.AnnAssign.annotation);
    case GP_AST_STMT_For:
    case GP_AST_STMT_AsyncFor:
        GP_C_CHECK(ann_stmts(c, &s->v.For.body));
        return ann_stmts(c, &s->v.For.orelse);
    case GP_AST_STMT_While:
        GP_C_CHECK(ann_stmts(c, &s->v.While.body));
        return ann_stmts(c, &s->v.While.orelse);
    case GP_AST_STMT_If:
        GP_C_CHECK(ann_stmts(c, &s->v.If.body));
        return ann_stmts(c, &s->v.If.orelse);
    case GP_AST_STMT_With:
    case GP_AST_STMT_AsyncWith:
        return ann_stmts(c, &s->v.With.body);
    case GP_AST_STMT_Match:
        for (int i = 0; i < s->v.Match.cases.n; i++)
            GP_C_CHECK(ann_stmts(c, &((const GpAstMatchCase *)s->v.Match.cases.items[i])->body));
        return 0;
    case GP_AST_STMT_Try:
    case GP_AST_STMT_TryStar:
        GP_C_CHECK(ann_stmts(c, &s->v.Try.body));
        for (int i = 0; i < s->v.Try.handlers.n; i++)
            GP_C_CHECK(ann_stmts(c, &((const GpAstExceptHandler *)s->v.Try.handlers.items[i])->body));
        GP_C_CHECK(ann_stmts(c, &s->v.Try.orelse));
        return ann_stmts(c, &s->v.Try.finalbody);
    default:
        return 0;
    }
}

static int ann_stmts(GpCompiler *c, const GpAstSeq *body)
{
    for (int i = 0; i < body->n; i++)
        GP_C_CHECK(ann_stmt(c, body->items[i]));
    return 0;
}

/* ---- entry points ----------------------------------------------------------- */

int gp_c_future_parse(GpCompiler *c, GpAstMod *mod)
{
    c->future_lineno = -1;
    if (mod->kind != GP_AST_MOD_Module && mod->kind != GP_AST_MOD_Interactive)
        return 0;
    const GpAstSeq *body = &mod->body;
    int i = 0, done = 0, prev_line = 0;
    if (body->n) {
        const GpAstStmt *s = body->items[0];
        if (s->kind == GP_AST_STMT_Expr && s->v.Expr.value->kind == GP_AST_EXPR_Constant &&
            s->v.Expr.value->v.Constant.kind == GP_CONST_STR)
            i = 1;   /* the docstring */
    }
    for (; i < body->n; i++) {
        const GpAstStmt *s = body->items[i];
        /* After the first other statement, only the rest of its line is
         * looked at: a future import there is reported here (at the
         * statement's 0-based column, as CPython does); later lines are
         * left to gp_c_future_check_import(). */
        if (done && s->lineno > prev_line)
            break;
        prev_line = s->lineno;
        if (!is_future_import(s)) {
            done = 1;
            continue;
        }
        if (done)
            return future_error(c, s, s->col_offset - 1,
                                "from __future__ imports must occur at the beginning of the file",
                                NULL);
        GP_C_CHECK(check_features(c, s));
        c->future_lineno = s->lineno;
    }
    if (c->future_features & GP_CO_FUTURE_ANNOTATIONS)
        return ann_stmts(c, body);
    return 0;
}

int gp_c_future_check_import(GpCompiler *c, GpAstStmt *s)
{
    if (!is_future_import(s) || s->lineno <= c->future_lineno)
        return 0;
    gp_compiler_error(c->filename, c->src, c->srclen, s->lineno, s->col_offset, s->end_lineno,
                      s->end_col_offset, "from __future__ imports must occur at the beginning of the file");
    return -1;
}
