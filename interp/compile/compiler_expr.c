/* compiler_expr.c -- code generation for expressions, assignment targets,
 * names and conditional jumps.
 *
 * Small constant folds done here, as CPython does: tuples of constants load
 * as one constant, `-<number>` is a constant, `not` in a condition flips the
 * jump, `if <constant>` keeps one branch, __debug__ is a constant, a list
 * or set display that is only iterated or searched (`for`, comprehension,
 * `in`) becomes a tuple or frozenset (gp_c_iter_expr).
 */
#include <stdlib.h>
#include <string.h>
#include "compile/compiler.h"

#define LOCOF(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

int gp_c_binop_code(int op);

static int err_at(GpCompiler *c, int lineno, int col, int end_lineno, int end_col, const char *msg,
                  const char *arg)
{
    gp_compiler_error(c->filename, c->src, c->srclen, lineno, col, end_lineno, end_col, msg, arg);
    return -1;
}

/* ---- constants ------------------------------------------------------------------- */

/* A str literal. Not interned here: gp_c_add_const interns the
 * identifier-like ones when they join the compilation's constants, as
 * CPython's code objects do. */
static GpObject *make_str(const char *s, size_t n)
{
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

GpObject *gp_c_constant_value(GpAstExpr *e)
{
    if (e->kind == GP_AST_EXPR_Tuple) {
        GpAstSeq *elts = &e->v.Tuple.elts;
        GpObject *t = gp_tuple_new(elts->n);
        if (!t)
            return NULL;
        for (int i = 0; i < elts->n; i++) {
            GpObject *v = gp_c_constant_value(elts->items[i]);
            if (!v) {
                GP_DECREF(t);
                return NULL;
            }
            GP_TUPLE_SET(t, i, v);
        }
        return t;
    }
    if (e->kind == GP_AST_EXPR_UnaryOp && e->v.UnaryOp.op == GP_AST_UNARY_USub) {
        GpObject *v = gp_c_constant_value(e->v.UnaryOp.operand);
        if (!v)
            return NULL;
        GpObject *r = gp_negative(v);
        GP_DECREF(v);
        return r;
    }
    if (e->kind != GP_AST_EXPR_Constant) {
        gp_err_set_string(&GpExc_SystemError, "compiler: not a constant");
        return NULL;
    }
    const GpAstConstant *k = &e->v.Constant;
    switch (k->kind) {
    case GP_CONST_NONE: return gp_newref(gp_None);
    case GP_CONST_TRUE: return gp_newref(gp_True);
    case GP_CONST_FALSE: return gp_newref(gp_False);
    case GP_CONST_ELLIPSIS: return gp_newref(gp_Ellipsis);
    case GP_CONST_INT: return gp_int_from_string(k->text, (gp_ssize)strlen(k->text), k->base);
    case GP_CONST_FLOAT: return gp_float_new(k->dval);
    case GP_CONST_COMPLEX: return gp_complex_new(0.0, k->dval);
    case GP_CONST_STR: return make_str(k->str, k->len);
    case GP_CONST_BYTES: return gp_bytes_from(k->str, (gp_ssize)k->len);
    }
    gp_err_set_string(&GpExc_SystemError, "compiler: bad constant");
    return NULL;
}

/* Is e a constant (a literal, a tuple of them, or -number)? */
static int is_constant_expr(GpAstExpr *e)
{
    if (e->kind == GP_AST_EXPR_Constant)
        return 1;
    if (e->kind == GP_AST_EXPR_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            GpAstExpr *x = e->v.Tuple.elts.items[i];
            if (!is_constant_expr(x))
                return 0;
        }
        return 1;
    }
    if (e->kind == GP_AST_EXPR_UnaryOp && e->v.UnaryOp.op == GP_AST_UNARY_USub) {
        GpAstExpr *o = e->v.UnaryOp.operand;
        return o->kind == GP_AST_EXPR_Constant &&
               (o->v.Constant.kind == GP_CONST_INT || o->v.Constant.kind == GP_CONST_FLOAT ||
                o->v.Constant.kind == GP_CONST_COMPLEX);
    }
    return 0;
}

/* ---- constant folding ------------------------------------------------------
 *
 * As CPython 3.11's AST optimizer: an operator whose operands are constants
 * is computed at compile time, unless that would raise (the error then
 * happens at run time, where it belongs) or build something big. The limits
 * are CPython's, so that `x = 2 ** 100000` or `'a' * 10**9` compile fast and
 * co_consts stays small:
 *   ints of at most 128 bits from *, ** and <<; sequences of at most 256
 *   items (1024 counting nested ones) or 4096 characters from *; `str % x`
 *   is never folded (it formats).  */
#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_COLLECTION 256
#define FOLD_MAX_STR 4096
#define FOLD_MAX_TOTAL_ITEMS 1024

/* Items in t counting nested tuples, or -1 when more than `limit`. */
static gp_ssize fold_complexity(GpObject *t, gp_ssize limit)
{
    gp_ssize total = GP_SIZE(t);
    if (total > limit)
        return -1;
    for (gp_ssize i = 0; i < GP_SIZE(t); i++) {
        GpObject *x = GP_TUPLE_GET(t, i);
        if (GP_TUPLE_CHECK_EXACT(x)) {
            gp_ssize k = fold_complexity(x, limit - total);
            if (k < 0)
                return -1;
            total += k;
        }
    }
    return total;
}

static int fold_int_small(GpObject *o, int64_t *v)
{
    int ovf = 0;
    *v = gp_int_as_i64_clamped(o, &ovf);
    return !ovf;
}

/* Whether a op b may be computed now (1) or must be left to run time (0). */
static int fold_allowed(GpObject *a, GpObject *b, int op)
{
    int ai = GP_TYPE(a) == &GpInt_Type, bi = GP_TYPE(b) == &GpInt_Type;
    switch (op) {
    case GP_BINOP_MUL:
        if (ai && bi) {
            if (gp_int_sign(a) == 0 || gp_int_sign(b) == 0)
                return 1;
            return gp_int_bit_length(a) + gp_int_bit_length(b) <= FOLD_MAX_INT_BITS;
        }
        if (bi && !ai) {
            GpObject *t = a;
            a = b;
            b = t;
            ai = 1;
        }
        if (ai) {
            int64_t n;
            if (!fold_int_small(a, &n))
                return 0;
            if (GP_TUPLE_CHECK_EXACT(b)) {
                gp_ssize size = GP_SIZE(b);
                if (size == 0)
                    return 1;
                if (n < 0 || n > FOLD_MAX_COLLECTION / size)
                    return 0;
                return n == 0 || fold_complexity(b, FOLD_MAX_TOTAL_ITEMS / n) >= 0;
            }
            if (GP_STR_CHECK_EXACT(b) || GP_TYPE(b) == &GpBytes_Type) {
                gp_ssize size = gp_len(b);
                if (size < 0) {
                    gp_err_clear();
                    return 0;
                }
                if (size == 0)
                    return 1;
                return n >= 0 && n <= FOLD_MAX_STR / size;
            }
        }
        return 1;
    case GP_BINOP_POW:
        if (ai && bi && gp_int_sign(a) != 0 && gp_int_sign(b) > 0) {
            int64_t w;
            if (!fold_int_small(b, &w))
                return 0;
            return (int64_t)gp_int_bit_length(a) <= FOLD_MAX_INT_BITS / w;
        }
        return 1;
    case GP_BINOP_LSHIFT:
        if (ai && bi && gp_int_sign(a) != 0 && gp_int_sign(b) != 0) {
            int64_t w;
            if (!fold_int_small(b, &w) || w < 0 || w > FOLD_MAX_INT_BITS)
                return w < 0;   /* a negative count raises at run time */
            return (int64_t)gp_int_bit_length(a) <= FOLD_MAX_INT_BITS - w;
        }
        return 1;
    case GP_BINOP_MOD:
        return !(GP_STR_CHECK(a) || GP_TYPE(a) == &GpBytes_Type);
    default:
        return 1;
    }
}

