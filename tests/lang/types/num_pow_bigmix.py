# pow with modulus/negative/float/overflow cases, big int and float mixing
exprs = r'''
pow(2, -1, 1)
pow(0, -1, 5)
pow(4, -1, 6)
pow(3, -2, 7)
pow(3, -2, -7)
pow(-3, 5, 7)
pow(3, 5, -7)
pow(2, 10**20, 10**9+7)
pow(2, 3, -1)
pow(0, 0, 1)
pow(0, 0)
pow(0.0, 0)
pow(-1, 0.5)
pow(-1.0, 1e300)
pow(-1.0, float('inf'))
pow(float('-inf'), 3)
pow(float('-inf'), -3)
pow(-0.0, -1)
pow(-0.0, -2)
pow(-0.0, 3)
pow(1e308, 2)
pow(2, 1e10)
pow(1.0001, 1e10)
pow(0.5, -2000)
(-2)**1000 > 0
(-2.0)**1000
2**-1074
2**-1075
2.0**-1080
10**-400
(-10)**-400
7 ** -1
(2**100) ** 0.5
(2**2000) ** 0.5
(2**2000) * 0.5
(2**2000) + 0.5
0.5 + 2**2000
(2**2000) / 0.5
(2**2000) // 1.5
(2**2000) % 1.5
float(2**2000)
divmod(2**2000, 2.0)
(10**310) < 1e308
(10**310) > float('nan')
1 << 64
(1 << 64) >> 64
-1 >> 64
round(2**2000 / 3, -600)
3 ** 3 ** 2
-3 ** 2
2 ** -1 ** 2
'''
for e in exprs.strip().split('\n'):
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
