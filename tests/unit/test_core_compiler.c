/* Unit tests of the compiler (compile/compiler*.c, symtable.c, disasm.c):
 * compiles snippets and checks the code objects' structure -- names and
 * locals classification, stack sizes, exception tables, line tables,
 * disassembly text, and the SyntaxErrors CPython 3.11 raises. */
#include <CUnit/Basic.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include "gilpy.h"
#include "vm/runtime.h"
#include "compile/opcodes.h"
#include "compile/disasm.h"

static int init_ok;

static int suite_init(void)
{
    init_ok = gp_runtime_init(NULL) == 0;
    return 0;
}

static GpObject *compile_str(const char *src, const char *mode)
{
    GpObject *fn = gp_str_from_cstr("t.py");
    GpObject *co = gp_compile_source(src, (gp_ssize)strlen(src), fn, mode, 0, 0);
    GP_DECREF(fn);
    return co;
}

/* First nested code object in co's constants with the given name. */
static GpCode *nested(GpObject *co, const char *name)
{
    GpCode *c = (GpCode *)co;
    for (gp_ssize i = 0; i < GP_SIZE(c->consts); i++) {
        GpObject *k = GP_TUPLE_GET(c->consts, i);
        if (GP_CODE_CHECK(k) && gp_str_eq_cstr(((GpCode *)k)->name, name))
            return (GpCode *)k;
    }
    return NULL;
}

static int tuple_is(GpObject *t, const char *const *names, int n)
{
    if (GP_SIZE(t) != n)
        return 0;
    for (int i = 0; i < n; i++)
        if (!gp_str_eq_cstr(GP_TUPLE_GET(t, i), names[i]))
            return 0;
    return 1;
}

static char *dis_text(GpObject *co)
{
    GpObject *s = gp_disassemble(co);
    if (!s)
        return NULL;
    char *r = strdup(GP_STR_DATA(s));
    GP_DECREF(s);
    return r;
}

static int has_op(GpCode *co, int op)
{
    for (gp_ssize i = 0; i < co->ncode; i++) {
        int o = (int)GP_INSTR_OP(co->code[i]);
        if (o == op)
            return 1;
        if (GP_OP_HAS_CACHE(o))
            i++;
    }
    return 0;
}

