# eval()
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
print(eval("  42  "), eval("len"), eval(compile("7 * 6", "<s>", "eval")))
g = {}
eval("1", g)
print("__builtins__" in g)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
for bad in ["x = 1", "1 +", "", "import os"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
