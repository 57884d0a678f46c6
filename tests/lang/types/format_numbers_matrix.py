# format() and % of floats and ints over a matrix of specs
vals = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e-5, 123456.789, 1.5, 2.5, -2.5, 1e300, 5e-324, float("inf"), float("nan"), 9.999999e15, 0.000123456, 1234567890123.0]
for spec in ["", "g", ".3g", "e", ".2e", "f", ".0f", ".1f", "%", ".1%", "n", "10.3", "+.2f", " g", "#.0f", "#.0e", "#g", "G", "E", "F", ",.2f", "_.1f", "015.3f", "<12", "^12.2e", "z.1f", ".20f", ".17g", ".0e", ".0g", ".0%"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ERR " + str(e))
    print(repr(spec), out)
print([repr(v) for v in vals], [str(v) for v in vals])
print(["%r %s %g %e %f %.3g %10.4f %-8.2e|" % (v, v, v, v, v, v, v, v) for v in vals[:8]])
ints = [0, 1, -1, 255, -255, 2**31, -2**63, 10**20, 12345678]
for spec in ["", "d", "x", "X", "#x", "o", "#o", "b", "#b", ",", "_", "_x", "_b", "+", " ", "08", "<8", ">+8", "^8", "=+8", "#010x", "e", ".2f", "%", "g", "n", ",d"]:
    out = []
    for v in ints:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append("ERR " + type(e).__name__ + str(e))
    print(repr(spec), out)
print(["%d %i %x %X %o %5d %-5d| %+d %05d %.3d %e %f" % (v, v, v, v, v, v, v, v, v, v, v, v) for v in ints[:6]])
