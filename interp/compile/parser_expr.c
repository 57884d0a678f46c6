/* parser_expr.c - expressions, assignment targets, parameters and call
 * arguments.
 *
 * The functions follow the rules of CPython 3.11's grammar (Grammar/
 * python.gram) by name: star_expressions, named_expression, expression,
 * disjunction, conjunction, inversion, comparison, bitwise_or ... factor,
 * power, await_primary, primary, atom.  The binary operators from `|` down
 * to `*` share one precedence-climbing function (parse_binary), which keeps
 * the C stack shallow: a parenthesised sub-expression costs about eight
 * frames.
 *
 * Depth: every function that can recurse into itself through nesting calls
 * gp_p_enter/gp_p_leave, and loops that build left-deep trees (a+b+c...,
 * a.b.c..., f()()...) count their length with gp_p_check_depth, so no tree
 * deeper than GP_PARSE_MAX_DEPTH is ever built.
 */
#include "compile/parser_internal.h"

#include <stdlib.h>
#include <string.h>

static GpAstExpr *parse_primary(GpParser *p);
static GpAstExpr *parse_factor(GpParser *p);
static GpAstExpr *parse_atom(GpParser *p);
static GpAstSeq parse_comprehension(GpParser *p);
static void comma_hint(GpParser *p, GpAstExpr *a);

