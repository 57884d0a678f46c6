# seed_daemon.py -- daemon threads (seed 000, "守护线程").
#
# The seed gives only the two lines that matter:
#
#     # 把子线程设置为守护线程，在启动线程前设置
#     thr.setDaemon(True)
#     thr.start()
#
# ("make the child thread a daemon thread; set it before starting it"). The
# thread around them is seed 002's ClockProcess, turned into a thread the way
# seed 002 says ("只须将multiprocessing.Process换成...Thread即可": replace
# multiprocessing.Process by a Thread), with an interval of 1 s instead of 3
# so that the demonstration is short.
#
# What happens: the clock thread loops forever. The main thread does not
# join it; it sleeps 3.5 s, prints and ends. A non-daemon thread would keep
# the process alive for ever; a daemon thread is simply abandoned when the
# main thread finishes, so the program prints about four clock lines and
# exits. setDaemon() is deprecated since Python 3.10 (CPython prints a
# DeprecationWarning on stderr; new code sets `thr.daemon = True`).
#
#     python3 examples/seed_daemon.py
#     build/gilpy examples/seed_daemon.py
import threading
import time


class ClockThread(threading.Thread):
    def __init__(self, interval):
        threading.Thread.__init__(self)
        self.interval = interval
    def run(self):
        while True:
            print("The time is %s" % time.ctime())
            time.sleep(self.interval)


if __name__ == '__main__':
    thr = ClockThread(1)
    # 把子线程设置为守护线程，在启动线程前设置
    thr.setDaemon(True)
    thr.start()
    time.sleep(3.5)
    print("daemon:", thr.daemon, " alive:", thr.is_alive())
    print("{0} 结束; the daemon clock thread is abandoned".format(threading.current_thread().name))
