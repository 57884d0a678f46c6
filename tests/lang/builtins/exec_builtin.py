# exec()
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\n", ns)
print(ns["a"], ns["b"], ns["f"]())
print(exec("1 + 1"))
code = """
total = 0
for i in range(5):
    total += i
"""
loc = {}
exec(code, {}, loc)
print(loc)
exec("print('printing from exec', x)", {"x": 42})
def f():
    exec("inner = 5")
    return "inner" in locals()
print(f())
exec(compile("z = 3", "<c>", "exec"))
print(z)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
