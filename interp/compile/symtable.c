/* symtable.c -- scopes and name resolution (see symtable.h for the design).
 *
 * Pass 1 (visit_*) mirrors the AST and records usage flags per scope. Pass 2
 * (analyze) resolves names top-down. The rules, as in CPython 3.11:
 *   - `global x` / `nonlocal x` make x explicit global / free; using or
 *     assigning x before the declaration is a SyntaxError;
 *   - a name bound in a function (assignment, parameter, import, for target,
 *     def/class name, except-as, with-as, walrus) is local;
 *   - a name used but not bound is free if an enclosing function binds it,
 *     else an implicit global;
 *   - class bodies bind names in their own dict and do not make them visible
 *     to nested functions; a free name used in a class body is loaded with
 *     LOAD_CLASSDEREF;
 *   - a local that a nested scope needs becomes a cell;
 *   - `super` or `__class__` used in a function nested in a class makes the
 *     class body create the implicit __class__ cell.
 */
#include <stdlib.h>
#include <string.h>
#include "compile/compiler.h"

/* ---- scopes and symbols -------------------------------------------------- */

static unsigned hash_name(const char *s)
{
    unsigned h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static GpSymScope *scope_new(GpSymtable *st, GpScopeKind kind, const char *name, const void *node,
                             int lineno)
{
    GpSymScope *s = calloc(1, sizeof *s);
    if (!s) {
        gp_err_no_memory();
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->lineno = lineno;
    s->parent = st->cur;
    s->comp_iter_target = 0;
    if (st->cur) {
        GpSymScope *p = st->cur;
        if (p->nchildren == p->capchildren) {
            int nc = p->capchildren ? p->capchildren * 2 : 4;
            GpSymScope **n = realloc(p->children, nc * sizeof *n);
            if (!n) {
                free(s);
                gp_err_no_memory();
                return NULL;
            }
            p->children = n;
            p->capchildren = nc;
        }
        p->children[p->nchildren++] = s;
    }
    return s;
}

static void scope_free(GpSymScope *s)
{
    if (!s)
        return;
    for (int i = 0; i < s->nchildren; i++)
        scope_free(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s->hash);
    free(s);
}

GpSymbol *gp_symscope_lookup(GpSymScope *s, const char *name)
{
    if (!s->hashcap)
        return NULL;
    unsigned mask = (unsigned)s->hashcap - 1, i = hash_name(name) & mask;
    while (s->hash[i]) {
        GpSymbol *sym = &s->syms[s->hash[i] - 1];
        if (strcmp(sym->name, name) == 0)
            return sym;
        i = (i + 1) & mask;
    }
    return NULL;
}

static int rehash(GpSymScope *s, int cap)
{
    int *h = calloc(cap, sizeof *h);
    if (!h) {
        gp_err_no_memory();
        return -1;
    }
    free(s->hash);
    s->hash = h;
    s->hashcap = cap;
    for (int k = 0; k < s->nsyms; k++) {
        unsigned i = hash_name(s->syms[k].name) & (unsigned)(cap - 1);
        while (h[i])
            i = (i + 1) & (unsigned)(cap - 1);
        h[i] = k + 1;
    }
    return 0;
}

static GpSymbol *scope_add_ex(GpSymScope *s, const char *name, int lineno, int col,
                              int end_lineno, int end_col);

static GpSymbol *scope_add(GpSymScope *s, const char *name, int lineno, int col)
{
    return scope_add_ex(s, name, lineno, col, lineno, col);
}

static GpSymbol *scope_add_ex(GpSymScope *s, const char *name, int lineno, int col,
                              int end_lineno, int end_col)
{
    GpSymbol *sym = gp_symscope_lookup(s, name);
    if (sym)
        return sym;
    if (s->nsyms == s->capsyms) {
        int nc = s->capsyms ? s->capsyms * 2 : 8;
        GpSymbol *n = realloc(s->syms, nc * sizeof *n);
        if (!n) {
            gp_err_no_memory();
            return NULL;
        }
        s->syms = n;
        s->capsyms = nc;
    }
    if ((s->nsyms + 1) * 2 > s->hashcap && rehash(s, s->hashcap ? s->hashcap * 2 : 16) < 0)
        return NULL;
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = GP_SYM_UNKNOWN;
    sym->lineno = lineno;
    sym->col = col;
    sym->end_lineno = end_lineno;
    sym->end_col = end_col;
    unsigned mask = (unsigned)s->hashcap - 1, i = hash_name(name) & mask;
    while (s->hash[i])
        i = (i + 1) & mask;
    s->hash[i] = s->nsyms;
    return sym;
}

GpSymScope *gp_symtable_child(GpSymScope *parent, const void *node)
{
    for (int i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->node == node)
            return parent->children[i];
    return NULL;
}

int gp_symscope_resolve(GpSymScope *s, const char *name)
{
    GpSymbol *sym = gp_symscope_lookup(s, name);
    if (!sym || sym->scope == GP_SYM_UNKNOWN)
        return GP_SYM_GLOBAL_IMPLICIT;
    return sym->scope;
}

/* ---- pass 1 -------------------------------------------------------------- */

typedef struct V {
    GpSymtable *st;
} V;

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static int st_error(GpSymtable *st, int lineno, int col, int end_lineno, int end_col,
                    const char *fmt, const char *name)
{
    gp_compiler_error((GpObject *)st->filename_obj, st->src, st->srclen, lineno, col, end_lineno,
                      end_col, fmt, name);
    return -1;
}

const char *gp_mangle_name(GpArena *arena, const char *private_name, const char *name)
{
    if (!private_name || !arena || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t pn = strlen(private_name);
    char *r = gp_arena_alloc(arena, pn + n + 2);
    r[0] = '_';
    memcpy(r + 1, private_name, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

#define MANGLE(st, name) gp_mangle_name((st)->arena, (st)->private_name, (name))

static int add_def(GpSymtable *st, const char *name, int flag, int lineno, int col, int end_lineno,
                   int end_col)
{
    GpSymScope *s = st->cur;
    name = MANGLE(st, name);
    GpSymbol *sym = scope_add_ex(s, name, lineno, col, end_lineno, end_col);
    if (!sym)
        return -1;
    if ((flag & GP_DEF_PARAM) && (sym->flags & GP_DEF_PARAM))
        return st_error(st, lineno, col, end_lineno, end_col,
                        "duplicate argument '%s' in function definition", name);
    sym->flags |= flag;
    if ((flag & (GP_DEF_LOCAL | GP_DEF_IMPORT)) && s->comp_iter_target)
        sym->flags |= GP_DEF_COMP_ITER;
    /* at module level every binding is also a global */
    return 0;
}

static int visit_expr(GpSymtable *st, GpAstExpr *e);
static int visit_stmt(GpSymtable *st, GpAstStmt *s);

static int visit_exprs(GpSymtable *st, GpAstSeq seq)
{
        for (int i = 0; i < seq.n; i++)
        if (seq.items[i] && visit_expr(st, seq.items[i]) < 0)
            return -1;
    return 0;
}

/* Patterns of the match statement: capture names (x, *x, **x, `as x`) are
 * bindings of the enclosing scope; values, class names and mapping keys
 * are loads. */
static int visit_pattern(GpSymtable *st, GpAstPattern *pt)
{
    if (++st->depth > GP_COMPILER_MAX_DEPTH) {
        st->depth--;
        return gp_compiler_recursion_error();
    }
    int r = 0;
    switch (pt->kind) {
    case GP_AST_PAT_MatchValue:
        r = visit_expr(st, pt->v.MatchValue.value);
        break;
    case GP_AST_PAT_MatchSingleton:
        break;
    case GP_AST_PAT_MatchSequence:
        for (int i = 0; r == 0 && i < pt->v.MatchSequence.patterns.n; i++)
            r = visit_pattern(st, pt->v.MatchSequence.patterns.items[i]);
        break;
    case GP_AST_PAT_MatchMapping:
        r = visit_exprs(st, pt->v.MatchMapping.keys);
        for (int i = 0; r == 0 && i < pt->v.MatchMapping.patterns.n; i++)
            r = visit_pattern(st, pt->v.MatchMapping.patterns.items[i]);
        if (r == 0 && pt->v.MatchMapping.rest)
            r = add_def(st, pt->v.MatchMapping.rest, GP_DEF_LOCAL, LOC(pt));
        break;
    case GP_AST_PAT_MatchClass:
        r = visit_expr(st, pt->v.MatchClass.cls);
        for (int i = 0; r == 0 && i < pt->v.MatchClass.patterns.n; i++)
            r = visit_pattern(st, pt->v.MatchClass.patterns.items[i]);
        for (int i = 0; r == 0 && i < pt->v.MatchClass.kwd_patterns.n; i++)
            r = visit_pattern(st, pt->v.MatchClass.kwd_patterns.items[i]);
        break;
    case GP_AST_PAT_MatchStar:
        if (pt->v.MatchStar.name)
            r = add_def(st, pt->v.MatchStar.name, GP_DEF_LOCAL, LOC(pt));
        break;
    case GP_AST_PAT_MatchAs:
        if (pt->v.MatchAs.pattern)
            r = visit_pattern(st, pt->v.MatchAs.pattern);
        if (r == 0 && pt->v.MatchAs.name)
            r = add_def(st, pt->v.MatchAs.name, GP_DEF_LOCAL, LOC(pt));
        break;
    case GP_AST_PAT_MatchOr:
        for (int i = 0; r == 0 && i < pt->v.MatchOr.patterns.n; i++)
            r = visit_pattern(st, pt->v.MatchOr.patterns.items[i]);
        break;
    }
    st->depth--;
    return r;
}

static int visit_stmts(GpSymtable *st, GpAstSeq seq)
{
        for (int i = 0; i < seq.n; i++)
        if (visit_stmt(st, seq.items[i]) < 0)
            return -1;
    return 0;
}

static int enter(GpSymtable *st, GpScopeKind kind, const char *name, const void *node, int lineno)
{
    GpSymScope *s = scope_new(st, kind, name, node, lineno);
    if (!s)
        return -1;
    st->cur = s;
    return 0;
}

static void leave(GpSymtable *st) { st->cur = st->cur->parent; }

static int visit_annotation(GpSymtable *st, GpAstExpr *a)
{
    return a ? visit_expr(st, a) : 0;
}

static int visit_params(GpSymtable *st, GpAstSeq args)
{
        for (int i = 0; i < args.n; i++) {
        GpAstArg *a = args.items[i];
        if (add_def(st, a->arg, GP_DEF_PARAM, LOC(a)) < 0)
            return -1;
    }
    return 0;
}

static int visit_arg_annotations(GpSymtable *st, GpAstSeq args)
{
        for (int i = 0; i < args.n; i++) {
        GpAstArg *a = args.items[i];
        if (visit_annotation(st, a->annotation) < 0)
            return -1;
    }
    return 0;
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static int visit_arguments_outer(GpSymtable *st, GpAstArguments *a, GpAstExpr *returns)
{
    if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0)
        return -1;
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0 ||
        visit_arg_annotations(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg && visit_annotation(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && visit_annotation(st, a->kwarg->annotation) < 0)
        return -1;
    return visit_annotation(st, returns);
}

static int visit_arguments_inner(GpSymtable *st, GpAstArguments *a)
{
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, GP_DEF_PARAM, LOC(a->vararg)) < 0)
            return -1;
        st->cur->has_varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, GP_DEF_PARAM, LOC(a->kwarg)) < 0)
            return -1;
        st->cur->has_varkw = 1;
    }
    return 0;
}

static int visit_global_nonlocal(GpSymtable *st, GpAstStmt *s, int is_global)
{
    GpAstSeq names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    GpSymScope *cur = st->cur;
    for (int i = 0; i < names.n; i++) {
        const char *name = MANGLE(st, (const char *)names.items[i]);
        GpSymbol *sym = gp_symscope_lookup(cur, name);
        int flags = sym ? sym->flags : 0;
        if (!is_global && cur->kind == GP_SCOPE_MODULE)
            return st_error(st, LOC(s), "nonlocal declaration not allowed at module level", NULL);
        if (flags & (GP_DEF_PARAM)) {
            return st_error(st, LOC(s), is_global ? "name '%s' is parameter and global"
                                                  : "name '%s' is parameter and nonlocal", name);
        }
        if (is_global && (flags & GP_DEF_NONLOCAL))
            return st_error(st, LOC(s), "name '%s' is nonlocal and global", name);
        if (!is_global && (flags & GP_DEF_GLOBAL))
            return st_error(st, LOC(s), "name '%s' is nonlocal and global", name);
        if (flags & (GP_DEF_LOCAL | GP_DEF_USE | GP_DEF_ANNOT | GP_DEF_IMPORT)) {
            const char *msg;
            if (flags & GP_DEF_ANNOT)
                msg = is_global ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal";
            else if (flags & (GP_DEF_LOCAL | GP_DEF_IMPORT))
                msg = is_global ? "name '%s' is assigned to before global declaration"
                                : "name '%s' is assigned to before nonlocal declaration";
            else
                msg = is_global ? "name '%s' is used prior to global declaration"
                                : "name '%s' is used prior to nonlocal declaration";
            return st_error(st, LOC(s), msg, name);
        }
        if (add_def(st, name, is_global ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL, LOC(s)) < 0)
            return -1;
    }
    return 0;
}

static int visit_alias(GpSymtable *st, GpAstAlias *a, GpAstStmt *s)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != GP_SCOPE_MODULE)
            return st_error(st, LOC(a), "import * only allowed at module level", NULL);
        return 0;
    }
    if (!a->asname) {
        /* `import a.b.c` binds `a` */
        const char *dot = strchr(name, '.');
        if (dot) {
            /* identifiers live in the AST arena; make a trimmed copy there too */
            size_t n = (size_t)(dot - name);
            char *buf = gp_arena_alloc(st->arena, n + 1);
            if (!buf) {
                gp_err_no_memory();
                return -1;
            }
            memcpy(buf, name, n);
            buf[n] = 0;
            name = buf;
        }
    }
    return add_def(st, name, GP_DEF_IMPORT, LOC(s));
}

