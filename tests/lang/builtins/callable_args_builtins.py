# builtins reject keyword arguments they do not take
for f, args, kw in [(len, ([1],), {"obj": 1}), (abs, (), {"x": 1}), (sorted, ([2, 1],), {"reversed": True}),
                    (int, ("10",), {"base": 2}), (max, ([1, 2],), {"key": None})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
