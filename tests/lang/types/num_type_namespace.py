# the namespaces of the numeric types, method docstrings, and a few format/method error details
for t in (int, float, complex, bool):
    print(t.__name__, sorted(t.__dict__))
    print(repr(t.__doc__))
    for n in sorted(t.__dict__):
        v = t.__dict__[n]
        if type(v).__name__ in ('method_descriptor', 'classmethod_descriptor', 'getset_descriptor'):
            print(' ', n, type(v).__name__, repr(v.__doc__))
class I(int): pass
class B2(float): pass
for v, s in [(True, 's'), (True, 'x,'), (I(3), 's'), (I(3), ',x'), (B2(1.5), 'd'), (B2(1.5), ',x'), (False, 'Z'),
             (10**30, 'c'), (2**63, 'c'), (2**63 - 1, 'c'), (-2**63, 'c'), (-2**63 - 1, 'c'), (-1, 'c'), (0x110000, 'c'), (0x10FFFF, 'c')]:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
for expr in ['(5).to_bytes(2**70)', '(5).to_bytes(-2**70)', '(5).to_bytes(2**63)', '(5).to_bytes(-1)',
             'int.__round__(15, None)', 'int.__round__(15)', 'round(15, None)', 'float.__round__(1.5, None)',
             'int.__round__(15, -1)', 'int.__round__(True, 1)', 'type(int.__round__(True))']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
for v in (1, 1.5, 1j, True):
  for s in ("\x01", "\x7f", "\xe9", "\u20ac", "\x1f"):
    try: format(v, s)
    except Exception as e: print(type(e).__name__, repr(str(e)))
