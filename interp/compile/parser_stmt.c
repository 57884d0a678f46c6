/* parser_stmt.c - statements: simple statements, assignments, blocks and
 * compound statements (Python 3.11 grammar; the patterns of `match` are in
 * parser_pattern.c).
 *
 * The rules follow Grammar/python.gram by name (simple_stmts, assignment,
 * import_from, if_stmt, ...).  Error messages and locations follow CPython
 * 3.11's "invalid_*" rules where users see them: invalid assignment
 * targets (with the "Maybe you meant '=='" hint), missing ':' after a block
 * header, IndentationError after a block header, `except A, B`, legacy
 * print statements, trailing commas in from-imports.
 */
#include "compile/parser_internal.h"
#include "compile/parser_pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void parse_statement(GpParser *p, GpAstVec *out);

/* ---- helpers ------------------------------------------------------------------ */

static void stmt_end_from_stmt(GpAstStmt *s, GpAstStmt *last)
{
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
}

static void stmt_end_from_seq(GpAstStmt *s, GpAstSeq seq)
{
    if (seq.n > 0)
        stmt_end_from_stmt(s, GP_SEQ_STMT(seq, seq.n - 1));
}

/* Record an error with CPython's raw offsets (1-based char offset computed
 * from a byte column; end_offset stored verbatim) and fail. */
static _Noreturn void error_raw(GpParser *p, GpSynErrKind kind, GpToken *t, int col, int end_offset,
                                const char *msg)
{
    if (!p->err->set) {
        gp_syntax_error_set(p->err, kind, msg, t->line_start, p->text_end, t->lineno, col,
                            t->lineno, col);
        p->err->end_offset = end_offset;
    }
    gp_p_fail(p);
}

/* Zero-width error at the start of token t (CPython's NEWLINE tokens are
 * empty, so this is where it points after the end of a line). */
static _Noreturn void error_at_start(GpParser *p, GpToken *t, const char *msg)
{
    gp_p_error_range(p, t->lineno, t->col_offset, t->lineno, t->col_offset, "%s", msg);
}

static int at_stmt_end(GpParser *p)
{
    GpTokType t = gp_p_type(p);
    return t == GP_TOK_SEMI || t == GP_TOK_NEWLINE || t == GP_TOK_ENDMARKER;
}

/* Speculative parsing: run fn(p, arg); on a syntax error restore the
 * position, forget the error and return NULL (tokenizer errors and
 * recursion errors are kept and re-raised). */
typedef void *(*SpecFn)(GpParser *p, void *arg);

static void *speculate(GpParser *p, SpecFn fn, void *arg)
{
    int save_pos = p->pos, save_depth = p->depth, save_hint = p->suppress_comma_hint;
    jmp_buf jb, *old = p->jb;
    void *volatile res = NULL;
    p->jb = &jb;
    p->suppress_comma_hint = 1;
    if (setjmp(jb) == 0)
        res = fn(p, arg);
    p->jb = old;
    p->suppress_comma_hint = save_hint;
    if (!res) {
        p->depth = save_depth;
        if (p->ntoks && p->toks[p->ntoks - 1].type == GP_TOK_ERROR && p->err->set)
            gp_p_fail(p);
        if (p->err->kind == GP_SYNERR_RECURSION || p->err->kind == GP_SYNERR_MEMORY)
            gp_p_fail(p);
        gp_syntax_error_clear(p->err);
        memset(p->err, 0, sizeof *p->err);
        p->pos = save_pos;
    }
    return res;
}

static void *spec_star_expressions(GpParser *p, void *arg)
{
    (void)arg;
    return gp_p_star_expressions(p);
}

static void *spec_bitwise_or(GpParser *p, void *arg)
{
    (void)arg;
    return gp_p_bitwise_or(p);
}

/* ---- assignment targets ---------------------------------------------------------- */

static int is_parenthesized(GpAstExpr *e, GpToken *start)
{
    return e->lineno != start->lineno || e->col_offset != start->col_offset ||
           start->type == GP_TOK_LPAR;
}

/* The first sub-expression of e that cannot be assigned to (NULL if e is a
 * valid target).  Mirrors _PyPegen_get_invalid_target. */
static GpAstExpr *invalid_target(GpAstExpr *e, int del)
{
    switch (e->kind) {
    case GP_AST_EXPR_Name: case GP_AST_EXPR_Attribute: case GP_AST_EXPR_Subscript:
        return NULL;
    case GP_AST_EXPR_Starred:
        if (del)
            return e;
        return invalid_target(e->v.Starred.value, del);
    case GP_AST_EXPR_List:
    case GP_AST_EXPR_Tuple: {
        GpAstSeq elts = e->kind == GP_AST_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < elts.n; i++) {
            GpAstExpr *bad = invalid_target(elts.items[i], del);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case GP_AST_EXPR_Compare:
        /* `for x in y` parsed as an expression: the target is the left side */
        if (!del && e->v.Compare.ops.n > 0 && GP_CMPOP_AT(e->v.Compare.ops, 0) == GP_AST_CMP_In)
            return invalid_target(e->v.Compare.left, del);
        return e;
    default:
        return e;
    }
}

static int hint_excluded(GpAstExpr *e)
{
    if (e->kind == GP_AST_EXPR_List || e->kind == GP_AST_EXPR_Tuple ||
        e->kind == GP_AST_EXPR_GeneratorExp)
        return 1;
    if (e->kind == GP_AST_EXPR_Constant) {
        GpConstKind k = e->v.Constant.kind;
        return k == GP_CONST_TRUE || k == GP_CONST_FALSE || k == GP_CONST_NONE;
    }
    return 0;
}

/* ---- expression statements and assignments ------------------------------------------ */

static GpAstExpr *parse_rhs(GpParser *p)
{
    if (gp_p_type(p) == GP_TOK_KW_YIELD)
        return gp_p_yield_expr(p);
    return gp_p_star_expressions(p);
}

static int augassign_op(GpTokType t, GpAstOperator *op)
{
    switch (t) {
    case GP_TOK_PLUSEQUAL: *op = GP_AST_OP_Add; return 1;
    case GP_TOK_MINEQUAL: *op = GP_AST_OP_Sub; return 1;
    case GP_TOK_STAREQUAL: *op = GP_AST_OP_Mult; return 1;
    case GP_TOK_ATEQUAL: *op = GP_AST_OP_MatMult; return 1;
    case GP_TOK_SLASHEQUAL: *op = GP_AST_OP_Div; return 1;
    case GP_TOK_PERCENTEQUAL: *op = GP_AST_OP_Mod; return 1;
    case GP_TOK_AMPEREQUAL: *op = GP_AST_OP_BitAnd; return 1;
    case GP_TOK_VBAREQUAL: *op = GP_AST_OP_BitOr; return 1;
    case GP_TOK_CIRCUMFLEXEQUAL: *op = GP_AST_OP_BitXor; return 1;
    case GP_TOK_LEFTSHIFTEQUAL: *op = GP_AST_OP_LShift; return 1;
    case GP_TOK_RIGHTSHIFTEQUAL: *op = GP_AST_OP_RShift; return 1;
    case GP_TOK_DOUBLESTAREQUAL: *op = GP_AST_OP_Pow; return 1;
    case GP_TOK_DOUBLESLASHEQUAL: *op = GP_AST_OP_FloorDiv; return 1;
    default: return 0;
    }
}

static GpAstStmt *parse_annotated(GpParser *p, GpToken *start, GpAstExpr *target)
{
    int simple = 0;
    switch (target->kind) {
    case GP_AST_EXPR_Name:
        simple = !is_parenthesized(target, start);
        break;
    case GP_AST_EXPR_Attribute:
    case GP_AST_EXPR_Subscript:
        break;
    case GP_AST_EXPR_Tuple:
        if (!is_parenthesized(target, start) && target->v.Tuple.elts.n > 0)
            gp_p_error_expr(p, GP_SEQ_EXPR(target->v.Tuple.elts, 0),
                            "only single target (not tuple) can be annotated");
        gp_p_error_expr(p, target, "only single target (not tuple) can be annotated");
    case GP_AST_EXPR_List:
        gp_p_error_expr(p, target, "only single target (not list) can be annotated");
    default:
        gp_p_error_expr(p, target, "illegal target for annotation");
    }
    gp_p_set_context(p, target, GP_AST_CTX_Store, 0);
    gp_p_next(p); /* ':' */
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_AnnAssign, start);
    s->v.AnnAssign.target = target;
    s->v.AnnAssign.annotation = gp_p_expression(p);
    s->v.AnnAssign.simple = simple;
    if (gp_p_accept(p, GP_TOK_EQUAL))
        s->v.AnnAssign.value = parse_rhs(p);
    GP_P_END(p, s);
    return s;
}

