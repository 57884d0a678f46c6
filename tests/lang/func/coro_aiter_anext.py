# The aiter() and anext() builtins (with and without a default), driven by hand.
async def agen():
    yield 1
    yield 2
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    it = aiter(agen())
    out = [await anext(it), await anext(it), await anext(it, "done"), await anext(it, None)]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("stop")
    return out
print(run(main()))
class AI:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n * 10
async def m2():
    a = AI()
    return [await anext(a, -1) for _ in range(4)]
print(run(m2()))
for bad in (1, [1], "s"):
    try: aiter(bad)
    except TypeError as e: print(e)
    try: anext(bad)
    except TypeError as e: print(e)
class BadAiter:
    def __aiter__(self): return 1
try: aiter(BadAiter())
except TypeError as e: print(e)
aw = anext(AI(), 0)
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
try: anext()
except TypeError as e: print(e)
try: anext(AI(), 1, 2)
except TypeError as e: print(e)
print(aiter.__name__, anext.__name__)
