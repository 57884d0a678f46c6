# open() argument errors
for args in [("no_such_file_here.txt",), ("x.txt", "rz"), ("x.txt", "rw"), (5.5,)]:
    try:
        open(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(".", "r").read()
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