static int visit_stmt(GpSymtable *st, GpAstStmt *s)
{
    if (++st->depth > GP_COMPILER_MAX_DEPTH) {
        st->depth--;
        return gp_compiler_recursion_error();
    }
    int r = 0;
    switch (s->kind) {
    case GP_AST_STMT_FunctionDef:
    case GP_AST_STMT_AsyncFunctionDef: {
        if (add_def(st, s->v.FunctionDef.name, GP_DEF_LOCAL, LOC(s)) < 0)
            goto fail;
        if (visit_exprs(st, s->v.FunctionDef.decorator_list) < 0)
            goto fail;
        if (visit_arguments_outer(st, s->v.FunctionDef.args, s->v.FunctionDef.returns) < 0)
            goto fail;
        if (enter(st, GP_SCOPE_FUNCTION, s->v.FunctionDef.name, s, s->lineno) < 0)
            goto fail;
        if (s->kind == GP_AST_STMT_AsyncFunctionDef)
            st->cur->is_coroutine = st->cur->is_async_def = 1;
        if (visit_arguments_inner(st, s->v.FunctionDef.args) < 0 ||
            visit_stmts(st, s->v.FunctionDef.body) < 0)
            goto fail;
        leave(st);
        break;
    }
    case GP_AST_STMT_ClassDef: {
        if (add_def(st, s->v.ClassDef.name, GP_DEF_LOCAL, LOC(s)) < 0)
            goto fail;
        if (visit_exprs(st, s->v.ClassDef.bases) < 0)
            goto fail;
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++) {
            GpAstKeyword *k = s->v.ClassDef.keywords.items[i];
            if (visit_expr(st, k->value) < 0)
                goto fail;
        }
        if (visit_exprs(st, s->v.ClassDef.decorator_list) < 0)
            goto fail;
        if (enter(st, GP_SCOPE_CLASS, s->v.ClassDef.name, s, s->lineno) < 0)
            goto fail;
        const char *saved_private = st->private_name;
        st->private_name = s->v.ClassDef.name;
        r = visit_stmts(st, s->v.ClassDef.body);
        st->private_name = saved_private;
        if (r < 0)
            goto fail;
        leave(st);
        break;
    }
    case GP_AST_STMT_Return:
        if (s->v.Return.value) {
            if (visit_expr(st, s->v.Return.value) < 0)
                goto fail;
            st->cur->returns_value = 1;
        }
        break;
    case GP_AST_STMT_Delete:
        r = visit_exprs(st, s->v.Delete.targets);
        break;
    case GP_AST_STMT_Assign:
        r = visit_exprs(st, s->v.Assign.targets);
        if (r == 0)
            r = visit_expr(st, s->v.Assign.value);
        break;
    case GP_AST_STMT_AugAssign:
        r = visit_expr(st, s->v.AugAssign.target);
        if (r == 0)
            r = visit_expr(st, s->v.AugAssign.value);
        break;
    case GP_AST_STMT_AnnAssign: {
        GpAstExpr *t = s->v.AnnAssign.target;
        if (t->kind == GP_AST_EXPR_Name) {
            GpSymbol *sym = gp_symscope_lookup(st->cur, MANGLE(st, t->v.Name.id));
            if (sym && (sym->flags & (GP_DEF_GLOBAL | GP_DEF_NONLOCAL))) {
                return st_error(st, LOC(s), (sym->flags & GP_DEF_GLOBAL)
                                ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal", t->v.Name.id);
            }
            if (s->v.AnnAssign.simple) {
                if (add_def(st, t->v.Name.id, GP_DEF_ANNOT | (s->v.AnnAssign.value ? GP_DEF_LOCAL : 0),
                            LOC(t)) < 0)
                    goto fail;
            } else if (s->v.AnnAssign.value) {
                if (add_def(st, t->v.Name.id, GP_DEF_LOCAL, LOC(t)) < 0)
                    goto fail;
            }
        } else if (visit_expr(st, t) < 0) {
            goto fail;
        }
        if (st->cur->kind != GP_SCOPE_FUNCTION)
            st->cur->has_annotations = 1;
        if (visit_annotation(st, s->v.AnnAssign.annotation) < 0)
            goto fail;
        if (s->v.AnnAssign.value && visit_expr(st, s->v.AnnAssign.value) < 0)
            goto fail;
        break;
    }
    case GP_AST_STMT_For:
    case GP_AST_STMT_AsyncFor:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0 ||
            visit_stmts(st, s->v.For.body) < 0 || visit_stmts(st, s->v.For.orelse) < 0)
            goto fail;
        break;
    case GP_AST_STMT_While:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, s->v.While.body) < 0 ||
            visit_stmts(st, s->v.While.orelse) < 0)
            goto fail;
        break;
    case GP_AST_STMT_If:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, s->v.If.body) < 0 ||
            visit_stmts(st, s->v.If.orelse) < 0)
            goto fail;
        break;
    case GP_AST_STMT_With:
    case GP_AST_STMT_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            GpAstWithItem *w = s->v.With.items.items[i];
            if (visit_expr(st, w->context_expr) < 0)
                goto fail;
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0)
                goto fail;
        }
        r = visit_stmts(st, s->v.With.body);
        break;
    case GP_AST_STMT_Match:
        if (visit_expr(st, s->v.Match.subject) < 0)
            goto fail;
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            GpAstMatchCase *mc = s->v.Match.cases.items[i];
            if (visit_pattern(st, mc->pattern) < 0)
                goto fail;
            if (mc->guard && visit_expr(st, mc->guard) < 0)
                goto fail;
            if (visit_stmts(st, mc->body) < 0)
                goto fail;
        }
        break;
    case GP_AST_STMT_Raise:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0)
            goto fail;
        if (s->v.Raise.cause && visit_expr(st, s->v.Raise.cause) < 0)
            goto fail;
        break;
    case GP_AST_STMT_Try:
    case GP_AST_STMT_TryStar:
        if (visit_stmts(st, s->v.Try.body) < 0)
            goto fail;
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            GpAstExceptHandler *h = s->v.Try.handlers.items[i];
            if (h->type && visit_expr(st, h->type) < 0)
                goto fail;
            if (h->name && add_def(st, h->name, GP_DEF_LOCAL, LOC(h)) < 0)
                goto fail;
            if (visit_stmts(st, h->body) < 0)
                goto fail;
        }
        if (visit_stmts(st, s->v.Try.orelse) < 0 || visit_stmts(st, s->v.Try.finalbody) < 0)
            goto fail;
        break;
    case GP_AST_STMT_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0)
            goto fail;
        if (s->v.Assert.msg && visit_expr(st, s->v.Assert.msg) < 0)
            goto fail;
        break;
    case GP_AST_STMT_Import:
        for (int i = 0; i < s->v.Import.names.n; i++)
            if (visit_alias(st, s->v.Import.names.items[i], s) < 0)
                goto fail;
        break;
    case GP_AST_STMT_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++)
            if (visit_alias(st, s->v.ImportFrom.names.items[i], s) < 0)
                goto fail;
        break;
    case GP_AST_STMT_Global:
        r = visit_global_nonlocal(st, s, 1);
        break;
    case GP_AST_STMT_Nonlocal:
        r = visit_global_nonlocal(st, s, 0);
        break;
    case GP_AST_STMT_Expr:
        r = visit_expr(st, s->v.Expr.value);
        break;
    case GP_AST_STMT_Pass:
    case GP_AST_STMT_Break:
    case GP_AST_STMT_Continue:
        break;
    default:
        gp_compiler_error((GpObject *)st->filename_obj, st->src, st->srclen, LOC(s),
                          "unknown statement kind", NULL);
        goto fail;
    }
    st->depth--;
    return r;
