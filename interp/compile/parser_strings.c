/* parser_strings.c - string literals: implicit concatenation, str/bytes,
 * raw strings, escape sequences and f-strings (Python 3.11 semantics).
 *
 * gp_p_strings consumes a run of STRING tokens and produces either one
 * Constant (str or bytes) or, if any part is an f-string, a JoinedStr whose
 * values alternate between Constant strings and FormattedValue nodes
 * (adjacent literal text is merged, empty literals dropped).
 *
 * f-strings are scanned as CPython 3.11's string_parser.c does: the
 * literal part stops at a single '{' or '}' ('{{' and '}}' are literal
 * braces at the top level), an expression part is located by tracking
 * quotes and brackets, then parsed by a sub-parser (gp_p_sub_init) over the
 * original source text, so nodes carry real source locations.  Format specs
 * are f-strings themselves, one level deep.
 *
 * Errors raised here (bad escapes, bytes with non-ASCII characters, f-string
 * structure) are located at the token following the string run, like
 * CPython, whose parser had already read that token when it decoded the
 * strings.  Errors inside an f-string expression are reported like 3.11:
 * "f-string: " prefix, text "(expr)", columns relative to that text.
 */
#include "compile/parser_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/utf8.h"

/* Unicode character names (\N{...}).  Provided by the Unicode database
 * when it has a name table; weak so the front end links without it. */
int gp_uni_lookup_name(const char *name, size_t len, uint32_t *cp) __attribute__((weak));

/* ---- growable byte buffer in the arena ------------------------------------------ */

typedef struct {
    char *buf;
    size_t n, cap;
} SBuf;

static void sb_reserve(GpArena *a, SBuf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + extra + 1)
        cap *= 2;
    char *nb = gp_arena_alloc(a, cap);
    if (b->n)
        memcpy(nb, b->buf, b->n);
    b->buf = nb;
    b->cap = cap;
}

static void sb_put(GpArena *a, SBuf *b, const char *s, size_t n)
{
    sb_reserve(a, b, n);
    memcpy(b->buf + b->n, s, n);
    b->n += n;
    b->buf[b->n] = '\0';
}

static void sb_putc(GpArena *a, SBuf *b, int c)
{
    char ch = (char)c;
    sb_put(a, b, &ch, 1);
}

static void sb_putcp(GpArena *a, SBuf *b, uint32_t cp)
{
    char tmp[4];
    int k = gp_utf8_encode(cp, tmp);
    sb_put(a, b, tmp, (size_t)k);
}

/* ---- context ---------------------------------------------------------------------- */

typedef struct {
    GpParser *p;
    GpToken *first, *last; /* the run of STRING tokens */
    GpToken *tok;          /* the token being decoded */
    /* compile_expr's line count, resumed by the next replacement field of
     * the same token (a scan from the token start each time was quadratic) */
    GpToken *scan_tok;
    const char *scan_pos, *scan_ls;
    int scan_lineno;
} StrCtx;

typedef struct {
    GpAstVec values; /* JoinedStr values so far */
    SBuf lit;        /* pending literal text */
} Acc;

