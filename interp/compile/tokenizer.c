/* tokenizer.c - Python 3.11 tokenizer.
 *
 * Design notes.
 *
 * The input is one UTF-8 buffer with universal newlines already applied
 * (gp_tok_decode_source turns \r\n and \r into \n), so a physical line always
 * ends in '\n' or at the end of the buffer.  `cur` only moves forward except
 * for one-byte backups that never cross a '\n'; whenever `cur` steps over a
 * '\n' the code updates `lineno` and `line_start` at that point, which keeps
 * the invariant
 *
 *     line_start <= cur, and line_start is the first byte of line `lineno`.
 *
 * Indentation follows CPython: `col` counts tabs up to the next multiple of
 * 8, `altcol` counts them as 1; a change in indentation must be consistent
 * in both measures or it is a TabError.  Blank lines, comment-only lines and
 * lines inside brackets do not take part.
 *
 * At the end of input the tokenizer emits an implicit NEWLINE when the last
 * logical line did not end with one, then the pending DEDENTs, then
 * ENDMARKER, as CPython does for string input.  If the input ends inside
 * brackets it returns GP_TOK_ERROR with at_eof_in_brackets set and no error
 * message: the parser decides between "'(' was never closed" and other
 * errors, as CPython's parser does.
 *
 * Error positions mimic CPython's tokenizer: most errors are reported at the
 * character offset of `cur` (after the usual one-character backup).
 */
#include "compile/tokenizer.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/unicodedb.h"
#include "support/utf8.h"

#define EOF_CHAR (-1)

/* ---- errors --------------------------------------------------------------- */

void gp_syntax_error_clear(GpSyntaxError *err)
{
    if (!err)
        return;
    free(err->text);
    memset(err, 0, sizeof *err);
}

int gp_tok_char_offset(const char *line_start, const char *buf_end, int byte_col)
{
    /* count code points in line_start[0..byte_col): continuation bytes do
     * not start a character */
    int n = 0;
    for (int i = 0; i < byte_col && line_start + i < buf_end; i++)
        if (((unsigned char)line_start[i] & 0xC0) != 0x80)
            n++;
    if (line_start + byte_col > buf_end)
        n += (int)(line_start + byte_col - buf_end);
    return n;
}

static char *copy_line(const char *line_start, const char *buf_end)
{
    const char *e = line_start;
    while (e < buf_end && *e != '\n')
        e++;
    size_t n = (size_t)(e - line_start);
    char *t = malloc(n + 2);
    if (!t)
        return NULL;
    memcpy(t, line_start, n);
    if (e < buf_end)
        t[n++] = '\n';   /* the line's own newline, as CPython's SyntaxError.text keeps it */
    t[n] = '\0';
    return t;
}

void gp_syntax_error_set(GpSyntaxError *err, GpSynErrKind kind, const char *msg,
                         const char *line_start, const char *buf_end, int lineno,
                         int col, int end_lineno, int end_col)
{
    if (!err || err->set)
        return;
    err->set = 1;
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    if (line_start) {
        err->offset = gp_tok_char_offset(line_start, buf_end, col) + 1;
        err->end_offset = end_col < 0 ? end_col + 1
                                      : gp_tok_char_offset(line_start, buf_end, end_col) + 1;
        err->text = copy_line(line_start, buf_end);
    } else {
        err->offset = col;
        err->end_offset = end_col;
        err->text = NULL;
    }
}

/* An error whose columns are given as CPython's 1-based offsets relative to
 * the current line (offset counts characters up to `at`). */
