/* threadframes.c -- sys._current_frames(): the innermost frame of every
 * thread, keyed by its ident. Called with the GIL held, so every other
 * thread is blocked outside the interpreter (waiting for the GIL or in a
 * blocking call) and its frame chain cannot change meanwhile. */
#include "gilpy.h"
#include "vm/frame.h"

GpObject *gp_threads_current_frames(void)
{
    GpObject *d = gp_dict_new();
    if (!d)
        return NULL;
    for (GpThreadState *ts = gp_interp()->threads; ts; ts = ts->next) {
        if (!ts->frame)
            continue;
        GpObject *k = gp_int_from_u64(ts->thread_id);
        GpObject *f = k ? gp_frame_get_object(ts->frame) : NULL;
        int bad = !f || gp_dict_setitem(d, k, f) < 0;
        GP_XDECREF(k);
        GP_XDECREF(f);
        if (bad) {
            GP_DECREF(d);
            return NULL;
        }
    }
    return d;
}
