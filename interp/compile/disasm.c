/* disasm.c -- the disassembler.
 *
 * Output follows CPython 3.11's dis.dis() layout so that what users read in
 * tutorials matches what they see here:
 *
 *   3           0 LOAD_GLOBAL              0 (balance)
 *               2 LOAD_CONST               1 (1)
 *               3 BINARY_OP               13 (+=)
 *               5 STORE_GLOBAL             0 (balance)
 *
 * Offsets are word indices (one 32-bit word per instruction, plus one cache
 * word after the [cache] opcodes, which is not listed). Jump targets carry
 * `>>`. The exception table follows, then each nested code object.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "compile/opcodes.h"
#include "compile/disasm.h"

typedef struct Buf {
    char *p;
    size_t n, cap;
    int oom;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 1024;
        while (nc < b->n + n + 1)
            nc *= 2;
        char *np = realloc(b->p, nc);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_printf(Buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        buf_put(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        b->oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_put(b, big, (size_t)n);
    free(big);
}

static void buf_repr(Buf *b, GpObject *o)
{
    GpObject *r = gp_repr(o);
    if (!r) {
        gp_err_clear();
        buf_put(b, "<?>", 3);
        return;
    }
    buf_put(b, GP_STR_DATA(r), (size_t)GP_STR_NBYTES(r));
    GP_DECREF(r);
}

static void buf_str(Buf *b, GpObject *s)
{
    if (s && GP_STR_CHECK(s))
        buf_put(b, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    else
        buf_put(b, "?", 1);
}

static const char *const binop_symbols[GP_BINOP_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const cmp_symbols[6] = { "<", "<=", "==", "!=", ">", ">=" };

static GpObject *tuple_item(GpObject *t, gp_ssize i)
{
    if (!t || i < 0 || i >= GP_SIZE(t))
        return NULL;
    return GP_TUPLE_GET(t, i);
}

static GpObject *deref_name(GpCode *co, int i)
{
    if (i < co->ncells)
        return tuple_item(co->cellvars, i);
    return tuple_item(co->freevars, i - co->ncells);
}

static void code_header(Buf *b, GpCode *co)
{
    buf_printf(b, "<code object ");
    buf_str(b, co->name);
    buf_printf(b, " at %p, file \"", (void *)co);
    buf_str(b, co->filename);
    buf_printf(b, "\", line %d>", co->firstlineno);
}

static void argrepr(Buf *b, GpCode *co, int op, uint32_t arg)
{
    GpObject *o;
    switch (op) {
    case OP_LOAD_CONST:
    case OP_RETURN_CONST:
    case OP_KW_NAMES:
        o = tuple_item(co->consts, arg);
        if (!o)
            return;
        buf_put(b, "(", 1);
        if (GP_CODE_CHECK(o))
            code_header(b, (GpCode *)o);
        else
            buf_repr(b, o);
        buf_put(b, ")", 1);
        return;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        o = tuple_item(co->names, arg);
        buf_put(b, "(", 1);
        if (op == OP_LOAD_GLOBAL && 0)
            buf_put(b, "NULL + ", 7);
        buf_str(b, o);
        buf_put(b, ")", 1);
        return;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        buf_put(b, "(", 1);
        buf_str(b, tuple_item(co->varnames, arg));
        buf_put(b, ")", 1);
        return;
    case OP_LOAD_FAST_LOAD_FAST:
        buf_put(b, "(", 1);
        buf_str(b, tuple_item(co->varnames, arg & 0xFFF));
        buf_put(b, ", ", 2);
        buf_str(b, tuple_item(co->varnames, arg >> 12));
        buf_put(b, ")", 1);
        return;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_CLOSURE:
        buf_put(b, "(", 1);
        buf_str(b, deref_name(co, (int)arg));
        buf_put(b, ")", 1);
        return;
    case OP_BINARY_OP:
        if (arg < GP_BINOP_COUNT)
            buf_printf(b, "(%s)", binop_symbols[arg]);
        return;
    case OP_COMPARE_OP:
        if (arg < 6)
            buf_printf(b, "(%s)", cmp_symbols[arg]);
        return;
    case OP_IS_OP:
        buf_printf(b, "(%s)", arg ? "is not" : "is");
        return;
    case OP_CONTAINS_OP:
        buf_printf(b, "(%s)", arg ? "not in" : "in");
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[4] = { "", "str", "repr", "ascii" };
        if ((arg & 3) && (arg & 4))
            buf_printf(b, "(%s, with format)", conv[arg & 3]);
        else if (arg & 3)
            buf_printf(b, "(%s)", conv[arg & 3]);
        else if (arg & 4)
            buf_printf(b, "(with format)");
        return;
    }
    case OP_MAKE_FUNCTION: {
        static const char *const f[4] = { "defaults", "kwdefaults", "annotations", "closure" };
        int first = 1;
        if (!arg)
            return;
        buf_put(b, "(", 1);
        for (int i = 0; i < 4; i++)
            if (arg & (1u << i)) {
                buf_printf(b, "%s%s", first ? "" : ", ", f[i]);
                first = 0;
            }
        buf_put(b, ")", 1);
        return;
    }
    case OP_UNPACK_EX:
        buf_printf(b, "(%u before, %u after)", arg & 0xFF, arg >> 8);
        return;
    case OP_RAISE_VARARGS:
        if (arg == 0)
            buf_printf(b, "(reraise)");
        else if (arg == 2)
            buf_printf(b, "(exception, cause)");
        return;
    default:
        if (GP_OP_IS_JUMP(op))
            buf_printf(b, "(to %u)", arg);
        return;
    }
}

static int has_arg(int op)
{
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_RETURN_VALUE:
    case OP_LOAD_BUILD_CLASS: case OP_SETUP_ANNOTATIONS: case OP_IMPORT_STAR: case OP_PUSH_EXC_INFO:
    case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH: case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH:
    case OP_WITH_EXCEPT_START: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_YIELD_FROM:
    case OP_PRINT_EXPR: case OP_GEN_START: case OP_END_FOR: case OP_DELETE_LOCALS_NAME:
    case OP_SETUP_CLASSCELL: case OP_CHECK_EG_MATCH: case OP_PREP_RERAISE_STAR:
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
    case OP_GET_AITER: case OP_GET_ANEXT: case OP_END_ASYNC_FOR: case OP_BEFORE_ASYNC_WITH:
    case OP_ASYNC_GEN_WRAP:
        return 0;
    default:
        return 1;
    }
}

static void dis_one(Buf *b, GpCode *co)
{
    gp_ssize n = co->ncode;
    char *target = calloc((size_t)n + 1, 1);
    if (!target) {
        b->oom = 1;
        return;
    }
    for (gp_ssize i = 0; i < n; i++) {
        int op = (int)GP_INSTR_OP(co->code[i]);
        uint32_t arg = GP_INSTR_ARG(co->code[i]);
        if (op < GP_OP_COUNT && GP_OP_IS_JUMP(op) && arg <= (uint32_t)n)
            target[arg] = 1;
        if (op < GP_OP_COUNT && GP_OP_HAS_CACHE(op))
            i++;
    }
    for (int k = 0; k < co->nexctable; k++)
        if (co->exctable[k].handler <= (uint32_t)n)
            target[co->exctable[k].handler] = 1;
    int lastline = -2;
    for (gp_ssize i = 0; i < n; i++) {
        int op = (int)GP_INSTR_OP(co->code[i]);
        uint32_t arg = GP_INSTR_ARG(co->code[i]);
        int line = co->lines ? co->lines[i] : -1;
        char linebuf[16];
        if (line != lastline && line >= 0) {
            if (i > 0)
                buf_put(b, "\n", 1);
            snprintf(linebuf, sizeof linebuf, "%3d", line);
            lastline = line;
        } else {
            snprintf(linebuf, sizeof linebuf, "   ");
        }
        const char *name = op < GP_OP_COUNT ? gp_opcode_names[op] : "<invalid>";
        buf_printf(b, "%s    %s %4zd %-20s", linebuf, target[i] ? ">>" : "  ", (ssize_t)i, name);
        if (has_arg(op)) {
            buf_printf(b, " %5u", arg);
            size_t before = b->n;
            buf_put(b, " ", 1);
            argrepr(b, co, op, arg);
            if (b->n == before + 1)
                b->n = before;   /* no argrepr: drop the space */
        }
        /* trim trailing blanks */
        while (b->n > 0 && b->p[b->n - 1] == ' ')
            b->n--;
        buf_put(b, "\n", 1);
        if (op < GP_OP_COUNT && GP_OP_HAS_CACHE(op))
            i++;
    }
    if (co->nexctable) {
        buf_printf(b, "ExceptionTable:\n");
        for (int k = 0; k < co->nexctable; k++) {
            GpExcTableEntry *e = &co->exctable[k];
            buf_printf(b, "  %u to %u -> %u [%u]%s\n", e->start, e->end, e->handler, e->depth,
                       e->lasti ? " lasti" : "");
        }
    }
    free(target);
}