fail:
    st->depth--;
    return -1;
}

/* Walrus inside a comprehension binds in the nearest enclosing function or
 * module scope (PEP 572). */
static int extend_namedexpr_scope(GpSymtable *st, GpAstExpr *target)
{
    const char *name = MANGLE(st, target->v.Name.id);
    GpSymScope *s = st->cur;
    for (GpSymScope *p = s; p; p = p->parent) {
        if (p->is_comprehension) {
            GpSymbol *sym = gp_symscope_lookup(p, name);
            if (sym && (sym->flags & GP_DEF_COMP_ITER))
                return st_error(st, LOC(target),
                                "assignment expression cannot rebind comprehension iteration variable '%s'",
                                name);
            continue;
        }
        if (p->kind == GP_SCOPE_FUNCTION) {
            GpSymbol *sym = gp_symscope_lookup(p, name);
            if (add_def(st, name, GP_DEF_NONLOCAL, LOC(target)) < 0)
                return -1;
            GpSymScope *save = st->cur;
            st->cur = p;
            int r = (sym && (sym->flags & GP_DEF_GLOBAL))
                        ? 0 : add_def(st, name, GP_DEF_LOCAL, LOC(target));
            st->cur = save;
            if (sym && (sym->flags & GP_DEF_GLOBAL)) {
                GpSymbol *mine = gp_symscope_lookup(s, name);
                mine->flags = (mine->flags & ~GP_DEF_NONLOCAL) | GP_DEF_GLOBAL;
            }
            return r;
        }
        if (p->kind == GP_SCOPE_MODULE) {
            if (add_def(st, name, GP_DEF_GLOBAL, LOC(target)) < 0)
                return -1;
            GpSymScope *save = st->cur;
            st->cur = p;
            int r = add_def(st, name, GP_DEF_LOCAL, LOC(target));
            st->cur = save;
            return r;
        }
        if (p->kind == GP_SCOPE_CLASS)
            return st_error(st, LOC(target),
                            "assignment expression within a comprehension cannot be used in a class body",
                            NULL);
    }
    return 0;
}

