/* compiler_match.c -- code generation for the match statement (PEP 634),
 * following CPython 3.11's compile.c scheme so that evaluation order,
 * the calls made on the subject and the SyntaxErrors are the same.
 *
 * The subject is evaluated once; each case but the last works on a COPY of
 * it.  A pattern consumes the subject on the stack and, on success, leaves
 * the values of its captures there (names listed in PatCtx.stores, stored
 * into the variables only when the whole pattern matched, so a failed case
 * binds nothing).  On failure it jumps to fail_pop[n], a chain of labels
 * each popping one item: n is the number of items the pattern has pushed
 * at that point (captures so far + `on_top`, the intermediate values it
 * works on).  The helpers push what CPython's do:
 *
 *   MATCH_SEQUENCE / MATCH_MAPPING   [o] -> [o, bool]
 *   GET_LEN                          [o] -> [o, len(o)]
 *   MATCH_KEYS                       [m, keys] -> [m, keys, values|None]
 *   MATCH_CLASS nargs                [o, cls, names] -> [attrs|None]
 *
 * Captured values are rotated under the intermediate items with SWAPs as
 * they are produced; or-patterns re-order the captures of each
 * alternative to the order of the first one.
 *
 * Source locations: as in CPython 3.11, compiling a pattern sets the
 * current location to that pattern and does not restore it (expressions
 * do restore), so compile-time errors point where CPython's do.
 */
#include <string.h>
#include "compile/compiler.h"

typedef struct {
    const char **stores;              /* capture names, in stack order */
    int nstores, capstores;
    int allow_irrefutable;            /* an irrefutable pattern is fine here */
    int *fail_pop;                    /* fail_pop[i]: pop i items, then fail */
    int fail_pop_size, fail_pop_cap;
    int on_top;                       /* items above the captures */
} PatCtx;

static int compile_pattern(GpCompiler *c, GpAstPattern *p, PatCtx *pc);

#define WILDCARD_CHECK(p) ((p)->kind == GP_AST_PAT_MatchAs && !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == GP_AST_PAT_MatchStar && !(p)->v.MatchStar.name)

/* An error at the current location (the pattern being compiled). */
static int err_here(GpCompiler *c, const char *fmt, const char *arg)
{
    GpUnit *u = c->u;
    gp_compiler_error(c->filename, c->src, c->srclen, u->lineno, u->col, u->end_lineno, u->end_col,
                      fmt, arg);
    return -1;
}

/* ---- the list of stores ------------------------------------------------------- */

static void stores_reserve(GpCompiler *c, PatCtx *pc, int n)
{
    if (n <= pc->capstores)
        return;
    int cap = pc->capstores ? pc->capstores * 2 : 8;
    while (cap < n)
        cap *= 2;
    const char **s = gp_arena_alloc(c->arena, (size_t)cap * sizeof *s);
    if (pc->nstores)
        memcpy(s, pc->stores, (size_t)pc->nstores * sizeof *s);
    pc->stores = s;
    pc->capstores = cap;
}

static void stores_append(GpCompiler *c, PatCtx *pc, const char *name)
{
    stores_reserve(c, pc, pc->nstores + 1);
    pc->stores[pc->nstores++] = name;
}

static int stores_index(const PatCtx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return i;
    return -1;
}

/* ---- fail_pop labels ------------------------------------------------------------- */

static int ensure_fail_pop(GpCompiler *c, PatCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    if (size > pc->fail_pop_cap) {
        int cap = pc->fail_pop_cap ? pc->fail_pop_cap * 2 : 8;
        while (cap < size)
            cap *= 2;
        int *f = gp_arena_alloc(c->arena, (size_t)cap * sizeof *f);
        if (pc->fail_pop_size)
            memcpy(f, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof *f);
        pc->fail_pop = f;
        pc->fail_pop_cap = cap;
    }
    while (pc->fail_pop_size < size) {
        int l = gp_c_new_label(c);
        GP_C_CHECK(l);
        pc->fail_pop[pc->fail_pop_size++] = l;
    }
    return 0;
}

