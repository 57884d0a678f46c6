# floor division and modulo with negative operands
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(-1 // 10, -1 % 10, 1 % -10, 0 // -3)
print((-(10 ** 30)) // 7, (-(10 ** 30)) % 7)
print(10 ** 30 // -7, 10 ** 30 % -7)
for op in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0):
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, -7.5 % 2)