static GpTokType tok_error_at(GpTokenizer *tok, GpSynErrKind kind, const char *at,
                              const char *end_at, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
#include <stdarg.h>
static GpTokType tok_error_at(GpTokenizer *tok, GpSynErrKind kind, const char *at,
                              const char *end_at, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* CPython's tokenizer reports offset = number of characters before
     * `at` on the line (so the caret lands on the character before it). */
    if (tok->err && !tok->err->set) {
        gp_syntax_error_set(tok->err, kind, msg, tok->line_start, tok->end, tok->lineno, 0,
                            tok->lineno, 0);
        tok->err->offset = gp_tok_char_offset(tok->line_start, tok->end,
                                              (int)(at - tok->line_start));
        tok->err->end_offset = gp_tok_char_offset(tok->line_start, tok->end,
                                                  (int)(end_at - tok->line_start));
    }
    tok->done = 1;
    return GP_TOK_ERROR;
}

/* ---- token names ---------------------------------------------------------- */

static const char *const tok_names[GP_TOK__COUNT] = {
    [GP_TOK_ENDMARKER] = "ENDMARKER", [GP_TOK_NAME] = "NAME",
    [GP_TOK_NUMBER] = "NUMBER", [GP_TOK_STRING] = "STRING",
    [GP_TOK_NEWLINE] = "NEWLINE", [GP_TOK_INDENT] = "INDENT",
    [GP_TOK_DEDENT] = "DEDENT", [GP_TOK_LPAR] = "(", [GP_TOK_RPAR] = ")",
    [GP_TOK_LSQB] = "[", [GP_TOK_RSQB] = "]", [GP_TOK_LBRACE] = "{",
    [GP_TOK_RBRACE] = "}", [GP_TOK_COLON] = ":", [GP_TOK_COMMA] = ",",
    [GP_TOK_SEMI] = ";", [GP_TOK_PLUS] = "+", [GP_TOK_MINUS] = "-",
    [GP_TOK_STAR] = "*", [GP_TOK_SLASH] = "/", [GP_TOK_VBAR] = "|",
    [GP_TOK_AMPER] = "&", [GP_TOK_LESS] = "<", [GP_TOK_GREATER] = ">",
    [GP_TOK_EQUAL] = "=", [GP_TOK_DOT] = ".", [GP_TOK_PERCENT] = "%",
    [GP_TOK_EQEQUAL] = "==", [GP_TOK_NOTEQUAL] = "!=",
    [GP_TOK_LESSEQUAL] = "<=", [GP_TOK_GREATEREQUAL] = ">=",
    [GP_TOK_TILDE] = "~", [GP_TOK_CIRCUMFLEX] = "^",
    [GP_TOK_LEFTSHIFT] = "<<", [GP_TOK_RIGHTSHIFT] = ">>",
    [GP_TOK_DOUBLESTAR] = "**", [GP_TOK_PLUSEQUAL] = "+=",
    [GP_TOK_MINEQUAL] = "-=", [GP_TOK_STAREQUAL] = "*=",
    [GP_TOK_SLASHEQUAL] = "/=", [GP_TOK_PERCENTEQUAL] = "%=",
    [GP_TOK_AMPEREQUAL] = "&=", [GP_TOK_VBAREQUAL] = "|=",
    [GP_TOK_CIRCUMFLEXEQUAL] = "^=", [GP_TOK_LEFTSHIFTEQUAL] = "<<=",
    [GP_TOK_RIGHTSHIFTEQUAL] = ">>=", [GP_TOK_DOUBLESTAREQUAL] = "**=",
    [GP_TOK_DOUBLESLASH] = "//", [GP_TOK_DOUBLESLASHEQUAL] = "//=",
    [GP_TOK_AT] = "@", [GP_TOK_ATEQUAL] = "@=", [GP_TOK_RARROW] = "->",
    [GP_TOK_ELLIPSIS] = "...", [GP_TOK_COLONEQUAL] = ":=",
    [GP_TOK_EXCLAMATION] = "!", [GP_TOK_BADCHAR] = "ERRORTOKEN",
    [GP_TOK_KW_FALSE] = "False", [GP_TOK_KW_NONE] = "None",
    [GP_TOK_KW_TRUE] = "True", [GP_TOK_KW_AND] = "and", [GP_TOK_KW_AS] = "as",
    [GP_TOK_KW_ASSERT] = "assert", [GP_TOK_KW_ASYNC] = "async",
    [GP_TOK_KW_AWAIT] = "await", [GP_TOK_KW_BREAK] = "break",
    [GP_TOK_KW_CLASS] = "class", [GP_TOK_KW_CONTINUE] = "continue",
    [GP_TOK_KW_DEF] = "def", [GP_TOK_KW_DEL] = "del", [GP_TOK_KW_ELIF] = "elif",
    [GP_TOK_KW_ELSE] = "else", [GP_TOK_KW_EXCEPT] = "except",
    [GP_TOK_KW_FINALLY] = "finally", [GP_TOK_KW_FOR] = "for",
    [GP_TOK_KW_FROM] = "from", [GP_TOK_KW_GLOBAL] = "global",
    [GP_TOK_KW_IF] = "if", [GP_TOK_KW_IMPORT] = "import", [GP_TOK_KW_IN] = "in",
    [GP_TOK_KW_IS] = "is", [GP_TOK_KW_LAMBDA] = "lambda",
    [GP_TOK_KW_NONLOCAL] = "nonlocal", [GP_TOK_KW_NOT] = "not",
    [GP_TOK_KW_OR] = "or", [GP_TOK_KW_PASS] = "pass", [GP_TOK_KW_RAISE] = "raise",
    [GP_TOK_KW_RETURN] = "return", [GP_TOK_KW_TRY] = "try",
    [GP_TOK_KW_WHILE] = "while", [GP_TOK_KW_WITH] = "with",
    [GP_TOK_KW_YIELD] = "yield", [GP_TOK_ERROR] = "ERROR",
};

const char *gp_tok_name(GpTokType type)
{
    if ((unsigned)type < GP_TOK__COUNT && tok_names[type])
        return tok_names[type];
    return "?";
}

/* Keyword lookup: names are short, so compare against the table of
 * keywords of the same first letter. */
static GpTokType keyword_type(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return GP_TOK_NAME;
    for (int t = GP_TOK_KW_FALSE; t <= GP_TOK_KW_YIELD; t++) {
        const char *k = tok_names[t];
        if (k[0] == s[0] && strlen(k) == n && memcmp(k, s, n) == 0)
            return (GpTokType)t;
    }
    return GP_TOK_NAME;
}

/* ---- init ------------------------------------------------------------------ */

void gp_tok_init(GpTokenizer *tok, const char *buf, size_t len, GpSyntaxError *err)
{
    memset(tok, 0, sizeof *tok);
    tok->buf = buf;
    tok->end = buf + len;
    tok->cur = buf;
    tok->line_start = buf;
    tok->lineno = 1;
    tok->first_lineno = 1;
    tok->atbol = 1;
    tok->err = err;
}

/* ---- character helpers ------------------------------------------------------ */

static inline int nextc(GpTokenizer *tok)
{
    if (tok->cur >= tok->end)
        return EOF_CHAR;
    return (unsigned char)*tok->cur++;
}

/* Undo nextc (never used across '\n'). */
static inline void backup(GpTokenizer *tok, int c)
{
    if (c != EOF_CHAR)
        tok->cur--;
}

static inline int is_potential_identifier_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static inline int is_potential_identifier_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

/* Fill out with position info for [start, cur). */
static GpTokType make_token(GpTokenizer *tok, GpToken *out, GpTokType type, const char *start,
                            int lineno, const char *line_start)
{
    out->type = type;
    out->start = start;
    out->end = tok->cur;
    out->lineno = lineno;
    out->col_offset = (int)(start - line_start);
    out->line_start = line_start;
    out->end_lineno = tok->lineno;
    out->end_col_offset = (int)(tok->cur - tok->line_start);
    return type;
}

/* ---- identifiers ------------------------------------------------------------ */

/* Check the non-ASCII identifier [start, cur): every code point must be
 * XID_Start (first) or XID_Continue.  On failure report CPython's
 * "invalid character" error at the offending code point. */
static int verify_identifier(GpTokenizer *tok, const char *start)
{
    size_t i = 0, n = (size_t)(tok->cur - start);
    int first = 1;
    while (i < n) {
        size_t at = i;
        uint32_t c = gp_utf8_decode(start, n, &i);
        int ok = first ? (c == '_' || gp_uni_isxid_start(c)) : gp_uni_isxid_continue(c);
        if (!ok) {
            tok->cur = start + i;
            if (gp_uni_isprintable(c)) {
                char u[5] = {0};
                gp_utf8_encode(c, u);
                tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                             "invalid character '%s' (U+%04X)", u, c);
            } else {
                tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                             "invalid non-printable character U+%04X", c);
            }
            /* CPython points at the bad character itself */
            tok->err->offset = gp_tok_char_offset(tok->line_start, tok->end,
                                                  (int)(start + at - tok->line_start)) + 1;
            tok->err->end_offset = tok->err->offset;
            return 0;
        }
        first = 0;
    }
    return 1;
}

