# Differential test: random patterns over a fixed seed, every result compared with CPython.
import re, random
random.seed(1234)
atoms = [r'\1', '(?(1)a|b)', r'[\w-]', r'\B', '(?P=n)', 'a{0}', '(?s:.)', '(?x: a )', '(?m:^)', '(?<!a)', '\n', '[^\W\d]', 'a', 'b', '.', r'\w', r'\d', r'\s', r'\b', '^', '$', '[ab]', '[^a]', '(a)', '(b|a)', '(?:ab)', 'x', '(?P<n>a)', '(?=a)', '(?<=a)', '(?!b)', r'\Z', '(a*)', '()', 'é', '[é-ü]', r'\W', '(?i:A)', '(?>a|ab)']
quants = ['', '', '', '*', '+', '?', '*?', '+?', '{2}', '{1,2}', '{,2}', '*+']
subjects = ['', 'a', 'ab', 'aab b', 'ba\nab', 'xaxbx', 'aé ü', 'AbA', 'a1 2b\n', 'abab']
out = []
for i in range(150):
    n = random.randint(1, 4)
    pat = ''
    for _ in range(n):
        pat += random.choice(atoms) + random.choice(quants)
    if random.random() < 0.2:
        pat = pat + '|' + random.choice(atoms)
    flags = random.choice([0, 0, re.I, re.M, re.S, re.A])
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        out.append('%r ERR %s' % (pat, e)); continue
    except Exception as e:
        out.append('%r EXC %s' % (pat, type(e).__name__)); continue
    for s in subjects:
        try:
            r = (p.findall(s), [(m.span(), m.lastindex) for m in p.finditer(s)], p.sub('-', s), p.split(s),
                 p.match(s) and p.match(s).span(), p.fullmatch(s) and p.fullmatch(s).groups())
        except Exception as e:
            r = type(e).__name__
        out.append('%r %d %r %r' % (pat, flags, s, r))
print('\n'.join(out))