/* Types a folded value may have (results of operators on literals). */
static int fold_const_type(GpObject *o)
{
    GpType *t = GP_TYPE(o);
    if (t == &GpTuple_Type) {
        for (gp_ssize i = 0; i < GP_SIZE(o); i++)
            if (!fold_const_type(GP_TUPLE_GET(o, i)))
                return 0;
        return 1;
    }
    return o == gp_None || o == gp_Ellipsis || t == &GpBool_Type || t == &GpInt_Type ||
           t == &GpFloat_Type || t == &GpComplex_Type || t == &GpStr_Type || t == &GpBytes_Type;
}

/* The value of e if it is a constant or folds to one (new reference), else
 * NULL with no exception set. */
static GpObject *fold_expr(GpCompiler *c, GpAstExpr *e, int depth)
{
    if (depth > 200)
        return NULL;
    GpObject *r = NULL;
    switch (e->kind) {
    case GP_AST_EXPR_Constant:
        r = gp_c_constant_value(e);
        break;
    case GP_AST_EXPR_Tuple: {
        GpAstSeq *elts = &e->v.Tuple.elts;
        if (e->v.Tuple.ctx != GP_AST_CTX_Load)
            return NULL;
        GpObject *t = gp_tuple_new(elts->n);
        if (!t)
            break;
        for (int i = 0; i < elts->n; i++) {
            GpObject *v = fold_expr(c, elts->items[i], depth + 1);
            if (!v) {
                GP_DECREF(t);
                return NULL;
            }
            GP_TUPLE_SET(t, i, v);
        }
        r = t;
        break;
    }
    case GP_AST_EXPR_UnaryOp: {
        GpObject *v = fold_expr(c, e->v.UnaryOp.operand, depth + 1);
        if (!v)
            return NULL;
        switch (e->v.UnaryOp.op) {
        case GP_AST_UNARY_USub: r = gp_negative(v); break;
        case GP_AST_UNARY_UAdd: r = gp_positive(v); break;
        case GP_AST_UNARY_Invert: r = gp_invert(v); break;
        case GP_AST_UNARY_Not: {
            int t = gp_is_true(v);
            r = t < 0 ? NULL : gp_bool(!t);
            break;
        }
        }
        GP_DECREF(v);
        break;
    }
    case GP_AST_EXPR_BinOp: {
        GpObject *a = fold_expr(c, e->v.BinOp.left, depth + 1);
        if (!a)
            return NULL;
        GpObject *b = fold_expr(c, e->v.BinOp.right, depth + 1);
        if (!b) {
            GP_DECREF(a);
            return NULL;
        }
        int op = gp_c_binop_code(e->v.BinOp.op);
        if (fold_allowed(a, b, op))
            r = gp_binary_op(a, b, op);
        GP_DECREF(a);
        GP_DECREF(b);
        break;
    }
    case GP_AST_EXPR_Subscript: {
        if (e->v.Subscript.ctx != GP_AST_CTX_Load || e->v.Subscript.slice->kind == GP_AST_EXPR_Slice)
            return NULL;
        GpObject *a = fold_expr(c, e->v.Subscript.value, depth + 1);
        if (!a)
            return NULL;
        GpObject *k = fold_expr(c, e->v.Subscript.slice, depth + 1);
        if (k)
            r = gp_getitem(a, k);
        GP_XDECREF(k);
        GP_DECREF(a);
        break;
    }
    default:
        return NULL;
    }
    if (!r) {
        gp_err_clear();
        return NULL;
    }
    if (!fold_const_type(r)) {
        GP_DECREF(r);
        return NULL;
    }
    return r;   /* interned, if identifier-like, when added to the constants */
}

/* Load e folded into one constant when possible: returns 1 if it did, 0 if
 * e must be compiled normally, -1 on error. */
static int try_load_folded(GpCompiler *c, GpAstExpr *e)
{
    GpObject *v = fold_expr(c, e, 0);
    if (!v)
        return 0;
    return gp_c_load_const(c, v) < 0 ? -1 : 1;
}

/* ---- names -------------------------------------------------------------------------- */

int gp_c_check_forbidden(GpCompiler *c, const char *name, int lineno, int col, int end_lineno,
                         int end_col)
{
    if (strcmp(name, "__debug__") == 0)
        return err_at(c, lineno, col, end_lineno, end_col, "cannot assign to __debug__", NULL);
    return 0;
}

int gp_c_name_op(GpCompiler *c, const char *name, int ctx, int lineno, int col)
{
    GpUnit *u = c->u;
    if (strcmp(name, "__debug__") == 0) {
        if (ctx == GP_AST_CTX_Load)
            return gp_c_load_const(c, gp_bool(c->optimize == 0));
        return err_at(c, lineno, col, lineno, col + 9,
                      ctx == GP_AST_CTX_Del ? "cannot delete __debug__" : "cannot assign to __debug__",
                      NULL);
    }
    name = GP_C_MANGLE(c, name);
    int scope = gp_symscope_resolve(u->ste, name);
    int is_func = u->ste->kind == GP_SCOPE_FUNCTION;
    enum { K_FAST, K_DEREF, K_GLOBAL, K_NAME } kind = K_NAME;
    switch (scope) {
    case GP_SYM_FREE:
    case GP_SYM_CELL:
        kind = K_DEREF;
        break;
    case GP_SYM_LOCAL:
        kind = is_func ? K_FAST : K_NAME;
        break;
    case GP_SYM_GLOBAL_IMPLICIT:
        kind = is_func ? K_GLOBAL : K_NAME;
        break;
    case GP_SYM_GLOBAL_EXPLICIT:
        kind = K_GLOBAL;
        break;
    }
    int idx, op;
    switch (kind) {
    case K_FAST:
        idx = gp_c_varname_index(u, name);
        if (idx < 0)
            goto name_kind;
        op = ctx == GP_AST_CTX_Load ? OP_LOAD_FAST : ctx == GP_AST_CTX_Store ? OP_STORE_FAST
                                                                             : OP_DELETE_FAST;
        return gp_c_emit(c, op, idx);
    case K_DEREF:
        idx = gp_c_deref_index(u, name);
        if (idx < 0)
            goto name_kind;
        if (ctx == GP_AST_CTX_Load)
            op = u->ste->kind == GP_SCOPE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF;
        else
            op = ctx == GP_AST_CTX_Store ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return gp_c_emit(c, op, idx);
    case K_GLOBAL:
        idx = gp_c_add_name(c, name);
        GP_C_CHECK(idx);
        op = ctx == GP_AST_CTX_Load ? OP_LOAD_GLOBAL : ctx == GP_AST_CTX_Store ? OP_STORE_GLOBAL
                                                                               : OP_DELETE_GLOBAL;
        return gp_c_emit(c, op, idx);
    case K_NAME:
    name_kind:
        idx = gp_c_add_name(c, name);
        GP_C_CHECK(idx);
        op = ctx == GP_AST_CTX_Load ? OP_LOAD_NAME : ctx == GP_AST_CTX_Store ? OP_STORE_NAME
                                                                             : OP_DELETE_NAME;
        return gp_c_emit(c, op, idx);
    }
    return 0;
}

/* The line CPython 3.11 gives an attribute access: the line where the
 * attribute expression ends (the `.name` part), for chains split over lines. */
static int attr_line(GpAstExpr *e)
{
    return e->end_lineno > 0 ? e->end_lineno : e->lineno;
}

/* CPython 3.11 (update_start_location_to_match_attr): when an attribute
 * expression spans lines, the current location starts at the attribute
 * name on its last line. */
