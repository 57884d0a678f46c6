/* compiler_stmt.c -- code generation for statements.
 *
 * Control flow follows CPython 3.11's shapes (see compiler.h for how the
 * exception handlers are tracked):
 *
 *   try/except    body under handler H1 (no lasti); H1: PUSH_EXC_INFO under
 *                 cleanup handler H2 (lasti), one clause after the other,
 *                 RERAISE 0 if none matched; H2: COPY 3, POP_EXCEPT, RERAISE 1.
 *   try/finally   body under H1; the normal exit runs the finally body
 *                 inline; H1 runs it again with the exception handled, then
 *                 re-raises.
 *   with          BEFORE_WITH; body under a lasti handler whose depth leaves
 *                 the bound __exit__ on the stack; normal exit calls
 *                 __exit__(None, None, None); the handler calls
 *                 WITH_EXCEPT_START and re-raises unless the result is true.
 *   break/continue/return inside these run the cleanup of every enclosing
 *   block inline (finally bodies, __exit__ calls, POP_EXCEPT) before jumping.
 */
#include <string.h>
#include "compile/compiler.h"

#define LOCOF(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static int err_at(GpCompiler *c, int lineno, int col, int end_lineno, int end_col, const char *msg,
                  const char *arg)
{
    gp_compiler_error(c->filename, c->src, c->srclen, lineno, col, end_lineno, end_col, msg, arg);
    return -1;
}

int gp_c_stmts(GpCompiler *c, GpAstSeq *body)
{
    for (int i = 0; i < body->n; i++)
        GP_C_CHECK(gp_c_stmt(c, body->items[i]));
    return 0;
}

static int is_docstring(GpAstStmt *s)
{
    return s && s->kind == GP_AST_STMT_Expr && s->v.Expr.value->kind == GP_AST_EXPR_Constant &&
           s->v.Expr.value->v.Constant.kind == GP_CONST_STR;
}

GpObject *gp_c_docstring_of(GpCompiler *c, GpAstSeq *body)
{
    if (c->optimize >= 2 || body->n == 0 || !is_docstring(body->items[0]))
        return NULL;
    GpAstExpr *e = ((GpAstStmt *)body->items[0])->v.Expr.value;
    return gp_str_from_utf8(e->v.Constant.str, (gp_ssize)e->v.Constant.len);
}

/* Module or class body: SETUP_ANNOTATIONS when needed, __doc__, statements. */
int gp_c_body_with_docstring(GpCompiler *c, GpAstSeq *body, int is_module)
{
    int start = 0;
    if (c->u->ste->has_annotations)
        GP_C_EMIT(c, OP_SETUP_ANNOTATIONS, 0);
    if (body->n && is_docstring(body->items[0])) {
        start = 1;
        if (c->optimize < 2) {
            GpAstStmt *s = body->items[0];
            GP_C_LOC(c, s);
            GpObject *doc = gp_str_from_utf8(s->v.Expr.value->v.Constant.str,
                                             (gp_ssize)s->v.Expr.value->v.Constant.len);
            if (!doc)
                return -1;
            GP_C_CHECK(gp_c_load_const(c, doc));
            GP_C_CHECK(gp_c_name_op(c, "__doc__", GP_AST_CTX_Store, s->lineno, s->col_offset));
        }
    }
    for (int i = start; i < body->n; i++)
        GP_C_CHECK(gp_c_stmt(c, body->items[i]));
    return 0;
}

/* ---- frame block unwinding -------------------------------------------------- */

static int call_exit_with_nones(GpCompiler *c)
{
    GP_C_CHECK(gp_c_load_none(c));
    GP_C_CHECK(gp_c_load_none(c));
    GP_C_CHECK(gp_c_load_none(c));
    return gp_c_emit(c, OP_CALL, 2);
}

/* CPython makes the instruction after an inline finally body or __exit__
 * call "artificial": it takes the line of the instruction before it, so
 * that the return/break/continue appears to run after the cleanup (the
 * 'return' trace event reports the finally's last line). */
static void loc_from_last_instr(GpCompiler *c)
{
    GpUnit *u = c->u;
    if (u->ninstrs == 0)
        return;
    GpInstr *last = &u->instrs[u->ninstrs - 1];
    u->lineno = last->lineno;
    u->end_lineno = last->end_lineno;
    u->col = last->col;
    u->end_col = last->end_col;
}

static int unwind_one(GpCompiler *c, GpFBlock *f, int preserve_tos)
{
    GpUnit *u = c->u;
    switch (f->kind) {
    case GP_FB_WHILE:
    case GP_FB_EXCEPTION_HANDLER:
    case GP_FB_EXCEPTION_GROUP_HANDLER:
        return 0;
    case GP_FB_FOR:
        if (preserve_tos)
            GP_C_EMIT(c, OP_SWAP, 2);
        return gp_c_emit(c, OP_POP_TOP, 0);
    case GP_FB_TRY_EXCEPT:
        u->cur_handler = f->handler_outside;
        return 0;
    case GP_FB_FINALLY_TRY: {
        u->cur_handler = f->handler_outside;
        if (preserve_tos)
            GP_C_CHECK(gp_c_push_fblock(c, GP_FB_POP_VALUE, -1, -1, NULL));
        GP_C_CHECK(gp_c_stmts(c, (GpAstSeq *)f->datum));
        if (preserve_tos)
            gp_c_pop_fblock(c);
        loc_from_last_instr(c);
        return 0;
    }
    case GP_FB_FINALLY_END:
        if (preserve_tos)
            GP_C_EMIT(c, OP_SWAP, 2);
        GP_C_EMIT(c, OP_POP_TOP, 0);
        if (preserve_tos)
            GP_C_EMIT(c, OP_SWAP, 2);
        u->cur_handler = f->handler_outside;
        return gp_c_emit(c, OP_POP_EXCEPT, 0);
    case GP_FB_WITH:
    case GP_FB_ASYNC_WITH:
        u->cur_handler = f->handler_outside;
        GP_C_LOC(c, (const GpAstStmt *)f->datum);   /* the __exit__ call is the `with` line's */
        if (preserve_tos)
            GP_C_EMIT(c, OP_SWAP, 2);
        GP_C_CHECK(call_exit_with_nones(c));
        if (f->kind == GP_FB_ASYNC_WITH)
            GP_C_CHECK(gp_c_await(c, 2));
        GP_C_EMIT(c, OP_POP_TOP, 0);
        loc_from_last_instr(c);
        return 0;
    case GP_FB_HANDLER_CLEANUP:
        u->cur_handler = f->handler_outside;
        if (preserve_tos)
            GP_C_EMIT(c, OP_SWAP, 2);
        GP_C_EMIT(c, OP_POP_EXCEPT, 0);
        if (f->datum) {
            GP_C_CHECK(gp_c_load_none(c));
            GP_C_CHECK(gp_c_name_op(c, f->datum, GP_AST_CTX_Store, u->lineno, 0));
            GP_C_CHECK(gp_c_name_op(c, f->datum, GP_AST_CTX_Del, u->lineno, 0));
        }
        return 0;
    case GP_FB_POP_VALUE:
        if (preserve_tos)
            GP_C_EMIT(c, OP_SWAP, 2);
        return gp_c_emit(c, OP_POP_TOP, 0);
    }
    return 0;
}

