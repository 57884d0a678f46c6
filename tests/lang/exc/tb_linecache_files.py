# linecache on ordinary files: reading, the cache, checkcache after a change,
# relative names found along sys.path, source encodings, unreadable names.
import linecache
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(HERE, '_tb_lc_tmp.py')
latin = os.path.join(HERE, '_tb_lc_latin.py')
try:
    with open(path, 'w') as f:
        f.write('a = 1\nb = 2\nno_newline = 3')
    print(linecache.getline(path, 1), end='')
    print(repr(linecache.getline(path, 3)))
    print(linecache.getlines(path))
    print(repr(linecache.getline(path, 4)), repr(linecache.getline(path, -1)))
    entry = linecache.cache[path]
    print(len(entry), entry[0], entry[3] == path, isinstance(entry[1], float))

    # changed on disk: kept until checkcache
    with open(path, 'w') as f:
        f.write('changed = True\n')
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)))
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, linecache.getlines(path))
    print(linecache.updatecache(path))

    # a relative name is looked up along sys.path
    with open(path, 'w') as f:
        f.write('x = "relative"\n')
    cwd = os.getcwd()
    os.chdir(os.path.dirname(HERE))       # not found as given from here
    try:
        print(repr(linecache.getline('_tb_lc_tmp.py', 1)))
        sys.path.insert(0, HERE)
        print(repr(linecache.getline('_tb_lc_tmp.py', 1)))
        print(linecache.cache['_tb_lc_tmp.py'][3] == path)
        sys.path.pop(0)
    finally:
        os.chdir(cwd)
    linecache.clearcache()
    print(linecache.cache)

    # a coding cookie and a BOM
    with open(latin, 'wb') as f:
        f.write(b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n')
    print(repr(linecache.getline(latin, 2)))
    with open(latin, 'wb') as f:
        f.write(b'\xef\xbb\xbfs = "bom"\n')
    linecache.checkcache(latin)
    print(repr(linecache.getline(latin, 1)))
    with open(latin, 'wb') as f:
        f.write(b's = "\xff\xfe bad"\n')
    linecache.clearcache()
    print(repr(linecache.getline(latin, 1)))
finally:
    for p in (path, latin):
        if os.path.exists(p):
            os.remove(p)

# names that are not files
print(linecache.getlines(''), linecache.getlines('<string>'), linecache.getlines(HERE))
print(linecache.getline('/no/such/file.py', 1) == '')
print(linecache.lazycache('/no/such/file.py', None), linecache.lazycache('/no/such/file.py', {}))
print(linecache.lazycache('/no/such/file.py', {'__name__': 'm'}))

# this script's own lines
print(linecache.getline(__file__, 1).rstrip())
