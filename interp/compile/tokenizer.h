/* tokenizer.h - Python 3.11 source -> tokens (no Python objects).
 *
 * The tokenizer works on a UTF-8 buffer (see gp_tok_decode_source for BOM,
 * coding cookies and UTF-8 validation) and hands out one token per call to
 * gp_tok_next.  It follows CPython's tokenizer: NEWLINE/INDENT/DEDENT from an
 * indentation stack (tabs to multiples of 8 plus an "alternate" stack with
 * tab size 1 to detect inconsistent tab use), implicit line joining inside
 * brackets, backslash continuations, and the same error messages.
 *
 * Tokens do not own text: start/end point into the tokenizer's buffer, which
 * stays alive as long as the tokenizer.  String tokens are returned raw
 * (prefix and quotes included); the parser decodes them.
 */
#ifndef GP_COMPILE_TOKENIZER_H
#define GP_COMPILE_TOKENIZER_H

#include <stddef.h>

/* ---- syntax errors -------------------------------------------------------- */
typedef enum {
    GP_SYNERR_SYNTAX = 1, /* SyntaxError                                   */
    GP_SYNERR_INDENTATION,/* IndentationError                              */
    GP_SYNERR_TAB,        /* TabError                                      */
    GP_SYNERR_RECURSION,  /* RecursionError: "maximum recursion depth
                             exceeded during compilation"                  */
    GP_SYNERR_NULLBYTES,  /* compile(): ValueError "source code string cannot
                             contain null bytes" (3.11.7 raises SyntaxError
                             with that text and no location)               */
    GP_SYNERR_MEMORY      /* MemoryError                                   */
} GpSynErrKind;

/* A syntax error, located like CPython's SyntaxError attributes:
 *   lineno, end_lineno : 1-based lines (0 when CPython has None)
 *   offset, end_offset : 1-based *character* (code point) columns, exactly
 *                        SyntaxError.offset / end_offset (CPython sometimes
 *                        uses 0 or -1 for end_offset; so do we)
 *   text               : the offending source line (UTF-8, malloc'd by
 *                        gp_syntax_error_* helpers; free with
 *                        gp_syntax_error_clear), or NULL
 * The printer draws the caret at column offset (1-based). */
typedef struct {
    int set;
    GpSynErrKind kind;
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    char *text;
} GpSyntaxError;

void gp_syntax_error_clear(GpSyntaxError *err);

/* ---- tokens --------------------------------------------------------------- */
typedef enum {
    GP_TOK_ENDMARKER = 0, GP_TOK_NAME, GP_TOK_NUMBER, GP_TOK_STRING,
    GP_TOK_NEWLINE, GP_TOK_INDENT, GP_TOK_DEDENT,
    /* operators and delimiters */
    GP_TOK_LPAR, GP_TOK_RPAR, GP_TOK_LSQB, GP_TOK_RSQB, GP_TOK_LBRACE,
    GP_TOK_RBRACE, GP_TOK_COLON, GP_TOK_COMMA, GP_TOK_SEMI, GP_TOK_PLUS,
    GP_TOK_MINUS, GP_TOK_STAR, GP_TOK_SLASH, GP_TOK_VBAR, GP_TOK_AMPER,
    GP_TOK_LESS, GP_TOK_GREATER, GP_TOK_EQUAL, GP_TOK_DOT, GP_TOK_PERCENT,
    GP_TOK_EQEQUAL, GP_TOK_NOTEQUAL, GP_TOK_LESSEQUAL, GP_TOK_GREATEREQUAL,
    GP_TOK_TILDE, GP_TOK_CIRCUMFLEX, GP_TOK_LEFTSHIFT, GP_TOK_RIGHTSHIFT,
    GP_TOK_DOUBLESTAR, GP_TOK_PLUSEQUAL, GP_TOK_MINEQUAL, GP_TOK_STAREQUAL,
    GP_TOK_SLASHEQUAL, GP_TOK_PERCENTEQUAL, GP_TOK_AMPEREQUAL,
    GP_TOK_VBAREQUAL, GP_TOK_CIRCUMFLEXEQUAL, GP_TOK_LEFTSHIFTEQUAL,
    GP_TOK_RIGHTSHIFTEQUAL, GP_TOK_DOUBLESTAREQUAL, GP_TOK_DOUBLESLASH,
    GP_TOK_DOUBLESLASHEQUAL, GP_TOK_AT, GP_TOK_ATEQUAL, GP_TOK_RARROW,
    GP_TOK_ELLIPSIS, GP_TOK_COLONEQUAL,
    GP_TOK_EXCLAMATION, /* '!' only inside f-string expressions          */
    GP_TOK_BADCHAR,     /* an ASCII character that starts no token ('$', '?',
                           '`', '!'): the parser reports invalid syntax */
    /* hard keywords (soft keywords like `match` stay NAME) */
    GP_TOK_KW_FALSE, GP_TOK_KW_NONE, GP_TOK_KW_TRUE, GP_TOK_KW_AND,
    GP_TOK_KW_AS, GP_TOK_KW_ASSERT, GP_TOK_KW_ASYNC, GP_TOK_KW_AWAIT,
    GP_TOK_KW_BREAK, GP_TOK_KW_CLASS, GP_TOK_KW_CONTINUE, GP_TOK_KW_DEF,
    GP_TOK_KW_DEL, GP_TOK_KW_ELIF, GP_TOK_KW_ELSE, GP_TOK_KW_EXCEPT,
    GP_TOK_KW_FINALLY, GP_TOK_KW_FOR, GP_TOK_KW_FROM, GP_TOK_KW_GLOBAL,
    GP_TOK_KW_IF, GP_TOK_KW_IMPORT, GP_TOK_KW_IN, GP_TOK_KW_IS,
    GP_TOK_KW_LAMBDA, GP_TOK_KW_NONLOCAL, GP_TOK_KW_NOT, GP_TOK_KW_OR,
    GP_TOK_KW_PASS, GP_TOK_KW_RAISE, GP_TOK_KW_RETURN, GP_TOK_KW_TRY,
    GP_TOK_KW_WHILE, GP_TOK_KW_WITH, GP_TOK_KW_YIELD,
    GP_TOK_ERROR, /* the tokenizer failed; see the tokenizer's err */
    GP_TOK__COUNT
} GpTokType;

