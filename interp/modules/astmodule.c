/* astmodule.c -- _ast: gilpy's parser tree handed to Python (interp/lib/ast.py).
 *
 * The parser builds a plain-C tree in an arena (compile/ast.h).  This module
 * parses source and converts that tree into nested Python values that
 * ast.py turns into node instances:
 *
 *     node  = (class_name, location, field_1, field_2, ...)
 *     location = (lineno, col_offset, end_lineno, end_col_offset) or None
 *     field = None | str | int | constant value | node | [field, ...]
 *
 * with the fields in the order of the class's `_fields` in CPython 3.11
 * (type_comment fields are always None, Module.type_ignores is []).
 * Operators and expression contexts are nodes without fields, e.g.
 * ("Add", None).  Only the parser's own constants appear as values and none
 * of them is a tuple, so a tuple always means a node.
 *
 * Keeping the node classes in Python keeps this file a pure translation
 * and lets users subclass and construct nodes as in CPython.
 *
 * Parse errors are raised by handing the same source to the compiler,
 * which fails in the parser the same way and raises exactly the
 * SyntaxError / IndentationError compile() would.
 */
#include <string.h>
#include <stdarg.h>
#include <stdlib.h>
#include "compile/compiler.h"

/* ---- generic node construction ------------------------------------------ */

/* A node tuple; every field argument is a new reference (stolen) and may be
 * NULL after a failed conversion, in which case everything is released. */
static GpObject *mk(const char *name, GpObject *loc, int nfields, ...)
{
    va_list ap;
    va_start(ap, nfields);
    GpObject *t = gp_tuple_new(2 + nfields);
    int ok = t != NULL && loc != NULL;
    GpObject *s = gp_str_intern_cstr(name);
    if (!s)
        ok = 0;
    if (t) {
        GP_TUPLE_SET(t, 0, s ? s : gp_newref(gp_None));
        GP_TUPLE_SET(t, 1, loc ? loc : gp_newref(gp_None));
    } else {
        if (s)
            GP_DECREF(s);
        if (loc)
            GP_DECREF(loc);
    }
    for (int i = 0; i < nfields; i++) {
        GpObject *f = va_arg(ap, GpObject *);
        if (!f)
            ok = 0;
        if (t)
            GP_TUPLE_SET(t, 2 + i, f ? f : gp_newref(gp_None));
        else if (f)
            GP_DECREF(f);
    }
    va_end(ap);
    if (!ok) {
        if (t)
            GP_DECREF(t);
        return NULL;
    }
    return t;
}

static GpObject *loc4(int l, int c, int el, int ec)
{
    GpObject *t = gp_tuple_new(4);
    if (!t)
        return NULL;
    GP_TUPLE_SET(t, 0, gp_int_from_i64(l));
    GP_TUPLE_SET(t, 1, gp_int_from_i64(c));
    GP_TUPLE_SET(t, 2, gp_int_from_i64(el));
    GP_TUPLE_SET(t, 3, gp_int_from_i64(ec));
    return t;
}

#define LOC(n) loc4((n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset)
#define NOLOC() gp_newref(gp_None)
#define NONE() gp_newref(gp_None)

static GpObject *ident(const char *s) { return s ? gp_str_from_cstr(s) : NONE(); }
static GpObject *num(int64_t v) { return gp_int_from_i64(v); }
static GpObject *simple(const char *name) { return mk(name, NOLOC(), 0); }

/* A list built by calling conv on every item of a sequence. */
typedef GpObject *(*ConvFn)(const void *item);

static GpObject *seq(GpAstSeq s, ConvFn conv)
{
    GpObject *l = gp_list_new(0);
    for (int i = 0; l && i < s.n; i++) {
        GpObject *x = s.items[i] ? conv(s.items[i]) : NONE();
        if (!x || gp_list_append(l, x) < 0) {
            if (x)
                GP_DECREF(x);
            GP_DECREF(l);
            return NULL;
        }
        GP_DECREF(x);
    }
    return l;
}

