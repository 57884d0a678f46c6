# shlex: split/join/quote and the shlex class
import shlex
def t(f, *a, **k):
    try:
        r = f(*a, **k); print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
cases = ['a b c', '  a   "b c"  d ', "it's", "'it'\"'\"'s'", 'a\\ b', '"a\\"b"', "'a\\'", 'x="a b" y', 'a#b # c',
         '"unterminated', 'trailing\\', '', '   ', '""', "''", 'a""b', '"\\$x \\\\ \\q"', 'a\\\nb', 'ab|cd;ef', 'foo(bar)',
         'ßtest émile', "a 'b' \"c\"", 'x\ty\nz', '\\"', '"a" "" b']
for c in cases:
    t(shlex.split, c)
    t(shlex.split, c, comments=True)
    t(shlex.split, c, posix=False)
for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x@y%z+=:,./-', 'ümlaut', 'tab\t', 'new\nline', '*']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'a b', "it's", '']))
for pc in [False, True, '|&']:
    lex = shlex.shlex('a && b || c; (d) > out.txt 2>&1 ~/x.py', posix=True, punctuation_chars=pc)
    print(list(lex), repr(lex.punctuation_chars))
lex = shlex.shlex('a && b || c; d', punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one 'two three' four # c\nfive\nsix")
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()), repr(lex.get_token()), lex.lineno)
print(lex.error_leader(), lex.error_leader('f', 3))
lex = shlex.shlex('a b', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.eof)
lex = shlex.shlex('a b')
lex.push_source('x y')
print(list(lex))
lex = shlex.shlex('w1 w2=x, 3.5 -a', posix=True)
print(list(lex))
t(list, shlex.shlex('"abc', posix=True))
t(list, shlex.shlex('abc\\', posix=True))
print(shlex.__all__)
