"""ast -- abstract syntax trees (CPython 3.11's module, on gilpy's parser).

The node classes are plain Python classes generated from one table (the
ASDL of CPython 3.11: class name, base, _fields, optional fields).  The
C module _ast parses source with gilpy's own parser and returns the tree
as nested tuples (see interp/modules/astmodule.c), which _build() turns into
instances of these classes.  Everything else (dump, walk, the visitors,
literal_eval, ...) works on the instances and follows CPython 3.11's
behaviour and messages.

compile() of an AST object is not supported by gilpy: compile() raises
TypeError when given one.
"""
import _ast as _c

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# name -> (base, fields, attributes-kind, optional fields)
# attributes-kind: 'e' lineno/col_offset/end_lineno/end_col_offset, '' none
_LOC = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

_ABSTRACT = [
    ('mod', ''), ('stmt', 'e'), ('expr', 'e'), ('expr_context', ''), ('boolop', ''),
    ('operator', ''), ('unaryop', ''), ('cmpop', ''), ('excepthandler', 'e'),
    ('pattern', 'e'), ('type_ignore', ''),
]

_NODES = [
    ('Module', 'mod', 'body* type_ignores*'),
    ('Interactive', 'mod', 'body*'),
    ('Expression', 'mod', 'body'),
    ('FunctionType', 'mod', 'argtypes* returns'),
    ('FunctionDef', 'stmt', 'name args body* decorator_list* returns? type_comment?'),
    ('AsyncFunctionDef', 'stmt', 'name args body* decorator_list* returns? type_comment?'),
    ('ClassDef', 'stmt', 'name bases* keywords* body* decorator_list*'),
    ('Return', 'stmt', 'value?'),
    ('Delete', 'stmt', 'targets*'),
    ('Assign', 'stmt', 'targets* value type_comment?'),
    ('AugAssign', 'stmt', 'target op value'),
    ('AnnAssign', 'stmt', 'target annotation value? simple'),
    ('For', 'stmt', 'target iter body* orelse* type_comment?'),
    ('AsyncFor', 'stmt', 'target iter body* orelse* type_comment?'),
    ('While', 'stmt', 'test body* orelse*'),
    ('If', 'stmt', 'test body* orelse*'),
    ('With', 'stmt', 'items* body* type_comment?'),
    ('AsyncWith', 'stmt', 'items* body* type_comment?'),
    ('Match', 'stmt', 'subject cases*'),
    ('Raise', 'stmt', 'exc? cause?'),
    ('Try', 'stmt', 'body* handlers* orelse* finalbody*'),
    ('TryStar', 'stmt', 'body* handlers* orelse* finalbody*'),
    ('Assert', 'stmt', 'test msg?'),
    ('Import', 'stmt', 'names*'),
    ('ImportFrom', 'stmt', 'module? names* level?'),
    ('Global', 'stmt', 'names*'),
    ('Nonlocal', 'stmt', 'names*'),
    ('Expr', 'stmt', 'value'),
    ('Pass', 'stmt', ''),
    ('Break', 'stmt', ''),
    ('Continue', 'stmt', ''),
    ('BoolOp', 'expr', 'op values*'),
    ('NamedExpr', 'expr', 'target value'),
    ('BinOp', 'expr', 'left op right'),
    ('UnaryOp', 'expr', 'op operand'),
    ('Lambda', 'expr', 'args body'),
    ('IfExp', 'expr', 'test body orelse'),
    ('Dict', 'expr', 'keys* values*'),
    ('Set', 'expr', 'elts*'),
    ('ListComp', 'expr', 'elt generators*'),
    ('SetComp', 'expr', 'elt generators*'),
    ('DictComp', 'expr', 'key value generators*'),
    ('GeneratorExp', 'expr', 'elt generators*'),
    ('Await', 'expr', 'value'),
    ('Yield', 'expr', 'value?'),
    ('YieldFrom', 'expr', 'value'),
    ('Compare', 'expr', 'left ops* comparators*'),
    ('Call', 'expr', 'func args* keywords*'),
    ('FormattedValue', 'expr', 'value conversion format_spec?'),
    ('JoinedStr', 'expr', 'values*'),
    ('Constant', 'expr', 'value kind?'),
    ('Attribute', 'expr', 'value attr ctx'),
    ('Subscript', 'expr', 'value slice ctx'),
    ('Starred', 'expr', 'value ctx'),
    ('Name', 'expr', 'id ctx'),
    ('List', 'expr', 'elts* ctx'),
    ('Tuple', 'expr', 'elts* ctx'),
    ('Slice', 'expr', 'lower? upper? step?'),
    ('Load', 'expr_context', ''), ('Store', 'expr_context', ''), ('Del', 'expr_context', ''),
    ('And', 'boolop', ''), ('Or', 'boolop', ''),
    ('Add', 'operator', ''), ('Sub', 'operator', ''), ('Mult', 'operator', ''),
    ('MatMult', 'operator', ''), ('Div', 'operator', ''), ('Mod', 'operator', ''),
    ('Pow', 'operator', ''), ('LShift', 'operator', ''), ('RShift', 'operator', ''),
    ('BitOr', 'operator', ''), ('BitXor', 'operator', ''), ('BitAnd', 'operator', ''),
    ('FloorDiv', 'operator', ''),
    ('Invert', 'unaryop', ''), ('Not', 'unaryop', ''), ('UAdd', 'unaryop', ''), ('USub', 'unaryop', ''),
    ('Eq', 'cmpop', ''), ('NotEq', 'cmpop', ''), ('Lt', 'cmpop', ''), ('LtE', 'cmpop', ''),
    ('Gt', 'cmpop', ''), ('GtE', 'cmpop', ''), ('Is', 'cmpop', ''), ('IsNot', 'cmpop', ''),
    ('In', 'cmpop', ''), ('NotIn', 'cmpop', ''),
    ('comprehension', None, 'target iter ifs* is_async'),
    ('ExceptHandler', 'excepthandler', 'type? name? body*'),
    ('arguments', None, 'posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*'),
    ('arg', 'e', 'arg annotation? type_comment?'),
    ('keyword', 'e', 'arg? value'),
    ('alias', 'e', 'name asname?'),
    ('withitem', None, 'context_expr optional_vars?'),
    ('match_case', None, 'pattern guard? body*'),
    ('MatchValue', 'pattern', 'value'),
    ('MatchSingleton', 'pattern', 'value'),
    ('MatchSequence', 'pattern', 'patterns*'),
    ('MatchMapping', 'pattern', 'keys* patterns* rest?'),
    ('MatchClass', 'pattern', 'cls patterns* kwd_attrs* kwd_patterns*'),
    ('MatchStar', 'pattern', 'name?'),
    ('MatchAs', 'pattern', 'pattern? name?'),
    ('MatchOr', 'pattern', 'patterns*'),
    ('TypeIgnore', 'type_ignore', 'lineno tag'),
]

