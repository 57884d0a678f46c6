# building strings
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for c in "hello":
    s = c + s
print(s)
print("".join(sorted("python", reverse=True)), "a" + "b" * 3 + "c")
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), " ".join(reversed(words)))
print("{:-^20}".format(" title "), "=" * 10)
acc = "x"
for _ in range(10):
    acc += acc
print(len(acc))