/* ---- numbers ------------------------------------------------------------------ */

/* Read digits with single underscores between them; c is the first digit
 * (already consumed).  Returns the first non-digit, or 0 after an error. */
static int decimal_tail(GpTokenizer *tok)
{
    int c;
    for (;;) {
        do {
            c = nextc(tok);
        } while (c >= '0' && c <= '9');
        if (c != '_')
            break;
        c = nextc(tok);
        if (!(c >= '0' && c <= '9')) {
            backup(tok, c);
            tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

static int lookahead(GpTokenizer *tok, const char *test)
{
    const char *p = tok->cur;
    size_t n = strlen(test);
    return (size_t)(tok->end - p) >= n && memcmp(p, test, n) == 0;
}

/* A number must not run into an identifier character, except the keywords
 * that may legally follow a number ("1if x else y": CPython only warns). */
static int verify_end_of_number(GpTokenizer *tok, int c, const char *kind)
{
    int r = 0;
    if (c == 'a')
        r = lookahead(tok, "nd");
    else if (c == 'e')
        r = lookahead(tok, "lse");
    else if (c == 'f')
        r = lookahead(tok, "or");
    else if (c == 'i')
        r = tok->cur < tok->end && (*tok->cur == 'f' || *tok->cur == 'n' || *tok->cur == 's');
    else if (c == 'o')
        r = lookahead(tok, "r");
    else if (c == 'n')
        r = lookahead(tok, "ot");
    if (r)
        return 1;
    if (is_potential_identifier_char(c)) {
        backup(tok, c);
        tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

static int is_digit_in(int c, int base)
{
    switch (base) {
    case 16: return isxdigit(c);
    case 8: return c >= '0' && c <= '7';
    case 2: return c == '0' || c == '1';
    }
    return c >= '0' && c <= '9';
}

/* Scan a number starting with c (a digit, or '.' followed by a digit). */
static GpTokType scan_number(GpTokenizer *tok, GpToken *out, int c)
{
    const char *start = tok->cur - 1;
    int lineno = tok->lineno;
    const char *ls = tok->line_start;

    if (c == '0') {
        c = nextc(tok);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
            const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            c = nextc(tok);
            do {
                if (c == '_')
                    c = nextc(tok);
                if (!is_digit_in(c, base)) {
                    if (base != 16 && c >= '0' && c <= '9')
                        return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                            "invalid digit '%c' in %s literal", c, kind);
                    backup(tok, c);
                    return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                        "invalid %s literal", kind);
                }
                do {
                    c = nextc(tok);
                } while (is_digit_in(c, base));
            } while (c == '_');
            if (base != 16 && c >= '0' && c <= '9')
                return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                    "invalid digit '%c' in %s literal", c, kind);
            if (!verify_end_of_number(tok, c, kind))
                return GP_TOK_ERROR;
            backup(tok, c);
            return make_token(tok, out, GP_TOK_NUMBER, start, lineno, ls);
        }
        /* decimal starting with 0: only zeros allowed unless it is a float */
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                c = nextc(tok);
                if (!(c >= '0' && c <= '9')) {
                    backup(tok, c);
                    return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                        "invalid decimal literal");
                }
            }
            if (c != '0')
                break;
            c = nextc(tok);
        }
        const char *zeros_end = tok->cur;
        if (c >= '0' && c <= '9') {
            nonzero = 1;
            c = decimal_tail(tok);
            if (c == 0)
                return GP_TOK_ERROR;
        }
        if (c == '.') {
            c = nextc(tok);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            backup(tok, c);
            tok_error_at(tok, GP_SYNERR_SYNTAX, start + 1, zeros_end,
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
            tok->err->offset = gp_tok_char_offset(ls, tok->end, (int)(start - ls)) + 1;
            tok->err->end_offset = gp_tok_char_offset(ls, tok->end, (int)(zeros_end - ls));
            return GP_TOK_ERROR;
        }
        if (!verify_end_of_number(tok, c, "decimal"))
            return GP_TOK_ERROR;
        backup(tok, c);
        return make_token(tok, out, GP_TOK_NUMBER, start, lineno, ls);
    }

    if (c == '.') {
        c = nextc(tok); /* the digit after '.' */
        backup(tok, c);
        c = '.';
    } else {
        c = decimal_tail(tok);
        if (c == 0)
            return GP_TOK_ERROR;
    }
    if (c == '.') {
        c = nextc(tok);
    fraction:
        if (c >= '0' && c <= '9') {
            c = decimal_tail(tok);
            if (c == 0)
                return GP_TOK_ERROR;
        }
    }
    if (c == 'e' || c == 'E') {
    exponent:;
        int e = c;
        c = nextc(tok);
        if (c == '+' || c == '-') {
            c = nextc(tok);
            if (!(c >= '0' && c <= '9')) {
                backup(tok, c);
                return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                    "invalid decimal literal");
            }
        } else if (!(c >= '0' && c <= '9')) {
            backup(tok, c);
            if (!verify_end_of_number(tok, e, "decimal"))
                return GP_TOK_ERROR;
            backup(tok, e);
            return make_token(tok, out, GP_TOK_NUMBER, start, lineno, ls);
        }
        c = decimal_tail(tok);
        if (c == 0)
            return GP_TOK_ERROR;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(tok);
        if (!verify_end_of_number(tok, c, "imaginary"))
            return GP_TOK_ERROR;
    } else if (!verify_end_of_number(tok, c, "decimal")) {
        return GP_TOK_ERROR;
    }
    backup(tok, c);
    return make_token(tok, out, GP_TOK_NUMBER, start, lineno, ls);
}