/* Tokens that can begin an expression. */
int gp_p_starts_expression(GpParser *p, GpTokType t)
{
    (void)p;
    switch (t) {
    case GP_TOK_NAME: case GP_TOK_NUMBER: case GP_TOK_STRING: case GP_TOK_LPAR:
    case GP_TOK_LSQB: case GP_TOK_LBRACE: case GP_TOK_MINUS: case GP_TOK_PLUS:
    case GP_TOK_TILDE: case GP_TOK_KW_NOT: case GP_TOK_KW_LAMBDA: case GP_TOK_KW_AWAIT:
    case GP_TOK_KW_NONE: case GP_TOK_KW_TRUE: case GP_TOK_KW_FALSE: case GP_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* e ends where its last part, just parsed, ends -- after the ')' when that
 * part was written in parentheses (CPython: a node ends with the last token
 * of its rule), so `a + (b)` ends after the ')'. */
static void set_end_from(GpParser *p, GpAstExpr *e, GpAstExpr *last)
{
    if (last->paren_lineno) {
        GP_P_END(p, e);
        return;
    }
    e->end_lineno = last->end_lineno;
    e->end_col_offset = last->end_col_offset;
}

/* ---- names of expressions for error messages -------------------------------- */

const char *gp_p_expr_name(GpAstExpr *e)
{
    switch (e->kind) {
    case GP_AST_EXPR_Attribute: return "attribute";
    case GP_AST_EXPR_Subscript: return "subscript";
    case GP_AST_EXPR_Starred: return "starred";
    case GP_AST_EXPR_Name: return "name";
    case GP_AST_EXPR_List: return "list";
    case GP_AST_EXPR_Tuple: return "tuple";
    case GP_AST_EXPR_Lambda: return "lambda";
    case GP_AST_EXPR_Call: return "function call";
    case GP_AST_EXPR_BoolOp: case GP_AST_EXPR_BinOp: case GP_AST_EXPR_UnaryOp:
        return "expression";
    case GP_AST_EXPR_GeneratorExp: return "generator expression";
    case GP_AST_EXPR_Yield: case GP_AST_EXPR_YieldFrom: return "yield expression";
    case GP_AST_EXPR_Await: return "await expression";
    case GP_AST_EXPR_ListComp: return "list comprehension";
    case GP_AST_EXPR_SetComp: return "set comprehension";
    case GP_AST_EXPR_DictComp: return "dict comprehension";
    case GP_AST_EXPR_Dict: return "dict literal";
    case GP_AST_EXPR_Set: return "set display";
    case GP_AST_EXPR_JoinedStr: case GP_AST_EXPR_FormattedValue: return "f-string expression";
    case GP_AST_EXPR_Constant:
        switch (e->v.Constant.kind) {
        case GP_CONST_NONE: return "None";
        case GP_CONST_TRUE: return "True";
        case GP_CONST_FALSE: return "False";
        case GP_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case GP_AST_EXPR_Compare: return "comparison";
    case GP_AST_EXPR_IfExp: return "conditional expression";
    case GP_AST_EXPR_NamedExpr: return "named expression";
    case GP_AST_EXPR_Slice: return "slice";
    }
    return "expression";
}

void gp_p_set_context(GpParser *p, GpAstExpr *e, GpAstExprContext ctx, int assign_hint)
{
    switch (e->kind) {
    case GP_AST_EXPR_Name: e->v.Name.ctx = ctx; return;
    case GP_AST_EXPR_Attribute: e->v.Attribute.ctx = ctx; return;
    case GP_AST_EXPR_Subscript: e->v.Subscript.ctx = ctx; return;
    case GP_AST_EXPR_Starred:
        if (ctx == GP_AST_CTX_Del)
            gp_p_error_expr(p, e, "cannot delete starred");
        e->v.Starred.ctx = ctx;
        gp_p_set_context(p, e->v.Starred.value, ctx, 0);
        return;
    case GP_AST_EXPR_List:
    case GP_AST_EXPR_Tuple: {
        GpAstSeq elts = e->kind == GP_AST_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
        if (e->kind == GP_AST_EXPR_List)
            e->v.List.ctx = ctx;
        else
            e->v.Tuple.ctx = ctx;
        for (int i = 0; i < elts.n; i++)
            gp_p_set_context(p, elts.items[i], ctx, 0);
        return;
    }
    default:
        break;
    }
    const char *what = gp_p_expr_name(e);
    if (ctx == GP_AST_CTX_Del)
        gp_p_error_expr(p, e, "cannot delete %s", what);
    if (assign_hint)
        gp_p_error_expr(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    gp_p_error_expr(p, e, "cannot assign to %s", what);
}

/* ---- numbers ------------------------------------------------------------------ */

static GpAstExpr *parse_number(GpParser *p)
{
    GpToken *t = gp_p_next(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Constant, t);
    GP_P_END(p, e);
    size_t n = (size_t)(t->end - t->start);
    char *text = gp_arena_alloc(p->arena, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (t->start[i] != '_')
            text[k++] = t->start[i];
    text[k] = '\0';
    GpAstConstant *c = &e->v.Constant;
    if (k > 1 && (text[k - 1] == 'j' || text[k - 1] == 'J')) {
        text[k - 1] = '\0';
        c->kind = GP_CONST_COMPLEX;
        c->text = text;
        c->dval = strtod(text, NULL);
    } else if (k > 2 && text[0] == '0' && strchr("xXoObB", text[1])) {
        c->kind = GP_CONST_INT;
        c->base = (text[1] == 'x' || text[1] == 'X') ? 16 : (text[1] == 'o' || text[1] == 'O') ? 8 : 2;
        c->text = text + 2;
    } else if (strpbrk(text, ".eE")) {
        c->kind = GP_CONST_FLOAT;
        c->text = text;
        c->dval = strtod(text, NULL);
    } else {
        c->kind = GP_CONST_INT;
        c->base = 10;
        c->text = text;
    }
    return e;
}

/* ---- atoms ---------------------------------------------------------------------- */

static GpAstExpr *make_constant(GpParser *p, GpConstKind kind)
{
    GpToken *t = gp_p_next(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Constant, t);
    e->v.Constant.kind = kind;
    GP_P_END(p, e);
    return e;
}

static GpAstExpr *make_name(GpParser *p, GpToken *t)
{
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Name, t);
    e->v.Name.id = gp_p_name(p, t);
    e->v.Name.ctx = GP_AST_CTX_Load;
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col_offset;
    return e;
}

static int at_comprehension(GpParser *p)
{
    return gp_p_type(p) == GP_TOK_KW_FOR ||
           (gp_p_type(p) == GP_TOK_KW_ASYNC && gp_p_type_at(p, 1) == GP_TOK_KW_FOR);
}

static void no_starred_in_comprehension(GpParser *p, GpAstExpr *elt)
{
    if (elt->kind == GP_AST_EXPR_Starred)
        gp_p_error_expr(p, elt, "iterable unpacking cannot be used in comprehension");
}

/* Expect the closing bracket of a display; before giving up, look for the
 * "Perhaps you forgot a comma?" case. */
static void expect_close(GpParser *p, GpTokType close, GpAstExpr *last)
{
    if (gp_p_type(p) == close) {
        gp_p_next(p);
        return;
    }
    if (last)
        comma_hint(p, last);
    gp_p_invalid(p);
}

/* '(' ... ')': tuple, group, generator expression, yield group. */
static GpAstExpr *parse_paren(GpParser *p)
{
    GpToken *open = gp_p_next(p);
    if (gp_p_type(p) == GP_TOK_RPAR) {
        gp_p_next(p);
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Tuple, open);
        e->v.Tuple.ctx = GP_AST_CTX_Load;
        GP_P_END(p, e);
        return e;
    }
    if (gp_p_type(p) == GP_TOK_KW_YIELD) {
        GpAstExpr *y = gp_p_yield_expr(p);
        expect_close(p, GP_TOK_RPAR, NULL);
        y->paren_lineno = open->lineno;
        y->paren_col = open->col_offset;
        return y;
    }
    GpAstExpr *first = gp_p_star_named_expression(p);
    if (at_comprehension(p)) {
        no_starred_in_comprehension(p, first);
        GpAstExpr *g = gp_p_expr_at(p, GP_AST_EXPR_GeneratorExp, open);
        g->v.GeneratorExp.elt = first;
        g->v.GeneratorExp.generators = parse_comprehension(p);
        expect_close(p, GP_TOK_RPAR, NULL);
        GP_P_END(p, g);
        return g;
    }
    if (gp_p_type(p) == GP_TOK_COMMA) {
        GpAstVec elts = {0};
        gp_vec_push(p->arena, &elts, first);
        GpAstExpr *last = first;
        while (gp_p_accept(p, GP_TOK_COMMA)) {
            if (gp_p_type(p) == GP_TOK_RPAR)
                break;
            last = gp_p_star_named_expression(p);
            gp_vec_push(p->arena, &elts, last);
        }
        expect_close(p, GP_TOK_RPAR, last);
        GpAstExpr *t = gp_p_expr_at(p, GP_AST_EXPR_Tuple, open);
        t->v.Tuple.elts = gp_vec_seq(&elts);
        t->v.Tuple.ctx = GP_AST_CTX_Load;
        GP_P_END(p, t);
        return t;
    }
    if (first->kind == GP_AST_EXPR_Starred && gp_p_type(p) == GP_TOK_RPAR)
        gp_p_error_expr(p, first, "cannot use starred expression here");
    expect_close(p, GP_TOK_RPAR, first);
    first->paren_lineno = open->lineno;
    first->paren_col = open->col_offset;
    return first;
}

static GpAstExpr *parse_list(GpParser *p)
{
    GpToken *open = gp_p_next(p);
    GpAstVec elts = {0};
    GpAstExpr *last = NULL;
    if (gp_p_type(p) != GP_TOK_RSQB) {
        GpAstExpr *first = gp_p_star_named_expression(p);
        if (at_comprehension(p)) {
            no_starred_in_comprehension(p, first);
            GpAstExpr *c = gp_p_expr_at(p, GP_AST_EXPR_ListComp, open);
            c->v.ListComp.elt = first;
            c->v.ListComp.generators = parse_comprehension(p);
            expect_close(p, GP_TOK_RSQB, NULL);
            GP_P_END(p, c);
            return c;
        }
        gp_vec_push(p->arena, &elts, first);
        last = first;
        while (gp_p_accept(p, GP_TOK_COMMA)) {
            if (gp_p_type(p) == GP_TOK_RSQB)
                break;
            last = gp_p_star_named_expression(p);
            gp_vec_push(p->arena, &elts, last);
        }
    }
    expect_close(p, GP_TOK_RSQB, last);
    GpAstExpr *l = gp_p_expr_at(p, GP_AST_EXPR_List, open);
    l->v.List.elts = gp_vec_seq(&elts);
    l->v.List.ctx = GP_AST_CTX_Load;
    GP_P_END(p, l);
    return l;
}

/* '{' ... '}': dict, set, dict/set comprehension. */
static GpAstExpr *parse_brace(GpParser *p)
{
    GpToken *open = gp_p_next(p);
    if (gp_p_type(p) == GP_TOK_RBRACE) {
        gp_p_next(p);
        GpAstExpr *d = gp_p_expr_at(p, GP_AST_EXPR_Dict, open);
        GP_P_END(p, d);
        return d;
    }
    GpAstExpr *key = NULL, *value;
    if (gp_p_accept(p, GP_TOK_DOUBLESTAR)) {
        value = gp_p_bitwise_or(p);
    } else {
        key = gp_p_star_named_expression(p);
        if (key->kind != GP_AST_EXPR_Starred && gp_p_type(p) == GP_TOK_COLON) {
            gp_p_next(p);
            value = gp_p_expression(p);
            if (at_comprehension(p)) {
                GpAstExpr *c = gp_p_expr_at(p, GP_AST_EXPR_DictComp, open);
                c->v.DictComp.key = key;
                c->v.DictComp.value = value;
                c->v.DictComp.generators = parse_comprehension(p);
                expect_close(p, GP_TOK_RBRACE, NULL);
                GP_P_END(p, c);
                return c;
            }
        } else {
            /* a set */
            if (at_comprehension(p)) {
                no_starred_in_comprehension(p, key);
                GpAstExpr *c = gp_p_expr_at(p, GP_AST_EXPR_SetComp, open);
                c->v.SetComp.elt = key;
                c->v.SetComp.generators = parse_comprehension(p);
                expect_close(p, GP_TOK_RBRACE, NULL);
                GP_P_END(p, c);
                return c;
            }
            GpAstVec elts = {0};
            gp_vec_push(p->arena, &elts, key);
            GpAstExpr *last = key;
            while (gp_p_accept(p, GP_TOK_COMMA)) {
                if (gp_p_type(p) == GP_TOK_RBRACE)
                    break;
                last = gp_p_star_named_expression(p);
                gp_vec_push(p->arena, &elts, last);
            }
            expect_close(p, GP_TOK_RBRACE, last);
            GpAstExpr *s = gp_p_expr_at(p, GP_AST_EXPR_Set, open);
            s->v.Set.elts = gp_vec_seq(&elts);
            GP_P_END(p, s);
            return s;
        }
    }
    /* a dict: first entry parsed */
    GpAstVec keys = {0}, values = {0};
    gp_vec_push(p->arena, &keys, key);
    gp_vec_push(p->arena, &values, value);
    GpAstExpr *last = value;
    while (gp_p_accept(p, GP_TOK_COMMA)) {
        if (gp_p_type(p) == GP_TOK_RBRACE)
            break;
        if (gp_p_accept(p, GP_TOK_DOUBLESTAR)) {
            key = NULL;
            value = gp_p_bitwise_or(p);
        } else {
            key = gp_p_expression(p);
            if (gp_p_type(p) != GP_TOK_COLON) {
                /* CPython's invalid_kvpair: a caret on the key's last character */
                gp_p_error_range(p, key->end_lineno, key->end_col_offset - 1, key->end_lineno,
                                 key->end_col_offset, "':' expected after dictionary key");
            }
            gp_p_next(p);
            value = gp_p_expression(p);
        }
        gp_vec_push(p->arena, &keys, key);
        gp_vec_push(p->arena, &values, value);
        last = value;
    }
    expect_close(p, GP_TOK_RBRACE, last);
    GpAstExpr *d = gp_p_expr_at(p, GP_AST_EXPR_Dict, open);
    d->v.Dict.keys = gp_vec_seq(&keys);
    d->v.Dict.values = gp_vec_seq(&values);
    GP_P_END(p, d);
    return d;
}

static GpAstExpr *parse_atom(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    switch (t->type) {
    case GP_TOK_NAME:
        gp_p_next(p);
        return make_name(p, t);
    case GP_TOK_KW_TRUE: return make_constant(p, GP_CONST_TRUE);
    case GP_TOK_KW_FALSE: return make_constant(p, GP_CONST_FALSE);
    case GP_TOK_KW_NONE: return make_constant(p, GP_CONST_NONE);
    case GP_TOK_ELLIPSIS: return make_constant(p, GP_CONST_ELLIPSIS);
    case GP_TOK_NUMBER: return parse_number(p);
    case GP_TOK_STRING: return gp_p_strings(p);
    case GP_TOK_LPAR: return parse_paren(p);
    case GP_TOK_LSQB: return parse_list(p);
    case GP_TOK_LBRACE: return parse_brace(p);
    default:
        gp_p_invalid(p);
    }
}

/* ---- primaries -------------------------------------------------------------------- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression
 * (3.11 also allows a starred expression as a tuple element). */
static GpAstExpr *parse_slice_item(GpParser *p)
{
    GpToken *start = gp_p_peek(p);
    if (start->type == GP_TOK_STAR) {
        gp_p_next(p);
        GpAstExpr *s = gp_p_expr_at(p, GP_AST_EXPR_Starred, start);
        s->v.Starred.value = gp_p_bitwise_or(p);
        s->v.Starred.ctx = GP_AST_CTX_Load;
        GP_P_END(p, s);
        return s;
    }
    GpAstExpr *lower = NULL;
    if (start->type != GP_TOK_COLON) {
        lower = gp_p_named_expression(p);
        if (gp_p_type(p) != GP_TOK_COLON)
            return lower;
    }
    gp_p_next(p); /* ':' */
    GpAstExpr *s = gp_p_expr_at(p, GP_AST_EXPR_Slice, start);
    s->v.Slice.lower = lower;
    GpTokType t = gp_p_type(p);
    if (t != GP_TOK_COLON && t != GP_TOK_COMMA && t != GP_TOK_RSQB)
        s->v.Slice.upper = gp_p_expression(p);
    if (gp_p_accept(p, GP_TOK_COLON)) {
        t = gp_p_type(p);
        if (t != GP_TOK_COMMA && t != GP_TOK_RSQB)
            s->v.Slice.step = gp_p_expression(p);
    }
    GP_P_END(p, s);
    return s;
}

static GpAstExpr *parse_slices(GpParser *p)
{
    GpAstExpr *first = parse_slice_item(p);
    if (gp_p_type(p) != GP_TOK_COMMA) {
        if (first->kind != GP_AST_EXPR_Starred)
            return first;
    }
    GpAstVec elts = {0};
    gp_vec_push(p->arena, &elts, first);
    GpAstExpr *last = first;
    while (gp_p_accept(p, GP_TOK_COMMA)) {
        if (gp_p_type(p) == GP_TOK_RSQB)
            break;
        last = parse_slice_item(p);
        gp_vec_push(p->arena, &elts, last);
    }
    GpAstExpr *t = gp_p_expr_from(p, GP_AST_EXPR_Tuple, first);
    t->v.Tuple.elts = gp_vec_seq(&elts);
    t->v.Tuple.ctx = GP_AST_CTX_Load;
    GP_P_END(p, t);
    (void)last;
    return t;
}

static GpAstExpr *parse_primary(GpParser *p)
{
    GpAstExpr *e = parse_atom(p);
    int chain = 0;
    for (;;) {
        GpTokType t = gp_p_type(p);
        GpAstExpr *n;
        if (t == GP_TOK_DOT) {
            gp_p_next(p);
            GpToken *name = gp_p_peek(p);
            if (name->type != GP_TOK_NAME)
                gp_p_invalid(p);
            gp_p_next(p);
            n = gp_p_expr_from(p, GP_AST_EXPR_Attribute, e);
            n->v.Attribute.value = e;
            n->v.Attribute.attr = gp_p_name(p, name);
            n->v.Attribute.ctx = GP_AST_CTX_Load;
        } else if (t == GP_TOK_LPAR) {
            GpToken *open = gp_p_next(p);
            n = gp_p_expr_from(p, GP_AST_EXPR_Call, e);
            n->v.Call.func = e;
            n->v.Call.args = gp_p_call_args(p, &n->v.Call.keywords, open);
        } else if (t == GP_TOK_LSQB) {
            gp_p_next(p);
            n = gp_p_expr_from(p, GP_AST_EXPR_Subscript, e);
            n->v.Subscript.value = e;
            gp_p_enter(p);
            n->v.Subscript.slice = parse_slices(p);
            gp_p_leave(p);
            n->v.Subscript.ctx = GP_AST_CTX_Load;
            expect_close(p, GP_TOK_RSQB, n->v.Subscript.slice);
        } else {
            return e;
        }
        GP_P_END(p, n);
        e = n;
        gp_p_check_depth(p, ++chain);
    }
}

static GpAstExpr *parse_await_primary(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_KW_AWAIT) {
        gp_p_next(p);
        gp_p_enter(p);
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Await, t);
        e->v.Await.value = parse_primary(p);
        GP_P_END(p, e);
        gp_p_leave(p);
        return e;
    }
    return parse_primary(p);
}

/* power: await_primary ['**' factor] (right associative through factor) */
static GpAstExpr *parse_power(GpParser *p)
{
    GpAstExpr *left = parse_await_primary(p);
    if (gp_p_type(p) != GP_TOK_DOUBLESTAR)
        return left;
    gp_p_next(p);
    GpAstExpr *e = gp_p_expr_from(p, GP_AST_EXPR_BinOp, left);
    e->v.BinOp.left = left;
    e->v.BinOp.op = GP_AST_OP_Pow;
    e->v.BinOp.right = parse_factor(p);
    GP_P_END(p, e);
    return e;
}

static GpAstExpr *parse_factor(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    GpAstUnaryOp op;
    switch (t->type) {
    case GP_TOK_PLUS: op = GP_AST_UNARY_UAdd; break;
    case GP_TOK_MINUS: op = GP_AST_UNARY_USub; break;
    case GP_TOK_TILDE: op = GP_AST_UNARY_Invert; break;
    default: {
        gp_p_enter(p);
        GpAstExpr *e = parse_power(p);
        gp_p_leave(p);
        return e;
    }
    }
    gp_p_next(p);
    gp_p_enter(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_UnaryOp, t);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = parse_factor(p);
    GP_P_END(p, e);
    gp_p_leave(p);
    return e;
}

/* ---- binary operators: precedence climbing ----------------------------------------- */

/* Precedence of a binary operator token (1 = '|' ... 6 = '*'), 0 if none. */
static int binop_prec(GpTokType t, GpAstOperator *op)
{
    switch (t) {
    case GP_TOK_VBAR: *op = GP_AST_OP_BitOr; return 1;
    case GP_TOK_CIRCUMFLEX: *op = GP_AST_OP_BitXor; return 2;
    case GP_TOK_AMPER: *op = GP_AST_OP_BitAnd; return 3;
    case GP_TOK_LEFTSHIFT: *op = GP_AST_OP_LShift; return 4;
    case GP_TOK_RIGHTSHIFT: *op = GP_AST_OP_RShift; return 4;
    case GP_TOK_PLUS: *op = GP_AST_OP_Add; return 5;
    case GP_TOK_MINUS: *op = GP_AST_OP_Sub; return 5;
    case GP_TOK_STAR: *op = GP_AST_OP_Mult; return 6;
    case GP_TOK_SLASH: *op = GP_AST_OP_Div; return 6;
    case GP_TOK_DOUBLESLASH: *op = GP_AST_OP_FloorDiv; return 6;
    case GP_TOK_PERCENT: *op = GP_AST_OP_Mod; return 6;
    case GP_TOK_AT: *op = GP_AST_OP_MatMult; return 6;
    default: return 0;
    }
}

/* All operators are left associative: parse operands of higher precedence
 * recursively (at most 6 levels), fold equal precedence in the loop. */
static GpAstExpr *parse_binary(GpParser *p, int min_prec)
{
    GpAstExpr *left = parse_factor(p);
    int chain = 0;
    for (;;) {
        GpAstOperator op;
        int prec = binop_prec(gp_p_type(p), &op);
        if (prec == 0 || prec < min_prec)
            return left;
        gp_p_next(p);
        GpAstExpr *right = parse_binary(p, prec + 1);
        GpAstExpr *e = gp_p_expr_from(p, GP_AST_EXPR_BinOp, left);
        e->v.BinOp.left = left;
        e->v.BinOp.op = op;
        e->v.BinOp.right = right;
        set_end_from(p, e, right);
        left = e;
        gp_p_check_depth(p, ++chain);
    }
}

GpAstExpr *gp_p_bitwise_or(GpParser *p)
{
    return parse_binary(p, 1);
}

/* ---- comparison / not / and / or ------------------------------------------------------ */

static int compare_op(GpParser *p, GpAstCmpOp *op)
{
    switch (gp_p_type(p)) {
    case GP_TOK_EQEQUAL: *op = GP_AST_CMP_Eq; break;
    case GP_TOK_NOTEQUAL: *op = GP_AST_CMP_NotEq; break;
    case GP_TOK_LESS: *op = GP_AST_CMP_Lt; break;
    case GP_TOK_LESSEQUAL: *op = GP_AST_CMP_LtE; break;
    case GP_TOK_GREATER: *op = GP_AST_CMP_Gt; break;
    case GP_TOK_GREATEREQUAL: *op = GP_AST_CMP_GtE; break;
    case GP_TOK_KW_IN: *op = GP_AST_CMP_In; break;
    case GP_TOK_KW_IS:
        if (gp_p_type_at(p, 1) == GP_TOK_KW_NOT) {
            gp_p_next(p);
            *op = GP_AST_CMP_IsNot;
        } else {
            *op = GP_AST_CMP_Is;
        }
        break;
    case GP_TOK_KW_NOT:
        if (gp_p_type_at(p, 1) != GP_TOK_KW_IN)
            return 0;
        gp_p_next(p);
        *op = GP_AST_CMP_NotIn;
        break;
    default:
        return 0;
    }
    gp_p_next(p);
    return 1;
}

static GpAstExpr *parse_comparison(GpParser *p)
{
    GpAstExpr *left = gp_p_bitwise_or(p);
    GpAstCmpOp op;
    if (!compare_op(p, &op))
        return left;
    GpAstVec ops = {0}, comps = {0};
    GpAstExpr *last;
    do {
        gp_vec_push(p->arena, &ops, (void *)(intptr_t)op);
        last = gp_p_bitwise_or(p);
        gp_vec_push(p->arena, &comps, last);
    } while (compare_op(p, &op));
    GpAstExpr *e = gp_p_expr_from(p, GP_AST_EXPR_Compare, left);
    e->v.Compare.left = left;
    e->v.Compare.ops = gp_vec_seq(&ops);
    e->v.Compare.comparators = gp_vec_seq(&comps);
    set_end_from(p, e, last);
    return e;
}

static GpAstExpr *parse_inversion(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_KW_NOT)
        return parse_comparison(p);
    gp_p_next(p);
    gp_p_enter(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_UnaryOp, t);
    e->v.UnaryOp.op = GP_AST_UNARY_Not;
    e->v.UnaryOp.operand = parse_inversion(p);
    set_end_from(p, e, e->v.UnaryOp.operand);
    gp_p_leave(p);
    return e;
}