/* Errors located at the token after the strings. */
static _Noreturn void str_error(StrCtx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static _Noreturn void str_error(StrCtx *c, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    GpToken *t = gp_p_peek(c->p);
    gp_p_error_tok(c->p, GP_SYNERR_SYNTAX, t, "%s", msg);
}

static void set_group_loc(StrCtx *c, GpAstExpr *e)
{
    e->lineno = c->first->lineno;
    e->col_offset = c->first->col_offset;
    e->end_lineno = c->last->end_lineno;
    e->end_col_offset = c->last->end_col_offset;
}

static GpAstExpr *make_str_const(StrCtx *c, const char *s, size_t n, int is_bytes)
{
    GpAstExpr *e = gp_ast_expr_new(c->p->arena, GP_AST_EXPR_Constant);
    set_group_loc(c, e);
    e->v.Constant.kind = is_bytes ? GP_CONST_BYTES : GP_CONST_STR;
    char *copy = gp_arena_alloc(c->p->arena, n + 1);
    if (n)
        memcpy(copy, s, n);
    e->v.Constant.str = copy;
    e->v.Constant.len = n;
    return e;
}

static void acc_flush(StrCtx *c, Acc *acc)
{
    if (acc->lit.n == 0)
        return;
    gp_vec_push(c->p->arena, &acc->values, make_str_const(c, acc->lit.buf, acc->lit.n, 0));
    acc->lit.n = 0;
}

/* ---- \N{name} -------------------------------------------------------------------- */

static const struct {
    const char *name;
    uint32_t cp;
} common_names[] = {
    {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"NBSP", 0xA0}, {"EURO SIGN", 0x20AC},
    {"POUND SIGN", 0xA3}, {"YEN SIGN", 0xA5}, {"CENT SIGN", 0xA2}, {"DOLLAR SIGN", 0x24},
    {"COPYRIGHT SIGN", 0xA9}, {"REGISTERED SIGN", 0xAE}, {"DEGREE SIGN", 0xB0},
    {"SECTION SIGN", 0xA7}, {"PILCROW SIGN", 0xB6}, {"MICRO SIGN", 0xB5},
    {"PLUS-MINUS SIGN", 0xB1}, {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7},
    {"BULLET", 0x2022}, {"EN DASH", 0x2013}, {"EM DASH", 0x2014}, {"HYPHEN", 0x2010},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"ZERO WIDTH SPACE", 0x200B},
    {"ZERO WIDTH JOINER", 0x200D}, {"ZERO WIDTH NON-JOINER", 0x200C},
    {"BYTE ORDER MARK", 0xFEFF}, {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"SNOWMAN", 0x2603}, {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606}, {"WHITE SMILING FACE", 0x263A}, {"BLACK HEART SUIT", 0x2665},
    {"HEAVY CHECK MARK", 0x2714}, {"CHECK MARK", 0x2713}, {"BALLOT X", 0x2717},
    {"RIGHTWARDS ARROW", 0x2192}, {"LEFTWARDS ARROW", 0x2190}, {"UPWARDS ARROW", 0x2191},
    {"DOWNWARDS ARROW", 0x2193}, {"INFINITY", 0x221E}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"OHM SIGN", 0x2126}, {"ANGSTROM SIGN", 0x212B}, {"KELVIN SIGN", 0x212A},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9}, {"LATIN SMALL LIGATURE FI", 0xFB01},
    {"COMBINING ACUTE ACCENT", 0x301}, {"COMBINING GRAVE ACCENT", 0x300},
    {"COMBINING DIAERESIS", 0x308}, {"GRINNING FACE", 0x1F600}, {"SMILING FACE WITH SMILING EYES", 0x1F60A},
    {"FACE WITH TEARS OF JOY", 0x1F602}, {"THUMBS UP SIGN", 0x1F44D}, {"PILE OF POO", 0x1F4A9},
    {"SNAKE", 0x1F40D}, {"PARTY POPPER", 0x1F389}, {"ROCKET", 0x1F680}, {"FIRE", 0x1F525},
    {"HEAVY BLACK HEART", 0x2764}, {"WARNING SIGN", 0x26A0}, {"CHECK MARK", 0x2713},
    {"NULL", 0}, {"LINE FEED", 0x0A}, {"LF", 0x0A}, {"CARRIAGE RETURN", 0x0D}, {"CR", 0x0D},
    {"CHARACTER TABULATION", 0x09}, {"TAB", 0x09}, {"ESCAPE", 0x1B}, {"DELETE", 0x7F},
    {"BELL", 0x07}, {"ALERT", 0x07}, {"BACKSPACE", 0x08}, {"FORM FEED", 0x0C},
    {"LINE SEPARATOR", 0x2028}, {"PARAGRAPH SEPARATOR", 0x2029},
    {"EXCLAMATION MARK", 0x21}, {"QUOTATION MARK", 0x22}, {"NUMBER SIGN", 0x23},
    {"PERCENT SIGN", 0x25}, {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27},
    {"LEFT PARENTHESIS", 0x28}, {"RIGHT PARENTHESIS", 0x29}, {"ASTERISK", 0x2A},
    {"PLUS SIGN", 0x2B}, {"COMMA", 0x2C}, {"HYPHEN-MINUS", 0x2D}, {"FULL STOP", 0x2E},
    {"SOLIDUS", 0x2F}, {"COLON", 0x3A}, {"SEMICOLON", 0x3B}, {"LESS-THAN SIGN", 0x3C},
    {"EQUALS SIGN", 0x3D}, {"GREATER-THAN SIGN", 0x3E}, {"QUESTION MARK", 0x3F},
    {"COMMERCIAL AT", 0x40}, {"LEFT SQUARE BRACKET", 0x5B}, {"REVERSE SOLIDUS", 0x5C},
    {"RIGHT SQUARE BRACKET", 0x5D}, {"CIRCUMFLEX ACCENT", 0x5E}, {"LOW LINE", 0x5F},
    {"GRAVE ACCENT", 0x60}, {"LEFT CURLY BRACKET", 0x7B}, {"VERTICAL LINE", 0x7C},
    {"RIGHT CURLY BRACKET", 0x7D}, {"TILDE", 0x7E},
};