/* ---- strings ------------------------------------------------------------------- */

/* Scan a string literal whose opening quote is at tok->cur[-1]; `start` is
 * the first byte of the prefix.  Escapes are skipped, not decoded. */
static GpTokType scan_string(GpTokenizer *tok, GpToken *out, const char *start, int quote)
{
    int lineno = tok->lineno;
    const char *ls = tok->line_start;
    int quote_size = 1, end_quote_size = 0;
    const char *p = tok->cur;
    const char *end = tok->end;

    if (p < end && *p == quote) {
        if (p + 1 < end && p[1] == quote) {
            quote_size = 3;
            p += 2;
        } else {
            p++;
            end_quote_size = 1; /* empty string */
        }
    }
    while (end_quote_size != quote_size) {
        if (p >= end || (quote_size == 1 && *p == '\n')) {
            /* unterminated: CPython reports at the start of the literal,
             * with the line where the end of input/line was detected */
            int detected = tok->lineno;
            /* a final newline does not start a line of its own */
            if (quote_size == 3 && p >= end && p > tok->buf && p[-1] == '\n')
                detected--;
            tok->cur = p;
            tok->lineno = lineno;
            tok->line_start = ls;
            char msg[128];
            if (quote_size == 3)
                snprintf(msg, sizeof msg,
                         "unterminated triple-quoted string literal (detected at line %d)",
                         detected);
            else
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         detected);
            int col = (int)(start - ls);
            gp_syntax_error_set(tok->err, GP_SYNERR_SYNTAX, msg, ls, tok->end, lineno, col,
                                lineno, col);
            tok->done = 1;
            return GP_TOK_ERROR;
        }
        int c = (unsigned char)*p++;
        if (c == quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '\n') {
            tok->lineno++;
            tok->line_start = p;
        } else if (c == '\\') {
            if (p < end) {
                if (*p == '\n') {
                    tok->lineno++;
                    tok->line_start = p + 1;
                }
                p++;
            }
        }
    }
    tok->cur = p;
    return make_token(tok, out, GP_TOK_STRING, start, lineno, ls);
}

