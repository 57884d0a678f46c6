# IndexError / KeyError message variety
for f in [lambda: [][0], lambda: ()[1], lambda: "abc"[9], lambda: range(2)[5], lambda: b"x"[3],
          lambda: [1].pop(5), lambda: {}["k"], lambda: bytearray()[0], lambda: [1, 2][-3]]:
    try:
        f()
    except LookupError as e:
        print(type(e).__name__, e)
