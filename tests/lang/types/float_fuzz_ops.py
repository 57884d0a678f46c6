# pseudo-random floats (self-contained LCG): repr/str/format/round/hex and arithmetic against CPython
state = 0x2545F4914F6CDD1D
def rnd(bits):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
    return state >> (64 - bits)
SPECIAL = [0.0, -0.0, float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308, 0.5, 2.5, -1.5]
def rf():
    k = rnd(4)
    if k < 5:
        m = rnd(52); e = rnd(11) % 2098 - 1074
        return float.fromhex('%s0x1.%013xp%d' % ('-' if rnd(1) else '', m, e))
    if k < 9:
        return (rnd(40) - 2**39) / 2**rnd(5)
    if k < 12:
        return round((rnd(30) - 2**29) / 1000, rnd(3))
    if k < 15:
        return (rnd(20) - 2**19) * 10.0 ** (rnd(6) - 32)
    return SPECIAL[rnd(8) % len(SPECIAL)]
SPECS = ['', 'e', 'f', 'g', '%', '.0e', '.1f', '.3g', '.10g', '.17g', '#.5g', '.0g', '.15e', '.2%', 'n', '.20f', '.1', '.5', '.16', '#.0e', '+,.3f', '_.2e', '=+12.3', '012.4g']
for i in range(120):
    x = rf(); y = rf()
    out = [repr(x), str(x), x.hex()]
    s = SPECS[rnd(8) % len(SPECS)]
    out.append(format(x, s))
    for nd in (rnd(6) - 32, None):
        try: out.append(repr(round(x, nd)))
        except Exception as e: out.append(type(e).__name__)
    for op in ('+', '-', '*', '/', '//', '%', '**'):
        try: out.append(repr(eval('x %s y' % op)))
        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    try: out.append(repr(x.as_integer_ratio()))
    except Exception as e: out.append(type(e).__name__)
    try:
        n = int(x)
        out.append('%r %r %r %r' % (n == x, n < x, hash(n) == hash(x), (n * 3 + 1) / 7))
    except Exception as e: out.append(type(e).__name__)
    print(i, ' | '.join(out))
