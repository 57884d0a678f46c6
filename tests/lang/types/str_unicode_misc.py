# str: dunder calls, %-conversions, surrogates, identifiers, non-ASCII indexing, case mapping, translate
tests = ['"a".__eq__(1)', '"a".__lt__(1)', '"a".__add__(1)', '"a".__rmod__(1)', '"a".__mod__(1)', 'str.__len__("abc")', '"abc".__iter__().__next__()', 'list(iter("é中"))', 'type(iter("a")).__name__', '"abc".__reversed__' if False else '1',
 '"%c" % -1', '"%c" % 65.0', '"%5c|" % 0x1F600', '"%-3c|" % "é"', '"%.1c" % "x"', '"%s" % b"x"', '"%a" % b"\\xff"', '"%r" % "\\ud800"', '"%x" % 255.0', '"%d" % 1e20', '"%d" % float("inf")', '"%d" % "1"', '"%f" % "1"', '"%f" % None', '"%f" % 10**400', '"%d" % (2**64)', '"%x" % -(2**64)', '"%#o" % 0', '"%+x" % 255', '"%o" % True',
 '"\\ud800" == "\\ud800"', 'len("\\ud800\\udc00")', '"\\ud800\\udc00" == "\\U00010000"', 'repr("\\udcff")', '"a\\ud800".upper()', '"\\ud800".isprintable()', 'ascii("\\ud800")', '"\\ud800".encode("utf-8", "surrogatepass")', 'b"\\xed\\xa0\\x80".decode("utf-8", "surrogatepass")',
 '"αβγ".isidentifier()', '"_x1".isidentifier()', '"x-y".isidentifier()', '"".isidentifier()', '"℘".isidentifier()', '"1".isidentifier()', '"ab\\u0301".isidentifier()',
 '"é中😀"[2]', '"é中😀"[-1:]', '"é中😀"[::-1]', '"é中😀".find("😀")', '"é中😀".index("中")', '"😀a".rfind("a")', '"é中😀".encode()', 'len("é中😀".encode("utf-16"))', '"é中😀".center(9, "*")', '"😀" * 3', '"😀".split("😀")', '"a😀b".partition("😀")', '"x😀x".strip("x")', '"😀😀".count("😀")', '"😀".replace("😀", "é")',
 '"aé" < "aê"', '"a\\x00" > "a"', 'sorted(["é", "e", "f", "😀", "中"])', 'max(["é", "z"])', '"中" in "中文"', '"é".upper() == "É"', '"ÉCOLE".lower()', '"ǈ".upper()', '"ǈ".lower()', '"ǈ".title()', '"ﬀ".upper()', '"ß".title()', '"ŉ".title()',
 'str(b"\\xff")', 'str(bytearray(b"a"))', 'str(memoryview(b"a"))[:13]', 'repr(str)', 'str.join', '"".join(["a"] * 3)', '"abc".maketrans("a", "b")', 'str.maketrans("", "", "a")', '"aaa".translate({ord("a"): "bb"})', '"abc".translate({ord("b"): None, ord("c"): ord("C")})', '"abc".translate([None, None])', '"abc".translate("xyz")',
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r) if not callable(r) else type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
