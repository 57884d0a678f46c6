/* compiler_func.c -- code objects nested in other code: def, lambda, class
 * bodies and comprehensions (3.11: each comprehension is a function called
 * at once with the iterator of its first `for` as argument ".0").
 *
 * For every function-like code object co_consts[0] is the docstring or None
 * (MAKE_FUNCTION reads it as __doc__).
 */
#include <stdlib.h>
#include <string.h>
#include "compile/compiler.h"

#define LOCOF(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

int gp_c_call_helper(GpCompiler *c, int npushed, GpAstSeq *args, GpAstSeq *kws, int lineno);
int gp_c_call_is_ex(GpAstSeq *args, GpAstSeq *kws);
GpObject *gp_c_docstring_of(GpCompiler *c, GpAstSeq *body);

static int err_at(GpCompiler *c, int lineno, int col, int end_lineno, int end_col, const char *msg,
                  const char *arg)
{
    gp_compiler_error(c->filename, c->src, c->srclen, lineno, col, end_lineno, end_col, msg, arg);
    return -1;
}

/* Defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags. */
static int compile_defaults(GpCompiler *c, GpAstArguments *a)
{
    int flags = 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            GP_C_CHECK(gp_c_expr(c, a->defaults.items[i]));
        GP_C_EMIT(c, OP_BUILD_TUPLE, a->defaults.n);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        GpAstExpr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (!d)
            continue;
        GpAstArg *arg = a->kwonlyargs.items[i];
        GP_C_CHECK(gp_c_load_const(c, gp_str_intern_cstr(GP_C_MANGLE(c, arg->arg))));
        GP_C_CHECK(gp_c_expr(c, d));
        nkw++;
    }
    if (nkw) {
        GP_C_EMIT(c, OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

/* ---- PEP 563 annotation strings ---------------------------------------- */

/* The unparser's repr(): the constant as the object the compiler would
 * load, then its repr, as malloc'd UTF-8. */
static char *constant_repr(void *ctx, const GpAstConstant *k, size_t *len)
{
    (void)ctx;
    GpAstExpr e;
    memset(&e, 0, sizeof e);
    e.kind = GP_AST_EXPR_Constant;
    e.v.Constant = *k;
    GpObject *o = gp_c_constant_value(&e);
    if (!o)
        return NULL;
    GpObject *r = gp_repr(o);
    GP_DECREF(o);
    if (!r)
        return NULL;
    size_t n = (size_t)GP_STR_NBYTES(r);
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, GP_STR_DATA(r), n + 1);
        *len = n;
    } else {
        gp_err_no_memory();
    }
    GP_DECREF(r);
    return s;
}

GpObject *gp_c_annotation_string(GpCompiler *c, GpAstExpr *e)
{
    (void)c;
    size_t n;
    char *text = gp_ast_unparse_expr(e, constant_repr, NULL, &n);
    if (!text)
        return gp_err_occurred() ? NULL : gp_err_no_memory();
    /* the text is internal UTF-8 (str constants may carry lone surrogates) */
    gp_ssize ncp = 0;
    int ascii = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)text[i];
        ascii &= ch < 0x80;
        ncp += (ch & 0xC0) != 0x80;
    }
    GpObject *s = gp_str_from_utf8_trusted(text, (gp_ssize)n, ncp, ascii);
    free(text);
    return s;
}

static int ann_one(GpCompiler *c, const char *name, GpAstExpr *ann, int *n)
{
    if (!ann)
        return 0;
    GP_C_CHECK(gp_c_load_const(c, gp_str_intern_cstr(GP_C_MANGLE(c, name))));
    if (c->future_features & GP_CO_FUTURE_ANNOTATIONS) {
        GP_C_CHECK(gp_c_load_const(c, gp_c_annotation_string(c, ann)));
    } else if (ann->kind == GP_AST_EXPR_Starred) {
        /* *args: *Ts stores the one item of the unpacking: [value] = [*Ts] */
        GP_C_CHECK(gp_c_expr(c, ann->v.Starred.value));
        GP_C_EMIT(c, OP_UNPACK_SEQUENCE, 1);
    } else {
        GP_C_CHECK(gp_c_expr(c, ann));
    }
    (*n)++;
    return 0;
}