/* Unwind the frame blocks from the innermost outwards, stopping at the
 * innermost loop when `loop` is non-NULL (*loop receives it, or NULL if there
 * is none). The blocks are temporarily removed so that code emitted for a
 * finally body sees only the blocks outside it. */
int gp_c_unwind_fblock_stack(GpCompiler *c, int preserve_tos, GpFBlock **loop)
{
    GpUnit *u = c->u;
    int saved_n = u->nfblocks;
    GpFBlock saved[GP_MAX_FBLOCKS];
    memcpy(saved, u->fblocks, sizeof(GpFBlock) * saved_n);
    int r = 0;
    if (loop)
        *loop = NULL;
    while (u->nfblocks > 0) {
        GpFBlock *top = &u->fblocks[u->nfblocks - 1];
        if (loop && (top->kind == GP_FB_WHILE || top->kind == GP_FB_FOR)) {
            *loop = top;
            break;
        }
        GpFBlock copy = *top;
        u->nfblocks--;
        if (unwind_one(c, &copy, preserve_tos) < 0) {
            r = -1;
            break;
        }
    }
    int found = u->nfblocks;
    memcpy(u->fblocks, saved, sizeof(GpFBlock) * saved_n);
    u->nfblocks = saved_n;
    if (loop && *loop)
        *loop = &u->fblocks[found - 1];
    return r;
}

/* Does unwinding the frame blocks (up to the innermost loop if to_loop) run
 * code located elsewhere (a finally body, an __exit__ call)? Then, as
 * CPython, return/break/continue first emit a NOP carrying their own line,
 * so that their line event comes before the cleanup's. */
static int unwind_runs_other_lines(GpCompiler *c, int to_loop)
{
    GpUnit *u = c->u;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        GpFBlockKind k = u->fblocks[i].kind;
        if (to_loop && (k == GP_FB_WHILE || k == GP_FB_FOR))
            return 0;
        if (k == GP_FB_FINALLY_TRY || k == GP_FB_WITH || k == GP_FB_ASYNC_WITH)
            return 1;
    }
    return 0;
}

/* ---- statements ------------------------------------------------------------------ */

static int check_not_in_except_star(GpCompiler *c, int lineno, int col, int end_lineno, int end_col,
                                    int to_loop);

static int compile_return(GpCompiler *c, GpAstStmt *s)
{
    GpUnit *u = c->u;
    if (u->ste->kind != GP_SCOPE_FUNCTION)
        return err_at(c, LOCOF(s), "'return' outside function", NULL);
    if (s->v.Return.value && u->ste->is_coroutine && u->ste->is_generator)
        return err_at(c, LOCOF(s), "'return' with value in async generator", NULL);
    /* CPython's location here: a constant return value's, else the statement's */
    if (s->v.Return.value && s->v.Return.value->kind == GP_AST_EXPR_Constant)
        GP_C_CHECK(check_not_in_except_star(c, LOCOF(s->v.Return.value), 0));
    else
        GP_C_CHECK(check_not_in_except_star(c, LOCOF(s), 0));
    int saved = u->cur_handler;
    GpAstExpr *v = s->v.Return.value;
    int is_const = !v || v->kind == GP_AST_EXPR_Constant;
    int other = unwind_runs_other_lines(c, 0);
    /* CPython's line events: the value's line (a constant's through a NOP
     * when it is on another line, or before a cleanup), then the
     * statement's line if different, then the cleanup code; the return
     * itself takes the location of the cleanup's last instruction. */
    if (!is_const) {
        GP_C_CHECK(gp_c_expr(c, v));
    } else if (v && (other || v->lineno != s->lineno)) {
        GP_C_LOC(c, v);
        GP_C_EMIT(c, OP_NOP, 0);
    }
    if (other && (!v || v->lineno != s->lineno)) {
        GP_C_LOC(c, s);
        GP_C_EMIT(c, OP_NOP, 0);
    }
    GP_C_LOC(c, s);
    GP_C_CHECK(gp_c_unwind_fblock_stack(c, !is_const, NULL));
    if (!other)
        GP_C_LOC(c, s);
    if (!v) {
        GP_C_CHECK(gp_c_emit(c, OP_RETURN_CONST, gp_c_add_const(c, gp_newref(gp_None))));
    } else if (is_const) {
        GpObject *k = gp_c_constant_value(v);
        int i = gp_c_add_const(c, k);
        GP_C_CHECK(i);
        GP_C_EMIT(c, OP_RETURN_CONST, i);
    } else {
        GP_C_EMIT(c, OP_RETURN_VALUE, 0);
    }
    u->cur_handler = saved;
    return 0;
}

static int compile_break_continue(GpCompiler *c, GpAstStmt *s, int is_break)
{
    GpUnit *u = c->u;
    GP_C_CHECK(check_not_in_except_star(c, LOCOF(s), 1));
    int saved = u->cur_handler;
    GpFBlock *loop;
    if (unwind_runs_other_lines(c, 1))
        GP_C_EMIT(c, OP_NOP, 0);   /* the statement's own line event, as CPython */
    GP_C_CHECK(gp_c_unwind_fblock_stack(c, 0, &loop));
    if (!loop) {
        u->cur_handler = saved;
        return err_at(c, LOCOF(s), is_break ? "'break' outside loop" : "'continue' not properly in loop",
                      NULL);
    }
    if (is_break) {
        GP_C_CHECK(unwind_one(c, loop, 0));
        GP_C_CHECK(gp_c_jump_to(c, loop->exit));
    } else {
        GP_C_CHECK(gp_c_jump_to(c, loop->block));
    }
    u->cur_handler = saved;
    return 0;
}

