# asyncio I/O: loopback echo server with streams (port 0), StreamReader
# read/readline/readexactly/readuntil and their errors, loop.sock_* and
# add_reader/add_writer, run_in_executor and to_thread
import asyncio
import contextvars
import socket
import threading
import time


async def handle_echo(reader, writer):
    peer = writer.get_extra_info('peername')
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b'quit\n':
            writer.write(b'bye\n')
            await writer.drain()
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    handle_echo.count += 1
    handle_echo.peer_ok = peer is not None

handle_echo.count = 0


async def test_echo():
    print('== echo server')
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()[:2]
    print('serving', server.is_serving(), host, port > 0)

    async def client(name, lines):
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        out = []
        for line in lines:
            writer.write(line.encode() + b'\n')
            await writer.drain()
            out.append((await reader.readline()).decode().strip())
        writer.write(b'quit\n')
        out.append((await reader.readline()).decode().strip())
        print(name, 'eof after bye', await reader.read(), reader.at_eof())
        sockname = writer.get_extra_info('sockname')
        writer.close()
        await writer.wait_closed()
        return name, out, sockname[0]

    results = await asyncio.gather(client('c1', ['hello', 'world']),
                                   client('c2', ['abc']),
                                   client('c3', ['x' * 50000]))
    for name, out, addr in results:
        print(name, [o[:12] + ('...%d' % len(o) if len(o) > 12 else '') for o in out], addr)
    await asyncio.sleep(0.01)
    print('handled', handle_echo.count, handle_echo.peer_ok)
    server.close()
    await server.wait_closed()
    print('serving after close', server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno is not None)


async def test_reader_methods():
    print('== StreamReader methods')
    payload = b'line1\nline2\r\nABCDEFGH--sep--tail-no-newline'

    async def send_payload(reader, writer):
        for i in range(0, len(payload), 7):
            writer.write(payload[i:i + 7])
            await writer.drain()
            await asyncio.sleep(0.001)
        writer.close()

    async with await asyncio.start_server(send_payload, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print(await reader.readline())
        print(await reader.readuntil(b'\r\n'))
        print(await reader.readexactly(4))
        print(await reader.read(2))
        print(await reader.readuntil(b'--sep--'))
        try:
            await reader.readexactly(100)
        except asyncio.IncompleteReadError as e:
            print('IncompleteReadError', e.partial, e.expected, e)
            print(isinstance(e, EOFError))
        print('readline at eof', await reader.readline(), reader.at_eof())
        print('read at eof', await reader.read(10))
        try:
            await reader.readuntil(b'')
        except ValueError as e:
            print('ValueError', e)
        try:
            await reader.readexactly(-1)
        except ValueError as e:
            print('ValueError', e)
        print('readexactly(0)', await reader.readexactly(0), await reader.read(0))
        writer.close()
        await writer.wait_closed()

    # feed_data-driven reader: readuntil at EOF, limit overrun, async for
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b'0123456789abcdef\nrest')
    try:
        await r.readline()
    except ValueError as e:
        print('readline limit ValueError', e)
    r.feed_eof()
    try:
        await r.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected, e)
    r = asyncio.StreamReader()
    r.feed_data(b'a\nb\nc')
    r.feed_eof()
    print('async for', [line async for line in r])
    r = asyncio.StreamReader(limit=5)
    r.feed_data(b'0123456789')
    try:
        await r.readuntil(b'X')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    r = asyncio.StreamReader()
    r.set_exception(ConnectionResetError('gone'))
    try:
        await r.read(1)
    except ConnectionResetError as e:
        print('exception set', e)


async def test_sock_ops():
    print('== loop.sock_* and readers')
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    port = lsock.getsockname()[1]

    async def serve():
        conn, addr = await loop.sock_accept(lsock)
        print('accepted, conn nonblocking', conn.gettimeout() == 0)
        data = b''
        while not data.endswith(b'!'):
            chunk = await loop.sock_recv(conn, 1024)
            if not chunk:
                break
            data += chunk
        await loop.sock_sendall(conn, data[::-1])
        conn.close()
        return len(data)

    st = asyncio.create_task(serve())
    csock = socket.socket()
    csock.setblocking(False)
    await loop.sock_connect(csock, ('127.0.0.1', port))
    await loop.sock_sendall(csock, b'x' * 200000 + b'hello!')
    got = b''
    while True:
        chunk = await loop.sock_recv(csock, 65536)
        if not chunk:
            break
        got += chunk
    print('server got', await st, 'client got', len(got), got[:6])
    csock.close()
    lsock.close()

    blocking = socket.socket()
    loop.set_debug(True)
    try:
        await loop.sock_recv(blocking, 1)
    except ValueError as e:
        print('debug: ValueError', e)
    loop.set_debug(False)
    blocking.close()

    # connect refused
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    dead_port = s.getsockname()[1]
    s.close()
    c = socket.socket()
    c.setblocking(False)
    try:
        await loop.sock_connect(c, ('127.0.0.1', dead_port))
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', type(e).__name__)
    c.close()

    # add_reader / add_writer / remove_*
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    fut = loop.create_future()
    events = []

    def on_readable():
        events.append(('read', a.recv(100)))
        if not fut.done():
            fut.set_result(None)

    def on_writable():
        events.append('writable')
        loop.remove_writer(b)
        b.send(b'ping')

    loop.add_reader(a, on_readable)
    loop.add_writer(b.fileno(), on_writable)
    await fut
    print(events)
    print('remove_reader', loop.remove_reader(a), loop.remove_reader(a),
          'remove_writer', loop.remove_writer(b))
    a.close()
    b.close()


def blocking_work(x, delay):
    time.sleep(delay)
    return x * 10, threading.current_thread() is not threading.main_thread()


var = contextvars.ContextVar('var', default='unset')


def read_var():
    return var.get()


async def test_executor():
    print('== run_in_executor / to_thread')
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_work, 4, 0.01)
    print('run_in_executor', r)
    # the blocking calls overlap: completion order follows their delays
    order = []

    async def rec(name, delay):
        await asyncio.to_thread(time.sleep, delay)
        order.append(name)
    await asyncio.gather(rec('slow', 0.1), rec('fast', 0.01))
    print('order', order)
    var.set('main-value')
    print('to_thread context', await asyncio.to_thread(read_var))
    print('run_in_executor context', await loop.run_in_executor(None, read_var))
    print('to_thread kwargs', await asyncio.to_thread(int, '11', base=2))

    def fail():
        raise ValueError('in thread')
    try:
        await asyncio.to_thread(fail)
    except ValueError as e:
        print('to_thread raised', e)
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        print('custom executor', await loop.run_in_executor(ex, blocking_work, 2, 0))
    loop.set_debug(True)
    try:
        await loop.run_in_executor(None, test_executor)
    except TypeError as e:
        print('debug: TypeError', e)
    loop.set_debug(False)

    # run_coroutine_threadsafe from a worker thread back into the loop
    async def on_loop(x):
        await asyncio.sleep(0.001)
        return x + 1

    def from_thread():
        return asyncio.run_coroutine_threadsafe(on_loop(41), loop).result(5)
    print('run_coroutine_threadsafe', await asyncio.to_thread(from_thread))
    # call_soon_threadsafe wakes the loop
    fut = loop.create_future()
    threading.Thread(target=lambda: (time.sleep(0.01),
                                     loop.call_soon_threadsafe(fut.set_result, 'woken'))).start()
    print(await fut)


async def main():
    await test_echo()
    await test_reader_methods()
    await test_sock_ops()
    await test_executor()

asyncio.run(main())
print('done')
