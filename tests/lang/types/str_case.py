# case conversion
words = ["hello world", "HELLO", "mIxEd CaSe", "they're bill's", "ǆemal", "straße", "ﬁne"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ΣΑΣ".lower(), "i̇".upper(), len("ß".upper()))
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "A1".isupper(), "".islower())