/* ---- main loop -------------------------------------------------------------------- */

/* Compute the indentation of a new logical line and queue INDENT/DEDENT
 * tokens in pendin.  Returns 0 on error. */
static int handle_indentation(GpTokenizer *tok)
{
    int col = 0, altcol = 0;
    const char *p = tok->cur;
    for (; p < tok->end; p++) {
        if (*p == ' ') {
            col++;
            altcol++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (*p == '\014') { /* form feed resets the count */
            col = altcol = 0;
        } else {
            break;
        }
    }
    tok->cur = p;
    /* blank, comment-only and (at EOF) empty lines do not count */
    if (p >= tok->end || *p == '#' || *p == '\n' || *p == '\\')
        return 1;
    if (*p == '\\')
        return 1;
    if (tok->level > 0)
        return 1;

    if (col == tok->indstack[tok->indent]) {
        if (altcol != tok->altindstack[tok->indent])
            goto tab_error;
    } else if (col > tok->indstack[tok->indent]) {
        if (tok->indent + 1 >= GP_TOK_MAXINDENT) {
            tok_error_at(tok, GP_SYNERR_INDENTATION, tok->cur, tok->cur,
                         "too many levels of indentation");
            return 0;
        }
        if (altcol <= tok->altindstack[tok->indent])
            goto tab_error;
        tok->pendin++;
        tok->indent++;
        tok->indstack[tok->indent] = col;
        tok->altindstack[tok->indent] = altcol;
    } else {
        while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
            tok->pendin--;
            tok->indent--;
        }
        if (col != tok->indstack[tok->indent]) {
            tok_error_at(tok, GP_SYNERR_INDENTATION, tok->cur, tok->cur,
                         "unindent does not match any outer indentation level");
            {
                /* CPython has read the whole line: it points past its end */
                const char *eol = tok->cur;
                while (eol < tok->end && *eol != '\n')
                    eol++;
                tok->err->offset = gp_tok_char_offset(tok->line_start, tok->end,
                                                      (int)(eol - tok->line_start)) + 1;
            }
            tok->err->end_offset = -1;
            return 0;
        }
        if (altcol != tok->altindstack[tok->indent])
            goto tab_error;
    }
    return 1;

tab_error:
    tok_error_at(tok, GP_SYNERR_TAB, tok->line_start, tok->line_start,
                 "inconsistent use of tabs and spaces in indentation");
    tok->err->offset = 1;
    tok->err->end_offset = 0;
    return 0;
}

static int string_prefix_ok(const char *s, size_t n)
{
    /* any case-insensitive combination of r/b/u/f that Python accepts */
    if (n == 0 || n > 2)
        return 0;
    char a = (char)tolower((unsigned char)s[0]);
    if (n == 1)
        return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    char b = (char)tolower((unsigned char)s[1]);
    return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
}