static const char *const digit_names[] = {"ZERO", "ONE", "TWO", "THREE", "FOUR",
                                          "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};

/* A few names without the full table: common characters, ASCII letters and
 * digits, CJK unified ideographs. */
static int fallback_lookup(const char *up, uint32_t *cp)
{
    for (size_t i = 0; i < sizeof common_names / sizeof common_names[0]; i++)
        if (strcmp(up, common_names[i].name) == 0) {
            *cp = common_names[i].cp;
            return 1;
        }
    if (strncmp(up, "LATIN SMALL LETTER ", 19) == 0 && up[19] >= 'A' && up[19] <= 'Z' && !up[20]) {
        *cp = (uint32_t)(up[19] - 'A' + 'a');
        return 1;
    }
    if (strncmp(up, "LATIN CAPITAL LETTER ", 21) == 0 && up[21] >= 'A' && up[21] <= 'Z' && !up[22]) {
        *cp = (uint32_t)up[21];
        return 1;
    }
    if (strncmp(up, "DIGIT ", 6) == 0)
        for (int d = 0; d < 10; d++)
            if (strcmp(up + 6, digit_names[d]) == 0) {
                *cp = (uint32_t)('0' + d);
                return 1;
            }
    if (strncmp(up, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        const char *h = up + 22;
        size_t n = strlen(h);
        if (n == 4 || n == 5) {
            uint32_t v = 0;
            for (size_t i = 0; i < n; i++) {
                if (!isxdigit((unsigned char)h[i]))
                    return 0;
                v = v * 16 + (uint32_t)(isdigit((unsigned char)h[i]) ? h[i] - '0' : h[i] - 'A' + 10);
            }
            if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
                (v >= 0x20000 && v <= 0x2A6DF)) {
                *cp = v;
                return 1;
            }
        }
    }
    return 0;
}

static int lookup_name(const char *name, size_t n, uint32_t *cp)
{
    if (n == 0 || n > 200)
        return 0;
    if (gp_uni_lookup_name)
        return gp_uni_lookup_name(name, n, cp);
    char up[256];
    for (size_t i = 0; i < n; i++)
        up[i] = (char)toupper((unsigned char)name[i]);
    up[n] = '\0';
    return fallback_lookup(up, cp);
}

/* ---- escape decoding --------------------------------------------------------------- */

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* Decode s[0..n) (a literal part, not raw) into out.  CPython counts error
 * positions after expanding each non-ASCII character to a 10-byte \U
 * escape; `pos` follows that. */
static void decode_escapes(StrCtx *c, SBuf *out, const char *s, size_t n, int is_bytes)
{
    GpArena *a = c->p->arena;
    size_t i = 0;
    long pos = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        if (ch != '\\') {
            /* copy a run of ordinary characters */
            size_t j = i;
            while (j < n && s[j] != '\\') {
                if ((unsigned char)s[j] < 0x80)
                    pos++;
                else if (((unsigned char)s[j] & 0xC0) != 0x80)
                    pos += 10;
                j++;
            }
            sb_put(a, out, s + i, j - i);
            i = j;
            continue;
        }
        long start = pos;
        if (i + 1 >= n) { /* a lone trailing backslash (f-string "\{") */
            sb_putc(a, out, '\\');
            i++;
            pos++;
            continue;
        }
        unsigned char e = (unsigned char)s[i + 1];
        i += 2;
        pos += 2;
        switch (e) {
        case '\n': break;
        case '\\': sb_putc(a, out, '\\'); break;
        case '\'': sb_putc(a, out, '\''); break;
        case '"': sb_putc(a, out, '"'); break;
        case 'a': sb_putc(a, out, 7); break;
        case 'b': sb_putc(a, out, 8); break;
        case 'f': sb_putc(a, out, 12); break;
        case 'n': sb_putc(a, out, '\n'); break;
        case 'r': sb_putc(a, out, '\r'); break;
        case 't': sb_putc(a, out, '\t'); break;
        case 'v': sb_putc(a, out, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = e - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (uint32_t)(s[i] - '0');
                i++;
                pos++;
            }
            if (is_bytes)
                sb_putc(a, out, (int)(v & 0xFF));
            else
                sb_putcp(a, out, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            if (is_bytes && e != 'x') {
                sb_putc(a, out, '\\');
                sb_putc(a, out, e);
                break;
            }
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            int got = 0;
            while (got < want && i < n && hexval((unsigned char)s[i]) >= 0) {
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i]);
                i++;
                pos++;
                got++;
            }
            if (got < want) {
                if (is_bytes)
                    str_error(c, "(value error) invalid \\x escape at position %ld", start);
                str_error(c,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%ld-%ld: truncated \\%s escape",
                          start, pos - 1, e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
            }
            if (is_bytes) {
                sb_putc(a, out, (int)v);
            } else {
                if (v > 0x10FFFF)
                    str_error(c,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position %ld-%ld: illegal Unicode character",
                              start, pos - 1);
                sb_putcp(a, out, v);
            }
            break;
        }
        case 'N': {
            if (is_bytes) {
                sb_putc(a, out, '\\');
                sb_putc(a, out, 'N');
                break;
            }
            if (i >= n || s[i] != '{')
                str_error(c,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%ld-%ld: malformed \\N character escape",
                          start, pos - 1);
            size_t name = i + 1, k = name;
            long npos = pos + 1;
            while (k < n && s[k] != '}') {
                if ((unsigned char)s[k] < 0x80)
                    npos++;
                else if (((unsigned char)s[k] & 0xC0) != 0x80)
                    npos += 10;
                k++;
            }
            if (k >= n || k == name)
                str_error(c,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%ld-%ld: malformed \\N character escape",
                          start, (k >= n ? npos : npos + 1) - 1);
            uint32_t cp;
            if (!lookup_name(s + name, k - name, &cp))
                str_error(c,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%ld-%ld: unknown Unicode character name",
                          start, npos);
            sb_putcp(a, out, cp);
            pos = npos + 1;
            i = k + 1;
            break;
        }
        default:
            /* unknown escape: kept as is (CPython warns) */
            sb_putc(a, out, '\\');
            i--;
            pos--;
            break;
        }
    }
}

