# PEP 3131: non-ASCII identifiers are NFKC-normalized by the tokenizer
import unicodedata

ns = {}
exec("\ufb01 = 1\nﬀ = 2\n\u210c = 3", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ﬁnd = "found"
print(find)
print(globals()["find"])
Ångström = 1.0
print(sorted(k for k in globals() if k.endswith("ström")) == [unicodedata.normalize("NFKC", "Ångström")])
class K:
    ﬃ = 7
print(K.ffi, getattr(K, "ffi"), hasattr(K, "\ufb03"))
try:
    exec("print(\ufb00)")
except NameError as e:
    print("NameError", e)
ff = 9
exec("print(\ufb00)")