/* `print x` / `exec code` */
static void legacy_check(GpParser *p, GpAstExpr *first)
{
    if (first->kind != GP_AST_EXPR_Name)
        return;
    const char *id = first->v.Name.id;
    if (strcmp(id, "print") != 0 && strcmp(id, "exec") != 0)
        return;
    GpTokType t = gp_p_type(p);
    if (!gp_p_starts_expression(p, t) && t != GP_TOK_STAR)
        return;
    int save = p->pos;
    GpAstExpr *rest = speculate(p, spec_star_expressions, NULL);
    if (!rest) {
        p->pos = save;
        return;
    }
    gp_p_error_range(p, first->lineno, first->col_offset, rest->end_lineno, rest->end_col_offset,
                     "Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id);
}

static GpAstStmt *parse_expr_or_assign(GpParser *p)
{
    GpToken *start = gp_p_peek(p);
    GpAstExpr *first = parse_rhs(p);
    GpTokType t = gp_p_type(p);
    GpAstOperator op;

    if (t == GP_TOK_COLONEQUAL) {
        /* CPython reaches its invalid_named_expression rule through the
         * last element of the statement's expression list: `(a, b) := 1`
         * and `x[0] := 1` get a message; a bare name gets "invalid syntax" */
        GpAstExpr *e = first;
        if (e->kind == GP_AST_EXPR_Tuple && !e->paren_lineno && e->v.Tuple.elts.n > 0) {
            GpAstExpr *e0 = GP_SEQ_EXPR(e->v.Tuple.elts, 0);
            int e0_line = e0->paren_lineno ? e0->paren_lineno : e0->lineno;
            int e0_col = e0->paren_lineno ? e0->paren_col : e0->col_offset;
            if (e0_line == e->lineno && e0_col == e->col_offset) /* no '(' of its own */
                e = GP_SEQ_EXPR(e->v.Tuple.elts, e->v.Tuple.elts.n - 1);
        }
        if ((e->kind != GP_AST_EXPR_Name || e->paren_lineno) && e->kind != GP_AST_EXPR_Starred &&
            e->kind != GP_AST_EXPR_Yield && e->kind != GP_AST_EXPR_YieldFrom)
            gp_p_error_expr(p, e, "cannot use assignment expressions with %s", gp_p_expr_name(e));
        gp_p_invalid(p);
    }

    if (t == GP_TOK_COLON && first->kind != GP_AST_EXPR_Yield && first->kind != GP_AST_EXPR_YieldFrom)
        return parse_annotated(p, start, first);

    if (t == GP_TOK_EQUAL) {
        GpAstVec items = {0};
        gp_vec_push(p->arena, &items, first);
        while (gp_p_accept(p, GP_TOK_EQUAL))
            gp_vec_push(p->arena, &items, parse_rhs(p));
        if (gp_p_type(p) == GP_TOK_COLON && items.n >= 2)
            gp_p_invalid(p);
        int ntargets = items.n - 1;
        GpAstExpr *value = items.items[ntargets];
        for (int i = 0; i < ntargets; i++) {
            GpAstExpr *tg = items.items[i];
            if (tg->kind == GP_AST_EXPR_Yield || tg->kind == GP_AST_EXPR_YieldFrom)
                gp_p_error_expr(p, tg, "assignment to yield expression not possible");
            GpAstExpr *bad = invalid_target(tg, 0);
            if (!bad)
                continue;
            if (i == 0 && ntargets == 1 && value->kind != GP_AST_EXPR_Yield &&
                value->kind != GP_AST_EXPR_YieldFrom) {
                /* the element right before '=' gets the '==' hint */
                GpAstExpr *adj = tg;
                if (tg->kind == GP_AST_EXPR_Tuple && !is_parenthesized(tg, start) &&
                    tg->v.Tuple.elts.n > 0)
                    adj = GP_SEQ_EXPR(tg->v.Tuple.elts, tg->v.Tuple.elts.n - 1);
                if (!hint_excluded(adj) && invalid_target(adj, 0) == adj)
                    gp_p_error_expr(p, adj,
                                    "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                    gp_p_expr_name(adj));
            }
            gp_p_error_expr(p, bad, "cannot assign to %s", gp_p_expr_name(bad));
        }
        for (int i = 0; i < ntargets; i++)
            gp_p_set_context(p, items.items[i], GP_AST_CTX_Store, 0);
        GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_Assign, start);
        GpAstSeq targets = gp_seq_new(p->arena, ntargets);
        for (int i = 0; i < ntargets; i++)
            targets.items[i] = items.items[i];
        s->v.Assign.targets = targets;
        s->v.Assign.value = value;
        GP_P_END(p, s);
        return s;
    }

    if (augassign_op(t, &op)) {
        if (first->kind != GP_AST_EXPR_Name && first->kind != GP_AST_EXPR_Attribute &&
            first->kind != GP_AST_EXPR_Subscript)
            gp_p_error_expr(p, first, "'%s' is an illegal expression for augmented assignment",
                            gp_p_expr_name(first));
        gp_p_next(p);
        gp_p_set_context(p, first, GP_AST_CTX_Store, 0);
        GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_AugAssign, start);
        s->v.AugAssign.target = first;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = parse_rhs(p);
        GP_P_END(p, s);
        return s;
    }

    if (!at_stmt_end(p))
        legacy_check(p, first);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_Expr, start);
    s->v.Expr.value = first;
    GP_P_END(p, s);
    return s;
}

