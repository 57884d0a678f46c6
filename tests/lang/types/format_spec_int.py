# format spec mini-language for ints
n = 98765
for spec in ["", "d", "10", "<10", ">10", "^10", "*^11", "+", "-", " ", "010", "+010",
             ",", "_", "_x", "_b", "x", "X", "#x", "#X", "#o", "#b", "b", "o", "c", "n",
             "e", ".2f", "%", "=10", "0=+12", "#010x", ",d", "12,"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-42, spec)) if spec != "c" else "")
for bad in [".2", "s", "z", ",c", "_,"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
