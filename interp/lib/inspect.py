"""inspect for gilpy: type predicates, generator states, members,
docstrings and simple signatures built from code objects."""
import sys
import types

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 16, 32, 64
CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 128, 256, 512


def ismodule(obj): return isinstance(obj, types.ModuleType)
def isclass(obj): return isinstance(obj, type)
def ismethod(obj): return isinstance(obj, types.MethodType)
def isfunction(obj): return isinstance(obj, types.FunctionType)
def isgenerator(obj): return isinstance(obj, types.GeneratorType)
def iscode(obj): return isinstance(obj, types.CodeType)
def isframe(obj): return isinstance(obj, types.FrameType)
def istraceback(obj): return isinstance(obj, types.TracebackType)
def isbuiltin(obj): return isinstance(obj, types.BuiltinFunctionType)
def iscoroutine(obj): return False
def iscoroutinefunction(obj): return False
def isasyncgenfunction(obj): return False
def isawaitable(obj): return False


def isgeneratorfunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_GENERATOR)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or ismethoddescriptor(obj))


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


def getmembers(obj, predicate=None):
    results = []
    names = dir(obj)
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def currentframe():
    return sys._getframe(1)


def getfile(obj):
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(obj).__name__))


def getsourcelines(obj):
    import linecache
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if not iscode(obj):
        raise TypeError('source code not available')
    lines = linecache.getlines(obj.co_filename)
    start = obj.co_firstlineno - 1
    if not lines or start >= len(lines):
        raise OSError('could not get source code')
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    block = [first]
    for line in lines[start + 1:]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        block.append(line)
    while block and not block[-1].strip():
        block.pop()
    return block, start + 1


def getsource(obj):
    lines, _ = getsourcelines(obj)
    return ''.join(lines)


class _empty:
    pass


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        text = self.name
        if self.annotation is not _empty:
            ann = self.annotation
            text += ': ' + (ann.__name__ if isinstance(ann, type) else repr(ann))
        if self.default is not _empty:
            text += (' = ' if self.annotation is not _empty else '=') + repr(self.default)
        if self.kind == self.VAR_POSITIONAL:
            text = '*' + text
        elif self.kind == self.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<Parameter "%s">' % (self,)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self.parameters = {p.name: p for p in (parameters or ())}
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        seen_kwonly_marker = False
        params = list(self.parameters.values())
        for i, p in enumerate(params):
            if p.kind == Parameter.KEYWORD_ONLY and not seen_kwonly_marker:
                if not any(q.kind == Parameter.VAR_POSITIONAL for q in params):
                    parts.append('*')
                seen_kwonly_marker = True
            parts.append(str(p))
            if p.kind == Parameter.POSITIONAL_ONLY and (
                    i + 1 == len(params) or params[i + 1].kind != Parameter.POSITIONAL_ONLY):
                parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self.return_annotation is not _empty:
            ra = self.return_annotation
            text += ' -> ' + (ra.__name__ if isinstance(ra, type) else repr(ra))
        return text

    def __repr__(self):
        return '<Signature %s>' % (self,)


def signature(obj):
    bound = False
    if ismethod(obj):
        obj, bound = obj.__func__, True
    if not isfunction(obj):
        if isclass(obj):
            init = getattr(obj, '__init__', None)
            if isfunction(init):
                sig = signature(init)
                params = list(sig.parameters.values())[1:]
                return Signature(params)
        raise ValueError('no signature found for {!r}'.format(obj))
    code = obj.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    ann = getattr(obj, '__annotations__', {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default,
                                annotation=ann.get(names[i], _empty)))
    idx = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkw]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL, annotation=ann.get(name, _empty)))
    for i in range(nkw):
        name = names[idx + i]
        params.append(Parameter(name, Parameter.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=ann.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=ann.get(name, _empty)))
    if bound:
        params = params[1:]
    return Signature(params, return_annotation=ann.get('return', _empty))
