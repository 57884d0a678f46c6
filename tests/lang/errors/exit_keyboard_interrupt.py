# An uncaught KeyboardInterrupt prints its traceback, runs the atexit
# callbacks, then the process dies of SIGINT (status 130 for the shell).
import atexit
atexit.register(print, "atexit runs")
print("before")
raise KeyboardInterrupt
