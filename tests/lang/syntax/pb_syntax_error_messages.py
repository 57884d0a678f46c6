# SyntaxError messages and locations for common mistakes, via compile().
cases = [
    "x = [1, 2\ny = 3\n",
    "foo(a,\nb c\n",
    "x = (1 2\n",
    "x = (1,\ny = 2\nz = 3\n",
    "f(1\nx = 2\n",
    "d = {\n 'a': 1\n 'b': 2\n}\n",
    "print(1 2)\n",
    "def f(:\n  pass\nx = (\n",
    "f(a=1, b)\nx = 'abc\n",
    "if x pass\n",
    "if x\n  pass\n",
    "while x y\n",
    "for x in y print(x)\n",
    "class A pass\n",
    "class A(B) x\n",
    "def f() pass\n",
    "def f() -> int pass\n",
    "def f:\n  pass\n",
    "try pass\nexcept: pass\n",
    "try:\n  pass\nfinally pass\n",
    "if x:\n  pass\nelse pass\n",
    "if x:\n  pass\nelif y z\n",
    "if x == 1 and y = 2: pass\n",
    "if not a = 1: pass\n",
    "if (a and b) = 1: pass\n",
    "if x = 1: pass\n",
    "if a.b = 1: pass\n",
    "(a, b) := 1\n",
    "a[0] := 1\n",
    "(a) := 1\n",
    "a := 1\n",
    "x, a.b := 1\n",
    "x, y := 1\n",
    "f(a.b := 1)\n",
    "[1, 2] := 3\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(src), "compiled")