/* ---- f-strings ------------------------------------------------------------------------ */

static void fstring_parse(StrCtx *c, Acc *acc, const char **sp, const char *end, int raw, int lvl);

/* Rewrite an error from an f-string expression's sub-parser the way 3.11
 * reports it: "f-string: " prefix, text "(expr)", offsets into that text. */
static void fix_sub_error(GpParser *p, GpParser *sub, const char *start, const char *end, int lineno,
                          const char *ls)
{
    GpSyntaxError *err = p->err;
    if (!err->set || err->kind != GP_SYNERR_SYNTAX || sub->err_fixed)
        return;
    if (strncmp(err->msg, "f-string", 8) != 0) {
        char msg[sizeof err->msg];
        size_t k = strlen(err->msg);
        if (k > sizeof msg - 11)
            k = sizeof msg - 11;
        memcpy(msg, "f-string: ", 10);
        memcpy(msg + 10, err->msg, k);
        msg[10 + k] = '\0';
        memcpy(err->msg, msg, sizeof msg);
    }
    int c0 = gp_tok_char_offset(ls, p->text_end, (int)(start - ls)); /* 0-based */
    int at_end = sub->ntoks > 0 && sub->pos < sub->ntoks && sub->toks[sub->pos].type == GP_TOK_ENDMARKER;
    if (err->lineno == lineno && err->offset > 0) {
        int was_point = err->end_offset == err->offset;
        err->offset = err->offset - c0 + 1;
        if (err->end_lineno == lineno && err->end_offset > 0)
            err->end_offset = err->end_offset - c0 + 1;
        if (was_point && at_end)
            err->end_offset = err->offset + 1;
    }
    size_t n = (size_t)(end - start);
    char *text = malloc(n + 4);
    if (text) {
        text[0] = '(';
        memcpy(text + 1, start, n);
        text[n + 1] = ')';
        text[n + 2] = '\n';
        text[n + 3] = '\0';
        free(err->text);
        err->text = text;
    }
}

