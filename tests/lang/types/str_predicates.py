# is* predicates
samples = ["abc", "ABC", "123", "١٢٣", "½", "²", "abc123", "", " ", "\t\n", "Hello World",
           "hello_world", "中文", "x y", "3.14", "-1"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
