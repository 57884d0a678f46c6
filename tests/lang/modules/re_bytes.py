# Differential test: bytes patterns and subjects.
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\n\xff\xfe body'
print(re.match(rb'(\w+) (\S+) HTTP/(\d)\.(\d)', data).groups())
print(re.findall(rb'^([\w-]+): (.*?)\r$', data, re.M))
print(re.split(rb'\r\n', data))
print(re.sub(rb'\d', b'#', data))
print(re.search(rb'\xff\xfe', data).span(), re.findall(rb'[\x80-\xff]', data))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'(?i)CAF', b'caf Caf'))
print(re.findall(rb'\s+', b'a \t\n\x0b\x0c\rb\x85\xa0c'))
print(re.findall(rb'\d', b'12\xb2\xb3'), re.findall(rb'(?L)\w', b'a\xe9') if False else None)
m = re.match(rb'(?P<a>a+)(b)?', b'aab')
print(m, m.groupdict(), m.group('a', 2), m.span(2), m.expand(rb'\2\g<a>'), m.lastgroup, m.lastindex)
print(re.compile(rb'a').pattern, repr(re.compile(rb'\x00a', re.I)))
print(re.sub(rb'(a)', rb'[\1\n\x]' if False else rb'[\1\n]', b'xay'))
print(re.escape(b'\x00-\xff.'), re.match(re.escape(b'a.b'), b'a.b'))
for p in [rb'\u1234', rb'\N{EM DASH}', rb'(?u)a', rb'\U00012345', b'[\\xzz]']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e)
print(re.fullmatch(rb'[^\x00-\x7f]+', b'\x80\xff'), re.match(b'.', b'\n'), re.match(b'(?s).', b'\n'))
print(re.findall(b'', b'ab'), re.sub(b'', b'-', b'ab'), re.split(b'x*', b'axb'))
