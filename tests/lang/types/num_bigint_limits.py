# str digit limit, true division of big ints, shifts and bit ops on negative big ints, sum/min/max, augmented assignment
import sys
exprs = r'''
sys.get_int_max_str_digits()
len(str(10**4299))
str(10**4300)
repr(10**4300)
int('1'*4301)
int('1'*4300) > 0
f'{10**4300}'
format(10**4300, 'd')
format(10**5000, 'x')[:5]
hex(10**5000)[:6]
int('f'*5000, 16) > 0
sys.set_int_max_str_digits(640)
sys.set_int_max_str_digits(639)
sys.set_int_max_str_digits(-1)
sys.set_int_max_str_digits(maxdigits=0)
str(10**5000)[:3]
sys.set_int_max_str_digits(1000)
str(10**1000)
int('9'*1001)
'%d' % 10**1000
str(-10**1000)
sys.flags.int_max_str_digits
sys.int_info.default_max_str_digits
sys.int_info.str_digits_check_threshold
sys.set_int_max_str_digits(4300)
(10**400)/(10**399)
(2**1000+1)/2**999
(10**400+1)/3
1/(10**400)
10**400/1
(10**500)/(10**100)
2**1024/1
(-2**2000)/(2**977)
(2**53+1)/1
(2**54+3)/2
7/7
-7//2
-(2**100)//3
-(2**100)%3
(2**100)%-3
divmod(-(2**100), 7)
-1 >> 1
-(2**100) >> 3
-(2**100) >> 1000
(2**100) >> 1000
1 << 100
-1 << 100
1 << -1
1 >> -1
1 << 2**70
0 << 2**70
1 >> 2**70
-5 >> 2**70
-(2**100) & 0xff
-(2**100) | 5
-(2**100) ^ -(2**99)
~(2**100)
(-2**100) & (-2**99)
5 & -1
-6 & 2**70 - 1
(2**100) ^ (2**100)
-(2**64)-1 & -(2**64)
True & 3
True | False
True ^ True
type(True & True)
type(True & 1)
~False
1 + 'a'
1.0 + 'a'
1j + 'a'
'a' * 2.0
[1] * 2**70
1 < 'a'
1.0 >= None
1j < 1j
1j > 1
divmod(1j, 1)
1j // 1
1j % 1
int(1j)
2 ** 'a'
pow(2, 3, 4.0)
pow(2.0, 3, 4)
pow(2, 3, 'a')
pow(1j, 2, 3)
-(2**63)
abs(-(2**63))
2**63 - 1
sum([1, 2.5, 3j])
sum([0.1]*10)
sum([1e100, 1.0, -1e100])
sum([True, True, 2])
sum([], 0.0)
sum([1, 2], start=10)
max(1, 1.0)
max(1.0, 1)
min(1, True)
max([1, 2.5, 2])
min(float('nan'), 1)
min(1, float('nan'))
sorted([3, 1.5, True, 2**70, -0.0, 0, 1e30])
sorted([0, -0.0, 0.0, False])
sum(range(10**6))
'''
for e in exprs.strip().split('\n'):
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)

for e in exprs.strip().split('\n'):
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
x = 5; x += 2.5; print(x)
x = 5; x //= 2; print(x)
x = 5; x **= -1; print(x)
x = 2**100; x >>= 99; print(x)
x = True; x += 1; print(x, type(x))
x = 1j; x *= 1j; print(x)
x = 7.0; x %= -3; print(x)
try:
    x = 3; x @= 2
except TypeError as e:
    print(e)