static int visit_comprehension(GpSymtable *st, GpAstExpr *e, GpAstSeq generators,
                               GpAstExpr *elt, GpAstExpr *value, const char *name, int is_genexpr)
{
    GpAstComprehension *first = generators.items[0];
    /* the outermost iterator is evaluated in the enclosing scope */
    st->cur->in_comp_iter++;
    int r = visit_expr(st, first->iter);
    st->cur->in_comp_iter--;
    if (r < 0)
        return -1;
    if (enter(st, GP_SCOPE_FUNCTION, name, e, e->lineno) < 0)
        return -1;
    GpSymScope *cs = st->cur;
    cs->is_comprehension = 1;
    cs->is_genexpr = is_genexpr;
    if (is_genexpr)
        cs->is_generator = 1;
    if (first->is_async)
        cs->is_coroutine = 1;
    if (add_def(st, ".0", GP_DEF_PARAM, LOC(e)) < 0)
        return -1;
    for (int i = 0; i < generators.n; i++) {
        GpAstComprehension *g = generators.items[i];
        cs->comp_iter_target = 1;
        r = visit_expr(st, g->target);
        cs->comp_iter_target = 0;
        if (r < 0)
            return -1;
        if (i > 0) {
            cs->in_comp_iter++;
            r = visit_expr(st, g->iter);
            cs->in_comp_iter--;
            if (r < 0)
                return -1;
        }
        if (visit_exprs(st, g->ifs) < 0)
            return -1;
        if (g->is_async)
            cs->is_coroutine = 1;
    }
    if (value && visit_expr(st, value) < 0)
        return -1;
    if (elt && visit_expr(st, elt) < 0)
        return -1;
    /* an async list/set/dict comprehension is awaited where it is written
     * (3.11: the enclosing scope becomes a coroutine too) */
    int awaited = cs->is_coroutine && !is_genexpr;
    leave(st);
    if (awaited)
        st->cur->is_coroutine = 1;
    return 0;
}

