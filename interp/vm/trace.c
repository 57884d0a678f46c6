/* trace.c -- sys.settrace / sys.setprofile: CPython 3.11's trace and
 * profile events.
 *
 * Cost when nothing is traced: none in the eval loop's fast paths. Setting
 * a trace or profile function on any thread sets GP_BREAK_TRACE in both
 * eval-breaker words; every instruction then takes the loop's slow path
 * (handle_breaker, vm/eval.c), which asks this file for events when the
 * *current* thread has a function (other threads only pay the detour).
 * The few places outside the dispatch that need hooks (frame entry, the
 * error path, the unwinding of a frame, C calls, yield from) are either
 * behind the same breaker test or on paths that are not hot.
 *
 * Events, as CPython 3.11 delivers them:
 *  - 'call' to the global trace function (its result, if not None, becomes
 *    the frame's f_trace) and to the profile function, when a frame starts
 *    and each time a generator resumes;
 *  - 'line' to f_trace before an instruction whose line differs from the
 *    line of the instruction executed before it in this frame, or that is
 *    reached by a backward jump; always for the first instruction of a
 *    new frame. gilpy's bytecode differs from CPython's, so two of its
 *    instructions are not traceable lines: GEN_START (CPython's RESUME:
 *    the generator's preamble) and a JUMP_BACKWARD closing a loop when it
 *    carries the line of the loop header it jumps to (CPython gives that
 *    jump the body's last line; the header gets its event from the jump);
 *  - 'opcode' to f_trace before every instruction when f_trace_opcodes is
 *    set -- gilpy's instructions, not CPython's (approximate);
 *  - 'return' with the value (RETURN_*, yields) or None when an exception
 *    leaves the frame, to f_trace and to the profile function;
 *  - 'exception' (type, value, traceback) to f_trace when an exception is
 *    raised in the frame or propagates into it (not on re-raise);
 *  - profile 'c_call' / 'c_return' / 'c_exception' around calls of builtin
 *    functions and of method descriptors with a self (bound for the event).
 * A function runs with its thread's tracing off (ts->tracing); when it
 * raises, it is removed (the trace function also from the frame's f_trace)
 * and its exception propagates from the traced code.
 * A C profiler (gp_profile_set_hook) is this thread's profile function
 * object plus a hook remembered in a thread-local: profile_event sees the
 * object and calls the hook instead (the thread-local is only consulted
 * when the object is the profile function, which keeps it alive).
 * Not done: writing f_locals changes back to fast locals after a trace
 * call, and setting f_lineno (a jump): it raises ValueError.
 */
#include "gilpy.h"
#include "vm/trace.h"
#include "compile/opcodes.h"
#include "objects/descrobject.h"

enum { EV_CALL, EV_EXCEPTION, EV_LINE, EV_RETURN, EV_C_CALL, EV_C_EXCEPTION, EV_C_RETURN, EV_OPCODE,
       EV_COUNT };
static const char *const event_cnames[EV_COUNT] = {
    "call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode",
};
static GpObject *event_names[EV_COUNT];   /* interned, created on first use */
_Static_assert((int)EV_C_CALL == (int)GP_TRACE_EVENT_C_CALL &&
                   (int)EV_C_EXCEPTION == (int)GP_TRACE_EVENT_C_EXCEPTION &&
                   (int)EV_C_RETURN == (int)GP_TRACE_EVENT_C_RETURN, "trace.h event numbers");

static GpObject *event_name(int what)
{
    if (!event_names[what])
        event_names[what] = gp_str_intern_cstr(event_cnames[what]);
    return event_names[what];
}

/* GP_BREAK_TRACE stays set while any thread has a function. */
static void update_breaker(GpInterp *in)
{
    for (GpThreadState *t = in->threads; t; t = t->next)
        if (t->c_tracefunc || t->c_profilefunc) {
            gp_breaker_set(in, GP_BREAK_TRACE);
            return;
        }
    gp_breaker_clear(in, GP_BREAK_TRACE);
}

