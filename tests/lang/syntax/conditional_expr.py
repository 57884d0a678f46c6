# conditional expressions and truthiness of literals
for v in [0, 1, -1, 0.0, "", "x", [], [0], (), {}, None, 0j]:
    print(repr(v), "truthy" if v else "falsy")
x = 5
print("big" if x > 3 else "small")
print((lambda: "yes")() if x else "no")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