static int visit_expr(GpSymtable *st, GpAstExpr *e)
{
    if (++st->depth > GP_COMPILER_MAX_DEPTH) {
        st->depth--;
        return gp_compiler_recursion_error();
    }
    int r = 0;
    switch (e->kind) {
    case GP_AST_EXPR_BoolOp:
        r = visit_exprs(st, e->v.BoolOp.values);
        break;
    case GP_AST_EXPR_NamedExpr: {
        GpAstExpr *t = e->v.NamedExpr.target;
        if (st->cur->in_comp_iter) {
            r = st_error(st, LOC(e),
                         "assignment expression cannot be used in a comprehension iterable expression",
                         NULL);
            break;
        }
        r = visit_expr(st, e->v.NamedExpr.value);
        if (r < 0)
            break;
        if (st->cur->is_comprehension)
            r = extend_namedexpr_scope(st, t);
        else
            r = visit_expr(st, t);
        break;
    }
    case GP_AST_EXPR_BinOp:
        r = visit_expr(st, e->v.BinOp.left);
        if (r == 0)
            r = visit_expr(st, e->v.BinOp.right);
        break;
    case GP_AST_EXPR_UnaryOp:
        r = visit_expr(st, e->v.UnaryOp.operand);
        break;
    case GP_AST_EXPR_Lambda: {
        GpAstArguments *a = e->v.Lambda.args;
        if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0)
            goto fail;
        if (enter(st, GP_SCOPE_FUNCTION, "<lambda>", e, e->lineno) < 0)
            goto fail;
        st->cur->is_lambda = 1;
        if (visit_arguments_inner(st, a) < 0 || visit_expr(st, e->v.Lambda.body) < 0)
            goto fail;
        leave(st);
        break;
    }
    case GP_AST_EXPR_IfExp:
        if (visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0 ||
            visit_expr(st, e->v.IfExp.orelse) < 0)
            goto fail;
        break;
    case GP_AST_EXPR_Dict:
        for (int i = 0; i < e->v.Dict.values.n; i++) {
            GpAstExpr *k = e->v.Dict.keys.items[i];
            if (k && visit_expr(st, k) < 0)
                goto fail;
            if (visit_expr(st, e->v.Dict.values.items[i]) < 0)
                goto fail;
        }
        break;
    case GP_AST_EXPR_Set:
        r = visit_exprs(st, e->v.Set.elts);
        break;
    case GP_AST_EXPR_ListComp:
        r = visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL,
                                "<listcomp>", 0);
        break;
    case GP_AST_EXPR_SetComp:
        r = visit_comprehension(st, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL,
                                "<setcomp>", 0);
        break;
    case GP_AST_EXPR_DictComp:
        r = visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                                e->v.DictComp.value, "<dictcomp>", 0);
        break;
    case GP_AST_EXPR_GeneratorExp:
        r = visit_comprehension(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL,
                                "<genexpr>", 1);
        break;
    case GP_AST_EXPR_Yield:
    case GP_AST_EXPR_YieldFrom: {
        GpSymScope *cur = st->cur;
        if (cur->kind != GP_SCOPE_FUNCTION) {
            r = st_error(st, LOC(e), "'yield' outside function", NULL);
            break;
        }
        if (cur->is_comprehension) {
            r = st_error(st, LOC(e), cur->is_genexpr
                         ? "'yield' inside generator expression"
                         : (strcmp(cur->name, "<listcomp>") == 0 ? "'yield' inside list comprehension"
                            : strcmp(cur->name, "<setcomp>") == 0 ? "'yield' inside set comprehension"
                            : "'yield' inside dict comprehension"), NULL);
            break;
        }
        cur->is_generator = 1;
        GpAstExpr *v = e->kind == GP_AST_EXPR_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v)
            r = visit_expr(st, v);
        break;
    }
    case GP_AST_EXPR_Await:
        /* where an await may appear is the compiler's check (as CPython's) */
        r = visit_expr(st, e->v.Await.value);
        st->cur->is_coroutine = 1;
        break;
    case GP_AST_EXPR_Compare:
        r = visit_expr(st, e->v.Compare.left);
        if (r == 0)
            r = visit_exprs(st, e->v.Compare.comparators);
        break;
    case GP_AST_EXPR_Call:
        r = visit_expr(st, e->v.Call.func);
        if (r == 0)
            r = visit_exprs(st, e->v.Call.args);
        for (int i = 0; r == 0 && i < e->v.Call.keywords.n; i++) {
            GpAstKeyword *k = e->v.Call.keywords.items[i];
            r = visit_expr(st, k->value);
        }
        break;
    case GP_AST_EXPR_FormattedValue:
        r = visit_expr(st, e->v.FormattedValue.value);
        if (r == 0 && e->v.FormattedValue.format_spec)
            r = visit_expr(st, e->v.FormattedValue.format_spec);
        break;
    case GP_AST_EXPR_JoinedStr:
        r = visit_exprs(st, e->v.JoinedStr.values);
        break;
    case GP_AST_EXPR_Constant:
        break;
    case GP_AST_EXPR_Attribute:
        r = visit_expr(st, e->v.Attribute.value);
        break;
    case GP_AST_EXPR_Subscript:
        r = visit_expr(st, e->v.Subscript.value);
        if (r == 0)
            r = visit_expr(st, e->v.Subscript.slice);
        break;
    case GP_AST_EXPR_Starred:
        r = visit_expr(st, e->v.Starred.value);
        break;
    case GP_AST_EXPR_Name: {
        const char *id = e->v.Name.id;
        if (e->v.Name.ctx == GP_AST_CTX_Load) {
            r = add_def(st, id, GP_DEF_USE, LOC(e));
            /* `super()` in a method needs the __class__ cell */
            if (r == 0 && st->cur->kind == GP_SCOPE_FUNCTION && strcmp(id, "super") == 0)
                r = add_def(st, "__class__", GP_DEF_USE, LOC(e));
        } else {
            r = add_def(st, id, GP_DEF_LOCAL, LOC(e));
        }
        break;
    }
    case GP_AST_EXPR_List:
        r = visit_exprs(st, e->v.List.elts);
        break;
    case GP_AST_EXPR_Tuple:
        r = visit_exprs(st, e->v.Tuple.elts);
        break;
    case GP_AST_EXPR_Slice:
        if (e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0)
            goto fail;
        if (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0)
            goto fail;
        if (e->v.Slice.step && visit_expr(st, e->v.Slice.step) < 0)
            goto fail;
        break;
    default:
        break;
    }
    st->depth--;
    return r;
