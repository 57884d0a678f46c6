#!/usr/bin/env python3
"""Run every workload under gilpy and CPython in turn; print times and ratios.

    python3 benchmarks/run.py [--gilpy build/gilpy] [--repeat 3] [NAME ...]

Each workload in benchmarks/workloads/ prints a result; the runner checks that
gilpy prints exactly what CPython prints, takes the best of --repeat wall-clock
runs for each interpreter, and reports gilpy/CPython time ratios and their
geometric mean. Timings are informational: nothing here passes or fails on
speed (the machines are shared and noisy).
"""
import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t0, p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(HERE, "..", "build", "gilpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    wdir = os.path.join(HERE, "workloads")
    names = sorted(f[:-3] for f in os.listdir(wdir) if f.endswith(".py") and not f.startswith("_"))
    if args.names:
        names = [n for n in names if n in args.names]
    print("%-22s %10s %10s %8s  %s" % ("workload", "gilpy s", "cpython s", "ratio", "result"))
    ratios = []
    failures = 0
    for name in names:
        script = name + ".py"
        best = {}
        outs = {}
        for label, exe in (("gilpy", args.gilpy), ("cpython", args.python)):
            times = []
            for _ in range(args.repeat):
                t, rc, out, err = run([exe, script], wdir)
                if rc != 0:
                    times = None
                    outs[label] = b"ERROR rc=%d: %s" % (rc, err[-300:])
                    break
                times.append(t)
                outs[label] = out
            best[label] = min(times) if times else None
        same = outs.get("gilpy") == outs.get("cpython")
        if best["gilpy"] is None or best["cpython"] is None or not same:
            failures += 1
            why = "FAILED" if best["gilpy"] is None else "DIFFERENT OUTPUT"
            print("%-22s %10s %10.3f %8s  %s" % (name, "-" if best["gilpy"] is None else "%.3f" % best["gilpy"],
                                                 best["cpython"] or 0, "-", why))
            if best["gilpy"] is None:
                print("    " + outs["gilpy"].decode(errors="replace").strip().replace("\n", "\n    "))
            continue
        ratio = best["gilpy"] / best["cpython"]
        ratios.append(ratio)
        print("%-22s %10.3f %10.3f %8.2f  ok" % (name, best["gilpy"], best["cpython"], ratio))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (gilpy/cpython) over %d workloads: %.2f" % (len(ratios), gm))
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


if __name__ == "__main__":
    sys.exit(main())