static void dis_recursive(Buf *b, GpCode *co, int depth)
{
    dis_one(b, co);
    if (depth > 100)
        return;
    for (gp_ssize i = 0; i < GP_SIZE(co->consts); i++) {
        GpObject *k = GP_TUPLE_GET(co->consts, i);
        if (GP_CODE_CHECK(k)) {
            buf_printf(b, "\nDisassembly of ");
            code_header(b, (GpCode *)k);
            buf_printf(b, ":\n");
            dis_recursive(b, (GpCode *)k, depth + 1);
        }
    }
}

static GpObject *finish(Buf *b)
{
    if (b->oom) {
        free(b->p);
        return gp_err_no_memory();
    }
    GpObject *s = gp_str_from_utf8(b->p ? b->p : "", (gp_ssize)b->n);
    free(b->p);
    return s;
}

GpObject *gp_disassemble(GpObject *code)
{
    if (!GP_CODE_CHECK(code))
        return gp_err_format(&GpExc_TypeError, "don't know how to disassemble %T objects", code);
    Buf b = {0};
    dis_recursive(&b, (GpCode *)code, 0);
    return finish(&b);
}

GpObject *gp_disassemble_one(GpObject *code)
{
    if (!GP_CODE_CHECK(code))
        return gp_err_format(&GpExc_TypeError, "don't know how to disassemble %T objects", code);
    Buf b = {0};
    dis_one(&b, (GpCode *)code);
    return finish(&b);
}
