# traceback through a generator and a comprehension
def numbers():
    yield 1
    yield 2
    yield 1 // 0

squares = [n * n for n in numbers()]
