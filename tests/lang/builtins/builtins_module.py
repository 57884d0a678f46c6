# the builtins module
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
for name in ["print", "len", "range", "Exception", "True", "None", "open", "input", "sorted"]:
    print(name, hasattr(builtins, name))
real_len = builtins.len
builtins.len = lambda x: 42
print(len([1, 2]))
builtins.len = real_len
print(len([1, 2]))
len = lambda x: "shadowed"
print(len("x"))
del len
print(len("x"))
