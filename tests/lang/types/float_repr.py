# shortest round-trip float repr
for v in [0.1, 0.2, 0.3, 1/3, 1e16, 1e15, 1e-5, 1e-4, 1.5e300, 123456789012345.6,
          2.0 ** 0.5, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 100.0, -0.0,
          9007199254740993.0, 0.1 + 0.7, 1.0000000000000002]:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), repr(float("nan")))
print(float("  1.5  "), float("1e-3"), float("-Infinity"), float("nAn"), float("1_0.5"))
for bad in ["", "1.2.3", "abc", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
