# user functions passed to builtins
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
print(list(filter(lambda w: w.islower(), words)))
print(list(map(len, words)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
