/* traceback.c -- traceback objects and the printer of uncaught exceptions.
 *
 * The format is CPython 3.11's:
 *
 *   Traceback (most recent call last):
 *     File "x.py", line 3, in <module>
 *       f()
 *   ZeroDivisionError: division by zero
 *
 * with chained exceptions printed first ("The above exception was the direct
 * cause..." / "During handling of the above exception..."), runs of more
 * than three identical entries collapsed into "[Previous line repeated N
 * more times]", and SyntaxError shown with its source line and a caret.
 * (3.11's "^^^^" markers under the failing expression are not printed.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "compile/parser.h"

/* ---- the traceback type ---------------------------------------------------- */

static void tb_dealloc(GpObject *o)
{
    GpTraceback *tb = (GpTraceback *)o;
    gp_gc_untrack(o);
    GP_CLEAR(tb->next);
    GP_CLEAR(tb->frame);
    gp_obj_free(o);
}

static int tb_traverse(GpObject *o, gp_visitproc visit, void *arg)
{
    GpTraceback *tb = (GpTraceback *)o;
    if (tb->next && visit((GpObject *)tb->next, arg))
        return 1;
    return tb->frame ? visit(tb->frame, arg) : 0;
}

static int tb_clear(GpObject *o)
{
    GpTraceback *tb = (GpTraceback *)o;
    GP_CLEAR(tb->next);
    GP_CLEAR(tb->frame);
    return 0;
}

static GpObject *tb_get_next(GpObject *o, void *c)
{
    GpTraceback *tb = (GpTraceback *)o;
    return gp_newref(tb->next ? (GpObject *)tb->next : gp_None);
}
static int tb_set_next(GpObject *o, GpObject *v, void *c)
{
    if (!v) {
        gp_err_set_string(&GpExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != gp_None && GP_TYPE(v) != &GpTraceback_Type) {
        gp_err_format(&GpExc_TypeError, "expected traceback object or None, got '%T'", v);
        return -1;
    }
    for (GpTraceback *c2 = (GpTraceback *)(v == gp_None ? NULL : v); c2; c2 = c2->next)
        if ((GpObject *)c2 == o) {
            gp_err_set_string(&GpExc_ValueError, "traceback loop detected");
            return -1;
        }
    GpTraceback *tb = (GpTraceback *)o;
    GP_SETREF(tb->next, v == gp_None ? NULL : (GpTraceback *)gp_newref(v));
    return 0;
}
static GpObject *tb_get_frame(GpObject *o, void *c) { return gp_newref(((GpTraceback *)o)->frame); }
static GpObject *tb_get_lineno(GpObject *o, void *c) { return gp_int_from_i64(((GpTraceback *)o)->lineno); }
static GpObject *tb_get_lasti(GpObject *o, void *c) { return gp_int_from_i64(((GpTraceback *)o)->lasti * 4); }

static const GpGetSetDef tb_getsets[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL, NULL },
    { "tb_frame", tb_get_frame, NULL, NULL, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL, NULL },
    { "tb_lasti", tb_get_lasti, NULL, NULL, NULL },
    { NULL },
};

GpType GpTraceback_Type = {
    GP_TYPE_HEAD_INIT,
    .name = "traceback",
    .basicsize = sizeof(GpTraceback),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getsets = tb_getsets,
};

/* ---- source lines ------------------------------------------------------------ */

/* A one-file cache: deep recursion prints the same file hundreds of times. */
static char *cached_name, *cached_text;
static size_t cached_len;

/* The whole text of line `lineno` (without its newline, trailing \r and
 * spaces removed); *indent = bytes of leading whitespace. */
static const char *source_line(const char *filename, int lineno, size_t *len, size_t *indent)
{
    if (!filename || filename[0] == '<' || lineno < 1)
        return NULL;
    if (!cached_name || strcmp(cached_name, filename) != 0) {
        free(cached_name);
        free(cached_text);
        cached_name = NULL;
        cached_text = NULL;
        FILE *f = fopen(filename, "rb");
        if (!f)
            return NULL;
        size_t cap = 65536, n = 0, k;
        char *buf = malloc(cap);
        while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
            n += k;
            if (n == cap) {
                char *nb = realloc(buf, cap *= 2);
                if (!nb)
                    free(buf);
                buf = nb;
            }
        }
        fclose(f);
        if (!buf)
            return NULL;
        cached_name = strdup(filename);
        cached_text = buf;
        cached_len = n;
    }
    const char *p = cached_text, *end = cached_text + cached_len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e)
        e = end;
    while (e > p && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
        e--;
    const char *q = p;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\f'))
        q++;
    *indent = (size_t)(q - p);
    *len = (size_t)(e - p);
    return p;
}

