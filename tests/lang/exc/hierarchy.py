# the built-in exception hierarchy
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, ModuleNotFoundError, StopIteration, KeyboardInterrupt, SystemExit,
            GeneratorExit, TimeoutError, UnboundLocalError, IndentationError, TabError, BrokenPipeError,
            DeprecationWarning, OverflowError, AssertionError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
