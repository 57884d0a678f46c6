import html
from html import escape, unescape
import html.entities as ent

print(escape('<a href="x">Tom & \'Jerry\'</a>'), escape('<"\'>&', quote=False), escape(''))
cases = ['no refs', '&amp;', '&amp', '&ampx', '&amp;x', '&lt;&gt;&quot;&apos;', '&notit;', '&notin;', '&noti',
         '&#65;&#x41;&#X41;&#0065', '&#x;', '&#;', '&#', '&', '& amp;', '&&amp;', '&#0;', '&#13;', '&#128;',
         '&#x81;', '&#x9f;', '&#xD800;', '&#x110000;', '&#99999999999999999999;', '&#1;', '&#11;', '&#x7f;',
         '&#xfffe;', '&#x10ffff;', '&#xFDD0;', '&#9;', '&#x20AC;', '&Eacute;t&eacute;', '&acE;', '&NotEqualTilde;',
         '&bogus;', '&b', '&' + 'a' * 40 + ';', '&copy2024', '&#x1F600;', '&Aacute', '&AMP', '&amp;amp;',
         '&lt', 'a&gt', '&frac12;&frac14', '&nbsp;', '&ThickSpace;', '&fjlig;']
for c in cases:
    print(repr(c), ascii(unescape(c)))
print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs), len(ent.html5))
print(ent.name2codepoint['amp'], ent.name2codepoint['euro'], ent.codepoint2name[0x3b1], ascii(ent.entitydefs['nbsp']))
print(ascii(ent.html5['amp;']), ascii(ent.html5['amp']), ascii(ent.html5['NotEqualTilde;']), 'lt' in ent.html5, 'euro' in ent.html5)
print(list(ent.name2codepoint)[:5], list(ent.html5)[:5], list(ent.html5)[-3:])
print(sum(ent.name2codepoint.values()), sum(len(v) for v in ent.html5.values()))
print(sorted(ent.__all__), sorted(html.__all__))