fail:
    st->depth--;
    return -1;
}

/* ---- pass 2 -------------------------------------------------------------- */

/* An insertion-ordered set of names. From NAMESET_HASH_MIN names on it
 * also keeps a hash index (open addressing, slots hold index + 1, 0 empty)
 * so that a scope with many thousands of names is not analysed in
 * quadratic time. */
typedef struct NameSet {
    const char **names;
    int n, cap;
    int *slots;
    int scap;                 /* power of two, or 0: no index */
} NameSet;

#define NAMESET_HASH_MIN 16

static size_t nameset_hash(const char *name)
{
    uint64_t h = 14695981039346656037u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    return (size_t)h;
}

/* Slot holding name, or -1. Requires an index. */
static int set_slot(const NameSet *s, const char *name)
{
    size_t m = (size_t)s->scap - 1, j = nameset_hash(name) & m;
    for (; s->slots[j]; j = (j + 1) & m)
        if (strcmp(s->names[s->slots[j] - 1], name) == 0)
            return (int)j;
    return -1;
}

static void set_slot_insert(NameSet *s, int idx)
{
    size_t m = (size_t)s->scap - 1, j = nameset_hash(s->names[idx]) & m;
    while (s->slots[j])
        j = (j + 1) & m;
    s->slots[j] = idx + 1;
}

