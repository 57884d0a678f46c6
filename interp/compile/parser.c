/* parser.c - parser core: token buffer, error reporting, entry points.
 *
 * The grammar itself lives in parser_stmt.c (statements), parser_expr.c
 * (expressions, targets, parameters, call arguments) and parser_string.c
 * (string literals and f-strings).  See parser_internal.h for the error
 * discipline (longjmp to the entry point, arena-owned results).
 *
 * Error selection follows CPython 3.11's parser where it matters to users:
 *   - a tokenizer error is reported as soon as the token is read;
 *   - a generic "invalid syntax" is reported at the token where parsing
 *     stopped, unless tokenizing the rest of the input finds a tokenizer
 *     error, which then wins (CPython's "tokenize the full source" step);
 *   - failing at end of input inside brackets gives "'(' was never closed";
 *   - failing at an INDENT gives IndentationError "unexpected indent".
 */
#include "compile/parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/utf8.h"
#include "support/unicodedb.h"

/* ---- token buffer ----------------------------------------------------------- */

/* The token array grows by copying into a bigger block, but the old
 * blocks stay alive until the parse ends: parse functions hold GpToken
 * pointers across calls that read more tokens, and tokens never change
 * once read, so a pointer into an old block stays valid.  Malloc'd blocks
 * carry a 16-byte header linking to the previous block. */
static void grow_tokens(GpParser *p)
{
    /* sub-parsers (one per f-string replacement field) start small: their
     * blocks live in the arena until the parse ends */
    int cap = p->cap ? p->cap * 2 : p->toks_in_arena ? 8 : 256;
    GpToken *nt;
    if (p->toks_in_arena) {
        nt = gp_arena_alloc(p->arena, sizeof(GpToken) * (size_t)cap);
    } else {
        char *raw = malloc(16 + sizeof(GpToken) * (size_t)cap);
        if (!raw) {
            gp_syntax_error_set(p->err, GP_SYNERR_MEMORY, "out of memory", NULL, NULL, 0, 0, 0, 0);
            gp_p_fail(p);
        }
        *(char **)raw = p->toks ? (char *)p->toks - 16 : NULL;
        nt = (GpToken *)(raw + 16);
    }
    if (p->ntoks)
        memcpy(nt, p->toks, sizeof(GpToken) * (size_t)p->ntoks);
    p->toks = nt;
    p->cap = cap;
}

static void free_tokens(GpParser *p)
{
    if (p->toks_in_arena || !p->toks)
        return;
    char *raw = (char *)p->toks - 16;
    while (raw) {
        char *prev = *(char **)raw;
        free(raw);
        raw = prev;
    }
    p->toks = NULL;
}

GpToken *gp_p_peek_at(GpParser *p, int index)
{
    while (p->ntoks <= index) {
        if (p->ntoks > 0) {
            GpTokType last = p->toks[p->ntoks - 1].type;
            if (last == GP_TOK_ENDMARKER || last == GP_TOK_ERROR)
                return &p->toks[p->ntoks - 1];
        }
        if (p->ntoks == p->cap)
            grow_tokens(p);
        GpToken *t = &p->toks[p->ntoks];
        if (gp_tok_next(&p->tok, t) == GP_TOK_ERROR)
            t->type = GP_TOK_ERROR; /* some errors leave the token blank */
        p->ntoks++;
        if (t->type == GP_TOK_ERROR && p->err->set)
            gp_p_fail(p); /* tokenizer errors are immediate */
    }
    return &p->toks[index];
}

GpToken *gp_p_next(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type != GP_TOK_ENDMARKER && t->type != GP_TOK_ERROR)
        p->pos++;
    return t;
}

int gp_p_accept(GpParser *p, GpTokType t)
{
    if (gp_p_type(p) == t) {
        p->pos++;
        return 1;
    }
    return 0;
}

GpToken *gp_p_expect(GpParser *p, GpTokType t)
{
    if (gp_p_type(p) != t)
        gp_p_invalid(p);
    return gp_p_next(p);
}

GpToken *gp_p_expect_msg(GpParser *p, GpTokType t, const char *msg)
{
    if (gp_p_type(p) != t) {
        GpToken *cur = gp_p_peek(p);
        if (cur->type == GP_TOK_ERROR || cur->type == GP_TOK_INDENT || cur->type == GP_TOK_BADCHAR)
            gp_p_invalid(p);
        /* CPython points just after the previous token: "if x\n" -> col 4 */
        GpToken *prev = gp_p_last(p);
        if (prev)
            gp_p_error_range(p, prev->end_lineno, prev->end_col_offset, prev->end_lineno,
                             prev->end_col_offset, "%s", msg);
        gp_p_error_tok(p, GP_SYNERR_SYNTAX, cur, "%s", msg);
    }
    return gp_p_next(p);
}

