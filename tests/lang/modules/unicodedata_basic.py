# unicodedata: names, properties, values, normalization (Unicode 14.0.0)
import unicodedata as ud

print(ud.unidata_version)


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- lookup / name ---------------------------------------------------------
for n in ["LATIN SMALL LETTER A", "latin small letter sharp s", "Greek Capital Letter Sigma",
          "SNOWMAN", "CJK UNIFIED IDEOGRAPH-4E2D", "CJK UNIFIED IDEOGRAPH-2A6DF",
          "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE HIH",
          "BYTE ORDER MARK", "NBSP", "LF", "VS256", "LATIN CAPITAL LETTER GHA",
          "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TAMIL SYLLABLE SSAI",
          "CJK COMPATIBILITY IDEOGRAPH-F900", "VARIATION SELECTOR-17",
          "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4e2d", "CJK UNIFIED IDEOGRAPH-A000",
          "TANGUT IDEOGRAPH-17000", "NO SUCH THING", "", "LINE FEED (LF)",
          "x" * 256, "x" * 257, "caf\u00e9"]:
    show("lookup %.40r" % n, ud.lookup, n)
show("lookup bytes", ud.lookup, b"SPACE")
show("lookup int", ud.lookup, 123)

for c in ["a", "\u00e9", "\u4e2d", "\uac00", "\ud7a3", "\uf900", "\u2603", "\U0001F600",
          "\U000E0100", "\u0f0b", "\u1180", "\x00", "\u0378", "\ud800", "\U00017000"]:
    show("name %r" % c, ud.name, c)
print(ud.name("\x00", None), ud.name("\x00", "dflt"))
show("name 2 chars", ud.name, "ab")
show("name empty", ud.name, "")
show("name int", ud.name, 65)

# round trip over a few ranges
bad = 0
for cp in list(range(0x20, 0x3000, 7)) + list(range(0x1F300, 0x1F700, 5)):
    n = ud.name(chr(cp), None)
    if n is not None and ud.lookup(n) != chr(cp):
        bad += 1
print("round trip bad", bad)
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{BYTE ORDER MARK}" == "\u03b1\u2014\ufeff")
print("\N{latin capital letter a}", "\N{CJK UNIFIED IDEOGRAPH-4E2D}" == "\u4e2d")

# --- properties ------------------------------------------------------------
for c in ["A", "a", "1", " ", "\u0301", "\u05d0", "\u0661", "\u00bd", "(", "\u4e00",
          "\uff61", "\u20ac", "\u2028", "\ud800", "\ue000", "\u0378", "\U0001D7CE"]:
    print(repr(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)))
for c in ["\u00e9", "\u00bd", "\ufb01", "\uac00", "\u2f800"[0], "\U0002F800", "\ufdfa", "\u1e9b"]:
    print(repr(c), repr(ud.decomposition(c)))
for f in (ud.category, ud.bidirectional, ud.combining, ud.east_asian_width,
          ud.mirrored, ud.decomposition):
    show(f.__name__ + " 'ab'", f, "ab")
    show(f.__name__ + " 3", f, 3)

# --- numeric values ----------------------------------------------------------
for c in ["7", "\u0663", "\u00b2", "\u00bd", "\u2167", "\u5341", "\u4e07", "\u3007",
          "\U00012432", "a", "\u216b"]:
    print(repr(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
show("decimal", ud.decimal, "a")
show("digit", ud.digit, "a")
show("numeric", ud.numeric, "a")
show("decimal 2", ud.decimal, "ab")
show("numeric dflt", ud.numeric, "x", -1)
show("digit 3 args", ud.digit, "1", 2, 3)

# --- normalization -------------------------------------------------------------
samples = ["caf\u00e9", "cafe\u0301", "\ufb01le", "\u210c\u2168", "\u1100\u1161\u11a8",
           "\uac01", "a\u0301\u0323", "\u1e9b\u0323", "\u00c5\u212b", "x\u0344",
           "\u0f73\u0f75", "\u09c7\u09be", "\u2460\u00b2", "plain", "", "\U0001D400"]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        r = ud.normalize(form, s)
        print(form, ascii(s), ascii(r), ud.is_normalized(form, s), ud.is_normalized(form, r))
show("normalize bad form", ud.normalize, "nfc", "a")
show("normalize int form", ud.normalize, 1, "a")
show("normalize int str", ud.normalize, "NFC", 1)
show("is_normalized bad", ud.is_normalized, "X", "a")
s = "already"
print(ud.normalize("NFC", s) is s)