static int set_index(const NameSet *s, const char *name)
{
    if (s->slots) {
        int j = set_slot(s, name);
        return j < 0 ? -1 : s->slots[j] - 1;
    }
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0)
            return i;
    return -1;
}

static int set_has(const NameSet *s, const char *name) { return set_index(s, name) >= 0; }

static int set_add(NameSet *s, const char *name)
{
    if (set_has(s, name))
        return 0;
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 8;
        const char **n = realloc(s->names, nc * sizeof *n);
        if (!n) {
            gp_err_no_memory();
            return -1;
        }
        s->names = n;
        s->cap = nc;
    }
    s->names[s->n++] = name;
    if (s->n >= NAMESET_HASH_MIN && s->scap < 2 * s->n) {
        int sc = s->scap ? s->scap : 64;
        while (sc < 4 * s->n)
            sc *= 2;
        int *slots = calloc((size_t)sc, sizeof *slots);
        if (!slots) {
            s->n--;
            gp_err_no_memory();
            return -1;
        }
        free(s->slots);
        s->slots = slots;
        s->scap = sc;
        for (int i = 0; i < s->n; i++)
            set_slot_insert(s, i);
    } else if (s->slots) {
        set_slot_insert(s, s->n - 1);
    }
    return 0;
}

/* Removes name (the last name takes its place, as before the index). */
static void set_remove(NameSet *s, const char *name)
{
    if (!s->slots) {
        for (int i = 0; i < s->n; i++)
            if (strcmp(s->names[i], name) == 0) {
                s->names[i] = s->names[--s->n];
                return;
            }
        return;
    }
    int j = set_slot(s, name);
    if (j < 0)
        return;
    int i = s->slots[j] - 1;
    /* delete slot j, then re-place the rest of its probe run */
    size_t m = (size_t)s->scap - 1;
    s->slots[j] = 0;
    for (size_t k = ((size_t)j + 1) & m; s->slots[k]; k = (k + 1) & m) {
        int idx = s->slots[k] - 1;
        s->slots[k] = 0;
        set_slot_insert(s, idx);
    }
    int last = --s->n;
    if (i != last) {
        int lj = set_slot(s, s->names[last]);
        s->names[i] = s->names[last];
        s->slots[lj] = i + 1;
    }
}

static void set_free(NameSet *s)
{
    free(s->names);
    free(s->slots);
}

static int set_copy(NameSet *dst, const NameSet *src)
{
    for (int i = 0; i < src->n; i++)
        if (set_add(dst, src->names[i]) < 0)
            return -1;
    return 0;
}

/* Resolve s given `bound` (names bound by enclosing functions). Adds to
 * `free_out` the names that s (or its children) need from outside. */
