# sys._current_frames(): one entry per thread running Python, keyed by ident,
# each the thread's innermost frame.
import sys, threading
ev = threading.Event()
started = threading.Event()
def waiter():
    started.set()
    ev.wait()
t = threading.Thread(target=waiter)
t.start()
started.wait()
frames = sys._current_frames()
print(len(frames), sorted(frames) == sorted([threading.main_thread().ident, t.ident]))
print(frames[threading.get_ident()].f_code.co_name)
# the waiter is somewhere inside Event.wait, called from waiter()
f = frames[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("waiter" in names, "wait" in names)
ev.set()
t.join()
print(len(sys._current_frames()))
