# select.select / select.poll on pipes: readiness, timeouts, argument errors.
import select, os
r,w=os.pipe()
# file descriptor numbers depend on what the test runner left open: print
# them by name
_real_print = print
def _names(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int) and v in (r, w):
        return {r: 'r', w: 'w'}[v]
    if isinstance(v, list):
        return [_names(x) for x in v]
    if isinstance(v, tuple) and len(v) == 2 and all(type(x) is int for x in v):
        return (_names(v[0]), v[1])      # poll(): (fd, events)
    if isinstance(v, tuple):
        return tuple(_names(x) for x in v)
    return v
def print(*a, **k):
    _real_print(*[_names(x) if isinstance(x, (list, tuple)) else x for x in a], **k)
for args in [([r],[],[],-1), ([r],[],[],'x'), ([-1],[],[]), ([2**40],[],[]), (['a'],[],[]), (5,[],[]), ([r],[],[],float('nan')), ([r],[],[],1e300), ([5000],[],[],0)]:
    try: print(select.select(*args))
    except Exception as e: print(type(e).__name__, e)
try: select.select()
except Exception as e: print(type(e).__name__, e)
print(select.select([r],[w],[],0))
os.write(w,b'x')
print(select.select([r],[w],[],0), select.select((r,),(),(), 1.5), select.select([r, r],[],[]))
p=select.poll()
print(p.register(r), p.poll(0))
print(p.poll(0), p.poll(), p.poll(None), p.poll(2.5))
try: p.modify(99, select.POLLIN)
except Exception as e: print(type(e).__name__, e)
try: p.unregister(99)
except Exception as e: print(type(e).__name__, e)
try: p.poll('x')
except Exception as e: print(type(e).__name__, e)
print(p.poll(-5))
p.modify(r, select.POLLOUT); print(p.poll(0)); p.register(w, select.POLLOUT); print(p.poll(0)); p.unregister(r); print(p.poll(0))
print(select.POLLIN, select.POLLOUT,select.POLLPRI,select.POLLERR,select.POLLHUP,select.POLLNVAL, select.POLLRDNORM, select.error, select.PIPE_BUF, type(p))
class F:
  def fileno(self): return 'x'
try: select.select([F()],[],[],0)
except Exception as e: print(type(e).__name__, e)
class G:
  def __init__(s, fd): s.fd=fd
  def fileno(self): return self.fd
try: select.select([G(-3)],[],[],0)
except Exception as e: print(type(e).__name__, e)
print(select.select([G(r), G(w)],[G(w)],[],0)[0][0].fd == r)
try: select.select([r],[],[],0, 3)
except Exception as e: print(type(e).__name__, e)
print(select.select([],[],[],0), select.select([],[],[],0.01))
os.close(w); print(select.select([r],[],[],None)[0] == [r]); print(os.read(r, 10), os.read(r,10))
try: type(p)()
except Exception as e: print(type(e).__name__, e)
