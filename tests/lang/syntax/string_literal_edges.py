# string literal edge cases
print(repr(''), repr(""), repr("'"), repr('"'), repr("'\""))
print(repr("\\"), len("\\"))
print("a" "" "b")
print(repr("tab\there"))
print(repr("\x7f\x80\xa0"), repr("\u200b"), repr("\ud800"))
print(repr("é"), ascii("é"), repr("😀"), ascii("😀"))
print("abc"[1], "abc"[-1], "abc"[10:], "abc"[::-1])
for src in ['"unterminated', "'''open", '"\\x4"', '"\\N{NOT A NAME}"']:
    try:
        eval(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