/* Characters (UTF-8 code points) in s[0..n). */
static size_t u8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r'; }

/* CPython 3.11's anchors inside the highlighted segment: for a binary
 * operation the operator ('^') between its operands ('~'); for a
 * subscript the brackets ('^') after the value ('~'). Byte offsets into
 * seg; 0 when the segment is not such an expression. */
static int caret_anchors(const char *seg, size_t n, size_t *left, size_t *right)
{
    GpArena *arena = gp_arena_new();
    if (!arena)
        return 0;
    GpSyntaxError err;
    memset(&err, 0, sizeof err);
    int found = 0;
    GpAstMod *mod = gp_parse_ex(arena, seg, n, "<segment>", GP_PARSE_EXEC,
                                GP_PARSE_FLAG_IGNORE_COOKIE, &err);
    if (mod && GP_SEQ_LEN(mod->body) == 1) {
        GpAstStmt *st = GP_SEQ_STMT(mod->body, 0);
        GpAstExpr *e = st->kind == GP_AST_STMT_Expr ? st->v.Expr.value : NULL;
        if (e && e->kind == GP_AST_EXPR_BinOp && e->v.BinOp.left->end_lineno == 1 &&
            e->v.BinOp.right->lineno == 1) {
            size_t from = (size_t)e->v.BinOp.left->end_col_offset;
            size_t to = (size_t)e->v.BinOp.right->col_offset;
            for (size_t i = from; i < to && i < n; i++) {
                if (is_ws(seg[i]))
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < to && !is_ws(seg[i + 1]))
                    ++*right;                   /* two-character operator */
                if (i + 1 < to && seg[i] == ')')
                    continue;                   /* closing paren of the left operand */
                found = 1;
                break;
            }
        } else if (e && e->kind == GP_AST_EXPR_Subscript && e->v.Subscript.value->end_lineno == 1 &&
                   e->v.Subscript.slice->end_lineno == 1) {
            size_t l = (size_t)e->v.Subscript.value->end_col_offset;
            size_t r = (size_t)e->v.Subscript.slice->end_col_offset + 1;
            while (l < n && seg[l] != '[')
                l++;
            while (r < n && seg[r] != ']')
                r++;
            if (r < n)
                r++;
            *left = l;
            *right = r;
            found = 1;
        }
    }
    gp_syntax_error_clear(&err);
    gp_arena_free(arena);
    return found;
}

/* The line under a traceback entry's source line: '^' under the failing
 * expression, or '~' and '^' around its operator, as CPython 3.11. */
static void w_carets(GpStrWriter *w, const char *line, size_t len, size_t indent, GpCode *co,
                     int lasti, int lineno)
{
    int l0, l1, c0, c1;
    if (!co || lasti < 0 ||
        !gp_code_positions(co, lasti, &l0, &l1, &c0, &c1) || l0 != lineno || c0 < 0 || c1 < 0)
        return;
    size_t start = (size_t)c0, end = l1 > l0 ? len : (size_t)c1;
    if (end > len)
        end = len;
    if (start < indent || start >= end)
        return;
    size_t left = 0, right = 0;
    int anchors = l1 == l0 && caret_anchors(line + start, end - start, &left, &right);
    if (!anchors && start == indent && end == len)
        return;                                  /* the whole line: nothing to point at */
    gp_strw_write_cstr(w, "    ");
    for (size_t i = u8_chars(line + indent, start - indent); i > 0; i--)
        gp_strw_write_cstr(w, " ");
    size_t total = u8_chars(line + start, end - start);
    if (anchors) {
        size_t a = u8_chars(line + start, left), b = u8_chars(line + start, right);
        for (size_t i = 0; i < total; i++)
            gp_strw_write_cstr(w, i < a || i >= b ? "~" : "^");
    } else {
        for (size_t i = 0; i < total; i++)
            gp_strw_write_cstr(w, "^");
    }
    gp_strw_write_cstr(w, "\n");
}

/* ---- printing ---------------------------------------------------------------- */