static int ann_seq(GpCompiler *c, GpAstSeq *args, int *n)
{
    for (int i = 0; i < args->n; i++) {
        GpAstArg *a = args->items[i];
        GP_C_CHECK(ann_one(c, a->arg, a->annotation, n));
    }
    return 0;
}

/* Annotations as the tuple (name1, value1, ...); returns 4 or 0. */
static int compile_annotations(GpCompiler *c, GpAstArguments *a, GpAstExpr *returns)
{
    int n = 0;
    /* CPython's order: the positional-or-keyword parameters come before
     * the positional-only ones */
    GP_C_CHECK(ann_seq(c, &a->args, &n));
    GP_C_CHECK(ann_seq(c, &a->posonlyargs, &n));
    if (a->vararg)
        GP_C_CHECK(ann_one(c, a->vararg->arg, a->vararg->annotation, &n));
    GP_C_CHECK(ann_seq(c, &a->kwonlyargs, &n));
    if (a->kwarg)
        GP_C_CHECK(ann_one(c, a->kwarg->arg, a->kwarg->annotation, &n));
    GP_C_CHECK(ann_one(c, "return", returns, &n));
    if (!n)
        return 0;
    GP_C_EMIT(c, OP_BUILD_TUPLE, 2 * n);
    return 4;
}

/* CPython reports a parameter named __debug__ at the whole def/lambda. */
static int check_arg_names(GpCompiler *c, GpAstArguments *a, int lineno, int col, int end_lineno,
                           int end_col)
{
    GpAstSeq *seqs[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++) {
            GpAstArg *arg = seqs[k]->items[i];
            GP_C_CHECK(gp_c_check_forbidden(c, arg->arg, lineno, col, end_lineno, end_col));
        }
    if (a->vararg)
        GP_C_CHECK(gp_c_check_forbidden(c, a->vararg->arg, lineno, col, end_lineno, end_col));
    if (a->kwarg)
        GP_C_CHECK(gp_c_check_forbidden(c, a->kwarg->arg, lineno, col, end_lineno, end_col));
    return 0;
}

/* The decorators are on the stack below the new function, outermost
 * deepest: apply the innermost first, each call on its decorator's line (as
 * CPython 3.11 reports it in tracebacks). */
static int apply_decorators(GpCompiler *c, GpAstSeq *decos)
{
    for (int i = decos->n - 1; i >= 0; i--) {
        GP_C_LOC(c, (GpAstExpr *)decos->items[i]);
        GP_C_EMIT(c, OP_CALL, 0);
    }
    return 0;
}

static void set_argcounts(GpCompiler *c, GpAstArguments *a)
{
    c->u->argcount = a->posonlyargs.n + a->args.n;
    c->u->posonlyargcount = a->posonlyargs.n;
    c->u->kwonlyargcount = a->kwonlyargs.n;
}

