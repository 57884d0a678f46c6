# bytes/bytearray methods: results and error messages
tests = [
 'bytearray(b"abc").find(b"c")', 'bytearray(b"abc") * 2', '2 * bytearray(b"ab")', 'bytearray(b"ab") == "ab"', 'bytearray(b"a") < bytearray(b"b")', 'b"a" < bytearray(b"b")', 'bytearray(b"xyz")[::-1]', 'bytearray(b"abc").decode()', 'bytearray(b"a b").split()', 'bytearray(b"abc").replace(b"b", b"")',
 'bytearray(5)[2:]', 'bytearray(b"ab").hex()', 'bytearray(b"%d") % 5', 'bytearray(b"abc").rstrip(b"c")', 'bytearray(b"ABC").lower()', 'bytearray(b"abc").join([b"1", b"2"])', 'bytearray(b"a").center(5)', 'bytearray(b"a").zfill(3)', 'bytearray(b"ab").partition(b"a")',
 'b"abc".split(b"b", -1)', 'b"".split()', 'b"a".split(None)', 'b"abcabc".rfind(b"abc", 1)', 'b"abc".count(b"")', 'b"abc".index(98)', 'b"abc".find(300)', 'b"abc".find(1.0)', 'b"abc".find("a")', 'b"abc".startswith("a")', 'b"abc".startswith(97)',
 'b"abc".replace(b"", b"-")', 'b"abc".strip("a")', 'b"abc".strip(None)', 'b"a".ljust(3, "x")', 'b"a".ljust(3, b"xy")', 'b"a".join([1])', 'b"a".join([b"x", "y"])', 'b"a" + 1', 'bytes.fromhex("0")', 'bytes.fromhex("0g")', 'bytes.fromhex(" 01 02 ")', 'bytes.fromhex(b"01")',
 'b"x".hex(sep="")', 'b"xyz".hex("::")', 'b"abcdef".hex(":", 2)', 'b"abcdef".hex(":", -2)', 'b"abcdef".hex(":", 0)', 'b"\\x00"[0]', 'b"abc"[-4]', 'b"ab" * -1', 'b"a" in b""', 'b"" in b""',
 'bytearray(b"abc").pop(1)', 'bytearray(b"abc").index(b"c")', 'bytearray([1,2,3]).remove(2)', 'bytearray(b"a").extend([1, 256])', 'bytearray(b"a").extend("x")', 'bytearray(b"a").extend(5)', 'bytearray(b"a").append(b"x")', 'bytearray(b"a").append(-1)', 'bytearray(b"a").insert(10, 98)', 'bytearray(b"abc").copy()',
 'bytes(range(250, 256))', 'bytes([1.0])', 'bytes("abc", encoding="ascii")', 'bytes(b"abc", "ascii")', 'bytes(5, "ascii")', 'bytes(encoding="ascii")', 'bytes("a", errors="strict")', 'bytearray(errors="x")', 'bytes(iter([1,2]))', 'bytes(bytearray(2))', 'bytes([True])',
 'b"%5s|%-4b|%c|%c" % (b"a", b"b", 65, b"z")', 'b"%r" % ("é",)', 'b"%a" % (1,)', 'b"%x %o %e %.2f" % (255, 8, 1.5, 2.345)', 'b"%(k)s" % {b"k": b"v"}', 'b"%s" % 1', 'b"%c" % 256', 'b"%c" % b"ab"', 'b"%d" % b"1"', 'b"%s %s" % (b"a",)', 'b"x" % ()', 'b"x" % (1,)', 'b"%s" % (bytearray(b"q"),)', 'b"%5.1f|" % 3.14159',
 'b"AbC".swapcase()', 'b"hello world".capitalize()', 'b"\\xe9".upper()', 'b"a\\xffb".title()', 'b"a1 b".istitle()', 'b"".isupper()', 'b"1a".isalnum()', 'b"\\xe9".isalpha()', 'b"\\t\\n\\x0b\\x0c\\r ".isspace()', 'b"\\x1c".isspace()', 'b"a\\x1cb".split()', 'b"a\\x0bb".split()',
 'b"a\\rb\\r\\nc\\n\\x0bd\\x0ce".splitlines()', 'b"abc".translate(None)', 'b"abc".translate(b"x")', 'bytes.maketrans(b"a", b"bc")', 'b"abc".translate(bytes.maketrans(b"ab", b"ba"), b"c")', 'b"abc".rjust(5, b"0")', 'b"x".zfill(0)', 'b"abc".endswith((b"c",), 0, 2)', 'b"ab\\tc".expandtabs(tabsize=4)',
 'list(reversed(b"abc"))', 'sum(b"abc")', 'max(b"abc")', 'b"abc".__len__()', 'b"a".__add__(b"b")', 'b"a".__add__("b")', 'b"a".__mul__(2)', 'b"a".__rmul__(2)', 'b"abc".__contains__(98)', 'b"a".__mod__(())', 'bytes.__mod__(b"%s", b"x")', 'b"a" == b"a"', 'hash(b"a") == hash(b"a")',
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
