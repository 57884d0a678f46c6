import codecs, io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in ['utf8', 'UTF-8', 'latin1', 'l1', 'ascii', 'us-ascii', 'utf16', 'utf-16le', 'UTF_32_BE',
          'cp1252', 'windows-1252', 'u8', 'iso-8859-1', 'utf-32', 'U32']:
    ci = codecs.lookup(n)
    print(n, ci.name, isinstance(ci, tuple), len(ci), ci[0] is ci.encode)
t('lk1', lambda: codecs.lookup('bogus'))
t('lk2', lambda: codecs.lookup(5))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)
print(codecs.encode('héllo'), codecs.encode('héllo', 'latin-1'), codecs.decode(b'h\xc3\xa9'), codecs.decode(b'h\xe9', 'latin1'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'a\xff', 'utf-8', 'replace'), codecs.encode('é€', 'ascii', 'xmlcharrefreplace'))
t('enc', lambda: codecs.encode(b'x'))
t('dec', lambda: codecs.decode('x'))
t('enc2', lambda: codecs.encode('x', 'latin-1', 5))
t('enc3', lambda: codecs.encode('é', 'ascii'))
t('dec3', lambda: codecs.decode(b'\xff', 'utf-8'))
t('dec4', lambda: codecs.decode(b'\xff', 'nope'))
print(codecs.utf_8_decode(b'a\xc3', 'strict', False), codecs.utf_8_decode(b'a\xc3'), codecs.utf_8_decode(b'a\xc3', None, True) if False else '')
print(codecs.utf_16_decode(b'\xff\xfea\x00b'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.utf_16_le_decode(b'a\x00b'))
print(codecs.latin_1_encode('abc'), codecs.ascii_decode(b'abc'), codecs.utf_8_encode('é'), codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(codecs.utf_16_encode('a'), codecs.utf_16_be_encode('a'), codecs.utf_32_encode('a'), codecs.utf_32_le_encode('a'))
print(codecs.utf_8_decode(b'\xe2\x82', 'strict', False), codecs.utf_8_decode(b'\xe2\x28'[:1], 'strict', False), codecs.utf_8_decode(b'ab\xf0\x9f\x98'))
t('u8bad', lambda: codecs.utf_8_decode(b'a\xed\xa0', 'strict', False))
t('u8bad2', lambda: codecs.utf_8_decode(b'a\xc3', 'strict', True))
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be']:
    text = 'hé€😀' if enc not in ('latin-1', 'ascii') else 'hello'
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(dec.decode(b'', True))
    enc_ = codecs.getincrementalencoder(enc)()
    chunks = [enc_.encode(c) for c in text] + [enc_.encode('', True)]
    print(enc, out, b''.join(chunks) == data, chunks[:2])
    print(' ', list(codecs.iterdecode([data[:3], data[3:]], enc)), b''.join(codecs.iterencode(['ab', 'c'], enc)))
    print(' ', codecs.getencoder(enc)('ab'), codecs.getdecoder(enc)('ab'.encode(enc)))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xc3')), d.getstate(), repr(d.decode(b'\xa9x')), d.getstate())
d.decode(b'\xe2'); d.reset(); print(d.getstate())
t('incfinal', lambda: codecs.getincrementaldecoder('utf-8')().decode(b'\xc3', final=True))
print(codecs.getincrementaldecoder('utf-8')('replace').decode(b'\xc3', final=True))

# stream reader / writer
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('héllo\n'); w.writelines(['a', 'b\n'])
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab'); w.write('c')
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlïne2\r\nline3'.encode()))
print(r.readline(), r.readline(keepends=False), r.read())
r = codecs.getreader('utf-8')(io.BytesIO('x\ny\nz'.encode()))
print(list(r))
r = codecs.getreader('utf-16')(io.BytesIO('ab\ncd'.encode('utf-16')))
print(r.readlines(), codecs.getreader('utf-8')(io.BytesIO(b'abcdef')).read(2))
r = codecs.getreader('utf-8')(io.BytesIO('é' * 10 .encode() if False else ('é' * 10).encode()))
print(r.read(3), r.read(chars=2), r.read())

# error handlers
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors,
      codecs.lookup_error('replace') is codecs.replace_errors, codecs.lookup_error('xmlcharrefreplace') is codecs.xmlcharrefreplace_errors,
      codecs.lookup_error('backslashreplace') is codecs.backslashreplace_errors, codecs.lookup_error('namereplace') is codecs.namereplace_errors)
t('le', lambda: codecs.lookup_error('nope'))
t('re', lambda: codecs.register_error('x', 5))
e = UnicodeEncodeError('ascii', 'aé€b', 1, 3, 'bad')
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    h = codecs.lookup_error(name)
    t(name + '-enc', lambda: h(e))
    t(name + '-dec', lambda: h(d))
t('strict', lambda: codecs.strict_errors(e))
t('bad', lambda: codecs.replace_errors(ValueError('x')))
def myhandler(exc):
    return ('<%s>' % exc.object[exc.start:exc.end].__class__.__name__, exc.end)
codecs.register_error('stext.mine', myhandler)
print(codecs.lookup_error('stext.mine') is myhandler, codecs.encode('aéb', 'ascii', 'stext.mine'), codecs.decode(b'a\xffb', 'utf-8', 'stext.mine'))

# codecs.open
with codecs.open('stext_codecs_tmp.txt', 'w', encoding='utf-8') as f:
    f.write('ünïcode\nline 2\n')
with codecs.open('stext_codecs_tmp.txt', 'r', encoding='utf-8') as f:
    print(f.read(), f.encoding)
with codecs.open('stext_codecs_tmp.txt', 'rb') as f:
    print(f.read())
import os
os.remove('stext_codecs_tmp.txt')
ci = codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (b.decode().lower(), len(b)), name='shout')
print(ci.name, ci.encode('ab'), ci.incrementalencoder)
def search(name):
    return ci if name == 'stext_shout' else None
codecs.register(search)
print(codecs.encode('hi', 'stext_shout'), codecs.decode(b'HI', 'stext_shout'), codecs.lookup('stext_shout') is ci)
codecs.unregister(search)
t('unreg', lambda: codecs.lookup('stext_shout'))