static GpAstExpr *parse_boolop(GpParser *p, int is_or)
{
    GpTokType kw = is_or ? GP_TOK_KW_OR : GP_TOK_KW_AND;
    GpAstExpr *first = is_or ? parse_boolop(p, 0) : parse_inversion(p);
    if (gp_p_type(p) != kw)
        return first;
    GpAstVec values = {0};
    gp_vec_push(p->arena, &values, first);
    GpAstExpr *last = first;
    while (gp_p_accept(p, kw)) {
        last = is_or ? parse_boolop(p, 0) : parse_inversion(p);
        gp_vec_push(p->arena, &values, last);
    }
    GpAstExpr *e = gp_p_expr_from(p, GP_AST_EXPR_BoolOp, first);
    e->v.BoolOp.op = is_or ? GP_AST_BOOL_Or : GP_AST_BOOL_And;
    e->v.BoolOp.values = gp_vec_seq(&values);
    set_end_from(p, e, last);
    return e;
}

GpAstExpr *gp_p_disjunction(GpParser *p)
{
    return parse_boolop(p, 1);
}

/* ---- expression / lambda / named / starred ------------------------------------------------ */

static GpAstExpr *parse_lambda(GpParser *p)
{
    GpToken *t = gp_p_next(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Lambda, t);
    e->v.Lambda.args = gp_p_parameters(p, GP_TOK_COLON, 0);
    gp_p_expect(p, GP_TOK_COLON);
    e->v.Lambda.body = gp_p_expression(p);
    set_end_from(p, e, e->v.Lambda.body);
    return e;
}