/* ---- simple statements ---------------------------------------------------------------- */

static GpAstSeq parse_names(GpParser *p)
{
    GpAstVec names = {0};
    do {
        GpToken *t = gp_p_expect(p, GP_TOK_NAME);
        gp_vec_push(p->arena, &names, (void *)gp_p_name(p, t));
    } while (gp_p_accept(p, GP_TOK_COMMA));
    return gp_vec_seq(&names);
}

/* dotted_name: NAME ('.' NAME)* -> "a.b.c" */
static const char *parse_dotted_name(GpParser *p)
{
    int i0 = p->pos;
    GpToken *first = gp_p_expect(p, GP_TOK_NAME);
    GpToken *last = first;
    int simple = 1;
    while (gp_p_type(p) == GP_TOK_DOT) {
        gp_p_next(p);
        last = gp_p_expect(p, GP_TOK_NAME);
        simple = 0;
    }
    if (simple)
        return gp_p_name(p, first);
    /* rebuild without whitespace/continuations between the parts; walk the
     * tokens by index: reading more tokens may have moved the token array,
     * so `first` and `last` can live in different blocks (grow_tokens) */
    int i1 = p->pos - 1;
    size_t cap = (size_t)(last->end - first->start) + 1;
    char *buf = gp_arena_alloc(p->arena, cap);
    size_t n = 0;
    for (int i = i0; i <= i1; i++) {
        GpToken *t = &p->toks[i];
        if (t->type == GP_TOK_NAME) {
            memcpy(buf + n, t->start, (size_t)(t->end - t->start));
            n += (size_t)(t->end - t->start);
        } else {
            buf[n++] = '.';
        }
    }
    buf[n] = '\0';
    return buf;
}

static GpAstAlias *parse_alias(GpParser *p, int dotted)
{
    GpToken *start = gp_p_peek(p);
    GpAstAlias *a = gp_arena_alloc(p->arena, sizeof *a);
    a->lineno = start->lineno;
    a->col_offset = start->col_offset;
    if (dotted) {
        a->name = parse_dotted_name(p);
    } else {
        GpToken *t = gp_p_expect(p, GP_TOK_NAME);
        a->name = gp_p_name(p, t);
    }
    if (gp_p_accept(p, GP_TOK_KW_AS)) {
        GpToken *t = gp_p_expect(p, GP_TOK_NAME);
        a->asname = gp_p_name(p, t);
    }
    gp_p_set_end(p, &a->end_lineno, &a->end_col_offset);
    return a;
}

static GpAstStmt *parse_import(GpParser *p)
{
    GpToken *kw = gp_p_next(p);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_Import, kw);
    GpAstVec names = {0};
    do {
        gp_vec_push(p->arena, &names, parse_alias(p, 1));
    } while (gp_p_accept(p, GP_TOK_COMMA));
    s->v.Import.names = gp_vec_seq(&names);
    GP_P_END(p, s);
    return s;
}

static GpAstStmt *parse_from_import(GpParser *p)
{
    GpToken *kw = gp_p_next(p);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_ImportFrom, kw);
    int level = 0;
    for (;;) {
        if (gp_p_accept(p, GP_TOK_DOT))
            level++;
        else if (gp_p_accept(p, GP_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if (gp_p_type(p) == GP_TOK_NAME)
        s->v.ImportFrom.module = parse_dotted_name(p);
    else if (level == 0)
        gp_p_invalid(p);
    gp_p_expect(p, GP_TOK_KW_IMPORT);
    s->v.ImportFrom.level = level;
    GpAstVec names = {0};
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_STAR) {
        gp_p_next(p);
        GpAstAlias *a = gp_arena_alloc(p->arena, sizeof *a);
        a->name = "*";
        a->lineno = t->lineno;
        a->col_offset = t->col_offset;
        a->end_lineno = t->end_lineno;
        a->end_col_offset = t->end_col_offset;
        gp_vec_push(p->arena, &names, a);
    } else if (t->type == GP_TOK_LPAR) {
        gp_p_next(p);
        do {
            if (gp_p_type(p) == GP_TOK_RPAR && names.n > 0)
                break;
            gp_vec_push(p->arena, &names, parse_alias(p, 0));
        } while (gp_p_accept(p, GP_TOK_COMMA));
        gp_p_expect(p, GP_TOK_RPAR);
    } else {
        for (;;) {
            gp_vec_push(p->arena, &names, parse_alias(p, 0));
            if (!gp_p_accept(p, GP_TOK_COMMA))
                break;
            if (at_stmt_end(p))
                error_at_start(p, gp_p_peek(p),
                               "trailing comma not allowed without surrounding parentheses");
        }
    }
    s->v.ImportFrom.names = gp_vec_seq(&names);
    GP_P_END(p, s);
    return s;
}

static void *spec_del_targets(GpParser *p, void *arg)
{
    (void)arg;
    GpAstExpr *e = gp_p_del_targets(p);
    if (!at_stmt_end(p))
        return NULL;
    return e;
}

static GpAstStmt *parse_del(GpParser *p)
{
    GpToken *kw = gp_p_next(p);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_Delete, kw);
    int save = p->pos;
    GpAstExpr *e = speculate(p, spec_del_targets, NULL);
    if (!e) {
        /* invalid_del_stmt: 'del' star_expressions */
        p->pos = save;
        GpAstExpr *x = gp_p_star_expressions(p);
        GpAstExpr *bad = invalid_target(x, 1);
        if (bad) {
            if (bad->kind == GP_AST_EXPR_Starred)
                gp_p_error_expr(p, bad, "cannot delete starred");
            gp_p_error_expr(p, bad, "cannot delete %s", gp_p_expr_name(bad));
        }
        /* the targets themselves are fine: re-parse for the real error */
        p->pos = save;
        gp_p_del_targets(p);
        gp_p_invalid(p);
    }
    GpAstSeq targets;
    if (e->kind == GP_AST_EXPR_Tuple && e->v.Tuple.elts.n > 0 &&
        GP_SEQ_EXPR(e->v.Tuple.elts, 0)->col_offset == e->col_offset &&
        GP_SEQ_EXPR(e->v.Tuple.elts, 0)->lineno == e->lineno) {
        targets = e->v.Tuple.elts; /* del a, b */
    } else {
        targets = gp_seq_new(p->arena, 1);
        targets.items[0] = e;
    }
    for (int i = 0; i < targets.n; i++)
        gp_p_set_context(p, targets.items[i], GP_AST_CTX_Del, 0);
    s->v.Delete.targets = targets;
    GP_P_END(p, s);
    return s;
}

