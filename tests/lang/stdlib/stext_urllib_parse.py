from urllib.parse import *
import urllib.parse as up

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

urls = ['http://a/b/c/d;p?q#f', 'https://User:Pw@Example.COM:8080/path;x?a=1&b=2#frag',
        'file:///tmp/x', 'mailto:someone@example.com', '//host/p', 'path/only', '',
        'http://[::1]:80/', 'http://[fe80::1%25eth0]/', 'HTTP://x.y', 'a1+b.c-d://x',
        '1http://x', 'http:80', 'http://a/b#', 'http://a/b?', ' \t http://a\n/b\r',
        'http://a:/x', 'svn+ssh://h/r', 'http://h;p/x;y/z;w', 'tel:+1;ext=2']
for u in urls:
    show(urlsplit, u)
    show(urlparse, u)
    r = urlparse(u)
    print(' ', r.geturl(), urlunparse(r), urlunsplit(urlsplit(u)))
    try:
        print(' ', r.scheme, r.username, r.password, r.hostname, r.port)
    except ValueError as e:
        print(' ', 'ValueError', e)
show(urlsplit, 'http://a/b#c', allow_fragments=False)
show(urlsplit, 'x/y', 'ftp')
show(urlparse, b'http://u@h:1/p;a?q#f')
print(urlparse(b'http://u@h:1/p').hostname, urlparse(b'http://u:pw@h:1/p').password, urlparse(b'http://h:1/').port)
print(urlparse('http://h/p').encode(), urlsplit(b'http://h/p').decode())
for bad in ['http://[::1/', 'http://::1]/', 'http://h:99999', 'http://h:x', 'http://h:+1',
            'http://[1.2.3.4]/', 'http://[zz]/', 'http://[v1.x]/', 'http://[vz.x]/', 'http://h:-1']:
    try:
        r = urlsplit(bad)
        print(bad, r.hostname, r.port)
    except ValueError as e:
        print(bad, 'ValueError', e)
show(urlsplit, 'http://a/', b'x')
show(urlsplit, 5)
print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('http', '', '//x', '', '')), urlunsplit(('', '', '//x', '', '')))
print(urlunsplit(('mailto', '', 'a@b', '', '')), urlunparse(('http', 'h', '/p', 'pa', 'q', 'f')))
print(urlunsplit((b'http', b'h', b'/p', b'', b'')))

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin(b'http://a/b/', b'c'), urljoin('mailto:x', 'y'))
print(urljoin('http://a/b/c', '#f', allow_fragments=False), urljoin('http://a', 'b'), urljoin('http://a/b/', '../../..'))
show(urldefrag, 'http://a/b?q#frag')
show(urldefrag, 'http://a/b')
show(urldefrag, b'http://a/b#x')
print(urldefrag('http://a/b#x').geturl(), urldefrag(b'http://a/b#x').geturl())

for s in ['abc def/ghi', 'a&b=c', 'é€', '~_.-', '', '/', 'x\x00\x7f\x80']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote(s, safe='&=')))
print(quote(b'a b\xff'), quote_plus(b'a b'), quote_plus('a b', safe=b'/'), quote('é', encoding='latin-1'),
      quote('é', 'x', 'ascii', 'replace'), quote_from_bytes(b'a/b c', safe=''), quote_from_bytes(bytearray(b'x y')))
quote_from_bytes(b'\xff', safe=b'\xff\x20')
show(quote, None)
show(quote, b'x', encoding='utf-8')
show(quote, b'x', errors='strict')
show(quote_from_bytes, 'x')
show(quote, 'é', encoding='ascii')
for s in ['abc%20def', '%7e%7E', '%', '%2', '%zz%41', '%C3%A9', '%C3', '%E2%82%AC+x', 'é%C3%A9', '%C3é%A9', 'no escapes']:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)))
print(unquote(b'a%20b'), unquote('%E9', encoding='latin-1'), unquote('%FF', errors='strict' if False else 'ignore'))
show(unquote, '%FF', errors='strict')
print(unquote_to_bytes(''), unquote_to_bytes(b'%41%'))
show(unquote_to_bytes, None)
show(unquote, None)

qs = 'a=1&b=2&a=3&c=&d&e=%20x+y&&f=a=b'
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(sorted(parse_qs(qs).items()), sorted(parse_qs(qs, True).items()))
print(parse_qsl(b'a=1&b=%41'), parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=%ff'), parse_qsl(''))
show(parse_qsl, 'a=1&&b', strict_parsing=True)
show(parse_qsl, 'a=1&b', strict_parsing=True)
show(parse_qsl, 'a=1&b=2', max_num_fields=1)
show(parse_qsl, 'a=1', separator='')
show(parse_qsl, 'a=1', separator=None)
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&'}), urlencode([('a', b'\xff'), (b'k', 'v')]))
print(urlencode({'a': [1, 2], 'b': 'xy', 'c': (), 'd': 5}, doseq=True), urlencode({'a': [1, 2]}))
print(urlencode({'a': 'x/y z'}, safe='/', quote_via=quote), urlencode({'a': 'é'}, encoding='latin-1'), urlencode([]))
show(urlencode, 'abc')
show(urlencode, ['ab'])
show(urlencode, 5)
r = urlsplit('http://u:p@h:8/x?y#z')
print(r, r._replace(netloc='q'), r[1], len(r), r.netloc, isinstance(r, tuple), type(r).__name__, SplitResult._fields)
print(ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl(), DefragResult('u', 'f'))
print(up.uses_netloc[:3], 'http' in up.uses_relative, up.scheme_chars[-4:], up.unwrap('<URL:type://host/path>'))
