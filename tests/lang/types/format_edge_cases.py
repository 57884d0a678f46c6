# str.format / format(): specs for str, int, float, bool, None, complex
tests = [
 '"a".split(maxsplit="x")', '"a".split(sep=1)', '"a".join()', '"a".join([b"x"])', '"a".replace(1, "b")', '"a".replace("a", 1)', '"a".replace("a", "b", "c")',
 '"a".count("a", "x")', '"a".find()', '"a".index("a", 1.5)', '"a".startswith(("a", 1))', '"a".ljust(1.5)', '"a".ljust(5, "")', '"a".rjust(5, 1)', '"a".expandtabs("x")', '"a".expandtabs(tabsize=2)',
 '"a".encode("utf-8", 1)', '"a".encode(encoding=1)', 'b"a".decode(1)', '"a".removeprefix(1)', '"a".partition(1)', '"a".rstrip("a", "b")', '"a".splitlines(keepends=1)',
 '"a".translate(1)', 'str.maketrans(1)', 'str.maketrans("a", 1)', 'str.maketrans({"ab": 1})', 'str.maketrans({1.5: 1})', '"a".translate({97: 1.5})', '"a".translate({97: 0x110000})', '"abc".translate(str.maketrans("a", "b"))',
 '"a".format_map()', '"{a}".format_map({})', '"{0}".format_map({})', '"{}".format_map({})', '"a".__getitem__()', '"a"[1:2:0]', '"abc"[::0]', 'str.upper(1)', 'str.upper()', '"a".zfill()', '"a".center(1, 2, 3)',
 '"a" < 1', '"a" <= None', '"a" > b"a"', '"a" == b"a"', 'b"a" < "a"', '"".join(x for x in [1])', '"x".count(None)', '"{0:{1}}".format(1, "")', '"{0:{a}}".format(1, a="<3")', '"{:{}}".format(1)',
 '"{0[0]}".format("ab")', '"{0[-1]}".format([1,2])', '"{0[a]}".format({"a": 5})', '"{0[0][1]}".format(["xy"])', '"{0.__class__.__name__}".format(1)', '"{0[0x1]}".format({"0x1": 9})', '"{0[ 1]}".format({" 1": 9})',
 '"{:>{}}|{}".format("a", 4, "b")', '"{!r:{}}".format("a", 5)', '"{:}".format(0.1)', '"{:,}".format(12.5)', '"{:_}".format(1e6)', '"{:.2}".format("abc")', '"{:.0}".format(1.5)', '"{:#}".format(1.0)', '"{:=5}".format(-1)', '"{:05}".format("ab")', '"{:05}".format(-1.5)',
 '"{:^05}".format(7)', '"{:<05}".format(7)', '"{:0>5}".format(-7)', '"{:x>+5}".format(7)', '"{:+05.1f}".format(2.25)', '"{: .3e}".format(123.456)', '"{:G}".format(1e-10)', '"{:.3g}".format(0.0001234)', '"{:.10g}".format(1/3)', '"{:#.3g}".format(1)', '"{:#x}".format(-0)',
 '"{:.2%}".format(-0.0)', '"{:z.2f}".format(-0.001)', '"{:z}".format(-0.0)', '"{:zd}".format(1)', '"{:%}".format(1)', '"{:e}".format(10**20)', '"{:f}".format(2**64)', '"{:.1f}".format(0.05)', '"{:.1f}".format(0.25)', '"{:.2f}".format(2.675)', '"{:.0f}".format(0.5)', '"{:g}".format(100000)', '"{:g}".format(1000000)',
 '"{:c}".format(0x1F600)', '"{:c}".format(-1)', '"{:c}".format(0x110000)', '"{:+c}".format(65)', '"{:,c}".format(65)', '"{:#c}".format(65)', '"{:X}".format(255)', '"{:#X}".format(255)', '"{:,x}".format(1)', '"{:_b}".format(255)', '"{:_o}".format(4095)', '"{:n}".format(-1234567)', '"{:,.3f}".format(1234567.8915)',
 '"{:10,}".format(12345)', '"{:010,}".format(12345)', '"{:010,.1f}".format(-12345.6)', '"{:_^15,}".format(1234)', '"{:>10.3s}".format("abcdef")', '"{:.3s}".format(5)', '"{:s}".format(5)', '"{:d}".format(5.0)', '"{:b}".format(5.0)', '"{:x}".format(True)', '"{:f}".format(True)', '"{:.3}".format(True)', '"{:10}".format(True)', '"{}".format(True)', '"{:5}".format(None)',
 'format(None, "")', 'format(None, "5")', 'format([1], "")', 'format([1], "5")', 'format(1+2j, "")', 'format(1+2j, ".1f")', 'format(1+2j, "10")', 'format(2.5, "10.1")', 'format(1e200, "f")[:20]', 'format(123, "e")',
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