int gp_c_function(GpCompiler *c, GpAstStmt *s)
{
    GpAstFunctionDefFields *f = &s->v.FunctionDef;
    GP_C_CHECK(gp_c_check_forbidden(c, f->name, LOCOF(s)));
    GP_C_CHECK(check_arg_names(c, f->args, LOCOF(s)));
    int firstlineno = s->lineno;
    for (int i = 0; i < f->decorator_list.n; i++) {
        GpAstExpr *d = f->decorator_list.items[i];
        if (i == 0)
            firstlineno = d->lineno;
        GP_C_CHECK(gp_c_expr(c, d));
    }
    GP_C_LOC(c, s);
    int flags = compile_defaults(c, f->args);
    GP_C_CHECK(flags);
    int af = compile_annotations(c, f->args, f->returns);
    GP_C_CHECK(af);
    flags |= af;

    GpObject *name = gp_str_intern_cstr(f->name);
    if (!name)
        return -1;
    int r = gp_c_enter_scope(c, name, s, firstlineno);
    GP_DECREF(name);
    if (r < 0)
        goto fail;
    GpObject *doc = gp_c_docstring_of(c, &f->body);
    if (!doc && gp_err_occurred())
        goto fail;
    if (gp_c_add_const(c, doc ? doc : gp_newref(gp_None)) < 0)
        goto fail;
    set_argcounts(c, f->args);
    if ((c->u->ste->is_generator || c->u->ste->is_coroutine) && gp_c_emit(c, OP_GEN_START, 0) < 0)
        goto fail;
    int start = 0;
    if (f->body.n && ((GpAstStmt *)f->body.items[0])->kind == GP_AST_STMT_Expr) {
        GpAstExpr *v = ((GpAstStmt *)f->body.items[0])->v.Expr.value;
        if (v->kind == GP_AST_EXPR_Constant && v->v.Constant.kind == GP_CONST_STR)
            start = 1;
    }
    for (int i = start; i < f->body.n; i++)
        if (gp_c_stmt(c, f->body.items[i]) < 0)
            goto fail;
    if (f->body.n)
        GP_C_LINE(c, ((GpAstStmt *)f->body.items[f->body.n - 1])->end_lineno > 0
                         ? ((GpAstStmt *)f->body.items[f->body.n - 1])->lineno : s->lineno);
    GpObject *co = gp_c_assemble(c, 1);
    if (!co)
        goto fail;
    gp_c_exit_scope(c);
    GP_C_LOC(c, s);
    GP_C_CHECK(gp_c_make_closure(c, co, flags, NULL));
    GP_C_CHECK(apply_decorators(c, &f->decorator_list));
    GP_C_LOC(c, s);
    return gp_c_name_op(c, f->name, GP_AST_CTX_Store, s->lineno, s->col_offset);
fail:
    if (c->u && c->u->ste->node == s)
        gp_c_exit_scope(c);
    return -1;
}

int gp_c_lambda(GpCompiler *c, GpAstExpr *e)
{
    GpAstArguments *a = e->v.Lambda.args;
    GP_C_CHECK(check_arg_names(c, a, LOCOF(e)));
    int flags = compile_defaults(c, a);
    GP_C_CHECK(flags);
    GpObject *name = gp_str_intern_cstr("<lambda>");
    if (!name)
        return -1;
    int r = gp_c_enter_scope(c, name, e, e->lineno);
    GP_DECREF(name);
    if (r < 0)
        goto fail;
    if (gp_c_add_const(c, gp_newref(gp_None)) < 0)
        goto fail;
    set_argcounts(c, a);
    int gen = c->u->ste->is_generator;
    if ((gen || c->u->ste->is_coroutine) && gp_c_emit(c, OP_GEN_START, 0) < 0)
        goto fail;
    if (gp_c_expr(c, e->v.Lambda.body) < 0)
        goto fail;
    if (gp_c_emit(c, gen ? OP_POP_TOP : OP_RETURN_VALUE, 0) < 0)
        goto fail;
    GpObject *co = gp_c_assemble(c, gen);
    if (!co)
        goto fail;
    gp_c_exit_scope(c);
    return gp_c_make_closure(c, co, flags, NULL);
fail:
    if (c->u && c->u->ste->node == e)
        gp_c_exit_scope(c);
    return -1;
}