static void w_line_entry(GpStrWriter *w, GpObject *filename, int lineno, GpObject *name,
                         GpCode *co, int lasti)
{
    gp_strw_write_cstr(w, "  File \"");
    gp_strw_write_str(w, filename);
    char buf[64];
    snprintf(buf, sizeof buf, "\", line %d, in ", lineno);
    gp_strw_write_cstr(w, buf);
    gp_strw_write_str(w, name);
    gp_strw_write_cstr(w, "\n");
    size_t len, indent;
    const char *src = GP_STR_CHECK(filename) ? source_line(GP_STR_DATA(filename), lineno, &len, &indent)
                                             : NULL;
    if (src && len > indent) {
        gp_strw_write_cstr(w, "    ");
        gp_strw_write(w, src + indent, (gp_ssize)(len - indent));
        gp_strw_write_cstr(w, "\n");
        w_carets(w, src, len, indent, co, lasti, lineno);
    }
}

static void print_tb(GpStrWriter *w, GpTraceback *tb)
{
    GpObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    for (; tb; tb = tb->next) {
        GpFrameObject *fo = (GpFrameObject *)tb->frame;
        GpFrame *f = fo ? fo->frame : NULL;
        GpCode *co = f ? f->code : NULL;
        if (!co)
            continue;
        GpObject *file = co->filename, *name = co->name;
        if (last_file && gp_str_eq(file, last_file) && gp_str_eq(name, last_name) &&
            tb->lineno == last_line) {
            count++;
            if (count > 3)
                continue;
        } else {
            if (count > 3) {
                char buf[96];
                snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", count - 3,
                         count - 3 == 1 ? "" : "s");
                gp_strw_write_cstr(w, buf);
            }
            count = 1;
            last_file = file;
            last_name = name;
            last_line = tb->lineno;
        }
        w_line_entry(w, file, tb->lineno, name, co, tb->lasti);
    }
    if (count > 3) {
        char buf[96];
        snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", count - 3,
                 count - 3 == 1 ? "" : "s");
        gp_strw_write_cstr(w, buf);
    }
}

