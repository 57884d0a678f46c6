# The table-driven single-byte codecs cp437 and cp850 (and cp1252).
import codecs

for cp in ('cp437', 'cp850', 'cp1252', 'IBM437', '437', 'IBM850', 'windows-1252'):
    b = bytes(range(256))
    try:
        s = b.decode(cp)
        print(cp, ascii(s[120:140]), ascii(s[-8:]), s.encode(cp) == b)
    except UnicodeDecodeError as e:
        print(cp, 'UnicodeDecodeError', e)
    print(' ', codecs.lookup(cp).name)
for text in ('\u20ac', 'ab\u03a3\u20ac', '\U0001f600'):
    for cp in ('cp437', 'cp850'):
        try:
            text.encode(cp)
        except UnicodeEncodeError as e:
            print('UnicodeEncodeError', e)
        for errors in ('replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace'):
            print(cp, errors, text.encode(cp, errors))
print('\u03a3\u00e9\u2502'.encode('cp437'), '\u00f0\u00d0'.encode('cp850'))
print(b'\x81\x9d'.decode('cp1252', 'replace'), ascii(b'\x81'.decode('cp1252', 'surrogateescape')))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(codecs.encode('\u00e9', 'cp437'), codecs.decode(b'\x82', 'cp850'))
enc = codecs.getincrementalencoder('cp437')()
print(enc.encode('\u00c7a'), enc.encode('\u00fc', final=True))
dec = codecs.getincrementaldecoder('cp850')()
print(ascii(dec.decode(b'\x80\x9b')))
print(ascii(str(b'\xb0\xb1\xb2', 'cp437')))
