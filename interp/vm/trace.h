/* trace.h -- sys.settrace / sys.setprofile (CPython 3.11's events).
 *
 * The eval loop (vm/eval.c) calls these only while GP_BREAK_TRACE is set in
 * the eval breaker (some thread has a trace or profile function), so code
 * runs at full speed otherwise; see trace.c for the event rules.
 */
#ifndef GP_TRACE_H
#define GP_TRACE_H
#include "vm/state.h"
#include "vm/frame.h"

/* sys.settrace / sys.setprofile for thread ts (func NULL or None: remove). */
void gp_trace_set(GpThreadState *ts, GpObject *func);
void gp_profile_set(GpThreadState *ts, GpObject *func);

/* The event this thread is delivering: GP_TRACE_EVENT_* (CALL when none). */
enum { GP_TRACE_EVENT_CALL = 0, GP_TRACE_EVENT_EXCEPTION = 1, GP_TRACE_EVENT_LINE = 2,
       GP_TRACE_EVENT_RETURN = 3, GP_TRACE_EVENT_C_CALL = 4, GP_TRACE_EVENT_C_EXCEPTION = 5,
       GP_TRACE_EVENT_C_RETURN = 6 };
int gp_trace_current_event(void);

/* A C-level profile function (CPython's PyEval_SetProfile, for _lsprof):
 * obj becomes the calling thread's profile function (sys.getprofile()
 * returns it) but its events go straight to hook(obj, f, what, arg) --
 * what: GP_TRACE_EVENT_CALL, _RETURN, _C_CALL, _C_RETURN or _C_EXCEPTION,
 * arg: the C function for the c_* events -- with no frame object built and
 * no Python call. The hook runs with the thread's tracing off; it returns
 * 0, or -1 with an error set (the profile function is then removed).
 * hook NULL or obj NULL/None: remove, as gp_profile_set(ts, NULL). */
typedef int (*gp_profile_hook)(GpObject *obj, GpFrame *f, int what, GpObject *arg);
void gp_profile_set_hook(GpThreadState *ts, gp_profile_hook hook, GpObject *obj);

/* Does thread ts deliver events now? (a function is set, and none runs) */
static inline int gp_trace_active(GpThreadState *ts)
{
    return (ts->c_tracefunc || ts->c_profilefunc) && !ts->tracing;
}

/* 'call' for the trace and profile functions as frame f starts or resumes.
 * -1: an error (the frame then unwinds without running). */
int gp_trace_frame_entry(GpThreadState *ts, GpFrame *f);

/* Before the instruction at ip of frame f runs: 'line' and 'opcode'
 * events, and 'return' when it is a return or a yield (sp: the value
 * stack top, consts: the code's constants). Leaves f->ip at ip + 1.
 * 0: go on; -1: error, raised at the instruction; -2: error in the
 * 'return' event, the frame unwinds without handlers (as CPython). */
int gp_trace_instr(GpThreadState *ts, GpFrame *f, const uint32_t *ip, GpObject **sp,
                   GpObject *const *consts);

/* 'return' with value v (yield from suspending). -1 on error. */
int gp_trace_return(GpThreadState *ts, GpFrame *f, GpObject *v);

/* 'exception' (type, value, traceback) for the exception being raised
 * in f; when the trace function fails its error replaces that one. */
void gp_trace_exception(GpThreadState *ts, GpFrame *f);

/* 'exception' for a StopIteration(value) that ended a yield from (it is
 * caught at once); -1 when the trace function failed. */
int gp_trace_stop_iteration(GpThreadState *ts, GpFrame *f, GpObject *value);

/* 'return' None as an exception leaves frame f. */
void gp_trace_unwind(GpThreadState *ts, GpFrame *f);

/* Call a callable from frame f with 'c_call' / 'c_return' / 'c_exception'
 * profile events around builtin functions and method descriptors. */
GpObject *gp_trace_call_c(GpThreadState *ts, GpFrame *f, GpObject *callable,
                          GpObject *const *args, size_t nargsf, GpObject *kwnames);
/* The same for CALL_FUNCTION_EX (positional tuple, keyword dict or NULL). */
GpObject *gp_trace_call_c_tuple(GpThreadState *ts, GpFrame *f, GpObject *callable,
                                GpObject *args, GpObject *kwargs);

#endif