static GpObject *conv_expr(const void *p);
static GpObject *conv_stmt(const void *p);
static GpObject *conv_pattern(const void *p);

static GpObject *opt_expr(const GpAstExpr *e) { return e ? conv_expr(e) : NONE(); }
static GpObject *exprs(GpAstSeq s) { return seq(s, conv_expr); }
static GpObject *stmts(GpAstSeq s) { return seq(s, conv_stmt); }
static GpObject *conv_ident(const void *p) { return gp_str_from_cstr((const char *)p); }

/* ---- small product types -------------------------------------------------- */

static GpObject *conv_arg(const void *p)
{
    const GpAstArg *a = p;
    return mk("arg", LOC(a), 3, ident(a->arg), opt_expr(a->annotation), NONE());
}

static GpObject *opt_arg(const GpAstArg *a) { return a ? conv_arg(a) : NONE(); }

static GpObject *conv_arguments(const GpAstArguments *a)
{
    return mk("arguments", NOLOC(), 7, seq(a->posonlyargs, conv_arg), seq(a->args, conv_arg),
              opt_arg(a->vararg), seq(a->kwonlyargs, conv_arg), exprs(a->kw_defaults),
              opt_arg(a->kwarg), exprs(a->defaults));
}

static GpObject *conv_keyword(const void *p)
{
    const GpAstKeyword *k = p;
    return mk("keyword", LOC(k), 2, ident(k->arg), conv_expr(k->value));
}

static GpObject *conv_alias(const void *p)
{
    const GpAstAlias *a = p;
    return mk("alias", LOC(a), 2, ident(a->name), ident(a->asname));
}

static GpObject *conv_withitem(const void *p)
{
    const GpAstWithItem *w = p;
    return mk("withitem", NOLOC(), 2, conv_expr(w->context_expr), opt_expr(w->optional_vars));
}

static GpObject *conv_comprehension(const void *p)
{
    const GpAstComprehension *c = p;
    return mk("comprehension", NOLOC(), 4, conv_expr(c->target), conv_expr(c->iter), exprs(c->ifs),
              num(c->is_async));
}

static GpObject *conv_handler(const void *p)
{
    const GpAstExceptHandler *h = p;
    return mk("ExceptHandler", LOC(h), 3, opt_expr(h->type), ident(h->name), stmts(h->body));
}

static GpObject *conv_match_case(const void *p)
{
    const GpAstMatchCase *m = p;
    return mk("match_case", NOLOC(), 3, conv_pattern(m->pattern), opt_expr(m->guard), stmts(m->body));
}

static GpObject *conv_cmpop(const void *p)
{
    return simple(gp_ast_cmpop_names[(int)(intptr_t)p]);
}

/* ---- constants -------------------------------------------------------------- */

static GpObject *str_value(const char *s, size_t n)
{
    /* the parser's bytes are the internal str representation (UTF-8 with
     * lone surrogates as 3-byte sequences), so only code points are counted */
    gp_ssize ncp = 0;
    int ascii = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x80)
            ascii = 0;
        if ((ch & 0xC0) != 0x80)
            ncp++;
    }
    return gp_str_from_utf8_trusted(s, (gp_ssize)n, ncp, ascii);
}

static GpObject *const_value(const GpAstConstant *k)
{
    switch (k->kind) {
    case GP_CONST_NONE: return NONE();
    case GP_CONST_TRUE: return gp_newref(gp_True);
    case GP_CONST_FALSE: return gp_newref(gp_False);
    case GP_CONST_ELLIPSIS: return gp_newref(gp_Ellipsis);
    case GP_CONST_INT: return gp_int_from_string(k->text, (gp_ssize)strlen(k->text), k->base);
    case GP_CONST_FLOAT: return gp_float_new(k->dval);
    case GP_CONST_COMPLEX: return gp_complex_new(0.0, k->dval);
    case GP_CONST_STR: return str_value(k->str, k->len);
    case GP_CONST_BYTES: return gp_bytes_from(k->str, (gp_ssize)k->len);
    }
    gp_err_set_string(&GpExc_SystemError, "_ast: bad constant kind");
    return NULL;
}

