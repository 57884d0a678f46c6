# building large strings and lists
s = "".join(str(i % 10) for i in range(10000))
print(len(s), s[:12], s[-12:], s.count("7"))
l = list(range(100000))
print(len(l), sum(l), l[-1], l[50000])
words = ("word%d" % i for i in range(1000))
text = " ".join(words)
print(len(text), text[:20], text.split()[-1])
d = {i: str(i) for i in range(5000)}
print(len(d), d[4999], sum(len(v) for v in d.values()))
