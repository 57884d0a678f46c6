# partition / rpartition
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "=".partition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
host, _, port = "example.org:8080".partition(":")
print(host, int(port))