static void loc_match_attr(GpCompiler *c, GpAstExpr *attr)
{
    GpUnit *u = c->u;
    int line = attr_line(attr);
    if (line == u->lineno)
        return;
    u->lineno = line;
    int len = (int)strlen(attr->v.Attribute.attr);
    if (len <= attr->end_col_offset) {
        u->col = attr->end_col_offset - len;
    } else {
        u->col = -1;
        u->end_col = -1;
    }
    if (u->end_lineno < u->lineno)
        u->end_lineno = u->lineno;
    if (u->lineno == u->end_lineno && u->end_col < u->col)
        u->end_col = u->col;
}

/* ---- assignment targets --------------------------------------------------------------- */

static int unpack_helper(GpCompiler *c, GpAstExpr *t, GpAstSeq *elts)
{
    int n = elts->n, star = -1;
    for (int i = 0; i < n; i++) {
        GpAstExpr *e = elts->items[i];
        if (e->kind == GP_AST_EXPR_Starred) {
            if (star >= 0)
                return err_at(c, LOCOF(t), "multiple starred expressions in assignment", NULL);
            star = i;
        }
    }
    GP_C_LOC(c, t);
    if (star < 0)
        return gp_c_emit(c, OP_UNPACK_SEQUENCE, n);
    int before = star, after = n - star - 1;
    if (before >= 256 || after >= (1 << 16))
        return err_at(c, LOCOF(t), "too many expressions in star-unpacking assignment", NULL);
    return gp_c_emit(c, OP_UNPACK_EX, before | (after << 8));
}

static int store_target_inner(GpCompiler *c, GpAstExpr *t)
{
    switch (t->kind) {
    case GP_AST_EXPR_Name:
        return gp_c_name_op(c, t->v.Name.id, GP_AST_CTX_Store, t->lineno, t->col_offset);
    case GP_AST_EXPR_Attribute: {
        GP_C_CHECK(gp_c_expr(c, t->v.Attribute.value));
        int ai = gp_c_add_name(c, GP_C_MANGLE(c, t->v.Attribute.attr));
        GP_C_CHECK(ai);
        GP_C_LOC(c, t);
        loc_match_attr(c, t);
        return gp_c_emit(c, OP_STORE_ATTR, ai);
    }
    case GP_AST_EXPR_Subscript:
        GP_C_CHECK(gp_c_expr(c, t->v.Subscript.value));
        GP_C_CHECK(gp_c_expr(c, t->v.Subscript.slice));
        GP_C_LOC(c, t);
        return gp_c_emit(c, OP_STORE_SUBSCR, 0);
    case GP_AST_EXPR_Tuple:
    case GP_AST_EXPR_List: {
        GpAstSeq *elts = t->kind == GP_AST_EXPR_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        GP_C_CHECK(unpack_helper(c, t, elts));
        for (int i = 0; i < elts->n; i++) {
            GpAstExpr *e = elts->items[i];
            if (e->kind == GP_AST_EXPR_Starred)
                e = e->v.Starred.value;
            GP_C_CHECK(gp_c_store_target(c, e));
        }
        return 0;
    }
    case GP_AST_EXPR_Starred:
        return err_at(c, LOCOF(t), "starred assignment target must be in a list or tuple", NULL);
    default:
        return err_at(c, LOCOF(t), "cannot assign to expression", NULL);
    }
}

/* As CPython's visit of a target: its instructions are located at the
 * target itself (a comprehension's `for x in` clause on its own line gets
 * that line), and the enclosing location is restored afterwards. */
int gp_c_store_target(GpCompiler *c, GpAstExpr *t)
{
    GpUnit *u = c->u;
    int sl = u->lineno, sel = u->end_lineno, sc = u->col, sec = u->end_col;
    GP_C_LOC(c, t);
    int r = store_target_inner(c, t);
    u->lineno = sl;
    u->end_lineno = sel;
    u->col = sc;
    u->end_col = sec;
    return r;
}

int gp_c_delete_target(GpCompiler *c, GpAstExpr *t)
{
    GP_C_LOC(c, t);
    switch (t->kind) {
    case GP_AST_EXPR_Name:
        return gp_c_name_op(c, t->v.Name.id, GP_AST_CTX_Del, t->lineno, t->col_offset);
    case GP_AST_EXPR_Attribute: {
        GP_C_CHECK(gp_c_expr(c, t->v.Attribute.value));
        int ai = gp_c_add_name(c, GP_C_MANGLE(c, t->v.Attribute.attr));
        GP_C_CHECK(ai);
        GP_C_LOC(c, t);
        loc_match_attr(c, t);
        return gp_c_emit(c, OP_DELETE_ATTR, ai);
    }
    case GP_AST_EXPR_Subscript:
        GP_C_CHECK(gp_c_expr(c, t->v.Subscript.value));
        GP_C_CHECK(gp_c_expr(c, t->v.Subscript.slice));
        return gp_c_emit(c, OP_DELETE_SUBSCR, 0);
    case GP_AST_EXPR_Tuple:
    case GP_AST_EXPR_List: {
        GpAstSeq *elts = t->kind == GP_AST_EXPR_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        for (int i = 0; i < elts->n; i++)
            GP_C_CHECK(gp_c_delete_target(c, elts->items[i]));
        return 0;
    }
    default:
        return err_at(c, LOCOF(t), "cannot delete expression", NULL);
    }
}

/* ---- conditions ------------------------------------------------------------------------------ */

static int compare_op(GpCompiler *c, GpAstCmpOp op)
{
    switch (op) {
    case GP_AST_CMP_Eq: return gp_c_emit(c, OP_COMPARE_OP, GP_EQ);
    case GP_AST_CMP_NotEq: return gp_c_emit(c, OP_COMPARE_OP, GP_NE);
    case GP_AST_CMP_Lt: return gp_c_emit(c, OP_COMPARE_OP, GP_LT);
    case GP_AST_CMP_LtE: return gp_c_emit(c, OP_COMPARE_OP, GP_LE);
    case GP_AST_CMP_Gt: return gp_c_emit(c, OP_COMPARE_OP, GP_GT);
    case GP_AST_CMP_GtE: return gp_c_emit(c, OP_COMPARE_OP, GP_GE);
    case GP_AST_CMP_Is: return gp_c_emit(c, OP_IS_OP, 0);
    case GP_AST_CMP_IsNot: return gp_c_emit(c, OP_IS_OP, 1);
    case GP_AST_CMP_In: return gp_c_emit(c, OP_CONTAINS_OP, 0);
    case GP_AST_CMP_NotIn: return gp_c_emit(c, OP_CONTAINS_OP, 1);
    }
    return 0;
}

static int check_compare(GpCompiler *c, GpAstExpr *e); /* SyntaxWarning */

