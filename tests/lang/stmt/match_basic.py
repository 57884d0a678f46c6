# match statement: literals, captures, wildcards, or-patterns, guards
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative %d" % n
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true?"
        case _:
            return "other " + repr(v)
for v in [0, 2, -7, "hello", None, 99, 1.5]:
    print(describe(v))
