# repr chooses quotes and escapes
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "\\", "\x00\x1f\x7f",
          "é", "\u0378", "\U000e0001", "\ud83d", "\x85", "\xa0", "\u3000", "😀"]:
    print(repr(s), ascii(s))
