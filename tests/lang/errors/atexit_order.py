# atexit: last registered runs first, arguments are passed, unregister
# removes every registration, a callback unregistered by an earlier one
# is skipped, and callbacks registered while exiting never run.
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def late():
    print("late (must not run)")


def registers_more():
    print("registers_more")
    atexit.register(late)


def unregisters():
    print("unregisters")
    atexit.unregister(skipped)


def skipped():
    print("skipped (must not run)")


def gone():
    print("gone (must not run)")


atexit.register(gone)
atexit.register(show, 1, 2, key="v")
atexit.register(skipped)
atexit.register(unregisters)
atexit.register(registers_more)
atexit.register(gone)
atexit.unregister(gone)
atexit.register(print, "a", "b", sep="+")
print(atexit.register(show) is show)
for bad in [(), (1,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("end of script")
