# int / int is correctly rounded, with ZeroDivision and overflow errors.
cases = [(1, 3), (2, 3), (10**30, 7), (-10**30, 7), (7, -10**30), (2**54 + 3, 2), (2**54 + 1, 2),
         (2**53 + 1, 1), (3**100, 2**150), (1, 2**1074), (3, 2**1075), (1, 2**1076), (2**1023, 1),
         (2**1024 - 2**970 - 1, 1), (10**400, 10**399), (10**400 + 1, 10**399), (0, -5), (-0, 5),
         (-1, 10**400), (123456789 * 10**300, 10**300)]
for a, b in cases:
    print(a / b)
for a, b in [(2**1024, 1), (2**1025, 2), (10**400, 3), (1, 0), (10**100, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
# float(int) rounds half to even
for v in (2**53 + 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 3 * 2**11, -(2**100 + 1), 2**1024 - 2**970 - 1):
    print(float(v))
for v in (2**1024 - 2**970, 2**1024, -(10**400)):
    try:
        float(v)
    except OverflowError as e:
        print(type(e).__name__, e)
