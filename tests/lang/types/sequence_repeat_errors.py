# sequence repetition and concatenation errors
print("ab" * 3, [1] * 0, (1, 2) * -1, b"x" * 2)
for bad in [lambda: "a" * 1.5, lambda: [1] * "2", lambda: [1] + (2,), lambda: (1,) + [2], lambda: "a" - "b"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x" * (2 ** 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
