# mixed int/float/complex/bool arithmetic, comparisons, hashing, division by zero, pow overflow
exprs = r'''
1+2
1+2.5
1+2j
True+True
True*3.5
7//2
-7//2
7%-2
-7%2
7.5//2
-7.5//2
7.5%-2
-7.5%2
divmod(7,-2)
divmod(-7.5,2)
divmod(7,0)
7%0
7.0%0
7.0//0
7/0
7.0/0
0**-1
0.0**-1
2**-1
(-8)**(1/3)
(-8.0)**0.5
pow(2,10,7)
pow(2,-1,7)
pow(3,-1,6)
pow(2,3,0)
pow(2.0,3,5)
pow(2,3.0,5)
10.0**400
2.0**10000
(1e308*10)
1e308*10
pow(10.0, 400)
-2**0.5
(-2)**0.5
(-2)**-1
0j**0
0j**-1
(1+2j)**2
(1+2j)**0.5
(1+2j)**(1+1j)
2**(1+1j)
1e300j*1e300j
abs(3+4j)
abs(-5)
abs(-5.5)
abs(True)
-True
~True
~5
~-5
+True
1 == 1.0
1 == 1+0j
2**53+1 == float(2**53+1)
2**53+1 > float(2**53)
10**400 > 1e308
10**400 < float('inf')
-10**400 > float('-inf')
float('nan') == float('nan')
float('nan') != float('nan')
float('nan') < 1
1 < float('nan')
10**400 == float('inf')
(1+0j) == True
1j < 2j
hash(1)==hash(1.0)==hash(True)==hash(1+0j)
hash(-1)
hash(-1.0)
hash(2**61-1)
hash(2**61)
hash(-2**61)
hash(2**100)
hash(0.5)
hash(1.5)
hash(-0.5)
hash(1e300)
hash(float('inf'))
hash(float('-inf'))
hash(1+1j)
hash(1j)
hash(0.1)
hash(10**30) == hash(float(10**30))
hash(2**-30*1.0)
hash(True)
hash(False)
hash(-2)
1/0
1//0
1%0
divmod(1, 0)
1.0/0
1.0//0.0
1.0%0.0
divmod(1.0, 0)
1j/0
1j/0j
(1+1j)//0
0**-1
0.0**-1
0j**-1
0j**-1j
0j**(1+0j)
0j**0j
(-1)**0.5
(-1.0)**0.5
(-8)**(1/3)
2.0**-1075
2.0**1024
(-2.0)**1025
10.0**308.5
1e308+1e308
1e308*10
float(10**309)
int(1e308)*10 > 0
2**0.5
4**0.5
(2**1000)**0.5
10**-2
(-10)**-3
0**0
0.0**0
float('inf')**0
float('nan')**0
1**float('nan')
(-1)**float('inf')
0.5**float('inf')
2**float('-inf')
float('inf')*0
float('inf')-float('inf')
float('inf')/float('inf')
divmod(float('inf'), 1)
divmod(1, float('inf'))
divmod(-1, float('inf'))
float('inf') % 1
1 % float('inf')
-1 % float('inf')
1 // float('inf')
-1 // float('-inf')
-0.0 % 5
0.0 % -5
-0.0 // 1
5 % -0.0
(-0.0)+0.0
(-0.0)+(-0.0)
-0.0*1
0.0*-1
(1e-320)*(1e-10)
3 * 0.1
0.1 + 0.2
1e16+1
(1+2j)*(3-4j)
(1+2j)/(3-4j)
(1+2j)/2
2/(1+2j)
(1e300+1e300j)/(1e300+1e300j)
complex(float('inf'), 0) * 2
complex(0, float('inf'))
complex(float('nan'), float('nan'))
complex(-0.0, -0.0)
complex(0.0, -0.0)
complex(-0.0, 0.0)
-(0j)
-(1j)
1j*1j
1e16j
1e-5j
123456789012345678j
1.5+0j
(1+2j) == (1+2j)
(1+2j) != 1
1j == 1j+0
repr(1+float('nan')*1j)
complex('nan')
complex('-inf-infj')
complex('1e500')
complex('1e500j')
str(complex(1e16, 1e-5))
abs(complex(1e308, 1e308))
abs(complex(float('inf'), float('nan')))
abs(complex(float('nan'), 1))
(1+1j)**2
(1+1j)**3
(1+1j)**-2
(1+1j)**100
(1+1j)**10000
(2+0j)**0.5
1j**1j
(1e200+1j)**2
pow(1j, 2)
(0.5+0.5j)**1000
'''
for e in exprs.strip().split('\n'):
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
