# escape sequences
s = "a\tb\nc\\d\'e\"f"
print(repr(s))
print(len("\x41\x42"), "\x41\x42")
print(repr("\101\102\7"), repr("\0"), repr("\07"), repr("\1234"))
print("\u00e9", "\U0001F600" == "\N{GRINNING FACE}", len("\U0001F600"))
print("\N{LATIN SMALL LETTER A}", "\N{DIGIT ONE}")
print(repr("\a\b\f\v\r"))
print(repr("line1\
line2"))
print(repr(b"\x00\xff\n\\"))
print(repr("\q"))  # unknown escape keeps the backslash
print(ord("\u20ac"), hex(ord("\N{EURO SIGN}")))
