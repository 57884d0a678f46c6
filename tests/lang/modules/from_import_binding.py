# "from m import a1" copies the reference: rebinding in m is not seen, mutation is
from _state import a1, shared, rebind, bump, counter
import _state
rebind("rebound")
print(a1, _state.a1)
shared.append("mutated")
print(_state.shared, shared is _state.shared)
bump(); bump()
print(counter, _state.counter)
from _state import a1
print(a1)
_state.shared = ["new list"]
print(shared, _state.shared)
