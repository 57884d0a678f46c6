import string
f = string.Formatter()
print(f.format('{0:>5}|{a!r}|{}', 1, a='q') if False else f.format('{0:>5}|{a!r}', 1, a='q'))
print(list(f.parse('a{0:>5}b{x!r}c{{d}}e{}')), list(f.parse('')), list(f.parse('{}')), list(f.parse('x{a.b[0]:{w}}')))
print(f.format('{} {}', 1, 2), f.format('{0[1]} {1.real}', [5, 6], 3), f.format('{:{}}', 'x', 4), f.format('{a:*^{w}}', a='m', w=7))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{x} and {0} {missing}', 'abc', x='hi'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError('unused: %s' % sorted(extra))
try: Strict().format('{a}', a=1, b=2)
except ValueError as e: print(e)
for bad in ['{', '}', '{0!}', '{0!rx}', '{}{0}', '{0}{}']:
    try: print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
for s in ['{', 'a{', '{0!}', '{!}', '{0!r', '{0', '{0!rx}', '{0!r:}', 'x}}y', '{0:{1}', '{:}}', '{{}}', 'a{{b}}c{0[x]}']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), e)