_g = globals()
for _name, _kind in _ABSTRACT:
    _attrs = _LOC if _kind == 'e' else ()
    _ns = {'_fields': (), '_attributes': _attrs, '__module__': 'ast'}
    if _attrs:
        _ns['end_lineno'] = None
        _ns['end_col_offset'] = None
    _g[_name] = type(_name, (AST,), _ns)
for _name, _base, _spec in _NODES:
    _fields = tuple(f.rstrip('*?') for f in _spec.split())
    _ns = {'_fields': _fields, '__module__': 'ast', '__match_args__': _fields}
    for _f in _spec.split():
        if _f.endswith('?'):
            _ns[_f[:-1]] = None
    if _base is None or _base == 'e':
        _ns['_attributes'] = _LOC if _base == 'e' else ()
        if _base == 'e':
            _ns['end_lineno'] = None
            _ns['end_col_offset'] = None
        _g[_name] = type(_name, (AST,), _ns)
    else:
        _g[_name] = type(_name, (_g[_base],), _ns)
del _g, _name, _kind, _base, _spec, _fields, _ns, _f, _attrs

# Operators and contexts are shared singletons, as in CPython's parser output.
_SINGLETONS = {}
for _cls in (Load, Store, Del, And, Or, Add, Sub, Mult, MatMult, Div, Mod, Pow,
             LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv, Invert, Not, UAdd,
             USub, Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn):
    _SINGLETONS[_cls.__name__] = _cls()
del _cls