static int compile_if(GpCompiler *c, GpAstStmt *s)
{
    int end = gp_c_new_label(c);
    GP_C_CHECK(end);
    int next = s->v.If.orelse.n ? gp_c_new_label(c) : end;
    GP_C_CHECK(next);
    GP_C_CHECK(gp_c_jump_if(c, s->v.If.test, next, 0));
    GP_C_CHECK(gp_c_stmts(c, &s->v.If.body));
    if (s->v.If.orelse.n) {
        int last = gp_c_last_op(c);
        if (!(last == OP_RETURN_VALUE || last == OP_RETURN_CONST || last == OP_RAISE_VARARGS ||
              last == OP_JUMP_BACKWARD || last == OP_JUMP_FORWARD || last == OP_RERAISE))
            GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
        GP_C_BIND(c, next);
        GP_C_CHECK(gp_c_stmts(c, &s->v.If.orelse));
    }
    GP_C_BIND(c, end);
    return 0;
}

static int compile_while(GpCompiler *c, GpAstStmt *s)
{
    int start = gp_c_new_label(c), orelse = gp_c_new_label(c), end = gp_c_new_label(c);
    GP_C_CHECK(start | orelse | end);
    GP_C_BIND(c, start);
    GP_C_CHECK(gp_c_jump_if(c, s->v.While.test, orelse, 0));   /* `while 1:` emits nothing */
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_WHILE, start, end, NULL));
    GP_C_CHECK(gp_c_stmts(c, &s->v.While.body));
    gp_c_pop_fblock(c);
    GP_C_LOC(c, s);
    GP_C_CHECK(gp_c_jump_to(c, start));
    GP_C_BIND(c, orelse);
    GP_C_CHECK(gp_c_stmts(c, &s->v.While.orelse));
    GP_C_BIND(c, end);
    return 0;
}

static int compile_for(GpCompiler *c, GpAstStmt *s)
{
    int start = gp_c_new_label(c), cleanup = gp_c_new_label(c), end = gp_c_new_label(c);
    GP_C_CHECK(start | cleanup | end);
    GP_C_CHECK(gp_c_iter_expr(c, s->v.For.iter));
    GP_C_LOC(c, s);
    GP_C_EMIT(c, OP_GET_ITER, 0);
    GP_C_BIND(c, start);
    GP_C_CHECK(gp_c_emit_jump(c, OP_FOR_ITER, cleanup));
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_FOR, start, end, NULL));
    GP_C_CHECK(gp_c_store_target(c, s->v.For.target));
    GP_C_CHECK(gp_c_stmts(c, &s->v.For.body));
    gp_c_pop_fblock(c);
    GP_C_LOC(c, s);
    GP_C_CHECK(gp_c_jump_to(c, start));
    GP_C_BIND(c, cleanup);
    GP_C_CHECK(gp_c_stmts(c, &s->v.For.orelse));
    GP_C_BIND(c, end);
    return 0;
}

/* async for: like for, with the next item awaited from __anext__(); the
 * StopAsyncIteration that ends the loop reaches END_ASYNC_FOR through a
 * handler covering only that await. */
static int compile_async_for(GpCompiler *c, GpAstStmt *s)
{
    GpUnit *u = c->u;
    if (!u->ste->is_async_def)
        return err_at(c, LOCOF(s), "'async for' outside async function", NULL);
    int start = gp_c_new_label(c), except = gp_c_new_label(c), end = gp_c_new_label(c);
    GP_C_CHECK(start | except | end);
    int outside = u->cur_handler;
    GP_C_CHECK(gp_c_expr(c, s->v.For.iter));
    GP_C_LOC(c, s);
    GP_C_EMIT(c, OP_GET_AITER, 0);
    GP_C_BIND(c, start);
    GP_C_CHECK(gp_c_push_handler(c, except, 0));
    GP_C_EMIT(c, OP_GET_ANEXT, 0);
    GP_C_CHECK(gp_c_load_none(c));   /* GET_ANEXT pushed the awaitable itself */
    GP_C_EMIT(c, OP_YIELD_FROM, 0);
    u->cur_handler = outside;
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_FOR, start, end, NULL));
    GP_C_CHECK(gp_c_store_target(c, s->v.For.target));
    GP_C_CHECK(gp_c_stmts(c, &s->v.For.body));
    gp_c_pop_fblock(c);
    GP_C_LOC(c, s);
    GP_C_CHECK(gp_c_jump_to(c, start));
    GP_C_BIND(c, except);            /* [aiter, exc] */
    GP_C_EMIT(c, OP_END_ASYNC_FOR, 0);
    GP_C_CHECK(gp_c_stmts(c, &s->v.For.orelse));
    GP_C_BIND(c, end);
    return 0;
}

