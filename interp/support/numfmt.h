/* numfmt.h - float/int <-> text conversions with CPython 3.11 semantics.
 *
 * Pure C, no Python objects.  Relies on the C library's printf/strtod being
 * correctly rounded (glibc is) and on LC_NUMERIC being "C" (the interpreter
 * never changes it, as CPython does not).
 *
 * Float to text
 *   gp_float_repr       repr(x) / str(x): shortest round-trip digits.
 *   gp_float_format     the "digits part" of format(x, spec) for one type
 *                       (no sign-forcing, no padding, no grouping).
 *   gp_float_digits     low level: decimal digits + decimal point position.
 *   gp_float_round      round(x, ndigits).
 *   gp_float_hex        float.hex(x).
 * Text to numbers
 *   gp_parse_float      float(str) syntax (ASCII; caller maps Unicode digits
 *                       and Unicode whitespace to ASCII first).
 *   gp_int_text_normalize  int(str, base) syntax check + clean digit string.
 */
#ifndef GP_SUPPORT_NUMFMT_H
#define GP_SUPPORT_NUMFMT_H

#include <stddef.h>

/* Flags for gp_float_format. */
#define GP_FF_ALT      0x01   /* '#': always a decimal point, 'g' keeps zeros */
#define GP_FF_ADD_DOT0 0x02   /* 'g'/'r': integral fixed result gets ".0" and
                                 'g' switches to exponent at precision-1 (the
                                 format() rule for an empty type) */
#define GP_FF_SIGN     0x04   /* always write '+' for non-negative (incl. nan) */
#define GP_FF_SPACE    0x08   /* write ' ' for non-negative */
#define GP_FF_NO_NEG0  0x10   /* 'z': drop '-' when the result shows zero */

/* Shortest repr as in CPython 3.11.  buf must hold >= 32 bytes; returns buf.
 * Examples: 0.1 -> "0.1", 1e16 -> "1e+16", 1e-05, 123456789012345.0,
 * -0.0, inf, -inf, nan, 5e-324. */
char *gp_float_repr(double x, char *buf);

/* Decimal digits of finite |x| (sign ignored).
 *   mode 0: shortest round-trip digits (ndigits ignored)
 *   mode 2: max(ndigits,1) significant digits, correctly rounded (half-even
 *           on the exact binary value), trailing zeros stripped
 * Writes NUL-terminated digits (no leading zeros; "0" for zero) to digits
 * (size >= 20 for mode 0; >= ndigits + 8 for mode 2) and sets *decpt so that
 * value = 0.DIGITS * 10**decpt (zero gives "0", decpt 1).  Returns the number
 * of digits. */
int gp_float_digits(double x, int mode, int ndigits, char *digits, int *decpt);

/* The text of x for one presentation type, as CPython's PyOS_double_to_string:
 *   type 'e','E','f','F','g','G' with precision (>= 0; 'g' treats 0 as 1);
 *   type '%' : 'f' of x*100 followed by '%';
 *   type 'r' : repr (precision ignored; GP_FF_ADD_DOT0 is implied);
 *   type 0   : format()'s empty type: precision < 0 -> repr,
 *              else 'g' with GP_FF_ADD_DOT0 (format(1.0,'.2') == '1.0',
 *              format(1234.5,'.2') == '1.2e+03').
 *   'n' is treated as 'g'.
 * Upper-case types upper-case everything (INF, NAN, E).  A '-' is written for
 * negative values including -0.0 (never for a nan), '+' / ' ' per flags.
 * Writes at most outsz bytes including the NUL and returns the full length
 * (like snprintf): if the return value >= outsz the output was truncated;
 * -1 on bad type or out of memory.  Precision may be large (format(1e300,
 * '.500f') works); the result for 'f' of 1e308 with precision p needs about
 * 310 + p bytes. */
long gp_float_format(double x, char type, int precision, int flags,
                     char *out, size_t outsz);

/* Same as gp_float_format but returns a malloc'd NUL-terminated string
 * (length in *len), NULL on bad type / out of memory. */
char *gp_float_format_alloc(double x, char type, int precision, int flags, size_t *len);

/* Python's round(x, ndigits) for a float.  ndigits is the caller's Python int
 * clamped into [INT_MIN, INT_MAX] (any clamping is harmless: |ndigits| > 400
 * behaves the same as 400).  Non-finite x is returned unchanged.  Sets *ok = 0
 * when the result overflows (caller raises OverflowError "rounded value too
 * large to represent"), else 1. */
double gp_float_round(double x, int ndigits, int *ok);

/* float.hex(x) into buf (>= 32 bytes): "0x1.8000000000000p+0", "-0x0.0p+0",
 * "inf", "nan".  Returns buf. */
char *gp_float_hex(double x, char *buf);

/* float.fromhex(s): returns 0 and sets *out, -1 on invalid syntax
 * ("invalid hexadecimal floating-point string"), -2 on overflow
 * ("hexadecimal value too large to represent as a float"). */
int gp_float_fromhex(const char *s, size_t n, double *out);

/* float(str) for ASCII text s[0..n) (may contain NULs: they make it invalid).
 * The caller replaces non-ASCII Unicode whitespace by ' ' and Unicode
 * decimal digits by ASCII ones first (like CPython).
 * Accepts surrounding whitespace (' ', \t \n \v \f \r only: float() and
 * int() reject \x1c-\x1f), a sign, decimal digits with single
 * underscores between digits (in the integer part, the fraction and the
 * exponent), "inf", "infinity", "nan" in any case.  Values beyond the range
 * become +-inf / +-0 like CPython.  Returns 0 and sets *out, or -1 when
 * invalid (caller raises ValueError "could not convert string to float: %R"). */
int gp_parse_float(const char *s, size_t n, double *out);

/* int(str, base) syntax for ASCII text s[0..n).  base is 0 or 2..36 (other
 * values return -2: caller raises "int() base must be >= 2 and <= 36, or 0").
 * On success returns 0, writes the digits (underscores removed, letters
 * lower-cased, leading zeros removed, "0" for zero) NUL-terminated to
 * digits_out (size >= n + 2), and sets *negative and *base_out (the base the
 * digits are in: the prefix's base when base was 0).  Returns -1 when invalid
 * (caller raises "invalid literal for int() with base %d: %R"). */
int gp_int_text_normalize(const char *s, size_t n, int base, char *digits_out,
                          int *negative, int *base_out);

#endif
