/* parser_pattern.h - the pattern grammar of the match statement (PEP 634),
 * implemented in parser_pattern.c and used by parser_stmt.c for `case`.
 * Not a public API (see parser_internal.h for the parser conventions). */
#ifndef GP_COMPILE_PARSER_PATTERN_H
#define GP_COMPILE_PARSER_PATTERN_H

#include "compile/parser_internal.h"

/* patterns: open_sequence_pattern | pattern (what follows `case`). */
GpAstPattern *gp_p_patterns(GpParser *p);

#endif /* GP_COMPILE_PARSER_PATTERN_H */
