# f-string format specs
x = 3.14159
n = 1234567
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:012d}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#b}|{255:08b}")
print(f"{'s':*^9}|{'left':<8}|{'right':>8}|")
print(f"{0.5:%}|{0.125:.1%}")
print(f"{1e10:g}|{1e-10:g}|{123.0:g}")
print(f"{True}|{True:d}|{None}")
