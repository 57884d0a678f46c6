/* parser_pattern.c - the patterns of the match statement (PEP 634).
 *
 * Recursive descent over the rules of Grammar/python.gram (3.11) with the
 * same names: patterns, as_pattern, or_pattern, closed_pattern and its
 * alternatives (literal, capture, wildcard, value, group, sequence, mapping,
 * class).  The grammar is LL(1) enough that one token of lookahead (two for
 * `NAME '='` in class arguments) decides every alternative, so no
 * backtracking is needed here; the statement-level decision "is this `match`
 * a keyword at all?" is made by parser_stmt.c.
 *
 * Errors: where CPython's PEG parser fails without a dedicated message it
 * reports "invalid syntax" at the furthest token it looked at, which for
 * these rules is the token where this parser stops; the dedicated messages
 * ("real number required in complex literal", "cannot use '_' as a target",
 * "invalid pattern target", "positional patterns follow keyword patterns")
 * carry CPython's locations.  Checks that CPython makes in the compiler
 * (unreachable patterns, duplicate names/keys, f-strings as values) are in
 * compiler_match.c.
 *
 * Token pointers are not kept across reads of further tokens (the token
 * array may move): positions are copied into ints first.
 */
#include "compile/parser_pattern.h"

#include <stdlib.h>
#include <string.h>

static GpAstPattern *parse_pattern(GpParser *p);
static GpAstPattern *parse_closed(GpParser *p);

/* ---- helpers ------------------------------------------------------------------- */

static GpAstPattern *pat_new(GpParser *p, GpAstPatternKind kind, int lineno, int col)
{
    GpAstPattern *pt = gp_ast_pattern_new(p->arena, kind);
    pt->lineno = lineno;
    pt->col_offset = col;
    return pt;
}

/* end the node at the last consumed token */
static void pat_end(GpParser *p, GpAstPattern *pt)
{
    gp_p_set_end(p, &pt->end_lineno, &pt->end_col_offset);
}

static void pat_end_from(GpAstPattern *pt, const GpAstPattern *last)
{
    pt->end_lineno = last->end_lineno;
    pt->end_col_offset = last->end_col_offset;
}

static int is_name(GpParser *p, int off, const char *s)
{
    return gp_p_name_is(gp_p_peek_at(p, p->pos + off), s);
}

/* The lookahead of pattern_capture_target / value_pattern:
 * !('.' | '(' | '=') */
static int capture_follow_ok(GpTokType t)
{
    return t != GP_TOK_DOT && t != GP_TOK_LPAR && t != GP_TOK_EQUAL;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '='); the current token
 * is a NAME other than `_`. */
static const char *capture_target(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_NAME || gp_p_name_is(t, "_"))
        gp_p_invalid(p);
    const char *name = gp_p_name(p, t);
    gp_p_next(p);
    if (!capture_follow_ok(gp_p_type(p)))
        gp_p_invalid(p);
    return name;
}

/* ---- literals ------------------------------------------------------------------- */

/* One NUMBER token as a Constant (same conversion as the expression
 * parser: underscores dropped, base prefixes, 'j' suffix). */
static GpAstExpr *number_expr(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_NUMBER)
        gp_p_invalid(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Constant, t);
    size_t n = (size_t)(t->end - t->start);
    char *text = gp_arena_alloc(p->arena, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (t->start[i] != '_')
            text[k++] = t->start[i];
    text[k] = '\0';
    gp_p_next(p);
    GP_P_END(p, e);
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

/* signed_number: NUMBER | '-' NUMBER */
static GpAstExpr *signed_number(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_MINUS)
        return number_expr(p);
    GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_UnaryOp, t);
    gp_p_next(p);
    e->v.UnaryOp.op = GP_AST_UNARY_USub;
    e->v.UnaryOp.operand = number_expr(p);
    GP_P_END(p, e);
    return e;
}

static int is_imaginary(GpAstExpr *num)
{
    return num->kind == GP_AST_EXPR_Constant && num->v.Constant.kind == GP_CONST_COMPLEX;
}

