try:
    raise KeyError("x")
except KeyError as e:
    try:
        raise ValueError("v") from e
    except ValueError as v:
        vv = v
eg = ExceptionGroup("withcause", [vv, TypeError("plain")])
eg.add_note("group note")
vv.add_note("leaf note\nsecond line")
try:
    raise eg
except ExceptionGroup:
    raise RuntimeError("after")
