"""A generally useful event scheduler class (gilpy's sched, CPython 3.11 API).

A scheduler keeps its events in a heap ordered by (time, priority,
sequence); `sequence` is a counter that makes events entered with the same
time and priority run in insertion order and keeps tuple comparison from
ever reaching the (possibly incomparable) action and arguments. Time is
whatever the `timefunc` returns and `delayfunc` must wait in the same unit;
both are pluggable so that simulated time works too.

run() calls delayfunc(0) after every action to let other threads (which
may add events) in. The queue is guarded by a lock, so events may be
entered and cancelled from other threads while run() runs; actions run
without the lock held.
"""

import heapq
import threading
from collections import namedtuple
from itertools import count
import time as _timemod

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'When the event is due, in the units of the timefunc.'
Event.priority.__doc__ = 'Orders events due at the same time: lower runs first.'
Event.sequence.__doc__ = 'Entering order, breaking ties of time and priority.'
Event.action.__doc__ = 'The callable run as action(*argument, **kwargs).'
Event.argument.__doc__ = 'Sequence of the positional arguments of the action.'
Event.kwargs.__doc__ = 'Dict of the keyword arguments of the action.'

# Default for `kwargs`: a fresh {} per event (a shared default dict could be
# mutated by one action and seen by the others).
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_timemod.monotonic, delayfunc=_timemod.sleep):
        """timefunc() returns the current time; delayfunc(d) waits d units
        of it."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute `time`.
        Returns the event, which cancel() accepts."""
        if kwargs is _sentinel:
            kwargs = {}

        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule the action `delay` time units from now; returns the
        event."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event returned by enter()/enterabs() from the queue;
        ValueError if it is not (or no longer) there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when no event is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events in order (time, priority, entering order) until
        the queue is empty, waiting with delayfunc until each is due.

        With blocking=False, runs only the events already due and returns
        the time left until the next one (None if none is left). An action
        that raises propagates out of run(); its event is already removed,
        so run() may be called again."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action,
                 argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)   # let other threads run

    @property
    def queue(self):
        """The pending events, in the order they will run (a new list of
        Event named tuples)."""
        # Sorting a copy through the heap gives the run order.
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