GpTokType gp_tok_next(GpTokenizer *tok, GpToken *out)
{
    memset(out, 0, sizeof *out);
    if (tok->done) {
        out->type = (tok->err && tok->err->set) || tok->at_eof_in_brackets ? GP_TOK_ERROR
                                                                          : GP_TOK_ENDMARKER;
        out->start = out->end = tok->cur;
        out->lineno = out->end_lineno = tok->lineno;
        out->line_start = tok->line_start;
        out->col_offset = out->end_col_offset = (int)(tok->cur - tok->line_start);
        return out->type;
    }

again:
    if (tok->atbol && !tok->in_fstring_expr) {
        tok->atbol = 0;
        if (!handle_indentation(tok))
            return GP_TOK_ERROR;
    }
    if (tok->pendin != 0) {
        GpTokType t = tok->pendin < 0 ? GP_TOK_DEDENT : GP_TOK_INDENT;
        tok->pendin += tok->pendin < 0 ? 1 : -1;
        return make_token(tok, out, t, tok->cur, tok->lineno, tok->line_start);
    }

    int c;
    do {
        c = nextc(tok);
    } while (c == ' ' || c == '\t' || c == '\014');
    const char *start = tok->cur - (c == EOF_CHAR ? 0 : 1);

    if (c == '#') {
        while (tok->cur < tok->end && *tok->cur != '\n')
            tok->cur++;
        if (tok->in_fstring_expr) {
            return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                "f-string expression part cannot include '#'");
        }
        c = nextc(tok);
        if (c == EOF_CHAR)
            goto at_eof;
        /* c == '\n' */
        start = tok->cur - 1;
        goto newline;
    }

    if (c == EOF_CHAR) {
    at_eof:
        if (tok->level > 0 && !tok->in_fstring_expr) {
            tok->at_eof_in_brackets = 1;
            tok->done = 1;
            return make_token(tok, out, GP_TOK_ERROR, tok->cur, tok->lineno, tok->line_start);
        }
        if (!tok->blankline_eof && !tok->in_fstring_expr) {
            /* implicit NEWLINE at the end of a last line without one */
            tok->blankline_eof = 1;
            return make_token(tok, out, GP_TOK_NEWLINE, tok->cur, tok->lineno, tok->line_start);
        }
        if (tok->indent > 0) {
            tok->indent--;
            return make_token(tok, out, GP_TOK_DEDENT, tok->cur, tok->lineno, tok->line_start);
        }
        tok->done = 1;
        return make_token(tok, out, GP_TOK_ENDMARKER, tok->cur, tok->lineno, tok->line_start);
    }

    if (c == '\n') {
    newline:;
        int blank = tok->blankline_eof; /* no token yet on this logical line */
        /* the line is over: advance to the next one */
        int lineno = tok->lineno;
        const char *ls = tok->line_start;
        tok->lineno++;
        tok->line_start = tok->cur;
        if (blank || tok->level > 0 || tok->in_fstring_expr) {
            tok->atbol = tok->level == 0;
            goto again;
        }
        tok->atbol = 1;
        tok->blankline_eof = 1;
        out->type = GP_TOK_NEWLINE;
        out->start = start;
        out->end = start + 1;
        out->lineno = out->end_lineno = lineno;
        out->col_offset = (int)(start - ls);
        out->end_col_offset = out->col_offset + 1;
        out->line_start = ls;
        return GP_TOK_NEWLINE;
    }

    /* from here on the logical line has a token */
    tok->blankline_eof = 0;
    tok->cont_line = 0;

    if (is_potential_identifier_start(c)) {
        int nonascii = c >= 128;
        while (tok->cur < tok->end) {
            int d = (unsigned char)*tok->cur;
            if (!is_potential_identifier_char(d))
                break;
            nonascii |= d >= 128;
            tok->cur++;
        }
        /* string prefix? */
        if (tok->cur < tok->end && (*tok->cur == '"' || *tok->cur == '\'') &&
            string_prefix_ok(start, (size_t)(tok->cur - start))) {
            int q = (unsigned char)*tok->cur++;
            return scan_string(tok, out, start, q);
        }
        if (nonascii && !verify_identifier(tok, start))
            return GP_TOK_ERROR;
        GpTokType t = keyword_type(start, (size_t)(tok->cur - start));
        return make_token(tok, out, t, start, tok->lineno, tok->line_start);
    }

    if (c == '.') {
        int d = nextc(tok);
        if (d >= '0' && d <= '9') {
            backup(tok, d);
            return scan_number(tok, out, '.');
        }
        if (d == '.') {
            int e = nextc(tok);
            if (e == '.')
                return make_token(tok, out, GP_TOK_ELLIPSIS, start, tok->lineno, tok->line_start);
            backup(tok, e);
        }
        backup(tok, d);
        return make_token(tok, out, GP_TOK_DOT, start, tok->lineno, tok->line_start);
    }

    if (c >= '0' && c <= '9')
        return scan_number(tok, out, c);

    if (c == '"' || c == '\'')
        return scan_string(tok, out, start, c);

    if (c == '\\') {
        if (tok->in_fstring_expr)
            return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                "f-string expression part cannot include a backslash");
        c = nextc(tok);
        if (c != '\n') {
            tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                         "unexpected character after line continuation character");
            tok->err->end_offset = 0;
            return GP_TOK_ERROR;
        }
        tok->lineno++;
        tok->line_start = tok->cur;
        if (tok->cur >= tok->end) {
            /* CPython: "unexpected EOF while parsing" at the backslash line */
            tok->lineno--;
            const char *ls = start;
            while (ls > tok->buf && ls[-1] != '\n')
                ls--;
            tok->line_start = ls;
            tok_error_at(tok, GP_SYNERR_SYNTAX, start + 2, start + 2,
                         "unexpected EOF while parsing");
            tok->err->end_offset = -1;
            return GP_TOK_ERROR;
        }
        tok->cont_line = 1;
        goto again; /* a continuation line: no indentation processing */
    }

    /* brackets */
    if (c == '(' || c == '[' || c == '{') {
        if (tok->level >= GP_TOK_MAXLEVEL)
            return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                "too many nested parentheses");
        tok->parenstack[tok->level] = (char)c;
        tok->parenlineno[tok->level] = tok->lineno;
        tok->parencol[tok->level] = (int)(start - tok->line_start);
        tok->parenline[tok->level] = tok->line_start;
        tok->level++;
        return make_token(tok, out, c == '(' ? GP_TOK_LPAR : c == '[' ? GP_TOK_LSQB : GP_TOK_LBRACE,
                          start, tok->lineno, tok->line_start);
    }
    if (c == ')' || c == ']' || c == '}') {
        if (tok->in_fstring_expr && tok->level == 0)
            goto single_char; /* the f-string scanner already checked nesting */
        if (tok->level == 0)
            return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur, "unmatched '%c'", c);
        tok->level--;
        int open = tok->parenstack[tok->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (tok->parenlineno[tok->level] != tok->lineno)
                return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                    "closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c' on line %d",
                                    c, open, tok->parenlineno[tok->level]);
            return tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                                "closing parenthesis '%c' does not match opening parenthesis '%c'",
                                c, open);
        }
    single_char:
        return make_token(tok, out, c == ')' ? GP_TOK_RPAR : c == ']' ? GP_TOK_RSQB : GP_TOK_RBRACE,
                          start, tok->lineno, tok->line_start);
    }

    /* operators: longest match */
    int c2 = nextc(tok);
    int c3 = c2 == EOF_CHAR ? EOF_CHAR : nextc(tok);
    GpTokType t = GP_TOK_BADCHAR;
    int len = 1;