int gp_c_jump_if(GpCompiler *c, GpAstExpr *e, int label, int cond)
{
    if (++c->depth > GP_COMPILER_MAX_DEPTH) {
        c->depth--;
        return gp_compiler_recursion_error();
    }
    int r = 0;
    switch (e->kind) {
    case GP_AST_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == GP_AST_UNARY_Not) {
            r = gp_c_jump_if(c, e->v.UnaryOp.operand, label, !cond);
            goto out;
        }
        break;
    case GP_AST_EXPR_BoolOp: {
        GpAstSeq *vals = &e->v.BoolOp.values;
        int is_or = e->v.BoolOp.op == GP_AST_BOOL_Or;
        /* `a and b` jumps on false as soon as one is false; on true only after all */
        int next = label;
        if (cond != is_or) {
            next = gp_c_new_label(c);
            if (next < 0) {
                r = -1;
                goto out;
            }
        }
        for (int i = 0; i < vals->n - 1; i++)
            if ((r = gp_c_jump_if(c, vals->items[i], next, is_or)) < 0)
                goto out;
        if ((r = gp_c_jump_if(c, vals->items[vals->n - 1], label, cond)) < 0)
            goto out;
        if (next != label)
            r = gp_c_bind_label(c, next);
        goto out;
    }
    case GP_AST_EXPR_Constant: {
        /* `while 1:`, `if 0:`: the outcome is known; the dead branch is still
           compiled (its SyntaxErrors are reported, as in CPython) but never runs */
        GpObject *v = gp_c_constant_value(e);
        if (!v) {
            r = -1;
            goto out;
        }
        int t = gp_is_true(v);
        GP_DECREF(v);
        if (t < 0) {
            gp_err_clear();
            break;
        }
        if (t == cond)
            r = gp_c_jump_to(c, label);
        else
            r = gp_c_emit(c, OP_NOP, 0);
        goto out;
    }
    case GP_AST_EXPR_IfExp: {
        int end = gp_c_new_label(c), nxt = gp_c_new_label(c);
        if ((end | nxt) < 0 || gp_c_jump_if(c, e->v.IfExp.test, nxt, 0) < 0 ||
            gp_c_jump_if(c, e->v.IfExp.body, label, cond) < 0 ||
            gp_c_emit_jump(c, OP_JUMP_FORWARD, end) < 0 || gp_c_bind_label(c, nxt) < 0 ||
            gp_c_jump_if(c, e->v.IfExp.orelse, label, cond) < 0 || gp_c_bind_label(c, end) < 0)
            r = -1;
        goto out;
    }
    case GP_AST_EXPR_Compare:
        /* as CPython 3.11: a comparison's location stays the current one
         * after its jump (the rest of a comprehension clause, the loop's
         * back edge, take the comparison's line) */
        GP_C_LOC(c, e);
        if (e->v.Compare.ops.n == 1 && GP_CMPOP_AT(e->v.Compare.ops, 0) == GP_AST_CMP_Is) {
            GpAstExpr *rhs = e->v.Compare.comparators.items[0];
            if (rhs->kind == GP_AST_EXPR_Constant && rhs->v.Constant.kind == GP_CONST_NONE) {
                if ((r = check_compare(c, e)) < 0 || (r = gp_c_expr(c, e->v.Compare.left)) < 0)
                    goto out;
                GP_C_LOC(c, e);
                r = gp_c_emit_jump(c, cond ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
                goto out;
            }
        }
        if (e->v.Compare.ops.n == 1 && GP_CMPOP_AT(e->v.Compare.ops, 0) == GP_AST_CMP_IsNot) {
            GpAstExpr *rhs = e->v.Compare.comparators.items[0];
            if (rhs->kind == GP_AST_EXPR_Constant && rhs->v.Constant.kind == GP_CONST_NONE) {
                if ((r = check_compare(c, e)) < 0 || (r = gp_c_expr(c, e->v.Compare.left)) < 0)
                    goto out;
                GP_C_LOC(c, e);
                r = gp_c_emit_jump(c, cond ? OP_POP_JUMP_IF_NOT_NONE : OP_POP_JUMP_IF_NONE, label);
                goto out;
            }
        }
        break;
    default:
        break;
    }
    /* any other test: its jump is located where the enclosing construct is
     * (the `if`/`while` statement, the comprehension), as in CPython */
    if ((r = gp_c_expr(c, e)) < 0)
        goto out;
    r = gp_c_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
out:
    c->depth--;
    return r;
}

/* ---- calls ---------------------------------------------------------------------------------------- */

static int has_starred(GpAstSeq *args)
{
    for (int i = 0; i < args->n; i++)
        if (((GpAstExpr *)args->items[i])->kind == GP_AST_EXPR_Starred)
            return 1;
    return 0;
}

static int has_double_star(GpAstSeq *kws)
{
    for (int i = 0; i < kws->n; i++)
        if (((GpAstKeyword *)kws->items[i])->arg == NULL)
            return 1;
    return 0;
}

typedef struct KwRef {
    const char *arg;
    int idx;
} KwRef;

static int cmp_kwref(const void *a, const void *b)
{
    const KwRef *x = a, *y = b;
    int r = strcmp(x->arg, y->arg);
    return r ? r : (x->idx > y->idx) - (x->idx < y->idx);
}

/* check_keywords for long keyword lists, in O(n log n): the same error the
 * pairwise scan below reports (the first keyword, in order, that is
 * __debug__ or has a later duplicate). 1 when it finds none, -1 error, 0
 * when out of memory (the caller falls back to the scan). */
static int check_keywords_sorted(GpCompiler *c, GpAstSeq *kws)
{
    KwRef *refs = malloc((size_t)kws->n * sizeof *refs);
    if (!refs)
        return 0;
    int n = 0, debug_i = -1;
    for (int i = 0; i < kws->n; i++) {
        GpAstKeyword *k = kws->items[i];
        if (!k->arg)
            continue;
        if (debug_i < 0 && strcmp(k->arg, "__debug__") == 0)
            debug_i = i;
        refs[n].arg = k->arg;
        refs[n].idx = i;
        n++;
    }
    qsort(refs, (size_t)n, sizeof *refs, cmp_kwref);
    int dup_i = -1, dup_j = -1;
    for (int a = 0; a + 1 < n; a++)
        if (strcmp(refs[a].arg, refs[a + 1].arg) == 0 && (dup_i < 0 || refs[a].idx < dup_i)) {
            dup_i = refs[a].idx;        /* first occurrence of a repeated name */
            dup_j = refs[a + 1].idx;    /* and its second */
        }
    free(refs);
    if (debug_i >= 0 && (dup_i < 0 || debug_i <= dup_i))
        return err_at(c, LOCOF((GpAstKeyword *)kws->items[debug_i]), "cannot assign to __debug__", NULL);
    if (dup_i >= 0) {
        GpAstKeyword *k = kws->items[dup_i];
        return err_at(c, LOCOF((GpAstKeyword *)kws->items[dup_j]), "keyword argument repeated: %s",
                      k->arg);
    }
    return 1;
}