static int compile_try_except(GpCompiler *c, GpAstStmt *s)
{
    GpUnit *u = c->u;
    int except = gp_c_new_label(c), end = gp_c_new_label(c), cleanup = gp_c_new_label(c);
    GP_C_CHECK(except | end | cleanup);
    int outside = u->cur_handler;

    if (!s->v.Try.finalbody.n)
        GP_C_EMIT(c, OP_NOP, 0);   /* the `try:` line gets its line event, as in 3.11 */
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_TRY_EXCEPT, -1, -1, NULL));
    GP_C_CHECK(gp_c_push_handler(c, except, 0));
    GP_C_CHECK(gp_c_stmts(c, &s->v.Try.body));
    gp_c_pop_fblock(c);
    u->cur_handler = outside;
    GP_C_EMIT(c, OP_NOP, 0);
    GP_C_CHECK(gp_c_stmts(c, &s->v.Try.orelse));
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));

    GP_C_BIND(c, except);
    int hcleanup = gp_c_push_handler(c, cleanup, 1);
    GP_C_CHECK(hcleanup);
    GP_C_LINE(c, -1);   /* no line (CPython's UNSET_LOC): entering the handler is no line event */
    GP_C_EMIT(c, OP_PUSH_EXC_INFO, 0);
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_EXCEPTION_HANDLER, -1, -1, NULL));
    int n = s->v.Try.handlers.n;
    for (int i = 0; i < n; i++) {
        GpAstExceptHandler *h = s->v.Try.handlers.items[i];
        GP_C_LOC(c, h);
        if (!h->type && i < n - 1)
            return err_at(c, LOCOF(h), "default 'except:' must be last", NULL);
        int next = gp_c_new_label(c);
        GP_C_CHECK(next);
        if (h->type) {
            GP_C_CHECK(gp_c_expr(c, h->type));
            GP_C_LOC(c, h);
            GP_C_EMIT(c, OP_CHECK_EXC_MATCH, 0);
            GP_C_CHECK(gp_c_emit_jump(c, OP_POP_JUMP_IF_FALSE, next));
        }
        if (h->name) {
            int cleanup_end = gp_c_new_label(c);
            GP_C_CHECK(cleanup_end);
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Store, h->lineno, h->col_offset));
            GP_C_CHECK(gp_c_push_handler(c, cleanup_end, 1));
            GP_C_CHECK(gp_c_push_fblock(c, GP_FB_HANDLER_CLEANUP, -1, -1, h->name));
            u->fblocks[u->nfblocks - 1].handler_outside = outside;
            GP_C_CHECK(gp_c_stmts(c, &h->body));
            gp_c_pop_fblock(c);
            u->cur_handler = outside;
            GP_C_EMIT(c, OP_POP_EXCEPT, 0);
            GP_C_CHECK(gp_c_load_none(c));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Store, h->lineno, h->col_offset));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Del, h->lineno, h->col_offset));
            GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
            /* an exception in the handler body: unbind the name, re-raise */
            u->cur_handler = hcleanup;
            GP_C_BIND(c, cleanup_end);
            GP_C_CHECK(gp_c_load_none(c));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Store, h->lineno, h->col_offset));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Del, h->lineno, h->col_offset));
            GP_C_EMIT(c, OP_RERAISE, 1);
        } else {
            GP_C_EMIT(c, OP_POP_TOP, 0);
            GP_C_CHECK(gp_c_push_fblock(c, GP_FB_HANDLER_CLEANUP, -1, -1, NULL));
            u->fblocks[u->nfblocks - 1].handler_outside = outside;
            GP_C_CHECK(gp_c_stmts(c, &h->body));
            gp_c_pop_fblock(c);
            u->cur_handler = outside;
            GP_C_EMIT(c, OP_POP_EXCEPT, 0);
            GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
            u->cur_handler = hcleanup;
        }
        GP_C_BIND(c, next);
    }
    gp_c_pop_fblock(c);
    /* no clause matched: re-raised at the last clause's line, as CPython */
    GpAstExceptHandler *last_h = s->v.Try.handlers.items[n - 1];
    GP_C_LOC(c, last_h);
    GP_C_EMIT(c, OP_RERAISE, 0);
    u->cur_handler = outside;
    GP_C_BIND(c, cleanup);
    GP_C_LINE(c, -1);   /* the cleanup has no line (CPython's UNSET_LOC) */
    GP_C_EMIT(c, OP_COPY, 3);
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_RERAISE, 1);
    GP_C_BIND(c, end);
    return 0;
}

/* try/except*: each clause takes, with CHECK_EG_MATCH, the part of the
 * group its type matches and leaves the rest to the next clause; what the
 * clauses raise is collected in a list and PREP_RERAISE_STAR combines it
 * with the unhandled rest into the one exception that leaves the statement.
 * The handler's stack (below the handled-exception slot):
 *     [orig, raised_list, rest]        between clauses
 *     [orig, raised_list, rest, match] after CHECK_EG_MATCH */
