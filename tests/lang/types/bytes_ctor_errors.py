# sequence repetition type errors; bytes/bytearray/str constructor argument errors
for a, b in [(b"a", "x"), ("x", b"a"), ("x", [1]), ([1], "x"), (b"a", [1]), ([1], b"a"), ((1,), "x"), ("x", (1,)), (bytearray(b"a"), "x"), ("x", bytearray(b"a")), ("x", 1.5), (b"x", 1.5), (1.5, "x"), ("x", None), (None, b"x"), ("a", "b"), (b"a", b"b")]:
    try: print(a * b)
    except TypeError as e: print(e)
for c in ['str(1,2,3,4)', 'bytearray(1,2,3,4)', 'str(x=1)', 'bytes(x=1)', 'bytearray(x=1)','str(object=1)','bytes(source=b"x")', 'bytes(1,2,3,x=4)']:
  try: print(eval(c))
  except TypeError as e: print(e)
for x in ['x', 5, 1.5, None, [1,'a'], b'ab', ['a'], [256]]:
  try: b = bytearray(); b.extend(x); print(b)
  except Exception as e: print(type(e).__name__, e)
for a, k in [(("a",), {"errors": "strict"}), ((b"a",), {"errors": "strict"}), ((), {"errors": "x"}), ((), {"encoding": "x"}), ((1,), {"encoding": "x"}), (("a",), {}), (("é", "latin-1"), {})]:
  for t in (bytes, bytearray):
    try: print(t(*a, **k))
    except Exception as e: print(type(e).__name__, e)