/* signed_number !('+' | '-') | complex_number, at NUMBER or '-' */
static GpAstExpr *number_literal(GpParser *p)
{
    GpAstExpr *left = signed_number(p);
    GpTokType t = gp_p_type(p);
    if (t != GP_TOK_PLUS && t != GP_TOK_MINUS)
        return left;
    /* complex_number: signed_real_number ('+' | '-') imaginary_number */
    GpAstExpr *real = left->kind == GP_AST_EXPR_UnaryOp ? left->v.UnaryOp.operand : left;
    if (is_imaginary(real))
        gp_p_error_expr(p, real, "real number required in complex literal");
    gp_p_next(p);
    GpAstExpr *imag = number_expr(p);
    if (!is_imaginary(imag))
        gp_p_error_expr(p, imag, "imaginary number required in complex literal");
    GpAstExpr *e = gp_p_expr_from(p, GP_AST_EXPR_BinOp, left);
    e->v.BinOp.left = left;
    e->v.BinOp.op = t == GP_TOK_PLUS ? GP_AST_OP_Add : GP_AST_OP_Sub;
    e->v.BinOp.right = imag;
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

/* name_or_attr: NAME ('.' NAME)*, at a NAME. *dotted says whether there
 * was a '.' (an `attr`). */
static GpAstExpr *name_or_attr(GpParser *p, int *dotted)
{
    GpToken *t = gp_p_next(p);
    GpAstExpr *e = make_name(p, t);
    *dotted = 0;
    while (gp_p_type(p) == GP_TOK_DOT) {
        gp_p_next(p);
        GpToken *nt = gp_p_peek(p);
        if (nt->type != GP_TOK_NAME)
            gp_p_invalid(p);
        const char *attr = gp_p_name(p, nt);
        gp_p_next(p);
        GpAstExpr *a = gp_p_expr_from(p, GP_AST_EXPR_Attribute, e);
        a->v.Attribute.value = e;
        a->v.Attribute.attr = attr;
        a->v.Attribute.ctx = GP_AST_CTX_Load;
        GP_P_END(p, a);
        e = a;
        *dotted = 1;
    }
    return e;
}

/* ---- sequence, mapping and class patterns ---------------------------------------- */

/* maybe_star_pattern: star_pattern | pattern */
static GpAstPattern *maybe_star_pattern(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_STAR)
        return parse_pattern(p);
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchStar, t->lineno, t->col_offset);
    gp_p_next(p);
    if (is_name(p, 0, "_")) {
        gp_p_next(p);
        if (!capture_follow_ok(gp_p_type(p)))
            gp_p_invalid(p);
    } else {
        pt->v.MatchStar.name = capture_target(p);
    }
    pat_end(p, pt);
    return pt;
}

/* The items of a sequence pattern up to `close` (']' or ')'), the first
 * item already parsed (or NULL); consumes `close`. */
static GpAstSeq sequence_items(GpParser *p, GpAstPattern *first, GpTokType close)
{
    GpAstVec items = {0};
    if (first) {
        gp_vec_push(p->arena, &items, first);
        if (!gp_p_accept(p, GP_TOK_COMMA)) {
            gp_p_expect(p, close);
            return gp_vec_seq(&items);
        }
    }
    while (gp_p_type(p) != close) {
        gp_vec_push(p->arena, &items, maybe_star_pattern(p));
        if (!gp_p_accept(p, GP_TOK_COMMA))
            break;
    }
    gp_p_expect(p, close);
    return gp_vec_seq(&items);
}

/* '[' maybe_sequence_pattern? ']' */
static GpAstPattern *list_pattern(GpParser *p)
{
    GpToken *t = gp_p_next(p);
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchSequence, t->lineno, t->col_offset);
    pt->v.MatchSequence.patterns = sequence_items(p, NULL, GP_TOK_RSQB);
    pat_end(p, pt);
    return pt;
}

/* group_pattern: '(' pattern ')' | '(' open_sequence_pattern? ')' */
static GpAstPattern *paren_pattern(GpParser *p)
{
    GpToken *t = gp_p_next(p);
    int lineno = t->lineno, col = t->col_offset;
    if (gp_p_type(p) == GP_TOK_RPAR) {
        gp_p_next(p);
        GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchSequence, lineno, col);
        pat_end(p, pt);
        return pt;
    }
    GpAstPattern *first = maybe_star_pattern(p);
    if (gp_p_type(p) != GP_TOK_COMMA) {
        if (first->kind == GP_AST_PAT_MatchStar)
            gp_p_invalid(p);
        gp_p_expect(p, GP_TOK_RPAR);
        return first; /* a group: the inner pattern keeps its own location */
    }
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchSequence, lineno, col);
    pt->v.MatchSequence.patterns = sequence_items(p, first, GP_TOK_RPAR);
    pat_end(p, pt);
    return pt;
}

