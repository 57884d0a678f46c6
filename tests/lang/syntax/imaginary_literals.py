# imaginary literals and complex numbers from literals
print(1j, 2.5j, 1e3j, 0j, 1_0j, 1J)
print(3 + 4j, -1j, 1 - 1j)
print(type(1j).__name__)
z = 3 + 4j
print(z.real, z.imag, abs(z))
print((1j) ** 2)
print(1j * 1j == -1)
print(0.5j + 0.5)