GpToken *gp_p_last(GpParser *p)
{
    return p->pos > 0 ? &p->toks[p->pos - 1] : NULL;
}

int gp_p_name_is(GpToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == GP_TOK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

const char *gp_p_name(GpParser *p, GpToken *t)
{
    size_t n = (size_t)(t->end - t->start);
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)t->start[i] >= 0x80) {
            /* PEP 3131: non-ASCII identifiers are NFKC-normalised */
            if (gp_uni_utf8_is_normalized(GP_UNI_NFKC, t->start, n) == 1)
                break;
            size_t nlen;
            char *norm = gp_uni_normalize_utf8(GP_UNI_NFKC, t->start, n, &nlen, NULL);
            if (!norm)
                break;   /* out of memory: keep the identifier as written */
            const char *r = gp_arena_strndup(p->arena, norm, nlen);
            free(norm);
            return r;
        }
    }
    return gp_arena_strndup(p->arena, t->start, n);
}

/* ---- errors ------------------------------------------------------------------- */

_Noreturn void gp_p_fail(GpParser *p)
{
    longjmp(*p->jb, 1);
}

/* Find the start of line `lineno` for an error inside an f-string
 * sub-parser or after the tokenizer moved on: tokens remember their line. */
static const char *line_of_token(GpToken *t) { return t->line_start; }

static void set_error(GpParser *p, GpSynErrKind kind, const char *msg, const char *line_start,
                      int lineno, int col, int end_lineno, int end_col)
{
    if (p->err->set)
        return;
    gp_syntax_error_set(p->err, kind, msg, line_start, p->text_end, lineno, col, end_lineno,
                        end_col);
    /* end_col is on end_lineno; when it is another line CPython still
     * measures it against that line, which we do not have handy: keep the
     * byte count (exact for ASCII) */
    if (end_lineno != lineno && end_col >= 0)
        p->err->end_offset = end_col + 1;
}

int gp_p_is_eof_token(GpParser *p, GpToken *t)
{
    if (p->in_fstring)
        return 0;
    return t->type == GP_TOK_ENDMARKER || (t->type == GP_TOK_DEDENT && t->start >= p->text_end);
}

_Noreturn void gp_p_error_eof(GpParser *p, GpSynErrKind kind, const char *msg)
{
    /* CPython's ENDMARKER sits at the end of the last line (a trailing
     * blank line or comment line counts) */
    const char *buf = p->tok.buf, *e = p->text_end;
    if (e > buf && e[-1] == '\n')
        e--;
    const char *ls = e;
    while (ls > buf && ls[-1] != '\n')
        ls--;
    int lineno = 1;
    for (const char *q = buf; q < ls; q++)
        if (*q == '\n')
            lineno++;
    set_error(p, kind, msg, ls, lineno, (int)(e - ls), lineno, -2);
    p->err->end_offset = -1;
    if (p->file_input)
        p->err->offset = 0;
    gp_p_fail(p);
}

_Noreturn void gp_p_error_tok(GpParser *p, GpSynErrKind kind, GpToken *t, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (gp_p_is_eof_token(p, t) && !p->err->set)
        gp_p_error_eof(p, kind, msg);
    if (t->type == GP_TOK_DEDENT && !p->in_fstring && !p->err->set) {
        /* CPython's DEDENT has no column: the error gets the tokenizer's
         * position (the next line's indentation) as a 1-based offset */
        set_error(p, kind, msg, line_of_token(t), t->lineno, t->col_offset, t->lineno, -2);
        p->err->offset = gp_tok_char_offset(t->line_start, p->text_end, t->col_offset);
        p->err->end_offset = -1;
        gp_p_fail(p);
    }
    /* CPython's NEWLINE tokens are empty: the error is a point */
    int empty = t->type == GP_TOK_NEWLINE;
    set_error(p, kind, msg, line_of_token(t), t->lineno, t->col_offset,
              empty ? t->lineno : t->end_lineno, empty ? t->col_offset : t->end_col_offset);
    gp_p_fail(p);
}

