/* test_front_parser.c - the front end (tokenizer + parser + AST dump)
 * against CPython 3.11: ast.dump() of valid sources, and SyntaxError /
 * IndentationError messages and positions of invalid ones.  The expected
 * values were printed by python3.11 (ast.dump(ast.parse(src)) and
 * compile(src, 'f', 'exec')). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/parser.h"

static const struct { const char *src, *dump; } ok_cases[] = {
    {"x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a, *b = c = d\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"},
    {"x: int = 5\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
    {"(y): str\n",
     "Module(body=[AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a.b += 1\n",
     "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"del a, b[0], (c, d)\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Name(id='c', ctx=Del()), Name(id='d', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"import a.b as c, d\n",
     "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[])"},
    {"from ..m import (x as y, z,)\n",
     "Module(body=[ImportFrom(module='m', names=[alias(name='x', asname='y'), alias(name='z')], level=2)], type_ignores=[])"},
    {"from . import *\n",
     "Module(body=[ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], orelse=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])])], type_ignores=[])"},
    {"for i, j in k:\n    break\nelse:\n    continue\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='k', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"while x: x -= 1\n",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1))], orelse=[])], type_ignores=[])"},
    {"try:\n    f()\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    pass\nelse:\n    g()\nfinally:\n    h()\n",
     "Module(body=[Try(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Raise(exc=Name(id='C', ctx=Load()), cause=Name(id='e', ctx=Load()))]), ExceptHandler(type=Name(id='D', ctx=Load()), body=[Pass()])], orelse=[Expr(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))], finalbody=[Expr(value=Call(func=Name(id='h', ctx=Load()), args=[], keywords=[]))])], type_ignores=[])"},
    {"try:\n    pass\nexcept* ValueError:\n    pass\n",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"with a as b, c:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c as d,):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"@d1\n@d2(x)\ndef f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='d1', ctx=Load()), Call(func=Name(id='d2', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"class C(B, metaclass=M):\n    \"\"\"doc\"\"\"\n    x = 1\n",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Expr(value=Constant(value='doc')), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"},
    {"def g():\n    global x\n    yield from y\n    assert x, \"m\"\n",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['x']), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], decorator_list=[])], type_ignores=[])"},
    {"def h():\n    x = 0\n    def i():\n        nonlocal x\n        x = yield\n",
     "Module(body=[FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0)), FunctionDef(name='i', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x']), Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"s = \"a\" 'b' \"\"\"c\"\"\"\n",
     "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"b = b'\\x00\\n' rb'\\d'\n",
     "Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=b'\\x00\\n\\\\d'))], type_ignores=[])"},
    {"u = u'x' r'\\n'\n",
     "Module(body=[Assign(targets=[Name(id='u', ctx=Store())], value=Constant(value='x\\\\n', kind='u'))], type_ignores=[])"},
    {"e = '\\t\\x41\\u00e9\\U0001F600\\101\\N{EURO SIGN}\\q'\n",
     "Module(body=[Assign(targets=[Name(id='e', ctx=Store())], value=Constant(value='\\tA\303\251\360\237\230\200A\342\202\254\\\\q'))], type_ignores=[])"},
    {"f = f'a{x!r:>{w}}b{y=}c{{d}}'\n",
     "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='by='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='c{d}')]))], type_ignores=[])"},
    {"g = f'{x=:>10}' f\"{ y = }\"\n",
     "Module(body=[Assign(targets=[Name(id='g', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')])), Constant(value=' y = '), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"h = f'{a[\"k\"]}{b:{c}.{d}}'\n",
     "Module(body=[Assign(targets=[Name(id='h', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"i = rf'\\d{x}'\n",
     "Module(body=[Assign(targets=[Name(id='i', ctx=Store())], value=JoinedStr(values=[Constant(value='\\\\d'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"j = f''\n",
     "Module(body=[Assign(targets=[Name(id='j', ctx=Store())], value=JoinedStr(values=[]))], type_ignores=[])"},
    {"k = f'{x:}'\n",
     "Module(body=[Assign(targets=[Name(id='k', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
    {"l = f'{(yield)}'\n",
     "Module(body=[Assign(targets=[Name(id='l', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[])"},
    {"x = 1; y = 2;\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"async def f():\n    async with a as b:\n        async for x in y:\n            await z\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[])])], decorator_list=[])], type_ignores=[])"},
    {"lambda x, *, y=1: x\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[arg(arg='y')], kw_defaults=[Constant(value=1)], defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"print(*a, **k, sep=\"\")\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load())), keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"},
};

static const struct { const char *src; int kind; const char *msg; int lineno, offset; } err_cases[] = {
    {"f() = 1\n", 1, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"(a, 1) = x\n", 1, "cannot assign to literal", 1, 5},
    {"a, b: int\n", 1, "only single target (not tuple) can be annotated", 1, 1},
    {"f() += 1\n", 1, "'function call' is an illegal expression for augmented assignment", 1, 1},
    {"del f()\n", 1, "cannot delete function call", 1, 5},
    {"for 1 in x: pass\n", 1, "cannot assign to literal", 1, 5},
    {"if x = 1:\n    pass\n", 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"if x:\npass\n", 2, "expected an indented block after 'if' statement on line 1", 2, 1},
    {"def f():\n  return 1\n y = 2\n", 2, "unindent does not match any outer indentation level", 3, 7},
    {"x = 1\n  y = 2\n", 2, "unexpected indent", 2, 2},
    {"if x\n    pass\n", 1, "expected ':'", 1, 5},
    {"from x import a,\n", 1, "trailing comma not allowed without surrounding parentheses", 1, 17},
    {"try:\n    pass\n", 1, "expected 'except' or 'finally' block", 2, 9},
    {"try:\n    pass\nexcept A, B:\n    pass\n", 1, "multiple exception types must be parenthesized", 3, 8},
    {"print \"x\"\n", 1, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"x = f\"{}\"\n", 1, "f-string: empty expression not allowed", 1, 10},
    {"x = f\"{a!x}\"\n", 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13},
    {"x = f\"{a\"\n", 1, "f-string: expecting '}'", 1, 10},
    {"x = f\"}\"\n", 1, "f-string: single '}' is not allowed", 1, 9},
    {"x = f\"{a b}\"\n", 1, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"x = '\\x4'\n", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10},
    {"x = '\\N{NOT A NAME}'\n", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 1, 21},
    {"x = \"a\" b\"x\"\n", 1, "cannot mix bytes and nonbytes literals", 1, 13},
    {"x = b'\303\251'\n", 1, "bytes can only contain ASCII literal characters", 1, 5},
    {"x = yield = 1\n", 1, "assignment to yield expression not possible", 1, 5},
    {"with a as 1: pass\n", 1, "cannot assign to literal", 1, 11},
    {"class A(x for x in y): pass\n", 1, "invalid syntax", 1, 11},
    {"else: pass\n", 1, "invalid syntax", 1, 1},
    {"x = (1,\n", 1, "'(' was never closed", 1, 5},
    {"x = f'{a:{b:{c}}}'\n", 1, "f-string: expressions nested too deeply", 1, 19},
    {"x = f'{#}'\n", 1, "f-string expression part cannot include '#'", 1, 11},
};

static void test_valid_sources(void)
{
    for (size_t i = 0; i < sizeof ok_cases / sizeof ok_cases[0]; i++) {
        GpArena *a = gp_arena_new();
        GpSyntaxError err;
        GpAstMod *m = gp_parse(a, ok_cases[i].src, strlen(ok_cases[i].src), "t", GP_PARSE_EXEC, &err);
        CU_ASSERT_PTR_NOT_NULL(m);
        if (!m) {
            fprintf(stderr, "\nunexpected error for %s: %s\n", ok_cases[i].src, err.msg);
            gp_syntax_error_clear(&err);
        } else {
            char *d = gp_ast_dump(m);
            CU_ASSERT_STRING_EQUAL(d, ok_cases[i].dump);
            if (strcmp(d, ok_cases[i].dump) != 0)
                fprintf(stderr, "\n%s\n  got: %s\n  exp: %s\n", ok_cases[i].src, d, ok_cases[i].dump);
            free(d);
        }
        gp_arena_free(a);
    }
}

static void test_syntax_errors(void)
{
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        GpArena *a = gp_arena_new();
        GpSyntaxError err;
        GpAstMod *m = gp_parse(a, err_cases[i].src, strlen(err_cases[i].src), "t", GP_PARSE_EXEC, &err);
        CU_ASSERT_PTR_NULL(m);
        if (!m) {
            int kind = err.kind == GP_SYNERR_INDENTATION ? 2 : 1;
            int same = kind == err_cases[i].kind && strcmp(err.msg, err_cases[i].msg) == 0 &&
                       err.lineno == err_cases[i].lineno && err.offset == err_cases[i].offset;
            CU_ASSERT(same);
            if (!same)
                fprintf(stderr, "\n%s\n  got: %d %s %d:%d\n  exp: %d %s %d:%d\n", err_cases[i].src, kind,
                        err.msg, err.lineno, err.offset, err_cases[i].kind, err_cases[i].msg,
                        err_cases[i].lineno, err_cases[i].offset);
            gp_syntax_error_clear(&err);
        }
        gp_arena_free(a);
    }
}

static void test_modes(void)
{
    GpArena *a = gp_arena_new();
    GpSyntaxError err;
    GpAstMod *m = gp_parse(a, "1 + 2\n", 6, "t", GP_PARSE_EVAL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->kind, GP_AST_MOD_Expression);
    m = gp_parse(a, "if x:\n    y\n", 12, "t", GP_PARSE_SINGLE, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->kind, GP_AST_MOD_Interactive);
    CU_ASSERT_EQUAL(m->body.n, 1);
    m = gp_parse(a, "x = 1\ny = 2\n", 12, "t", GP_PARSE_SINGLE, &err);
    CU_ASSERT_PTR_NULL(m);
    if (!m) {
        CU_ASSERT_STRING_EQUAL(err.msg, "multiple statements found while compiling a single statement");
        gp_syntax_error_clear(&err);
    }
    gp_arena_free(a);
    CU_ASSERT_EQUAL(gp_parse_is_incomplete("if x:\n", 6, GP_PARSE_SINGLE), 1);
    CU_ASSERT_EQUAL(gp_parse_is_incomplete("x = (1,\n", 8, GP_PARSE_SINGLE), 1);
    CU_ASSERT_EQUAL(gp_parse_is_incomplete("x = 1\n", 6, GP_PARSE_SINGLE), 0);
    CU_ASSERT_EQUAL(gp_parse_is_incomplete("x = )\n", 6, GP_PARSE_SINGLE), 0);
}

/* Deep nesting fails cleanly with a RecursionError-kind error. */
static void test_deep_nesting(void)
{
    size_t n = 20000;
    char *src = malloc(n * 4 + 16);
    size_t k = 0;
    memcpy(src + k, "x = ", 4);
    k += 4;
    for (size_t i = 0; i < n; i++)
        src[k++] = '-';
    src[k++] = '1';
    src[k++] = '\n';
    GpArena *a = gp_arena_new();
    GpSyntaxError err;
    GpAstMod *m = gp_parse(a, src, k, "t", GP_PARSE_EXEC, &err);
    CU_ASSERT_PTR_NULL(m);
    if (!m) {
        CU_ASSERT_EQUAL(err.kind, GP_SYNERR_RECURSION);
        gp_syntax_error_clear(&err);
    }
    gp_arena_free(a);
    free(src);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("front_parser", NULL, NULL);
    CU_add_test(s, "valid sources match ast.dump", test_valid_sources);
    CU_add_test(s, "syntax errors match CPython", test_syntax_errors);
    CU_add_test(s, "exec/eval/single modes", test_modes);
    CU_add_test(s, "deep nesting", test_deep_nesting);
}