/* ---- expressions -------------------------------------------------------------- */

static GpObject *ctx(GpAstExprContext c) { return simple(gp_ast_ctx_names[c]); }

static GpObject *conv_expr(const void *p)
{
    const GpAstExpr *e = p;
    GpObject *L = LOC(e);
    switch (e->kind) {
    case GP_AST_EXPR_BoolOp:
        return mk("BoolOp", L, 2, simple(gp_ast_boolop_names[e->v.BoolOp.op]), exprs(e->v.BoolOp.values));
    case GP_AST_EXPR_NamedExpr:
        return mk("NamedExpr", L, 2, conv_expr(e->v.NamedExpr.target), conv_expr(e->v.NamedExpr.value));
    case GP_AST_EXPR_BinOp:
        return mk("BinOp", L, 3, conv_expr(e->v.BinOp.left), simple(gp_ast_operator_names[e->v.BinOp.op]),
                  conv_expr(e->v.BinOp.right));
    case GP_AST_EXPR_UnaryOp:
        return mk("UnaryOp", L, 2, simple(gp_ast_unaryop_names[e->v.UnaryOp.op]),
                  conv_expr(e->v.UnaryOp.operand));
    case GP_AST_EXPR_Lambda:
        return mk("Lambda", L, 2, conv_arguments(e->v.Lambda.args), conv_expr(e->v.Lambda.body));
    case GP_AST_EXPR_IfExp:
        return mk("IfExp", L, 3, conv_expr(e->v.IfExp.test), conv_expr(e->v.IfExp.body),
                  conv_expr(e->v.IfExp.orelse));
    case GP_AST_EXPR_Dict:
        return mk("Dict", L, 2, exprs(e->v.Dict.keys), exprs(e->v.Dict.values));
    case GP_AST_EXPR_Set:
        return mk("Set", L, 1, exprs(e->v.Set.elts));
    case GP_AST_EXPR_ListComp:
        return mk("ListComp", L, 2, conv_expr(e->v.ListComp.elt),
                  seq(e->v.ListComp.generators, conv_comprehension));
    case GP_AST_EXPR_SetComp:
        return mk("SetComp", L, 2, conv_expr(e->v.SetComp.elt), seq(e->v.SetComp.generators, conv_comprehension));
    case GP_AST_EXPR_DictComp:
        return mk("DictComp", L, 3, conv_expr(e->v.DictComp.key), conv_expr(e->v.DictComp.value),
                  seq(e->v.DictComp.generators, conv_comprehension));
    case GP_AST_EXPR_GeneratorExp:
        return mk("GeneratorExp", L, 2, conv_expr(e->v.GeneratorExp.elt),
                  seq(e->v.GeneratorExp.generators, conv_comprehension));
    case GP_AST_EXPR_Await:
        return mk("Await", L, 1, conv_expr(e->v.Await.value));
    case GP_AST_EXPR_Yield:
        return mk("Yield", L, 1, opt_expr(e->v.Yield.value));
    case GP_AST_EXPR_YieldFrom:
        return mk("YieldFrom", L, 1, conv_expr(e->v.YieldFrom.value));
    case GP_AST_EXPR_Compare:
        return mk("Compare", L, 3, conv_expr(e->v.Compare.left), seq(e->v.Compare.ops, conv_cmpop),
                  exprs(e->v.Compare.comparators));
    case GP_AST_EXPR_Call:
        return mk("Call", L, 3, conv_expr(e->v.Call.func), exprs(e->v.Call.args),
                  seq(e->v.Call.keywords, conv_keyword));
    case GP_AST_EXPR_FormattedValue:
        return mk("FormattedValue", L, 3, conv_expr(e->v.FormattedValue.value),
                  num(e->v.FormattedValue.conversion), opt_expr(e->v.FormattedValue.format_spec));
    case GP_AST_EXPR_JoinedStr:
        return mk("JoinedStr", L, 1, exprs(e->v.JoinedStr.values));
    case GP_AST_EXPR_Constant:
        return mk("Constant", L, 2, const_value(&e->v.Constant),
                  e->v.Constant.is_u ? gp_str_from_cstr("u") : NONE());
    case GP_AST_EXPR_Attribute:
        return mk("Attribute", L, 3, conv_expr(e->v.Attribute.value), ident(e->v.Attribute.attr),
                  ctx(e->v.Attribute.ctx));
    case GP_AST_EXPR_Subscript:
        return mk("Subscript", L, 3, conv_expr(e->v.Subscript.value), conv_expr(e->v.Subscript.slice),
                  ctx(e->v.Subscript.ctx));
    case GP_AST_EXPR_Starred:
        return mk("Starred", L, 2, conv_expr(e->v.Starred.value), ctx(e->v.Starred.ctx));
    case GP_AST_EXPR_Name:
        return mk("Name", L, 2, ident(e->v.Name.id), ctx(e->v.Name.ctx));
    case GP_AST_EXPR_List:
        return mk("List", L, 2, exprs(e->v.List.elts), ctx(e->v.List.ctx));
    case GP_AST_EXPR_Tuple:
        return mk("Tuple", L, 2, exprs(e->v.Tuple.elts), ctx(e->v.Tuple.ctx));
    case GP_AST_EXPR_Slice:
        return mk("Slice", L, 3, opt_expr(e->v.Slice.lower), opt_expr(e->v.Slice.upper),
                  opt_expr(e->v.Slice.step));
    }
    if (L)
        GP_DECREF(L);
    gp_err_set_string(&GpExc_SystemError, "_ast: bad expression kind");
    return NULL;
}

