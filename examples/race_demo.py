# race_demo.py -- a guided tour of a data race under the GIL.
#
#     python3 examples/race_demo.py
#     build/gilpy examples/race_demo.py
#
# "The GIL makes Python thread-safe" is half true: the GIL guarantees that
# one *bytecode instruction* runs at a time, so the interpreter's own data
# (reference counts, dicts, lists) never gets corrupted. It says nothing about
# *your* invariants: `balance += 1` is four instructions, and the interpreter
# may hand the GIL to another thread between any two of them.
#
# The tour:
#   1. the bytecode of `balance += 1` (the dis module);
#   2. four threads increment one global without a lock: lost updates;
#   3. on gilpy, the same race re-run under the two switching policies and
#      under the deterministic scheduler (the script re-runs itself with
#      sys.executable and gilpy's -X options):
#        -X preempt=instruction  the GIL may change hands before any
#                                instruction (CPython <= 3.9 did this);
#        -X preempt=backedge     only at loop back-edges and calls
#                                (CPython 3.10+);
#        -X sched=SEED           gilpy picks every switch point from a PRNG
#                                seeded with SEED: the same seed replays the
#                                same interleaving, so the same number of
#                                lost updates, run after run;
#   4. the fix: a threading.Lock around the update -- nothing is lost.
#
# Internal use: `race_demo.py --child VARIANT THREADS INCREMENTS` runs one
# race and prints one line "lost L of T"; the tour calls itself that way.
import dis
import os
import sys
import threading

IS_GILPY = sys.implementation.name == "gilpy"

THREADS = 4
INCREMENTS = 100000          # per thread
SCHED_INCREMENTS = 20000     # per thread, under -X sched (every switch is a
                             # baton hand-off: keep the replay short)

balance = 0
lock = threading.Lock()


def one():
    return 1


def deposit_plain(n):
    global balance
    for _ in range(n):
        balance += 1


def deposit_call(n):
    # The call to one() sits between the load and the store of `balance`.
    # Calls are switch points under both policies (a function's entry checks
    # the eval breaker), so this loses updates on CPython 3.11 too.
    global balance
    for _ in range(n):
        balance = balance + one()


def deposit_locked(n):
    global balance
    for _ in range(n):
        with lock:
            balance += 1


VARIANTS = {"plain": deposit_plain, "call": deposit_call, "locked": deposit_locked}


def race(variant, threads, increments):
    """Run `threads` threads of VARIANTS[variant]; return (lost, expected)."""
    global balance
    balance = 0
    # Ask for a switch every 0.5 ms instead of every 5 ms: 10x more chances
    # for the race in the same time. (Ignored under -X sched, which draws
    # its own slices.)
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    workers = [threading.Thread(target=VARIANTS[variant], args=(increments,))
               for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    sys.setswitchinterval(old)
    expected = threads * increments
    return expected - balance, expected


def run_self(xoptions, args):
    """Run this script again under the same interpreter with extra -X
    options; return its stdout (stripped). Uses subprocess where it exists,
    plain fork/exec otherwise."""
    argv = [sys.executable]
    for x in xoptions:
        argv += ["-X", x]
    argv += [os.path.abspath(__file__)] + [str(a) for a in args]
    try:
        import subprocess
    except ImportError:
        subprocess = None
    if subprocess is not None:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return p.stdout.decode(errors="replace").strip()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.dup2(w, 1)
            os.dup2(w, 2)
            os.execv(sys.executable, argv)
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode(errors="replace").strip()


def child(argv):
    variant, threads, increments = argv[0], int(argv[1]), int(argv[2])
    lost, expected = race(variant, threads, increments)
    print("lost %d of %d" % (lost, expected))


def show(label, result):
    print("  %-44s %s" % (label, result))


def tour():
    print("1. What `balance += 1` is made of")
    print("-" * 34)
    print("dis.dis(deposit_plain) -- the loop body is the four instructions")
    print("between FOR_ITER and the backward jump:\n")
    dis.dis(deposit_plain)
    print("""
Load the global, add one, store it back. If the GIL changes hands after the
load and before the store, the other thread's increments made meanwhile are
overwritten when this thread stores its stale value + 1: lost updates.
""")

    print("2. %d threads x %d increments, no lock (%s, default policy)" % (
        THREADS, INCREMENTS, sys.implementation.name))
    print("-" * 60)
    lost, expected = race("plain", THREADS, INCREMENTS)
    show("balance += 1:", "lost %d of %d" % (lost, expected))
    lost, expected = race("call", THREADS, INCREMENTS)
    show("balance = balance + one():", "lost %d of %d" % (lost, expected))
    print("""
The count varies from run to run: it depends on when the OS wakes the
waiting thread and where the holder happens to be when it sees the drop
request.""")
    if not IS_GILPY:
        print("""CPython 3.10+ only switches threads at loop back-edges and calls, so
`balance += 1` in a loop runs as one piece and usually loses nothing; the
call to one() between load and store is a switch point, so the second
variant loses updates. Run this tour with gilpy to see both switching
policies and the deterministic replay.
""")

    if IS_GILPY:
        print("\n3. The same races under gilpy's switching policies")
        print("-" * 50)
        args = (THREADS, INCREMENTS)
        for policy in ("instruction", "backedge"):
            for variant, text in (("plain", "balance += 1"), ("call", "balance + one()")):
                show("-X preempt=%-11s %s:" % (policy, text),
                     run_self(["preempt=" + policy], [ "--child", variant] + list(args)))
        print("""
preempt=instruction may switch between the load and the store: the plain
loop loses updates. preempt=backedge switches only at the backward jump,
after the store, so the plain loop is (by accident!) safe -- but not the
variant with a call in the middle. Code that is correct only because of
where the interpreter happens to check for switches is not correct.
""")
        print("   Deterministic replay: -X sched=SEED (%d x %d increments)" % (THREADS, SCHED_INCREMENTS))
        args = ["--child", "plain", THREADS, SCHED_INCREMENTS]
        a = run_self(["sched=7"], args)
        b = run_self(["sched=7"], args)
        c = run_self(["sched=8"], args)
        show("-X sched=7, first run:", a)
        show("-X sched=7, second run:", b)
        show("-X sched=8:", c)
        print("  same seed, same result: %s" % ("yes" if a == b else "NO (this build's -X sched is not yet fully deterministic)"))
        print("""
Under -X sched the GIL is a baton handed out by a PRNG: the same seed gives
the same interleaving, so a race found once can be replayed, debugged and
turned into a regression test. Another seed explores another interleaving.
""")

    print("4. The fix: `with lock:` around the update")
    print("-" * 41)
    lost, expected = race("locked", THREADS, INCREMENTS)
    show("with lock: balance += 1:", "lost %d of %d" % (lost, expected))
    if IS_GILPY:
        show("... under -X preempt=instruction:",
             run_self(["preempt=instruction"], ["--child", "locked", THREADS, INCREMENTS]))
        show("... under -X sched=7:",
             run_self(["sched=7"], ["--child", "locked", THREADS, SCHED_INCREMENTS]))
    print("""
A Lock makes load-add-store one step as far as the other threads are
concerned: whoever switches where, nothing is lost.""")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        tour()