int gp_c_class(GpCompiler *c, GpAstStmt *s)
{
    GP_C_CHECK(gp_c_check_forbidden(c, s->v.ClassDef.name, LOCOF(s)));
    int firstlineno = s->lineno;
    for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++) {
        GpAstExpr *d = s->v.ClassDef.decorator_list.items[i];
        if (i == 0)
            firstlineno = d->lineno;
        GP_C_CHECK(gp_c_expr(c, d));
    }
    GP_C_LOC(c, s);
    GpObject *name = gp_str_intern_cstr(s->v.ClassDef.name);
    if (!name)
        return -1;
    int r = gp_c_enter_scope(c, name, s, firstlineno);
    GP_DECREF(name);
    if (r < 0)
        goto fail;
    GpUnit *u = c->u;
    /* as CPython, the prologue is on the code's first line: the first
     * decorator's when there is one (the body's first 'line' event) */
    GP_C_LINE(c, firstlineno);
    if (gp_c_name_op(c, "__name__", GP_AST_CTX_Load, s->lineno, 0) < 0 ||
        gp_c_name_op(c, "__module__", GP_AST_CTX_Store, s->lineno, 0) < 0 ||
        gp_c_load_const(c, gp_newref(u->qualname)) < 0 ||
        gp_c_name_op(c, "__qualname__", GP_AST_CTX_Store, s->lineno, 0) < 0)
        goto fail;
    if (gp_c_body_with_docstring(c, &s->v.ClassDef.body, 0) < 0)
        goto fail;
    if (u->ste->needs_class_closure) {
        int idx = gp_c_deref_index(u, "__class__");
        if (gp_c_emit(c, OP_LOAD_CLOSURE, idx) < 0 || gp_c_emit(c, OP_COPY, 1) < 0 ||
            gp_c_name_op(c, "__classcell__", GP_AST_CTX_Store, s->lineno, 0) < 0 ||
            gp_c_emit(c, OP_RETURN_VALUE, 0) < 0)
            goto fail;
    }
    GpObject *co = gp_c_assemble(c, !u->ste->needs_class_closure);
    if (!co)
        goto fail;
    gp_c_exit_scope(c);
    GP_C_LOC(c, s);
    /* CALL_FUNCTION_EX (class C(*bases, **kw)) takes no NULL below the callable */
    if (!gp_c_call_is_ex(&s->v.ClassDef.bases, &s->v.ClassDef.keywords))
        GP_C_EMIT(c, OP_PUSH_NULL, 0);
    GP_C_EMIT(c, OP_LOAD_BUILD_CLASS, 0);
    GP_C_CHECK(gp_c_make_closure(c, co, 0, NULL));
    GP_C_CHECK(gp_c_load_const(c, gp_str_from_cstr(s->v.ClassDef.name)));
    GP_C_CHECK(gp_c_call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords, s->lineno));
    GP_C_CHECK(apply_decorators(c, &s->v.ClassDef.decorator_list));
    GP_C_LOC(c, s);
    return gp_c_name_op(c, s->v.ClassDef.name, GP_AST_CTX_Store, s->lineno, s->col_offset);
fail:
    if (c->u && c->u->ste->node == s)
        gp_c_exit_scope(c);
    return -1;
}

/* ---- comprehensions ------------------------------------------------------------ */

