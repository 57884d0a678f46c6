import argparse, io, contextlib

def run(p, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = p.parse_args(args)
        print("OK", r)
    except SystemExit as e:
        print("EXIT", e.code)
    if out.getvalue(): print("--stdout--\n" + out.getvalue(), end="")
    if err.getvalue(): print("--stderr--\n" + err.getvalue(), end="")

p = argparse.ArgumentParser(prog="prog")
p.add_argument("x")
p.add_argument("y", type=int, nargs="?", default=7)
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--name", default="anon", metavar="N")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("--tag", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--ac", action="append_const", const="K", dest="acs")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--pair", nargs=2)
p.add_argument("--opt", nargs="?", const="C", default="D")
for args in [["foo"], ["foo", "3", "-vvv", "-q"], ["--name=bob", "foo", "--tag", "t1", "--tag=t2"],
             ["foo", "--mode", "b", "--const", "--ac", "--ac"], ["foo", "--ext", "1", "2", "--ext", "3"],
             ["foo", "--pair", "a", "b", "--opt"], ["foo", "--opt", "X", "--no-color"], ["-qv", "foo"],
             ["--nam", "x", "foo"], ["--", "-foo"], ["foo", "--verb", "--verbose"],
             [], ["foo", "bar"], ["foo", "--mode", "c"], ["foo", "--pair", "a"], ["foo", "--name"],
             ["foo", "--bogus", "zz"], ["foo", "--ext"], ["foo", "1", "2"], ["-q=1", "foo"], ["foo", "-vx"],
             ["--n", "x"], ["foo", "--const=3"]]:
    print(args); run(p, args)

p2 = argparse.ArgumentParser(prog="p2", exit_on_error=False)
p2.add_argument("--num", type=int)
p2.add_argument("--f", type=float)
try: p2.parse_args(["--num", "x"])
except argparse.ArgumentError as e: print(type(e).__name__, e, "|", e.argument_name, "|", e.message)
def even(s):
    v = int(s)
    if v % 2: raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
p2.add_argument("--even", type=even)
try: p2.parse_args(["--even", "3"])
except argparse.ArgumentError as e: print(type(e).__name__, e)
print(p2.parse_args(["--even", "4", "--f", "2.5"]))
print(p2.parse_known_args(["--num", "1", "extra", "--zz"]))

# nargs variants for positionals
p3 = argparse.ArgumentParser(prog="p3")
p3.add_argument("first", nargs="+")
p3.add_argument("last")
run(p3, ["a", "b", "c"]); run(p3, ["a"])
p4 = argparse.ArgumentParser(prog="p4")
p4.add_argument("files", nargs="*")
p4.add_argument("--x")
run(p4, []); run(p4, ["a", "--x", "1", "b"])
p5 = argparse.ArgumentParser(prog="p5")
p5.add_argument("cmd"); p5.add_argument("rest", nargs=argparse.REMAINDER)
run(p5, ["go", "-x", "--y", "z"])
p6 = argparse.ArgumentParser(prog="p6")
p6.add_argument("n", nargs=3, type=int)
run(p6, ["1", "2", "3"]); run(p6, ["1", "2"])
# negative numbers
p7 = argparse.ArgumentParser(prog="p7")
p7.add_argument("num", type=float); p7.add_argument("-x", type=int)
run(p7, ["-1.5", "-x", "-2"])
p8 = argparse.ArgumentParser(prog="p8")
p8.add_argument("-1", dest="one", action="store_true"); p8.add_argument("rest", nargs="*")
run(p8, ["-1"]); run(p8, ["-2"])
# defaults: string default converted by type, set_defaults, argument_default, SUPPRESS
p9 = argparse.ArgumentParser(prog="p9", argument_default=argparse.SUPPRESS)
p9.add_argument("--a", type=int); p9.add_argument("--b", type=int, default="5")
p9.set_defaults(func="F", b="6")
run(p9, []); run(p9, ["--a", "1"]); print(p9.get_default("b"), p9.get_default("func"), p9.get_default("zz"))
# required optional
p10 = argparse.ArgumentParser(prog="p10")
p10.add_argument("--req", required=True); p10.add_argument("pos"); p10.add_argument("pos2", metavar="POS2")
run(p10, [])
# prefix chars
p11 = argparse.ArgumentParser(prog="p11", prefix_chars="+/")
p11.add_argument("+f"); p11.add_argument("//bar", action="store_true")
run(p11, ["+f", "1", "//bar"])
# allow_abbrev
p12 = argparse.ArgumentParser(prog="p12", allow_abbrev=False); p12.add_argument("--foobar")
run(p12, ["--foo", "1"])
# ambiguous
p13 = argparse.ArgumentParser(prog="p13"); p13.add_argument("--foo1"); p13.add_argument("--foo2")
run(p13, ["--foo", "x"])
# Namespace
ns = argparse.Namespace(b=1, a="x")
print(ns, "a" in ns, "c" in ns, ns == argparse.Namespace(a="x", b=1), ns != argparse.Namespace(), vars(ns))
ns2 = argparse.Namespace(); setattr(ns2, "with-dash", 1); ns2.ok = 2; print(ns2)
# parse into existing namespace
class C: pass
c = C(); p4.parse_args(["--x", "9"], namespace=c); print(c.x, c.files)
# BooleanOptionalAction
p14 = argparse.ArgumentParser(prog="p14"); p14.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="use it")
run(p14, []); run(p14, ["--no-feature"]); run(p14, ["--feature"])
# conflicts
p15 = argparse.ArgumentParser(prog="p15")
try: p15.add_argument("-h")
except argparse.ArgumentError as e: print(type(e).__name__, e)
p16 = argparse.ArgumentParser(prog="p16", conflict_handler="resolve")
p16.add_argument("-x", "--xx"); p16.add_argument("--xx", dest="other"); run(p16, ["-x", "1", "--xx", "2"])
# definition errors
for kw in [dict(action="store", nargs=0), dict(const=1), dict(action="bogus"), dict(type="int"), dict(nargs=2, metavar=("a", "b", "c")), dict(action="append", nargs=0)]:
    try: argparse.ArgumentParser().add_argument("--z", **kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for a, kw in [(("x",), dict(required=True)), (("x",), dict(dest="y")), (("z-",), {}), (("--",), {})]:
    try: argparse.ArgumentParser().add_argument(*a, **kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: argparse.ArgumentParser().add_argument("--x", "y")
except ValueError as e: print(type(e).__name__, e)
try: argparse.ArgumentParser(conflict_handler="nope")
except ValueError as e: print(type(e).__name__, e)
a = p.add_argument("--repr", type=int, help="h")
print(a)
print(argparse.ArgumentParser(prog="P", description="d"))
