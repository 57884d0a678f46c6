# format() of str subclasses: an empty spec calls __str__, a spec uses the text
class T(str):
    def __str__(self):
        return "T!"
    def __repr__(self):
        return "T()"
t = T("hi")
print(t, str(t), repr(t), "%s" % t, "%r" % t, "{}".format(t), f"{t}", f"{t!r}")
print(format(t, ""), format(t, "5") + "|", "{:>4}".format(t), f"{t:.1}", t + "x", t.upper())
class S(str):
    pass
s = S("abc")
print(type(format(s, "")).__name__, type(f"{s}").__name__, type("{}".format(s)).__name__)
for spec in [",", "_", "d", "+", "#", "=5", "z"]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
