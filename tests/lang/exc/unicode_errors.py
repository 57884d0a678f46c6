# UnicodeEncodeError / UnicodeDecodeError attributes
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"a\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__mro__[1].__name__)