GpAstExpr *gp_p_expression(GpParser *p)
{
    gp_p_enter(p);
    GpAstExpr *e;
    if (gp_p_type(p) == GP_TOK_KW_LAMBDA) {
        e = parse_lambda(p);
    } else {
        e = gp_p_disjunction(p);
        if (gp_p_type(p) == GP_TOK_KW_IF) {
            gp_p_next(p);
            GpAstExpr *test = gp_p_disjunction(p);
            if (gp_p_type(p) != GP_TOK_KW_ELSE) {
                /* CPython: "expected 'else' after 'if' expression" when the
                 * conditional is otherwise complete */
                GpTokType nt = gp_p_type(p);
                if (nt == GP_TOK_NEWLINE || nt == GP_TOK_RPAR || nt == GP_TOK_RSQB ||
                    nt == GP_TOK_RBRACE || nt == GP_TOK_COMMA || nt == GP_TOK_SEMI ||
                    nt == GP_TOK_ENDMARKER)
                    gp_p_error_range(p, e->lineno, e->col_offset, test->end_lineno,
                                     test->end_col_offset, "expected 'else' after 'if' expression");
                gp_p_invalid(p);
            }
            gp_p_next(p);
            GpAstExpr *orelse = gp_p_expression(p);
            GpAstExpr *c = gp_p_expr_from(p, GP_AST_EXPR_IfExp, e);
            c->v.IfExp.test = test;
            c->v.IfExp.body = e;
            c->v.IfExp.orelse = orelse;
            set_end_from(p, c, orelse);
            e = c;
        }
    }
    gp_p_leave(p);
    return e;
}