/* A mapping key: literal_expr | attr */
static GpAstExpr *mapping_key(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    switch (t->type) {
    case GP_TOK_NUMBER:
    case GP_TOK_MINUS:
        return number_literal(p);
    case GP_TOK_STRING:
        return gp_p_strings(p);
    case GP_TOK_KW_NONE:
    case GP_TOK_KW_TRUE:
    case GP_TOK_KW_FALSE: {
        GpAstExpr *e = gp_p_expr_at(p, GP_AST_EXPR_Constant, t);
        e->v.Constant.kind = t->type == GP_TOK_KW_NONE   ? GP_CONST_NONE
                             : t->type == GP_TOK_KW_TRUE ? GP_CONST_TRUE
                                                         : GP_CONST_FALSE;
        gp_p_next(p);
        GP_P_END(p, e);
        return e;
    }
    case GP_TOK_NAME: {
        int dotted;
        GpAstExpr *e = name_or_attr(p, &dotted);
        if (!dotted)
            gp_p_invalid(p);
        return e;
    }
    default:
        gp_p_invalid(p);
    }
}

/* mapping_pattern: '{' [items_pattern] [',' '**' capture] [','] '}' */
static GpAstPattern *mapping_pattern(GpParser *p)
{
    GpToken *t = gp_p_next(p);
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchMapping, t->lineno, t->col_offset);
    GpAstVec keys = {0}, pats = {0};
    while (gp_p_type(p) != GP_TOK_RBRACE) {
        if (gp_p_type(p) == GP_TOK_DOUBLESTAR) {
            gp_p_next(p);
            pt->v.MatchMapping.rest = capture_target(p);
            gp_p_accept(p, GP_TOK_COMMA);
            break;
        }
        gp_vec_push(p->arena, &keys, mapping_key(p));
        gp_p_expect(p, GP_TOK_COLON);
        gp_vec_push(p->arena, &pats, parse_pattern(p));
        if (!gp_p_accept(p, GP_TOK_COMMA))
            break;
    }
    gp_p_expect(p, GP_TOK_RBRACE);
    pt->v.MatchMapping.keys = gp_vec_seq(&keys);
    pt->v.MatchMapping.patterns = gp_vec_seq(&pats);
    pat_end(p, pt);
    return pt;
}

static int at_keyword_pattern(GpParser *p)
{
    return gp_p_type(p) == GP_TOK_NAME && gp_p_type_at(p, 1) == GP_TOK_EQUAL;
}

/* class_pattern: name_or_attr '(' [positional] [keywords] [','] ')', at
 * the '(' */
static GpAstPattern *class_pattern(GpParser *p, GpAstExpr *cls)
{
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchClass, cls->lineno, cls->col_offset);
    pt->v.MatchClass.cls = cls;
    gp_p_next(p); /* ( */
    GpAstVec pos = {0}, attrs = {0}, kwpats = {0};
    while (gp_p_type(p) != GP_TOK_RPAR) {
        if (at_keyword_pattern(p)) {
            GpToken *nt = gp_p_next(p);
            gp_vec_push(p->arena, &attrs, (void *)gp_p_name(p, nt));
            gp_p_next(p); /* = */
            gp_vec_push(p->arena, &kwpats, parse_pattern(p));
        } else if (attrs.n > 0) {
            /* invalid_class_argument_pattern: the run of positional
             * patterns after the keywords */
            GpAstPattern *first = parse_pattern(p), *last = first;
            while (gp_p_type(p) == GP_TOK_COMMA && gp_p_type_at(p, 1) != GP_TOK_RPAR &&
                   !(gp_p_type_at(p, 1) == GP_TOK_NAME && gp_p_type_at(p, 2) == GP_TOK_EQUAL)) {
                gp_p_next(p);
                last = parse_pattern(p);
            }
            gp_p_error_range(p, first->lineno, first->col_offset, last->end_lineno,
                             last->end_col_offset, "positional patterns follow keyword patterns");
        } else {
            gp_vec_push(p->arena, &pos, parse_pattern(p));
        }
        if (!gp_p_accept(p, GP_TOK_COMMA))
            break;
    }
    gp_p_expect(p, GP_TOK_RPAR);
    pt->v.MatchClass.patterns = gp_vec_seq(&pos);
    pt->v.MatchClass.kwd_attrs = gp_vec_seq(&attrs);
    pt->v.MatchClass.kwd_patterns = gp_vec_seq(&kwpats);
    pat_end(p, pt);
    return pt;
}

/* ---- closed, or, as ------------------------------------------------------------------ */

static GpAstPattern *value_of(GpParser *p, GpAstExpr *e)
{
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchValue, e->lineno, e->col_offset);
    pt->end_lineno = e->end_lineno;
    pt->end_col_offset = e->end_col_offset;
    pt->v.MatchValue.value = e;
    return pt;
}

