"""asyncio for gilpy -- a selector-based event loop over native coroutines.

The core of CPython 3.11's asyncio API, written for gilpy: one event loop
implementation (SelectorEventLoop over selectors.DefaultSelector), Futures
and Tasks, the combinators (gather, wait, wait_for, shield, as_completed,
timeout, TaskGroup), synchronisation primitives, queues, to_thread /
run_in_executor, and socket streams. No subprocesses, signals, SSL, UDP or
the transport/protocol layer (streams sit directly on sockets).
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .selector_events import *
from .streams import *
from .timeouts import *
from .taskgroups import *
from .threads import *
from .runners import *

from . import (exceptions, coroutines, events, futures, tasks, locks, queues,
               selector_events, streams, timeouts, taskgroups, threads,
               runners)

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + tasks.__all__ + locks.__all__ + queues.__all__ +
           selector_events.__all__ + streams.__all__ + timeouts.__all__ +
           taskgroups.__all__ + threads.__all__ + runners.__all__)

DefaultEventLoopPolicy = events.DefaultEventLoopPolicy
