# complex numbers
z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), -z)
print(complex("1+2j"), complex(" 2j "), complex(1.5), complex(), complex("-1-1j"))
print(z + 1, z * z, z / 2, z - 1j, (1 + 1j) ** 2, 1j ** 2)
print(z == complex(3, 4), z == 3, complex(3, 0) == 3)
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 1)), complex(1e300, 1e300) * 10)
print(hash(complex(5, 0)) == hash(5), format(z, ".2f"))
