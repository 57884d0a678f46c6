# A node whose last part is parenthesised ends after the ')': visible in the
# traceback's ~~^~~ markers and in ast positions.
import ast, sys, traceback
for src in ('a + (b)', '-(a)', 'not (a)', 'a and (b)', 'a < (b)', 'x if y else (z)', 'lambda: (a)',
            '[*(a)]', '(a) + b', '((a)) * ((b))', 'f(a) + (g(b))', '(x := (1))'):
    e = ast.parse(src, mode='eval').body
    print(src, (e.lineno, e.col_offset, e.end_lineno, e.end_col_offset))
def f():
    a = 1
    return a + (None)
try:
    f()
except TypeError:
    text = traceback.format_exc()
    print("\n".join(line for line in text.splitlines() if "File" not in line))
