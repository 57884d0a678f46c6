# seed_balance_race.py -- a shared global changed by two threads WITHOUT a
# lock (seed 000, "多线程的锁机制").
#
# change() is the seed's function with its two lock lines removed: each
# thread adds `num` to the shared balance and subtracts it again, so balance
# should stay 100 -- unless the other thread runs between the load and the
# store of `balance += num` (see examples/race_demo.py for the bytecode).
# Then the seed's check fires and prints the dirty value ("如果输出这句话，
# 说明线程不安全": if this line is printed, the code is not thread-safe).
#
# Whether it fires depends on where the interpreter may switch threads:
#   - CPython 3.11 (and gilpy -X preempt=backedge) switches only at loop
#     back-edges and calls, so this loop body happens to run atomically and
#     the race usually stays hidden: "final balance=100".
#   - gilpy -X preempt=instruction (gilpy's default; CPython <= 3.9 did the
#     same) may switch between any two instructions: the race shows up.
#   - gilpy -X sched=SEED replays one interleaving exactly, run after run.
#
#     python3 examples/seed_balance_race.py
#     build/gilpy -X preempt=instruction examples/seed_balance_race.py
#     build/gilpy -X sched=42 examples/seed_balance_race.py
import sys
import threading

balance = 100


def change(num, counter):
    global balance
    for i in range(counter):
        balance += num
        balance -= num
        if balance != 100:
            # 如果输出这句话，说明线程不安全
            print("balance=%d" % balance)
            break


if __name__ == '__main__':
    # Switch 10x more often than the default 5 ms so that the race shows
    # within a fraction of a second where it can happen at all.
    sys.setswitchinterval(0.0005)
    thr1 = threading.Thread(target=change, args=(5, 1000000))
    thr2 = threading.Thread(target=change, args=(8, 1000000))
    thr1.start()
    thr2.start()
    thr1.join()
    thr2.join()
    print("final balance=%d" % balance)
