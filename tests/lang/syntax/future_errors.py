# Misplaced and unknown `from __future__` imports: SyntaxError message and
# location (CPython 3.11).
def check(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("ok  ", repr(src))
    except SyntaxError as e:
        print("err ", repr(src))
        print("    ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# allowed: first statements, after a docstring, several, same line
check("from __future__ import annotations")
check('"doc"\nfrom __future__ import annotations')
check("'''doc'''\n\n# comment\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1")
check("from __future__ import annotations; from __future__ import division")
check("from __future__ import (annotations,\n    division)")
check("from __future__ import annotations as ann, division as div")
check("from __future__ import nested_scopes, generators, division, absolute_import")
check("from __future__ import with_statement, print_function, unicode_literals, generator_stop")
check("from __future__ import barry_as_FLUFL")
check("import __future__\nimport __future__ as f")
check("x = 1\nimport __future__")
check("from . import __future__")
check("")

# misplaced
check("x = 1\nfrom __future__ import annotations")
check("import os\nfrom __future__ import annotations")
check('"doc"\n"doc2"\nfrom __future__ import annotations')
check("from __future__ import annotations; x = 1; from __future__ import division")
check("def f():\n    from __future__ import annotations")
check("if 1:\n    from __future__ import annotations")
check("class C:\n    from __future__ import division")
check("x = 1\nfrom __future__ import braces")
check("x = 1\nfrom __future__ import spam")
check("try:\n    pass\nexcept:\n    from __future__ import (\n        annotations)")

# on the line of the first other statement: reported earlier, elsewhere
check('from __future__ import division\n"doc"\nfrom __future__ import annotations')
check('1\nfrom __future__ import annotations')
check('"a"; "b"; from __future__ import annotations')
check('"a"; from __future__ import annotations')
check('x=1; from __future__ import braces')
check('x=1; import os; from __future__ import annotations')
check('x=1; import os\nfrom __future__ import annotations')
check('from __future__ import annotations\nx=1; from __future__ import spam')
check('"a"\n"b"; from __future__ import annotations')
check('f"a"\nfrom __future__ import annotations')

# unknown features
check("from __future__ import spam")
check("from __future__ import annotations, spam")
check("  \n\nfrom __future__ import (annotations,\n  eggs)")
check("from __future__ import *")
check("from .__future__ import spam")
check("from __future__ import annotations\nfrom __future__ import nope")
check("from __future__ import " + "x" * 120)
check("from __future__ import braces")
check("from __future__ import annotations, braces")

# under `annotations`, yield and := cannot appear in annotations
check("from __future__ import annotations\ndef f(x: (yield)): pass")
check("from __future__ import annotations\ndef f() -> (yield from g): pass")
check("from __future__ import annotations\ndef f(x: (y := 1)): pass")
check("from __future__ import annotations\nx: (yield)")
check("from __future__ import annotations\ndef g():\n    x: (yield) = 1")
check("from __future__ import annotations\nclass C:\n    def m(self, *a: [(yield)]): pass")
check("from __future__ import annotations\ndef f(x: [i for i in (yield)]): pass")
check("from __future__ import annotations\ndef f(x: lambda: (yield)): pass")
check("from __future__ import annotations\ndef f(x: [(yield) for i in y]): pass")
# ... but they are fine without it where allowed
check("def g():\n    x: (yield) = 1")
check("def g():\n    def f(x: (yield)): pass")