void gp_trace_set(GpThreadState *ts, GpObject *func)
{
    GpObject *old = ts->c_tracefunc;
    ts->c_tracefunc = func && func != gp_None ? gp_newref(func) : NULL;
    update_breaker(ts->interp);
    GP_XDECREF(old);
}

/* The C hook of this thread's profile function, if it has one (see top). */
static _Thread_local GpObject *hook_obj;
static _Thread_local gp_profile_hook hook_fn;

void gp_profile_set(GpThreadState *ts, GpObject *func)
{
    GpObject *old = ts->c_profilefunc;
    if (old && old == hook_obj)
        hook_obj = NULL;
    ts->c_profilefunc = func && func != gp_None ? gp_newref(func) : NULL;
    update_breaker(ts->interp);
    GP_XDECREF(old);
}

void gp_profile_set_hook(GpThreadState *ts, gp_profile_hook hook, GpObject *obj)
{
    if (!hook || !obj || obj == gp_None) {
        gp_profile_set(ts, NULL);
        return;
    }
    gp_profile_set(ts, obj);
    hook_obj = obj;
    hook_fn = hook;
}

/* The event being delivered on this thread (CPython's tracing_what; 0,
 * 'call', when none is: frame.f_lineno's setter reads it). */
static _Thread_local int current_event;

int gp_trace_current_event(void) { return current_event; }

/* func(frame, event, arg) with this thread's tracing off. */
static GpObject *call_func(GpThreadState *ts, GpObject *func, GpFrame *f, int what, GpObject *arg)
{
    GpObject *fo = gp_frame_get_object(f);
    if (!fo)
        return NULL;
    GpObject *name = event_name(what);
    if (!name) {
        GP_DECREF(fo);
        return NULL;
    }
    GpObject *args[3] = { fo, name, arg ? arg : gp_None };
    GP_INCREF(func);
    int old_event = current_event;
    current_event = what;
    ts->tracing++;
    GpObject *r = gp_call(func, args, 3, NULL);
    ts->tracing--;
    current_event = old_event;
    GP_DECREF(func);
    GP_DECREF(fo);
    return r;
}

/* CPython's trace_trampoline: 'call' goes to the global function, other
 * events to the frame's f_trace; a non-None result replaces f_trace. */
static int trace_event(GpThreadState *ts, GpFrame *f, int what, GpObject *arg)
{
    GpObject *callback;
    if (what == EV_CALL)
        callback = ts->c_tracefunc;
    else
        callback = f->frame_obj ? f->frame_obj->trace : NULL;
    if (!callback)
        return 0;
    GpObject *r = call_func(ts, callback, f, what, arg);
    GpFrameObject *fo = f->frame_obj;
    if (!r) {
        gp_trace_set(ts, NULL);
        if (fo)
            GP_CLEAR(fo->trace);
        return -1;
    }
    if (r != gp_None && fo)
        GP_SETREF(fo->trace, r);
    else
        GP_DECREF(r);
    return 0;
}

static int profile_event(GpThreadState *ts, GpFrame *f, int what, GpObject *arg)
{
    GpObject *func = ts->c_profilefunc;
    if (!func)
        return 0;
    if (func == hook_obj) {
        ts->tracing++;
        int rc = hook_fn(func, f, what, arg);
        ts->tracing--;
        if (rc < 0)
            gp_profile_set(ts, NULL);
        return rc;
    }
    GpObject *r = call_func(ts, func, f, what, arg);
    if (!r) {
        gp_profile_set(ts, NULL);
        return -1;
    }
    GP_DECREF(r);
    return 0;
}

/* An event with the exception being raised (if any) kept aside; when the
 * function fails its error replaces it. */
