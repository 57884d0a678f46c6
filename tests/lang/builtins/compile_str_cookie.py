# A str source is already text: compile()/exec() ignore its coding cookie
# (even an unknown one); bytes are decoded by it.
for src in ('# coding: cookies\nprint(1)\n', '# -*- coding: latin-1 -*-\nx = "\u00e9"\nprint(len(x))\n'):
    exec(src)
    exec(compile(src, 'f', 'exec'))
try:
    exec(b'# coding: cookies\nprint(1)\n')
except SyntaxError as e:
    print('SyntaxError', e.msg)
exec('# -*- coding: latin-1 -*-\nx = "\u00e9"\nprint(len(x))\n'.encode('latin-1'))
print(eval(compile('# coding: latin-1\n1 + 1', 'f', 'eval')))
# eval() input may start with blank and comment-only lines
for src in ('\n1+1', '# c\n1+1', '\n\n  # c\n1+1', '  1+1', '# coding: cookies\n1+1'):
    print(repr(src), eval(src))
for src in ('\n  1+1', '', '\n'):
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
