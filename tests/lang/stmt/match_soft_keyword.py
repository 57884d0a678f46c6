# `match`, `case` and `_` are soft keywords: still usable as names
match = 1
print(match)
case = [10, 20, 30]
print(case[1])
_ = "under"
print(_)
def match(*a):
    return ("called", a)
print(match(1, 2))
print(match (3))
match = {"k": "v"}
print(match["k"])
match["x"] = 5
print(sorted(match))
match: int = 7
print(match)
match, case = 1, 2
print(match, case)
match = [1, 2]
match[0] += 10
print(match)
print([match for match in range(3)])
class C:
    match = "attr"
    case = "attr2"
print(C.match, C().case)
match = 3
print(match - 1, match * 2, -match)
# a real match statement whose subject is named match
match match:
    case 3:
        print("three")
# capture patterns named match / case
match [4, 5]:
    case [match, case]:
        print("bound", match, case)
# tuple subjects and a walrus subject
match 1, 2:
    case (a, b):
        print("tuple", a, b)
match (n := 9):
    case 9:
        print("walrus", n)
match *[1, 2], 3:
    case [*xs]:
        print("star subject", xs)
match -1:
    case -1:
        print("neg")
# nested in functions / loops, with return and break
def f(v):
    for i in range(3):
        match v:
            case 0:
                return "zero"
            case 1:
                break
            case _:
                continue
    return "after"
print(f(0), f(1), f(2))
# `case` / `match` inside a body as names
match 0:
    case 0:
        case = "c"
        match = "m"
print(case, match)
# statements that start with the name `match`
match = [0, 1, 2, 3]
match[1:3] = ["a", "b"]
print(match)
print(match not in [1], match is None)
match.append(9) if False else None
match(x for x in [1]) if False else print("gen ok")
for src in ["match x\n    case 1: pass\n", "match = x\nmatch(x)\n", "match x:\ncase 1: pass\n",
            "match x: pass\n", "match x:\n    case 1 pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
match = {}
match["k"]: int = 5
print(match)
