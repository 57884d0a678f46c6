# a small bank simulation with classes, exceptions, properties and sorting
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amount):
        if amount <= 0: raise ValueError("amount must be positive")
        self._balance += amount; self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance: raise InsufficientFunds(amount, self._balance)
        self._balance -= amount; self.history.append(("wd", amount))
        return self
    def __repr__(self): return f"Account({self.owner!r}, {self._balance})"
    def __lt__(self, other): return self._balance < other._balance
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        self.deposit(round(self._balance * self.rate, 2))
accts = [Account("ann", 100), Savings("bob", 250), Account("cy")]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
for a in accts:
    try:
        a.withdraw(120)
    except InsufficientFunds as e:
        print("failed:", a.owner, e, e.needed)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(sorted(accts), max(accts).owner, [a.id for a in accts])
print({a.owner: a.history for a in accts})
print(isinstance(accts[1], Account), type(accts[1]).__mro__[1].__name__, Savings.rate)
total = sum(a.balance for a in accts)
print(f"total={total:.2f}", f"{total:,.1f}", f"{total:e}")
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix, [list(r) for r in zip(*matrix)], sum(map(sum, matrix)))
def primes(n):
    sieve = [True] * (n + 1); sieve[:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]: sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1: yield s; return
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]): yield ch + p
print(list(perms("abc")))
words = "the rain in spain falls mainly".split()
print(sorted(words, key=lambda w: (-len(w), w)), sorted({w[0] for w in words}), " ".join(w.capitalize() for w in words))
print(2 ** 100 % 97, (-7) // 2, divmod(17, -5), 0.1 * 3, 1e-7, 123456789.123456789, float("inf") > 10 ** 400)
