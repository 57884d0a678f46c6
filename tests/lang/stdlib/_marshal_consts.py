# Helper for marshal_bytes.py: constants of an imported module. (In the
# __main__ script CPython 3.11 keeps the parsed AST alive while it runs,
# which gives every constant one more reference; an imported module's
# constants are referenced by its code objects only.)
import marshal

def show():
    print(marshal.dumps(('a b d', 'e f')))
    print(marshal.dumps(('a b d', 'e f'), 2))
    print(marshal.dumps(['a b e', 'f g', 1.25, (2.5, 'x y')]))
    print(marshal.dumps(('é', 'hello', 'a b', 'é')))
    print(marshal.dumps({'k': ('v w', 3.75), 'k2': frozenset({'m n'})}))
    print(marshal.dumps((1000000, -1000000, 2**40, 1.5, 2j)))
