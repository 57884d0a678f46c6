# stdin is /dev/null: input() raises EOFError
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
