# encode/decode error handlers, UTF-16/32 and cp1252
for enc in ['utf-16', 'utf-32', 'utf-16-le', 'utf-32-be', 'ascii', 'latin-1']:
    for err in ['strict', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore',
                'surrogateescape', 'namereplace']:
        try:
            print(enc, err, 'a\ud800b\udcff\u20ac'.encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
print('a\x00\U0001F600\uffff\ue000\u00e9'.encode('ascii', 'namereplace'))
for b, enc, err in [(b'a', 'utf-16', 'strict'), (b'\xfe\xffa', 'utf-16', 'strict'),
                    (b'a', 'utf-32', 'strict'), (b'\xff\xfea', 'utf-16', 'replace'),
                    (b'a\x81', 'utf-8', 'namereplace'), (b'a\x81', 'ascii', 'xmlcharrefreplace'),
                    (b'a\x81b', 'cp1252', 'strict'), (b'a\x81b', 'cp1252', 'replace'),
                    (b'\x80\x9f\xff', 'windows-1252', 'strict'), (b'abc', 'nope', 'strict'),
                    (b'abc', 'utf-8', 'nope'), (b'\xff', 'utf-8', 'nope')]:
    try:
        print(repr(b.decode(enc, err)))
    except Exception as e:
        print(type(e).__name__, e)
print('\u20ac\u0160\xe9'.encode('cp1252'), 'abc'.encode('CP1252'))
for s in ['\u0100', 'a\u0100\u0101b']:
    for err in ['strict', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
        try:
            print(s.encode('cp1252', err))
        except Exception as e:
            print(type(e).__name__, e)
try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e.encoding, repr(e.object))
try:
    b'a\xff'.decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.encoding, repr(e.object))
for enc in ['utf-16','utf-32','cp1252','latin-1','utf-8', 'ascii']:
  for err in ['xmlcharrefreplace','namereplace', 'surrogatepass', 'surrogateescape']:
    try: print(repr(b'a\x81\xdc\xdc\xdc'.decode(enc, err)))
    except Exception as e: print(enc, type(e).__name__, e)
