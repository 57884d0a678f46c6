# issubclass() across builtin exception and numeric types
pairs = [(bool, int), (int, bool), (ValueError, Exception), (KeyError, LookupError), (KeyboardInterrupt, Exception),
         (FileNotFoundError, OSError), (OSError, EnvironmentError), (int, (float, int)), (type, object), (object, type)]
for a, b in pairs:
    print(a.__name__, b if isinstance(b, tuple) else b.__name__, issubclass(a, b))
import numbers
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Real), issubclass(complex, numbers.Real))