static int comp_generator(GpCompiler *c, GpAstExpr *e, GpAstSeq *gens, int gi, int kind)
{
    GpAstComprehension *g = gens->items[gi];
    int start = gp_c_new_label(c), if_cleanup = gp_c_new_label(c), anchor = gp_c_new_label(c);
    GP_C_CHECK(start | if_cleanup | anchor);
    if (gi == 0) {
        GP_C_EMIT(c, OP_LOAD_FAST, 0);   /* .0 */
    } else {
        GP_C_CHECK(gp_c_iter_expr(c, g->iter));
        GP_C_EMIT(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    GP_C_BIND(c, start);
    if (g->is_async) {
        /* as compile_async_for: only the await of __anext__() is guarded */
        int outside = c->u->cur_handler;
        GP_C_CHECK(gp_c_push_handler(c, anchor, 0));
        GP_C_EMIT(c, OP_GET_ANEXT, 0);
        GP_C_CHECK(gp_c_load_none(c));   /* GET_ANEXT pushed the awaitable itself */
        GP_C_EMIT(c, OP_YIELD_FROM, 0);
        c->u->cur_handler = outside;
    } else {
        GP_C_CHECK(gp_c_emit_jump(c, OP_FOR_ITER, anchor));
    }
    GP_C_CHECK(gp_c_store_target(c, g->target));
    for (int i = 0; i < g->ifs.n; i++)
        GP_C_CHECK(gp_c_jump_if(c, g->ifs.items[i], if_cleanup, 0));
    if (gi + 1 < gens->n) {
        GP_C_CHECK(comp_generator(c, e, gens, gi + 1, kind));
    } else {
        /* no GP_C_LOC here: as CPython, the append and the back edge keep
         * the current location (the comprehension's, or that of the last
         * `if` comparison) */
        int depth = gens->n + 1;
        switch (kind) {
        case GP_AST_EXPR_GeneratorExp:
            GP_C_CHECK(gp_c_expr(c, e->v.GeneratorExp.elt));
            if (c->u->ste->is_coroutine)
                GP_C_EMIT(c, OP_ASYNC_GEN_WRAP, 0);
            GP_C_EMIT(c, OP_YIELD_VALUE, 0);
            GP_C_EMIT(c, OP_POP_TOP, 0);
            break;
        case GP_AST_EXPR_ListComp:
            GP_C_CHECK(gp_c_expr(c, e->v.ListComp.elt));
            GP_C_EMIT(c, OP_LIST_APPEND, depth);
            break;
        case GP_AST_EXPR_SetComp:
            GP_C_CHECK(gp_c_expr(c, e->v.SetComp.elt));
            GP_C_EMIT(c, OP_SET_ADD, depth);
            break;
        case GP_AST_EXPR_DictComp:
            GP_C_CHECK(gp_c_expr(c, e->v.DictComp.key));
            GP_C_CHECK(gp_c_expr(c, e->v.DictComp.value));
            GP_C_EMIT(c, OP_MAP_ADD, depth);
            break;
        }
    }
    GP_C_BIND(c, if_cleanup);
    GP_C_CHECK(gp_c_jump_to(c, start));
    GP_C_BIND(c, anchor);
    if (g->is_async)
        GP_C_EMIT(c, OP_END_ASYNC_FOR, 0);   /* [aiter, exc] */
    return 0;
}

int gp_c_comprehension(GpCompiler *c, GpAstExpr *e)
{
    const char *name;
    GpAstSeq *gens;
    int kind = e->kind;
    switch (kind) {
    case GP_AST_EXPR_ListComp: name = "<listcomp>"; gens = &e->v.ListComp.generators; break;
    case GP_AST_EXPR_SetComp: name = "<setcomp>"; gens = &e->v.SetComp.generators; break;
    case GP_AST_EXPR_DictComp: name = "<dictcomp>"; gens = &e->v.DictComp.generators; break;
    default: name = "<genexpr>"; gens = &e->v.GeneratorExp.generators; break;
    }
    GpObject *nm = gp_str_intern_cstr(name);
    if (!nm)
        return -1;
    /* where an async comprehension may be awaited: async def, or another comprehension */
    int outer_async = c->u->ste->is_async_def || c->u->ste->is_comprehension;
    int r = gp_c_enter_scope(c, nm, e, e->lineno);
    GP_DECREF(nm);
    if (r < 0)
        goto fail;
    int awaited = c->u->ste->is_coroutine && kind != GP_AST_EXPR_GeneratorExp;
    if (awaited && !outer_async) {
        err_at(c, LOCOF(e), "asynchronous comprehension outside of an asynchronous function", NULL);
        goto fail;
    }
    GP_C_LOC(c, e);   /* the loop's instructions are located at the comprehension */
    if (gp_c_add_const(c, gp_newref(gp_None)) < 0)
        goto fail;
    c->u->argcount = 1;
    if (kind == GP_AST_EXPR_GeneratorExp) {
        if (gp_c_emit(c, OP_GEN_START, 0) < 0)
            goto fail;
    } else {
        int op = kind == GP_AST_EXPR_ListComp ? OP_BUILD_LIST
                 : kind == GP_AST_EXPR_SetComp ? OP_BUILD_SET : OP_BUILD_MAP;
        if (gp_c_emit(c, op, 0) < 0)
            goto fail;
    }
    if (comp_generator(c, e, gens, 0, kind) < 0)
        goto fail;
    if (kind != GP_AST_EXPR_GeneratorExp && gp_c_emit(c, OP_RETURN_VALUE, 0) < 0)
        goto fail;
    GpObject *co = gp_c_assemble(c, kind == GP_AST_EXPR_GeneratorExp);
    if (!co)
        goto fail;
    gp_c_exit_scope(c);
    GP_C_CHECK(gp_c_make_closure(c, co, 0, NULL));
    GpAstComprehension *first = gens->items[0];
    GP_C_CHECK(gp_c_iter_expr(c, first->iter));
    GP_C_LOC(c, e);
    GP_C_EMIT(c, first->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    GP_C_EMIT(c, OP_CALL, 0);
    return awaited ? gp_c_await(c, 0) : 0;
fail:
    if (c->u && c->u->ste->node == e)
        gp_c_exit_scope(c);
    return -1;
}