static GpAstExpr *compile_expr(StrCtx *c, const char *start, const char *end)
{
    GpParser *p = c->p;
    const char *q = start;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f'))
        q++;
    if (q == end)
        str_error(c, "f-string: empty expression not allowed");

    /* line of the expression in the real source */
    int lineno = c->tok->lineno;
    const char *ls = c->tok->line_start;
    const char *r = c->tok->start;
    if (c->scan_tok == c->tok && c->scan_pos <= start) {
        lineno = c->scan_lineno;
        ls = c->scan_ls;
        r = c->scan_pos;
    }
    for (; r < start; r++)
        if (*r == '\n') {
            lineno++;
            ls = r + 1;
        }
    c->scan_tok = c->tok;
    c->scan_pos = start;
    c->scan_ls = ls;
    c->scan_lineno = lineno;

    GpParser sub;
    gp_p_sub_init(&sub, p, start, end, lineno, ls);
    jmp_buf jb;
    sub.jb = &jb;
    GpAstExpr *volatile e = NULL;
    if (setjmp(jb) == 0) {
        gp_p_enter(&sub);
        if (gp_p_type(&sub) == GP_TOK_KW_YIELD)
            e = gp_p_yield_expr(&sub);
        else
            e = gp_p_star_expressions(&sub);
        if (gp_p_type(&sub) != GP_TOK_ENDMARKER) {
            GpAstExpr *last = e;
            if (last->kind == GP_AST_EXPR_Tuple && last->v.Tuple.elts.n > 0)
                last = GP_SEQ_EXPR(last->v.Tuple.elts, last->v.Tuple.elts.n - 1);
            gp_p_comma_hint(&sub, last);
            gp_p_invalid(&sub);
        }
        if (e->kind == GP_AST_EXPR_Starred)
            gp_p_error_expr(&sub, e, "cannot use starred expression here");
    } else {
        fix_sub_error(p, &sub, start, end, lineno, ls);
        p->err_fixed = 1;
        gp_p_fail(p);
    }
    return e;
}

/* At '{': parse one replacement field into acc. */
static void fstring_find_expr(StrCtx *c, Acc *acc, const char **sp, const char *end, int raw,
                              int lvl)
{
    const char *s = *sp;
    if (lvl >= 2)
        str_error(c, "f-string: expressions nested too deeply");
    s++; /* '{' */
    const char *expr_start = s;
    char parens[GP_TOK_MAXLEVEL];
    int depth = 0;
    char quote = 0;
    int qsize = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            str_error(c, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (qsize == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                qsize = 3;
                s += 2;
            } else {
                qsize = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= GP_TOK_MAXLEVEL)
                str_error(c, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            str_error(c, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                                  ch == '<')) {
            if (s + 1 < end) {
                char nx = s[1];
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') ||
                    (ch == '<' && nx == '=') || (ch == '>' && nx == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0)
                str_error(c, "f-string: unmatched '%c'", ch);
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}')))
                str_error(c,
                          "f-string: closing parenthesis '%c' does not match opening "
                          "parenthesis '%c'",
                          ch, open);
        }
    }
    const char *expr_end = s;
    if (quote)
        str_error(c, "f-string: unterminated string");
    if (depth)
        str_error(c, "f-string: unmatched '%c'", parens[depth - 1]);
    if (s >= end)
        str_error(c, "f-string: expecting '}'");

    GpAstExpr *value = compile_expr(c, expr_start, expr_end);

    const char *expr_text_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' ||
                           *s == '\v'))
            s++;
        if (s >= end)
            str_error(c, "f-string: expecting '}'");
        expr_text_end = s;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end)
            str_error(c, "f-string: expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            str_error(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    GpAstExpr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end)
            str_error(c, "f-string: expecting '}'");
        Acc sacc;
        memset(&sacc, 0, sizeof sacc);
        gp_p_enter(c->p);
        fstring_parse(c, &sacc, &s, end, raw, lvl + 1);
        gp_p_leave(c->p);
        acc_flush(c, &sacc);
        spec = gp_ast_expr_new(c->p->arena, GP_AST_EXPR_JoinedStr);
        set_group_loc(c, spec);
        spec->v.JoinedStr.values = gp_vec_seq(&sacc.values);
    }
    if (s >= end || *s != '}')
        str_error(c, "f-string: expecting '}'");
    s++;
    if (expr_text_end && !spec && conversion == -1)
        conversion = 'r';

    if (expr_text_end)
        sb_put(c->p->arena, &acc->lit, expr_start, (size_t)(expr_text_end - expr_start));
    acc_flush(c, acc);
    GpAstExpr *fv = gp_ast_expr_new(c->p->arena, GP_AST_EXPR_FormattedValue);
    set_group_loc(c, fv);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    gp_vec_push(c->p->arena, &acc->values, fv);
    *sp = s;
}

