/* parser.h - Python 3.11 source -> AST (gilpy's front end entry points).
 *
 * Hand-written recursive descent over the tokenizer (tokenizer.h) producing
 * the plain-C AST of ast.h in an arena.  No Python objects are involved; the
 * caller turns a GpSyntaxError into SyntaxError / IndentationError /
 * TabError / RecursionError / ValueError.
 */
#ifndef GP_COMPILE_PARSER_H
#define GP_COMPILE_PARSER_H

#include <stddef.h>

#include "compile/ast.h"
#include "compile/tokenizer.h"

typedef enum {
    GP_PARSE_EXEC,   /* Module:      compile(..., 'exec')   */
    GP_PARSE_EVAL,   /* Expression:  compile(..., 'eval')   */
    GP_PARSE_SINGLE  /* Interactive: compile(..., 'single') */
} GpParseMode;

/* Flags for gp_parse_ex. */
enum {
    /* The source was a str (already decoded): ignore coding cookies. */
    GP_PARSE_FLAG_IGNORE_COOKIE = 1 << 0,
    /* The main script read from a file (CPython's file tokenizer): errors
     * at the end of the input have offset 0, so no caret is drawn.  Same
     * value as GP_COMPILE_FLAG_FILE_INPUT (compiler.h). */
    GP_PARSE_FLAG_FILE_INPUT = 1 << 1,
};

/* Maximum recursion depth of the parser and of the trees it builds (nested
 * expressions, nested blocks).  CPython 3.11 fails around 3000 (its AST
 * validator's limit: recursion limit 1000 * COMPILER_STACK_FRAME_SCALE 3);
 * with ~100-200 bytes per C frame this keeps the parser under 1 MB of C
 * stack, safe on a thread's stack. */
#define GP_PARSE_MAX_DEPTH 2900

/* Parse src[0..len) (raw source bytes: BOM, coding cookie and UTF-8 are
 * handled here).  Returns the module in `arena`, or NULL with *err filled.
 * `filename` is only used for messages (may be NULL). */
GpAstMod *gp_parse(GpArena *arena, const char *src, size_t len, const char *filename,
                   GpParseMode mode, GpSyntaxError *err);
GpAstMod *gp_parse_ex(GpArena *arena, const char *src, size_t len, const char *filename,
                      GpParseMode mode, int flags, GpSyntaxError *err);

/* For the REPL: 1 if src is an incomplete statement that more input could
 * complete (open bracket, a block header whose block has not been ended by
 * an empty line, open triple-quoted string, trailing backslash), else 0
 * (complete, or an error more input cannot fix). */
int gp_parse_is_incomplete(const char *src, size_t len, GpParseMode mode);

#endif /* GP_COMPILE_PARSER_H */
