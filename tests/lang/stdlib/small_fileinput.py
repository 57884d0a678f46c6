import fileinput
import gzip
import os

names = ['_fi_a.txt', '_fi_b.txt', '_fi_empty.txt']
with open(names[0], 'w') as f:
    f.write('a1\na2\na3\n')
with open(names[1], 'w') as f:
    f.write('b1\nb2')
open(names[2], 'w').close()

try:
    with fileinput.FileInput([names[0], names[2], names[1]]) as fi:
        for line in fi:
            print(repr(line), fi.filename(), fi.lineno(), fi.filelineno(),
                  fi.isfirstline(), fi.isstdin(), fi.fileno() > 0)
        print('after', fi.filename(), fi.lineno(), fi.fileno())

    # module-level interface, nextfile skipping the rest of a file
    for line in fileinput.input(names[:2]):
        print(fileinput.filename(), fileinput.lineno(), repr(line))
        if fileinput.filelineno() == 1 and fileinput.filename() == names[0]:
            fileinput.nextfile()
    try:
        fileinput.input(names[0])
        fileinput.input(names[0])
    except RuntimeError as e:
        print('RuntimeError', e)
    print(repr(next(fileinput._state)))
    try:
        fileinput.input(names[0])
    except RuntimeError as e:
        print('RuntimeError', e)
    fileinput.close()
    for fn in (fileinput.filename, fileinput.lineno, fileinput.nextfile,
               fileinput.filelineno, fileinput.isfirstline, fileinput.fileno,
               fileinput.isstdin):
        try:
            fn()
        except RuntimeError as e:
            print(fn.__name__, 'RuntimeError', e)

    # readline and binary mode
    fi = fileinput.FileInput(names[:2], mode='rb')
    print([fi.readline() for _ in range(6)])
    fi.close()
    print(list(fileinput.FileInput(names[1], mode='rb')))

    # inplace editing with and without backup
    with fileinput.input(names[0], inplace=True) as fi:
        for line in fi:
            print(line.rstrip().upper() + '!')
    print('stdout restored')
    with open(names[0]) as f:
        print(repr(f.read()), os.path.exists(names[0] + '.bak'))
    with fileinput.input(names[1], inplace=True, backup='.orig') as fi:
        for line in fi:
            print('x' + line, end='')
    with open(names[1]) as f, open(names[1] + '.orig') as g:
        print(repr(f.read()), repr(g.read()))
    os.unlink(names[1] + '.orig')

    # hooks
    with open('_fi_lat.txt', 'wb') as f:
        f.write('caf\xe9\n'.encode('latin-1'))
    names.append('_fi_lat.txt')
    print(list(fileinput.input('_fi_lat.txt', openhook=fileinput.hook_encoded('latin-1'))))
    print(list(fileinput.input('_fi_lat.txt', encoding='latin-1')))
    with gzip.open('_fi_z.gz', 'wb') as f:
        f.write(b'zipped 1\nzipped 2\n')
    names.append('_fi_z.gz')
    print(list(fileinput.FileInput(['_fi_z.gz', names[0]], openhook=fileinput.hook_compressed)))
    print(list(fileinput.FileInput('_fi_z.gz', mode='rb', openhook=fileinput.hook_compressed)))
    calls = []
    def hook(name, mode):
        calls.append((name, mode))
        return open(name, mode)
    print(list(fileinput.input(names[0], openhook=hook)), calls)

    # errors
    for kw in ({'mode': 'w'}, {'mode': 'rU'}, {'inplace': True, 'openhook': hook},
               {'openhook': 3}):
        try:
            fileinput.FileInput(names[0], **kw)
        except ValueError as e:
            print('ValueError', e)
    try:
        list(fileinput.input('_fi_missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename)
    fileinput.close()
finally:
    for n in names:
        if os.path.exists(n):
            os.unlink(n)
