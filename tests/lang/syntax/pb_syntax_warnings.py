# Compile-time SyntaxWarnings: "is" with a literal, "perhaps you missed a
# comma", "assertion is always true"; and -W error turning them into
# SyntaxError.
import warnings

def show(message, category, filename, lineno, file=None, line=None):
    print("warn:", category.__name__, filename, lineno, message)

warnings.showwarning = show
warnings.simplefilter("always")
sources = [
    "x is 1", "x is not 'a'", "1 is x", "x is -1", "x is ()", "x is (1, 2)", "x is (None,)",
    "x is None", "x is True", "x is ...", "x is not False", "x is y", "x is 1 is 2",
    "x == 1", "x is []",
    "(1)()", "[1]()", "{}()", "b'x'(1)", "f'{x}'()", "(-1)()", "(x for x in y)()", "f()",
    "{1}[0]", "(lambda: 1)[0]", "None[0]", "...[0]", "True[0]", "(-1)[0]", "(x for x in y)[0]",
    "'abc'['a']", "[1, 2]['a']", "(1, 2)[1.0]", "f'{x}'[None]", "[x for x in y][1.5]",
    "x[1.0]", "[1][-1]", "[1][1:2]", "(1, 2)[x]", "'abc'[0]", "{1: 2}[1]",
]
for src in sources:
    print(repr(src))
    compile(src, "<expr>", "eval")
print("stmts")
compile("if x is 1:\n    pass\nassert (x, 'msg')\nassert x is not 2\nassert ()\n", "<stmts>", "exec")

warnings.simplefilter("error")
for src in ["x is 1", "\nassert (x, 1)", "[1]()", "'a'['b']"]:
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
warnings.simplefilter("ignore")
print(compile("x is 1", "<q>", "eval").co_filename)
