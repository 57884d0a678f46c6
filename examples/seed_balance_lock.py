# seed_balance_lock.py -- the same shared balance, protected by a Lock
# (seed 000 "多线程的锁机制" and seed 002 "使用Lock").
#
# change() is seed 000's code exactly: lock.acquire() before touching the
# global, lock.release() after, so only one thread at a time runs the
# critical section and the final balance is 100 -- whatever the
# interpreter's switching policy (compare examples/seed_balance_race.py).
#
# One trap is left in the seed's code, on purpose here: its check
# `if balance != 100` runs AFTER lock.release(), i.e. it reads the shared
# value without the lock. It can therefore see the other thread halfway
# through its critical section (balance=105 or 108) and print a false
# alarm, although no update is lost. Calls are switch points, so the window
# between release() and the check exists on CPython 3.11 as well; it shows
# most easily under gilpy -X sched=SEED. Reads of shared state need the lock
# as much as writes do.
#
# change_with() is the form seed 002 recommends ("一定要用下面的形式": always
# use one of these forms): `with lock:`, which releases the lock even when
# the critical section raises. change_try() is seed 002's other form,
# try/finally.
#
#     python3 examples/seed_balance_lock.py
#     build/gilpy -X preempt=instruction examples/seed_balance_lock.py
#     build/gilpy -X sched=42 examples/seed_balance_lock.py
import sys
import threading

balance = 100
lock = threading.Lock()  # 创建锁


def change(num, counter):
    global balance
    for i in range(counter):
        lock.acquire() # # 先要获取锁
        balance += num
        balance -= num
        lock.release()  # 释放锁
        if balance != 100:
            # 如果输出这句话，说明线程不安全
            print("balance=%d" % balance)
            break


def change_try(num, counter):
    global balance
    for i in range(counter):
        # 第1种
        try:
            lock.acquire()
            # critical section
            balance += num
            balance -= num
        finally:
            lock.release()


def change_with(num, counter):
    global balance
    for i in range(counter):
        # 第2种
        with lock:
            # critical section
            balance += num
            balance -= num


def run(func):
    thr1 = threading.Thread(target=func, args=(5, 200000))
    thr2 = threading.Thread(target=func, args=(8, 200000))
    thr1.start()
    thr2.start()
    thr1.join()
    thr2.join()
    print("%-12s final balance=%d" % (func.__name__, balance))


if __name__ == '__main__':
    # Switch often, as in seed_balance_race.py: the lock must hold anyway.
    sys.setswitchinterval(0.0005)
    run(change)
    run(change_try)
    run(change_with)
    print("locked:", lock.locked())
