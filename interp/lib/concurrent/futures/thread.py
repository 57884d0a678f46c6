"""ThreadPoolExecutor: runs calls in a pool of threads (gilpy).

Design (CPython 3.11's observable behaviour):
* submit() wraps the call in a _WorkItem holding a fresh Future and puts it
  on one queue.SimpleQueue shared by the workers. A new worker thread is
  started only when no worker is idle (the _idle_semaphore counts idle
  workers: each releases it after finishing an item) and fewer than
  max_workers exist, so the pool grows lazily up to max_workers.
* None on the queue means "wake up and check whether to exit". A worker
  exits when the interpreter is shutting down, the executor was shut down,
  or the executor was garbage-collected (workers only hold a weak reference
  to it; its callback puts a None); it puts the None back so that the next
  worker wakes up too.
* Worker threads are ordinary (non-daemon) threads. At interpreter exit,
  threading._shutdown() first runs the hooks registered with
  threading._register_atexit() -- ours (_python_exit) tells every worker of
  every pool to exit after its current item and joins them -- and only then
  joins the remaining non-daemon threads. So exit waits for the calls
  already queued, exactly as in CPython, and no longer.
* An initializer that raises breaks the pool: every queued future fails with
  BrokenThreadPool and later submit() calls raise it.
"""

import itertools
import os
import queue
import threading
import types
import weakref

from concurrent.futures import _base

# Thread -> its pool's work queue, for every live worker of every pool.
_threads_queues = weakref.WeakKeyDictionary()
# Set once the interpreter is exiting: no new work is accepted after that.
_shutdown = False
# Orders _python_exit against submit() of all pools, so that no work item
# gets queued after the exit hook woke the workers for the last time.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs before threading joins the non-daemon threads at exit.
threading._register_atexit(_python_exit)

# After fork() only the forking thread survives: the child starts with a
# fresh lock (the parent's may have been held by another thread).
if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_global_shutdown_lock.acquire,
                        after_in_child=_global_shutdown_lock._at_fork_reinit,
                        after_in_parent=_global_shutdown_lock.release)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # exc's traceback holds this frame: break the cycle.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                # Drop the item now: its future may hold big results.
                del work_item

                # Tell submit() that this worker is free again.
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            executor = executor_reference()
            # Exit if the interpreter is exiting, the executor was
            # collected, or it was shut down.
            if _shutdown or executor is None or executor._shutdown:
                # Prevent new submissions (interpreter exit case).
                if executor is not None:
                    executor._shutdown = True
                # Wake the next worker so that it exits too.
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed
    initializing."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers the pools for their default thread-name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        max_workers: the most threads the pool starts. The default,
            min(32, os.cpu_count() + 4), keeps at least 5 threads for I/O
            bound work and caps the count on big machines.
        thread_name_prefix: names the worker threads (prefix_N).
        initializer, initargs: each worker calls initializer(*initargs)
            before taking work.
        """
        if max_workers is None:
            # 32 caps the resources used on many-core machines; +4 keeps
            # some threads for I/O-bound work on small ones.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return

        # When the executor is collected, wake the workers so they exit.
        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(weakref.ref(self, weakref_cb),
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every queued call.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(
                        BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel the calls no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Wake one worker; each exiting worker wakes the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
