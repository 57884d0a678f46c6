/* compiler_parse.c -- the compiler's bridge to the parser.
 *
 * The parser's error record (tokenizer.h) and the SyntaxError instance
 * layout (objects/exceptions.h) are both called GpSyntaxError, so no file
 * can include parser.h and gilpy.h together. This file sees only the
 * parser side and copies the error into a neutral struct (compiler.h).
 */
#include <string.h>
#include <stdlib.h>
#include "compile/parser.h"

/* keep in sync with compiler.h */
typedef struct GpCompParseErr {
    int kind;                 /* 1 syntax, 2 indentation, 3 tab, 4 recursion, 5 null bytes, 6 memory */
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    char *text;               /* malloc'd or NULL */
} GpCompParseErr;

GpAstMod *gp_compiler_parse(GpArena *arena, const char *src, size_t len, const char *filename,
                            int mode, int flags, GpCompParseErr *out)
{
    GpSyntaxError err;
    memset(&err, 0, sizeof err);
    GpParseMode pm = mode == 0 ? GP_PARSE_EXEC : mode == 1 ? GP_PARSE_EVAL : GP_PARSE_SINGLE;
    GpAstMod *mod = gp_parse_ex(arena, src, len, filename, pm, flags, &err);
    if (mod)
        return mod;
    memset(out, 0, sizeof *out);
    switch (err.kind) {
    case GP_SYNERR_INDENTATION: out->kind = 2; break;
    case GP_SYNERR_TAB: out->kind = 3; break;
    case GP_SYNERR_RECURSION: out->kind = 4; break;
    case GP_SYNERR_NULLBYTES: out->kind = 5; break;
    case GP_SYNERR_MEMORY: out->kind = 6; break;
    default: out->kind = 1; break;
    }
    memcpy(out->msg, err.msg, sizeof out->msg);
    out->msg[sizeof out->msg - 1] = 0;
    out->lineno = err.lineno;
    out->offset = err.offset;
    out->end_lineno = err.end_lineno;
    out->end_offset = err.end_offset;
    out->text = NULL;
    if (err.text) {
        /* exec input is read as a file: its last line gets a newline too */
        size_t n = strlen(err.text);
        out->text = malloc(n + 2);
        if (out->text) {
            memcpy(out->text, err.text, n + 1);
            if (pm == GP_PARSE_EXEC && (n == 0 || err.text[n - 1] != '\n'))
                memcpy(out->text + n, "\n", 2);
        }
    }
    gp_syntax_error_clear(&err);
    return NULL;
}