static int protected_event(GpThreadState *ts, GpFrame *f, int profile, int what, GpObject *arg)
{
    GpObject *saved = gp_err_fetch();
    int r = profile ? profile_event(ts, f, what, arg) : trace_event(ts, f, what, arg);
    if (r == 0)
        gp_err_restore(saved);
    else
        GP_XDECREF(saved);
    return r;
}

int gp_trace_frame_entry(GpThreadState *ts, GpFrame *f)
{
    if (ts->tracing)
        return 0;
    if (ts->c_tracefunc && protected_event(ts, f, 0, EV_CALL, gp_None) < 0)
        return -1;
    if (ts->c_profilefunc && protected_event(ts, f, 1, EV_CALL, gp_None) < 0)
        return -1;
    return 0;
}

int gp_trace_return(GpThreadState *ts, GpFrame *f, GpObject *v)
{
    if (ts->tracing)
        return 0;
    if (ts->c_tracefunc && protected_event(ts, f, 0, EV_RETURN, v) < 0)
        return -1;
    if (ts->c_profilefunc && protected_event(ts, f, 1, EV_RETURN, v) < 0)
        return -1;
    return 0;
}

static int line_at(GpCode *co, gp_ssize idx)
{
    return co->lines && idx >= 0 && idx < co->ncode ? co->lines[idx] : -1;
}

/* Is the instruction at idx one that starts a traced line? (see top) */
static int traceable(GpCode *co, gp_ssize idx, uint32_t word)
{
    int op = (int)GP_INSTR_OP(word);
    if (op == OP_GEN_START)
        return 0;
    if (op == OP_JUMP_BACKWARD && line_at(co, (gp_ssize)GP_INSTR_ARG(word)) == line_at(co, idx))
        return 0;
    return 1;
}

int gp_trace_instr(GpThreadState *ts, GpFrame *f, const uint32_t *ip, GpObject **sp,
                   GpObject *const *consts)
{
    GpCode *co = f->code;
    gp_ssize idx = ip - co->code;
    /* f->ip is one past the opcode executed last in this frame: code
     * itself when the frame has not run yet */
    gp_ssize prev = f->ip ? f->ip - co->code - 1 : -1;
    uint32_t word = *ip;
    int op = (int)GP_INSTR_OP(word);
    f->ip = ip + 1;   /* f_lineno and f_lasti: the instruction about to run */
    if (ts->tracing)
        return 0;
    if (ts->c_tracefunc && f->frame_obj && f->frame_obj->trace) {
        if (f->frame_obj->trace_lines && traceable(co, idx, word)) {
            int line = line_at(co, idx);
            int fresh = prev < 0 || GP_INSTR_OP(co->code[prev]) == OP_GEN_START;
            int lastline = fresh ? -1 : line_at(co, prev);
            if (line != -1 && (line != lastline || idx < prev)) {
                if (trace_event(ts, f, EV_LINE, gp_None) < 0)
                    return -1;
            }
        }
        if (f->frame_obj && f->frame_obj->trace && f->frame_obj->trace_opcodes) {
            if (trace_event(ts, f, EV_OPCODE, gp_None) < 0)
                return -1;
        }
    }
    if (op == OP_RETURN_VALUE || op == OP_YIELD_VALUE)
        return gp_trace_return(ts, f, sp[-1]) < 0 ? -2 : 0;
    if (op == OP_RETURN_CONST)
        return gp_trace_return(ts, f, consts[GP_INSTR_ARG(word)]) < 0 ? -2 : 0;
    return 0;
}

void gp_trace_exception(GpThreadState *ts, GpFrame *f)
{
    if (ts->tracing || !ts->c_tracefunc || !f->frame_obj || !f->frame_obj->trace)
        return;
    GpObject *exc = gp_err_fetch();
    if (!exc)
        return;
    GpObject *tb = gp_exc_get_traceback(exc);
    GpObject *arg = gp_tuple_pack(3, (GpObject *)GP_TYPE(exc), exc, tb ? tb : gp_None);
    if (!arg) {
        GP_DECREF(exc);
        return;
    }
    int r = trace_event(ts, f, EV_EXCEPTION, arg);
    GP_DECREF(arg);
    if (r == 0)
        gp_err_restore(exc);
    else
        GP_DECREF(exc);
}

