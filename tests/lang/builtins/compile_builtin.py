# compile()
c = compile("x * 2", "<expr>", "eval")
print(type(c).__name__, eval(c, {"x": 21}), c.co_filename)
s = compile("y = 5\nprint('y is', y)", "<stmts>", "exec")
exec(s)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("pass", "bogus")]:
    try:
        compile(src, "<t>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    compile("a\n  b\n", "<indent>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