/* Line start for a line number: scan the token buffer for a token on it. */
static const char *line_start_for(GpParser *p, int lineno)
{
    for (int i = p->ntoks - 1; i >= 0; i--)
        if (p->toks[i].lineno == lineno)
            return p->toks[i].line_start;
    return NULL;
}

_Noreturn void gp_p_error_range(GpParser *p, int lineno, int col, int end_lineno, int end_col,
                                const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *ls = line_start_for(p, lineno);
    if (!ls) {
        if (!p->err->set) {
            gp_syntax_error_set(p->err, GP_SYNERR_SYNTAX, msg, NULL, NULL, lineno, col + 1,
                                end_lineno, end_col + 1);
        }
        gp_p_fail(p);
    }
    set_error(p, GP_SYNERR_SYNTAX, msg, ls, lineno, col, end_lineno, end_col);
    gp_p_fail(p);
}

_Noreturn void gp_p_error_expr(GpParser *p, GpAstExpr *e, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    gp_p_error_range(p, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, "%s", msg);
}

/* Drain the tokenizer: a tokenizer error later in the input replaces a
 * generic "invalid syntax" (CPython does the same). */
static void check_rest_for_tokenizer_errors(GpParser *p)
{
    if (p->in_fstring)
        return;
    GpToken t;
    for (int guard = 0; guard < 100000000; guard++) {
        if (p->ntoks > 0) {
            GpTokType last = p->toks[p->ntoks - 1].type;
            if (last == GP_TOK_ENDMARKER || last == GP_TOK_ERROR)
                return;
        }
        GpTokType tt = gp_tok_next(&p->tok, &t);
        if (tt == GP_TOK_ENDMARKER || tt == GP_TOK_ERROR)
            return;
    }
}

/* "'(' was never closed", located at the innermost open bracket. */
static void set_unclosed_error(GpParser *p)
{
    int lvl = p->tok.level - 1;
    char msg[64];
    snprintf(msg, sizeof msg, "'%c' was never closed", p->tok.parenstack[lvl]);
    set_error(p, GP_SYNERR_SYNTAX, msg, p->tok.parenline[lvl], p->tok.parenlineno[lvl],
              p->tok.parencol[lvl], p->tok.parenlineno[lvl], -1);
    p->err->end_offset = 0;
}

/* After any parser error (CPython's _PyPegen_tokenize_full_source_to_check_
 * for_errors): tokenize the rest of the input; a tokenizer error there
 * replaces the parser's error, and so does an unclosed bracket when the
 * furthest token the parser read lies on a later line than the bracket
 * (`x = [1, 2` followed by more lines). */
static void prefer_later_tokenizer_errors(GpParser *p)
{
    if (p->in_fstring || !p->err->set || p->ntoks == 0)
        return;
    if (p->err->kind != GP_SYNERR_SYNTAX && p->err->kind != GP_SYNERR_INDENTATION)
        return;
    GpToken *last = &p->toks[p->ntoks - 1];
    if (last->type == GP_TOK_ERROR && !p->tok.at_eof_in_brackets)
        return; /* the error is the tokenizer's own */
    int furthest_line = last->lineno;
    GpSyntaxError saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    GpToken t;
    if (!p->tok.done) {
        for (;;) {
            GpTokType tt = gp_tok_next(&p->tok, &t);
            if (tt == GP_TOK_ENDMARKER || tt == GP_TOK_ERROR || p->tok.done)
                break;
        }
    }
    if (!p->err->set && p->tok.at_eof_in_brackets && p->tok.level > 0 &&
        furthest_line > p->tok.parenlineno[p->tok.level - 1])
        set_unclosed_error(p);
    if (p->err->set) {
        gp_syntax_error_clear(&saved);
        return;
    }
    *p->err = saved;
}

_Noreturn void gp_p_invalid(GpParser *p)
{
    GpToken *t = gp_p_peek(p);
    if (t->type == GP_TOK_ERROR && p->tok.at_eof_in_brackets && !p->in_fstring) {
        set_unclosed_error(p);
        gp_p_fail(p);
    }
    if (t->type == GP_TOK_INDENT) {
        set_error(p, GP_SYNERR_INDENTATION, "unexpected indent", t->line_start, t->lineno,
                  t->col_offset - 1, t->lineno, -2);
        p->err->end_offset = -1;
        gp_p_fail(p);
    }
    if (t->type == GP_TOK_DEDENT) {
        set_error(p, GP_SYNERR_INDENTATION, "unexpected unindent", t->line_start, t->lineno,
                  t->col_offset, t->lineno, -2);
        p->err->end_offset = -1;
        gp_p_fail(p);
    }
    check_rest_for_tokenizer_errors(p);
    if (p->err->set)
        gp_p_fail(p);
    gp_p_error_tok(p, GP_SYNERR_SYNTAX, t, "%s", p->in_fstring ? "f-string: invalid syntax"
                                                                : "invalid syntax");
}