static int compile_try_star(GpCompiler *c, GpAstStmt *s)
{
    GpUnit *u = c->u;
    int except = gp_c_new_label(c), end = gp_c_new_label(c), cleanup = gp_c_new_label(c),
        reraise = gp_c_new_label(c);
    GP_C_CHECK(except | end | cleanup | reraise);
    int outside = u->cur_handler;

    if (!s->v.Try.finalbody.n)
        GP_C_EMIT(c, OP_NOP, 0);   /* the `try:` line gets its line event, as in 3.11 */
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_TRY_EXCEPT, -1, -1, NULL));
    GP_C_CHECK(gp_c_push_handler(c, except, 0));
    GP_C_CHECK(gp_c_stmts(c, &s->v.Try.body));
    gp_c_pop_fblock(c);
    u->cur_handler = outside;
    GP_C_EMIT(c, OP_NOP, 0);
    GP_C_CHECK(gp_c_stmts(c, &s->v.Try.orelse));
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));

    GP_C_BIND(c, except);
    int hcleanup = gp_c_push_handler(c, cleanup, 1);
    GP_C_CHECK(hcleanup);
    GP_C_LINE(c, -1);   /* no line (CPython's UNSET_LOC): entering the handler is no line event */
    GP_C_EMIT(c, OP_PUSH_EXC_INFO, 0);
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL));
    int n = s->v.Try.handlers.n;
    for (int i = 0; i < n; i++) {
        GpAstExceptHandler *h = s->v.Try.handlers.items[i];
        int next = gp_c_new_label(c), no_match = gp_c_new_label(c), body_error = gp_c_new_label(c);
        GP_C_CHECK(next | no_match | body_error);
        GP_C_LOC(c, h);
        if (i == 0) {   /* [orig] -> [orig, [], orig] */
            GP_C_EMIT(c, OP_COPY, 1);
            GP_C_EMIT(c, OP_BUILD_LIST, 0);
            GP_C_EMIT(c, OP_SWAP, 2);
        }
        GP_C_CHECK(gp_c_expr(c, h->type));
        GP_C_LOC(c, h);
        GP_C_EMIT(c, OP_CHECK_EG_MATCH, 0);
        GP_C_EMIT(c, OP_COPY, 1);
        GP_C_CHECK(gp_c_emit_jump(c, OP_POP_JUMP_IF_NONE, no_match));
        if (h->name)
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Store, h->lineno, h->col_offset));
        else
            GP_C_EMIT(c, OP_POP_TOP, 0);
        GP_C_CHECK(gp_c_push_handler(c, body_error, 1));
        GP_C_CHECK(gp_c_push_fblock(c, GP_FB_HANDLER_CLEANUP, -1, -1, h->name));
        u->fblocks[u->nfblocks - 1].handler_outside = hcleanup;
        GP_C_CHECK(gp_c_stmts(c, &h->body));
        gp_c_pop_fblock(c);
        u->cur_handler = hcleanup;
        if (h->name) {
            GP_C_CHECK(gp_c_load_none(c));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Store, h->lineno, h->col_offset));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Del, h->lineno, h->col_offset));
        }
        GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, next));
        /* the clause raised: [.., rest, lasti, raised] -> add raised to the list */
        GP_C_BIND(c, body_error);
        if (h->name) {
            GP_C_CHECK(gp_c_load_none(c));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Store, h->lineno, h->col_offset));
            GP_C_CHECK(gp_c_name_op(c, h->name, GP_AST_CTX_Del, h->lineno, h->col_offset));
        }
        GP_C_EMIT(c, OP_LIST_APPEND, 3);
        GP_C_EMIT(c, OP_POP_TOP, 0);
        GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, next));
        GP_C_BIND(c, no_match);
        GP_C_EMIT(c, OP_POP_TOP, 0);
        GP_C_BIND(c, next);
    }
    gp_c_pop_fblock(c);
    /* the unhandled rest joins the list: [orig, list] -> [exc or None] */
    GP_C_EMIT(c, OP_LIST_APPEND, 1);
    GP_C_EMIT(c, OP_PREP_RERAISE_STAR, 0);
    GP_C_EMIT(c, OP_COPY, 1);
    GP_C_CHECK(gp_c_emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise));
    GP_C_EMIT(c, OP_POP_TOP, 0);
    u->cur_handler = outside;
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, end));
    GP_C_BIND(c, reraise);
    GP_C_EMIT(c, OP_SWAP, 2);
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_RERAISE, 0);
    GP_C_BIND(c, cleanup);
    GP_C_LINE(c, -1);   /* the cleanup has no line (CPython's UNSET_LOC) */
    GP_C_EMIT(c, OP_COPY, 3);
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_RERAISE, 1);
    GP_C_BIND(c, end);
    return 0;
}

/* return/break/continue may not leave an except* clause (checked up to the
 * innermost loop for break/continue). */
static int check_not_in_except_star(GpCompiler *c, int lineno, int col, int end_lineno, int end_col,
                                    int to_loop)
{
    GpUnit *u = c->u;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        GpFBlockKind k = u->fblocks[i].kind;
        if (to_loop && (k == GP_FB_WHILE || k == GP_FB_FOR))
            return 0;
        if (k == GP_FB_EXCEPTION_GROUP_HANDLER)
            return err_at(c, lineno, col, end_lineno, end_col,
                          "'break', 'continue' and 'return' cannot appear in an except* block",
                          NULL);
    }
    return 0;
}

static int compile_try_finally(GpCompiler *c, GpAstStmt *s)
{
    GpUnit *u = c->u;
    int handler = gp_c_new_label(c), exit = gp_c_new_label(c), cleanup = gp_c_new_label(c);
    GP_C_CHECK(handler | exit | cleanup);
    int outside = u->cur_handler;

    GP_C_EMIT(c, OP_NOP, 0);   /* the `try:` line gets its line event, as in 3.11 */
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_FINALLY_TRY, -1, -1, &s->v.Try.finalbody));
    GP_C_CHECK(gp_c_push_handler(c, handler, 0));
    if (s->v.Try.handlers.n)
        GP_C_CHECK(s->kind == GP_AST_STMT_TryStar ? compile_try_star(c, s) : compile_try_except(c, s));
    else
        GP_C_CHECK(gp_c_stmts(c, &s->v.Try.body));
    gp_c_pop_fblock(c);
    u->cur_handler = outside;
    GP_C_EMIT(c, OP_NOP, 0);
    GP_C_CHECK(gp_c_stmts(c, &s->v.Try.finalbody));
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, exit));

    GP_C_BIND(c, handler);
    GP_C_CHECK(gp_c_push_handler(c, cleanup, 1));
    GP_C_LINE(c, -1);   /* no line, as CPython: the finally body's lines are the events */
    GP_C_EMIT(c, OP_PUSH_EXC_INFO, 0);
    GP_C_CHECK(gp_c_push_fblock(c, GP_FB_FINALLY_END, -1, -1, NULL));
    u->fblocks[u->nfblocks - 1].handler_outside = outside;
    GP_C_CHECK(gp_c_stmts(c, &s->v.Try.finalbody));
    gp_c_pop_fblock(c);
    GP_C_EMIT(c, OP_RERAISE, 0);
    u->cur_handler = outside;
    GP_C_BIND(c, cleanup);
    GP_C_EMIT(c, OP_COPY, 3);
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_RERAISE, 1);
    GP_C_BIND(c, exit);
    return 0;
}