/* Jump (with `op`) to the label that pops everything pushed so far. */
static int jump_to_fail_pop(GpCompiler *c, PatCtx *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    GP_C_CHECK(ensure_fail_pop(c, pc, pops));
    return gp_c_emit_jump(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(GpCompiler *c, PatCtx *pc)
{
    if (!pc->fail_pop_size)
        return 0;
    while (--pc->fail_pop_size) {
        GP_C_BIND(c, pc->fail_pop[pc->fail_pop_size]);
        GP_C_EMIT(c, OP_POP_TOP, 0);
    }
    GP_C_BIND(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->fail_pop_cap = 0;
    return 0;
}

/* ---- helpers ------------------------------------------------------------------------ */

/* Move TOS down `count` places (count-1 SWAPs). */
static int rotate(GpCompiler *c, int count)
{
    while (count > 1)
        GP_C_EMIT(c, OP_SWAP, count--);
    return 0;
}

static int store_name(GpCompiler *c, const char *name, PatCtx *pc)
{
    if (!name)
        return gp_c_emit(c, OP_POP_TOP, 0);
    GpUnit *u = c->u;
    GP_C_CHECK(gp_c_check_forbidden(c, name, u->lineno, u->col, u->end_lineno, u->end_col));
    if (stores_index(pc, name) >= 0)
        return err_here(c, "multiple assignments to name '%s' in pattern", name);
    /* rotate this object underneath any items we need to preserve */
    GP_C_CHECK(rotate(c, pc->on_top + pc->nstores + 1));
    stores_append(c, pc, name);
    return 0;
}

static int subpattern(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    GP_C_CHECK(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int load_int(GpCompiler *c, gp_ssize v)
{
    GpObject *o = gp_int_from_ssize(v);
    if (!o)
        return -1;
    return gp_c_load_const(c, o);
}

/* The value of a literal pattern/key (constants, -n, a+bj): new ref; NULL
 * without an exception when e is not a literal (an attribute lookup). */
static GpObject *literal_value(GpAstExpr *e)
{
    if (e->kind == GP_AST_EXPR_Constant ||
        (e->kind == GP_AST_EXPR_UnaryOp && e->v.UnaryOp.op == GP_AST_UNARY_USub))
        return gp_c_constant_value(e);
    if (e->kind == GP_AST_EXPR_BinOp) {
        GpObject *l = literal_value(e->v.BinOp.left);
        if (!l)
            return NULL;
        GpObject *r = literal_value(e->v.BinOp.right);
        if (!r) {
            GP_DECREF(l);
            return NULL;
        }
        GpObject *v = gp_binary_op(l, r, e->v.BinOp.op == GP_AST_OP_Add ? GP_BINOP_ADD : GP_BINOP_SUB);
        GP_DECREF(l);
        GP_DECREF(r);
        return v;
    }
    return NULL;
}

static int is_literal(GpAstExpr *e)
{
    return e->kind == GP_AST_EXPR_Constant || e->kind == GP_AST_EXPR_UnaryOp ||
           e->kind == GP_AST_EXPR_BinOp;
}

/* Push a value pattern's value or a mapping key. */
static int load_value(GpCompiler *c, GpAstExpr *e)
{
    if (!is_literal(e))
        return gp_c_expr(c, e);
    GpObject *v = literal_value(e);
    if (!v)
        return -1;
    return gp_c_load_const(c, v);
}

/* ---- the pattern kinds ------------------------------------------------------------------ */

static int pattern_value(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    GpAstExpr *v = p->v.MatchValue.value;
    if (!is_literal(v) && v->kind != GP_AST_EXPR_Attribute)
        return err_here(c, "patterns may only match literals and attribute lookups", NULL);
    GP_C_CHECK(load_value(c, v));
    GP_C_EMIT(c, OP_COMPARE_OP, GP_EQ);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int pattern_singleton(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    GpConstKind k = p->v.MatchSingleton.value;
    GP_C_CHECK(gp_c_load_const(c, gp_newref(k == GP_CONST_NONE   ? gp_None
                                            : k == GP_CONST_TRUE ? gp_True
                                                                 : gp_False)));
    GP_C_EMIT(c, OP_IS_OP, 0);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int pattern_as(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    const char *name = p->v.MatchAs.name;
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (name)
                return err_here(c, "name capture '%s' makes remaining patterns unreachable", name);
            return err_here(c, "wildcard makes remaining patterns unreachable", NULL);
        }
        return store_name(c, name, pc);
    }
    /* keep a copy to store if the sub-pattern matches */
    pc->on_top++;
    GP_C_EMIT(c, OP_COPY, 1);
    GP_C_CHECK(subpattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, name, pc);
}

static int pattern_star(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    return store_name(c, p->v.MatchStar.name, pc);
}

/* UNPACK_SEQUENCE n, or UNPACK_EX around the star */
static int sequence_unpack(GpCompiler *c, GpAstSeq *pats, int star, PatCtx *pc)
{
    int n = pats->n;
    if (star < 0) {
        GP_C_EMIT(c, OP_UNPACK_SEQUENCE, n);
    } else {
        if (star >= (1 << 8) || n - star - 1 >= (1 << 15))
            return err_here(c, "too many expressions in star-unpacking sequence pattern", NULL);
        GP_C_EMIT(c, OP_UNPACK_EX, star + ((n - star - 1) << 8));
    }
    /* the new subjects stay on the stack while each sub-pattern runs */
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        GP_C_CHECK(subpattern(c, pats->items[i], pc));
    }
    return 0;
}

/* [a, *_, b]: index the subject instead of unpacking it (works for huge
 * sequences without copying them) */
static int sequence_subscr(GpCompiler *c, GpAstSeq *pats, int star, PatCtx *pc)
{
    int n = pats->n;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        GpAstPattern *sp = pats->items[i];
        if (WILDCARD_CHECK(sp) || i == star)
            continue;
        GP_C_EMIT(c, OP_COPY, 1);
        if (i < star) {
            GP_C_CHECK(load_int(c, i));
        } else {
            /* the subject may not support negative indexes */
            GP_C_EMIT(c, OP_GET_LEN, 0);
            GP_C_CHECK(load_int(c, n - i));
            GP_C_EMIT(c, OP_BINARY_OP, GP_BINOP_SUB);
        }
        GP_C_EMIT(c, OP_BINARY_SUBSCR, 0);
        GP_C_CHECK(subpattern(c, sp, pc));
    }
    pc->on_top--;
    return gp_c_emit(c, OP_POP_TOP, 0);
}

static int pattern_sequence(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    GpAstSeq *pats = &p->v.MatchSequence.patterns;
    int n = pats->n, star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < n; i++) {
        GpAstPattern *sp = pats->items[i];
        if (sp->kind == GP_AST_PAT_MatchStar) {
            if (star >= 0)
                return err_here(c, "multiple starred names in sequence pattern", NULL);
            star_wildcard = WILDCARD_STAR_CHECK(sp);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(sp);
    }
    /* the subject stays on top during the type and length checks */
    pc->on_top++;
    GP_C_EMIT(c, OP_MATCH_SEQUENCE, 0);
    GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        GP_C_EMIT(c, OP_GET_LEN, 0);
        GP_C_CHECK(load_int(c, n));
        GP_C_EMIT(c, OP_COMPARE_OP, GP_EQ);
        GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    } else if (n > 1) {
        GP_C_EMIT(c, OP_GET_LEN, 0);
        GP_C_CHECK(load_int(c, n - 1));
        GP_C_EMIT(c, OP_COMPARE_OP, GP_GE);
        GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        return gp_c_emit(c, OP_POP_TOP, 0);
    if (star_wildcard)
        return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

static int pattern_mapping(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    GpAstSeq *keys = &p->v.MatchMapping.keys;
    GpAstSeq *pats = &p->v.MatchMapping.patterns;
    const char *rest = p->v.MatchMapping.rest;
    int n = keys->n;
    pc->on_top++;
    GP_C_EMIT(c, OP_MATCH_MAPPING, 0);
    GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!n && !rest) {
        /* {} matches any mapping */
        pc->on_top--;
        return gp_c_emit(c, OP_POP_TOP, 0);
    }
    if (n) {
        GP_C_EMIT(c, OP_GET_LEN, 0);
        GP_C_CHECK(load_int(c, n));
        GP_C_EMIT(c, OP_COMPARE_OP, GP_GE);
        GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    /* the keys: literals (checked for duplicates here) or attribute lookups */
    GpObject *seen = gp_set_new(NULL);
    if (!seen)
        return -1;
    for (int i = 0; i < n; i++) {
        GpAstExpr *key = keys->items[i];
        if (is_literal(key)) {
            GpObject *v = literal_value(key);
            int r = v ? gp_set_contains(seen, v) : -1;
            if (r > 0) {
                GpObject *rep = gp_repr(v);
                const char *s = rep ? gp_str_utf8(rep) : NULL;
                if (s)
                    err_here(c, "mapping pattern checks duplicate key (%s)", s);
                GP_XDECREF(rep);
                r = -1;
            } else if (r == 0) {
                r = gp_set_add(seen, v);
            }
            GP_XDECREF(v);
            if (r < 0) {
                GP_DECREF(seen);
                return -1;
            }
        } else if (key->kind != GP_AST_EXPR_Attribute) {
            GP_DECREF(seen);
            return err_here(c, "mapping pattern keys may only match literals and attribute lookups",
                            NULL);
        }
        if (load_value(c, key) < 0) {
            GP_DECREF(seen);
            return -1;
        }
    }
    GP_DECREF(seen);
    GP_C_EMIT(c, OP_BUILD_TUPLE, n);
    GP_C_EMIT(c, OP_MATCH_KEYS, 0);
    /* a tuple of keys and a tuple of values (or None) on the subject */
    pc->on_top += 2;
    GP_C_EMIT(c, OP_COPY, 1);
    GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE));
    GP_C_EMIT(c, OP_UNPACK_SEQUENCE, n);
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        GP_C_CHECK(subpattern(c, pats->items[i], pc));
    }
    /* matched: what follows consumes the keys tuple and the subject */
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject); del rest[k] for each key */
        GP_C_EMIT(c, OP_BUILD_MAP, 0);         /* [subject, keys, {}] */
        GP_C_EMIT(c, OP_SWAP, 3);              /* [{}, keys, subject] */
        GP_C_EMIT(c, OP_DICT_UPDATE, 2);       /* [copy, keys] */
        GP_C_EMIT(c, OP_UNPACK_SEQUENCE, n);   /* [copy, keys...] */
        for (int k = n; k > 0; k--) {
            GP_C_EMIT(c, OP_COPY, 1 + k);      /* [copy, keys..., copy] */
            GP_C_EMIT(c, OP_SWAP, 2);          /* [copy, keys..., copy, key] */
            GP_C_EMIT(c, OP_DELETE_SUBSCR, 0);
        }
        return store_name(c, rest, pc);
    }
    GP_C_EMIT(c, OP_POP_TOP, 0);   /* the keys */
    return gp_c_emit(c, OP_POP_TOP, 0);   /* the subject */
}

