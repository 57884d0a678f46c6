raise SyntaxError("custom msg", ("fake.py", 3, 5, "x = 1 +\n", 3, 8))