void gp_p_enter(GpParser *p)
{
    if (++p->depth > GP_PARSE_MAX_DEPTH) {
        if (!p->err->set) {
            p->err->set = 1;
            p->err->kind = GP_SYNERR_RECURSION;
            snprintf(p->err->msg, sizeof p->err->msg,
                     "maximum recursion depth exceeded during compilation");
        }
        gp_p_fail(p);
    }
}

void gp_p_check_depth(GpParser *p, int extra)
{
    if (p->depth + extra > GP_PARSE_MAX_DEPTH) {
        p->depth += extra;
        gp_p_enter(p);
    }
}

/* ---- node helpers ---------------------------------------------------------------- */

GpAstExpr *gp_p_expr_at(GpParser *p, GpAstExprKind kind, GpToken *start)
{
    GpAstExpr *e = gp_ast_expr_new(p->arena, kind);
    e->lineno = start->lineno;
    e->col_offset = start->col_offset;
    return e;
}

GpAstExpr *gp_p_expr_from(GpParser *p, GpAstExprKind kind, GpAstExpr *start)
{
    GpAstExpr *e = gp_ast_expr_new(p->arena, kind);
    e->lineno = start->paren_lineno ? start->paren_lineno : start->lineno;
    e->col_offset = start->paren_lineno ? start->paren_col : start->col_offset;
    return e;
}

GpAstStmt *gp_p_stmt_at(GpParser *p, GpAstStmtKind kind, GpToken *start)
{
    GpAstStmt *s = gp_ast_stmt_new(p->arena, kind);
    s->lineno = start->lineno;
    s->col_offset = start->col_offset;
    return s;
}

void gp_p_set_end(GpParser *p, int *end_lineno, int *end_col)
{
    GpToken *t = gp_p_last(p);
    if (t) {
        *end_lineno = t->end_lineno;
        *end_col = t->end_col_offset;
    }
}

/* ---- sub-parsers --------------------------------------------------------------------- */

void gp_p_sub_init(GpParser *sub, GpParser *parent, const char *start, const char *end,
                   int lineno, const char *line_start)
{
    memset(sub, 0, sizeof *sub);
    sub->arena = parent->arena;
    sub->err = parent->err;
    sub->jb = parent->jb;
    sub->depth = parent->depth;
    sub->fstring_depth = parent->fstring_depth;
    sub->in_fstring = 1;
    sub->text_end = parent->text_end;
    sub->toks_in_arena = 1;
    sub->mode = GP_PARSE_EVAL;
    gp_tok_init(&sub->tok, start, (size_t)(end - start), parent->err);
    sub->tok.lineno = lineno;
    sub->tok.line_start = line_start;
    sub->tok.in_fstring_expr = 1;
    sub->tok.atbol = 0;
    sub->tok.blankline_eof = 1;
}

/* ---- entry points -------------------------------------------------------------------- */

typedef struct {
    int err_at_eof; /* the error was found at the end of the input */
} ParseInfo;

static GpAstMod *parse_text(GpArena *arena, const char *text, size_t len, GpParseMode mode,
                            int flags, GpSyntaxError *err, ParseInfo *info)
{
    GpParser p;
    jmp_buf jb;
    memset(&p, 0, sizeof p);
    p.file_input = (flags & GP_PARSE_FLAG_FILE_INPUT) != 0;
    p.arena = arena;
    p.err = err;
    p.jb = &jb;
    p.mode = mode;
    p.text_end = text + len;
    gp_tok_init(&p.tok, text, len, err);

    GpAstMod *volatile mod = NULL;
    if (setjmp(jb) == 0) {
        mod = gp_arena_alloc(arena, sizeof(GpAstMod));
        if (mode == GP_PARSE_EXEC) {
            mod->kind = GP_AST_MOD_Module;
            mod->body = gp_p_file(&p);
        } else if (mode == GP_PARSE_EVAL) {
            mod->kind = GP_AST_MOD_Expression;
            /* blank and comment-only lines before the expression (the
             * tokenizer reports them as NEWLINE here) are skipped, as
             * CPython's tokenizer does with its NL tokens */
            while (gp_p_accept(&p, GP_TOK_NEWLINE))
                ;
            mod->expr = gp_p_star_expressions(&p);
            while (gp_p_accept(&p, GP_TOK_NEWLINE))
                ;
            if (gp_p_type(&p) != GP_TOK_ENDMARKER)
                gp_p_invalid(&p);
        } else {
            mod->kind = GP_AST_MOD_Interactive;
            mod->body = gp_p_interactive(&p);
        }
    } else {
        mod = NULL;
        prefer_later_tokenizer_errors(&p);
        if (info) {
            /* the error is "at EOF" when parsing stopped at the end */
            GpToken *t = p.ntoks ? &p.toks[p.pos < p.ntoks ? p.pos : p.ntoks - 1] : NULL;
            info->err_at_eof = p.tok.at_eof_in_brackets ||
                               (t && (t->type == GP_TOK_ENDMARKER || t->start >= text + len ||
                                      (t->type == GP_TOK_DEDENT && t->start >= text + len)));
        }
    }
    free_tokens(&p);
    return mod;
}

