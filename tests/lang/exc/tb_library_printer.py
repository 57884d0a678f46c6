# Tracebacks through library modules show their source lines: the printer of
# uncaught exceptions (sys.__excepthook__), a thread's uncaught exception
# (threading.excepthook) and traceback.format_*. Library file names differ
# between interpreters, so only properties true in both are printed: every
# "File" entry of a library module is followed by that file's line as
# linecache reads it.
import io
import json
import linecache
import sys
import threading
import traceback

THREADING = threading.Thread.run.__code__.co_filename
JSON = json.loads.__code__.co_filename
JSON_DECODER = json.decoder.JSONDecoder.raw_decode.__code__.co_filename


def entries(text):
    """(filename, lineno, the line printed under the entry or None)."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('File "') and '", line ' in s:
            fn = s[6:s.index('", line ')]
            no = int(s[s.index('", line ') + 8:].split(',')[0])
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            shown = nxt.strip() if nxt.startswith('    ') and not nxt.strip().startswith('File "') else None
            out.append((fn, no, shown))
    return out


def check(label, text, filename):
    es = [e for e in entries(text) if e[0] == filename]
    print(label, 'library entries:', len(es) > 0)
    print(label, 'all show a line:', all(e[2] for e in es))
    print(label, 'lines match linecache:',
          all(e[2] == linecache.getline(e[0], e[1]).strip() for e in es))


def capture_stderr(fn):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn()
    finally:
        sys.stderr = old
    return buf.getvalue()


# 1. the interpreter's printer, through a library function that raises
try:
    json.loads('[1,')
except ValueError:
    info = sys.exc_info()
text = capture_stderr(lambda: sys.__excepthook__(*info))
check('excepthook', text, JSON)
print('excepthook last line:', text.splitlines()[-1].split(':')[0])

# 2. an exception escaping a thread: threading's own frames
def boom():
    raise KeyError('k')

def run_thread():
    t = threading.Thread(target=boom, name='T')
    t.start()
    t.join()

text = capture_stderr(run_thread)
check('thread', text, THREADING)
print('thread header:', text.splitlines()[0])
print('thread last line:', text.splitlines()[-1])

# 3. the traceback module: format_exc, format_tb, print_exc
try:
    threading.Thread(target=42).run()
except TypeError:
    fe = traceback.format_exc()
    ft = ''.join(traceback.format_tb(sys.exc_info()[2]))
    pe = capture_stderr(traceback.print_exc)
check('format_exc', fe, THREADING)
check('format_tb', ft, THREADING)
check('print_exc', pe, THREADING)
print('format_exc == print_exc:', fe == pe)

# 4. limit keeps only the last frames (the library one stays with its line)
try:
    json.loads('{')
except ValueError:
    short = traceback.format_exc(limit=-1)
es = entries(short)
print('limit=-1 entries:', len(es), es[0][0] == JSON_DECODER, bool(es[0][2]))

# 5. recursion through a library frame: repeats collapse, lines still shown
def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    return json.loads('[1]', object_hook=None) and deep(n - 1)

try:
    deep(30)
except RuntimeError:
    rt = traceback.format_exc()
print('repeat marker:', 'Previous line repeated' in rt)
print('deep lines:', all(e[2] for e in entries(rt)))
