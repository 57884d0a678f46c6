# A daemon thread still running when the script ends is abandoned: the
# process exits cleanly (status 0) and the thread prints nothing more.
import threading
import time

started = threading.Event()
def spin():
    started.set()
    while True:
        time.sleep(0.01)

def busy():
    n = 0
    while True:
        n += 1

threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=busy, daemon=True).start()
started.wait()
print('main done')
