# Objects still referenced by __main__'s globals are finalised at exit, in
# CPython's order, while the globals they use are still intact.
import sys


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write("del %s (helper=%s)\n" % (self.name, helper()))


def helper():
    return "ok"


first = A("first")
second = A("second")
first, second = second, first
items = [A("item1"), A("item2")]
table = {"k": A("value")}


def gen():
    try:
        yield 1
    finally:
        print("generator finally, helper =", helper())


g = gen()
next(g)
print("end of script")
