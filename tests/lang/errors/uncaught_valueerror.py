# an uncaught exception prints a traceback and exits with status 1
print("before")
x = int("not a number")
print("never printed")
