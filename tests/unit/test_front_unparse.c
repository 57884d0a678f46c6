/* test_front_unparse.c - the annotation unparser (compile/ast_unparse.c)
 * against CPython 3.11: each expression is parsed as an eval-mode source
 * and unparsed; the expected texts are what python3.11 stores in
 * __annotations__ under `from __future__ import annotations`.  The repr
 * callback here is a minimal stand-in for the interpreter's repr() (ints
 * as written in decimal, plain ASCII strings), enough for these cases. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/ast_unparse.h"
#include "compile/parser.h"

static char *test_repr(void *ctx, const GpAstConstant *k, size_t *len)
{
    (void)ctx;
    char *out = malloc(2 * (k->kind == GP_CONST_STR || k->kind == GP_CONST_BYTES ? k->len : 0) +
                       (k->text ? strlen(k->text) : 0) + 8);
    if (!out)
        return NULL;
    size_t n = 0;
    if (k->kind == GP_CONST_INT || k->kind == GP_CONST_FLOAT) {
        strcpy(out, k->text);
        n = strlen(out);
    } else if (k->kind == GP_CONST_STR) {
        /* Python's choice: double quotes only when there is a ' and no " */
        char q = memchr(k->str, '\'', k->len) && !memchr(k->str, '"', k->len) ? '"' : '\'';
        out[n++] = q;
        for (size_t i = 0; i < k->len; i++) {
            if (k->str[i] == q || k->str[i] == '\\')
                out[n++] = '\\';
            out[n++] = k->str[i];
        }
        out[n++] = q;
    } else {
        free(out);
        return NULL;
    }
    out[n] = 0;
    *len = n;
    return out;
}

static const struct { const char *src, *text; } cases[] = {
    { "list[int]", "list[int]" },
    { "dict[str, int | None]", "dict[str, int | None]" },
    { "'str'", "'str'" },
    { "\"it's\"", "\"it's\"" },
    { "(a + b) * c", "(a + b) * c" },
    { "a - (b - c)", "a - (b - c)" },
    { "(a - b) - c", "a - b - c" },
    { "a ** b ** c", "a ** b ** c" },
    { "(a ** b) ** c", "(a ** b) ** c" },
    { "-a ** 2", "-a ** 2" },
    { "(-a) ** 2", "(-a) ** 2" },
    { "- - a", "--a" },
    { "2 ** -1", "2 ** (-1)" },
    { "not (a and b)", "not (a and b)" },
    { "a and b or c", "a and b or c" },
    { "(not a) + 1", "(not a) + 1" },
    { "a < b <= c is not d not in e", "a < b <= c is not d not in e" },
    { "(a < b) < c", "(a < b) < c" },
    { "(a if b else c) if d else e", "(a if b else c) if d else e" },
    { "(a, b)", "(a, b)" },
    { "()", "()" },
    { "(1,)", "(1,)" },
    { "a[-1]", "a[-1]" },
    { "a[b, c]", "a[b, c]" },
    { "a[b,]", "a[b,]" },
    { "a[()]", "a[()]" },
    { "a[1:2, ::3, :]", "a[1:2, ::3, :]" },
    { "a[::]", "a[:]" },
    { "1 .real", "1 .real" },
    { "(-1).real", "(-1).real" },
    { "f(x for x in y)", "f(x for x in y)" },
    { "f((x for x in y), 1)", "f((x for x in y), 1)" },
    { "f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)" },
    { "f(*(a or b))", "f(*(a or b))" },
    { "{**(a or b), 1: 2}", "{**(a or b), 1: 2}" },
    { "[x for x, in y if (lambda: 1)]", "[x for x, in y if (lambda: 1)]" },
    { "{k: v for k, v in (a if b else c)}", "{k: v for k, v in (a if b else c)}" },
    { "lambda: 0", "lambda: 0" },
    { "lambda x, /, y=1, *z, k, l=2, **m: 0", "lambda x, /, y=1, *z, k, l=2, **m: 0" },
    { "lambda *a: a", "lambda*a: a" },
    { "lambda **kw: kw", "lambda**kw: kw" },
    { "lambda: (yield)", "lambda: (yield)" },
    { "lambda: (yield from x)", "lambda: (yield from x)" },
    { "(lambda: 1)()", "(lambda: 1)()" },
    { "f'{x!r:>{w}}'", "f'{x!r:>{w}}'" },
    { "f'{x=}'", "f'x={x!r}'" },
    { "f'{ {1: 2} }'", "f'{ {1: 2}}'" },
    { "f'{a if b else c}'", "f'{(a if b else c)}'" },
    { "f'{{}}'", "f'{{}}'" },
    { "a[*b]", "a[*b,]" },
};

static void test_cases(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        GpArena *arena = gp_arena_new();
        GpSyntaxError err;
        memset(&err, 0, sizeof err);
        GpAstMod *mod = gp_parse(arena, cases[i].src, strlen(cases[i].src), "t", GP_PARSE_EVAL, &err);
        CU_ASSERT_PTR_NOT_NULL_FATAL(mod);
        size_t len = 0;
        char *text = gp_ast_unparse_expr(mod->expr, test_repr, NULL, &len);
        CU_ASSERT_PTR_NOT_NULL(text);
        if (text) {
            if (strcmp(text, cases[i].text) != 0)
                fprintf(stderr, "\n%s: got %s, expected %s\n", cases[i].src, text, cases[i].text);
            CU_ASSERT_STRING_EQUAL(text, cases[i].text);
            CU_ASSERT_EQUAL(len, strlen(cases[i].text));
        }
        free(text);
        gp_arena_free(arena);
    }
}

/* A failing repr makes the whole unparse fail (no partial text). */
static char *failing_repr(void *ctx, const GpAstConstant *k, size_t *len)
{
    (void)ctx;
    (void)k;
    (void)len;
    return NULL;
}

static void test_repr_failure(void)
{
    GpArena *arena = gp_arena_new();
    GpSyntaxError err;
    memset(&err, 0, sizeof err);
    GpAstMod *mod = gp_parse(arena, "f(a, 'b')", 9, "t", GP_PARSE_EVAL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(mod);
    size_t len = 0;
    CU_ASSERT_PTR_NULL(gp_ast_unparse_expr(mod->expr, failing_repr, NULL, &len));
    gp_arena_free(arena);
}

void gp_cu_register(void)
{
    CU_pSuite s = CU_add_suite("front_unparse", NULL, NULL);
    CU_add_test(s, "expressions match CPython's annotation strings", test_cases);
    CU_add_test(s, "repr failure", test_repr_failure);
}
