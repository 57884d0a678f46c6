import sys
hook = sys.__excepthook__
def show(f):
    try:
        f()
    except BaseException as e:
        hook(type(e), e, e.__traceback__)
class Config:
    def __init__(self):
        self.timeout = 1
        self.retries = 2
    def method(self): pass
def f1(): Config().Timeout
def f2(): [].apend(1)
def f3():
    alpha = 1
    return alpah
def f4(): return lem([])
def f5(): return zzzzzzzzzzzz
def f6(): "abc".uper()
def f7(): Config().methd()
class E(NameError): pass
def f8(): raise E("x", name="zip_")
for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    show(f)
counter = 0
print(countr)
