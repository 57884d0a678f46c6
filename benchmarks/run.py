#!/usr/bin/env python3
"""Run every workload under gilpy and CPython in turn; print times and ratios.

    python3 benchmarks/run.py [--gilpy build/gilpy] [--repeat 3] [NAME ...]

Each workload in benchmarks/workloads/ prints a result; the runner checks that
gilpy prints exactly what CPython prints, takes the best of --repeat wall-clock
runs for each interpreter, and reports gilpy/CPython time ratios and their
geometric mean. Timings are informational: nothing here passes or fails on
speed (the machines are shared and noisy).

Every run also goes through `/usr/bin/time -f %M` (GNU time; skipped when it
is missing, or with --no-rss), which reports the child's peak resident set
size; the table shows the smallest peak over the repeats for each
interpreter and their ratio. The workloads named mem_* are the memory
section (allocation-heavy: small objects, tuples, dicts, trees, reference
cycles); their time and peak-RSS ratios are summarised separately.
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


GNU_TIME = "/usr/bin/time"


def run(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t0, p.returncode, p.stdout, p.stderr


def run_rss(cmd, cwd, rss_file):
    """Like run(), under GNU time writing the peak RSS (KiB) to rss_file.
    Returns (seconds, rc, stdout, stderr, peak KiB or None). GNU time adds a
    fork and exec (about a millisecond) to both interpreters alike."""
    if rss_file is None:
        return run(cmd, cwd) + (None,)
    t, rc, out, err = run([GNU_TIME, "-f", "%M", "-o", rss_file] + cmd, cwd)
    try:
        with open(rss_file) as f:
            kib = int(f.read().split()[-1])
    except (OSError, ValueError, IndexError):
        kib = None
    return t, rc, out, err, kib


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(HERE, "..", "build", "gilpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-rss", action="store_true", help="do not measure peak RSS")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    args.gilpy = os.path.abspath(args.gilpy)   # workloads run in their own directory
    wdir = os.path.join(HERE, "workloads")
    names = sorted(f[:-3] for f in os.listdir(wdir) if f.endswith(".py") and not f.startswith("_"))
    if args.names:
        names = [n for n in names if n in args.names]
    rss_file = None
    if not args.no_rss and os.access(GNU_TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="gilpy-bench-rss-")
        os.close(fd)
    print("%-20s %9s %9s %6s %11s %11s %6s  %s" % (
        "workload", "gilpy s", "cpython s", "ratio", "gilpy MiB", "cpython MiB", "ratio", "result"))
    ratios = []
    mem_ratios, mem_rss_ratios = [], []
    failures = 0
    for name in names:
        script = name + ".py"
        best = {}
        peak = {}
        outs = {}
        for label, exe in (("gilpy", args.gilpy), ("cpython", args.python)):
            times, peaks = [], []
            for _ in range(args.repeat):
                t, rc, out, err, kib = run_rss([exe, script], wdir, rss_file)
                if rc != 0:
                    times = None
                    outs[label] = b"ERROR rc=%d: %s" % (rc, err[-300:])
                    break
                times.append(t)
                if kib is not None:
                    peaks.append(kib)
                outs[label] = out
            best[label] = min(times) if times else None
            peak[label] = min(peaks) if times and peaks else None
        same = outs.get("gilpy") == outs.get("cpython")
        if best["gilpy"] is None or best["cpython"] is None or not same:
            failures += 1
            why = "FAILED" if best["gilpy"] is None else "DIFFERENT OUTPUT"
            print("%-20s %9s %9.3f %6s %11s %11s %6s  %s" % (
                name, "-" if best["gilpy"] is None else "%.3f" % best["gilpy"],
                best["cpython"] or 0, "-", "-", "-", "-", why))
            if best["gilpy"] is None:
                print("    " + outs["gilpy"].decode(errors="replace").strip().replace("\n", "\n    "))
            continue
        ratio = best["gilpy"] / best["cpython"]
        ratios.append(ratio)
        if peak["gilpy"] and peak["cpython"]:
            rss = "%11.1f %11.1f %6.2f" % (peak["gilpy"] / 1024, peak["cpython"] / 1024,
                                           peak["gilpy"] / peak["cpython"])
        else:
            rss = "%11s %11s %6s" % ("-", "-", "-")
        if name.startswith("mem_"):
            mem_ratios.append(ratio)
            if peak["gilpy"] and peak["cpython"]:
                mem_rss_ratios.append(peak["gilpy"] / peak["cpython"])
        print("%-20s %9.3f %9.3f %6.2f %s  ok" % (name, best["gilpy"], best["cpython"], ratio, rss))
    if rss_file:
        os.unlink(rss_file)
    if ratios:
        print("geometric mean ratio (gilpy/cpython) over %d workloads: %.2f" % (len(ratios), geomean(ratios)))
    if mem_ratios:
        line = "memory section (mem_*, %d workloads): time ratio %.2f" % (len(mem_ratios), geomean(mem_ratios))
        if mem_rss_ratios:
            line += ", peak RSS ratio %.2f" % geomean(mem_rss_ratios)
        print(line + " (geometric means)")
    if failures:
        print("%d workload(s) failed or differed" % failures)
    # startup and memory
    t_g = min(run([args.gilpy, "-c", "pass"], wdir)[0] for _ in range(10))
    t_c = min(run([args.python, "-c", "pass"], wdir)[0] for _ in range(10))
    print("startup  gilpy -c pass: %.1f ms   python3 -c pass: %.1f ms   ratio %.2f" % (t_g * 1e3, t_c * 1e3, t_g / t_c))
    try:
        import resource  # noqa
        def peak(exe):
            p = subprocess.run(["/usr/bin/time", "-f", "%M", exe, "-c", "print('hello')"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            return int(p.stderr.decode().strip().splitlines()[-1])
        print("peak RSS print('hello'): gilpy %d KiB   python3 %d KiB" % (peak(args.gilpy), peak(args.python)))
    except Exception as e:  # /usr/bin/time may be missing
        print("peak RSS: not measured (%s)" % e)
    return 0


# ---------------------------------------------------------------------------
# Threads section: `run.py --threads [--gilpy PATH] [--python EXE] [NAME ...]`
# hands over to threads_bench.py, which runs benchmarks/threads/thr_*.py (CPU-
# and I/O-bound threads, echo server, convoy effect, switch interval, locks)
# under gilpy and CPython side by side. Kept apart from the workloads above:
# those compare outputs, these print timings.
# ---------------------------------------------------------------------------
def threads_main(argv):
    sys.path.insert(0, HERE)
    import threads_bench
    return threads_bench.main(argv)


if __name__ == "__main__":
    if "--threads" in sys.argv[1:]:
        sys.exit(threads_main(sys.argv[1:]))
    sys.exit(main())