/* with and async with (is_async: __aenter__/__aexit__ results are awaited). */
static int compile_with(GpCompiler *c, GpAstStmt *s, int pos)
{
    GpUnit *u = c->u;
    GpAstWithItem *item = s->v.With.items.items[pos];
    int is_async = s->kind == GP_AST_STMT_AsyncWith;
    if (is_async && !u->ste->is_async_def)
        return err_at(c, LOCOF(s), "'async with' outside async function", NULL);
    int final = gp_c_new_label(c), exit = gp_c_new_label(c), cleanup = gp_c_new_label(c),
        suppress = gp_c_new_label(c);
    GP_C_CHECK(final | exit | cleanup | suppress);
    int outside = u->cur_handler;

    GP_C_CHECK(gp_c_expr(c, item->context_expr));
    GP_C_LOC(c, s);
    if (is_async) {
        GP_C_EMIT(c, OP_BEFORE_ASYNC_WITH, 0);
        GP_C_CHECK(gp_c_await(c, 1));
    } else {
        GP_C_EMIT(c, OP_BEFORE_WITH, 0);
    }
    GP_C_CHECK(gp_c_push_fblock(c, is_async ? GP_FB_ASYNC_WITH : GP_FB_WITH, -1, -1, s));
    int h = gp_c_push_handler(c, final, 1);
    GP_C_CHECK(h);
    u->handlers[h].adjust = -1;   /* the handler sees [exit] (not the __enter__ result) */
    if (item->optional_vars)
        GP_C_CHECK(gp_c_store_target(c, item->optional_vars));
    else
        GP_C_EMIT(c, OP_POP_TOP, 0);
    if (pos + 1 < s->v.With.items.n)
        GP_C_CHECK(compile_with(c, s, pos + 1));
    else
        GP_C_CHECK(gp_c_stmts(c, &s->v.With.body));
    gp_c_pop_fblock(c);
    u->cur_handler = outside;
    GP_C_LOC(c, s);
    GP_C_CHECK(call_exit_with_nones(c));
    if (is_async)
        GP_C_CHECK(gp_c_await(c, 2));
    GP_C_EMIT(c, OP_POP_TOP, 0);
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, exit));

    GP_C_BIND(c, final);             /* [exit, lasti, exc] */
    int h_cleanup = gp_c_push_handler(c, cleanup, 1);
    GP_C_CHECK(h_cleanup);
    GP_C_EMIT(c, OP_PUSH_EXC_INFO, 0);
    GP_C_EMIT(c, OP_WITH_EXCEPT_START, 0);
    if (is_async)
        GP_C_CHECK(gp_c_await(c, 2));
    GP_C_CHECK(gp_c_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    /* not suppressed: [exit, lasti, prev, exc]. Restore the handled
     * exception and re-raise with RERAISE 1, which puts the frame's location
     * back on the instruction that raised in the body (CPython's RERAISE 2
     * + cleanup handler): f_lineno and the 'return' event report the raise
     * line, not the `with` line. */
    u->cur_handler = outside;
    GP_C_EMIT(c, OP_SWAP, 2);
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_RERAISE, 1);
    u->cur_handler = h_cleanup;
    GP_C_BIND(c, suppress);          /* [exit, lasti, prev, exc] */
    GP_C_EMIT(c, OP_POP_TOP, 0);
    u->cur_handler = outside;
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_POP_TOP, 0);
    GP_C_EMIT(c, OP_POP_TOP, 0);
    GP_C_CHECK(gp_c_emit_jump(c, OP_JUMP_FORWARD, exit));
    GP_C_BIND(c, cleanup);
    GP_C_LINE(c, -1);   /* the cleanup has no line (CPython's UNSET_LOC) */
    GP_C_EMIT(c, OP_COPY, 3);
    GP_C_EMIT(c, OP_POP_EXCEPT, 0);
    GP_C_EMIT(c, OP_RERAISE, 1);
    GP_C_BIND(c, exit);
    return 0;
}

static int compile_assert(GpCompiler *c, GpAstStmt *s)
{
    if (s->v.Assert.test->kind == GP_AST_EXPR_Tuple && s->v.Assert.test->v.Tuple.elts.n > 0) {
        /* CPython warns even under -O */
        GP_C_CHECK(gp_compiler_warn(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                                    "assertion is always true, perhaps remove parentheses?"));
    }
    if (c->optimize > 0)
        return 0;
    int end = gp_c_new_label(c);
    GP_C_CHECK(end);
    GP_C_CHECK(gp_c_jump_if(c, s->v.Assert.test, end, 1));
    /* CPython 3.11 attributes the raise to the test expression */
    GP_C_LOC(c, s->v.Assert.test);
    GP_C_EMIT(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.Assert.msg) {
        GP_C_CHECK(gp_c_expr(c, s->v.Assert.msg));
        GP_C_LOC(c, s->v.Assert.test);
        GP_C_EMIT(c, OP_CALL, 0);
    }
    GP_C_EMIT(c, OP_RAISE_VARARGS, 1);
    GP_C_BIND(c, end);
    return 0;
}

static int compile_import(GpCompiler *c, GpAstStmt *s)
{
    for (int i = 0; i < s->v.Import.names.n; i++) {
        GpAstAlias *a = s->v.Import.names.items[i];
        GP_C_CHECK(gp_c_load_const(c, gp_int_from_i64(0)));
        GP_C_CHECK(gp_c_load_none(c));
        int ni = gp_c_add_name(c, a->name);
        GP_C_CHECK(ni);
        GP_C_EMIT(c, OP_IMPORT_NAME, ni);
        if (a->asname) {
            const char *dot = strchr(a->name, '.');
            while (dot) {
                const char *start = dot + 1;
                const char *next = strchr(start, '.');
                size_t len = next ? (size_t)(next - start) : strlen(start);
                char buf[256];
                if (len >= sizeof buf)
                    len = sizeof buf - 1;
                memcpy(buf, start, len);
                buf[len] = 0;
                int ai = gp_c_add_name(c, buf);
                GP_C_CHECK(ai);
                GP_C_EMIT(c, OP_IMPORT_FROM, ai);
                GP_C_EMIT(c, OP_SWAP, 2);
                GP_C_EMIT(c, OP_POP_TOP, 0);
                dot = next;
            }
            GP_C_CHECK(gp_c_name_op(c, a->asname, GP_AST_CTX_Store, a->lineno, a->col_offset));
        } else {
            const char *dot = strchr(a->name, '.');
            char buf[256];
            const char *store = a->name;
            if (dot) {
                size_t len = (size_t)(dot - a->name);
                if (len >= sizeof buf)
                    len = sizeof buf - 1;
                memcpy(buf, a->name, len);
                buf[len] = 0;
                store = buf;
            }
            GP_C_CHECK(gp_c_name_op(c, store, GP_AST_CTX_Store, a->lineno, a->col_offset));
        }
    }
    return 0;
}

