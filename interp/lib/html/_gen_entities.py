"""Regenerate html/entities.py's data block from a reference interpreter.

    python3 interp/lib/html/_gen_entities.py > /tmp/data && (paste into
    entities.py between the DATA markers)

The tables are the HTML 4 entity list (name -> code point) and the WHATWG
HTML5 named character reference list (name -> replacement text). They are
emitted compactly: one "name:hex[.hex]" item per entry, space separated,
in the reference order, wrapped to short lines.
"""
import html.entities as ref


def chunks(items, width=76):
    line = ''
    for it in items:
        if len(line) + len(it) + 1 > width:
            yield line
            line = ''
        line += it + ' '
    if line:
        yield line


def main():
    n2c = ['%s:%x' % (k, v) for k, v in ref.name2codepoint.items()]
    h5 = ['%s:%s' % (k, '.'.join('%x' % ord(c) for c in v)) for k, v in ref.html5.items()]
    print('_N2C = (')
    for line in chunks(n2c):
        print('    %r' % line)
    print(')')
    print('_HTML5 = (')
    for line in chunks(h5):
        print('    %r' % line)
    print(')')


if __name__ == '__main__':
    main()
