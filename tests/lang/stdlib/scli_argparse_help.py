import argparse, io, contextlib, sys

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

p = argparse.ArgumentParser(prog="tool", description="A tool that does things. " * 6, epilog="See also: the manual for %(prog)s.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", help="destination (default: %(default)s)", default="out.txt")
p.add_argument("-n", "--count", type=int, default=3, help="how many times to repeat the operation, which is a long help text that must wrap around")
p.add_argument("--level", choices=[1, 2, 3], type=int, help="one of %(choices)s")
p.add_argument("--very-long-option-name-here", metavar="VALUE", help="long invocation")
p.add_argument("--nohelp")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--coords", nargs=2, metavar=("X", "Y"), help="a point")
p.add_argument("--star", nargs="*"); p.add_argument("--plus", nargs="+", metavar="P")
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
g = p.add_argument_group("output", "Options that control output.")
g.add_argument("--fmt", default="json", help="format [%(default)s] of type %(type)s")
g.add_argument("-o", action="store_true", help="")
m = p.add_mutually_exclusive_group()
m.add_argument("--fast", action="store_true", help="go fast")
m.add_argument("--slow", action="store_true", help="go slow")
run(p, ["--help"])
run(p, ["--version"])
run(p, ["a", "--fast", "--slow"])
print(repr(p.format_usage()))
p.print_usage(sys.stdout)

# required mutex group with positional-looking members
q = argparse.ArgumentParser(prog="q")
mg = q.add_mutually_exclusive_group(required=True)
mg.add_argument("-a", action="store_true"); mg.add_argument("-b", type=int); mg.add_argument("-c", help=argparse.SUPPRESS)
run(q, []); run(q, ["-h"]); run(q, ["-a", "-b", "1"]); run(q, ["-b", "2"])

# subparsers
s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
c1 = sub.add_parser("commit", help="record changes", aliases=["ci"])
c1.add_argument("-m", "--message", required=True)
c1.set_defaults(handler="commit-handler")
c2 = sub.add_parser("push", help="update remote", description="Push things.")
c2.add_argument("remote", nargs="?", default="origin")
c3 = sub.add_parser("status")
run(s, ["-h"]); run(s, ["commit", "-m", "hi"]); run(s, ["ci", "-m", "x"]); run(s, ["--debug", "push"])
run(s, ["commit"]); run(s, ["nope"]); run(s, ["push", "-h"]); run(s, ["status", "extra"]); run(s, [])
s2 = argparse.ArgumentParser(prog="s2")
s2.add_argument("pos")
sp = s2.add_subparsers(title="commands", description="available commands", dest="cmd", required=True, metavar="CMD")
sp.add_parser("run", help="run it"); sp.add_parser("stop")
run(s2, ["-h"]); run(s2, ["x"]); run(s2, ["x", "run", "-h"])
s3 = argparse.ArgumentParser(prog="s3"); sp3 = s3.add_subparsers(required=True); sp3.add_parser("a"); sp3.add_parser("b")
run(s3, [])

# formatter classes
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
    description="Line one\n   indented line\n\nafter blank", epilog="  keep   spacing")
raw.add_argument("--x", help="help   with\n  newlines")
run(raw, ["-h"])
rt = argparse.ArgumentParser(prog="rt", formatter_class=argparse.RawTextHelpFormatter)
rt.add_argument("--x", help="line1\n  line2")
run(rt, ["-h"])
ad = argparse.ArgumentParser(prog="ad", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
ad.add_argument("--x", default=5, help="an x"); ad.add_argument("--y", help="a y"); ad.add_argument("pos", help="p"); ad.add_argument("opt", nargs="?", default="d", help="o")
ad.add_argument("--flag", action="store_true")
run(ad, ["-h"])
mt = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument("--x", type=int); mt.add_argument("y", type=float)
run(mt, ["-h"])
# custom width via formatter_class lambda
narrow = argparse.ArgumentParser(prog="narrow", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10),
    description="a description that is long enough to wrap at forty columns")
narrow.add_argument("--alpha", help="alpha help text that wraps"); narrow.add_argument("beta", help="b")
run(narrow, ["-h"])
# add_help=False, usage override, no args, prefix '+'
n = argparse.ArgumentParser(prog="n", add_help=False); run(n, ["-h"]); print(repr(n.format_help()))
u = argparse.ArgumentParser(prog="u", usage="%(prog)s [stuff]"); u.add_argument("x"); run(u, ["-h"]); run(u, [])
pp = argparse.ArgumentParser(prog="pp", prefix_chars="+"); pp.add_argument("+x"); run(pp, ["+h"])
# long prog name -> wrap style with prog on its own line
lp = argparse.ArgumentParser(prog="a-really-long-program-name-that-takes-most-of-the-line-width-xx")
for i in range(6): lp.add_argument("--option%d" % i, metavar="VALUE%d" % i)
lp.add_argument("positional_one"); lp.add_argument("positional_two")
run(lp, ["-h"])
# many positionals wrap
mp = argparse.ArgumentParser(prog="mp")
for i in range(12): mp.add_argument("positional%d" % i)
print(mp.format_usage(), end="")
# parents
parent = argparse.ArgumentParser(add_help=False); parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent]); child.add_argument("--own")
run(child, ["--shared", "v"]); run(child, ["-h"])
# version from parser attr
vp = argparse.ArgumentParser(prog="vp"); vp.version = "9.9"; vp.add_argument("-V", action="version")
run(vp, ["-V"])
# error() and exit() directly
run_err = argparse.ArgumentParser(prog="direct")
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err): run_err.error("custom problem")
except SystemExit as e: print("EXIT", e.code, repr(err.getvalue()))
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err): run_err.exit(3, "bye\n")
except SystemExit as e: print("EXIT", e.code, repr(err.getvalue()))