GpAstExpr *gp_p_named_expression(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_NAME && gp_p_type_at(p, 1) == GP_TOK_COLONEQUAL) {
        gp_p_next(p);
        gp_p_next(p);
        GpAstExpr *target = make_name(p, t);
        target->v.Name.ctx = GP_AST_CTX_Store;
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_NamedExpr, t);
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = gp_p_expression(p);
        set_end_from(p, e, e->v.NamedExpr.value);
        return e;
    }
    GpAstExpr *e = gp_p_expression(p);
    if (gp_p_type(p) == GP_TOK_COLONEQUAL)
        gp_p_error_expr(p, e, "cannot use assignment expressions with %s", gp_p_expr_name(e));
    return e;
}

GpAstExpr *gp_p_star_named_expression(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_STAR) {
        gp_p_next(p);
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Starred, t);
        e->v.Starred.value = gp_p_bitwise_or(p);
        e->v.Starred.ctx = GP_AST_CTX_Load;
        set_end_from(p, e, e->v.Starred.value);
        return e;
    }
    return gp_p_named_expression(p);
}

static GpAstExpr *parse_star_expression(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_STAR) {
        gp_p_next(p);
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Starred, t);
        e->v.Starred.value = gp_p_bitwise_or(p);
        e->v.Starred.ctx = GP_AST_CTX_Load;
        set_end_from(p, e, e->v.Starred.value);
        return e;
    }
    return gp_p_expression(p);
}