/* Parse f-string text from *sp: literals and replacement fields.  At level
 * 0 runs to `end`; in a format spec (lvl > 0) stops at the closing '}'. */
static void fstring_parse(StrCtx *c, Acc *acc, const char **sp, const char *end, int raw, int lvl)
{
    const char *s = *sp;
    for (;;) {
        const char *lit = s;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}')
                            ;
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && *s == ch) {
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        /* report at the following token like CPython */
                        str_error(c, "f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (s > lit) {
            if (raw)
                sb_put(c->p->arena, &acc->lit, lit, (size_t)(s - lit));
            else
                decode_escapes(c, &acc->lit, lit, (size_t)(s - lit), 0);
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end)
            break;
        if (*s == '{') {
            fstring_find_expr(c, acc, &s, end, raw, lvl);
            continue;
        }
        /* '}' closing a format spec */
        break;
    }
    *sp = s;
}

/* ---- entry point ------------------------------------------------------------------------ */

GpAstExpr *gp_p_strings(GpParser *p)
{
    StrCtx c;
    memset(&c, 0, sizeof c);
    c.p = p;
    int first_idx = p->pos;
    c.first = gp_p_next(p);
    c.last = c.first;
    while (gp_p_type(p) == GP_TOK_STRING)
        c.last = gp_p_next(p);
    int last_idx = p->pos - 1;

    Acc acc;
    memset(&acc, 0, sizeof acc);
    int is_bytes = -1, any_f = 0, is_u = 0;
    /* first pass: prefixes (the type of the whole run must agree) */
    for (int i = first_idx; i <= last_idx; i++) {
        GpToken *t = &p->toks[i];
        int b = 0;
        for (const char *q = t->start; *q != '\'' && *q != '"'; q++) {
            char ch = (char)tolower((unsigned char)*q);
            if (ch == 'b')
                b = 1;
            else if (ch == 'f')
                any_f = 1;
            else if (*q == 'u' && i == first_idx && q == t->start)
                is_u = 1;
        }
        if (is_bytes >= 0 && b != is_bytes)
            str_error(&c, "cannot mix bytes and nonbytes literals");
        is_bytes = b;
    }

    for (int i = first_idx; i <= last_idx; i++) {
        GpToken *t = &p->toks[i];
        c.tok = t;
        int raw = 0, f = 0;
        const char *q = t->start;
        for (; *q != '\'' && *q != '"'; q++) {
            char ch = (char)tolower((unsigned char)*q);
            if (ch == 'r')
                raw = 1;
            else if (ch == 'f')
                f = 1;
        }
        char quote = *q;
        size_t qs = (t->end - q >= 6 && q[1] == quote && q[2] == quote) ? 3 : 1;
        const char *body = q + qs;
        const char *bend = t->end - qs;
        if (bend < body)
            bend = body; /* defensive */
        if (is_bytes) {
            for (const char *r = body; r < bend; r++)
                if ((unsigned char)*r >= 0x80)
                    gp_p_error_tok(p, GP_SYNERR_SYNTAX, t,
                                   "bytes can only contain ASCII literal characters");
            if (raw)
                sb_put(p->arena, &acc.lit, body, (size_t)(bend - body));
            else
                decode_escapes(&c, &acc.lit, body, (size_t)(bend - body), 1);
        } else if (f) {
            const char *s = body;
            fstring_parse(&c, &acc, &s, bend, raw, 0);
        } else if (raw) {
            sb_put(p->arena, &acc.lit, body, (size_t)(bend - body));
        } else {
            decode_escapes(&c, &acc.lit, body, (size_t)(bend - body), 0);
        }
    }

    if (!any_f) {
        GpAstExpr *e = make_str_const(&c, acc.lit.n ? acc.lit.buf : "", acc.lit.n, is_bytes == 1);
        e->v.Constant.is_u = is_u;
        return e;
    }
    acc_flush(&c, &acc);
    GpAstExpr *j = gp_ast_expr_new(p->arena, GP_AST_EXPR_JoinedStr);
    set_group_loc(&c, j);
    j->v.JoinedStr.values = gp_vec_seq(&acc.values);
    return j;
}