static int check_keywords(GpCompiler *c, GpAstSeq *kws)
{
    if (kws->n > 32) {
        int r = check_keywords_sorted(c, kws);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    for (int i = 0; i < kws->n; i++) {
        GpAstKeyword *k = kws->items[i];
        if (!k->arg)
            continue;
        if (strcmp(k->arg, "__debug__") == 0)
            return err_at(c, LOCOF(k), "cannot assign to __debug__", NULL);
        for (int j = i + 1; j < kws->n; j++) {
            GpAstKeyword *o = kws->items[j];
            if (o->arg && strcmp(o->arg, k->arg) == 0)
                return err_at(c, LOCOF(o), "keyword argument repeated: %s", k->arg);
        }
    }
    return 0;
}

/* True when the call needs CALL_FUNCTION_EX (a *args or **kwargs). */
int gp_c_call_is_ex(GpAstSeq *args, GpAstSeq *kws)
{
    return has_starred(args) || has_double_star(kws) || args->n + kws->n > 250;
}

/* The callable (and for a plain call the NULL below it) is already on the
 * stack, followed by `npushed` extra positional arguments. */
int gp_c_call_helper(GpCompiler *c, int npushed, GpAstSeq *args, GpAstSeq *kws, int lineno)
{
    GP_C_CHECK(check_keywords(c, kws));
    if (!gp_c_call_is_ex(args, kws)) {
        for (int i = 0; i < args->n; i++)
            GP_C_CHECK(gp_c_expr(c, args->items[i]));
        if (kws->n) {
            GpObject *names = gp_tuple_new(kws->n);
            if (!names)
                return -1;
            for (int i = 0; i < kws->n; i++) {
                GpAstKeyword *k = kws->items[i];
                GpObject *s = gp_str_intern_cstr(k->arg);
                if (!s) {
                    GP_DECREF(names);
                    return -1;
                }
                GP_TUPLE_SET(names, i, s);
            }
            for (int i = 0; i < kws->n; i++) {
                GpAstKeyword *k = kws->items[i];
                if (gp_c_expr(c, k->value) < 0) {
                    GP_DECREF(names);
                    return -1;
                }
            }
            int ki = gp_c_add_const(c, names);
            GP_C_CHECK(ki);
            if (c->u->lineno != lineno)
                GP_C_LINE(c, lineno);
            GP_C_EMIT(c, OP_KW_NAMES, ki);
        }
        if (c->u->lineno != lineno)
            GP_C_LINE(c, lineno);
        return gp_c_emit(c, OP_CALL, npushed + args->n + kws->n);
    }
    /* positional arguments as a tuple; a lone f(*x) passes x itself, so that
       CALL_FUNCTION_EX reports "f() argument after * must be an iterable" */
    if (npushed == 0 && args->n == 1 &&
        ((GpAstExpr *)args->items[0])->kind == GP_AST_EXPR_Starred) {
        GP_C_CHECK(gp_c_expr(c, ((GpAstExpr *)args->items[0])->v.Starred.value));
    } else if (!has_starred(args)) {
        for (int i = 0; i < args->n; i++)
            GP_C_CHECK(gp_c_expr(c, args->items[i]));
        GP_C_EMIT(c, OP_BUILD_TUPLE, npushed + args->n);
    } else {
        GP_C_EMIT(c, OP_BUILD_LIST, npushed);
        for (int i = 0; i < args->n; i++) {
            GpAstExpr *a = args->items[i];
            if (a->kind == GP_AST_EXPR_Starred) {
                GP_C_CHECK(gp_c_expr(c, a->v.Starred.value));
                GP_C_EMIT(c, OP_LIST_EXTEND, 1);
            } else {
                GP_C_CHECK(gp_c_expr(c, a));
                GP_C_EMIT(c, OP_LIST_APPEND, 1);
            }
        }
        GP_C_EMIT(c, OP_LIST_TO_TUPLE, 0);
    }
    /* keyword arguments as a dict */
    if (kws->n) {
        int have_dict = 0, pending = 0;
        for (int i = 0; i < kws->n; i++) {
            GpAstKeyword *k = kws->items[i];
            if (k->arg) {
                GpObject *s = gp_str_intern_cstr(k->arg);
                GP_C_CHECK(gp_c_load_const(c, s));
                GP_C_CHECK(gp_c_expr(c, k->value));
                pending++;
                continue;
            }
            if (pending) {
                GP_C_EMIT(c, OP_BUILD_MAP, pending);
                if (have_dict)
                    GP_C_EMIT(c, OP_DICT_MERGE, 1);
                have_dict = 1;
                pending = 0;
            }
            if (!have_dict) {
                GP_C_EMIT(c, OP_BUILD_MAP, 0);
                have_dict = 1;
            }
            GP_C_CHECK(gp_c_expr(c, k->value));
            GP_C_EMIT(c, OP_DICT_MERGE, 1);
        }
        if (pending) {
            GP_C_EMIT(c, OP_BUILD_MAP, pending);
            if (have_dict)
                GP_C_EMIT(c, OP_DICT_MERGE, 1);
        }
    }
    if (c->u->lineno != lineno)
        GP_C_LINE(c, lineno);
    return gp_c_emit(c, OP_CALL_FUNCTION_EX, kws->n ? 1 : 0);
}

static int check_caller(GpCompiler *c, GpAstExpr *call, GpAstExpr *f); /* SyntaxWarning */

static int compile_call(GpCompiler *c, GpAstExpr *e)
{
    GpAstExpr *f = e->v.Call.func;
    GpAstSeq *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    GP_C_CHECK(check_caller(c, e, f));
    int ex = gp_c_call_is_ex(args, kws);
    if (!ex && f->kind == GP_AST_EXPR_Attribute) {
        GP_C_CHECK(gp_c_expr(c, f->v.Attribute.value));
        int ai = gp_c_add_name(c, GP_C_MANGLE(c, f->v.Attribute.attr));
        GP_C_CHECK(ai);
        /* CPython 3.11 puts both the method load and the call on the line
           of the attribute's end (`obj\n    .meth()` reports line 2) */
        GP_C_LOC(c, f);
        loc_match_attr(c, f);
        GP_C_EMIT(c, OP_LOAD_METHOD, ai);
        GP_C_LOC(c, e);
        loc_match_attr(c, f);
        int mline = c->u->lineno;
        return gp_c_call_helper(c, 0, args, kws, mline);
    }
    if (!ex)
        GP_C_EMIT(c, OP_PUSH_NULL, 0);
    GP_C_CHECK(gp_c_expr(c, f));
    return gp_c_call_helper(c, 0, args, kws, e->lineno);
}

/* ---- displays -------------------------------------------------------------------------------------- */

static int compile_sequence(GpCompiler *c, GpAstSeq *elts, int build_op, int extend_op, int add_op,
                            int to_tuple)
{
    int starred = has_starred(elts);
    if (!starred && elts->n <= 250) {
        for (int i = 0; i < elts->n; i++)
            GP_C_CHECK(gp_c_expr(c, elts->items[i]));
        return gp_c_emit(c, build_op, elts->n);
    }
    GP_C_EMIT(c, build_op == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (int i = 0; i < elts->n; i++) {
        GpAstExpr *a = elts->items[i];
        if (a->kind == GP_AST_EXPR_Starred) {
            GP_C_CHECK(gp_c_expr(c, a->v.Starred.value));
            GP_C_EMIT(c, extend_op, 1);
        } else {
            GP_C_CHECK(gp_c_expr(c, a));
            GP_C_EMIT(c, add_op, 1);
        }
    }
    if (to_tuple)
        GP_C_EMIT(c, OP_LIST_TO_TUPLE, 0);
    return 0;
}

static int compile_dict(GpCompiler *c, GpAstExpr *e)
{
    GpAstSeq *keys = &e->v.Dict.keys, *vals = &e->v.Dict.values;
    int have_dict = 0, pending = 0;
    for (int i = 0; i < vals->n; i++) {
        GpAstExpr *k = keys->items[i];
        if (k) {
            GP_C_CHECK(gp_c_expr(c, k));
            GP_C_CHECK(gp_c_expr(c, vals->items[i]));
            if (++pending == 16) {
                GP_C_EMIT(c, OP_BUILD_MAP, pending);
                if (have_dict)
                    GP_C_EMIT(c, OP_DICT_UPDATE, 1);
                have_dict = 1;
                pending = 0;
            }
            continue;
        }
        if (pending) {
            GP_C_EMIT(c, OP_BUILD_MAP, pending);
            if (have_dict)
                GP_C_EMIT(c, OP_DICT_UPDATE, 1);
            have_dict = 1;
            pending = 0;
        }
        if (!have_dict) {
            GP_C_EMIT(c, OP_BUILD_MAP, 0);
            have_dict = 1;
        }
        GP_C_CHECK(gp_c_expr(c, vals->items[i]));
        GP_C_EMIT(c, OP_DICT_UPDATE, 1);
    }
    if (pending || !have_dict) {
        GP_C_EMIT(c, OP_BUILD_MAP, pending);
        if (have_dict)
            GP_C_EMIT(c, OP_DICT_UPDATE, 1);
    }
    return 0;
}

static int compile_formatted(GpCompiler *c, GpAstExpr *e)
{
    GP_C_CHECK(gp_c_expr(c, e->v.FormattedValue.value));
    int conv = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': conv = 1; break;
    case 'r': conv = 2; break;
    case 'a': conv = 3; break;
    default: conv = 0; break;
    }
    if (e->v.FormattedValue.format_spec) {
        GP_C_CHECK(gp_c_expr(c, e->v.FormattedValue.format_spec));
        conv |= 4;
    }
    GP_C_LOC(c, e);
    return gp_c_emit(c, OP_FORMAT_VALUE, conv);
}

static int compile_joined(GpCompiler *c, GpAstExpr *e)
{
    GpAstSeq *vals = &e->v.JoinedStr.values;
    if (vals->n == 0)
        return gp_c_load_const(c, gp_str_empty());
    if (vals->n == 1 && ((GpAstExpr *)vals->items[0])->kind == GP_AST_EXPR_FormattedValue)
        return gp_c_expr(c, vals->items[0]);
    int n = 0;
    for (int i = 0; i < vals->n; i++) {
        GP_C_CHECK(gp_c_expr(c, vals->items[i]));
        n++;
    }
    if (n == 1)
        return 0;
    return gp_c_emit(c, OP_BUILD_STRING, n);
}

/* ---- CPython's compile-time SyntaxWarnings ----------------------------------------------- */

/* Does e become a constant after CPython's AST optimizer (a literal, a
 * signed number, a tuple of constants, an operator on constants)? */
static int folds_to_const(GpAstExpr *e)
{
    switch (e->kind) {
    case GP_AST_EXPR_Constant:
        return 1;
    case GP_AST_EXPR_UnaryOp:
        return folds_to_const(e->v.UnaryOp.operand);
    case GP_AST_EXPR_BinOp:
        return folds_to_const(e->v.BinOp.left) && folds_to_const(e->v.BinOp.right);
    case GP_AST_EXPR_Tuple:
        if (e->v.Tuple.ctx != GP_AST_CTX_Load)
            return 0;
        for (int i = 0; i < e->v.Tuple.elts.n; i++)
            if (!folds_to_const(GP_SEQ_EXPR(e->v.Tuple.elts, i)))
                return 0;
        return 1;
    default:
        return 0;
    }
}

static const char *const_kind_type_name(GpConstKind k)
{
    switch (k) {
    case GP_CONST_NONE: return "NoneType";
    case GP_CONST_TRUE:
    case GP_CONST_FALSE: return "bool";
    case GP_CONST_ELLIPSIS: return "ellipsis";
    case GP_CONST_INT: return "int";
    case GP_CONST_FLOAT: return "float";
    case GP_CONST_COMPLEX: return "complex";
    case GP_CONST_STR: return "str";
    case GP_CONST_BYTES: return "bytes";
    }
    return NULL;
}

/* CPython's infer_type(): the type name an expression certainly has, or
 * NULL. A signed number counts as the number it folds to. */
static const char *infer_type_name(GpAstExpr *e)
{
    switch (e->kind) {
    case GP_AST_EXPR_Tuple: return "tuple";
    case GP_AST_EXPR_List:
    case GP_AST_EXPR_ListComp: return "list";
    case GP_AST_EXPR_Dict:
    case GP_AST_EXPR_DictComp: return "dict";
    case GP_AST_EXPR_Set:
    case GP_AST_EXPR_SetComp: return "set";
    case GP_AST_EXPR_GeneratorExp: return "generator";
    case GP_AST_EXPR_Lambda: return "function";
    case GP_AST_EXPR_JoinedStr:
    case GP_AST_EXPR_FormattedValue: return "str";
    case GP_AST_EXPR_Constant: return const_kind_type_name(e->v.Constant.kind);
    case GP_AST_EXPR_UnaryOp: {
        GpAstExpr *o = e->v.UnaryOp.operand;
        if (e->v.UnaryOp.op == GP_AST_UNARY_Not || o->kind != GP_AST_EXPR_Constant)
            return NULL;
        GpConstKind k = o->v.Constant.kind;
        if (k == GP_CONST_INT || k == GP_CONST_TRUE || k == GP_CONST_FALSE)
            return "int";
        if ((k == GP_CONST_FLOAT || k == GP_CONST_COMPLEX) && e->v.UnaryOp.op != GP_AST_UNARY_Invert)
            return const_kind_type_name(k);
        return NULL;
    }
    default:
        return NULL;
    }
}

static int warn_at(GpCompiler *c, GpAstExpr *e, const char *fmt, const char *a, const char *b)
{
    return gp_compiler_warn(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, fmt, a, b);
}

/* `x is 1`: an operand of is / is not that folds to a constant other than
 * None, True, False and ... */
static int is_literal_operand(GpAstExpr *e)
{
    if (!folds_to_const(e))
        return 0;
    if (e->kind == GP_AST_EXPR_Constant) {
        GpConstKind k = e->v.Constant.kind;
        return k != GP_CONST_NONE && k != GP_CONST_TRUE && k != GP_CONST_FALSE && k != GP_CONST_ELLIPSIS;
    }
    return !(e->kind == GP_AST_EXPR_UnaryOp && e->v.UnaryOp.op == GP_AST_UNARY_Not);
}

static int check_compare(GpCompiler *c, GpAstExpr *e)
{
    GpAstExpr *left = e->v.Compare.left;
    int left_lit = is_literal_operand(left);
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        int op = GP_CMPOP_AT(e->v.Compare.ops, i);
        GpAstExpr *right = e->v.Compare.comparators.items[i];
        int right_lit = is_literal_operand(right);
        if ((op == GP_AST_CMP_Is || op == GP_AST_CMP_IsNot) && (left_lit || right_lit)) {
            /* one warning per comparison chain */
            return op == GP_AST_CMP_Is
                       ? warn_at(c, e, "\"is\" with a literal. Did you mean \"==\"?", NULL, NULL)
                       : warn_at(c, e, "\"is not\" with a literal. Did you mean \"!=\"?", NULL, NULL);
        }
        left_lit = right_lit;
    }
    return 0;
}

