"""Thread benchmarks: gilpy beside CPython (python3 benchmarks/run.py --threads).

    python3 benchmarks/run.py --threads [--gilpy build/gilpy] [--python python3]
                                        [--timeout 120] [--realtime]
                                        [cpu io echo convoy switch lock]

Each script in benchmarks/threads/ (thr_NAME.py) measures itself and prints
"key value" lines (see threads/_common.py). This runner runs each under gilpy
and CPython in turn, and prints one table row per measurement: both values,
their ratio, and for the measurements that have one, gilpy's target and
whether it was met:

  cpu     CPU-bound work serially, in 2 and in 4 threads; target threads/serial
          <= 1.10 (a GIL cannot make CPU-bound threads faster; the excess is
          switching cost)
  io      20 threads each sleeping 5 x 50 ms; target elapsed <= 0.30 s
  echo    threaded loopback TCP echo server and 4 client threads, requests/s
          (n/a without a socket module)
  convoy  an I/O ping-pong loop alone and beside one CPU-bound thread: the
          convoy effect's slowdown factor (CPython 3.11 shows several x)
  switch  median GIL hold span of two CPU-bound threads for switch intervals
          of 1, 5 and 20 ms; target within 10% of the interval. Measured
          from inside (timestamps, any interpreter) and, on gilpy, from the
          -X gil-trace timeline
  lock    uncontended Lock acquire+release, `with lock:`, and the hand-off
          latency of two threads ping-ponging through two Locks
  asyncio_io  the same I/O shapes on one thread with asyncio: 20 tasks
          sleeping 5 x 50 ms, task switches per second, and an echo server
          with 4 client tasks (compare with io and echo)

Timings are informational, as in run.py: on a loaded machine threads are
descheduled by the OS too, which no interpreter can hide. The switch rows
suffer most: a waiter whose timed wait expires must first get a CPU from the
OS before it can post its drop request, which adds the OS's wake-up latency
(a few ms when other processes keep the CPUs busy) to every hold span, on
CPython as on gilpy. --realtime runs the switch benchmark under
`chrt -f 1` (SCHED_FIFO; needs root or CAP_SYS_NICE) to take the OS out of
the measurement: then both interpreters hold within a few % of the interval.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TDIR = os.path.join(HERE, "threads")
ORDER = ["cpu", "io", "echo", "convoy", "switch", "lock", "asyncio_io"]
SWITCH_INTERVALS_MS = [1, 5, 20]

# (workload, key, label, better, target): better is "low" or "high" (for the
# ratio column's meaning); target is None or (op, value, what) checked on
# gilpy's value, with what = "abs" (the value) or "interval" (relative
# error against the switch interval).
ROWS = [
    ("cpu", "serial_s", "cpu: serial, s", "low", None),
    ("cpu", "threads2_s", "cpu: 2 threads, s", "low", None),
    ("cpu", "threads4_s", "cpu: 4 threads, s", "low", None),
    ("cpu", "ratio2", "cpu: 2 threads / serial", "low", ("<=", 1.10)),
    ("cpu", "ratio4", "cpu: 4 threads / serial", "low", ("<=", 1.10)),
    ("io", "elapsed_s", "io: 20 thr x 5 x 50 ms sleep, s", "low", ("<=", 0.30)),
    ("echo", "requests_per_s", "echo: requests/s (4 clients)", "high", None),
    ("asyncio_io", "sleep_elapsed_s", "asyncio: 20 tasks x 5 x 50 ms sleep, s", "low", ("<=", 0.30)),
    ("asyncio_io", "switches_per_s", "asyncio: task switches/s", "high", None),
    ("asyncio_io", "requests_per_s", "asyncio: echo requests/s (4 clients)", "high", None),
    ("convoy", "alone_rt_per_s", "convoy: I/O round trips/s alone", "high", None),
    ("convoy", "with_cpu_rt_per_s", "convoy: ... beside 1 CPU thread", "high", None),
    ("convoy", "slowdown", "convoy: slowdown factor", "low", None),
    ("lock", "acquire_release_ns", "lock: acquire+release, ns", "low", None),
    ("lock", "with_lock_ns", "lock: with lock: pass, ns", "low", None),
    ("lock", "handoff_us", "lock: thread hand-off, us", "low", None),
]


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, cwd=TDIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT after %d s (deadlock?)" % timeout
    except OSError as e:            # interpreter not found / not executable
        return None, str(e)
    if p.returncode != 0:
        return None, "rc=%d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-300:].strip())
    values = {}
    for line in p.stdout.decode(errors="replace").splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                values[parts[0]] = float(parts[1])
            except ValueError:
                values[parts[0]] = None if parts[1] == "n/a" else parts[1]
    return values, None


def trace_median_hold_ms(path):
    """Median 'hold GIL' span (ms) of the non-main threads in a gilpy
    -X gil-trace file, without each thread's first and last span (thread
    start and end, not forced switches)."""
    with open(path) as f:
        data = json.load(f)
    events = data["traceEvents"]
    main_tid = None
    for e in events:
        if e.get("ph") == "M" and e.get("args", {}).get("name") == "MainThread":
            main_tid = e["tid"]
    begin, spans = {}, {}
    for e in events:
        if e.get("name") != "hold GIL" or e["tid"] == main_tid:
            continue
        if e["ph"] == "B":
            begin[e["tid"]] = e["ts"]
        elif e["ph"] == "E" and e["tid"] in begin:
            spans.setdefault(e["tid"], []).append((e["ts"] - begin.pop(e["tid"])) / 1e3)
    all_spans = sorted(s for per in spans.values() for s in per[1:-1])
    if not all_spans:
        return None, 0
    n = len(all_spans)
    med = all_spans[n // 2] if n % 2 else (all_spans[n // 2 - 1] + all_spans[n // 2]) / 2
    return med, n


def fmt(v):
    if v is None:
        return "n/a"
    if isinstance(v, str):
        return v
    if v >= 1000:
        return "%.0f" % v
    if v >= 10:
        return "%.1f" % v
    return "%.3f" % v


def check(target, value, interval=None):
    if target is None or value is None:
        return ""
    op, limit = target
    if op == "<=":
        return "target <= %g: %s" % (limit, "ok" if value <= limit else "MISSED")
    if op == "within":
        err = abs(value - interval) / interval
        return "target within %d%%: %s (%+.0f%%)" % (
            limit * 100, "ok" if err <= limit else "MISSED", (value - interval) / interval * 100)
    return ""


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(prog="run.py --threads")
    ap.add_argument("--threads", action="store_true")
    ap.add_argument("--gilpy", default=os.path.join(HERE, "..", "build", "gilpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per run before declaring a hang")
    ap.add_argument("--realtime", action="store_true",
                    help="run the switch benchmark under chrt -f 1 (SCHED_FIFO)")
    ap.add_argument("names", nargs="*", help="subset of: " + " ".join(ORDER))
    args = ap.parse_args(argv)
    names = [n for n in ORDER if not args.names or n in args.names]
    gilpy = os.path.abspath(args.gilpy)
    interps = (("gilpy", gilpy), ("cpython", args.python))

    print("thread benchmarks: gilpy (%s) vs CPython (%s), %s CPU(s)" % (
        args.gilpy, args.python, os.cpu_count()))
    if hasattr(os, "getloadavg"):
        print("load average before: %.2f (timings are noisy when it exceeds the CPU count)"
              % os.getloadavg()[0])
    head = "%-36s %10s %10s %8s  %s" % ("measurement", "gilpy", "cpython", "ratio", "gilpy target")
    print(head)
    print("-" * len(head))
    problems = []
    for name in names:
        if name == "switch":
            prefix = []
            if args.realtime:
                prefix = ["chrt", "-f", "1"]
                print("(switch rows under chrt -f 1: real-time priority)")
            problems += switch_rows(interps, args.timeout, prefix)
            continue
        results = {}
        for label, exe in interps:
            values, err = run([exe, "thr_%s.py" % name], args.timeout)
            if err:
                problems.append("%s on %s: %s" % (name, label, err))
                values = {}
            results[label] = values
        for wl, key, text, better, target in ROWS:
            if wl != name:
                continue
            g = results["gilpy"].get(key)
            c = results["cpython"].get(key)
            ratio = g / c if isinstance(g, float) and isinstance(c, float) and c else None
            print("%-36s %10s %10s %8s  %s" % (text, fmt(g), fmt(c),
                                              "%.2f" % ratio if ratio else "-", check(target, g)))
    print("(ratio = gilpy/cpython; for /s rows higher is better, for the others lower)")
    if problems:
        print("\nproblems:")
        for p in problems:
            print("  " + p)
    return 1 if problems else 0


def switch_rows(interps, timeout, prefix):
    problems = []
    for ms in SWITCH_INTERVALS_MS:
        vals = {}
        for label, exe in interps:
            values, err = run(prefix + [exe, "thr_switch.py", str(ms)], timeout)
            if err:
                problems.append("switch %d ms on %s: %s" % (ms, label, err))
                values = {}
            vals[label] = values.get("median_hold_ms")
        g, c = vals["gilpy"], vals["cpython"]
        print("%-36s %10s %10s %8s  %s" % (
            "switch %2d ms: median hold, ms (stamps)" % ms, fmt(g), fmt(c),
            "-", check(("within", 0.10), g, ms)))
        # gilpy's own view of the same run: the -X gil-trace timeline.
        fd, path = tempfile.mkstemp(prefix="gilpy-trace-", suffix=".json")
        os.close(fd)
        try:
            values, err = run(prefix + [interps[0][1], "-X", "gil-trace=" + path, "thr_switch.py", str(ms)],
                              timeout)
            if err:
                problems.append("switch %d ms with gil-trace: %s" % (ms, err))
                med, n = None, 0
            else:
                try:
                    med, n = trace_median_hold_ms(path)
                except (OSError, ValueError, KeyError) as e:
                    problems.append("switch %d ms: cannot read trace: %s" % (ms, e))
                    med, n = None, 0
        finally:
            os.unlink(path)
        print("%-36s %10s %10s %8s  %s" % (
            "switch %2d ms: median hold, ms (trace)" % ms, fmt(med), "n/a", "-",
            check(("within", 0.10), med, ms) + (" [%d spans]" % n if n else "")))
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
