# implicit concatenation of adjacent literals
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     "three")
print(t)
print(b"ab" b'cd')
x = 5
print("x=" f"{x}" "!")
print(r"\n" "\n" == "\\n\n")
print(f"{x}" f"{x + 1}" 'lit')
try:
    eval('"a" b"b"')
except SyntaxError as e:
    print("SyntaxError")
