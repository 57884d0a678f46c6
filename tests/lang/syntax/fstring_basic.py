# f-strings: expressions, braces, nesting
name = "world"
n = 42
items = [1, 2, 3]
d = {"k": "v"}
print(f"hello {name}!")
print(f"{n + 1} {n * 2} {n // 5}")
print(f"{items[1]} {d['k']} {len(items)}")
print(f"{{literal}} {{{n}}}")
print(f"{'nested'} {f'{n}'}")
print(f"{(lambda x: x * 2)(3)}")
print(f"{n if n > 10 else 0}")
print(f"{ n }")
print(f"{items}")
print(f"{'a' + 'b'}")
print(f"{3.5:.0f} {2.5:.0f}")
print(f"")