GpAstExpr *gp_p_star_expressions(GpParser *p)
{
    GpAstExpr *first = parse_star_expression(p);
    if (gp_p_type(p) != GP_TOK_COMMA)
        return first;
    GpAstVec elts = {0};
    gp_vec_push(p->arena, &elts, first);
    while (gp_p_accept(p, GP_TOK_COMMA)) {
        GpTokType t = gp_p_type(p);
        if (!gp_p_starts_expression(p, t) && t != GP_TOK_STAR)
            break;
        gp_vec_push(p->arena, &elts, parse_star_expression(p));
    }
    GpAstExpr *e = gp_p_expr_from(p, GP_AST_EXPR_Tuple, first);
    e->v.Tuple.elts = gp_vec_seq(&elts);
    e->v.Tuple.ctx = GP_AST_CTX_Load;
    GP_P_END(p, e);
    return e;
}

GpAstExpr *gp_p_yield_expr(GpParser *p)
{
    GpToken *t = gp_p_next(p); /* 'yield' */
    if (gp_p_accept(p, GP_TOK_KW_FROM)) {
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_YieldFrom, t);
        e->v.YieldFrom.value = gp_p_expression(p);
        GP_P_END(p, e);
        return e;
    }
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Yield, t);
    GpTokType nt = gp_p_type(p);
    if (gp_p_starts_expression(p, nt) || nt == GP_TOK_STAR)
        e->v.Yield.value = gp_p_star_expressions(p);
    GP_P_END(p, e);
    return e;
}

/* ---- comprehensions ----------------------------------------------------------------------- */

static GpAstSeq parse_comprehension(GpParser *p)
{
    GpAstVec gens = {0};
    while (at_comprehension(p)) {
        GpAstComprehension *c = gp_arena_alloc(p->arena, sizeof *c);
        if (gp_p_accept(p, GP_TOK_KW_ASYNC))
            c->is_async = 1;
        gp_p_next(p); /* 'for' */
        c->target = gp_p_star_targets(p);
        gp_p_expect(p, GP_TOK_KW_IN);
        c->iter = gp_p_disjunction(p);
        GpAstVec ifs = {0};
        while (gp_p_accept(p, GP_TOK_KW_IF))
            gp_vec_push(p->arena, &ifs, gp_p_disjunction(p));
        c->ifs = gp_vec_seq(&ifs);
        gp_vec_push(p->arena, &gens, c);
    }
    return gp_vec_seq(&gens);
}

/* ---- targets ---------------------------------------------------------------------------------- */

static GpAstExpr *parse_star_target(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_STAR) {
        gp_p_next(p);
        gp_p_enter(p);
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Starred, t);
        e->v.Starred.value = parse_star_target(p);
        e->v.Starred.ctx = GP_AST_CTX_Store;
        set_end_from(p, e, e->v.Starred.value);
        gp_p_leave(p);
        return e;
    }
    gp_p_enter(p);
    GpAstExpr *e = parse_primary(p);
    gp_p_leave(p);
    return e;
}

static int starts_target(GpTokType t)
{
    return t == GP_TOK_NAME || t == GP_TOK_LPAR || t == GP_TOK_LSQB || t == GP_TOK_STAR;
}

GpAstExpr *gp_p_star_targets(GpParser *p)
{
    GpAstExpr *first = parse_star_target(p);
    GpAstExpr *result = first;
    if (gp_p_type(p) == GP_TOK_COMMA) {
        GpAstVec elts = {0};
        gp_vec_push(p->arena, &elts, first);
        while (gp_p_accept(p, GP_TOK_COMMA)) {
            if (!starts_target(gp_p_type(p)))
                break;
            gp_vec_push(p->arena, &elts, parse_star_target(p));
        }
        result = gp_p_expr_from(p, GP_AST_EXPR_Tuple, first);
        result->v.Tuple.elts = gp_vec_seq(&elts);
        GP_P_END(p, result);
    }
    gp_p_set_context(p, result, GP_AST_CTX_Store, 0);
    return result;
}

GpAstExpr *gp_p_star_target(GpParser *p)
{
    GpAstExpr *e = parse_star_target(p);
    gp_p_set_context(p, e, GP_AST_CTX_Store, 0);
    return e;
}

GpAstExpr *gp_p_del_targets(GpParser *p)
{
    GpAstExpr *first = parse_star_target(p);
    GpAstExpr *result = first;
    if (gp_p_type(p) == GP_TOK_COMMA) {
        GpAstVec elts = {0};
        gp_vec_push(p->arena, &elts, first);
        while (gp_p_accept(p, GP_TOK_COMMA)) {
            if (!starts_target(gp_p_type(p)))
                break;
            gp_vec_push(p->arena, &elts, parse_star_target(p));
        }
        result = gp_p_expr_from(p, GP_AST_EXPR_Tuple, first);
        result->v.Tuple.elts = gp_vec_seq(&elts);
        GP_P_END(p, result);
    }
    return result;
}