static int check_caller(GpCompiler *c, GpAstExpr *call, GpAstExpr *f)
{
    switch (f->kind) {
    case GP_AST_EXPR_UnaryOp: /* `(-1)()`: folds to a constant */
        if (!infer_type_name(f))
            return 0;
        /* fall through */
    case GP_AST_EXPR_Constant:
    case GP_AST_EXPR_Tuple:
    case GP_AST_EXPR_List:
    case GP_AST_EXPR_ListComp:
    case GP_AST_EXPR_Dict:
    case GP_AST_EXPR_DictComp:
    case GP_AST_EXPR_Set:
    case GP_AST_EXPR_SetComp:
    case GP_AST_EXPR_GeneratorExp:
    case GP_AST_EXPR_JoinedStr:
    case GP_AST_EXPR_FormattedValue:
        return warn_at(c, call, "'%s' object is not callable; perhaps you missed a comma?",
                       infer_type_name(f), NULL);
    default:
        return 0;
    }
}

static int check_subscript(GpCompiler *c, GpAstExpr *e)
{
    GpAstExpr *v = e->v.Subscript.value;
    const char *vt = infer_type_name(v);
    int not_subscriptable = 0;
    switch (v->kind) {
    case GP_AST_EXPR_Constant: {
        GpConstKind k = v->v.Constant.kind;
        not_subscriptable = k != GP_CONST_STR && k != GP_CONST_BYTES;
        break;
    }
    case GP_AST_EXPR_UnaryOp:
        not_subscriptable = vt != NULL;
        break;
    case GP_AST_EXPR_Set:
    case GP_AST_EXPR_SetComp:
    case GP_AST_EXPR_GeneratorExp:
    case GP_AST_EXPR_Lambda:
        not_subscriptable = 1;
        break;
    default:
        break;
    }
    if (not_subscriptable)
        return warn_at(c, e, "'%s' object is not subscriptable; perhaps you missed a comma?", vt, NULL);
    const char *it = infer_type_name(e->v.Subscript.slice);
    if (!it || strcmp(it, "int") == 0 || strcmp(it, "bool") == 0)
        return 0;
    switch (v->kind) {
    case GP_AST_EXPR_Constant:
    case GP_AST_EXPR_Tuple:
    case GP_AST_EXPR_List:
    case GP_AST_EXPR_ListComp:
    case GP_AST_EXPR_JoinedStr:
    case GP_AST_EXPR_FormattedValue:
        return warn_at(c, e, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                       v->kind == GP_AST_EXPR_Tuple && folds_to_const(v) ? "tuple" : vt, it);
    default:
        return 0;
    }
}

