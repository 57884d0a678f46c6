# tokenize.detect_encoding (cookie, BOM, error cases) and tokenize.open.
import io
import os
import tokenize

CASES = [
    b"x = 1\n",
    b"# -*- coding: latin-1 -*-\nx = 1\n",
    b"#!/usr/bin/python\n# vim: set fileencoding=ascii :\nx\n",
    b"x = 1\n# coding: latin-1\n",
    b"\n# coding=utf_8\n",
    b"# coding: UTF-8-unix\n",
    b"# coding: iso_8859_1\n",
    b"# coding: iso-latin-1-foo\n",
    b"# coding: cp1252\n",
    b"\xef\xbb\xbfx = 1\n",
    b"\xef\xbb\xbf# coding: utf-8\n",
    b"\xef\xbb\xbf# coding: latin-1\n",
    b"\xef\xbb\xbf",
    b"",
    b"# coding: bogus-enc\n",
    b"\n\n# coding: latin-1\n",
    b"   # coding: ascii\n",
    b"\xff\xfe# coding: latin-1\n",
    b"# hello \xff\n",
    b"#\n\xff\n",
    b"  \n# coding: ascii\n",
    b"pass # coding: latin-1\n",
    b"\n",
]

for src in CASES:
    lines = iter(src.splitlines(keepends=True))
    def rl():
        return next(lines)
    try:
        print(repr(src), tokenize.detect_encoding(rl))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e)

# Via a file object: the file name appears in messages.
fname = 'tok_encoding_tmp.py'
for data in [b"# coding: nope\n", b"\xef\xbb\xbf# coding: latin-1\n",
             b"\xfe\n", b"# coding: latin-1\ns = '\xe9'\n"]:
    with open(fname, 'wb') as f:
        f.write(data)
    try:
        with open(fname, 'rb') as f:
            print(tokenize.detect_encoding(f.readline))
        with tokenize.open(fname) as f:
            print(f.encoding, f.mode, repr(f.read()))
    except SyntaxError as e:
        print('SyntaxError', e)
os.remove(fname)

# Tokenizing latin-1 bytes decodes them; utf-8-sig is reported as utf-8.
src = b"# coding: latin-1\ns = '\xe9'\n"
for t in tokenize.tokenize(io.BytesIO(src).readline):
    print(t)
for t in tokenize.tokenize(io.BytesIO(b"\xef\xbb\xbfx\n").readline):
    print(t)
