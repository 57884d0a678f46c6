# tokenize's public regex building blocks and tables.
import re
import tokenize

print(tokenize.group('a', 'b'), tokenize.any('a'), tokenize.maybe('x', 'y'))
print(tokenize.tabsize)
print(sorted(tokenize._all_string_prefixes()))
print(len(tokenize.single_quoted), len(tokenize.triple_quoted), len(tokenize.endpats))
print(sorted(tokenize.triple_quoted)[:6])
for name in ['Whitespace', 'Comment', 'Name', 'Hexnumber', 'Binnumber', 'Octnumber',
             'Decnumber', 'Exponent', 'Single', 'Double', 'Single3', 'Double3']:
    print(name, getattr(tokenize, name))
num = re.compile(tokenize.Number + r'\Z')
for s in ['1', '0', '00', '01', '1_000', '1__0', '0x1F', '0b12', '0o8', '1.', '.5',
          '1e5', '1e', '1.5j', '3J', '1_0.0_1', '0xg', '1e+5', '1e-5_0']:
    print(s, bool(num.match(s)))
print(sorted(tokenize.__all__) == sorted(set(tokenize.__all__)), len(tokenize.__all__))
print(tokenize.__all__[-5:])
print(tokenize.cookie_re.pattern, tokenize.blank_re.pattern)
print(tokenize.Special.count('|') + 1)
for s in ["x = 1", "  # c", "'abc'", "b'''q", "\\\n"]:
    m = re.compile(tokenize.PseudoToken).match(s, 0)
    print(repr(s), m.span(1))
