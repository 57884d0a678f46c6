# str.format field syntax
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("x", "y"))
print("{name}-{0}".format(7, name="n"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j))
print("{a[0]}{a[1]}".format(a="xy"))
print("{{}} {{{}}}".format("in"))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}}|{:.{p}f}".format("r", 3.14159, w=4, p=2))
for fmt in ["{", "}", "{0} {}", "{2}", "{x}", "{0!z}"]:
    try:
        print(fmt.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