/* ---- patterns ------------------------------------------------------------------ */

static GpObject *conv_pattern(const void *p)
{
    const GpAstPattern *q = p;
    GpObject *L = LOC(q);
    switch (q->kind) {
    case GP_AST_PAT_MatchValue:
        return mk("MatchValue", L, 1, conv_expr(q->v.MatchValue.value));
    case GP_AST_PAT_MatchSingleton: {
        GpConstKind k = q->v.MatchSingleton.value;
        GpObject *v = k == GP_CONST_TRUE ? gp_True : k == GP_CONST_FALSE ? gp_False : gp_None;
        return mk("MatchSingleton", L, 1, gp_newref(v));
    }
    case GP_AST_PAT_MatchSequence:
        return mk("MatchSequence", L, 1, seq(q->v.MatchSequence.patterns, conv_pattern));
    case GP_AST_PAT_MatchMapping:
        return mk("MatchMapping", L, 3, exprs(q->v.MatchMapping.keys),
                  seq(q->v.MatchMapping.patterns, conv_pattern), ident(q->v.MatchMapping.rest));
    case GP_AST_PAT_MatchClass:
        return mk("MatchClass", L, 4, conv_expr(q->v.MatchClass.cls), seq(q->v.MatchClass.patterns, conv_pattern),
                  seq(q->v.MatchClass.kwd_attrs, conv_ident), seq(q->v.MatchClass.kwd_patterns, conv_pattern));
    case GP_AST_PAT_MatchStar:
        return mk("MatchStar", L, 1, ident(q->v.MatchStar.name));
    case GP_AST_PAT_MatchAs:
        return mk("MatchAs", L, 2, q->v.MatchAs.pattern ? conv_pattern(q->v.MatchAs.pattern) : NONE(),
                  ident(q->v.MatchAs.name));
    case GP_AST_PAT_MatchOr:
        return mk("MatchOr", L, 1, seq(q->v.MatchOr.patterns, conv_pattern));
    }
    if (L)
        GP_DECREF(L);
    gp_err_set_string(&GpExc_SystemError, "_ast: bad pattern kind");
    return NULL;
}

/* ---- statements ------------------------------------------------------------------ */

