# unittest.mock: Mock/MagicMock call recording, names, assert_* messages,
# side_effect forms, specs, magic methods, patch/patch.object/patch.dict/
# patch.multiple, PropertyMock, mock_open. Mock ids are masked.
import os, sys, io, unittest
import re
from unittest import mock
from unittest.mock import (Mock, MagicMock, call, ANY, sentinel, patch,
                           DEFAULT, PropertyMock, mock_open)
def R(x): return re.sub(r"id='\d+'", "id=?", repr(x))
m = Mock()
print(R(m), R(m.foo), R(m.foo()), R(m.foo().bar), R(m()))
m = Mock(name='root'); print(R(m.a.b()))
m = Mock(return_value=3); print(m(1, x=2), m.call_args, m.call_args_list, m.called, m.call_count)
m = Mock()
m.a.b(1); m.c(2)(3); m(4)
print(m.mock_calls); print(m.method_calls)
print(m.mock_calls == [call.a.b(1), call.c(2), call.c()(3), call(4)])
print(m.a.b.call_args.args, m.a.b.call_args.kwargs)
try: m.a.b.assert_called_with(2)
except AssertionError as e: print(e)
try: m.z.assert_called_with(2)
except AssertionError as e: print(e)
try: m.a.b.assert_called_once_with(1); print("ok once")
except AssertionError as e: print(e)
m.a.b(5)
try: m.a.b.assert_called_once_with(1)
except AssertionError as e: print(e)
try: m.a.b.assert_not_called()
except AssertionError as e: print(e)
try: m.q.assert_called()
except AssertionError as e: print(e)
try: m.a.b.assert_any_call(9)
except AssertionError as e: print(e)
m.a.b.assert_any_call(5)
try: m.assert_has_calls([call.a.b(5), call.c(2)])
except AssertionError as e: print(e)
m.assert_has_calls([call.a.b(1), call.c(2)])
try: m.assert_has_calls([call(9)], any_order=True)
except AssertionError as e: print(e)
try: m.assret_called()
except AttributeError as e: print(e)
m = Mock(side_effect=[1, 2, ValueError("three")])
print(m(), m())
try: m()
except ValueError as e: print("VE", e)
try: m()
except StopIteration: print("StopIteration")
m = Mock(side_effect=KeyError)
try: m()
except KeyError: print("KeyError")
m = Mock(side_effect=lambda x: x * 2); print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value=7); print(m())
m = Mock(**{'a.return_value': 5, 'b.side_effect': TypeError}); print(m.a())
m.reset_mock(); print(m.mock_calls, m.a.call_count)
mm = MagicMock()
print(len(mm), bool(mm), int(mm), 3 in mm, float(mm), mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 4; mm.__getitem__.return_value = 'x'; print(len(mm), mm[0], mm.__getitem__.call_args)
mm.__iter__.return_value = [1, 2]; print(list(mm))
with mm as v: print(R(v))
print(mm.mock_calls[:2])
s = Mock(spec=['a', 'b'])
print(s.a is s.a)
try: s.c
except AttributeError as e: print(e)
class C:
    x = 1
    def meth(self, a): pass
s = Mock(spec=C); print(isinstance(s, C), R(s))
ss = Mock(spec_set=C)
try: ss.y = 3
except AttributeError as e: print(e)
print(sentinel.foo is sentinel.foo, sentinel.foo, ANY == 3, call(1, ANY) == call(1, 'x'))
w = Mock(wraps=lambda x: x + 1); print(w(1), w.call_args)
print(call.a(1).b(2).call_list())
class Thing:
    attr = 'orig'
    def method(self): return 'real'
print(os.getcwd is os.getcwd)
with patch('os.getcwd') as m:
    m.return_value = '/fake'
    print(os.getcwd(), R(m))
print(os.getcwd() != '/fake')
with patch.object(Thing, 'attr', 'patched') as v:
    print(v, Thing.attr)
print(Thing.attr)
@patch.object(Thing, 'method')
@patch('os.getcwd', return_value='x')
def f(gc, meth, extra=1):
    meth.return_value = 'mocked'
    return gc(), Thing().method(), extra
print(f())
print(Thing().method())
p = patch.object(Thing, 'attr', 5); print(p.start(), Thing.attr); p.stop(); print(Thing.attr)
d = {'a': 1}
with patch.dict(d, {'b': 2}): print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True, z=9): print(d)
print(d)
@patch.dict('os.environ', {'UT_FAKE_VAR': '1'})
def g(): return os.environ.get('UT_FAKE_VAR')
print(g(), os.environ.get('UT_FAKE_VAR'))
with patch.multiple(Thing, attr=DEFAULT, method=DEFAULT) as vals:
    print(sorted(vals), R(Thing.attr)[:12])
print(Thing.attr)
try:
    with patch.object(Thing, 'nope'): pass
except AttributeError as e: print("AE", e)
with patch.object(Thing, 'nope', 3, create=True): print(Thing.nope)
print(hasattr(Thing, 'nope'))
try: patch('nodots')
except TypeError as e: print(e)
class P:
    @property
    def prop(self): return 1
with patch.object(P, 'prop', new_callable=PropertyMock) as pm:
    pm.return_value = 42
    print(P().prop, pm.mock_calls)
m = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', m):
    with open('somefile') as fh:
        print(fh.read())
    with open('other', 'w') as fh:
        fh.write('data')
    with open('x') as fh:
        print(list(fh))
    with open('x') as fh:
        print(fh.readline(), fh.readlines())
print(m.call_args_list)
m().write.assert_called_once_with('data')
@patch('os.getcwd')
class TC(unittest.TestCase):
    def test_a(self, gc):
        gc.return_value = 'A'
        self.assertEqual(os.getcwd(), 'A')
    def helper(self): pass
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.TestLoader().loadTestsFromTestCase(TC))
print(r.wasSuccessful(), r.testsRun)
p1 = patch.object(Thing, 'attr', 1); p2 = patch.object(Thing, 'method', 2)
p1.start(); p2.start(); print(Thing.attr, Thing.method); patch.stopall(); print(Thing.attr, Thing.method.__name__)
parent = Mock(); child = Mock(); parent.attach_mock(child, 'kid'); child(1); print(parent.mock_calls)
m = Mock(); m.x = Mock(); m.x(3); print(m.mock_calls, R(m.x))
mm = MagicMock(); mm.__str__.return_value = 'S'; print(str(mm))
mm.__len__ = lambda self: 11; print(len(mm))
print(R(Mock(spec=Thing)), R(MagicMock(name='n')), R(Mock(spec_set=Thing)))
with patch('__main__.Thing', spec=True) as T:
    inst = T()
    print(R(T), R(inst))
    inst.method()
    try: inst.nothere
    except AttributeError as e: print(e)
    print(T.mock_calls)
