/* fork.c -- what os.fork() must do around fork(2) for the threading layer.
 *
 * Only the forking thread exists in the child. It holds the GIL (it called
 * os.fork with it), but the GIL's mutexes and condition variables may have
 * been in use by other threads at the instant of the fork -- a waiter
 * inside pthread_cond_timedwait, a holder between two steps -- and their
 * state is copied as is. So the child re-creates them (gil.c), becomes the
 * main thread (as CPython's PyOS_AfterFork_Child makes the forking thread
 * the child's main thread: signal handlers can be installed from it), and
 * forgets the thread states of threads that do not exist any more.
 *
 * The other thread states are unlinked, not freed: their frames were never
 * finished and the objects those frames reference stay referenced; nothing
 * in the child will ever finish them (CPython leaks them in the same way). */
#include <stdlib.h>
#include "gilpy.h"
#include "concurrency/gil.h"

void gp_fork_before(void)
{
    /* Python-level state is consistent: the forking thread holds the GIL. */
}

void gp_fork_after_parent(void)
{
}

void gp_fork_after_child(void)
{
    GpThreadState *me = gp_tstate_current;
    if (!me)
        return;
    GpInterp *in = me->interp;
    gp_gil_after_fork_child(me);
    GpThreadState *t = in->threads;
    while (t) {
        GpThreadState *next = t->next;
        if (t != me) {
            /* the dead thread's sentinel lock: threading's _after_fork
             * dropped the Thread's reference, this is the last one */
            GP_CLEAR(t->sentinel);
            /* unlink only: see the comment at the top */
            if (t->prev)
                t->prev->next = t->next;
            else
                in->threads = t->next;
            if (t->next)
                t->next->prev = t->prev;
        }
        t = next;
    }
    me->prev = me->next = NULL;
    in->threads = me;
    in->main_thread = me;
}