/* "ValueError: msg", "mod.Err: msg", SyntaxError with its source line. */
static void print_exception_only(GpStrWriter *w, GpObject *exc)
{
    GpType *t = GP_TYPE(exc);
    if (GP_TYPE_CHECK(exc, &GpExc_SyntaxError)) {
        GpSyntaxErrorObj *se = (GpSyntaxErrorObj *)exc;
        int64_t lineno = 0;
        if (se->lineno && GP_INT_CHECK(se->lineno))
            gp_int_as_i64(se->lineno, &lineno);
        if (se->filename && GP_STR_CHECK(se->filename)) {
            char buf[64];
            gp_strw_write_cstr(w, "  File \"");
            gp_strw_write_str(w, se->filename);
            snprintf(buf, sizeof buf, "\", line %lld\n", (long long)lineno);
            gp_strw_write_cstr(w, buf);
        }
        if (se->text && GP_STR_CHECK(se->text)) {
            const char *s = GP_STR_DATA(se->text);
            gp_ssize n = GP_STR_NBYTES(se->text);
            gp_ssize lead = 0;
            while (lead < n && (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\f'))
                lead++;
            gp_ssize end = n;
            while (end > lead && (s[end - 1] == '\n' || s[end - 1] == '\r' || s[end - 1] == ' '))
                end--;
            gp_strw_write_cstr(w, "    ");
            gp_strw_write(w, s + lead, end - lead);
            gp_strw_write_cstr(w, "\n");
            int64_t off = 0, eoff = 0, elin = lineno;
            if (se->offset && GP_INT_CHECK(se->offset))
                gp_int_as_i64(se->offset, &off);
            if (se->end_offset && GP_INT_CHECK(se->end_offset))
                gp_int_as_i64(se->end_offset, &eoff);
            if (se->end_lineno && GP_INT_CHECK(se->end_lineno))
                gp_int_as_i64(se->end_lineno, &elin);
            if (off >= 1) {
                /* offsets count code points from the start of the line */
                gp_ssize col = (gp_ssize)off - 1 - lead;
                if (col < 0)
                    col = 0;
                gp_ssize width = (elin == lineno && eoff > off) ? (gp_ssize)(eoff - off) : 1;
                gp_strw_write_cstr(w, "    ");
                for (gp_ssize i = 0; i < col; i++)
                    gp_strw_write_cstr(w, " ");
                for (gp_ssize i = 0; i < width; i++)
                    gp_strw_write_cstr(w, "^");
                gp_strw_write_cstr(w, "\n");
            }
        }
    }
    /* the qualified name */
    GpObject *mod = t->dict ? gp_dict_getitem_str(t->dict, "__module__") : NULL;
    const char *qual = gp_type_name(t);
    GpObject *qn = t->ht_qualname;
    if (mod && GP_STR_CHECK(mod) && !gp_str_eq_cstr(mod, "builtins") && !gp_str_eq_cstr(mod, "__main__")) {
        gp_strw_write_str(w, mod);
        gp_strw_write_cstr(w, ".");
    }
    if (qn && GP_STR_CHECK(qn))
        gp_strw_write_str(w, qn);
    else
        gp_strw_write_cstr(w, qual);
    GpObject *s;
    if (GP_TYPE_CHECK(exc, &GpExc_SyntaxError)) {
        GpSyntaxErrorObj *se = (GpSyntaxErrorObj *)exc;
        s = se->msg ? gp_str(se->msg) : gp_str_empty();
    } else {
        s = gp_str(exc);
    }
    if (!s) {
        gp_err_clear();
        gp_strw_write_cstr(w, ": <exception str() failed>");
    } else {
        if (GP_STR_NBYTES(s) > 0) {
            gp_strw_write_cstr(w, ": ");
            gp_strw_write_str(w, s);
        }
        GP_DECREF(s);
    }
    gp_strw_write_cstr(w, "\n");
    /* __notes__ */
    GpObject *d = ((GpBaseException *)exc)->dict;
    GpObject *notes = d ? gp_dict_getitem_str(d, "__notes__") : NULL;
    if (notes && GP_LIST_CHECK(notes)) {
        for (gp_ssize i = 0; i < GP_SIZE(notes); i++) {
            GpObject *n = gp_str(GP_LIST_GET(notes, i));
            if (n) {
                gp_strw_write_str(w, n);
                gp_strw_write_cstr(w, "\n");
                GP_DECREF(n);
            } else {
                gp_err_clear();
            }
        }
    }
}

static void print_chain(GpStrWriter *w, GpObject *exc, GpObject *seen, int depth)
{
    if (depth > 100)
        return;
    GpObject *key = gp_int_from_i64((int64_t)(intptr_t)exc);
    if (key) {
        gp_set_add(seen, key);
        GP_DECREF(key);
    }
    GpBaseException *be = (GpBaseException *)exc;
    GpObject *cause = be->cause, *ctx = be->context;
    if (cause && GP_EXC_CHECK(cause)) {
        GpObject *k = gp_int_from_i64((int64_t)(intptr_t)cause);
        int s = k ? gp_set_contains(seen, k) : 1;
        GP_XDECREF(k);
        if (s == 0) {
            print_chain(w, cause, seen, depth + 1);
            gp_strw_write_cstr(w, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (ctx && GP_EXC_CHECK(ctx) && !be->suppress_context) {
        GpObject *k = gp_int_from_i64((int64_t)(intptr_t)ctx);
        int s = k ? gp_set_contains(seen, k) : 1;
        GP_XDECREF(k);
        if (s == 0) {
            print_chain(w, ctx, seen, depth + 1);
            gp_strw_write_cstr(w, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (be->traceback) {
        gp_strw_write_cstr(w, "Traceback (most recent call last):\n");
        print_tb(w, (GpTraceback *)be->traceback);
    }
    print_exception_only(w, exc);
}

void gp_err_display(GpObject *exc, GpObject *file)
{
    if (!exc)
        return;
    GpObject *saved = gp_err_fetch();
    GpStrWriter w;
    gp_strw_init(&w);
    if (!GP_EXC_CHECK(exc)) {
        GpObject *r = gp_repr(exc);
        gp_strw_write_cstr(&w, "TypeError: print_exception(): Exception expected for value, ");
        gp_strw_write_cstr(&w, GP_TYPE(exc)->name);
        gp_strw_write_cstr(&w, " found\n");
        GP_XDECREF(r);
        gp_err_clear();
    } else {
        GpObject *seen = gp_set_new(NULL);
        if (seen) {
            print_chain(&w, exc, seen, 0);
            GP_DECREF(seen);
        }
    }
    GpObject *text = gp_strw_finish(&w);
    gp_err_clear();
    if (!text) {
        gp_err_clear();
        gp_err_restore(saved);
        return;
    }
    GpInterp *in = gp_interp();
    if (!file && in->sysdict)
        file = gp_dict_getitem_str(in->sysdict, "stderr");
    int done = 0;
    if (file && file != gp_None) {
        GpObject *out = gp_dict_getitem_str(in->sysdict, "stdout");
        if (out && out != gp_None) {
            GpObject *r = gp_call_method_str(out, "flush", NULL, 0);
            GP_XDECREF(r);
            gp_err_clear();
        }
        GpObject *r = gp_call_method_str(file, "write", &text, 1);
        if (r) {
            GP_DECREF(r);
            r = gp_call_method_str(file, "flush", NULL, 0);
            GP_XDECREF(r);
            done = 1;
        }
        gp_err_clear();
    }
    if (!done) {
        fflush(stdout);
        fwrite(GP_STR_DATA(text), 1, (size_t)GP_STR_NBYTES(text), stderr);
        fflush(stderr);
    }
    GP_DECREF(text);
    gp_err_restore(saved);
}

/* ---- the _traceback module: the printer above, for traceback.py ---------------- */

/* format_exception(exc, chain=True) -> str: exactly what an uncaught
 * exception prints. */
static GpObject *tbmod_format_exception(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("format_exception", nargs, 1, 2) < 0)
        return NULL;
    GpObject *exc = args[0];
    int chain = nargs < 2 || gp_is_true(args[1]) > 0;
    if (!GP_EXC_CHECK(exc))
        return gp_err_format(&GpExc_TypeError, "Exception expected for value, %T found", exc);
    GpStrWriter w;
    gp_strw_init(&w);
    if (chain) {
        GpObject *seen = gp_set_new(NULL);
        if (!seen) {
            gp_strw_discard(&w);
            return NULL;
        }
        print_chain(&w, exc, seen, 0);
        GP_DECREF(seen);
    } else {
        GpBaseException *be = (GpBaseException *)exc;
        if (be->traceback) {
            gp_strw_write_cstr(&w, "Traceback (most recent call last):\n");
            print_tb(&w, (GpTraceback *)be->traceback);
        }
        print_exception_only(&w, exc);
    }
    return gp_strw_finish(&w);
}

/* format_exception_only(exc) -> str: the last line(s), "Type: message". */
static GpObject *tbmod_format_exception_only(GpObject *m, GpObject *exc)
{
    if (!GP_EXC_CHECK(exc))
        return gp_err_format(&GpExc_TypeError, "Exception expected for value, %T found", exc);
    GpStrWriter w;
    gp_strw_init(&w);
    print_exception_only(&w, exc);
    return gp_strw_finish(&w);
}

/* format_entry(filename, lineno, name, code_or_None, lasti) -> str: one
 * '  File ..., line N, in name' entry with its source and caret lines. */
static GpObject *tbmod_format_entry(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("format_entry", nargs, 5, 5) < 0)
        return NULL;
    int64_t lineno, lasti;
    if (!GP_STR_CHECK(args[0]) || !GP_STR_CHECK(args[2]))
        return gp_err_format(&GpExc_TypeError, "format_entry(): filename and name must be str");
    if (gp_int_as_i64(args[1], &lineno) < 0 || gp_int_as_i64(args[4], &lasti) < 0)
        return NULL;
    GpCode *co = GP_TYPE(args[3]) == &GpCode_Type ? (GpCode *)args[3] : NULL;
    GpStrWriter w;
    gp_strw_init(&w);
    w_line_entry(&w, args[0], (int)lineno, args[2], co, lasti >= 0 ? (int)(lasti / 4) : -1);
    return gp_strw_finish(&w);
}

static const GpMethodDef tbmod_methods[] = {
    { "format_exception", (void *)tbmod_format_exception, GP_METH_FAST,
      "format_exception(exc, chain=True) -> str" },
    { "format_exception_only", (void *)tbmod_format_exception_only, GP_METH_O,
      "format_exception_only(exc) -> str" },
    { "format_entry", (void *)tbmod_format_entry, GP_METH_FAST,
      "format_entry(filename, lineno, name, code, lasti) -> str" },
    { NULL },
};

int gp_mod__traceback_init(GpObject *m)
{
    return gp_add_functions(GP_MODULE_DICT(m), tbmod_methods, gp_str_intern_cstr("_traceback"));
}
