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