/* The values of elts if every one is a constant or folds to one: a new
 * tuple, else NULL (no exception set unless *err). */
static GpObject *fold_elts(GpCompiler *c, GpAstSeq *elts, int *err)
{
    *err = 0;
    GpObject *t = gp_tuple_new(elts->n);
    if (!t) {
        *err = 1;
        return NULL;
    }
    for (int i = 0; i < elts->n; i++) {
        GpObject *v = fold_expr(c, elts->items[i], 1);
        if (!v) {
            GP_DECREF(t);
            return NULL;
        }
        GP_TUPLE_SET(t, i, v);
    }
    return t;
}

/* An expression only iterated over or searched: the iterable of `for` and
 * of comprehensions, the right operand of a last `in` / `not in`. As
 * CPython's AST optimizer (fold_iter), a list display becomes a tuple (a
 * constant when its items are) and a set display of constants a frozenset
 * constant, since nobody can see the container. */
int gp_c_iter_expr(GpCompiler *c, GpAstExpr *e)
{
    if (e->kind != GP_AST_EXPR_List && e->kind != GP_AST_EXPR_Set)
        return gp_c_expr(c, e);
    GpAstSeq *elts = e->kind == GP_AST_EXPR_List ? &e->v.List.elts : &e->v.Set.elts;
    if (has_starred(elts))
        return gp_c_expr(c, e);
    int err;
    GpObject *t = fold_elts(c, elts, &err);
    if (err)
        return -1;
    if (e->kind == GP_AST_EXPR_List) {
        if (t)
            return gp_c_load_const(c, t);
        return compile_sequence(c, elts, OP_BUILD_TUPLE, OP_LIST_EXTEND, OP_LIST_APPEND, 1);
    }
    if (!t)
        return gp_c_expr(c, e);
    GpObject *f = gp_frozenset_new(t);
    GP_DECREF(t);
    return gp_c_load_const(c, f);
}

