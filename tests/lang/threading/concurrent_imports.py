import threading, sys
res = []
def w():
    import selectors, fnmatch, csv, argparse
    res.append(hasattr(selectors, "PollSelector") and hasattr(csv, "DictReader") and hasattr(argparse, "ArgumentParser"))
ts = [threading.Thread(target=w) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(res.count(True), len(res))
