# string literal prefixes
print('a', "b", '''c''', """d""")
print(r'\n', R"\t", len(r'\n'))
print(u'unicode', U"x")
print(b'bytes', B"x", rb'\n', Rb'\d', bR'\x00', br"\\")
print(f'{1+1}', F"{'x'}", rf'\n{2}', fR'{3}\t', Rf"{4}")
print(type(b'').__name__, type('').__name__, type(r'').__name__)
print(r'a\'b', len(r'a\'b'))
print(r"\\", len(r"\\"))
