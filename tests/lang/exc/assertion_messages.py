# AssertionError payloads
def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(e, e.args)
try:
    assert 1 == 2, (1, 2)
except AssertionError as e:
    print(e.args)
try:
    assert None
except AssertionError as e:
    print(repr(e), str(e) == "")
