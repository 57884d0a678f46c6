import atexit
def cb(): print("atexit runs")
atexit.register(cb)
raise RuntimeError("boom")
