/* ast.c - the AST arena, sequence helpers and ast.dump().
 *
 * The arena is a singly linked list of chunks; allocation bumps a pointer in
 * the newest chunk and a request that does not fit opens a new chunk (big
 * requests get a chunk of their own).  Nothing is freed individually.
 *
 * gp_ast_dump reproduces CPython 3.11's ast.dump(node) byte for byte:
 * optional fields that are None are left out, lists are printed with
 * "[...]", and constants use Python's repr() (str quoting rules, shortest
 * round-trip floats, decimal ints of any size).
 */
#include "compile/ast.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/unicodedb.h"
#include "support/utf8.h"

/* ---- arena ------------------------------------------------------------- */

/* 64 KiB chunks: large enough that a typical module needs only a handful of
 * mallocs, small enough that parsing a one-liner stays cheap. */
#define GP_ARENA_CHUNK (64 * 1024)

typedef struct GpArenaChunk {
    struct GpArenaChunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} GpArenaChunk;

struct GpArena {
    GpArenaChunk *head; /* newest chunk: allocation happens here */
    size_t total;
};

static GpArenaChunk *arena_chunk(size_t size)
{
    GpArenaChunk *c = malloc(sizeof(GpArenaChunk) + size);
    if (!c) {
        fprintf(stderr, "gilpy: out of memory in the parser arena\n");
        abort();
    }
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

GpArena *gp_arena_new(void)
{
    GpArena *a = malloc(sizeof(GpArena));
    if (!a)
        return NULL;
    a->head = arena_chunk(GP_ARENA_CHUNK);
    a->total = 0;
    return a;
}

void gp_arena_free(GpArena *arena)
{
    if (!arena)
        return;
    GpArenaChunk *c = arena->head;
    while (c) {
        GpArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    free(arena);
}

void *gp_arena_alloc(GpArena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size == 0)
        size = 16;
    GpArenaChunk *c = arena->head;
    if (c->used + size > c->size) {
        if (size > GP_ARENA_CHUNK / 4) {
            /* a big block gets its own chunk, linked behind the current one
             * so the current chunk keeps serving small requests */
            GpArenaChunk *big = arena_chunk(size);
            big->next = c->next;
            c->next = big;
            big->used = size;
            arena->total += size;
            memset(big->data, 0, size);
            return big->data;
        }
        c = arena_chunk(GP_ARENA_CHUNK);
        c->next = arena->head;
        arena->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    arena->total += size;
    memset(p, 0, size);
    return p;
}

char *gp_arena_strndup(GpArena *arena, const char *s, size_t n)
{
    char *p = gp_arena_alloc(arena, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

size_t gp_arena_used(const GpArena *arena)
{
    return arena->total;
}

/* ---- sequences ------------------------------------------------------------ */

void gp_vec_push(GpArena *arena, GpAstVec *vec, void *item)
{
    if (vec->n == vec->cap) {
        int cap = vec->cap ? vec->cap * 2 : 4;
        void **items = gp_arena_alloc(arena, sizeof(void *) * (size_t)cap);
        if (vec->n)
            memcpy(items, vec->items, sizeof(void *) * (size_t)vec->n);
        vec->items = items;
        vec->cap = cap;
    }
    vec->items[vec->n++] = item;
}

GpAstSeq gp_vec_seq(GpAstVec *vec)
{
    GpAstSeq s;
    s.n = vec->n;
    s.items = vec->n ? vec->items : NULL;
    return s;
}

GpAstSeq gp_seq_new(GpArena *arena, int n)
{
    GpAstSeq s;
    s.n = n;
    s.items = n ? gp_arena_alloc(arena, sizeof(void *) * (size_t)n) : NULL;
    return s;
}

GpAstExpr *gp_ast_expr_new(GpArena *arena, GpAstExprKind kind)
{
    GpAstExpr *e = gp_arena_alloc(arena, sizeof(GpAstExpr));
    e->kind = kind;
    return e;
}

GpAstStmt *gp_ast_stmt_new(GpArena *arena, GpAstStmtKind kind)
{
    GpAstStmt *s = gp_arena_alloc(arena, sizeof(GpAstStmt));
    s->kind = kind;
    return s;
}

GpAstPattern *gp_ast_pattern_new(GpArena *arena, GpAstPatternKind kind)
{
    GpAstPattern *pt = gp_arena_alloc(arena, sizeof(GpAstPattern));
    pt->kind = kind;
    return pt;
}

const char *const gp_ast_operator_names[] = {
    NULL, "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
    "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
const char *const gp_ast_unaryop_names[] = {NULL, "Invert", "Not", "UAdd", "USub"};
const char *const gp_ast_cmpop_names[] = {
    NULL, "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
const char *const gp_ast_boolop_names[] = {NULL, "And", "Or"};
const char *const gp_ast_ctx_names[] = {NULL, "Load", "Store", "Del"};

/* ---- dump: output buffer ------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap;
} DumpBuf;

static void db_grow(DumpBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *nb = realloc(b->buf, cap);
    if (!nb)
        abort();
    b->buf = nb;
    b->cap = cap;
}

static void db_putn(DumpBuf *b, const char *s, size_t n)
{
    db_grow(b, n);
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void db_puts(DumpBuf *b, const char *s) { db_putn(b, s, strlen(s)); }
static void db_putc(DumpBuf *b, char c) { db_putn(b, &c, 1); }

static void db_printf(DumpBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void db_printf(DumpBuf *b, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    db_putn(b, tmp, (size_t)n);
}

/* ---- dump: Python reprs --------------------------------------------------- */

/* repr(str): the quote is ' unless the text has ' and no ". */
static void repr_str(DumpBuf *b, const char *s, size_t n)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    db_putc(b, q);
    size_t i = 0;
    while (i < n) {
        uint32_t c = gp_utf8_decode(s, n, &i);
        if (c == (uint32_t)q || c == '\\') {
            db_putc(b, '\\');
            db_putc(b, (char)c);
        } else if (c == '\t') {
            db_puts(b, "\\t");
        } else if (c == '\n') {
            db_puts(b, "\\n");
        } else if (c == '\r') {
            db_puts(b, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            db_printf(b, "\\x%02x", c);
        } else if (c < 0x7f) {
            db_putc(b, (char)c);
        } else if (gp_uni_isprintable(c)) {
            char u[4];
            db_putn(b, u, (size_t)gp_utf8_encode(c, u));
        } else if (c <= 0xff) {
            db_printf(b, "\\x%02x", c);
        } else if (c <= 0xffff) {
            db_printf(b, "\\u%04x", c);
        } else {
            db_printf(b, "\\U%08x", c);
        }
    }
    db_putc(b, q);
}

static void repr_bytes(DumpBuf *b, const char *s, size_t n)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    db_putc(b, 'b');
    db_putc(b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') {
            db_putc(b, '\\');
            db_putc(b, (char)c);
        } else if (c == '\t') {
            db_puts(b, "\\t");
        } else if (c == '\n') {
            db_puts(b, "\\n");
        } else if (c == '\r') {
            db_puts(b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            db_printf(b, "\\x%02x", c);
        } else {
            db_putc(b, (char)c);
        }
    }
    db_putc(b, q);
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

/* repr(int) of digits `text` in `base`: schoolbook conversion into base-1e9
 * limbs (quadratic, fine for literals). */
static void repr_int(DumpBuf *b, const char *text, int base)
{
    while (*text == '0' && text[1])
        text++;
    if (base == 10) {
        db_puts(b, text);
        return;
    }
    size_t n = strlen(text);
    uint32_t *limbs = calloc(n + 1, sizeof(uint32_t)); /* little endian */
    size_t nl = 1;
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = (uint64_t)digit_value(text[i]);
        for (size_t k = 0; k < nl; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limbs[nl++] = (uint32_t)carry;
    }
    db_printf(b, "%u", limbs[nl - 1]);
    for (size_t k = nl - 1; k-- > 0;)
        db_printf(b, "%09u", limbs[k]);
    free(limbs);
}

/* repr(float) (add_dot_0 = 1) or the imaginary part of repr(complex)
 * (add_dot_0 = 0): shortest digits that round-trip, fixed notation when the
 * decimal exponent is in [-4, 16), scientific otherwise. */
static void repr_double(DumpBuf *b, double x, int add_dot_0)
{
    if (isinf(x)) {
        db_puts(b, x > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(x)) {
        db_puts(b, "nan");
        return;
    }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x)
            break;
    }
    /* tmp = [-]d[.ddd]e[+-]XX */
    char digits[32];
    int nd = 0, neg = 0;
    const char *p = tmp;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    if (neg)
        db_putc(b, '-');
    int decpt = exp10 + 1; /* digits[0..decpt) are the integer part */
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            db_puts(b, "0.");
            for (int i = 0; i < -decpt; i++)
                db_putc(b, '0');
            db_puts(b, digits);
        } else if (decpt >= nd) {
            db_puts(b, digits);
            for (int i = nd; i < decpt; i++)
                db_putc(b, '0');
            if (add_dot_0)
                db_puts(b, ".0");
        } else {
            db_putn(b, digits, (size_t)decpt);
            db_putc(b, '.');
            db_puts(b, digits + decpt);
        }
    } else {
        db_putc(b, digits[0]);
        if (nd > 1) {
            db_putc(b, '.');
            db_puts(b, digits + 1);
        }
        db_printf(b, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

static void repr_constant(DumpBuf *b, const GpAstConstant *c)
{
    switch (c->kind) {
    case GP_CONST_NONE: db_puts(b, "None"); break;
    case GP_CONST_TRUE: db_puts(b, "True"); break;
    case GP_CONST_FALSE: db_puts(b, "False"); break;
    case GP_CONST_ELLIPSIS: db_puts(b, "Ellipsis"); break;
    case GP_CONST_INT: repr_int(b, c->text, c->base); break;
    case GP_CONST_FLOAT: repr_double(b, c->dval, 1); break;
    case GP_CONST_COMPLEX:
        repr_double(b, c->dval, 0);
        db_putc(b, 'j');
        break;
    case GP_CONST_STR: repr_str(b, c->str, c->len); break;
    case GP_CONST_BYTES: repr_bytes(b, c->str, c->len); break;
    }
}

/* ---- dump: nodes ----------------------------------------------------------- */

static void dump_expr(DumpBuf *b, const GpAstExpr *e);
static void dump_stmt(DumpBuf *b, const GpAstStmt *s);

typedef void (*DumpItem)(DumpBuf *, const void *);

/* Field separator state: each node prints "Name(" then fields joined by ", ". */
typedef struct {
    DumpBuf *b;
    int nfields;
} Fields;

static void f_begin(Fields *f, const char *name)
{
    f->nfields = 0;
    db_puts(f->b, name);
    db_putc(f->b, '(');
}

static void f_name(Fields *f, const char *field)
{
    if (f->nfields++)
        db_puts(f->b, ", ");
    db_puts(f->b, field);
    db_putc(f->b, '=');
}

static void f_end(Fields *f) { db_putc(f->b, ')'); }

static void dump_expr_item(DumpBuf *b, const void *p)
{
    if (p)
        dump_expr(b, p);
    else
        db_puts(b, "None");
}
static void dump_stmt_item(DumpBuf *b, const void *p) { dump_stmt(b, p); }

static void dump_seq(DumpBuf *b, GpAstSeq seq, DumpItem item)
{
    db_putc(b, '[');
    for (int i = 0; i < seq.n; i++) {
        if (i)
            db_puts(b, ", ");
        item(b, seq.items[i]);
    }
    db_putc(b, ']');
}

static void f_expr(Fields *f, const char *field, const GpAstExpr *e)
{
    f_name(f, field);
    dump_expr(f->b, e);
}
/* optional expr: omitted when NULL */
static void f_oexpr(Fields *f, const char *field, const GpAstExpr *e)
{
    if (e)
        f_expr(f, field, e);
}
static void f_seq(Fields *f, const char *field, GpAstSeq seq, DumpItem item)
{
    f_name(f, field);
    dump_seq(f->b, seq, item);
}
static void f_exprs(Fields *f, const char *field, GpAstSeq seq) { f_seq(f, field, seq, dump_expr_item); }
static void f_stmts(Fields *f, const char *field, GpAstSeq seq) { f_seq(f, field, seq, dump_stmt_item); }
static void f_ident(Fields *f, const char *field, const char *id)
{
    if (!id)
        return;
    f_name(f, field);
    repr_str(f->b, id, strlen(id));
}
static void f_int(Fields *f, const char *field, int v)
{
    f_name(f, field);
    db_printf(f->b, "%d", v);
}
static void f_singleton(Fields *f, const char *field, const char *cls)
{
    f_name(f, field);
    db_puts(f->b, cls);
    db_puts(f->b, "()");
}

static void dump_arg(DumpBuf *b, const void *p)
{
    const GpAstArg *a = p;
    Fields f = {b, 0};
    f_begin(&f, "arg");
    f_ident(&f, "arg", a->arg);
    f_oexpr(&f, "annotation", a->annotation);
    f_end(&f);
}

static void dump_arguments(DumpBuf *b, const GpAstArguments *a)
{
    Fields f = {b, 0};
    f_begin(&f, "arguments");
    f_seq(&f, "posonlyargs", a->posonlyargs, dump_arg);
    f_seq(&f, "args", a->args, dump_arg);
    if (a->vararg) {
        f_name(&f, "vararg");
        dump_arg(b, a->vararg);
    }
    f_seq(&f, "kwonlyargs", a->kwonlyargs, dump_arg);
    f_exprs(&f, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        f_name(&f, "kwarg");
        dump_arg(b, a->kwarg);
    }
    f_exprs(&f, "defaults", a->defaults);
    f_end(&f);
}

static void dump_keyword(DumpBuf *b, const void *p)
{
    const GpAstKeyword *k = p;
    Fields f = {b, 0};
    f_begin(&f, "keyword");
    f_ident(&f, "arg", k->arg);
    f_expr(&f, "value", k->value);
    f_end(&f);
}

static void dump_alias(DumpBuf *b, const void *p)
{
    const GpAstAlias *a = p;
    Fields f = {b, 0};
    f_begin(&f, "alias");
    f_ident(&f, "name", a->name);
    f_ident(&f, "asname", a->asname);
    f_end(&f);
}

static void dump_withitem(DumpBuf *b, const void *p)
{
    const GpAstWithItem *w = p;
    Fields f = {b, 0};
    f_begin(&f, "withitem");
    f_expr(&f, "context_expr", w->context_expr);
    f_oexpr(&f, "optional_vars", w->optional_vars);
    f_end(&f);
}

static void dump_comprehension(DumpBuf *b, const void *p)
{
    const GpAstComprehension *c = p;
    Fields f = {b, 0};
    f_begin(&f, "comprehension");
    f_expr(&f, "target", c->target);
    f_expr(&f, "iter", c->iter);
    f_exprs(&f, "ifs", c->ifs);
    f_int(&f, "is_async", c->is_async);
    f_end(&f);
}

static void dump_handler(DumpBuf *b, const void *p)
{
    const GpAstExceptHandler *h = p;
    Fields f = {b, 0};
    f_begin(&f, "ExceptHandler");
    f_oexpr(&f, "type", h->type);
    f_ident(&f, "name", h->name);
    f_stmts(&f, "body", h->body);
    f_end(&f);
}

static void dump_cmpop(DumpBuf *b, const void *p)
{
    db_puts(b, gp_ast_cmpop_names[(intptr_t)p]);
    db_puts(b, "()");
}

static void dump_ident_item(DumpBuf *b, const void *p) { repr_str(b, p, strlen(p)); }

static void dump_expr(DumpBuf *b, const GpAstExpr *e)
{
    Fields f = {b, 0};
    switch (e->kind) {
    case GP_AST_EXPR_BoolOp:
        f_begin(&f, "BoolOp");
        f_singleton(&f, "op", gp_ast_boolop_names[e->v.BoolOp.op]);
        f_exprs(&f, "values", e->v.BoolOp.values);
        break;
    case GP_AST_EXPR_NamedExpr:
        f_begin(&f, "NamedExpr");
        f_expr(&f, "target", e->v.NamedExpr.target);
        f_expr(&f, "value", e->v.NamedExpr.value);
        break;
    case GP_AST_EXPR_BinOp:
        f_begin(&f, "BinOp");
        f_expr(&f, "left", e->v.BinOp.left);
        f_singleton(&f, "op", gp_ast_operator_names[e->v.BinOp.op]);
        f_expr(&f, "right", e->v.BinOp.right);
        break;
    case GP_AST_EXPR_UnaryOp:
        f_begin(&f, "UnaryOp");
        f_singleton(&f, "op", gp_ast_unaryop_names[e->v.UnaryOp.op]);
        f_expr(&f, "operand", e->v.UnaryOp.operand);
        break;
    case GP_AST_EXPR_Lambda:
        f_begin(&f, "Lambda");
        f_name(&f, "args");
        dump_arguments(b, e->v.Lambda.args);
        f_expr(&f, "body", e->v.Lambda.body);
        break;
    case GP_AST_EXPR_IfExp:
        f_begin(&f, "IfExp");
        f_expr(&f, "test", e->v.IfExp.test);
        f_expr(&f, "body", e->v.IfExp.body);
        f_expr(&f, "orelse", e->v.IfExp.orelse);
        break;
    case GP_AST_EXPR_Dict:
        f_begin(&f, "Dict");
        f_exprs(&f, "keys", e->v.Dict.keys);
        f_exprs(&f, "values", e->v.Dict.values);
        break;
    case GP_AST_EXPR_Set:
        f_begin(&f, "Set");
        f_exprs(&f, "elts", e->v.Set.elts);
        break;
    case GP_AST_EXPR_ListComp:
    case GP_AST_EXPR_SetComp:
    case GP_AST_EXPR_GeneratorExp:
        f_begin(&f, e->kind == GP_AST_EXPR_ListComp  ? "ListComp"
                    : e->kind == GP_AST_EXPR_SetComp ? "SetComp"
                                                     : "GeneratorExp");
        /* the three share one layout */
        f_expr(&f, "elt", e->v.ListComp.elt);
        f_seq(&f, "generators", e->v.ListComp.generators, dump_comprehension);
        break;
    case GP_AST_EXPR_DictComp:
        f_begin(&f, "DictComp");
        f_expr(&f, "key", e->v.DictComp.key);
        f_expr(&f, "value", e->v.DictComp.value);
        f_seq(&f, "generators", e->v.DictComp.generators, dump_comprehension);
        break;
    case GP_AST_EXPR_Await:
        f_begin(&f, "Await");
        f_expr(&f, "value", e->v.Await.value);
        break;
    case GP_AST_EXPR_Yield:
        f_begin(&f, "Yield");
        f_oexpr(&f, "value", e->v.Yield.value);
        break;
    case GP_AST_EXPR_YieldFrom:
        f_begin(&f, "YieldFrom");
        f_expr(&f, "value", e->v.YieldFrom.value);
        break;
    case GP_AST_EXPR_Compare:
        f_begin(&f, "Compare");
        f_expr(&f, "left", e->v.Compare.left);
        f_seq(&f, "ops", e->v.Compare.ops, dump_cmpop);
        f_exprs(&f, "comparators", e->v.Compare.comparators);
        break;
    case GP_AST_EXPR_Call:
        f_begin(&f, "Call");
        f_expr(&f, "func", e->v.Call.func);
        f_exprs(&f, "args", e->v.Call.args);
        f_seq(&f, "keywords", e->v.Call.keywords, dump_keyword);
        break;
    case GP_AST_EXPR_FormattedValue:
        f_begin(&f, "FormattedValue");
        f_expr(&f, "value", e->v.FormattedValue.value);
        f_int(&f, "conversion", e->v.FormattedValue.conversion);
        f_oexpr(&f, "format_spec", e->v.FormattedValue.format_spec);
        break;
    case GP_AST_EXPR_JoinedStr:
        f_begin(&f, "JoinedStr");
        f_exprs(&f, "values", e->v.JoinedStr.values);
        break;
    case GP_AST_EXPR_Constant:
        f_begin(&f, "Constant");
        f_name(&f, "value");
        repr_constant(b, &e->v.Constant);
        if (e->v.Constant.kind == GP_CONST_STR && e->v.Constant.is_u)
            f_ident(&f, "kind", "u");
        break;
    case GP_AST_EXPR_Attribute:
        f_begin(&f, "Attribute");
        f_expr(&f, "value", e->v.Attribute.value);
        f_ident(&f, "attr", e->v.Attribute.attr);
        f_singleton(&f, "ctx", gp_ast_ctx_names[e->v.Attribute.ctx]);
        break;
    case GP_AST_EXPR_Subscript:
        f_begin(&f, "Subscript");
        f_expr(&f, "value", e->v.Subscript.value);
        f_expr(&f, "slice", e->v.Subscript.slice);
        f_singleton(&f, "ctx", gp_ast_ctx_names[e->v.Subscript.ctx]);
        break;
    case GP_AST_EXPR_Starred:
        f_begin(&f, "Starred");
        f_expr(&f, "value", e->v.Starred.value);
        f_singleton(&f, "ctx", gp_ast_ctx_names[e->v.Starred.ctx]);
        break;
    case GP_AST_EXPR_Name:
        f_begin(&f, "Name");
        f_ident(&f, "id", e->v.Name.id);
        f_singleton(&f, "ctx", gp_ast_ctx_names[e->v.Name.ctx]);
        break;
    case GP_AST_EXPR_List:
        f_begin(&f, "List");
        f_exprs(&f, "elts", e->v.List.elts);
        f_singleton(&f, "ctx", gp_ast_ctx_names[e->v.List.ctx]);
        break;
    case GP_AST_EXPR_Tuple:
        f_begin(&f, "Tuple");
        f_exprs(&f, "elts", e->v.Tuple.elts);
        f_singleton(&f, "ctx", gp_ast_ctx_names[e->v.Tuple.ctx]);
        break;
    case GP_AST_EXPR_Slice:
        f_begin(&f, "Slice");
        f_oexpr(&f, "lower", e->v.Slice.lower);
        f_oexpr(&f, "upper", e->v.Slice.upper);
        f_oexpr(&f, "step", e->v.Slice.step);
        break;
    default:
        f_begin(&f, "?");
        break;
    }
    f_end(&f);
}

/* Patterns, as ast.dump prints MatchValue(...) & co. */
static void dump_pattern(DumpBuf *b, const void *p)
{
    const GpAstPattern *pt = p;
    Fields f = {b, 0};
    switch (pt->kind) {
    case GP_AST_PAT_MatchValue:
        f_begin(&f, "MatchValue");
        f_expr(&f, "value", pt->v.MatchValue.value);
        break;
    case GP_AST_PAT_MatchSingleton:
        f_begin(&f, "MatchSingleton");
        f_name(&f, "value");
        db_puts(b, pt->v.MatchSingleton.value == GP_CONST_NONE   ? "None"
                   : pt->v.MatchSingleton.value == GP_CONST_TRUE ? "True"
                                                                 : "False");
        break;
    case GP_AST_PAT_MatchSequence:
        f_begin(&f, "MatchSequence");
        f_seq(&f, "patterns", pt->v.MatchSequence.patterns, dump_pattern);
        break;
    case GP_AST_PAT_MatchMapping:
        f_begin(&f, "MatchMapping");
        f_exprs(&f, "keys", pt->v.MatchMapping.keys);
        f_seq(&f, "patterns", pt->v.MatchMapping.patterns, dump_pattern);
        f_ident(&f, "rest", pt->v.MatchMapping.rest);
        break;
    case GP_AST_PAT_MatchClass:
        f_begin(&f, "MatchClass");
        f_expr(&f, "cls", pt->v.MatchClass.cls);
        f_seq(&f, "patterns", pt->v.MatchClass.patterns, dump_pattern);
        f_seq(&f, "kwd_attrs", pt->v.MatchClass.kwd_attrs, dump_ident_item);
        f_seq(&f, "kwd_patterns", pt->v.MatchClass.kwd_patterns, dump_pattern);
        break;
    case GP_AST_PAT_MatchStar:
        f_begin(&f, "MatchStar");
        f_ident(&f, "name", pt->v.MatchStar.name);
        break;
    case GP_AST_PAT_MatchAs:
        f_begin(&f, "MatchAs");
        if (pt->v.MatchAs.pattern) {
            f_name(&f, "pattern");
            dump_pattern(b, pt->v.MatchAs.pattern);
        }
        f_ident(&f, "name", pt->v.MatchAs.name);
        break;
    case GP_AST_PAT_MatchOr:
        f_begin(&f, "MatchOr");
        f_seq(&f, "patterns", pt->v.MatchOr.patterns, dump_pattern);
        break;
    }
    f_end(&f);
}

static void dump_match_case(DumpBuf *b, const void *p)
{
    const GpAstMatchCase *mc = p;
    Fields f = {b, 0};
    f_begin(&f, "match_case");
    f_name(&f, "pattern");
    dump_pattern(b, mc->pattern);
    f_oexpr(&f, "guard", mc->guard);
    f_stmts(&f, "body", mc->body);
    f_end(&f);
}

static void dump_stmt(DumpBuf *b, const GpAstStmt *s)
{
    Fields f = {b, 0};
    switch (s->kind) {
    case GP_AST_STMT_FunctionDef:
    case GP_AST_STMT_AsyncFunctionDef:
        f_begin(&f, s->kind == GP_AST_STMT_FunctionDef ? "FunctionDef" : "AsyncFunctionDef");
        f_ident(&f, "name", s->v.FunctionDef.name);
        f_name(&f, "args");
        dump_arguments(b, s->v.FunctionDef.args);
        f_stmts(&f, "body", s->v.FunctionDef.body);
        f_exprs(&f, "decorator_list", s->v.FunctionDef.decorator_list);
        f_oexpr(&f, "returns", s->v.FunctionDef.returns);
        break;
    case GP_AST_STMT_ClassDef:
        f_begin(&f, "ClassDef");
        f_ident(&f, "name", s->v.ClassDef.name);
        f_exprs(&f, "bases", s->v.ClassDef.bases);
        f_seq(&f, "keywords", s->v.ClassDef.keywords, dump_keyword);
        f_stmts(&f, "body", s->v.ClassDef.body);
        f_exprs(&f, "decorator_list", s->v.ClassDef.decorator_list);
        break;
    case GP_AST_STMT_Return:
        f_begin(&f, "Return");
        f_oexpr(&f, "value", s->v.Return.value);
        break;
    case GP_AST_STMT_Delete:
        f_begin(&f, "Delete");
        f_exprs(&f, "targets", s->v.Delete.targets);
        break;
    case GP_AST_STMT_Assign:
        f_begin(&f, "Assign");
        f_exprs(&f, "targets", s->v.Assign.targets);
        f_expr(&f, "value", s->v.Assign.value);
        break;
    case GP_AST_STMT_AugAssign:
        f_begin(&f, "AugAssign");
        f_expr(&f, "target", s->v.AugAssign.target);
        f_singleton(&f, "op", gp_ast_operator_names[s->v.AugAssign.op]);
        f_expr(&f, "value", s->v.AugAssign.value);
        break;
    case GP_AST_STMT_AnnAssign:
        f_begin(&f, "AnnAssign");
        f_expr(&f, "target", s->v.AnnAssign.target);
        f_expr(&f, "annotation", s->v.AnnAssign.annotation);
        f_oexpr(&f, "value", s->v.AnnAssign.value);
        f_int(&f, "simple", s->v.AnnAssign.simple);
        break;
    case GP_AST_STMT_For:
    case GP_AST_STMT_AsyncFor:
        f_begin(&f, s->kind == GP_AST_STMT_For ? "For" : "AsyncFor");
        f_expr(&f, "target", s->v.For.target);
        f_expr(&f, "iter", s->v.For.iter);
        f_stmts(&f, "body", s->v.For.body);
        f_stmts(&f, "orelse", s->v.For.orelse);
        break;
    case GP_AST_STMT_While:
        f_begin(&f, "While");
        f_expr(&f, "test", s->v.While.test);
        f_stmts(&f, "body", s->v.While.body);
        f_stmts(&f, "orelse", s->v.While.orelse);
        break;
    case GP_AST_STMT_If:
        f_begin(&f, "If");
        f_expr(&f, "test", s->v.If.test);
        f_stmts(&f, "body", s->v.If.body);
        f_stmts(&f, "orelse", s->v.If.orelse);
        break;
    case GP_AST_STMT_With:
    case GP_AST_STMT_AsyncWith:
        f_begin(&f, s->kind == GP_AST_STMT_With ? "With" : "AsyncWith");
        f_seq(&f, "items", s->v.With.items, dump_withitem);
        f_stmts(&f, "body", s->v.With.body);
        break;
    case GP_AST_STMT_Raise:
        f_begin(&f, "Raise");
        f_oexpr(&f, "exc", s->v.Raise.exc);
        f_oexpr(&f, "cause", s->v.Raise.cause);
        break;
    case GP_AST_STMT_Try:
    case GP_AST_STMT_TryStar:
        f_begin(&f, s->kind == GP_AST_STMT_Try ? "Try" : "TryStar");
        f_stmts(&f, "body", s->v.Try.body);
        f_seq(&f, "handlers", s->v.Try.handlers, dump_handler);
        f_stmts(&f, "orelse", s->v.Try.orelse);
        f_stmts(&f, "finalbody", s->v.Try.finalbody);
        break;
    case GP_AST_STMT_Assert:
        f_begin(&f, "Assert");
        f_expr(&f, "test", s->v.Assert.test);
        f_oexpr(&f, "msg", s->v.Assert.msg);
        break;
    case GP_AST_STMT_Import:
        f_begin(&f, "Import");
        f_seq(&f, "names", s->v.Import.names, dump_alias);
        break;
    case GP_AST_STMT_ImportFrom:
        f_begin(&f, "ImportFrom");
        f_ident(&f, "module", s->v.ImportFrom.module);
        f_seq(&f, "names", s->v.ImportFrom.names, dump_alias);
        f_int(&f, "level", s->v.ImportFrom.level);
        break;
    case GP_AST_STMT_Match:
        f_begin(&f, "Match");
        f_expr(&f, "subject", s->v.Match.subject);
        f_seq(&f, "cases", s->v.Match.cases, dump_match_case);
        break;
    case GP_AST_STMT_Global:
        f_begin(&f, "Global");
        f_seq(&f, "names", s->v.Global.names, dump_ident_item);
        break;
    case GP_AST_STMT_Nonlocal:
        f_begin(&f, "Nonlocal");
        f_seq(&f, "names", s->v.Nonlocal.names, dump_ident_item);
        break;
    case GP_AST_STMT_Expr:
        f_begin(&f, "Expr");
        f_expr(&f, "value", s->v.Expr.value);
        break;
    case GP_AST_STMT_Pass: f_begin(&f, "Pass"); break;
    case GP_AST_STMT_Break: f_begin(&f, "Break"); break;
    case GP_AST_STMT_Continue: f_begin(&f, "Continue"); break;
    default: f_begin(&f, "?"); break;
    }
    f_end(&f);
}

char *gp_ast_dump(const GpAstMod *mod)
{
    DumpBuf b = {0};
    Fields f = {&b, 0};
    db_grow(&b, 0);
    switch (mod->kind) {
    case GP_AST_MOD_Module:
        f_begin(&f, "Module");
        f_stmts(&f, "body", mod->body);
        f_name(&f, "type_ignores");
        db_puts(&b, "[]");
        break;
    case GP_AST_MOD_Interactive:
        f_begin(&f, "Interactive");
        f_stmts(&f, "body", mod->body);
        break;
    case GP_AST_MOD_Expression:
        f_begin(&f, "Expression");
        f_expr(&f, "body", mod->expr);
        break;
    }
    f_end(&f);
    return b.buf;
}

char *gp_ast_dump_expr(const GpAstExpr *e)
{
    DumpBuf b = {0};
    db_grow(&b, 0);
    dump_expr(&b, e);
    return b.buf;
}
