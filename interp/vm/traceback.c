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
 * Source lines come from the file named by the code's co_filename, or, for
 * "<frozen NAME>" (the code of the modules embedded from interp/lib), from
 * the module's embedded text -- what CPython shows from the library's files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gilpy.h"
#include "compile/parser.h"
#include "vm/embedded.h"

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
static int line_had_newline;     /* of the last line source_line() returned */

/* The whole text of line `lineno` (without its newline; trailing spaces are
 * kept, as CPython's printer keeps them); *indent = bytes of leading
 * whitespace. */
static const char *source_line(const char *filename, int lineno, size_t *len, size_t *indent)
{
    if (!filename || lineno < 1)
        return NULL;
    /* once the modules are torn down CPython can no longer read sources
     * (io is gone): tracebacks printed then have no source lines */
    if (gp_interp()->finalizing > 1)
        return NULL;
    const char *p, *end;
    if (filename[0] == '<') {
        /* embedded text is static: read in place, the file cache stays */
        const GpEmbeddedModule *em = gp_embedded_by_filename(filename);
        if (!em)
            return NULL;
        p = em->source;
        end = em->source + em->length;
        goto find;
    }
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
    p = cached_text;
    end = cached_text + cached_len;
find:
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    line_had_newline = e != NULL;
    if (!e)
        e = end;
    if (e > p && e[-1] == '\r')
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
static void w_carets(GpStrWriter *w, const char *pfx, const char *line, size_t len, size_t indent,
                     GpCode *co, int lasti, int lineno, int shift)
{
    int l0, l1, c0, c1;
    if (!co || lasti < 0 ||
        !gp_code_positions(co, lasti, &l0, &l1, &c0, &c1) || l0 != lineno || c0 < 0 || c1 < 0)
        return;
    size_t start = (size_t)c0, end = (size_t)c1;
    if (l1 > l0) {                 /* several lines: up to the last non-blank */
        end = len;
        while (end > indent && is_ws(line[end - 1]))
            end--;
    }
    if (end > len)
        end = len;
    if (start < indent || start >= end)
        return;
    size_t left = 0, right = 0;
    int anchors = l1 == l0 && caret_anchors(line + start, end - start, &left, &right);
    if (!anchors && start == indent && end == len)
        return;                                  /* the whole line: nothing to point at */
    gp_strw_write_cstr(w, pfx);
    gp_strw_write_cstr(w, "    ");
    /* shift: traceback.py's column arithmetic counts the stripped trailing
     * blanks and the newline as indentation (3.11 quirk) */
    int64_t sp = (int64_t)u8_chars(line + indent, start - indent) + shift;
    for (; sp > 0; sp--)
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

/* The state of one print, as CPython 3.11's: exception groups are drawn as
 * a tree whose lines carry an indentation of 2*depth and a "| " margin. */
typedef struct {
    GpStrWriter *w;
    GpObject *seen;           /* ids of the exceptions printed; NULL: no chaining */
    int depth;                /* exception group nesting */
    int need_close;           /* a closing "+----" line is owed */
    int max_width, max_depth;
    int64_t limit;            /* entries per traceback: <0 the last -limit, >=0 the first */
    int has_limit;
    int pymode;               /* traceback.py's formatting (stripped lines, ...) */
} Pctx;

static void w_indent(Pctx *c)
{
    for (int i = 0; i < 2 * c->depth; i++)
        gp_strw_write_cstr(c->w, " ");
}

static void w_margin(Pctx *c)
{
    w_indent(c);
    if (c->depth)
        gp_strw_write_cstr(c->w, "| ");
}

/* One "File ..." entry with its source and caret lines. fallback: the line
 * (str) to show when the file gives none -- traceback.py passes what
 * linecache got from a module's __loader__ -- or NULL. */
static void w_line_entry_ex(GpStrWriter *w, const char *pfx, GpObject *filename, int lineno,
                            GpObject *name, GpCode *co, int lasti, int strip, GpObject *fallback)
{
    gp_strw_write_cstr(w, pfx);
    gp_strw_write_cstr(w, "  File \"");
    gp_strw_write_str(w, filename);
    char buf[64];
    snprintf(buf, sizeof buf, "\", line %d, in ", lineno);
    gp_strw_write_cstr(w, buf);
    gp_strw_write_str(w, name);
    gp_strw_write_cstr(w, "\n");
    size_t len = 0, indent = 0;
    const char *src = GP_STR_CHECK(filename) ? source_line(GP_STR_DATA(filename), lineno, &len, &indent)
                                             : NULL;
    if (!src && fallback && GP_STR_CHECK(fallback)) {
        src = GP_STR_DATA(fallback);
        len = (size_t)GP_STR_NBYTES(fallback);
        line_had_newline = len > 0 && src[len - 1] == '\n';
        if (line_had_newline)
            len--;
        if (len > 0 && src[len - 1] == '\r')
            len--;
        while (indent < len && (src[indent] == ' ' || src[indent] == '\t' || src[indent] == '\f'))
            indent++;
    }
    int shift = 0;
    if (src && strip) {
        shift = 1 - line_had_newline;
        while (len > indent && is_ws(src[len - 1])) {
            len--;
            shift--;
        }
    }
    if (src && len > indent) {
        gp_strw_write_cstr(w, pfx);
        gp_strw_write_cstr(w, "    ");
        gp_strw_write(w, src + indent, (gp_ssize)(len - indent));
        gp_strw_write_cstr(w, "\n");
        w_carets(w, pfx, src, len, indent, co, lasti, lineno, shift);
    }
}

static void w_line_entry(GpStrWriter *w, const char *pfx, GpObject *filename, int lineno,
                         GpObject *name, GpCode *co, int lasti, int strip)
{
    w_line_entry_ex(w, pfx, filename, lineno, name, co, lasti, strip, NULL);
}

static void w_repeated(GpStrWriter *w, const char *pfx, int count)
{
    char buf[96];
    snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", count, count == 1 ? "" : "s");
    gp_strw_write_cstr(w, pfx);
    gp_strw_write_cstr(w, buf);
}

/* The entries of a traceback, their header first ("Traceback (most recent
 * call last):" or the exception group's). */
static void print_tb(Pctx *c, GpTraceback *tb, const char *header, const char *header_margin)
{
    gp_ssize depth = 0, skip = 0, take = -1;
    for (GpTraceback *t = tb; t; t = t->next)
        depth++;
    if (c->has_limit) {
        if (c->limit >= 0)
            take = (gp_ssize)c->limit;
        else if (-c->limit < depth)
            skip = depth + (gp_ssize)c->limit;
    }
    if (take == 0 || depth == 0)
        return;
    char pfx[256];
    int n = 2 * c->depth < 200 ? 2 * c->depth : 200;
    memset(pfx, ' ', (size_t)n);
    pfx[n] = 0;
    gp_strw_write_cstr(c->w, pfx);
    gp_strw_write_cstr(c->w, header_margin);
    gp_strw_write_cstr(c->w, header);
    if (c->depth)
        strcat(pfx, "| ");
    GpObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    gp_ssize i = 0;
    for (; tb; tb = tb->next, i++) {
        if (i < skip)
            continue;
        if (take >= 0 && i >= take)
            break;
        GpFrameObject *fo = (GpFrameObject *)tb->frame;
        GpFrame *f = fo ? fo->frame : NULL;
        GpCode *co = f ? f->code : NULL;
        if (!co)
            continue;
        GpObject *file = co->filename, *name = co->name;
        if (!last_file || !gp_str_eq(file, last_file) || !gp_str_eq(name, last_name) ||
            tb->lineno != last_line) {
            if (count > 3)
                w_repeated(c->w, pfx, count - 3);
            last_file = file;
            last_name = name;
            last_line = tb->lineno;
            count = 0;
        }
        if (++count > 3)
            continue;
        w_line_entry(c->w, pfx, file, tb->lineno, name, co, tb->lasti, c->pymode);
    }
    if (count > 3)
        w_repeated(c->w, pfx, count - 3);
}

/* An int attribute of a SyntaxError: 1 with *out set, 0 for None (when
 * allowed), -1 when unusable. */
static int se_int(GpObject *v, int64_t *out)
{
    if (!v || v == gp_None)
        return 0;
    if (!GP_INT_CHECK(v) || gp_int_as_i64(v, out) < 0) {
        gp_err_clear();
        return -1;
    }
    return 1;
}

/* The "  File ..., line N" header and the source line with its carets of a
 * SyntaxError; *msg gets what is printed after the type's name. 0 when the
 * error's fields do not allow it (then the exception's str() is shown). */
static int print_syntax_location(Pctx *c, GpObject *exc, GpObject **msg)
{
    GpSyntaxErrorObj *se = (GpSyntaxErrorObj *)exc;
    int64_t lineno, offset = -1, end_lineno, end_offset = -1;
    if (!se->msg || se_int(se->lineno, &lineno) <= 0)
        return 0;
    int r = se_int(se->offset, &offset);
    if (r < 0)
        return 0;
    if (r == 0)
        offset = -1;
    end_lineno = lineno;
    if (GP_TYPE(exc) == &GpExc_SyntaxError) {
        if ((r = se_int(se->end_lineno, &end_lineno)) < 0)
            return 0;
        if (r == 0)
            end_lineno = lineno;
        if ((r = se_int(se->end_offset, &end_offset)) < 0)
            return 0;
        if (r == 0)
            end_offset = -1;
    }
    *msg = gp_newref(se->msg);
    w_margin(c);
    gp_strw_write_cstr(c->w, "  File \"");
    if (se->filename && se->filename != gp_None) {
        GpObject *s = gp_str(se->filename);
        if (s) {
            gp_strw_write_str(c->w, s);
            GP_DECREF(s);
        } else {
            gp_err_clear();
        }
    } else {
        gp_strw_write_cstr(c->w, "<string>");
    }
    char buf[64];
    snprintf(buf, sizeof buf, "\", line %lld\n", (long long)lineno);
    gp_strw_write_cstr(c->w, buf);
    if (!se->text || se->text == gp_None || !GP_STR_CHECK(se->text))
        return 1;
    const char *text = GP_STR_DATA(se->text);
    int64_t line_size = GP_STR_NBYTES(se->text);
    if (end_lineno > lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    int64_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        int64_t inl = nl - text;
        if (inl >= offset)
            break;
        inl++;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    gp_strw_write_cstr(c->w, "    ");
    gp_strw_write_cstr(c->w, text);
    if (text[len] != '\n')
        gp_strw_write_cstr(c->w, "\n");
    if (offset < 0)
        return 1;
    gp_strw_write_cstr(c->w, "    ");
    while (--offset >= 0)
        gp_strw_write_cstr(c->w, " ");
    for (int64_t i = 0; i < reps; i++)
        gp_strw_write_cstr(c->w, "^");
    gp_strw_write_cstr(c->w, "\n");
    return 1;
}

static void print_notes(Pctx *c, GpObject *exc)
{
    GpObject *notes = NULL;
    if (gp_getattr_opt(exc, gp_str_intern_cstr("__notes__"), &notes) < 0) {
        gp_err_clear();
        return;
    }
    if (!notes)
        return;
    if (!GP_TYPE(notes)->getitem || GP_TYPE_FAST_CHECK(notes, GP_TPFLAGS_DICT_SUBCLASS)) {
        w_margin(c);
        GpObject *s = gp_repr(notes);
        if (s) {
            gp_strw_write_str(c->w, s);
            GP_DECREF(s);
        } else {
            gp_err_clear();
            gp_strw_write_cstr(c->w, "<__notes__ repr() failed>");
        }
        GP_DECREF(notes);
        return;
    }
    gp_ssize n = gp_len(notes);
    if (n < 0)
        gp_err_clear();
    for (gp_ssize i = 0; i < n; i++) {
        GpObject *idx = gp_int_from_i64(i);
        GpObject *note = idx ? gp_getitem(notes, idx) : NULL;
        GP_XDECREF(idx);
        if (!note) {
            gp_err_clear();
            break;
        }
        GpObject *s = gp_str(note);
        GP_DECREF(note);
        if (!s) {
            gp_err_clear();
            gp_strw_write_cstr(c->w, "<note str() failed>");
        } else {
            /* each line (ends kept) behind the margin */
            const char *p = GP_STR_DATA(s), *end = p + GP_STR_NBYTES(s);
            while (p < end) {
                const char *q = p;
                while (q < end && *q != '\n' && *q != '\r')
                    q++;
                if (q < end)
                    q += (*q == '\r' && q + 1 < end && q[1] == '\n') ? 2 : 1;
                w_margin(c);
                gp_strw_write(c->w, p, q - p);
                p = q;
            }
            GP_DECREF(s);
        }
        gp_strw_write_cstr(c->w, "\n");
    }
    GP_DECREF(notes);
}

/* ---- "Did you mean" (CPython 3.11's suggestions for NameError and
 * AttributeError, shown by the printer only) ------------------------------- */

#define SUG_MAX_ITEMS 750
#define SUG_MAX_LEN 40
#define SUG_MOVE 2

static size_t sug_subst_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return SUG_MOVE;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + 32);
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + 32);
    return a == b ? 1 : SUG_MOVE;
}