static int compile_import_from(GpCompiler *c, GpAstStmt *s)
{
    int n = s->v.ImportFrom.names.n;
    GP_C_CHECK(gp_c_future_check_import(c, s));
    GP_C_CHECK(gp_c_load_const(c, gp_int_from_i64(s->v.ImportFrom.level)));
    GpObject *fromlist = gp_tuple_new(n);
    if (!fromlist)
        return -1;
    for (int i = 0; i < n; i++) {
        GpAstAlias *a = s->v.ImportFrom.names.items[i];
        GpObject *nm = gp_str_intern_cstr(a->name);
        if (!nm) {
            GP_DECREF(fromlist);
            return -1;
        }
        GP_TUPLE_SET(fromlist, i, nm);
    }
    GP_C_CHECK(gp_c_load_const(c, fromlist));
    const char *mod = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    int mi = gp_c_add_name(c, mod);
    GP_C_CHECK(mi);
    GP_C_EMIT(c, OP_IMPORT_NAME, mi);
    for (int i = 0; i < n; i++) {
        GpAstAlias *a = s->v.ImportFrom.names.items[i];
        if (strcmp(a->name, "*") == 0) {
            if (c->u->ste->kind != GP_SCOPE_MODULE)
                return err_at(c, LOCOF(s), "import * only allowed at module level", NULL);
            return gp_c_emit(c, OP_IMPORT_STAR, 0);
        }
        int ai = gp_c_add_name(c, a->name);
        GP_C_CHECK(ai);
        GP_C_EMIT(c, OP_IMPORT_FROM, ai);
        GP_C_CHECK(gp_c_name_op(c, a->asname ? a->asname : a->name, GP_AST_CTX_Store, a->lineno,
                                a->col_offset));
    }
    return gp_c_emit(c, OP_POP_TOP, 0);
}

static int binop_code(GpAstOperator op)
{
    switch (op) {
    case GP_AST_OP_Add: return GP_BINOP_ADD;
    case GP_AST_OP_Sub: return GP_BINOP_SUB;
    case GP_AST_OP_Mult: return GP_BINOP_MUL;
    case GP_AST_OP_MatMult: return GP_BINOP_MATMUL;
    case GP_AST_OP_Div: return GP_BINOP_TRUEDIV;
    case GP_AST_OP_Mod: return GP_BINOP_MOD;
    case GP_AST_OP_Pow: return GP_BINOP_POW;
    case GP_AST_OP_LShift: return GP_BINOP_LSHIFT;
    case GP_AST_OP_RShift: return GP_BINOP_RSHIFT;
    case GP_AST_OP_BitOr: return GP_BINOP_OR;
    case GP_AST_OP_BitXor: return GP_BINOP_XOR;
    case GP_AST_OP_BitAnd: return GP_BINOP_AND;
    case GP_AST_OP_FloorDiv: return GP_BINOP_FLOORDIV;
    }
    return GP_BINOP_ADD;
}
int gp_c_binop_code(int op) { return binop_code((GpAstOperator)op); }

static int compile_augassign(GpCompiler *c, GpAstStmt *s)
{
    GpAstExpr *t = s->v.AugAssign.target;
    int op = binop_code(s->v.AugAssign.op) + GP_BINOP_INPLACE;
    switch (t->kind) {
    case GP_AST_EXPR_Name:
        GP_C_CHECK(gp_c_name_op(c, t->v.Name.id, GP_AST_CTX_Load, t->lineno, t->col_offset));
        GP_C_CHECK(gp_c_expr(c, s->v.AugAssign.value));
        GP_C_LOC(c, s);
        GP_C_EMIT(c, OP_BINARY_OP, op);
        return gp_c_name_op(c, t->v.Name.id, GP_AST_CTX_Store, t->lineno, t->col_offset);
    case GP_AST_EXPR_Attribute: {
        int ai = gp_c_add_name(c, GP_C_MANGLE(c, t->v.Attribute.attr));
        GP_C_CHECK(ai);
        GP_C_CHECK(gp_c_expr(c, t->v.Attribute.value));
        GP_C_LOC(c, t);
        if ((t->end_lineno > 0 ? t->end_lineno : t->lineno) != t->lineno)
            GP_C_LINE(c, t->end_lineno);
        int aline = c->u->lineno;
        GP_C_EMIT(c, OP_COPY, 1);
        GP_C_EMIT(c, OP_LOAD_ATTR, ai);
        GP_C_CHECK(gp_c_expr(c, s->v.AugAssign.value));
        GP_C_LOC(c, s);
        GP_C_EMIT(c, OP_BINARY_OP, op);
        GP_C_EMIT(c, OP_SWAP, 2);
        GP_C_LOC(c, t);
        if (aline != t->lineno)
            GP_C_LINE(c, aline);
        return gp_c_emit(c, OP_STORE_ATTR, ai);
    }
    case GP_AST_EXPR_Subscript:
        GP_C_CHECK(gp_c_expr(c, t->v.Subscript.value));
        GP_C_CHECK(gp_c_expr(c, t->v.Subscript.slice));
        GP_C_LOC(c, t);
        GP_C_EMIT(c, OP_COPY, 2);
        GP_C_EMIT(c, OP_COPY, 2);
        GP_C_EMIT(c, OP_BINARY_SUBSCR, 0);
        GP_C_CHECK(gp_c_expr(c, s->v.AugAssign.value));
        GP_C_LOC(c, s);
        GP_C_EMIT(c, OP_BINARY_OP, op);
        GP_C_EMIT(c, OP_SWAP, 3);
        GP_C_EMIT(c, OP_SWAP, 2);
        return gp_c_emit(c, OP_STORE_SUBSCR, 0);
    default:
        return err_at(c, LOCOF(t), "'%s' is an illegal expression for augmented assignment",
                      t->kind == GP_AST_EXPR_Tuple ? "tuple" : t->kind == GP_AST_EXPR_List ? "list"
                                                                                           : "expression");
    }
}

