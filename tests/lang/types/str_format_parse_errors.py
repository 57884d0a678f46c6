# str.format: malformed fields report CPython's parse errors
fields = ['{a.b', '{0[', '{0[}', '{a', '{a!r', '{a:', '{0!', '{0!r', '{0:x',
          '{a[b}', '{0.}', '{0..x}', '{0[]}', '{0.[x]}', '{0[x]y}', '{0!rr}',
          '{0:{1:{2}}}', '{0!}', '{0!} x', '{0!}:}', '{0[}]}', '{', '}', 'a}b',
          '{!x}', '{0!x}', '{} {0}', '{0} {}', '{x}', '{9}', '{0[5]}', '{0.nope}',
          '{{}}', '{0:{1}}', '{0!r:>{1}}', '{0[0]}', '{a.real}']
for f in fields:
    try:
        print(repr(f), '->', repr(f.format('ab', 5, 3, a=1)))
    except Exception as e:
        print(repr(f), '!!', type(e).__name__, e)
print("{:>{}}|{}".format("a", 4, "b"), "{0:{1}.{2}f}".format(3.14159, 8, 2))
print("{0[ 1]}".format({" 1": 9}), "{0[0x1]}".format({"0x1": 8}), "{0[-1]}".format({"-1": 7}))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Missing(x=1)))