#define OP3(a, b, cc, T) if (c == a && c2 == b && c3 == cc) { t = T; len = 3; } else
#define OP2(a, b, T) if (c == a && c2 == b) { t = T; len = 2; } else
#define OP1(a, T) if (c == a) { t = T; len = 1; } else
    OP3('*', '*', '=', GP_TOK_DOUBLESTAREQUAL)
    OP3('/', '/', '=', GP_TOK_DOUBLESLASHEQUAL)
    OP3('<', '<', '=', GP_TOK_LEFTSHIFTEQUAL)
    OP3('>', '>', '=', GP_TOK_RIGHTSHIFTEQUAL)
    OP2('=', '=', GP_TOK_EQEQUAL)
    OP2('!', '=', GP_TOK_NOTEQUAL)
    OP2('<', '>', GP_TOK_BADCHAR) /* "<>" is only valid under barry_as_FLUFL */
    OP2('<', '=', GP_TOK_LESSEQUAL)
    OP2('>', '=', GP_TOK_GREATEREQUAL)
    OP2('<', '<', GP_TOK_LEFTSHIFT)
    OP2('>', '>', GP_TOK_RIGHTSHIFT)
    OP2('*', '*', GP_TOK_DOUBLESTAR)
    OP2('/', '/', GP_TOK_DOUBLESLASH)
    OP2('+', '=', GP_TOK_PLUSEQUAL)
    OP2('-', '=', GP_TOK_MINEQUAL)
    OP2('*', '=', GP_TOK_STAREQUAL)
    OP2('/', '=', GP_TOK_SLASHEQUAL)
    OP2('%', '=', GP_TOK_PERCENTEQUAL)
    OP2('&', '=', GP_TOK_AMPEREQUAL)
    OP2('|', '=', GP_TOK_VBAREQUAL)
    OP2('^', '=', GP_TOK_CIRCUMFLEXEQUAL)
    OP2('@', '=', GP_TOK_ATEQUAL)
    OP2('-', '>', GP_TOK_RARROW)
    OP2(':', '=', GP_TOK_COLONEQUAL)
    OP1(':', GP_TOK_COLON)
    OP1(',', GP_TOK_COMMA)
    OP1(';', GP_TOK_SEMI)
    OP1('+', GP_TOK_PLUS)
    OP1('-', GP_TOK_MINUS)
    OP1('*', GP_TOK_STAR)
    OP1('/', GP_TOK_SLASH)
    OP1('|', GP_TOK_VBAR)
    OP1('&', GP_TOK_AMPER)
    OP1('<', GP_TOK_LESS)
    OP1('>', GP_TOK_GREATER)
    OP1('=', GP_TOK_EQUAL)
    OP1('%', GP_TOK_PERCENT)
    OP1('~', GP_TOK_TILDE)
    OP1('^', GP_TOK_CIRCUMFLEX)
    OP1('@', GP_TOK_AT)
    OP1('!', tok->in_fstring_expr ? GP_TOK_EXCLAMATION : GP_TOK_BADCHAR)
    { t = GP_TOK_BADCHAR; len = 1; }
#undef OP1
#undef OP2
#undef OP3
    /* give back what the match did not use */
    if (c3 != EOF_CHAR && len < 3)
        tok->cur--;
    if (c2 != EOF_CHAR && len < 2)
        tok->cur--;
    if (t == GP_TOK_BADCHAR && c < 128 && (c < 32 || c == 127)) {
        /* control characters: CPython calls them non-printable */
        tok->cur = start + 1;
        tok_error_at(tok, GP_SYNERR_SYNTAX, tok->cur, tok->cur,
                     "invalid non-printable character U+%04X", c);
        tok->err->offset = gp_tok_char_offset(tok->line_start, tok->end,
                                              (int)(start - tok->line_start)) + 1;
        tok->err->end_offset = tok->err->offset;
        return GP_TOK_ERROR;
    }
    return make_token(tok, out, t, start, tok->lineno, tok->line_start);
}

/* ---- source decoding --------------------------------------------------------------- */

/* PEP 263: "coding[:=]\s*([-\w.]+)" in a comment on line 1 or 2. Writes the
 * name into name[64]; returns 1 if found. */
