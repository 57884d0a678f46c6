# Randomised (seeded) inputs for the csv reader and writer, compared with CPython.
import csv, random
random.seed(7)
alpha = 'ab,"\r\n \\;'
out = []
for trial in range(500):
    lines = [''.join(random.choice(alpha) for _ in range(random.randint(0, 8))) for _ in range(random.randint(1, 3))]
    kw = random.choice([{}, {'strict': True}, {'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE}, {'skipinitialspace': True},
                        {'doublequote': False}, {'delimiter': ';'}, {'quoting': csv.QUOTE_NONNUMERIC}])
    r = csv.reader(lines, **kw)
    res = []
    try:
        for row in r:
            res.append(row)
    except Exception as e:
        res.append((type(e).__name__, str(e)))
    out.append(repr((lines, kw, res, r.line_num)))
import io
for trial in range(300):
    row = [''.join(random.choice(alpha) for _ in range(random.randint(0, 5))) for _ in range(random.randint(0, 3))]
    kw = random.choice([{}, {'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'quoting': csv.QUOTE_ALL},
                        {'doublequote': False, 'escapechar': '\\'}, {'lineterminator': ';'}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE}])
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerow(row)
        res = s.getvalue()
    except Exception as e:
        res = (type(e).__name__, str(e))
    out.append(repr((row, kw, res)))
print(len(out))
print('\n'.join(out))