static GpAstStmt *parse_simple_stmt(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    GpAstStmt *s;
    switch (t->type) {
    case GP_TOK_KW_PASS:
    case GP_TOK_KW_BREAK:
    case GP_TOK_KW_CONTINUE:
        gp_p_next(p);
        s = gp_p_stmt_at(p, t->type == GP_TOK_KW_PASS    ? GP_AST_STMT_Pass
                            : t->type == GP_TOK_KW_BREAK ? GP_AST_STMT_Break
                                                         : GP_AST_STMT_Continue,
                         t);
        GP_P_END(p, s);
        return s;
    case GP_TOK_KW_RETURN:
        gp_p_next(p);
        s = gp_p_stmt_at(p, GP_AST_STMT_Return, t);
        if (!at_stmt_end(p))
            s->v.Return.value = gp_p_star_expressions(p);
        GP_P_END(p, s);
        return s;
    case GP_TOK_KW_RAISE:
        gp_p_next(p);
        s = gp_p_stmt_at(p, GP_AST_STMT_Raise, t);
        if (!at_stmt_end(p)) {
            s->v.Raise.exc = gp_p_expression(p);
            if (gp_p_accept(p, GP_TOK_KW_FROM))
                s->v.Raise.cause = gp_p_expression(p);
        }
        GP_P_END(p, s);
        return s;
    case GP_TOK_KW_GLOBAL:
    case GP_TOK_KW_NONLOCAL:
        gp_p_next(p);
        if (t->type == GP_TOK_KW_GLOBAL) {
            s = gp_p_stmt_at(p, GP_AST_STMT_Global, t);
            s->v.Global.names = parse_names(p);
        } else {
            s = gp_p_stmt_at(p, GP_AST_STMT_Nonlocal, t);
            s->v.Nonlocal.names = parse_names(p);
        }
        GP_P_END(p, s);
        return s;
    case GP_TOK_KW_DEL:
        return parse_del(p);
    case GP_TOK_KW_ASSERT:
        gp_p_next(p);
        s = gp_p_stmt_at(p, GP_AST_STMT_Assert, t);
        s->v.Assert.test = gp_p_expression(p);
        if (gp_p_accept(p, GP_TOK_COMMA))
            s->v.Assert.msg = gp_p_expression(p);
        GP_P_END(p, s);
        return s;
    case GP_TOK_KW_IMPORT:
        return parse_import(p);
    case GP_TOK_KW_FROM:
        return parse_from_import(p);
    default:
        return parse_expr_or_assign(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void parse_simple_stmts(GpParser *p, GpAstVec *out)
{
    for (;;) {
        gp_vec_push(p->arena, out, parse_simple_stmt(p));
        if (gp_p_accept(p, GP_TOK_SEMI)) {
            if (gp_p_type(p) == GP_TOK_NEWLINE)
                break;
            continue;
        }
        break;
    }
    if (gp_p_type(p) == GP_TOK_ENDMARKER)
        return;
    if (gp_p_type(p) != GP_TOK_NEWLINE)
        gp_p_invalid(p);
    gp_p_next(p);
}

/* ---- blocks --------------------------------------------------------------------------- */

/* block: NEWLINE INDENT statements DEDENT | simple_stmts.  `what`/`line`
 * name the header for "expected an indented block after ...". */
static GpAstSeq parse_block(GpParser *p, const char *what, int line)
{
    GpAstVec body = {0};
    gp_p_enter(p);
    if (gp_p_type(p) == GP_TOK_NEWLINE) {
        gp_p_next(p);
        GpToken *t = gp_p_peek(p);
        if (t->type != GP_TOK_INDENT) {
            if (t->type == GP_TOK_ERROR)
                gp_p_invalid(p);
            char msg[160];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
            gp_p_error_tok(p, GP_SYNERR_INDENTATION, t, "%s", msg);
        }
        gp_p_next(p);
        while (gp_p_type(p) != GP_TOK_DEDENT && gp_p_type(p) != GP_TOK_ENDMARKER)
            parse_statement(p, &body);
        gp_p_accept(p, GP_TOK_DEDENT);
    } else {
        GpTokType t = gp_p_type(p);
        if (t == GP_TOK_ENDMARKER || t == GP_TOK_INDENT || t == GP_TOK_DEDENT)
            gp_p_invalid(p);
        parse_simple_stmts(p, &body);
    }
    gp_p_leave(p);
    return gp_vec_seq(&body);
}

/* The ':' of if/elif/while/for/with/class headers: CPython's grammar only
 * says "expected ':'" when the header ends (NEWLINE); any other token there
 * is a plain "invalid syntax" at that token. */
static void expect_colon(GpParser *p)
{
    GpTokType t = gp_p_type(p);
    if (t != GP_TOK_COLON && t != GP_TOK_NEWLINE)
        gp_p_invalid(p);
    gp_p_expect_msg(p, GP_TOK_COLON, "expected ':'");
}

/* The ':' after def/try/finally/else is a forced token (&&':') in CPython's
 * grammar: any other token gets "expected ':'" located at that token. */
static void expect_colon_forced(GpParser *p)
{
    GpToken *cur = gp_p_peek(p);
    if (cur->type != GP_TOK_COLON && cur->type != GP_TOK_NEWLINE && cur->type != GP_TOK_ERROR &&
        cur->type != GP_TOK_INDENT && cur->type != GP_TOK_BADCHAR && cur->type != GP_TOK_ENDMARKER)
        gp_p_error_tok(p, GP_SYNERR_SYNTAX, cur, "expected ':'");
    gp_p_expect_msg(p, GP_TOK_COLON, "expected ':'");
}

/* CPython's hint rule matches `a=bitwise_or '='`: a comparison, `and`/`or`,
 * `not`, conditional or lambda left of the '=' is a plain syntax error
 * unless parenthesized. */
static int is_bitwise_or_level(GpAstExpr *e)
{
    if (e->paren_lineno)
        return 1;
    switch (e->kind) {
    case GP_AST_EXPR_BoolOp:
    case GP_AST_EXPR_Compare:
    case GP_AST_EXPR_IfExp:
    case GP_AST_EXPR_Lambda:
    case GP_AST_EXPR_NamedExpr:
        return 0;
    case GP_AST_EXPR_UnaryOp:
        return e->v.UnaryOp.op != GP_AST_UNARY_Not;
    default:
        return 1;
    }
}

/* named_expression for if/elif/while conditions with CPython's hints for
 * `if x = 1:` */
static GpAstExpr *parse_condition(GpParser *p)
{
    GpAstExpr *e = gp_p_named_expression(p);
    if (gp_p_type(p) == GP_TOK_EQUAL) {
        int save = p->pos;
        gp_p_next(p);
        GpAstExpr *rhs = speculate(p, spec_bitwise_or, NULL);
        GpTokType nt = gp_p_type(p);
        if (rhs && nt != GP_TOK_EQUAL && nt != GP_TOK_COLONEQUAL && is_bitwise_or_level(e)) {
            if (e->kind == GP_AST_EXPR_Name)
                gp_p_error_range(p, e->lineno, e->col_offset, rhs->end_lineno, rhs->end_col_offset,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (!hint_excluded(e))
                gp_p_error_expr(p, e,
                                "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                gp_p_expr_name(e));
        }
        p->pos = save;
    }
    return e;
}

static GpAstSeq parse_else_block(GpParser *p)
{
    GpToken *kw = gp_p_next(p); /* else */
    expect_colon_forced(p);
    return parse_block(p, "'else' statement", kw->lineno);
}

/* ---- compound statements ------------------------------------------------------------------ */

static GpAstStmt *parse_if(GpParser *p, int is_elif)
{
    GpToken *kw = gp_p_next(p);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_If, kw);
    s->v.If.test = parse_condition(p);
    expect_colon(p);
    s->v.If.body = parse_block(p, is_elif ? "'elif' statement" : "'if' statement", kw->lineno);
    stmt_end_from_seq(s, s->v.If.body);
    if (gp_p_type(p) == GP_TOK_KW_ELIF) {
        gp_p_enter(p);
        GpAstStmt *e = parse_if(p, 1);
        gp_p_leave(p);
        s->v.If.orelse = gp_seq_new(p->arena, 1);
        s->v.If.orelse.items[0] = e;
        stmt_end_from_stmt(s, e);
    } else if (gp_p_type(p) == GP_TOK_KW_ELSE) {
        s->v.If.orelse = parse_else_block(p);
        stmt_end_from_seq(s, s->v.If.orelse);
    }
    return s;
}

static GpAstStmt *parse_while(GpParser *p)
{
    GpToken *kw = gp_p_next(p);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_While, kw);
    s->v.While.test = parse_condition(p);
    expect_colon(p);
    s->v.While.body = parse_block(p, "'while' statement", kw->lineno);
    stmt_end_from_seq(s, s->v.While.body);
    if (gp_p_type(p) == GP_TOK_KW_ELSE) {
        s->v.While.orelse = parse_else_block(p);
        stmt_end_from_seq(s, s->v.While.orelse);
    }
    return s;
}

static void *spec_for_target(GpParser *p, void *arg)
{
    (void)arg;
    GpAstExpr *e = gp_p_star_targets(p);
    if (gp_p_type(p) != GP_TOK_KW_IN)
        return NULL;
    return e;
}

static GpAstStmt *parse_for(GpParser *p, GpToken *start, int is_async)
{
    GpToken *kw = gp_p_next(p); /* for */
    GpAstStmt *s = gp_p_stmt_at(p, is_async ? GP_AST_STMT_AsyncFor : GP_AST_STMT_For, start);
    int save = p->pos;
    GpAstExpr *target = speculate(p, spec_for_target, NULL);
    if (!target) {
        /* invalid_for_target: report a bad target if there is one */
        p->pos = save;
        GpAstExpr *x = speculate(p, spec_star_expressions, NULL);
        if (x) {
            GpAstExpr *bad = invalid_target(x, 0);
            if (bad)
                gp_p_error_expr(p, bad, "cannot assign to %s", gp_p_expr_name(bad));
        }
        p->pos = save;
        gp_p_star_targets(p);
        gp_p_invalid(p);
    }
    gp_p_next(p); /* in */
    s->v.For.target = target;
    s->v.For.iter = gp_p_star_expressions(p);
    expect_colon(p);
    s->v.For.body = parse_block(p, "'for' statement", kw->lineno);
    stmt_end_from_seq(s, s->v.For.body);
    if (gp_p_type(p) == GP_TOK_KW_ELSE) {
        s->v.For.orelse = parse_else_block(p);
        stmt_end_from_seq(s, s->v.For.orelse);
    }
    return s;
}

static GpAstWithItem *parse_with_item(GpParser *p)
{
    GpAstWithItem *w = gp_arena_alloc(p->arena, sizeof *w);
    w->context_expr = gp_p_expression(p);
    if (gp_p_accept(p, GP_TOK_KW_AS)) {
        w->optional_vars = gp_p_star_target(p);
        GpTokType t = gp_p_type(p);
        if (t != GP_TOK_COMMA && t != GP_TOK_RPAR && t != GP_TOK_COLON)
            gp_p_invalid(p);
    }
    return w;
}

/* 'with' '(' ','.with_item+ ','? ')' ':' */
static void *spec_paren_with_items(GpParser *p, void *arg)
{
    GpAstVec *items = arg;
    gp_p_next(p); /* ( */
    items->n = 0;
    do {
        if (gp_p_type(p) == GP_TOK_RPAR && items->n > 0)
            break;
        gp_vec_push(p->arena, items, parse_with_item(p));
    } while (gp_p_accept(p, GP_TOK_COMMA));
    if (gp_p_type(p) != GP_TOK_RPAR || gp_p_type_at(p, 1) != GP_TOK_COLON)
        return NULL;
    gp_p_next(p);
    return items;
}

static GpAstStmt *parse_with(GpParser *p, GpToken *start, int is_async)
{
    GpToken *kw = gp_p_next(p); /* with */
    GpAstStmt *s = gp_p_stmt_at(p, is_async ? GP_AST_STMT_AsyncWith : GP_AST_STMT_With, start);
    GpAstVec items = {0};
    if (gp_p_type(p) != GP_TOK_LPAR || !speculate(p, spec_paren_with_items, &items)) {
        items.n = 0;
        do {
            gp_vec_push(p->arena, &items, parse_with_item(p));
        } while (gp_p_accept(p, GP_TOK_COMMA));
    }
    s->v.With.items = gp_vec_seq(&items);
    expect_colon(p);
    s->v.With.body = parse_block(p, "'with' statement", kw->lineno);
    stmt_end_from_seq(s, s->v.With.body);
    return s;
}

static GpAstExceptHandler *parse_except(GpParser *p, int *star)
{
    GpToken *kw = gp_p_next(p); /* except */
    GpAstExceptHandler *h = gp_arena_alloc(p->arena, sizeof *h);
    h->lineno = kw->lineno;
    h->col_offset = kw->col_offset;
    *star = 0;
    if (gp_p_type(p) == GP_TOK_STAR) {
        gp_p_next(p);
        *star = 1;
        if (gp_p_type(p) == GP_TOK_COLON || gp_p_type(p) == GP_TOK_NEWLINE)
            gp_p_error_tok(p, GP_SYNERR_SYNTAX, gp_p_peek(p), "expected one or more exception types");
    }
    if (gp_p_type(p) != GP_TOK_COLON) {
        if (gp_p_type(p) == GP_TOK_NEWLINE)
            gp_p_expect_msg(p, GP_TOK_COLON, "expected ':'");
        h->type = gp_p_expression(p);
        if (gp_p_type(p) == GP_TOK_COMMA) {
            /* except A, B: */
            int save = p->pos;
            gp_p_next(p);
            GpAstExpr *last = speculate(p, spec_star_expressions, NULL);
            if (last && (gp_p_type(p) == GP_TOK_COLON || gp_p_type(p) == GP_TOK_KW_AS))
                gp_p_error_range(p, h->type->lineno, h->type->col_offset, last->end_lineno,
                                 last->end_col_offset,
                                 "multiple exception types must be parenthesized");
            p->pos = save;
            gp_p_invalid(p);
        }
        if (gp_p_accept(p, GP_TOK_KW_AS)) {
            GpToken *n = gp_p_peek(p);
            if (n->type != GP_TOK_NAME)
                gp_p_invalid(p);
            gp_p_next(p);
            h->name = gp_p_name(p, n);
        }
        if (gp_p_type(p) == GP_TOK_NEWLINE)
            gp_p_expect_msg(p, GP_TOK_COLON, "expected ':'");
        gp_p_expect(p, GP_TOK_COLON);
    } else {
        gp_p_next(p);
    }
    h->body = parse_block(p, *star ? "'except*' statement" : "'except' statement", kw->lineno);
    if (h->body.n > 0) {
        GpAstStmt *last = GP_SEQ_STMT(h->body, h->body.n - 1);
        h->end_lineno = last->end_lineno;
        h->end_col_offset = last->end_col_offset;
    }
    return h;
}

static GpAstStmt *parse_try(GpParser *p)
{
    GpToken *kw = gp_p_next(p);
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_Try, kw);
    expect_colon_forced(p);
    s->v.Try.body = parse_block(p, "'try' statement", kw->lineno);
    stmt_end_from_seq(s, s->v.Try.body);
    GpAstVec handlers = {0};
    int seen_plain = 0, seen_star = 0;
    while (gp_p_type(p) == GP_TOK_KW_EXCEPT) {
        GpToken *ek = gp_p_peek(p);
        int star;
        GpAstExceptHandler *h = parse_except(p, &star);
        if (star ? seen_plain : seen_star)
            gp_p_error_range(p, ek->lineno, ek->col_offset, ek->end_lineno, ek->end_col_offset + star,
                             "cannot have both 'except' and 'except*' on the same 'try'");
        if (star)
            seen_star = 1;
        else
            seen_plain = 1;
        gp_vec_push(p->arena, &handlers, h);
        s->end_lineno = h->end_lineno;
        s->end_col_offset = h->end_col_offset;
    }
    s->v.Try.handlers = gp_vec_seq(&handlers);
    if (handlers.n > 0 && gp_p_type(p) == GP_TOK_KW_ELSE) {
        s->v.Try.orelse = parse_else_block(p);
        stmt_end_from_seq(s, s->v.Try.orelse);
    }
    if (gp_p_type(p) == GP_TOK_KW_FINALLY) {
        GpToken *fk = gp_p_next(p);
        expect_colon_forced(p);
        s->v.Try.finalbody = parse_block(p, "'finally' statement", fk->lineno);
        stmt_end_from_seq(s, s->v.Try.finalbody);
    } else if (handlers.n == 0) {
        /* CPython points at the token after the try block, or (at the end
         * of the input) at the end of the block's last line */
        GpToken *last = gp_p_last(p);
        GpToken *cur = gp_p_peek(p);
        if (cur->type == GP_TOK_ERROR)
            gp_p_invalid(p);
        if (gp_p_is_eof_token(p, cur))
            gp_p_error_eof(p, GP_SYNERR_SYNTAX, "expected 'except' or 'finally' block");
        if (cur->type != GP_TOK_ENDMARKER)
            gp_p_error_tok(p, GP_SYNERR_SYNTAX, cur, "expected 'except' or 'finally' block");
        for (int i = p->pos - 1; i >= 0; i--)
            if (p->toks[i].type == GP_TOK_NEWLINE) {
                last = &p->toks[i];
                break;
            }
        if (last)
            error_raw(p, GP_SYNERR_SYNTAX, last, last->col_offset, -1,
                      "expected 'except' or 'finally' block");
        gp_p_invalid(p);
    }
    if (seen_star)
        s->kind = GP_AST_STMT_TryStar;
    return s;
}

static GpAstStmt *parse_funcdef(GpParser *p, GpToken *start, int is_async, GpAstSeq decorators)
{
    GpToken *kw = gp_p_next(p); /* def */
    GpAstStmt *s = gp_p_stmt_at(p, is_async ? GP_AST_STMT_AsyncFunctionDef : GP_AST_STMT_FunctionDef,
                                start);
    GpToken *name = gp_p_expect(p, GP_TOK_NAME);
    s->v.FunctionDef.name = gp_p_name(p, name);
    GpToken *lpar = gp_p_peek(p);
    if (lpar->type != GP_TOK_LPAR && lpar->type != GP_TOK_ERROR && lpar->type != GP_TOK_INDENT &&
        lpar->type != GP_TOK_BADCHAR && lpar->type != GP_TOK_ENDMARKER)
        gp_p_error_tok(p, GP_SYNERR_SYNTAX, lpar, "expected '('"); /* a forced token */
    gp_p_expect(p, GP_TOK_LPAR);
    s->v.FunctionDef.args = gp_p_parameters(p, GP_TOK_RPAR, 1);
    gp_p_expect(p, GP_TOK_RPAR);
    if (gp_p_type(p) == GP_TOK_RARROW) {
        GpToken *arrow = gp_p_next(p);
        if (gp_p_type(p) == GP_TOK_COLON)
            gp_p_error_tok(p, GP_SYNERR_SYNTAX, arrow, "expected ':'");
        s->v.FunctionDef.returns = gp_p_expression(p);
    }
    expect_colon_forced(p);
    s->v.FunctionDef.decorator_list = decorators;
    s->v.FunctionDef.body = parse_block(p, "function definition", kw->lineno);
    stmt_end_from_seq(s, s->v.FunctionDef.body);
    return s;
}

static GpAstStmt *parse_classdef(GpParser *p, GpAstSeq decorators)
{
    GpToken *kw = gp_p_next(p); /* class */
    GpAstStmt *s = gp_p_stmt_at(p, GP_AST_STMT_ClassDef, kw);
    GpToken *name = gp_p_expect(p, GP_TOK_NAME);
    s->v.ClassDef.name = gp_p_name(p, name);
    if (gp_p_type(p) == GP_TOK_LPAR) {
        int open_idx = p->pos;
        GpToken *open = gp_p_next(p);
        s->v.ClassDef.bases = gp_p_call_args(p, &s->v.ClassDef.keywords, open);
        for (int i = 0; i < s->v.ClassDef.bases.n; i++) {
            GpAstExpr *b = GP_SEQ_EXPR(s->v.ClassDef.bases, i);
            if (b->kind == GP_AST_EXPR_GeneratorExp && b->lineno == open->lineno &&
                b->col_offset == open->col_offset) {
                /* class A(x for x in y): the `for` is a syntax error */
                int depth = 0;
                for (int k = open_idx; k < p->pos; k++) {
                    GpTokType tt = p->toks[k].type;
                    if (tt == GP_TOK_LPAR || tt == GP_TOK_LSQB || tt == GP_TOK_LBRACE)
                        depth++;
                    else if (tt == GP_TOK_RPAR || tt == GP_TOK_RSQB || tt == GP_TOK_RBRACE)
                        depth--;
                    else if (tt == GP_TOK_KW_FOR && depth == 1)
                        gp_p_error_tok(p, GP_SYNERR_SYNTAX, &p->toks[k], "invalid syntax");
                }
                gp_p_error_expr(p, b, "invalid syntax");
            }
        }
    }
    expect_colon(p);
    s->v.ClassDef.decorator_list = decorators;
    s->v.ClassDef.body = parse_block(p, "class definition", kw->lineno);
    stmt_end_from_seq(s, s->v.ClassDef.body);
    return s;
}

/* ---- match (soft keyword) ----------------------------------------------------------- */

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression,
 * then ':' NEWLINE -- only then is `match` the keyword */
static void *spec_match_header(GpParser *p, void *arg)
{
    (void)arg;
    GpToken *t = gp_p_peek(p);
    int lineno = t->lineno, col = t->col_offset;
    GpAstExpr *first = gp_p_star_named_expression(p);
    GpAstExpr *subject = first;
    if (gp_p_type(p) == GP_TOK_COMMA) {
        GpAstVec elts = {0};
        gp_vec_push(p->arena, &elts, first);
        while (gp_p_accept(p, GP_TOK_COMMA)) {
            if (!gp_p_starts_expression(p, gp_p_type(p)) && gp_p_type(p) != GP_TOK_STAR)
                break;
            gp_vec_push(p->arena, &elts, gp_p_star_named_expression(p));
        }
        subject = gp_ast_expr_new(p->arena, GP_AST_EXPR_Tuple);
        subject->lineno = lineno;
        subject->col_offset = col;
        GP_P_END(p, subject);
        subject->v.Tuple.elts = gp_vec_seq(&elts);
        subject->v.Tuple.ctx = GP_AST_CTX_Load;
    } else if (first->kind == GP_AST_EXPR_Starred) {
        return NULL;
    }
    GpTokType t1 = gp_p_type(p);
    if (t1 == GP_TOK_NEWLINE)
        return subject; /* `match x` NEWLINE: decided by the caller */
    if (t1 != GP_TOK_COLON)
        return NULL;
    return subject; /* ':' not followed by NEWLINE: decided by the caller */
}

static void *spec_simple_stmts(GpParser *p, void *arg)
{
    parse_simple_stmts(p, arg);
    return arg;
}

static GpAstMatchCase *parse_case(GpParser *p)
{
    GpToken *kw = gp_p_next(p); /* case */
    int kw_line = kw->lineno;
    GpAstMatchCase *mc = gp_arena_alloc(p->arena, sizeof *mc);
    mc->pattern = gp_p_patterns(p);
    if (gp_p_accept(p, GP_TOK_KW_IF))
        mc->guard = gp_p_named_expression(p);
    if (gp_p_type(p) == GP_TOK_NEWLINE)
        error_at_start(p, gp_p_peek(p), "expected ':'");
    gp_p_expect(p, GP_TOK_COLON);
    mc->body = parse_block(p, "'case' statement", kw_line);
    return mc;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
 * Returns NULL (position unchanged) when `match` is a plain name here. */
static GpAstStmt *try_parse_match(GpParser *p)
{
    int save = p->pos;
    GpToken *kw = gp_p_next(p);
    int kw_line = kw->lineno, kw_col = kw->col_offset;
    /* A failed speculation may have drained the tokenizer (gp_p_invalid
     * looks for later tokenizer errors), which is fine for an error but not
     * when `match` turns out to be a name: read the logical line first and
     * keep the tokenizer state after it to restore. */
    for (int i = p->pos;; i++) {
        GpTokType tt = gp_p_peek_at(p, i)->type;
        if (tt == GP_TOK_NEWLINE || tt == GP_TOK_ENDMARKER || tt == GP_TOK_ERROR)
            break;
    }
    int ntoks = p->ntoks;
    GpTokenizer *tok_state = gp_arena_alloc(p->arena, sizeof *tok_state);
    *tok_state = p->tok;
    GpAstExpr *subject = speculate(p, spec_match_header, NULL);
    if (!subject) {
        if (p->ntoks == ntoks)
            p->tok = *tok_state;
        p->pos = save;
        return NULL;
    }
    int colon = gp_p_type(p) == GP_TOK_COLON;
    if (!colon || gp_p_type_at(p, 1) != GP_TOK_NEWLINE) {
        /* `match (x)` is a call and `match[x]: int` an annotation;
         * otherwise `match x` lacks its ':' or `match x: pass` its block */
        int at = colon ? p->pos + 1 : p->pos;
        p->pos = save;
        GpAstVec scratch = {0};
        if (speculate(p, spec_simple_stmts, &scratch)) {
            p->pos = save;
            return NULL;
        }
        if (colon) {
            p->pos = at;
            gp_p_invalid(p);
        }
        error_at_start(p, &p->toks[at], "expected ':'");
    }
    gp_p_next(p); /* : */
    gp_p_next(p); /* NEWLINE */
    if (gp_p_type(p) != GP_TOK_INDENT) {
        if (gp_p_type(p) == GP_TOK_ERROR)
            gp_p_invalid(p);
        gp_p_error_tok(p, GP_SYNERR_INDENTATION, gp_p_peek(p),
                       "expected an indented block after 'match' statement on line %d", kw_line);
    }
    gp_p_next(p);
    GpAstStmt *s = gp_ast_stmt_new(p->arena, GP_AST_STMT_Match);
    s->lineno = kw_line;
    s->col_offset = kw_col;
    s->v.Match.subject = subject;
    GpAstVec cases = {0};
    gp_p_enter(p);
    do {
        if (!gp_p_name_is(gp_p_peek(p), "case"))
            gp_p_invalid(p);
        GpAstMatchCase *mc = parse_case(p);
        gp_vec_push(p->arena, &cases, mc);
        if (mc->body.n > 0)
            stmt_end_from_stmt(s, GP_SEQ_STMT(mc->body, mc->body.n - 1));
    } while (gp_p_type(p) != GP_TOK_DEDENT && gp_p_type(p) != GP_TOK_ENDMARKER);
    gp_p_leave(p);
    gp_p_accept(p, GP_TOK_DEDENT);
    s->v.Match.cases = gp_vec_seq(&cases);
    return s;
}

static GpAstStmt *parse_decorated(GpParser *p)
{
    GpAstVec decos = {0};
    while (gp_p_type(p) == GP_TOK_AT) {
        gp_p_next(p);
        gp_vec_push(p->arena, &decos, gp_p_named_expression(p));
        gp_p_expect(p, GP_TOK_NEWLINE);
    }
    GpAstSeq seq = gp_vec_seq(&decos);
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_KW_DEF)
        return parse_funcdef(p, t, 0, seq);
    if (t->type == GP_TOK_KW_ASYNC && gp_p_type_at(p, 1) == GP_TOK_KW_DEF) {
        gp_p_next(p);
        return parse_funcdef(p, t, 1, seq);
    }
    if (t->type == GP_TOK_KW_CLASS)
        return parse_classdef(p, seq);
    gp_p_invalid(p);
}

/* statement: compound_stmt | simple_stmts */
static void parse_statement(GpParser *p, GpAstVec *out)
{
    GpToken *t = gp_p_peek(p);
    GpAstStmt *s;
    GpAstSeq none = {0, NULL};
    switch (t->type) {
    case GP_TOK_KW_IF: s = parse_if(p, 0); break;
    case GP_TOK_KW_WHILE: s = parse_while(p); break;
    case GP_TOK_KW_FOR: s = parse_for(p, t, 0); break;
    case GP_TOK_KW_WITH: s = parse_with(p, t, 0); break;
    case GP_TOK_KW_TRY: s = parse_try(p); break;
    case GP_TOK_KW_DEF: s = parse_funcdef(p, t, 0, none); break;
    case GP_TOK_KW_CLASS: s = parse_classdef(p, none); break;
    case GP_TOK_AT: s = parse_decorated(p); break;
    case GP_TOK_KW_ASYNC: {
        GpTokType nt = gp_p_type_at(p, 1);
        if (nt == GP_TOK_KW_DEF) {
            gp_p_next(p);
            s = parse_funcdef(p, t, 1, none);
        } else if (nt == GP_TOK_KW_FOR) {
            gp_p_next(p);
            s = parse_for(p, t, 1);
        } else if (nt == GP_TOK_KW_WITH) {
            gp_p_next(p);
            s = parse_with(p, t, 1);
        } else {
            gp_p_next(p);
            gp_p_invalid(p);
        }
        break;
    }
    case GP_TOK_NAME:
        if (gp_p_name_is(t, "match") && (s = try_parse_match(p)) != NULL)
            break;
        parse_simple_stmts(p, out);
        return;
    default:
        parse_simple_stmts(p, out);
        return;
    }
    gp_vec_push(p->arena, out, s);
}

/* ---- entry points ----------------------------------------------------------------------------- */

GpAstSeq gp_p_file(GpParser *p)
{
    GpAstVec body = {0};
    for (;;) {
        GpTokType t = gp_p_type(p);
        if (t == GP_TOK_ENDMARKER)
            break;
        if (t == GP_TOK_NEWLINE) { /* defensive: empty logical line */
            gp_p_next(p);
            continue;
        }
        parse_statement(p, &body);
    }
    return gp_vec_seq(&body);
}

GpAstSeq gp_p_interactive(GpParser *p)
{
    GpAstVec body = {0};
    /* blank and comment-only lines before the statement give NEWLINE tokens
     * (the tokenizer starts as if after a token); they are not an empty
     * statement, the statement follows them */
    while (gp_p_type(p) == GP_TOK_NEWLINE)
        gp_p_next(p);
    GpTokType t = gp_p_type(p);
    if (t == GP_TOK_ENDMARKER)
        return gp_vec_seq(&body);
    parse_statement(p, &body);
    while (gp_p_accept(p, GP_TOK_NEWLINE))
        ;
    t = gp_p_type(p);
    if (t != GP_TOK_ENDMARKER) {
        if (t == GP_TOK_ERROR || t == GP_TOK_INDENT)
            gp_p_invalid(p);
        /* after a compound statement CPython's rule wants NEWLINE and fails
         * on the next token: "invalid syntax" there */
        switch (body.n ? ((GpAstStmt *)body.items[body.n - 1])->kind : 0) {
        case GP_AST_STMT_FunctionDef: case GP_AST_STMT_AsyncFunctionDef:
        case GP_AST_STMT_ClassDef: case GP_AST_STMT_For: case GP_AST_STMT_AsyncFor:
        case GP_AST_STMT_While: case GP_AST_STMT_If: case GP_AST_STMT_With:
        case GP_AST_STMT_AsyncWith: case GP_AST_STMT_Match: case GP_AST_STMT_Try:
        case GP_AST_STMT_TryStar:
            gp_p_invalid(p);
        default:
            break;
        }
        GpToken *tk = gp_p_peek(p);
        gp_p_error_tok(p, GP_SYNERR_SYNTAX, tk,
                       "multiple statements found while compiling a single statement");
    }
    return gp_vec_seq(&body);
}
