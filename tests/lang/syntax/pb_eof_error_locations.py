# Where end-of-input syntax errors are located (compile() of a string).
cases = [
    "def f():\n", "if x:\n", "for x in y:\n    pass\nelse:\n", "try:\n    x = 1\n",
    "class A:\n    def f(self):\n", "try:\n  pass\nexcept:\n", "try:\n    x = 1\n\n\n",
    "try:\n    x = 1\n# c\n", "def f():", "def f():\n\n", "if x:\n# c\n",
    "def f():\n    try:\n        x = 1\nprint(2)\n",
    "def f():\n    try:\n        x = 1\n    print(2)\n",
    "class A:\n  def f():\n    if x:\n        try:\n            pass\n  y = 1\n",
    "x = 1 +", "x = 1 +\n", "while x:\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
