# very long ints: string conversion limit in 3.11
import sys
print(hasattr(sys, "set_int_max_str_digits"), sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 9, hex(10 ** 5000)[:10])
