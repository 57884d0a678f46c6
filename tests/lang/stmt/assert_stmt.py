# assert
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(e)
try:
    assert [], ["message", "list"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message evaluated:", calls)
print(__debug__)
