import array, hashlib, io
a = array.array('i', [1, 2]); h = array.array('h', [1, 2])
print(bytes(a), bytearray(h), b''.join([array.array('B', [65, 66])]), b'x' + array.array('B', [67]))
print(hashlib.md5(array.array('B', [1, 2, 3])).hexdigest())
f = io.BytesIO(); f.write(array.array('B', [68, 69])); print(f.getvalue())
print(bytes(array.array('d')), len(bytes(array.array('q', [1]*3))))
print(array.array('B', b'ab') == array.array('B', [97, 98]))
