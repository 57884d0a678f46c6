# str methods on non-ASCII text
s = "ñandú ñandú éé 😀😀"
print(s.count("ñ"), s.count("😀"), s.replace("ñ", "n"), s.find("ú"), s.rfind("😀"), s.upper())
print(s.split("ú"), s[::-1], s.center(22, "·"), s.title())
print("Ǆ".lower(), "ǆ".upper(), "ΑΒΓ".lower(), "ﬀ".upper(), "İstanbul".casefold() == "i̇stanbul")
print(sorted("äaàb"), "ä" < "b", "Ä".lower() == "ä")