static GpAstPattern *parse_closed(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    switch (t->type) {
    case GP_TOK_NUMBER:
    case GP_TOK_MINUS:
        return value_of(p, number_literal(p));
    case GP_TOK_STRING:
        return value_of(p, gp_p_strings(p));
    case GP_TOK_KW_NONE:
    case GP_TOK_KW_TRUE:
    case GP_TOK_KW_FALSE: {
        GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchSingleton, t->lineno, t->col_offset);
        pt->v.MatchSingleton.value = t->type == GP_TOK_KW_NONE   ? GP_CONST_NONE
                                     : t->type == GP_TOK_KW_TRUE ? GP_CONST_TRUE
                                                                 : GP_CONST_FALSE;
        gp_p_next(p);
        pat_end(p, pt);
        return pt;
    }
    case GP_TOK_LPAR:
        return paren_pattern(p);
    case GP_TOK_LSQB:
        return list_pattern(p);
    case GP_TOK_LBRACE:
        return mapping_pattern(p);
    case GP_TOK_NAME: {
        GpTokType next = gp_p_type_at(p, 1);
        if (next != GP_TOK_DOT && next != GP_TOK_LPAR) {
            /* wildcard or capture */
            GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchAs, t->lineno, t->col_offset);
            if (gp_p_name_is(t, "_")) {
                gp_p_next(p);
                if (!capture_follow_ok(gp_p_type(p)))
                    gp_p_invalid(p);
            } else {
                pt->v.MatchAs.name = capture_target(p);
            }
            pat_end(p, pt);
            return pt;
        }
        int dotted;
        GpAstExpr *e = name_or_attr(p, &dotted);
        if (gp_p_type(p) == GP_TOK_LPAR)
            return class_pattern(p, e);
        if (gp_p_type(p) == GP_TOK_EQUAL)
            gp_p_invalid(p);
        return value_of(p, e);
    }
    default:
        gp_p_invalid(p);
    }
}

/* or_pattern: '|'.closed_pattern+ */
static GpAstPattern *parse_or(GpParser *p)
{
    GpAstPattern *first = parse_closed(p);
    if (gp_p_type(p) != GP_TOK_VBAR)
        return first;
    GpAstVec alts = {0};
    gp_vec_push(p->arena, &alts, first);
    GpAstPattern *last = first;
    while (gp_p_accept(p, GP_TOK_VBAR)) {
        last = parse_closed(p);
        gp_vec_push(p->arena, &alts, last);
    }
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchOr, first->lineno, first->col_offset);
    pat_end_from(pt, last);
    pt->v.MatchOr.patterns = gp_vec_seq(&alts);
    return pt;
}

/* pattern: as_pattern | or_pattern */
static GpAstPattern *parse_pattern(GpParser *p)
{
    gp_p_enter(p);
    GpAstPattern *or = parse_or(p);
    if (gp_p_type(p) == GP_TOK_KW_AS) {
        gp_p_next(p);
        GpToken *t = gp_p_peek(p);
        if (gp_p_name_is(t, "_"))
            gp_p_error_tok(p, GP_SYNERR_SYNTAX, t, "cannot use '_' as a target");
        if (t->type != GP_TOK_NAME) {
            /* invalid_as_pattern: or_pattern 'as' !NAME expression */
            if (gp_p_starts_expression(p, t->type)) {
                GpAstExpr *e = gp_p_expression(p);
                gp_p_error_expr(p, e, "invalid pattern target");
            }
            gp_p_invalid(p);
        }
        GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchAs, or->lineno, or->col_offset);
        pt->v.MatchAs.pattern = or;
        pt->v.MatchAs.name = capture_target(p);
        pat_end(p, pt);
        or = pt;
    }
    gp_p_leave(p);
    return or;
}

/* patterns: open_sequence_pattern | pattern */
GpAstPattern *gp_p_patterns(GpParser *p)
{
    GpAstPattern *first = maybe_star_pattern(p);
    if (gp_p_type(p) != GP_TOK_COMMA) {
        if (first->kind == GP_AST_PAT_MatchStar)
            gp_p_invalid(p);
        return first;
    }
    GpAstVec items = {0};
    gp_vec_push(p->arena, &items, first);
    while (gp_p_accept(p, GP_TOK_COMMA)) {
        GpTokType t = gp_p_type(p);
        if (t == GP_TOK_COLON || t == GP_TOK_KW_IF || t == GP_TOK_NEWLINE)
            break;
        gp_vec_push(p->arena, &items, maybe_star_pattern(p));
    }
    GpAstPattern *pt = pat_new(p, GP_AST_PAT_MatchSequence, first->lineno, first->col_offset);
    pat_end(p, pt); /* CPython's range includes a trailing comma */
    pt->v.MatchSequence.patterns = gp_vec_seq(&items);
    return pt;
}