static int find_cookie(const char *line, const char *end, char name[64])
{
    const char *p = line;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\014'))
        p++;
    if (p >= end || *p != '#')
        return 0;
    for (; p + 6 <= end && *p != '\n'; p++) {
        if (memcmp(p, "coding", 6) == 0 && p + 6 < end && (p[6] == ':' || p[6] == '=')) {
            const char *q = p + 7;
            while (q < end && (*q == ' ' || *q == '\t'))
                q++;
            size_t n = 0;
            while (q < end && n < 63 &&
                   (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.'))
                name[n++] = *q++;
            name[n] = '\0';
            if (n)
                return 1;
        }
    }
    return 0;
}

/* CPython's get_normal_name: lower-case, '_' -> '-', map aliases. */
static const char *normal_encoding(const char *name)
{
    char low[64];
    size_t i;
    for (i = 0; name[i] && i < 63; i++)
        low[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    low[i] = '\0';
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0 || strcmp(low, "utf8") == 0)
        return "utf-8";
    if (strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 ||
        strcmp(low, "iso-latin-1") == 0 || strncmp(low, "latin-1-", 8) == 0 ||
        strncmp(low, "iso-8859-1-", 11) == 0 || strncmp(low, "iso-latin-1-", 12) == 0 ||
        strcmp(low, "latin1") == 0 || strcmp(low, "l1") == 0 || strcmp(low, "iso8859-1") == 0)
        return "iso-8859-1";
    if (strcmp(low, "ascii") == 0 || strcmp(low, "us-ascii") == 0)
        return "ascii";
    return NULL;
}

char *gp_tok_decode_source(const char *src, size_t len, int ignore_cookie, size_t *out_len,
                           GpSyntaxError *err)
{
    int bom = 0;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
        bom = 1;
    }
    const char *enc = "utf-8";
    if (!ignore_cookie) {
        char name[64];
        const char *end = src + len;
        const char *l2 = memchr(src, '\n', len);
        int found = find_cookie(src, end, name);
        if (!found && l2) {
            /* line 2 counts only if line 1 is blank or a comment */
            const char *p = src;
            while (p < l2 && (*p == ' ' || *p == '\t' || *p == '\014' || *p == '\r'))
                p++;
            if (p == l2 || *p == '#')
                found = find_cookie(l2 + 1, end, name);
        }
        if (found) {
            enc = normal_encoding(name);
            if (!enc) {
                char msg[128];
                snprintf(msg, sizeof msg, "unknown encoding: %s", name);
                gp_syntax_error_set(err, GP_SYNERR_SYNTAX, msg, NULL, NULL, 0, 0, 0, 0);
                return NULL;
            }
            if (bom && strcmp(enc, "utf-8") != 0) {
                char msg[128];
                snprintf(msg, sizeof msg, "encoding problem: %s with BOM", name);
                gp_syntax_error_set(err, GP_SYNERR_SYNTAX, msg, NULL, NULL, 0, 0, 0, 0);
                return NULL;
            }
        }
    }

    /* latin-1 may double the size; newlines only shrink */
    size_t cap = strcmp(enc, "iso-8859-1") == 0 ? len * 2 + 1 : len + 1;
    char *out = malloc(cap + 1);
    if (!out) {
        gp_syntax_error_set(err, GP_SYNERR_MEMORY, "out of memory", NULL, NULL, 0, 0, 0, 0);
        return NULL;
    }
    size_t o = 0;
    if (strcmp(enc, "iso-8859-1") == 0) {
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)src[i];
            if (c == '\r') {
                out[o++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n')
                    i++;
            } else if (c < 0x80) {
                out[o++] = (char)c;
            } else {
                out[o++] = (char)(0xC0 | (c >> 6));
                out[o++] = (char)(0x80 | (c & 0x3F));
            }
        }
    } else {
        gp_utf8_error ue;
        if (!gp_utf8_check(src, len, 0, NULL, &ue)) {
            /* CPython: SyntaxError "(unicode error) 'utf-8' codec can't
             * decode byte 0x.. in position N: <reason>" */
            char msg[200];
            int ascii = strcmp(enc, "ascii") == 0;
            (void)ascii;
            snprintf(msg, sizeof msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                     (unsigned char)src[ue.start], ue.start, ue.reason);
            /* locate the line for the caret */
            int lineno = 1;
            const char *ls = src;
            for (size_t i = 0; i < ue.start; i++)
                if (src[i] == '\n') {
                    lineno++;
                    ls = src + i + 1;
                }
            gp_syntax_error_set(err, GP_SYNERR_SYNTAX, msg, NULL, NULL, lineno, 0, lineno, 0);
            (void)ls;
            free(out);
            return NULL;
        }
        if (strcmp(enc, "ascii") == 0) {
            for (size_t i = 0; i < len; i++)
                if ((unsigned char)src[i] >= 0x80) {
                    char msg[200];
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'ascii' codec can't decode byte 0x%02x in "
                             "position %zu: ordinal not in range(128)",
                             (unsigned char)src[i], i);
                    gp_syntax_error_set(err, GP_SYNERR_SYNTAX, msg, NULL, NULL, 0, 0, 0, 0);
                    free(out);
                    return NULL;
                }
        }
        for (size_t i = 0; i < len; i++) {
            char c = src[i];
            if (c == '\r') {
                out[o++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n')
                    i++;
            } else {
                out[o++] = c;
            }
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}
