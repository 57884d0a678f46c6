# format spec mini-language for strings
s = "héllo"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "8.3", "-<7", "=^9.1"]:
    print(repr(spec), repr(format(s, spec)))
for bad in ["d", "+", "=10", ",", "#"]:
    try:
        format(s, bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{'中文':>6}|{'中文':-^6}|")
