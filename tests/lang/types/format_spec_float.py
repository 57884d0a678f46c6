# format spec mini-language for floats
vals = [3.14159265, -0.000123456, 1234567.891, 0.0, float("inf"), float("nan"), 1e100]
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "+.2e", "E", ".3g", "G", "%", ".1%", ",.2f", "_.1f",
             "010.2f", "#.0f", ".0e", "n", "#g", " .2f", "^+12.3f"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1e16, ""), format(1e-5, "g"))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