def _build(t):
    name = t[0]
    if len(t) == 2 and t[1] is None and name in _SINGLETONS:
        return _SINGLETONS[name]
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for fname, v in zip(cls._fields, t[2:]):
        if type(v) is tuple:
            v = _build(v)
        elif type(v) is list:
            v = [_build(x) if type(x) is tuple else x for x in v]
        d[fname] = v
    loc = t[1]
    if loc is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = loc
    return node


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile(..., PyCF_ONLY_AST))."""
    if mode == 'func_type':
        raise ValueError("gilpy's ast.parse does not support mode 'func_type'")
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(filename, str):
        filename = str(filename)
    if mode == 'eval' and isinstance(source, str) and source[:1] in ('\n', '\r', ' ', '\t', '\f'):
        # gilpy's parser rejects blank lines before an expression in eval
        # mode (CPython skips them): parse without them, then shift lines
        stripped = source.lstrip(' \t\f\r\n')
        skipped = source[:len(source) - len(stripped)]
        nlines = skipped.count('\n') + skipped.count('\r') - skipped.count('\r\n')
        if nlines:
            start = len(skipped.rstrip(' \t\f'))
            try:
                tree = _build(_c.parse_tree(source[start:], filename, mode))
            except SyntaxError:
                pass
            else:
                return increment_lineno(tree, nlines)
    return _build(_c.parse_tree(source, filename, mode))


def literal_eval(node_or_string):
    """Evaluate an expression node or a string containing only a Python
    literal or container display (strings, bytes, numbers, tuples, lists,
    dicts, sets, booleans, None)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        if isinstance(node, List):
            return list(map(_convert, node.elts))
        if isinstance(node, Set):
            return set(map(_convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and
                node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Formatted dump of the tree in node (CPython 3.11's format)."""
    def _format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = _format(value, level)
                allsimple = allsimple and simple
                args.append('%s=%s' % (name, value) if keywords else value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = _format(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _format(node)[0]


def copy_location(new_node, old_node):
    """Copy the source location attributes from old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end_lineno and end_col_offset are optional: None is copied too
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without lineno/col_offset its parent's location."""
    def _fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            _fix(child, lineno, col_offset, end_lineno, end_col_offset)
    _fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        # TypeIgnore's lineno is a field, not an attribute
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ('end_lineno' in child._attributes
                and (end_lineno := getattr(child, 'end_lineno', 0)) is not None):
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """Yield (fieldname, value) for each field of node that is present."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Split like str.splitlines(keepends=True) but only on \\r, \\n, \\r\\n
    (form feeds and other separators stay inside lines, as the tokenizer)."""
    idx = 0
    lines = []
    next_line = ''
    while idx < len(source):
        c = source[idx]
        next_line += c
        idx += 1
        if c == '\r' and idx < len(source) and source[idx] == '\n':
            next_line += '\n'
            idx += 1
        if c in '\r\n':
            lines.append(next_line)
            next_line = ''
    if next_line:
        lines.append(next_line)
    return lines


def _pad_whitespace(source):
    """Keep tabs and form feeds of the line prefix, replace the rest by spaces."""
    result = ''
    for c in source:
        if c in '\f\t':
            result += c
        else:
            result += ' '
    return result


def get_source_segment(source, node, *, padded=False):
    """The source text that generated node (None if locations are missing)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None

    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def walk(node):
    """Yield node and all its descendants (breadth first, no order promised)."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks the tree calling visit_<ClassName> for every node it finds
    (generic_visit when there is none)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods' return values replace the nodes
    (None removes a node from its list)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# Deprecated aliases of Constant's value (kept by CPython 3.11).
def _getter(self):
    return self.value


def _setter(self, value):
    self.value = value


Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)
del _getter, _setter


# ---- deprecated node classes (kept by CPython 3.11) --------------------------
# Num/Str/Bytes/NameConstant/Ellipsis build Constant nodes and match Constant
# nodes holding a value of their kind; Index/ExtSlice/Suite/Param/AugLoad/
# AugStore/slice only exist so old code can name them.

class _DeprecatedConstant(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _DEPRECATED_KINDS.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        if cls is Num and isinstance(value, bool):
            return False
        return isinstance(value, kinds)


def _deprecated_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _DEPRECATED_KINDS:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls)


class Num(Constant, metaclass=_DeprecatedConstant):
    _fields = ('n',)
    __new__ = _deprecated_new


class Str(Constant, metaclass=_DeprecatedConstant):
    _fields = ('s',)
    __new__ = _deprecated_new


class Bytes(Constant, metaclass=_DeprecatedConstant):
    _fields = ('s',)
    __new__ = _deprecated_new


class NameConstant(Constant, metaclass=_DeprecatedConstant):
    __new__ = _deprecated_new


class Ellipsis(Constant, metaclass=_DeprecatedConstant):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls)


_DEPRECATED_KINDS = {
    Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
    NameConstant: (type(None), bool), Ellipsis: (type(...),),
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# ---- unparse -------------------------------------------------------------------
# Expressions are rendered bottom-up as strings: each node knows its own
# binding strength and the strength its context demands, and is wrapped in
# parentheses when it binds more loosely.  Statements go to a line buffer.
# The output (spacing, quotes, blank lines before definitions, where
# parentheses appear) is CPython 3.11's ast.unparse.

(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_BOR,
 _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT,
 _P_ATOM) = range(1, 19)

_BINOPS = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR),
    'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND), 'FloorDiv': ('//', _P_TERM),
    'Pow': ('**', _P_POWER),
}
_UNARYOPS = {'Invert': '~', 'Not': 'not', 'UAdd': '+', 'USub': '-'}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_ALL_QUOTES = ("'", '"', '"' * 3, "'" * 3)
_MULTI_QUOTES = ('"' * 3, "'" * 3)
# a decimal literal that overflows to inf (CPython: 1e + max_10_exp + 1)
_INFSTR = '1e309'


def _unicode_escape(ch):
    """ch as the unicode_escape codec writes it."""
    special = {'\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r'}
    if ch in special:
        return special[ch]
    cp = ord(ch)
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def _escape_for_quotes(text, quotes, escape_ws=False):
    """Escape text for a literal and pick the quotes it can use: returns
    (body, usable quotes, best first)."""
    out = []
    for ch in text:
        if ch in '\n\t' and not escape_ws:
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(_unicode_escape(ch))
        else:
            out.append(ch)
    body = ''.join(out)
    usable = [q for q in quotes if ('\n' not in body or len(q) == 3) and q not in body]
    if not usable:
        r = repr(text)
        for q in quotes:
            if r[0] in q:
                return r[1:-1], [q]
        return r[1:-1], [r[0]]
    if body:
        # prefer a quote differing from the last character; a triple quote
        # ending in its own character gets that character escaped
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


def _str_without_backslashes(text, quotes=_ALL_QUOTES):
    body, usable = _escape_for_quotes(text, quotes)
    return usable[0] + body + usable[0]


class _Unparser:
    def __init__(self, avoid_backslashes=False):
        self._avoid = avoid_backslashes
        self._out = []
        self._indent = 0

    # -- statement buffer
    def _fill(self, text=''):
        if self._out:
            self._out.append('\n')
        self._out.append('    ' * self._indent + text)

    def _write(self, text):
        self._out.append(text)

    def _block(self, body, docstring=False):
        self._write(':')
        self._indent += 1
        if docstring:
            self._body_with_docstring(body)
        else:
            self._stmts(body)
        self._indent -= 1

    def _stmts(self, body):
        for s in body:
            self._stmt(s)

    def _body_with_docstring(self, body):
        first = body[0] if body else None
        if (isinstance(first, Expr) and isinstance(first.value, Constant)
                and isinstance(first.value.value, str)):
            self._fill()
            if first.value.kind == 'u':
                self._write('u')
            self._write(_str_without_backslashes(first.value.value, _MULTI_QUOTES))
            body = body[1:]
        self._stmts(body)

    def run(self, node):
        if isinstance(node, Module):
            self._body_with_docstring(node.body)
        elif isinstance(node, Interactive):
            self._stmts(node.body)
        elif isinstance(node, Expression):
            self._write(self._x(node.body))
        elif isinstance(node, stmt):
            self._stmt(node)
        elif isinstance(node, list):
            self._stmts(node)
        else:
            self._write(self._any(node))
        return ''.join(self._out)

    def _any(self, node):
        """A non-statement node outside its usual context."""
        if isinstance(node, expr):
            return self._x(node, _P_TEST)
        if isinstance(node, pattern):
            return self._pat(node)
        if isinstance(node, arguments):
            return self._arguments(node)
        if isinstance(node, arg):
            return self._arg(node)
        if isinstance(node, keyword):
            return self._keyword(node)
        if isinstance(node, alias):
            return self._alias(node)
        if isinstance(node, withitem):
            return self._withitem(node)
        if isinstance(node, comprehension):
            return self._comprehension(node)
        if isinstance(node, (excepthandler, match_case)):
            u = _Unparser(self._avoid)
            if isinstance(node, excepthandler):
                u._handler(node, False)
            else:
                u._case(node)
            return ''.join(u._out)
        if isinstance(node, (boolop, operator, unaryop, cmpop, expr_context, type_ignore)):
            return ''
        raise ValueError(f"Unexpected node {node!r}")

    # -- statements
    def _stmt(self, s):
        getattr(self, '_s_' + type(s).__name__)(s)

    def _s_Expr(self, s):
        self._fill(self._x(s.value, _P_YIELD))

    def _s_Assign(self, s):
        self._fill(''.join(self._x(t, _P_TUPLE) + ' = ' for t in s.targets) + self._x(s.value))

    def _s_AugAssign(self, s):
        self._fill(self._x(s.target) + ' ' + _BINOPS[type(s.op).__name__][0] + '= ' + self._x(s.value))

    def _s_AnnAssign(self, s):
        target = self._x(s.target)
        if not s.simple and isinstance(s.target, Name):
            target = '(' + target + ')'
        text = target + ': ' + self._x(s.annotation)
        if s.value:
            text += ' = ' + self._x(s.value)
        self._fill(text)

    def _s_Return(self, s):
        self._fill('return' + (' ' + self._x(s.value) if s.value else ''))

    def _s_Delete(self, s):
        self._fill('del ' + ', '.join(self._x(t) for t in s.targets))

    def _s_Pass(self, s):
        self._fill('pass')

    def _s_Break(self, s):
        self._fill('break')

    def _s_Continue(self, s):
        self._fill('continue')

    def _s_Raise(self, s):
        if not s.exc:
            if s.cause:
                raise ValueError("Node can't use cause without an exception.")
            self._fill('raise')
            return
        text = 'raise ' + self._x(s.exc)
        if s.cause:
            text += ' from ' + self._x(s.cause)
        self._fill(text)

    def _s_Assert(self, s):
        self._fill('assert ' + self._x(s.test) + (', ' + self._x(s.msg) if s.msg else ''))

    def _s_Global(self, s):
        self._fill('global ' + ', '.join(s.names))

    def _s_Nonlocal(self, s):
        self._fill('nonlocal ' + ', '.join(s.names))

    def _s_Import(self, s):
        self._fill('import ' + ', '.join(self._alias(a) for a in s.names))

    def _s_ImportFrom(self, s):
        self._fill('from ' + '.' * (s.level or 0) + (s.module or '') + ' import '
                   + ', '.join(self._alias(a) for a in s.names))

    def _s_If(self, s):
        self._fill('if ' + self._x(s.test))
        self._block(s.body)
        while len(s.orelse) == 1 and isinstance(s.orelse[0], If):
            s = s.orelse[0]
            self._fill('elif ' + self._x(s.test))
            self._block(s.body)
        if s.orelse:
            self._fill('else')
            self._block(s.orelse)

    def _s_While(self, s):
        self._fill('while ' + self._x(s.test))
        self._block(s.body)
        if s.orelse:
            self._fill('else')
            self._block(s.orelse)

    def _s_For(self, s, kw='for '):
        self._fill(kw + self._x(s.target, _P_TUPLE) + ' in ' + self._x(s.iter))
        self._block(s.body)
        if s.orelse:
            self._fill('else')
            self._block(s.orelse)

    def _s_AsyncFor(self, s):
        self._s_For(s, 'async for ')

    def _s_With(self, s, kw='with '):
        self._fill(kw + ', '.join(self._withitem(w) for w in s.items))
        self._block(s.body)

    def _s_AsyncWith(self, s):
        self._s_With(s, 'async with ')

    def _handler(self, h, star):
        text = 'except*' if star else 'except'
        if h.type:
            text += ' ' + self._x(h.type)
        if h.name:
            text += ' as ' + h.name
        self._fill(text)
        self._block(h.body)

    def _s_Try(self, s, star=False):
        self._fill('try')
        self._block(s.body)
        for h in s.handlers:
            self._handler(h, star)
        if s.orelse:
            self._fill('else')
            self._block(s.orelse)
        if s.finalbody:
            self._fill('finally')
            self._block(s.finalbody)

    def _s_TryStar(self, s):
        self._s_Try(s, True)

    def _decorated(self, s, header):
        # a definition is preceded by a blank line unless it starts the output
        if self._out:
            self._write('\n')
        for d in s.decorator_list:
            self._fill('@' + self._x(d))
        self._fill(header)

    def _s_FunctionDef(self, s, kw='def '):
        header = kw + s.name + '(' + self._arguments(s.args) + ')'
        if s.returns:
            header += ' -> ' + self._x(s.returns)
        self._decorated(s, header)
        self._block(s.body, docstring=True)

    def _s_AsyncFunctionDef(self, s):
        self._s_FunctionDef(s, 'async def ')

    def _s_ClassDef(self, s):
        header = 'class ' + s.name
        parts = [self._x(b) for b in s.bases] + [self._keyword(k) for k in s.keywords]
        if parts:
            header += '(' + ', '.join(parts) + ')'
        self._decorated(s, header)
        self._block(s.body, docstring=True)

    def _case(self, c):
        text = 'case ' + self._pat(c.pattern)
        if c.guard:
            text += ' if ' + self._x(c.guard)
        self._fill(text)
        self._block(c.body)

    def _s_Match(self, s):
        self._fill('match ' + self._x(s.subject, _P_TUPLE))
        self._write(':')
        self._indent += 1
        for c in s.cases:
            self._case(c)
        self._indent -= 1

    # -- pieces
    def _alias(self, a):
        return a.name + (' as ' + a.asname if a.asname else '')

    def _withitem(self, w):
        text = self._x(w.context_expr)
        if w.optional_vars:
            text += ' as ' + self._x(w.optional_vars)
        return text

    def _keyword(self, k):
        if k.arg is None:
            return '**' + self._x(k.value)
        return k.arg + '=' + self._x(k.value)

    def _arg(self, a):
        if a.annotation:
            return a.arg + ': ' + self._x(a.annotation)
        return a.arg

    def _arguments(self, a):
        parts = []
        positional = a.posonlyargs + a.args
        first_default = len(positional) - len(a.defaults)
        for i, p in enumerate(positional):
            text = self._arg(p)
            if i >= first_default:
                text += '=' + self._x(a.defaults[i - first_default])
            parts.append(text)
            if i + 1 == len(a.posonlyargs):
                parts.append('/')
        if a.vararg or a.kwonlyargs:
            parts.append('*' + (self._arg(a.vararg) if a.vararg else ''))
        for p, d in zip(a.kwonlyargs, a.kw_defaults):
            parts.append(self._arg(p) + ('=' + self._x(d) if d else ''))
        if a.kwarg:
            parts.append('**' + self._arg(a.kwarg))
        return ', '.join(parts)

    def _comprehension(self, c):
        text = (' async for ' if c.is_async else ' for ') + self._x(c.target, _P_TUPLE)
        text += ' in ' + self._x(c.iter, _P_TEST + 1)
        for cond in c.ifs:
            text += ' if ' + self._x(cond, _P_TEST + 1)
        return text

    def _comps(self, gens):
        return ''.join(self._comprehension(g) for g in gens)

    # -- patterns
    def _pat(self, p, ctx=_P_TEST):
        k = type(p).__name__
        if k == 'MatchValue':
            return self._x(p.value)
        if k == 'MatchSingleton':
            return repr(p.value)
        if k == 'MatchSequence':
            return '[' + ', '.join(self._pat(q) for q in p.patterns) + ']'
        if k == 'MatchStar':
            return '*' + (p.name if p.name is not None else '_')
        if k == 'MatchMapping':
            parts = [self._x(key) + ': ' + self._pat(q) for key, q in zip(p.keys, p.patterns)]
            if p.rest is not None:
                parts.append('**' + p.rest)
            return '{' + ', '.join(parts) + '}'
        if k == 'MatchClass':
            parts = [self._pat(q) for q in p.patterns]
            parts += [a + '=' + self._pat(q) for a, q in zip(p.kwd_attrs, p.kwd_patterns)]
            return self._x(p.cls, _P_ATOM) + '(' + ', '.join(parts) + ')'
        if k == 'MatchAs':
            if p.name is None:
                return '_'
            if p.pattern is None:
                return p.name
            text = self._pat(p.pattern, _P_BOR) + ' as ' + p.name
            return '(' + text + ')' if ctx > _P_TEST else text
        if k == 'MatchOr':
            text = ' | '.join(self._pat(q, _P_BOR + 1) for q in p.patterns)
            return '(' + text + ')' if ctx > _P_BOR else text
        raise ValueError(f"Unexpected node {p!r}")

    # -- expressions: the text of e, parenthesised if it binds looser than ctx
    def _x(self, e, ctx=_P_TEST):
        text, prec = getattr(self, '_e_' + type(e).__name__)(e)
        if prec < ctx:
            return '(' + text + ')'
        return text

    def _e_Name(self, e):
        return e.id, _P_ATOM

    def _e_Constant(self, e):
        v = e.value
        if isinstance(v, tuple):
            return '(' + self._items([self._const(x) for x in v]) + ')', _P_ATOM
        if v is ...:
            return '...', _P_ATOM
        return ('u' if e.kind == 'u' else '') + self._const(v), _P_ATOM

    def _const(self, v):
        if isinstance(v, (float, complex)):
            return repr(v).replace('inf', _INFSTR).replace('nan', f'({_INFSTR}-{_INFSTR})')
        if self._avoid and isinstance(v, str):
            return _str_without_backslashes(v)
        return repr(v)

    def _items(self, texts):
        if len(texts) == 1:
            return texts[0] + ','
        return ', '.join(texts)

    def _e_Tuple(self, e):
        if not e.elts:
            return '()', _P_ATOM
        return self._items([self._x(x) for x in e.elts]), _P_TUPLE

    def _e_List(self, e):
        return '[' + ', '.join(self._x(x) for x in e.elts) + ']', _P_ATOM

    def _e_Set(self, e):
        if not e.elts:
            return '{*()}', _P_ATOM
        return '{' + ', '.join(self._x(x) for x in e.elts) + '}', _P_ATOM

    def _e_Dict(self, e):
        parts = []
        for k, v in zip(e.keys, e.values):
            if k is None:
                parts.append('**' + self._x(v, _P_BOR))
            else:
                parts.append(self._x(k) + ': ' + self._x(v))
        return '{' + ', '.join(parts) + '}', _P_ATOM

    def _e_ListComp(self, e):
        return '[' + self._x(e.elt) + self._comps(e.generators) + ']', _P_ATOM

    def _e_SetComp(self, e):
        return '{' + self._x(e.elt) + self._comps(e.generators) + '}', _P_ATOM

    def _e_GeneratorExp(self, e):
        return '(' + self._x(e.elt) + self._comps(e.generators) + ')', _P_ATOM

    def _e_DictComp(self, e):
        return ('{' + self._x(e.key) + ': ' + self._x(e.value) + self._comps(e.generators) + '}',
                _P_ATOM)

    def _e_NamedExpr(self, e):
        return self._x(e.target, _P_ATOM) + ' := ' + self._x(e.value, _P_ATOM), _P_NAMED

    def _e_Yield(self, e):
        if e.value is None:
            return 'yield', _P_YIELD
        return 'yield ' + self._x(e.value, _P_ATOM), _P_YIELD

    def _e_YieldFrom(self, e):
        return 'yield from ' + self._x(e.value, _P_ATOM), _P_YIELD

    def _e_Await(self, e):
        return 'await ' + self._x(e.value, _P_ATOM), _P_AWAIT

    def _e_Lambda(self, e):
        args = self._arguments(e.args)
        return 'lambda' + (' ' + args if args else '') + ': ' + self._x(e.body), _P_TEST

    def _e_IfExp(self, e):
        return (self._x(e.body, _P_TEST + 1) + ' if ' + self._x(e.test, _P_TEST + 1)
                + ' else ' + self._x(e.orelse, _P_TEST)), _P_TEST

    def _e_BoolOp(self, e):
        if isinstance(e.op, And):
            word, prec = ' and ', _P_AND
        else:
            word, prec = ' or ', _P_OR
        # CPython raises the demand by one level for every operand, so
        # `a or (b and c)` keeps its parentheses
        parts = [self._x(v, prec + 1 + i) for i, v in enumerate(e.values)]
        return word.join(parts), prec

    def _e_UnaryOp(self, e):
        name = type(e.op).__name__
        if name == 'Not':
            return 'not ' + self._x(e.operand, _P_NOT), _P_NOT
        return _UNARYOPS[name] + self._x(e.operand, _P_FACTOR), _P_FACTOR

    def _e_BinOp(self, e):
        op, prec = _BINOPS[type(e.op).__name__]
        if prec == _P_POWER:
            left, right = prec + 1, prec
        else:
            left, right = prec, prec + 1
        return self._x(e.left, left) + ' ' + op + ' ' + self._x(e.right, right), prec

    def _e_Compare(self, e):
        text = self._x(e.left, _P_CMP + 1)
        for op, c in zip(e.ops, e.comparators):
            text += ' ' + _CMPOPS[type(op).__name__] + ' ' + self._x(c, _P_CMP + 1)
        return text, _P_CMP

    def _e_Attribute(self, e):
        value = self._x(e.value, _P_ATOM)
        # `1.real` would be read as a float literal
        if isinstance(e.value, Constant) and isinstance(e.value.value, int):
            value += ' '
        return value + '.' + e.attr, _P_ATOM

    def _e_Call(self, e):
        parts = [self._x(a) for a in e.args] + [self._keyword(k) for k in e.keywords]
        return self._x(e.func, _P_ATOM) + '(' + ', '.join(parts) + ')', _P_ATOM

    def _e_Subscript(self, e):
        s = e.slice
        if isinstance(s, Tuple) and s.elts:
            inner = self._items([self._x(x) for x in s.elts])
        else:
            inner = self._x(s)
        return self._x(e.value, _P_ATOM) + '[' + inner + ']', _P_ATOM

    def _e_Starred(self, e):
        return '*' + self._x(e.value, _P_BOR), _P_ATOM

    def _e_Slice(self, e):
        text = (self._x(e.lower) if e.lower else '') + ':' + (self._x(e.upper) if e.upper else '')
        if e.step:
            text += ':' + self._x(e.step)
        return text, _P_ATOM

    def _fstring_part(self, v):
        if isinstance(v, JoinedStr):
            return ''.join(self._fstring_part(x) for x in v.values)
        if isinstance(v, Constant) and isinstance(v.value, str):
            return v.value.replace('{', '{{').replace('}', '}}')
        if isinstance(v, FormattedValue):
            return self._e_FormattedValue(v)[0]
        raise ValueError(f"Unexpected node inside JoinedStr, {v!r}")

    def _e_JoinedStr(self, e):
        if self._avoid:
            text = ''.join(self._fstring_part(v) for v in e.values)
            return 'f' + _str_without_backslashes(text), _P_ATOM
        quotes = list(_ALL_QUOTES)
        pieces = []
        for v in e.values:
            piece, quotes = _escape_for_quotes(self._fstring_part(v), quotes,
                                               escape_ws=isinstance(v, Constant))
            pieces.append(piece)
        return 'f' + quotes[0] + ''.join(pieces) + quotes[0], _P_ATOM

    def _e_FormattedValue(self, e):
        inner = _Unparser(avoid_backslashes=True)._x(e.value, _P_TEST + 1)
        if '\\' in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = '{' + (' ' if inner.startswith('{') else '') + inner
        if e.conversion != -1:
            text += '!' + chr(e.conversion)
        if e.format_spec:
            text += ':' + self._fstring_part(e.format_spec)
        return text + '}', _P_ATOM


def unparse(ast_obj):
    """Source code that parses back to an equivalent tree."""
    return _Unparser().run(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?',
                        default='-', help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
