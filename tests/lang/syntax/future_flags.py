# Inheritance of `from __future__ import annotations` by compile(), exec()
# and eval(): code compiled from this module (which has no future import)
# does not get it unless asked for with flags=; code compiled with it passes
# it on to what it compiles in turn, unless dont_inherit is true.
import __future__
import sys

FLAG = __future__.annotations.compiler_flag
print(FLAG, hex(FLAG), __future__.annotations)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat.getOptionalRelease(), feat.getMandatoryRelease(), hex(feat.compiler_flag))

SRC = "def g(x: undefined) -> int: pass\nresult = g.__annotations__"

def run(code):
    ns = {}
    try:
        exec(code, ns)
        print(ns['result'])
    except NameError as e:
        print('NameError:', e)

# this module: no future import, so nothing is inherited
run(SRC)
run(compile(SRC, "<s>", "exec"))
# asked for explicitly
run(compile(SRC, "<s>", "exec", FLAG))
run(compile(SRC, "<s>", "exec", flags=FLAG, dont_inherit=True))
co = compile("x: int", "<s>", "exec", FLAG)
print(hex(co.co_flags & FLAG))
co = compile("x: int", "<s>", "exec")
print(hex(co.co_flags & FLAG))
# the future statement inside the compiled source
co = compile("from __future__ import annotations\n" + SRC, "<s>", "exec")
print(hex(co.co_flags & FLAG))
run(co)

# code compiled with the flag inherits it into its own compile/exec/eval
INNER = '''
def inner_exec():
    ns = {}
    exec("def g(x: nope): pass\\nr = g.__annotations__", ns)
    return ns['r']
def inner_compile(dont):
    ns = {}
    try:
        exec(compile("def g(x: nope): pass\\nr = g.__annotations__", "<i>", "exec", dont_inherit=dont), ns)
    except NameError as e:
        return 'NameError: ' + str(e)
    return ns['r']
def inner_eval():
    return eval("(lambda: 0).__code__.co_flags") & 0x1000000
'''
ns = {}
exec(compile(INNER, "<inner>", "exec", FLAG), ns)
print(ns['inner_exec']())
print(ns['inner_compile'](False))
print(ns['inner_compile'](True))
print(hex(ns['inner_eval']()))
print(hex(ns['inner_exec'].__code__.co_flags & FLAG))

# without it the same code evaluates annotations
ns = {}
exec(compile(INNER, "<inner>", "exec"), ns)
try:
    ns['inner_exec']()
except NameError as e:
    print('NameError:', e)
print(hex(ns['inner_eval']()))

# other feature bits are accepted and carried in co_flags
for bit in (0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x800000):
    print(hex(compile("pass", "<s>", "exec", bit).co_flags & 0x1FE0000))
# a future statement for a feature that is always on sets no flag
print(hex(compile("from __future__ import division, generator_stop", "<s>", "exec").co_flags))
try:
    compile("pass", "<s>", "exec", 0x4000000)
except ValueError as e:
    print('ValueError:', e)

# `import __future__` is an ordinary import, allowed anywhere
def late():
    import __future__ as f
    return f.division.compiler_flag
print(late())

# without the future import, `*args: *Ts` stores the single unpacked item
Ts = [int]
def star(*a: *Ts): pass
print(star.__annotations__)
try:
    def star2(*a: *(1, 2)): pass
except ValueError as e:
    print('ValueError:', e)
