# random: seeded sequences of every method match CPython's Mersenne Twister
import random as R
R.seed(42)
print([R.random() for _ in range(3)])
print([R.randint(1, 100) for _ in range(5)], R.randrange(0, 100, 7), R.randrange(10**25), R.randrange(50, 10, -3))
print(R.choice("abcdefg"), R.choices(range(10), k=5), R.choices("abc", [5, 1, 2], k=6), R.choices("abc", cum_weights=[1, 2, 10], k=4))
l = list(range(20)); R.shuffle(l); print(l)
print(R.sample(range(1000), 10), R.sample(range(30), 25), R.sample("abcde", 3), R.sample(["r", "g", "b"], 5, counts=[3, 2, 1]))
print(R.sample(range(10**9), 4), R.sample(tuple(range(100)), 7))
R.seed("hello"); print(R.random()); R.seed(b"hello"); print(R.random()); R.seed(bytearray(b"hello")); print(R.random())
R.seed("x", version=1); print(R.random()); R.seed("", version=1); print(R.random())
R.seed(-5); print(R.random()); R.seed(0); print(R.random()); R.seed(2**100 + 7); print(R.random()); R.seed(3.5); print(R.random()); R.seed(-3.5); print(R.random())
R.seed(2**32); print(R.random()); R.seed(2**32 - 1); print(R.random()); R.seed(True); print(R.random())
print(R.getrandbits(0), R.getrandbits(1), R.getrandbits(32), R.getrandbits(33), R.getrandbits(64), R.getrandbits(65), R.getrandbits(100))
print(R.getrandbits(1000) % 10**12, R.randbytes(5), R.randbytes(0))
s = R.getstate(); a = [R.random() for _ in range(3)]; R.setstate(s); print(a == [R.random() for _ in range(3)])
print(s[0], len(s[1]), s[2])
class My(R.Random):
    def random(self):
        return 0.5
print(My().randrange(10), My().choice("abc"), My(1).randint(1, 6))
class Bits(R.Random):
    def getrandbits(self, k):
        return 0
print(Bits().randrange(10), Bits().choice("abc"))
r = R.Random(99); print(r.random(), r.sample(range(10**6), 3), r.randrange(10**30))
r2 = R.Random(); r2.setstate(r.getstate()); print(r.random() == r2.random())
print(type(R.Random()).__name__, isinstance(R.Random(), R.Random), R.Random.VERSION)
for bad in [lambda: R.randrange(0), lambda: R.randrange(5, 2), lambda: R.randrange(0, 10, 0), lambda: R.randrange(10, 0, 2),
            lambda: R.choices("ab", [1], k=2), lambda: R.choices("ab", [0, 0]), lambda: R.choices("ab", [1, 2], cum_weights=[1, 2]),
            lambda: R.sample({1, 2}, 1), lambda: R.sample([1, 2], -1), lambda: R.seed([1]), lambda: R.choices("ab", 3),
            lambda: R.getrandbits(-1), lambda: R.Random().setstate((3, (1, 2), None)),
            lambda: R.Random().setstate((9, (), None)), lambda: R.choice(""), lambda: R.sample([1], 1, counts=[0])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
