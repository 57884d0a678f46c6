# a nonlocal accumulator used through several closures
def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient funds: %d > %d" % (n, balance))
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), dep(0))
try:
    wd(1000)
except ValueError as e:
    print(e)
def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(unbound())
