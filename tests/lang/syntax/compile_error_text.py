for src in ["return 1", "x = (", "nonlocal x", "def f():\n  global x\n  x = 1\n  global x", "break", "a, *b, *c = d", "f(**x, *y)", "del f()", "x: int = 1\nglobal x"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
# parser errors keep the line's newline in exec mode
for src in ["x = $", "1 +", "f(**x, *y)", "f(**x, yy, z)", "f(a=1, b)", "del f()", "a = 1\nb = (", "x = 1 if 2", "a b", "  x", "if x:\npass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
# except* rules checked by the compiler
for src in ["def f():\n    try: pass\n    except* ValueError: return 1",
            "for i in x:\n    try: pass\n    except* ValueError:\n        continue",
            "try: pass\nexcept* ValueError:\n    for i in x: break",
            "try: pass\nexcept*: pass",
            "try: pass\nexcept* ValueError: pass\nexcept TypeError: pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text))
