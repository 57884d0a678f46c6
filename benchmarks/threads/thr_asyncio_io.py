# thr_asyncio_io.py -- the I/O-bound thread benchmarks redone on asyncio's
# event loop (one thread, many tasks), to set beside thr_io and thr_echo.
#
#   sleep_elapsed_s   20 tasks each sleeping 5 x 50 ms (thr_io's shape): the
#                     ideal is 0.25 s; the excess is loop and timer overhead.
#   switches_per_s    1000 tasks each doing 20 `await asyncio.sleep(0)`:
#                     task switches per second through the ready queue (what
#                     a thread switch costs, for comparison, is thr_lock's
#                     hand-off row).
#   requests_per_s    loopback TCP echo with streams: an asyncio server and
#                     4 client tasks of 2000 round trips of 64 bytes each
#                     (thr_echo's shape, with tasks instead of threads).
# Without a socket module the echo row prints n/a.
import time
from _common import best_time, have_socket, report

import asyncio

SLEEP_TASKS = 20
NAPS = 5
NAP = 0.05

SWITCH_TASKS = 1000
SWITCHES = 20

CLIENTS = 4
REQUESTS = 2000     # per client, as in thr_echo.py
SIZE = 64


async def sleeper():
    for _ in range(NAPS):
        await asyncio.sleep(NAP)


async def sleep_main():
    await asyncio.gather(*(sleeper() for _ in range(SLEEP_TASKS)))


async def switcher():
    for _ in range(SWITCHES):
        await asyncio.sleep(0)


async def switch_main():
    await asyncio.gather(*(switcher() for _ in range(SWITCH_TASKS)))


async def echo_handler(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


async def echo_client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    msg = b"x" * SIZE
    for _ in range(REQUESTS):
        writer.write(msg)
        await writer.drain()
        await reader.readexactly(SIZE)
    writer.close()
    await writer.wait_closed()


async def echo_main():
    server = await asyncio.start_server(echo_handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    t0 = time.perf_counter()
    await asyncio.gather(*(echo_client(port) for _ in range(CLIENTS)))
    dt = time.perf_counter() - t0
    server.close()
    await server.wait_closed()
    return dt


def main():
    report("sleep_elapsed_s", best_time(lambda: asyncio.run(sleep_main())))
    dt = best_time(lambda: asyncio.run(switch_main()))
    report("switches_per_s", SWITCH_TASKS * SWITCHES / dt)
    if have_socket():
        best = min(asyncio.run(echo_main()) for _ in range(3))
        report("requests_per_s", CLIENTS * REQUESTS / best)
    else:
        print("skipped")
        report("requests_per_s", None)


main()
