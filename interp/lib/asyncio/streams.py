"""asyncio.streams -- StreamReader/StreamWriter over non-blocking sockets.

CPython layers streams on transports and protocols; gilpy keeps a single
small _SocketTransport per connection instead: its read callback (selector
readiness) feeds bytes into the StreamReader, and write() sends directly,
buffering only what the kernel did not take and flushing that from a write
callback. Flow control: reading pauses while the reader holds more than
2*limit bytes; drain() waits while more than _HIGH_WATER bytes are queued.
"""

import socket

from . import coroutines
from . import events
from . import exceptions
from . import selector_events
from . import tasks

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server')

# Default StreamReader limit (bytes): longest line readline() accepts and the
# read-ahead quantum; CPython's value.
_DEFAULT_LIMIT = 2 ** 16

# Largest recv() per readiness event; bigger reads cost memory for no gain on
# loopback, smaller ones multiply loop iterations.
_MAX_READ = 256 * 1024

# drain() blocks above the high-water mark and resumes below the low one
# (CPython's transport defaults: 64 KiB / 16 KiB).
_HIGH_WATER = 64 * 1024
_LOW_WATER = 16 * 1024


class _SocketTransport:
    def __init__(self, loop, sock, reader, server=None):
        self._loop = loop
        self._sock = sock
        self._reader = reader
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._closed = False
        self._eof_sent = False
        self._reading_paused = False
        self._drain_waiters = []
        self._conn_lost = False
        self._closed_fut = loop.create_future()
        self._extra = {'socket': sock}
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        if server is not None:
            server._attach(self)
        loop._add_reader(sock.fileno(), self._read_ready)

    def __repr__(self):
        return f'<_SocketTransport fd={self._sock.fileno()}>'

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return len(self._buffer)

    def pause_reading(self):
        if self._closing or self._reading_paused:
            return
        self._reading_paused = True
        self._loop._remove_reader(self._sock.fileno())

    def resume_reading(self):
        if self._closing or not self._reading_paused:
            return
        self._reading_paused = False
        self._loop._add_reader(self._sock.fileno(), self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(_MAX_READ)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            self._loop._remove_reader(self._sock.fileno())
            self._reader.feed_eof()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof_sent:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._conn_lost:
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except OSError as exc:
                self._fatal_error(exc)
                return
            data = memoryview(data)[n:]
            if not data:
                return
            self._loop._add_writer(self._sock.fileno(), self._write_ready)
        self._buffer.extend(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._loop._remove_writer(self._sock.fileno())
            self._buffer.clear()
            self._fatal_error(exc)
            return
        del self._buffer[:n]
        if len(self._buffer) <= _LOW_WATER:
            self._wake_drainers(None)
        if not self._buffer:
            self._loop._remove_writer(self._sock.fileno())
            if self._closing:
                self._lose_connection(None)
            elif self._eof_sent:
                self._sock.shutdown(socket.SHUT_WR)

    def _wake_drainers(self, exc):
        waiters, self._drain_waiters = self._drain_waiters, []
        for w in waiters:
            if not w.done():
                if exc is None:
                    w.set_result(None)
                else:
                    w.set_exception(exc)

    async def _drain(self):
        if self._conn_lost:
            raise ConnectionResetError('Connection lost')
        if len(self._buffer) <= _HIGH_WATER:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        await waiter

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_sent:
            return
        self._eof_sent = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock.fileno())
        if not self._buffer:
            self._loop.call_soon(self._lose_connection, None)

    def abort(self):
        self._buffer.clear()
        self._closing = True
        self._loop._remove_reader(self._sock.fileno())
        self._loop._remove_writer(self._sock.fileno())
        self._loop.call_soon(self._lose_connection, None)

    def _fatal_error(self, exc):
        self._reader.set_exception(exc)
        self.abort()

    def _lose_connection(self, exc):
        if self._conn_lost:
            return
        self._conn_lost = True
        self._closing = True
        fd = self._sock.fileno()
        if fd >= 0:
            self._loop._remove_reader(fd)
            self._loop._remove_writer(fd)
        self._sock.close()
        self._wake_drainers(ConnectionResetError('Connection lost'))
        if not self._reader.at_eof() and self._reader.exception() is None:
            self._reader.feed_eof()
        if not self._closed_fut.done():
            self._closed_fut.set_result(None)
        if self._server is not None:
            server, self._server = self._server, None
            server._detach(self)


class StreamReader:
    """Buffered bytes from a connection, consumed by coroutines."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events._get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused and
                len(self._buffer) > 2 * self._limit):
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + seplen]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit',
                        offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        chunk = bytes(self._buffer[:isep + seplen])
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(memoryview(self._buffer)[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        if len(self._buffer) == n:
            data = bytes(self._buffer)
            self._buffer.clear()
        else:
            data = bytes(memoryview(self._buffer)[:n])
            del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    """Write side of a connection: write() buffers, drain() waits."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self._transport.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed_fut

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # Let the connection-lost callback run first, as CPython does.
            await tasks.sleep(0)
        await self._transport._drain()


def _make_streams(loop, sock, limit, server=None):
    reader = StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(loop, sock, reader, server)
    reader.set_transport(transport)
    writer = StreamWriter(transport, None, reader, loop)
    return reader, writer


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT,
                          family=0, flags=0, local_addr=None, sock=None,
                          **kwds):
    """Connect to (host, port); return (StreamReader, StreamWriter)."""
    loop = events.get_running_loop()
    if sock is None:
        sock = await loop._connect_sock(host, port, family, flags,
                                        local_addr)
    else:
        sock.setblocking(False)
    return _make_streams(loop, sock, limit)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, family=socket.AF_UNSPEC,
                       flags=socket.AI_PASSIVE, sock=None, backlog=100,
                       reuse_address=None, reuse_port=None,
                       start_serving=True, **kwds):
    """Listen on (host, port); call client_connected_cb(reader, writer) for
    each connection (as a task when it is a coroutine function)."""
    loop = events.get_running_loop()
    if sock is not None:
        sockets = [sock]
    else:
        if host == '':
            host = None
        infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM,
                                   0, flags)
        sockets = []
        seen = set()
        try:
            for fam, type_, proto, _, addr in infos:
                if (fam, addr) in seen:
                    continue
                seen.add((fam, addr))
                s = socket.socket(fam, type_, proto)
                sockets.append(s)
                if reuse_address is None or reuse_address:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if fam == socket.AF_INET6 and hasattr(socket, 'IPV6_V6ONLY'):
                    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                try:
                    s.bind(addr)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting to bind '
                                  'on address %r: %s' % (addr,
                                                         err.strerror.lower()))
        except BaseException:
            for s in sockets:
                s.close()
            raise
    for s in sockets:
        s.setblocking(False)
    server = selector_events.Server(loop, sockets, client_connected_cb,
                                    limit, start_serving=False)
    for s in sockets:
        s.listen(backlog)
    if start_serving:
        server._start_serving()
        await tasks.sleep(0)
    return server