static int analyze(GpSymtable *st, GpSymScope *s, const NameSet *bound, NameSet *free_out)
{
    NameSet newbound = {0}, child_free = {0};
    int r = -1;

    for (int i = 0; i < s->nsyms; i++) {
        GpSymbol *sym = &s->syms[i];
        int f = sym->flags;
        if (f & GP_DEF_GLOBAL) {
            sym->scope = GP_SYM_GLOBAL_EXPLICIT;
        } else if (f & GP_DEF_NONLOCAL) {
            if (!set_has(bound, sym->name)) {
                gp_compiler_error((GpObject *)st->filename_obj, st->src, st->srclen, sym->lineno,
                                  sym->col, sym->end_lineno, sym->end_col, "no binding for nonlocal '%s' found",
                                  sym->name);
                goto done;
            }
            sym->scope = GP_SYM_FREE;
        } else if (f & (GP_DEF_BOUND | GP_DEF_ANNOT)) {
            sym->scope = GP_SYM_LOCAL;
            if (s->kind == GP_SCOPE_MODULE)
                sym->scope = GP_SYM_LOCAL;   /* module locals are the globals dict */
        } else if (s->kind != GP_SCOPE_MODULE && set_has(bound, sym->name)) {
            sym->scope = GP_SYM_FREE;
        } else {
            sym->scope = GP_SYM_GLOBAL_IMPLICIT;
        }
    }

    /* what nested scopes can see */
    if (set_copy(&newbound, bound) < 0)
        goto done;
    if (s->kind == GP_SCOPE_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++) {
            GpSymbol *sym = &s->syms[i];
            if (sym->scope == GP_SYM_LOCAL || sym->scope == GP_SYM_FREE) {
                if (set_add(&newbound, sym->name) < 0)
                    goto done;
            } else if (sym->scope == GP_SYM_GLOBAL_EXPLICIT) {
                set_remove(&newbound, sym->name);
            }
        }
    } else {
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == GP_SYM_GLOBAL_EXPLICIT)
                set_remove(&newbound, s->syms[i].name);
        if (s->kind == GP_SCOPE_CLASS && set_add(&newbound, "__class__") < 0)
            goto done;
    }

    for (int i = 0; i < s->nchildren; i++)
        if (analyze(st, s->children[i], &newbound, &child_free) < 0)
            goto done;

    /* names children need: become cells here, or pass through as free */
    for (int i = 0; i < child_free.n; i++) {
        const char *name = child_free.names[i];
        GpSymbol *sym = gp_symscope_lookup(s, name);
        if (s->kind == GP_SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            s->needs_class_closure = 1;
            continue;
        }
        if (sym && s->kind == GP_SCOPE_FUNCTION && sym->scope == GP_SYM_LOCAL) {
            sym->scope = GP_SYM_CELL;
            continue;
        }
        if (sym && sym->scope == GP_SYM_CELL)
            continue;
        if (sym && sym->scope == GP_SYM_FREE) {
            if (set_add(free_out, name) < 0)
                goto done;
            continue;
        }
        if (s->kind == GP_SCOPE_MODULE)
            continue;   /* cannot happen: module names are never in `bound` */
        /* not (or not freely) bound here: pass it through */
        if (!sym) {
            sym = scope_add(s, name, s->lineno, 0);
            if (!sym)
                goto done;
            sym->flags = GP_DEF_FREE_CLASS;
            sym->scope = GP_SYM_FREE;
        } else {
            /* bound locally in a class body, or global here: a class keeps its
               own binding and also carries the cell for its methods */
            sym->flags |= GP_DEF_FREE_CLASS;
        }
        if (set_add(free_out, name) < 0)
            goto done;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == GP_SYM_FREE && set_add(free_out, s->syms[i].name) < 0)
            goto done;
    r = 0;
done:
    set_free(&newbound);
    set_free(&child_free);
    return r;
}

GpSymtable *gp_symtable_build_src(GpAstMod *mod, void *filename_obj, const char *src,
                                  long srclen, GpArena *arena)
{
    GpSymtable *st = calloc(1, sizeof *st);
    if (!st) {
        gp_err_no_memory();
        return NULL;
    }
    st->filename_obj = filename_obj;
    st->src = src;
    st->srclen = srclen;
    st->arena = arena;
    if (enter(st, GP_SCOPE_MODULE, "top", mod, 1) < 0)
        goto fail;
    st->top = st->cur;
    int r = 0;
    switch (mod->kind) {
    case GP_AST_MOD_Module:
        r = visit_stmts(st, mod->body);
        break;
    case GP_AST_MOD_Interactive:
        r = visit_stmts(st, mod->body);
        break;
    case GP_AST_MOD_Expression:
        r = visit_expr(st, mod->expr);
        break;
    default:
        break;
    }
    if (r < 0)
        goto fail;
    NameSet bound = {0}, fr = {0};
    r = analyze(st, st->top, &bound, &fr);
    set_free(&bound);
    set_free(&fr);
    if (r < 0)
        goto fail;
    return st;
fail:
    gp_symtable_free(st);
    return NULL;
}

GpSymtable *gp_symtable_build(GpAstMod *mod, void *filename_obj)
{
    return gp_symtable_build_src(mod, filename_obj, NULL, 0, NULL);
}

void gp_symtable_free(GpSymtable *st)
{
    if (!st)
        return;
    scope_free(st->top ? st->top : NULL);
    free(st);
}
