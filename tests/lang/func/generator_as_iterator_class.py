# __iter__ written as a generator
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(100)))
print(3 in Countdown(5), 9 in Countdown(5))
for a, b in zip(Countdown(3), Countdown(2)):
    print(a, b)
