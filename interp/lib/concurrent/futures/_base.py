"""Futures, the abstract Executor, wait() and as_completed() (gilpy).

A Future is a state machine guarded by one threading.Condition:

    PENDING --set_running_or_notify_cancel()--> RUNNING --set_result()/
    set_exception()--> FINISHED
    PENDING --cancel()--> CANCELLED --set_running_or_notify_cancel()-->
    CANCELLED_AND_NOTIFIED

(set_result()/set_exception() may also be called directly on a PENDING
future, which is what user code creating bare Futures does.) result() and
exception() wait on the condition.

wait() and as_completed() must learn about whichever of many futures
finishes first without polling: they install a "waiter" object in every
future's _waiters list; a future that finishes calls waiter.add_result(),
add_exception() or add_cancelled(), and the waiter sets its Event when its
own stopping rule is met (first completion, first exception, all done, or
-- for as_completed -- every completion). While a waiter is being
installed, all the futures' conditions are held (in a fixed order: sorted
by id, so that two concurrent wait() calls cannot deadlock) so that no
completion slips between the "already done?" scan and the installation.

Exceptions raised by done-callbacks are reported and swallowed, like
CPython: through the "concurrent.futures" logger when the logging module is
available, otherwise written to stderr in the same shape as logging's
last-resort handler (message, then the traceback).
"""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                            # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # cancelled, waiters told
FINISHED = 'FINISHED'

_FUTURE_STATES = [
    PENDING,
    RUNNING,
    CANCELLED,
    CANCELLED_AND_NOTIFIED,
    FINISHED
]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class _FallbackLogger:
    """Stands in for logging.getLogger("concurrent.futures"). Each call
    first tries to get the real logger (the logging module may be importable
    later than this module); without it, writes what logging's last-resort
    handler would write: the formatted message, then the traceback if one is
    asked for."""

    name = 'concurrent.futures'

    def _real(self):
        try:
            import logging
        except ImportError:
            return None
        return logging.getLogger(self.name)

    def _log(self, level, msg, args, exc_info):
        real = self._real()
        if real is not None:
            getattr(real, level)(msg, *args, exc_info=exc_info)
            return
        try:
            text = msg % args if args else str(msg)
        except Exception:
            text = str(msg)
        stream = sys.stderr
        if stream is None:
            return
        stream.write(text + '\n')
        if exc_info:
            import traceback
            traceback.print_exc(file=stream)
        try:
            stream.flush()
        except Exception:
            pass

    def exception(self, msg, *args, exc_info=True):
        self._log('error', msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._log('error', msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._log('critical', msg, args, exc_info)

    def warning(self, msg, *args, exc_info=False):
        self._log('warning', msg, args, exc_info)

    def __repr__(self):
        return '<Logger concurrent.futures (WARNING)>'


try:
    import logging as _logging
    LOGGER = _logging.getLogger("concurrent.futures")
    del _logging
except ImportError:
    LOGGER = _FallbackLogger()


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


# Since 3.11 the timeout error is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe
    failure."""


# ---- waiters ---------------------------------------------------------------------------------

class _Waiter(object):
    """Collects the futures that finished while it was installed; `event`
    is set when the owner should wake up."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Wakes the consumer on every completion. The consumer swaps the list
    out under `lock`, hence the lock (the base waiter's list is only read
    after the owner stopped waiting)."""

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """Wakes the owner on the first completion of any kind."""

    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """Wakes the owner when `num_pending_calls` futures completed, or on
    the first exception when stop_on_exception (FIRST_EXCEPTION)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _count_one(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._count_one()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._count_one()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._count_one()


class _AcquireFutures(object):
    """Holds the conditions of all the given futures, taken in id order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
            f._state not in (CANCELLED_AND_NOTIFIED, FINISHED) for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    """Yield the futures of the list `fs` from its end, forgetting each one
    (in `fs` and in the collections of `ref_collect`) and uninstalling
    `waiter` from it first, so that the caller's loop does not keep
    finished futures alive."""
    while fs:
        f = fs[-1]
        for coll in ref_collect:
            coll.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        # Pop only now: while the yield suspends us, the list must not be
        # the last holder of the future.
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Iterate over the given futures (duplicates are yielded once) in the
    order they complete, those already finished first.

    Raises TimeoutError when `timeout` seconds have passed since the call
    and some futures are still unfinished."""
    if timeout is not None:
        end_time = timeout + time.monotonic()

    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(
            f for f in fs
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter,
                                           ref_collect=(fs,))

        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(
                        '%d (of %d) futures unfinished' % (
                            len(pending), total_futures))

            waiter.event.wait(wait_timeout)

            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()

            # The list is consumed from its end: reverse it so that futures
            # come out in completion order.
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter,
                                               ref_collect=(fs, pending))

    finally:
        # Uninstall from whatever is left (early exit, timeout, close()).
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs` according to `return_when`
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED) or until `timeout`
    seconds passed. Returns the named 2-tuple of sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs
                if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)

        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)

        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # Drop the reference: an exception's traceback would otherwise keep
        # this frame, and through it the future, alive.
        del fut


# ---- Future ----------------------------------------------------------------------------------

class Future(object):
    """The result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__,
                id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise. A future
        cannot be cancelled if it is running or has already completed.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()

        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Break the cycle exception -> traceback -> this frame -> self.
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        """Attach a callable to be called, with the future as its only
        argument, when the future is cancelled or finishes. Callables run in
        the order they were added, in the thread that completes the future
        (or at once in this thread if the future is already done).
        Exceptions they raise are logged and ignored."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """Return the result of the call the future represents, waiting up
        to `timeout` seconds (None: no limit).

        Raises CancelledError if the future was cancelled, TimeoutError if
        it did not finish in time, and the call's exception if it raised."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()

                self._condition.wait(timeout)

                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            # See __get_result.
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call (None if it returned),
        waiting up to `timeout` seconds (None: no limit).

        Raises CancelledError if the future was cancelled and TimeoutError
        if it did not finish in time."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # The methods below are for Executor implementations and unit tests.

    def set_running_or_notify_cancel(self):
        """Mark the future as running, or tell the waiters that it was
        cancelled.

        Returns False if the future was cancelled (the call must not run),
        True if it is now running. Raises RuntimeError if the future is
        already running or finished."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # Whoever cancelled already woke the result() waiters.
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s',
                                id(self),
                                self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the result of the future and wake up everyone waiting."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Set the exception of the future and wake up everyone waiting."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- Executor --------------------------------------------------------------------------------

class Executor(object):
    """The abstract base of executors: subclasses provide submit() and
    shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls are submitted at once and
        run asynchronously.

        Returns an iterator of the results in argument order. Iterating
        raises TimeoutError if a result is not there `timeout` seconds
        after map() was called, and re-raises a call's exception when its
        result is reached. `chunksize` only matters to process pools."""
        if timeout is not None:
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator that does not close over the executor, so that the
        # iterator does not keep it alive.
        def result_iterator():
            try:
                # Popping from the end is cheap: reverse once.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(
                            fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; submit() fails afterwards.

        wait: block until the pending calls have run and the resources are
        freed. cancel_futures: cancel the calls that have not started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