static GpObject *conv_stmt(const void *p)
{
    const GpAstStmt *s = p;
    GpObject *L = LOC(s);
    switch (s->kind) {
    case GP_AST_STMT_FunctionDef:
    case GP_AST_STMT_AsyncFunctionDef: {
        const GpAstFunctionDefFields *f = &s->v.FunctionDef;
        return mk(s->kind == GP_AST_STMT_FunctionDef ? "FunctionDef" : "AsyncFunctionDef", L, 6, ident(f->name),
                  conv_arguments(f->args), stmts(f->body), exprs(f->decorator_list), opt_expr(f->returns), NONE());
    }
    case GP_AST_STMT_ClassDef:
        return mk("ClassDef", L, 5, ident(s->v.ClassDef.name), exprs(s->v.ClassDef.bases),
                  seq(s->v.ClassDef.keywords, conv_keyword), stmts(s->v.ClassDef.body),
                  exprs(s->v.ClassDef.decorator_list));
    case GP_AST_STMT_Return:
        return mk("Return", L, 1, opt_expr(s->v.Return.value));
    case GP_AST_STMT_Delete:
        return mk("Delete", L, 1, exprs(s->v.Delete.targets));
    case GP_AST_STMT_Assign:
        return mk("Assign", L, 3, exprs(s->v.Assign.targets), conv_expr(s->v.Assign.value), NONE());
    case GP_AST_STMT_AugAssign:
        return mk("AugAssign", L, 3, conv_expr(s->v.AugAssign.target),
                  simple(gp_ast_operator_names[s->v.AugAssign.op]), conv_expr(s->v.AugAssign.value));
    case GP_AST_STMT_AnnAssign:
        return mk("AnnAssign", L, 4, conv_expr(s->v.AnnAssign.target), conv_expr(s->v.AnnAssign.annotation),
                  opt_expr(s->v.AnnAssign.value), num(s->v.AnnAssign.simple));
    case GP_AST_STMT_For:
    case GP_AST_STMT_AsyncFor: {
        const GpAstForFields *f = &s->v.For;
        return mk(s->kind == GP_AST_STMT_For ? "For" : "AsyncFor", L, 5, conv_expr(f->target), conv_expr(f->iter),
                  stmts(f->body), stmts(f->orelse), NONE());
    }
    case GP_AST_STMT_While:
        return mk("While", L, 3, conv_expr(s->v.While.test), stmts(s->v.While.body), stmts(s->v.While.orelse));
    case GP_AST_STMT_If:
        return mk("If", L, 3, conv_expr(s->v.If.test), stmts(s->v.If.body), stmts(s->v.If.orelse));
    case GP_AST_STMT_With:
    case GP_AST_STMT_AsyncWith:
        return mk(s->kind == GP_AST_STMT_With ? "With" : "AsyncWith", L, 3, seq(s->v.With.items, conv_withitem),
                  stmts(s->v.With.body), NONE());
    case GP_AST_STMT_Match:
        return mk("Match", L, 2, conv_expr(s->v.Match.subject), seq(s->v.Match.cases, conv_match_case));
    case GP_AST_STMT_Raise:
        return mk("Raise", L, 2, opt_expr(s->v.Raise.exc), opt_expr(s->v.Raise.cause));
    case GP_AST_STMT_Try:
    case GP_AST_STMT_TryStar: {
        const GpAstTryFields *t = &s->v.Try;
        return mk(s->kind == GP_AST_STMT_Try ? "Try" : "TryStar", L, 4, stmts(t->body),
                  seq(t->handlers, conv_handler), stmts(t->orelse), stmts(t->finalbody));
    }
    case GP_AST_STMT_Assert:
        return mk("Assert", L, 2, conv_expr(s->v.Assert.test), opt_expr(s->v.Assert.msg));
    case GP_AST_STMT_Import:
        return mk("Import", L, 1, seq(s->v.Import.names, conv_alias));
    case GP_AST_STMT_ImportFrom:
        return mk("ImportFrom", L, 3, ident(s->v.ImportFrom.module), seq(s->v.ImportFrom.names, conv_alias),
                  num(s->v.ImportFrom.level));
    case GP_AST_STMT_Global:
        return mk("Global", L, 1, seq(s->v.Global.names, conv_ident));
    case GP_AST_STMT_Nonlocal:
        return mk("Nonlocal", L, 1, seq(s->v.Nonlocal.names, conv_ident));
    case GP_AST_STMT_Expr:
        return mk("Expr", L, 1, conv_expr(s->v.Expr.value));
    case GP_AST_STMT_Pass:
        return mk("Pass", L, 0);
    case GP_AST_STMT_Break:
        return mk("Break", L, 0);
    case GP_AST_STMT_Continue:
        return mk("Continue", L, 0);
    }
    if (L)
        GP_DECREF(L);
    gp_err_set_string(&GpExc_SystemError, "_ast: bad statement kind");
    return NULL;
}