static int pattern_class(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    GpAstSeq *pats = &p->v.MatchClass.patterns;
    GpAstSeq *attrs = &p->v.MatchClass.kwd_attrs;
    GpAstSeq *kwpats = &p->v.MatchClass.kwd_patterns;
    int nargs = pats->n, nattrs = attrs->n;
    if (nattrs) {
        /* errors point at the keyword's pattern: the AST has no node for
         * the attribute name */
        for (int i = 0; i < nattrs; i++) {
            const char *a = attrs->items[i];
            GpAstPattern *ap = kwpats->items[i];
            GP_C_LOC(c, ap);
            GP_C_CHECK(gp_c_check_forbidden(c, a, ap->lineno, ap->col_offset, ap->end_lineno,
                                            ap->end_col_offset));
            for (int j = i + 1; j < nattrs; j++) {
                if (strcmp(a, attrs->items[j]) == 0) {
                    GP_C_LOC(c, (GpAstPattern *)kwpats->items[j]);
                    return err_here(c, "attribute name repeated in class pattern: %s", a);
                }
            }
        }
        GP_C_LOC(c, p);
    }
    GP_C_CHECK(gp_c_expr(c, p->v.MatchClass.cls));
    GpObject *names = gp_tuple_new(nattrs);
    if (!names)
        return -1;
    for (int i = 0; i < nattrs; i++) {
        GpObject *s = gp_str_from_cstr(attrs->items[i]);
        if (!s) {
            GP_DECREF(names);
            return -1;
        }
        GP_TUPLE_SET(names, i, s);
    }
    GP_C_CHECK(gp_c_load_const(c, names));
    GP_C_EMIT(c, OP_MATCH_CLASS, nargs);
    GP_C_EMIT(c, OP_COPY, 1);
    /* TOS: a tuple of nargs + nattrs attributes, or None */
    pc->on_top++;
    GP_C_CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE));
    GP_C_EMIT(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        GpAstPattern *sp = i < nargs ? pats->items[i] : kwpats->items[i - nargs];
        if (WILDCARD_CHECK(sp)) {
            GP_C_EMIT(c, OP_POP_TOP, 0);
            continue;
        }
        GP_C_CHECK(subpattern(c, sp, pc));
    }
    return 0;
}

