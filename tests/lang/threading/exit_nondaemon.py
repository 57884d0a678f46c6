# Non-daemon threads are joined at exit: their output comes after the end of
# the main script, in the order they finish; atexit runs after them.
import atexit
import threading
import time

atexit.register(lambda: print('atexit callback'))
go = threading.Event()

def release_threads():
    print('threading atexit (before joins)')
    go.set()

threading._register_atexit(release_threads)

def second():
    go.wait()
    time.sleep(0.05)
    print('second thread finishes after the main script')

def first():
    go.wait()
    print('first thread runs after the main script')
    t = threading.Thread(target=second)
    t.start()

threading.Thread(target=first).start()
print('main script ends')
