# The ast module's API beyond parse/dump: node classes (fields, attributes,
# constructors, singletons, match), visitors and transformers, location
# helpers, docstrings, source segments, walk, and parse errors.
import ast
import re


def clean(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', s)


# node classes
n = ast.Name('x', ast.Load())
print(n.id, clean(repr(n.ctx)), ast.dump(n), hasattr(n, 'lineno'), n.end_lineno)
print(ast.dump(ast.Constant(1)), ast.Constant(1).kind, ast.Constant(2).n, ast.Constant('s').s)
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Name(id='y'))
print(ast.dump(b))
print(ast.dump(b, annotate_fields=False))
print(ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False))
for args in [(1, 2, 3), ()]:
    try:
        ast.Name(*args)
        print('ok', len(args))
    except TypeError as e:
        print(e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print(e)
try:
    ast.Pass(1)
except TypeError as e:
    print(e)
print(ast.Name._fields, ast.Name._attributes, ast.arguments._attributes)
print(ast.comprehension._fields, ast.Load._fields, ast.arg._fields, ast.keyword._attributes)
print(ast.FunctionDef._fields, ast.ImportFrom._fields, ast.Module._fields, ast.Constant._fields)
print(ast.MatchClass._fields, ast.ExceptHandler._fields, ast.ExceptHandler._attributes)
print(issubclass(ast.Name, ast.expr), issubclass(ast.expr, ast.AST), isinstance(ast.Add(), ast.operator))
print(issubclass(ast.If, ast.stmt), issubclass(ast.MatchAs, ast.pattern), issubclass(ast.Eq, ast.cmpop))
print(ast.parse("a+b").body[0].value.op is ast.parse("c+d").body[0].value.op)
print(ast.Return().value, ast.arg('a').annotation, ast.ImportFrom().level)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError')
try:
    ast.dump(1)
except TypeError as e:
    print(e)
try:
    ast.dump([ast.Pass()])
except TypeError as e:
    print(e)

match ast.parse("x + 1", mode='eval').body:
    case ast.BinOp(left=ast.Name(id=i), op=ast.Add()):
        print('matched', i)
match ast.parse("f(1)", mode='eval').body:
    case ast.Call(ast.Name(fn), [ast.Constant(v)]):
        print('matched call', fn, v)


# visitors
class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print('Name', node.id, type(node.ctx).__name__)
        self.generic_visit(node)

    def visit_Constant(self, node):
        print('Const', node.value)


V().visit(ast.parse("a = b + 1 * c\nfor i in [2]: d(i)"))


class T(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)

    def visit_Expr(self, node):
        return None

    def visit_Assign(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]


t = T().visit(ast.parse("a = b + c\nprint(1)\nd = e"))
print(ast.dump(t, include_attributes=True))

# location helpers
t = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name('f', ast.Load()), args=[], keywords=[]))],
               type_ignores=[])
ast.fix_missing_locations(t)
print(ast.dump(t, include_attributes=True))
t = ast.parse("x = 1\ny = 2")
t.body.append(ast.Expr(ast.Name('z', ast.Load())))
ast.fix_missing_locations(t)
ast.increment_lineno(t, 3)
print(ast.dump(t, include_attributes=True))
new = ast.copy_location(ast.Pass(), ast.parse("\n  \n(1)").body[0])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

# iteration
stmt = ast.parse("x = 1 + y").body[0]
print([(k, type(v).__name__) for k, v in ast.iter_fields(stmt)])
print([type(c).__name__ for c in ast.iter_child_nodes(stmt)])
print(sorted(type(n).__name__ for n in ast.walk(ast.parse("def f(a): return a.b[0]"))))

# docstrings
print(ast.get_docstring(ast.parse('"""\n   Hello\n     world\n"""')))
print(repr(ast.get_docstring(ast.parse('"""  x  """'), clean=False)))
print(ast.get_docstring(ast.parse("x = 1")), ast.get_docstring(ast.parse("b'x'")))
print(ast.get_docstring(ast.parse("class C:\n  'cdoc'").body[0]))
print(ast.get_docstring(ast.parse("async def f():\n  '''  af\n  doc'''").body[0]))
try:
    ast.get_docstring(ast.Name())
except TypeError as e:
    print(e)

# source segments
src = "def f(a,\n      b):\n    return (a +\n b)  # é\nx = 'é' + y\n"
t = ast.parse(src)
ret = t.body[0].body[0].value
print(repr(ast.get_source_segment(src, ret)), repr(ast.get_source_segment(src, ret, padded=True)))
print(repr(ast.get_source_segment(src, t.body[1].value.right)), repr(ast.get_source_segment(src, t.body[1])))
print(repr(ast.get_source_segment(src, ast.Name('x'))))

# parse arguments
print(ast.parse(b"x = 1").body[0].targets[0].id, ast.parse("x", "fn.py", "eval").body.id)
print(type(ast.parse("x = 1", mode='single')).__name__)
try:
    ast.parse("x", mode='bogus')
except ValueError as e:
    print(e)
try:
    ast.parse("x\0")
except SyntaxError as e:
    print(type(e).__name__, e)
for s in ["1 +", "x = (", "def f(:", "  x", "if x:\ny", "a b", "f(**x, *y)", "f'{'",
          "x = r'a' rb'b'", "return 1", "nonlocal x", "def f():\n  x = 1\n  global x"]:
    try:
        ast.parse(s)
        print(repr(s), 'parsed')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e, e.lineno, e.offset, repr(e.text))
try:
    ast.parse("x", filename="name.py", mode="eval", type_comments=False, feature_version=None)
    print('keywords ok')
except TypeError as e:
    print(e)
