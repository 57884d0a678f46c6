# augmented assignment on names, attributes and subscripts
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 7; print(n)
f = 7
f /= 2; print(f)
class C: pass
c = C(); c.v = 1
c.v += 41; print(c.v)
d = {"k": [1]}
d["k"] += [2]; print(d)
l = [1, 2, 3]
l[1] *= 10; print(l)
s = "ab"; s *= 3; print(s)
m = [[0]]
m[0][0] -= 1; print(m)
