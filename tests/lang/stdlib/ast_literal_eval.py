# ast.literal_eval: every literal kind, containers, signed and complex
# numbers, and the "malformed node or string" errors (with line numbers).
import ast
import re


def clean(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', s)


GOOD = [
    "1", "-1", "+1.5", "-0.0", "1e5", "1e400", "0x10", "0o17", "0b101", "1_000",
    "12345678901234567890123",
    "1j", "1+2j", "-1-2j", "3-4j", "2-1.5j", "+1+1j",
    "'s'", '"dq"', "'''tri\nple'''", "r'\\n'", "'\\u00e9\\x41\\n'", "'a' 'b'", "u'x'",
    "b'b'", "b'\\x00\\xff'", "b'a' b'c'", "None", "True", "False", "...",
    "()", "(1,)", "(1, 2)", "[]", "[1, [2, [3]]]", "{}", "{1: {2: [3]}}", "{'a': 1, 'a': 2}",
    "set()", "{1, 2, 1}", "{(1, 2), (3,)}", "  1", "\t(1, 2)", "\n1", "\r\n[1,\n2]",
    "(1,\n 2)", "[1, 2,]", "{1: 2,}", "(-1)", "(+1j)",
]
BAD = [
    "x", "f(1)", "1+1", "1j+1", "1*2", "set([1])", "set(*a)", "{**a}", "[1, x]", "--1", "~1", "not 1",
    "1 if 1 else 2", "f'x'", "a.b", "-'a'", "(1,\n x)", "[\n\n y]", "a[0]", "lambda: 0",
    "1 < 2", "(x := 1)", "[i for i in ()]", "+x", "1 - x", "'a' + 'b'", "1+(2+3j)", "(1+2j)+3j", "+True", "1+True", "-(1)",
]
for s in GOOD:
    v = ast.literal_eval(s)
    print(repr(s), type(v).__name__, repr(v))
for s in BAD:
    try:
        print(repr(s), 'ok?', ast.literal_eval(s))
    except ValueError as e:
        print(repr(s), 'ValueError', clean(str(e)))

# syntax errors propagate from parse
for s in ["1 +", "(", "'abc", "1 2", "x = 1"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno)

# nodes and Expression trees are accepted directly
print(ast.literal_eval(ast.parse("[1, (2, 3)]", mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple(elts=[ast.Constant(1), ast.List(elts=[], ctx=ast.Load())], ctx=ast.Load())))
for node in [ast.Name('x'), ast.Dict(keys=[ast.Constant(1)], values=[]), None, 3]:
    try:
        ast.literal_eval(node)
    except ValueError as e:
        print(clean(str(e)))
# bytes are not parsed: they are a malformed node
try:
    ast.literal_eval(b'1')
except ValueError as e:
    print(e)
# the line of the offending node is reported
try:
    ast.literal_eval("[1,\n 2,\n foo]")
except ValueError as e:
    print(clean(str(e)))
