# pass in every block
def f():
    pass
class C:
    pass
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open(__file__):
    pass
print(f(), C.__name__, "all passes done")
