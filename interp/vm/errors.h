/* errors.h -- raising, inspecting and clearing exceptions from C.
 *
 * The exception being raised is an instance stored in the thread state
 * (always "normalised": there is no lazy (type, value) pair). A C function
 * signals failure by setting it and returning NULL / -1.
 */
#ifndef GP_ERRORS_H
#define GP_ERRORS_H

#include "objects/object.h"
#include "objects/exceptions.h"

struct GpFrame;

/* Set the current exception. type must be an exception class; value may be
 * an instance (used as is), a tuple of args, a single arg or NULL. */
void gp_err_set_object(GpType *type, GpObject *value);
void gp_err_set_none(GpType *type);                    /* type() */
void gp_err_set_string(GpType *type, const char *msg);
/* printf-like; understands %s %d %i %u %ld %lu %lld %llu %zd %zu %x %c %p %%
 * plus %R (repr of a GpObject*), %S (str of a GpObject*), %U (a str object),
 * %A (ascii()), %T (type name of a GpObject*), precision like %.200s. */
GpObject *gp_err_format(GpType *type, const char *fmt, ...);  /* always returns NULL */
GpObject *gp_err_formatv(GpType *type, const char *fmt, va_list ap);
void gp_err_raise(GpObject *exc);       /* steals a reference to an exception instance */
GpObject *gp_err_no_memory(void);       /* MemoryError, returns NULL */
GpObject *gp_err_from_errno(GpType *type);                       /* OSError from errno */
GpObject *gp_err_from_errno_filename(GpType *type, GpObject *filename);
GpObject *gp_err_from_errno_filenames(GpType *type, GpObject *f1, GpObject *f2);
/* SyntaxError/IndentationError/TabError with location; offsets 1-based like
 * CPython's SyntaxError.offset; text is the source line (may be NULL). */
void gp_err_set_syntax(GpType *type, const char *msg, GpObject *filename, int lineno,
                       int offset, int end_lineno, int end_offset, const char *text);
int gp_err_bad_argument(void);          /* "bad argument type for built-in operation" */
GpObject *gp_err_bad_internal(const char *file, int line);

GpObject *gp_err_occurred(void);        /* borrowed current exception or NULL */
int gp_err_matches(GpType *type);       /* current exception is an instance of type */
int gp_err_given_matches(GpObject *exc_or_type, GpObject *match); /* match: class or tuple of classes */
GpObject *gp_err_fetch(void);           /* take the current exception (new ref), clear it */
void gp_err_restore(GpObject *exc);     /* steals; NULL clears */
void gp_err_clear(void);
void gp_err_print(void);                /* print traceback of the current exception to sys.stderr, clear it */
void gp_err_display(GpObject *exc, GpObject *file); /* the traceback printer (with chaining) */
void gp_err_display_unchained(GpObject *exc, GpObject *file); /* unraisable-hook format: no chain */
/* Report the current exception, which cannot be raised (in __del__,
 * callbacks), through sys.unraisablehook (unraisable.c) and clear it. obj
 * (may be NULL) is where it happened; msg, when not NULL, makes the header
 * "Exception ignored <msg>: <repr(obj)>" instead of "Exception ignored in:
 * <repr(obj)>" (CPython's _PyErr_WriteUnraisableMsg). */
void gp_err_write_unraisable(GpObject *obj);
void gp_err_write_unraisable_msg(const char *msg, GpObject *obj);
/* sys.__unraisablehook__(args) and the type of its argument. */
GpObject *gp_unraisable_default_hook(GpObject *args);
GpType *gp_unraisable_args_type(void);
/* Add a frame to the current exception's traceback (the VM does this when an
 * exception leaves a frame). */
int gp_traceback_here(struct GpFrame *frame);

/* Handled exception (sys.exc_info()): borrowed or NULL. */
GpObject *gp_err_get_handled(void);

/* Argument parsing for built-in functions.
 * gp_args_parse("name", args, nargs, kwnames, kwlist, min, max_pos, out):
 *   kwlist: NULL-terminated names; a name starting with '$' marks the first
 *   keyword-only parameter, an empty string "" a positional-only one.
 *   min: required count; max_pos: how many may be given positionally.
 *   out[i]: borrowed argument or NULL when not given.
 * Raises CPython's TypeErrors: "f() takes at most 2 arguments (3 given)",
 * "f() missing required argument 'x' (pos 1)", "'x' is an invalid keyword
 * argument for f()", "argument for f() given by name ('x') and position (1)". */
int gp_args_parse(const char *fname, GpObject *const *args, size_t nargs, GpObject *kwnames,
                  const char *const *kwlist, int min, int max_pos, GpObject **out);
/* Positional-only check: "f() takes no keyword arguments", "f expected at most
 * 2 arguments, got 3", "f expected at least 1 argument, got 0". */
int gp_args_no_kw(const char *fname, GpObject *kwnames);
int gp_args_count(const char *fname, size_t nargs, size_t min, size_t max);

#endif