static GpObject *conv_mod(const GpAstMod *m)
{
    switch (m->kind) {
    case GP_AST_MOD_Module:
        return mk("Module", NOLOC(), 2, stmts(m->body), gp_list_new(0));
    case GP_AST_MOD_Interactive:
        return mk("Interactive", NOLOC(), 1, stmts(m->body));
    case GP_AST_MOD_Expression:
        return mk("Expression", NOLOC(), 1, conv_expr(m->expr));
    }
    gp_err_set_string(&GpExc_SystemError, "_ast: bad module kind");
    return NULL;
}

/* ---- _ast.parse_tree(source, filename, mode) ------------------------------------- */

static GpObject *ast_parse_tree(GpObject *m, GpObject *const *args, size_t nargs)
{
    (void)m;
    if (nargs != 3) {
        gp_err_set_string(&GpExc_TypeError, "parse_tree() takes exactly 3 arguments");
        return NULL;
    }
    GpObject *src = args[0], *fn = args[1], *mode = args[2];
    const char *s;
    gp_ssize n;
    int flags = 0;
    if (GP_STR_CHECK(src)) {
        s = GP_STR_DATA(src);
        n = GP_STR_NBYTES(src);
        flags = 1; /* GP_PARSE_FLAG_IGNORE_COOKIE: already decoded */
    } else if (GP_BYTES_CHECK(src)) {
        s = GP_BYTES_DATA(src);
        n = GP_SIZE(src);
    } else {
        gp_err_format(&GpExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        return NULL;
    }
    if (!GP_STR_CHECK(fn) || !GP_STR_CHECK(mode)) {
        gp_err_set_string(&GpExc_TypeError, "parse_tree(): filename and mode must be str");
        return NULL;
    }
    const char *md = GP_STR_DATA(mode);
    int pmode = strcmp(md, "exec") == 0 ? 0 : strcmp(md, "eval") == 0 ? 1 : strcmp(md, "single") == 0 ? 2 : -1;
    if (pmode < 0) {
        /* ast.parse's message: with PyCF_ONLY_AST CPython also lists func_type */
        gp_err_set_string(&GpExc_ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        return NULL;
    }
    if (memchr(s, 0, (size_t)n)) {
        /* a SyntaxError for ast.parse (compile() raises ValueError) */
        gp_err_set_string(&GpExc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    GpArena *arena = gp_arena_new();
    if (!arena)
        return gp_err_no_memory();
    GpCompParseErr err;
    memset(&err, 0, sizeof err);
    GpAstMod *mod = gp_compiler_parse(arena, s, (size_t)n, GP_STR_DATA(fn), pmode, flags, &err);
    GpObject *r = NULL;
    if (mod) {
        r = conv_mod(mod);
    } else {
        free(err.text);
        /* the compiler fails in the same parse and raises the exact error */
        GpObject *co = gp_compile_source(s, n, fn, md, flags, 0);
        if (co) {
            GP_DECREF(co);
            gp_err_set_string(&GpExc_SyntaxError, "invalid syntax");
        }
    }
    gp_arena_free(arena);
    return r;
}

static const GpMethodDef ast_methods[] = {
    GP_METHOD("parse_tree", ast_parse_tree, GP_METH_FAST),
    { NULL },
};

int gp_mod__ast_init(GpObject *m)
{
    return gp_add_functions(GP_MODULE_DICT(m), ast_methods, gp_str_intern_cstr("_ast"));
}
