# pseudo-random ints (self-contained LCG, up to a few hundred bits): arithmetic, bit ops, pow, to_bytes, format
state = 88172645463325252
def rnd(bits):
    global state
    r = 0
    for _ in range((bits + 63) // 64):
        state = (state * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
        r = (r << 64) | state
    return r >> ((bits + 63) // 64 * 64 - bits)
SPECIAL = [0, 1, -1, 2**63, -2**63, 2**63 - 1, 2**64, 2**53 + 1, -2**53 - 1, 10**20, 2**1023 * 3]
def ri():
    k = rnd(3)
    if k < 2: return rnd(9) - 256
    if k < 4: return rnd(65) - 2**64
    if k < 7: return rnd(1 + rnd(8) % 200) * (1 if rnd(1) else -1)
    return SPECIAL[rnd(8) % len(SPECIAL)]
FLOATS = [0.5, -0.0, 1e300, float('inf'), float('nan'), 2.0**64, -2.0**63, 9007199254740993.0, 1e-300, 3.7]
SPECS = ['', 'd', 'x', 'X', 'o', 'b', '#x', ',', '_', '_x', '+', ' ', '020', '+020,', '^30', '=+30', 'e', 'g', '%', '.3e', '#b']
for i in range(80):
    a = ri(); b = ri(); sh = rnd(8) % 150; f = FLOATS[rnd(8) % len(FLOATS)]
    out = []
    for expr in ('a + b', 'a - b', 'a * b', 'a / b', 'a // b', 'a % b', 'divmod(a, b)', 'a & b', 'a | b', 'a ^ b', 'a < b',
                 'a << sh', 'a >> sh', '~a', 'a.bit_length()', 'a.bit_count()', 'hash(a)', 'hex(a)', 'float(a)',
                 'pow(a, 3, b)', 'pow(a, -1, b)', 'a ** -2', 'round(a, -(sh % 30))', 'a.to_bytes(48, "little", signed=True)',
                 'a.to_bytes(sh % 12, "big")', 'a < f', 'a == f', 'a + f', 'a / f', 'f / a', 'a // f', 'a % f'):
        try: out.append(repr(eval(expr)))
        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    s = SPECS[rnd(8) % len(SPECS)]
    out.append(format(a, s))
    print(i, ' | '.join(out))
