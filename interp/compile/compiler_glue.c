/* compiler_glue.c -- intentionally empty.
 *
 * The build globs interp/compile/ sources into gp_core, so opnames.c and disasm.c
 * are compiled on their own; this file used to #include them and would now
 * define their symbols twice. It is kept (empty) only so that existing build
 * trees do not lose a listed source; it can be deleted.
 */
typedef int gp_compiler_glue_unused;
