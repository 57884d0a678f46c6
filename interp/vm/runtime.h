/* Start-up and shut-down of the interpreter. */
#ifndef GP_RUNTIME_H
#define GP_RUNTIME_H
#include "objects/object.h"

typedef struct GpConfig {
    int argc;                  /* sys.argv */
    char **argv;
    const char *path0;         /* sys.path[0], or NULL for '' */
    int unbuffered;            /* -u */
    int inspect;               /* -i */
    int verbose;
    int optimize;              /* -O count */
    int preempt_instruction;   /* -X preempt=instruction (default 1) */
    double switch_interval;    /* -X switchinterval, 0 = default */
    int nxoptions;
    char **xoptions;           /* "name" or "name=value" */
    int nwarnoptions;
    char **warnoptions;        /* -W arguments, in order (sys.warnoptions) */
    const char *executable;
} GpConfig;

/* Initialise everything: types, builtins, sys, the main thread state. 0 or -1
 * (an error message has been printed). Also usable by unit tests with NULL. */
int gp_runtime_init(const GpConfig *cfg);
/* Shut down in CPython's order (see runtime.c): atexit callbacks, flush the
 * std streams, collect, tear the modules down, flush again. Returns the exit
 * status to use (120 if flushing sys.stdout/stderr failed). */
int gp_runtime_finalize(int status);
/* During finalisation gp_interp()->finalizing is 1 once the atexit callbacks
 * have run, and 2 once sys.modules has been emptied (from then on nothing
 * can be imported, so CPython prints tracebacks without source lines). */
/* Run and forget the atexit callbacks, last registered first; errors are
 * reported as "Exception ignored in atexit callback" (atexitmodule.c). */
void gp_atexit_call(void);
/* Exit status for an uncaught exception (SystemExit rules; prints traceback). */
int gp_handle_uncaught(void);
/* SIGINT -> KeyboardInterrupt, SIGPIPE ignored (vm/signals.c). */
void gp_signals_install(void);
#endif