GpAstMod *gp_parse_ex(GpArena *arena, const char *src, size_t len, const char *filename,
                      GpParseMode mode, int flags, GpSyntaxError *err)
{
    (void)filename;
    memset(err, 0, sizeof *err);
    if (memchr(src, '\0', len)) {
        err->set = 1;
        err->kind = GP_SYNERR_NULLBYTES;
        snprintf(err->msg, sizeof err->msg, "source code string cannot contain null bytes");
        return NULL;
    }
    size_t tlen;
    char *text = gp_tok_decode_source(src, len, flags & GP_PARSE_FLAG_IGNORE_COOKIE, &tlen, err);
    if (!text)
        return NULL;
    GpAstMod *mod = parse_text(arena, text, tlen, mode, flags, err, NULL);
    free(text);
    return mod;
}

GpAstMod *gp_parse(GpArena *arena, const char *src, size_t len, const char *filename,
                   GpParseMode mode, GpSyntaxError *err)
{
    return gp_parse_ex(arena, src, len, filename, mode, 0, err);
}

/* Does the text start with a compound statement (whose block the REPL keeps
 * reading until an empty line)? */
static int starts_compound(const char *s, size_t n)
{
    static const char *const kws[] = {"if", "while", "for", "try", "with", "def", "class",
                                      "async", "match", NULL};
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
        i++;
    if (i < n && s[i] == '@')
        return 1;
    for (int k = 0; kws[k]; k++) {
        size_t l = strlen(kws[k]);
        if (n - i > l && memcmp(s + i, kws[k], l) == 0 &&
            (s[i + l] == ' ' || s[i + l] == '(' || s[i + l] == ':' || s[i + l] == '\t'))
            return 1;
    }
    return 0;
}

int gp_parse_is_incomplete(const char *src, size_t len, GpParseMode mode)
{
    GpSyntaxError err;
    memset(&err, 0, sizeof err);
    if (memchr(src, '\0', len))
        return 0;
    size_t tlen;
    char *text = gp_tok_decode_source(src, len, 1, &tlen, &err);
    if (!text) {
        gp_syntax_error_clear(&err);
        return 0;
    }
    GpArena *arena = gp_arena_new();
    ParseInfo info = {0};
    GpAstMod *mod = parse_text(arena, text, tlen, mode, 0, &err, &info);
    int incomplete = 0;
    if (!mod) {
        if (strncmp(err.msg, "unterminated triple-quoted", 26) == 0 ||
            strcmp(err.msg, "unexpected EOF while parsing") == 0 || info.err_at_eof ||
            (err.kind == GP_SYNERR_INDENTATION &&
             strncmp(err.msg, "expected an indented block", 26) == 0 && info.err_at_eof))
            incomplete = 1;
    } else if (mode == GP_PARSE_SINGLE && starts_compound(text, tlen)) {
        /* a block is closed by an empty line */
        size_t e = tlen;
        while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
            e--;
        int blank_end = e >= 2 && text[e - 1] == '\n' && text[e - 2] == '\n';
        if (!blank_end) {
            /* the last line may hold only spaces */
            size_t k = e;
            if (k > 0 && text[k - 1] == '\n')
                k--;
            while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
                k--;
            blank_end = k > 0 && text[k - 1] == '\n' && k < e;
        }
        incomplete = !blank_end;
    }
    gp_syntax_error_clear(&err);
    gp_arena_free(arena);
    free(text);
    return incomplete;
}
