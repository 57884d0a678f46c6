/* fmtspec.h - the format-spec mini-language shared by int, float, complex and
 * str __format__ (CPython 3.11 rules), plus the layout helpers.
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Pure C, no Python objects.  Strings are UTF-8; widths count code points.
 *
 * Error convention for every function here (return value):
 *   GP_FMT_OK        0   success
 *   GP_FMT_EMSG     -1   *errmsg is the complete ValueError message
 *   GP_FMT_EINVALID -2   caller raises ValueError
 *                        "Invalid format specifier '%s' for object of type '%s'"
 *                        (the whole spec text and the type name)
 *   GP_FMT_EUNKNOWN -3   caller raises ValueError
 *                        "Unknown format code '%c' for object of type '%s'"
 *                        with spec->type_cp (CPython writes '\x%x' when the
 *                        code point is > 127)
 *   GP_FMT_ENOMEM   -4   out of memory (MemoryError)
 *   GP_FMT_EOVERFLOW -5  *errmsg set; caller raises OverflowError
 * Messages in *errmsg are static or thread-local: copy before the next call. */
#ifndef GP_SUPPORT_FMTSPEC_H
#define GP_SUPPORT_FMTSPEC_H

#include <stddef.h>
#include <stdint.h>

enum {
    GP_FMT_OK = 0,
    GP_FMT_EMSG = -1,
    GP_FMT_EINVALID = -2,
    GP_FMT_EUNKNOWN = -3,
    GP_FMT_ENOMEM = -4,
    GP_FMT_EOVERFLOW = -5,
};

typedef struct {
    uint32_t fill;      /* code point; ' ' unless given; '0' for the 0 flag
                           when no fill was given */
    char align;         /* '<' '>' '=' '^' or 0 (type's default) */
    char sign;          /* '+' '-' ' ' or 0 */
    int no_neg_zero;    /* 'z' (3.11) */
    int alternate;      /* '#' */
    int zero_pad;       /* the '0' before width was present */
    int fill_specified; /* an explicit fill character was given */
    long width;         /* -1 none */
    char grouping;      /* ',' '_' or 0 */
    long precision;     /* -1 none */
    char type;          /* 0 if none; 0x7f if the type is a non-ASCII char */
    uint32_t type_cp;   /* the type code point (for "Unknown format code") */
} GpFormatSpec;

/* Parse spec[0..n).  On success fills *out and returns GP_FMT_OK.  Errors:
 *   GP_FMT_EINVALID  trailing garbage ("Invalid format specifier ...")
 *   GP_FMT_EMSG      "Format specifier missing precision",
 *                    "Too many decimal digits in format string",
 *                    "Cannot specify both ',' and '_'.",
 *                    "Cannot specify ',' with 's'." (the grouping char and
 *                    the type code). */
int gp_fmtspec_parse(const char *spec, size_t n, GpFormatSpec *out, const char **errmsg);

/* The effective alignment: spec->align if given, else '=' when the 0 flag is
 * present and default_align is '>' (numbers), else default_align. */
char gp_fmtspec_align(const GpFormatSpec *spec, char default_align);

/* Insert separators into the digit run digits[0..nd) (most significant
 * first): a sep char every `group` digits from the right, and left-fill with
 * '0' (also grouped) until the result is at least min_width characters, as
 * CPython's zero padding with grouping does ("0,001,234" for width 8; may
 * exceed min_width by one so it never starts with a separator).  sep 0 means
 * no separators (plain zero fill).  nd == 0 with min_width 0 gives "".
 * Writes to out when non-NULL (no NUL) and returns the length; call with
 * out == NULL first to size the buffer. */
size_t gp_fmt_apply_grouping(const char *digits, size_t nd, char sep, int group,
                             size_t min_width, char *out);

/* Final layout: sign_prefix (ASCII, e.g. "-0x") then body (blen bytes,
 * body_cps code points), padded to spec->width code points with spec->fill
 * according to gp_fmtspec_align(spec, default_align); '=' puts the padding
 * between sign_prefix and body.  *out is malloc'd and NUL-terminated. */
int gp_fmt_pad(const char *body, size_t blen, size_t body_cps,
               const char *sign_prefix, const GpFormatSpec *spec,
               char default_align, char **out, size_t *outlen);

/* format(x, spec) for a float, exactly as CPython 3.11 (types e E f F g G n
 * % and none; grouping; fill/align/width; 'z').  Errors: GP_FMT_EUNKNOWN
 * (type name "float"), GP_FMT_EMSG ("precision too big"), GP_FMT_ENOMEM.
 * *out is malloc'd, NUL-terminated, ASCII unless the fill is not. */
int gp_format_double(double x, const GpFormatSpec *spec, char **out, size_t *outlen,
                     const char **errmsg);

/* What an int's __format__ must do for spec->type:
 *   2, 8, 10, 16 : produce the digits of |value| in that base and call
 *                  gp_format_int_digits ('n', 'd' and none are 10);
 *   0            : 'c' -> caller checks the range ("%c arg not in
 *                  range(0x110000)"), passes the character's UTF-8 as digits;
 *   -1           : a float type (e E f F g G %): convert to float (may raise
 *                  OverflowError) and call gp_format_double;
 *   GP_FMT_EUNKNOWN : unknown code (type name "int"). */
int gp_fmtspec_int_base(const GpFormatSpec *spec);

/* format() layout of an int.  digits[0..nd) is |value| in the base chosen by
 * gp_fmtspec_int_base, lower-case letters (for 'c' the UTF-8 of the char).
 * Handles sign, '#' prefixes 0b/0o/0x/0X, upper-casing for 'X', grouping
 * (',' by 3 for d; '_' by 3 for d, by 4 for b o x X), '0' padding and
 * fill/align/width.  Errors (GP_FMT_EMSG): "Precision not allowed in integer
 * format specifier", "Negative zero coercion (z) not allowed in integer
 * format specifier", "Sign not allowed with integer format specifier 'c'",
 * "Alternate form (#) not allowed with integer format specifier 'c'";
 * GP_FMT_EUNKNOWN for a non-int type. */
int gp_format_int_digits(const char *digits, size_t nd, int negative,
                         const GpFormatSpec *spec, char **out, size_t *outlen,
                         const char **errmsg);

/* format() of a str s[0..n) (ncps code points): types 's' and none;
 * precision truncates; default align '<'.  Errors (GP_FMT_EMSG): "Sign not
 * allowed in string format specifier", "Negative zero coercion (z) not
 * allowed in string format specifier", "Alternate form (#) not allowed in
 * string format specifier", "'=' alignment not allowed in string format
 * specifier"; GP_FMT_EUNKNOWN (type name "str"). */
int gp_format_str(const char *s, size_t n, size_t ncps, const GpFormatSpec *spec,
                  char **out, size_t *outlen, const char **errmsg);

#endif
