# printf-style formatting
print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 0.00001234, 1e20))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5))
print("%c%c|%%|%s" % (65, "z", None))
print("%(name)s is %(age)d" % {"name": "bo", "age": 3})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", "b"))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%d", 3.9)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%s-%d" % (b"ab", 5))
