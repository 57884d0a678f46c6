def t(f, *a, **k):
    try:
        r = f(*a, **k); print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(abs, "x"); t(abs); t(abs, -3.5); t(abs, True); t(abs, 1, 2)
t(len, 5); t(len); t(len, [1], [2]); t(len, "abc")
class L:
    def __len__(self): return -1
t(len, L())
class L2:
    def __len__(self): return "x"
t(len, L2())
class L3:
    def __len__(self): return 2**70
t(len, L3())
t(chr, -1); t(chr, 0x110000); t(chr, "a"); t(chr, 65.0); t(chr, 955)
t(ord, "ab"); t(ord, ""); t(ord, 5); t(ord, b"a"); t(ord, bytearray(b"z"))
t(bin, 1.5); t(hex, "a"); t(oct, -8); t(bin, -5); t(hex, 255)
t(divmod, 1, 0); t(divmod, 7, "a"); t(divmod, 7.5, 2); t(divmod, -7, 2)
t(pow, 2, 3, 5); t(pow, 2, -1, 5); t(pow, 2, 3, 0); t(pow, 2.0, 3, 5); t(pow, 0, -1); t(pow, 3, -2, 7); t(pow, base=2, exp=5)
t(round, 2.5); t(round, 3.14159, 2); t(round, "x"); t(round, 1234, -2); t(round, 2.675, 2); t(round, 1.5, None)
t(sum, [1,2], 3); t(sum, ["a"]); t(sum, ["a"], ""); t(sum, [[1]], []); t(sum, [1.5, 2]); t(sum, [], start=5); t(sum, [b"a"], b"")
t(min, []); t(min, [], default=3); t(min, 1); t(min, 3, 1, 2); t(min, [3,1], key=lambda x: -x); t(max, "abc"); t(max, 1, 2, default=0); t(min); t(max, [1, "a"])
t(sorted, [3,1,2], reverse=True); t(sorted, [1, "a"]); t(sorted); t(sorted, [1], [2])
t(iter, 5); t(next, iter([])); t(next, iter([]), "d"); t(next, [1])
t(getattr, 1, "x"); t(getattr, 1, "x", None); t(getattr, 1, 2); t(setattr, 1, "x", 2); t(delattr, 1, "real"); t(hasattr, 1, 2)
t(isinstance, 1, 2); t(issubclass, 1, int); t(isinstance, 1, (int, str)); t(issubclass, bool, (str, (int,)))
t(hash, []); t(hash, (1, [2])); t(id); t(format, 1.5, "x"); t(format, "a", 5); t(format, 3, "05d")
t(repr); t(ascii, "é\n"); t(callable, len); t(callable)
t(all, 5); t(any, [0, ""]); t(all, [])
t(eval, "x"); t(eval, 5); t(exec, "y = "); t(compile, "x", "f", "bad"); t(eval, "1+1", {}, {}); t(eval, "a", {"a": 3})
t(dir, 1, 2); t(vars, 1); t(vars)
t(int, "x"); t(float, "x"); t(int, "12", 1); t(int, 1.5, 10)
t(open, "/nonexistent/x"); t(open, "/tmp", "r"); t(open, 5.5)
t(input, 1, 2)
t(zip, 1); t(map, None); t(filter); t(enumerate, 5); t(reversed, 5); t(range, "a"); t(range, 1, 2, 0)
t(list, 5); t(dict, 5); t(dict, [1]); t(dict, [(1,2,3)]); t(set, 5); t(tuple, 5); t(str, b"a", "bad"); t(bytes, "x"); t(bytes, -1)
t(object, 1); t(type, 1, 2); t(type); t(super)
t(print, sep=5); t(print, end=5)
