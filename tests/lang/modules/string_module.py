# the string module
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), len(string.printable))
print(string.capwords("hello   big world"), string.Template("$who likes ${what}").substitute(who="tim", what="pie"))
try:
    string.Template("$missing").substitute({})
except KeyError as e:
    print(type(e).__name__, e)
print(string.Template("$a $b").safe_substitute(a=1))