static int pattern_or(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    int end = gp_c_new_label(c);
    GP_C_CHECK(end);
    GpAstSeq *alts = &p->v.MatchOr.patterns;
    int n = alts->n;
    PatCtx old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < n; i++) {
        GpAstPattern *alt = alts->items[i];
        GP_C_LOC(c, alt);
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
        /* only the last alternative may be irrefutable, if any may */
        pc->allow_irrefutable = (i == n - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = pc->fail_pop_cap = 0;
        pc->on_top = 0;
        GP_C_EMIT(c, OP_COPY, 1);
        GP_C_CHECK(compile_pattern(c, alt, pc));
        int nstores = pc->nstores;
        if (i == 0) {
            /* the first alternative's names are the control: the others
             * must bind the same set, re-ordered to this order */
            control = pc->stores;
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            return err_here(c, "alternative patterns bind different names", NULL);
        } else if (nstores) {
            for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                int istores = stores_index(pc, control[icontrol]);
                if (istores < 0)
                    return err_here(c, "alternative patterns bind different names", NULL);
                if (icontrol != istores) {
                    /* move stores[0..istores] to just before icontrol, on
                     * the stack and in the list */
                    int rotations = istores + 1;
                    const char **moved = gp_arena_alloc(c->arena, (size_t)rotations * sizeof *moved);
                    memcpy(moved, pc->stores, (size_t)rotations * sizeof *moved);
                    memmove(pc->stores, pc->stores + rotations,
                            (size_t)(nstores - rotations) * sizeof *moved);
                    int at = icontrol - istores;
                    memmove(pc->stores + at + rotations, pc->stores + at,
                            (size_t)(nstores - rotations - at) * sizeof *moved);
                    memcpy(pc->stores + at, moved, (size_t)rotations * sizeof *moved);
                    while (rotations--)
                        GP_C_CHECK(rotate(c, icontrol + 1));
                }
            }
        }
        GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
        GP_C_CHECK(emit_and_reset_fail_pop(c, pc));
    }
    *pc = old;
    /* no alternative matched: pop the remaining copy of the subject, fail */
    GP_C_EMIT(c, OP_POP_TOP, 0);
    GP_C_CHECK(jump_to_fail_pop(c, pc, OP_JUMP_FORWARD));
    GP_C_BIND(c, end);
    /* between the new captures and where they belong: the other
     * captures, the subject copy, anything on top, earlier captures */
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        GP_C_CHECK(rotate(c, nrots));
        if (stores_index(pc, control[i]) >= 0)
            return err_here(c, "multiple assignments to name '%s' in pattern", control[i]);
        stores_append(c, pc, control[i]);
    }
    /* pop the copy of the subject */
    return gp_c_emit(c, OP_POP_TOP, 0);
}

