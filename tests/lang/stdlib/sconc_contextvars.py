# contextvars: ContextVar get/set/reset, Token, Context mapping and run(),
# copy_context, per-thread contexts, error cases.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
import threading


def short(o):
    return repr(o).split(' at 0x')[0]


print(contextvars.__all__)
v = ContextVar('v', default=1)
w = ContextVar('w')
print(short(v), short(w), v.name, w.name)
print(v.get(), v.get(5), w.get('dflt'), w.get(None))
try:
    w.get()
except LookupError as e:
    print('LookupError', e.args[0] is w)

t = w.set('a')
print(w.get(), t.var is w, t.old_value, t.old_value is Token.MISSING, short(t))
t2 = w.set('b')
print(w.get(), t2.old_value)
w.reset(t2)
print(w.get())
try:
    w.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var='), str(e).endswith('has already been used once'))
try:
    v.reset(t)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
try:
    v.reset('nope')
except TypeError as e:
    print('TypeError', e)
w.reset(t)
print(w.get('unset again'))

# copies are snapshots
ctx = copy_context()
w.set('after copy')
print(w in ctx, ctx.get(w, 'absent'), w.get())
ctx2 = copy_context()
print(ctx2[w], len(ctx2), w in ctx2, v in ctx2, ctx2.get(v), ctx2.get(v, 0))
print([k.name for k in ctx2], [k.name for k in ctx2.keys()], list(ctx2.values()),
      [(k.name, val) for k, val in ctx2.items()])
try:
    ctx2[v]
except KeyError as e:
    print('KeyError', e.args[0] is v)
for bad in (1, 'x'):
    for op in (lambda: ctx2[bad], lambda: bad in ctx2, lambda: ctx2.get(bad)):
        try:
            op()
        except TypeError as e:
            print('TypeError', e)
print(ctx2 == copy_context(), ctx == ctx2, Context() == Context(), Context() == {}, Context() != 1)
try:
    hash(ctx2)
except TypeError as e:
    print('TypeError', str(e).startswith('unhashable type'))

# Context.run
def inside(x, y=0):
    w.set('set inside')
    return (x + y, w.get(), v.get())
print(ctx.run(inside, 1, y=2), w.get(), ctx[w])
print(ctx.run(w.get), Context().run(w.get, 'empty ctx'))
def reenter():
    try:
        ctx.run(len, 'x')
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object'),
              str(e).endswith('is already entered'))
    return copy_context() == ctx
print(ctx.run(reenter))
# an exception propagates out of run() and the context is left
def fail():
    w.set('failed')
    raise KeyError('k')
try:
    ctx.run(fail)
except KeyError:
    print('KeyError from run', ctx[w], w.get())
print(ctx.run(lambda: 'reusable'))
# a token from another context
tok = ctx.run(w.set, 'other')
try:
    w.reset(tok)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
ctx.run(w.reset, tok)
print(ctx[w])

# threads start with an empty context
seen = []
def th():
    seen.append(w.get('nothing in thread'))
    w.set('thread value')
    seen.append(w.get())
t = threading.Thread(target=th)
t.start()
t.join()
print(seen, w.get())
# ... unless run in a copied context
c3 = copy_context()
t = threading.Thread(target=c3.run, args=(lambda: seen.append(w.get()),))
t.start()
t.join()
print(seen[-1])

# construction errors and final classes
for make in (lambda: ContextVar(), lambda: ContextVar('a', 1), lambda: ContextVar(1),
             lambda: Context(1), lambda: Token()):
    try:
        make()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
for base in (ContextVar, Token, Context):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError', e)
try:
    v.name = 'other'
except AttributeError as e:
    print('AttributeError', e)
print(ContextVar[int], Token[str], repr(Token.MISSING), hash(v) == hash(v))
print(ContextVar('n', default=None).get(), short(ContextVar('n', default=None)))