int gp_trace_stop_iteration(GpThreadState *ts, GpFrame *f, GpObject *value)
{
    if (ts->tracing || !ts->c_tracefunc || !f->frame_obj || !f->frame_obj->trace)
        return 0;
    GpObject *exc = gp_call1((GpObject *)&GpExc_StopIteration, value);
    if (!exc)
        return -1;
    GpObject *arg = gp_tuple_pack(3, (GpObject *)GP_TYPE(exc), exc, gp_None);
    GP_DECREF(exc);
    if (!arg)
        return -1;
    int r = trace_event(ts, f, EV_EXCEPTION, arg);
    GP_DECREF(arg);
    return r;
}

void gp_trace_unwind(GpThreadState *ts, GpFrame *f)
{
    /* as CPython, an error here replaces the exception already leaving */
    (void)gp_trace_return(ts, f, gp_None);
}

/* The function a profiler sees for a call of callable with args, or NULL
 * (not a C function: no c_* events). *shift: self was bound into it. */
static GpObject *c_function_of(GpObject *callable, GpObject *const *args, gp_ssize nargs, int *shift)
{
    *shift = 0;
    if (GP_TYPE(callable) == &GpCFunction_Type)
        return gp_newref(callable);
    if (GP_TYPE(callable) == &GpMethodDescr_Type && nargs > 0) {
        GpObject *self = args[0];
        *shift = 1;
        return GP_TYPE(callable)->descr_get(callable, self, (GpObject *)GP_TYPE(self));
    }
    return NULL;
}

/* 'c_return' or 'c_exception' after the call of C function func gave r. */
static GpObject *c_call_done(GpThreadState *ts, GpFrame *f, GpObject *func, GpObject *r)
{
    if (ts->c_profilefunc && !ts->tracing) {
        if (!r)
            (void)protected_event(ts, f, 1, EV_C_EXCEPTION, func);
        else if (profile_event(ts, f, EV_C_RETURN, func) < 0)
            GP_CLEAR(r);
    }
    return r;
}

GpObject *gp_trace_call_c(GpThreadState *ts, GpFrame *f, GpObject *callable,
                          GpObject *const *args, size_t nargsf, GpObject *kwnames)
{
    if (!ts->c_profilefunc || ts->tracing)
        return gp_call(callable, args, nargsf, kwnames);
    gp_ssize nargs = GP_NARGS(nargsf);
    int shift;
    GpObject *func = c_function_of(callable, args, nargs, &shift);
    if (!func) {
        if (gp_err_occurred())
            return NULL;
        return gp_call(callable, args, nargsf, kwnames);
    }
    GpObject *r = NULL;
    if (profile_event(ts, f, EV_C_CALL, func) == 0) {
        r = shift ? gp_call(func, args + 1, (size_t)(nargs - 1), kwnames)
                  : gp_call(func, args, nargsf, kwnames);
        r = c_call_done(ts, f, func, r);
    }
    GP_DECREF(func);
    return r;
}

GpObject *gp_trace_call_c_tuple(GpThreadState *ts, GpFrame *f, GpObject *callable,
                                GpObject *args, GpObject *kwargs)
{
    if (!ts->c_profilefunc || ts->tracing || GP_TYPE(callable) != &GpCFunction_Type)
        return gp_call_tuple_dict(callable, args, kwargs);
    if (profile_event(ts, f, EV_C_CALL, callable) < 0)
        return NULL;
    GpObject *r = gp_call_tuple_dict(callable, args, kwargs);
    return c_call_done(ts, f, callable, r);
}
