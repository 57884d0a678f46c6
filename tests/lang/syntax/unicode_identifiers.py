# unicode identifiers and source text
café = "coffee"
π = 3.14159
名前 = "name"
print(café, π, 名前)
def größe(x):
    return x * 2
print(größe(21))
print("日本語", len("日本語"))
class Ω:
    pass
print(Ω.__name__)
print("ﬁ".isidentifier(), "1a".isidentifier(), "_a".isidentifier())
ﬁx = 1   # NFKC normalised to "fix"
print(fix)