/* Edit distance with moves costing 2 and case changes 1; anything above
 * max_cost is reported as max_cost + 1. */
static size_t sug_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t row[SUG_MAX_LEN];
    while (na && nb && a[0] == b[0]) {
        a++, b++;
        na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (!na || !nb)
        return (na + nb) * SUG_MOVE;
    if (na > SUG_MAX_LEN || nb > SUG_MAX_LEN)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * SUG_MOVE > max_cost)
        return max_cost + 1;
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * SUG_MOVE;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * SUG_MOVE, best = (size_t)-1;
        result = diag;
        for (size_t i = 0; i < na; i++) {
            size_t sub = diag + sug_subst_cost(b[j], a[i]);
            diag = row[i];
            size_t indel = (result < diag ? result : diag) + SUG_MOVE;
            result = indel < sub ? indel : sub;
            row[i] = result;
            if (result < best)
                best = result;
        }
        if (best > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest name of the list to `name`, or NULL (new reference). */
static GpObject *sug_best(GpObject *list, GpObject *name)
{
    if (!list || !GP_LIST_CHECK(list) || GP_SIZE(list) >= SUG_MAX_ITEMS)
        return NULL;
    const char *ns = GP_STR_DATA(name);
    size_t nn = (size_t)GP_STR_NBYTES(name);
    GpObject *best = NULL;
    size_t best_d = (size_t)-1;
    for (gp_ssize i = 0; i < GP_SIZE(list); i++) {
        GpObject *item = GP_LIST_GET(list, i);
        if (!GP_STR_CHECK(item))
            return NULL;
        const char *is = GP_STR_DATA(item);
        size_t in = (size_t)GP_STR_NBYTES(item);
        if (in == nn && memcmp(is, ns, nn) == 0)
            continue;
        size_t maxd = (nn + in + 3) * SUG_MOVE / 6;
        if (best_d - 1 < maxd)
            maxd = best_d - 1;
        size_t d = sug_distance(ns, nn, is, in, maxd);
        if (d > maxd)
            continue;
        if (!best || d < best_d) {
            best = item;
            best_d = d;
        }
    }
    return best ? gp_newref(best) : NULL;
}

static GpObject *sug_from_dict(GpObject *d, GpObject *name)
{
    if (!d || !GP_DICT_CHECK(d))
        return NULL;
    GpObject *keys = gp_dict_keys(d);
    if (!keys) {
        gp_err_clear();
        return NULL;
    }
    GpObject *r = sug_best(keys, name);
    GP_DECREF(keys);
    return r;
}

static GpObject *suggestion_for(GpObject *exc)
{
    if (GP_TYPE(exc) == &GpExc_AttributeError) {
        GpAttributeError *ae = (GpAttributeError *)exc;
        if (!ae->name || !ae->obj || !GP_STR_CHECK_EXACT(ae->name))
            return NULL;
        GpObject *dir = gp_dir(ae->obj);
        if (!dir) {
            gp_err_clear();
            return NULL;
        }
        GpObject *r = sug_best(dir, ae->name);
        GP_DECREF(dir);
        return r;
    }
    if (GP_TYPE(exc) == &GpExc_NameError) {
        GpNameError *ne = (GpNameError *)exc;
        GpTraceback *tb = (GpTraceback *)((GpBaseException *)exc)->traceback;
        if (!ne->name || !GP_STR_CHECK_EXACT(ne->name) || !tb || GP_TYPE(tb) != &GpTraceback_Type)
            return NULL;
        while (tb->next)
            tb = tb->next;
        GpFrameObject *fo = (GpFrameObject *)tb->frame;
        GpFrame *f = fo ? fo->frame : NULL;
        if (!f || !f->code)
            return NULL;
        GpObject *r = NULL;
        if (f->code->varnames && GP_TUPLE_CHECK(f->code->varnames)) {
            GpObject *vl = gp_sequence_list(f->code->varnames);
            if (!vl)
                gp_err_clear();
            r = sug_best(vl, ne->name);
            GP_XDECREF(vl);
        }
        if (!r)
            r = sug_from_dict(f->globals, ne->name);
        if (!r) {
            GpObject *b = f->builtins;
            if (b && GP_TYPE_CHECK(b, &GpModule_Type))
                b = GP_MODULE_DICT(b);
            r = sug_from_dict(b, ne->name);
        }
        return r;
    }
    return NULL;
}

/* "ValueError: msg", "mod.Err: msg", a SyntaxError with its source line,
 * then the notes. */
static void print_exception_only(Pctx *c, GpObject *exc)
{
    GpObject *value = gp_newref(exc);
    if (GP_TYPE_CHECK(exc, &GpExc_SyntaxError)) {
        GpObject *msg = NULL;
        if (print_syntax_location(c, exc, &msg)) {
            GP_DECREF(value);
            value = msg;
        }
    }
    GpType *t = GP_TYPE(exc);
    w_margin(c);
    GpObject *mod = gp_getattr_str((GpObject *)t, "__module__");
    if (!mod || !GP_STR_CHECK(mod)) {
        gp_err_clear();
        gp_strw_write_cstr(c->w, "<unknown>.");
    } else if (!gp_str_eq_cstr(mod, "builtins") && !gp_str_eq_cstr(mod, "__main__")) {
        gp_strw_write_str(c->w, mod);
        gp_strw_write_cstr(c->w, ".");
    }
    GP_XDECREF(mod);
    GpObject *qn = t->ht_qualname;
    if (qn && GP_STR_CHECK(qn))
        gp_strw_write_str(c->w, qn);
    else
        gp_strw_write_cstr(c->w, gp_type_name(t));
    if (value != gp_None) {
        GpObject *s = gp_str(value);
        if (!s) {
            gp_err_clear();
            gp_strw_write_cstr(c->w, ": <exception str() failed>");
        } else {
            if (GP_STR_NBYTES(s) > 0) {
                gp_strw_write_cstr(c->w, ": ");
                gp_strw_write_str(c->w, s);
            }
            GP_DECREF(s);
        }
    }
    GP_DECREF(value);
    if (!c->pymode) {
        GpObject *sug = suggestion_for(exc);
        gp_err_clear();
        if (sug) {
            gp_strw_write_cstr(c->w, ". Did you mean: '");
            gp_strw_write_str(c->w, sug);
            gp_strw_write_cstr(c->w, "'?");
            GP_DECREF(sug);
        }
    }
    gp_strw_write_cstr(c->w, "\n");
    print_notes(c, exc);
}

static int is_group(GpObject *exc)
{
    return GP_TYPE_CHECK(exc, &GpExc_BaseExceptionGroup);
}

static void print_exception(Pctx *c, GpObject *exc)
{
    GpBaseException *be = (GpBaseException *)exc;
    if (be->traceback) {
        const char *header = "Traceback (most recent call last):\n";
        const char *hmargin = c->depth ? "| " : "";
        if (is_group(exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->depth == 1)
                hmargin = "+ ";
        }
        print_tb(c, (GpTraceback *)be->traceback, header, hmargin);
    }
    print_exception_only(c, exc);
}

static void print_recursive(Pctx *c, GpObject *exc, int level);

static int seen_has(Pctx *c, GpObject *exc)
{
    GpObject *k = gp_int_from_i64((int64_t)(intptr_t)exc);
    int s = k ? gp_set_contains(c->seen, k) : 1;
    GP_XDECREF(k);
    if (s < 0) {
        gp_err_clear();
        s = 1;
    }
    return s;
}

static void print_chained(Pctx *c, GpObject *exc, const char *message, int level)
{
    int need_close = c->need_close;
    print_recursive(c, exc, level + 1);
    c->need_close = need_close;
    w_margin(c);
    gp_strw_write_cstr(c->w, "\n");
    w_margin(c);
    gp_strw_write_cstr(c->w, message);
    w_margin(c);
    gp_strw_write_cstr(c->w, "\n");
}

static void print_group(Pctx *c, GpObject *exc, int level)
{
    if (c->depth > c->max_depth) {
        char buf[64];
        w_margin(c);
        snprintf(buf, sizeof buf, "... (max_group_depth is %d)\n", c->max_depth);
        gp_strw_write_cstr(c->w, buf);
        return;
    }
    int toplevel = c->depth == 0;
    if (toplevel)
        c->depth++;
    print_exception(c, exc);
    GpObject *excs = ((GpBaseExceptionGroup *)exc)->excs;
    gp_ssize num = excs && GP_TUPLE_CHECK(excs) ? GP_SIZE(excs) : 0;
    gp_ssize n = num <= c->max_width ? num : (gp_ssize)c->max_width + 1;
    c->need_close = 0;
    for (gp_ssize i = 0; i < n; i++) {
        int last = i == n - 1;
        if (last)
            c->need_close = 1;
        char buf[96];
        int truncated = i >= c->max_width;
        w_indent(c);
        if (!truncated)
            snprintf(buf, sizeof buf, "%s+---------------- %lld ----------------\n", i == 0 ? "+-" : "  ",
                     (long long)i + 1);
        else
            snprintf(buf, sizeof buf, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        gp_strw_write_cstr(c->w, buf);
        c->depth++;
        if (!truncated) {
            print_recursive(c, GP_TUPLE_GET(excs, i), level + 1);
        } else {
            long long rem = (long long)(num - c->max_width);
            w_margin(c);
            snprintf(buf, sizeof buf, "and %lld more exception%s\n", rem, rem > 1 ? "s" : "");
            gp_strw_write_cstr(c->w, buf);
        }
        if (last && c->need_close) {
            w_indent(c);
            gp_strw_write_cstr(c->w, "+------------------------------------\n");
            c->need_close = 0;
        }
        c->depth--;
    }
    if (toplevel)
        c->depth = 0;
}

static void print_recursive(Pctx *c, GpObject *exc, int level)
{
    if (level > 900)
        return;
    if (!GP_EXC_CHECK(exc)) {
        w_margin(c);
        gp_strw_write_cstr(c->w, "TypeError: print_exception(): Exception expected for value, ");
        gp_strw_write_cstr(c->w, GP_TYPE(exc)->name);
        gp_strw_write_cstr(c->w, " found\n");
        return;
    }
    if (c->seen) {
        GpObject *key = gp_int_from_i64((int64_t)(intptr_t)exc);
        if (!key || gp_set_add(c->seen, key) < 0)
            gp_err_clear();
        GP_XDECREF(key);
        GpBaseException *be = (GpBaseException *)exc;
        if (be->cause && be->cause != gp_None) {
            if (!seen_has(c, be->cause))
                print_chained(c, be->cause,
                              "The above exception was the direct cause of the following exception:\n", level);
        } else if (!be->suppress_context && be->context && be->context != gp_None) {
            if (!seen_has(c, be->context))
                print_chained(c, be->context,
                              "During handling of the above exception, another exception occurred:\n", level);
        }
    }
    if (is_group(exc))
        print_group(c, exc, level);
    else
        print_exception(c, exc);
}

static void pctx_init(Pctx *c, GpStrWriter *w)
{
    memset(c, 0, sizeof *c);
    c->w = w;
    c->max_width = 15;
    c->max_depth = 10;
}

/* chain == 0 is CPython's default sys.unraisablehook format: only the
 * exception's own traceback and "Type: message", no __cause__/__context__
 * sections and no expansion of exception groups. */
static void display_impl(GpObject *exc, GpObject *file, int chain)
{
    if (!exc)
        return;
    GpObject *saved = gp_err_fetch();
    GpInterp *in = gp_interp();
    GpStrWriter w;
    gp_strw_init(&w);
    Pctx c;
    pctx_init(&c, &w);
    GpObject *lim = in->sysdict ? gp_dict_getitem_str(in->sysdict, "tracebacklimit") : NULL;
    if (lim && GP_INT_CHECK(lim)) {
        int ovf = 0;
        int64_t v = gp_int_as_i64_clamped(lim, &ovf);
        c.has_limit = 1;
        c.limit = v <= 0 ? 0 : -v;
    }
    c.seen = gp_set_new(NULL);
    if (!c.seen)
        gp_err_clear();
    if (!chain && GP_EXC_CHECK(exc))
        print_exception(&c, exc);
    else if (c.seen)
        print_recursive(&c, exc, 0);
    GP_XDECREF(c.seen);
    GpObject *text = gp_strw_finish(&w);
    gp_err_clear();
    if (!text) {
        gp_err_clear();
        gp_err_restore(saved);
        return;
    }
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

void gp_err_display(GpObject *exc, GpObject *file)
{
    display_impl(exc, file, 1);
}

void gp_err_display_unchained(GpObject *exc, GpObject *file)
{
    display_impl(exc, file, 0);
}

/* ---- the _traceback module: the printer above, for traceback.py ---------------- */

/* format_exception(exc, chain=True, limit=None, max_group_width=15,
 * max_group_depth=10) -> str: what an uncaught exception prints (limit as
 * traceback.extract_tb's). */
static GpObject *tbmod_format_exception(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("format_exception", nargs, 1, 5) < 0)
        return NULL;
    GpObject *exc = args[0];
    if (!GP_EXC_CHECK(exc))
        return gp_err_format(&GpExc_TypeError, "Exception expected for value, %T found", exc);
    GpStrWriter w;
    Pctx c;
    gp_strw_init(&w);
    pctx_init(&c, &w);
    c.pymode = 1;
    int chain = nargs < 2 || gp_is_true(args[1]) > 0;
    int64_t v;
    if (nargs >= 3 && args[2] != gp_None) {
        if (gp_int_as_i64(args[2], &v) < 0)
            goto fail;
        c.has_limit = 1;
        c.limit = v;
    }
    if (nargs >= 4) {
        if (gp_int_as_i64(args[3], &v) < 0)
            goto fail;
        c.max_width = v < 0 ? 0 : v > 1000000000 ? 1000000000 : (int)v;
    }
    if (nargs >= 5) {
        if (gp_int_as_i64(args[4], &v) < 0)
            goto fail;
        c.max_depth = v < -1 ? -1 : v > 1000000000 ? 1000000000 : (int)v;
    }
    if (chain && !(c.seen = gp_set_new(NULL)))
        goto fail;
    print_recursive(&c, exc, 0);
    GP_XDECREF(c.seen);
    return gp_strw_finish(&w);
fail:
    gp_strw_discard(&w);
    return NULL;
}

/* format_exception_only(exc) -> str: the last line(s), "Type: message". */
static GpObject *tbmod_format_exception_only(GpObject *m, GpObject *exc)
{
    if (!GP_EXC_CHECK(exc))
        return gp_err_format(&GpExc_TypeError, "Exception expected for value, %T found", exc);
    GpStrWriter w;
    Pctx c;
    gp_strw_init(&w);
    pctx_init(&c, &w);
    c.pymode = 1;
    print_exception_only(&c, exc);
    return gp_strw_finish(&w);
}

/* format_entry(filename, lineno, name, code_or_None, lasti[, line]) -> str:
 * one '  File ..., line N, in name' entry with its source and caret lines;
 * `line` (str) is shown when the file itself gives none. */
static GpObject *tbmod_format_entry(GpObject *m, GpObject *const *args, size_t nargs)
{
    if (gp_args_count("format_entry", nargs, 5, 6) < 0)
        return NULL;
    int64_t lineno, lasti;
    if (!GP_STR_CHECK(args[0]) || !GP_STR_CHECK(args[2]))
        return gp_err_format(&GpExc_TypeError, "format_entry(): filename and name must be str");
    if (gp_int_as_i64(args[1], &lineno) < 0 || gp_int_as_i64(args[4], &lasti) < 0)
        return NULL;
    GpCode *co = GP_TYPE(args[3]) == &GpCode_Type ? (GpCode *)args[3] : NULL;
    GpStrWriter w;
    gp_strw_init(&w);
    w_line_entry_ex(&w, "", args[0], (int)lineno, args[2], co, lasti >= 0 ? (int)(lasti / 4) : -1, 1,
                    nargs > 5 ? args[5] : NULL);
    return gp_strw_finish(&w);
}

static const GpMethodDef tbmod_methods[] = {
    { "format_exception", (void *)tbmod_format_exception, GP_METH_FAST,
      "format_exception(exc, chain=True, limit=None, max_group_width=15, max_group_depth=10) -> str" },
    { "format_exception_only", (void *)tbmod_format_exception_only, GP_METH_O,
      "format_exception_only(exc) -> str" },
    { "format_entry", (void *)tbmod_format_entry, GP_METH_FAST,
      "format_entry(filename, lineno, name, code, lasti[, line]) -> str" },
    { NULL },
};

int gp_mod__traceback_init(GpObject *m)
{
    return gp_add_functions(GP_MODULE_DICT(m), tbmod_methods, gp_str_intern_cstr("_traceback"));
}