/* ---- parameters ----------------------------------------------------------------------------------- */

static GpAstArg *parse_arg(GpParser *p, int annotations, int star_annotation)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_NAME)
        gp_p_invalid(p);
    gp_p_next(p);
    GpAstArg *a = gp_arena_alloc(p->arena, sizeof *a);
    a->arg = gp_p_name(p, t);
    a->lineno = t->lineno;
    a->col_offset = t->col_offset;
    if (annotations && gp_p_accept(p, GP_TOK_COLON)) {
        if (star_annotation && gp_p_type(p) == GP_TOK_STAR) {
            GpToken *st = gp_p_next(p);
            GpAstExpr *s = gp_p_expr_at(p, GP_AST_EXPR_Starred, st);
            s->v.Starred.value = gp_p_expression(p);
            s->v.Starred.ctx = GP_AST_CTX_Load;
            set_end_from(p, s, s->v.Starred.value);
            a->annotation = s;
        } else {
            a->annotation = gp_p_expression(p);
        }
    }
    gp_p_set_end(p, &a->end_lineno, &a->end_col_offset);
    return a;
}

GpAstArguments *gp_p_parameters(GpParser *p, GpTokType close, int annotations)
{
    GpAstArguments *args = gp_arena_alloc(p->arena, sizeof *args);
    GpAstVec posonly = {0}, plain = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    int seen_slash = 0, seen_star = 0, seen_default = 0;
    GpToken *bare_star = NULL;

    while (gp_p_type(p) != close) {
        GpToken *t = gp_p_peek(p);
        if (t->type == GP_TOK_SLASH) {
            if (seen_slash)
                gp_p_error_tok(p, GP_SYNERR_SYNTAX, t, "/ may appear only once");
            if (seen_star)
                gp_p_error_tok(p, GP_SYNERR_SYNTAX, t, "/ must be ahead of *");
            if (plain.n == 0)
                gp_p_invalid(p);
            gp_p_next(p);
            seen_slash = 1;
            posonly = plain;
            memset(&plain, 0, sizeof plain);
        } else if (t->type == GP_TOK_STAR) {
            if (seen_star)
                gp_p_error_tok(p, GP_SYNERR_SYNTAX, t, "* argument may appear only once");
            gp_p_next(p);
            seen_star = 1;
            if (gp_p_type(p) == GP_TOK_NAME) {
                args->vararg = parse_arg(p, annotations, 1);
                if (gp_p_type(p) == GP_TOK_EQUAL)
                    gp_p_error_tok(p, GP_SYNERR_SYNTAX, gp_p_peek(p),
                                   "var-positional argument cannot have default value");
            } else {
                bare_star = t;
                GpTokType nt = gp_p_type(p);
                if (nt == close || (nt == GP_TOK_COMMA && gp_p_type_at(p, 1) == GP_TOK_DOUBLESTAR) ||
                    (nt == GP_TOK_COMMA && gp_p_type_at(p, 1) == close))
                    gp_p_error_tok(p, GP_SYNERR_SYNTAX,
                                   close == GP_TOK_COLON ? gp_p_peek(p) : t,
                                   "named arguments must follow bare *");
                if (nt != GP_TOK_COMMA)
                    gp_p_invalid(p);
            }
        } else if (t->type == GP_TOK_DOUBLESTAR) {
            gp_p_next(p);
            args->kwarg = parse_arg(p, annotations, 0);
            if (gp_p_type(p) == GP_TOK_EQUAL)
                gp_p_error_tok(p, GP_SYNERR_SYNTAX, gp_p_peek(p),
                               "var-keyword argument cannot have default value");
            if (gp_p_type(p) == GP_TOK_COMMA && gp_p_type_at(p, 1) != close) {
                gp_p_next(p);
                gp_p_error_tok(p, GP_SYNERR_SYNTAX, gp_p_peek(p),
                               "arguments cannot follow var-keyword argument");
            }
        } else if (t->type == GP_TOK_NAME) {
            GpAstArg *a = parse_arg(p, annotations, 0);
            GpAstExpr *def = NULL;
            if (gp_p_accept(p, GP_TOK_EQUAL))
                def = gp_p_expression(p);
            if (seen_star) {
                gp_vec_push(p->arena, &kwonly, a);
                gp_vec_push(p->arena, &kwdefaults, def);
            } else {
                if (def) {
                    gp_vec_push(p->arena, &defaults, def);
                    seen_default = 1;
                } else if (seen_default) {
                    gp_p_error_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                                     "non-default argument follows default argument");
                }
                gp_vec_push(p->arena, &plain, a);
            }
        } else {
            gp_p_invalid(p);
        }
        if (!gp_p_accept(p, GP_TOK_COMMA))
            break;
    }
    (void)bare_star;
    args->posonlyargs = gp_vec_seq(&posonly);
    args->args = gp_vec_seq(&plain);
    args->defaults = gp_vec_seq(&defaults);
    args->kwonlyargs = gp_vec_seq(&kwonly);
    args->kw_defaults = gp_vec_seq(&kwdefaults);
    return args;
}

/* ---- call arguments -------------------------------------------------------------------------------- */