static int compile_annassign(GpCompiler *c, GpAstStmt *s)
{
    GpAstExpr *t = s->v.AnnAssign.target;
    GpUnit *u = c->u;
    if (s->v.AnnAssign.value) {
        GP_C_CHECK(gp_c_expr(c, s->v.AnnAssign.value));
        GP_C_CHECK(gp_c_store_target(c, t));
    }
    int module_or_class = u->ste->kind != GP_SCOPE_FUNCTION;
    if (t->kind == GP_AST_EXPR_Name) {
        GP_C_CHECK(gp_c_check_forbidden(c, t->v.Name.id, LOCOF(t)));
        if (s->v.AnnAssign.simple && module_or_class) {
            GP_C_LOC(c, s);
            if (c->future_features & GP_CO_FUTURE_ANNOTATIONS)
                GP_C_CHECK(gp_c_load_const(c, gp_c_annotation_string(c, s->v.AnnAssign.annotation)));
            else
                GP_C_CHECK(gp_c_expr(c, s->v.AnnAssign.annotation));
            GP_C_CHECK(gp_c_name_op(c, "__annotations__", GP_AST_CTX_Load, s->lineno, s->col_offset));
            GpObject *k = gp_str_intern_cstr(GP_C_MANGLE(c, t->v.Name.id));
            GP_C_CHECK(gp_c_load_const(c, k));
            GP_C_EMIT(c, OP_STORE_SUBSCR, 0);
        }
        return 0;
    }
    if (!s->v.AnnAssign.value) {
        /* check that the target's object can be evaluated */
        if (t->kind == GP_AST_EXPR_Attribute) {
            GP_C_CHECK(gp_c_expr(c, t->v.Attribute.value));
            GP_C_EMIT(c, OP_POP_TOP, 0);
        } else if (t->kind == GP_AST_EXPR_Subscript) {
            GP_C_CHECK(gp_c_expr(c, t->v.Subscript.value));
            GP_C_EMIT(c, OP_POP_TOP, 0);
            GP_C_CHECK(gp_c_expr(c, t->v.Subscript.slice));
            GP_C_EMIT(c, OP_POP_TOP, 0);
        }
    }
    /* under PEP 563 the annotation of a complex target is not evaluated */
    if (module_or_class && !(c->future_features & GP_CO_FUTURE_ANNOTATIONS)) {
        GP_C_CHECK(gp_c_expr(c, s->v.AnnAssign.annotation));
        GP_C_EMIT(c, OP_POP_TOP, 0);
    }
    return 0;
}

int gp_c_stmt(GpCompiler *c, GpAstStmt *s)
{
    if (++c->depth > GP_COMPILER_MAX_DEPTH) {
        c->depth--;
        return gp_compiler_recursion_error();
    }
    GP_C_LOC(c, s);
    int r = 0;
    switch (s->kind) {
    case GP_AST_STMT_FunctionDef:
    case GP_AST_STMT_AsyncFunctionDef:
        r = gp_c_function(c, s);
        break;
    case GP_AST_STMT_ClassDef:
        r = gp_c_class(c, s);
        break;
    case GP_AST_STMT_Return:
        r = compile_return(c, s);
        break;
    case GP_AST_STMT_Delete:
        for (int i = 0; r == 0 && i < s->v.Delete.targets.n; i++)
            r = gp_c_delete_target(c, s->v.Delete.targets.items[i]);
        break;
    case GP_AST_STMT_Assign: {
        int n = s->v.Assign.targets.n;
        r = gp_c_expr(c, s->v.Assign.value);
        for (int i = 0; r == 0 && i < n; i++) {
            GP_C_LOC(c, s);
            if (i < n - 1)
                r = gp_c_emit(c, OP_COPY, 1);
            if (r == 0)
                r = gp_c_store_target(c, s->v.Assign.targets.items[i]);
        }
        break;
    }
    case GP_AST_STMT_AugAssign:
        r = compile_augassign(c, s);
        break;
    case GP_AST_STMT_AnnAssign:
        r = compile_annassign(c, s);
        break;
    case GP_AST_STMT_For:
        r = compile_for(c, s);
        break;
    case GP_AST_STMT_AsyncFor:
        r = compile_async_for(c, s);
        break;
    case GP_AST_STMT_While:
        r = compile_while(c, s);
        break;
    case GP_AST_STMT_If:
        r = compile_if(c, s);
        break;
    case GP_AST_STMT_With:
    case GP_AST_STMT_AsyncWith:
        r = compile_with(c, s, 0);
        break;
    case GP_AST_STMT_Raise:
        if (s->v.Raise.exc) {
            r = gp_c_expr(c, s->v.Raise.exc);
            if (r == 0 && s->v.Raise.cause)
                r = gp_c_expr(c, s->v.Raise.cause);
        }
        GP_C_LOC(c, s);
        if (r == 0)
            r = gp_c_emit(c, OP_RAISE_VARARGS, s->v.Raise.exc ? (s->v.Raise.cause ? 2 : 1) : 0);
        break;
    case GP_AST_STMT_Try:
        if (s->v.Try.finalbody.n)
            r = compile_try_finally(c, s);
        else
            r = compile_try_except(c, s);
        break;
    case GP_AST_STMT_Assert:
        r = compile_assert(c, s);
        break;
    case GP_AST_STMT_Import:
        r = compile_import(c, s);
        break;
    case GP_AST_STMT_ImportFrom:
        r = compile_import_from(c, s);
        break;
    case GP_AST_STMT_Global:
    case GP_AST_STMT_Nonlocal:
        break;
    case GP_AST_STMT_Expr: {
        GpAstExpr *v = s->v.Expr.value;
        if (c->interactive && c->u->ste->kind == GP_SCOPE_MODULE) {
            r = gp_c_expr(c, v);
            GP_C_LOC(c, s);
            if (r == 0)
                r = gp_c_emit(c, OP_PRINT_EXPR, 0);
        } else if (v->kind == GP_AST_EXPR_Constant) {
            r = gp_c_emit(c, OP_NOP, 0);   /* keeps the line for tracing */
        } else {
            r = gp_c_expr(c, v);
            GP_C_LOC(c, s);
            if (r == 0)
                r = gp_c_emit(c, OP_POP_TOP, 0);
        }
        break;
    }
    case GP_AST_STMT_Pass:
        r = gp_c_emit(c, OP_NOP, 0);
        break;
    case GP_AST_STMT_Break:
        r = compile_break_continue(c, s, 1);
        break;
    case GP_AST_STMT_Continue:
        r = compile_break_continue(c, s, 0);
        break;
    case GP_AST_STMT_TryStar:
        if (s->v.Try.finalbody.n)
            r = compile_try_finally(c, s);
        else
            r = compile_try_star(c, s);
        break;
    case GP_AST_STMT_Match:
        r = gp_c_match(c, s);
        break;
    default:
        r = err_at(c, LOCOF(s), "unknown statement kind", NULL);
        break;
    }
    c->depth--;
    return r;
}
