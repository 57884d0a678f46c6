# thr_switch.py -- switch interval fidelity: how long does a CPU-bound
# thread keep the GIL before it is forced to hand it over?
#
#     thr_switch.py INTERVAL_MS
#
# Two CPU-bound threads run side by side for a while with
# sys.setswitchinterval(INTERVAL_MS / 1000). Each loops reading
# time.perf_counter(); a jump between two consecutive readings larger than
# GAP means the thread stopped running in between, and each thread records
# the intervals during which it ran. A stop is either a GIL switch or the OS
# preempting the process (frequent on a loaded machine); only a GIL switch
# lets the *other* thread run meanwhile. So the intervals of both threads
# are sorted by time and consecutive intervals of the same thread merged:
# what remains are the GIL hold spans. Reported: the median span in ms
# (ideally the interval; target within 10%) and the number of spans. This
# works on any interpreter; on gilpy the runner also computes the same
# median from the -X gil-trace timeline.
import sys
import threading
import time
from _common import median, report

# A loop iteration takes well under a microsecond; 0.2 ms is far below the
# smallest interval measured (1 ms) and far above one iteration.
GAP = 0.0002


def worker(ident, duration, intervals):
    now = time.perf_counter
    start = last = now()
    run_start = start
    t_end = start + duration
    mine = []
    while last < t_end:
        t = now()
        if t - last > GAP:
            mine.append((run_start, last, ident))
            run_start = t
        last = t
    mine.append((run_start, last, ident))
    intervals.extend(mine)


def hold_spans(intervals):
    """Merge consecutive same-thread intervals; return the merged durations
    without the first and last (they start or end with a thread, not with a
    switch)."""
    runs = []
    for start, end, ident in sorted(intervals):
        if runs and runs[-1][2] == ident:
            runs[-1][1] = end
        else:
            runs.append([start, end, ident])
    return [end - start for start, end, _ in runs[1:-1]]


def main():
    interval = float(sys.argv[1]) / 1000 if len(sys.argv) > 1 else 0.005
    sys.setswitchinterval(interval)
    # Long enough for ~40 spans per thread at the longest interval.
    duration = max(0.5, 80 * interval)
    intervals = []
    workers = [threading.Thread(target=worker, args=(i, duration, intervals)) for i in range(2)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    spans = hold_spans(intervals)
    m = median(spans)
    report("interval_ms", interval * 1e3)
    report("median_hold_ms", m * 1e3 if m is not None else None)
    report("spans", len(spans))


main()