static void test_global_augassign(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("balance = 0\ndef deposit():\n    global balance\n    balance += 1\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *f = nested(co, "deposit");
    CU_ASSERT_FATAL(f != NULL);
    char *d = dis_text((GpObject *)f);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT(strstr(d, "LOAD_GLOBAL              0 (balance)") != NULL);
    CU_ASSERT(strstr(d, "BINARY_OP               13 (+=)") != NULL);
    CU_ASSERT(strstr(d, "STORE_GLOBAL             0 (balance)") != NULL);
    CU_ASSERT(strstr(d, "  4 ") == d);   /* first line of the listing is source line 4 */
    free(d);
    GP_DECREF(co);
}

static void test_cells_and_frees(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("def f(a, b):\n    x = 1\n    def g():\n        return x + a\n    return g\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *f = nested(co, "f");
    CU_ASSERT_FATAL(f != NULL);
    static const char *const cells[] = { "a", "x" };
    static const char *const fvars[] = { "a", "b", "g" };
    CU_ASSERT(tuple_is(f->cellvars, cells, 2));
    CU_ASSERT(tuple_is(f->varnames, fvars, 3));   /* x is only a cell */
    CU_ASSERT(f->argcount == 2);
    CU_ASSERT(f->cell2arg != NULL && f->cell2arg[0] == 0 && f->cell2arg[1] == -1);
    GpCode *g = nested((GpObject *)f, "g");
    CU_ASSERT_FATAL(g != NULL);
    CU_ASSERT(tuple_is(g->freevars, cells, 2));
    CU_ASSERT(gp_str_eq_cstr(g->qualname, "f.<locals>.g"));
    CU_ASSERT(g->flags & GP_CO_NESTED);
    CU_ASSERT(has_op(f, OP_LOAD_CLOSURE));
    CU_ASSERT(has_op(g, OP_LOAD_DEREF));
    GP_DECREF(co);
}

static void test_class_cell(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("class C(B):\n    x = 1\n    def m(self):\n        return super().m() + x\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *c = nested(co, "C");
    CU_ASSERT_FATAL(c != NULL);
    static const char *const cls[] = { "__class__" };
    CU_ASSERT(tuple_is(c->cellvars, cls, 1));
    GpCode *m = nested((GpObject *)c, "m");
    CU_ASSERT_FATAL(m != NULL);
    CU_ASSERT(tuple_is(m->freevars, cls, 1));
    CU_ASSERT(gp_str_eq_cstr(m->qualname, "C.m"));
    char *d = dis_text((GpObject *)c);
    CU_ASSERT(d && strstr(d, "(__classcell__)") != NULL);
    CU_ASSERT(d && strstr(d, "STORE_NAME               1 (__module__)") != NULL);
    free(d);
    /* x in m is a global, not the class variable */
    d = dis_text((GpObject *)m);
    CU_ASSERT(d && strstr(d, "LOAD_GLOBAL") != NULL && strstr(d, "(x)") != NULL);
    free(d);
    GP_DECREF(co);
}

static void test_stacksize_and_consts(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("a + b * c", "eval");
    CU_ASSERT_FATAL(co != NULL);
    CU_ASSERT(((GpCode *)co)->stacksize == 3);
    GP_DECREF(co);
    co = compile_str("x = (1, 2, (3, 'a'))\ny = -5\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    char *d = dis_text(co);
    CU_ASSERT(d && strstr(d, "(1, 2, (3, 'a'))") != NULL);
    CU_ASSERT(d && strstr(d, "(-5)") != NULL);
    CU_ASSERT(((GpCode *)co)->stacksize == 1);
    free(d);
    GP_DECREF(co);
}

static void test_exception_table(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    const char *src =
        "def f():\n"
        "    try:\n"
        "        a()\n"
        "    except ValueError as e:\n"
        "        b(e)\n"
        "    finally:\n"
        "        c()\n"
        "    with m() as x:\n"
        "        for i in x:\n"
        "            if i: break\n"
        "            continue\n";
    GpObject *co = compile_str(src, "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *f = nested(co, "f");
    CU_ASSERT_FATAL(f != NULL);
    CU_ASSERT(f->nexctable >= 4);
    for (int i = 0; i < f->nexctable; i++) {
        GpExcTableEntry *e = &f->exctable[i];
        CU_ASSERT(e->start < e->end);
        CU_ASSERT(e->handler < f->ncode);
        CU_ASSERT(e->depth < f->stacksize);
        if (i > 0)
            CU_ASSERT(f->exctable[i - 1].end <= e->start);
    }
    CU_ASSERT(has_op(f, OP_PUSH_EXC_INFO));
    CU_ASSERT(has_op(f, OP_WITH_EXCEPT_START));
    CU_ASSERT(has_op(f, OP_CHECK_EXC_MATCH));
    /* every word has a line, except what is line-less in CPython too (so no
     * line event comes from it): the entry (PUSH_EXC_INFO) of a try's
     * handler, the cleanup that re-raises out of a handler or a with
     * (COPY 3, POP_EXCEPT, RERAISE 1) and the NOP joining the paths after it */
    int lineless = 0;
    for (gp_ssize i = 0; i < f->ncode; i++) {
        int op = GP_INSTR_OP(f->code[i]);
        if (f->lines[i] == -1 && (op == OP_PUSH_EXC_INFO || op == OP_COPY || op == OP_POP_EXCEPT ||
                                  op == OP_RERAISE || op == OP_NOP)) {
            lineless++;
            continue;
        }
        CU_ASSERT(f->lines[i] >= 1 && f->lines[i] <= 11);
    }
    CU_ASSERT(lineless > 0);
    GP_DECREF(co);
}

static void expect_error(const char *src, GpType *type, const char *msg, int lineno)
{
    GpObject *co = compile_str(src, "exec");
    CU_ASSERT(co == NULL);
    if (co) {
        fprintf(stderr, "\nno error for: %s\n", src);
        GP_DECREF(co);
        return;
    }
    GpObject *exc = gp_err_fetch();
    CU_ASSERT_FATAL(exc != NULL);
    CU_ASSERT(GP_TYPE(exc) == type);
    if (type == &GpExc_SyntaxError || type == &GpExc_IndentationError) {
        GpSyntaxErrorObj *se = (GpSyntaxErrorObj *)exc;
        int ok = se->msg && GP_STR_CHECK(se->msg) && gp_str_eq_cstr(se->msg, msg);
        if (!ok)
            fprintf(stderr, "\nexpected '%s', got '%s'\n", msg,
                    se->msg && GP_STR_CHECK(se->msg) ? GP_STR_DATA(se->msg) : "?");
        CU_ASSERT(ok);
        int64_t ln = -1;
        if (se->lineno && GP_INT_CHECK(se->lineno))
            gp_int_as_i64(se->lineno, &ln);
        if (ln != lineno)
            fprintf(stderr, "\n'%s': expected line %d, got %lld\n", msg, lineno, (long long)ln);
        CU_ASSERT(ln == lineno);
    }
    GP_DECREF(exc);
}

static void test_syntax_errors(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpType *SE = &GpExc_SyntaxError;
    expect_error("x = 1\nbreak\n", SE, "'break' outside loop", 2);
    expect_error("while 1:\n    def f():\n        continue\n", SE, "'continue' not properly in loop", 3);
    expect_error("return 1\n", SE, "'return' outside function", 1);
    expect_error("class C:\n    yield 1\n", SE, "'yield' outside function", 2);
    expect_error("def f(a, a): pass\n", SE, "duplicate argument 'a' in function definition", 1);
    expect_error("def f():\n    x = 1\n    global x\n", SE, "name 'x' is assigned to before global declaration", 3);
    expect_error("def f():\n    print(x)\n    nonlocal x\n", SE, "name 'x' is used prior to nonlocal declaration", 3);
    expect_error("def f():\n    nonlocal x\n", SE, "no binding for nonlocal 'x' found", 2);
    expect_error("nonlocal x\n", SE, "nonlocal declaration not allowed at module level", 1);
    expect_error("def f(x):\n    global x\n", SE, "name 'x' is parameter and global", 2);
    expect_error("f(x=1, x=2)\n", SE, "keyword argument repeated: x", 1);
    expect_error("a, *b, *c = d\n", SE, "multiple starred expressions in assignment", 1);
    expect_error("*a = b\n", SE, "starred assignment target must be in a list or tuple", 1);
    expect_error("x = *a\n", SE, "can't use starred expression here", 1);
    expect_error("[i := 0 for i in range(3)]\n", SE,
                 "assignment expression cannot rebind comprehension iteration variable 'i'", 1);
    expect_error("[x for x in (y := [1])]\n", SE,
                 "assignment expression cannot be used in a comprehension iterable expression", 1);
}

static void test_comprehension_and_walrus(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("def f(d):\n    r = [(y := v) for k, v in d.items() if k]\n    return y, r\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *f = nested(co, "f");
    CU_ASSERT_FATAL(f != NULL);
    static const char *const ycell[] = { "y" };
    CU_ASSERT(tuple_is(f->cellvars, ycell, 1));
    GpCode *lc = nested((GpObject *)f, "<listcomp>");
    CU_ASSERT_FATAL(lc != NULL);
    CU_ASSERT(tuple_is(lc->freevars, ycell, 1));
    CU_ASSERT(gp_str_eq_cstr(lc->qualname, "f.<locals>.<listcomp>"));
    CU_ASSERT(lc->argcount == 1);
    CU_ASSERT(gp_str_eq_cstr(GP_TUPLE_GET(lc->varnames, 0), ".0"));
    CU_ASSERT(has_op(lc, OP_LIST_APPEND));
    GP_DECREF(co);

    co = compile_str("g = (x * 2 for x in range(3))\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *ge = nested(co, "<genexpr>");
    CU_ASSERT_FATAL(ge != NULL);
    CU_ASSERT(ge->flags & GP_CO_GENERATOR);
    CU_ASSERT(has_op(ge, OP_YIELD_VALUE));
    GP_DECREF(co);
}

static void test_calls(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("o.m(1, k=2)\nf(*a, **b)\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    char *d = dis_text(co);
    CU_ASSERT(d && strstr(d, "LOAD_METHOD") != NULL);
    CU_ASSERT(d && strstr(d, "KW_NAMES") != NULL && strstr(d, "(('k',))") != NULL);
    CU_ASSERT(d && strstr(d, "CALL                     2") != NULL);
    CU_ASSERT(d && strstr(d, "CALL_FUNCTION_EX         1") != NULL);
    free(d);
    GP_DECREF(co);
}

static void test_deep_nesting(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    /* a long chain a+a+...: deep left-recursive BinOp */
    size_t n = 20000;
    char *src = malloc(n * 2 + 2);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        src[k++] = 'a';
        src[k++] = '+';
    }
    src[k++] = 'a';
    src[k] = 0;
    GpObject *co = compile_str(src, "eval");
    free(src);
    CU_ASSERT(co == NULL);
    if (co)
        GP_DECREF(co);
    else {
        CU_ASSERT(gp_err_matches(&GpExc_RecursionError));
        gp_err_clear();
    }
}

static int has_const_int(GpCode *co, int64_t v)
{
    for (gp_ssize i = 0; i < GP_SIZE(co->consts); i++) {
        GpObject *k = GP_TUPLE_GET(co->consts, i);
        int64_t x;
        if (GP_TYPE(k) == &GpInt_Type && gp_int_as_i64(k, &x) == 0 && x == v)
            return 1;
    }
    return 0;
}

static void test_constant_folding(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("x = 2 ** 10\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    CU_ASSERT(has_const_int((GpCode *)co, 1024));
    CU_ASSERT(!has_op((GpCode *)co, OP_BINARY_OP));
    GP_DECREF(co);
    /* too big (over 128 bits), or raising: left for run time */
    const char *runtime[] = { "x = 2 ** 1000\n", "x = 1 / 0\n", "x = 'a' * 5000\n",
                              "x = '%s' % 1\n", "x = (1,) * 300\n", "x = 1 << 200\n" };
    for (size_t i = 0; i < sizeof runtime / sizeof *runtime; i++) {
        co = compile_str(runtime[i], "exec");
        CU_ASSERT_FATAL(co != NULL);
        CU_ASSERT(has_op((GpCode *)co, OP_BINARY_OP));
        GP_DECREF(co);
    }
    co = compile_str("x = ('ab' * 2, -(3), not 0, (1, 2)[1])\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    char *d = dis_text(co);
    CU_ASSERT(d && strstr(d, "('abab', -3, True, 2)") != NULL);
    free(d);
    GP_DECREF(co);
}

static void test_flags(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    GpObject *co = compile_str("def f(*a, **k):\n    class A:\n        def m(self):\n            yield\n    return A\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *f = nested(co, "f");
    CU_ASSERT_FATAL(f != NULL);
    CU_ASSERT(f->flags == (GP_CO_OPTIMIZED | GP_CO_NEWLOCALS | GP_CO_VARARGS | GP_CO_VARKEYWORDS));
    GpCode *a = nested((GpObject *)f, "A");
    CU_ASSERT_FATAL(a != NULL);
    CU_ASSERT(a->flags == 0);
    GpCode *m = nested((GpObject *)a, "m");
    CU_ASSERT_FATAL(m != NULL);
    /* nested: some enclosing scope is a function, even through the class */
    CU_ASSERT(m->flags == (GP_CO_OPTIMIZED | GP_CO_NEWLOCALS | GP_CO_NESTED | GP_CO_GENERATOR));
    CU_ASSERT(gp_str_eq_cstr(m->qualname, "f.<locals>.A.m"));
    GP_DECREF(co);
}

static void test_if_else_after_try(void)
{
    if (!init_ok) { CU_FAIL("runtime init"); return; }
    /* the if-body ends with the try's handler code but its normal exit falls
       through: a jump over the else-part is still needed */
    GpObject *co = compile_str("if a:\n    try:\n        b()\n    except E:\n        pass\nelse:\n    c()\n", "exec");
    CU_ASSERT_FATAL(co != NULL);
    GpCode *m = (GpCode *)co;
    int jumps = 0;
    for (gp_ssize i = 0; i < m->ncode; i++) {
        int op = (int)GP_INSTR_OP(m->code[i]);
        if (op == OP_JUMP_FORWARD)
            jumps++;
        if (GP_OP_HAS_CACHE(op))
            i++;
    }
    CU_ASSERT(jumps >= 3);   /* try-else exit, handler exit, if-body exit */
    GP_DECREF(co);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("compiler", suite_init, NULL);
    CU_add_test(s, "global augassign", test_global_augassign);
    CU_add_test(s, "cells and frees", test_cells_and_frees);
    CU_add_test(s, "class cell", test_class_cell);
    CU_add_test(s, "stacksize and consts", test_stacksize_and_consts);
    CU_add_test(s, "exception table", test_exception_table);
    CU_add_test(s, "syntax errors", test_syntax_errors);
    CU_add_test(s, "comprehensions and walrus", test_comprehension_and_walrus);
    CU_add_test(s, "calls", test_calls);
    CU_add_test(s, "deep nesting", test_deep_nesting);
    CU_add_test(s, "constant folding", test_constant_folding);
    CU_add_test(s, "co_flags", test_flags);
    CU_add_test(s, "if/else after try", test_if_else_after_try);
}
