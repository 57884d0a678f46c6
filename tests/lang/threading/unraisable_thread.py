# expect-error
# An exception escaping a function started with _thread.start_new_thread is
# reported as unraisable ("Exception ignored in thread started by: ...");
# SystemExit ends the thread silently. The script itself succeeds.
import _thread
import sys


class Task:
    def __init__(self, exc):
        self.exc = exc

    def __repr__(self):
        return '<Task %s>' % type(self.exc).__name__

    def __call__(self, lock):
        try:
            raise self.exc
        finally:
            lock.release()


for exc in (ValueError('bad value'), SystemExit(2), KeyError('k')):
    lock = _thread.allocate_lock()
    lock.acquire()
    _thread.start_new_thread(Task(exc), (lock,))
    lock.acquire()
    # wait until the thread has finished reporting
    while _thread._count():
        pass
    print('after', type(exc).__name__, flush=True)
print('done')