#define GP_TOK_IS_KEYWORD(t) ((t) >= GP_TOK_KW_FALSE && (t) <= GP_TOK_KW_YIELD)

typedef struct {
    GpTokType type;
    const char *start, *end; /* text in the tokenizer buffer (empty for
                                INDENT/DEDENT/ENDMARKER)                  */
    int lineno, col_offset;  /* 1-based line, 0-based UTF-8 byte column   */
    int end_lineno, end_col_offset;
    const char *line_start;  /* first byte of the token's first line      */
} GpToken;

/* Source text of a token type for messages: "(" , "if", "NEWLINE", ... */
const char *gp_tok_name(GpTokType type);

/* Maximum bracket nesting ("too many nested parentheses"; CPython's
 * MAXLEVEL) and indentation depth ("too many levels of indentation";
 * CPython's MAXINDENT). */
#define GP_TOK_MAXLEVEL 200
#define GP_TOK_MAXINDENT 100

typedef struct GpTokenizer {
    const char *buf, *end;  /* UTF-8 text being tokenized                  */
    const char *cur;        /* next unread byte                            */
    const char *line_start; /* first byte of the current physical line     */
    int lineno;
    int first_lineno;       /* for sub-tokenizers (f-string expressions)   */
    int col_base;           /* byte column of buf[0] on its line (ditto)   */

    /* indentation: indstack (tabs to 8) and altindstack (tabs to 1) */
    int indent;
    int indstack[GP_TOK_MAXINDENT + 1];
    int altindstack[GP_TOK_MAXINDENT + 1];
    int pendin;     /* >0: INDENTs to emit, <0: DEDENTs to emit */
    int atbol;      /* at beginning of a logical line */
    int blankline_eof; /* last logical line ended */

    /* bracket stack */
    int level;
    char parenstack[GP_TOK_MAXLEVEL];
    int parenlineno[GP_TOK_MAXLEVEL];
    int parencol[GP_TOK_MAXLEVEL];      /* byte column of the bracket */
    const char *parenline[GP_TOK_MAXLEVEL];

    int cont_line;  /* the current line continues a backslash line       */
    int in_fstring_expr; /* sub-tokenizer for an f-string expression:
                            '!' is a token, no NEWLINE/INDENT logic      */
    int done;       /* ENDMARKER or an error was returned                */
    int at_eof_in_brackets; /* EOF reached with level > 0 (the parser
                               reports "'(' was never closed")           */
    GpSyntaxError *err;
} GpTokenizer;

/* Prepare tok over buf[0..len) (already UTF-8, see gp_tok_decode_source). */
void gp_tok_init(GpTokenizer *tok, const char *buf, size_t len, GpSyntaxError *err);

/* Next token.  On error returns GP_TOK_ERROR with tok->err set; on EOF
 * returns ENDMARKER (repeatedly). */
GpTokType gp_tok_next(GpTokenizer *tok, GpToken *out);

/* Decode raw source bytes into UTF-8 ready for the tokenizer: strip a BOM,
 * honour a PEP 263 coding cookie on line 1 or 2 (utf-8 and latin-1 are
 * supported; anything else is "unknown encoding: NAME"), validate UTF-8.
 * ignore_cookie: the text is already decoded (compile() of a str).
 * Returns a malloc'd NUL-terminated buffer (length in *out_len) or NULL with
 * err set. */
char *gp_tok_decode_source(const char *src, size_t len, int ignore_cookie,
                           size_t *out_len, GpSyntaxError *err);

/* Set err from a location in the tokenizer's text.  `col` and `end_col`
 * are 0-based byte columns on the line starting at line_start; they are
 * converted to CPython's 1-based character offsets (pass -1 as end_col to
 * store end_offset as given in end_offset_raw).  Helpers shared with the
 * parser. */
void gp_syntax_error_set(GpSyntaxError *err, GpSynErrKind kind, const char *msg,
                         const char *line_start, const char *buf_end, int lineno,
                         int col, int end_lineno, int end_col);

/* Convert a 0-based byte column on a line into a 1-based character offset. */
int gp_tok_char_offset(const char *line_start, const char *buf_end, int byte_col);

#endif /* GP_COMPILE_TOKENIZER_H */
