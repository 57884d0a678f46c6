"""asyncio.selector_events -- the event loop: ready queue, timer heap,
selector.

One iteration (_run_once): drop cancelled timers from the heap top, block in
selector.select() until the earliest timer (or not at all if callbacks are
ready), turn ready descriptors into their reader/writer handles, move due
timers to the ready queue, then run exactly the callbacks that were ready at
that point (callbacks they schedule wait for the next iteration, so a
callback loop cannot starve I/O). Other threads wake the loop through a
socketpair (call_soon_threadsafe writes one byte).
"""

import collections
import concurrent.futures
import errno
import heapq
import logging
import os
import selectors
import socket
import sys
import threading
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'Server')

logger = logging.getLogger('asyncio')

# When more than this many cancelled timers sit in the heap and they make up
# more than _MIN_CANCELLED_TIMER_HANDLES_FRACTION of it, the heap is rebuilt
# without them (keeps many cancelled wait_for() timers from piling up).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# A timer whose deadline lies within this much of now counts as due: the
# selector's timeout resolution is ~1 ms, so waking slightly early must not
# cost a second, near-zero-timeout iteration.
_CLOCK_RESOLUTION = 1e-3

# Longest single selector wait (seconds); CPython's limit too (24 h).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop_of(fut).stop()


def _check_nonblocking(loop, sock):
    # Debug mode only, as in CPython.
    if loop._debug and sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self, selector=None):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._executor_shutdown_called = False
        self._thread_id = None
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._task_factory = None
        if selector is None:
            selector = selectors.DefaultSelector()
        self._selector = selector
        self._make_self_pipe()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- wake-up pipe ------------------------------------------------------

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._selector.register(self._ssock.fileno(), selectors.EVENT_READ,
                                (events.Handle(self._read_from_self, (), self,
                                               None), None))

    def _close_self_pipe(self):
        self._selector.unregister(self._ssock.fileno())
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None

    def _read_from_self(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            pass

    # -- basic API -----------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        if self._selector is not None:
            self._close_self_pipe()
            self._selector.close()
            self._selector = None

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # -- async generators ----------------------------------------------------

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled "
                          f"after loop.shutdown_asyncgens() call",
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close every still-alive async generator first iterated here."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen})

    async def shutdown_default_executor(self):
        """Shut the default executor down, waiting for its threads."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()

        def _do_shutdown():
            try:
                self._default_executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(future.set_result, None)
            except Exception as ex:
                if not self.is_closed():
                    self.call_soon_threadsafe(future.set_exception, ex)

        thread = threading.Thread(target=_do_shutdown)
        thread.start()
        try:
            await future
        finally:
            thread.join()

    # -- scheduling ----------------------------------------------------------

    def _check_callback(self, callback, method):
        # Like CPython, only debug mode validates callbacks up front; an
        # invalid one otherwise fails when run (reported by the handler).
        if not self._debug:
            return
        if coroutines.iscoroutine(callback) or \
                coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        event_list = self._selector.select(timeout)
        self._process_events(event_list)

        end_time = self.time() + _CLOCK_RESOLUTION
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # -- error handling ------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or \
            'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc, 'context': context})
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    # -- executors -----------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    # -- readiness callbacks -------------------------------------------------

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fd)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fd)
                else:
                    self._ready.append(writer)

    def _add_callback(self, fd, callback, args, is_reader):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        fd = selectors._fileobj_to_fd(fd)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            data = (handle, None) if is_reader else (None, handle)
            mask = selectors.EVENT_READ if is_reader else \
                selectors.EVENT_WRITE
            self._selector.register(fd, mask, data)
        else:
            mask = key.events | (selectors.EVENT_READ if is_reader
                                 else selectors.EVENT_WRITE)
            reader, writer = key.data
            if is_reader:
                old, reader = reader, handle
            else:
                old, writer = writer, handle
            self._selector.modify(fd, mask, (reader, writer))
            if old is not None:
                old.cancel()
        return handle

    def _remove_callback(self, fd, is_reader):
        if self.is_closed():
            return False
        fd = selectors._fileobj_to_fd(fd)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        bit = selectors.EVENT_READ if is_reader else selectors.EVENT_WRITE
        mask = key.events & ~bit
        if is_reader:
            old, reader = reader, None
        else:
            old, writer = writer, None
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (reader, writer))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_callback(fd, callback, args, True)

    def _remove_reader(self, fd):
        return self._remove_callback(fd, True)

    def _add_writer(self, fd, callback, *args):
        return self._add_callback(fd, callback, args, False)

    def _remove_writer(self, fd):
        return self._remove_callback(fd, False)

    def add_reader(self, fd, callback, *args):
        self._check_callback(callback, 'add_reader')
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        self._check_callback(callback, 'add_writer')
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)

    # -- socket operations ---------------------------------------------------

    async def _wait_ready(self, sock, is_reader):
        fut = self.create_future()
        fd = sock.fileno()

        def ready():
            if not fut.done():
                fut.set_result(None)

        self._add_callback(fd, ready, (), is_reader)
        try:
            await fut
        finally:
            self._remove_callback(fd, is_reader)

    async def sock_recv(self, sock, n):
        _check_nonblocking(self, sock)
        while True:
            try:
                return sock.recv(n)
            except (BlockingIOError, InterruptedError):
                await self._wait_ready(sock, True)

    async def sock_recv_into(self, sock, buf):
        _check_nonblocking(self, sock)
        while True:
            try:
                return sock.recv_into(buf)
            except (BlockingIOError, InterruptedError):
                await self._wait_ready(sock, True)

    async def sock_sendall(self, sock, data):
        _check_nonblocking(self, sock)
        view = memoryview(data).cast('B')
        pos = 0
        while pos < len(view):
            try:
                pos += sock.send(view[pos:])
            except (BlockingIOError, InterruptedError):
                await self._wait_ready(sock, False)

    async def sock_connect(self, sock, address):
        _check_nonblocking(self, sock)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host, port = address[0], address[1]
            infos = socket.getaddrinfo(host, port, sock.family, sock.type)
            address = infos[0][4]
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        while True:
            await self._wait_ready(sock, False)
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err == errno.EINPROGRESS or err == errno.EINTR:
                continue
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
            return

    async def sock_accept(self, sock):
        _check_nonblocking(self, sock)
        while True:
            try:
                conn, address = sock.accept()
                conn.setblocking(False)
                return conn, address
            except (BlockingIOError, InterruptedError):
                await self._wait_ready(sock, True)

    # -- streams support -----------------------------------------------------

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0,
                          flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host,
                                          port, family, type, proto, flags)

    async def _connect_sock(self, host, port, family=0, flags=0,
                            local_addr=None):
        infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM,
                                   0, flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        exceptions_seen = []
        for fam, type_, proto, _, addr in infos:
            sock = socket.socket(fam, type_, proto)
            sock.setblocking(False)
            try:
                if local_addr is not None:
                    sock.bind(local_addr)
                await self.sock_connect(sock, addr)
                return sock
            except OSError as exc:
                sock.close()
                exceptions_seen.append(exc)
            except BaseException:
                sock.close()
                raise
        if len(exceptions_seen) == 1:
            raise exceptions_seen[0]
        model = str(exceptions_seen[0])
        if all(str(exc) == model for exc in exceptions_seen):
            raise exceptions_seen[0]
        raise OSError('Multiple exceptions: {}'.format(
            ', '.join(str(exc) for exc in exceptions_seen)))


class SelectorEventLoop(BaseEventLoop):
    """The (only) event loop implementation: selectors.DefaultSelector."""


class Server:
    """A listening socket set plus the accept loop (start_server())."""

    def __init__(self, loop, sockets, client_connected_cb, limit,
                 start_serving=True):
        self._loop = loop
        self._sockets = sockets
        self._cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._waiters = []
        self._clients = set()
        if start_serving:
            self._start_serving()

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(100)
            self._loop._add_reader(sock.fileno(), self._accept_ready, sock)

    def _accept_ready(self, sock):
        # Accept a bounded batch per wake-up so one busy listener cannot
        # monopolise the loop iteration.
        for _ in range(100):
            try:
                conn, addr = sock.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self._loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc, 'socket': sock})
                return
            conn.setblocking(False)
            self._loop.create_task(self._serve_client(conn))

    async def _serve_client(self, conn):
        from . import streams
        reader, writer = streams._make_streams(self._loop, conn,
                                               self._limit, server=self)
        res = self._cb(reader, writer)
        if coroutines.iscoroutine(res):
            await res

    def _attach(self, transport):
        self._clients.add(transport)

    def _detach(self, transport):
        self._clients.discard(transport)
        self._wakeup()

    def _wakeup(self):
        if self._sockets is None and not self._clients:
            waiters = self._waiters
            self._waiters = None
            for waiter in waiters or ():
                if not waiter.done():
                    waiter.set_result(None)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and \
                not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()
