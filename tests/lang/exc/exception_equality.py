# exceptions compare by identity; args are kept as given
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a.args == b.args, hash(a) != 0 or True)
errors = [ValueError(i) for i in range(3)]
print([e.args[0] for e in errors], str(errors[1]))
print(isinstance(a, BaseException), BaseException in type(a).__mro__)
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", e)
