import string
from string import Template, capwords, Formatter
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t = Template("$who likes ${what} $$ and $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}), t.substitute({"who": "a"}, what="kw"))
show("missing", lambda: t.substitute(who="x"))
print(t.safe_substitute(who="x"), Template("$a $ $b").safe_substitute(a=1), Template("${a").safe_substitute(a=1))
show("invalid", lambda: Template("$a $ b").substitute(a=1))
show("invalid2", lambda: Template("line1\nline2 ${").substitute())
show("invalid3", lambda: Template("${1}").substitute())
show("bad arg count", lambda: t.substitute({}, {}))
print(t.template, Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else "-", Template("$x $y ${x} $$z").get_identifiers(), Template("$x $").is_valid(), Template("$x").is_valid())
class MyT(Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print(MyT("%abc %% %{d}").substitute(abc=1, d=2))
class BraceT(Template):
    braceidpattern = "[A-Z]+"
print(BraceT("$abc ${XY}").substitute(abc=1, XY=2))
show("brace bad", lambda: BraceT("${xy}").substitute(xy=1))
print(Template("$ünïcode").safe_substitute(), Template("$a_b1c").substitute(a_b1c=3))
print(capwords("hello   world  foo"), capwords(" a-b c_d "), capwords("x-y-z", "-"), capwords(""), capwords("ÉCOLE élan"))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
f = Formatter()
print(f.format("{0} {x!r} {y:>5}", 1, x="a", y=2), list(f.parse("a{0}b{x:3}c{{")), f.vformat("{}{}", (1, 2), {}))
show("fmt missing", lambda: f.format("{0}"))
show("fmt mixed", lambda: f.format("{}{0}", 1, 2))
class F2(Formatter):
    def get_value(self, key, args, kwargs):
        return f"<{key}>"
print(F2().format("{a} {0}"))
print(f.format("{a.real} {b[0]}", a=3, b=[9]), f.convert_field(1, "s"), f.format_field(3.14159, ".2f"))
print(Template.delimiter, Template.idpattern, Template.flags)
