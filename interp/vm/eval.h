/* The eval loop and the calls into it. */
#ifndef GP_EVAL_H
#define GP_EVAL_H
#include "objects/object.h"
#include "vm/frame.h"

/* Run code with the given globals/locals (module bodies, exec, eval). */
GpObject *gp_eval_code(GpObject *code, GpObject *globals, GpObject *locals);
/* Same, with a closure (class bodies) and the function being run (or NULL). */
GpObject *gp_eval_code_ex(GpObject *code, GpObject *globals, GpObject *locals, GpObject *closure,
                          GpObject *func);
/* builtins.__build_class__ and __import__ (METH_FASTKW) */
GpObject *gp_builtin_build_class(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames);
GpObject *gp_builtin_import(GpObject *self, GpObject *const *args, size_t nargs, GpObject *kwnames);
/* Call a Python function (the vectorcall of function objects). */
GpObject *gp_function_call(GpObject *func, GpObject *const *args, size_t nargsf, GpObject *kwnames);
/* Execute a frame until it returns or yields. */
GpObject *gp_eval_frame(GpThreadState *ts, GpFrame *frame, int throwflag);
GpFrame *gp_current_frame(void);
GpObject *gp_eval_get_globals(void);     /* borrowed; of the current frame */
GpObject *gp_eval_get_builtins(void);    /* borrowed */
GpObject *gp_eval_get_locals(void);      /* new ref */
/* Run pending work signalled in the eval breaker (signals, GIL drop). */
int gp_eval_handle_breaker(GpThreadState *ts);
#endif