static int compile_pattern(GpCompiler *c, GpAstPattern *p, PatCtx *pc)
{
    if (++c->depth > GP_COMPILER_MAX_DEPTH) {
        c->depth--;
        return gp_compiler_recursion_error();
    }
    GP_C_LOC(c, p);
    int r;
    switch (p->kind) {
    case GP_AST_PAT_MatchValue: r = pattern_value(c, p, pc); break;
    case GP_AST_PAT_MatchSingleton: r = pattern_singleton(c, p, pc); break;
    case GP_AST_PAT_MatchSequence: r = pattern_sequence(c, p, pc); break;
    case GP_AST_PAT_MatchMapping: r = pattern_mapping(c, p, pc); break;
    case GP_AST_PAT_MatchClass: r = pattern_class(c, p, pc); break;
    case GP_AST_PAT_MatchStar: r = pattern_star(c, p, pc); break;
    case GP_AST_PAT_MatchAs: r = pattern_as(c, p, pc); break;
    case GP_AST_PAT_MatchOr: r = pattern_or(c, p, pc); break;
    default: r = err_here(c, "unknown pattern kind", NULL); break;
    }
    c->depth--;
    return r;
}

/* ---- the statement ------------------------------------------------------------------------ */

int gp_c_match(GpCompiler *c, GpAstStmt *s)
{
    GP_C_CHECK(gp_c_expr(c, s->v.Match.subject));
    int end = gp_c_new_label(c);
    GP_C_CHECK(end);
    GpAstSeq *cases = &s->v.Match.cases;
    int ncases = cases->n;
    GpAstMatchCase *m = cases->items[ncases - 1];
    /* a trailing `case _:` needs no copy of the subject */
    int has_default = WILDCARD_CHECK(m->pattern) && ncases > 1;
    PatCtx pc;
    for (int i = 0; i < ncases - has_default; i++) {
        m = cases->items[i];
        GP_C_LOC(c, m->pattern);
        int last = i == ncases - has_default - 1;
        if (!last)
            GP_C_EMIT(c, OP_COPY, 1);
        memset(&pc, 0, sizeof pc);
        /* irrefutable cases must be guarded, last, or both */
        pc.allow_irrefutable = m->guard != NULL || i == ncases - 1;
        GP_C_CHECK(compile_pattern(c, m->pattern, &pc));
        /* matched: store the captures (they are on the stack) */
        GpUnit *u = c->u;
        for (int k = 0; k < pc.nstores; k++)
            GP_C_CHECK(gp_c_name_op(c, pc.stores[k], GP_AST_CTX_Store, u->lineno, u->col));
        if (m->guard) {
            GP_C_CHECK(ensure_fail_pop(c, &pc, 0));
            GP_C_CHECK(gp_c_jump_if(c, m->guard, pc.fail_pop[0], 0));
        }
        if (!last)
            GP_C_EMIT(c, OP_POP_TOP, 0);   /* done with the subject */
        GP_C_CHECK(gp_c_stmts(c, &m->body));
        GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
        /* the cleanup of a failed match belongs to the pattern's line */
        GP_C_LOC(c, m->pattern);
        GP_C_CHECK(emit_and_reset_fail_pop(c, &pc));
    }
    if (has_default) {
        m = cases->items[ncases - 1];
        GP_C_LOC(c, m->pattern);
        if (ncases == 1)
            GP_C_EMIT(c, OP_POP_TOP, 0);
        else
            GP_C_EMIT(c, OP_NOP, 0);   /* line event for the default case */
        if (m->guard)
            GP_C_CHECK(gp_c_jump_if(c, m->guard, end, 0));
        GP_C_CHECK(gp_c_stmts(c, &m->body));
    }
    GP_C_BIND(c, end);
    return 0;
}
