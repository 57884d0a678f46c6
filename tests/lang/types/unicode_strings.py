# unicode handling
s = "Zoë 中国人 😀 e\u0301"
print(len(s), [len(w) for w in s.split()], s.upper())
print(s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(ord("中"), chr(20013), "\u4e2d" == "中", hex(ord("😀")))
import unicodedata
print(unicodedata.name("中"), unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.category("A"))
print(sorted(["b", "ä", "a", "z", "中"]))
print("straße".upper(), "İ".lower().encode(), "ǅ".title())
print("abc中".isascii(), "中".isalpha(), "٣".isdigit(), "٣" == "3")
