# int/float/complex subclasses with custom __new__/__init__, slots, attributes
class I(int):
    def __init__(self, v, extra=None):
        self.extra = extra
class J(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
class F(float):
    def __new__(cls, v, unit='m'):
        o = float.__new__(cls, v)
        o.unit = unit
        return o
    def __repr__(self): return '%s%s' % (float.__repr__(self), self.unit)
class C(complex):
    __slots__ = ()
try:
    class P(int):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
class P(int):
    __slots__ = ()
for expr in ['I(5)', 'I(5).extra', 'I(5, 6)', 'I("5", extra=1)', 'J(5, "t").tag', 'J(5, "t") + 1', 'F(2.5, "km")', 'F(2.5) * 2', 'F("1e3")',
             'C(1, 2)', 'C(1,2).__dict__', 'P(3)', 'hasattr(P(3), "__dict__")', 'I(5).__dict__', 'I(5) == 5', 'hash(J(7, 1)) == hash(7)',
             'F(1.5).is_integer()', 'F(1.5).hex()', 'F.fromhex("0x1p0")', 'str(F(1.5))', 'format(F(1.5), ".2f")', 'int(F(3.9))', 'round(F(3.5))',
             'bool(I(0))', 'type(I(3) ** 2)', 'I(3).bit_length()', 'I(-3).to_bytes(1, "big", signed=True)', 'I.from_bytes(b"\\x05", "big").extra']:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
x = I(5); x.foo = 1; print(x.foo, vars(x))
try:
    p = P(1); p.b = 2
except AttributeError as e: print(e)
try:
    class Q(float):
        __slots__ = ('a',)
except TypeError as e: print(e)
try:
    c = C(1); c.b = 2
except AttributeError as e: print(e)
try:
    (5).x = 1
except AttributeError as e: print(e)
try:
    (1.5).x = 1
except AttributeError as e: print(e)
try:
    class Bad(bool): pass
except TypeError as e: print(e)