GpAstSeq gp_p_call_args(GpParser *p, GpAstSeq *keywords, GpToken *open)
{
    GpAstVec args = {0}, kws = {0};
    int seen_kw = 0, seen_dstar = 0;
    const char *late_error = NULL;
    GpAstExpr *last = NULL;
    gp_p_enter(p);
    while (gp_p_type(p) != GP_TOK_RPAR) {
        GpToken *t = gp_p_peek(p);
        if (t->type == GP_TOK_STAR) {
            gp_p_next(p);
            GpAstExpr *s = gp_p_expr_at(p, GP_AST_EXPR_Starred, t);
            s->v.Starred.value = gp_p_expression(p);
            s->v.Starred.ctx = GP_AST_CTX_Load;
            set_end_from(p, s, s->v.Starred.value);
            if (seen_dstar)   /* CPython marks the '*' alone */
                gp_p_error_range(p, s->lineno, s->col_offset, s->lineno, s->col_offset + 1,
                                 "iterable argument unpacking follows keyword argument unpacking");
            gp_vec_push(p->arena, &args, s);
            last = s;
        } else if (t->type == GP_TOK_DOUBLESTAR) {
            gp_p_next(p);
            GpAstKeyword *k = gp_arena_alloc(p->arena, sizeof *k);
            k->lineno = t->lineno;
            k->col_offset = t->col_offset;
            k->value = gp_p_expression(p);
            gp_p_set_end(p, &k->end_lineno, &k->end_col_offset);
            gp_vec_push(p->arena, &kws, k);
            seen_dstar = 1;
            last = k->value;
        } else if ((t->type == GP_TOK_NAME || t->type == GP_TOK_KW_TRUE ||
                    t->type == GP_TOK_KW_FALSE || t->type == GP_TOK_KW_NONE) &&
                   gp_p_type_at(p, 1) == GP_TOK_EQUAL) {
            gp_p_next(p);
            gp_p_next(p);
            GpAstKeyword *k = gp_arena_alloc(p->arena, sizeof *k);
            k->lineno = t->lineno;
            k->col_offset = t->col_offset;
            k->arg = gp_p_name(p, t);
            k->value = gp_p_expression(p);
            gp_p_set_end(p, &k->end_lineno, &k->end_col_offset);
            if (t->type != GP_TOK_NAME)
                gp_p_error_range(p, t->lineno, t->col_offset, k->end_lineno, k->end_col_offset,
                                 "cannot assign to %s", k->arg);
            gp_vec_push(p->arena, &kws, k);
            seen_kw = 1;
            last = k->value;
        } else {
            /* CPython's args rule is (assignment_expression | expression
             * !':='): `f(a.b := 1)` is a plain syntax error at ':=' */
            GpAstExpr *e;
            if (gp_p_type(p) == GP_TOK_NAME && gp_p_type_at(p, 1) == GP_TOK_COLONEQUAL) {
                e = gp_p_named_expression(p);
            } else {
                e = gp_p_expression(p);
                if (gp_p_type(p) == GP_TOK_COLONEQUAL)
                    gp_p_invalid(p);
            }
            if (at_comprehension(p)) {
                GpAstExpr *g = gp_p_expr_from(p, GP_AST_EXPR_GeneratorExp, e);
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = parse_comprehension(p);
                GP_P_END(p, g);
                int sole = args.n == 0 && kws.n == 0 &&
                           (gp_p_type(p) == GP_TOK_RPAR ||
                            (gp_p_type(p) == GP_TOK_COMMA && gp_p_type_at(p, 1) == GP_TOK_RPAR));
                if (!sole)
                    gp_p_error_expr(p, g, "Generator expression must be parenthesized");
                if (open) {
                    /* the call's parentheses delimit the generator */
                    g->lineno = open->lineno;
                    g->col_offset = open->col_offset;
                    GpToken *close = gp_p_peek(p);
                    if (close->type == GP_TOK_COMMA)
                        close = gp_p_peek_at(p, p->pos + 1);
                    g->end_lineno = close->end_lineno;
                    g->end_col_offset = close->end_col_offset;
                }
                e = g;
            } else if (gp_p_type(p) == GP_TOK_EQUAL) {
                GpToken *eq = gp_p_peek(p);
                gp_p_error_range(p, e->lineno, e->col_offset, eq->end_lineno, eq->end_col_offset,
                                 "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            /* CPython reports these at the call's closing parenthesis */
            if (!late_error && seen_dstar)
                late_error = "positional argument follows keyword argument unpacking";
            else if (!late_error && seen_kw)
                late_error = "positional argument follows keyword argument";
            gp_vec_push(p->arena, &args, e);
            last = e;
        }
        if (!gp_p_accept(p, GP_TOK_COMMA))
            break;
    }
    if (late_error && gp_p_type(p) == GP_TOK_RPAR)
        gp_p_error_tok(p, GP_SYNERR_SYNTAX, gp_p_peek(p), "%s", late_error);
    expect_close(p, GP_TOK_RPAR, last);
    gp_p_leave(p);
    *keywords = gp_vec_seq(&kws);
    return gp_vec_seq(&args);
}

/* ---- "Perhaps you forgot a comma?" -------------------------------------------------------------------- */

/* Inside brackets, `a b` where both parse as expressions: CPython reports
 * "invalid syntax. Perhaps you forgot a comma?" from the start of a to the
 * end of b.  Try to parse b speculatively; on failure restore the state so
 * the caller reports the generic error. */
void gp_p_comma_hint(GpParser *p, GpAstExpr *a)
{
    comma_hint(p, a);
}

static void comma_hint(GpParser *p, GpAstExpr *a)
{
    if (p->suppress_comma_hint)
        return;
    GpTokType t = gp_p_type(p);
    if (!gp_p_starts_expression(p, t) || t == GP_TOK_KW_NOT)
        return;
    /* CPython excludes `NAME STRING` (a string prefix typo) */
    if (a->kind == GP_AST_EXPR_Name && t == GP_TOK_STRING)
        return;
    int save_pos = p->pos, save_depth = p->depth;
    jmp_buf jb, *old = p->jb;
    GpAstExpr *volatile b = NULL;
    p->jb = &jb;
    p->suppress_comma_hint = 1;
    if (setjmp(jb) == 0)
        b = gp_p_expression(p);
    p->jb = old;
    p->suppress_comma_hint = 0;
    p->depth = save_depth;
    if (!b) {
        if (p->ntoks && p->toks[p->ntoks - 1].type == GP_TOK_ERROR && p->err->set)
            gp_p_fail(p); /* a tokenizer error stays */
        if (p->err->kind == GP_SYNERR_RECURSION)
            gp_p_fail(p);
        gp_syntax_error_clear(p->err);
        p->pos = save_pos;
        return;
    }
    gp_p_error_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                     "invalid syntax. Perhaps you forgot a comma?");
}