static int compile_compare(GpCompiler *c, GpAstExpr *e)
{
    GP_C_CHECK(check_compare(c, e));
    GpAstSeq *ops = &e->v.Compare.ops, *cmps = &e->v.Compare.comparators;
    GP_C_CHECK(gp_c_expr(c, e->v.Compare.left));
    int n = ops->n;
    int last_op = GP_CMPOP_AT(*ops, n - 1);
    int (*last)(GpCompiler *, GpAstExpr *) =
        (last_op == GP_AST_CMP_In || last_op == GP_AST_CMP_NotIn) ? gp_c_iter_expr : gp_c_expr;
    if (n == 1) {
        GP_C_CHECK(last(c, cmps->items[0]));
        GP_C_LOC(c, e);
        return compare_op(c, GP_CMPOP_AT(*ops, 0));
    }
    int cleanup = gp_c_new_label(c), end = gp_c_new_label(c);
    GP_C_CHECK(cleanup | end);
    for (int i = 0; i < n - 1; i++) {
        GP_C_CHECK(gp_c_expr(c, cmps->items[i]));
        GP_C_LOC(c, e);
        GP_C_EMIT(c, OP_SWAP, 2);
        GP_C_EMIT(c, OP_COPY, 2);
        GP_C_CHECK(compare_op(c, GP_CMPOP_AT(*ops, i)));
        GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    GP_C_CHECK(last(c, cmps->items[n - 1]));
    GP_C_LOC(c, e);
    GP_C_CHECK(compare_op(c, GP_CMPOP_AT(*ops, n - 1)));
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
    GP_C_BIND(c, cleanup);
    GP_C_EMIT(c, OP_SWAP, 2);
    GP_C_EMIT(c, OP_POP_TOP, 0);
    GP_C_BIND(c, end);
    return 0;
}

static int compile_slice(GpCompiler *c, GpAstExpr *e)
{
    int n = 2;
    if (e->v.Slice.lower)
        GP_C_CHECK(gp_c_expr(c, e->v.Slice.lower));
    else
        GP_C_CHECK(gp_c_load_none(c));
    if (e->v.Slice.upper)
        GP_C_CHECK(gp_c_expr(c, e->v.Slice.upper));
    else
        GP_C_CHECK(gp_c_load_none(c));
    if (e->v.Slice.step) {
        GP_C_CHECK(gp_c_expr(c, e->v.Slice.step));
        n = 3;
    }
    return gp_c_emit(c, OP_BUILD_SLICE, n);
}

static int compile_expr_inner(GpCompiler *c, GpAstExpr *e)
{
    GpUnit *u = c->u;
    GP_C_LOC(c, e);
    switch (e->kind) {
    case GP_AST_EXPR_BoolOp: {
        int end = gp_c_new_label(c);
        GP_C_CHECK(end);
        int op = e->v.BoolOp.op == GP_AST_BOOL_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        GpAstSeq *vals = &e->v.BoolOp.values;
        for (int i = 0; i < vals->n - 1; i++) {
            GP_C_CHECK(gp_c_expr(c, vals->items[i]));
            GP_C_CHECK(gp_c_emit_jump(c, op, end));
        }
        GP_C_CHECK(gp_c_expr(c, vals->items[vals->n - 1]));
        GP_C_BIND(c, end);
        return 0;
    }
    case GP_AST_EXPR_NamedExpr:
        GP_C_CHECK(gp_c_expr(c, e->v.NamedExpr.value));
        GP_C_EMIT(c, OP_COPY, 1);
        return gp_c_store_target(c, e->v.NamedExpr.target);
    case GP_AST_EXPR_BinOp: {
        int f = try_load_folded(c, e);
        if (f != 0)
            return f < 0 ? -1 : 0;
    }
        GP_C_CHECK(gp_c_expr(c, e->v.BinOp.left));
        GP_C_CHECK(gp_c_expr(c, e->v.BinOp.right));
        GP_C_LOC(c, e);
        return gp_c_emit(c, OP_BINARY_OP, gp_c_binop_code(e->v.BinOp.op));
    case GP_AST_EXPR_UnaryOp: {
        int f = try_load_folded(c, e);
        if (f != 0)
            return f < 0 ? -1 : 0;
        GP_C_CHECK(gp_c_expr(c, e->v.UnaryOp.operand));
        GP_C_LOC(c, e);
        switch (e->v.UnaryOp.op) {
        case GP_AST_UNARY_Invert: return gp_c_emit(c, OP_UNARY_INVERT, 0);
        case GP_AST_UNARY_Not: return gp_c_emit(c, OP_UNARY_NOT, 0);
        case GP_AST_UNARY_UAdd: return gp_c_emit(c, OP_UNARY_POSITIVE, 0);
        case GP_AST_UNARY_USub: return gp_c_emit(c, OP_UNARY_NEGATIVE, 0);
        }
        return 0;
    }
    case GP_AST_EXPR_Lambda:
        return gp_c_lambda(c, e);
    case GP_AST_EXPR_IfExp: {
        int end = gp_c_new_label(c), orelse = gp_c_new_label(c);
        GP_C_CHECK(end | orelse);
        GP_C_CHECK(gp_c_jump_if(c, e->v.IfExp.test, orelse, 0));
        GP_C_CHECK(gp_c_expr(c, e->v.IfExp.body));
        GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
        GP_C_BIND(c, orelse);
        GP_C_CHECK(gp_c_expr(c, e->v.IfExp.orelse));
        GP_C_BIND(c, end);
        return 0;
    }
    case GP_AST_EXPR_Dict:
        return compile_dict(c, e);
    case GP_AST_EXPR_Set: {
        GpAstSeq *elts = &e->v.Set.elts;
        if (elts->n >= 3 && !has_starred(elts)) {
            int allconst = 1;
            for (int i = 0; i < elts->n && allconst; i++)
                allconst = is_constant_expr(elts->items[i]);
            if (allconst) {
                /* As CPython: a frozenset constant (built from the items,
                 * then rebuilt from its own iteration when gp_c_add_const
                 * merges it) that BUILD_SET 0 + SET_UPDATE copies. The set's
                 * slot order, hence its printed order, follows from that. */
                GpObject *t = gp_tuple_new(elts->n);
                if (!t)
                    return -1;
                for (int i = 0; i < elts->n; i++) {
                    GpObject *v = gp_c_constant_value(elts->items[i]);
                    if (!v) {
                        GP_DECREF(t);
                        return -1;
                    }
                    GP_TUPLE_SET(t, i, v);
                }
                GpObject *f2 = gp_frozenset_new(t);
                GP_DECREF(t);
                if (!f2)
                    return -1;
                GP_C_EMIT(c, OP_BUILD_SET, 0);
                GP_C_CHECK(gp_c_load_const(c, f2));
                return gp_c_emit(c, OP_SET_UPDATE, 1);
            }
        }
        return compile_sequence(c, elts, OP_BUILD_SET, OP_SET_UPDATE, OP_SET_ADD, 0);
    }
    case GP_AST_EXPR_ListComp:
    case GP_AST_EXPR_SetComp:
    case GP_AST_EXPR_DictComp:
    case GP_AST_EXPR_GeneratorExp:
        return gp_c_comprehension(c, e);
    case GP_AST_EXPR_Await:
        if (u->ste->kind != GP_SCOPE_FUNCTION)
            return err_at(c, LOCOF(e), "'await' outside function", NULL);
        if (!u->ste->is_async_def && !u->ste->is_comprehension)
            return err_at(c, LOCOF(e), "'await' outside async function", NULL);
        GP_C_CHECK(gp_c_expr(c, e->v.Await.value));
        GP_C_LOC(c, e);
        return gp_c_await(c, 0);
    case GP_AST_EXPR_Yield:
        if (u->ste->kind != GP_SCOPE_FUNCTION)
            return err_at(c, LOCOF(e), "'yield' outside function", NULL);
        if (e->v.Yield.value)
            GP_C_CHECK(gp_c_expr(c, e->v.Yield.value));
        else
            GP_C_CHECK(gp_c_load_none(c));
        GP_C_LOC(c, e);
        if (u->ste->is_coroutine)   /* async generator: box its own yields */
            GP_C_EMIT(c, OP_ASYNC_GEN_WRAP, 0);
        return gp_c_emit(c, OP_YIELD_VALUE, 0);
    case GP_AST_EXPR_YieldFrom:
        if (u->ste->kind != GP_SCOPE_FUNCTION)
            return err_at(c, LOCOF(e), "'yield' outside function", NULL);
        if (u->ste->is_async_def)
            return err_at(c, LOCOF(e), "'yield from' inside async function", NULL);
        GP_C_CHECK(gp_c_expr(c, e->v.YieldFrom.value));
        GP_C_LOC(c, e);
        GP_C_EMIT(c, OP_GET_YIELD_FROM_ITER, 0);
        GP_C_CHECK(gp_c_load_none(c));
        return gp_c_emit(c, OP_YIELD_FROM, 0);
    case GP_AST_EXPR_Compare:
        return compile_compare(c, e);
    case GP_AST_EXPR_Call:
        return compile_call(c, e);
    case GP_AST_EXPR_FormattedValue:
        return compile_formatted(c, e);
    case GP_AST_EXPR_JoinedStr:
        return compile_joined(c, e);
    case GP_AST_EXPR_Constant:
        return gp_c_load_const(c, gp_c_constant_value(e));
    case GP_AST_EXPR_Attribute: {
        if (e->v.Attribute.ctx != GP_AST_CTX_Load)
            return gp_c_store_target(c, e);
        GP_C_CHECK(gp_c_expr(c, e->v.Attribute.value));
        int ai = gp_c_add_name(c, GP_C_MANGLE(c, e->v.Attribute.attr));
        GP_C_CHECK(ai);
        loc_match_attr(c, e);
        return gp_c_emit(c, OP_LOAD_ATTR, ai);
    }
    case GP_AST_EXPR_Subscript: {
        if (e->v.Subscript.ctx == GP_AST_CTX_Load)
            GP_C_CHECK(check_subscript(c, e));
        int f = try_load_folded(c, e);
        if (f != 0)
            return f < 0 ? -1 : 0;
    }
        GP_C_CHECK(gp_c_expr(c, e->v.Subscript.value));
        GP_C_CHECK(gp_c_expr(c, e->v.Subscript.slice));
        GP_C_LOC(c, e);
        return gp_c_emit(c, OP_BINARY_SUBSCR, 0);
    case GP_AST_EXPR_Starred:
        return err_at(c, LOCOF(e), "can't use starred expression here", NULL);
    case GP_AST_EXPR_Name:
        return gp_c_name_op(c, e->v.Name.id, GP_AST_CTX_Load, e->lineno, e->col_offset);
    case GP_AST_EXPR_List: {
        GpAstSeq *elts = &e->v.List.elts;
        if (elts->n >= 3 && !has_starred(elts)) {
            int allconst = 1;
            for (int i = 0; i < elts->n && allconst; i++)
                allconst = is_constant_expr(elts->items[i]);
            if (allconst) {
                GP_C_EMIT(c, OP_BUILD_LIST, 0);
                GpObject *t = gp_tuple_new(elts->n);
                if (!t)
                    return -1;
                for (int i = 0; i < elts->n; i++) {
                    GpObject *v = gp_c_constant_value(elts->items[i]);
                    if (!v) {
                        GP_DECREF(t);
                        return -1;
                    }
                    GP_TUPLE_SET(t, i, v);
                }
                GP_C_CHECK(gp_c_load_const(c, t));
                return gp_c_emit(c, OP_LIST_EXTEND, 1);
            }
        }
        return compile_sequence(c, elts, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, 0);
    }
    case GP_AST_EXPR_Tuple: {
        int f = has_starred(&e->v.Tuple.elts) ? 0 : try_load_folded(c, e);
        if (f != 0)
            return f < 0 ? -1 : 0;
    }
        return compile_sequence(c, &e->v.Tuple.elts, OP_BUILD_TUPLE, OP_LIST_EXTEND, OP_LIST_APPEND, 1);
    case GP_AST_EXPR_Slice:
        return compile_slice(c, e);
    }
    gp_err_set_string(&GpExc_SystemError, "compiler: unknown expression kind");
    return -1;
}

int gp_c_await(GpCompiler *c, int where)
{
    GP_C_EMIT(c, OP_GET_AWAITABLE, where);
    GP_C_CHECK(gp_c_load_none(c));
    return gp_c_emit(c, OP_YIELD_FROM, 0);
}

int gp_c_expr(GpCompiler *c, GpAstExpr *e)
{
    if (++c->depth > GP_COMPILER_MAX_DEPTH) {
        c->depth--;
        return gp_compiler_recursion_error();
    }
    GpUnit *u = c->u;
    int sl = u->lineno, sel = u->end_lineno, sc = u->col, sec = u->end_col;
    int r = compile_expr_inner(c, e);
    u = c->u;
    u->lineno = sl;
    u->end_lineno = sel;
    u->col = sc;
    u->end_col = sec;
    c->depth--;
    return r;
}
