# ExceptionGroup and except*
eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: str(e) == "c"))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
