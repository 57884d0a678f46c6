# '%' formatting corner cases
for f, a in [('%5%|', (1,)), ('%5%|', ()), ('%-5%|', (1,)), ('%(a)%|', {'a': 1}),
             ('%.2%|', (1,)), ('%%|%s', 1), ('%s%%', 2), ('%d', 'x'), ('%s %s', (1,)),
             ('%s', (1, 2)), ('%c', 1.5), ('%c', 'ab'), ('%z', 1), ('%(a)s', 1),
             ('%d', None), ('%x', 1.5), ('%c', 0x110000), ('%', ()), ('%(a', {}),
             ('%*d', ('a', 1)), ('%.*f', (2, 3.14159)), ('%-*d|', (4, 7)), ('%#o %#x %#X', (8, 255, 255)),
             ('%+.1e', -0.0), ('%g %G', (1e-20, 1e20)), ('%5.1s|', 'xyz'), ('%i', True),
             ('abc', ()), ('abc', {}), ('abc', []), ('abc', 1), ('%s', {})]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
    fb = f.encode()
    try:
        print(repr(fb % a))
    except Exception as e:
        print(type(e).__name__, e)
